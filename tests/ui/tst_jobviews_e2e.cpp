// SPDX-FileCopyrightText: 2026 The Docket authors
// SPDX-License-Identifier: GPL-3.0-or-later
// End to end on the local engine: the real docket-engine is started by LocalEngineSupervisor,
// documents are uploaded and v2 and v1 jobs created through the API, handed to the job browser
// as the submission would, and then the main window shows them advancing to their terminal state
// (the poller, the real clock) and their results in the details pane. A reload lists them from
// the server. The window is saved as PNGs at 1366x768 (the README screenshots come from here).

#include "account/localengine.h"
#include "api/classifierapi.h"
#include "api/classifyapi.h"
#include "api/filesapi.h"
#include "models/batchjobmodel.h"
#include "models/classifierjobmodel.h"
#include "models/classifyjobmodel.h"
#include "models/filenamecache.h"
#include "models/jobbrowser.h"
#include "models/jobfilterproxymodel.h"
#include "views/mainwindow.h"
#include "widgets/detailspane.h"

#include <QDir>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace docket;
using namespace docket::ui;
using View = MainWindow::JobView;

namespace {
template<class T, class Start>
std::optional<api::Result<T>> await(Start start, int timeoutMs = 20000)
{
    std::optional<api::Result<T>> out;
    start([&](api::Result<T> r) { out.emplace(std::move(r)); });
    if (!QTest::qWaitFor([&] { return out.has_value(); }, timeoutMs))
        return std::nullopt; // the caller fails on the missing answer
    return out;
}

// Why a call did not succeed, for the failure message (QVERIFY2 evaluates it either way).
template<class T>
QByteArray problem(const std::optional<api::Result<T>> &result)
{
    if (!result)
        return "no answer in time";
    return result->ok() ? QByteArray() : result->error().toDisplayString().toUtf8();
}

struct Document
{
    const char *name;
    const char *text;
    const char *expected;
};

constexpr Document Documents[] = {
    {"invoice-november.txt",
     "INVOICE No. 2026-1187\nBill to: Harbour Supplies Ltd\nInvoice date: 2026-11-02\nAmount due: EUR 1,240.00\n"
     "Payment terms: 30 days. Please pay the total due to our bank account. VAT 19% included.",
     "invoice"},
    {"service-agreement.txt",
     "SERVICE AGREEMENT\nThis agreement is made between the Client and the Contractor. The parties agree to the "
     "terms and conditions below. Term and termination: this contract runs for 12 months. Signed by both parties.",
     "contract"},
    {"letter-to-anna.txt",
     "Dear Anna,\nThank you for your kind letter. I hope this finds you well. We enjoyed the visit very much and "
     "look forward to seeing you again in spring.\nYours sincerely,\nMartin",
     "letter"},
};

QList<api::Rule> rules()
{
    return {{QStringLiteral("invoice"), QStringLiteral("An invoice or bill: amount due, payment terms, invoice number, VAT")},
            {QStringLiteral("contract"), QStringLiteral("A contract or agreement between parties with terms, conditions and signatures")},
            {QStringLiteral("letter"), QStringLiteral("A personal letter that starts with Dear and ends with a greeting such as sincerely")}};
}
} // namespace

class JobViewsEndToEndTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_screenshotDir;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(QFile::exists(QStringLiteral(DOCKET_ENGINE_BINARY)), DOCKET_ENGINE_BINARY);
        QCoreApplication::setOrganizationName(QStringLiteral("DocketTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_jobviews_e2e"));
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("settings")));
        m_screenshotDir = qEnvironmentVariable("DOCKET_SCREENSHOT_DIR", QDir::temp().filePath(QStringLiteral("docket-screenshots")));
        QVERIFY(QDir().mkpath(m_screenshotDir));
    }

    void jobsCreatedThroughTheApiAdvanceAndShowTheirResults()
    {
        account::LocalEngineSupervisor engine;
        engine.setProgram(QStringLiteral(DOCKET_ENGINE_BINARY));
        engine.setDataDir(m_dir.filePath(QStringLiteral("engine")));
        QSignalSpy ready(&engine, &account::LocalEngineSupervisor::ready);
        engine.start();
        QVERIFY2(ready.wait(20000), "docket-engine did not become ready");

        api::ApiClient client;
        client.setConnection({engine.baseUrl(), engine.token(), QString(), QString()});
        JobBrowser browser(&client);
        MainWindow window;
        window.setJobBrowser(&browser);
        window.resize(1366, 768);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        browser.reload();
        QTRY_VERIFY_WITH_TIMEOUT(!browser.classifyModel()->isLoading(), 10000);
        QVERIFY(!browser.classifyModel()->lastError());
        QCOMPARE(browser.classifyModel()->rowCount(), 0);

        // Upload the documents, as the submission outbox would, and tell the file-name cache.
        api::FilesApi files(&client);
        QStringList fileIds;
        for (const Document &document : Documents) {
            const QString path = m_dir.filePath(QString::fromLatin1(document.name));
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(document.text);
            file.close();
            const auto uploaded = await<api::FileV2>([&](auto done) { files.upload(path, this, done); });
            QVERIFY2(uploaded && uploaded->ok(), problem(uploaded).constData());
            fileIds.append(uploaded->value().id);
            browser.classifyModel()->fileNames()->insert(uploaded->value().id, uploaded->value().name);
        }

        // v2: one job per document.
        api::ClassifyApi classify(&client);
        QStringList v2Ids;
        for (const QString &fileId : std::as_const(fileIds)) {
            api::ClassifyV2CreateRequest request;
            request.fileInput = fileId;
            request.configuration = api::ClassifyV2Configuration{rules(), QStringLiteral("FAST"), std::nullopt};
            const auto created = await<api::ClassifyV2Job>([&](auto done) { classify.create(request, this, done); });
            QVERIFY2(created && created->ok(), problem(created).constData());
            v2Ids.append(created->value().id);
            browser.classifyModel()->upsert(created->value());
        }
        QCOMPARE(window.proxy(View::Classify)->rowCount(), 3);

        // v1: one job over all documents.
        api::ClassifierApi classifier(&client);
        api::ClassifyJobCreate v1Request;
        v1Request.fileIds = fileIds;
        v1Request.rules = rules();
        const auto v1Created = await<api::ClassifyJob>([&](auto done) { classifier.createJob(v1Request, this, done); });
        QVERIFY2(v1Created && v1Created->ok(), problem(v1Created).constData());
        browser.classifierModel()->upsert(v1Created->value());

        // Batch: the same rules over the uploaded files as items.
        api::BatchApi batches(&client);
        api::BatchJobCreateRequest batchRequest;
        batchRequest.jobConfig.rules = rules();
        batchRequest.itemIds = fileIds;
        const auto batchCreated = await<api::BatchJob>([&](auto done) { batches.create(batchRequest, this, done); });
        QVERIFY2(batchCreated && batchCreated->ok(), problem(batchCreated).constData());
        browser.batchModel()->upsert(batchCreated->value());

        // The poller brings every job to its terminal state in the views.
        ClassifyJobModel *v2 = browser.classifyModel();
        QTRY_VERIFY_WITH_TIMEOUT(browser.poller()->watchedCount() == 0, 60000);
        for (int i = 0; i < 3; ++i) {
            const int row = v2->rowOf(v2Ids.at(i));
            QVERIFY(row >= 0);
            QCOMPARE(v2->jobStatus(row).status, jobs::DisplayStatus::Succeeded);
            QCOMPARE(v2->index(row, ClassifyJobModel::ResultType).data().toString(), QString::fromLatin1(Documents[i].expected));
            QCOMPARE(v2->index(row, ClassifyJobModel::Document).data().toString(), QString::fromLatin1(Documents[i].name));
        }
        const int v1Row = browser.classifierModel()->rowOf(v1Created->value().id);
        QVERIFY(browser.classifierModel()->jobStatus(v1Row).isTerminal());
        QVERIFY(browser.classifierModel()->hasResults(v1Created->value().id));

        // The details pane shows the result of the selected job.
        QTableView *view = window.jobView(View::Classify);
        for (int row = 0; row < view->model()->rowCount(); ++row) {
            if (view->model()->index(row, 0).data(JobTableModel::IdRole).toString() == v2Ids.at(0))
                view->selectionModel()->setCurrentIndex(view->model()->index(row, 0),
                                                        QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        }
        DetailsPane *details = window.detailsPane(View::Classify);
        QCOMPARE(details->shownJobId(), v2Ids.at(0));
        QCOMPARE(details->field(QStringLiteral("resultType"))->text(), QStringLiteral("invoice"));
        QVERIFY(details->confidenceBar()->value() > 0);
        QVERIFY(!details->reasoning()->toPlainText().isEmpty());
        QVERIFY(window.grab().save(QDir(m_screenshotDir).filePath(QStringLiteral("e2e-v2.png"))));

        window.showJobView(View::Classifier);
        QTableView *v1View = window.jobView(View::Classifier);
        v1View->selectionModel()->setCurrentIndex(v1View->model()->index(0, 0),
                                                  QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QTRY_COMPARE(window.detailsPane(View::Classifier)->table()->rowCount(), 3);
        // Files are named, not just numbered, in the per-file results.
        QStringList named;
        for (int row = 0; row < 3; ++row)
            named.append(window.detailsPane(View::Classifier)->table()->item(row, 0)->text());
        named.sort();
        QCOMPARE(named, (QStringList{QStringLiteral("invoice-november.txt"), QStringLiteral("letter-to-anna.txt"),
                                     QStringLiteral("service-agreement.txt")}));
        QVERIFY(window.grab().save(QDir(m_screenshotDir).filePath(QStringLiteral("e2e-v1.png"))));

        window.showJobView(View::Batch);
        QTableView *batchView = window.jobView(View::Batch);
        batchView->selectionModel()->setCurrentIndex(batchView->model()->index(0, 0),
                                                     QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QCOMPARE(browser.batchModel()->jobStatus(0).status, jobs::DisplayStatus::Succeeded);
        QTRY_COMPARE(window.detailsPane(View::Batch)->table()->rowCount(), 3);
        QCOMPARE(window.detailsPane(View::Batch)->progressBar()->value(), 3);
        QVERIFY(window.grab().save(QDir(m_screenshotDir).filePath(QStringLiteral("e2e-batch.png"))));

        // A reload asks the server's lists: the jobs are there, in their final state.
        browser.reload();
        // (The batch's items may have become v2 jobs of their own on the engine: at least ours.)
        QTRY_VERIFY_WITH_TIMEOUT(!v2->isLoading() && v2->rowCount() >= 3, 10000);
        for (const QString &id : std::as_const(v2Ids)) {
            QVERIFY2(v2->rowOf(id) >= 0, qPrintable(id));
            QCOMPARE(v2->jobStatus(v2->rowOf(id)).status, jobs::DisplayStatus::Succeeded);
        }
        QTRY_VERIFY_WITH_TIMEOUT(!browser.classifierModel()->isLoading() && browser.classifierModel()->rowCount() == 1, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!browser.batchModel()->isLoading() && browser.batchModel()->rowCount() == 1, 10000);
        if (browser.batchModel()->lastError())
            QFAIL(qPrintable(browser.batchModel()->lastError()->toDisplayString()));
        engine.stop();
    }
};

QTEST_MAIN(JobViewsEndToEndTest)
#include "tst_jobviews_e2e.moc"
