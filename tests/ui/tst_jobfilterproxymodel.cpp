// SPDX-FileCopyrightText: 2026 The Docket authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The job views' sort/filter proxy: typed filters over loaded rows (status, text, created range,
// job ids), one-call clearing, sorting by raw values, and rows that keep their place when the
// poller updates them. A QAbstractItemModelTester watches the proxy throughout.

#include "fakejobapi.h"
#include "models/batchjobmodel.h"
#include "models/classifyjobmodel.h"
#include "models/jobfilterproxymodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace docket;
using namespace docket::ui;
using docket::test::FakeJobApi;

namespace {
QStringList visibleIds(const QAbstractItemModel &proxy)
{
    QStringList ids;
    for (int row = 0; row < proxy.rowCount(); ++row)
        ids.append(proxy.index(row, 0).data(JobTableModel::IdRole).toString());
    return ids;
}

api::ClassifyV2Job withResult(api::ClassifyV2Job job, const QString &type, double confidence)
{
    job.result = api::ClassificationResult{type, confidence, QStringLiteral("Because.")};
    return job;
}
} // namespace

class JobFilterProxyModelTest : public QObject
{
    Q_OBJECT

private:
    ClassifyJobModel *model = nullptr;
    JobFilterProxyModel *proxy = nullptr;
    QAbstractItemModelTester *tester = nullptr;

private Q_SLOTS:
    void init()
    {
        model = new ClassifyJobModel(nullptr, this);
        proxy = new JobFilterProxyModel(this);
        proxy->setSourceModel(model);
        tester = new QAbstractItemModelTester(proxy, QAbstractItemModelTester::FailureReportingMode::Fatal, this);
        model->applyUpdates({
            withResult(FakeJobApi::v2Job(QStringLiteral("cls-a"), QStringLiteral("COMPLETED"), 0), QStringLiteral("invoice"), 0.9),
            FakeJobApi::v2Job(QStringLiteral("cls-b"), QStringLiteral("RUNNING"), 60 * 24),
            withResult(FakeJobApi::v2Job(QStringLiteral("cls-c"), QStringLiteral("COMPLETED"), 2 * 60 * 24), QStringLiteral("contract"), 0.4),
            FakeJobApi::v2Job(QStringLiteral("cls-d"), QStringLiteral("FAILED"), 3 * 60 * 24),
        });
    }
    void cleanup()
    {
        delete tester;
        delete proxy;
        delete model;
    }

    void filtersByStatus()
    {
        QSignalSpy changed(proxy, &JobFilterProxyModel::filterChanged);
        proxy->setStatusFilter(jobs::DisplayStatus::Succeeded);
        QCOMPARE(visibleIds(*proxy), (QStringList{QStringLiteral("cls-a"), QStringLiteral("cls-c")}));
        QVERIFY(proxy->hasFilter());
        proxy->setStatusFilter(jobs::DisplayStatus::Succeeded); // no change, no signal
        QCOMPARE(changed.size(), 1);
        proxy->setStatusFilter(std::nullopt);
        QCOMPARE(proxy->rowCount(), 4);
    }

    void searchesTextCaseInsensitivelyOverIdsAndTypes()
    {
        proxy->setSearchText(QStringLiteral("  CONTRACT "));
        QCOMPARE(visibleIds(*proxy), QStringList{QStringLiteral("cls-c")});
        QCOMPARE(proxy->searchText(), QStringLiteral("CONTRACT"));
        proxy->setSearchText(QStringLiteral("cls-"));
        QCOMPARE(proxy->rowCount(), 4);
        proxy->setSearchText(QStringLiteral("dfl-cls-d"));
        QCOMPARE(visibleIds(*proxy), QStringList{QStringLiteral("cls-d")});
        proxy->setSearchText(QStringLiteral("nothing like it"));
        QCOMPARE(proxy->rowCount(), 0);
    }

    void filtersByCreatedDateInclusive()
    {
        const QDate first = FakeJobApi::v2Job(QStringLiteral("x"), QStringLiteral("PENDING"), 0).createdAt->toLocalTime().date();
        proxy->setDateRange(first.addDays(1), first.addDays(2));
        QCOMPARE(visibleIds(*proxy), (QStringList{QStringLiteral("cls-b"), QStringLiteral("cls-c")}));
        proxy->setDateRange(first.addDays(3), {});
        QCOMPARE(visibleIds(*proxy), QStringList{QStringLiteral("cls-d")});
        proxy->setDateRange({}, first);
        QCOMPARE(visibleIds(*proxy), QStringList{QStringLiteral("cls-a")});
    }

    void filtersByJobIdsAndCombinesFilters()
    {
        proxy->setJobIds({QStringLiteral("cls-a"), QStringLiteral(" cls-d "), QString()});
        QCOMPARE(visibleIds(*proxy), (QStringList{QStringLiteral("cls-a"), QStringLiteral("cls-d")}));
        proxy->setStatusFilter(jobs::DisplayStatus::Failed);
        QCOMPARE(visibleIds(*proxy), QStringList{QStringLiteral("cls-d")});
        proxy->setSearchText(QStringLiteral("invoice"));
        QCOMPARE(proxy->rowCount(), 0);
    }

    void clearsEveryFilterInOneCall()
    {
        proxy->setStatusFilter(jobs::DisplayStatus::Queued);
        proxy->setSearchText(QStringLiteral("zzz"));
        proxy->setJobIds({QStringLiteral("cls-a")});
        proxy->setDateRange(QDate(2020, 1, 1), QDate(2020, 1, 2));
        QCOMPARE(proxy->rowCount(), 0);
        QSignalSpy changed(proxy, &JobFilterProxyModel::filterChanged);
        proxy->clearFilters();
        QCOMPARE(changed.size(), 1);
        QVERIFY(!proxy->hasFilter());
        QCOMPARE(proxy->rowCount(), 4);
    }

    void sortsByRawValues()
    {
        proxy->sort(ClassifyJobModel::Confidence, Qt::DescendingOrder);
        QCOMPARE(visibleIds(*proxy).first(), QStringLiteral("cls-a")); // 0.9 before 0.4, jobs without a result last
        QCOMPARE(visibleIds(*proxy).at(1), QStringLiteral("cls-c"));
        proxy->sort(ClassifyJobModel::Created, Qt::DescendingOrder);
        QCOMPARE(visibleIds(*proxy), (QStringList{QStringLiteral("cls-d"), QStringLiteral("cls-c"), QStringLiteral("cls-b"), QStringLiteral("cls-a")}));
        proxy->sort(ClassifyJobModel::Status, Qt::AscendingOrder); // queued, running, succeeded, …, failed
        QCOMPARE(visibleIds(*proxy).first(), QStringLiteral("cls-b"));
        QCOMPARE(visibleIds(*proxy).last(), QStringLiteral("cls-d"));
    }

    void keepsSortedRowsInPlaceWhenAJobIsUpdated()
    {
        proxy->sort(ClassifyJobModel::Created, Qt::DescendingOrder);
        QSignalSpy moved(proxy, &QAbstractItemModel::layoutChanged);
        QSignalSpy removed(proxy, &QAbstractItemModel::rowsRemoved);
        QSignalSpy changed(proxy, &QAbstractItemModel::dataChanged);
        model->applyUpdates({withResult(FakeJobApi::v2Job(QStringLiteral("cls-b"), QStringLiteral("COMPLETED"), 60 * 24),
                                        QStringLiteral("invoice"), 0.8)});
        QCOMPARE(visibleIds(*proxy), (QStringList{QStringLiteral("cls-d"), QStringLiteral("cls-c"), QStringLiteral("cls-b"), QStringLiteral("cls-a")}));
        QCOMPARE(moved.size(), 0);
        QCOMPARE(removed.size(), 0);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 2);
    }

    void worksOverTheBatchModelToo()
    {
        BatchJobModel batch(nullptr);
        JobFilterProxyModel batchProxy;
        batchProxy.setSourceModel(&batch);
        QAbstractItemModelTester batchTester(&batchProxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
        batch.applyUpdates({FakeJobApi::batchJob(QStringLiteral("bat-1"), QStringLiteral("dispatched")),
                            FakeJobApi::batchJob(QStringLiteral("bat-2"), QStringLiteral("completed"))});
        batchProxy.setStatusFilter(jobs::DisplayStatus::Running);
        QCOMPARE(visibleIds(batchProxy), QStringList{QStringLiteral("bat-1")});
        batchProxy.setStatusFilter(std::nullopt);
        batchProxy.sort(BatchJobModel::Progress, Qt::DescendingOrder);
        QCOMPARE(visibleIds(batchProxy).first(), QStringLiteral("bat-2"));
    }
};

QTEST_MAIN(JobFilterProxyModelTest)
#include "tst_jobfilterproxymodel.moc"
