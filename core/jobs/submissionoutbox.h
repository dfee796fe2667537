// SPDX-FileCopyrightText: 2026 The Docket authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "jobs/fileintake.h"
#include "jobs/submissionoptions.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace docket::jobs {

// Where one file of a submission stands. Transitions: Pending -> Uploading -> Uploaded ->
// Creating -> Created, or Failed (with a reason) from any step; Cancelled by the user.
enum class OutboxFileState { Pending, Uploading, Uploaded, Creating, Created, Failed, Cancelled };
QString outboxFileStateKey(OutboxFileState state);
OutboxFileState outboxFileStateFromKey(const QString &key);

struct OutboxFile
{
    int seq = 0; // position in the submission
    QString path;
    QString name;
    qint64 size = 0;
    QString sha256;
    OutboxFileState state = OutboxFileState::Pending;
    QString fileId; // after upload
    QString jobKey; // the job row that covers this file
    QString error;
};

// One job a submission creates: one per file (v2, key "file:N"), one per chunk of <= 500 files
// (v1, "chunk:N") or one batch ("batch"). transactionId is set for v2. state is "creating",
// "created" or "failed"; "creating" is written BEFORE the POST, so a restart knows a request may
// have reached the server.
struct OutboxJob
{
    QString key;
    QString family; // "v2" | "v1" | "batch"
    QString transactionId;
    QString jobId;
    QString state;
    QString error;
    QDateTime creatingAt;
};

struct OutboxSubmission
{
    QString id;
    QString profileId;
    SubmissionOptions options;      // webhook header values and signing secrets always blank
    bool secretsInKeychain = false; // they were kept under keychainIdFor(id) at submit
    QString state; // active | done | cancelled
    QDateTime createdAt;
};

// The crash-safe record of every submission (SQLite in WAL mode, by default
// AppDataLocation/outbox.sqlite): the options, the files with their state, the jobs with their
// idempotency keys, and the per-profile record of uploaded contents (profile, sha256) -> file id
// used to never upload the same content twice. Every change is one transaction, so a kill at any
// moment leaves a state SubmissionRunner can resume from. Owned by the composition root; used by
// SubmissionRunner and the progress UI. GUI-thread only.
class SubmissionOutbox
{
    Q_DECLARE_TR_FUNCTIONS(SubmissionOutbox)

public:
    explicit SubmissionOutbox(QString databasePath = QString());
    ~SubmissionOutbox();
    SubmissionOutbox(const SubmissionOutbox &) = delete;
    SubmissionOutbox &operator=(const SubmissionOutbox &) = delete;

    bool open(QString *error);
    QString path() const { return m_path; }
    QString lastError() const { return m_lastError; }

    // Writes the whole submission (one transaction) and returns its id, or empty on failure.
    // Webhook header values and signing secrets are never written: only the header names and
    // the fact that secrets exist (the caller keeps them in the keychain under keychainIdFor(id)).
    // id: a newSubmissionId() chosen beforehand, or empty for a fresh one.
    QString createSubmission(const QString &profileId, const SubmissionOptions &options, const QList<IntakeFile> &files,
                             const QString &id = QString());
    static QString newSubmissionId();
    // Where a submission's webhook secrets are kept in the CredentialStore.
    static QString keychainIdFor(const QString &submissionId);
    std::optional<OutboxSubmission> submission(const QString &id) const;
    QStringList activeSubmissions(const QString &profileId) const;
    bool setSubmissionState(const QString &id, const QString &state);

    QList<OutboxFile> files(const QString &submissionId) const;
    bool setFileState(const QString &submissionId, int seq, OutboxFileState state, const QString &error = QString());
    bool setFilesState(const QString &submissionId, const QList<int> &seqs, OutboxFileState state, const QString &jobKey,
                       const QString &error = QString());
    // Records the upload (file state and the per-profile content record) in one transaction.
    bool markUploaded(const QString &submissionId, int seq, const QString &profileId, const QString &sha256,
                      const QString &fileId);
    std::optional<QString> uploadedFileId(const QString &profileId, const QString &sha256) const;
    bool forgetUpload(const QString &profileId, const QString &sha256);

    QList<OutboxJob> jobs(const QString &submissionId) const;
    std::optional<OutboxJob> job(const QString &submissionId, const QString &key) const;
    // Inserts or replaces the job row and moves its files to the matching state, in one transaction.
    bool recordJob(const QString &submissionId, const OutboxJob &job, const QList<int> &seqs);
    // Job ids this profile's outbox knows, for adopting a v1 job found on the server after a crash.
    QStringList knownJobIds(const QString &family) const;

private:
    bool scrubLegacySecrets();
    bool exec(const QString &sql, const QVariantList &values = {}) const;

    QString m_path;
    QString m_connection;
    mutable QString m_lastError;
};

} // namespace docket::jobs
