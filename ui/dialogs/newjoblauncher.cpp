// SPDX-FileCopyrightText: 2026 The Docket authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/newjoblauncher.h"

#include "dialogs/newjobdialog.h"
#include "dialogs/newjobprogressdialog.h"
#include "jobs/submissionoutbox.h"
#include "jobs/submissionrunner.h"
#include "widgets/droptarget.h"

#include <QAction>
#include <QFileDialog>
#include <QWidget>

namespace docket::ui {

NewJobLauncher::NewJobLauncher(QWidget *window, jobs::SubmissionRunner *runner, jobs::SubmissionOutbox *outbox,
                               api::ApiClient *client)
    : QObject(window), m_window(window), m_runner(runner), m_outbox(outbox), m_client(client)
{
    m_addFiles = new QAction(tr("&Add Files…"), this);
    m_addFiles->setObjectName(QStringLiteral("addFilesAction"));
    m_addFiles->setShortcut(QKeySequence::Open);
    m_addFiles->setStatusTip(tr("Choose documents to classify"));
    connect(m_addFiles, &QAction::triggered, this, [this] {
        const QStringList files = QFileDialog::getOpenFileNames(m_window, tr("Add Documents"));
        if (!files.isEmpty())
            openWith(files);
    });
    m_addFolder = new QAction(tr("Add &Folder…"), this);
    m_addFolder->setObjectName(QStringLiteral("addFolderAction"));
    m_addFolder->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    m_addFolder->setStatusTip(tr("Choose a folder of documents to classify, with its subfolders"));
    connect(m_addFolder, &QAction::triggered, this, [this] {
        const QString folder = QFileDialog::getExistingDirectory(m_window, tr("Add a Folder of Documents"));
        if (!folder.isEmpty())
            openWith({folder});
    });
    m_drop = new DropTarget(window);
    connect(m_drop, &DropTarget::pathsDropped, this, &NewJobLauncher::openWith);
    connect(m_runner, &jobs::SubmissionRunner::validationFailed, this, &NewJobLauncher::reopenRefused);
}

void NewJobLauncher::reopenRefused(const QString &submissionId, const QList<api::ValidationIssue> &issues)
{
    if (m_reopened.contains(submissionId))
        return;
    const auto submission = m_outbox->submission(submissionId);
    if (!submission)
        return;
    m_reopened.insert(submissionId);
    QStringList refused;
    for (const jobs::OutboxFile &f : m_outbox->files(submissionId)) {
        if (f.state == jobs::OutboxFileState::Failed)
            refused << f.path;
    }
    NewJobDialog *dialog = openWith(refused);
    dialog->setOptions(submission->options);
    dialog->applyServerIssues(issues);
    Q_EMIT statusMessage(tr("The server refused the submission; fix what the dialog shows and submit again."));
}

NewJobDialog *NewJobLauncher::openWith(const QStringList &paths)
{
    if (!m_dialog) {
        m_dialog = new NewJobDialog(m_runner, m_client, m_window);
        m_dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_dialog, &NewJobDialog::submitted, this, [this](const QString &id) { showProgress(id, QString()); });
        m_dialog->open();
    }
    m_dialog->raise();
    m_dialog->activateWindow();
    m_dialog->addPaths(paths);
    return m_dialog;
}

NewJobDialog *NewJobLauncher::currentDialog() const
{
    return m_dialog;
}

int NewJobLauncher::resumeAtStartup()
{
    int documents = 0;
    QStringList ids;
    const auto connection = connect(m_runner, &jobs::SubmissionRunner::resumed, this, [&](const QString &id, int remaining) {
        ids << id;
        documents += remaining;
        showProgress(id, tr("Resumed after Docket was last closed: %n document(s) were still on their way.", nullptr, remaining));
    });
    const int count = m_runner->resume();
    disconnect(connection);
    if (count > 0)
        Q_EMIT statusMessage(tr("Resumed %n unfinished submission(s)", nullptr, count)
                             + tr(": %n document(s) left.", nullptr, documents));
    return count;
}

void NewJobLauncher::showProgress(const QString &submissionId, const QString &notice)
{
    auto *progress = new NewJobProgressDialog(m_runner, m_outbox, submissionId, m_window);
    progress->setAttribute(Qt::WA_DeleteOnClose);
    progress->setNotice(notice);
    progress->show();
}

} // namespace docket::ui
