// SPDX-FileCopyrightText: 2026 The Docket authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The rule editor: inline messages and counters from the shared validators, OK enabled only when
// every rule is valid, add/remove/reorder, 422 issues placed on the field their loc names, and
// screenshots in light and dark palettes.

#include "dialogs/ruleeditordialog.h"
#include "darkpalette.h"

#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPalette>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using docket::api::Rule;
using docket::api::ValidationIssue;
using docket::ui::RuleEditorDialog;

namespace {
const Rule Invoice{QStringLiteral("invoice"), QStringLiteral("A bill that asks for payment, with a total.")};
const Rule Contract{QStringLiteral("contract"), QStringLiteral("An agreement signed by two or more parties.")};

} // namespace

class RuleEditorTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void startsEmptyWithOkDisabled()
    {
        RuleEditorDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QDir().mkpath(QDir::temp().filePath(QStringLiteral("docket-screens")));
        QVERIFY(dialog.grab().save(QDir::temp().filePath(QStringLiteral("docket-screens/ruleeditor-empty.png"))));
        QVERIFY(!dialog.findChild<QLabel *>(QStringLiteral("emptyState"))->isHidden());
        QCOMPARE(dialog.ruleCount(), 0);
        QVERIFY(!dialog.okButton()->isEnabled());
        QVERIFY(dialog.summary()->text().contains(QStringLiteral("at least one")));
    }

    void showsInlineErrorsAndCountersWhileTyping_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("description");
        QTest::addColumn<bool>("typeBad");
        QTest::addColumn<bool>("descriptionBad");
        QTest::newRow("valid") << QStringLiteral("invoice") << QStringLiteral("0123456789") << false << false;
        QTest::newRow("empty type") << QString() << QStringLiteral("0123456789") << true << false;
        QTest::newRow("51-char type") << QString(51, QLatin1Char('t')) << QStringLiteral("0123456789") << true << false;
        QTest::newRow("punctuation in type") << QStringLiteral("in/voice") << QStringLiteral("0123456789") << true << false;
        QTest::newRow("9-char description") << QStringLiteral("x") << QStringLiteral("012345678") << false << true;
        QTest::newRow("2001-char description") << QStringLiteral("x") << QString(2001, QLatin1Char('d')) << false << true;
        QTest::newRow("2000-char description") << QStringLiteral("x") << QString(2000, QLatin1Char('d')) << false << false;
    }

    void showsInlineErrorsAndCountersWhileTyping()
    {
        QFETCH(QString, type);
        QFETCH(QString, description);
        QFETCH(bool, typeBad);
        QFETCH(bool, descriptionBad);
        RuleEditorDialog dialog;
        dialog.addRule();
        QTest::keyClicks(dialog.typeEdit(0), type);
        dialog.descriptionEdit(0)->setPlainText(description);
        QCOMPARE(!dialog.typeError(0)->isHidden(), typeBad);
        QCOMPARE(!dialog.descriptionError(0)->isHidden(), descriptionBad);
        QCOMPARE(dialog.okButton()->isEnabled(), !typeBad && !descriptionBad);
        QCOMPARE(dialog.typeCounter(0)->text(), QStringLiteral("%1 / 50").arg(type.size()));
        QCOMPARE(dialog.descriptionCounter(0)->text(), QStringLiteral("%1 / 2000").arg(description.size()));
        QCOMPARE(dialog.descriptionCounter(0)->property("outOfRange").toBool(), descriptionBad);
    }

    void flagsDuplicateTypes()
    {
        RuleEditorDialog dialog;
        dialog.setRules({Invoice, {QStringLiteral("Invoice"), Contract.description}});
        QVERIFY(!dialog.okButton()->isEnabled());
        QVERIFY(dialog.typeError(0)->isHidden());
        QVERIFY(!dialog.typeError(1)->isHidden());
        dialog.typeEdit(1)->setText(QStringLiteral("contract"));
        QVERIFY(dialog.okButton()->isEnabled());
    }

    void addsRemovesAndReorders()
    {
        RuleEditorDialog dialog;
        QSignalSpy validity(&dialog, &RuleEditorDialog::validityChanged);
        dialog.setRules({Invoice, Contract});
        QCOMPARE(validity.size(), 1);
        QVERIFY(dialog.okButton()->isEnabled());
        dialog.moveRule(1, 0);
        QCOMPARE(dialog.rules(), (QList<Rule>{Contract, Invoice}));
        dialog.addRule();
        QCOMPARE(dialog.ruleCount(), 3);
        QVERIFY(!dialog.okButton()->isEnabled());
        dialog.removeRule(2);
        QVERIFY(dialog.okButton()->isEnabled());
        dialog.removeRule(0);
        QCOMPARE(dialog.rules(), QList<Rule>{Invoice});
        dialog.moveRule(0, 5); // out of range: nothing happens
        QCOMPARE(dialog.rules(), QList<Rule>{Invoice});
    }

    void mapsServerIssuesOntoTheirFields()
    {
        RuleEditorDialog dialog;
        dialog.setRules({Invoice, Contract});
        QVERIFY(dialog.okButton()->isEnabled());
        const QList<ValidationIssue> issues{
            {{QStringLiteral("body"), QStringLiteral("configuration"), QStringLiteral("rules"), QStringLiteral("1"),
              QStringLiteral("description")},
             QStringLiteral("String should have at most 500 characters"),
             QStringLiteral("string_too_long")},
            {{QStringLiteral("body"), QStringLiteral("file_input")}, QStringLiteral("Field required"), QStringLiteral("missing")},
        };
        QCOMPARE(dialog.applyServerIssues(issues), 1);
        QVERIFY(dialog.descriptionError(0)->isHidden());
        QVERIFY(!dialog.descriptionError(1)->isHidden());
        QVERIFY(dialog.descriptionError(1)->text().contains(QStringLiteral("at most 500")));
        QVERIFY(dialog.descriptionEdit(1)->property("invalid").toBool());
        QVERIFY(!dialog.generalError()->isHidden());
        QVERIFY(dialog.generalError()->text().contains(QStringLiteral("file_input")));
        QVERIFY(!dialog.okButton()->isEnabled());
        // Editing the field the server complained about hands the decision back to the local checks.
        dialog.descriptionEdit(1)->setPlainText(QStringLiteral("A shorter agreement text."));
        QVERIFY(dialog.descriptionError(1)->isHidden());
        QVERIFY(dialog.okButton()->isEnabled());
    }

    void mapsV1AndPresetLocations_data()
    {
        QTest::addColumn<QStringList>("loc");
        QTest::addColumn<int>("placed");
        QTest::newRow("v1") << QStringList{QStringLiteral("body"), QStringLiteral("rules"), QStringLiteral("0"), QStringLiteral("type")} << 1;
        QTest::newRow("preset") << QStringList{QStringLiteral("body"), QStringLiteral("parameters"), QStringLiteral("rules"), QStringLiteral("1"), QStringLiteral("type")} << 1;
        QTest::newRow("beyond the rules") << QStringList{QStringLiteral("body"), QStringLiteral("rules"), QStringLiteral("7"), QStringLiteral("type")} << 0;
        QTest::newRow("not a rule field") << QStringList{QStringLiteral("body"), QStringLiteral("mode")} << 0;
    }

    void mapsV1AndPresetLocations()
    {
        QFETCH(QStringList, loc);
        QFETCH(int, placed);
        RuleEditorDialog dialog;
        dialog.setRules({Invoice, Contract});
        QCOMPARE(dialog.applyServerIssues({{loc, QStringLiteral("bad"), QStringLiteral("value_error")}}), placed);
        QCOMPARE(dialog.generalError()->isHidden(), placed == 1);
    }

    void loadsRuleSetsFromTheLibrary()
    {
        QTemporaryDir dir;
        docket::rules::RuleSetLibrary library(dir.path());
        QString error;
        QVERIFY(library.save({QStringLiteral("Office"), {Invoice, Contract}}, &error));
        RuleEditorDialog dialog;
        dialog.setLibrary(library);
        QCOMPARE(dialog.library().names(), QStringList{QStringLiteral("Office")});
        dialog.loadRuleSet(QStringLiteral("Office"));
        QCOMPARE(dialog.rules(), (QList<Rule>{Invoice, Contract}));
        QCOMPARE(dialog.ruleSetName(), QStringLiteral("Office"));
        QVERIFY(dialog.okButton()->isEnabled());
    }

    void screenshotsInLightAndDarkPalettes()
    {
        const QString outDir = QDir::temp().filePath(QStringLiteral("docket-screens"));
        QDir().mkpath(outDir);
        const QPalette original = QApplication::palette();
        for (const bool dark : {false, true}) {
            QApplication::setPalette(dark ? docket::test::darkPalette() : original);
            RuleEditorDialog dialog;
            dialog.setRules({Invoice, Contract, {QStringLiteral("bank statement!"), QStringLiteral("too short")}});
            dialog.resize(760, 620);
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            const QString path = QStringLiteral("%1/ruleeditor-%2.png").arg(outDir, dark ? QStringLiteral("dark") : QStringLiteral("light"));
            QVERIFY(dialog.grab().save(path));
            QVERIFY(!dialog.okButton()->isEnabled());
        }
        QApplication::setPalette(original);
    }
};

QTEST_MAIN(RuleEditorTest)
#include "tst_ruleeditor.moc"
