// SPDX-FileCopyrightText: 2026 The Docket authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/jobtablemodel.h"

namespace docket::ui {

JobTableModel::JobTableModel(jobs::JobFamily family, QObject *parent)
    : QAbstractTableModel(parent), m_family(family)
{
}

void JobTableModel::setPager(api::Pager *pager)
{
    delete m_pager;
    m_pager = pager;
    m_pager->setParent(this);
    connect(m_pager, &api::Pager::pageFetched, this, [this] {
        m_lastError.reset();
        Q_EMIT loadingChanged(false);
    });
    connect(m_pager, &api::Pager::failed, this, [this](const api::ApiError &error) {
        m_lastError = error;
        Q_EMIT loadingChanged(false);
        Q_EMIT loadFailed(error);
    });
}

bool JobTableModel::canFetchMore(const QModelIndex &parent) const
{
    // After a failed page the view must not ask again on every scroll: Refresh retries.
    return !parent.isValid() && m_pager && m_pager->hasMore() && !m_pager->isFetching() && !m_lastError;
}

void JobTableModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    if (m_pager->fetchNext())
        Q_EMIT loadingChanged(true);
}

void JobTableModel::reload()
{
    beginResetModel();
    clearRows();
    m_lastError.reset();
    if (m_pager)
        m_pager->reset();
    endResetModel();
    Q_EMIT statusCountsChanged();
    if (m_pager && m_pager->fetchNext())
        Q_EMIT loadingChanged(true);
}

QString JobTableModel::formatTime(const std::optional<QDateTime> &time)
{
    if (!time || !time->isValid())
        return {};
    // ISO-like and local: sortable by eye, unambiguous in every locale, seconds dropped.
    return time->toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QVariant JobTableModel::timeValue(const std::optional<QDateTime> &time)
{
    if (!time || !time->isValid())
        return QVariant::fromValue<qint64>(0);
    return QVariant::fromValue<qint64>(time->toMSecsSinceEpoch());
}

} // namespace docket::ui
