// SPDX-FileCopyrightText: 2026 The Docket authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The composition root of the desktop app: application identity, translations, command line,
// and the object graph: one ApiClient that the Session points at the active profile (the local
// engine by default), the job browser's models and poller on that client, the submission outbox
// and its runner, and the main window that shows them.

#include "account/session.h"
#include "api/apiclient.h"
#include "dialogs/newjoblauncher.h"
#include "jobs/submissionoutbox.h"
#include "jobs/submissionrunner.h"
#include "models/batchjobmodel.h"
#include "models/classifierjobmodel.h"
#include "models/classifyjobmodel.h"
#include "models/jobbrowser.h"
#include "views/mainwindow.h"
#include "widgets/profileswitcher.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QStatusBar>
#include <QTranslator>

#include <cstdio>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Docket"));
    QApplication::setApplicationName(QStringLiteral("Docket"));
    QApplication::setApplicationVersion(QStringLiteral(DOCKET_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral(DOCKET_APP_ID));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/" DOCKET_APP_ID ".svg")));

    // Qt's own strings (standard buttons, the About Qt box) and ours, for the user's locale.
    // A missing translation leaves that part in English, which is the right fallback.
    const QLocale locale;
    QTranslator qtTranslator;
    if (qtTranslator.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);
    QTranslator docketTranslator;
    if (docketTranslator.load(locale, QStringLiteral("docket"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(&docketTranslator);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Classify documents with LlamaCloud's Classify API."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("files"),
                                 QCoreApplication::translate("main", "Documents or folders to classify."),
                                 QStringLiteral("[files...]"));
    parser.process(app);

    // The documents are kept for the job dialog; a path that does not exist is reported now, while
    // the user still looks at the terminal they typed it in.
    QStringList documents;
    for (const QString &argument : parser.positionalArguments()) {
        const QFileInfo info(argument);
        if (info.exists() && info.isReadable())
            documents.append(info.absoluteFilePath());
        else
            std::fprintf(stderr, "%s\n",
                         qPrintable(QCoreApplication::translate("main", "docket: not a readable file or folder: %1")
                                        .arg(argument)));
    }

    using namespace docket;

    // Declared in dependency order, so that destruction runs the other way: the window goes
    // before the models it shows, the models before the client they hold, and the session (which
    // stops the local engine) last but one.
    api::ApiClient client;
    account::Session session(&client);
    ui::JobBrowser jobBrowser(&client);
    jobs::SubmissionOutbox outbox; // AppDataLocation/outbox.sqlite
    jobs::SubmissionRunner runner(&client, &outbox);
    // Webhook secrets of running submissions live in the OS keychain, never in the outbox.
    runner.setCredentialStore(session.store(account::KeySource::Keychain));

    ui::MainWindow window;
    window.setJobBrowser(&jobBrowser); // before show(): restores column layout and filters
    window.setProfileSwitcher(new ui::ProfileSwitcher(&session, &window));
    ui::NewJobLauncher launcher(&window, &runner, &outbox, &client); // installs the drop target
    window.addFileActions({launcher.addFilesAction(), launcher.addFolderAction()});

    QObject::connect(&launcher, &ui::NewJobLauncher::statusMessage, &window,
                     [&window](const QString &message) { window.statusBar()->showMessage(message, 15000); });
    QObject::connect(&runner, &jobs::SubmissionRunner::v2JobCreated, jobBrowser.classifyModel(),
                     &ui::ClassifyJobModel::upsert);
    QObject::connect(&runner, &jobs::SubmissionRunner::v1JobCreated, jobBrowser.classifierModel(),
                     &ui::ClassifierJobModel::upsert);
    QObject::connect(&runner, &jobs::SubmissionRunner::batchJobCreated, jobBrowser.batchModel(),
                     &ui::BatchJobModel::upsert);

    // Every view reloads when the client points at a new profile; unfinished submissions of that
    // profile resume, and documents named on the command line open the job dialog once the
    // first profile is connected.
    // A switch suspends the old profile's submissions before the client drops their requests.
    QObject::connect(&session, &account::Session::activating, &runner,
                     [&runner](const account::Profile &profile) { runner.setProfileId(profile.id); });
    bool firstConnection = true;
    QObject::connect(&session, &account::Session::ready, &window, [&](const account::Profile &profile) {
        jobBrowser.reload();
        runner.setProfileId(profile.id);
        launcher.resumeAtStartup();
        if (firstConnection && !documents.isEmpty())
            launcher.openWith(documents);
        firstConnection = false;
    });

    window.show();
    QString outboxError;
    if (!outbox.open(&outboxError)) {
        QMessageBox::warning(&window, QCoreApplication::translate("main", "Docket"),
                             QCoreApplication::translate("main", "The list of unsent submissions cannot be opened, "
                                                                 "so new jobs cannot be submitted safely:\n%1")
                                 .arg(outboxError));
    }
    session.activateLastProfile();
    return QApplication::exec();
}
