// SPDX-FileCopyrightText: 2026 The Docket authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace docket::jobs {
class SubmissionOutbox;
class SubmissionRunner;
} // namespace docket::jobs

namespace docket::ui {

// Shows one submission on its way: every file with its state (waiting, uploading with percent,
// creating, created with the job id, failed with the reason), the total bytes sent, and Cancel,
// Retry Failed and Close (closing does not stop the submission; it goes on in the background and
// is resumed at the next start if the app quits). Reads the outbox, listens to the runner.
// Opened by the main window after NewJobDialog submits, and for each submission resumed at start.
class NewJobProgressDialog : public QDialog
{
    Q_OBJECT

public:
    NewJobProgressDialog(jobs::SubmissionRunner *runner, jobs::SubmissionOutbox *outbox, const QString &submissionId,
                         QWidget *parent = nullptr);

    QString submissionId() const { return m_id; }
    // For tests.
    QTableWidget *fileTable() const { return m_table; }
    QProgressBar *totalBar() const { return m_total; }
    QLabel *summary() const { return m_summary; }
    QPushButton *cancelButton() const { return m_cancel; }
    QPushButton *retryButton() const { return m_retry; }
    // A line above the table, e.g. "Resumed after Docket was closed: 12 files left".
    void setNotice(const QString &text);

private:
    void refreshAll();
    void refreshRow(int seq);
    void refreshTotals();

    jobs::SubmissionRunner *m_runner;
    jobs::SubmissionOutbox *m_outbox;
    QString m_id;
    QLabel *m_notice = nullptr;
    QTableWidget *m_table = nullptr;
    QProgressBar *m_total = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_retry = nullptr;
};

} // namespace docket::ui
