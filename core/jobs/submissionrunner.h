// SPDX-FileCopyrightText: 2026 The Docket authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/apierror.h"
#include "api/types.h"
#include "jobs/submissionoutbox.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <functional>
#include <optional>

namespace docket::account {
class CredentialStore;
}
namespace docket::api {
class ApiClient;
class ApiRequest;
} // namespace docket::api

namespace docket::jobs {

// Drives submissions recorded in the SubmissionOutbox to created jobs with the endpoint clients:
// uploads stream from disk, at most MaxParallelUploads at a time, and content this profile has
// uploaded before (same SHA-256) is not uploaded again; v2 jobs are created with a transaction_id
// derived from the submission and the file, so a retry or a resume after a crash returns the
// same job instead of a second one; v1 jobs take up to 500 files each; a batch job takes every
// uploaded file. Every step is written to the outbox before and after its request. Owned by
// the composition root (one per ApiClient); the job dialog submits through it, the progress UI
// watches it, and the job models receive the created jobs through the typed signals.
//
// Webhook header values and signing secrets never reach the outbox: they are kept in the
// CredentialStore under SubmissionOutbox::keychainIdFor(id) from submit until the submission is
// done or cancelled, and read back before a resumed submission sends anything.
//
// v1 and batch creation have no idempotency key. The runner records "creating" before the POST;
// when it resumes a job in that state it lists the newest jobs and adopts one created after that
// moment with the same rules (v1) or item count (batch) that no other outbox row owns, and
// only creates the job again when none is found. The residual risk: a job the server committed
// but does not list yet, or an identical job made elsewhere in the same minutes, can lead to one
// job too many or a wrongly adopted one.
class SubmissionRunner : public QObject
{
    Q_OBJECT

public:
    static constexpr int MaxParallelUploads = 4;
    static constexpr int MaxParallelCreates = 4;

    SubmissionRunner(api::ApiClient *client, SubmissionOutbox *outbox, QObject *parent = nullptr);
    ~SubmissionRunner() override;

    // The profile whose uploads may be reused and whose submissions resume() picks up.
    // Switching to another profile suspends the submissions of the old one: their requests are
    // dropped unanswered (the client refuses to send them to the new server anyway), their files
    // stay where the outbox says they are, and resume() carries on with them once that profile
    // is active again. Nothing is marked cancelled or failed by a switch.
    void setProfileId(const QString &profileId);
    QString profileId() const { return m_profileId; }

    // Where webhook header values and signing secrets are kept while their submission runs (the
    // outbox never stores them). Not owned; without one, submissions with such secrets are refused.
    void setCredentialStore(account::CredentialStore *store) { m_credentials = store; }

    // Writes the submission to the outbox, then starts it. Returns its id, or empty with error set
    // (nothing was sent in that case). Flagged files must be left out by the caller. Refuses
    // options with webhook secrets: those need the keychain, through the overload below.
    QString submit(const SubmissionOptions &options, const QList<IntakeFile> &files, QString *error);
    using Submitted = std::function<void(const QString &submissionId, const QString &error)>;
    // Like submit(), but webhook secrets are first written to the credential store; the outbox
    // is written and the submission started only once the store has them. done gets the id, or
    // an empty id and the reason (nothing stored or sent then). Without secrets to keep, done
    // runs before this returns; with them, on a later turn and only while context lives.
    void submit(const SubmissionOptions &options, const QList<IntakeFile> &files, QObject *context, Submitted done);
    // Picks up this profile's unfinished submissions (after a crash or a quit mid-way); emits
    // resumed() for each. Returns how many.
    int resume();
    // Stops the submission's uploads and creations; files not yet sent are marked cancelled. Jobs
    // already created stay.
    void cancel(const QString &submissionId);
    // Sends failed and cancelled files of the submission again.
    void retryFailed(const QString &submissionId);
    bool isRunning(const QString &submissionId) const { return m_active.contains(submissionId); }
    QStringList runningSubmissions() const { return m_active.keys(); }

    struct Progress
    {
        int total = 0;
        int uploaded = 0; // uploaded or further
        int created = 0;
        int failed = 0;
        int cancelled = 0;
        qint64 bytesTotal = 0;
        qint64 bytesSent = 0;
        bool finished() const { return created + failed + cancelled == total; }
    };
    Progress progress(const QString &submissionId) const;

    // HTTP calls started by this runner (uploads, creates, verification lists), for benchmarks.
    int requestsSent() const { return m_requestsSent; }

    // "docket-" + SHA-256(submission id, file content hash): stable across restarts, <= 255 chars.
    static QString transactionIdFor(const QString &submissionId, const QString &sha256);

Q_SIGNALS:
    void fileChanged(const QString &submissionId, int seq);
    void fileUploadProgress(const QString &submissionId, int seq, qint64 sent, qint64 total);
    void progressChanged(const QString &submissionId);
    void submissionFinished(const QString &submissionId);
    void resumed(const QString &submissionId, int remainingFiles);
    // A profile switch put the submission aside; it resumes when its profile is active again.
    void suspended(const QString &submissionId);
    // A create call was refused with 422: the dialog can map issues to its fields.
    void validationFailed(const QString &submissionId, const QList<docket::api::ValidationIssue> &issues);

    void v2JobCreated(const docket::api::ClassifyV2Job &job);
    void v1JobCreated(const docket::api::ClassifyJob &job);
    void batchJobCreated(const docket::api::BatchJob &job);

private:
    struct Active
    {
        OutboxSubmission submission;
        QList<OutboxFile> files; // the outbox's rows, kept in step with every write (seq == index)
        QHash<int, QPointer<api::ApiRequest>> uploads;
        QHash<QString, QPointer<api::ApiRequest>> creates; // by job key
        QHash<int, qint64> bytesSent;
        QSet<int> reuploaded;    // files whose remembered upload was gone on the server
        QSet<int> dedupeChecked; // files already looked up in the per-profile upload record
        bool awaitingSecrets = false; // nothing is sent until the keychain gave the webhook secrets
    };

    // options: the submission's options with their secrets when the caller still has them;
    // otherwise they are read back from the credential store before anything is sent.
    void start(const QString &submissionId, const std::optional<SubmissionOptions> &options = std::nullopt);
    void readSecrets(const QString &submissionId);
    void removeSecrets(const QString &submissionId);
    static std::optional<QString> refusal(const SubmissionOptions &options, const QList<IntakeFile> &files);
    static QString secretRefusal(const QString &reason);
    void failUnfinished(const QString &submissionId, const QString &message);
    QString startRecorded(const QString &id, const SubmissionOptions &options, const QList<IntakeFile> &files,
                          QString *error);
    // Forgets the submission's requests without letting their callbacks run.
    void dropRequests(Active &active);
    // Every state change goes to the outbox first and to the in-memory copy second.
    QList<OutboxFile> filesOf(const QString &submissionId) const;
    void writeFileState(const QString &submissionId, int seq, OutboxFileState state, const QString &error = QString());
    void writeUploaded(const QString &submissionId, int seq, const QString &sha256, const QString &fileId);
    void writeJob(const QString &submissionId, const OutboxJob &job, const QList<int> &seqs);
    void pump();
    void pumpSubmission(Active &active);
    void startUpload(Active &active, const OutboxFile &file);
    void startV2Create(Active &active, const OutboxFile &file);
    void startGroupCreate(Active &active, const QString &key, const QList<OutboxFile> &files);
    void sendGroupCreate(const QString &submissionId, const QString &key, const QList<int> &seqs,
                         const QStringList &fileIds);
    void verifyThenCreate(const QString &submissionId, const OutboxJob &job, const QList<int> &seqs,
                          const QStringList &fileIds);
    void finishGroup(const QString &submissionId, const QString &key, const QList<int> &seqs, const QString &jobId,
                     const std::optional<api::ApiError> &error);
    void failFile(const QString &submissionId, int seq, const QString &message);
    void checkFinished(const QString &submissionId);
    int inFlightUploads() const;
    int inFlightCreates() const;

    api::ApiClient *m_client;
    SubmissionOutbox *m_outbox;
    account::CredentialStore *m_credentials = nullptr;
    QString m_profileId = QStringLiteral("default");
    QHash<QString, Active> m_active;
    int m_requestsSent = 0;
    bool m_pumping = false;
    bool m_pumpAgain = false;
};

} // namespace docket::jobs
