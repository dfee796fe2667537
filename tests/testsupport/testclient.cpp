// SPDX-FileCopyrightText: 2026 The Docket authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "testclient.h"

#include "fakehttpserver.h"

namespace docket::test {

std::unique_ptr<docket::api::ApiClient> makeTestClient(const FakeHttpServer &server, docket::api::Clock *clock,
                                                       int maxRetries, const QString &apiKey)
{
    auto client = std::make_unique<docket::api::ApiClient>();
    client->setClock(clock);
    docket::api::RetryPolicy policy;
    policy.setMaxRetries(maxRetries);
    policy.setRandomSource([] { return 0.0; });
    client->setRetryPolicy(policy);
    docket::api::ConnectionSettings c;
    c.baseUrl = server.baseUrl();
    c.apiKey = apiKey;
    client->setConnection(c);
    return client;
}

} // namespace docket::test
