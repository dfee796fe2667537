// SPDX-FileCopyrightText: 2026 The Docket authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/types.h"
#include "engine/store/enginestore.h"

namespace docket::engine {

// How v1 jobs and batches look on the wire. Their status is derived from their tasks, so the
// HTTP routes and the webhook events (JobEvents) read them the same way through these.
api::ClassifyJob v1JobView(EngineStore &store, const V1Job &job, const QString &userId);
api::BatchJob batchView(EngineStore &store, const BatchRecord &batch);
api::BatchJob batchView(const BatchRecord &batch, const TaskCounts &counts);
// A batch's wire status (pending, running, completed, failed, cancelled) from its task counts.
QString batchStatusFor(const BatchRecord &batch, const TaskCounts &counts);

// v1 StatusEnum for a set of task counts: PENDING until every file is done.
QString v1StatusFor(const TaskCounts &counts);

} // namespace docket::engine
