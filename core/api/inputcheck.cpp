// SPDX-FileCopyrightText: 2026 The Docket authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/inputcheck.h"

namespace docket::api {

InputCheck::Outcome InputCheck::range(const QString &field, std::optional<int> value, int min, int max)
{
    if (!value || (*value >= min && *value <= max))
        return std::nullopt;
    return ApiError::invalidInput(field, tr("%1 must be between %2 and %3, not %4.").arg(field).arg(min).arg(max).arg(*value));
}

InputCheck::Outcome InputCheck::atLeast(const QString &field, std::optional<int> value, int min)
{
    if (!value || *value >= min)
        return std::nullopt;
    return ApiError::invalidInput(field, tr("%1 must be at least %2, not %3.").arg(field).arg(min).arg(*value));
}

InputCheck::Outcome InputCheck::countRange(const QString &field, qsizetype count, qsizetype min, qsizetype max)
{
    if (count >= min && count <= max)
        return std::nullopt;
    return ApiError::invalidInput(field, tr("%1 needs between %2 and %3 entries; it has %4.").arg(field).arg(min).arg(max).arg(count));
}

InputCheck::Outcome InputCheck::notEmpty(const QString &field, qsizetype count)
{
    if (count > 0)
        return std::nullopt;
    return ApiError::invalidInput(field, tr("%1 needs at least one entry.").arg(field));
}

InputCheck::Outcome InputCheck::id(const QString &field, const QString &value)
{
    // An empty ID would silently turn "GET /jobs/{id}" into "GET /jobs/", a different operation.
    if (!value.trimmed().isEmpty())
        return std::nullopt;
    return ApiError::invalidInput(field, tr("%1 must not be empty.").arg(field));
}

InputCheck::Outcome InputCheck::maxLength(const QString &field, const std::optional<QString> &value, int max)
{
    if (!value)
        return std::nullopt;
    // The server counts code points, not UTF-16 units.
    const qsizetype n = value->toUcs4().size();
    if (n <= max)
        return std::nullopt;
    return ApiError::invalidInput(field, tr("%1 has %2 characters; at most %3 are allowed.").arg(field).arg(n).arg(max));
}

InputCheck::Outcome InputCheck::first(std::initializer_list<Outcome> outcomes)
{
    for (const Outcome &o : outcomes)
        if (o)
            return o;
    return std::nullopt;
}

} // namespace docket::api
