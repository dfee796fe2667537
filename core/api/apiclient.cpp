// SPDX-FileCopyrightText: 2026 The Docket authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/apiclient.h"

#include <QNetworkAccessManager>
#include <QPointer>
#include <QSysInfo>

namespace docket::api {

QUrl ConnectionSettings::usBaseUrl()
{
    return QUrl(QStringLiteral("https://api.cloud.llamaindex.ai"));
}

QUrl ConnectionSettings::euBaseUrl()
{
    return QUrl(QStringLiteral("https://api.cloud.eu.llamaindex.ai"));
}

ApiClient::ApiClient(QObject *parent) : QObject(parent), m_nam(new QNetworkAccessManager(this))
{
    // Replies belong to their ApiRequest, which deletes them.
    m_nam->setAutoDeleteReplies(false);
}

ApiClient::~ApiClient()
{
    // Keep the one-finished() promise to pagers, pollers and outboxes that wait on a callback. The
    // client, its QNAM and the replies are all still alive here; in ~QObject they would not be.
    m_closing = true;
    cancelRequests(m_generation + 1, ApiRequest::tr("The request was stopped because its connection was closed."));
}

void ApiClient::setConnection(const ConnectionSettings &settings)
{
    if (settings == m_connection)
        return; // the same server and key: nothing sent so far can go astray
    // The old profile's requests must never be built against the new server, key or project
    // (cross-tenant leak): the generation is bumped before their callbacks run, so anything a
    // callback sends now belongs to the new connection.
    m_connection = settings;
    const quint64 previous = m_generation++;
    // A new key or server must not reuse a connection or credentials cached for the old one.
    m_nam->clearConnectionCache();
    m_nam->clearAccessCache();
    cancelRequests(previous + 1, ApiRequest::tr("The profile changed; the request was not sent to the new server."));
}

void ApiClient::cancelRequests(quint64 olderThanGeneration, const QString &why)
{
    // A callback may send again (done while closing, those are cancelled in the next pass) or even
    // switch the connection again, so work on guarded copies and go round until nothing is left.
    for (int pass = 0; pass < 100; ++pass) {
        QList<QPointer<ApiRequest>> open;
        const QList<ApiRequest *> children = findChildren<ApiRequest *>(Qt::FindDirectChildrenOnly);
        for (ApiRequest *request : children)
            if (!request->isFinished() && request->m_generation < olderThanGeneration)
                open.append(request);
        if (open.isEmpty())
            return;
        for (const QPointer<ApiRequest> &request : std::as_const(open))
            if (request)
                request->cancelWith(why);
    }
    qCWarning(lcApi) << "requests kept being sent while the connection was" << (m_closing ? "closing" : "changing");
}

void ApiClient::setTimeouts(int connectMs, int transferMs)
{
    m_connectTimeoutMs = std::max(1, connectMs);
    m_transferTimeoutMs = std::max(1, transferMs);
}

QByteArray ApiClient::userAgent()
{
    return QByteArrayLiteral("Docket/") + QByteArrayLiteral(DOCKET_VERSION) + " (Qt " + qVersion() + "; "
        + QSysInfo::productType().toLatin1() + ')';
}

QUrl ApiClient::urlFor(const QString &path, const Query &query) const
{
    return urlFor(m_connection.baseUrl, path, query);
}

QUrl ApiClient::urlFor(const QUrl &baseUrl, const QString &path, const Query &query)
{
    QUrl url = baseUrl;
    // Paths arrive with their ID segments already percent-escaped (RequestSpec::pathSegment), so
    // they are set in encoded form: decoding mode would escape the '%' a second time.
    QString basePath = url.path(QUrl::FullyEncoded);
    while (basePath.endsWith(QLatin1Char('/')))
        basePath.chop(1);
    url.setPath(basePath + (path.startsWith(QLatin1Char('/')) ? path : QLatin1Char('/') + path), QUrl::TolerantMode);
    if (!query.isEmpty())
        url.setQuery(query.encoded(), QUrl::StrictMode);
    else
        url.setQuery(QString());
    return url;
}

QNetworkRequest ApiClient::buildRequest(const RequestSpec &spec, const ConnectionSettings &connection) const
{
    Query query = spec.query;
    if (spec.tenantScoped) {
        const QString project = QStringLiteral("project_id");
        const QString organization = QStringLiteral("organization_id");
        if (!connection.projectId.isEmpty() && !query.contains(project))
            query.add(project, connection.projectId);
        if (!connection.organizationId.isEmpty() && !query.contains(organization))
            query.add(organization, connection.organizationId);
    }

    QNetworkRequest request(urlFor(connection.baseUrl, spec.path, query));
    request.setRawHeader("User-Agent", userAgent());
    request.setRawHeader("Accept", "application/json");
    if (!connection.apiKey.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + connection.apiKey.toUtf8());
    if (spec.jsonBody)
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    for (const RawHeader &h : spec.extraHeaders)
        request.setRawHeader(h.first, h.second);
    request.setTransferTimeout(m_transferTimeoutMs);
    return request;
}

ApiRequest *ApiClient::send(RequestSpec spec)
{
    return new ApiRequest(this, std::move(spec));
}

ApiRequest *ApiClient::callEmpty(RequestSpec spec, QObject *context, std::function<void(Result<Empty>)> done)
{
    ApiRequest *request = send(std::move(spec));
    connect(request, &ApiRequest::finished, context, [request, done = std::move(done)] {
        if (request->error())
            done(*request->error());
        else
            done(Empty{});
    });
    return request;
}

} // namespace docket::api
