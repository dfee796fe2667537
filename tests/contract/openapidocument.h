// SPDX-FileCopyrightText: 2026 The Docket authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <optional>

namespace docket::test {

// The official OpenAPI document, read once, answering what one operation declares. tst_contract
// uses it for what Prism lets through silently: a query parameter or a body field that the
// operation does not declare (a misspelt optional name passes Prism, and a FastAPI server
// ignores it, so the setting would be lost without any error).
class OpenApiDocument
{
public:
    // Empty (isLoaded() false, errorString() set) when the file is missing or not JSON.
    static OpenApiDocument load(const QString &path);
    static OpenApiDocument fromJson(const QByteArray &json, const QString &origin = QStringLiteral("the document"));

    bool isLoaded() const { return !m_paths.isEmpty(); }
    QString errorString() const { return m_error; }

    // The path template ("/api/v2/classify/{job_id}") that a concrete path matches for method
    // ("get", "post", …); literal segments win over parameters.
    std::optional<QString> findTemplate(const QString &method, const QString &path) const;

    // Names the operation does not declare, each with where it was found ("query: pagesize",
    // "body: configuration.rulez"). Empty when all are declared.
    QStringList undeclaredQueryParameters(const QString &method, const QString &pathTemplate, const QStringList &names) const;
    QStringList undeclaredBodyFields(const QString &method, const QString &pathTemplate, const QString &mediaType,
                                     const QJsonValue &body) const;

private:
    QJsonObject operation(const QString &method, const QString &pathTemplate) const;
    QJsonObject resolve(QJsonObject schema) const;
    QStringList undeclared(const QJsonValue &value, const QJsonObject &schema, const QString &where, int depth) const;

    QJsonObject m_paths;
    QJsonObject m_schemas;
    QString m_error;
};

} // namespace docket::test
