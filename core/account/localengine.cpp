// SPDX-FileCopyrightText: 2026 The Docket authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "account/localengine.h"

#include <QCoreApplication>
#include <QDir>
#include <QLoggingCategory>
#include <QProcessEnvironment>
#include <QRandomGenerator>
#include <QRegularExpression>

#include <algorithm>
#include <csignal>
#include <utility>
#include <unistd.h>
#if defined(Q_OS_LINUX)
#include <sys/prctl.h>
#endif

namespace docket::account {

namespace {
Q_LOGGING_CATEGORY(lcLocalEngine, "docket.localengine", QtInfoMsg)

// An engine that ran this long before dying was healthy: its death does not count towards giving up.
constexpr qint64 HealthyUptimeMs = 30000;
// At destruction (application exit) there is no event loop left to reap the engine, and ~QProcess
// would SIGKILL it at once. SIGTERM makes the engine put its claimed tasks back to PENDING first
// (milliseconds), so a kill after this bounded wait costs no job an attempt; waiting longer would
// only delay quitting.
constexpr int ExitWaitMs = 5000;
constexpr int KillWaitMs = 2000;
} // namespace

LocalEngineSupervisor::LocalEngineSupervisor(QObject *parent) : QObject(parent), m_program(defaultProgram())
{
    QByteArray bytes(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()), bytes.size() / 4);
    m_token = bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    m_startTimer.setSingleShot(true);
    connect(&m_startTimer, &QTimer::timeout, this, &LocalEngineSupervisor::onStartTimeout);
    m_restartTimer.setSingleShot(true);
    connect(&m_restartTimer, &QTimer::timeout, this, &LocalEngineSupervisor::launch);
    m_killTimer.setSingleShot(true);
    connect(&m_killTimer, &QTimer::timeout, this, &LocalEngineSupervisor::onKillTimeout);
}

LocalEngineSupervisor::~LocalEngineSupervisor()
{
    stop();
    if (!m_retiring)
        return;
    // The only blocking wait, and only here (see ExitWaitMs): stop() itself never blocks the GUI.
    m_killTimer.stop();
    m_retiring->disconnect(this);
    if (!m_retiring->waitForFinished(ExitWaitMs)) {
        qCWarning(lcLocalEngine, "docket-engine did not stop within %d s at exit; killing it (SIGKILL)",
                  ExitWaitMs / 1000);
        m_retiring->kill();
        m_retiring->waitForFinished(KillWaitMs);
    }
}

QProcessEnvironment LocalEngineSupervisor::engineEnvironment(const QProcessEnvironment &from, const QByteArray &token)
{
    // An allowlist, not a blocklist: the engine parses untrusted documents, so nothing it does not
    // need (LLAMA_CLOUD_API_KEY above all) may be readable from its environment.
    static const QStringList exact{QStringLiteral("PATH"),     QStringLiteral("HOME"),
                                   QStringLiteral("LANG"),     QStringLiteral("LANGUAGE"),
                                   QStringLiteral("TMPDIR"),   QStringLiteral("TZ"),
                                   QStringLiteral("TESSDATA_PREFIX"), QStringLiteral("LD_LIBRARY_PATH")};
    // DOCKET_TEST_*: settings for the stand-in engines of the tests (tst_session); never a secret.
    static const QStringList prefixes{QStringLiteral("LC_"), QStringLiteral("XDG_"), QStringLiteral("QT_"),
                                      QStringLiteral("DOCKET_TEST_")};
    QProcessEnvironment env;
    const QStringList keys = from.keys();
    for (const QString &key : keys) {
        const bool keep = exact.contains(key)
                          || std::any_of(prefixes.cbegin(), prefixes.cend(),
                                         [&key](const QString &prefix) { return key.startsWith(prefix); });
        if (keep)
            env.insert(key, from.value(key));
    }
    env.insert(QStringLiteral("DOCKET_ENGINE_TOKEN"), QString::fromLatin1(token));
    return env;
}

QString LocalEngineSupervisor::defaultProgram()
{
    return QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("docket-engine"));
}

qint64 LocalEngineSupervisor::processId() const
{
    return m_process ? m_process->processId() : 0;
}

void LocalEngineSupervisor::start()
{
    m_stopping = false;
    m_quickDeaths = 0;
    if (m_retiring)
        m_launchAfterRetired = true; // two engines must never share the data directory
    else if (!m_process)
        launch();
}

void LocalEngineSupervisor::stop()
{
    m_stopping = true;
    m_launchAfterRetired = false;
    m_restartTimer.stop();
    m_startTimer.stop();
    m_ready = false;
    if (!m_process)
        return;
    QProcess *process = std::exchange(m_process, nullptr);
    process->disconnect(this);
    if (process->state() == QProcess::NotRunning) {
        process->deleteLater();
        Q_EMIT stopped();
        return;
    }
    // No wait here (house style: never block the GUI thread): SIGTERM lets the engine put its running
    // jobs back to PENDING; onRetired() reaps it, onKillTimeout() kills it if it takes too long.
    m_retiring = process;
    connect(process, &QProcess::finished, this, &LocalEngineSupervisor::onRetired);
    process->terminate();
    m_killTimer.start(m_stopTimeoutMs);
}

void LocalEngineSupervisor::onKillTimeout()
{
    if (!m_retiring || m_retiring->state() == QProcess::NotRunning)
        return;
    qCWarning(lcLocalEngine, "docket-engine did not stop within %d ms after SIGTERM; killing it (SIGKILL)",
              m_stopTimeoutMs);
    m_retiring->kill();
}

void LocalEngineSupervisor::onRetired(int exitCode, QProcess::ExitStatus status)
{
    m_killTimer.stop();
    if (status == QProcess::NormalExit)
        qCInfo(lcLocalEngine, "docket-engine stopped (exit code %d)", exitCode);
    else
        qCInfo(lcLocalEngine, "docket-engine stopped by a signal");
    m_retiring->disconnect(this);
    m_retiring->deleteLater();
    m_retiring = nullptr;
    Q_EMIT stopped();
    if (std::exchange(m_launchAfterRetired, false) && !m_stopping && !m_process)
        launch();
}

void LocalEngineSupervisor::launch()
{
    m_ready = false;
    m_stdout.clear();
    m_process = new QProcess(this);
    m_process->setProcessEnvironment(engineEnvironment(QProcessEnvironment::systemEnvironment(), m_token));
#if defined(Q_OS_LINUX)
    // Runs in the child between fork and exec: async-signal-safe calls only. If the app dies (even
    // by SIGKILL) the engine gets SIGTERM; the getppid() check closes the window in which the parent
    // died before the death signal was armed.
    const pid_t parent = ::getpid();
    m_process->setChildProcessModifier([parent] {
        // Should prctl fail, the stdin EOF below still stops the engine: not worth refusing to start.
        [[maybe_unused]] const int armed = ::prctl(PR_SET_PDEATHSIG, SIGTERM);
        if (::getppid() != parent)
            ::_exit(127);
    });
#endif
    // The portable net under the death signal: stdin stays an open pipe to us, and its EOF (we are
    // gone) makes the engine shut down gracefully.
    QStringList args{QStringLiteral("--exit-on-stdin-eof"), QStringLiteral("--host"), QStringLiteral("127.0.0.1"),
                     QStringLiteral("--port"), QString::number(m_lastPort)};
    if (!m_dataDir.isEmpty())
        args << QStringLiteral("--data-dir") << m_dataDir;
    connect(m_process, &QProcess::readyReadStandardOutput, this, &LocalEngineSupervisor::onReadyRead);
    connect(m_process, &QProcess::readyReadStandardError, this, &LocalEngineSupervisor::onStderr);
    connect(m_process, &QProcess::finished, this, &LocalEngineSupervisor::onFinished);
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            scheduleRestart(QStringLiteral("cannot run %1: %2").arg(m_program, m_process->errorString()));
    });
    qCInfo(lcLocalEngine, "starting %s", qPrintable(m_program));
    m_uptime.start();
    m_startTimer.start(m_startTimeoutMs);
    m_process->start(m_program, args);
}

void LocalEngineSupervisor::onReadyRead()
{
    m_stdout += m_process->readAllStandardOutput();
    static const QRegularExpression readyLine(QStringLiteral("^docket-engine listening on (http://\\S+)$"));
    qsizetype newline;
    while ((newline = m_stdout.indexOf('\n')) >= 0) {
        const QString line = QString::fromUtf8(m_stdout.left(newline)).trimmed();
        m_stdout.remove(0, newline + 1);
        const QRegularExpressionMatch match = readyLine.match(line);
        if (!match.hasMatch() || m_ready)
            continue;
        m_startTimer.stop();
        m_baseUrl = QUrl(match.captured(1));
        m_lastPort = quint16(m_baseUrl.port());
        m_ready = true;
        const bool again = m_everReady;
        m_everReady = true;
        qCInfo(lcLocalEngine, "docket-engine ready at %s", qPrintable(m_baseUrl.toString()));
        Q_EMIT ready(m_baseUrl);
        if (again)
            Q_EMIT restarted();
    }
}

void LocalEngineSupervisor::onStderr()
{
    // The engine never writes the token it was given; its log goes to ours.
    const QByteArray text = m_process->readAllStandardError();
    for (const QByteArray &line : text.split('\n')) {
        if (!line.trimmed().isEmpty())
            qCDebug(lcLocalEngine, "engine: %s", line.constData());
    }
}

void LocalEngineSupervisor::onFinished(int exitCode, QProcess::ExitStatus status)
{
    if (m_stopping)
        return;
    const QString why = status == QProcess::CrashExit
                            ? QStringLiteral("docket-engine crashed")
                            : QStringLiteral("docket-engine exited with code %1").arg(exitCode);
    scheduleRestart(why);
}

void LocalEngineSupervisor::onStartTimeout()
{
    scheduleRestart(QStringLiteral("docket-engine did not report ready within %1 s").arg(m_startTimeoutMs / 1000));
}

void LocalEngineSupervisor::scheduleRestart(const QString &why)
{
    if (m_stopping || m_restartTimer.isActive())
        return;
    m_startTimer.stop();
    m_ready = false;
    if (m_process) {
        QProcess *process = m_process;
        m_process = nullptr;
        process->disconnect(this);
        if (process->state() != QProcess::NotRunning) {
            // Reaped asynchronously: the restart does not wait for it.
            connect(process, &QProcess::finished, process, &QObject::deleteLater);
            process->kill();
        } else {
            process->deleteLater();
        }
    }
    if (m_uptime.isValid() && m_uptime.elapsed() > HealthyUptimeMs)
        m_quickDeaths = 0;
    ++m_quickDeaths;
    if (m_quickDeaths > m_maxRestarts) {
        qCWarning(lcLocalEngine, "%s; giving up after %d attempts", qPrintable(why), m_maxRestarts);
        Q_EMIT failed(QStringLiteral("%1; gave up after %2 attempts").arg(why).arg(m_maxRestarts));
        return;
    }
    const int delay = m_restartDelaysMs.isEmpty()
                          ? 1000
                          : m_restartDelaysMs.at(std::min<qsizetype>(m_quickDeaths - 1, m_restartDelaysMs.size() - 1));
    qCWarning(lcLocalEngine, "%s; restarting in %d ms", qPrintable(why), delay);
    ++m_restarts;
    // A port the dead engine held may be taken by now: the retry after the first one takes any.
    if (m_quickDeaths > 1)
        m_lastPort = 0;
    m_restartTimer.start(delay);
}

} // namespace docket::account
