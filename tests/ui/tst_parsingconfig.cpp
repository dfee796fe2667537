// SPDX-FileCopyrightText: 2026 The Docket authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The parsing form: searchable languages, inline page errors and the wire preview per flavour,
// Multimodal greyed out for v2, server messages placed on their field, and a screenshot.

#include "widgets/parsingconfigform.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QCompleter>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QSpinBox>
#include <QTest>

using docket::jobs::JobFlavour;
using docket::ui::ParsingConfigForm;

class ParsingConfigTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void offersEveryLanguageByNameAndCode()
    {
        ParsingConfigForm form;
        QCOMPARE(form.languageBox()->count(), 86);
        QCOMPARE(form.input().lang, QStringLiteral("en"));
        QCompleter *completer = form.languageBox()->completer();
        QCOMPARE(completer->filterMode(), Qt::MatchContains);
        completer->setCompletionPrefix(QStringLiteral("deutsch"));
        QCOMPARE(completer->completionCount(), 1);
        QVERIFY(completer->currentCompletion().endsWith(QStringLiteral("(de)")));
        form.languageBox()->setEditText(completer->currentCompletion());
        QCOMPARE(form.input().lang, QStringLiteral("de"));
        form.languageBox()->setEditText(QStringLiteral("ja"));
        QCOMPARE(form.input().lang, QStringLiteral("ja"));
        form.languageBox()->setEditText(QStringLiteral("Klingon"));
        QVERIFY(!form.isValid());
        QVERIFY(!form.languageError()->isHidden());
    }

    void convertsPagesForTheChosenFlavour_data()
    {
        QTest::addColumn<int>("flavour");
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("preview");
        QTest::addColumn<bool>("ok");
        QTest::newRow("v2 range") << int(JobFlavour::V2PerFile) << QStringLiteral("1, 3,5-7") << QStringLiteral("\"1,3,5-7\"") << true;
        QTest::newRow("v1 range") << int(JobFlavour::V1MultiFile) << QStringLiteral("1,3,5-7") << QStringLiteral("[0, 2, 4, 5, 6]") << true;
        QTest::newRow("batch") << int(JobFlavour::Batch) << QStringLiteral("2") << QStringLiteral("[1]") << true;
        QTest::newRow("v2 zero") << int(JobFlavour::V2PerFile) << QStringLiteral("0") << QString() << false;
        QTest::newRow("v1 reversed") << int(JobFlavour::V1MultiFile) << QStringLiteral("5-3") << QString() << false;
    }

    void convertsPagesForTheChosenFlavour()
    {
        QFETCH(int, flavour);
        QFETCH(QString, typed);
        QFETCH(QString, preview);
        QFETCH(bool, ok);
        ParsingConfigForm form;
        form.setFlavour(JobFlavour(flavour));
        QTest::keyClicks(form.targetPagesEdit(), typed);
        QCOMPARE(form.isValid(), ok);
        QCOMPARE(form.targetPagesError()->isHidden(), ok);
        QCOMPARE(form.wirePreview()->isHidden(), !ok);
        if (ok)
            QVERIFY2(form.wirePreview()->text().contains(preview), qPrintable(form.wirePreview()->text()));
        QCOMPARE(form.input().targetPages, typed);
    }

    void refusesMaxAndTargetTogetherForV1Only()
    {
        ParsingConfigForm form;
        form.maxPagesBox()->setValue(3);
        form.targetPagesEdit()->setText(QStringLiteral("1-2"));
        QVERIFY(form.isValid());
        form.setFlavour(JobFlavour::V1MultiFile);
        QVERIFY(!form.isValid());
        QVERIFY(!form.targetPagesError()->isHidden());
        form.maxPagesBox()->setValue(0);
        QVERIFY(form.isValid());
        QVERIFY(!form.input().maxPages);
    }

    void greysOutMultimodalForV2()
    {
        ParsingConfigForm form;
        form.setFlavour(JobFlavour::V1MultiFile);
        QVERIFY(form.multimodalButton()->isEnabled());
        form.setMode(QStringLiteral("MULTIMODAL"));
        QCOMPARE(form.mode(), QStringLiteral("MULTIMODAL"));
        form.setFlavour(JobFlavour::V2PerFile);
        QVERIFY(!form.multimodalButton()->isEnabled());
        QCOMPARE(form.mode(), QStringLiteral("FAST"));
        QVERIFY(form.modeNote()->text().contains(QStringLiteral("Fast")));
        QVERIFY(form.isValid());
    }

    void placesServerMessagesOnTheirField()
    {
        ParsingConfigForm form;
        QVERIFY(form.showServerError(QStringLiteral("parsing.target_pages"), QStringLiteral("bad range")));
        QVERIFY(!form.showServerError(QStringLiteral("rules.0.type"), QStringLiteral("x")));
        QVERIFY(!form.isValid());
        QVERIFY(form.targetPagesError()->text().contains(QStringLiteral("bad range")));
        form.targetPagesEdit()->setText(QStringLiteral("2"));
        QVERIFY(form.isValid());
    }

    void screenshot()
    {
        ParsingConfigForm form;
        form.setFlavour(JobFlavour::V1MultiFile);
        form.setInput({QStringLiteral("de"), std::nullopt, QStringLiteral("1,3,5-7")});
        form.resize(560, form.sizeHint().height());
        form.show();
        QVERIFY(QTest::qWaitForWindowExposed(&form));
        QDir().mkpath(QDir::temp().filePath(QStringLiteral("docket-screens")));
        QVERIFY(form.grab().save(QDir::temp().filePath(QStringLiteral("docket-screens/parsingconfig.png"))));
    }
};

QTEST_MAIN(ParsingConfigTest)
#include "tst_parsingconfig.moc"
