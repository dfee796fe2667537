// SPDX-FileCopyrightText: 2026 The Docket authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QObject>

#include <functional>

namespace docket::api {

// Time as the retry policy and the poller see it. The system clock uses real timers; tests swap
// in a manual clock so that no test ever sleeps through a back-off (cf. KeePassXC's Clock).
class Clock
{
public:
    virtual ~Clock() = default;
    // Monotonic milliseconds, for measuring intervals.
    virtual qint64 monotonicMs() const = 0;
    // Wall time, for HTTP dates such as `Retry-After: Wed, 21 Oct 2026 07:28:00 GMT`.
    virtual QDateTime currentDateTimeUtc() const = 0;
    // Runs fn on context's thread after delayMs, unless context is destroyed first.
    virtual void callAfter(int delayMs, QObject *context, std::function<void()> fn) = 0;

    // The process-wide real clock.
    static Clock *system();
};

} // namespace docket::api
