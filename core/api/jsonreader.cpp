// SPDX-FileCopyrightText: 2026 The Docket authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/jsonreader.h"

#include <QJsonDocument>
#include <QTimeZone>

#include <cmath>

namespace docket::api {

JsonReader::JsonReader(QJsonObject object, QString path)
    : JsonReader(std::move(object), std::move(path), std::make_shared<std::optional<ApiError>>())
{
}

JsonReader::JsonReader(QJsonObject object, QString path, std::shared_ptr<std::optional<ApiError>> error)
    : m_object(std::move(object)), m_path(std::move(path)), m_error(std::move(error))
{
}

QString JsonReader::pathOf(QLatin1StringView key) const
{
    return m_path.isEmpty() ? QString(key) : m_path + QLatin1Char('.') + key;
}

bool JsonReader::has(QLatin1StringView key) const
{
    const QJsonValue v = m_object.value(key);
    return !v.isUndefined() && !v.isNull();
}

void JsonReader::fail(const QString &field, const QString &problem)
{
    if (!m_error->has_value())
        *m_error = ApiError::shape(field, problem);
}

bool JsonReader::require(QLatin1StringView key)
{
    if (has(key))
        return true;
    fail(pathOf(key), QStringLiteral("required field '%1' is missing").arg(pathOf(key)));
    return false;
}

bool JsonReader::expect(QLatin1StringView key, bool typeOk, const char *expected)
{
    if (typeOk)
        return true;
    fail(pathOf(key), QStringLiteral("field '%1' should be %2").arg(pathOf(key), QLatin1String(expected)));
    return false;
}

QString JsonReader::string(QLatin1StringView key)
{
    if (!require(key))
        return {};
    return optString(key).value_or(QString());
}

std::optional<QString> JsonReader::optString(QLatin1StringView key)
{
    if (!has(key))
        return std::nullopt;
    const QJsonValue v = m_object.value(key);
    if (!expect(key, v.isString(), "a string"))
        return std::nullopt;
    return v.toString();
}

double JsonReader::number(QLatin1StringView key)
{
    if (!require(key))
        return 0;
    return optNumber(key).value_or(0);
}

std::optional<double> JsonReader::optNumber(QLatin1StringView key)
{
    if (!has(key))
        return std::nullopt;
    const QJsonValue v = m_object.value(key);
    if (!expect(key, v.isDouble(), "a number"))
        return std::nullopt;
    return v.toDouble();
}

qint64 JsonReader::integer(QLatin1StringView key)
{
    if (!require(key))
        return 0;
    return optInteger(key).value_or(0);
}

std::optional<qint64> JsonReader::optInteger(QLatin1StringView key)
{
    if (!has(key))
        return std::nullopt;
    const QJsonValue v = m_object.value(key);
    const double d = v.toDouble();
    if (!expect(key, v.isDouble() && std::floor(d) == d, "an integer"))
        return std::nullopt;
    return v.toInteger();
}

qint64 JsonReader::integerOr(QLatin1StringView key, qint64 fallback)
{
    return optInteger(key).value_or(fallback);
}

bool JsonReader::boolean(QLatin1StringView key, bool fallback)
{
    if (!has(key))
        return fallback;
    const QJsonValue v = m_object.value(key);
    if (!expect(key, v.isBool(), "a boolean"))
        return fallback;
    return v.toBool();
}

std::optional<QDateTime> JsonReader::optDateTime(QLatin1StringView key)
{
    const std::optional<QString> text = optString(key);
    if (!text)
        return std::nullopt;
    std::optional<QDateTime> dt = json::dateTimeFromWire(*text);
    if (!dt)
        fail(pathOf(key), QStringLiteral("field '%1' is not an ISO-8601 date-time: %2").arg(pathOf(key), *text));
    return dt;
}

QStringList JsonReader::stringList(QLatin1StringView key)
{
    if (!require(key))
        return {};
    return optStringList(key).value_or(QStringList());
}

std::optional<QStringList> JsonReader::optStringList(QLatin1StringView key)
{
    if (!has(key))
        return std::nullopt;
    const QJsonValue v = m_object.value(key);
    if (!expect(key, v.isArray(), "an array of strings"))
        return std::nullopt;
    QStringList out;
    for (const QJsonValue &item : v.toArray()) {
        if (!expect(key, item.isString(), "an array of strings"))
            return std::nullopt;
        out.append(item.toString());
    }
    return out;
}

std::optional<QList<qint64>> JsonReader::optIntegerList(QLatin1StringView key)
{
    if (!has(key))
        return std::nullopt;
    const QJsonValue v = m_object.value(key);
    if (!expect(key, v.isArray(), "an array of integers"))
        return std::nullopt;
    QList<qint64> out;
    for (const QJsonValue &item : v.toArray()) {
        const double d = item.toDouble();
        if (!expect(key, item.isDouble() && std::floor(d) == d, "an array of integers"))
            return std::nullopt;
        out.append(item.toInteger());
    }
    return out;
}

std::optional<QMap<QString, QString>> JsonReader::optStringMap(QLatin1StringView key)
{
    const std::optional<QJsonObject> o = optObject(key);
    if (!o)
        return std::nullopt;
    QMap<QString, QString> out;
    for (auto it = o->begin(); it != o->end(); ++it) {
        const QJsonValue v = it.value();
        if (v.isString())
            out.insert(it.key(), v.toString());
        else if (v.isDouble())
            out.insert(it.key(), QString::number(v.toDouble()));
        else if (v.isBool())
            out.insert(it.key(), v.toBool() ? QStringLiteral("true") : QStringLiteral("false"));
        else if (v.isObject())
            out.insert(it.key(), QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact)));
        else if (v.isArray())
            out.insert(it.key(), QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact)));
    }
    return out;
}

std::optional<QJsonObject> JsonReader::optObject(QLatin1StringView key)
{
    if (!has(key))
        return std::nullopt;
    const QJsonValue v = m_object.value(key);
    if (!expect(key, v.isObject(), "an object"))
        return std::nullopt;
    return v.toObject();
}

Result<QJsonDocument> parseDocument(const QByteArray &body)
{
    QJsonParseError err;
    QJsonDocument doc = QJsonDocument::fromJson(body, &err);
    if (err.error != QJsonParseError::NoError)
        return ApiError::malformed(QStringLiteral("%1 at byte %2").arg(err.errorString()).arg(err.offset));
    return doc;
}

namespace json {

void put(QJsonObject &o, QLatin1StringView key, const std::optional<QString> &v)
{
    if (v)
        o.insert(key, *v);
}

void put(QJsonObject &o, QLatin1StringView key, const std::optional<qint64> &v)
{
    if (v)
        o.insert(key, *v);
}

void put(QJsonObject &o, QLatin1StringView key, const std::optional<double> &v)
{
    if (v)
        o.insert(key, *v);
}

void put(QJsonObject &o, QLatin1StringView key, const std::optional<QDateTime> &v)
{
    if (v)
        o.insert(key, dateTimeToWire(*v));
}

void put(QJsonObject &o, QLatin1StringView key, const std::optional<QStringList> &v)
{
    if (v)
        o.insert(key, QJsonArray::fromStringList(*v));
}

void put(QJsonObject &o, QLatin1StringView key, const std::optional<QList<qint64>> &v)
{
    if (!v)
        return;
    QJsonArray a;
    for (qint64 i : *v)
        a.append(i);
    o.insert(key, a);
}

void put(QJsonObject &o, QLatin1StringView key, const std::optional<QMap<QString, QString>> &v)
{
    if (!v)
        return;
    QJsonObject m;
    for (auto it = v->begin(); it != v->end(); ++it)
        m.insert(it.key(), it.value());
    o.insert(key, m);
}

QString dateTimeToWire(const QDateTime &dt)
{
    return dt.toUTC().toString(Qt::ISODateWithMs);
}

std::optional<QDateTime> dateTimeFromWire(const QString &text)
{
    // The server writes RFC 3339 with or without fractions and zone ("2026-03-01T10:00:00.123456Z",
    // "2026-03-01T10:00:00+00:00", or naive UTC). Qt reads at most milliseconds, so trim the rest.
    QString t = text.trimmed();
    static const QLatin1Char dot('.');
    const qsizetype tpos = t.indexOf(QLatin1Char('T'));
    const qsizetype dpos = t.indexOf(dot, tpos < 0 ? 0 : tpos);
    if (tpos > 0 && dpos > tpos) {
        qsizetype end = dpos + 1;
        while (end < t.size() && t.at(end).isDigit())
            ++end;
        const QString frac = t.mid(dpos + 1, end - dpos - 1).left(3).leftJustified(3, QLatin1Char('0'));
        t = t.left(dpos + 1) + frac + t.mid(end);
    }
    QDateTime dt = QDateTime::fromString(t, Qt::ISODateWithMs);
    if (!dt.isValid())
        dt = QDateTime::fromString(t, Qt::ISODate);
    if (!dt.isValid())
        return std::nullopt;
    if (dt.timeSpec() == Qt::LocalTime && !t.endsWith(QLatin1Char('Z')) && tpos > 0
        && t.indexOf(QLatin1Char('+'), tpos) < 0 && t.indexOf(QLatin1Char('-'), tpos) < 0)
        dt.setTimeZone(QTimeZone::utc()); // a naive timestamp from the server is UTC
    return dt;
}

} // namespace json
} // namespace docket::api
