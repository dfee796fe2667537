// SPDX-FileCopyrightText: 2026 The Docket authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/batchapi.h"
#include "api/types.h"
#include "models/jobtablemodel.h"

namespace docket::ui {

// The batch jobs for the third view, paged by offset through GET /api/v1/beta/batch-processing
// with the server's status filter. Keeps the items of the jobs the details pane asked about.
class BatchJobModel final : public JobTable<api::BatchJob>
{
    Q_OBJECT

public:
    enum Column { Status, JobType, Progress, Failed, Skipped, Directory, Created, Completed, JobId, ColumnCount };
    // The items shown in the details pane: one page, the first ones.
    static constexpr int MaxItems = 1000;

    explicit BatchJobModel(api::ApiClient *client, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : ColumnCount; }
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    ColumnKind columnKind(int column) const override;
    bool matchesText(int row, QStringView needle) const override;
    bool hasServerFilter() const override { return m_query.status.has_value(); }

    // The server-side filters (status, job type, directory). Reloads.
    // reload false only stores the query (restoring settings before the session is ready).
    void setServerQuery(const api::BatchListQuery &query, bool reloadNow = true);
    const api::BatchListQuery &serverQuery() const { return m_query; }

    bool hasItems(const QString &jobId) const { return m_items.contains(jobId); }
    QList<api::BatchItem> items(const QString &jobId) const { return m_items.value(jobId); }
    qint64 itemTotal(const QString &jobId) const { return m_itemTotals.value(jobId); }
    void requestItems(const QString &jobId);

public Q_SLOTS:
    void upsert(const docket::api::BatchJob &job) { adopt(job); }
    void applyUpdates(const QList<docket::api::BatchJob> &jobs) { upsertJobs(jobs); }

Q_SIGNALS:
    void itemsChanged(const QString &jobId);
    void itemsFailed(const QString &jobId, const docket::api::ApiError &error);

protected:
    int createdColumn() const override { return Created; }
    QVariant displayValue(const api::BatchJob &job, int column) const override;
    QVariant rawValue(const api::BatchJob &job, int column) const override;
    int compareJobs(const api::BatchJob &a, const api::BatchJob &b, int column) const override;
    QVariant alignment(int column) const override;
    void clearRows() override;

private:
    std::optional<api::BatchApi> m_api;
    api::BatchListQuery m_query;
    QHash<QString, QList<api::BatchItem>> m_items;
    QHash<QString, qint64> m_itemTotals;
    QSet<QString> m_itemsRequested;
};

} // namespace docket::ui
