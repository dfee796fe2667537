// SPDX-FileCopyrightText: 2026 The Docket authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "jobs/jobstatus.h"

#include <QObject>
#include <QSet>
#include <QTimer>

class QSystemTrayIcon;

namespace docket::ui {

// Tells the user, through a desktop notification (QSystemTrayIcon), when the jobs they submitted
// in this run end, summarised ("12 jobs finished, 1 failed") instead of one bubble per job: ends
// are gathered until none has come for a short while or none of the submitted jobs is still
// running. The "notifications/enabled" setting turns it off. MainWindow owns it; JobBrowser's
// models and poller feed it.
class JobNotifier : public QObject
{
    Q_OBJECT

public:
    static constexpr int QuietPeriodMs = 1500;

    explicit JobNotifier(QObject *parent = nullptr);

    bool isEnabled() const { return m_enabled; }
    void setEnabled(bool enabled); // stored in QSettings
    static QString summary(int succeeded, int failed, int cancelled);
    // The tray icon used to show messages; null when the desktop has no tray.
    QSystemTrayIcon *trayIcon() const { return m_tray; }

public Q_SLOTS:
    void submitted(docket::jobs::JobFamily family, const QString &id);
    void finished(docket::jobs::JobFamily family, const QString &id, const docket::jobs::JobStatus &status);
    void flush();

Q_SIGNALS:
    // Emitted with every summary, shown or not (tests, and the status bar when there is no tray).
    void summaryReady(const QString &text);

private:
    QSet<QString> m_pending; // "family:id" of submitted jobs still running
    int m_succeeded = 0;
    int m_failed = 0;
    int m_cancelled = 0;
    bool m_enabled = true;
    QTimer m_quiet;
    QSystemTrayIcon *m_tray = nullptr;
};

} // namespace docket::ui
