// SPDX-FileCopyrightText: 2026 The Docket authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rules/rulevalidator.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>
#include <QUrlQuery>

#include <optional>

namespace docket::engine {

// Collects FastAPI/pydantic-style validation problems ({loc, msg, type}) for one request and
// renders the 422 body. The checks mirror the OpenAPI document's constraints (required keys,
// types, lengths, bounds, enums); rule limits come from rules::RuleValidator so the engine and
// the client forms share one definition. Used by EngineServer's handlers.
class RequestValidation
{
public:
    static QJsonArray loc(std::initializer_list<QJsonValue> parts);
    static QJsonArray child(const QJsonArray &base, const QJsonValue &part);

    void add(const QJsonArray &loc, const QString &msg, const QString &type);
    bool ok() const { return m_issues.isEmpty(); }
    QByteArray body() const; // {"detail":[...]}

    // JSON body fields. Each returns the value when present and valid; records an issue when the
    // value is required and missing, or present with the wrong type or out of bounds. null counts
    // as absent (the schemas declare optional fields nullable).
    std::optional<QString> string(const QJsonObject &o, const QString &key, const QJsonArray &at, bool required,
                                  int minLength = 0, int maxLength = -1);
    std::optional<qint64> integer(const QJsonObject &o, const QString &key, const QJsonArray &at, bool required,
                                  std::optional<qint64> min = std::nullopt, std::optional<qint64> max = std::nullopt);
    std::optional<QJsonObject> object(const QJsonObject &o, const QString &key, const QJsonArray &at, bool required);
    std::optional<QJsonArray> array(const QJsonObject &o, const QString &key, const QJsonArray &at, bool required,
                                    int minItems = 0, int maxItems = -1);
    std::optional<QStringList> stringList(const QJsonObject &o, const QString &key, const QJsonArray &at,
                                          bool required, int minItems = 0, int maxItems = -1);
    std::optional<QString> oneOf(const QJsonObject &o, const QString &key, const QJsonArray &at,
                                 const QStringList &allowed, const QString &fallback);

    // Query parameters (loc ["query", key]).
    std::optional<qint64> queryInteger(const QUrlQuery &q, const QString &key, std::optional<qint64> min,
                                       std::optional<qint64> max);
    std::optional<QString> queryOneOf(const QUrlQuery &q, const QString &key, const QStringList &allowed);
    std::optional<qint64> queryDateTimeMs(const QUrlQuery &q, const QString &key);
    std::optional<bool> queryBool(const QUrlQuery &q, const QString &key);

    // A list of rules at `at` (["body","configuration","rules"]): list, items, and RuleValidator.
    void rules(const QJsonObject &parent, const QJsonArray &at);
    // ClassifyV2Configuration at `at`; targetPagesError is set from the page-range parser.
    void v2Configuration(const QJsonObject &config, const QJsonArray &at);
    // requireHttpUrl: v1's LlamaParseWebhookConfiguration has the pattern ^https?:, v2's has none.
    void webhookConfigurations(const QJsonObject &o, const QString &key, const QJsonArray &at, bool requireHttpUrl);

    static QString enumMessage(const QStringList &allowed);
    static const QStringList &parserLanguages();

private:
    // False (and a "missing" issue when required) for an absent or null value.
    bool present(const QJsonValue &v, const QJsonArray &at, bool required);

    QJsonArray m_issues;
};

} // namespace docket::engine
