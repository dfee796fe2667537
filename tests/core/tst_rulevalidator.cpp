// SPDX-FileCopyrightText: 2026 The Docket authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The rule limits of the contract (type 1..50, description 10..2000, counted in code points), the
// client's strict type pattern, duplicate types and the one-rule minimum.

#include "rules/rulevalidator.h"

#include <QTest>

using namespace docket::rules;

namespace {
// n copies of U+1F4C4 (a page emoji): one code point, two UTF-16 units each.
QString emoji(int n)
{
    QString s;
    for (int i = 0; i < n; ++i)
        s += QString::fromUcs4(U"\U0001F4C4", 1);
    return s;
}

QStringList types(const QList<FieldError> &errors)
{
    QStringList out;
    for (const FieldError &e : errors)
        out << e.field + QLatin1Char(':') + e.type;
    return out;
}
} // namespace

class RuleValidatorTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void countsCodePoints()
    {
        QCOMPARE(characterCount(QStringLiteral("abc")), 3);
        QCOMPARE(characterCount(emoji(3)), 3);
        QCOMPARE(emoji(3).size(), 6);
        QCOMPARE(characterCount(QString()), 0);
    }

    void validatesType_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<bool>("strict");
        QTest::addColumn<QStringList>("errors");

        const QStringList none;
        QTest::newRow("simple") << QStringLiteral("invoice") << true << none;
        QTest::newRow("letters digits space hyphen underscore") << QStringLiteral("Form 1099-MISC_v2") << true << none;
        QTest::newRow("non-latin letters") << QStringLiteral("Rechnung-Übersicht ñandú") << true << none;
        QTest::newRow("empty") << QString() << false << QStringList{QStringLiteral("type:string_too_short")};
        QTest::newRow("empty strict") << QString() << true << QStringList{QStringLiteral("type:string_too_short")};
        QTest::newRow("only spaces strict") << QStringLiteral("   ") << true << QStringList{QStringLiteral("type:string_too_short")};
        QTest::newRow("only spaces lenient") << QStringLiteral("   ") << false << none;
        QTest::newRow("1 char") << QStringLiteral("x") << true << none;
        QTest::newRow("50 chars") << QString(50, QLatin1Char('a')) << true << none;
        QTest::newRow("51 chars") << QString(51, QLatin1Char('a')) << true << QStringList{QStringLiteral("type:string_too_long")};
        // 50 emoji are 100 UTF-16 units but 50 characters for the server: within the limit
        // (the lenient check only; the strict pattern refuses symbols).
        QTest::newRow("50 emoji lenient") << emoji(50) << false << none;
        QTest::newRow("51 emoji lenient") << emoji(51) << false << QStringList{QStringLiteral("type:string_too_long")};
        QTest::newRow("emoji strict") << emoji(2) << true << QStringList{QStringLiteral("type:string_pattern_mismatch")};
        QTest::newRow("punctuation strict") << QStringLiteral("invoice!") << true << QStringList{QStringLiteral("type:string_pattern_mismatch")};
        QTest::newRow("slash strict") << QStringLiteral("a/b") << true << QStringList{QStringLiteral("type:string_pattern_mismatch")};
        QTest::newRow("punctuation lenient") << QStringLiteral("invoice!") << false << none;
        QTest::newRow("leading space strict") << QStringLiteral(" invoice") << true << QStringList{QStringLiteral("type:string_pattern_mismatch")};
        QTest::newRow("trailing space strict") << QStringLiteral("invoice ") << true << QStringList{QStringLiteral("type:string_pattern_mismatch")};
        QTest::newRow("tab strict") << QStringLiteral("in\tvoice") << true << QStringList{QStringLiteral("type:string_pattern_mismatch")};
    }

    void validatesType()
    {
        QFETCH(QString, type);
        QFETCH(bool, strict);
        QFETCH(QStringList, errors);
        const QList<FieldError> got = RuleValidator::validateType(type, QStringLiteral("type"), strict);
        QCOMPARE(types(got), errors);
        for (const FieldError &e : got)
            QVERIFY(!e.message.isEmpty());
    }

    void validatesDescription_data()
    {
        QTest::addColumn<QString>("description");
        QTest::addColumn<QStringList>("errors");
        QTest::newRow("empty") << QString() << QStringList{QStringLiteral("d:string_too_short")};
        QTest::newRow("9 chars") << QString(9, QLatin1Char('d')) << QStringList{QStringLiteral("d:string_too_short")};
        QTest::newRow("10 chars") << QString(10, QLatin1Char('d')) << QStringList();
        QTest::newRow("2000 chars") << QString(2000, QLatin1Char('d')) << QStringList();
        QTest::newRow("2001 chars") << QString(2001, QLatin1Char('d')) << QStringList{QStringLiteral("d:string_too_long")};
        QTest::newRow("10 emoji") << emoji(10) << QStringList();
        QTest::newRow("9 emoji (18 units)") << emoji(9) << QStringList{QStringLiteral("d:string_too_short")};
        QTest::newRow("2000 emoji") << emoji(2000) << QStringList();
        QTest::newRow("2001 emoji") << emoji(2001) << QStringList{QStringLiteral("d:string_too_long")};
    }

    void validatesDescription()
    {
        QFETCH(QString, description);
        QFETCH(QStringList, errors);
        QCOMPARE(types(RuleValidator::validateDescription(description, QStringLiteral("d"))), errors);
    }

    void validatesRuleSets_data()
    {
        using Rules = QList<std::pair<QString, QString>>;
        QTest::addColumn<Rules>("rules");
        QTest::addColumn<bool>("strict");
        QTest::addColumn<QStringList>("errors");
        const QString desc = QStringLiteral("A bill that asks for payment");

        QTest::newRow("no rules") << Rules() << true << QStringList{QStringLiteral("configuration.rules:too_short")};
        QTest::newRow("no rules lenient") << Rules() << false << QStringList{QStringLiteral("configuration.rules:too_short")};
        QTest::newRow("one rule") << Rules{{QStringLiteral("invoice"), desc}} << true << QStringList();
        QTest::newRow("duplicate types") << Rules{{QStringLiteral("invoice"), desc}, {QStringLiteral("receipt"), desc},
                                                  {QStringLiteral("Invoice"), desc}}
                                         << true << QStringList{QStringLiteral("configuration.rules.2.type:value_error")};
        QTest::newRow("duplicates allowed lenient") << Rules{{QStringLiteral("invoice"), desc}, {QStringLiteral("invoice"), desc}}
                                                    << false << QStringList();
        QTest::newRow("errors point at their rule")
            << Rules{{QStringLiteral("invoice"), desc}, {QString(51, QLatin1Char('t')), QStringLiteral("short")}} << true
            << QStringList{QStringLiteral("configuration.rules.1.type:string_too_long"),
                           QStringLiteral("configuration.rules.1.description:string_too_short")};
    }

    void validatesRuleSets()
    {
        using Rules = QList<std::pair<QString, QString>>;
        QFETCH(Rules, rules);
        QFETCH(bool, strict);
        QFETCH(QStringList, errors);
        QCOMPARE(types(RuleValidator::validateRules(rules, QStringLiteral("configuration."), strict)), errors);
    }
};

QTEST_GUILESS_MAIN(RuleValidatorTest)
#include "tst_rulevalidator.moc"
