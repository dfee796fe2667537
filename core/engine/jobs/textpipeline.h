// SPDX-FileCopyrightText: 2026 The Docket authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/jobs/jobrunner.h"

namespace docket::engine {

// The engine's real processor: Extractor reads the pages a task asks for, LexicalClassifier
// picks a rule. Thread-safe (both are). Used by docket-engine and the benchmarks.
TaskOutcome classifyWithTextPipeline(const Task &task, const StoredFile &file,
                                     const std::function<bool()> &stopRequested);

} // namespace docket::engine
