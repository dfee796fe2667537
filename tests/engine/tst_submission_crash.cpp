// SPDX-FileCopyrightText: 2026 The Docket authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Crash test on the real local engine: a submission of 50 files is started by a separate process
// (docket_submitter), which is killed with SIGKILL in the middle; a new process resumes the
// outbox. Afterwards the engine holds exactly 50 v2 jobs, one per file (none twice), each with the
// transaction_id derived from the submission and the file, and all of them reach a terminal state.

#include "api/apiclient.h"
#include "api/batchapi.h"
#include "api/classifierapi.h"
#include "api/classifyapi.h"
#include "jobs/fileintake.h"
#include "jobs/submissionoutbox.h"
#include "jobs/submissionrunner.h"

#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace docket;

namespace {
constexpr int FileCount = 50;
const QString Token = QStringLiteral("crash-test-token");

QStringList readLines(QProcess &p, QByteArray &buffer)
{
    buffer += p.readAllStandardOutput();
    QStringList lines;
    qsizetype nl;
    while ((nl = buffer.indexOf('\n')) >= 0) {
        lines << QString::fromUtf8(buffer.left(nl)).trimmed();
        buffer.remove(0, nl + 1);
    }
    return lines;
}
} // namespace

class SubmissionCrashTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir tmp;
    QProcess engine;
    QUrl baseUrl;

    QList<api::ClassifyV2Job> listAllJobs(api::ApiClient &client)
    {
        QList<api::ClassifyV2Job> all;
        std::optional<QString> token;
        for (int page = 0; page < 100; ++page) {
            api::ClassifyV2ListQuery q;
            q.pageSize = 100;
            q.pageToken = token;
            std::optional<api::Result<api::ClassifyV2JobList>> result;
            api::ClassifyApi(&client).list(q, this, [&](api::Result<api::ClassifyV2JobList> r) { result = std::move(r); });
            if (!QTest::qWaitFor([&] { return result.has_value(); }, 20000) || !result->ok())
                qFatal("listing jobs failed: %s", result ? qPrintable(result->error().toDisplayString()) : "timeout");
            all += result->value().items;
            if (!result->value().hasNextPage())
                break;
            token = result->value().nextPageToken;
        }
        return all;
    }

    template<typename T, typename Call>
    T await(Call call)
    {
        std::optional<api::Result<T>> result;
        call([&](api::Result<T> r) { result = std::move(r); });
        if (!QTest::qWaitFor([&] { return result.has_value(); }, 20000) || !result->ok())
            qFatal("call failed: %s", result ? qPrintable(result->error().toDisplayString()) : "timeout");
        return result->value();
    }

    // Runs one submission of the folder to the end in a separate process; returns its output.
    QString submitFolder(const QString &folder, const QString &flavour)
    {
        QProcess p;
        p.setProgram(QStringLiteral(DOCKET_SUBMITTER_BIN));
        p.setArguments({QStringLiteral("submit"), baseUrl.toString(), Token, tmp.filePath(flavour + QStringLiteral(".sqlite")),
                        folder, QStringLiteral("0"), flavour});
        p.start();
        if (!p.waitForFinished(60000) || p.exitCode() != 0)
            qFatal("submitter failed: %s", p.readAllStandardError().constData());
        return QString::fromUtf8(p.readAllStandardOutput());
    }

private Q_SLOTS:
    void initTestCase()
    {
        engine.setProgram(QStringLiteral(DOCKET_ENGINE_BIN));
        engine.setArguments({QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--data-dir"), tmp.filePath(QStringLiteral("engine"))});
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DOCKET_ENGINE_TOKEN"), Token);
        engine.setProcessEnvironment(env);
        engine.setProcessChannelMode(QProcess::SeparateChannels);
        engine.start();
        QVERIFY2(engine.waitForStarted(10000), qPrintable(engine.errorString()));
        static const QRegularExpression ready(QStringLiteral("^docket-engine listening on (http://\\S+)$"));
        QByteArray buffer;
        QVERIFY(QTest::qWaitFor([&] {
            for (const QString &line : readLines(engine, buffer)) {
                const auto m = ready.match(line);
                if (m.hasMatch())
                    baseUrl = QUrl(m.captured(1));
            }
            return baseUrl.isValid() || engine.state() == QProcess::NotRunning;
        }, 20000));
        QVERIFY2(baseUrl.isValid(), engine.readAllStandardError().constData());
    }

    void cleanupTestCase()
    {
        engine.terminate();
        if (!engine.waitForFinished(10000))
            engine.kill();
    }

    void everyFileIsClassifiedExactlyOnceAfterAKill()
    {
        const QString folder = tmp.filePath(QStringLiteral("docs"));
        QDir().mkpath(folder);
        for (int i = 0; i < FileCount; ++i) {
            QFile f(QStringLiteral("%1/doc-%2.txt").arg(folder).arg(i, 2, 10, QLatin1Char('0')));
            QVERIFY(f.open(QIODevice::WriteOnly));
            const QByteArray text = i % 2 ? QByteArray("INVOICE no. %1 Total due: 120.00 EUR. Please pay by transfer.")
                                          : QByteArray("Dear Ms Example, thank you for your letter number %1. Kind regards.");
            f.write(QString::fromLatin1(text).arg(i).toUtf8());
        }
        const QString outboxPath = tmp.filePath(QStringLiteral("outbox.sqlite"));

        // First run: killed with SIGKILL once a few jobs exist.
        QProcess first;
        first.setProgram(QStringLiteral(DOCKET_SUBMITTER_BIN));
        first.setArguments({QStringLiteral("submit"), baseUrl.toString(), Token, outboxPath, folder, QStringLiteral("15")});
        first.start();
        QVERIFY(first.waitForStarted(10000));
        QByteArray buffer;
        int createdBeforeKill = 0;
        QString submissionId;
        QVERIFY(QTest::qWaitFor([&] {
            for (const QString &line : readLines(first, buffer)) {
                if (line.startsWith(QLatin1String("created ")))
                    ++createdBeforeKill;
                if (line.startsWith(QLatin1String("submitted ")))
                    submissionId = line.section(QLatin1Char(' '), 1, 1);
            }
            return createdBeforeKill >= 5 || first.state() == QProcess::NotRunning;
        }, 60000));
        QVERIFY2(first.state() == QProcess::Running, "the submitter finished before it could be killed mid-way");
        first.kill(); // SIGKILL: no clean-up, no flush beyond what the outbox already committed
        QVERIFY(first.waitForFinished(10000));
        QCOMPARE(first.exitStatus(), QProcess::CrashExit);
        QVERIFY(!submissionId.isEmpty());
        qInfo("killed the submitter after %d jobs were reported created", createdBeforeKill);

        // Second run: resumes the outbox and finishes.
        QProcess second;
        second.setProgram(QStringLiteral(DOCKET_SUBMITTER_BIN));
        second.setArguments({QStringLiteral("resume"), baseUrl.toString(), Token, outboxPath});
        second.start();
        QVERIFY(second.waitForFinished(120000));
        QCOMPARE(second.exitStatus(), QProcess::NormalExit);
        QCOMPARE(second.exitCode(), 0);
        const QString output = QString::fromUtf8(second.readAllStandardOutput());
        const QRegularExpression resumedLine(QStringLiteral("resumed (\\S+) (\\d+)"));
        const auto resumed = resumedLine.match(output);
        QVERIFY2(resumed.hasMatch(), qPrintable(output));
        QCOMPARE(resumed.captured(1), submissionId);
        QVERIFY(resumed.captured(2).toInt() > 0);
        QVERIFY(output.contains(QStringLiteral("finished ") + submissionId));
        // More "created" reports than jobs would mean a create the killed process had sent was
        // answered again, with the same job, for the same transaction_id.
        qInfo("resumed with %s files left; %d + %d created reports for %d jobs", qPrintable(resumed.captured(2)),
              createdBeforeKill, int(output.count(QStringLiteral("created "))), FileCount);

        // The engine's view: exactly 50 jobs, one per file, with the expected keys.
        api::ApiClient client;
        api::ConnectionSettings c;
        c.baseUrl = baseUrl;
        c.apiKey = Token;
        client.setConnection(c);
        QSet<QString> expectedKeys;
        for (const jobs::IntakeFile &f : jobs::FileIntake::scan({folder}, {}, {}, {}))
            expectedKeys.insert(jobs::SubmissionRunner::transactionIdFor(submissionId, f.sha256));
        QCOMPARE(expectedKeys.size(), FileCount);
        QList<api::ClassifyV2Job> all = listAllJobs(client);
        QCOMPARE(all.size(), FileCount);
        QSet<QString> ids, inputs, keys;
        for (const api::ClassifyV2Job &job : all) {
            ids.insert(job.id);
            inputs.insert(job.fileInput);
            keys.insert(job.transactionId.value_or(QString()));
        }
        QCOMPARE(ids.size(), FileCount);
        QCOMPARE(inputs.size(), FileCount);
        QCOMPARE(keys, expectedKeys);

        // The outbox agrees, and nothing is left for a third start.
        jobs::SubmissionOutbox outbox(outboxPath);
        QVERIFY(outbox.open(nullptr));
        QVERIFY(outbox.activeSubmissions(QStringLiteral("default")).isEmpty());
        int createdFiles = 0;
        for (const jobs::OutboxFile &f : outbox.files(submissionId))
            createdFiles += f.state == jobs::OutboxFileState::Created ? 1 : 0;
        QCOMPARE(createdFiles, FileCount);

        // And every job reaches a terminal state.
        int terminal = 0;
        QVERIFY(QTest::qWaitFor([&] {
            all = listAllJobs(client);
            terminal = int(std::count_if(all.begin(), all.end(), [](const api::ClassifyV2Job &j) {
                return j.status == QLatin1String("COMPLETED") || j.status == QLatin1String("FAILED")
                    || j.status == QLatin1String("CANCELLED");
            }));
            return terminal == FileCount;
        }, 180000));
        const auto completed = std::count_if(all.begin(), all.end(), [](const api::ClassifyV2Job &j) { return j.status == QLatin1String("COMPLETED"); });
        qInfo("%d jobs terminal, %d completed", terminal, int(completed));
    }

    // Runs after the crash test: the engine lists batch items among the v2 jobs it counts.
    void createsV1AndBatchJobsTheEngineAccepts()
    {
        const QString folder = tmp.filePath(QStringLiteral("few"));
        QDir().mkpath(folder);
        for (int i = 0; i < 3; ++i) {
            QFile f(QStringLiteral("%1/few-%2.txt").arg(folder).arg(i));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QByteArray("Invoice number ") + QByteArray::number(i * 7919) + " for services rendered.");
        }
        api::ApiClient client;
        api::ConnectionSettings c;
        c.baseUrl = baseUrl;
        c.apiKey = Token;
        client.setConnection(c);

        const QString v1 = submitFolder(folder, QStringLiteral("v1"));
        QVERIFY2(v1.count(QStringLiteral("created ")) == 1 && !v1.contains(QStringLiteral("failed ")), qPrintable(v1));
        const auto v1Jobs = await<api::ClassifyJobList>([&](auto done) {
            api::ClassifierApi(&client).listJobs({}, this, done);
        });
        QCOMPARE(v1Jobs.items.size(), 1);
        QCOMPARE(v1Jobs.items.first().parsingConfiguration.targetPages, QList<qint64>{0}); // typed "1", sent 0-indexed

        const QString batch = submitFolder(folder, QStringLiteral("batch"));
        QVERIFY2(batch.count(QStringLiteral("created ")) == 1 && !batch.contains(QStringLiteral("failed ")), qPrintable(batch));
        const auto batches = await<api::BatchJobList>([&](auto done) { api::BatchApi(&client).list({}, this, done); });
        QCOMPARE(batches.items.size(), 1);
        QCOMPARE(batches.items.first().totalItems, 3);
    }
};

QTEST_GUILESS_MAIN(SubmissionCrashTest)
#include "tst_submission_crash.moc"
