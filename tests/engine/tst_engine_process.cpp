// SPDX-FileCopyrightText: 2026 The Docket authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/apiclient.h"
#include "api/classifyapi.h"
#include "api/filesapi.h"
#include "engine/store/enginestore.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace docket::api;
using namespace Qt::Literals::StringLiterals;

namespace {

template<typename T, typename Start>
Result<T> await(Start start, int timeoutMs = 30000)
{
    std::optional<Result<T>> out;
    start([&out](Result<T> r) { out.emplace(std::move(r)); });
    if (!QTest::qWaitFor([&] { return out.has_value(); }, timeoutMs))
        return ApiError(ApiError::Kind::Timeout, QStringLiteral("the test gave up waiting"));
    return *out;
}

} // namespace

// Drives the real docket-engine executable: crash in the middle of a job (kill -9), graceful stop
// (SIGTERM), and restarts on the same data directory.
class TestEngineProcess : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<QProcess> m_process;
    ApiClient m_client;

    bool startEngine(const QStringList &extraArgs = {})
    {
        m_process = std::make_unique<QProcess>();
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DOCKET_ENGINE_TOKEN"), QStringLiteral("process-test-token"));
        m_process->setProcessEnvironment(env);
        m_process->setProcessChannelMode(QProcess::SeparateChannels);
        m_process->start(QStringLiteral(DOCKET_ENGINE_BINARY),
                         QStringList{QStringLiteral("--data-dir"), m_dir.filePath(QStringLiteral("data")),
                          QStringLiteral("--workers"), QStringLiteral("1"), QStringLiteral("--log-level"),
                          QStringLiteral("warning")}
                             + extraArgs);
        if (!m_process->waitForStarted(10000))
            return false;
        QByteArray out;
        const bool ready = QTest::qWaitFor(
            [&] {
                out += m_process->readAllStandardOutput();
                return out.contains('\n');
            },
            15000);
        if (!ready)
            return false;
        static const QRegularExpression line(QStringLiteral("^docket-engine listening on (http://\\S+)\n"));
        const auto match = line.match(QString::fromUtf8(out));
        if (!match.hasMatch())
            return false;
        m_client.setConnection({QUrl(match.captured(1)), QStringLiteral("process-test-token"), QString(), QString()});
        return true;
    }

    FileV2 upload(const QString &name, const QByteArray &content)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write(content);
        f.close();
        FilesApi files(&m_client);
        const auto r = await<FileV2>([&](auto done) { files.upload(path, this, done); }, 60000);
        return r ? r.value() : FileV2{};
    }

    QString create(const QString &fileId)
    {
        ClassifyApi api(&m_client);
        ClassifyV2CreateRequest body;
        body.fileInput = fileId;
        ClassifyV2Configuration config;
        config.rules = {Rule{QStringLiteral("invoice"), QStringLiteral("An invoice with an amount due and a due date")},
                        Rule{QStringLiteral("letter"), QStringLiteral("A letter with a greeting and a signature")}};
        body.configuration = config;
        const auto r = await<ClassifyV2Job>([&](auto done) { api.create(body, this, done); });
        return r ? r.value().id : QString();
    }

    ClassifyV2Job job(const QString &id)
    {
        ClassifyApi api(&m_client);
        const auto r = await<ClassifyV2Job>([&](auto done) { api.get(id, this, done); });
        return r ? r.value() : ClassifyV2Job{};
    }

    // A document big enough to keep the single worker busy for a while.
    static QByteArray bigDocument()
    {
        QByteArray line = "Invoice 42: amount due 120 EUR, payment due date 2026-12-01, bill to ACME corporation.\n";
        QByteArray text;
        text.reserve(line.size() * 200000);
        for (int i = 0; i < 200000; ++i)
            text += line;
        return text;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(QFile::exists(QStringLiteral(DOCKET_ENGINE_BINARY)), DOCKET_ENGINE_BINARY);
    }

    void cleanup()
    {
        if (m_process && m_process->state() != QProcess::NotRunning) {
            m_process->terminate();
            if (!m_process->waitForFinished(10000))
                m_process->kill();
            m_process->waitForFinished(5000);
        }
    }

    void helpDocumentsTheOptions()
    {
        QProcess help;
        help.start(QStringLiteral(DOCKET_ENGINE_BINARY), {QStringLiteral("--help")});
        QVERIFY(help.waitForFinished(10000));
        const QString text = QString::fromUtf8(help.readAllStandardOutput());
        for (const char *option : {"--port", "--host", "--token", "DOCKET_ENGINE_TOKEN", "--data-dir", "--log-level",
                                   "--workers", "--exit-on-stdin-eof"})
            QVERIFY2(text.contains(QLatin1String(option)), option);
    }

    void generatesTokenOnceAndNeverLogsIt()
    {
        QProcess engine;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DOCKET_ENGINE_TOKEN"));
        engine.setProcessEnvironment(env);
        engine.start(QStringLiteral(DOCKET_ENGINE_BINARY),
                     {QStringLiteral("--data-dir"), m_dir.filePath(QStringLiteral("gen")), QStringLiteral("--log-level"),
                      QStringLiteral("debug")});
        QByteArray out, err;
        QVERIFY(QTest::qWaitFor(
            [&] {
                out += engine.readAllStandardOutput();
                return out.contains('\n');
            },
            15000));
        QVERIFY(out.startsWith("docket-engine listening on http://127.0.0.1:"));
        QVERIFY(QTest::qWaitFor(
            [&] {
                err += engine.readAllStandardError();
                return err.contains("generated API token: ");
            },
            5000));
        const qsizetype at = err.indexOf("generated API token: ") + 21;
        const QByteArray token = err.mid(at, err.indexOf('\n', at) - at).trimmed();
        QVERIFY(token.size() >= 43);
        m_client.setConnection({QUrl(QString::fromUtf8(out.trimmed().mid(27))), QString::fromLatin1(token), QString(),
                                QString()});
        ClassifyApi api(&m_client);
        QVERIFY(await<ClassifyV2JobList>([&](auto cb) { api.list({}, this, cb); }));
        engine.terminate();
        QVERIFY(engine.waitForFinished(10000));
        err += engine.readAllStandardError();
        // Requests were logged (debug level), the token only that once.
        QVERIFY(err.contains("GET /api/v2/classify -> 200"));
        QCOMPARE(err.count(token), 1);
    }

    void stopsCleanlyAtEndOfStdinWhenAsked()
    {
        QVERIFY(startEngine({QStringLiteral("--exit-on-stdin-eof")}));
        ClassifyApi api(&m_client);
        QVERIFY(await<ClassifyV2JobList>([&](auto cb) { api.list({}, this, cb); }));
        m_process->closeWriteChannel(); // what the supervisor's death looks like from here
        QVERIFY(m_process->waitForFinished(30000));
        QCOMPARE(m_process->exitStatus(), QProcess::NormalExit);
        QCOMPARE(m_process->exitCode(), 0);
    }

    void keepsRunningAtEndOfStdinByDefault()
    {
        QVERIFY(startEngine());
        m_process->closeWriteChannel();
        ClassifyApi api(&m_client);
        // A full request round trip after the EOF: the engine saw it and is still serving.
        QVERIFY(await<ClassifyV2JobList>([&](auto cb) { api.list({}, this, cb); }));
        QCOMPARE(m_process->state(), QProcess::Running);
    }

    void killedInTheMiddleOfAJobLosesNothing()
    {
        QVERIFY(startEngine());
        const FileV2 small = upload(QStringLiteral("small.txt"), "Invoice 7, amount due 10 EUR, due date tomorrow");
        QVERIFY(!small.id.isEmpty());
        const QString done = create(small.id);
        QTRY_COMPARE_WITH_TIMEOUT(job(done).status, QStringLiteral("COMPLETED"), 30000);
        const ClassifyV2Job before = job(done);

        const FileV2 big = upload(QStringLiteral("big.txt"), bigDocument());
        QVERIFY(!big.id.isEmpty());
        const QString interrupted = create(big.id);
        QVERIFY(!interrupted.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(job(interrupted).status, QStringLiteral("RUNNING"), 30000);
        m_process->kill(); // SIGKILL: no chance to clean up
        QVERIFY(m_process->waitForFinished(10000));

        QVERIFY(startEngine());
        // Nothing lost: the finished job, its result and both files are still there.
        const ClassifyV2Job after = job(done);
        QCOMPARE(after.status, QStringLiteral("COMPLETED"));
        QCOMPARE(after.result, before.result);
        FilesApi files(&m_client);
        const auto list = await<FileList>([&](auto cb) { files.list({}, this, cb); });
        QVERIFY(list);
        QCOMPARE(list.value().items.size(), 2);
        // The interrupted job is not stuck: it ran again and finished.
        QTRY_VERIFY_WITH_TIMEOUT(job(interrupted).status == "COMPLETED"_L1 || job(interrupted).status == "FAILED"_L1,
                                 120000);
        const ClassifyV2Job rerun = job(interrupted);
        if (rerun.status == "FAILED"_L1)
            QVERIFY2(rerun.errorMessage && !rerun.errorMessage->isEmpty(), "a failed job says why");
        else
            QCOMPARE(rerun.result->type, std::optional<QString>(QStringLiteral("invoice")));
    }

    void sigtermPutsRunningJobBackToPending()
    {
        QVERIFY(startEngine());
        const FileV2 big = upload(QStringLiteral("big2.txt"), bigDocument());
        const QString id = create(big.id);
        QVERIFY(!id.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(job(id).status, QStringLiteral("RUNNING"), 30000);
        m_process->terminate();
        QVERIFY(m_process->waitForFinished(30000));
        QCOMPARE(m_process->exitStatus(), QProcess::NormalExit);
        QCOMPARE(m_process->exitCode(), 0);
        {
            // Read the database the engine left behind.
            docket::engine::EngineStore store(m_dir.filePath(QStringLiteral("data")));
            QVERIFY(store.open());
            const auto task = store.task(id);
            QVERIFY(task);
            QCOMPARE(task->status, QStringLiteral("PENDING"));
            QCOMPARE(task->attempts, 0); // a graceful stop is not counted against the job
        }
        QVERIFY(startEngine());
        QTRY_COMPARE_WITH_TIMEOUT(job(id).status, QStringLiteral("COMPLETED"), 120000);
    }
};

QTEST_GUILESS_MAIN(TestEngineProcess)
#include "tst_engine_process.moc"
