// SPDX-FileCopyrightText: 2026 The Docket authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/clock.h"

#include <QList>
#include <QPointer>
#include <QTimeZone>

namespace docket::test {

// A Clock that never waits for real. Every callAfter() is recorded; in auto mode the callback
// runs on the next event-loop turn and the clock jumps forward by the delay, in manual mode it
// runs when advance() passes its due time. Tests read delays() to assert back-off.
class ManualClock final : public docket::api::Clock
{
public:
    explicit ManualClock(bool autoAdvance = true) : m_auto(autoAdvance) {}

    qint64 monotonicMs() const override { return m_nowMs; }
    QDateTime currentDateTimeUtc() const override { return m_epoch.addMSecs(m_nowMs); }
    void callAfter(int delayMs, QObject *context, std::function<void()> fn) override;

    void advance(qint64 ms);
    const QList<int> &delays() const { return m_delays; }
    int pendingCount() const { return int(m_pending.size()); }
    void setEpoch(const QDateTime &utc) { m_epoch = utc; }

private:
    struct Pending
    {
        qint64 dueMs;
        QPointer<QObject> context;
        std::function<void()> fn;
    };
    bool m_auto;
    qint64 m_nowMs = 0;
    QDateTime m_epoch = QDateTime(QDate(2026, 11, 22), QTime(9, 0), QTimeZone::utc());
    QList<int> m_delays;
    QList<Pending> m_pending;
};

} // namespace docket::test
