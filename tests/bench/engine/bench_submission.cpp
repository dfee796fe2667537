// SPDX-FileCopyrightText: 2026 The Docket authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Submission benchmark. (1) 1,000 small files submitted as v2 jobs through SubmissionRunner to
// the local engine (docket-engine, started as a child process so that only the client is
// measured): wall time from Submit to the last job created, HTTP requests made, and the client's
// peak resident memory above idle. (2) One 1 GiB file submitted through the runner to a loopback
// server that discards bodies: peak memory above idle during the upload (target < 40 MiB).
// Usage: bench_submission [files=1000] [MiB=1024]. DOCKET_ENGINE_BIN overrides the engine path.

#include "api/apiclient.h"
#include "jobs/fileintake.h"
#include "jobs/submissionoutbox.h"
#include "jobs/submissionrunner.h"

#include "fakehttpserver.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>

#include "processmemory.h"

using namespace docket;

using docket::test::mib;
using docket::test::procStatusKiB;
using docket::test::resetPeakRss;

namespace {

QString engineBinary()
{
    const QString env = qEnvironmentVariable("DOCKET_ENGINE_BIN");
    if (!env.isEmpty())
        return env;
    return QStringLiteral(DOCKET_ENGINE_BINARY);
}

bool runUntilFinished(jobs::SubmissionRunner &runner, int timeoutMs)
{
    QEventLoop loop;
    QObject::connect(&runner, &jobs::SubmissionRunner::submissionFinished, &loop, [&loop] { loop.quit(); });
    QTimer::singleShot(timeoutMs, &loop, [&loop] { loop.exit(1); });
    return loop.exec() == 0;
}

jobs::SubmissionOptions options()
{
    jobs::SubmissionOptions o;
    o.rules = {{QStringLiteral("invoice"), QStringLiteral("A bill that asks for payment of an amount.")},
               {QStringLiteral("letter"), QStringLiteral("Correspondence addressed to a person.")}};
    return o;
}

int manySmallFiles(int count)
{
    QTemporaryDir dir;
    QProcess engine;
    engine.setProgram(engineBinary());
    engine.setArguments({QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--data-dir"), dir.filePath(QStringLiteral("engine"))});
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DOCKET_ENGINE_TOKEN"), QStringLiteral("bench"));
    engine.setProcessEnvironment(env);
    engine.start();
    if (!engine.waitForStarted(10000)) {
        std::fprintf(stderr, "cannot start %s (set DOCKET_ENGINE_BIN)\n", qPrintable(engine.program()));
        return 1;
    }
    QUrl baseUrl;
    static const QRegularExpression ready(QStringLiteral("docket-engine listening on (http://\\S+)"));
    while (!baseUrl.isValid() && engine.waitForReadyRead(20000)) {
        const auto m = ready.match(QString::fromUtf8(engine.readAllStandardOutput()));
        if (m.hasMatch())
            baseUrl = QUrl(m.captured(1));
    }
    if (!baseUrl.isValid()) {
        std::fprintf(stderr, "the engine did not report ready\n");
        return 1;
    }

    const QString folder = dir.filePath(QStringLiteral("docs"));
    QDir().mkpath(folder);
    for (int i = 0; i < count; ++i) {
        QFile f(QStringLiteral("%1/doc-%2.txt").arg(folder).arg(i, 4, 10, QLatin1Char('0')));
        if (!f.open(QIODevice::WriteOnly))
            return 1;
        f.write(QStringLiteral("INVOICE %1. Total due 120.00 EUR, payable within 30 days.").arg(i).toUtf8());
    }
    QElapsedTimer intakeTimer;
    intakeTimer.start();
    const QList<jobs::IntakeFile> files = jobs::FileIntake::scan({folder}, {}, {}, {});
    const qint64 intakeMs = intakeTimer.elapsed();

    api::ApiClient client;
    api::ConnectionSettings c;
    c.baseUrl = baseUrl;
    c.apiKey = QStringLiteral("bench");
    client.setConnection(c);
    jobs::SubmissionOutbox outbox(dir.filePath(QStringLiteral("outbox.sqlite")));
    if (!outbox.open(nullptr))
        return 1;
    jobs::SubmissionRunner runner(&client, &outbox);
    int created = 0;
    QObject::connect(&runner, &jobs::SubmissionRunner::v2JobCreated, &runner, [&created] { ++created; });

    QCoreApplication::processEvents();
    const qint64 idle = procStatusKiB("VmRSS");
    resetPeakRss();
    QElapsedTimer timer;
    timer.start();
    QString error;
    if (runner.submit(options(), files, &error).isEmpty()) {
        std::fprintf(stderr, "submit failed: %s\n", qPrintable(error));
        return 1;
    }
    const bool done = runUntilFinished(runner, 600'000);
    const qint64 ms = timer.elapsed();
    const qint64 peak = procStatusKiB("VmHWM");
    engine.terminate();
    engine.waitForFinished(10000);
    if (!done || created != count) {
        std::fprintf(stderr, "only %d of %d jobs created\n", created, count);
        return 1;
    }
    std::printf("v2 submission of %d small files to the local engine\n", count);
    std::printf("  intake (walk + SHA-256 + type): %lld ms\n", intakeMs);
    std::printf("  Submit -> all jobs created:     %lld ms (%.1f jobs/s)\n", ms, count * 1000.0 / double(std::max<qint64>(1, ms)));
    std::printf("  HTTP requests:                  %d (%.2f per file)\n", runner.requestsSent(), double(runner.requestsSent()) / count);
    std::printf("  client RSS idle %.1f MiB, peak %.1f MiB (+%.1f MiB)\n", mib(idle), mib(peak), mib(peak - idle));
    return 0;
}

int oneLargeFile(qint64 sizeMiB)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("big.pdf"));
    {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || !f.resize(sizeMiB * 1024 * 1024))
            return 1;
        f.write("%PDF-1.4\n");
    }
    test::FakeHttpServer server;
    server.setDiscardBodies(true);
    if (!server.listen())
        return 1;
    server.setHandler([](const test::RecordedRequest &r) {
        if (r.path == QLatin1String("/api/v1/beta/files"))
            return test::ScriptedResponse::json(201, R"({"id":"dfl-big","name":"big.pdf","project_id":"p"})");
        return test::ScriptedResponse::json(200, R"({"id":"cjb-big","project_id":"p","user_id":"u","status":"PENDING",
            "document_input_type":"file_id","file_input":"dfl-big","configuration":{"rules":[]}})");
    });
    api::ApiClient client;
    api::ConnectionSettings c;
    c.baseUrl = server.baseUrl();
    c.apiKey = QStringLiteral("bench");
    client.setConnection(c);
    jobs::SubmissionOutbox outbox(dir.filePath(QStringLiteral("outbox.sqlite")));
    if (!outbox.open(nullptr))
        return 1;
    jobs::SubmissionRunner runner(&client, &outbox);
    jobs::IntakeFile file;
    file.path = path;
    file.name = QStringLiteral("big.pdf");
    file.size = sizeMiB * 1024 * 1024;
    file.sha256 = QStringLiteral("%1").arg(sizeMiB, 64, 10, QLatin1Char('0')); // hashing is the intake's, not measured here

    QCoreApplication::processEvents();
    const qint64 idle = procStatusKiB("VmRSS");
    resetPeakRss();
    QElapsedTimer timer;
    timer.start();
    QString error;
    const QString id = runner.submit(options(), {file}, &error);
    if (id.isEmpty())
        return 1;
    if (!runUntilFinished(runner, 600'000) || runner.progress(id).created != 1) {
        std::fprintf(stderr, "the large submission failed: %s\n", qPrintable(outbox.files(id).value(0).error));
        return 1;
    }
    const qint64 ms = timer.elapsed();
    const qint64 peak = procStatusKiB("VmHWM");
    std::printf("one %lld MiB file submitted through the runner (loopback server discarding the body)\n", sizeMiB);
    std::printf("  time %lld ms (%.0f MiB/s); client RSS idle %.1f MiB, peak %.1f MiB (+%.1f MiB; target < 40)\n", ms,
                double(sizeMiB) * 1000.0 / double(std::max<qint64>(1, ms)), mib(idle), mib(peak), mib(peak - idle));
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int count = argc > 1 ? QByteArray(argv[1]).toInt() : 1000;
    const qint64 sizeMiB = argc > 2 ? QByteArray(argv[2]).toLongLong() : 1024;
    if (const int rc = manySmallFiles(count))
        return rc;
    return oneLargeFile(sizeMiB);
}
