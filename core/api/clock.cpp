// SPDX-FileCopyrightText: 2026 The Docket authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/clock.h"

#include <QElapsedTimer>
#include <QTimer>

namespace docket::api {

namespace {
class SystemClock final : public Clock
{
public:
    SystemClock() { m_timer.start(); }
    qint64 monotonicMs() const override { return m_timer.elapsed(); }
    QDateTime currentDateTimeUtc() const override { return QDateTime::currentDateTimeUtc(); }
    void callAfter(int delayMs, QObject *context, std::function<void()> fn) override
    {
        QTimer::singleShot(delayMs, context, std::move(fn));
    }

private:
    QElapsedTimer m_timer;
};
} // namespace

Clock *Clock::system()
{
    static SystemClock clock;
    return &clock;
}

} // namespace docket::api
