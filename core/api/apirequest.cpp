// SPDX-FileCopyrightText: 2026 The Docket authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/apirequest.h"

#include "api/apiclient.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHttpMultiPart>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslError>
#include <QTimer>
#include <QUrl>

namespace docket::api {

static const char *methodName(HttpMethod m)
{
    switch (m) {
    case HttpMethod::Get: return "GET";
    case HttpMethod::Post: return "POST";
    case HttpMethod::Put: return "PUT";
    case HttpMethod::Delete: return "DELETE";
    }
    return "?";
}

QString RequestSpec::pathSegment(const QString &raw)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(raw));
}

RequestSpec RequestSpec::get(const QString &path, Query query)
{
    RequestSpec spec;
    spec.path = path;
    spec.query = std::move(query);
    return spec;
}

RequestSpec RequestSpec::postJson(const QString &path, const QJsonObject &body, RetrySafety safety)
{
    RequestSpec spec;
    spec.method = HttpMethod::Post;
    spec.path = path;
    spec.jsonBody = QJsonDocument(body).toJson(QJsonDocument::Compact);
    spec.safety = safety;
    return spec;
}

RequestSpec RequestSpec::deleteResource(const QString &path)
{
    RequestSpec spec;
    spec.method = HttpMethod::Delete;
    spec.path = path;
    return spec;
}

RequestSpec RequestSpec::unlessInvalid(const std::optional<ApiError> &problem, RequestSpec spec)
{
    if (problem)
        spec.rejection = *problem;
    return spec;
}

ApiRequest::ApiRequest(ApiClient *client, RequestSpec spec)
    : QObject(client)
    , m_client(client)
    , m_spec(std::move(spec))
    , m_connection(std::make_unique<const ConnectionSettings>(client->connection()))
    , m_generation(client->connectionGeneration())
{
    // Start on the next event-loop turn so the caller can connect to finished() first, even when
    // the request fails before reaching the network (an unreadable file, say).
    QTimer::singleShot(0, this, &ApiRequest::startAttempt);
}

ApiRequest::~ApiRequest()
{
    dropReply();
}

QByteArray ApiRequest::rawHeader(const QByteArray &name) const
{
    for (const RawHeader &h : m_headers)
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    return {};
}

void ApiRequest::abort()
{
    if (m_finished || m_aborted)
        return;
    m_aborted = true;
    if (m_reply)
        m_reply->abort(); // onReplyFinished() reports the cancellation
    else
        finishWith(ApiError(ApiError::Kind::Cancelled, tr("Cancelled by the user.")));
}

void ApiRequest::cancelWith(const QString &why)
{
    if (m_finished)
        return;
    m_aborted = true;
    if (m_reply) {
        // Stop the transfer now (an upload would go on streaming until a deferred delete); the
        // reply's own finished() is not wanted, this is the outcome.
        QNetworkReply *reply = m_reply;
        reply->disconnect(this);
        reply->abort();
    }
    qCInfo(lcApi).noquote() << methodName(m_spec.method) << m_spec.path << "-> cancelled after attempt"
                            << m_attempts << (m_waitingToRetry ? ", was waiting to retry" : ", no retry pending");
    m_waitingToRetry = false;
    finishWith(ApiError(ApiError::Kind::Cancelled, why));
}

void ApiRequest::dropReply()
{
    if (m_connectTimer)
        m_connectTimer->stop();
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->deleteLater();
        m_reply = nullptr;
    }
    if (m_multipart) {
        m_multipart->deleteLater();
        m_multipart = nullptr;
    }
}

void ApiRequest::startAttempt()
{
    if (m_finished || m_aborted || !m_client)
        return;
    if (m_spec.rejection) {
        finishWith(*m_spec.rejection);
        return;
    }
    if (m_generation != m_client->connectionGeneration()) {
        // setConnection() ends such requests itself; this is the last line of defence.
        cancelWith(tr("The profile changed; the request was not sent to the new server."));
        return;
    }
    if (!m_connection->baseUrl.isValid() || m_connection->baseUrl.host().isEmpty()) {
        // Between two profiles (or before the first one is ready) there is no server: say so at
        // once instead of retrying a request that has nowhere to go.
        finishWith(ApiError(ApiError::Kind::InvalidInput, tr("No server is connected yet; the request was not sent.")));
        return;
    }
    ++m_attempts;
    m_bytesSentThisAttempt = 0;
    m_requestSent = false;
    m_timedOut = false;
    m_tlsErrors.clear();
    m_elapsed.start();

    const QNetworkRequest request = m_client->buildRequest(m_spec, *m_connection);
    QNetworkAccessManager *nam = m_client->nam();

    if (m_spec.upload) {
        const MultipartUpload &up = *m_spec.upload;
        auto *file = new QFile(up.filePath);
        if (!file->open(QIODevice::ReadOnly)) {
            const QString why = file->errorString();
            delete file;
            finishWith(ApiError(ApiError::Kind::InvalidInput,
                                tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(up.filePath), why)));
            return;
        }
        m_multipart = new QHttpMultiPart(QHttpMultiPart::FormDataType);
        for (const auto &[name, value] : up.fields) {
            QHttpPart part;
            part.setHeader(QNetworkRequest::ContentDispositionHeader,
                           QStringLiteral("form-data; name=\"%1\"").arg(name));
            part.setBody(value.toUtf8());
            m_multipart->append(part);
        }
        QString fileName = up.fileName.isEmpty() ? QFileInfo(up.filePath).fileName() : up.fileName;
        fileName.replace(QLatin1Char('"'), QLatin1Char('_')).replace(QLatin1Char('\r'), QLatin1Char('_'))
            .replace(QLatin1Char('\n'), QLatin1Char('_'));
        QHttpPart filePart;
        filePart.setHeader(QNetworkRequest::ContentDispositionHeader,
                           QStringLiteral("form-data; name=\"%1\"; filename=\"%2\"").arg(up.fileField, fileName));
        filePart.setHeader(QNetworkRequest::ContentTypeHeader,
                           up.contentType.isEmpty() ? QStringLiteral("application/octet-stream") : up.contentType);
        filePart.setBodyDevice(file);
        file->setParent(m_multipart);
        m_multipart->append(filePart);
        m_reply = nam->post(request, m_multipart);
    } else {
        const QByteArray body = m_spec.jsonBody.value_or(QByteArray());
        switch (m_spec.method) {
        case HttpMethod::Get: m_reply = nam->get(request); break;
        case HttpMethod::Delete: m_reply = nam->deleteResource(request); break;
        case HttpMethod::Post: m_reply = nam->post(request, body); break;
        case HttpMethod::Put: m_reply = nam->put(request, body); break;
        }
    }

    if (lcApi().isDebugEnabled()) {
        QList<RawHeader> headers;
        for (const QByteArray &name : request.rawHeaderList())
            headers.append({name, request.rawHeader(name)});
        qCDebug(lcApi).noquote() << methodName(m_spec.method) << request.url().toString(QUrl::RemoveUserInfo) << "attempt" << m_attempts
                                 << "headers" << redact::headers(headers)
                                 << "body" << (m_spec.jsonBody ? redact::jsonBody(*m_spec.jsonBody) : QByteArray());
    }

    connect(m_reply, &QNetworkReply::finished, this, &ApiRequest::onReplyFinished);
    connect(m_reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) {
        // Never ignored: the reply fails with a TLS error the user can read.
        for (const QSslError &e : errors)
            m_tlsErrors.append(e.errorString());
    });
    connect(m_reply, &QNetworkReply::uploadProgress, this, [this](qint64 sent, qint64 total) {
        if (sent > 0) {
            m_requestSent = true;
            m_bytesSentThisAttempt = sent;
            if (m_connectTimer)
                m_connectTimer->stop();
        }
        if (total > 0)
            Q_EMIT uploadProgress(sent, total);
    });
    auto connected = [this] {
        if (m_connectTimer)
            m_connectTimer->stop();
    };
    connect(m_reply, &QNetworkReply::requestSent, this, [this, connected] {
        m_requestSent = true;
        connected();
    });
    connect(m_reply, &QNetworkReply::metaDataChanged, this, connected);
    connect(m_reply, &QNetworkReply::encrypted, this, connected);

    if (!m_connectTimer) {
        m_connectTimer = new QTimer(this);
        m_connectTimer->setSingleShot(true);
        connect(m_connectTimer, &QTimer::timeout, this, &ApiRequest::onConnectTimeout);
    }
    m_connectTimer->start(m_client->connectTimeoutMs());
}

void ApiRequest::onConnectTimeout()
{
    if (!m_reply || m_requestSent)
        return;
    m_timedOut = true;
    m_reply->abort();
}

std::optional<ApiError> ApiRequest::transportError(int networkError, const QString &text) const
{
    const auto err = QNetworkReply::NetworkError(networkError);
    if (m_aborted)
        return ApiError(ApiError::Kind::Cancelled, tr("Cancelled by the user."));
    if (m_timedOut || err == QNetworkReply::TimeoutError || err == QNetworkReply::OperationCanceledError)
        return ApiError(ApiError::Kind::Timeout,
                        m_timedOut ? tr("No connection within %1 s.").arg(m_client ? m_client->connectTimeoutMs() / 1000.0 : 0)
                                   : tr("No data for %1 s.").arg(m_client ? m_client->transferTimeoutMs() / 1000.0 : 0));
    if (!m_tlsErrors.isEmpty() || err == QNetworkReply::SslHandshakeFailedError)
        return ApiError(ApiError::Kind::Tls, m_tlsErrors.isEmpty() ? text : m_tlsErrors.join(QLatin1Char('\n')));
    return ApiError(ApiError::Kind::Network, text);
}

bool ApiRequest::retryAllowed(const ApiError &error, int httpStatus) const
{
    if (m_aborted || !m_client)
        return false;
    if (m_attempts - 1 >= m_client->retryPolicy().maxRetries())
        return false;
    if (error.kind() == ApiError::Kind::Tls || error.kind() == ApiError::Kind::InvalidInput
        || error.kind() == ApiError::Kind::Cancelled)
        return false;
    if (m_spec.safety == RetrySafety::BeforeSendOnly && (httpStatus != 0 || m_requestSent))
        return false; // the server may have acted on it: never risk a duplicate
    const bool cutOff = httpStatus >= 200 && httpStatus < 300; // success status, body lost
    if (httpStatus != 0 && !cutOff) {
        if (const auto override = RetryPolicy::serverRetryOverride(rawHeader("x-should-retry")))
            return *override;
        return RetryPolicy::isRetryableStatus(httpStatus);
    }
    return error.kind() == ApiError::Kind::Network || error.kind() == ApiError::Kind::Timeout;
}

void ApiRequest::onReplyFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply)
        return;
    if (m_connectTimer)
        m_connectTimer->stop();

    m_httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    m_headers = reply->rawHeaderPairs();
    m_body = reply->isOpen() ? reply->readAll() : QByteArray();
    const QNetworkReply::NetworkError netError = reply->error();
    const QString netText = reply->errorString();
    const QUrl url = reply->url();
    dropReply();

    std::optional<ApiError> error;
    if (m_aborted) {
        error = ApiError(ApiError::Kind::Cancelled, tr("Cancelled by the user."));
    } else if (m_httpStatus >= 200 && m_httpStatus < 300) {
        // A success status with a transport error means the body was cut off.
        if (netError != QNetworkReply::NoError)
            error = transportError(netError, netText);
    } else if (m_httpStatus > 0) {
        error = ApiError::fromHttpStatus(m_httpStatus, m_body);
        if (m_client)
            error->setRetryAfterMs(RetryPolicy::serverHintMs(rawHeader("retry-after-ms"), rawHeader("retry-after"),
                                                             m_client->clock()->currentDateTimeUtc()));
    } else {
        error = transportError(netError, netText);
    }

    qCInfo(lcApi).noquote() << methodName(m_spec.method) << url.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery) << "->"
                            << (m_httpStatus ? QString::number(m_httpStatus) : QStringLiteral("no response"))
                            << (error ? ApiError::kindName(error->kind()) : QStringLiteral("ok"))
                            << m_elapsed.elapsed() << "ms, attempt" << m_attempts;

    if (error && retryAllowed(*error, m_httpStatus)) {
        const int delay = m_client->retryPolicy().delayMs(m_attempts - 1, error->retryAfterMs());
        Q_EMIT retrying(m_attempts, delay, *error);
        m_waitingToRetry = true;
        m_client->clock()->callAfter(delay, this, [this] {
            m_waitingToRetry = false;
            startAttempt();
        });
        return;
    }
    finishWith(error);
}

void ApiRequest::finishWith(std::optional<ApiError> error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = std::move(error);
    dropReply();
    Q_EMIT finished();
    deleteLater();
}

} // namespace docket::api
