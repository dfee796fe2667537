// SPDX-FileCopyrightText: 2026 The Docket authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/jobnotifier.h"

#include <QApplication>
#include <QSettings>
#include <QSystemTrayIcon>

namespace docket::ui {

namespace {
constexpr auto EnabledKey = "notifications/enabled";

QString keyOf(jobs::JobFamily family, const QString &id)
{
    return QString::number(int(family)) + QLatin1Char(':') + id;
}
} // namespace

JobNotifier::JobNotifier(QObject *parent)
    : QObject(parent)
{
    m_enabled = QSettings().value(QLatin1String(EnabledKey), true).toBool();
    m_quiet.setSingleShot(true);
    m_quiet.setInterval(QuietPeriodMs);
    connect(&m_quiet, &QTimer::timeout, this, &JobNotifier::flush);
}

void JobNotifier::setEnabled(bool enabled)
{
    m_enabled = enabled;
    QSettings().setValue(QLatin1String(EnabledKey), enabled);
}

QString JobNotifier::summary(int succeeded, int failed, int cancelled)
{
    // Spelled out for one and many, so the English text reads right without a numerus file.
    QStringList parts;
    parts.append(succeeded == 1 ? tr("1 job finished") : tr("%1 jobs finished").arg(succeeded));
    if (failed)
        parts.append(tr("%1 failed").arg(failed));
    if (cancelled)
        parts.append(tr("%1 cancelled").arg(cancelled));
    return parts.join(QStringLiteral(", "));
}

void JobNotifier::submitted(jobs::JobFamily family, const QString &id)
{
    m_pending.insert(keyOf(family, id));
}

void JobNotifier::finished(jobs::JobFamily family, const QString &id, const jobs::JobStatus &status)
{
    if (!m_pending.remove(keyOf(family, id)))
        return; // not submitted in this run: history, not news
    switch (status.status) {
    case jobs::DisplayStatus::Failed: ++m_failed; break;
    case jobs::DisplayStatus::Cancelled: ++m_cancelled; break;
    default: ++m_succeeded; break;
    }
    if (m_pending.isEmpty())
        flush();
    else
        m_quiet.start();
}

void JobNotifier::flush()
{
    m_quiet.stop();
    if (m_succeeded + m_failed + m_cancelled == 0)
        return;
    const QString text = summary(m_succeeded, m_failed, m_cancelled);
    const bool trouble = m_failed > 0;
    m_succeeded = m_failed = m_cancelled = 0;
    Q_EMIT summaryReady(text);
    if (!m_enabled || !QSystemTrayIcon::isSystemTrayAvailable())
        return;
    if (!m_tray) {
        m_tray = new QSystemTrayIcon(QApplication::windowIcon(), this);
        m_tray->setToolTip(QApplication::applicationDisplayName());
    }
    m_tray->show();
    m_tray->showMessage(tr("Docket"), text, trouble ? QSystemTrayIcon::Warning : QSystemTrayIcon::Information);
}

} // namespace docket::ui
