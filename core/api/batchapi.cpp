// SPDX-FileCopyrightText: 2026 The Docket authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/batchapi.h"

#include "api/inputcheck.h"

namespace docket::api {

using namespace Qt::Literals::StringLiterals;

static QString batchPath()
{
    return QStringLiteral("/api/v1/beta/batch-processing");
}

static QString jobPath(const QString &jobId)
{
    return batchPath() + QLatin1Char('/') + RequestSpec::pathSegment(jobId);
}

static InputCheck::Outcome checkPaging(std::optional<int> limit, std::optional<int> offset)
{
    return InputCheck::first({
        InputCheck::range(QStringLiteral("limit"), limit, BatchApi::MinLimit, BatchApi::MaxLimit),
        InputCheck::atLeast(QStringLiteral("offset"), offset, 0),
    });
}

ApiRequest *BatchApi::create(const BatchJobCreateRequest &body, QObject *ctx, std::function<void(Result<BatchJob>)> done)
{
    InputCheck::Outcome problem = InputCheck::range(QStringLiteral("page_size"), int(body.pageSize), MinLimit, MaxLimit);
    const bool hasDirectory = body.directoryId && !body.directoryId->isEmpty();
    const bool hasItems = body.itemIds && !body.itemIds->isEmpty();
    if (!problem && hasDirectory == hasItems)
        problem = ApiError::invalidInput(QStringLiteral("directory_id"),
                                         InputCheck::tr("Give either a directory_id or item_ids, not both or neither."));
    return m_client->call<BatchJob>(
        RequestSpec::unlessInvalid(problem, RequestSpec::postJson(batchPath(), body.toJson(), RetrySafety::BeforeSendOnly)),
        ctx, std::move(done));
}

ApiRequest *BatchApi::list(const BatchListQuery &q, QObject *ctx, std::function<void(Result<BatchJobList>)> done)
{
    Query query;
    query.add(QStringLiteral("directory_id"), q.directoryId);
    query.add(QStringLiteral("job_type"), q.jobType);
    query.add(QStringLiteral("status"), q.status);
    query.add(QStringLiteral("limit"), q.limit);
    query.add(QStringLiteral("offset"), q.offset);
    return m_client->call<BatchJobList>(
        RequestSpec::unlessInvalid(checkPaging(q.limit, q.offset), RequestSpec::get(batchPath(), query)), ctx,
        std::move(done));
}

ApiRequest *BatchApi::status(const QString &jobId, QObject *ctx, std::function<void(Result<BatchJobStatus>)> done)
{
    return m_client->call<BatchJobStatus>(
        RequestSpec::unlessInvalid(InputCheck::id(QStringLiteral("job_id"), jobId), RequestSpec::get(jobPath(jobId))),
        ctx, std::move(done));
}

ApiRequest *BatchApi::items(const QString &jobId, const BatchItemsQuery &q, QObject *ctx,
                            std::function<void(Result<BatchItemList>)> done)
{
    Query query;
    query.add(QStringLiteral("status"), q.status);
    query.add(QStringLiteral("limit"), q.limit);
    query.add(QStringLiteral("offset"), q.offset);
    const auto problem = InputCheck::first({InputCheck::id(QStringLiteral("job_id"), jobId), checkPaging(q.limit, q.offset)});
    return m_client->call<BatchItemList>(
        RequestSpec::unlessInvalid(problem, RequestSpec::get(jobPath(jobId) + "/items"_L1, query)), ctx, std::move(done));
}

ApiRequest *BatchApi::cancel(const QString &jobId, const std::optional<QString> &reason, QObject *ctx,
                             std::function<void(Result<BatchCancelResponse>)> done)
{
    QJsonObject body;
    if (reason)
        body.insert("reason"_L1, *reason);
    // A repeated cancel cannot do extra work, so the POST may be retried like a GET.
    return m_client->call<BatchCancelResponse>(
        RequestSpec::unlessInvalid(InputCheck::id(QStringLiteral("job_id"), jobId),
                                   RequestSpec::postJson(jobPath(jobId) + "/cancel"_L1, body, RetrySafety::Idempotent)),
        ctx, std::move(done));
}

} // namespace docket::api
