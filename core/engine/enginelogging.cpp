// SPDX-FileCopyrightText: 2026 The Docket authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/enginelogging.h"

namespace docket::engine {
Q_LOGGING_CATEGORY(lcEngine, "docket.engine")
} // namespace docket::engine
