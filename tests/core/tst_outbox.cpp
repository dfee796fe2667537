// SPDX-FileCopyrightText: 2026 The Docket authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The submission outbox and its runner against a scripted server: the outbox is written before
// the network starts, uploads are reused by content hash, v2 jobs carry a stable transaction_id,
// v1 jobs take at most 500 files, a runner destroyed mid-way ("crash") is resumed by a new one
// on the same database without a second job, failed files can be retried, and cancel stops.

#include "account/credentialstore.h"
#include "api/apiclient.h"
#include "jobs/submissionoutbox.h"
#include "jobs/submissionrunner.h"

#include "fakehttpserver.h"
#include "manualclock.h"
#include "testclient.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace docket::jobs;
using docket::account::CredentialError;
using docket::account::MemoryCredentialStore;
using docket::api::ApiClient;
using docket::test::FakeHttpServer;
using docket::test::RecordedRequest;
using docket::test::ScriptedResponse;

namespace {

// A tiny stand-in for the API: files get ids, v2 creates are idempotent by transaction_id (as
// the real server promises), v1 and batch jobs are kept for listing.
struct FakeApi
{
    int uploads = 0;
    QHash<QString, QString> jobByTransaction;
    QStringList v2TransactionsSeen;
    QList<QJsonObject> v1Jobs;
    QList<int> v1FileCounts;
    QList<QJsonObject> batchJobs;
    QSet<QString> failUploadOf;   // file names answered with 400 (once each)
    QSet<QString> stallUploadOf;  // file names never answered
    int stallV2CreateNumber = -1; // the n-th v2 create is recorded but not answered
    bool stallV1Create = false;
    int v2Creates = 0;

    ScriptedResponse handle(const RecordedRequest &r)
    {
        const auto json = [](int status, const QJsonObject &o) {
            return ScriptedResponse::json(status, QJsonDocument(o).toJson(QJsonDocument::Compact));
        };
        const QJsonObject body = QJsonDocument::fromJson(r.body).object();
        const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
        if (r.method == "POST" && r.path == QLatin1String("/api/v1/beta/files")) {
            static const QRegularExpression name(QStringLiteral("filename=\"([^\"]+)\""));
            const QString fileName = name.match(QString::fromUtf8(r.body)).captured(1);
            if (stallUploadOf.contains(fileName))
                return ScriptedResponse::behaving(ScriptedResponse::Behaviour::Stall);
            if (failUploadOf.remove(fileName))
                return json(400, {{QStringLiteral("detail"), QStringLiteral("bad file")}});
            ++uploads;
            return json(201, {{QStringLiteral("id"), QStringLiteral("dfl-%1").arg(uploads)},
                              {QStringLiteral("name"), fileName},
                              {QStringLiteral("project_id"), QStringLiteral("p")}});
        }
        if (r.method == "POST" && r.path == QLatin1String("/api/v2/classify")) {
            ++v2Creates;
            const QString tx = body.value(QStringLiteral("transaction_id")).toString();
            v2TransactionsSeen << tx;
            if (!jobByTransaction.contains(tx))
                jobByTransaction.insert(tx, QStringLiteral("cjb-%1").arg(jobByTransaction.size() + 1));
            if (v2Creates == stallV2CreateNumber)
                return ScriptedResponse::behaving(ScriptedResponse::Behaviour::Stall);
            return json(200, {{QStringLiteral("id"), jobByTransaction.value(tx)},
                              {QStringLiteral("project_id"), QStringLiteral("p")},
                              {QStringLiteral("user_id"), QStringLiteral("u")},
                              {QStringLiteral("status"), QStringLiteral("PENDING")},
                              {QStringLiteral("document_input_type"), QStringLiteral("file_id")},
                              {QStringLiteral("file_input"), body.value(QStringLiteral("file_input"))},
                              {QStringLiteral("configuration"), body.value(QStringLiteral("configuration"))},
                              {QStringLiteral("transaction_id"), tx}});
        }
        if (r.path == QLatin1String("/api/v1/classifier/jobs")) {
            if (r.method == "GET") {
                QJsonArray items;
                for (const QJsonObject &j : v1Jobs)
                    items.append(j);
                return json(200, {{QStringLiteral("items"), items}});
            }
            QJsonObject job{{QStringLiteral("id"), QStringLiteral("v1-%1").arg(v1Jobs.size() + 1)},
                            {QStringLiteral("project_id"), QStringLiteral("p")},
                            {QStringLiteral("user_id"), QStringLiteral("u")},
                            {QStringLiteral("rules"), body.value(QStringLiteral("rules"))},
                            {QStringLiteral("mode"), body.value(QStringLiteral("mode"))},
                            {QStringLiteral("status"), QStringLiteral("PENDING")},
                            {QStringLiteral("created_at"), now}};
            v1Jobs << job;
            v1FileCounts << int(body.value(QStringLiteral("file_ids")).toArray().size());
            if (stallV1Create)
                return ScriptedResponse::behaving(ScriptedResponse::Behaviour::Stall);
            return json(200, job);
        }
        if (r.method == "POST" && r.path == QLatin1String("/api/v1/beta/batch-processing")) {
            QJsonObject job{{QStringLiteral("id"), QStringLiteral("bat-%1").arg(batchJobs.size() + 1)},
                            {QStringLiteral("project_id"), QStringLiteral("p")},
                            {QStringLiteral("job_type"), QStringLiteral("classify")},
                            {QStringLiteral("status"), QStringLiteral("pending")},
                            {QStringLiteral("total_items"), body.value(QStringLiteral("item_ids")).toArray().size()},
                            {QStringLiteral("created_at"), now}};
            batchJobs << job;
            return json(201, job);
        }
        return json(404, {{QStringLiteral("detail"), QStringLiteral("Not Found")}});
    }
};

SubmissionOptions optionsFor(JobFlavour flavour)
{
    SubmissionOptions o;
    o.flavour = flavour;
    o.rules = {{QStringLiteral("invoice"), QStringLiteral("A bill asking for payment.")},
               {QStringLiteral("letter"), QStringLiteral("Any other correspondence.")}};
    o.parsing.targetPages = QStringLiteral("1-2");
    return o;
}

} // namespace

class OutboxTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir dir;
    std::unique_ptr<FakeHttpServer> server;
    std::unique_ptr<docket::test::ManualClock> clock;
    std::unique_ptr<ApiClient> client;
    FakeApi api;

    QString dbPath() const { return dir.filePath(QStringLiteral("outbox.sqlite")); }

    QList<IntakeFile> makeFiles(int n, const QString &prefix = QStringLiteral("doc"))
    {
        QList<IntakeFile> files;
        for (int i = 0; i < n; ++i) {
            IntakeFile f;
            f.name = QStringLiteral("%1-%2.txt").arg(prefix).arg(i);
            f.path = dir.filePath(f.name);
            QFile out(f.path);
            if (!out.open(QIODevice::WriteOnly))
                qFatal("cannot write fixture");
            const QByteArray content = f.name.toUtf8() + " content";
            out.write(content);
            out.close();
            f.size = content.size();
            f.sha256 = FileIntake::sha256Of(f.path, nullptr);
            files << f;
        }
        return files;
    }

    static constexpr const char *HeaderSecret = "Bearer s3cret-header";
    static constexpr const char *SigningSecret = "whsec_s3cret";

    SubmissionOptions withSecrets() const
    {
        SubmissionOptions options = optionsFor(JobFlavour::V2PerFile);
        options.webhooks << WebhookInput{QStringLiteral("https://hooks.test/x"),
                                         {{QStringLiteral("Authorization"), QString::fromLatin1(HeaderSecret)}},
                                         {},
                                         QString::fromLatin1(SigningSecret)};
        return options;
    }

    // Whether the secret's bytes are anywhere in the database files (main, WAL, shared memory).
    bool outboxHolds(const char *secret) const
    {
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
            QFile f(dbPath() + suffix);
            if (f.open(QIODevice::ReadOnly) && f.readAll().contains(secret))
                return true;
        }
        return false;
    }

    // v2 create bodies that carried both the webhook header and the signing secret.
    int v2BodiesWithSecrets() const
    {
        int n = 0;
        for (const RecordedRequest &r : server->requests()) {
            if (r.method != "POST" || r.path != QLatin1String("/api/v2/classify"))
                continue;
            const QJsonObject hook = QJsonDocument::fromJson(r.body)
                                         .object()
                                         .value(QStringLiteral("webhook_configurations"))
                                         .toArray()
                                         .first()
                                         .toObject();
            n += hook.value(QStringLiteral("webhook_signing_secret")).toString() == QLatin1String(SigningSecret)
                         && hook.value(QStringLiteral("webhook_headers")).toObject().value(QStringLiteral("Authorization"))
                                == QLatin1String(HeaderSecret)
                     ? 1
                     : 0;
        }
        return n;
    }

    // The dialog's way of submitting: waits for the keychain's answer.
    static QString submitAndWait(SubmissionRunner &runner, const SubmissionOptions &options,
                                 const QList<IntakeFile> &files, QString *error)
    {
        QObject context;
        bool answered = false;
        QString id;
        runner.submit(options, files, &context, [&](const QString &submitted, const QString &why) {
            answered = true;
            id = submitted;
            *error = why;
        });
        if (!QTest::qWaitFor([&] { return answered; }, 5000))
            *error = QStringLiteral("no answer");
        return id;
    }

    int countRequests(const QByteArray &method, const QString &path) const
    {
        int n = 0;
        for (const RecordedRequest &r : server->requests())
            n += (r.method == method && r.path == path) ? 1 : 0;
        return n;
    }

private Q_SLOTS:
    void init()
    {
        QFile::remove(dbPath());
        QFile::remove(dbPath() + QStringLiteral("-wal"));
        QFile::remove(dbPath() + QStringLiteral("-shm"));
        api = FakeApi();
        server = std::make_unique<FakeHttpServer>();
        QVERIFY(server->listen());
        server->setHandler([this](const RecordedRequest &r) { return api.handle(r); });
        clock = std::make_unique<docket::test::ManualClock>();
        client = docket::test::makeTestClient(*server, clock.get(), 0);
    }

    // A restarted process has a new client.
    void restartClient() { client = docket::test::makeTestClient(*server, clock.get(), 0); }

    void cleanup()
    {
        client.reset();
        server.reset();
    }

    void storesTheWholeSubmissionBeforeTheNetwork()
    {
        SubmissionOutbox outbox(dbPath());
        QString error;
        QVERIFY2(outbox.open(&error), qPrintable(error));
        const QList<IntakeFile> files = makeFiles(3);
        const QString id = outbox.createSubmission(QStringLiteral("prof"), optionsFor(JobFlavour::V1MultiFile), files);
        QVERIFY(!id.isEmpty());
        SubmissionOutbox reopened(dbPath());
        QVERIFY(reopened.open(&error));
        QCOMPARE(reopened.activeSubmissions(QStringLiteral("prof")), QStringList{id});
        QVERIFY(reopened.activeSubmissions(QStringLiteral("other")).isEmpty());
        QCOMPARE(reopened.submission(id)->options, optionsFor(JobFlavour::V1MultiFile));
        const QList<OutboxFile> stored = reopened.files(id);
        QCOMPARE(stored.size(), 3);
        QCOMPARE(stored[2].sha256, files[2].sha256);
        QCOMPARE(stored[2].state, OutboxFileState::Pending);
    }

    void submitsV2JobsWithStableTransactionIds()
    {
        SubmissionOutbox outbox(dbPath());
        QVERIFY(outbox.open(nullptr));
        SubmissionRunner runner(client.get(), &outbox);
        QSignalSpy created(&runner, &SubmissionRunner::v2JobCreated);
        QSignalSpy finished(&runner, &SubmissionRunner::submissionFinished);
        QString error;
        const QList<IntakeFile> files = makeFiles(6);
        const QString id = runner.submit(optionsFor(JobFlavour::V2PerFile), files, &error);
        QVERIFY2(!id.isEmpty(), qPrintable(error));
        QVERIFY(finished.wait(10000));
        QCOMPARE(created.size(), 6);
        QCOMPARE(api.uploads, 6);
        QCOMPARE(api.jobByTransaction.size(), 6);
        for (const IntakeFile &f : files)
            QVERIFY(api.jobByTransaction.contains(SubmissionRunner::transactionIdFor(id, f.sha256)));
        QVERIFY(SubmissionRunner::transactionIdFor(id, files[0].sha256).size() <= 255);
        const SubmissionRunner::Progress p = runner.progress(id);
        QCOMPARE(p.created, 6);
        QCOMPARE(p.bytesSent, p.bytesTotal);
        QVERIFY(outbox.activeSubmissions(runner.profileId()).isEmpty());
        // The v2 body: 1-based page string, Fast mode, inline rules.
        for (const RecordedRequest &r : server->requests()) {
            if (r.path != QLatin1String("/api/v2/classify"))
                continue;
            const QJsonObject configuration = QJsonDocument::fromJson(r.body).object().value(QStringLiteral("configuration")).toObject();
            QCOMPARE(configuration.value(QStringLiteral("mode")).toString(), QStringLiteral("FAST"));
            QCOMPARE(configuration.value(QStringLiteral("parsing_configuration")).toObject().value(QStringLiteral("target_pages")).toString(),
                     QStringLiteral("1-2"));
        }
    }

    void neverUploadsTheSameContentTwiceInAProfile()
    {
        SubmissionOutbox outbox(dbPath());
        QVERIFY(outbox.open(nullptr));
        SubmissionRunner runner(client.get(), &outbox);
        QSignalSpy finished(&runner, &SubmissionRunner::submissionFinished);
        const QList<IntakeFile> files = makeFiles(3);
        QString error;
        QVERIFY(!runner.submit(optionsFor(JobFlavour::V2PerFile), files, &error).isEmpty());
        QVERIFY(finished.wait(10000));
        QCOMPARE(api.uploads, 3);
        QVERIFY(!runner.submit(optionsFor(JobFlavour::V2PerFile), files, &error).isEmpty());
        QTRY_COMPARE(finished.size(), 2);
        QCOMPARE(api.uploads, 3); // reused
        QCOMPARE(api.jobByTransaction.size(), 6); // but new jobs: a new submission is a new request
        // Another profile uploads for itself.
        runner.setProfileId(QStringLiteral("second"));
        QVERIFY(!runner.submit(optionsFor(JobFlavour::V2PerFile), files.mid(0, 1), &error).isEmpty());
        QTRY_COMPARE(finished.size(), 3);
        QCOMPARE(api.uploads, 4);
    }

    void resumesAfterACrashWithoutASecondJob()
    {
        const QList<IntakeFile> files = makeFiles(5);
        QString id;
        api.stallV2CreateNumber = 3; // the server creates the third job, but the answer never comes
        {
            SubmissionOutbox outbox(dbPath());
            QVERIFY(outbox.open(nullptr));
            auto runner = std::make_unique<SubmissionRunner>(client.get(), &outbox);
            QString error;
            id = runner->submit(optionsFor(JobFlavour::V2PerFile), files, &error);
            QVERIFY(!id.isEmpty());
            QTRY_VERIFY(api.v2Creates >= 3 && api.uploads == 5);
            QTest::qWait(50);
            // "Crash": the runner goes away mid-submission, with requests in flight.
        }
        restartClient();
        api.stallV2CreateNumber = -1;

        SubmissionOutbox outbox(dbPath());
        QVERIFY(outbox.open(nullptr));
        SubmissionRunner runner(client.get(), &outbox);
        QSignalSpy resumed(&runner, &SubmissionRunner::resumed);
        QSignalSpy finished(&runner, &SubmissionRunner::submissionFinished);
        QCOMPARE(runner.resume(), 1);
        QCOMPARE(resumed.first().at(0).toString(), id);
        QVERIFY(resumed.first().at(1).toInt() >= 1);
        QVERIFY(finished.wait(10000));
        QCOMPARE(api.uploads, 5);                  // no file uploaded twice
        QCOMPARE(api.jobByTransaction.size(), 5);  // exactly one job per file
        QVERIFY(api.v2TransactionsSeen.size() > 5); // the stalled create was sent again, same key
        for (const OutboxFile &f : outbox.files(id))
            QCOMPARE(f.state, OutboxFileState::Created);
        QCOMPARE(outbox.jobs(id).size(), 5);
    }

    void splitsV1SubmissionsIntoJobsOfAtMost500Files()
    {
        SubmissionOutbox outbox(dbPath());
        QVERIFY(outbox.open(nullptr));
        // 501 entries sharing three files on disk; their hashes differ so each is its own upload.
        QList<IntakeFile> base = makeFiles(3);
        QList<IntakeFile> files;
        for (int i = 0; i < 501; ++i) {
            IntakeFile f = base[i % 3];
            f.sha256 = QStringLiteral("%1").arg(i, 64, 10, QLatin1Char('0'));
            files << f;
        }
        SubmissionRunner runner(client.get(), &outbox);
        QSignalSpy created(&runner, &SubmissionRunner::v1JobCreated);
        QSignalSpy finished(&runner, &SubmissionRunner::submissionFinished);
        QString error;
        QVERIFY(!runner.submit(optionsFor(JobFlavour::V1MultiFile), files, &error).isEmpty());
        QVERIFY(finished.wait(60000));
        QCOMPARE(created.size(), 2);
        QCOMPARE(api.v1FileCounts, (QList<int>{500, 1}));
        for (const RecordedRequest &r : server->requests()) {
            if (r.path == QLatin1String("/api/v1/classifier/jobs")) {
                const QJsonObject parsing = QJsonDocument::fromJson(r.body).object().value(QStringLiteral("parsing_configuration")).toObject();
                QCOMPARE(parsing.value(QStringLiteral("target_pages")).toArray(), (QJsonArray{0, 1}));
            }
        }
    }

    void adoptsAV1JobTheServerMadeBeforeTheCrash()
    {
        const QList<IntakeFile> files = makeFiles(3);
        api.stallV1Create = true;
        QString id;
        {
            SubmissionOutbox outbox(dbPath());
            QVERIFY(outbox.open(nullptr));
            SubmissionRunner runner(client.get(), &outbox);
            QString error;
            id = runner.submit(optionsFor(JobFlavour::V1MultiFile), files, &error);
            QTRY_COMPARE(api.v1Jobs.size(), 1);
            QTest::qWait(50);
        }
        api.stallV1Create = false;
        restartClient();
        SubmissionOutbox outbox(dbPath());
        QVERIFY(outbox.open(nullptr));
        SubmissionRunner runner(client.get(), &outbox);
        QSignalSpy created(&runner, &SubmissionRunner::v1JobCreated);
        QSignalSpy finished(&runner, &SubmissionRunner::submissionFinished);
        QCOMPARE(runner.resume(), 1);
        QVERIFY(finished.wait(10000));
        QCOMPARE(api.v1Jobs.size(), 1); // adopted, not created again
        QCOMPARE(created.size(), 1);
        QCOMPARE(outbox.jobs(id).value(0).jobId, QStringLiteral("v1-1"));
        QCOMPARE(countRequests("GET", QStringLiteral("/api/v1/classifier/jobs")), 1);
    }

    void createsOneBatchJobOverTheUploadedFiles()
    {
        SubmissionOutbox outbox(dbPath());
        QVERIFY(outbox.open(nullptr));
        SubmissionRunner runner(client.get(), &outbox);
        QSignalSpy created(&runner, &SubmissionRunner::batchJobCreated);
        QSignalSpy finished(&runner, &SubmissionRunner::submissionFinished);
        QString error;
        QVERIFY(!runner.submit(optionsFor(JobFlavour::Batch), makeFiles(4), &error).isEmpty());
        QVERIFY(finished.wait(10000));
        QCOMPARE(created.size(), 1);
        QCOMPARE(created.first().first().value<docket::api::BatchJob>().totalItems, 4);
    }

    void retriesFailedFiles()
    {
        SubmissionOutbox outbox(dbPath());
        QVERIFY(outbox.open(nullptr));
        SubmissionRunner runner(client.get(), &outbox);
        QSignalSpy finished(&runner, &SubmissionRunner::submissionFinished);
        const QList<IntakeFile> files = makeFiles(3);
        api.failUploadOf.insert(files[1].name);
        QString error;
        const QString id = runner.submit(optionsFor(JobFlavour::V2PerFile), files, &error);
        QVERIFY(finished.wait(10000));
        SubmissionRunner::Progress p = runner.progress(id);
        QCOMPARE(p.created, 2);
        QCOMPARE(p.failed, 1);
        QVERIFY(outbox.files(id)[1].error.contains(QStringLiteral("bad file")));
        QVERIFY(outbox.activeSubmissions(runner.profileId()).isEmpty()); // needs the user, not a resume
        runner.retryFailed(id);
        QTRY_COMPARE(finished.size(), 2);
        p = runner.progress(id);
        QCOMPARE(p.created, 3);
        QCOMPARE(p.failed, 0);
    }

    void cancelStopsUploadsAndKeepsCreatedJobs()
    {
        SubmissionOutbox outbox(dbPath());
        QVERIFY(outbox.open(nullptr));
        SubmissionRunner runner(client.get(), &outbox);
        QSignalSpy finished(&runner, &SubmissionRunner::submissionFinished);
        const QList<IntakeFile> files = makeFiles(6);
        for (int i = 1; i < 6; ++i)
            api.stallUploadOf.insert(files[i].name);
        QString error;
        const QString id = runner.submit(optionsFor(JobFlavour::V2PerFile), files, &error);
        QTRY_COMPARE(api.jobByTransaction.size(), 1);
        // Never more than four uploads at once: two files are still waiting for a slot.
        QTRY_COMPARE(countRequests("POST", QStringLiteral("/api/v1/beta/files")), 5);
        QTest::qWait(100);
        QCOMPARE(countRequests("POST", QStringLiteral("/api/v1/beta/files")), 5);
        runner.cancel(id);
        QTRY_COMPARE(finished.size(), 1);
        const SubmissionRunner::Progress p = runner.progress(id);
        QCOMPARE(p.created, 1);
        QCOMPARE(p.cancelled, 5);
        QCOMPARE(outbox.submission(id)->state, QStringLiteral("cancelled"));
    }

    void aProfileSwitchSuspendsAndTheProfileResumesLater()
    {
        SubmissionOutbox outbox(dbPath());
        QVERIFY(outbox.open(nullptr));
        SubmissionRunner runner(client.get(), &outbox);
        const QString home = runner.profileId();
        QSignalSpy suspended(&runner, &SubmissionRunner::suspended);
        QSignalSpy finished(&runner, &SubmissionRunner::submissionFinished);
        const QList<IntakeFile> files = makeFiles(6);
        for (int i = 1; i < 6; ++i)
            api.stallUploadOf.insert(files[i].name);
        QString error;
        const QString id = runner.submit(optionsFor(JobFlavour::V2PerFile), files, &error);
        QVERIFY2(!id.isEmpty(), qPrintable(error));
        QTRY_COMPARE(api.jobByTransaction.size(), 1);
        QTRY_COMPARE(countRequests("POST", QStringLiteral("/api/v1/beta/files")), 5);

        runner.setProfileId(QStringLiteral("another-account"));
        QCOMPARE(suspended.size(), 1);
        QCOMPARE(suspended.first().at(0).toString(), id);
        QCOMPARE(runner.resume(), 0); // nothing of the other profile's
        QTest::qWait(100);
        QCOMPARE(finished.size(), 0);
        QCOMPARE(countRequests("POST", QStringLiteral("/api/v1/beta/files")), 5); // nothing new sent
        // Nothing was given up: the files wait in the outbox for their own profile.
        QCOMPARE(outbox.activeSubmissions(home), QStringList{id});
        for (const OutboxFile &f : outbox.files(id)) {
            QVERIFY(f.state != OutboxFileState::Cancelled);
            QVERIFY(f.state != OutboxFileState::Failed);
        }

        api.stallUploadOf.clear();
        runner.setProfileId(home);
        QCOMPARE(runner.resume(), 1);
        QVERIFY(finished.wait(10000));
        QCOMPARE(api.jobByTransaction.size(), 6); // one job per file, the first one not twice
        for (const OutboxFile &f : outbox.files(id))
            QCOMPARE(f.state, OutboxFileState::Created);
    }

    void keepsWebhookSecretsInTheKeychainNotTheOutbox()
    {
        SubmissionOutbox outbox(dbPath());
        QVERIFY(outbox.open(nullptr));
        QCOMPARE(QFile::permissions(dbPath()) & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());
        MemoryCredentialStore keychain;
        SubmissionRunner runner(client.get(), &outbox);
        runner.setCredentialStore(&keychain);
        QSignalSpy finished(&runner, &SubmissionRunner::submissionFinished);
        QString error;
        const QString id = submitAndWait(runner, withSecrets(), makeFiles(2), &error);
        QVERIFY2(!id.isEmpty(), qPrintable(error));
        QVERIFY(keychain.contains(SubmissionOutbox::keychainIdFor(id)));
        QVERIFY(!outboxHolds(HeaderSecret));
        QVERIFY(!outboxHolds(SigningSecret));
        // The outbox keeps the header name and that secrets exist, never their values.
        const auto stored = outbox.submission(id);
        QVERIFY(stored->secretsInKeychain);
        QVERIFY(stored->options.webhooks.first().headers.contains(QStringLiteral("Authorization")));
        QVERIFY(stored->options.webhooks.first().headers.value(QStringLiteral("Authorization")).isEmpty());
        QVERIFY(stored->options.webhooks.first().signingSecret.isEmpty());
        QVERIFY(finished.wait(10000));
        // Both job requests carried them (this run kept them in memory)…
        QCOMPARE(v2BodiesWithSecrets(), 2);
        QVERIFY(!outboxHolds(HeaderSecret));
        QVERIFY(!outboxHolds(SigningSecret));
        // …and the finished submission's keychain entry is gone.
        QTRY_VERIFY(!keychain.contains(SubmissionOutbox::keychainIdFor(id)));
    }

    void resumeReadsTheWebhookSecretsBackFromTheKeychain()
    {
        MemoryCredentialStore keychain;
        QString id;
        api.stallV2CreateNumber = 1;
        {
            SubmissionOutbox outbox(dbPath());
            QVERIFY(outbox.open(nullptr));
            SubmissionRunner runner(client.get(), &outbox);
            runner.setCredentialStore(&keychain);
            QString error;
            id = submitAndWait(runner, withSecrets(), makeFiles(1), &error);
            QVERIFY2(!id.isEmpty(), qPrintable(error));
            QTRY_COMPARE(api.v2Creates, 1);
            QVERIFY(!outboxHolds(HeaderSecret)); // while running
            QVERIFY(!outboxHolds(SigningSecret));
            // "Crash" with the create unanswered.
        }
        QVERIFY(!outboxHolds(HeaderSecret)); // after the crash
        QVERIFY(!outboxHolds(SigningSecret));
        restartClient();
        api.stallV2CreateNumber = -1;
        const int createsBefore = countRequests("POST", QStringLiteral("/api/v2/classify"));
        const int withSecretsBefore = v2BodiesWithSecrets();

        SubmissionOutbox outbox(dbPath());
        QVERIFY(outbox.open(nullptr));
        SubmissionRunner runner(client.get(), &outbox); // a new process: nothing in memory
        runner.setCredentialStore(&keychain);
        QSignalSpy finished(&runner, &SubmissionRunner::submissionFinished);
        QCOMPARE(runner.resume(), 1);
        QVERIFY(finished.wait(10000));
        QCOMPARE(outbox.files(id).first().state, OutboxFileState::Created);
        QCOMPARE(countRequests("POST", QStringLiteral("/api/v2/classify")), createsBefore + 1);
        QCOMPARE(v2BodiesWithSecrets(), withSecretsBefore + 1); // the resumed create has its header and signing secret
        QVERIFY(!outboxHolds(HeaderSecret));
        QTRY_VERIFY(!keychain.contains(SubmissionOutbox::keychainIdFor(id)));
    }

    void missingKeychainEntryAtResumeFailsTheFilesVisibly()
    {
        QString id;
        api.stallUploadOf.insert(QStringLiteral("doc-1.txt"));
        {
            SubmissionOutbox outbox(dbPath());
            QVERIFY(outbox.open(nullptr));
            MemoryCredentialStore keychain; // gone with this "process"
            SubmissionRunner runner(client.get(), &outbox);
            runner.setCredentialStore(&keychain);
            QString error;
            id = submitAndWait(runner, withSecrets(), makeFiles(2), &error);
            QVERIFY2(!id.isEmpty(), qPrintable(error));
            QTRY_COMPARE(api.v2Creates, 1); // the first file is done, the second never uploads
        }
        restartClient();
        api.stallUploadOf.clear();
        const int createsBefore = api.v2Creates;

        SubmissionOutbox outbox(dbPath());
        QVERIFY(outbox.open(nullptr));
        MemoryCredentialStore emptyKeychain;
        SubmissionRunner runner(client.get(), &outbox);
        runner.setCredentialStore(&emptyKeychain);
        QSignalSpy finished(&runner, &SubmissionRunner::submissionFinished);
        QCOMPARE(runner.resume(), 1);
        QVERIFY(finished.wait(10000));
        QCOMPARE(api.v2Creates, createsBefore); // no job without its webhook secret
        const QList<OutboxFile> files = outbox.files(id);
        QCOMPARE(files[0].state, OutboxFileState::Created);
        QCOMPARE(files[1].state, OutboxFileState::Failed);
        QVERIFY2(files[1].error.contains(QStringLiteral("could not be read back from the keychain")), qPrintable(files[1].error));
        QCOMPARE(runner.progress(id).failed, 1);
    }

    void scrubsPlainTextSecretsOfOlderOutboxesAtOpen()
    {
        QString id;
        {
            SubmissionOutbox outbox(dbPath());
            QVERIFY(outbox.open(nullptr));
            id = outbox.createSubmission(QStringLiteral("default"), optionsFor(JobFlavour::V2PerFile), makeFiles(1));
            QVERIFY(!id.isEmpty());
        }
        {
            // What an outbox of an earlier version held: the secrets in the options JSON.
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("legacy"));
            db.setDatabaseName(dbPath());
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.prepare(QStringLiteral("UPDATE submissions SET options = ? WHERE id = ?")));
            q.addBindValue(QString::fromUtf8(QJsonDocument(withSecrets().toJson()).toJson(QJsonDocument::Compact)));
            q.addBindValue(id);
            QVERIFY(q.exec());
            q.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("legacy"));
        QVERIFY(outboxHolds(SigningSecret));

        SubmissionOutbox outbox(dbPath());
        QVERIFY(outbox.open(nullptr));
        QVERIFY(!outboxHolds(SigningSecret));
        QVERIFY(!outboxHolds(HeaderSecret));
        const auto stored = outbox.submission(id);
        QVERIFY(stored->secretsInKeychain); // so a resume fails it visibly instead of dropping them
        QVERIFY(stored->options.webhooks.first().headers.contains(QStringLiteral("Authorization")));
        QCOMPARE(stored->options.webhooks.first().url, QStringLiteral("https://hooks.test/x"));
    }

    void refusesWebhookSecretsWithoutAKeychainAndStoresNothing()
    {
        SubmissionOutbox outbox(dbPath());
        QVERIFY(outbox.open(nullptr));
        MemoryCredentialStore keychain;
        keychain.setFailure(CredentialError{CredentialError::Kind::NoKeychain, QStringLiteral("no secret service answers")});
        SubmissionRunner runner(client.get(), &outbox);
        runner.setCredentialStore(&keychain);
        QString error;
        QVERIFY(submitAndWait(runner, withSecrets(), makeFiles(1), &error).isEmpty());
        QCOMPARE(error, QStringLiteral("Docket cannot keep this webhook's secret safely: no secret service answers. "
                                       "Remove the headers/secret or set up a keychain."));
        // No credential store at all, and the synchronous submit, refuse the same way.
        SubmissionRunner bare(client.get(), &outbox);
        QVERIFY(submitAndWait(bare, withSecrets(), makeFiles(1), &error).isEmpty());
        QVERIFY(error.startsWith(QStringLiteral("Docket cannot keep this webhook's secret safely")));
        QVERIFY(runner.submit(withSecrets(), makeFiles(1), &error).isEmpty());
        QVERIFY(error.startsWith(QStringLiteral("Docket cannot keep this webhook's secret safely")));
        QVERIFY(outbox.activeSubmissions(runner.profileId()).isEmpty());
        QCOMPARE(server->requestCount(), 0);
        // A profile switch while the keychain works: nothing is recorded under the new profile.
        keychain.setFailure(std::nullopt);
        bool answered = false;
        QString switchedId;
        QObject context;
        runner.submit(withSecrets(), makeFiles(1), &context, [&](const QString &submitted, const QString &why) {
            answered = true;
            switchedId = submitted;
            error = why;
        });
        runner.setProfileId(QStringLiteral("other"));
        QTRY_VERIFY(answered);
        QVERIFY(switchedId.isEmpty());
        QVERIFY(error.contains(QStringLiteral("profile changed")));
        QVERIFY(outbox.activeSubmissions(QStringLiteral("other")).isEmpty());
        QCOMPARE(server->requestCount(), 0);
        // Without secrets the same runner submits (the keychain is not needed).
        QVERIFY(!submitAndWait(runner, optionsFor(JobFlavour::V2PerFile), makeFiles(1), &error).isEmpty());
    }

    void refusesInvalidOptionsWithoutWritingAnything()
    {
        SubmissionOutbox outbox(dbPath());
        QVERIFY(outbox.open(nullptr));
        SubmissionRunner runner(client.get(), &outbox);
        SubmissionOptions bad = optionsFor(JobFlavour::V2PerFile);
        bad.mode = QStringLiteral("MULTIMODAL");
        QString error;
        QVERIFY(runner.submit(bad, makeFiles(1), &error).isEmpty());
        QVERIFY(error.contains(QStringLiteral("Fast")));
        QVERIFY(outbox.activeSubmissions(runner.profileId()).isEmpty());
        QCOMPARE(server->requestCount(), 0);
    }
};

QTEST_GUILESS_MAIN(OutboxTest)
#include "tst_outbox.moc"
