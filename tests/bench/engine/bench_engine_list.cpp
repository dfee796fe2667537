// SPDX-FileCopyrightText: 2026 The Docket authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Latency of listing one page of 100 v2 jobs among N (default 50,000) through the engine's HTTP API:
// the first page, pages deep in the cursor chain, and filtered pages. Prints p50/p95/max in ms.
// Usage: bench_engine_list [jobs=50000] [requests=300]

#include "api/apiclient.h"
#include "api/classifyapi.h"
#include "engine/engine.h"
#include "engine/store/enginestore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QTemporaryDir>
#include <QThread>
#include <QUuid>

#include <algorithm>
#include <cstdio>

using namespace docket;
using namespace docket::api;

namespace {

bool seed(const QString &dataDir, int count)
{
    engine::EngineStore store(dataDir);
    if (!store.open())
        return false;
    ClassifyV2Configuration config;
    config.rules = {Rule{QStringLiteral("invoice"), QStringLiteral("An invoice with an amount due")},
                    Rule{QStringLiteral("letter"), QStringLiteral("A letter with a greeting")}};
    ClassificationResult result;
    result.type = QStringLiteral("invoice");
    result.confidence = 0.9;
    result.reasoning = QStringLiteral("Matched \"invoice\" (page 1)");
    const qint64 start = engine::EngineStore::nowMs() - qint64(count) * 1000;
    QList<engine::Task> batch;
    for (int i = 0; i < count; ++i) {
        engine::Task t;
        t.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        t.kind = QStringLiteral("v2");
        t.projectId = store.projectId();
        t.status = i % 10 == 0 ? QStringLiteral("FAILED") : QStringLiteral("COMPLETED");
        t.fileId = QStringLiteral("dfl-%1").arg(i);
        t.fileInput = t.fileId;
        t.configuration = config.toJson();
        t.createdMs = t.updatedMs = start + qint64(i) * 1000;
        batch << t;
        if (batch.size() == 5000 || i == count - 1) {
            if (!store.insertTasks(batch))
                return false;
            batch.clear();
        }
    }
    return true;
}

struct Stats
{
    QList<double> ms;
    void print(const char *what) const
    {
        QList<double> sorted = ms;
        std::sort(sorted.begin(), sorted.end());
        auto at = [&](double q) { return sorted.at(std::min<qsizetype>(sorted.size() - 1, qsizetype(q * sorted.size()))); };
        std::printf("%-44s n=%3lld  p50 %6.2f ms  p95 %6.2f ms  max %6.2f ms\n", what, qlonglong(sorted.size()),
                    at(0.5), at(0.95), sorted.last());
    }
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("docket.*.info=false\ndocket.*.debug=false"));
    const int jobs = app.arguments().value(1, QStringLiteral("50000")).toInt();
    const int requests = app.arguments().value(2, QStringLiteral("300")).toInt();

    QTemporaryDir dir;
    const QString dataDir = dir.filePath(QStringLiteral("engine"));
    QElapsedTimer seedTimer;
    seedTimer.start();
    if (!seed(dataDir, jobs)) {
        std::fprintf(stderr, "seeding failed\n");
        return 1;
    }
    std::printf("seeded %d v2 jobs in %.1f s\n", jobs, double(seedTimer.elapsed()) / 1000.0);

    QThread engineThread;
    engineThread.start();
    QObject anchor;
    anchor.moveToThread(&engineThread);
    engine::Engine *engine = nullptr;
    bool started = false;
    QMetaObject::invokeMethod(
        &anchor,
        [&] {
            engine::EngineOptions o;
            o.dataDir = dataDir;
            o.token = "bench";
            engine = new engine::Engine(o);
            started = engine->start();
        },
        Qt::BlockingQueuedConnection);
    if (!started)
        return 1;
    ApiClient client;
    client.setConnection({engine->baseUrl(), QStringLiteral("bench"), QString(), QString()});
    ClassifyApi api(&client);

    auto timedList = [&](const ClassifyV2ListQuery &q, ClassifyV2JobList *out) {
        QElapsedTimer t;
        t.start();
        std::optional<Result<ClassifyV2JobList>> r;
        api.list(q, &app, [&](Result<ClassifyV2JobList> page) { r.emplace(std::move(page)); });
        while (!r)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
        const double ms = double(t.nsecsElapsed()) / 1e6;
        if (!r->ok() || r->value().items.size() != 100) {
            std::fprintf(stderr, "unexpected page: %s\n", r->ok() ? "short" : qPrintable(r->error().toDisplayString()));
            return -1.0;
        }
        if (out)
            *out = r->value();
        return ms;
    };

    ClassifyV2ListQuery first;
    first.pageSize = 100;
    timedList(first, nullptr); // warm-up: connection and caches
    Stats firstPage, walk, byStatus;
    for (int i = 0; i < requests; ++i)
        firstPage.ms << timedList(first, nullptr);

    ClassifyV2ListQuery cursor = first;
    for (int i = 0; i < requests && i < jobs / 100 - 1; ++i) {
        ClassifyV2JobList page;
        walk.ms << timedList(cursor, &page);
        cursor.pageToken = page.nextPageToken;
    }
    ClassifyV2ListQuery failed = first;
    failed.status = QStringLiteral("FAILED");
    for (int i = 0; i < requests; ++i)
        byStatus.ms << timedList(failed, nullptr);

    std::printf("GET /api/v2/classify?page_size=100 among %d jobs (HTTP + JSON, client included):\n", jobs);
    firstPage.print("first page");
    walk.print("cursor walk (successive next_page_token)");
    byStatus.print("status=FAILED filter (1 job in 10)");

    QMetaObject::invokeMethod(&anchor, [&] { delete engine; }, Qt::BlockingQueuedConnection);
    engineThread.quit();
    engineThread.wait();
    return 0;
}
