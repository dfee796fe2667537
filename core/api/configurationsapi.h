// SPDX-FileCopyrightText: 2026 The Docket authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/apiclient.h"
#include "api/types.h"

#include <functional>
#include <optional>

namespace docket::api {

struct ConfigurationListQuery
{
    QStringList productTypes{QStringLiteral("classify_v2")}; // sent as repeated product_type keys
    std::optional<QString> name;
    std::optional<bool> latestOnly;
    std::optional<int> pageSize;
    std::optional<QString> pageToken;
};

// Saved classify_v2 configurations ("presets", /api/v1/beta/configurations), the target of a v2
// job's configuration_id. Holds the ApiClient without owning it; the preset manager uses it.
class ConfigurationsApi
{
public:
    static constexpr int MaxNameLength = 255;

    explicit ConfigurationsApi(ApiClient *client) : m_client(client) {}

    // The server upserts by name, product type and project; a blind retry after the first POST
    // went through could overwrite an edit made meanwhile, so it is only retried before sending.
    ApiRequest *create(const ConfigurationCreateRequest &body, QObject *ctx,
                       std::function<void(Result<ConfigurationResponse>)> done); // 201
    ApiRequest *list(const ConfigurationListQuery &q, QObject *ctx, std::function<void(Result<ConfigurationList>)> done);
    ApiRequest *get(const QString &id, QObject *ctx, std::function<void(Result<ConfigurationResponse>)> done);
    ApiRequest *remove(const QString &id, QObject *ctx, std::function<void(Result<Empty>)> done); // 204

private:
    ApiClient *m_client;
};

} // namespace docket::api
