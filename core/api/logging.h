// SPDX-FileCopyrightText: 2026 The Docket authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QLoggingCategory>
#include <QPair>

namespace docket {

Q_DECLARE_LOGGING_CATEGORY(lcApi)

using RawHeader = QPair<QByteArray, QByteArray>;

// The one place secrets are taken out before anything is logged: Authorization, cookies, keys,
// and every webhook header or signing secret in a JSON body.
namespace redact {
bool isSecretHeader(const QByteArray &name);
QList<RawHeader> headers(const QList<RawHeader> &headers);
QByteArray jsonBody(const QByteArray &body);
} // namespace redact

} // namespace docket
