// SPDX-FileCopyrightText: 2026 The Docket authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>

#include <functional>
#include <optional>

namespace docket::api {

// When and how long to wait before trying a failed call again. Mirrors the official SDKs:
// connection errors, timeouts, 408, 409, 429 and 5xx are retried; the delay is
// min(0.5 * 2^n, 8) s minus up to 25 % jitter, unless the server asks for a wait of
// (0, 60] s with `retry-after-ms` or `retry-after`. Pure: ApiRequest asks, the Clock waits.
class RetryPolicy
{
public:
    static constexpr int DefaultMaxRetries = 2;
    static constexpr double InitialDelaySeconds = 0.5;
    static constexpr double MaxDelaySeconds = 8.0;
    static constexpr int MaxServerHintMs = 60'000;

    RetryPolicy();

    int maxRetries() const { return m_maxRetries; }
    void setMaxRetries(int retries);
    // Source of jitter in [0, 1); tests make it deterministic.
    void setRandomSource(std::function<double()> random);

    static bool isRetryableStatus(int httpStatus);
    // `x-should-retry: true|false` overrides the status rule, as in the SDKs.
    static std::optional<bool> serverRetryOverride(const QByteArray &xShouldRetry);

    // The server's wait hint in ms, when it gave one within (0, 60] s.
    static std::optional<int> serverHintMs(const QByteArray &retryAfterMs, const QByteArray &retryAfter,
                                           const QDateTime &nowUtc);
    // Backoff before retry number retriesTaken+1 (retriesTaken is 0 before the first retry).
    int backoffMs(int retriesTaken) const;
    int delayMs(int retriesTaken, std::optional<int> serverHint) const;

private:
    int m_maxRetries = DefaultMaxRetries;
    std::function<double()> m_random;
};

} // namespace docket::api
