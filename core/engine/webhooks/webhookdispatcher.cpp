// SPDX-FileCopyrightText: 2026 The Docket authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/webhooks/webhookdispatcher.h"

#include "engine/enginelogging.h"

#include <QMessageAuthenticationCode>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSet>
#include <QThread>
#include <QTimer>

namespace docket::engine {

QString WebhookDispatcher::headerNameProblem(const QString &name)
{
    static const QSet<QString> reserved{QStringLiteral("host"),       QStringLiteral("content-length"),
                                        QStringLiteral("transfer-encoding"), QStringLiteral("connection"),
                                        QStringLiteral("keep-alive"), QStringLiteral("upgrade"),
                                        QStringLiteral("te"),         QStringLiteral("trailer"),
                                        QStringLiteral("lc-signature")};
    static const QString tokenSymbols = QStringLiteral("!#$%&'*+-.^_`|~");
    bool token = !name.isEmpty();
    for (const QChar c : name) {
        const char16_t u = c.unicode();
        token = token
                && ((u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9')
                    || tokenSymbols.contains(c));
    }
    if (!token)
        return QStringLiteral("Value error, a header name must be an HTTP token (letters, digits and "
                              "!#$%&'*+-.^_`|~)");
    if (reserved.contains(name.toLower()))
        return QStringLiteral("Value error, the %1 header is set by the engine and cannot be given").arg(name);
    return {};
}

QString WebhookDispatcher::headerValueProblem(const QString &value)
{
    for (const QChar c : value) {
        if (c == u'\r' || c == u'\n' || c == u'\0')
            return QStringLiteral("Value error, a header value cannot contain CR, LF or NUL");
    }
    return {};
}

class WebhookDispatcher::Worker : public QObject
{
public:
    Worker(WebhookDispatcher *owner, QList<int> delays) : m_owner(owner), m_delays(std::move(delays)) {}

    void attempt(const WebhookDelivery &d, int attemptNumber)
    {
        if (!m_nam)
            m_nam = new QNetworkAccessManager(this);
        QNetworkRequest request(d.url);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        request.setRawHeader("User-Agent", "docket-engine/" DOCKET_VERSION);
        for (auto it = d.headers.cbegin(); it != d.headers.cend(); ++it) {
            // Requests validate these; this covers jobs stored before that check existed.
            if (!headerNameProblem(it.key()).isEmpty() || !headerValueProblem(it.value()).isEmpty()) {
                qCWarning(lcEngine, "webhook %s for job %s: a header that cannot be sent safely was left out",
                          qPrintable(d.event), qPrintable(d.jobId));
                continue;
            }
            request.setRawHeader(it.key().toUtf8(), it.value().toUtf8());
        }
        if (!d.signingSecret.isEmpty())
            request.setRawHeader("LC-Signature", WebhookDispatcher::signature(d.body, d.signingSecret));
        request.setTransferTimeout(10000);
        QNetworkReply *reply = m_nam->post(request, d.body);
        connect(reply, &QNetworkReply::finished, this, [this, reply, d, attemptNumber] {
            reply->deleteLater();
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            const bool ok = reply->error() == QNetworkReply::NoError && status >= 200 && status < 300;
            // The URL's host and the event only: headers and secrets stay out of the log.
            qCInfo(lcEngine, "webhook %s for job %s to %s: attempt %d -> %d", qPrintable(d.event),
                   qPrintable(d.jobId), qPrintable(d.url.host()), attemptNumber, status);
            if (ok || attemptNumber > m_delays.size()) {
                Q_EMIT m_owner->finished(d.event, d.jobId, ok, attemptNumber);
                return;
            }
            QTimer::singleShot(m_delays.at(attemptNumber - 1), this,
                               [this, d, attemptNumber] { attempt(d, attemptNumber + 1); });
        });
    }

private:
    WebhookDispatcher *m_owner;
    QList<int> m_delays;
    QNetworkAccessManager *m_nam = nullptr;
};

WebhookDispatcher::WebhookDispatcher(QList<int> retryDelaysMs, QObject *parent)
    : QObject(parent), m_thread(new QThread), m_worker(new Worker(this, std::move(retryDelaysMs)))
{
    m_thread->setObjectName(QStringLiteral("docket-engine-webhooks"));
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread->start();
}

WebhookDispatcher::~WebhookDispatcher()
{
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
}

void WebhookDispatcher::deliver(const WebhookDelivery &delivery)
{
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, delivery] { worker->attempt(delivery, 1); },
                              Qt::QueuedConnection);
}

QByteArray WebhookDispatcher::signature(const QByteArray &body, const QString &secret)
{
    return "sha256="
           + QMessageAuthenticationCode::hash(body, secret.toUtf8(), QCryptographicHash::Sha256).toHex();
}

} // namespace docket::engine
