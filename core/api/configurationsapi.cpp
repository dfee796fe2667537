// SPDX-FileCopyrightText: 2026 The Docket authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/configurationsapi.h"

#include "api/inputcheck.h"

namespace docket::api {

static QString configurationsPath()
{
    return QStringLiteral("/api/v1/beta/configurations");
}

static QString configurationPath(const QString &id)
{
    return configurationsPath() + QLatin1Char('/') + RequestSpec::pathSegment(id);
}

ApiRequest *ConfigurationsApi::create(const ConfigurationCreateRequest &body, QObject *ctx,
                                      std::function<void(Result<ConfigurationResponse>)> done)
{
    const auto problem = InputCheck::first({
        InputCheck::id(QStringLiteral("name"), body.name),
        InputCheck::maxLength(QStringLiteral("name"), body.name, MaxNameLength),
        InputCheck::notEmpty(QStringLiteral("parameters.rules"), body.parameters.rules.size()),
    });
    return m_client->call<ConfigurationResponse>(
        RequestSpec::unlessInvalid(problem,
                                   RequestSpec::postJson(configurationsPath(), body.toJson(), RetrySafety::BeforeSendOnly)),
        ctx, std::move(done));
}

ApiRequest *ConfigurationsApi::list(const ConfigurationListQuery &q, QObject *ctx,
                                    std::function<void(Result<ConfigurationList>)> done)
{
    Query query;
    query.add(QStringLiteral("product_type"), q.productTypes);
    query.add(QStringLiteral("name"), q.name);
    query.add(QStringLiteral("latest_only"), q.latestOnly);
    query.add(QStringLiteral("page_size"), q.pageSize);
    query.add(QStringLiteral("page_token"), q.pageToken);
    return m_client->call<ConfigurationList>(
        RequestSpec::unlessInvalid(InputCheck::atLeast(QStringLiteral("page_size"), q.pageSize, 1),
                                   RequestSpec::get(configurationsPath(), query)),
        ctx, std::move(done));
}

ApiRequest *ConfigurationsApi::get(const QString &id, QObject *ctx, std::function<void(Result<ConfigurationResponse>)> done)
{
    return m_client->call<ConfigurationResponse>(
        RequestSpec::unlessInvalid(InputCheck::id(QStringLiteral("config_id"), id), RequestSpec::get(configurationPath(id))),
        ctx, std::move(done));
}

ApiRequest *ConfigurationsApi::remove(const QString &id, QObject *ctx, std::function<void(Result<Empty>)> done)
{
    return m_client->callEmpty(RequestSpec::unlessInvalid(InputCheck::id(QStringLiteral("config_id"), id),
                                                          RequestSpec::deleteResource(configurationPath(id))),
                               ctx, std::move(done));
}

} // namespace docket::api
