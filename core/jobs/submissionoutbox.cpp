// SPDX-FileCopyrightText: 2026 The Docket authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "jobs/submissionoutbox.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>

namespace docket::jobs {

namespace {
// Marks, inside the stored options, a submission whose webhook secrets are in the keychain.
const QLatin1String SecretsInKeychainKey("secrets_in_keychain");
// The options as the outbox keeps them: without the secrets' values, with the marker.
QString storedOptions(const SubmissionOptions &options)
{
    QJsonObject stored = options.withoutWebhookSecrets().toJson();
    if (options.hasWebhookSecrets())
        stored.insert(SecretsInKeychainKey, true);
    return QString::fromUtf8(QJsonDocument(stored).toJson(QJsonDocument::Compact));
}

const char *const StateKeys[] = {"pending", "uploading", "uploaded", "creating", "created", "failed", "cancelled"};

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

// Commits on success, rolls back otherwise (including early returns).
class Transaction
{
public:
    explicit Transaction(QSqlDatabase db) : m_db(std::move(db)) { m_open = m_db.transaction(); }
    ~Transaction()
    {
        if (m_open)
            m_db.rollback();
    }
    bool commit()
    {
        const bool ok = m_open && m_db.commit();
        m_open = false;
        return ok;
    }

private:
    QSqlDatabase m_db;
    bool m_open = false;
};
} // namespace

QString outboxFileStateKey(OutboxFileState state)
{
    return QString::fromLatin1(StateKeys[int(state)]);
}

OutboxFileState outboxFileStateFromKey(const QString &key)
{
    for (int i = 0; i < int(std::size(StateKeys)); ++i) {
        if (key == QLatin1String(StateKeys[i]))
            return OutboxFileState(i);
    }
    return OutboxFileState::Failed;
}

SubmissionOutbox::SubmissionOutbox(QString databasePath)
    : m_path(std::move(databasePath)), m_connection(QStringLiteral("docket-outbox-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    if (m_path.isEmpty())
        m_path = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/outbox.sqlite");
}

SubmissionOutbox::~SubmissionOutbox()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

bool SubmissionOutbox::exec(const QString &sql, const QVariantList &values) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    if (!q.prepare(sql)) {
        m_lastError = q.lastError().text();
        return false;
    }
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return false;
    }
    return true;
}

bool SubmissionOutbox::open(QString *error)
{
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(m_path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open()) {
        if (error)
            *error = tr("Cannot open the outbox %1: %2").arg(QDir::toNativeSeparators(m_path), db.lastError().text());
        return false;
    }
    // Paths, names and job ids are nobody else's business: owner-only. (No secrets are stored.)
    QFile::setPermissions(m_path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const QStringList statements{
        QStringLiteral("PRAGMA journal_mode=WAL"),
        // A killed process loses nothing in WAL mode with NORMAL; only a power cut could drop the
        // last commits, and those are re-done idempotently on resume.
        QStringLiteral("PRAGMA synchronous=NORMAL"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS submissions (id TEXT PRIMARY KEY, profile_id TEXT NOT NULL, "
                       "options TEXT NOT NULL, state TEXT NOT NULL, created_at TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS files (submission_id TEXT NOT NULL, seq INTEGER NOT NULL, "
                       "path TEXT NOT NULL, name TEXT NOT NULL, size INTEGER NOT NULL, sha256 TEXT NOT NULL, "
                       "state TEXT NOT NULL, file_id TEXT, job_key TEXT, error TEXT, PRIMARY KEY (submission_id, seq))"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS jobs (submission_id TEXT NOT NULL, key TEXT NOT NULL, "
                       "family TEXT NOT NULL, transaction_id TEXT, job_id TEXT, state TEXT NOT NULL, error TEXT, "
                       "creating_at TEXT, PRIMARY KEY (submission_id, key))"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS uploads (profile_id TEXT NOT NULL, sha256 TEXT NOT NULL, "
                       "file_id TEXT NOT NULL, uploaded_at TEXT NOT NULL, PRIMARY KEY (profile_id, sha256))"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS submissions_active ON submissions (profile_id, state)"),
    };
    for (const QString &sql : statements) {
        if (!exec(sql)) {
            if (error)
                *error = tr("Cannot prepare the outbox %1: %2").arg(QDir::toNativeSeparators(m_path), m_lastError);
            return false;
        }
    }
    if (!scrubLegacySecrets()) {
        if (error)
            *error = tr("Cannot remove old webhook secrets from the outbox %1: %2")
                         .arg(QDir::toNativeSeparators(m_path), m_lastError);
        return false;
    }
    return true;
}

bool SubmissionOutbox::scrubLegacySecrets()
{
    // Outboxes written before the secrets moved to the keychain may hold some in plain text.
    // They are blanked and the row marked as needing them, so its resume fails visibly instead of
    // sending the webhooks without them.
    QList<std::pair<QString, QString>> scrubbed;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    if (!q.exec(QStringLiteral("SELECT id, options FROM submissions"))) {
        m_lastError = q.lastError().text();
        return false;
    }
    while (q.next()) {
        const auto options = SubmissionOptions::fromJson(QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object());
        if (options && options->withoutWebhookSecrets() != *options)
            scrubbed.append({q.value(0).toString(), storedOptions(*options)});
    }
    q.finish();
    if (scrubbed.isEmpty())
        return true;
    // secure_delete overwrites the old bytes instead of leaving them in free pages; the truncating
    // checkpoint empties the WAL that may still hold older copies.
    if (!exec(QStringLiteral("PRAGMA secure_delete=ON")))
        return false;
    Transaction tx(QSqlDatabase::database(m_connection));
    for (const auto &[id, options] : std::as_const(scrubbed)) {
        if (!exec(QStringLiteral("UPDATE submissions SET options = ? WHERE id = ?"), {options, id}))
            return false;
    }
    if (!tx.commit()) {
        m_lastError = QSqlDatabase::database(m_connection).lastError().text();
        return false;
    }
    return exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
}

QString SubmissionOutbox::newSubmissionId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString SubmissionOutbox::keychainIdFor(const QString &submissionId)
{
    return QStringLiteral("webhooks/") + submissionId;
}

QString SubmissionOutbox::createSubmission(const QString &profileId, const SubmissionOptions &options,
                                           const QList<IntakeFile> &files, const QString &chosenId)
{
    const QString id = chosenId.isEmpty() ? newSubmissionId() : chosenId;
    Transaction tx(QSqlDatabase::database(m_connection));
    if (!exec(QStringLiteral("INSERT INTO submissions (id, profile_id, options, state, created_at) VALUES (?, ?, ?, 'active', ?)"),
              {id, profileId, storedOptions(options), now()}))
        return {};
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("INSERT INTO files (submission_id, seq, path, name, size, sha256, state) VALUES (?, ?, ?, ?, ?, ?, 'pending')"));
    for (qsizetype i = 0; i < files.size(); ++i) {
        q.addBindValue(id);
        q.addBindValue(int(i));
        q.addBindValue(files[i].path);
        q.addBindValue(files[i].name);
        q.addBindValue(files[i].size);
        q.addBindValue(files[i].sha256);
        if (!q.exec()) {
            m_lastError = q.lastError().text();
            return {};
        }
    }
    if (!tx.commit()) {
        m_lastError = QSqlDatabase::database(m_connection).lastError().text();
        return {};
    }
    return id;
}

std::optional<OutboxSubmission> SubmissionOutbox::submission(const QString &id) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("SELECT profile_id, options, state, created_at FROM submissions WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    const QJsonObject json = QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object();
    const auto options = SubmissionOptions::fromJson(json);
    if (!options)
        return std::nullopt;
    // Rows written before secrets moved to the keychain may still hold some: never hand them out,
    // and say they are needed, so the runner fails such a submission visibly instead of sending
    // its webhooks without them.
    const bool legacySecrets = options->withoutWebhookSecrets() != *options;
    return OutboxSubmission{id, q.value(0).toString(), options->withoutWebhookSecrets(),
                            json.value(SecretsInKeychainKey).toBool() || legacySecrets, q.value(2).toString(),
                            QDateTime::fromString(q.value(3).toString(), Qt::ISODateWithMs)};
}

QStringList SubmissionOutbox::activeSubmissions(const QString &profileId) const
{
    QStringList out;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("SELECT id FROM submissions WHERE profile_id = ? AND state = 'active' ORDER BY created_at"));
    q.addBindValue(profileId);
    if (q.exec()) {
        while (q.next())
            out.append(q.value(0).toString());
    }
    return out;
}

bool SubmissionOutbox::setSubmissionState(const QString &id, const QString &state)
{
    return exec(QStringLiteral("UPDATE submissions SET state = ? WHERE id = ?"), {state, id});
}

QList<OutboxFile> SubmissionOutbox::files(const QString &submissionId) const
{
    QList<OutboxFile> out;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("SELECT seq, path, name, size, sha256, state, file_id, job_key, error FROM files "
                             "WHERE submission_id = ? ORDER BY seq"));
    q.addBindValue(submissionId);
    if (!q.exec())
        return out;
    while (q.next()) {
        OutboxFile f;
        f.seq = q.value(0).toInt();
        f.path = q.value(1).toString();
        f.name = q.value(2).toString();
        f.size = q.value(3).toLongLong();
        f.sha256 = q.value(4).toString();
        f.state = outboxFileStateFromKey(q.value(5).toString());
        f.fileId = q.value(6).toString();
        f.jobKey = q.value(7).toString();
        f.error = q.value(8).toString();
        out.append(f);
    }
    return out;
}

bool SubmissionOutbox::setFileState(const QString &submissionId, int seq, OutboxFileState state, const QString &error)
{
    return exec(QStringLiteral("UPDATE files SET state = ?, error = ? WHERE submission_id = ? AND seq = ?"),
                {outboxFileStateKey(state), error, submissionId, seq});
}

bool SubmissionOutbox::setFilesState(const QString &submissionId, const QList<int> &seqs, OutboxFileState state,
                                     const QString &jobKey, const QString &error)
{
    Transaction tx(QSqlDatabase::database(m_connection));
    for (const int seq : seqs) {
        if (!exec(QStringLiteral("UPDATE files SET state = ?, job_key = ?, error = ? WHERE submission_id = ? AND seq = ?"),
                  {outboxFileStateKey(state), jobKey, error, submissionId, seq}))
            return false;
    }
    return tx.commit();
}

bool SubmissionOutbox::markUploaded(const QString &submissionId, int seq, const QString &profileId,
                                    const QString &sha256, const QString &fileId)
{
    Transaction tx(QSqlDatabase::database(m_connection));
    if (!exec(QStringLiteral("UPDATE files SET state = 'uploaded', file_id = ?, error = NULL WHERE submission_id = ? AND seq = ?"),
              {fileId, submissionId, seq}))
        return false;
    if (!sha256.isEmpty()
        && !exec(QStringLiteral("INSERT OR REPLACE INTO uploads (profile_id, sha256, file_id, uploaded_at) VALUES (?, ?, ?, ?)"),
                 {profileId, sha256, fileId, now()}))
        return false;
    return tx.commit();
}

std::optional<QString> SubmissionOutbox::uploadedFileId(const QString &profileId, const QString &sha256) const
{
    if (sha256.isEmpty())
        return std::nullopt;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("SELECT file_id FROM uploads WHERE profile_id = ? AND sha256 = ?"));
    q.addBindValue(profileId);
    q.addBindValue(sha256);
    if (q.exec() && q.next())
        return q.value(0).toString();
    return std::nullopt;
}

bool SubmissionOutbox::forgetUpload(const QString &profileId, const QString &sha256)
{
    return exec(QStringLiteral("DELETE FROM uploads WHERE profile_id = ? AND sha256 = ?"), {profileId, sha256});
}

QList<OutboxJob> SubmissionOutbox::jobs(const QString &submissionId) const
{
    QList<OutboxJob> out;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("SELECT key, family, transaction_id, job_id, state, error, creating_at FROM jobs "
                             "WHERE submission_id = ? ORDER BY rowid"));
    q.addBindValue(submissionId);
    if (!q.exec())
        return out;
    while (q.next()) {
        out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                    q.value(4).toString(), q.value(5).toString(),
                    QDateTime::fromString(q.value(6).toString(), Qt::ISODateWithMs)});
    }
    return out;
}

std::optional<OutboxJob> SubmissionOutbox::job(const QString &submissionId, const QString &key) const
{
    for (const OutboxJob &j : jobs(submissionId)) {
        if (j.key == key)
            return j;
    }
    return std::nullopt;
}

bool SubmissionOutbox::recordJob(const QString &submissionId, const OutboxJob &job, const QList<int> &seqs)
{
    Transaction tx(QSqlDatabase::database(m_connection));
    if (!exec(QStringLiteral("INSERT OR REPLACE INTO jobs (submission_id, key, family, transaction_id, job_id, state, error, creating_at) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
              {submissionId, job.key, job.family, job.transactionId, job.jobId, job.state, job.error,
               job.creatingAt.isValid() ? job.creatingAt.toString(Qt::ISODateWithMs) : QString()}))
        return false;
    const OutboxFileState fileState = job.state == QLatin1String("created") ? OutboxFileState::Created
                                    : job.state == QLatin1String("creating") ? OutboxFileState::Creating
                                                                             : OutboxFileState::Failed;
    for (const int seq : seqs) {
        if (!exec(QStringLiteral("UPDATE files SET state = ?, job_key = ?, error = ? WHERE submission_id = ? AND seq = ?"),
                  {outboxFileStateKey(fileState), job.key, job.error, submissionId, seq}))
            return false;
    }
    return tx.commit();
}

QStringList SubmissionOutbox::knownJobIds(const QString &family) const
{
    QStringList out;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("SELECT job_id FROM jobs WHERE family = ? AND job_id IS NOT NULL AND job_id != ''"));
    q.addBindValue(family);
    if (q.exec()) {
        while (q.next())
            out.append(q.value(0).toString());
    }
    return out;
}

} // namespace docket::jobs
