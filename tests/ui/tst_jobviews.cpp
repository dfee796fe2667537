// SPDX-FileCopyrightText: 2026 The Docket authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The job views in the main window against the fake API, offscreen: filters from the bar to the
// proxy and the server, empty states that say why, the details pane for each family, the job
// actions (cancel, copy ID, re-run, CSV/JSON export), rows that the poller updates in place
// without moving the selection, status badge contrast, remembered layout and filters, the
// finish notification, and screenshots in light and dark palettes for a person to look at.

#include "darkpalette.h"
#include "fakehttpserver.h"
#include "fakejobapi.h"
#include "manualclock.h"
#include "models/batchjobmodel.h"
#include "models/classifierjobmodel.h"
#include "models/classifyjobmodel.h"
#include "models/jobbrowser.h"
#include "models/jobfilterproxymodel.h"
#include "views/jobnotifier.h"
#include "views/mainwindow.h"
#include "widgets/detailspane.h"
#include "widgets/filterbar.h"
#include "widgets/statusbadge.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QScopeGuard>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace docket;
using namespace docket::ui;
using namespace Qt::Literals::StringLiterals;
using docket::test::FakeHttpServer;
using docket::test::FakeJobApi;
using View = MainWindow::JobView;
using docket::test::darkPalette;

namespace {
int proxyRowOf(QAbstractItemModel *proxy, const QString &id)
{
    for (int row = 0; row < proxy->rowCount(); ++row) {
        if (proxy->index(row, 0).data(JobTableModel::IdRole).toString() == id)
            return row;
    }
    return -1;
}
} // namespace

class JobViewsTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_settingsDir;
    QString m_screenshotDir;
    std::unique_ptr<FakeHttpServer> server;
    std::unique_ptr<FakeJobApi> fake;
    std::unique_ptr<test::ManualClock> clock;
    std::unique_ptr<api::ApiClient> client;
    std::unique_ptr<JobBrowser> browser;
    std::unique_ptr<MainWindow> window;

    void fillFake()
    {
        for (int i = 0; i < 30; ++i) {
            const char *statuses[] = {"COMPLETED", "RUNNING", "PENDING", "FAILED", "CANCELLED"};
            api::ClassifyV2Job job = FakeJobApi::v2Job(QStringLiteral("cls-%1").arg(i, 2, 10, QLatin1Char('0')),
                                                       QString::fromLatin1(statuses[i % 5]), -i * 37);
            if (i % 3 == 0)
                job.configurationId = QStringLiteral("cfg-invoices");
            if (job.result && i % 2)
                job.result = api::ClassificationResult{QStringLiteral("contract"), 0.42,
                                                       QStringLiteral("Both parties sign on page 3; “agreement” appears 4 times.")};
            fake->v2.append(job);
            fake->fileNames.insert(job.fileInput, QStringLiteral("scan-%1-supplier-invoice-november.pdf").arg(i));
        }
        for (int i = 0; i < 6; ++i)
            fake->v1.append(FakeJobApi::v1Job(QStringLiteral("v1-%1").arg(i), i % 2 ? QStringLiteral("PENDING") : QStringLiteral("SUCCESS"), -i * 50));
        api::FileClassification file;
        file.id = QStringLiteral("fc-1");
        file.classifyJobId = QStringLiteral("v1-0");
        file.fileId = QStringLiteral("dfl-letter");
        file.result = api::ClassificationResult{QStringLiteral("letter"), 0.71, QStringLiteral("Opens with “Dear”, closes with a signature.")};
        fake->v1Results.insert(QStringLiteral("v1-0"), {file});
        for (int i = 0; i < 4; ++i)
            fake->batch.append(FakeJobApi::batchJob(QStringLiteral("bat-%1").arg(i), i ? QStringLiteral("running") : QStringLiteral("completed"), -i * 90));
        api::BatchItem item;
        item.itemId = QStringLiteral("itm-1");
        item.itemName = QStringLiteral("folder/scan-001.pdf");
        item.status = QStringLiteral("failed");
        item.errorMessage = QStringLiteral("Unreadable PDF");
        fake->batchItems.insert(QStringLiteral("bat-0"), {item});
    }

    void openWindow()
    {
        browser = std::make_unique<JobBrowser>(client.get(), clock.get());
        window = std::make_unique<MainWindow>();
        window->setJobBrowser(browser.get());
        window->resize(1366, 768);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        browser->reload();
        QTRY_VERIFY(!browser->classifyModel()->isLoading() && !browser->classifierModel()->isLoading()
                    && !browser->batchModel()->isLoading());
    }

    void select(View view, const QString &id)
    {
        QTableView *table = window->jobView(view);
        const int row = proxyRowOf(table->model(), id);
        QVERIFY2(row >= 0, qPrintable(id));
        table->selectionModel()->setCurrentIndex(table->model()->index(row, 0),
                                                 QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }

    QString save(const QString &name)
    {
        const QImage image = window->grab().toImage();
        const QString file = QDir(m_screenshotDir).filePath(name);
        if (!image.save(file))
            return {};
        qInfo("Saved %s", qPrintable(file));
        return file;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_settingsDir.isValid());
        QCoreApplication::setOrganizationName(QStringLiteral("DocketTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_jobviews"));
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
        m_screenshotDir = qEnvironmentVariable("DOCKET_SCREENSHOT_DIR", QDir::temp().filePath(QStringLiteral("docket-screenshots")));
        QVERIFY(QDir().mkpath(m_screenshotDir));
    }

    void init()
    {
        QSettings().clear();
        server = std::make_unique<FakeHttpServer>();
        QVERIFY(server->listen());
        fake = std::make_unique<FakeJobApi>(server.get());
        clock = std::make_unique<test::ManualClock>(false);
        client = std::make_unique<api::ApiClient>();
        client->setClock(clock.get());
        fake->connect(client.get());
        fillFake();
    }

    void cleanup()
    {
        window.reset();
        browser.reset();
    }

    void everyViewModelPassesTheModelTester()
    {
        openWindow();
        for (const View view : {View::Classify, View::Classifier, View::Batch}) {
            QAbstractItemModelTester tester(window->jobView(view)->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
            window->jobView(view)->sortByColumn(0, Qt::AscendingOrder);
            window->filterBar(view)->searchEdit()->setText(QStringLiteral("1"));
            window->filterBar(view)->clear();
        }
    }

    void filtersGoToTheProxyAndTheServer()
    {
        openWindow();
        FilterBar *bar = window->filterBar(View::Classify);
        JobFilterProxyModel *proxy = window->proxy(View::Classify);
        QCOMPARE(proxy->rowCount(), 30);
        // Live counts of the loaded rows in the status box.
        QCOMPARE(bar->statusBox()->itemText(0), QStringLiteral("All statuses (30)"));
        QCOMPARE(bar->statusBox()->itemText(bar->statusBox()->findData(int(jobs::DisplayStatus::Failed))), QStringLiteral("Failed (6)"));

        const auto lists = [this] { return fake->countRequests(QStringLiteral("/api/v2/classify")); };
        const auto lastList = [this]() -> QUrlQuery {
            for (qsizetype i = server->requests().size() - 1; i >= 0; --i) {
                if (server->requests().at(i).path == "/api/v2/classify"_L1)
                    return server->requests().at(i).query;
            }
            return {};
        };
        server->clear();
        bar->statusBox()->setCurrentIndex(bar->statusBox()->findData(int(jobs::DisplayStatus::Failed)));
        QCOMPARE(proxy->statusFilter(), jobs::DisplayStatus::Failed);
        QTRY_COMPARE(lists(), 1);
        QCOMPARE(lastList().queryItemValue("status"_L1), QStringLiteral("FAILED"));
        QTRY_COMPARE(proxy->rowCount(), 6);

        bar->configurationEdit()->setText(QStringLiteral("cfg-invoices"));
        Q_EMIT bar->configurationEdit()->editingFinished();
        QTRY_COMPARE(lists(), 2);
        QCOMPARE(lastList().queryItemValue("configuration_id"_L1), QStringLiteral("cfg-invoices"));
        QTRY_COMPARE(proxy->rowCount(), 2); // cls-03 and cls-18

        // Text search stays local: no request.
        bar->searchEdit()->setText(QStringLiteral("cls-18"));
        QCOMPARE(proxy->rowCount(), 1);
        QCOMPARE(lists(), 2);

        // One click clears everything, and the list is asked for again without filters.
        QVERIFY(bar->clearButton()->isEnabled());
        QTest::mouseClick(bar->clearButton(), Qt::LeftButton);
        QVERIFY(!proxy->hasFilter());
        QTRY_COMPARE(proxy->rowCount(), 30);
        QTRY_COMPARE(lists(), 3);
        QVERIFY(!lastList().hasQueryItem("status"_L1));
        QVERIFY(!bar->clearButton()->isEnabled());

        // Batch: the status goes to the server's status parameter.
        FilterBar *batchBar = window->filterBar(View::Batch);
        QVERIFY(!batchBar->configurationEdit());
        batchBar->statusBox()->setCurrentIndex(batchBar->statusBox()->findData(int(jobs::DisplayStatus::Succeeded)));
        QCOMPARE(batchBar->filter().status, jobs::DisplayStatus::Succeeded);
        QCOMPARE(browser->batchModel()->serverQuery().status, QStringLiteral("completed"));
        QTRY_COMPARE(fake->countRequests(QStringLiteral("/api/v1/beta/batch-processing")), 1); // counted since clear()
        QTRY_COMPARE(window->proxy(View::Batch)->rowCount(), 1);
        QCOMPARE(server->requests().last().query.queryItemValue("status"_L1), QStringLiteral("completed"));
        QTRY_COMPARE(window->proxy(View::Batch)->rowCount(), 1);
    }

    void anEmptyResultSaysWhyAndOffersToClear()
    {
        openWindow();
        FilterBar *bar = window->filterBar(View::Classify);
        QLabel *empty = window->emptyState(View::Classify);
        QVERIFY(empty->isHidden());
        bar->searchEdit()->setText(QStringLiteral("no such thing"));
        QVERIFY(!empty->isHidden());
        QVERIFY2(empty->text().contains(QStringLiteral("No loaded job matches the filters")), qPrintable(empty->text()));
        QVERIFY(empty->text().contains(QStringLiteral("text “no such thing”")));
        QVERIFY(empty->text().contains(QStringLiteral("href=\"clear\"")));
        Q_EMIT empty->linkActivated(QStringLiteral("clear"));
        QVERIFY(empty->isHidden());
        QCOMPARE(bar->searchEdit()->text(), QString());

        bar->jobIdsEdit()->setText(QStringLiteral("cls-unknown, cls-missing"));
        Q_EMIT bar->jobIdsEdit()->editingFinished();
        QTRY_VERIFY(!browser->classifyModel()->isLoading() && browser->classifyModel()->rowCount() == 0);
        QTRY_VERIFY(empty->text().contains(QStringLiteral("No jobs match the filters")));
        QVERIFY(empty->text().contains(QStringLiteral("2 job IDs")));

        fake->failWith = 500;
        window->refresh();
        QTRY_VERIFY(empty->text().contains(QStringLiteral("could not be loaded")));
    }

    void detailsPaneShowsTheSelectedV2Job()
    {
        openWindow();
        DetailsPane *details = window->detailsPane(View::Classify);
        QVERIFY(!details->placeholder()->isHidden());
        select(View::Classify, QStringLiteral("cls-00"));
        QCOMPARE(details->shownJobId(), QStringLiteral("cls-00"));
        QVERIFY(details->placeholder()->isHidden());
        QCOMPARE(details->field(QStringLiteral("resultType"))->text(), QStringLiteral("invoice"));
        QCOMPARE(details->confidenceBar()->value(), 87);
        QVERIFY(details->confidenceBar()->isVisible());
        QCOMPARE(details->reasoning()->toPlainText(), QStringLiteral("The text asks for payment."));
        QVERIFY(details->reasoning()->isReadOnly());
        QVERIFY(details->reasoning()->textInteractionFlags() & Qt::TextSelectableByMouse);
        QVERIFY(details->field(QStringLiteral("rules"))->text().contains(QStringLiteral("A bill that asks for payment")));
        QVERIFY(details->field(QStringLiteral("status"))->accessibleName().contains(QStringLiteral("Succeeded")));
        QTRY_VERIFY(details->field(QStringLiteral("input"))->text().contains(QStringLiteral("scan-0-supplier")));
        QVERIFY(!details->field(QStringLiteral("error"))->isVisible());

        select(View::Classify, QStringLiteral("cls-03"));
        QCOMPARE(details->field(QStringLiteral("error"))->text(), QStringLiteral("The document could not be read."));
        QVERIFY(details->field(QStringLiteral("error"))->isVisible());
        QVERIFY(!details->confidenceBar()->isVisible());
        QVERIFY(details->field(QStringLiteral("parsing"))->text().contains(QStringLiteral("cfg-invoices")));

        // A reload (profile switch) leaves nothing selected, and the pane says so.
        browser->reload();
        QVERIFY(!details->placeholder()->isHidden());
        QCOMPARE(details->shownJobId(), QString());
        QVERIFY(!window->action(MainWindow::Action::CopyId)->isEnabled());
    }

    void detailsPaneShowsV1ResultsAndBatchItems()
    {
        openWindow();
        window->showJobView(View::Classifier);
        select(View::Classifier, QStringLiteral("v1-0"));
        DetailsPane *v1 = window->detailsPane(View::Classifier);
        QTRY_COMPARE(v1->table()->rowCount(), 1);
        QCOMPARE(v1->table()->item(0, 0)->text(), QStringLiteral("dfl-letter"));
        QCOMPARE(v1->table()->item(0, 1)->text(), QStringLiteral("letter"));
        QCOMPARE(v1->table()->item(0, 2)->text(), QStringLiteral("71 %"));

        window->showJobView(View::Batch);
        select(View::Batch, QStringLiteral("bat-0"));
        DetailsPane *batch = window->detailsPane(View::Batch);
        QCOMPARE(batch->progressBar()->value(), 40);
        QCOMPARE(batch->progressBar()->maximum(), 40);
        QVERIFY(batch->field(QStringLiteral("counts"))->text().contains(QStringLiteral("1 failed, 2 skipped")));
        QTRY_COMPARE(batch->table()->rowCount(), 1);
        QCOMPARE(batch->table()->item(0, 0)->text(), QStringLiteral("folder/scan-001.pdf"));
        QCOMPARE(batch->table()->item(0, 1)->text(), QStringLiteral("failed"));
        QCOMPARE(batch->table()->item(0, 2)->text(), QStringLiteral("Unreadable PDF"));
    }

    void actionsFollowTheSelectedJob()
    {
        openWindow();
        QAction *cancel = window->action(MainWindow::Action::Cancel);
        QAction *rerun = window->action(MainWindow::Action::Rerun);
        QVERIFY(!cancel->isEnabled());
        QVERIFY(!window->action(MainWindow::Action::CopyId)->isEnabled());
        select(View::Classify, QStringLiteral("cls-00")); // completed: nothing to cancel
        QVERIFY(!cancel->isEnabled());
        QVERIFY(rerun->isEnabled());
        QVERIFY(window->action(MainWindow::Action::CopyId)->isEnabled());
        QCOMPARE(cancel->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_X));
        QCOMPARE(window->action(MainWindow::Action::Refresh)->shortcut(), QKeySequence(QKeySequence::Refresh));

        select(View::Classify, QStringLiteral("cls-01")); // running
        QVERIFY(cancel->isEnabled());
        cancel->trigger();
        QTRY_COMPARE(fake->countRequests(QStringLiteral("/api/v2/classify/cls-01/cancel")), 1);
        const int row = proxyRowOf(window->proxy(View::Classify), QStringLiteral("cls-01"));
        QTRY_COMPARE(window->proxy(View::Classify)->index(row, 0).data().toString(), QStringLiteral("Cancelled"));
        QTRY_VERIFY(!cancel->isEnabled());

        window->action(MainWindow::Action::CopyId)->trigger();
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("cls-01"));

        window->showJobView(View::Classifier);
        select(View::Classifier, QStringLiteral("v1-1"));
        QVERIFY(!cancel->isEnabled()); // v1 has no cancel
        QVERIFY(!rerun->isEnabled());  // re-run is a v2 action
    }

    void rerunCreatesAJobWithTheSameConfiguration()
    {
        openWindow();
        select(View::Classify, QStringLiteral("cls-03")); // has a saved configuration
        const int before = browser->classifyModel()->rowCount();
        QSignalSpy submitted(browser->classifyModel(), &JobTableModel::submittedJobAdded);
        window->action(MainWindow::Action::Rerun)->trigger();
        QTRY_COMPARE(submitted.size(), 1);
        QCOMPARE(browser->classifyModel()->rowCount(), before + 1);
        const auto created = std::find_if(server->requests().cbegin(), server->requests().cend(),
                                          [](const auto &r) { return r.method == "POST" && r.path == "/api/v2/classify"_L1; });
        QVERIFY(created != server->requests().cend());
        const QJsonObject body = QJsonDocument::fromJson(created->body).object();
        QCOMPARE(body.value("file_input"_L1).toString(), QStringLiteral("dfl-cls-03"));
        QCOMPARE(body.value("configuration_id"_L1).toString(), QStringLiteral("cfg-invoices"));
        QVERIFY(!body.value("transaction_id"_L1).toString().isEmpty());
        // The new job is watched by the poller.
        QVERIFY(browser->poller()->isWatching(jobs::JobFamily::ClassifyV2, submitted.at(0).at(1).toString()));
    }

    void exportsSelectedOrVisibleRowsToCsvAndJson()
    {
        openWindow();
        QTemporaryDir dir;
        window->filterBar(View::Classify)->searchEdit()->setText(QStringLiteral("cls-0"));
        QCOMPARE(window->proxy(View::Classify)->rowCount(), 10);
        const QString csv = dir.filePath(QStringLiteral("visible.csv"));
        QCOMPARE(window->exportRows(csv, false), QString());
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(file.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 11);
        QCOMPARE(lines.first(), QStringLiteral("Status,Document,Result type,Confidence,Created,Updated,Job ID,Configuration ID"));
        QVERIFY(lines.at(1).startsWith(QStringLiteral("Succeeded,")));

        select(View::Classify, QStringLiteral("cls-03"));
        const QString json = dir.filePath(QStringLiteral("selected.json"));
        QCOMPARE(window->exportRows(json, true), QString());
        QFile jsonFile(json);
        QVERIFY(jsonFile.open(QIODevice::ReadOnly));
        const QJsonArray array = QJsonDocument::fromJson(jsonFile.readAll()).array();
        QCOMPARE(array.size(), 1);
        QCOMPARE(array.at(0).toObject().value("id"_L1).toString(), QStringLiteral("cls-03"));
        QCOMPARE(array.at(0).toObject().value("status"_L1).toString(), QStringLiteral("FAILED"));

        // A path that cannot be written says so, and leaves nothing behind.
        const QString bad = dir.filePath(QStringLiteral("missing/dir/out.csv"));
        QVERIFY(window->exportRows(bad, false).contains(QStringLiteral("Could not write")));
        QVERIFY(!QFile::exists(bad));
    }

    void pollingUpdatesRowsInPlaceWithoutMovingTheSelection()
    {
        for (int i = 0; i < 170; ++i)
            fake->v2.append(FakeJobApi::v2Job(QStringLiteral("run-%1").arg(i), QStringLiteral("RUNNING"), -5000 - i));
        openWindow();
        QTableView *view = window->jobView(View::Classify);
        view->sortByColumn(ClassifyJobModel::Created, Qt::DescendingOrder);
        // Scroll to the bottom: the view asks for the next page by itself.
        view->scrollToBottom();
        QTRY_VERIFY(browser->classifyModel()->rowCount() > 100);
        QTRY_COMPARE(browser->classifyModel()->rowCount(), 200);
        view->scrollToTop();
        select(View::Classify, QStringLiteral("cls-06"));
        const int selectedRow = view->selectionModel()->currentIndex().row();
        view->verticalScrollBar()->setValue(3);
        const int scroll = view->verticalScrollBar()->value();
        QSignalSpy reset(view->model(), &QAbstractItemModel::modelReset);
        QSignalSpy layout(view->model(), &QAbstractItemModel::layoutChanged);

        // The running jobs finish; one poll cycle brings them in.
        for (auto &job : fake->v2) {
            if (job.status == "RUNNING"_L1 || job.status == "PENDING"_L1)
                job = FakeJobApi::v2Job(job.id, QStringLiteral("COMPLETED"), int(job.createdAt->secsTo(FakeJobApi::v2Job({}, {}, 0).createdAt.value()) / -60));
        }
        const int watched = browser->poller()->watchedCount(jobs::JobFamily::ClassifyV2);
        QVERIFY(watched >= 170);
        QSignalSpy cycle(browser->poller(), &jobs::JobPoller::cycleFinished);
        clock->advance(1000);
        QTRY_COMPARE(cycle.size(), 1);
        int polls = 0;
        for (const auto &request : server->requests())
            polls += request.query.hasQueryItem("job_ids"_L1) ? 1 : 0;
        QCOMPARE(polls, (watched + 99) / 100);
        QCOMPARE(browser->poller()->watchedCount(jobs::JobFamily::ClassifyV2), 0);
        QCOMPARE(reset.size(), 0);
        QCOMPARE(layout.size(), 0);
        QCOMPARE(view->selectionModel()->currentIndex().row(), selectedRow);
        QCOMPARE(view->selectionModel()->currentIndex().data(JobTableModel::IdRole).toString(), QStringLiteral("cls-06"));
        QCOMPARE(view->verticalScrollBar()->value(), scroll);
        QCOMPARE(window->filterBar(View::Classify)->statusBox()->itemText(
                     window->filterBar(View::Classify)->statusBox()->findData(int(jobs::DisplayStatus::Running))),
                 QStringLiteral("Running (0)"));
    }

    void showsOfflineAndRateLimitedStates()
    {
        openWindow();
        QLabel *label = window->pollingLabel();
        fake->failWith = 429;
        fake->retryAfterSeconds = 9;
        QSignalSpy cycle(browser->poller(), &jobs::JobPoller::cycleFinished);
        clock->advance(1000);
        QTRY_COMPARE(cycle.size(), 1);
        QCOMPARE(label->text(), QStringLiteral("Rate limited, retrying in 9 s"));
        server.reset(); // the network goes away
        clock->advance(9000);
        QTRY_COMPARE(cycle.size(), 2);
        QVERIFY2(label->text().startsWith(QStringLiteral("Offline, retrying in")), qPrintable(label->text()));
    }

    void statusBadgesContrastInLightAndDarkPalettes()
    {
        for (const QPalette &palette : {QApplication::style()->standardPalette(), darkPalette()}) {
            for (int s = 0; s <= int(jobs::DisplayStatus::Unknown); ++s) {
                const auto colours = StatusBadgeDelegate::colours(jobs::DisplayStatus(s), palette);
                const double onPill = StatusBadgeDelegate::contrastRatio(colours.text, colours.background);
                const double onBase = StatusBadgeDelegate::contrastRatio(colours.text, palette.color(QPalette::Base));
                QVERIFY2(onPill >= 4.5, qPrintable(QStringLiteral("status %1: %2").arg(s).arg(onPill)));
                QVERIFY2(onBase >= 4.5, qPrintable(QStringLiteral("status %1 on base: %2").arg(s).arg(onBase)));
            }
        }
        // Neighbouring statuses are told apart by colour too.
        const QPalette light = QApplication::style()->standardPalette();
        QVERIFY(StatusBadgeDelegate::colours(jobs::DisplayStatus::Failed, light).background
                != StatusBadgeDelegate::colours(jobs::DisplayStatus::Succeeded, light).background);
    }

    void remembersColumnsSplitterAndFilters()
    {
        openWindow();
        window->jobView(View::Classify)->horizontalHeader()->resizeSection(ClassifyJobModel::Document, 333);
        window->jobView(View::Classify)->horizontalHeader()->moveSection(ClassifyJobModel::JobId, 1);
        window->splitter(View::Classify)->setSizes({700, 500});
        const QList<int> sizes = window->splitter(View::Classify)->sizes();
        window->filterBar(View::Batch)->searchEdit()->setText(QStringLiteral("bat-2"));
        QVERIFY(window->close());
        window.reset();

        window = std::make_unique<MainWindow>();
        window->setJobBrowser(browser.get());
        window->resize(1366, 768);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        QCOMPARE(window->jobView(View::Classify)->horizontalHeader()->sectionSize(ClassifyJobModel::Document), 333);
        QCOMPARE(window->jobView(View::Classify)->horizontalHeader()->visualIndex(ClassifyJobModel::JobId), 1);
        QCOMPARE(window->splitter(View::Classify)->sizes(), sizes);
        QCOMPARE(window->filterBar(View::Batch)->searchEdit()->text(), QStringLiteral("bat-2"));
        QCOMPARE(window->proxy(View::Batch)->searchText(), QStringLiteral("bat-2"));
    }

    void notifiesOnceWhenSubmittedJobsEnd()
    {
        QCOMPARE(JobNotifier::summary(12, 1, 0), QStringLiteral("12 jobs finished, 1 failed"));
        QCOMPARE(JobNotifier::summary(1, 0, 2), QStringLiteral("1 job finished, 2 cancelled"));
        openWindow();
        QSignalSpy summaries(window->notifier(), &JobNotifier::summaryReady);
        fake->v2.prepend(FakeJobApi::v2Job(QStringLiteral("mine-1"), QStringLiteral("PENDING")));
        fake->v2.prepend(FakeJobApi::v2Job(QStringLiteral("mine-2"), QStringLiteral("PENDING")));
        browser->classifyModel()->upsert(fake->v2.at(0));
        browser->classifyModel()->upsert(fake->v2.at(1));
        fake->v2[0].status = QStringLiteral("COMPLETED");
        fake->v2[1].status = QStringLiteral("FAILED");
        // Jobs from the history (not submitted in this run) finish too, silently.
        for (auto &job : fake->v2) {
            if (job.status == "RUNNING"_L1)
                job.status = QStringLiteral("COMPLETED");
        }
        QSignalSpy cycle(browser->poller(), &jobs::JobPoller::cycleFinished);
        clock->advance(1000);
        QTRY_COMPARE(cycle.size(), 1);
        QTRY_COMPARE(summaries.size(), 1);
        QCOMPARE(summaries.at(0).at(0).toString(), QStringLiteral("1 job finished, 1 failed"));

        window->action(MainWindow::Action::Notify)->setChecked(false);
        QVERIFY(!window->notifier()->isEnabled());
        QCOMPARE(QSettings().value(QStringLiteral("notifications/enabled")).toBool(), false);
    }

    void rendersTheViewsAt1366x768_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::newRow("light") << false;
        QTest::newRow("dark") << true;
    }
    void rendersTheViewsAt1366x768()
    {
        QFETCH(bool, dark);
        const QPalette original = QApplication::palette();
        const auto restore = qScopeGuard([&] { QApplication::setPalette(original); });
        if (dark)
            QApplication::setPalette(darkPalette());
        openWindow();
        const QString tag = QString::fromLatin1(QTest::currentDataTag());
        select(View::Classify, QStringLiteral("cls-05"));
        QTRY_VERIFY(window->detailsPane(View::Classify)->field(QStringLiteral("input"))->text().contains(QStringLiteral("scan-5")));
        QVERIFY(!save(QStringLiteral("jobviews-v2-%1.png").arg(tag)).isEmpty());
        window->showJobView(View::Classifier);
        select(View::Classifier, QStringLiteral("v1-0"));
        QTRY_COMPARE(window->detailsPane(View::Classifier)->table()->rowCount(), 1);
        QVERIFY(!save(QStringLiteral("jobviews-v1-%1.png").arg(tag)).isEmpty());
        window->showJobView(View::Batch);
        select(View::Batch, QStringLiteral("bat-0"));
        QTRY_COMPARE(window->detailsPane(View::Batch)->table()->rowCount(), 1);
        QVERIFY(!save(QStringLiteral("jobviews-batch-%1.png").arg(tag)).isEmpty());
        window->showJobView(View::Classify);
        window->filterBar(View::Classify)->searchEdit()->setText(QStringLiteral("nothing matches this"));
        QVERIFY(!save(QStringLiteral("jobviews-empty-%1.png").arg(tag)).isEmpty());

        // The status cell's text is not elided at the default column width.
        QTableView *view = window->jobView(View::Classify);
        const QString longest = jobs::JobStatus::displayText(jobs::DisplayStatus::PartiallySucceeded);
        QVERIFY(view->horizontalHeader()->sectionSize(0) >= StatusBadgeDelegate::badgeSize(longest, view->font()).width());
    }
};

QTEST_MAIN(JobViewsTest)
#include "tst_jobviews.moc"
