// SPDX-FileCopyrightText: 2026 The Docket authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QProcess>
#include <QRegularExpression>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace docket::test {

// One HTTP server run as a child process by the contract tests (Prism, or docket-engine): started
// on a port the operating system picks, ready once a line of its output matches `readyLine`,
// whose first capture is the base URL. No fixed port, so two test runs never race for one.
// Owned by tst_contract; stopped (SIGTERM, then SIGKILL) in the destructor.
class ServerProcess : public QObject
{
    Q_OBJECT

public:
    // `name` says whose output an error shows ("Prism", "docket-engine").
    ServerProcess(QString name, QString program, QStringList arguments, QRegularExpression readyLine,
                  QObject *parent = nullptr);
    ~ServerProcess() override;

    // Variables added to this process's environment for the server.
    void addEnvironment(const QString &name, const QString &value);

    // Starts the server and waits (spinning the event loop, never sleeping) until it says it is
    // listening, it exits, or timeoutMs passes. On failure errorString() carries the reason and
    // the tail of the server's own output.
    bool start(int timeoutMs);
    void stop();

    bool isRunning() const;
    // The program could not be executed at all (no Node.js for a launcher script, say): the
    // server is as good as not installed.
    bool failedToStart() const { return m_failedToStart; }
    QUrl baseUrl() const { return m_baseUrl; }
    QString errorString() const { return m_error; }
    // Everything the server printed so far, standard output and error merged.
    QString output() const { return QString::fromUtf8(m_output); }
    QString outputTail(qsizetype maxChars = 4000) const;

private:
    void onOutput();

    QString m_name;
    QString m_program;
    QStringList m_arguments;
    QRegularExpression m_readyLine;
    QProcess m_process;
    QByteArray m_output;
    QUrl m_baseUrl;
    QString m_error;
    bool m_exited = false;
    bool m_failedToStart = false;
};

} // namespace docket::test
