// SPDX-FileCopyrightText: 2026 The Docket authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/apierror.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QStringList>

#include <memory>
#include <optional>

namespace docket::api {

// Reads one JSON object the way the contract wants it read: unknown keys are ignored, `null`
// counts as absent for optional fields, and the first missing or mistyped field becomes a typed
// ApiError (UnexpectedShape) naming its JSON path ("items[2].status"). Nested readers share the
// error, so a DTO's read() can simply read everything and let the caller check ok() once.
// Used by every DTO in api/types.h.
class JsonReader
{
public:
    explicit JsonReader(QJsonObject object, QString path = QString());

    bool ok() const { return !m_error->has_value(); }
    ApiError error() const { return m_error->value_or(ApiError()); }
    const QJsonObject &object() const { return m_object; }
    QString path() const { return m_path; }
    bool has(QLatin1StringView key) const; // present and not null

    QString string(QLatin1StringView key);
    std::optional<QString> optString(QLatin1StringView key);
    double number(QLatin1StringView key);
    std::optional<double> optNumber(QLatin1StringView key);
    qint64 integer(QLatin1StringView key);
    std::optional<qint64> optInteger(QLatin1StringView key);
    qint64 integerOr(QLatin1StringView key, qint64 fallback);
    bool boolean(QLatin1StringView key, bool fallback);
    std::optional<QDateTime> optDateTime(QLatin1StringView key);
    QStringList stringList(QLatin1StringView key);
    std::optional<QStringList> optStringList(QLatin1StringView key);
    std::optional<QList<qint64>> optIntegerList(QLatin1StringView key);
    // A free-form object whose values are shown as strings (non-strings as compact JSON).
    std::optional<QMap<QString, QString>> optStringMap(QLatin1StringView key);
    std::optional<QJsonObject> optObject(QLatin1StringView key);

    template<typename T>
    T child(QLatin1StringView key)
    {
        if (!require(key))
            return T{};
        return readChild<T>(key);
    }

    template<typename T>
    std::optional<T> optChild(QLatin1StringView key)
    {
        if (!has(key))
            return std::nullopt;
        return readChild<T>(key);
    }

    template<typename T>
    QList<T> list(QLatin1StringView key)
    {
        if (!require(key))
            return {};
        return readList<T>(key);
    }

    template<typename T>
    std::optional<QList<T>> optList(QLatin1StringView key)
    {
        if (!has(key))
            return std::nullopt;
        return readList<T>(key);
    }

    void fail(const QString &field, const QString &problem);
    QString pathOf(QLatin1StringView key) const;

private:
    JsonReader(QJsonObject object, QString path, std::shared_ptr<std::optional<ApiError>> error);
    bool require(QLatin1StringView key);
    bool expect(QLatin1StringView key, bool typeOk, const char *expected);

    template<typename T>
    T readChild(QLatin1StringView key)
    {
        const QJsonValue v = m_object.value(key);
        if (!expect(key, v.isObject(), "an object"))
            return T{};
        JsonReader sub(v.toObject(), pathOf(key), m_error);
        return T::read(sub);
    }

    template<typename T>
    QList<T> readList(QLatin1StringView key)
    {
        const QJsonValue v = m_object.value(key);
        if (!expect(key, v.isArray(), "an array"))
            return {};
        const QJsonArray array = v.toArray();
        QList<T> out;
        out.reserve(array.size());
        for (qsizetype i = 0; i < array.size() && ok(); ++i) {
            const QString itemPath = pathOf(key) + QLatin1Char('[') + QString::number(i) + QLatin1Char(']');
            if (!array.at(i).isObject()) {
                fail(itemPath, QStringLiteral("expected an object"));
                break;
            }
            JsonReader sub(array.at(i).toObject(), itemPath, m_error);
            out.append(T::read(sub));
        }
        return out;
    }

    QJsonObject m_object;
    QString m_path;
    std::shared_ptr<std::optional<ApiError>> m_error;
};

// Writers for the mirror image: optional values are written only when set.
namespace json {
void put(QJsonObject &o, QLatin1StringView key, const std::optional<QString> &v);
void put(QJsonObject &o, QLatin1StringView key, const std::optional<qint64> &v);
void put(QJsonObject &o, QLatin1StringView key, const std::optional<double> &v);
void put(QJsonObject &o, QLatin1StringView key, const std::optional<QDateTime> &v);
void put(QJsonObject &o, QLatin1StringView key, const std::optional<QStringList> &v);
void put(QJsonObject &o, QLatin1StringView key, const std::optional<QList<qint64>> &v);
void put(QJsonObject &o, QLatin1StringView key, const std::optional<QMap<QString, QString>> &v);
QString dateTimeToWire(const QDateTime &dt);
std::optional<QDateTime> dateTimeFromWire(const QString &text);

template<typename T>
QJsonArray array(const QList<T> &items)
{
    QJsonArray a;
    for (const T &item : items)
        a.append(item.toJson());
    return a;
}

template<typename T>
void put(QJsonObject &o, QLatin1StringView key, const std::optional<T> &v)
{
    if (v)
        o.insert(key, v->toJson());
}

template<typename T>
void put(QJsonObject &o, QLatin1StringView key, const std::optional<QList<T>> &v)
{
    if (v)
        o.insert(key, array(*v));
}
} // namespace json

// Parses a whole response body into T (T::read), with MalformedJson for bytes that are not JSON.
template<typename T>
Result<T> parseObject(const QJsonObject &object)
{
    JsonReader reader(object);
    T value = T::read(reader);
    if (!reader.ok())
        return reader.error();
    return value;
}

Result<QJsonDocument> parseDocument(const QByteArray &body);

template<typename T>
Result<T> parseBody(const QByteArray &body)
{
    const Result<QJsonDocument> doc = parseDocument(body);
    if (!doc)
        return doc.error();
    if (!doc.value().isObject())
        return ApiError::shape(QStringLiteral("$"), QStringLiteral("expected a JSON object"));
    return parseObject<T>(doc.value().object());
}

// For endpoints that answer with a bare array (v1 projects, organizations).
template<typename T>
Result<QList<T>> parseArrayBody(const QByteArray &body)
{
    const Result<QJsonDocument> doc = parseDocument(body);
    if (!doc)
        return doc.error();
    if (!doc.value().isArray())
        return ApiError::shape(QStringLiteral("$"), QStringLiteral("expected a JSON array"));
    QJsonObject wrapper;
    wrapper.insert(QLatin1String("items"), doc.value().array());
    JsonReader reader(wrapper, QStringLiteral("$"));
    QList<T> items = reader.list<T>(QLatin1String("items"));
    if (!reader.ok())
        return reader.error();
    return items;
}

} // namespace docket::api
