// SPDX-FileCopyrightText: 2026 The Docket authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/jobfilter.h"

#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace docket::ui {

bool JobFilter::isEmpty() const
{
    return !status && !from.isValid() && !to.isValid() && configurationId.isEmpty() && jobIds.isEmpty()
           && text.isEmpty();
}

QVariantMap JobFilter::toVariant() const
{
    QVariantMap map;
    if (status)
        map.insert("status"_L1, int(*status));
    if (from.isValid())
        map.insert("from"_L1, from.toString(Qt::ISODate));
    if (to.isValid())
        map.insert("to"_L1, to.toString(Qt::ISODate));
    if (!configurationId.isEmpty())
        map.insert("configurationId"_L1, configurationId);
    if (!jobIds.isEmpty())
        map.insert("jobIds"_L1, jobIds);
    if (!text.isEmpty())
        map.insert("text"_L1, text);
    return map;
}

JobFilter JobFilter::fromVariant(const QVariantMap &map)
{
    JobFilter filter;
    bool ok = false;
    const int status = map.value("status"_L1).toInt(&ok);
    if (ok && status >= 0 && status <= int(jobs::DisplayStatus::Unknown))
        filter.status = jobs::DisplayStatus(status);
    filter.from = QDate::fromString(map.value("from"_L1).toString(), Qt::ISODate);
    filter.to = QDate::fromString(map.value("to"_L1).toString(), Qt::ISODate);
    filter.configurationId = map.value("configurationId"_L1).toString().trimmed();
    filter.jobIds = map.value("jobIds"_L1).toStringList();
    filter.text = map.value("text"_L1).toString();
    return filter;
}

QStringList JobFilter::splitIds(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[\\s,;]+"));
    return text.split(separators, Qt::SkipEmptyParts);
}

std::optional<QString> JobFilter::serverStatus(jobs::JobFamily family, jobs::DisplayStatus status)
{
    using jobs::DisplayStatus;
    const bool batch = family == jobs::JobFamily::Batch;
    switch (family == jobs::JobFamily::ClassifierV1 ? DisplayStatus::Unknown : status) {
    case DisplayStatus::Queued: return batch ? QStringLiteral("pending") : QStringLiteral("PENDING");
    case DisplayStatus::Running: return batch ? std::nullopt : std::optional<QString>(QStringLiteral("RUNNING"));
    case DisplayStatus::Succeeded: return batch ? QStringLiteral("completed") : QStringLiteral("COMPLETED");
    case DisplayStatus::Failed: return batch ? QStringLiteral("failed") : QStringLiteral("FAILED");
    case DisplayStatus::Cancelled: return batch ? QStringLiteral("cancelled") : QStringLiteral("CANCELLED");
    case DisplayStatus::PartiallySucceeded:
    case DisplayStatus::Unknown: break;
    }
    return std::nullopt;
}

api::ClassifyV2ListQuery JobFilter::v2Query() const
{
    api::ClassifyV2ListQuery query;
    if (status)
        query.status = serverStatus(jobs::JobFamily::ClassifyV2, *status);
    query.jobIds = jobIds;
    if (!configurationId.isEmpty())
        query.configurationId = configurationId;
    if (from.isValid())
        query.createdAtOnOrAfter = from.startOfDay().toUTC();
    if (to.isValid())
        query.createdAtOnOrBefore = to.endOfDay().toUTC();
    return query;
}

api::BatchListQuery JobFilter::batchQuery() const
{
    api::BatchListQuery query;
    if (status)
        query.status = serverStatus(jobs::JobFamily::Batch, *status);
    return query;
}

} // namespace docket::ui
