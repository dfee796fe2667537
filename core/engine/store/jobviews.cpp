// SPDX-FileCopyrightText: 2026 The Docket authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/store/jobviews.h"

using namespace Qt::Literals::StringLiterals;

namespace docket::engine {

QString v1StatusFor(const TaskCounts &c)
{
    if (c.terminal() < c.total())
        return QStringLiteral("PENDING");
    if (c.completed == c.total())
        return QStringLiteral("SUCCESS");
    if (c.completed > 0)
        return QStringLiteral("PARTIAL_SUCCESS");
    if (c.cancelled == c.total())
        return QStringLiteral("CANCELLED");
    return QStringLiteral("ERROR");
}

api::ClassifyJob v1JobView(EngineStore &store, const V1Job &job, const QString &userId)
{
    api::JsonReader reader(job.body);
    api::ClassifyJob dto;
    dto.id = job.id;
    dto.projectId = job.projectId;
    dto.userId = userId;
    dto.rules = reader.list<api::Rule>("rules"_L1);
    dto.mode = job.body.value("mode"_L1).toString(QStringLiteral("FAST"));
    api::JsonReader parsing(job.body.value("parsing_configuration"_L1).toObject());
    dto.parsingConfiguration = api::ParsingConfigurationV1::read(parsing);
    const TaskCounts c = store.countsOf(job.id);
    dto.status = v1StatusFor(c);
    if (c.failed > 0) {
        const QList<Task> failed = store.tasksOf(job.id, QStringLiteral("FAILED"), 1, 0);
        dto.errorMessage = QStringLiteral("%1 of %2 file(s) failed; first error: %3")
                               .arg(c.failed)
                               .arg(c.total())
                               .arg(failed.isEmpty() ? QString() : failed.first().errorMessage.value_or(QString()));
    }
    dto.createdAt = EngineStore::fromMs(job.createdMs);
    dto.updatedAt = EngineStore::fromMs(job.updatedMs);
    return dto;
}

QString batchStatusFor(const BatchRecord &b, const TaskCounts &c)
{
    if (b.cancelled)
        return QStringLiteral("cancelled");
    if (c.total() > 0 && c.terminal() == c.total())
        return c.failed == c.total() ? QStringLiteral("failed") : QStringLiteral("completed");
    if (c.running > 0 || c.terminal() > 0)
        return QStringLiteral("running");
    return QStringLiteral("pending");
}

api::BatchJob batchView(EngineStore &store, const BatchRecord &b)
{
    return batchView(b, store.countsOf(b.id));
}

api::BatchJob batchView(const BatchRecord &b, const TaskCounts &c)
{
    api::BatchJob dto;
    dto.id = b.id;
    dto.projectId = b.projectId;
    dto.jobType = QStringLiteral("classify");
    dto.totalItems = c.total();
    dto.processedItems = c.completed + c.failed;
    dto.failedItems = c.failed;
    dto.skippedItems = 0;
    dto.status = batchStatusFor(b, c);
    if (dto.status == "failed"_L1)
        dto.errorMessage = QStringLiteral("All %1 item(s) failed").arg(c.failed);
    dto.directoryId = b.directoryId;
    if (b.startedMs)
        dto.startedAt = EngineStore::fromMs(*b.startedMs);
    if (b.completedMs)
        dto.completedAt = EngineStore::fromMs(*b.completedMs);
    dto.createdAt = EngineStore::fromMs(b.createdMs);
    dto.updatedAt = EngineStore::fromMs(b.updatedMs);
    return dto;
}

} // namespace docket::engine
