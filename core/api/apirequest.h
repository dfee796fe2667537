// SPDX-FileCopyrightText: 2026 The Docket authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/apierror.h"
#include "api/logging.h"
#include "api/query.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QString>

#include <memory>
#include <optional>

class QNetworkReply;
class QHttpMultiPart;
class QTimer;

namespace docket::api {

class ApiClient;
struct ConnectionSettings;

enum class HttpMethod { Get, Post, Put, Delete };

// Whether a failed attempt may be sent again without risking duplicate work on the server.
enum class RetrySafety {
    Idempotent,      // GET/PUT/DELETE, or a POST carrying an idempotency key (v2 create's transaction_id)
    BeforeSendOnly,  // a POST that creates something: retried only when no byte reached the server
};

// A file sent as multipart/form-data, read from disk as it is sent (memory stays flat).
struct MultipartUpload
{
    QString filePath;
    QString fileName;    // the name the server records; defaults to the file's own name
    QString contentType; // defaults to application/octet-stream
    QString fileField = QStringLiteral("file");
    QList<QPair<QString, QString>> fields; // plain form fields, e.g. purpose=classify
};

// Everything ApiClient needs to send one call.
struct RequestSpec
{
    HttpMethod method = HttpMethod::Get;
    QString path; // absolute API path, e.g. "/api/v2/classify"
    Query query;
    std::optional<QByteArray> jsonBody;
    std::optional<MultipartUpload> upload;
    RetrySafety safety = RetrySafety::Idempotent;
    bool tenantScoped = true; // add project_id / organization_id from the connection
    QList<RawHeader> extraHeaders;
    // Set when the caller's input was found invalid while building the spec: the request then
    // ends with this error on the next event-loop turn without touching the network, so callers
    // get every outcome the same way (through the callback, never synchronously).
    std::optional<ApiError> rejection;

    // One path segment (an ID) percent-escaped, so "a/b" or "a b" cannot change the path.
    static QString pathSegment(const QString &raw);

    // The shapes the endpoint clients build again and again.
    static RequestSpec get(const QString &path, Query query = {});
    static RequestSpec postJson(const QString &path, const QJsonObject &body, RetrySafety safety);
    static RequestSpec deleteResource(const QString &path);
    // spec itself, or a rejected spec when a client-side check found a problem.
    static RequestSpec unlessInvalid(const std::optional<ApiError> &problem, RequestSpec spec);
};

// One call to the API, possibly in several attempts. Owns its QNetworkReply, turns every failure
// into a typed ApiError, emits finished() exactly once, then deletes itself (cf. ownCloud's
// AbstractNetworkJob). Created by ApiClient::send(); callers connect to finished() with a context.
// Every attempt, retries included, goes to the server and key the client had when the request was
// sent; a profile switch or the client's destruction ends it with Cancelled instead. Deleting a
// request directly ends it silently: use abort() to stop one.
class ApiRequest : public QObject
{
    Q_OBJECT

public:
    ~ApiRequest() override;

    const RequestSpec &spec() const { return m_spec; }
    bool isFinished() const { return m_finished; }
    bool succeeded() const { return m_finished && !m_error; }
    // Attempts made so far (1 = no retry).
    int attempts() const { return m_attempts; }
    int httpStatus() const { return m_httpStatus; }
    QByteArray body() const { return m_body; }
    QByteArray rawHeader(const QByteArray &name) const;
    const std::optional<ApiError> &error() const { return m_error; }

public Q_SLOTS:
    // Stops the call; finished() follows with a Cancelled error (unless it already finished).
    void abort();

Q_SIGNALS:
    void uploadProgress(qint64 bytesSent, qint64 bytesTotal);
    // Every attempt that fails and will be retried, with the wait before the next one.
    void retrying(int attempt, int delayMs, const docket::api::ApiError &error);
    void finished();

private:
    friend class ApiClient;
    ApiRequest(ApiClient *client, RequestSpec spec);

    void startAttempt();
    // Ends the call now with Cancelled(why), whatever stage it is in; nothing more is sent.
    void cancelWith(const QString &why);
    void onReplyFinished();
    void onConnectTimeout();
    void finishWith(std::optional<ApiError> error);
    void dropReply();
    std::optional<ApiError> transportError(int networkError, const QString &text) const;
    bool retryAllowed(const ApiError &error, int httpStatus) const;

    QPointer<ApiClient> m_client;
    RequestSpec m_spec;
    // The connection this request was sent for, fixed at creation.
    std::unique_ptr<const ConnectionSettings> m_connection;
    quint64 m_generation = 0;
    QPointer<QNetworkReply> m_reply;
    QHttpMultiPart *m_multipart = nullptr;
    QTimer *m_connectTimer = nullptr;
    QElapsedTimer m_elapsed;
    int m_attempts = 0;
    int m_httpStatus = 0;
    qint64 m_bytesSentThisAttempt = 0;
    bool m_requestSent = false;
    bool m_timedOut = false;
    bool m_aborted = false;
    bool m_finished = false;
    bool m_waitingToRetry = false;
    QStringList m_tlsErrors;
    QByteArray m_body;
    QList<RawHeader> m_headers;
    std::optional<ApiError> m_error;
};

} // namespace docket::api
