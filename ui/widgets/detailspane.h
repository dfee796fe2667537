// SPDX-FileCopyrightText: 2026 The Docket authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/types.h"
#include "jobs/jobstatus.h"

#include <QScrollArea>

#include <functional>

class QFormLayout;
class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QTableWidget;

namespace docket::ui {

// The pane beside a job view that shows everything about the selected job: status, times,
// rules, parsing configuration, input, result type with a confidence bar, the reasoning (in a
// read-only text box the user can select from) and the error when it failed; for v1 jobs the
// per-file results, for batch jobs the progress, counts and items. Passive: the job page hands
// it DTOs; it never talks to the network.
class DetailsPane : public QScrollArea
{
    Q_OBJECT

public:
    explicit DetailsPane(QWidget *parent = nullptr);

    void showNothing();
    void showV2(const api::ClassifyV2Job &job, const QString &documentName);
    // results is null while they have not been fetched; fileNames maps a file id to its name
    // (the id itself when unknown).
    void showV1(const api::ClassifyJob &job, const QList<api::FileClassification> *results,
                const std::function<QString(const QString &)> &fileNames = {});
    void showBatch(const api::BatchJob &job, const QList<api::BatchItem> *items, qint64 totalItems);
    QString shownJobId() const { return m_jobId; }

    // For tests and accessibility checks.
    QLabel *field(const QString &objectName) const;
    QPlainTextEdit *reasoning() const { return m_reasoning; }
    QProgressBar *confidenceBar() const { return m_confidence; }
    QProgressBar *progressBar() const { return m_progress; }
    QTableWidget *table() const { return m_table; }
    QLabel *placeholder() const { return m_placeholder; }

private:
    QLabel *addField(const QString &objectName, const QString &label);
    void setField(QLabel *field, const QString &text);
    void setStatus(const jobs::JobStatus &status);
    void showRules(const QList<api::Rule> &rules);
    void hideAll();
    void fitColumns();

    QString m_jobId;
    QWidget *m_content = nullptr;
    QFormLayout *m_form = nullptr;
    QLabel *m_placeholder = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_id = nullptr;
    QLabel *m_created = nullptr;
    QLabel *m_updated = nullptr;
    QLabel *m_input = nullptr;
    QLabel *m_mode = nullptr;
    QLabel *m_parsing = nullptr;
    QLabel *m_rules = nullptr;
    QLabel *m_resultType = nullptr;
    QProgressBar *m_confidence = nullptr;
    QPlainTextEdit *m_reasoning = nullptr;
    QLabel *m_error = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_counts = nullptr;
    QTableWidget *m_table = nullptr;
};

} // namespace docket::ui
