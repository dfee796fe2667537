// SPDX-FileCopyrightText: 2026 The Docket authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

namespace docket::engine {
// docket.engine: requests (method, path, status, time; never headers or bodies), job transitions,
// recovery and webhook deliveries.
Q_DECLARE_LOGGING_CATEGORY(lcEngine)
} // namespace docket::engine
