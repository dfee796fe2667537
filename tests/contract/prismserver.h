// SPDX-FileCopyrightText: 2026 The Docket authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QProcess>
#include <QString>
#include <QUrl>

namespace docket::test {

// One Prism mock server (`prism mock <openapi> --errors`) run as a child process for the contract
// tests: it validates every request against the OpenAPI document and answers with the document's
// examples. Prism picks a free loopback port itself (-p 0) and we read it from its "listening"
// line, so two test runs never race for a port. Owned by tst_contract; stopped in the destructor.
class PrismServer : public QObject
{
    Q_OBJECT

public:
    // The Prism launcher: env DOCKET_PRISM, else tests/contract/node_modules/.bin/prism in the
    // source tree (installed by `npm ci --prefix tests/contract`).
    static QString defaultProgram();
    // Whether `program` exists and can be executed; what to tell the user when it cannot.
    static bool isInstalled(const QString &program);
    static QString installHint();

    PrismServer(QString program, QString openApiPath, QObject *parent = nullptr);
    ~PrismServer() override;

    // Starts Prism and waits (spinning the event loop, never sleeping) until it says it is
    // listening, it exits, or timeoutMs passes. On failure errorString() carries the reason and
    // the tail of Prism's own output.
    bool start(int timeoutMs);
    void stop();

    bool isRunning() const;
    // The program could not be executed at all (no Node.js for the launcher script, say): Prism
    // is as good as not installed.
    bool failedToStart() const { return m_failedToStart; }
    QUrl baseUrl() const { return m_baseUrl; }
    QString errorString() const { return m_error; }
    // Everything Prism printed so far (route table, one log block per request).
    QString output() const { return QString::fromUtf8(m_output); }
    QString outputTail(qsizetype maxChars = 4000) const;

private:
    void onOutput();

    QString m_program;
    QString m_openApiPath;
    QProcess m_process;
    QByteArray m_output;
    QUrl m_baseUrl;
    QString m_error;
    bool m_exited = false;
    bool m_failedToStart = false;
};

} // namespace docket::test
