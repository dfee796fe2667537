// SPDX-FileCopyrightText: 2026 The Docket authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/batchapi.h"
#include "api/classifyapi.h"
#include "jobs/jobstatus.h"

#include <QDate>
#include <QStringList>
#include <QVariantMap>

#include <optional>

namespace docket::ui {

// What the user asked to see in one job view, as the filter bar edits it and QSettings keeps
// it. The view applies it twice: to the proxy (typed setters, over loaded rows) and, where the
// family's list endpoint can filter, to the server query.
struct JobFilter
{
    std::optional<jobs::DisplayStatus> status;
    QDate from; // inclusive, local; null = open
    QDate to;   // inclusive, local; null = open
    QString configurationId;
    QStringList jobIds;
    QString text;

    bool isEmpty() const;
    bool operator==(const JobFilter &) const = default;

    QVariantMap toVariant() const;
    static JobFilter fromVariant(const QVariantMap &map);
    // "a, b c" -> {a, b, c}
    static QStringList splitIds(const QString &text);

    // The server's own word for a display status, when the family's list can filter on it
    // (batch "Running" is running or dispatched, so it stays a local filter).
    static std::optional<QString> serverStatus(jobs::JobFamily family, jobs::DisplayStatus status);
    api::ClassifyV2ListQuery v2Query() const;
    api::BatchListQuery batchQuery() const;
};

} // namespace docket::ui
