// SPDX-FileCopyrightText: 2026 The Docket authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/apiclient.h"
#include "api/types.h"

#include <functional>
#include <optional>

namespace docket::api {

struct BatchListQuery
{
    std::optional<int> limit; // 1..1000, server default 50
    std::optional<int> offset; // >= 0
    std::optional<QString> directoryId;
    std::optional<QString> jobType; // parse | extract | classify
    std::optional<QString> status;
};

struct BatchItemsQuery
{
    std::optional<int> limit; // 1..1000, server default 100
    std::optional<int> offset;
    std::optional<QString> status; // pending | processing | completed | failed | skipped | cancelled
};

// The beta batch processing API (/api/v1/beta/batch-processing): one classify job over a
// directory or a list of files. Holds the ApiClient without owning it; the batch submission and
// the poller use it.
class BatchApi
{
public:
    static constexpr int MinLimit = 1;
    static constexpr int MaxLimit = 1000;

    explicit BatchApi(ApiClient *client) : m_client(client) {}

    ApiRequest *create(const BatchJobCreateRequest &body, QObject *ctx, std::function<void(Result<BatchJob>)> done); // 201
    ApiRequest *list(const BatchListQuery &q, QObject *ctx, std::function<void(Result<BatchJobList>)> done);
    ApiRequest *status(const QString &jobId, QObject *ctx, std::function<void(Result<BatchJobStatus>)> done);
    ApiRequest *items(const QString &jobId, const BatchItemsQuery &q, QObject *ctx,
                      std::function<void(Result<BatchItemList>)> done);
    // Sends {"reason": …} or {} (the op requires a body, even an empty one).
    ApiRequest *cancel(const QString &jobId, const std::optional<QString> &reason, QObject *ctx,
                       std::function<void(Result<BatchCancelResponse>)> done);

private:
    ApiClient *m_client;
};

} // namespace docket::api
