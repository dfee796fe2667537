// SPDX-FileCopyrightText: 2026 The Docket authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Page-range parsing and formatting shared by the client forms (v2 target_pages, v1 target pages)
// and the local engine: valid inputs, rejected inputs with their messages, round trips and the
// v1 0-indexed conversions.

#include "rules/pagerange.h"

#include <QTest>

using namespace docket::rules;

class PageRangeTest : public QObject
{
    Q_OBJECT

private slots:
    void parsesValidRanges_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QList<int>>("pages");
        QTest::newRow("single") << QStringLiteral("4") << QList<int>{4};
        QTest::newRow("list and range") << QStringLiteral("1,3,5-7") << QList<int>{1, 3, 5, 6, 7};
        QTest::newRow("whitespace") << QStringLiteral("  1 , 3 ,  5 - 7 ") << QList<int>{1, 3, 5, 6, 7};
        QTest::newRow("unsorted") << QStringLiteral("9,2,4-5") << QList<int>{2, 4, 5, 9};
        QTest::newRow("duplicates and overlap") << QStringLiteral("3,1-4,4,2") << QList<int>{1, 2, 3, 4};
        QTest::newRow("one-page range") << QStringLiteral("5-5") << QList<int>{5};
        QTest::newRow("exactly the limit") << QStringLiteral("1-10000") << [] {
            QList<int> all;
            for (int i = 1; i <= 10000; ++i)
                all << i;
            return all;
        }();
    }
    void parsesValidRanges()
    {
        QFETCH(QString, text);
        QFETCH(QList<int>, pages);
        const PageRangeParse parsed = parsePageRanges(text);
        QVERIFY2(parsed.ok(), qPrintable(parsed.error));
        QCOMPARE(parsed.pages, pages);
    }

    void rejectsInvalidRangesWithAMessage_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("empty") << QString() << QStringLiteral("at least one page");
        QTest::newRow("blank") << QStringLiteral("   ") << QStringLiteral("at least one page");
        QTest::newRow("zero") << QStringLiteral("0") << QStringLiteral("no page 0");
        QTest::newRow("zero in range") << QStringLiteral("0-3") << QStringLiteral("no page 0");
        QTest::newRow("negative") << QStringLiteral("-2") << QStringLiteral("counted from 1");
        QTest::newRow("reversed") << QStringLiteral("7-5") << QStringLiteral("reversed (write 5-7)");
        QTest::newRow("garbage") << QStringLiteral("abc") << QStringLiteral("\"abc\" is not a page");
        QTest::newRow("decimal") << QStringLiteral("1.5") << QStringLiteral("is not a page");
        QTest::newRow("open range") << QStringLiteral("3-") << QStringLiteral("is not a page");
        QTest::newRow("double dash") << QStringLiteral("1-2-3") << QStringLiteral("is not a page");
        QTest::newRow("empty item") << QStringLiteral("1,,2") << QStringLiteral("Empty item");
        QTest::newRow("trailing comma") << QStringLiteral("1,2,") << QStringLiteral("Empty item");
        QTest::newRow("huge range") << QStringLiteral("1-999999999") << QStringLiteral("too many pages");
        QTest::newRow("one over the limit") << QStringLiteral("1-10001") << QStringLiteral("too many pages");
        QTest::newRow("huge number") << QStringLiteral("99999999999999") << QStringLiteral("is not a page");
    }
    void rejectsInvalidRangesWithAMessage()
    {
        QFETCH(QString, text);
        QFETCH(QString, messagePart);
        const PageRangeParse parsed = parsePageRanges(text);
        QVERIFY(!parsed.ok());
        QVERIFY(parsed.pages.isEmpty());
        QVERIFY2(parsed.error.contains(messagePart), qPrintable(parsed.error));
    }

    void limitCountsExpandedPagesAcrossItems()
    {
        QVERIFY(parsePageRanges(QStringLiteral("1-6,10-14"), 11).ok());
        const PageRangeParse parsed = parsePageRanges(QStringLiteral("1-6,10-15"), 11);
        QVERIFY(!parsed.ok());
        QVERIFY2(parsed.error.contains(QStringLiteral("at most 11")), qPrintable(parsed.error));
    }

    void formatsCompactRanges_data()
    {
        QTest::addColumn<QList<int>>("pages");
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QList<int>{} << QString();
        QTest::newRow("single") << QList<int>{2} << QStringLiteral("2");
        QTest::newRow("mixed") << QList<int>{1, 3, 5, 6, 7} << QStringLiteral("1,3,5-7");
        QTest::newRow("unsorted with duplicates") << QList<int>{7, 5, 6, 6, 1} << QStringLiteral("1,5-7");
        QTest::newRow("pair") << QList<int>{4, 5} << QStringLiteral("4-5");
        QTest::newRow("non-positive dropped") << QList<int>{0, -3, 2} << QStringLiteral("2");
    }
    void formatsCompactRanges()
    {
        QFETCH(QList<int>, pages);
        QFETCH(QString, text);
        QCOMPARE(formatPageRanges(pages), text);
    }

    void roundTripsThroughText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("single") << QStringLiteral("8");
        QTest::newRow("mixed") << QStringLiteral("1,3,5-7,10-12");
        QTest::newRow("long run") << QStringLiteral("2-400");
    }
    void roundTripsThroughText()
    {
        QFETCH(QString, text);
        const PageRangeParse parsed = parsePageRanges(text);
        QVERIFY(parsed.ok());
        QCOMPARE(formatPageRanges(parsed.pages), text);
        QCOMPARE(parsePageRanges(formatPageRanges(parsed.pages)).pages, parsed.pages);
    }

    void convertsToAndFromZeroIndexed_data()
    {
        QTest::addColumn<QList<int>>("oneBased");
        QTest::addColumn<QList<qint64>>("zeroBased");
        QTest::newRow("empty") << QList<int>{} << QList<qint64>{};
        QTest::newRow("first page") << QList<int>{1} << QList<qint64>{0};
        QTest::newRow("several") << QList<int>{1, 3, 5, 6} << QList<qint64>{0, 2, 4, 5};
    }
    void convertsToAndFromZeroIndexed()
    {
        QFETCH(QList<int>, oneBased);
        QFETCH(QList<qint64>, zeroBased);
        QCOMPARE(toZeroIndexed(oneBased), zeroBased);
        QCOMPARE(fromZeroIndexed(zeroBased), oneBased);
    }

    void zeroIndexedInputIsSortedAndCleaned()
    {
        QCOMPARE(fromZeroIndexed({4, -1, 0, 4, 2}), (QList<int>{1, 3, 5}));
        QCOMPARE(toZeroIndexed({5, 0, 1, 5}), (QList<qint64>{0, 4}));
    }
};

QTEST_GUILESS_MAIN(PageRangeTest)
#include "tst_pagerange.moc"
