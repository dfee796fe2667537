// SPDX-FileCopyrightText: 2026 The Docket authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTimer>
#include <QUrl>

namespace docket::account {

// Runs docket-engine as a supervised child process for the built-in "Local" profile: starts it on
// a free loopback port with a random 32-byte token (handed over in the environment, so it never
// shows in `ps`), waits for its ready line, and starts it again with back-off if it dies, on the
// same port when it can so that baseUrl() stays valid. Stops it (SIGTERM, then kill) on stop() and
// on destruction. Owned by the desktop app's account layer; the ApiClient of the Local profile
// uses baseUrl() and token().
class LocalEngineSupervisor : public QObject
{
    Q_OBJECT

public:
    explicit LocalEngineSupervisor(QObject *parent = nullptr);
    ~LocalEngineSupervisor() override;

    // docket-engine beside the running executable.
    static QString defaultProgram();

    void setProgram(const QString &path) { m_program = path; }
    QString program() const { return m_program; }
    void setDataDir(const QString &dir) { m_dataDir = dir; }
    void setStartTimeoutMs(int ms) { m_startTimeoutMs = ms; }
    // Waits before each restart; the last one repeats. After maxRestarts quick deaths in a row
    // the supervisor gives up and emits failed().
    void setRestartDelaysMs(const QList<int> &delays) { m_restartDelaysMs = delays; }
    void setMaxRestarts(int n) { m_maxRestarts = n; }

    void start();
    void stop();

    bool isReady() const { return m_ready; }
    QUrl baseUrl() const { return m_baseUrl; }
    QString token() const { return QString::fromLatin1(m_token); }
    qint64 processId() const;
    int restartCount() const { return m_restarts; }

Q_SIGNALS:
    void ready(const QUrl &baseUrl);
    // The engine could not be started (or kept running); message says why.
    void failed(const QString &message);
    // A restarted engine is ready again (after ready()).
    void restarted();

private:
    void launch();
    void onReadyRead();
    void onStderr();
    void onFinished(int exitCode, QProcess::ExitStatus status);
    void onStartTimeout();
    void scheduleRestart(const QString &why);

    QString m_program;
    QString m_dataDir;
    QByteArray m_token;
    QProcess *m_process = nullptr;
    QTimer m_startTimer;
    QTimer m_restartTimer;
    QElapsedTimer m_uptime;
    QByteArray m_stdout;
    QUrl m_baseUrl;
    quint16 m_lastPort = 0;
    int m_startTimeoutMs = 15000;
    QList<int> m_restartDelaysMs{500, 1000, 2000, 5000, 10000};
    int m_maxRestarts = 5;
    int m_quickDeaths = 0;
    int m_restarts = 0;
    bool m_ready = false;
    bool m_stopping = false;
    bool m_everReady = false;
};

} // namespace docket::account
