// SPDX-FileCopyrightText: 2026 The Docket authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/classifierapi.h"
#include "api/types.h"
#include "models/jobtablemodel.h"

namespace docket::ui {

// The v1 classifier jobs (several files per job) for the second view, paged through
// GET /api/v1/classifier/jobs. Also keeps each job's per-file results once they are known (from
// the poller or requested by the details pane). v1 has no server-side filters.
class ClassifierJobModel final : public JobTable<api::ClassifyJob>
{
    Q_OBJECT

public:
    enum Column { Status, RuleTypes, Mode, Language, Created, Updated, JobId, ColumnCount };

    explicit ClassifierJobModel(api::ApiClient *client, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : ColumnCount; }
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    ColumnKind columnKind(int column) const override;
    bool matchesText(int row, QStringView needle) const override;

    bool hasResults(const QString &jobId) const { return m_results.contains(jobId); }
    QList<api::FileClassification> results(const QString &jobId) const { return m_results.value(jobId); }
    // Fetches the results of a job (once; again only after the job changed).
    void requestResults(const QString &jobId);

public Q_SLOTS:
    void upsert(const docket::api::ClassifyJob &job) { adopt(job); }
    void applyUpdates(const QList<docket::api::ClassifyJob> &jobs) { upsertJobs(jobs); }
    void setResults(const QString &jobId, const QList<docket::api::FileClassification> &results);

Q_SIGNALS:
    void resultsChanged(const QString &jobId);
    void resultsFailed(const QString &jobId, const docket::api::ApiError &error);

protected:
    int createdColumn() const override { return Created; }
    QVariant displayValue(const api::ClassifyJob &job, int column) const override;
    QVariant rawValue(const api::ClassifyJob &job, int column) const override;
    int compareJobs(const api::ClassifyJob &a, const api::ClassifyJob &b, int column) const override;
    void clearRows() override;

private:
    std::optional<api::ClassifierApi> m_api;
    QHash<QString, QList<api::FileClassification>> m_results;
    QSet<QString> m_resultsRequested;
};

} // namespace docket::ui
