// SPDX-FileCopyrightText: 2026 The Docket authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The job poller on a manual clock against the fake API, counting requests: N active v2 jobs cost
// ceil(N/100) requests per cycle, nothing is sent when idle, the interval grows 1 s -> 5 s, v1 jobs
// get their results once terminal, batch jobs their status, and errors back off with a state
// that says offline, rate limited or server trouble.

#include "fakehttpserver.h"
#include "fakejobapi.h"
#include "jobs/jobpoller.h"
#include "manualclock.h"

#include <QSignalSpy>
#include <QTest>

using namespace docket;
using namespace docket::jobs;
using namespace Qt::Literals::StringLiterals;
using docket::test::FakeHttpServer;
using docket::test::FakeJobApi;

class JobPollerTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<FakeHttpServer> server;
    std::unique_ptr<FakeJobApi> fake;
    std::unique_ptr<test::ManualClock> clock;
    std::unique_ptr<api::ApiClient> client;
    std::unique_ptr<JobPoller> poller;

    QStringList addV2(int count, const QString &status)
    {
        QStringList ids;
        for (int i = 0; i < count; ++i) {
            ids.append(QStringLiteral("cls-%1").arg(fake->v2.size()));
            fake->v2.append(FakeJobApi::v2Job(ids.last(), status));
        }
        return ids;
    }

    // Lets the timer fire and waits for the whole cycle to be answered.
    void runOneCycle(qint64 advanceMs)
    {
        QSignalSpy finished(poller.get(), &JobPoller::cycleFinished);
        clock->advance(advanceMs);
        QVERIFY(poller->isCycleRunning());
        QTRY_COMPARE(finished.size(), 1);
    }

private Q_SLOTS:
    void init()
    {
        server = std::make_unique<FakeHttpServer>();
        QVERIFY(server->listen());
        fake = std::make_unique<FakeJobApi>(server.get());
        clock = std::make_unique<test::ManualClock>(false);
        client = std::make_unique<api::ApiClient>();
        client->setClock(clock.get());
        fake->connect(client.get());
        poller = std::make_unique<JobPoller>(client.get(), clock.get());
    }

    void costsOneRequestPerHundredActiveV2JobsPerCycle_data()
    {
        QTest::addColumn<int>("active");
        QTest::addColumn<int>("requestsPerCycle");
        QTest::newRow("1") << 1 << 1;
        QTest::newRow("100") << 100 << 1;
        QTest::newRow("101") << 101 << 2;
        QTest::newRow("250") << 250 << 3;
    }
    void costsOneRequestPerHundredActiveV2JobsPerCycle()
    {
        QFETCH(int, active);
        QFETCH(int, requestsPerCycle);
        poller->watch(JobFamily::ClassifyV2, addV2(active, QStringLiteral("RUNNING")));
        QCOMPARE(server->requestCount(), 0); // the first poll waits a second
        runOneCycle(JobPoller::StartIntervalMs);
        QCOMPARE(server->requestCount(), requestsPerCycle);
        QSet<QString> asked;
        for (const auto &request : server->requests()) {
            QCOMPARE(request.path, QStringLiteral("/api/v2/classify"));
            const QStringList ids = request.query.allQueryItemValues("job_ids"_L1);
            QVERIFY(ids.size() <= JobPoller::MaxIdsPerRequest);
            asked.unite(QSet<QString>(ids.cbegin(), ids.cend()));
        }
        QCOMPARE(int(asked.size()), active);
        runOneCycle(poller->nextPollInMs());
        QCOMPARE(server->requestCount(), 2 * requestsPerCycle);
    }

    void sendsNothingWhenNothingIsActive()
    {
        clock->advance(60'000);
        QTest::qWait(50);
        QCOMPARE(server->requestCount(), 0);
        QCOMPARE(poller->state(), JobPoller::State::Idle);
        QCOMPARE(clock->pendingCount(), 0);
        poller->watch(JobFamily::ClassifyV2, {}); // nothing to add: still nothing planned
        QCOMPARE(clock->pendingCount(), 0);
    }

    void stopsWatchingJobsThatFinishAndThenGoesQuiet()
    {
        const QStringList ids = addV2(3, QStringLiteral("RUNNING"));
        poller->watch(JobFamily::ClassifyV2, ids);
        QSignalSpy updated(poller.get(), &JobPoller::v2JobsUpdated);
        QSignalSpy finished(poller.get(), &JobPoller::jobFinished);
        runOneCycle(1000);
        QCOMPARE(updated.size(), 1);
        QCOMPARE(finished.size(), 0);

        fake->v2[0].status = QStringLiteral("COMPLETED");
        fake->v2[1].status = QStringLiteral("FAILED");
        runOneCycle(poller->nextPollInMs());
        QCOMPARE(finished.size(), 2);
        QCOMPARE(finished.at(0).at(1).toString(), ids.at(0));
        QCOMPARE(finished.at(1).at(2).value<JobStatus>().status, DisplayStatus::Failed);
        QCOMPARE(poller->watchedCount(), 1);

        fake->v2[2].status = QStringLiteral("CANCELLED");
        runOneCycle(poller->nextPollInMs());
        QCOMPARE(poller->watchedCount(), 0);
        QCOMPARE(poller->state(), JobPoller::State::Idle);
        const int sent = server->requestCount();
        clock->advance(120'000);
        QTest::qWait(50);
        QCOMPARE(server->requestCount(), sent);
    }

    void growsTheIntervalFromOneToFiveSeconds()
    {
        poller->watch(JobFamily::ClassifyV2, addV2(1, QStringLiteral("PENDING")));
        QList<int> intervals{poller->nextPollInMs()};
        for (int i = 0; i < 6; ++i) {
            runOneCycle(poller->nextPollInMs());
            intervals.append(poller->nextPollInMs());
        }
        QCOMPARE(intervals, (QList<int>{1000, 2000, 3000, 4000, 5000, 5000, 5000}));
        // A new job brings the pace back to a second.
        poller->watch(JobFamily::ClassifyV2, addV2(1, QStringLiteral("PENDING")));
        QCOMPARE(poller->nextPollInMs(), 1000);
    }

    void neverRunsTwoCyclesAtOnce()
    {
        poller->watch(JobFamily::ClassifyV2, addV2(2, QStringLiteral("RUNNING")));
        QSignalSpy finished(poller.get(), &JobPoller::cycleFinished);
        clock->advance(1000);
        QVERIFY(poller->isCycleRunning());
        poller->pollNow();
        poller->watch(JobFamily::ClassifyV2, addV2(1, QStringLiteral("RUNNING")));
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(server->requestCount(), 1);
    }

    void fetchesV1ResultsOnceTheJobIsTerminal()
    {
        fake->v1 = {FakeJobApi::v1Job(QStringLiteral("v1-a"), QStringLiteral("PENDING"))};
        api::FileClassification file;
        file.id = QStringLiteral("fc-1");
        file.classifyJobId = QStringLiteral("v1-a");
        fake->v1Results.insert(QStringLiteral("v1-a"), {file});
        poller->watch(JobFamily::ClassifierV1, {QStringLiteral("v1-a")});
        QSignalSpy jobs(poller.get(), &JobPoller::v1JobUpdated);
        QSignalSpy results(poller.get(), &JobPoller::v1ResultsUpdated);
        runOneCycle(1000);
        QCOMPARE(fake->countRequests(QStringLiteral("/api/v1/classifier/jobs/v1-a")), 1);
        QCOMPARE(results.size(), 0);
        fake->v1[0].status = QStringLiteral("PARTIAL_SUCCESS");
        runOneCycle(poller->nextPollInMs());
        QCOMPARE(jobs.size(), 2);
        QCOMPARE(results.size(), 1);
        QCOMPARE(fake->countRequests(QStringLiteral("/api/v1/classifier/jobs/v1-a/results")), 1);
        QCOMPARE(poller->watchedCount(), 0);
    }

    void pollsBatchJobsByStatus()
    {
        fake->batch = {FakeJobApi::batchJob(QStringLiteral("bat-1"), QStringLiteral("dispatched")),
                       FakeJobApi::batchJob(QStringLiteral("bat-2"), QStringLiteral("running"))};
        poller->watch(JobFamily::Batch, {QStringLiteral("bat-1"), QStringLiteral("bat-2")});
        QSignalSpy updated(poller.get(), &JobPoller::batchJobUpdated);
        runOneCycle(1000);
        QCOMPARE(updated.size(), 2);
        QCOMPARE(server->requestCount(), 2);
        QCOMPARE(updated.at(0).at(0).value<api::BatchJobStatus>().progressPercentage, 25.0);
        fake->batch[0].status = QStringLiteral("completed");
        runOneCycle(poller->nextPollInMs());
        QCOMPARE(poller->watchedCount(), 1);
    }

    void waitsAsLongAsTheServerAsksWhenRateLimited()
    {
        poller->watch(JobFamily::ClassifyV2, addV2(1, QStringLiteral("RUNNING")));
        fake->failWith = 429;
        fake->retryAfterSeconds = 7;
        QSignalSpy states(poller.get(), &JobPoller::stateChanged);
        runOneCycle(1000);
        QCOMPARE(poller->state(), JobPoller::State::RateLimited);
        QCOMPARE(states.last().at(1).toInt(), 7000);
        QCOMPARE(poller->nextPollInMs(), 7000);
        fake->failWith = 0;
        runOneCycle(7000);
        QCOMPARE(poller->state(), JobPoller::State::Polling);
        QCOMPARE(poller->nextPollInMs(), 2000);
    }

    void backsOffOnServerErrorsAndSaysOfflineWithoutANetwork()
    {
        poller->watch(JobFamily::ClassifyV2, addV2(1, QStringLiteral("RUNNING")));
        fake->failWith = 503;
        runOneCycle(1000);
        QCOMPARE(poller->state(), JobPoller::State::ServerTrouble);
        QCOMPARE(poller->nextPollInMs(), 2000);
        runOneCycle(2000);
        QCOMPARE(poller->nextPollInMs(), 4000);
        runOneCycle(4000);
        QCOMPARE(poller->nextPollInMs(), 8000);

        // The server goes away: offline, and still backing off.
        const QUrl gone = server->baseUrl();
        server.reset();
        runOneCycle(8000);
        QCOMPARE(poller->state(), JobPoller::State::Offline);
        QCOMPARE(poller->nextPollInMs(), 16000);
        Q_UNUSED(gone);
    }

    void forgetsEverythingOnClear()
    {
        poller->watch(JobFamily::ClassifyV2, addV2(5, QStringLiteral("RUNNING")));
        clock->advance(1000);
        QVERIFY(poller->isCycleRunning());
        QSignalSpy updated(poller.get(), &JobPoller::v2JobsUpdated);
        poller->clear();
        QTest::qWait(100);
        QCOMPARE(updated.size(), 0); // the answer for the old profile is dropped
        QCOMPARE(poller->watchedCount(), 0);
        QCOMPARE(poller->state(), JobPoller::State::Idle);
    }
};

QTEST_GUILESS_MAIN(JobPollerTest)
#include "tst_jobpoller.moc"
