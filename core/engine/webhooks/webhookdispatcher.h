// SPDX-FileCopyrightText: 2026 The Docket authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QObject>
#include <QString>
#include <QUrl>

class QNetworkAccessManager;
class QThread;

namespace docket::engine {

// One webhook POST to make. headers and secret are secrets: never logged.
struct WebhookDelivery
{
    QUrl url;
    QMap<QString, QString> headers;
    QString signingSecret;
    QByteArray body;
    QString event; // e.g. classify.success
    QString jobId;
};

// Delivers webhooks from a thread of its own, with its own QNetworkAccessManager, so a slow or
// dead receiver never holds up the HTTP thread or the workers. Signs each body with
// LC-Signature: sha256=<hex HMAC-SHA256 of the raw body> when a secret is set, and retries
// failures (network errors and non-2xx) after each of retryDelaysMs. Owned by Engine.
class WebhookDispatcher : public QObject
{
    Q_OBJECT

public:
    explicit WebhookDispatcher(QList<int> retryDelaysMs, QObject *parent = nullptr);
    ~WebhookDispatcher() override;

    // Thread-safe; returns at once.
    void deliver(const WebhookDelivery &delivery);

    static QByteArray signature(const QByteArray &body, const QString &secret);
    // Why a caller's webhook header cannot be sent as given (empty when it can): the name must be
    // an RFC 7230 token, the value free of CR, LF and NUL (header injection), and framing or
    // hop-by-hop headers and LC-Signature are the engine's own.
    static QString headerNameProblem(const QString &name);
    static QString headerValueProblem(const QString &value);

Q_SIGNALS:
    // Emitted from the delivery thread once a delivery succeeded or ran out of attempts.
    void finished(const QString &event, const QString &jobId, bool delivered, int attempts);

private:
    class Worker;
    QThread *m_thread;
    Worker *m_worker;
};

} // namespace docket::engine
