// SPDX-FileCopyrightText: 2026 The Docket authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/query.h"

#include "api/jsonreader.h"

#include <QUrl>

namespace docket::api {

Query &Query::add(const QString &key, const QString &value)
{
    m_items.append({key, value});
    return *this;
}

Query &Query::add(const QString &key, const std::optional<QString> &value)
{
    if (value)
        add(key, *value);
    return *this;
}

Query &Query::add(const QString &key, const std::optional<qint64> &value)
{
    if (value)
        add(key, QString::number(*value));
    return *this;
}

Query &Query::add(const QString &key, const std::optional<int> &value)
{
    if (value)
        add(key, QString::number(*value));
    return *this;
}

Query &Query::add(const QString &key, const std::optional<bool> &value)
{
    if (value)
        add(key, *value ? QStringLiteral("true") : QStringLiteral("false"));
    return *this;
}

Query &Query::add(const QString &key, const std::optional<QDateTime> &value)
{
    if (value && value->isValid())
        add(key, json::dateTimeToWire(*value));
    return *this;
}

Query &Query::add(const QString &key, const QStringList &values)
{
    for (const QString &v : values)
        add(key, v);
    return *this;
}

bool Query::contains(const QString &key) const
{
    for (const auto &item : m_items)
        if (item.first == key)
            return true;
    return false;
}

QStringList Query::values(const QString &key) const
{
    QStringList out;
    for (const auto &item : m_items)
        if (item.first == key)
            out.append(item.second);
    return out;
}

QString Query::encoded() const
{
    QByteArray out;
    for (const auto &[key, value] : m_items) {
        if (!out.isEmpty())
            out += '&';
        out += QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(value);
    }
    return QString::fromLatin1(out);
}

} // namespace docket::api
