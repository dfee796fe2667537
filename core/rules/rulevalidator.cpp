// SPDX-FileCopyrightText: 2026 The Docket authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "rules/rulevalidator.h"

#include <QRegularExpression>
#include <QSet>

namespace docket::rules {

int characterCount(const QString &text)
{
    int count = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate())
            ++i;
        ++count;
    }
    return count;
}

QList<FieldError> RuleValidator::validateType(const QString &type, const QString &field, bool strict)
{
    QList<FieldError> errors;
    const int n = characterCount(type);
    if (n < TypeMinLength || (strict && type.trimmed().isEmpty()))
        errors.append({field, tr("The type must not be empty."), QStringLiteral("string_too_short")});
    else if (n > TypeMaxLength)
        errors.append({field, tr("The type has %1 characters; at most %2 are allowed.").arg(n).arg(TypeMaxLength),
                       QStringLiteral("string_too_long")});
    if (strict && !type.trimmed().isEmpty()) {
        static const QRegularExpression allowed(QStringLiteral("^[\\p{L}\\p{N}_\\- ]+$"));
        if (!allowed.match(type).hasMatch())
            errors.append({field, tr("Use only letters, digits, spaces, hyphens and underscores."),
                           QStringLiteral("string_pattern_mismatch")});
        else if (type != type.trimmed())
            errors.append({field, tr("Remove the spaces at the start or end."), QStringLiteral("string_pattern_mismatch")});
    }
    return errors;
}

QList<FieldError> RuleValidator::validateDescription(const QString &description, const QString &field)
{
    const int n = characterCount(description);
    if (n < DescriptionMinLength)
        return {{field,
                 tr("The description has %1 characters; at least %2 are needed.").arg(n).arg(DescriptionMinLength),
                 QStringLiteral("string_too_short")}};
    if (n > DescriptionMaxLength)
        return {{field,
                 tr("The description has %1 characters; at most %2 are allowed.").arg(n).arg(DescriptionMaxLength),
                 QStringLiteral("string_too_long")}};
    return {};
}

QList<FieldError> RuleValidator::validateRule(const QString &type, const QString &description, const QString &prefix,
                                              bool strict)
{
    QList<FieldError> errors = validateType(type, prefix + QStringLiteral("type"), strict);
    errors += validateDescription(description, prefix + QStringLiteral("description"));
    return errors;
}

QList<FieldError> RuleValidator::validateRules(const QList<std::pair<QString, QString>> &rules, const QString &prefix,
                                               bool strict)
{
    QList<FieldError> errors;
    if (rules.size() < MinRulesPerJob) {
        errors.append({prefix + QStringLiteral("rules"), tr("Add at least one rule."), QStringLiteral("too_short")});
        return errors;
    }
    QSet<QString> seen;
    for (qsizetype i = 0; i < rules.size(); ++i) {
        const QString itemPrefix = prefix + QStringLiteral("rules.%1.").arg(i);
        errors += validateRule(rules[i].first, rules[i].second, itemPrefix, strict);
        if (strict) {
            const QString key = rules[i].first.trimmed().toCaseFolded();
            if (!key.isEmpty() && seen.contains(key))
                errors.append({itemPrefix + QStringLiteral("type"), tr("Another rule already uses this type."),
                               QStringLiteral("value_error")});
            seen.insert(key);
        }
    }
    return errors;
}

} // namespace docket::rules
