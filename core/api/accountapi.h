// SPDX-FileCopyrightText: 2026 The Docket authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/apiclient.h"
#include "api/types.h"

#include <functional>
#include <optional>

namespace docket::api {

// Projects and organizations the API key can see (/api/v1/projects, /api/v1/organizations; both
// answer with bare JSON arrays). Holds the ApiClient without owning it; the account setup uses it
// to validate a key and to let the user pick a project. These calls are not tenant-scoped: they
// are how the tenant is chosen.
class AccountApi
{
public:
    explicit AccountApi(ApiClient *client) : m_client(client) {}

    ApiRequest *projects(const std::optional<QString> &organizationId, QObject *ctx,
                         std::function<void(Result<QList<Project>>)> done);
    ApiRequest *organizations(QObject *ctx, std::function<void(Result<QList<Organization>>)> done);

private:
    ApiClient *m_client;
};

} // namespace docket::api
