// SPDX-FileCopyrightText: 2026 The Docket authors
// SPDX-License-Identifier: GPL-3.0-or-later
// docket_submitter: runs one SubmissionRunner against a server, as the app would, so that
// tst_submission_crash can kill it with SIGKILL mid-submission and start it again.
//   docket_submitter submit <base-url> <token> <outbox.sqlite> <folder> [pace-ms] [v2|v1|batch]
//   docket_submitter resume <base-url> <token> <outbox.sqlite> [pace-ms]
// Prints "submitted <id>", "resumed <id> <remaining>", "created <job id>" and "finished <id>"
// lines, flushed at once; exits 0 when nothing is left to do. pace-ms slows the event loop down
// (it sleeps that long on every pass) so that a kill lands mid-way on a fast machine.

#include "api/apiclient.h"
#include "jobs/fileintake.h"
#include "jobs/submissionoutbox.h"
#include "jobs/submissionrunner.h"

#include <QCoreApplication>
#include <QThread>
#include <QTimer>

#include <cstdio>

using namespace docket;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const bool submit = args.value(1) == QLatin1String("submit");
    if (args.size() < 5 || (submit && args.size() < 6)) {
        std::fprintf(stderr, "usage: docket_submitter submit|resume <base-url> <token> <outbox> [folder] [pace-ms]\n");
        return 2;
    }
    const int pace = args.value(submit ? 6 : 5).toInt();
    if (pace > 0) {
        auto *pacer = new QTimer(&app);
        QObject::connect(pacer, &QTimer::timeout, [pace] { QThread::msleep(pace); });
        pacer->start(0);
    }
    const auto say = [](const QString &line) {
        std::fprintf(stdout, "%s\n", qPrintable(line));
        std::fflush(stdout);
    };

    api::ApiClient client;
    api::ConnectionSettings connection;
    connection.baseUrl = QUrl(args[2]);
    connection.apiKey = args[3];
    client.setConnection(connection);
    jobs::SubmissionOutbox outbox(args[4]);
    QString error;
    if (!outbox.open(&error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    jobs::SubmissionRunner runner(&client, &outbox);
    QObject::connect(&runner, &jobs::SubmissionRunner::v2JobCreated, [&](const api::ClassifyV2Job &job) {
        say(QStringLiteral("created ") + job.id);
    });
    QObject::connect(&runner, &jobs::SubmissionRunner::v1JobCreated, [&](const api::ClassifyJob &job) {
        say(QStringLiteral("created ") + job.id);
    });
    QObject::connect(&runner, &jobs::SubmissionRunner::batchJobCreated, [&](const api::BatchJob &job) {
        say(QStringLiteral("created ") + job.id);
    });
    QObject::connect(&runner, &jobs::SubmissionRunner::resumed, [&](const QString &id, int remaining) {
        say(QStringLiteral("resumed %1 %2").arg(id).arg(remaining));
    });
    QObject::connect(&runner, &jobs::SubmissionRunner::submissionFinished, [&](const QString &id) {
        say(QStringLiteral("finished ") + id);
        if (runner.runningSubmissions().isEmpty())
            QCoreApplication::exit(0);
    });

    if (submit) {
        const QList<jobs::IntakeFile> files = jobs::FileIntake::scan({args[5]}, {}, {}, {});
        QList<jobs::IntakeFile> included;
        for (const jobs::IntakeFile &f : files) {
            if (f.flag == jobs::IntakeFlag::None)
                included << f;
        }
        jobs::SubmissionOptions options;
        options.flavour = jobs::flavourFromKey(args.value(7, QStringLiteral("v2"))).value_or(jobs::JobFlavour::V2PerFile);
        options.parsing.targetPages = QStringLiteral("1");
        options.rules = {{QStringLiteral("invoice"), QStringLiteral("A bill that asks for payment of an amount.")},
                         {QStringLiteral("letter"), QStringLiteral("Correspondence addressed to a person.")}};
        const QString id = runner.submit(options, included, &error);
        if (id.isEmpty()) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        say(QStringLiteral("submitted %1 %2").arg(id).arg(included.size()));
        QObject::connect(&runner, &jobs::SubmissionRunner::submissionFinished, [&](const QString &finished) {
            // Failed files are reported, so a test sees why instead of a bare count.
            for (const jobs::OutboxFile &f : outbox.files(finished)) {
                if (f.state == jobs::OutboxFileState::Failed)
                    say(QStringLiteral("failed %1: %2").arg(f.name, f.error));
            }
        });
    } else if (runner.resume() == 0) {
        say(QStringLiteral("nothing to resume"));
        return 0;
    }
    return QCoreApplication::exec();
}
