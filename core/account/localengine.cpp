// SPDX-FileCopyrightText: 2026 The Docket authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "account/localengine.h"

#include <QCoreApplication>
#include <QDir>
#include <QLoggingCategory>
#include <QProcessEnvironment>
#include <QRandomGenerator>
#include <QRegularExpression>

namespace docket::account {

namespace {
Q_LOGGING_CATEGORY(lcLocalEngine, "docket.localengine", QtInfoMsg)

// An engine that ran this long before dying was healthy: its death does not count towards giving up.
constexpr qint64 HealthyUptimeMs = 30000;
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
}

LocalEngineSupervisor::~LocalEngineSupervisor()
{
    stop();
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
    if (!m_process)
        launch();
}

void LocalEngineSupervisor::stop()
{
    m_stopping = true;
    m_restartTimer.stop();
    m_startTimer.stop();
    m_ready = false;
    if (!m_process)
        return;
    QProcess *process = m_process;
    m_process = nullptr;
    process->disconnect(this);
    if (process->state() != QProcess::NotRunning) {
        // A blocking wait on purpose: the engine must not outlive its supervisor (the app is
        // quitting or the profile is going away). SIGTERM lets it put running jobs back to PENDING.
        process->terminate();
        if (!process->waitForFinished(5000)) {
            qCWarning(lcLocalEngine, "docket-engine did not stop within 5 s; killing it");
            process->kill();
            process->waitForFinished(2000);
        }
    }
    delete process;
}

void LocalEngineSupervisor::launch()
{
    m_ready = false;
    m_stdout.clear();
    m_process = new QProcess(this);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DOCKET_ENGINE_TOKEN"), QString::fromLatin1(m_token));
    m_process->setProcessEnvironment(env);
    QStringList args{QStringLiteral("--host"), QStringLiteral("127.0.0.1"), QStringLiteral("--port"),
                     QString::number(m_lastPort)};
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
