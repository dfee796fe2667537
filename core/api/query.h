// SPDX-FileCopyrightText: 2026 The Docket authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <optional>

namespace docket::api {

// A query string encoded the way the API and its SDKs expect: lists as repeated keys
// (`job_ids=a&job_ids=b`), booleans as true/false, absent values omitted, date-times as ISO-8601
// UTC, and everything outside RFC 3986's unreserved set percent-encoded (so a `+` in a time zone
// offset can never turn into a space).
class Query
{
public:
    Query &add(const QString &key, const QString &value);
    Query &add(const QString &key, const std::optional<QString> &value);
    Query &add(const QString &key, const std::optional<qint64> &value);
    Query &add(const QString &key, const std::optional<int> &value);
    Query &add(const QString &key, const std::optional<bool> &value);
    Query &add(const QString &key, const std::optional<QDateTime> &value);
    Query &add(const QString &key, const QStringList &values); // repeated keys; empty adds nothing
    Query &add(const QString &key, const char *value) = delete;

    bool isEmpty() const { return m_items.isEmpty(); }
    bool contains(const QString &key) const;
    QStringList values(const QString &key) const;
    const QList<QPair<QString, QString>> &items() const { return m_items; }
    QString encoded() const;

private:
    QList<QPair<QString, QString>> m_items;
};

} // namespace docket::api
