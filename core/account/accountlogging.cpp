// SPDX-FileCopyrightText: 2026 The Docket authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "account/accountlogging.h"

namespace docket {
Q_LOGGING_CATEGORY(lcAccount, "docket.account")
} // namespace docket
