// SPDX-FileCopyrightText: 2026 The Docket authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/apiclient.h"
#include "api/types.h"

#include <QDateTime>

#include <functional>
#include <optional>

namespace docket::api {

struct ClassifyV2ListQuery
{
    std::optional<int> pageSize; // 1..100
    std::optional<QString> pageToken;
    std::optional<QString> status; // PENDING | RUNNING | COMPLETED | FAILED | CANCELLED
    QStringList jobIds;            // sent as repeated job_ids keys
    std::optional<QString> configurationId;
    std::optional<QDateTime> createdAtOnOrAfter;
    std::optional<QDateTime> createdAtOnOrBefore;
};

// The v2 single-document classify jobs (/api/v2/classify). Holds the ApiClient without owning it;
// the submission outbox, the poller and the history view use it.
class ClassifyApi
{
public:
    static constexpr int MinPageSize = 1;
    static constexpr int MaxPageSize = 100;
    static constexpr int MaxFileInputLength = 200;
    static constexpr int MaxTransactionIdLength = 255;
    static constexpr int MaxWebhookConfigurationIds = 4;

    explicit ClassifyApi(ApiClient *client) : m_client(client) {}

    // Fills transactionId with a fresh UUID-based key when the caller gave none; because of it the
    // POST is sent with RetrySafety::Idempotent (the server answers a repeated key with the
    // original job). Callers that persist a submission should set their own key, so that a
    // resumed submission after a restart also reuses it.
    ApiRequest *create(ClassifyV2CreateRequest body, QObject *ctx, std::function<void(Result<ClassifyV2Job>)> done);
    ApiRequest *list(const ClassifyV2ListQuery &q, QObject *ctx, std::function<void(Result<ClassifyV2JobList>)> done);
    ApiRequest *get(const QString &jobId, QObject *ctx, std::function<void(Result<ClassifyV2Job>)> done);
    ApiRequest *cancel(const QString &jobId, QObject *ctx, std::function<void(Result<ClassifyV2Job>)> done);

    // A new idempotency key: "docket-" and a random UUID.
    static QString newTransactionId();

private:
    ApiClient *m_client;
};

} // namespace docket::api
