// SPDX-FileCopyrightText: 2026 The Docket authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/apierror.h"
#include "api/pager.h"
#include "jobs/jobstatus.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QLocale>

#include <array>
#include <limits>
#include <optional>

namespace docket::ui {

// What the three job models share: the roles, the paging through the server list
// (canFetchMore/fetchMore, one page of 100 at a time), the live status counts and the load state.
// The rows themselves live in JobTable<Job>; the proxy, the filter bar, the poller wiring and the
// main window talk to this interface only, whatever the family.
class JobTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role {
        RawValueRole = Qt::UserRole + 1, // typed value for sorting: qint64 ms for dates, double, int, QString
        IdRole,                          // the job's id, in every column
        StatusRole,                      // int(jobs::DisplayStatus); changes are signalled on StatusColumn
    };
    static constexpr int PageSize = 100;
    static constexpr int StatusCount = int(jobs::DisplayStatus::Unknown) + 1;

    jobs::JobFamily family() const { return m_family; }

    virtual QString jobId(int row) const = 0;
    virtual jobs::JobStatus jobStatus(int row) const = 0;
    virtual jobs::DisplayStatus displayStatus(int row) const = 0;
    // Milliseconds since the epoch, or nullopt when the server gave no creation time.
    virtual std::optional<qint64> createdMs(int row) const = 0;
    // Case-insensitive search over the row's identifying texts (id, document, type, …).
    virtual bool matchesText(int row, QStringView needle) const = 0;
    // The job exactly as the server described it, for JSON export.
    virtual QJsonObject jobJson(int row) const = 0;
    virtual int rowOf(const QString &id) const = 0;
    // Ids of loaded jobs that are not terminal yet: what the poller must watch.
    virtual QStringList activeJobIds() const = 0;
    // Sort order of two rows by one column, without building QVariants: the proxy sorts 100,000
    // rows with this. Negative, zero or positive like strcmp.
    virtual int compareRows(int left, int right, int column) const = 0;
    // RawValueRole values: text by the locale's collation, anything else as a number (dates are
    // ms since the epoch, well inside a double's exact range).
    static int compareValues(const QVariant &a, const QVariant &b)
    {
        if (a.typeId() == QMetaType::QString || b.typeId() == QMetaType::QString)
            return a.toString().localeAwareCompare(b.toString());
        const double x = a.toDouble();
        const double y = b.toDouble();
        return x < y ? -1 : x > y ? 1 : 0;
    }
    // What a column holds, so the view can give it a sensible width without measuring rows.
    enum class ColumnKind { Status, Time, Id, Text, LongText, Number, Progress };
    virtual ColumnKind columnKind(int column) const = 0;
    // The column that shows the status badge.
    static constexpr int StatusColumn = 0;

    // Loaded rows per display status, indexed by int(DisplayStatus).
    const std::array<int, StatusCount> &statusCounts() const { return m_counts; }
    bool isLoading() const { return m_pager && m_pager->isFetching(); }
    const std::optional<api::ApiError> &lastError() const { return m_lastError; }
    // Whether the list was asked of the server with filters (so an empty list means "no match").
    virtual bool hasServerFilter() const { return false; }

    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

public Q_SLOTS:
    // Drops every row and asks the server for the first page again (after a profile switch or
    // a filter change, or when the user says Refresh).
    void reload();

Q_SIGNALS:
    void loadingChanged(bool loading);
    void loadFailed(const docket::api::ApiError &error);
    void statusCountsChanged();
    // Rows whose jobs are not terminal appeared or came back: the poller should watch them.
    void activeJobsAppeared(docket::jobs::JobFamily family, const QStringList &ids);
    // A job the app itself created was added (submitted in this run: the notifier follows it).
    void submittedJobAdded(docket::jobs::JobFamily family, const QString &id);
    // The content of one job changed (the details pane refreshes when it shows that job).
    void jobChanged(const QString &id);

protected:
    JobTableModel(jobs::JobFamily family, QObject *parent);

    // The model takes ownership. The pager's page handler must call the rows' upsert.
    void setPager(api::Pager *pager);
    virtual void clearRows() = 0;
    void countStatus(jobs::DisplayStatus status, int delta) { m_counts[std::size_t(status)] += delta; }
    void resetCounts() { m_counts.fill(0); }

    static QString formatTime(const std::optional<QDateTime> &time);
    static QVariant timeValue(const std::optional<QDateTime> &time);

private:
    jobs::JobFamily m_family;
    api::Pager *m_pager = nullptr;
    std::optional<api::ApiError> m_lastError;
    std::array<int, StatusCount> m_counts{};
};

// The rows of one job family: a list in arrival order and an id -> row hash. upsert() inserts new
// jobs in one beginInsertRows and signals dataChanged for a changed row over the columns whose
// values changed only, so views keep selection, scroll position and sort order.
template<class Job>
class JobTable : public JobTableModel
{
public:
    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : int(m_rows.size()); }

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
            return {};
        const Job &job = m_rows.at(index.row());
        switch (role) {
        case Qt::DisplayRole:
            return displayValue(job, index.column());
        case RawValueRole:
            return rawValue(job, index.column());
        case IdRole:
            return job.id;
        case StatusRole:
            return int(m_status.at(index.row()));
        case Qt::AccessibleTextRole:
            if (index.column() == StatusColumn)
                return JobTableModel::tr("Status: %1").arg(statusOf(job).displayText());
            return displayValue(job, index.column());
        case Qt::ToolTipRole:
            return toolTip(job, index.column());
        case Qt::TextAlignmentRole:
            return alignment(index.column());
        default:
            return {};
        }
    }

    const Job &job(int row) const { return m_rows.at(row); }

    int compareRows(int left, int right, int column) const override
    {
        const Job &a = m_rows.at(left);
        const Job &b = m_rows.at(right);
        if (column == StatusColumn)
            return int(m_status.at(left)) - int(m_status.at(right));
        if (column == createdColumn()) {
            const qint64 x = m_createdMs.at(left);
            const qint64 y = m_createdMs.at(right);
            return x < y ? -1 : x > y ? 1 : 0;
        }
        if (const int typed = compareJobs(a, b, column); typed != NotTyped)
            return typed;
        return compareValues(rawValue(a, column), rawValue(b, column));
    }
    const Job *find(const QString &id) const
    {
        const auto it = m_index.constFind(id);
        return it == m_index.cend() ? nullptr : &m_rows.at(*it);
    }

    QString jobId(int row) const override { return m_rows.at(row).id; }
    jobs::JobStatus jobStatus(int row) const override { return statusOf(m_rows.at(row)); }
    jobs::DisplayStatus displayStatus(int row) const override { return m_status.at(row); }
    std::optional<qint64> createdMs(int row) const override
    {
        const qint64 ms = m_createdMs.at(row);
        return ms == NoTime ? std::nullopt : std::optional<qint64>(ms);
    }
    QJsonObject jobJson(int row) const override { return m_rows.at(row).toJson(); }
    int rowOf(const QString &id) const override { return m_index.value(id, -1); }
    QStringList activeJobIds() const override
    {
        QStringList ids;
        for (qsizetype row = 0; row < m_rows.size(); ++row) {
            if (!statusOf(m_rows.at(row)).isTerminal())
                ids.append(m_rows.at(row).id);
        }
        return ids;
    }

    // Inserts new jobs at the end and updates known ones in place. Returns the ids of the jobs
    // that are not terminal, for the poller.
    QStringList upsertJobs(const QList<Job> &jobs)
    {
        QList<Job> added;
        QStringList active;
        bool countsChanged = false;
        for (const Job &incoming : jobs) {
            const jobs::DisplayStatus status = statusOf(incoming).status;
            if (!statusOf(incoming).isTerminal())
                active.append(incoming.id);
            const int row = m_index.value(incoming.id, -1);
            if (row < 0) {
                const auto pending = m_pendingIndex.constFind(incoming.id);
                if (pending != m_pendingIndex.cend()) {
                    added[*pending] = intern(incoming);
                    continue;
                }
                m_pendingIndex.insert(incoming.id, int(added.size()));
                added.append(intern(incoming));
                continue;
            }
            if (m_rows.at(row) == incoming)
                continue;
            Job updated = intern(incoming);
            int first = -1;
            int last = -1;
            for (int column = 0; column < columnCount(); ++column) {
                if (rawValue(m_rows.at(row), column) != rawValue(updated, column)
                    || displayValue(m_rows.at(row), column) != displayValue(updated, column)) {
                    if (first < 0)
                        first = column;
                    last = column;
                }
            }
            const jobs::DisplayStatus old = m_status.at(row);
            m_createdMs[row] = msOf(updated.createdAt);
            m_rows[row] = std::move(updated);
            m_status[row] = status;
            if (old != status) {
                countStatus(old, -1);
                countStatus(status, +1);
                countsChanged = true;
            }
            if (first >= 0) {
                QList<int> roles{Qt::DisplayRole, RawValueRole, Qt::ToolTipRole, Qt::AccessibleTextRole};
                if (old != status)
                    roles.append(StatusRole); // the status column changed too, and it is column 0
                Q_EMIT dataChanged(index(row, first), index(row, last), roles);
            }
            Q_EMIT jobChanged(incoming.id);
        }
        m_pendingIndex.clear();
        if (!added.isEmpty()) {
            const int first = int(m_rows.size());
            beginInsertRows({}, first, first + int(added.size()) - 1);
            for (Job &job : added) {
                m_index.insert(job.id, int(m_rows.size()));
                const jobs::DisplayStatus status = statusOf(job).status;
                m_status.append(status);
                m_createdMs.append(msOf(job.createdAt));
                countStatus(status, +1);
                m_rows.append(std::move(job));
            }
            endInsertRows();
            countsChanged = true;
        }
        if (countsChanged)
            Q_EMIT statusCountsChanged();
        if (!active.isEmpty())
            Q_EMIT activeJobsAppeared(family(), active);
        return active;
    }

    // A job this app created: shown at once, watched by the poller, followed by the notifier.
    void adopt(const Job &job)
    {
        upsertJobs({job});
        Q_EMIT submittedJobAdded(family(), job.id);
    }

protected:
    using JobTableModel::JobTableModel;

    jobs::JobStatus statusOf(const Job &job) const { return jobs::JobStatus::fromRaw(family(), job.status); }

    virtual QVariant displayValue(const Job &job, int column) const = 0;
    virtual QVariant rawValue(const Job &job, int column) const = 0;
    virtual QVariant toolTip(const Job &job, int column) const { return displayValue(job, column); }
    // Typed comparisons for the columns a model can compare directly; NotTyped falls back to
    // rawValue().
    static constexpr int NotTyped = std::numeric_limits<int>::min();
    virtual int compareJobs(const Job &a, const Job &b, int column) const
    {
        Q_UNUSED(a);
        Q_UNUSED(b);
        Q_UNUSED(column);
        return NotTyped;
    }
    static int compareTimes(const std::optional<QDateTime> &a, const std::optional<QDateTime> &b)
    {
        const qint64 x = a ? a->toMSecsSinceEpoch() : 0;
        const qint64 y = b ? b->toMSecsSinceEpoch() : 0;
        return x < y ? -1 : x > y ? 1 : 0;
    }
    virtual QVariant alignment(int column) const
    {
        Q_UNUSED(column);
        return {};
    }
    // Lets a model share repeated parts (rule lists, project ids) between rows to save memory.
    virtual Job intern(const Job &job) { return job; }

    void clearRows() override
    {
        m_rows.clear();
        m_status.clear();
        m_createdMs.clear();
        m_index.clear();
        resetCounts();
    }

    QList<Job> m_rows;
    QList<jobs::DisplayStatus> m_status; // cached per row: filters and counts read it often
    QList<qint64> m_createdMs;           // cached per row: the date filter and the default sort read it
    static constexpr qint64 NoTime = std::numeric_limits<qint64>::min();
    static qint64 msOf(const std::optional<QDateTime> &time)
    {
        return time && time->isValid() ? time->toMSecsSinceEpoch() : NoTime;
    }
    // The column that shows the creation time (every family has one).
    virtual int createdColumn() const = 0;
    QHash<QString, int> m_index;

private:
    QHash<QString, int> m_pendingIndex; // ids added within one upsertJobs call
};

} // namespace docket::ui
