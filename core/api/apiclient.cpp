// SPDX-FileCopyrightText: 2026 The Docket authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/apiclient.h"

#include <QNetworkAccessManager>
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

ApiClient::~ApiClient() = default;

void ApiClient::setConnection(const ConnectionSettings &settings)
{
    m_connection = settings;
    // A new key or server must not reuse a connection or credentials cached for the old one.
    m_nam->clearConnectionCache();
    m_nam->clearAccessCache();
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
    QUrl url = m_connection.baseUrl;
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

QNetworkRequest ApiClient::buildRequest(const RequestSpec &spec) const
{
    Query query = spec.query;
    if (spec.tenantScoped) {
        const QString project = QStringLiteral("project_id");
        const QString organization = QStringLiteral("organization_id");
        if (!m_connection.projectId.isEmpty() && !query.contains(project))
            query.add(project, m_connection.projectId);
        if (!m_connection.organizationId.isEmpty() && !query.contains(organization))
            query.add(organization, m_connection.organizationId);
    }

    QNetworkRequest request(urlFor(spec.path, query));
    request.setRawHeader("User-Agent", userAgent());
    request.setRawHeader("Accept", "application/json");
    if (!m_connection.apiKey.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_connection.apiKey.toUtf8());
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
