// SPDX-FileCopyrightText: 2026 The Docket authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/apierror.h"

#include <QObject>
#include <QSet>
#include <QPointer>
#include <QStringList>

class QAction;
class QWidget;

namespace docket::api {
class ApiClient;
}
namespace docket::jobs {
class SubmissionOutbox;
class SubmissionRunner;
} // namespace docket::jobs

namespace docket::ui {

class DropTarget;
class NewJobDialog;

// Everything the main window needs to create jobs, in one object the composition root creates:
// the File > Add Files… (Ctrl+O) and Add Folder… actions, a drop target over the whole window,
// one New Classification dialog at a time (later drops and command-line paths go into the open
// one), a progress dialog per submission, and the resume of unfinished submissions at start-up
// with a visible notice. Holds the runner, outbox and client without owning them.
class NewJobLauncher : public QObject
{
    Q_OBJECT

public:
    NewJobLauncher(QWidget *window, jobs::SubmissionRunner *runner, jobs::SubmissionOutbox *outbox,
                   api::ApiClient *client);

    QAction *addFilesAction() const { return m_addFiles; }
    QAction *addFolderAction() const { return m_addFolder; }
    DropTarget *dropTarget() const { return m_drop; }
    NewJobDialog *currentDialog() const;

public Q_SLOTS:
    // Opens the dialog (or brings the open one forward) and adds the paths to it.
    NewJobDialog *openWith(const QStringList &paths);
    // Resumes this profile's unfinished submissions; each gets a progress dialog saying so.
    // Returns how many were resumed.
    int resumeAtStartup();

Q_SIGNALS:
    // A sentence for the status bar ("Resumed 1 unfinished submission: 12 documents left.").
    void statusMessage(const QString &message);

private:
    void showProgress(const QString &submissionId, const QString &notice);
    // The server refused a submission's request (422): open the dialog again with its options and
    // the refused files, and the server's messages on the fields they name.
    void reopenRefused(const QString &submissionId, const QList<api::ValidationIssue> &issues);

    QWidget *m_window;
    jobs::SubmissionRunner *m_runner;
    jobs::SubmissionOutbox *m_outbox;
    api::ApiClient *m_client;
    QAction *m_addFiles = nullptr;
    QAction *m_addFolder = nullptr;
    DropTarget *m_drop = nullptr;
    QPointer<NewJobDialog> m_dialog;
    QSet<QString> m_reopened; // one dialog per refused submission, however many files it had
};

} // namespace docket::ui
