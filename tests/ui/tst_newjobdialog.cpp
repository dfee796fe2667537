// SPDX-FileCopyrightText: 2026 The Docket authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The New Classification dialog: files dropped or added (folders walked) with their flags,
// Submit enabled only when everything is valid, 422 issues placed on their fields, a real
// submission through the runner to a scripted server with the progress dialog, and screenshots.

#include "api/apiclient.h"
#include "darkpalette.h"
#include "dialogs/newjobdialog.h"
#include "dialogs/newjobprogressdialog.h"
#include "jobs/submissionoutbox.h"
#include "jobs/submissionrunner.h"
#include "widgets/droptarget.h"
#include "widgets/parsingconfigform.h"

#include "fakehttpserver.h"
#include "testclient.h"

#include <QApplication>
#include <QDir>
#include <QDropEvent>
#include <QGroupBox>
#include <QJsonArray>
#include <QComboBox>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace docket;
using docket::jobs::JobFlavour;
using docket::ui::NewJobDialog;

namespace {
const QList<api::Rule> Rules{{QStringLiteral("invoice"), QStringLiteral("A bill that asks for payment.")},
                            {QStringLiteral("contract"), QStringLiteral("An agreement between parties.")}};

void write(const QString &path, const QByteArray &content)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        qFatal("cannot write fixture");
    f.write(content);
}

int rowOf(const NewJobDialog &d, const QString &name)
{
    for (int r = 0; r < d.fileTable()->rowCount(); ++r) {
        if (d.fileTable()->item(r, 1)->text() == name)
            return r;
    }
    return -1;
}
} // namespace

class NewJobDialogTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir tmp;

    // A folder with: a PDF, a text file, its duplicate, an executable, and a nested text file.
    QString makeFolder()
    {
        const QString root = tmp.filePath(QStringLiteral("docs"));
        write(root + QStringLiteral("/invoice-2026-001.pdf"), "%PDF-1.4\n% a fake invoice\n");
        write(root + QStringLiteral("/letter.txt"), "Dear customer, …");
        write(root + QStringLiteral("/letter copy.txt"), "Dear customer, …");
        write(root + QStringLiteral("/setup.exe"), QByteArray("MZ\x90\x00\x03", 5));
        write(root + QStringLiteral("/2026/q3/contract with a rather long file name for the table.txt"),
              "This agreement is made between…");
        return root;
    }

    void dropOn(QWidget *w, const QStringList &paths)
    {
        QMimeData mime;
        QList<QUrl> urls;
        for (const QString &p : paths)
            urls << QUrl::fromLocalFile(p);
        mime.setUrls(urls);
        QDragEnterEvent enter(QPoint(20, 20), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(w, &enter);
        QDropEvent drop(QPointF(20, 20), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(w, &drop);
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void startsEmptyWithSubmitDisabled()
    {
        NewJobDialog dialog(nullptr, nullptr);
        QCOMPARE(dialog.fileTable()->rowCount(), 0);
        QVERIFY(!dialog.submitButton()->isEnabled());
        QVERIFY(dialog.problemLabel()->text().contains(QStringLiteral("Add at least one document")));
    }

    void listsDroppedFilesAndFoldersWithTheirFlags()
    {
        const QString folder = makeFolder();
        NewJobDialog dialog(nullptr, nullptr);
        QSignalSpy scanned(&dialog, &NewJobDialog::scanFinished);
        dropOn(&dialog, {folder});
        QVERIFY(scanned.wait(10000));
        QCOMPARE(dialog.fileTable()->rowCount(), 5);
        QCOMPARE(dialog.includedFiles().size(), 3);
        const int exe = rowOf(dialog, QStringLiteral("setup.exe"));
        const int copy = rowOf(dialog, QStringLiteral("letter.txt")); // sorted after "letter copy.txt"
        QVERIFY(exe >= 0 && copy >= 0);
        QVERIFY(dialog.fileTable()->item(exe, 4)->text().startsWith(QStringLiteral("Unsupported type")));
        QVERIFY(dialog.fileTable()->item(copy, 4)->text().contains(QStringLiteral("letter copy.txt")));
        QCOMPARE(dialog.fileTable()->item(exe, 0)->checkState(), Qt::Unchecked);
        // The user may insist on an unsupported type, not on a duplicate.
        QVERIFY(dialog.insistOn(exe));
        QVERIFY(!dialog.insistOn(copy));
        QCOMPARE(dialog.includedFiles().size(), 4);
        // Unticking a ready file leaves it out.
        const int pdf = rowOf(dialog, QStringLiteral("invoice-2026-001.pdf"));
        dialog.fileTable()->item(pdf, 0)->setCheckState(Qt::Unchecked);
        QCOMPARE(dialog.includedFiles().size(), 3);
        dialog.fileTable()->item(pdf, 0)->setCheckState(Qt::Checked);
        QCOMPARE(dialog.includedFiles().size(), 4);
        // Dropping the same folder again adds nothing twice.
        dropOn(&dialog, {folder});
        QVERIFY(scanned.wait(10000));
        QCOMPARE(dialog.fileTable()->rowCount(), 5);
    }

    void enablesSubmitOnlyWhenEverythingIsValid()
    {
        const QString file = tmp.filePath(QStringLiteral("one.txt"));
        write(file, "one document");
        jobs::SubmissionOutbox outbox(tmp.filePath(QStringLiteral("unused.sqlite")));
        QVERIFY(outbox.open(nullptr));
        api::ApiClient client;
        jobs::SubmissionRunner runner(&client, &outbox);
        NewJobDialog dialog(&runner, nullptr);
        QSignalSpy scanned(&dialog, &NewJobDialog::scanFinished);
        dialog.addPaths({file});
        QVERIFY(scanned.wait(10000));
        QVERIFY(!dialog.submitButton()->isEnabled()); // no rules
        QVERIFY(dialog.rulesSummary()->text().contains(QStringLiteral("No rules")));
        dialog.setRules(Rules);
        QVERIFY(dialog.submitButton()->isEnabled());
        dialog.parsingForm()->targetPagesEdit()->setText(QStringLiteral("0"));
        QVERIFY(!dialog.submitButton()->isEnabled());
        dialog.parsingForm()->targetPagesEdit()->setText(QStringLiteral("1-3"));
        QVERIFY(dialog.submitButton()->isEnabled());
        dialog.setFlavour(JobFlavour::V1MultiFile);
        QVERIFY(dialog.flavourHint()->text().contains(QStringLiteral("1 v1 job")));
        dialog.parsingForm()->setMode(QStringLiteral("MULTIMODAL"));
        QCOMPARE(dialog.options().mode, QStringLiteral("MULTIMODAL"));
        QCOMPARE(dialog.options().parsing.targetPages, QStringLiteral("1-3"));
        dialog.setFlavour(JobFlavour::V2PerFile);
        QCOMPARE(dialog.options().mode, QStringLiteral("FAST")); // the form switched back, visibly
        auto *webhooks = dialog.findChild<QGroupBox *>(QStringLiteral("webhookBox"));
        webhooks->setChecked(true);
        QVERIFY(!dialog.submitButton()->isEnabled());
        QVERIFY(!dialog.webhookError()->isHidden());
        dialog.webhookUrlEdit()->setText(QStringLiteral("https://example.com/hook"));
        QVERIFY(dialog.submitButton()->isEnabled());
    }

    void placesServerIssuesOnTheirFields()
    {
        NewJobDialog dialog(nullptr, nullptr);
        dialog.setRules(Rules);
        dialog.applyServerIssues({
            {{QStringLiteral("body"), QStringLiteral("configuration"), QStringLiteral("rules"), QStringLiteral("1"), QStringLiteral("description")},
             QStringLiteral("String should have at most 500 characters"), QStringLiteral("string_too_long")},
            {{QStringLiteral("body"), QStringLiteral("configuration"), QStringLiteral("parsing_configuration"), QStringLiteral("target_pages")},
             QStringLiteral("Invalid page range"), QStringLiteral("value_error")},
            {{QStringLiteral("body"), QStringLiteral("file_input")}, QStringLiteral("Field required"), QStringLiteral("missing")},
        });
        QVERIFY(dialog.rulesSummary()->text().contains(QStringLiteral("server refused")));
        QVERIFY(dialog.parsingForm()->targetPagesError()->text().contains(QStringLiteral("Invalid page range")));
        QVERIFY(dialog.problemLabel()->text().contains(QStringLiteral("file_input")));
        QVERIFY(!dialog.submitButton()->isEnabled());
    }

    void offersServerPresetsForV2AndSavesNewOnes()
    {
        test::FakeHttpServer server;
        QVERIFY(server.listen());
        bool refuseNext = false;
        server.setHandler([&refuseNext](const test::RecordedRequest &r) {
            if (r.method == "GET")
                return test::ScriptedResponse::json(200, R"({"items":[
                    {"id":"cfg-1","name":"Finance","product_type":"classify_v2","version":"2026-11-01T00:00:00Z",
                     "parameters":{"product_type":"classify_v2","rules":[{"type":"invoice","description":"A bill to pay."},
                                                                          {"type":"receipt","description":"Proof of payment."}]}},
                    {"id":"cfg-2","name":"Extractor","product_type":"extract_v2","version":"2026-11-01T00:00:00Z","parameters":{}}]})");
            if (std::exchange(refuseNext, false))
                return test::ScriptedResponse::json(422, R"({"detail":[{"loc":["body","parameters","rules",0,"description"],
                    "msg":"String should have at most 500 characters","type":"string_too_long"}]})");
            return test::ScriptedResponse::json(201, R"({"id":"cfg-3","name":"Mine","product_type":"classify_v2",
                "version":"2026-11-23T00:00:00Z","parameters":{"product_type":"classify_v2","rules":[]}})");
        });
        const auto clientOwner = test::makeTestClient(server, api::Clock::system());
        api::ApiClient &client = *clientOwner;
        NewJobDialog dialog(nullptr, &client);
        QSignalSpy loaded(&dialog, &NewJobDialog::presetsLoaded);
        QVERIFY(loaded.wait(10000));
        QCOMPARE(dialog.presetBox()->count(), 2); // "Rules edited here" + the one classify_v2 preset
        QCOMPARE(server.requests().first().query.queryItemValue(QStringLiteral("product_type")), QStringLiteral("classify_v2"));
        dialog.presetBox()->setCurrentIndex(1);
        QCOMPARE(dialog.options().configurationId, QStringLiteral("cfg-1"));
        QVERIFY(dialog.options().validate().isEmpty()); // no inline rules needed
        QVERIFY(dialog.rulesSummary()->text().contains(QStringLiteral("invoice, receipt")));
        QVERIFY(!dialog.parsingForm()->isEnabled());
        dialog.setFlavour(JobFlavour::V1MultiFile); // presets are a v2 feature
        QVERIFY(!dialog.presetBox()->isEnabled());
        QVERIFY(!dialog.options().configurationId);
        dialog.setFlavour(JobFlavour::V2PerFile);

        dialog.setRules(Rules);
        dialog.parsingForm()->targetPagesEdit()->setText(QStringLiteral("2-3"));
        QSignalSpy saved(&dialog, &NewJobDialog::presetSaved);
        dialog.saveAsPreset(QStringLiteral("Mine"));
        QVERIFY(saved.wait(10000));
        const QJsonObject body = QJsonDocument::fromJson(server.requests().at(1).body).object();
        QCOMPARE(body.value(QStringLiteral("name")).toString(), QStringLiteral("Mine"));
        const QJsonObject parameters = body.value(QStringLiteral("parameters")).toObject();
        QCOMPARE(parameters.value(QStringLiteral("product_type")).toString(), QStringLiteral("classify_v2"));
        QCOMPARE(parameters.value(QStringLiteral("rules")).toArray().size(), 2);
        QCOMPARE(parameters.value(QStringLiteral("parsing_configuration")).toObject().value(QStringLiteral("target_pages")).toString(),
                 QStringLiteral("2-3"));

        refuseNext = true;
        const int before = server.requestCount();
        dialog.saveAsPreset(QStringLiteral("Too long"));
        QTRY_VERIFY(server.requestCount() > before);
        dialog.presetBox()->setCurrentIndex(0);
        QTRY_VERIFY(dialog.rulesSummary()->text().contains(QStringLiteral("server refused")));
    }

    void submitsThroughTheRunnerAndShowsProgress()
    {
        const QString folder = makeFolder();
        test::FakeHttpServer server;
        QVERIFY(server.listen());
        int n = 0;
        server.setHandler([&n](const test::RecordedRequest &r) {
            const QJsonObject body = QJsonDocument::fromJson(r.body).object();
            if (r.path == QLatin1String("/api/v1/beta/files"))
                return test::ScriptedResponse::json(201, QStringLiteral(R"({"id":"dfl-%1","name":"x","project_id":"p"})").arg(++n).toUtf8());
            if (r.path == QLatin1String("/api/v2/classify"))
                return test::ScriptedResponse::json(200, QStringLiteral(R"({"id":"cjb-%1","project_id":"p","user_id":"u","status":"PENDING","document_input_type":"file_id","file_input":"%2","configuration":{"rules":[{"type":"invoice","description":"A bill that asks for payment."}]}})")
                                                             .arg(++n).arg(body.value(QStringLiteral("file_input")).toString()).toUtf8());
            return test::ScriptedResponse::json(404, R"({"detail":"Not Found"})");
        });
        const auto clientOwner = test::makeTestClient(server, api::Clock::system());
        api::ApiClient &client = *clientOwner;
        jobs::SubmissionOutbox outbox(tmp.filePath(QStringLiteral("outbox.sqlite")));
        QVERIFY(outbox.open(nullptr));
        jobs::SubmissionRunner runner(&client, &outbox);
        QSignalSpy created(&runner, &jobs::SubmissionRunner::v2JobCreated);
        NewJobDialog dialog(&runner, nullptr);
        QSignalSpy scanned(&dialog, &NewJobDialog::scanFinished);
        QSignalSpy submitted(&dialog, &NewJobDialog::submitted);
        dialog.addPaths({folder});
        QVERIFY(scanned.wait(10000));
        dialog.setRules(Rules);
        QVERIFY(dialog.submitButton()->isEnabled());
        QTest::mouseClick(dialog.submitButton(), Qt::LeftButton);
        QCOMPARE(submitted.size(), 1);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const QString id = dialog.submissionId();
        QCOMPARE(outbox.files(id).size(), 3); // written before anything else
        ui::NewJobProgressDialog progress(&runner, &outbox, id);
        QCOMPARE(progress.fileTable()->rowCount(), 3);
        QTRY_COMPARE(created.size(), 3);
        QTRY_VERIFY(progress.summary()->text().startsWith(QStringLiteral("3 of 3")));
        QCOMPARE(progress.totalBar()->value(), 1000);
        QVERIFY(!progress.cancelButton()->isEnabled());
        QVERIFY(progress.fileTable()->item(0, 2)->text().startsWith(QStringLiteral("cjb-")));
        progress.show();
        QVERIFY(QTest::qWaitForWindowExposed(&progress));
        QVERIFY(progress.grab().save(QDir::temp().filePath(QStringLiteral("docket-screens/newjobprogress.png"))));
    }

    void screenshotsInLightAndDarkPalettes()
    {
        const QString folder = makeFolder();
        const QString outDir = QDir::temp().filePath(QStringLiteral("docket-screens"));
        QDir().mkpath(outDir);
        const QPalette original = QApplication::palette();
        for (const bool dark : {false, true}) {
            QApplication::setPalette(dark ? docket::test::darkPalette() : original);
            jobs::SubmissionOutbox outbox(tmp.filePath(QStringLiteral("screens.sqlite")));
            QVERIFY(outbox.open(nullptr));
            api::ApiClient client;
            jobs::SubmissionRunner runner(&client, &outbox);
            NewJobDialog dialog(&runner, nullptr);
            QSignalSpy scanned(&dialog, &NewJobDialog::scanFinished);
            dialog.addPaths({folder});
            QVERIFY(scanned.wait(10000));
            dialog.setRules(Rules);
            dialog.resize(1040, 700);
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            QVERIFY(dialog.grab().save(QStringLiteral("%1/newjob-%2.png").arg(outDir, dark ? QStringLiteral("dark") : QStringLiteral("light"))));
        }
        QApplication::setPalette(original);
    }
};

QTEST_MAIN(NewJobDialogTest)
#include "tst_newjobdialog.moc"
