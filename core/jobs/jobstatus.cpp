// SPDX-FileCopyrightText: 2026 The Docket authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "jobs/jobstatus.h"

#include <optional>

namespace docket::jobs {

namespace {

struct Mapping
{
    const char *raw; // upper-case
    DisplayStatus status;
};

// Words shared by every family first, then each family's own.
constexpr Mapping Common[] = {{"PENDING", DisplayStatus::Queued}, {"CANCELLED", DisplayStatus::Cancelled}};
constexpr Mapping V1[] = {{"SUCCESS", DisplayStatus::Succeeded},
                          {"PARTIAL_SUCCESS", DisplayStatus::PartiallySucceeded},
                          {"ERROR", DisplayStatus::Failed}};
constexpr Mapping V2[] = {{"RUNNING", DisplayStatus::Running},
                          {"COMPLETED", DisplayStatus::Succeeded},
                          {"FAILED", DisplayStatus::Failed}};
constexpr Mapping Batch[] = {{"RUNNING", DisplayStatus::Running},
                             {"DISPATCHED", DisplayStatus::Running},
                             {"COMPLETED", DisplayStatus::Succeeded},
                             {"FAILED", DisplayStatus::Failed}};

template<std::size_t N>
std::optional<DisplayStatus> lookUp(const Mapping (&table)[N], const QString &upper)
{
    for (const Mapping &m : table)
        if (upper == QLatin1String(m.raw))
            return m.status;
    return std::nullopt;
}

} // namespace

DisplayStatus JobStatus::map(JobFamily family, const QString &raw)
{
    const QString upper = raw.trimmed().toUpper();
    if (const auto common = lookUp(Common, upper))
        return *common;
    std::optional<DisplayStatus> own;
    switch (family) {
    case JobFamily::ClassifierV1: own = lookUp(V1, upper); break;
    case JobFamily::ClassifyV2: own = lookUp(V2, upper); break;
    case JobFamily::Batch: own = lookUp(Batch, upper); break;
    }
    return own.value_or(DisplayStatus::Unknown);
}

JobStatus JobStatus::fromRaw(JobFamily family, const QString &raw)
{
    return JobStatus{family, raw, map(family, raw)};
}

bool JobStatus::isTerminal() const
{
    switch (status) {
    case DisplayStatus::Succeeded:
    case DisplayStatus::PartiallySucceeded:
    case DisplayStatus::Failed:
    case DisplayStatus::Cancelled:
        return true;
    case DisplayStatus::Queued:
    case DisplayStatus::Running:
    case DisplayStatus::Unknown:
        break;
    }
    return false;
}

bool JobStatus::canCancel() const
{
    if (family == JobFamily::ClassifierV1)
        return false;
    return status == DisplayStatus::Queued || status == DisplayStatus::Running;
}

QString JobStatus::displayText(DisplayStatus status)
{
    switch (status) {
    case DisplayStatus::Queued: return tr("Queued");
    case DisplayStatus::Running: return tr("Running");
    case DisplayStatus::Succeeded: return tr("Succeeded");
    case DisplayStatus::PartiallySucceeded: return tr("Partially succeeded");
    case DisplayStatus::Failed: return tr("Failed");
    case DisplayStatus::Cancelled: return tr("Cancelled");
    case DisplayStatus::Unknown: break;
    }
    return tr("Unknown");
}

QString JobStatus::displayText() const
{
    if (status == DisplayStatus::Unknown && !raw.trimmed().isEmpty())
        return tr("Unknown (%1)").arg(raw.trimmed());
    return displayText(status);
}

} // namespace docket::jobs
