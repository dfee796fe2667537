// SPDX-FileCopyrightText: 2026 The Docket authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace docket::rules {

// The contract's limits, in one place for the client forms, the local engine's 422 answers and
// the tests (official OpenAPI document, ClassifierRule / ClassifyV2Rule / ClassifyJobCreate).
inline constexpr int TypeMinLength = 1;
inline constexpr int TypeMaxLength = 50;
inline constexpr int DescriptionMinLength = 10;
inline constexpr int DescriptionMaxLength = 2000;
inline constexpr int MaxFilesPerV1Job = 500;
inline constexpr int MinRulesPerJob = 1;
inline constexpr int MaxFileInputLength = 200;
inline constexpr int MaxTransactionIdLength = 255;
inline constexpr int MaxWebhookConfigurationIds = 4;

// One problem with one input, addressed like a FastAPI `loc` without its origin
// ("rules.0.description"), so server errors and local checks land on the same form field.
struct FieldError
{
    QString field;
    QString message;
    QString type; // FastAPI-style error type: string_too_short, string_too_long, …
    bool operator==(const FieldError &) const = default;
};

// Length in characters as the server counts them (Unicode code points, not UTF-16 units).
int characterCount(const QString &text);

// Pure validators shared by the rule editor, the engine and the tests. `prefix` is prepended to
// each field ("rules.3."). Strict mode adds the client's own rule for type names: letters,
// digits, spaces, hyphens and underscores only, no leading/trailing space.
class RuleValidator
{
    Q_DECLARE_TR_FUNCTIONS(RuleValidator)

public:
    static QList<FieldError> validateType(const QString &type, const QString &field, bool strict);
    static QList<FieldError> validateDescription(const QString &description, const QString &field);
    static QList<FieldError> validateRule(const QString &type, const QString &description, const QString &prefix,
                                          bool strict);
    // rules: (type, description) pairs; also checks that there is at least one and that types
    // are unique (case-insensitively) in strict mode.
    static QList<FieldError> validateRules(const QList<std::pair<QString, QString>> &rules, const QString &prefix,
                                           bool strict);
};

} // namespace docket::rules
