// SPDX-FileCopyrightText: 2026 The Docket authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/logging.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace docket {

Q_LOGGING_CATEGORY(lcApi, "docket.api", QtInfoMsg)

namespace redact {

static const QByteArray Redacted = QByteArrayLiteral("<redacted>");

bool isSecretHeader(const QByteArray &name)
{
    const QByteArray n = name.toLower();
    return n == "authorization" || n == "proxy-authorization" || n == "cookie" || n == "set-cookie"
        || n.contains("api-key") || n.contains("apikey") || n.contains("token") || n.contains("secret")
        || n.contains("signature") || n.startsWith("webhook");
}

QList<RawHeader> headers(const QList<RawHeader> &in)
{
    QList<RawHeader> out;
    out.reserve(in.size());
    for (const RawHeader &h : in)
        out.append({h.first, isSecretHeader(h.first) ? Redacted : h.second});
    return out;
}

static QJsonValue scrub(const QJsonValue &value)
{
    if (value.isArray()) {
        QJsonArray a = value.toArray();
        for (qsizetype i = 0; i < a.size(); ++i)
            a[i] = scrub(a.at(i));
        return a;
    }
    if (!value.isObject())
        return value;
    QJsonObject o = value.toObject();
    for (auto it = o.begin(); it != o.end(); ++it) {
        const QString key = it.key();
        if (key == QLatin1String("webhook_headers") && it.value().isObject()) {
            QJsonObject h = it.value().toObject();
            for (auto hit = h.begin(); hit != h.end(); ++hit)
                hit.value() = QString::fromLatin1(Redacted);
            it.value() = h;
        } else if (key.contains(QLatin1String("secret")) || key == QLatin1String("api_key")
                   || key == QLatin1String("token")) {
            if (!it.value().isNull())
                it.value() = QString::fromLatin1(Redacted);
        } else {
            it.value() = scrub(it.value());
        }
    }
    return o;
}

QByteArray jsonBody(const QByteArray &body)
{
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &err);
    if (err.error != QJsonParseError::NoError)
        return "<" + QByteArray::number(body.size()) + " bytes, not JSON>";
    const QJsonValue clean = scrub(doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object()));
    return clean.isArray() ? QJsonDocument(clean.toArray()).toJson(QJsonDocument::Compact)
                           : QJsonDocument(clean.toObject()).toJson(QJsonDocument::Compact);
}

} // namespace redact
} // namespace docket
