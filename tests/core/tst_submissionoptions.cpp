// SPDX-FileCopyrightText: 2026 The Docket authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Submission options: 1-based page input converted to each flavour's wire format, the v2 Fast-only
// mode, webhook checks, the language list, and the JSON form the outbox stores.

#include "jobs/submissionoptions.h"

#include <QJsonDocument>
#include <QTest>

using namespace docket::jobs;
using docket::rules::FieldError;

namespace {
QStringList fields(const QList<FieldError> &errors)
{
    QStringList out;
    for (const FieldError &e : errors)
        out << e.field;
    return out;
}

SubmissionOptions valid(JobFlavour flavour)
{
    SubmissionOptions o;
    o.flavour = flavour;
    o.rules = {{QStringLiteral("invoice"), QStringLiteral("A bill asking for payment.")}};
    return o;
}
} // namespace

class SubmissionOptionsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void convertsPagesToEachWireFormat_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QList<qint64>>("v1");
        QTest::addColumn<QString>("v2");
        QTest::addColumn<bool>("ok");
        QTest::newRow("single") << QStringLiteral("1") << QList<qint64>{0} << QStringLiteral("1") << true;
        QTest::newRow("list and range") << QStringLiteral("1,3,5-7") << QList<qint64>{0, 2, 4, 5, 6} << QStringLiteral("1,3,5-7") << true;
        QTest::newRow("unsorted with spaces") << QStringLiteral(" 7, 5-6 ,1") << QList<qint64>{0, 4, 5, 6} << QStringLiteral("1,5-7") << true;
        QTest::newRow("overlapping") << QStringLiteral("2-4,3-5") << QList<qint64>{1, 2, 3, 4} << QStringLiteral("2-5") << true;
        QTest::newRow("zero") << QStringLiteral("0") << QList<qint64>{} << QString() << false;
        QTest::newRow("negative") << QStringLiteral("-2") << QList<qint64>{} << QString() << false;
        QTest::newRow("reversed") << QStringLiteral("7-5") << QList<qint64>{} << QString() << false;
        QTest::newRow("letters") << QStringLiteral("one") << QList<qint64>{} << QString() << false;
        QTest::newRow("empty item") << QStringLiteral("1,,2") << QList<qint64>{} << QString() << false;
        QTest::newRow("huge range") << QStringLiteral("1-999999999") << QList<qint64>{} << QString() << false;
    }

    void convertsPagesToEachWireFormat()
    {
        QFETCH(QString, typed);
        QFETCH(QList<qint64>, v1);
        QFETCH(QString, v2);
        QFETCH(bool, ok);
        QString error1, error2;
        const auto gotV1 = PageConversion::toV1(typed, &error1);
        const auto gotV2 = PageConversion::toV2(typed, &error2);
        QCOMPARE(error1.isEmpty(), ok);
        QCOMPARE(error2.isEmpty(), ok);
        if (ok) {
            QCOMPARE(*gotV1, v1);
            QCOMPARE(*gotV2, v2);
        } else {
            QVERIFY(!gotV1 && !gotV2);
        }
    }

    void leavesEmptyPagesUnset()
    {
        QString error;
        QVERIFY(!PageConversion::toV1(QStringLiteral("  "), &error));
        QVERIFY(!PageConversion::toV2(QString(), &error));
        QVERIFY(error.isEmpty());
        SubmissionOptions o = valid(JobFlavour::V1MultiFile);
        QVERIFY(!o.parsingV1().targetPages);
        QVERIFY(!o.parsingV1().maxPages); // unset = explicit "no limit", not the server's default of 5
    }

    void writesTheWireFormsOfAValidForm()
    {
        SubmissionOptions o = valid(JobFlavour::V1MultiFile);
        o.parsing = {QStringLiteral("de"), std::nullopt, QStringLiteral("2-3")};
        QVERIFY(o.validate().isEmpty());
        QCOMPARE(o.parsingV1().targetPages, (QList<qint64>{1, 2}));
        QCOMPARE(o.parsingV1().lang, QStringLiteral("de"));
        o.flavour = JobFlavour::V2PerFile;
        o.parsing.maxPages = 4;
        QVERIFY(o.validate().isEmpty());
        QCOMPARE(o.parsingV2()->targetPages, QStringLiteral("2-3"));
        QCOMPARE(o.parsingV2()->maxPages, 4);
    }

    void validates_data()
    {
        QTest::addColumn<int>("flavour");
        QTest::addColumn<QString>("mode");
        QTest::addColumn<QString>("lang");
        QTest::addColumn<int>("maxPages");
        QTest::addColumn<QString>("pages");
        QTest::addColumn<QStringList>("errors");
        const int v1 = int(JobFlavour::V1MultiFile), v2 = int(JobFlavour::V2PerFile), batch = int(JobFlavour::Batch);
        QTest::newRow("v2 fast") << v2 << QStringLiteral("FAST") << QStringLiteral("en") << 0 << QString() << QStringList();
        QTest::newRow("v2 multimodal") << v2 << QStringLiteral("MULTIMODAL") << QStringLiteral("en") << 0 << QString() << QStringList{QStringLiteral("mode")};
        QTest::newRow("v1 multimodal") << v1 << QStringLiteral("MULTIMODAL") << QStringLiteral("en") << 0 << QString() << QStringList();
        QTest::newRow("batch multimodal") << batch << QStringLiteral("MULTIMODAL") << QStringLiteral("en") << 0 << QString() << QStringList();
        QTest::newRow("unknown mode") << v1 << QStringLiteral("SLOW") << QStringLiteral("en") << 0 << QString() << QStringList{QStringLiteral("mode")};
        QTest::newRow("unknown language") << v2 << QStringLiteral("FAST") << QStringLiteral("xx") << 0 << QString() << QStringList{QStringLiteral("parsing.lang")};
        QTest::newRow("parser spelling") << v1 << QStringLiteral("FAST") << QStringLiteral("ch_sim") << 0 << QString() << QStringList();
        QTest::newRow("max pages 0") << v2 << QStringLiteral("FAST") << QStringLiteral("en") << -1 << QString() << QStringList{QStringLiteral("parsing.max_pages")};
        QTest::newRow("bad pages") << v2 << QStringLiteral("FAST") << QStringLiteral("en") << 0 << QStringLiteral("0-2") << QStringList{QStringLiteral("parsing.target_pages")};
        QTest::newRow("v1 max and target") << v1 << QStringLiteral("FAST") << QStringLiteral("en") << 3 << QStringLiteral("1") << QStringList{QStringLiteral("parsing.target_pages")};
        QTest::newRow("v2 max and target") << v2 << QStringLiteral("FAST") << QStringLiteral("en") << 3 << QStringLiteral("1") << QStringList();
    }

    void validates()
    {
        QFETCH(int, flavour);
        QFETCH(QString, mode);
        QFETCH(QString, lang);
        QFETCH(int, maxPages);
        QFETCH(QString, pages);
        QFETCH(QStringList, errors);
        SubmissionOptions o = valid(JobFlavour(flavour));
        o.mode = mode;
        o.parsing.lang = lang;
        if (maxPages != 0)
            o.parsing.maxPages = maxPages < 0 ? 0 : maxPages;
        o.parsing.targetPages = pages;
        QCOMPARE(fields(o.validate()), errors);
    }

    void validatesWebhooks_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("header");
        QTest::addColumn<QString>("event");
        QTest::addColumn<QStringList>("errors");
        QTest::newRow("ok") << QStringLiteral("https://example.com/hook") << QStringLiteral("Authorization") << QStringLiteral("classify.success") << QStringList();
        QTest::newRow("no url") << QString() << QString() << QString() << QStringList{QStringLiteral("webhooks.0.url")};
        QTest::newRow("ftp") << QStringLiteral("ftp://example.com") << QString() << QString() << QStringList{QStringLiteral("webhooks.0.url")};
        QTest::newRow("no host") << QStringLiteral("https://") << QString() << QString() << QStringList{QStringLiteral("webhooks.0.url")};
        QTest::newRow("bad header") << QStringLiteral("https://x.test") << QStringLiteral("Bad Header") << QString() << QStringList{QStringLiteral("webhooks.0.headers")};
        QTest::newRow("bad event") << QStringLiteral("https://x.test") << QString() << QStringLiteral("Classify Success") << QStringList{QStringLiteral("webhooks.0.events")};
    }

    void validatesWebhooks()
    {
        QFETCH(QString, url);
        QFETCH(QString, header);
        QFETCH(QString, event);
        QFETCH(QStringList, errors);
        SubmissionOptions o = valid(JobFlavour::V2PerFile);
        WebhookInput w;
        w.url = url;
        if (!header.isEmpty())
            w.headers.insert(header, QStringLiteral("Bearer secret"));
        if (!event.isEmpty())
            w.events << event;
        o.webhooks << w;
        QCOMPARE(fields(o.validate()), errors);
    }

    void presetReplacesInlineRulesForV2Only()
    {
        SubmissionOptions o;
        o.configurationId = QStringLiteral("cfg-1");
        QVERIFY(o.validate().isEmpty()); // no rules needed with a preset
        o.flavour = JobFlavour::V1MultiFile;
        QCOMPARE(fields(o.validate()), QStringList{QStringLiteral("configuration_id")});
        o.configurationId.reset();
        QCOMPARE(fields(o.validate()), QStringList{QStringLiteral("rules")});
    }

    void roundTripsThroughJson()
    {
        SubmissionOptions o = valid(JobFlavour::Batch);
        o.mode = QStringLiteral("MULTIMODAL");
        o.parsing = {QStringLiteral("fr"), 7, QStringLiteral("1-2")};
        o.webhooks << WebhookInput{QStringLiteral("https://h.test"), {{QStringLiteral("X-Key"), QStringLiteral("s")}},
                                   {QStringLiteral("classify.error")}, QStringLiteral("whsec")};
        QCOMPARE(SubmissionOptions::fromJson(o.toJson()), o);
        o.flavour = JobFlavour::V2PerFile;
        o.configurationId = QStringLiteral("cfg-9");
        QCOMPARE(SubmissionOptions::fromJson(o.toJson()), o);
    }

    void splitsWebhookSecretsOffAndPutsThemBack()
    {
        SubmissionOptions o = valid(JobFlavour::V2PerFile);
        QVERIFY(!o.hasWebhookSecrets());
        o.webhooks << WebhookInput{QStringLiteral("https://h.test/a"), {{QStringLiteral("X-Key"), QStringLiteral("hdr-s3cret")}},
                                   {}, QString()};
        o.webhooks << WebhookInput{QStringLiteral("https://h.test/b"), {}, {}, QStringLiteral("whsec-s3cret")};
        QVERIFY(o.hasWebhookSecrets());
        const SubmissionOptions bare = o.withoutWebhookSecrets();
        QVERIFY(!QJsonDocument(bare.toJson()).toJson().contains("s3cret"));
        QCOMPARE(bare.webhooks[0].headers.keys(), QStringList{QStringLiteral("X-Key")}); // the name stays
        QCOMPARE(bare.webhooks[1].url, QStringLiteral("https://h.test/b"));

        SubmissionOptions restored = bare;
        QVERIFY(restored.restoreWebhookSecrets(o.webhookSecretsJson()));
        QCOMPARE(restored, o);

        // Secrets that do not fit (another header name, another webhook count, garbage) change nothing.
        SubmissionOptions other = o;
        other.webhooks[0].headers = {{QStringLiteral("X-Other"), QStringLiteral("v")}};
        SubmissionOptions target = bare;
        QVERIFY(!target.restoreWebhookSecrets(other.webhookSecretsJson()));
        other = o;
        other.webhooks.removeLast();
        QVERIFY(!target.restoreWebhookSecrets(other.webhookSecretsJson()));
        QVERIFY(!target.restoreWebhookSecrets(QStringLiteral("not json")));
        QCOMPARE(target, bare);
    }

    void listsEveryContractLanguageWithAName()
    {
        const QList<ParserLanguage> languages = parserLanguages();
        QCOMPARE(languages.size(), 86);
        QCOMPARE(languages.first().code, QStringLiteral("af"));
        QCOMPARE(languages.last().code, QStringLiteral("kn"));
        for (const ParserLanguage &l : languages) {
            QVERIFY(isParserLanguage(l.code));
            QVERIFY(l.displayName.contains(l.code));
        }
        const auto de = std::find_if(languages.begin(), languages.end(), [](const ParserLanguage &l) { return l.code == QLatin1String("de"); });
        QCOMPARE(de->displayName, QStringLiteral("German – Deutsch (de)"));
        const auto sim = std::find_if(languages.begin(), languages.end(), [](const ParserLanguage &l) { return l.code == QLatin1String("ch_sim"); });
        QVERIFY2(sim->displayName.startsWith(QStringLiteral("Chinese")), qPrintable(sim->displayName));
    }
};

QTEST_GUILESS_MAIN(SubmissionOptionsTest)
#include "tst_submissionoptions.moc"
