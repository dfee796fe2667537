// SPDX-FileCopyrightText: 2026 The Docket authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/retrypolicy.h"

#include <QLocale>
#include <QRandomGenerator>
#include <QTimeZone>

#include <algorithm>
#include <cmath>

namespace docket::api {

RetryPolicy::RetryPolicy()
    : m_random([] { return QRandomGenerator::global()->generateDouble(); })
{
}

void RetryPolicy::setMaxRetries(int retries)
{
    m_maxRetries = std::max(0, retries);
}

void RetryPolicy::setRandomSource(std::function<double()> random)
{
    m_random = std::move(random);
}

bool RetryPolicy::isRetryableStatus(int httpStatus)
{
    return httpStatus == 408 || httpStatus == 409 || httpStatus == 429 || httpStatus >= 500;
}

std::optional<bool> RetryPolicy::serverRetryOverride(const QByteArray &xShouldRetry)
{
    const QByteArray v = xShouldRetry.trimmed().toLower();
    if (v == "true")
        return true;
    if (v == "false")
        return false;
    return std::nullopt;
}

std::optional<int> RetryPolicy::serverHintMs(const QByteArray &retryAfterMs, const QByteArray &retryAfter,
                                             const QDateTime &nowUtc)
{
    std::optional<double> ms;
    bool ok = false;
    if (!retryAfterMs.trimmed().isEmpty()) {
        const double v = retryAfterMs.trimmed().toDouble(&ok);
        if (ok)
            ms = v;
    }
    if (!ms && !retryAfter.trimmed().isEmpty()) {
        const double seconds = retryAfter.trimmed().toDouble(&ok);
        if (ok) {
            ms = seconds * 1000.0;
        } else {
            // An HTTP date (RFC 7231 IMF-fixdate).
            const QString text = QString::fromLatin1(retryAfter.trimmed());
            QDateTime when = QLocale::c().toDateTime(text, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
            if (when.isValid()) {
                when.setTimeZone(QTimeZone::utc());
                ms = double(nowUtc.msecsTo(when));
            }
        }
    }
    if (!ms || !std::isfinite(*ms) || *ms <= 0 || *ms > MaxServerHintMs)
        return std::nullopt;
    return int(std::ceil(*ms));
}

int RetryPolicy::backoffMs(int retriesTaken) const
{
    const double base = std::min(InitialDelaySeconds * std::pow(2.0, std::max(0, retriesTaken)), MaxDelaySeconds);
    const double jitter = 1.0 - 0.25 * std::clamp(m_random ? m_random() : 0.0, 0.0, 1.0);
    return int(std::lround(base * jitter * 1000.0));
}

int RetryPolicy::delayMs(int retriesTaken, std::optional<int> serverHint) const
{
    return serverHint ? *serverHint : backoffMs(retriesTaken);
}

} // namespace docket::api
