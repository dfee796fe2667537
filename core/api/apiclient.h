// SPDX-FileCopyrightText: 2026 The Docket authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/apirequest.h"
#include "api/clock.h"
#include "api/jsonreader.h"
#include "api/retrypolicy.h"

#include <QNetworkRequest>
#include <QObject>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;

namespace docket::api {

// Where and as whom to talk: one LlamaCloud profile or the local engine.
struct ConnectionSettings
{
    QUrl baseUrl;
    QString apiKey; // never logged
    QString projectId;
    QString organizationId;

    bool operator==(const ConnectionSettings &) const = default;

    static QUrl usBaseUrl();
    static QUrl euBaseUrl();
};

// The one owner of the process's QNetworkAccessManager: applies base URL, bearer auth, user
// agent, JSON headers, timeouts, tenant query parameters and the retry policy in one place
// (cf. zeal's NetworkAccessManager). Endpoint clients (ClassifyV2Api, FilesApi, …) build
// RequestSpecs and call send() or call<T>(); the UI never touches the QNAM.
// Every request is bound to the connection current when it was sent (see setConnection), and
// every request still open when the client is destroyed finishes as Cancelled from ~ApiClient,
// while the client is still whole; receivers must not delete the client from that finished().
class ApiClient : public QObject
{
    Q_OBJECT

public:
    static constexpr int DefaultTransferTimeoutMs = 60'000;
    static constexpr int DefaultConnectTimeoutMs = 10'000;

    explicit ApiClient(QObject *parent = nullptr);
    ~ApiClient() override;

    // Switches server and key for the requests sent from now on. Requests sent before, whether on
    // the wire, waiting to retry or not started, never reach the new server: they finish at once
    // with a Cancelled error. Setting the same connection again changes nothing.
    void setConnection(const ConnectionSettings &settings);
    const ConnectionSettings &connection() const { return m_connection; }
    // Counts setConnection() calls that changed something; each request remembers its own.
    quint64 connectionGeneration() const { return m_generation; }
    void setRetryPolicy(const RetryPolicy &policy) { m_retryPolicy = policy; }
    const RetryPolicy &retryPolicy() const { return m_retryPolicy; }
    void setClock(Clock *clock) { m_clock = clock ? clock : Clock::system(); }
    Clock *clock() const { return m_clock; }
    void setTimeouts(int connectMs, int transferMs);
    int connectTimeoutMs() const { return m_connectTimeoutMs; }
    int transferTimeoutMs() const { return m_transferTimeoutMs; }

    static QByteArray userAgent();
    QUrl urlFor(const QString &path, const Query &query) const;

    // Starts the call; the returned request deletes itself after finished().
    ApiRequest *send(RequestSpec spec);

    // Starts the call and hands the parsed result to done (in context's thread, unless context
    // died first). Returns the request for progress and abort.
    template<typename T>
    ApiRequest *call(RequestSpec spec, QObject *context, std::function<void(Result<T>)> done)
    {
        ApiRequest *request = send(std::move(spec));
        connect(request, &ApiRequest::finished, context, [request, done = std::move(done)] {
            if (request->error())
                done(*request->error());
            else
                done(parseBody<T>(request->body()));
        });
        return request;
    }

    // For calls that answer with a bare JSON array.
    template<typename T>
    ApiRequest *callList(RequestSpec spec, QObject *context, std::function<void(Result<QList<T>>)> done)
    {
        ApiRequest *request = send(std::move(spec));
        connect(request, &ApiRequest::finished, context, [request, done = std::move(done)] {
            if (request->error())
                done(*request->error());
            else
                done(parseArrayBody<T>(request->body()));
        });
        return request;
    }

    // For calls whose success has no body worth reading (204).
    ApiRequest *callEmpty(RequestSpec spec, QObject *context, std::function<void(Result<Empty>)> done);

private:
    friend class ApiRequest;
    QNetworkRequest buildRequest(const RequestSpec &spec, const ConnectionSettings &connection) const;
    static QUrl urlFor(const QUrl &baseUrl, const QString &path, const Query &query);
    QNetworkAccessManager *nam() const { return m_nam; }
    // Finishes every open request with Cancelled(why); callbacks may send new requests meanwhile.
    void cancelRequests(quint64 olderThanGeneration, const QString &why);

    QNetworkAccessManager *m_nam;
    ConnectionSettings m_connection;
    quint64 m_generation = 0;
    bool m_closing = false;
    RetryPolicy m_retryPolicy;
    Clock *m_clock = Clock::system();
    int m_connectTimeoutMs = DefaultConnectTimeoutMs;
    int m_transferTimeoutMs = DefaultTransferTimeoutMs;
};

} // namespace docket::api
