// SPDX-FileCopyrightText: 2026 The Docket authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/types.h"
#include "rules/rulevalidator.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace docket::jobs {

// How a submission turns files into jobs.
enum class JobFlavour {
    V2PerFile,   // one v2 job per file (the default; idempotent by transaction_id)
    V1MultiFile, // one v1 job per up to 500 files
    Batch,       // one beta batch job over the uploaded files
};

QString flavourKey(JobFlavour flavour); // "v2" | "v1" | "batch", as stored in the outbox
std::optional<JobFlavour> flavourFromKey(const QString &key);

// The parsing options as the user types them: pages counted from 1, ranges such as "1,3,5-7".
// Converted to each flavour's wire format by SubmissionOptions (v1/batch: 0-indexed integer list;
// v2: 1-based range string).
struct ParsingInput
{
    QString lang = QStringLiteral("en");
    std::optional<int> maxPages; // unset = no limit
    QString targetPages;         // empty = all pages

    bool operator==(const ParsingInput &) const = default;
};

// One webhook as typed in the advanced section. Headers and the secret are secrets: never logged.
struct WebhookInput
{
    QString url;
    QMap<QString, QString> headers;
    QStringList events; // empty = all events
    QString signingSecret;

    bool operator==(const WebhookInput &) const = default;
};

// Everything a submission needs besides the files: the flavour, the rules (inline) or a saved
// classify_v2 preset, mode, parsing and webhooks. Produced by the job dialog, stored in the
// outbox as JSON (toJson/fromJson) and turned into request bodies by the SubmissionRunner. The
// pure checks here are what the dialog shows inline; each FieldError names the form field
// ("rules.0.type", "parsing.target_pages", "webhooks.0.url", "mode").
struct SubmissionOptions
{
    Q_DECLARE_TR_FUNCTIONS(SubmissionOptions)

public:
    JobFlavour flavour = JobFlavour::V2PerFile;
    QList<api::Rule> rules;
    std::optional<QString> configurationId; // v2 only: a saved preset instead of inline rules
    QString mode = QStringLiteral("FAST");  // FAST | MULTIMODAL (v1 and batch only)
    ParsingInput parsing;
    QList<WebhookInput> webhooks;

    QList<rules::FieldError> validate() const;
    // The parts the parsing form checks on its own.
    static QList<rules::FieldError> validateMode(JobFlavour flavour, const QString &mode);
    static QList<rules::FieldError> validateParsing(JobFlavour flavour, const ParsingInput &parsing);

    // Wire forms. Call only when validate() is empty (they assume valid input).
    api::ParsingConfigurationV1 parsingV1() const;
    std::optional<api::ParsingConfigurationV2> parsingV2() const;
    std::optional<QList<api::WebhookConfiguration>> webhookConfigurations() const;

    QJsonObject toJson() const;
    static std::optional<SubmissionOptions> fromJson(const QJsonObject &object);

    // Webhook header values and signing secrets are secrets: they go to the keychain, never to
    // the outbox. Whether there is any to keep.
    bool hasWebhookSecrets() const;
    // A copy with header names kept and header values and signing secrets blanked.
    SubmissionOptions withoutWebhookSecrets() const;
    // Per webhook (by position): header values and signing secret, as one small JSON text.
    QString webhookSecretsJson() const;
    // Puts secrets from webhookSecretsJson() back; false (options unchanged) when they do not fit.
    bool restoreWebhookSecrets(const QString &json);

    bool operator==(const SubmissionOptions &) const = default;
};

// Page conversions with the form's field name and messages; shared by SubmissionOptions and the
// parsing form so both say the same thing.
struct PageConversion
{
    Q_DECLARE_TR_FUNCTIONS(PageConversion)

public:
    static constexpr int MaxTargetPages = 10000;
    // v1 and batch: 0-indexed pages; std::nullopt for an empty text (all pages).
    static std::optional<QList<qint64>> toV1(const QString &text, QString *error);
    // v2: a normalised 1-based range string ("1,3,5-7"); empty text stays unset.
    static std::optional<QString> toV2(const QString &text, QString *error);
};

// The ParserLanguages codes of the contract (86, in the contract's order) with a name for people:
// "German – Deutsch (de)" when QLocale knows the language, else the code itself.
struct ParserLanguage
{
    QString code;
    QString displayName;
};
QList<ParserLanguage> parserLanguages();
bool isParserLanguage(const QString &code);

} // namespace docket::jobs
