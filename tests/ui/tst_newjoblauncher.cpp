// SPDX-FileCopyrightText: 2026 The Docket authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The launcher the main window uses: its actions, drops on the window opening one dialog (later
// drops go into it), and the resume of an unfinished submission at start-up, said out loud.

#include "api/apiclient.h"
#include "dialogs/newjobdialog.h"
#include "dialogs/newjoblauncher.h"
#include "dialogs/newjobprogressdialog.h"
#include "jobs/submissionoutbox.h"
#include "jobs/submissionrunner.h"
#include "widgets/droptarget.h"

#include "fakehttpserver.h"
#include "testclient.h"

#include <QAction>
#include <QApplication>
#include <QDropEvent>
#include <QLabel>
#include <QMainWindow>
#include <QMimeData>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace docket;

class NewJobLauncherTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir tmp;

    QString writeFile(const QString &name, const QByteArray &content)
    {
        QFile f(tmp.filePath(name));
        if (!f.open(QIODevice::WriteOnly))
            qFatal("cannot write fixture");
        f.write(content);
        return f.fileName();
    }

    jobs::IntakeFile intakeFile(const QString &name, const QByteArray &content)
    {
        jobs::IntakeFile f;
        f.path = writeFile(name, content);
        f.name = name;
        f.size = content.size();
        f.sha256 = jobs::FileIntake::sha256Of(f.path, nullptr);
        return f;
    }

    static void drop(QWidget *w, const QString &path)
    {
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(path)});
        QDragEnterEvent enter(QPoint(5, 5), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(w, &enter);
        QDropEvent e(QPointF(5, 5), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(w, &e);
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void offersActionsWithShortcuts()
    {
        QMainWindow window;
        jobs::SubmissionOutbox outbox(tmp.filePath(QStringLiteral("a.sqlite")));
        QVERIFY(outbox.open(nullptr));
        api::ApiClient client;
        jobs::SubmissionRunner runner(&client, &outbox);
        ui::NewJobLauncher launcher(&window, &runner, &outbox, nullptr);
        QCOMPARE(launcher.addFilesAction()->shortcut(), QKeySequence(QKeySequence::Open));
        QVERIFY(!launcher.addFolderAction()->shortcut().isEmpty());
        QVERIFY(window.acceptDrops());
    }

    void dropsOnTheWindowGoIntoOneDialog()
    {
        QMainWindow window;
        window.resize(500, 400);
        jobs::SubmissionOutbox outbox(tmp.filePath(QStringLiteral("b.sqlite")));
        QVERIFY(outbox.open(nullptr));
        api::ApiClient client;
        jobs::SubmissionRunner runner(&client, &outbox);
        ui::NewJobLauncher launcher(&window, &runner, &outbox, nullptr);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        drop(&window, writeFile(QStringLiteral("first.txt"), "first"));
        ui::NewJobDialog *dialog = launcher.currentDialog();
        QVERIFY(dialog);
        QTRY_COMPARE(dialog->fileTable()->rowCount(), 1);
        drop(&window, writeFile(QStringLiteral("second.txt"), "second"));
        QCOMPARE(launcher.currentDialog(), dialog);
        QTRY_COMPARE(dialog->fileTable()->rowCount(), 2);
        dialog->close();
        QTRY_VERIFY(!launcher.currentDialog());
    }

    void reopensARefusedSubmissionWithTheServersMessages()
    {
        test::FakeHttpServer server;
        QVERIFY(server.listen());
        server.setHandler([](const test::RecordedRequest &r) {
            if (r.path == QLatin1String("/api/v1/beta/files"))
                return test::ScriptedResponse::json(201, R"({"id":"dfl-9","name":"refused.txt","project_id":"p"})");
            return test::ScriptedResponse::json(422, R"({"detail":[{"loc":["body","configuration","rules",0,"description"],
                "msg":"String should have at most 500 characters","type":"string_too_long"}]})");
        });
        const auto clientOwner = test::makeTestClient(server, api::Clock::system());
        api::ApiClient &client = *clientOwner;
        jobs::SubmissionOutbox outbox(tmp.filePath(QStringLiteral("d.sqlite")));
        QVERIFY(outbox.open(nullptr));
        jobs::SubmissionRunner runner(&client, &outbox);
        QMainWindow window;
        ui::NewJobLauncher launcher(&window, &runner, &outbox, nullptr);
        QSignalSpy messages(&launcher, &ui::NewJobLauncher::statusMessage);
        const jobs::IntakeFile f = intakeFile(QStringLiteral("refused.txt"), "refused");
        jobs::SubmissionOptions options;
        options.rules = {{QStringLiteral("memo"), QStringLiteral("An internal memo of the company.")}};
        options.parsing.targetPages = QStringLiteral("2");
        QString error;
        QVERIFY(!runner.submit(options, {f}, &error).isEmpty());
        QTRY_VERIFY(launcher.currentDialog());
        ui::NewJobDialog *dialog = launcher.currentDialog();
        QCOMPARE(dialog->rules(), options.rules);
        QCOMPARE(dialog->options().parsing.targetPages, QStringLiteral("2"));
        QVERIFY(dialog->rulesSummary()->text().contains(QStringLiteral("server refused")));
        QTRY_COMPARE(dialog->fileTable()->rowCount(), 1);
        QCOMPARE(messages.size(), 1);
    }

    void resumesAtStartUpAndSaysSo()
    {
        const QString db = tmp.filePath(QStringLiteral("c.sqlite"));
        const jobs::IntakeFile f = intakeFile(QStringLiteral("resume.txt"), "resume me");
        jobs::SubmissionOptions options;
        options.rules = {{QStringLiteral("note"), QStringLiteral("A short note to someone.")}};
        {
            // A previous run saved the submission and died before sending anything.
            jobs::SubmissionOutbox before(db);
            QVERIFY(before.open(nullptr));
            QVERIFY(!before.createSubmission(QStringLiteral("default"), options, {f}).isEmpty());
        }
        test::FakeHttpServer server;
        QVERIFY(server.listen());
        server.setHandler([](const test::RecordedRequest &r) {
            if (r.path == QLatin1String("/api/v1/beta/files"))
                return test::ScriptedResponse::json(201, R"({"id":"dfl-1","name":"resume.txt","project_id":"p"})");
            return test::ScriptedResponse::json(200, R"({"id":"cjb-1","project_id":"p","user_id":"u","status":"PENDING",
                "document_input_type":"file_id","file_input":"dfl-1","configuration":{"rules":[]}})");
        });
        const auto clientOwner = test::makeTestClient(server, api::Clock::system());
        api::ApiClient &client = *clientOwner;
        jobs::SubmissionOutbox outbox(db);
        QVERIFY(outbox.open(nullptr));
        jobs::SubmissionRunner runner(&client, &outbox);
        QSignalSpy created(&runner, &jobs::SubmissionRunner::v2JobCreated);
        QMainWindow window;
        ui::NewJobLauncher launcher(&window, &runner, &outbox, nullptr);
        QSignalSpy messages(&launcher, &ui::NewJobLauncher::statusMessage);
        QCOMPARE(launcher.resumeAtStartup(), 1);
        QCOMPARE(messages.size(), 1);
        QVERIFY(messages.first().first().toString().contains(QStringLiteral("1 document")));
        auto *progress = window.findChild<ui::NewJobProgressDialog *>();
        QVERIFY(progress);
        QVERIFY(progress->findChild<QLabel *>(QStringLiteral("notice"))->text().contains(QStringLiteral("Resumed")));
        QTRY_COMPARE(created.size(), 1);
        QCOMPARE(launcher.resumeAtStartup(), 0); // nothing left for a second start
    }
};

QTEST_MAIN(NewJobLauncherTest)
#include "tst_newjoblauncher.moc"
