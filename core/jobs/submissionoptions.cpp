// SPDX-FileCopyrightText: 2026 The Docket authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "jobs/submissionoptions.h"

#include "rules/pagerange.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QRegularExpression>
#include <QUrl>

#include <algorithm>

namespace docket::jobs {

using rules::FieldError;

QString flavourKey(JobFlavour flavour)
{
    switch (flavour) {
    case JobFlavour::V2PerFile:
        return QStringLiteral("v2");
    case JobFlavour::V1MultiFile:
        return QStringLiteral("v1");
    case JobFlavour::Batch:
        return QStringLiteral("batch");
    }
    return QStringLiteral("v2");
}

std::optional<JobFlavour> flavourFromKey(const QString &key)
{
    for (const JobFlavour f : {JobFlavour::V2PerFile, JobFlavour::V1MultiFile, JobFlavour::Batch}) {
        if (flavourKey(f) == key)
            return f;
    }
    return std::nullopt;
}

// The pages as typed (1-based); std::nullopt for an empty text or an error (then *error says why).
static std::optional<QList<int>> typedPages(const QString &text, QString *error)
{
    if (text.trimmed().isEmpty())
        return std::nullopt;
    const rules::PageRangeParse parsed = rules::parsePageRanges(text, PageConversion::MaxTargetPages);
    if (!parsed.ok()) {
        if (error)
            *error = parsed.error;
        return std::nullopt;
    }
    return parsed.pages;
}

std::optional<QList<qint64>> PageConversion::toV1(const QString &text, QString *error)
{
    const auto pages = typedPages(text, error);
    return pages ? std::optional(rules::toZeroIndexed(*pages)) : std::nullopt;
}

std::optional<QString> PageConversion::toV2(const QString &text, QString *error)
{
    const auto pages = typedPages(text, error);
    return pages ? std::optional(rules::formatPageRanges(*pages)) : std::nullopt;
}

QList<FieldError> SubmissionOptions::validateMode(JobFlavour flavour, const QString &mode)
{
    if (mode != QLatin1String("FAST") && mode != QLatin1String("MULTIMODAL"))
        return {{QStringLiteral("mode"), tr("Unknown mode \"%1\".").arg(mode), QStringLiteral("enum")}};
    if (flavour == JobFlavour::V2PerFile && mode != QLatin1String("FAST"))
        return {{QStringLiteral("mode"), tr("v2 jobs run in Fast mode only; choose v1 or batch for Multimodal."),
                 QStringLiteral("literal_error")}};
    return {};
}

QList<FieldError> SubmissionOptions::validateParsing(JobFlavour flavour, const ParsingInput &parsing)
{
    QList<FieldError> errors;
    const bool v2 = flavour == JobFlavour::V2PerFile;
    if (!isParserLanguage(parsing.lang))
        errors.append({QStringLiteral("parsing.lang"), tr("\"%1\" is not a language the parser knows.").arg(parsing.lang),
                       QStringLiteral("enum")});
    if (parsing.maxPages && *parsing.maxPages < 1)
        errors.append({QStringLiteral("parsing.max_pages"), tr("The maximum number of pages must be at least 1."),
                       QStringLiteral("greater_than_equal")});
    QString pageError;
    if (v2)
        PageConversion::toV2(parsing.targetPages, &pageError);
    else
        PageConversion::toV1(parsing.targetPages, &pageError);
    if (!pageError.isEmpty())
        errors.append({QStringLiteral("parsing.target_pages"), pageError, QStringLiteral("value_error")});
    else if (!v2 && parsing.maxPages && !parsing.targetPages.trimmed().isEmpty())
        // The v1 SDK documents target_pages as "cannot be used with max_pages".
        errors.append({QStringLiteral("parsing.target_pages"),
                       tr("v1 and batch jobs take either a maximum number of pages or target pages, not both."),
                       QStringLiteral("value_error")});
    return errors;
}

QList<FieldError> SubmissionOptions::validate() const
{
    QList<FieldError> errors;
    const bool v2 = flavour == JobFlavour::V2PerFile;
    if (configurationId) {
        if (!v2)
            errors.append({QStringLiteral("configuration_id"), tr("Saved presets can only be used for v2 jobs."),
                           QStringLiteral("value_error")});
        else if (configurationId->trimmed().isEmpty())
            errors.append({QStringLiteral("configuration_id"), tr("Choose a saved preset."), QStringLiteral("missing")});
    } else {
        errors += rules::RuleValidator::validateRules(
            [this] {
                QList<std::pair<QString, QString>> pairs;
                for (const api::Rule &r : rules)
                    pairs.append({r.type, r.description});
                return pairs;
            }(),
            QString(), true);
    }
    errors += validateMode(flavour, mode);
    if (!configurationId)
        errors += validateParsing(flavour, parsing);
    for (qsizetype i = 0; i < webhooks.size(); ++i) {
        const WebhookInput &w = webhooks[i];
        const QString prefix = QStringLiteral("webhooks.%1.").arg(i);
        const QUrl url(w.url.trimmed(), QUrl::StrictMode);
        if (w.url.trimmed().isEmpty())
            errors.append({prefix + QStringLiteral("url"), tr("Enter the address that should receive the notifications."),
                           QStringLiteral("missing")});
        else if (!url.isValid() || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http"))
                 || url.host().isEmpty())
            errors.append({prefix + QStringLiteral("url"), tr("Enter a full http:// or https:// address."),
                           QStringLiteral("url_parsing")});
        for (auto it = w.headers.cbegin(); it != w.headers.cend(); ++it) {
            static const QString tokenChars = QStringLiteral("!#$%&'*+-.^_`|~");
            bool ok = !it.key().isEmpty();
            for (const QChar c : it.key())
                ok = ok && c.unicode() < 128 && (c.isLetterOrNumber() || tokenChars.contains(c));
            if (!ok) {
                errors.append({prefix + QStringLiteral("headers"),
                               tr("\"%1\" is not a valid header name.").arg(it.key()), QStringLiteral("value_error")});
                break;
            }
            if (it.value().contains(QLatin1Char('\n')) || it.value().contains(QLatin1Char('\r'))) {
                errors.append({prefix + QStringLiteral("headers"),
                               tr("The value of header \"%1\" must be on one line.").arg(it.key()),
                               QStringLiteral("value_error")});
                break;
            }
        }
        for (const QString &event : w.events) {
            static const QRegularExpression eventPattern(QStringLiteral("^[a-z_]+(\\.[a-z_]+)?$"));
            if (!eventPattern.match(event).hasMatch()) {
                errors.append({prefix + QStringLiteral("events"), tr("\"%1\" is not an event name such as classify.success.").arg(event),
                               QStringLiteral("value_error")});
                break;
            }
        }
    }
    return errors;
}

api::ParsingConfigurationV1 SubmissionOptions::parsingV1() const
{
    api::ParsingConfigurationV1 p;
    p.lang = parsing.lang;
    p.maxPages = parsing.maxPages ? std::optional<qint64>(*parsing.maxPages) : std::nullopt;
    p.targetPages = PageConversion::toV1(parsing.targetPages, nullptr);
    return p;
}

std::optional<api::ParsingConfigurationV2> SubmissionOptions::parsingV2() const
{
    api::ParsingConfigurationV2 p;
    p.lang = parsing.lang;
    p.maxPages = parsing.maxPages ? std::optional<qint64>(*parsing.maxPages) : std::nullopt;
    p.targetPages = PageConversion::toV2(parsing.targetPages, nullptr);
    return p;
}

std::optional<QList<api::WebhookConfiguration>> SubmissionOptions::webhookConfigurations() const
{
    if (webhooks.isEmpty())
        return std::nullopt;
    QList<api::WebhookConfiguration> out;
    for (const WebhookInput &w : webhooks) {
        api::WebhookConfiguration c;
        c.webhookUrl = w.url.trimmed();
        if (!w.headers.isEmpty())
            c.webhookHeaders = w.headers;
        if (!w.events.isEmpty())
            c.webhookEvents = w.events;
        if (!w.signingSecret.isEmpty())
            c.webhookSigningSecret = w.signingSecret;
        out.append(c);
    }
    return out;
}

QJsonObject SubmissionOptions::toJson() const
{
    QJsonArray ruleArray;
    for (const api::Rule &r : rules)
        ruleArray.append(r.toJson());
    QJsonArray hookArray;
    for (const WebhookInput &w : webhooks) {
        QJsonObject headers;
        for (auto it = w.headers.cbegin(); it != w.headers.cend(); ++it)
            headers.insert(it.key(), it.value());
        hookArray.append(QJsonObject{{QStringLiteral("url"), w.url},
                                     {QStringLiteral("headers"), headers},
                                     {QStringLiteral("events"), QJsonArray::fromStringList(w.events)},
                                     {QStringLiteral("signing_secret"), w.signingSecret}});
    }
    QJsonObject o{{QStringLiteral("flavour"), flavourKey(flavour)},
                  {QStringLiteral("rules"), ruleArray},
                  {QStringLiteral("mode"), mode},
                  {QStringLiteral("lang"), parsing.lang},
                  {QStringLiteral("target_pages"), parsing.targetPages},
                  {QStringLiteral("webhooks"), hookArray}};
    if (parsing.maxPages)
        o.insert(QStringLiteral("max_pages"), *parsing.maxPages);
    if (configurationId)
        o.insert(QStringLiteral("configuration_id"), *configurationId);
    return o;
}

bool SubmissionOptions::hasWebhookSecrets() const
{
    return std::any_of(webhooks.cbegin(), webhooks.cend(),
                       [](const WebhookInput &w) { return !w.headers.isEmpty() || !w.signingSecret.isEmpty(); });
}

SubmissionOptions SubmissionOptions::withoutWebhookSecrets() const
{
    SubmissionOptions out = *this;
    for (WebhookInput &w : out.webhooks) {
        for (auto it = w.headers.begin(); it != w.headers.end(); ++it)
            it.value().clear();
        w.signingSecret.clear();
    }
    return out;
}

QString SubmissionOptions::webhookSecretsJson() const
{
    QJsonArray hooks;
    for (const WebhookInput &w : webhooks) {
        QJsonObject headers;
        for (auto it = w.headers.cbegin(); it != w.headers.cend(); ++it)
            headers.insert(it.key(), it.value());
        hooks.append(QJsonObject{{QStringLiteral("headers"), headers},
                                 {QStringLiteral("signing_secret"), w.signingSecret}});
    }
    return QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("webhooks"), hooks}}).toJson(QJsonDocument::Compact));
}

bool SubmissionOptions::restoreWebhookSecrets(const QString &json)
{
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8());
    const QJsonArray hooks = doc.object().value(QStringLiteral("webhooks")).toArray();
    if (!doc.isObject() || hooks.size() != webhooks.size())
        return false;
    QList<WebhookInput> restored = webhooks;
    for (qsizetype i = 0; i < restored.size(); ++i) {
        const QJsonObject hook = hooks.at(i).toObject();
        const QJsonObject headers = hook.value(QStringLiteral("headers")).toObject();
        // The outbox kept the names: the keychain must have a value for each, and no other.
        if (headers.size() != restored[i].headers.size())
            return false;
        for (auto it = headers.begin(); it != headers.end(); ++it) {
            if (!restored[i].headers.contains(it.key()))
                return false;
        }
        for (auto it = headers.begin(); it != headers.end(); ++it)
            restored[i].headers.insert(it.key(), it.value().toString());
        restored[i].signingSecret = hook.value(QStringLiteral("signing_secret")).toString();
    }
    webhooks = restored;
    return true;
}

std::optional<SubmissionOptions> SubmissionOptions::fromJson(const QJsonObject &o)
{
    SubmissionOptions s;
    const auto flavour = flavourFromKey(o.value(QStringLiteral("flavour")).toString());
    if (!flavour)
        return std::nullopt;
    s.flavour = *flavour;
    for (const QJsonValue &v : o.value(QStringLiteral("rules")).toArray()) {
        const QJsonObject r = v.toObject();
        s.rules.append({r.value(QStringLiteral("type")).toString(), r.value(QStringLiteral("description")).toString()});
    }
    s.mode = o.value(QStringLiteral("mode")).toString(QStringLiteral("FAST"));
    s.parsing.lang = o.value(QStringLiteral("lang")).toString(QStringLiteral("en"));
    if (o.contains(QStringLiteral("max_pages")))
        s.parsing.maxPages = o.value(QStringLiteral("max_pages")).toInt();
    s.parsing.targetPages = o.value(QStringLiteral("target_pages")).toString();
    if (o.contains(QStringLiteral("configuration_id")))
        s.configurationId = o.value(QStringLiteral("configuration_id")).toString();
    for (const QJsonValue &v : o.value(QStringLiteral("webhooks")).toArray()) {
        const QJsonObject w = v.toObject();
        WebhookInput in;
        in.url = w.value(QStringLiteral("url")).toString();
        const QJsonObject headers = w.value(QStringLiteral("headers")).toObject();
        for (auto it = headers.begin(); it != headers.end(); ++it)
            in.headers.insert(it.key(), it.value().toString());
        for (const QJsonValue &e : w.value(QStringLiteral("events")).toArray())
            in.events.append(e.toString());
        in.signingSecret = w.value(QStringLiteral("signing_secret")).toString();
        s.webhooks.append(in);
    }
    return s;
}

namespace {
// The contract's ParserLanguages enum, in its order (api-contract.md §2.2).
const char *const LanguageCodes[] = {
    "af", "az", "bs", "cs", "cy", "da", "de", "en", "es", "et", "fr", "ga", "hr", "hu", "id", "is", "it", "ku",
    "la", "lt", "lv", "mi", "ms", "mt", "nl", "no", "oc", "pi", "pl", "pt", "ro", "rs_latin", "sk", "sl", "sq",
    "sv", "sw", "tl", "tr", "uz", "vi", "ar", "fa", "ug", "ur", "bn", "as", "mni", "ru", "rs_cyrillic", "be", "bg",
    "uk", "mn", "abq", "ady", "kbd", "ava", "dar", "inh", "che", "lbe", "lez", "tab", "tjk", "hi", "mr", "ne", "bh",
    "mai", "ang", "bho", "mah", "sck", "new", "gom", "sa", "bgc", "th", "ch_sim", "ch_tra", "ja", "ko", "ta", "te",
    "kn",
};

// Codes QLocale cannot resolve by themselves: the parser's own spellings and ISO 639-2/3 codes
// of languages QLocale lists under another code.
QString localeCodeFor(const QString &code)
{
    if (code == QLatin1String("rs_latin") || code == QLatin1String("rs_cyrillic"))
        return QStringLiteral("sr");
    if (code == QLatin1String("ch_sim") || code == QLatin1String("ch_tra"))
        return QStringLiteral("zh");
    if (code == QLatin1String("ava"))
        return QStringLiteral("av");
    if (code == QLatin1String("che"))
        return QStringLiteral("ce");
    if (code == QLatin1String("tjk"))
        return QStringLiteral("tg");
    if (code == QLatin1String("no"))
        return QStringLiteral("nb");
    return code;
}

QString variantFor(const QString &code)
{
    if (code == QLatin1String("rs_latin"))
        return PageConversion::tr("Latin");
    if (code == QLatin1String("rs_cyrillic"))
        return PageConversion::tr("Cyrillic");
    if (code == QLatin1String("ch_sim"))
        return PageConversion::tr("Simplified");
    if (code == QLatin1String("ch_tra"))
        return PageConversion::tr("Traditional");
    return {};
}
} // namespace

QList<ParserLanguage> parserLanguages()
{
    QList<ParserLanguage> out;
    for (const char *raw : LanguageCodes) {
        const QString code = QString::fromLatin1(raw);
        const QLocale::Language language = QLocale::codeToLanguage(localeCodeFor(code));
        QString name;
        if (language != QLocale::AnyLanguage && language != QLocale::C) {
            name = QLocale::languageToString(language);
            const QString native = QLocale(language).nativeLanguageName();
            // "American English" adds nothing to "English"; "Deutsch" does to "German".
            if (!native.isEmpty() && !native.contains(name, Qt::CaseInsensitive))
                name += QStringLiteral(" – ") + native;
            const QString variant = variantFor(code);
            if (!variant.isEmpty())
                name += QStringLiteral(", ") + variant;
            name += QStringLiteral(" (") + code + QLatin1Char(')');
        } else {
            name = code;
        }
        out.append({code, name});
    }
    return out;
}

bool isParserLanguage(const QString &code)
{
    for (const char *raw : LanguageCodes) {
        if (code == QLatin1String(raw))
            return true;
    }
    return false;
}

} // namespace docket::jobs
