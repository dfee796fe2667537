// SPDX-FileCopyrightText: 2026 The Docket authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Rule sets: the JSON file format (round trip, rejected files), validation through the shared
// rule validator, and the local library (save, list, load, rename, delete, import/export).

#include "rules/ruleset.h"

#include <QFile>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace docket::rules;
using docket::api::Rule;

namespace {
RuleSet sample(const QString &name)
{
    return RuleSet{name,
                   {{QStringLiteral("invoice"), QStringLiteral("A bill asking for payment of goods or services.")},
                    {QStringLiteral("receipt"), QStringLiteral("Proof that a payment has been made.")}}};
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}
} // namespace

class RuleSetTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void roundTripsThroughJson()
    {
        const RuleSet set = sample(QStringLiteral("Finance"));
        QString error;
        const auto back = RuleSet::fromJson(set.toJson(), &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(*back, set);
    }

    void rejectsMalformedFiles_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        QTest::newRow("not json") << QByteArray("{nope") << QStringLiteral("not valid JSON");
        QTest::newRow("wrong format") << QByteArray(R"({"format":"x","version":1,"name":"a","rules":[]})")
                                      << QStringLiteral("not a Docket rule set");
        QTest::newRow("future version") << QByteArray(R"({"format":"docket-rule-set","version":9,"name":"a","rules":[]})")
                                        << QStringLiteral("version 9");
        QTest::newRow("no name") << QByteArray(R"({"format":"docket-rule-set","version":1,"rules":[]})")
                                 << QStringLiteral("no name");
        QTest::newRow("no rules") << QByteArray(R"({"format":"docket-rule-set","version":1,"name":"a"})")
                                  << QStringLiteral("no list of rules");
        QTest::newRow("rule not object") << QByteArray(R"({"format":"docket-rule-set","version":1,"name":"a","rules":[3]})")
                                         << QStringLiteral("Rule 1");
        QTest::newRow("numeric type")
            << QByteArray(R"({"format":"docket-rule-set","version":1,"name":"a","rules":[{"type":"ok","description":"long enough text"},{"type":5,"description":"x"}]})")
            << QStringLiteral("Rule 2");
    }

    void rejectsMalformedFiles()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("in.json"));
        writeFile(path, json);
        QString error;
        QVERIFY(!RuleSetLibrary::importFrom(path, &error));
        QVERIFY2(error.contains(expected), qPrintable(error));
    }

    void validatesWithTheSharedRuleValidator()
    {
        RuleSet set = sample(QStringLiteral("x"));
        QVERIFY(set.validate().isEmpty());
        set.rules[1].description = QStringLiteral("short");
        set.rules.append({QStringLiteral("Invoice"), QStringLiteral("Duplicate type, different case.")});
        const QList<FieldError> errors = set.validate();
        QCOMPARE(errors.size(), 2);
        QCOMPARE(errors[0].field, QStringLiteral("rules.1.description"));
        QCOMPARE(errors[1].field, QStringLiteral("rules.2.type"));
        set.rules.clear();
        QCOMPARE(set.validate().value(0).field, QStringLiteral("rules"));
    }

    void savesListsAndLoadsByName()
    {
        QTemporaryDir dir;
        RuleSetLibrary library(dir.path());
        QVERIFY(library.names().isEmpty());
        QString error;
        QVERIFY2(library.save(sample(QStringLiteral("Zeta")), &error), qPrintable(error));
        QVERIFY(library.save(sample(QStringLiteral("alpha")), &error));
        QVERIFY(library.save(sample(QStringLiteral("a/b: ünïcode?")), &error));
        QCOMPARE(library.names(), (QStringList{QStringLiteral("a/b: ünïcode?"), QStringLiteral("alpha"), QStringLiteral("Zeta")}));
        const auto loaded = library.load(QStringLiteral("a/b: ünïcode?"), &error);
        QVERIFY2(loaded, qPrintable(error));
        QCOMPARE(*loaded, sample(QStringLiteral("a/b: ünïcode?")));
        QVERIFY(!library.load(QStringLiteral("missing"), &error));
        QVERIFY(error.contains(QStringLiteral("missing")));
    }

    void refusesBadNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("empty") << QString();
        QTest::newRow("spaces") << QStringLiteral("   ");
        QTest::newRow("padded") << QStringLiteral(" x ");
        QTest::newRow("too long") << QString(RuleSetLibrary::MaxNameLength + 1, QLatin1Char('n'));
    }

    void refusesBadNames()
    {
        QFETCH(QString, name);
        QTemporaryDir dir;
        RuleSetLibrary library(dir.path());
        QString error;
        QVERIFY(!library.save(sample(name), &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(library.names().isEmpty());
    }

    void renamesAndDeletes()
    {
        QTemporaryDir dir;
        RuleSetLibrary library(dir.path());
        QString error;
        QVERIFY(library.save(sample(QStringLiteral("one")), &error));
        QVERIFY(library.save(sample(QStringLiteral("two")), &error));
        QVERIFY(!library.rename(QStringLiteral("one"), QStringLiteral("two"), &error));
        QVERIFY(error.contains(QStringLiteral("already exists")));
        QVERIFY2(library.rename(QStringLiteral("one"), QStringLiteral("three"), &error), qPrintable(error));
        QCOMPARE(library.names(), (QStringList{QStringLiteral("three"), QStringLiteral("two")}));
        QCOMPARE(library.load(QStringLiteral("three"), &error)->name, QStringLiteral("three"));
        QVERIFY(library.remove(QStringLiteral("two"), &error));
        QVERIFY(!library.remove(QStringLiteral("two"), &error));
        QCOMPARE(library.names(), QStringList{QStringLiteral("three")});
    }

    void exportsAndImports()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("finance.docket-rules.json"));
        QString error;
        QVERIFY(RuleSetLibrary::exportTo(sample(QStringLiteral("Finance")), path, &error));
        const auto imported = RuleSetLibrary::importFrom(path, &error);
        QVERIFY2(imported, qPrintable(error));
        QCOMPARE(*imported, sample(QStringLiteral("Finance")));
        QVERIFY(!RuleSetLibrary::importFrom(dir.filePath(QStringLiteral("nothing.json")), &error));
        QVERIFY(error.contains(QStringLiteral("Cannot read")));
    }

    void ignoresForeignFilesInTheFolder()
    {
        QTemporaryDir dir;
        writeFile(dir.filePath(QStringLiteral("junk.json")), "[]");
        RuleSetLibrary library(dir.path());
        QString error;
        QVERIFY(library.save(sample(QStringLiteral("real")), &error));
        QCOMPARE(library.names(), QStringList{QStringLiteral("real")});
    }
};

QTEST_GUILESS_MAIN(RuleSetTest)
#include "tst_ruleset.moc"
