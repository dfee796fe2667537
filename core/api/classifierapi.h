// SPDX-FileCopyrightText: 2026 The Docket authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/apiclient.h"
#include "api/types.h"

#include <functional>
#include <optional>

namespace docket::api {

struct ClassifierJobListQuery
{
    std::optional<int> pageSize;
    std::optional<QString> pageToken;
};

// The v1 multi-file classifier jobs (/api/v1/classifier/jobs). Holds the ApiClient without owning
// it; the job submission and the poller use it. v1 has no idempotency key, so create is only
// retried when not a byte reached the server, and there is no cancel.
class ClassifierApi
{
public:
    static constexpr int MaxFileIds = 500;

    explicit ClassifierApi(ApiClient *client) : m_client(client) {}

    ApiRequest *createJob(const ClassifyJobCreate &body, QObject *ctx, std::function<void(Result<ClassifyJob>)> done);
    ApiRequest *listJobs(const ClassifierJobListQuery &q, QObject *ctx, std::function<void(Result<ClassifyJobList>)> done);
    ApiRequest *getJob(const QString &jobId, QObject *ctx, std::function<void(Result<ClassifyJob>)> done);
    // The op takes no page parameters, although the answer carries next_page_token.
    ApiRequest *getResults(const QString &jobId, QObject *ctx, std::function<void(Result<ClassifyJobResults>)> done);

private:
    ApiClient *m_client;
};

} // namespace docket::api
