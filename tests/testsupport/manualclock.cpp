// SPDX-FileCopyrightText: 2026 The Docket authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "manualclock.h"

#include <QTimer>

namespace docket::test {

void ManualClock::callAfter(int delayMs, QObject *context, std::function<void()> fn)
{
    m_delays.append(delayMs);
    if (m_auto) {
        m_nowMs += delayMs;
        QTimer::singleShot(0, context, std::move(fn));
        return;
    }
    m_pending.append({m_nowMs + delayMs, QPointer<QObject>(context), std::move(fn)});
}

void ManualClock::advance(qint64 ms)
{
    m_nowMs += ms;
    QList<Pending> due;
    for (qsizetype i = 0; i < m_pending.size();) {
        if (m_pending[i].dueMs <= m_nowMs)
            due.append(m_pending.takeAt(i));
        else
            ++i;
    }
    for (Pending &p : due)
        if (p.context)
            p.fn();
}

} // namespace docket::test
