// SPDX-FileCopyrightText: 2026 The Docket authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Uploads a 1 GiB file through FilesApi::upload to the loopback fake server (which discards
// bodies as they arrive) and prints how far the process's peak resident memory rose above its
// idle level, and the throughput. The target is < 40 MiB above idle: the multipart body must be
// streamed from disk, never held in memory. Usage: bench_upload_memory [MiB] (default 1024).

#include "api/filesapi.h"
#include "fakehttpserver.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>

#include "processmemory.h"

using namespace docket::api;
using docket::test::FakeHttpServer;
using docket::test::ScriptedResponse;

using docket::test::mib;
using docket::test::procStatusKiB;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const qint64 sizeMiB = argc > 1 ? QByteArray(argv[1]).toLongLong() : 1024;
    if (sizeMiB <= 0) {
        std::fprintf(stderr, "usage: bench_upload_memory [MiB]\n");
        return 2;
    }
    const qint64 size = sizeMiB * 1024 * 1024;

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("big.pdf"));
    {
        // Sparse: the file costs no disk, and reading it costs no memory beyond the page cache.
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || !f.resize(size)) {
            std::fprintf(stderr, "cannot create %s: %s\n", qPrintable(path), qPrintable(f.errorString()));
            return 1;
        }
        // A few marked blocks, so that a server could tell a real body from zeros.
        for (qint64 at = 0; at < size; at += 256 * 1024 * 1024) {
            f.seek(at);
            f.write("DOCKET-BENCH-BLOCK");
        }
    }

    FakeHttpServer server;
    server.setDiscardBodies(true);
    if (!server.listen()) {
        std::fprintf(stderr, "cannot listen on loopback\n");
        return 1;
    }
    server.enqueue(ScriptedResponse::json(201, R"({"id":"dfl-big","name":"big.pdf","project_id":"p"})"));

    ApiClient client;
    ConnectionSettings c;
    c.baseUrl = server.baseUrl();
    c.apiKey = QStringLiteral("llx-bench");
    client.setConnection(c);
    FilesApi files(&client);

    // Let start-up allocations settle before taking the idle figure.
    QCoreApplication::processEvents();
    const qint64 idleRss = procStatusKiB("VmRSS");
    const qint64 hwmBefore = procStatusKiB("VmHWM");

    std::optional<Result<FileV2>> result;
    qint64 progressCalls = 0;
    // A real event loop, as in the application: QTest::qWaitFor sleeps 10 ms between rounds of
    // events and would throttle the upload to a trickle.
    QEventLoop loop;
    QTimer::singleShot(600'000, &loop, [&loop] { loop.exit(1); });
    QElapsedTimer timer;
    timer.start();
    ApiRequest *request = files.upload(path, &app, [&result, &loop](Result<FileV2> r) {
        result = std::move(r);
        loop.quit();
    });
    QObject::connect(request, &ApiRequest::uploadProgress, &app, [&progressCalls](qint64, qint64) { ++progressCalls; });
    if (loop.exec() != 0 || !result) {
        std::fprintf(stderr, "upload did not finish within 10 minutes\n");
        return 1;
    }
    const qint64 elapsedMs = std::max<qint64>(1, timer.elapsed());
    const qint64 hwmAfter = procStatusKiB("VmHWM");

    if (!result->ok()) {
        std::fprintf(stderr, "upload failed: %s\n", qPrintable(result->error().toDisplayString()));
        return 1;
    }
    if (server.requestCount() != 1) {
        std::fprintf(stderr, "expected one request, server saw %d\n", server.requestCount());
        return 1;
    }
    const auto &seen = server.requests().first();
    if (seen.bodySize < size || !seen.body.isEmpty()) {
        std::fprintf(stderr, "server got %lld body bytes (kept %lld), expected at least %lld, all discarded\n",
                     seen.bodySize, qint64(seen.body.size()), size);
        return 1;
    }

    const double peakAboveIdle = mib(hwmAfter - idleRss);
    std::printf("idle RSS %.1f MiB, peak RSS before %.1f MiB, after %.1f MiB; %lld body bytes on the wire, %lld progress signals\n",
                mib(idleRss), mib(hwmBefore), mib(hwmAfter), seen.bodySize, progressCalls);
    std::printf("upload %lld MiB: peak RSS above idle = %.1f MiB (target < 40 MiB), throughput %.1f MiB/s\n", sizeMiB,
                peakAboveIdle, double(seen.bodySize) / (1024.0 * 1024.0) / (double(elapsedMs) / 1000.0));
    return 0;
}
