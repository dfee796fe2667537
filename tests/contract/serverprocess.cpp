// SPDX-FileCopyrightText: 2026 The Docket authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "serverprocess.h"

#include <QTest>

namespace docket::test {

ServerProcess::ServerProcess(QString name, QString program, QStringList arguments, QRegularExpression readyLine,
                             QObject *parent)
    : QObject(parent), m_name(std::move(name)), m_program(std::move(program)), m_arguments(std::move(arguments)),
      m_readyLine(std::move(readyLine))
{
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    // Plain text: the ready line is parsed, and CI runners often force colours on.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("FORCE_COLOR"), QStringLiteral("0"));
    env.insert(QStringLiteral("NO_COLOR"), QStringLiteral("1"));
    m_process.setProcessEnvironment(env);
    connect(&m_process, &QProcess::readyRead, this, &ServerProcess::onOutput);
    connect(&m_process, &QProcess::finished, this, [this] { m_exited = true; });
    connect(&m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            m_exited = m_failedToStart = true;
    });
}

ServerProcess::~ServerProcess()
{
    stop();
}

void ServerProcess::addEnvironment(const QString &name, const QString &value)
{
    QProcessEnvironment env = m_process.processEnvironment();
    env.insert(name, value);
    m_process.setProcessEnvironment(env);
}

bool ServerProcess::start(int timeoutMs)
{
    m_error.clear();
    m_baseUrl.clear();
    m_exited = m_failedToStart = false;
    m_process.start(m_program, m_arguments);
    const bool ready = QTest::qWaitFor([this] { return m_baseUrl.isValid() || m_exited; }, timeoutMs);
    onOutput();
    if (m_baseUrl.isValid())
        return true;
    if (m_process.error() == QProcess::FailedToStart)
        m_error = QStringLiteral("could not run %1: %2").arg(m_program, m_process.errorString());
    else if (m_exited)
        m_error = QStringLiteral("%1 exited (code %2) before listening").arg(m_name).arg(m_process.exitCode());
    else if (!ready)
        m_error = QStringLiteral("%1 did not report listening within %2 ms").arg(m_name).arg(timeoutMs);
    if (!m_output.isEmpty())
        m_error += QStringLiteral("\n--- %1 output (tail) ---\n").arg(m_name) + outputTail();
    stop();
    return false;
}

void ServerProcess::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(5000)) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

bool ServerProcess::isRunning() const
{
    return m_process.state() == QProcess::Running && m_baseUrl.isValid();
}

QString ServerProcess::outputTail(qsizetype maxChars) const
{
    const QString all = output();
    return all.size() <= maxChars ? all : QStringLiteral("…") + all.right(maxChars);
}

void ServerProcess::onOutput()
{
    m_output += m_process.readAll();
    if (m_baseUrl.isValid())
        return;
    const QRegularExpressionMatch match = m_readyLine.match(QString::fromUtf8(m_output));
    if (match.hasMatch())
        m_baseUrl = QUrl(match.captured(1));
}

} // namespace docket::test
