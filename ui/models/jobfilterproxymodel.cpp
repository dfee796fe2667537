// SPDX-FileCopyrightText: 2026 The Docket authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/jobfilterproxymodel.h"

#include "models/jobtablemodel.h"

namespace docket::ui {

JobFilterProxyModel::JobFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(JobTableModel::RawValueRole);
    setDynamicSortFilter(true);
}

void JobFilterProxyModel::setSourceModel(QAbstractItemModel *model)
{
    m_jobs = qobject_cast<JobTableModel *>(model);
    QSortFilterProxyModel::setSourceModel(model);
}

void JobFilterProxyModel::setStatusFilter(std::optional<jobs::DisplayStatus> status)
{
    if (m_status == status)
        return;
    m_status = status;
    refilter();
}

void JobFilterProxyModel::setSearchText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (m_text == trimmed)
        return;
    m_text = trimmed;
    refilter();
}

void JobFilterProxyModel::setDateRange(const QDate &from, const QDate &to)
{
    if (m_from == from && m_to == to)
        return;
    m_from = from;
    m_to = to;
    m_fromMs = from.isValid() ? from.startOfDay().toMSecsSinceEpoch() : 0;
    m_toMs = to.isValid() ? to.addDays(1).startOfDay().toMSecsSinceEpoch() : 0;
    refilter();
}

void JobFilterProxyModel::setJobIds(const QStringList &ids)
{
    QSet<QString> set;
    for (const QString &id : ids) {
        if (!id.trimmed().isEmpty())
            set.insert(id.trimmed());
    }
    if (set == m_ids)
        return;
    m_ids = set;
    refilter();
}

bool JobFilterProxyModel::hasFilter() const
{
    return m_status || !m_text.isEmpty() || m_from.isValid() || m_to.isValid() || !m_ids.isEmpty();
}

void JobFilterProxyModel::clearFilters()
{
    if (!hasFilter())
        return;
    m_status.reset();
    m_text.clear();
    m_from = m_to = {};
    m_ids.clear();
    refilter();
}

int JobFilterProxyModel::sourceRow(int proxyRow) const
{
    return mapToSource(index(proxyRow, 0)).row();
}

void JobFilterProxyModel::endFilterUpdate()
{
    if (m_deferred > 0 && --m_deferred == 0 && m_dirty)
        refilter();
}

void JobFilterProxyModel::refilter()
{
    if (m_deferred > 0) {
        m_dirty = true;
        return;
    }
    m_dirty = false;
    // A full rebuild (one layoutChanged) instead of the incremental filter: with 100,000 rows the
    // incremental path emits one rowsRemoved per scattered range, tens of thousands of them.
    // Persistent indexes (the selection) survive a layout change.
    invalidate();
    Q_EMIT filterChanged();
}

bool JobFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (sourceParent.isValid() || !m_jobs)
        return !sourceParent.isValid();
    if (m_status && m_jobs->displayStatus(sourceRow) != *m_status)
        return false;
    if (!m_ids.isEmpty() && !m_ids.contains(m_jobs->jobId(sourceRow)))
        return false;
    if (m_from.isValid() || m_to.isValid()) {
        const std::optional<qint64> created = m_jobs->createdMs(sourceRow);
        if (!created)
            return false;
        if (m_from.isValid() && *created < m_fromMs)
            return false;
        if (m_to.isValid() && *created >= m_toMs)
            return false;
    }
    return m_text.isEmpty() || m_jobs->matchesText(sourceRow, m_text);
}

bool JobFilterProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (m_jobs && left.model() == m_jobs) {
        const int order = m_jobs->compareRows(left.row(), right.row(), left.column());
        if (order != 0)
            return order < 0;
        return m_jobs->jobId(left.row()) < m_jobs->jobId(right.row());
    }
    const int order = JobTableModel::compareValues(left.data(JobTableModel::RawValueRole),
                                                   right.data(JobTableModel::RawValueRole));
    if (order != 0)
        return order < 0;
    // Equal keys keep a stable, predictable order: by job id.
    return left.data(JobTableModel::IdRole).toString() < right.data(JobTableModel::IdRole).toString();
}

} // namespace docket::ui
