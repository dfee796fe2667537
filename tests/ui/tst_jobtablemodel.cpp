// SPDX-FileCopyrightText: 2026 The Docket authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The three job models against the fake API: paging 100 at a time through fetchMore, upsert by id
// with in-place dataChanged on changed columns only, status counts, file names for the v2
// Document column, server-side filters, and a QAbstractItemModelTester on every model.

#include "fakehttpserver.h"
#include "fakejobapi.h"
#include "manualclock.h"
#include "models/batchjobmodel.h"
#include "models/classifierjobmodel.h"
#include "models/classifyjobmodel.h"
#include "models/filenamecache.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

using namespace docket;
using namespace docket::ui;
using namespace Qt::Literals::StringLiterals;
using docket::test::FakeHttpServer;
using docket::test::FakeJobApi;

class JobTableModelTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<FakeHttpServer> server;
    std::unique_ptr<FakeJobApi> fake;
    std::unique_ptr<test::ManualClock> clock;
    std::unique_ptr<api::ApiClient> client;

    static void loadFirstPage(JobTableModel &model)
    {
        QSignalSpy loading(&model, &JobTableModel::loadingChanged);
        model.reload();
        QTRY_VERIFY(!model.isLoading());
        QVERIFY(!model.lastError());
    }

private Q_SLOTS:
    void init()
    {
        server = std::make_unique<FakeHttpServer>();
        QVERIFY(server->listen());
        fake = std::make_unique<FakeJobApi>(server.get());
        clock = std::make_unique<test::ManualClock>();
        client = std::make_unique<api::ApiClient>();
        client->setClock(clock.get());
        fake->connect(client.get());
    }

    void pagesThroughTheV2ListOneHundredAtATime()
    {
        for (int i = 0; i < 250; ++i)
            fake->v2.append(FakeJobApi::v2Job(QStringLiteral("cls-%1").arg(i), QStringLiteral("COMPLETED"), -i));
        ClassifyJobModel model(client.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QVERIFY(!model.canFetchMore({})); // nothing before the first reload
        loadFirstPage(model);
        QCOMPARE(model.rowCount(), 100);
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        QVERIFY(!model.canFetchMore({})); // one page in flight at a time
        QTRY_COMPARE(model.rowCount(), 200);
        QTRY_VERIFY(model.canFetchMore({}));
        model.fetchMore({});
        QTRY_COMPARE(model.rowCount(), 250);
        QTRY_VERIFY(!model.isLoading());
        QVERIFY(!model.canFetchMore({}));
        QCOMPARE(fake->countRequests(QStringLiteral("/api/v2/classify")), 3);
        for (const auto &request : server->requests()) {
            if (request.path == "/api/v2/classify"_L1)
                QCOMPARE(request.query.queryItemValue("page_size"_L1), QStringLiteral("100"));
        }
        QCOMPARE(model.jobId(249), QStringLiteral("cls-249"));
        QCOMPARE(model.statusCounts()[std::size_t(jobs::DisplayStatus::Succeeded)], 250);
    }

    void showsTheV2Columns()
    {
        fake->v2 = {FakeJobApi::v2Job(QStringLiteral("cls-a"), QStringLiteral("COMPLETED"))};
        fake->v2[0].configurationId = QStringLiteral("cfg-7");
        ClassifyJobModel model(client.get());
        loadFirstPage(model);
        QCOMPARE(model.columnCount(), int(ClassifyJobModel::ColumnCount));
        const auto cell = [&](int column, int role = Qt::DisplayRole) { return model.index(0, column).data(role); };
        QCOMPARE(cell(ClassifyJobModel::Status).toString(), QStringLiteral("Succeeded"));
        QCOMPARE(cell(ClassifyJobModel::Status, JobTableModel::StatusRole).toInt(), int(jobs::DisplayStatus::Succeeded));
        QCOMPARE(cell(ClassifyJobModel::Status, Qt::AccessibleTextRole).toString(), QStringLiteral("Status: Succeeded"));
        QCOMPARE(cell(ClassifyJobModel::Document).toString(), QStringLiteral("dfl-cls-a")); // no name known
        QCOMPARE(cell(ClassifyJobModel::ResultType).toString(), QStringLiteral("invoice"));
        QCOMPARE(cell(ClassifyJobModel::Confidence).toString(), QStringLiteral("87 %"));
        QCOMPARE(cell(ClassifyJobModel::Confidence, JobTableModel::RawValueRole).toDouble(), 0.87);
        QCOMPARE(cell(ClassifyJobModel::JobId).toString(), QStringLiteral("cls-a"));
        QCOMPARE(cell(ClassifyJobModel::ConfigurationId).toString(), QStringLiteral("cfg-7"));
        QCOMPARE(cell(ClassifyJobModel::Created, JobTableModel::RawValueRole).toLongLong(),
                 fake->v2[0].createdAt->toMSecsSinceEpoch());
        QCOMPARE(cell(ClassifyJobModel::Updated).toString(),
                 fake->v2[0].updatedAt->toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
        QCOMPARE(model.headerData(ClassifyJobModel::Document, Qt::Horizontal, Qt::DisplayRole).toString(),
                 QStringLiteral("Document"));
    }

    void showsTheFileNameOnceTheFilesApiNamesIt()
    {
        fake->v2 = {FakeJobApi::v2Job(QStringLiteral("cls-a"), QStringLiteral("RUNNING")),
                    FakeJobApi::v2Job(QStringLiteral("cls-b"), QStringLiteral("RUNNING"))};
        fake->fileNames.insert(QStringLiteral("dfl-cls-a"), QStringLiteral("invoice-2026-11.pdf"));
        ClassifyJobModel model(client.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        loadFirstPage(model);
        QTRY_COMPARE(model.index(0, ClassifyJobModel::Document).data().toString(), QStringLiteral("invoice-2026-11.pdf"));
        QTRY_COMPARE(fake->countRequests(QStringLiteral("/api/v1/beta/files/")), 2);
        // The unknown file keeps showing its id; only the named row's Document cell changed.
        QCOMPARE(model.index(1, ClassifyJobModel::Document).data().toString(), QStringLiteral("dfl-cls-b"));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).toModelIndex(), model.index(0, ClassifyJobModel::Document));
        // An uploaded file's name is known without asking.
        model.fileNames()->insert(QStringLiteral("dfl-cls-b"), QStringLiteral("letter.docx"));
        QCOMPARE(model.index(1, ClassifyJobModel::Document).data().toString(), QStringLiteral("letter.docx"));
        QVERIFY(model.matchesText(1, u"LETTER"));
    }

    void updatesChangedRowsInPlaceWithTheChangedColumnsOnly()
    {
        fake->v2 = {FakeJobApi::v2Job(QStringLiteral("cls-a"), QStringLiteral("RUNNING")),
                    FakeJobApi::v2Job(QStringLiteral("cls-b"), QStringLiteral("RUNNING")),
                    FakeJobApi::v2Job(QStringLiteral("cls-c"), QStringLiteral("PENDING"))};
        ClassifyJobModel model(client.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        loadFirstPage(model);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy counts(&model, &JobTableModel::statusCountsChanged);

        api::ClassifyV2Job done = FakeJobApi::v2Job(QStringLiteral("cls-b"), QStringLiteral("COMPLETED"));
        model.applyUpdates({fake->v2.at(0), done, fake->v2.at(2)}); // a and c unchanged
        QCOMPARE(changed.size(), 1);
        const QModelIndex topLeft = changed.at(0).at(0).toModelIndex();
        const QModelIndex bottomRight = changed.at(0).at(1).toModelIndex();
        const auto roles = changed.at(0).at(2).value<QList<int>>();
        QCOMPARE(topLeft.row(), 1);
        QCOMPARE(bottomRight.row(), 1);
        QCOMPARE(topLeft.column(), int(ClassifyJobModel::Status));
        QCOMPARE(bottomRight.column(), int(ClassifyJobModel::Confidence)); // result type and confidence arrived
        QVERIFY(roles.contains(Qt::DisplayRole));
        QVERIFY(roles.contains(JobTableModel::StatusRole));
        QCOMPARE(inserted.size(), 0);
        QCOMPARE(reset.size(), 0);
        QCOMPARE(counts.size(), 1);
        QCOMPARE(model.statusCounts()[std::size_t(jobs::DisplayStatus::Running)], 1);
        QCOMPARE(model.statusCounts()[std::size_t(jobs::DisplayStatus::Succeeded)], 1);
        QCOMPARE(model.index(1, ClassifyJobModel::ResultType).data().toString(), QStringLiteral("invoice"));

        // A change of the updated time alone touches that column and no status role.
        api::ClassifyV2Job later = done;
        later.updatedAt = done.updatedAt->addSecs(60);
        model.applyUpdates({later});
        QCOMPARE(changed.size(), 2);
        QCOMPARE(changed.at(1).at(0).toModelIndex(), model.index(1, ClassifyJobModel::Updated));
        QCOMPARE(changed.at(1).at(1).toModelIndex(), model.index(1, ClassifyJobModel::Updated));
        QVERIFY(!changed.at(1).at(2).value<QList<int>>().contains(JobTableModel::StatusRole));
    }

    void insertsNewJobsInOneBatchAndAnnouncesActiveOnes()
    {
        ClassifyJobModel model(nullptr);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy active(&model, &JobTableModel::activeJobsAppeared);
        QList<api::ClassifyV2Job> jobs;
        for (int i = 0; i < 5; ++i)
            jobs.append(FakeJobApi::v2Job(QStringLiteral("cls-%1").arg(i), i < 2 ? QStringLiteral("PENDING") : QStringLiteral("FAILED")));
        jobs.append(FakeJobApi::v2Job(QStringLiteral("cls-0"), QStringLiteral("RUNNING"))); // same id twice: the last wins
        model.applyUpdates(jobs);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("Running"));
        QCOMPARE(active.size(), 1);
        QCOMPARE(active.at(0).at(1).toStringList(), (QStringList{QStringLiteral("cls-0"), QStringLiteral("cls-1"), QStringLiteral("cls-0")}));
        QCOMPARE(model.activeJobIds(), (QStringList{QStringLiteral("cls-0"), QStringLiteral("cls-1")}));
        QCOMPARE(model.rowOf(QStringLiteral("cls-3")), 3);
        QCOMPARE(model.statusCounts()[std::size_t(jobs::DisplayStatus::Failed)], 3);

        // Jobs the app created announce themselves for the notifier.
        QSignalSpy submitted(&model, &JobTableModel::submittedJobAdded);
        model.upsert(FakeJobApi::v2Job(QStringLiteral("cls-new"), QStringLiteral("PENDING")));
        QCOMPARE(submitted.size(), 1);
        QCOMPARE(submitted.at(0).at(1).toString(), QStringLiteral("cls-new"));
        QCOMPARE(model.rowCount(), 6);
    }

    void sharesRuleSetsBetweenRows()
    {
        ClassifyJobModel model(nullptr);
        model.applyUpdates({FakeJobApi::v2Job(QStringLiteral("a"), QStringLiteral("PENDING")),
                            FakeJobApi::v2Job(QStringLiteral("b"), QStringLiteral("PENDING"))});
        // The same rule list, one copy: the second row's rules point at the first row's data.
        QCOMPARE(model.job(0).configuration.rules.constData(), model.job(1).configuration.rules.constData());
        QCOMPARE(model.job(0).configuration, FakeJobApi::v2Job(QStringLiteral("a"), QStringLiteral("PENDING")).configuration);
    }

    void sendsTheV2FiltersToTheServer()
    {
        fake->v2 = {FakeJobApi::v2Job(QStringLiteral("cls-a"), QStringLiteral("FAILED")),
                    FakeJobApi::v2Job(QStringLiteral("cls-b"), QStringLiteral("COMPLETED"))};
        ClassifyJobModel model(client.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QVERIFY(!model.hasServerFilter());
        api::ClassifyV2ListQuery query;
        query.status = QStringLiteral("FAILED");
        query.jobIds = {QStringLiteral("cls-a"), QStringLiteral("cls-b")};
        query.configurationId = QStringLiteral("cfg-1");
        query.createdAtOnOrAfter = QDateTime(QDate(2026, 11, 1), QTime(0, 0), QTimeZone::utc());
        model.setServerQuery(query);
        QVERIFY(model.hasServerFilter());
        QTRY_VERIFY(server->requestCount() == 1 && !model.isLoading());
        const auto &sent = server->requests().last().query;
        QCOMPARE(sent.queryItemValue("status"_L1), QStringLiteral("FAILED"));
        QCOMPARE(sent.allQueryItemValues("job_ids"_L1), query.jobIds);
        QCOMPARE(sent.queryItemValue("configuration_id"_L1), QStringLiteral("cfg-1"));
        QVERIFY(sent.queryItemValue("created_at_on_or_after"_L1, QUrl::FullyDecoded).startsWith("2026-11-01T00:00:00"_L1));
        QCOMPARE(sent.queryItemValue("page_size"_L1), QStringLiteral("100"));
        QCOMPARE(model.rowCount(), 0); // cls-a has no configuration id: nothing matches all filters
    }

    void reportsALoadFailureAndStopsAskingUntilReload()
    {
        fake->failWith = 500;
        ClassifyJobModel model(client.get());
        QSignalSpy failed(&model, &JobTableModel::loadFailed);
        model.reload();
        QTRY_COMPARE(failed.size(), 1);
        QVERIFY(model.lastError());
        QCOMPARE(model.lastError()->kind(), api::ApiError::Kind::Server);
        QVERIFY(!model.canFetchMore({}));
        fake->failWith = 0;
        fake->v2 = {FakeJobApi::v2Job(QStringLiteral("cls-a"), QStringLiteral("PENDING"))};
        loadFirstPage(model);
        QCOMPARE(model.rowCount(), 1);
    }

    void pagesV1JobsAndFetchesTheirResults()
    {
        for (int i = 0; i < 120; ++i)
            fake->v1.append(FakeJobApi::v1Job(QStringLiteral("v1-%1").arg(i), i == 0 ? QStringLiteral("SUCCESS") : QStringLiteral("PENDING")));
        api::FileClassification file;
        file.id = QStringLiteral("fc-1");
        file.classifyJobId = QStringLiteral("v1-0");
        file.fileId = QStringLiteral("dfl-9");
        file.result = api::ClassificationResult{QStringLiteral("letter"), 0.6, QStringLiteral("Greeting and signature.")};
        fake->v1Results.insert(QStringLiteral("v1-0"), {file});

        ClassifierJobModel model(client.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        loadFirstPage(model);
        QCOMPARE(model.rowCount(), 100);
        model.fetchMore({});
        QTRY_COMPARE(model.rowCount(), 120);
        QCOMPARE(model.index(0, ClassifierJobModel::RuleTypes).data().toString(), QStringLiteral("invoice, letter"));
        QCOMPARE(model.index(0, ClassifierJobModel::Mode).data().toString(), QStringLiteral("FAST"));
        QCOMPARE(model.index(0, ClassifierJobModel::Language).data().toString(), QStringLiteral("en"));
        QCOMPARE(model.index(0, ClassifierJobModel::Status).data().toString(), QStringLiteral("Succeeded"));
        QCOMPARE(model.activeJobIds().size(), 119);

        QSignalSpy results(&model, &ClassifierJobModel::resultsChanged);
        model.requestResults(QStringLiteral("v1-0"));
        model.requestResults(QStringLiteral("v1-0")); // asked once
        QTRY_COMPARE(results.size(), 1);
        QCOMPARE(model.results(QStringLiteral("v1-0")), QList<api::FileClassification>{file});
        QCOMPARE(fake->countRequests(QStringLiteral("/api/v1/classifier/jobs/v1-0/results")), 1);
    }

    void pagesBatchJobsByOffsetWithTheStatusFilter()
    {
        for (int i = 0; i < 150; ++i)
            fake->batch.append(FakeJobApi::batchJob(QStringLiteral("bat-%1").arg(i), i % 3 ? QStringLiteral("running") : QStringLiteral("completed")));
        BatchJobModel model(client.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        loadFirstPage(model);
        QCOMPARE(model.rowCount(), 100);
        model.fetchMore({});
        QTRY_COMPARE(model.rowCount(), 150);
        QTRY_VERIFY(!model.isLoading());
        QVERIFY(!model.canFetchMore({}));
        QCOMPARE(server->requests().last().query.queryItemValue("offset"_L1), QStringLiteral("100"));
        QCOMPARE(server->requests().last().query.queryItemValue("limit"_L1), QStringLiteral("100"));
        QCOMPARE(model.index(1, BatchJobModel::Progress).data().toString(), QStringLiteral("10 / 40"));
        QCOMPARE(model.index(1, BatchJobModel::Progress, {}).data(JobTableModel::RawValueRole).toDouble(), 0.25);
        QCOMPARE(model.index(1, BatchJobModel::Failed).data().toLongLong(), 1);
        QCOMPARE(model.index(1, BatchJobModel::Skipped).data().toLongLong(), 2);
        QCOMPARE(model.index(1, BatchJobModel::Directory).data().toString(), QStringLiteral("dir-1"));

        api::BatchListQuery query;
        query.status = QStringLiteral("completed");
        model.setServerQuery(query);
        QTRY_VERIFY(!model.isLoading() && model.rowCount() == 50);
        QCOMPARE(server->requests().last().query.queryItemValue("status"_L1), QStringLiteral("completed"));

        api::BatchItem item;
        item.itemId = QStringLiteral("itm-1");
        item.itemName = QStringLiteral("scan-001.pdf");
        item.status = QStringLiteral("failed");
        fake->batchItems.insert(QStringLiteral("bat-0"), {item});
        QSignalSpy items(&model, &BatchJobModel::itemsChanged);
        model.requestItems(QStringLiteral("bat-0"));
        QTRY_COMPARE(items.size(), 1);
        QCOMPARE(model.items(QStringLiteral("bat-0")).value(0).itemName, QStringLiteral("scan-001.pdf"));
    }
};

QTEST_MAIN(JobTableModelTest)
#include "tst_jobtablemodel.moc"
