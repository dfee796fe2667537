// SPDX-FileCopyrightText: 2026 The Docket authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace docket::jobs {

// Which API a job lives in; each speaks its own status vocabulary.
enum class JobFamily { ClassifierV1, ClassifyV2, Batch };

// The one status vocabulary the views, filters and poller work with.
enum class DisplayStatus { Queued, Running, Succeeded, PartiallySucceeded, Failed, Cancelled, Unknown };

// A job's status as the server said it (raw, always kept) and what it means for display and
// control. Maps the three vocabularies:
//   v1     PENDING | SUCCESS | ERROR | PARTIAL_SUCCESS | CANCELLED
//   v2     PENDING | RUNNING | COMPLETED | FAILED | CANCELLED
//   batch  pending | running | dispatched | completed | failed | cancelled
// Batch "dispatched" is Running, not Queued: the batch has handed its items to workers, so work
// is under way and the user should not read it as "not started". Values are matched
// case-insensitively (the batch filter docs write them upper-case while the wire is lower-case);
// anything else is Unknown and shown with its raw text. Used by the job store, the table models
// and the poller (isTerminal decides what still needs polling).
struct JobStatus
{
    Q_DECLARE_TR_FUNCTIONS(JobStatus)

public:
    JobFamily family = JobFamily::ClassifyV2;
    QString raw;
    DisplayStatus status = DisplayStatus::Unknown;

    static JobStatus fromRaw(JobFamily family, const QString &raw);
    static DisplayStatus map(JobFamily family, const QString &raw);

    // Succeeded, partially succeeded, failed or cancelled. An unknown status is not terminal: the
    // server may be ahead of this client, and the poller's own deadline ends the wait.
    bool isTerminal() const;
    // v2 and batch jobs that are queued or running; v1 has no cancel operation.
    bool canCancel() const;
    // Translated; an unknown status reads "Unknown (RAW)".
    QString displayText() const;
    static QString displayText(DisplayStatus status);

    bool operator==(const JobStatus &) const = default;
};

} // namespace docket::jobs
