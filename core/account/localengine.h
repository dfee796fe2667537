// SPDX-FileCopyrightText: 2026 The Docket authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTimer>
#include <QUrl>

namespace docket::account {

// Runs docket-engine as a supervised child process for the built-in "Local" profile: starts it on
// a free loopback port with a random 32-byte token (handed over in the environment, so it never
// shows in `ps`), waits for its ready line, and starts it again with back-off if it dies, on the
// same port when it can so that baseUrl() stays valid. stop() sends SIGTERM and returns; the engine
// is reaped asynchronously (SIGKILL after stopTimeoutMs) and stopped() follows. The engine never
// outlives the app: it dies with its parent (PR_SET_PDEATHSIG on Linux) and also shuts down when its
// stdin, held open here, reaches EOF. It gets a minimal environment (never the cloud API key).
// Owned by the desktop app's account layer; the ApiClient of the Local profile uses baseUrl() and
// token().
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
    // How long stop() lets the engine shut down gracefully before it is killed.
    void setStopTimeoutMs(int ms) { m_stopTimeoutMs = ms; }

    // The environment docket-engine runs with: only what it needs from `from`, plus the token.
    static QProcessEnvironment engineEnvironment(const QProcessEnvironment &from, const QByteArray &token);

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
    // The engine that stop() asked to stop has exited (gracefully or killed after the timeout).
    void stopped();

private:
    void launch();
    void onReadyRead();
    void onStderr();
    void onFinished(int exitCode, QProcess::ExitStatus status);
    void onStartTimeout();
    void scheduleRestart(const QString &why);
    void onRetired(int exitCode, QProcess::ExitStatus status);
    void onKillTimeout();

    QString m_program;
    QString m_dataDir;
    QByteArray m_token;
    QProcess *m_process = nullptr;
    // The engine stop() sent SIGTERM to, until it is reaped; start() waits for it (same data dir).
    QProcess *m_retiring = nullptr;
    QTimer m_killTimer;
    QTimer m_startTimer;
    QTimer m_restartTimer;
    QElapsedTimer m_uptime;
    QByteArray m_stdout;
    QUrl m_baseUrl;
    quint16 m_lastPort = 0;
    int m_startTimeoutMs = 15000;
    QList<int> m_restartDelaysMs{500, 1000, 2000, 5000, 10000};
    int m_maxRestarts = 5;
    // The engine first puts its claimed tasks back to PENDING, then waits for the page each worker is
    // on (OCR of one scanned page can take many seconds on 2 cores): generous, as nobody waits on it.
    int m_stopTimeoutMs = 15000;
    int m_quickDeaths = 0;
    int m_restarts = 0;
    bool m_ready = false;
    bool m_stopping = false;
    bool m_everReady = false;
    bool m_launchAfterRetired = false;
};

} // namespace docket::account
