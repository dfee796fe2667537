// SPDX-FileCopyrightText: 2026 The Docket authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/apierror.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace docket::api {

QString ValidationIssue::field() const
{
    QStringList parts = loc;
    static const QStringList origins = {QStringLiteral("body"), QStringLiteral("query"),
                                        QStringLiteral("path"), QStringLiteral("header")};
    if (!parts.isEmpty() && origins.contains(parts.first()))
        parts.removeFirst();
    return parts.join(QLatin1Char('.'));
}

ApiError::ApiError(Kind kind, QString message) : m_kind(kind), m_message(std::move(message)) {}

static ApiError::Kind kindForStatus(int status)
{
    using K = ApiError::Kind;
    switch (status) {
    case 400: return K::BadRequest;
    case 401: return K::Unauthorized;
    case 402: return K::PaymentRequired;
    case 403: return K::Forbidden;
    case 404: return K::NotFound;
    case 408: return K::Timeout;
    case 409: return K::Conflict;
    case 413: return K::PayloadTooLarge;
    case 422: return K::Validation;
    case 429: return K::RateLimited;
    default: return status >= 500 ? K::Server : K::Http;
    }
}

static QString locItemToString(const QJsonValue &v)
{
    if (v.isDouble())
        return QString::number(v.toInteger());
    return v.toString();
}

ApiError ApiError::fromHttpStatus(int status, const QByteArray &body)
{
    ApiError e(kindForStatus(status), QString());
    e.m_httpStatus = status;

    QJsonParseError perr;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &perr);
    const QJsonValue detail = doc.isObject() ? doc.object().value(QLatin1String("detail")) : QJsonValue();
    if (detail.isString()) {
        e.m_message = detail.toString();
    } else if (detail.isArray()) {
        QStringList lines;
        for (const QJsonValue &item : detail.toArray()) {
            const QJsonObject o = item.toObject();
            ValidationIssue issue;
            for (const QJsonValue &l : o.value(QLatin1String("loc")).toArray())
                issue.loc.append(locItemToString(l));
            issue.msg = o.value(QLatin1String("msg")).toString();
            issue.type = o.value(QLatin1String("type")).toString();
            lines.append(issue.field().isEmpty() ? issue.msg : issue.field() + QStringLiteral(": ") + issue.msg);
            e.m_issues.append(issue);
        }
        e.m_message = lines.join(QLatin1Char('\n'));
    } else if (!detail.isUndefined() && !detail.isNull()) {
        e.m_message = QString::fromUtf8(QJsonDocument(doc.object()).toJson(QJsonDocument::Compact));
    } else {
        // Not the FastAPI shape (a proxy's HTML page, say): keep a readable excerpt.
        e.m_message = QString::fromUtf8(body.left(500)).simplified();
    }

    static const QRegularExpression corr(QStringLiteral("correlation ID:?\\s*([A-Za-z0-9._-]+)"),
                                         QRegularExpression::CaseInsensitiveOption);
    const auto m = corr.match(e.m_message);
    if (m.hasMatch())
        e.m_correlationId = m.captured(1);
    return e;
}

ApiError ApiError::shape(const QString &field, const QString &problem)
{
    ApiError e(Kind::UnexpectedShape, problem);
    e.m_field = field;
    return e;
}

ApiError ApiError::invalidInput(const QString &field, const QString &problem)
{
    ApiError e(Kind::InvalidInput, problem);
    e.m_field = field;
    return e;
}

ApiError ApiError::malformed(const QString &parserMessage)
{
    return ApiError(Kind::MalformedJson, parserMessage);
}

bool ApiError::isTransient() const
{
    switch (m_kind) {
    case Kind::Network:
    case Kind::Timeout:
    case Kind::Conflict:
    case Kind::RateLimited:
    case Kind::Server:
        return true;
    default:
        return false;
    }
}

QString ApiError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Network: return QStringLiteral("network");
    case Kind::Timeout: return QStringLiteral("timeout");
    case Kind::Tls: return QStringLiteral("tls");
    case Kind::BadRequest: return QStringLiteral("bad-request");
    case Kind::Unauthorized: return QStringLiteral("unauthorized");
    case Kind::PaymentRequired: return QStringLiteral("payment-required");
    case Kind::Forbidden: return QStringLiteral("forbidden");
    case Kind::NotFound: return QStringLiteral("not-found");
    case Kind::Conflict: return QStringLiteral("conflict");
    case Kind::PayloadTooLarge: return QStringLiteral("payload-too-large");
    case Kind::Validation: return QStringLiteral("validation");
    case Kind::RateLimited: return QStringLiteral("rate-limited");
    case Kind::Server: return QStringLiteral("server");
    case Kind::Http: return QStringLiteral("http");
    case Kind::MalformedJson: return QStringLiteral("malformed-json");
    case Kind::UnexpectedShape: return QStringLiteral("unexpected-shape");
    case Kind::Cancelled: return QStringLiteral("cancelled");
    case Kind::InvalidInput: return QStringLiteral("invalid-input");
    }
    return QStringLiteral("unknown");
}

QString ApiError::toDisplayString() const
{
    QString head;
    switch (m_kind) {
    case Kind::Network: head = tr("The server could not be reached or the connection dropped."); break;
    case Kind::Timeout: head = tr("The server did not answer in time."); break;
    case Kind::Tls: head = tr("The secure connection could not be verified."); break;
    case Kind::BadRequest: head = tr("The server refused the request."); break;
    case Kind::Unauthorized: head = tr("The API key was rejected: it is wrong, revoked, or belongs to another region."); break;
    case Kind::PaymentRequired: head = tr("The account is out of credits."); break;
    case Kind::Forbidden: head = tr("This key has no access to that project or organization."); break;
    case Kind::NotFound: head = tr("The server does not know that item."); break;
    case Kind::Conflict: head = tr("The server reported a conflict."); break;
    case Kind::PayloadTooLarge: head = tr("The file is larger than the server accepts."); break;
    case Kind::Validation: head = tr("The server rejected some values."); break;
    case Kind::RateLimited:
        head = m_retryAfterMs ? tr("Too many requests; the server asks to wait %n second(s).", nullptr,
                                   int((*m_retryAfterMs + 999) / 1000))
                              : tr("Too many requests; the server asks to slow down.");
        break;
    case Kind::Server: head = tr("The server had an internal problem."); break;
    case Kind::Http: head = tr("The server answered with an unexpected status."); break;
    case Kind::MalformedJson: head = tr("The server's answer is not valid JSON."); break;
    case Kind::UnexpectedShape: head = tr("The server's answer does not have the expected shape."); break;
    case Kind::Cancelled: head = tr("The request was cancelled."); break;
    case Kind::InvalidInput: head = tr("The request could not be prepared."); break;
    }
    QString text = head;
    if (m_httpStatus > 0)
        text += QStringLiteral(" (HTTP %1)").arg(m_httpStatus);
    if (!m_field.isEmpty())
        text += QLatin1Char(' ') + tr("Field: %1.").arg(m_field);
    if (!m_message.isEmpty())
        text += QLatin1Char('\n') + m_message;
    return text;
}

} // namespace docket::api
