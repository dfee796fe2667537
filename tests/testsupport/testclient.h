// SPDX-FileCopyrightText: 2026 The Docket authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/apiclient.h"

#include <memory>

namespace docket::test {

class FakeHttpServer;

// An ApiClient aimed at the fake server, waiting on the given clock, with jitter-free retries so
// that tests can assert exact delays. Shared by the transport, endpoint and pager tests.
std::unique_ptr<docket::api::ApiClient> makeTestClient(const FakeHttpServer &server, docket::api::Clock *clock,
                                                       int maxRetries = docket::api::RetryPolicy::DefaultMaxRetries,
                                                       const QString &apiKey = QStringLiteral("llx-test-key"));

} // namespace docket::test
