// SPDX-FileCopyrightText: 2026 The Docket authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/batchjobmodel.h"

namespace docket::ui {

BatchJobModel::BatchJobModel(api::ApiClient *client, QObject *parent)
    : JobTable(jobs::JobFamily::Batch, parent)
{
    if (!client)
        return;
    m_api.emplace(client);
    using Pager = api::OffsetPager<api::BatchJob>;
    setPager(new Pager(
        [this](int offset, QObject *context, std::function<void(api::Result<Pager::Page>)> done) {
            api::BatchListQuery query = m_query;
            query.limit = PageSize;
            query.offset = offset;
            return m_api->list(query, context, std::move(done));
        },
        [this](const Pager::Page &page, int) { upsertJobs(page.items); }));
    connect(this, &JobTableModel::jobChanged, this, [this](const QString &id) { m_itemsRequested.remove(id); });
}

JobTableModel::ColumnKind BatchJobModel::columnKind(int column) const
{
    switch (column) {
    case Status: return ColumnKind::Status;
    case Progress: return ColumnKind::Progress;
    case Failed:
    case Skipped: return ColumnKind::Number;
    case Created:
    case Completed: return ColumnKind::Time;
    case Directory:
    case JobId: return ColumnKind::Id;
    default: return ColumnKind::Text;
    }
}

QVariant BatchJobModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Status: return tr("Status");
    case JobType: return tr("Job type");
    case Progress: return tr("Progress");
    case Failed: return tr("Failed");
    case Skipped: return tr("Skipped");
    case Directory: return tr("Directory");
    case Created: return tr("Created");
    case Completed: return tr("Completed");
    case JobId: return tr("Job ID");
    default: return {};
    }
}

QVariant BatchJobModel::displayValue(const api::BatchJob &job, int column) const
{
    switch (column) {
    case Status: return statusOf(job).displayText();
    case JobType: return job.jobType;
    case Progress: return tr("%1 / %2").arg(job.processedItems).arg(job.totalItems);
    case Failed: return job.failedItems;
    case Skipped: return job.skippedItems;
    case Directory: return job.directoryId.value_or(QString());
    case Created: return formatTime(job.createdAt);
    case Completed: return formatTime(job.completedAt);
    case JobId: return job.id;
    default: return {};
    }
}

int BatchJobModel::compareJobs(const api::BatchJob &a, const api::BatchJob &b, int column) const
{
    switch (column) {
    case Created: return compareTimes(a.createdAt, b.createdAt);
    case Completed: return compareTimes(a.completedAt, b.completedAt);
    case Failed: return a.failedItems < b.failedItems ? -1 : a.failedItems > b.failedItems ? 1 : 0;
    case Skipped: return a.skippedItems < b.skippedItems ? -1 : a.skippedItems > b.skippedItems ? 1 : 0;
    case JobId: return a.id.compare(b.id);
    default: return NotTyped;
    }
}

QVariant BatchJobModel::rawValue(const api::BatchJob &job, int column) const
{
    switch (column) {
    case Status: return int(statusOf(job).status);
    case Progress: return job.totalItems > 0 ? double(job.processedItems) / double(job.totalItems) : 0.0;
    case Created: return timeValue(job.createdAt);
    case Completed: return timeValue(job.completedAt);
    default: return displayValue(job, column);
    }
}

QVariant BatchJobModel::alignment(int column) const
{
    if (column == Failed || column == Skipped)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (column == Progress)
        return QVariant::fromValue(Qt::AlignCenter);
    return {};
}

bool BatchJobModel::matchesText(int row, QStringView needle) const
{
    const api::BatchJob &job = m_rows.at(row);
    return job.id.contains(needle, Qt::CaseInsensitive) || job.jobType.contains(needle, Qt::CaseInsensitive)
           || (job.directoryId && job.directoryId->contains(needle, Qt::CaseInsensitive));
}

void BatchJobModel::setServerQuery(const api::BatchListQuery &query, bool reloadNow)
{
    m_query = query;
    m_query.limit.reset();
    m_query.offset.reset();
    if (reloadNow)
        reload();
}

void BatchJobModel::requestItems(const QString &jobId)
{
    if (!m_api || m_itemsRequested.contains(jobId))
        return;
    m_itemsRequested.insert(jobId);
    api::BatchItemsQuery query;
    query.limit = MaxItems;
    m_api->items(jobId, query, this, [this, jobId](api::Result<api::BatchItemList> result) {
        if (!result) {
            m_itemsRequested.remove(jobId);
            Q_EMIT itemsFailed(jobId, result.error());
            return;
        }
        m_items.insert(jobId, result.value().items);
        m_itemTotals.insert(jobId, result.value().totalSize.value_or(result.value().items.size()));
        Q_EMIT itemsChanged(jobId);
    });
}

void BatchJobModel::clearRows()
{
    JobTable::clearRows();
    m_items.clear();
    m_itemTotals.clear();
    m_itemsRequested.clear();
}

} // namespace docket::ui
