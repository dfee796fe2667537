// SPDX-FileCopyrightText: 2026 The Docket authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "jobs/submissionrunner.h"

#include "account/credentialstore.h"
#include "api/apiclient.h"
#include "api/apirequest.h"
#include "api/batchapi.h"
#include "api/classifierapi.h"
#include "api/classifyapi.h"
#include "api/filesapi.h"
#include "rules/rulevalidator.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QTimer>

namespace docket::jobs {

namespace {
const QLatin1String Creating("creating");
const QLatin1String Created("created");
const QLatin1String Failed("failed");
// How far before the recorded "creating" moment a job found on the server may have been
// created and still be ours (clocks of client and server differ).
constexpr qint64 AdoptionSlackSecs = 120;

bool inUploadPhase(OutboxFileState s)
{
    return s == OutboxFileState::Pending || s == OutboxFileState::Uploading;
}
} // namespace

SubmissionRunner::SubmissionRunner(api::ApiClient *client, SubmissionOutbox *outbox, QObject *parent)
    : QObject(parent), m_client(client), m_outbox(outbox)
{
}

SubmissionRunner::~SubmissionRunner()
{
    // Requests still running are aborted; their callbacks are tied to this object and never run.
    for (Active &a : m_active)
        dropRequests(a);
}

void SubmissionRunner::dropRequests(Active &active)
{
    for (const auto &r : std::as_const(active.uploads)) {
        if (r) {
            r->disconnect(this);
            r->abort();
        }
    }
    for (const auto &r : std::as_const(active.creates)) {
        if (r)
            r->disconnect(this);
    }
    active.uploads.clear();
    active.creates.clear();
}

void SubmissionRunner::setProfileId(const QString &profileId)
{
    if (profileId == m_profileId)
        return;
    // The outbox already holds every step: an upload cut off here is sent again on resume (it
    // left no file id), a create cut off here is sent again with the same transaction_id.
    const QStringList ids = m_active.keys();
    for (const QString &id : ids) {
        dropRequests(m_active[id]);
        m_active.remove(id);
        Q_EMIT suspended(id);
    }
    m_profileId = profileId;
}

QList<OutboxFile> SubmissionRunner::filesOf(const QString &submissionId) const
{
    const auto it = m_active.constFind(submissionId);
    return it != m_active.constEnd() ? it->files : m_outbox->files(submissionId);
}

void SubmissionRunner::writeFileState(const QString &submissionId, int seq, OutboxFileState state, const QString &error)
{
    m_outbox->setFileState(submissionId, seq, state, error);
    if (auto it = m_active.find(submissionId); it != m_active.end() && seq < it->files.size()) {
        it->files[seq].state = state;
        it->files[seq].error = error;
    }
}

void SubmissionRunner::writeUploaded(const QString &submissionId, int seq, const QString &sha256, const QString &fileId)
{
    m_outbox->markUploaded(submissionId, seq, m_profileId, sha256, fileId);
    if (auto it = m_active.find(submissionId); it != m_active.end() && seq < it->files.size()) {
        it->files[seq].state = OutboxFileState::Uploaded;
        it->files[seq].fileId = fileId;
        it->files[seq].error.clear();
    }
}

void SubmissionRunner::writeJob(const QString &submissionId, const OutboxJob &job, const QList<int> &seqs)
{
    m_outbox->recordJob(submissionId, job, seqs);
    auto it = m_active.find(submissionId);
    if (it == m_active.end())
        return;
    const OutboxFileState state = job.state == Created ? OutboxFileState::Created
                                : job.state == Creating ? OutboxFileState::Creating
                                                        : OutboxFileState::Failed;
    for (const int seq : seqs) {
        if (seq < it->files.size()) {
            it->files[seq].state = state;
            it->files[seq].jobKey = job.key;
            it->files[seq].error = job.error;
        }
    }
}

QString SubmissionRunner::transactionIdFor(const QString &submissionId, const QString &sha256)
{
    const QByteArray key = submissionId.toUtf8() + ':' + sha256.toUtf8();
    return QStringLiteral("docket-") + QString::fromLatin1(QCryptographicHash::hash(key, QCryptographicHash::Sha256).toHex());
}

std::optional<QString> SubmissionRunner::refusal(const SubmissionOptions &options, const QList<IntakeFile> &files)
{
    const QList<rules::FieldError> problems = options.validate();
    if (!problems.isEmpty())
        return problems.first().message;
    if (files.isEmpty())
        return tr("There are no files to submit.");
    return std::nullopt;
}

QString SubmissionRunner::secretRefusal(const QString &reason)
{
    return tr("Docket cannot keep this webhook's secret safely: %1. Remove the headers/secret or set up a keychain.")
        .arg(reason);
}

QString SubmissionRunner::submit(const SubmissionOptions &options, const QList<IntakeFile> &files, QString *error)
{
    if (options.hasWebhookSecrets()) {
        if (error)
            *error = secretRefusal(tr("this way of submitting cannot wait for the keychain"));
        return {};
    }
    return startRecorded(SubmissionOutbox::newSubmissionId(), options, files, error);
}

void SubmissionRunner::submit(const SubmissionOptions &options, const QList<IntakeFile> &files, QObject *context,
                              Submitted done)
{
    if (!options.hasWebhookSecrets()) {
        QString error;
        const QString id = startRecorded(SubmissionOutbox::newSubmissionId(), options, files, &error);
        done(id, error);
        return;
    }
    if (const auto problem = refusal(options, files)) {
        done(QString(), *problem);
        return;
    }
    if (!m_credentials) {
        done(QString(), secretRefusal(tr("no keychain is available")));
        return;
    }
    // The id is chosen first because the keychain entry is named after it; the outbox row only
    // exists once the keychain holds the secrets, so a crash in between leaves nothing to resume.
    const QString id = SubmissionOutbox::newSubmissionId();
    QPointer<QObject> caller(context);
    const QString profileId = m_profileId;
    m_credentials->write(SubmissionOutbox::keychainIdFor(id), options.webhookSecretsJson(), this,
                         [this, id, options, files, caller, done, profileId](const account::CredentialResult &result) {
        if (!result.ok()) {
            if (caller)
                done(QString(), secretRefusal(result.error->message));
            return;
        }
        QString error;
        // Another profile became active meanwhile: its server is not the one the user chose.
        if (m_profileId != profileId)
            error = tr("The profile changed before the submission was saved, so nothing was sent.");
        // Nobody is left to tell about the submission: do not start one behind the user's back.
        const QString started = caller && error.isEmpty() ? startRecorded(id, options, files, &error) : QString();
        if (started.isEmpty())
            removeSecrets(id);
        if (caller)
            done(started, error);
    });
}

QString SubmissionRunner::startRecorded(const QString &id, const SubmissionOptions &options,
                                        const QList<IntakeFile> &files, QString *error)
{
    if (const auto problem = refusal(options, files)) {
        if (error)
            *error = *problem;
        return {};
    }
    if (m_outbox->createSubmission(m_profileId, options, files, id).isEmpty()) {
        if (error)
            *error = tr("The submission could not be saved, so nothing was sent: %1").arg(m_outbox->lastError());
        return {};
    }
    start(id, options);
    return id;
}

void SubmissionRunner::removeSecrets(const QString &submissionId)
{
    if (!m_credentials)
        return;
    m_credentials->remove(SubmissionOutbox::keychainIdFor(submissionId), this,
                          [submissionId](const account::CredentialResult &result) {
        if (!result.ok())
            qWarning("The webhook secrets of submission %s could not be removed from the keychain: %s",
                     qPrintable(submissionId), qPrintable(result.error->message));
    });
}

int SubmissionRunner::resume()
{
    int count = 0;
    for (const QString &id : m_outbox->activeSubmissions(m_profileId)) {
        if (m_active.contains(id))
            continue;
        int remaining = 0;
        for (const OutboxFile &f : m_outbox->files(id)) {
            // An upload that was running when the app died has no file id: send it again.
            if (f.state == OutboxFileState::Uploading)
                m_outbox->setFileState(id, f.seq, OutboxFileState::Pending);
            if (f.state != OutboxFileState::Created && f.state != OutboxFileState::Failed
                && f.state != OutboxFileState::Cancelled)
                ++remaining;
        }
        ++count;
        Q_EMIT resumed(id, remaining);
        start(id);
    }
    return count;
}

void SubmissionRunner::start(const QString &submissionId, const std::optional<SubmissionOptions> &options)
{
    const auto submission = m_outbox->submission(submissionId);
    if (!submission)
        return;
    Active active;
    active.submission = *submission;
    active.files = m_outbox->files(submissionId);
    if (options)
        active.submission.options = *options;
    else
        active.awaitingSecrets = submission->secretsInKeychain;
    m_active.insert(submissionId, active);
    Q_EMIT progressChanged(submissionId);
    if (active.awaitingSecrets)
        readSecrets(submissionId);
    pump();
}

void SubmissionRunner::readSecrets(const QString &submissionId)
{
    const auto fail = [this, submissionId](const QString &reason) {
        if (auto it = m_active.find(submissionId); it != m_active.end())
            it->awaitingSecrets = false;
        failUnfinished(submissionId,
                       tr("The webhook secrets of this submission could not be read back from the keychain (%1), so "
                          "its remaining files were not sent: a job without its webhook headers or signing secret is "
                          "never created. Submit these files again.")
                           .arg(reason));
        checkFinished(submissionId);
    };
    if (!m_credentials)
        return fail(tr("no keychain is available"));
    m_credentials->read(SubmissionOutbox::keychainIdFor(submissionId), this,
                        [this, submissionId, fail](const account::CredentialResult &result) {
        auto it = m_active.find(submissionId);
        if (it == m_active.end() || !it->awaitingSecrets)
            return;
        if (!result.ok())
            return fail(result.error->message);
        if (!it->submission.options.restoreWebhookSecrets(result.secret))
            return fail(tr("what is kept there does not match this submission's webhooks"));
        it->awaitingSecrets = false;
        pump();
    });
}

void SubmissionRunner::failUnfinished(const QString &submissionId, const QString &message)
{
    for (const OutboxFile &f : filesOf(submissionId)) {
        if (f.state != OutboxFileState::Created && f.state != OutboxFileState::Failed
            && f.state != OutboxFileState::Cancelled) {
            writeFileState(submissionId, f.seq, OutboxFileState::Failed, message);
            Q_EMIT fileChanged(submissionId, f.seq);
        }
    }
    Q_EMIT progressChanged(submissionId);
}

void SubmissionRunner::cancel(const QString &submissionId)
{
    auto it = m_active.find(submissionId);
    if (it == m_active.end())
        return;
    // Creations in flight are left to finish: aborting one could leave a job on the server that
    // the outbox does not know about.
    // Files first, requests second: an aborted upload reports synchronously and asks for more
    // work, which must find nothing left to start.
    for (const OutboxFile &f : filesOf(submissionId)) {
        if (inUploadPhase(f.state) || f.state == OutboxFileState::Uploaded) {
            writeFileState(submissionId, f.seq, OutboxFileState::Cancelled, tr("Cancelled"));
            Q_EMIT fileChanged(submissionId, f.seq);
        }
    }
    const auto uploads = it->uploads;
    for (const auto &r : uploads)
        if (r)
            r->abort();
    Q_EMIT progressChanged(submissionId);
    checkFinished(submissionId);
}

void SubmissionRunner::retryFailed(const QString &submissionId)
{
    bool any = false;
    for (const OutboxFile &f : filesOf(submissionId)) {
        if (f.state != OutboxFileState::Failed && f.state != OutboxFileState::Cancelled)
            continue;
        // A file that was uploaded keeps its file id and only needs its job.
        const OutboxFileState next = f.fileId.isEmpty() ? OutboxFileState::Pending : OutboxFileState::Uploaded;
        writeFileState(submissionId, f.seq, next);
        Q_EMIT fileChanged(submissionId, f.seq);
        any = true;
    }
    if (!any)
        return;
    m_outbox->setSubmissionState(submissionId, QStringLiteral("active"));
    if (!m_active.contains(submissionId))
        start(submissionId);
    else
        pump();
}

SubmissionRunner::Progress SubmissionRunner::progress(const QString &submissionId) const
{
    Progress p;
    const auto active = m_active.constFind(submissionId);
    for (const OutboxFile &f : filesOf(submissionId)) {
        ++p.total;
        p.bytesTotal += f.size;
        switch (f.state) {
        case OutboxFileState::Pending:
            break;
        case OutboxFileState::Uploading:
            if (active != m_active.constEnd())
                p.bytesSent += active->bytesSent.value(f.seq);
            break;
        case OutboxFileState::Uploaded:
        case OutboxFileState::Creating:
            ++p.uploaded;
            p.bytesSent += f.size;
            break;
        case OutboxFileState::Created:
            ++p.uploaded;
            ++p.created;
            p.bytesSent += f.size;
            break;
        case OutboxFileState::Failed:
            ++p.failed;
            break;
        case OutboxFileState::Cancelled:
            ++p.cancelled;
            break;
        }
    }
    return p;
}

int SubmissionRunner::inFlightUploads() const
{
    int n = 0;
    for (const Active &a : m_active)
        n += int(a.uploads.size());
    return n;
}

int SubmissionRunner::inFlightCreates() const
{
    int n = 0;
    for (const Active &a : m_active)
        n += int(a.creates.size());
    return n;
}

void SubmissionRunner::pump()
{
    // Reentrancy guard: reusing a remembered upload finishes synchronously and asks for more work.
    if (m_pumping) {
        m_pumpAgain = true;
        return;
    }
    m_pumping = true;
    do {
        m_pumpAgain = false;
        const QStringList ids = m_active.keys();
        for (const QString &id : ids) {
            auto it = m_active.find(id);
            if (it != m_active.end())
                pumpSubmission(*it);
        }
    } while (m_pumpAgain);
    m_pumping = false;
    const QStringList ids = m_active.keys();
    for (const QString &id : ids)
        checkFinished(id);
}

void SubmissionRunner::pumpSubmission(Active &active)
{
    if (active.awaitingSecrets)
        return;
    const QString id = active.submission.id;
    for (qsizetype i = 0; i < active.files.size(); ++i) {
        const OutboxFile f = active.files[i];
        if (f.state == OutboxFileState::Pending && !active.uploads.contains(f.seq)) {
            // Content this profile already uploaded needs no upload and no slot.
            // Asked once per file and run, not on every pass: passes happen after every answer.
            const bool firstLook = !active.dedupeChecked.contains(f.seq);
            active.dedupeChecked.insert(f.seq);
            if (const auto known = firstLook && !active.reuploaded.contains(f.seq)
                                       ? m_outbox->uploadedFileId(m_profileId, f.sha256)
                                       : std::nullopt) {
                writeUploaded(id, f.seq, f.sha256, *known);
                Q_EMIT fileChanged(id, f.seq);
                m_pumpAgain = true;
                continue;
            }
            if (inFlightUploads() < MaxParallelUploads)
                startUpload(active, f);
        }
    }

    const JobFlavour flavour = active.submission.options.flavour;
    const QList<OutboxFile> files = active.files;
    if (flavour == JobFlavour::V2PerFile) {
        for (const OutboxFile &f : files) {
            const bool ready = f.state == OutboxFileState::Uploaded || f.state == OutboxFileState::Creating;
            if (ready && !active.creates.contains(QStringLiteral("file:%1").arg(f.seq)) && inFlightCreates() < MaxParallelCreates)
                startV2Create(active, f);
        }
        return;
    }

    // v1 and batch: jobs over groups of files. First the groups a crash left in "creating".
    QHash<QString, QList<OutboxFile>> creating;
    for (const OutboxFile &f : files) {
        if (f.state == OutboxFileState::Creating && !active.creates.contains(f.jobKey))
            creating[f.jobKey].append(f);
    }
    for (auto it = creating.cbegin(); it != creating.cend(); ++it) {
        const auto job = m_outbox->job(id, it.key());
        QList<int> seqs;
        QStringList fileIds;
        for (const OutboxFile &f : it.value()) {
            seqs << f.seq;
            fileIds << f.fileId;
        }
        if (job && job->state == Creating) {
            active.creates.insert(it.key(), nullptr);
            verifyThenCreate(id, *job, seqs, fileIds);
        }
    }

    // Then new groups whose files have all finished uploading.
    const int groupSize = flavour == JobFlavour::Batch ? int(files.size()) : rules::MaxFilesPerV1Job;
    const QString prefix = flavour == JobFlavour::Batch ? QStringLiteral("batch") : QStringLiteral("chunk");
    const QList<OutboxJob> jobs = m_outbox->jobs(id);
    for (qsizetype start = 0; start < files.size(); start += groupSize) {
        const QList<OutboxFile> group = files.mid(start, groupSize);
        const bool uploading = std::any_of(group.begin(), group.end(), [](const OutboxFile &f) { return inUploadPhase(f.state); });
        QList<OutboxFile> ready;
        for (const OutboxFile &f : group) {
            if (f.state == OutboxFileState::Uploaded)
                ready << f;
        }
        if (uploading || ready.isEmpty())
            continue;
        const QString base = flavour == JobFlavour::Batch ? prefix : prefix + QLatin1Char(':') + QString::number(start / groupSize);
        const auto attempts = std::count_if(jobs.begin(), jobs.end(), [&](const OutboxJob &j) { return j.key.startsWith(base + QLatin1Char('.')); });
        const QString key = base + QLatin1Char('.') + QString::number(attempts + 1);
        if (!active.creates.contains(key) && inFlightCreates() < MaxParallelCreates)
            startGroupCreate(active, key, ready);
    }
}

void SubmissionRunner::startUpload(Active &active, const OutboxFile &file)
{
    const QString id = active.submission.id;
    if (!QFileInfo(file.path).isReadable()) {
        failFile(id, file.seq, tr("The file can no longer be read: %1").arg(file.path));
        return;
    }
    writeFileState(id, file.seq, OutboxFileState::Uploading);
    Q_EMIT fileChanged(id, file.seq);
    ++m_requestsSent;
    const int seq = file.seq;
    const QString sha = file.sha256;
    api::ApiRequest *request = api::FilesApi(m_client).upload(file.path, this, [this, id, seq, sha](api::Result<api::FileV2> result) {
        auto it = m_active.find(id);
        if (it == m_active.end())
            return;
        it->uploads.remove(seq);
        it->bytesSent.remove(seq);
        if (result.ok()) {
            writeUploaded(id, seq, sha, result.value().id);
            Q_EMIT fileChanged(id, seq);
        } else if (result.error().kind() == api::ApiError::Kind::Cancelled) {
            writeFileState(id, seq, OutboxFileState::Cancelled, tr("Cancelled"));
            Q_EMIT fileChanged(id, seq);
        } else {
            failFile(id, seq, result.error().toDisplayString());
        }
        Q_EMIT progressChanged(id);
        pump();
    });
    active.uploads.insert(seq, request);
    connect(request, &api::ApiRequest::uploadProgress, this, [this, id, seq](qint64 sent, qint64 total) {
        auto it = m_active.find(id);
        if (it == m_active.end())
            return;
        it->bytesSent.insert(seq, sent);
        Q_EMIT fileUploadProgress(id, seq, sent, total);
    });
}

void SubmissionRunner::startV2Create(Active &active, const OutboxFile &file)
{
    const QString id = active.submission.id;
    const SubmissionOptions &options = active.submission.options;
    const QString key = QStringLiteral("file:%1").arg(file.seq);
    OutboxJob job{key, QStringLiteral("v2"), transactionIdFor(id, file.sha256), QString(), Creating, QString(),
                  QDateTime::currentDateTimeUtc()};
    if (file.state == OutboxFileState::Creating) {
        if (const auto existing = m_outbox->job(id, key); existing && existing->state == Creating)
            job.creatingAt = existing->creatingAt;
    }
    writeJob(id, job, {file.seq});
    Q_EMIT fileChanged(id, file.seq);

    api::ClassifyV2CreateRequest body;
    body.fileInput = file.fileId;
    body.transactionId = job.transactionId;
    if (options.configurationId) {
        body.configurationId = options.configurationId;
    } else {
        api::ClassifyV2Configuration configuration;
        configuration.rules = options.rules;
        configuration.mode = QStringLiteral("FAST");
        configuration.parsingConfiguration = options.parsingV2();
        body.configuration = configuration;
    }
    body.webhookConfigurations = options.webhookConfigurations();
    ++m_requestsSent;
    const int seq = file.seq;
    const QString sha = file.sha256;
    api::ApiRequest *request = api::ClassifyApi(m_client).create(body, this, [this, id, key, seq, sha, job](api::Result<api::ClassifyV2Job> result) {
        auto it = m_active.find(id);
        if (it == m_active.end())
            return;
        it->creates.remove(key);
        if (result.ok()) {
            OutboxJob done = job;
            done.state = Created;
            done.jobId = result.value().id;
            writeJob(id, done, {seq});
            Q_EMIT fileChanged(id, seq);
            Q_EMIT v2JobCreated(result.value());
        } else if (result.error().kind() == api::ApiError::Kind::NotFound && !it->reuploaded.contains(seq)) {
            // The remembered upload is gone on the server (deleted or expired): upload once more.
            it->reuploaded.insert(seq);
            m_outbox->forgetUpload(m_profileId, sha);
            writeFileState(id, seq, OutboxFileState::Pending);
            Q_EMIT fileChanged(id, seq);
        } else {
            OutboxJob failed = job;
            failed.state = Failed;
            failed.error = result.error().toDisplayString();
            writeJob(id, failed, {seq});
            Q_EMIT fileChanged(id, seq);
            // After the outbox says "failed", so that whoever reacts sees the file as refused.
            if (result.error().kind() == api::ApiError::Kind::Validation)
                Q_EMIT validationFailed(id, result.error().issues());
        }
        Q_EMIT progressChanged(id);
        pump();
    });
    active.creates.insert(key, request);
}

void SubmissionRunner::startGroupCreate(Active &active, const QString &key, const QList<OutboxFile> &files)
{
    const QString id = active.submission.id;
    const bool batch = active.submission.options.flavour == JobFlavour::Batch;
    QList<int> seqs;
    QStringList fileIds;
    for (const OutboxFile &f : files) {
        seqs << f.seq;
        fileIds << f.fileId;
    }
    // Written before the POST: after a crash, "creating" means the server may already have it.
    writeJob(id, {key, batch ? QStringLiteral("batch") : QStringLiteral("v1"), QString(), QString(), Creating,
                             QString(), QDateTime::currentDateTimeUtc()},
                        seqs);
    for (const int seq : seqs)
        Q_EMIT fileChanged(id, seq);
    active.creates.insert(key, nullptr);
    sendGroupCreate(id, key, seqs, fileIds);
}

void SubmissionRunner::sendGroupCreate(const QString &submissionId, const QString &key, const QList<int> &seqs,
                                       const QStringList &fileIds)
{
    auto it = m_active.find(submissionId);
    if (it == m_active.end())
        return;
    const SubmissionOptions &options = it->submission.options;
    ++m_requestsSent;
    api::ApiRequest *request = nullptr;
    if (options.flavour == JobFlavour::Batch) {
        api::BatchJobCreateRequest body;
        body.jobConfig.rules = options.rules;
        body.jobConfig.mode = options.mode;
        body.jobConfig.status = QStringLiteral("PENDING");
        body.jobConfig.parsingConfiguration = options.parsingV1();
        body.itemIds = fileIds;
        request = api::BatchApi(m_client).create(body, this, [this, submissionId, key, seqs](api::Result<api::BatchJob> result) {
            finishGroup(submissionId, key, seqs, result.ok() ? result.value().id : QString(),
                        result.ok() ? std::nullopt : std::optional<api::ApiError>(result.error()));
            if (result.ok())
                Q_EMIT batchJobCreated(result.value());
        });
    } else {
        api::ClassifyJobCreate body;
        body.fileIds = fileIds;
        body.rules = options.rules;
        body.mode = options.mode;
        body.parsingConfiguration = options.parsingV1();
        body.webhookConfigurations = options.webhookConfigurations();
        request = api::ClassifierApi(m_client).createJob(body, this, [this, submissionId, key, seqs](api::Result<api::ClassifyJob> result) {
            finishGroup(submissionId, key, seqs, result.ok() ? result.value().id : QString(),
                        result.ok() ? std::nullopt : std::optional<api::ApiError>(result.error()));
            if (result.ok())
                Q_EMIT v1JobCreated(result.value());
        });
    }
    it->creates.insert(key, request);
}

void SubmissionRunner::verifyThenCreate(const QString &submissionId, const OutboxJob &job, const QList<int> &seqs,
                                        const QStringList &fileIds)
{
    auto it = m_active.find(submissionId);
    if (it == m_active.end())
        return;
    const SubmissionOptions options = it->submission.options;
    const QDateTime since = job.creatingAt.addSecs(-AdoptionSlackSecs);
    const QString family = job.family;
    const QStringList known = m_outbox->knownJobIds(family);
    const QString key = job.key;
    ++m_requestsSent;
    if (family == QLatin1String("batch")) {
        api::BatchListQuery q;
        q.jobType = QStringLiteral("classify");
        q.limit = 100;
        api::BatchApi(m_client).list(q, this, [=, this](api::Result<api::BatchJobList> result) {
            if (!result.ok())
                return finishGroup(submissionId, key, seqs, QString(), result.error());
            for (const api::BatchJob &candidate : result.value().items) {
                if (!known.contains(candidate.id) && candidate.createdAt && *candidate.createdAt >= since
                    && candidate.totalItems == fileIds.size()) {
                    finishGroup(submissionId, key, seqs, candidate.id, std::nullopt);
                    Q_EMIT batchJobCreated(candidate);
                    return;
                }
            }
            sendGroupCreate(submissionId, key, seqs, fileIds);
        });
        return;
    }
    api::ClassifierJobListQuery q;
    q.pageSize = 100;
    api::ClassifierApi(m_client).listJobs(q, this, [=, this](api::Result<api::ClassifyJobList> result) {
        if (!result.ok())
            return finishGroup(submissionId, key, seqs, QString(), result.error());
        for (const api::ClassifyJob &candidate : result.value().items) {
            if (!known.contains(candidate.id) && candidate.createdAt && *candidate.createdAt >= since
                && candidate.rules == options.rules && candidate.mode == options.mode) {
                finishGroup(submissionId, key, seqs, candidate.id, std::nullopt);
                Q_EMIT v1JobCreated(candidate);
                return;
            }
        }
        sendGroupCreate(submissionId, key, seqs, fileIds);
    });
}

void SubmissionRunner::finishGroup(const QString &submissionId, const QString &key, const QList<int> &seqs,
                                   const QString &jobId, const std::optional<api::ApiError> &error)
{
    auto it = m_active.find(submissionId);
    if (it == m_active.end())
        return;
    it->creates.remove(key);
    auto job = m_outbox->job(submissionId, key).value_or(OutboxJob{key, QString(), QString(), QString(), QString(), QString(), {}});
    if (error) {
        job.state = Failed;
        job.error = error->toDisplayString();
    } else {
        job.state = Created;
        job.jobId = jobId;
        job.error.clear();
    }
    writeJob(submissionId, job, seqs);
    for (const int seq : seqs)
        Q_EMIT fileChanged(submissionId, seq);
    if (error && error->kind() == api::ApiError::Kind::Validation)
        Q_EMIT validationFailed(submissionId, error->issues());
    Q_EMIT progressChanged(submissionId);
    pump();
}

void SubmissionRunner::failFile(const QString &submissionId, int seq, const QString &message)
{
    writeFileState(submissionId, seq, OutboxFileState::Failed, message);
    Q_EMIT fileChanged(submissionId, seq);
    Q_EMIT progressChanged(submissionId);
}

void SubmissionRunner::checkFinished(const QString &submissionId)
{
    auto it = m_active.find(submissionId);
    if (it == m_active.end() || !it->uploads.isEmpty() || !it->creates.isEmpty())
        return;
    const Progress p = progress(submissionId);
    if (!p.finished())
        return;
    QString state = QStringLiteral("done");
    if (p.failed > 0)
        state = QStringLiteral("attention");
    else if (p.cancelled > 0)
        state = QStringLiteral("cancelled");
    m_outbox->setSubmissionState(submissionId, state);
    // A submission that needs attention keeps its secrets: retrying it sends them again.
    if (it->submission.secretsInKeychain && state != QLatin1String("attention"))
        removeSecrets(submissionId);
    m_active.erase(it);
    Q_EMIT progressChanged(submissionId);
    Q_EMIT submissionFinished(submissionId);
}

} // namespace docket::jobs
