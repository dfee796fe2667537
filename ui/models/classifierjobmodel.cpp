// SPDX-FileCopyrightText: 2026 The Docket authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/classifierjobmodel.h"

using namespace Qt::Literals::StringLiterals;

namespace docket::ui {

namespace {
QString ruleTypes(const api::ClassifyJob &job)
{
    QStringList types;
    types.reserve(job.rules.size());
    for (const api::Rule &rule : job.rules)
        types.append(rule.type);
    return types.join(", "_L1);
}
} // namespace

ClassifierJobModel::ClassifierJobModel(api::ApiClient *client, QObject *parent)
    : JobTable(jobs::JobFamily::ClassifierV1, parent)
{
    if (!client)
        return;
    m_api.emplace(client);
    using Pager = api::CursorPager<api::ClassifyJob>;
    setPager(new Pager(
        [this](const std::optional<QString> &token, QObject *context, std::function<void(api::Result<Pager::Page>)> done) {
            return m_api->listJobs({PageSize, token}, context, std::move(done));
        },
        [this](const Pager::Page &page) { upsertJobs(page.items); }));
    // A job that changed may have new results; the next request must fetch them again.
    connect(this, &JobTableModel::jobChanged, this, [this](const QString &id) { m_resultsRequested.remove(id); });
}

JobTableModel::ColumnKind ClassifierJobModel::columnKind(int column) const
{
    switch (column) {
    case Status: return ColumnKind::Status;
    case RuleTypes: return ColumnKind::LongText;
    case Created:
    case Updated: return ColumnKind::Time;
    case JobId: return ColumnKind::Id;
    default: return ColumnKind::Text;
    }
}

QVariant ClassifierJobModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Status: return tr("Status");
    case RuleTypes: return tr("Rule types");
    case Mode: return tr("Mode");
    case Language: return tr("Language");
    case Created: return tr("Created");
    case Updated: return tr("Updated");
    case JobId: return tr("Job ID");
    default: return {};
    }
}

QVariant ClassifierJobModel::displayValue(const api::ClassifyJob &job, int column) const
{
    switch (column) {
    case Status: return statusOf(job).displayText();
    case RuleTypes: return ruleTypes(job);
    case Mode: return job.mode;
    case Language: return job.parsingConfiguration.lang;
    case Created: return formatTime(job.createdAt);
    case Updated: return formatTime(job.updatedAt);
    case JobId: return job.id;
    default: return {};
    }
}

int ClassifierJobModel::compareJobs(const api::ClassifyJob &a, const api::ClassifyJob &b, int column) const
{
    switch (column) {
    case Created: return compareTimes(a.createdAt, b.createdAt);
    case Updated: return compareTimes(a.updatedAt, b.updatedAt);
    case JobId: return a.id.compare(b.id);
    default: return NotTyped;
    }
}

QVariant ClassifierJobModel::rawValue(const api::ClassifyJob &job, int column) const
{
    switch (column) {
    case Status: return int(statusOf(job).status);
    case Created: return timeValue(job.createdAt);
    case Updated: return timeValue(job.updatedAt);
    default: return displayValue(job, column);
    }
}

bool ClassifierJobModel::matchesText(int row, QStringView needle) const
{
    const api::ClassifyJob &job = m_rows.at(row);
    if (job.id.contains(needle, Qt::CaseInsensitive))
        return true;
    for (const api::Rule &rule : job.rules) {
        if (rule.type.contains(needle, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

void ClassifierJobModel::setResults(const QString &jobId, const QList<api::FileClassification> &results)
{
    m_results.insert(jobId, results);
    m_resultsRequested.insert(jobId);
    Q_EMIT resultsChanged(jobId);
}

void ClassifierJobModel::requestResults(const QString &jobId)
{
    if (!m_api || m_resultsRequested.contains(jobId))
        return;
    m_resultsRequested.insert(jobId);
    m_api->getResults(jobId, this, [this, jobId](api::Result<api::ClassifyJobResults> result) {
        if (!result) {
            m_resultsRequested.remove(jobId);
            Q_EMIT resultsFailed(jobId, result.error());
            return;
        }
        setResults(jobId, result.value().items);
    });
}

void ClassifierJobModel::clearRows()
{
    JobTable::clearRows();
    m_results.clear();
    m_resultsRequested.clear();
}

} // namespace docket::ui
