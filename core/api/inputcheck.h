// SPDX-FileCopyrightText: 2026 The Docket authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/apierror.h"

#include <QCoreApplication>
#include <QString>

#include <initializer_list>
#include <optional>

namespace docket::api {

// Checks of obvious caller mistakes (a page size out of range, an empty ID) made by the endpoint
// clients before a request is sent. Each check names the wire field, so the resulting
// InvalidInput error points at the same thing a server 422 would. Only limits the official
// OpenAPI document states are checked here; the rule texts are RuleValidator's business.
class InputCheck
{
    Q_DECLARE_TR_FUNCTIONS(InputCheck)

public:
    using Outcome = std::optional<ApiError>;

    static Outcome range(const QString &field, std::optional<int> value, int min, int max);
    static Outcome atLeast(const QString &field, std::optional<int> value, int min);
    static Outcome countRange(const QString &field, qsizetype count, qsizetype min, qsizetype max);
    static Outcome notEmpty(const QString &field, qsizetype count);
    static Outcome id(const QString &field, const QString &value);
    static Outcome maxLength(const QString &field, const std::optional<QString> &value, int max);
    // The first failed check, if any.
    static Outcome first(std::initializer_list<Outcome> outcomes);
};

} // namespace docket::api
