// SPDX-FileCopyrightText: 2026 The Docket authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "jobs/jobstatus.h"

#include <QDate>
#include <QSet>
#include <QSortFilterProxyModel>

#include <optional>

namespace docket::ui {

class JobTableModel;

// Filtering over loaded rows and sorting for one job view, on top of a JobTableModel. The filter
// bar calls the typed setters and nothing else; filtering reads the model's typed accessors
// (cached status, creation time, text match), never display strings, so 100,000 rows filter in
// milliseconds. Sorting compares RawValueRole (dates as numbers, confidence as a double).
class JobFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit JobFilterProxyModel(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *model) override;
    JobTableModel *jobModel() const { return m_jobs; }

    void setStatusFilter(std::optional<jobs::DisplayStatus> status);
    std::optional<jobs::DisplayStatus> statusFilter() const { return m_status; }
    void setSearchText(const QString &text);
    QString searchText() const { return m_text; }
    // Inclusive local dates; a null date leaves that end open.
    void setDateRange(const QDate &from, const QDate &to);
    QDate dateFrom() const { return m_from; }
    QDate dateTo() const { return m_to; }
    void setJobIds(const QStringList &ids);
    QStringList jobIds() const { return {m_ids.cbegin(), m_ids.cend()}; }

    // Between these, setters only note the change; the end applies all of them in one pass (the
    // filter bar changes several filters at once, and each pass re-sorts the rows).
    void beginFilterUpdate() { ++m_deferred; }
    void endFilterUpdate();

    bool hasFilter() const;
    void clearFilters();

    // The source row of a proxy row (for the details pane and actions).
    int sourceRow(int proxyRow) const;

Q_SIGNALS:
    void filterChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    void refilter();

    JobTableModel *m_jobs = nullptr;
    std::optional<jobs::DisplayStatus> m_status;
    QString m_text;
    QDate m_from;
    QDate m_to;
    qint64 m_fromMs = 0;
    qint64 m_toMs = 0;
    QSet<QString> m_ids;
    int m_deferred = 0;
    bool m_dirty = false;
};

} // namespace docket::ui
