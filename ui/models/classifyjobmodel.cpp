// SPDX-FileCopyrightText: 2026 The Docket authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/classifyjobmodel.h"

#include "models/filenamecache.h"

using namespace Qt::Literals::StringLiterals;

namespace docket::ui {

namespace {
constexpr int MaxSharedConfigurations = 1000;

size_t hashOf(const api::ClassifyV2Configuration &configuration)
{
    size_t seed = qHash(configuration.mode);
    for (const api::Rule &rule : configuration.rules)
        seed = qHashMulti(seed, rule.type, rule.description);
    return seed;
}

bool isFileId(const api::ClassifyV2Job &job)
{
    return job.documentInputType == "file_id"_L1 || job.fileInput.startsWith("dfl-"_L1);
}
} // namespace

ClassifyJobModel::ClassifyJobModel(api::ApiClient *client, QObject *parent)
    : JobTable(jobs::JobFamily::ClassifyV2, parent)
{
    if (!client)
        return;
    m_api.emplace(client);
    m_names = new FileNameCache(client, this);
    connect(m_names, &FileNameCache::namesResolved, this, &ClassifyJobModel::onNamesResolved);
    using Pager = api::CursorPager<api::ClassifyV2Job>;
    setPager(new Pager(
        [this](const std::optional<QString> &token, QObject *context, std::function<void(api::Result<Pager::Page>)> done) {
            api::ClassifyV2ListQuery query = m_query;
            query.pageSize = PageSize;
            query.pageToken = token;
            return m_api->list(query, context, std::move(done));
        },
        [this](const Pager::Page &page) { upsertJobs(page.items); }));
}

JobTableModel::ColumnKind ClassifyJobModel::columnKind(int column) const
{
    switch (column) {
    case Status: return ColumnKind::Status;
    case Document: return ColumnKind::LongText;
    case Confidence: return ColumnKind::Number;
    case Created:
    case Updated: return ColumnKind::Time;
    case JobId:
    case ConfigurationId: return ColumnKind::Id;
    default: return ColumnKind::Text;
    }
}

QVariant ClassifyJobModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Status: return tr("Status");
    case Document: return tr("Document");
    case ResultType: return tr("Result type");
    case Confidence: return tr("Confidence");
    case Created: return tr("Created");
    case Updated: return tr("Updated");
    case JobId: return tr("Job ID");
    case ConfigurationId: return tr("Configuration ID");
    default: return {};
    }
}

QString ClassifyJobModel::documentName(const api::ClassifyV2Job &job) const
{
    if (m_names && isFileId(job)) {
        const QString name = m_names->name(job.fileInput);
        if (!name.isEmpty())
            return name;
    }
    return job.fileInput;
}

QVariant ClassifyJobModel::displayValue(const api::ClassifyV2Job &job, int column) const
{
    switch (column) {
    case Status: return statusOf(job).displayText();
    case Document: return documentName(job);
    case ResultType:
        if (!job.result)
            return QString();
        return job.result->type ? *job.result->type : tr("No match");
    case Confidence:
        return job.result ? QStringLiteral("%1 %").arg(qRound(job.result->confidence * 100)) : QString();
    case Created: return formatTime(job.createdAt);
    case Updated: return formatTime(job.updatedAt);
    case JobId: return job.id;
    case ConfigurationId: return job.configurationId.value_or(QString());
    default: return {};
    }
}

QVariant ClassifyJobModel::rawValue(const api::ClassifyV2Job &job, int column) const
{
    switch (column) {
    case Status: return int(statusOf(job).status);
    case Confidence: return job.result ? job.result->confidence : -1.0;
    case Created: return timeValue(job.createdAt);
    case Updated: return timeValue(job.updatedAt);
    default: return displayValue(job, column);
    }
}

int ClassifyJobModel::compareJobs(const api::ClassifyV2Job &a, const api::ClassifyV2Job &b, int column) const
{
    switch (column) {
    case Created: return compareTimes(a.createdAt, b.createdAt);
    case Updated: return compareTimes(a.updatedAt, b.updatedAt);
    case Confidence: {
        const double x = a.result ? a.result->confidence : -1.0;
        const double y = b.result ? b.result->confidence : -1.0;
        return x < y ? -1 : x > y ? 1 : 0;
    }
    case JobId: return a.id.compare(b.id);
    default: return NotTyped;
    }
}

QVariant ClassifyJobModel::toolTip(const api::ClassifyV2Job &job, int column) const
{
    switch (column) {
    case Status: return tr("%1 (server: %2)").arg(statusOf(job).displayText(), job.status);
    case Document: {
        const QString name = documentName(job);
        return name == job.fileInput ? name : QStringLiteral("%1\n%2").arg(name, job.fileInput);
    }
    case ResultType:
        return job.result && job.result->type ? *job.result->type
               : job.result                   ? tr("No rule matched this document")
                                              : QString();
    default: return displayValue(job, column);
    }
}

QVariant ClassifyJobModel::alignment(int column) const
{
    if (column == Confidence)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

bool ClassifyJobModel::matchesText(int row, QStringView needle) const
{
    const api::ClassifyV2Job &job = m_rows.at(row);
    const auto has = [needle](QStringView text) { return text.contains(needle, Qt::CaseInsensitive); };
    return has(job.id) || has(job.fileInput) || (m_names && has(m_names->name(job.fileInput)))
           || (job.result && job.result->type && has(*job.result->type))
           || (job.configurationId && has(*job.configurationId));
}

bool ClassifyJobModel::hasServerFilter() const
{
    return m_query.status || !m_query.jobIds.isEmpty() || m_query.configurationId || m_query.createdAtOnOrAfter
           || m_query.createdAtOnOrBefore;
}

void ClassifyJobModel::setServerQuery(const api::ClassifyV2ListQuery &query, bool reloadNow)
{
    m_query = query;
    m_query.pageSize.reset();
    m_query.pageToken.reset();
    if (reloadNow)
        reload();
}

QString ClassifyJobModel::sharedString(const QString &value)
{
    if (value.isEmpty())
        return value;
    return *m_strings.insert(value);
}

api::ClassifyV2Job ClassifyJobModel::intern(const api::ClassifyV2Job &incoming)
{
    api::ClassifyV2Job job = incoming;
    job.projectId = sharedString(job.projectId);
    job.userId = sharedString(job.userId);
    job.status = sharedString(job.status);
    job.documentInputType = sharedString(job.documentInputType);
    if (job.configurationId)
        job.configurationId = sharedString(*job.configurationId);
    const size_t key = hashOf(job.configuration);
    bool shared = false;
    for (auto it = m_configurations.constFind(key); it != m_configurations.cend() && it.key() == key; ++it) {
        if (*it == job.configuration) {
            job.configuration = *it;
            shared = true;
            break;
        }
    }
    if (!shared && m_configurations.size() < MaxSharedConfigurations)
        m_configurations.insert(key, job.configuration);
    if (m_names && isFileId(job))
        m_names->request(job.fileInput);
    return job;
}

void ClassifyJobModel::onNamesResolved(const QStringList &fileIds)
{
    const QSet<QString> ids(fileIds.cbegin(), fileIds.cend());
    for (int row = 0; row < int(m_rows.size()); ++row) {
        if (ids.contains(m_rows.at(row).fileInput)) {
            const QModelIndex cell = index(row, Document);
            Q_EMIT dataChanged(cell, cell, {Qt::DisplayRole, RawValueRole, Qt::ToolTipRole, Qt::AccessibleTextRole});
            Q_EMIT jobChanged(m_rows.at(row).id);
        }
    }
}

} // namespace docket::ui
