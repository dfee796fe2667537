// SPDX-FileCopyrightText: 2026 The Docket authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "account/keyvalidator.h"

#include "api/accountapi.h"

#include <QCoreApplication>
#include <QSet>

namespace docket::account {

namespace {
QString regionAdvice(Region region)
{
    switch (region) {
    case Region::US:
        return KeyValidator::tr("If the key was created in the EU region (cloud.eu.llamaindex.ai), choose EU and check again.");
    case Region::EU:
        return KeyValidator::tr("If the key was created in the US region (cloud.llamaindex.ai), choose US and check again.");
    case Region::Custom:
        return KeyValidator::tr("Check that the key was created on this server.");
    }
    return {};
}
} // namespace

KeyValidator::KeyValidator(QObject *parent) : QObject(parent), m_client(new api::ApiClient(this))
{
    api::RetryPolicy policy;
    policy.setMaxRetries(0);
    m_client->setRetryPolicy(policy);
    // A person is waiting for the answer: do not make them wait a minute for a dead server.
    m_client->setTimeouts(10'000, 20'000);
}

KeyValidator::~KeyValidator()
{
    ++m_generation; // answers still in flight are ignored
    if (m_request)
        m_request->abort();
}

KeyCheck KeyValidator::describe(const api::ApiError &error, const QUrl &baseUrl, Region region)
{
    using K = api::ApiError::Kind;
    using O = KeyCheck::Outcome;
    KeyCheck check;
    check.httpStatus = error.httpStatus();
    const QString host = baseUrl.host();
    switch (error.kind()) {
    case K::Unauthorized:
        check.outcome = O::BadKey;
        check.message = tr("The server at %1 rejected this API key (HTTP 401): it is wrong, revoked, or belongs "
                           "to another region.").arg(host)
            + QLatin1Char(' ') + regionAdvice(region);
        break;
    case K::PaymentRequired:
        check.outcome = O::OutOfCredits;
        check.message = tr("The key is valid, but the account is out of credits (HTTP 402). Add credits or "
                           "change the plan in LlamaCloud, then check again.");
        break;
    case K::Forbidden:
        check.outcome = O::NoAccess;
        check.message = tr("The key was recognised but has no access to projects (HTTP 403). Ask the "
                           "organization's owner for access, or use another key.");
        break;
    case K::RateLimited:
        check.outcome = O::RateLimited;
        if (const auto ms = error.retryAfterMs()) {
            check.retryAfterSeconds = int((*ms + 999) / 1000);
            check.message = tr("Too many requests (HTTP 429). Wait %n second(s), then check again.", nullptr,
                               *check.retryAfterSeconds);
        } else {
            check.message = tr("Too many requests (HTTP 429). Wait a little, then check again.");
        }
        break;
    case K::Network:
        check.outcome = O::Offline;
        check.message = tr("Could not reach %1: this computer may be offline, or the address is wrong. (%2)")
                            .arg(host, error.message());
        break;
    case K::Tls:
        check.outcome = O::Tls;
        check.message = tr("The secure connection to %1 failed, so the key was not sent: the server's certificate "
                           "is not trusted or the TLS handshake failed. (%2)").arg(host, error.message());
        break;
    case K::Timeout:
        check.outcome = O::Timeout;
        check.message = tr("%1 did not answer in time. Check the connection and try again.").arg(host);
        break;
    case K::Server:
        check.outcome = O::ServerError;
        check.message = tr("The server at %1 had an internal problem (HTTP %2). Try again later.")
                            .arg(host).arg(error.httpStatus());
        break;
    default:
        check.outcome = O::Unexpected;
        check.message = tr("The server at %1 gave an unexpected answer; is this a LlamaCloud address?")
                            .arg(host)
            + QLatin1Char('\n') + error.toDisplayString();
        break;
    }
    return check;
}

void KeyValidator::validate(const QUrl &baseUrl, const QString &apiKey, Region region)
{
    cancel();
    const quint64 generation = ++m_generation;
    m_busy = true;

    const QString key = apiKey.trimmed();
    if (key.isEmpty()) {
        KeyCheck check;
        check.outcome = KeyCheck::Outcome::MissingKey;
        check.message = tr("Enter an API key first.");
        QMetaObject::invokeMethod(
            this, [this, generation, check] {
                if (generation == m_generation)
                    finish(check);
            },
            Qt::QueuedConnection);
        return;
    }

    api::ConnectionSettings candidate;
    candidate.baseUrl = baseUrl;
    candidate.apiKey = key;
    m_client->setConnection(candidate);

    api::AccountApi account(m_client);
    m_request = account.projects(std::nullopt, this, [this, generation, baseUrl, region](api::Result<QList<api::Project>> projects) {
        if (generation != m_generation)
            return;
        m_request = nullptr;
        if (!projects) {
            finish(describe(projects.error(), baseUrl, region));
            return;
        }
        KeyCheck check;
        check.outcome = KeyCheck::Outcome::Valid;
        check.httpStatus = 200;
        check.projects = projects.value();
        api::AccountApi account(m_client);
        m_request = account.organizations(this, [this, generation, check](api::Result<QList<api::Organization>> orgs) mutable {
            if (generation != m_generation)
                return;
            m_request = nullptr;
            if (orgs) {
                check.organizations = orgs.value();
            } else {
                // The projects are what matters; without the list, name organizations by their ids.
                QSet<QString> seen;
                for (const api::Project &p : std::as_const(check.projects)) {
                    if (p.organizationId.isEmpty() || seen.contains(p.organizationId))
                        continue;
                    seen.insert(p.organizationId);
                    api::Organization o;
                    o.id = p.organizationId;
                    o.name = p.organizationId;
                    check.organizations.append(o);
                }
            }
            check.message = tr("The key works: %n project(s) available.", nullptr, int(check.projects.size()));
            finish(check);
        });
    });
}

void KeyValidator::cancel()
{
    if (!m_busy)
        return;
    ++m_generation;
    m_busy = false;
    if (m_request)
        m_request->abort();
    m_request = nullptr;
}

void KeyValidator::finish(KeyCheck check)
{
    m_busy = false;
    Q_EMIT finished(check);
}

} // namespace docket::account
