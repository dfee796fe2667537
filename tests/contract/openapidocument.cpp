// SPDX-FileCopyrightText: 2026 The Docket authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "openapidocument.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace docket::test {

namespace {
// Deep enough for every request body of the API; a guard against a self-referencing schema.
constexpr int MaxDepth = 32;

bool typeFits(const QJsonValue &value, const QJsonObject &schema)
{
    const QString type = schema.value(QLatin1String("type")).toString();
    if (type.isEmpty())
        return true;
    if (type == QLatin1String("object"))
        return value.isObject();
    if (type == QLatin1String("array"))
        return value.isArray();
    if (type == QLatin1String("null"))
        return value.isNull();
    if (type == QLatin1String("string"))
        return value.isString();
    if (type == QLatin1String("boolean"))
        return value.isBool();
    return value.isDouble(); // integer, number
}
} // namespace

OpenApiDocument OpenApiDocument::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        OpenApiDocument doc;
        doc.m_error = QStringLiteral("cannot read %1: %2").arg(path, file.errorString());
        return doc;
    }
    return fromJson(file.readAll(), path);
}

OpenApiDocument OpenApiDocument::fromJson(const QByteArray &json, const QString &origin)
{
    OpenApiDocument doc;
    QJsonParseError error;
    const QJsonDocument parsed = QJsonDocument::fromJson(json, &error);
    if (!parsed.isObject()) {
        doc.m_error = QStringLiteral("%1 is not a JSON object: %2").arg(origin, error.errorString());
        return doc;
    }
    doc.m_paths = parsed.object().value(QLatin1String("paths")).toObject();
    doc.m_schemas = parsed.object().value(QLatin1String("components")).toObject().value(QLatin1String("schemas")).toObject();
    if (doc.m_paths.isEmpty())
        doc.m_error = QStringLiteral("%1 declares no paths").arg(origin);
    return doc;
}

std::optional<QString> OpenApiDocument::findTemplate(const QString &method, const QString &path) const
{
    const QStringList segments = path.split(QLatin1Char('/'));
    std::optional<QString> best;
    int bestLiterals = -1;
    for (auto it = m_paths.constBegin(); it != m_paths.constEnd(); ++it) {
        if (!it.value().toObject().contains(method))
            continue;
        const QStringList parts = it.key().split(QLatin1Char('/'));
        if (parts.size() != segments.size())
            continue;
        int literals = 0;
        bool matches = true;
        for (qsizetype i = 0; i < parts.size() && matches; ++i) {
            const bool parameter = parts.at(i).startsWith(QLatin1Char('{')) && parts.at(i).endsWith(QLatin1Char('}'));
            if (parameter)
                matches = !segments.at(i).isEmpty();
            else if ((matches = parts.at(i) == segments.at(i)))
                ++literals;
        }
        if (matches && literals > bestLiterals) {
            best = it.key();
            bestLiterals = literals;
        }
    }
    return best;
}

QJsonObject OpenApiDocument::operation(const QString &method, const QString &pathTemplate) const
{
    return m_paths.value(pathTemplate).toObject().value(method).toObject();
}

QJsonObject OpenApiDocument::resolve(QJsonObject schema) const
{
    for (int hops = 0; hops < MaxDepth && schema.contains(QLatin1String("$ref")); ++hops) {
        const QString ref = schema.value(QLatin1String("$ref")).toString();
        schema = m_schemas.value(ref.section(QLatin1Char('/'), -1)).toObject();
    }
    return schema;
}

QStringList OpenApiDocument::undeclaredQueryParameters(const QString &method, const QString &pathTemplate,
                                                       const QStringList &names) const
{
    QStringList declared;
    for (const QJsonValue &p : operation(method, pathTemplate).value(QLatin1String("parameters")).toArray())
        if (p.toObject().value(QLatin1String("in")).toString() == QLatin1String("query"))
            declared.append(p.toObject().value(QLatin1String("name")).toString());
    QStringList out;
    for (const QString &name : names)
        if (!declared.contains(name) && !out.contains(QStringLiteral("query: ") + name))
            out.append(QStringLiteral("query: ") + name);
    return out;
}

QStringList OpenApiDocument::undeclaredBodyFields(const QString &method, const QString &pathTemplate,
                                                  const QString &mediaType, const QJsonValue &body) const
{
    const QJsonObject content = operation(method, pathTemplate)
                                    .value(QLatin1String("requestBody")).toObject()
                                    .value(QLatin1String("content")).toObject();
    if (!content.contains(mediaType))
        return {QStringLiteral("body: the operation takes no %1 body").arg(mediaType)};
    const QJsonObject schema = content.value(mediaType).toObject().value(QLatin1String("schema")).toObject();
    return undeclared(body, schema, QStringLiteral("body"), 0);
}

QStringList OpenApiDocument::undeclared(const QJsonValue &value, const QJsonObject &unresolved, const QString &where,
                                        int depth) const
{
    if (depth > MaxDepth)
        return {};
    const QJsonObject schema = resolve(unresolved);

    // A union: the value is fine if one alternative of a fitting type declares all it carries.
    for (const QLatin1String keyword : {QLatin1String("anyOf"), QLatin1String("oneOf")}) {
        const QJsonArray alternatives = schema.value(keyword).toArray();
        if (alternatives.isEmpty())
            continue;
        std::optional<QStringList> fewest;
        for (const QJsonValue &alternative : alternatives) {
            const QJsonObject resolved = resolve(alternative.toObject());
            if (!typeFits(value, resolved) && !resolved.contains(QLatin1String("anyOf"))
                && !resolved.contains(QLatin1String("oneOf")))
                continue;
            const QStringList problems = undeclared(value, resolved, where, depth + 1);
            if (problems.isEmpty())
                return {};
            if (!fewest || problems.size() < fewest->size())
                fewest = problems;
        }
        return fewest.value_or(QStringList());
    }

    if (value.isArray()) {
        QStringList out;
        const QJsonArray items = value.toArray();
        for (qsizetype i = 0; i < items.size(); ++i)
            out += undeclared(items.at(i), schema.value(QLatin1String("items")).toObject(),
                              where + QLatin1Char('.') + QString::number(i), depth + 1);
        return out;
    }
    if (!value.isObject())
        return {};

    QJsonObject properties = schema.value(QLatin1String("properties")).toObject();
    for (const QJsonValue &part : schema.value(QLatin1String("allOf")).toArray()) {
        const QJsonObject more = resolve(part.toObject()).value(QLatin1String("properties")).toObject();
        for (auto it = more.constBegin(); it != more.constEnd(); ++it)
            properties.insert(it.key(), it.value());
    }
    const QJsonValue additional = schema.value(QLatin1String("additionalProperties"));
    const QJsonObject object = value.toObject();
    QStringList out;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const QString at = where + QLatin1Char('.') + it.key();
        if (properties.contains(it.key()))
            out += undeclared(it.value(), properties.value(it.key()).toObject(), at, depth + 1);
        else if (additional.isObject())
            out += undeclared(it.value(), additional.toObject(), at, depth + 1);
        else if (!properties.isEmpty() && !(additional.isBool() && additional.toBool()))
            out.append(at); // a free-form object (no properties declared) takes any key
    }
    return out;
}

} // namespace docket::test
