// SPDX-FileCopyrightText: 2026 The Docket authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "prismserver.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTest>

namespace docket::test {

QString PrismServer::defaultProgram()
{
    const QString fromEnv = qEnvironmentVariable("DOCKET_PRISM");
    if (!fromEnv.isEmpty())
        return fromEnv;
    return QDir(QStringLiteral(DOCKET_SOURCE_DIR)).filePath(QStringLiteral("tests/contract/node_modules/.bin/prism"));
}

bool PrismServer::isInstalled(const QString &program)
{
    const QFileInfo info(program);
    return info.exists() && info.isExecutable();
}

QString PrismServer::installHint()
{
    return QStringLiteral("install the pinned Prism with `npm ci --prefix tests/contract` (Node >= 18), "
                          "or point DOCKET_PRISM at a prism executable");
}

PrismServer::PrismServer(QString program, QString openApiPath, QObject *parent)
    : QObject(parent), m_program(std::move(program)), m_openApiPath(std::move(openApiPath))
{
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    // Plain text: the "listening" line is parsed, and CI runners often force colours on.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("FORCE_COLOR"), QStringLiteral("0"));
    env.insert(QStringLiteral("NO_COLOR"), QStringLiteral("1"));
    m_process.setProcessEnvironment(env);
    connect(&m_process, &QProcess::readyRead, this, &PrismServer::onOutput);
    connect(&m_process, &QProcess::finished, this, [this] { m_exited = true; });
    connect(&m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            m_exited = m_failedToStart = true;
    });
}

PrismServer::~PrismServer()
{
    stop();
}

bool PrismServer::start(int timeoutMs)
{
    m_error.clear();
    m_baseUrl.clear();
    m_exited = m_failedToStart = false;
    // --errors: a request that breaks the document is answered with an error (422 plus an
    // sl-violations header) instead of an example. Static mode (no --dynamic): the answers are
    // the document's own examples, so every run sees the same bodies.
    // -p 0: the operating system picks a free port; Prism reports it in its "listening" line.
    m_process.start(m_program,
                    {QStringLiteral("mock"), m_openApiPath, QStringLiteral("-h"), QStringLiteral("127.0.0.1"),
                     QStringLiteral("-p"), QStringLiteral("0"), QStringLiteral("--errors")});
    const bool ready = QTest::qWaitFor([this] { return m_baseUrl.isValid() || m_exited; }, timeoutMs);
    onOutput();
    if (m_baseUrl.isValid())
        return true;
    if (m_process.error() == QProcess::FailedToStart)
        m_error = QStringLiteral("could not run %1: %2").arg(m_program, m_process.errorString());
    else if (m_exited)
        m_error = QStringLiteral("Prism exited (code %1) before listening").arg(m_process.exitCode());
    else if (!ready)
        m_error = QStringLiteral("Prism did not report listening within %1 ms").arg(timeoutMs);
    if (!m_output.isEmpty())
        m_error += QStringLiteral("\n--- Prism output (tail) ---\n") + outputTail();
    stop();
    return false;
}

void PrismServer::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(5000)) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

bool PrismServer::isRunning() const
{
    return m_process.state() == QProcess::Running && m_baseUrl.isValid();
}

QString PrismServer::outputTail(qsizetype maxChars) const
{
    const QString all = output();
    return all.size() <= maxChars ? all : QStringLiteral("…") + all.right(maxChars);
}

void PrismServer::onOutput()
{
    m_output += m_process.readAll();
    if (m_baseUrl.isValid())
        return;
    static const QRegularExpression listening(QStringLiteral("Prism is listening on (http://[^\\s]+)"));
    const QRegularExpressionMatch match = listening.match(QString::fromUtf8(m_output));
    if (match.hasMatch())
        m_baseUrl = QUrl(match.captured(1));
}

} // namespace docket::test
