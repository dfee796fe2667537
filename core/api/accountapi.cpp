// SPDX-FileCopyrightText: 2026 The Docket authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/accountapi.h"

namespace docket::api {

ApiRequest *AccountApi::projects(const std::optional<QString> &organizationId, QObject *ctx,
                                 std::function<void(Result<QList<Project>>)> done)
{
    Query query;
    query.add(QStringLiteral("organization_id"), organizationId);
    RequestSpec spec = RequestSpec::get(QStringLiteral("/api/v1/projects"), query);
    spec.tenantScoped = false;
    return m_client->callList<Project>(std::move(spec), ctx, std::move(done));
}

ApiRequest *AccountApi::organizations(QObject *ctx, std::function<void(Result<QList<Organization>>)> done)
{
    RequestSpec spec = RequestSpec::get(QStringLiteral("/api/v1/organizations"));
    spec.tenantScoped = false;
    return m_client->callList<Organization>(std::move(spec), ctx, std::move(done));
}

} // namespace docket::api
