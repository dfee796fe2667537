// SPDX-FileCopyrightText: 2026 The Docket authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

namespace docket {
// Profiles, keychain access and session changes. Never carries a key.
Q_DECLARE_LOGGING_CATEGORY(lcAccount)
} // namespace docket
