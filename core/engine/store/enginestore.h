// SPDX-FileCopyrightText: 2026 The Docket authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/types.h"

#include <QDateTime>
#include <QJsonArray>
#include <QHash>
#include <QJsonObject>
#include <QMutex>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

namespace docket::engine {

// An uploaded file: metadata in SQLite, bytes under files/<storedName> (a generated name).
struct StoredFile
{
    QString id;
    QString projectId;
    QString name;
    std::optional<QString> externalFileId;
    QString fileType;
    QString purpose;
    QString storedName;
    QString path; // absolute path of the stored bytes (filled on read)
    qint64 size = 0;
    qint64 createdMs = 0;

    api::FileV2 toDto() const;
};

// One unit of classification work: one document against one rule set. A v2 job is one task;
// a v1 job owns one task per file (kind "v1"); a batch owns one task per item (kind "batch",
// visible as a v2 job whose id is the item's job_id).
struct Task
{
    qint64 seq = 0;
    QString id;
    QString kind; // v2 | v1 | batch
    QString ownerId;
    QString projectId;
    QString status; // PENDING | RUNNING | COMPLETED | FAILED | CANCELLED
    QString fileId;
    QString fileInput;
    QJsonObject configuration; // ClassifyV2Configuration as echoed on v2 jobs
    std::optional<QString> configurationId;
    std::optional<QString> transactionId;
    QJsonArray webhooks; // WebhookConfiguration objects (secrets: never logged)
    QString lang = QStringLiteral("en");
    std::optional<int> maxPages;
    QList<int> pages; // 1-based; empty = all
    bool multimodal = false;
    std::optional<api::ClassificationResult> result;
    std::optional<QString> errorMessage;
    int attempts = 0;
    qint64 createdMs = 0;
    qint64 updatedMs = 0;

    bool isTerminal() const;
    api::ClassifyV2Job toV2Job(const QString &userId) const;
};

// Filters of GET /api/v2/classify.
struct TaskFilter
{
    std::optional<QString> status;
    QStringList ids;
    std::optional<QString> configurationId;
    std::optional<qint64> createdFromMs;
    std::optional<qint64> createdToMs;
};

struct V1Job
{
    QString id;
    QString projectId;
    QJsonObject body; // the ClassifyJob fields that do not change (rules, mode, parsing_configuration)
    QJsonArray webhooks;
    QString notified;
    qint64 createdMs = 0;
    qint64 updatedMs = 0;
};

// Status counts over the tasks of one owner (v1 job or batch).
struct TaskCounts
{
    qint64 pending = 0, running = 0, completed = 0, failed = 0, cancelled = 0;
    qint64 total() const { return pending + running + completed + failed + cancelled; }
    qint64 terminal() const { return completed + failed + cancelled; }
};

struct BatchRecord
{
    QString id;
    QString projectId;
    QJsonObject jobConfig;
    std::optional<QString> directoryId;
    bool cancelled = false;
    std::optional<QString> cancelReason;
    qint64 createdMs = 0;
    qint64 updatedMs = 0;
    std::optional<qint64> startedMs;
    std::optional<qint64> completedMs;
};

struct StoredConfiguration
{
    QString id;
    QString projectId;
    QString name;
    QString productType;
    QJsonObject parameters;
    QString version;
    qint64 createdMs = 0;
    qint64 updatedMs = 0;

    api::ConfigurationResponse toDto() const;
};

template<class T>
struct StorePage
{
    QList<T> items;
    std::optional<qint64> lastSeq; // set when a further page exists
};

// The engine's persistence: one SQLite database (WAL) plus a directory of stored files. Every
// method may be called from any thread: each thread gets its own connection (Qt Sql connections
// must not cross threads), removed when the thread ends. Used by EngineServer (HTTP thread) and
// JobRunner (workers).
class EngineStore
{
public:
    static constexpr int SchemaVersion = 1;

    explicit EngineStore(QString dataDir);
    ~EngineStore();
    EngineStore(const EngineStore &) = delete;
    EngineStore &operator=(const EngineStore &) = delete;

    // Creates the directories and schema; false with error() when the data directory is unusable.
    bool open();
    QString error() const { return m_error; }
    QString dataDir() const { return m_dataDir; }
    QString filesDir() const;
    QString filePath(const StoredFile &file) const;

    QString organizationId() const { return m_organizationId; }
    QString projectId() const { return m_projectId; }
    qint64 organizationCreatedMs() const { return m_createdMs; }

    // Files
    bool insertFile(const StoredFile &file);
    std::optional<StoredFile> file(const QString &id);
    // Ordered by upload (seq) or, with byName, by name then seq; a page continues after the row
    // (afterName, afterSeq), afterName being that row's name when ordered by name.
    StorePage<StoredFile> listFiles(const QStringList &ids, const std::optional<QString> &name,
                                    const std::optional<QString> &externalId, bool descending,
                                    std::optional<qint64> afterSeq, int limit, bool byName = false,
                                    const QString &afterName = {});
    bool deleteFile(const QString &id);

    // Tasks
    bool insertTasks(const QList<Task> &tasks);
    std::optional<Task> task(const QString &id);
    std::optional<Task> taskByTransaction(const QString &projectId, const QString &transactionId);
    StorePage<Task> listV2Tasks(const TaskFilter &filter, std::optional<qint64> beforeSeq, int limit);
    QList<Task> tasksOf(const QString &ownerId, const std::optional<QString> &status, int limit, qint64 offset);
    TaskCounts countsOf(const QString &ownerId);
    qint64 countOf(const QString &ownerId, const std::optional<QString> &status);
    // Moves the oldest PENDING task to RUNNING and returns it.
    std::optional<Task> claimNext();
    // Ends a RUNNING task; false when it was no longer RUNNING (cancelled meanwhile).
    bool finishTask(const QString &id, const QString &status, const std::optional<api::ClassificationResult> &result,
                    const std::optional<QString> &errorMessage);
    // Puts a RUNNING task back to PENDING (graceful stop).
    bool requeueTask(const QString &id);
    // The same for several tasks in one statement, giving back the attempt their claim counted;
    // returns how many were still RUNNING.
    int requeueTasks(const QStringList &ids);
    // PENDING/RUNNING -> CANCELLED. Returns the ids that changed.
    QStringList cancelTasks(const QString &ownerOrTaskId, bool byOwner);
    // After a crash: RUNNING tasks run again, or fail once they have had maxAttempts.
    int recoverInterrupted(int maxAttempts, int *failed = nullptr);
    qint64 countTasks();

    // v1 jobs
    bool insertV1Job(const V1Job &job, const QList<Task> &tasks);
    std::optional<V1Job> v1Job(const QString &id);
    StorePage<V1Job> listV1Jobs(const QString &projectId, std::optional<qint64> beforeSeq, int limit);
    // Records that an event was sent, once: false when it already was.
    bool markV1Notified(const QString &id, const QString &event);

    // Batches
    bool insertBatch(const BatchRecord &batch, const QList<Task> &tasks);
    std::optional<BatchRecord> batch(const QString &id);
    QList<BatchRecord> listBatches(const QString &projectId, const std::optional<QString> &directoryId, int limit,
                                   qint64 offset, qint64 *total);
    // The task counts of every batch of a project, in one grouped query (status filters).
    QHash<QString, TaskCounts> batchTaskCounts(const QString &projectId);
    bool markBatchCancelled(const QString &id, const std::optional<QString> &reason);
    void touchBatchStarted(const QString &id, qint64 ms);
    void touchBatchCompleted(const QString &id, qint64 ms);

    // Configurations (upsert by project, name and product type)
    StoredConfiguration upsertConfiguration(const StoredConfiguration &config, bool *created);
    std::optional<StoredConfiguration> configuration(const QString &id);
    StorePage<StoredConfiguration> listConfigurations(const QString &projectId, const QStringList &productTypes,
                                                      const std::optional<QString> &name,
                                                      std::optional<qint64> afterSeq, int limit);
    bool deleteConfiguration(const QString &id);

    static qint64 nowMs();
    static QDateTime fromMs(qint64 ms);

private:
    QSqlDatabase db() const;
    bool migrate(QSqlDatabase &db);
    bool insertWithTasks(const QString &ownerSql, const QVariantList &ownerValues, const QList<Task> &tasks);
    bool loadIdentity(QSqlDatabase &db);

    QString m_dataDir;
    QString m_dbPath;
    QString m_connectionPrefix;
    QString m_error;
    QString m_organizationId;
    QString m_projectId;
    qint64 m_createdMs = 0;
};

} // namespace docket::engine
