// SPDX-FileCopyrightText: 2026 The Docket authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace docket::test {

// The process's own memory figures for the benchmarks that print them (Linux /proc).
// A field of /proc/self/status in KiB (VmRSS, VmHWM); -1 when unavailable (not Linux).
qint64 procStatusKiB(const char *field);
// Resets VmHWM to the current RSS (Linux >= 4.0), so that each part of a benchmark reports its
// own peak.
void resetPeakRss();
inline double mib(qint64 kib)
{
    return double(kib) / 1024.0;
}

} // namespace docket::test
