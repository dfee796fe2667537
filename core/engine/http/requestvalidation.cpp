// SPDX-FileCopyrightText: 2026 The Docket authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/http/requestvalidation.h"

#include "api/jsonreader.h"
#include "engine/webhooks/webhookdispatcher.h"
#include "rules/pagerange.h"

#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace docket::engine {

namespace {

QString plural(qint64 n, const QString &one, const QString &many)
{
    return n == 1 ? one : many;
}

} // namespace

const QStringList &RequestValidation::parserLanguages()
{
    // ParserLanguages of the OpenAPI document: the v1 `lang` enum (v2 takes any ISO 639-1 code).
    static const QStringList languages = QStringLiteral("af az bs cs cy da de en es et fr ga hr hu id is it ku la lt lv mi ms mt nl no oc pi pl pt ro rs_latin sk sl sq sv sw tl tr uz vi ar fa ug ur bn as mni ru rs_cyrillic be bg uk mn abq ady kbd ava dar inh che lbe lez tab tjk hi mr ne bh mai ang bho mah sck new gom sa bgc th ch_sim ch_tra ja ko ta te kn").split(u' ');
    return languages;
}

bool RequestValidation::present(const QJsonValue &v, const QJsonArray &at, bool required)
{
    if (!v.isUndefined() && !v.isNull())
        return true;
    if (required)
        add(at, QStringLiteral("Field required"), QStringLiteral("missing"));
    return false;
}

QJsonArray RequestValidation::loc(std::initializer_list<QJsonValue> parts)
{
    QJsonArray a;
    for (const QJsonValue &v : parts)
        a.append(v);
    return a;
}

QJsonArray RequestValidation::child(const QJsonArray &base, const QJsonValue &part)
{
    QJsonArray a = base;
    a.append(part);
    return a;
}

void RequestValidation::add(const QJsonArray &at, const QString &msg, const QString &type)
{
    QJsonObject issue;
    issue.insert("loc"_L1, at);
    issue.insert("msg"_L1, msg);
    issue.insert("type"_L1, type);
    m_issues.append(issue);
}

QByteArray RequestValidation::body() const
{
    QJsonObject o;
    o.insert("detail"_L1, m_issues);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QString RequestValidation::enumMessage(const QStringList &allowed)
{
    QStringList quoted;
    for (const QString &a : allowed)
        quoted << u'\'' + a + u'\'';
    if (quoted.size() == 1)
        return QStringLiteral("Input should be ") + quoted.first();
    const QString last = quoted.takeLast();
    return QStringLiteral("Input should be ") + quoted.join(QStringLiteral(", ")) + QStringLiteral(" or ") + last;
}

std::optional<QString> RequestValidation::string(const QJsonObject &o, const QString &key, const QJsonArray &base,
                                                 bool required, int minLength, int maxLength)
{
    const QJsonArray at = child(base, key);
    const QJsonValue v = o.value(key);
    if (!present(v, at, required))
        return std::nullopt;
    if (!v.isString()) {
        add(at, QStringLiteral("Input should be a valid string"), QStringLiteral("string_type"));
        return std::nullopt;
    }
    const QString s = v.toString();
    const int n = rules::characterCount(s);
    if (n < minLength) {
        add(at, QStringLiteral("String should have at least %1 %2").arg(minLength).arg(plural(minLength, QStringLiteral("character"), QStringLiteral("characters"))),
            QStringLiteral("string_too_short"));
        return std::nullopt;
    }
    if (maxLength >= 0 && n > maxLength) {
        add(at, QStringLiteral("String should have at most %1 %2").arg(maxLength).arg(plural(maxLength, QStringLiteral("character"), QStringLiteral("characters"))),
            QStringLiteral("string_too_long"));
        return std::nullopt;
    }
    return s;
}

std::optional<qint64> RequestValidation::integer(const QJsonObject &o, const QString &key, const QJsonArray &base,
                                                 bool required, std::optional<qint64> min, std::optional<qint64> max)
{
    const QJsonArray at = child(base, key);
    const QJsonValue v = o.value(key);
    if (!present(v, at, required))
        return std::nullopt;
    qint64 n = 0;
    if (v.isDouble()) {
        const double d = v.toDouble();
        if (d != double(qint64(d))) {
            add(at, QStringLiteral("Input should be a valid integer, got a number with a fractional part"),
                QStringLiteral("int_from_float"));
            return std::nullopt;
        }
        n = qint64(d);
    } else if (v.isString()) {
        bool ok = false;
        n = v.toString().trimmed().toLongLong(&ok);
        if (!ok) {
            add(at, QStringLiteral("Input should be a valid integer, unable to parse string as an integer"),
                QStringLiteral("int_parsing"));
            return std::nullopt;
        }
    } else {
        add(at, QStringLiteral("Input should be a valid integer"), QStringLiteral("int_type"));
        return std::nullopt;
    }
    if (min && n < *min) {
        add(at, QStringLiteral("Input should be greater than or equal to %1").arg(*min),
            QStringLiteral("greater_than_equal"));
        return std::nullopt;
    }
    if (max && n > *max) {
        add(at, QStringLiteral("Input should be less than or equal to %1").arg(*max), QStringLiteral("less_than_equal"));
        return std::nullopt;
    }
    return n;
}

std::optional<QJsonObject> RequestValidation::object(const QJsonObject &o, const QString &key, const QJsonArray &base,
                                                     bool required)
{
    const QJsonArray at = child(base, key);
    const QJsonValue v = o.value(key);
    if (!present(v, at, required))
        return std::nullopt;
    if (!v.isObject()) {
        add(at, QStringLiteral("Input should be a valid dictionary or object to extract fields from"),
            QStringLiteral("model_attributes_type"));
        return std::nullopt;
    }
    return v.toObject();
}

std::optional<QJsonArray> RequestValidation::array(const QJsonObject &o, const QString &key, const QJsonArray &base,
                                                   bool required, int minItems, int maxItems)
{
    const QJsonArray at = child(base, key);
    const QJsonValue v = o.value(key);
    if (!present(v, at, required))
        return std::nullopt;
    if (!v.isArray()) {
        add(at, QStringLiteral("Input should be a valid list"), QStringLiteral("list_type"));
        return std::nullopt;
    }
    const QJsonArray a = v.toArray();
    if (a.size() < minItems) {
        add(at, QStringLiteral("List should have at least %1 %2 after validation, not %3").arg(minItems).arg(plural(minItems, QStringLiteral("item"), QStringLiteral("items"))).arg(a.size()),
            QStringLiteral("too_short"));
        return std::nullopt;
    }
    if (maxItems >= 0 && a.size() > maxItems) {
        add(at, QStringLiteral("List should have at most %1 %2 after validation, not %3").arg(maxItems).arg(plural(maxItems, QStringLiteral("item"), QStringLiteral("items"))).arg(a.size()),
            QStringLiteral("too_long"));
        return std::nullopt;
    }
    return a;
}

std::optional<QStringList> RequestValidation::stringList(const QJsonObject &o, const QString &key,
                                                         const QJsonArray &base, bool required, int minItems,
                                                         int maxItems)
{
    const auto a = array(o, key, base, required, minItems, maxItems);
    if (!a)
        return std::nullopt;
    QStringList out;
    bool good = true;
    for (qsizetype i = 0; i < a->size(); ++i) {
        if (!a->at(i).isString()) {
            add(child(child(base, key), int(i)), QStringLiteral("Input should be a valid string"),
                QStringLiteral("string_type"));
            good = false;
            continue;
        }
        out << a->at(i).toString();
    }
    if (!good)
        return std::nullopt;
    return out;
}

std::optional<QString> RequestValidation::oneOf(const QJsonObject &o, const QString &key, const QJsonArray &base,
                                                const QStringList &allowed, const QString &fallback)
{
    const auto s = string(o, key, base, false);
    if (!s)
        return o.value(key).isString() ? std::nullopt : std::optional<QString>(fallback);
    if (!allowed.contains(*s)) {
        add(child(base, key), enumMessage(allowed),
            allowed.size() == 1 ? QStringLiteral("literal_error") : QStringLiteral("enum"));
        return std::nullopt;
    }
    return s;
}

std::optional<qint64> RequestValidation::queryInteger(const QUrlQuery &q, const QString &key,
                                                      std::optional<qint64> min, std::optional<qint64> max)
{
    if (!q.hasQueryItem(key))
        return std::nullopt;
    QJsonObject o;
    o.insert(key, q.queryItemValue(key, QUrl::FullyDecoded));
    return integer(o, key, loc({QStringLiteral("query")}), false, min, max);
}

std::optional<QString> RequestValidation::queryOneOf(const QUrlQuery &q, const QString &key,
                                                     const QStringList &allowed)
{
    if (!q.hasQueryItem(key))
        return std::nullopt;
    const QString v = q.queryItemValue(key, QUrl::FullyDecoded);
    if (!allowed.contains(v)) {
        add(loc({QStringLiteral("query"), key}), enumMessage(allowed), QStringLiteral("enum"));
        return std::nullopt;
    }
    return v;
}

std::optional<qint64> RequestValidation::queryDateTimeMs(const QUrlQuery &q, const QString &key)
{
    if (!q.hasQueryItem(key))
        return std::nullopt;
    const QString v = q.queryItemValue(key, QUrl::FullyDecoded);
    const auto dt = api::json::dateTimeFromWire(v);
    if (!dt || !dt->isValid()) {
        add(loc({QStringLiteral("query"), key}),
            QStringLiteral("Input should be a valid datetime or date, invalid character in year"),
            QStringLiteral("datetime_from_date_parsing"));
        return std::nullopt;
    }
    return dt->toMSecsSinceEpoch();
}

std::optional<bool> RequestValidation::queryBool(const QUrlQuery &q, const QString &key)
{
    if (!q.hasQueryItem(key))
        return std::nullopt;
    const QString v = q.queryItemValue(key, QUrl::FullyDecoded).toLower();
    static const QStringList yes{QStringLiteral("true"), QStringLiteral("1"), QStringLiteral("yes"), QStringLiteral("on")};
    static const QStringList no{QStringLiteral("false"), QStringLiteral("0"), QStringLiteral("no"), QStringLiteral("off")};
    if (yes.contains(v))
        return true;
    if (no.contains(v))
        return false;
    add(loc({QStringLiteral("query"), key}), QStringLiteral("Input should be a valid boolean, unable to interpret input"),
        QStringLiteral("bool_parsing"));
    return std::nullopt;
}

void RequestValidation::rules(const QJsonObject &parent, const QJsonArray &base)
{
    const auto list = array(parent, QStringLiteral("rules"), base, true, rules::MinRulesPerJob);
    if (!list)
        return;
    const QJsonArray rulesAt = child(base, QStringLiteral("rules"));
    for (qsizetype i = 0; i < list->size(); ++i) {
        const QJsonArray itemAt = child(rulesAt, int(i));
        if (!list->at(i).isObject()) {
            add(itemAt, QStringLiteral("Input should be a valid dictionary or object to extract fields from"),
                QStringLiteral("model_attributes_type"));
            continue;
        }
        const QJsonObject rule = list->at(i).toObject();
        const auto type = string(rule, QStringLiteral("type"), itemAt, true);
        const auto description = string(rule, QStringLiteral("description"), itemAt, true);
        if (type) {
            for (const rules::FieldError &e : rules::RuleValidator::validateType(*type, QString(), false))
                add(child(itemAt, QStringLiteral("type")), e.message, e.type);
        }
        if (description) {
            for (const rules::FieldError &e : rules::RuleValidator::validateDescription(*description, QString()))
                add(child(itemAt, QStringLiteral("description")), e.message, e.type);
        }
    }
}

void RequestValidation::v2Configuration(const QJsonObject &config, const QJsonArray &at)
{
    rules(config, at);
    oneOf(config, QStringLiteral("mode"), at, {QStringLiteral("FAST")}, QStringLiteral("FAST"));
    const auto parsing = object(config, QStringLiteral("parsing_configuration"), at, false);
    if (!parsing)
        return;
    const QJsonArray pAt = child(at, QStringLiteral("parsing_configuration"));
    string(*parsing, QStringLiteral("lang"), pAt, false);
    integer(*parsing, QStringLiteral("max_pages"), pAt, false, 1);
    if (const auto pages = string(*parsing, QStringLiteral("target_pages"), pAt, false)) {
        const rules::PageRangeParse parsed = rules::parsePageRanges(*pages);
        if (!parsed.ok())
            add(child(pAt, QStringLiteral("target_pages")), QStringLiteral("Value error, ") + parsed.error,
                QStringLiteral("value_error"));
    }
}

void RequestValidation::webhookConfigurations(const QJsonObject &o, const QString &key, const QJsonArray &base,
                                              bool requireHttpUrl)
{
    const auto list = array(o, key, base, false);
    if (!list)
        return;
    const QJsonArray listAt = child(base, key);
    for (qsizetype i = 0; i < list->size(); ++i) {
        const QJsonArray at = child(listAt, int(i));
        if (!list->at(i).isObject()) {
            add(at, QStringLiteral("Input should be a valid dictionary or object to extract fields from"),
                QStringLiteral("model_attributes_type"));
            continue;
        }
        const QJsonObject w = list->at(i).toObject();
        if (const auto url = string(w, QStringLiteral("webhook_url"), at, false)) {
            if (requireHttpUrl && !url->startsWith("http://"_L1) && !url->startsWith("https://"_L1))
                add(child(at, QStringLiteral("webhook_url")), QStringLiteral("String should match pattern '^https?:'"),
                    QStringLiteral("string_pattern_mismatch"));
        }
        if (const auto headers = object(w, QStringLiteral("webhook_headers"), at, false)) {
            for (auto it = headers->begin(); it != headers->end(); ++it) {
                const QJsonArray headerAt = child(child(at, QStringLiteral("webhook_headers")), it.key());
                if (const QString problem = WebhookDispatcher::headerNameProblem(it.key()); !problem.isEmpty())
                    add(headerAt, problem, QStringLiteral("value_error"));
                if (!it.value().isString())
                    add(headerAt, QStringLiteral("Input should be a valid string"), QStringLiteral("string_type"));
                else if (const QString problem = WebhookDispatcher::headerValueProblem(it.value().toString());
                         !problem.isEmpty())
                    add(headerAt, problem, QStringLiteral("value_error"));
            }
        }
        string(w, QStringLiteral("webhook_signing_secret"), at, false);
        stringList(w, QStringLiteral("webhook_events"), at, false);
        oneOf(w, QStringLiteral("webhook_output_format"), at, {QStringLiteral("string"), QStringLiteral("json")},
              QStringLiteral("string"));
    }
}

} // namespace docket::engine
