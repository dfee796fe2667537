// SPDX-FileCopyrightText: 2026 The Docket authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/store/enginestore.h"

#include "engine/enginelogging.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QThreadStorage>
#include <QTimeZone>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;

namespace docket::engine {

namespace {

QAtomicInteger<quint64> g_storeCounter;

// The connections one thread opened, removed when that thread ends.
struct ThreadConnections
{
    QStringList names;
    ~ThreadConnections()
    {
        for (const QString &name : std::as_const(names))
            QSqlDatabase::removeDatabase(name);
    }
};

QThreadStorage<ThreadConnections *> g_threadConnections;

QString toJsonText(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QString toJsonText(const QJsonArray &a)
{
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}

QJsonObject objectFrom(const QVariant &v)
{
    return QJsonDocument::fromJson(v.toString().toUtf8()).object();
}

QJsonArray arrayFrom(const QVariant &v)
{
    return QJsonDocument::fromJson(v.toString().toUtf8()).array();
}

QVariant nullable(const std::optional<QString> &v)
{
    return v ? QVariant(*v) : QVariant(QMetaType(QMetaType::QString));
}

std::optional<QString> optString(const QVariant &v)
{
    if (v.isNull())
        return std::nullopt;
    return v.toString();
}

std::optional<qint64> optInt(const QVariant &v)
{
    if (v.isNull())
        return std::nullopt;
    return v.toLongLong();
}

bool exec(QSqlQuery &q, const char *what)
{
    if (q.exec())
        return true;
    qCWarning(lcEngine, "store: %s failed: %s", what, qPrintable(q.lastError().text()));
    return false;
}

QString pagesText(const QList<int> &pages)
{
    QStringList parts;
    for (int p : pages)
        parts << QString::number(p);
    return parts.join(u',');
}

QList<int> pagesFrom(const QString &text)
{
    QList<int> pages;
    for (const QString &part : text.split(u',', Qt::SkipEmptyParts))
        pages << part.toInt();
    return pages;
}

const QString TaskColumns = QStringLiteral(
    "seq, id, kind, owner_id, project_id, status, file_id, file_input, configuration, configuration_id, "
    "transaction_id, webhooks, lang, max_pages, pages, multimodal, result, error_message, attempts, created_at, "
    "updated_at");

Task taskFrom(const QSqlQuery &q)
{
    Task t;
    t.seq = q.value(0).toLongLong();
    t.id = q.value(1).toString();
    t.kind = q.value(2).toString();
    t.ownerId = q.value(3).toString();
    t.projectId = q.value(4).toString();
    t.status = q.value(5).toString();
    t.fileId = q.value(6).toString();
    t.fileInput = q.value(7).toString();
    t.configuration = objectFrom(q.value(8));
    t.configurationId = optString(q.value(9));
    t.transactionId = optString(q.value(10));
    t.webhooks = arrayFrom(q.value(11));
    t.lang = q.value(12).toString();
    if (!q.value(13).isNull())
        t.maxPages = q.value(13).toInt();
    t.pages = pagesFrom(q.value(14).toString());
    t.multimodal = q.value(15).toBool();
    if (!q.value(16).isNull()) {
        api::JsonReader reader(objectFrom(q.value(16)));
        t.result = api::ClassificationResult::read(reader);
    }
    t.errorMessage = optString(q.value(17));
    t.attempts = q.value(18).toInt();
    t.createdMs = q.value(19).toLongLong();
    t.updatedMs = q.value(20).toLongLong();
    return t;
}

const QString FileColumns =
    QStringLiteral("seq, id, project_id, name, external_file_id, file_type, purpose, stored_name, size, created_at");

StoredFile fileFrom(const QSqlQuery &q)
{
    StoredFile f;
    f.id = q.value(1).toString();
    f.projectId = q.value(2).toString();
    f.name = q.value(3).toString();
    f.externalFileId = optString(q.value(4));
    f.fileType = q.value(5).toString();
    f.purpose = q.value(6).toString();
    f.storedName = q.value(7).toString();
    f.size = q.value(8).toLongLong();
    f.createdMs = q.value(9).toLongLong();
    return f;
}

const QString ConfigColumns =
    QStringLiteral("seq, id, project_id, name, product_type, parameters, version, created_at, updated_at");

StoredConfiguration configFrom(const QSqlQuery &q)
{
    StoredConfiguration c;
    c.id = q.value(1).toString();
    c.projectId = q.value(2).toString();
    c.name = q.value(3).toString();
    c.productType = q.value(4).toString();
    c.parameters = objectFrom(q.value(5));
    c.version = q.value(6).toString();
    c.createdMs = q.value(7).toLongLong();
    c.updatedMs = q.value(8).toLongLong();
    return c;
}

const QString BatchColumns = QStringLiteral(
    "seq, id, project_id, job_config, directory_id, cancelled, cancel_reason, created_at, updated_at, started_at, "
    "completed_at");

BatchRecord batchFrom(const QSqlQuery &q)
{
    BatchRecord b;
    b.id = q.value(1).toString();
    b.projectId = q.value(2).toString();
    b.jobConfig = objectFrom(q.value(3));
    b.directoryId = optString(q.value(4));
    b.cancelled = q.value(5).toBool();
    b.cancelReason = optString(q.value(6));
    b.createdMs = q.value(7).toLongLong();
    b.updatedMs = q.value(8).toLongLong();
    b.startedMs = optInt(q.value(9));
    b.completedMs = optInt(q.value(10));
    return b;
}

V1Job v1From(const QSqlQuery &q)
{
    V1Job j;
    j.id = q.value(1).toString();
    j.projectId = q.value(2).toString();
    j.body = objectFrom(q.value(3));
    j.webhooks = arrayFrom(q.value(4));
    j.notified = q.value(5).toString();
    j.createdMs = q.value(6).toLongLong();
    j.updatedMs = q.value(7).toLongLong();
    return j;
}

void addCount(TaskCounts &c, const QString &status, qint64 n)
{
    if (status == "PENDING"_L1)
        c.pending = n;
    else if (status == "RUNNING"_L1)
        c.running = n;
    else if (status == "COMPLETED"_L1)
        c.completed = n;
    else if (status == "FAILED"_L1)
        c.failed = n;
    else if (status == "CANCELLED"_L1)
        c.cancelled = n;
}

// A write transaction that rolls back unless committed. BEGIN IMMEDIATE takes the write lock at the
// start (waiting out the busy timeout): a deferred one that reads first cannot upgrade once another
// connection has committed under WAL (SQLITE_BUSY_SNAPSHOT comes at once, without waiting).
class Transaction
{
public:
    explicit Transaction(QSqlDatabase db) : m_db(std::move(db))
    {
        QSqlQuery begin(m_db);
        m_open = begin.exec(QStringLiteral("BEGIN IMMEDIATE"));
        if (!m_open)
            qCWarning(lcEngine, "store: cannot begin a transaction: %s", qPrintable(begin.lastError().text()));
    }
    ~Transaction()
    {
        if (m_open)
            m_db.rollback();
    }
    bool ok() const { return m_open; }
    bool commit()
    {
        m_open = false;
        return m_db.commit();
    }

private:
    QSqlDatabase m_db;
    bool m_open = false;
};

bool bindAndInsertTask(QSqlQuery &q, const Task &t)
{
    q.bindValue(0, t.id);
    q.bindValue(1, t.kind);
    q.bindValue(2, t.ownerId.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(t.ownerId));
    q.bindValue(3, t.projectId);
    q.bindValue(4, t.status);
    q.bindValue(5, t.fileId);
    q.bindValue(6, t.fileInput);
    q.bindValue(7, toJsonText(t.configuration));
    q.bindValue(8, nullable(t.configurationId));
    q.bindValue(9, nullable(t.transactionId));
    q.bindValue(10, toJsonText(t.webhooks));
    q.bindValue(11, t.lang);
    q.bindValue(12, t.maxPages ? QVariant(*t.maxPages) : QVariant(QMetaType(QMetaType::Int)));
    q.bindValue(13, pagesText(t.pages));
    q.bindValue(14, t.multimodal ? 1 : 0);
    q.bindValue(15, t.createdMs);
    q.bindValue(16, t.updatedMs);
    return exec(q, "insert task");
}

const char *InsertTaskSql =
    "INSERT INTO tasks (id, kind, owner_id, project_id, status, file_id, file_input, configuration, "
    "configuration_id, transaction_id, webhooks, lang, max_pages, pages, multimodal, created_at, updated_at) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, COALESCE(?, ''), ?, ?, ?)";

// Reads up to limit rows of a query that asked for limit + 1; the extra row only says that a
// further page exists, which then starts after the last row kept.
template<class T, class From>
StorePage<T> collectPage(QSqlQuery &q, int limit, From from)
{
    StorePage<T> page;
    qint64 seq = 0;
    while (q.next()) {
        if (page.items.size() == limit) {
            page.lastSeq = seq;
            break;
        }
        seq = q.value(0).toLongLong();
        page.items << from(q);
    }
    return page;
}

} // namespace

api::FileV2 StoredFile::toDto() const
{
    api::FileV2 f;
    f.id = id;
    f.name = name;
    f.projectId = projectId;
    f.externalFileId = externalFileId;
    if (!fileType.isEmpty())
        f.fileType = fileType;
    f.lastModifiedAt = EngineStore::fromMs(createdMs);
    f.purpose = purpose;
    return f;
}

bool Task::isTerminal() const
{
    return status == "COMPLETED"_L1 || status == "FAILED"_L1 || status == "CANCELLED"_L1;
}

api::ClassifyV2Job Task::toV2Job(const QString &userId) const
{
    api::ClassifyV2Job j;
    j.id = id;
    j.projectId = projectId;
    j.userId = userId;
    j.status = status;
    j.documentInputType = QStringLiteral("file_id");
    j.fileInput = fileInput;
    api::JsonReader reader(configuration);
    j.configuration = api::ClassifyV2Configuration::read(reader);
    j.configurationId = configurationId;
    j.result = result;
    j.errorMessage = errorMessage;
    j.transactionId = transactionId;
    j.createdAt = EngineStore::fromMs(createdMs);
    j.updatedAt = EngineStore::fromMs(updatedMs);
    return j;
}

api::ConfigurationResponse StoredConfiguration::toDto() const
{
    api::ConfigurationResponse c;
    c.id = id;
    c.name = name;
    c.productType = productType;
    c.version = version;
    c.parameters = parameters;
    c.createdAt = EngineStore::fromMs(createdMs);
    c.updatedAt = EngineStore::fromMs(updatedMs);
    return c;
}

EngineStore::EngineStore(QString dataDir)
    : m_dataDir(std::move(dataDir)),
      m_dbPath(QDir(m_dataDir).filePath(QStringLiteral("engine.sqlite"))),
      m_connectionPrefix(QStringLiteral("docket-engine-%1-").arg(++g_storeCounter))
{
}

EngineStore::~EngineStore()
{
    // Connections of this thread go now; those of worker threads go when their threads end.
    if (g_threadConnections.hasLocalData()) {
        QStringList &names = g_threadConnections.localData()->names;
        for (qsizetype i = names.size() - 1; i >= 0; --i) {
            if (names.at(i).startsWith(m_connectionPrefix)) {
                QSqlDatabase::removeDatabase(names.at(i));
                names.removeAt(i);
            }
        }
    }
}

qint64 EngineStore::nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

QDateTime EngineStore::fromMs(qint64 ms)
{
    // The QTimeZone overload: the Qt::TimeSpec one is deprecated from Qt 6.9. toUTC() because before
    // Qt 6.5 QTimeZone::utc() gives a Qt::TimeZone datetime (printed "+00:00", not "Z").
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()).toUTC();
}

QString EngineStore::filesDir() const
{
    return QDir(m_dataDir).filePath(QStringLiteral("files"));
}

QString EngineStore::filePath(const StoredFile &file) const
{
    return QDir(filesDir()).filePath(file.storedName);
}

QSqlDatabase EngineStore::db() const
{
    if (!g_threadConnections.hasLocalData())
        g_threadConnections.setLocalData(new ThreadConnections);
    ThreadConnections *mine = g_threadConnections.localData();
    const QString name = m_connectionPrefix + QString::number(quintptr(mine), 16);
    if (mine->names.contains(name))
        return QSqlDatabase::database(name, false);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(m_dbPath);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=15000"));
    mine->names << name;
    if (!db.open()) {
        qCWarning(lcEngine, "store: cannot open %s: %s", qPrintable(m_dbPath), qPrintable(db.lastError().text()));
        return db;
    }
    QSqlQuery q(db);
    q.exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
    q.exec(QStringLiteral("PRAGMA foreign_keys=ON"));
    return db;
}

bool EngineStore::open()
{
    if (!QDir().mkpath(filesDir())) {
        m_error = QStringLiteral("Cannot create the data directory %1").arg(filesDir());
        return false;
    }
    // Uploaded documents are the user's: nobody else on the machine may read them.
    const auto ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;
    if (!QFile::setPermissions(m_dataDir, ownerOnly) || !QFile::setPermissions(filesDir(), ownerOnly)) {
        m_error = QStringLiteral("Cannot restrict the permissions of %1").arg(m_dataDir);
        return false;
    }
    QSqlDatabase d = db();
    if (!d.isOpen()) {
        m_error = QStringLiteral("Cannot open the database %1: %2").arg(m_dbPath, d.lastError().text());
        return false;
    }
    QSqlQuery q(d);
    if (!q.exec(QStringLiteral("PRAGMA journal_mode=WAL")) || !q.next()
        || q.value(0).toString().compare("wal"_L1, Qt::CaseInsensitive) != 0) {
        m_error = QStringLiteral("Cannot switch %1 to write-ahead logging").arg(m_dbPath);
        return false;
    }
    q.finish();
    if (!migrate(d))
        return false;
    return loadIdentity(d);
}

bool EngineStore::migrate(QSqlDatabase &d)
{
    QSqlQuery q(d);
    q.exec(QStringLiteral("PRAGMA user_version"));
    const int version = q.next() ? q.value(0).toInt() : 0;
    q.finish();
    if (version > SchemaVersion) {
        m_error = QStringLiteral("The database %1 was written by a newer docket-engine (schema %2; this one knows %3)")
                      .arg(m_dbPath)
                      .arg(version)
                      .arg(SchemaVersion);
        return false;
    }
    if (version == SchemaVersion)
        return true;
    const char *schema[] = {
        "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
        "CREATE TABLE files (seq INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT NOT NULL UNIQUE, project_id TEXT NOT "
        "NULL, name TEXT NOT NULL, external_file_id TEXT, file_type TEXT, purpose TEXT, stored_name TEXT NOT NULL, "
        "size INTEGER NOT NULL, created_at INTEGER NOT NULL)",
        "CREATE INDEX files_name ON files (name)",
        "CREATE TABLE tasks (seq INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT NOT NULL UNIQUE, kind TEXT NOT NULL, "
        "owner_id TEXT, project_id TEXT NOT NULL, status TEXT NOT NULL, file_id TEXT NOT NULL, file_input TEXT NOT "
        "NULL, configuration TEXT NOT NULL, configuration_id TEXT, transaction_id TEXT, webhooks TEXT, lang TEXT NOT "
        "NULL, max_pages INTEGER, pages TEXT NOT NULL DEFAULT '', multimodal INTEGER NOT NULL DEFAULT 0, result "
        "TEXT, error_message TEXT, attempts INTEGER NOT NULL DEFAULT 0, created_at INTEGER NOT NULL, updated_at "
        "INTEGER NOT NULL)",
        "CREATE INDEX tasks_status_seq ON tasks (status, seq)",
        "CREATE INDEX tasks_owner_seq ON tasks (owner_id, seq)",
        "CREATE UNIQUE INDEX tasks_transaction ON tasks (project_id, transaction_id) WHERE transaction_id IS NOT "
        "NULL",
        "CREATE TABLE v1_jobs (seq INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT NOT NULL UNIQUE, project_id TEXT NOT "
        "NULL, body TEXT NOT NULL, webhooks TEXT, notified TEXT NOT NULL DEFAULT '', created_at INTEGER NOT NULL, "
        "updated_at INTEGER NOT NULL)",
        "CREATE TABLE batches (seq INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT NOT NULL UNIQUE, project_id TEXT NOT "
        "NULL, job_config TEXT NOT NULL, directory_id TEXT, cancelled INTEGER NOT NULL DEFAULT 0, cancel_reason "
        "TEXT, created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL, started_at INTEGER, completed_at INTEGER)",
        "CREATE TABLE configurations (seq INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT NOT NULL UNIQUE, project_id "
        "TEXT NOT NULL, name TEXT NOT NULL, product_type TEXT NOT NULL, parameters TEXT NOT NULL, version TEXT NOT "
        "NULL, created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL, UNIQUE (project_id, name, product_type))",
        "PRAGMA user_version = 1",
    };
    Transaction tx(d);
    for (const char *statement : schema) {
        if (!q.exec(QString::fromLatin1(statement))) {
            m_error = QStringLiteral("Cannot create the schema of %1: %2").arg(m_dbPath, q.lastError().text());
            return false;
        }
    }
    if (!tx.commit()) {
        m_error = QStringLiteral("Cannot commit the schema of %1").arg(m_dbPath);
        return false;
    }
    return true;
}

bool EngineStore::loadIdentity(QSqlDatabase &d)
{
    // One organization and one project, created once: their ids survive restarts.
    QSqlQuery q(d);
    auto value = [&](const QString &key) -> QString {
        q.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
        q.bindValue(0, key);
        return exec(q, "read meta") && q.next() ? q.value(0).toString() : QString();
    };
    if (value(QStringLiteral("project_id")).isEmpty()) {
        const QString now = QString::number(nowMs());
        const QList<std::pair<QString, QString>> rows = {
            {QStringLiteral("organization_id"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
            {QStringLiteral("project_id"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
            {QStringLiteral("created_at"), now},
        };
        for (const auto &[key, v] : rows) {
            q.prepare(QStringLiteral("INSERT OR IGNORE INTO meta (key, value) VALUES (?, ?)"));
            q.bindValue(0, key);
            q.bindValue(1, v);
            if (!exec(q, "write meta")) {
                m_error = QStringLiteral("Cannot write the engine identity: %1").arg(q.lastError().text());
                return false;
            }
        }
    }
    m_organizationId = value(QStringLiteral("organization_id"));
    m_projectId = value(QStringLiteral("project_id"));
    m_createdMs = value(QStringLiteral("created_at")).toLongLong();
    return !m_projectId.isEmpty();
}

// ---- files ---------------------------------------------------------------------------------

bool EngineStore::insertFile(const StoredFile &f)
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("INSERT INTO files (id, project_id, name, external_file_id, file_type, purpose, "
                             "stored_name, size, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.bindValue(0, f.id);
    q.bindValue(1, f.projectId);
    q.bindValue(2, f.name);
    q.bindValue(3, nullable(f.externalFileId));
    q.bindValue(4, f.fileType);
    q.bindValue(5, f.purpose);
    q.bindValue(6, f.storedName);
    q.bindValue(7, f.size);
    q.bindValue(8, f.createdMs);
    return exec(q, "insert file");
}

std::optional<StoredFile> EngineStore::file(const QString &id)
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT ") + FileColumns + QStringLiteral(" FROM files WHERE id = ?"));
    q.bindValue(0, id);
    if (!exec(q, "read file") || !q.next())
        return std::nullopt;
    StoredFile f = fileFrom(q);
    f.path = filePath(f);
    return f;
}

StorePage<StoredFile> EngineStore::listFiles(const QStringList &ids, const std::optional<QString> &name,
                                             const std::optional<QString> &externalId, bool descending,
                                             std::optional<qint64> afterSeq, int limit, bool byName,
                                             const QString &afterName)
{
    QStringList where;
    QVariantList binds;
    if (!ids.isEmpty()) {
        QStringList marks;
        for (const QString &id : ids) {
            marks << QStringLiteral("?");
            binds << id;
        }
        where << QStringLiteral("id IN (") + marks.join(u',') + QStringLiteral(")");
    }
    if (name) {
        where << QStringLiteral("name = ?");
        binds << *name;
    }
    if (externalId) {
        where << QStringLiteral("external_file_id = ?");
        binds << *externalId;
    }
    const QString cmp = descending ? QStringLiteral("<") : QStringLiteral(">");
    if (afterSeq && byName) {
        // Keyset on (name, seq): stable when files are added or deleted between pages.
        where << QStringLiteral("(name %1 ? OR (name = ? AND seq %1 ?))").arg(cmp);
        binds << afterName << afterName << *afterSeq;
    } else if (afterSeq) {
        where << QStringLiteral("seq %1 ?").arg(cmp);
        binds << *afterSeq;
    }
    QString sql = QStringLiteral("SELECT ") + FileColumns + QStringLiteral(" FROM files");
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    const QString direction = descending ? QStringLiteral(" DESC") : QString();
    if (byName)
        sql += QStringLiteral(" ORDER BY name") + direction + QStringLiteral(", seq") + direction;
    else
        sql += QStringLiteral(" ORDER BY seq") + direction;
    sql += QStringLiteral(" LIMIT %1").arg(limit + 1);
    QSqlQuery q(db());
    q.prepare(sql);
    for (int i = 0; i < binds.size(); ++i)
        q.bindValue(i, binds.at(i));
    if (!exec(q, "list files"))
        return {};
    return collectPage<StoredFile>(q, limit, fileFrom);
}

bool EngineStore::deleteFile(const QString &id)
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("DELETE FROM files WHERE id = ?"));
    q.bindValue(0, id);
    return exec(q, "delete file") && q.numRowsAffected() > 0;
}

// ---- tasks ---------------------------------------------------------------------------------

bool EngineStore::insertTasks(const QList<Task> &tasks)
{
    return insertWithTasks(QString(), {}, tasks);
}

bool EngineStore::insertWithTasks(const QString &ownerSql, const QVariantList &ownerValues, const QList<Task> &tasks)
{
    QSqlDatabase d = db();
    Transaction tx(d);
    QSqlQuery q(d);
    if (!ownerSql.isEmpty()) {
        q.prepare(ownerSql);
        for (int i = 0; i < ownerValues.size(); ++i)
            q.bindValue(i, ownerValues.at(i));
        if (!exec(q, "insert owner"))
            return false;
    }
    q.prepare(QString::fromLatin1(InsertTaskSql));
    for (const Task &t : tasks) {
        if (!bindAndInsertTask(q, t))
            return false;
    }
    return tx.commit();
}

std::optional<Task> EngineStore::task(const QString &id)
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT ") + TaskColumns + QStringLiteral(" FROM tasks WHERE id = ?"));
    q.bindValue(0, id);
    if (!exec(q, "read task") || !q.next())
        return std::nullopt;
    return taskFrom(q);
}

std::optional<Task> EngineStore::taskByTransaction(const QString &projectId, const QString &transactionId)
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT ") + TaskColumns
              + QStringLiteral(" FROM tasks WHERE project_id = ? AND transaction_id = ?"));
    q.bindValue(0, projectId);
    q.bindValue(1, transactionId);
    if (!exec(q, "read task by transaction") || !q.next())
        return std::nullopt;
    return taskFrom(q);
}

StorePage<Task> EngineStore::listV2Tasks(const TaskFilter &filter, std::optional<qint64> beforeSeq, int limit)
{
    // v1 tasks are shown through their v1 job; v2 and batch tasks are v2 jobs.
    QStringList where{QStringLiteral("kind <> 'v1'")};
    QVariantList binds;
    if (filter.status) {
        where << QStringLiteral("status = ?");
        binds << *filter.status;
    }
    if (!filter.ids.isEmpty()) {
        QStringList marks;
        for (const QString &id : filter.ids) {
            marks << QStringLiteral("?");
            binds << id;
        }
        where << QStringLiteral("id IN (") + marks.join(u',') + QStringLiteral(")");
    }
    if (filter.configurationId) {
        where << QStringLiteral("configuration_id = ?");
        binds << *filter.configurationId;
    }
    if (filter.createdFromMs) {
        where << QStringLiteral("created_at >= ?");
        binds << *filter.createdFromMs;
    }
    if (filter.createdToMs) {
        where << QStringLiteral("created_at <= ?");
        binds << *filter.createdToMs;
    }
    if (beforeSeq) {
        where << QStringLiteral("seq < ?");
        binds << *beforeSeq;
    }
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT ") + TaskColumns + QStringLiteral(" FROM tasks WHERE ")
              + where.join(QStringLiteral(" AND ")) + QStringLiteral(" ORDER BY seq DESC LIMIT %1").arg(limit + 1));
    for (int i = 0; i < binds.size(); ++i)
        q.bindValue(i, binds.at(i));
    if (!exec(q, "list tasks"))
        return {};
    return collectPage<Task>(q, limit, taskFrom);
}

QList<Task> EngineStore::tasksOf(const QString &ownerId, const std::optional<QString> &status, int limit, qint64 offset)
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT ") + TaskColumns + QStringLiteral(" FROM tasks WHERE owner_id = ?")
              + (status ? QStringLiteral(" AND status = ?") : QString())
              + QStringLiteral(" ORDER BY seq LIMIT %1 OFFSET %2").arg(limit).arg(offset));
    q.bindValue(0, ownerId);
    if (status)
        q.bindValue(1, *status);
    QList<Task> tasks;
    if (!exec(q, "list owner tasks"))
        return tasks;
    while (q.next())
        tasks << taskFrom(q);
    return tasks;
}

TaskCounts EngineStore::countsOf(const QString &ownerId)
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT status, COUNT(*) FROM tasks WHERE owner_id = ? GROUP BY status"));
    q.bindValue(0, ownerId);
    TaskCounts c;
    if (!exec(q, "count tasks"))
        return c;
    while (q.next())
        addCount(c, q.value(0).toString(), q.value(1).toLongLong());
    return c;
}

QHash<QString, TaskCounts> EngineStore::batchTaskCounts(const QString &projectId)
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT owner_id, status, COUNT(*) FROM tasks WHERE project_id = ? AND kind = 'batch' "
                             "GROUP BY owner_id, status"));
    q.bindValue(0, projectId);
    QHash<QString, TaskCounts> out;
    if (!exec(q, "count batch tasks"))
        return out;
    while (q.next())
        addCount(out[q.value(0).toString()], q.value(1).toString(), q.value(2).toLongLong());
    return out;
}

qint64 EngineStore::countOf(const QString &ownerId, const std::optional<QString> &status)
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM tasks WHERE owner_id = ?")
              + (status ? QStringLiteral(" AND status = ?") : QString()));
    q.bindValue(0, ownerId);
    if (status)
        q.bindValue(1, *status);
    return exec(q, "count owner tasks") && q.next() ? q.value(0).toLongLong() : 0;
}

std::optional<Task> EngineStore::claimNext()
{
    QSqlDatabase d = db();
    QSqlQuery q(d);
    // RETURNING (SQLite 3.35) makes the claim one statement, so two claimers never share a task.
    q.prepare(QStringLiteral("UPDATE tasks SET status = 'RUNNING', attempts = attempts + 1, updated_at = ? "
                             "WHERE seq = (SELECT seq FROM tasks WHERE status = 'PENDING' ORDER BY seq LIMIT 1) "
                             "RETURNING ")
              + TaskColumns);
    q.bindValue(0, nowMs());
    if (!exec(q, "claim task") || !q.next())
        return std::nullopt;
    Task t = taskFrom(q);
    q.finish();
    return t;
}

bool EngineStore::finishTask(const QString &id, const QString &status,
                             const std::optional<api::ClassificationResult> &result,
                             const std::optional<QString> &errorMessage)
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("UPDATE tasks SET status = ?, result = ?, error_message = ?, updated_at = ? "
                             "WHERE id = ? AND status = 'RUNNING'"));
    q.bindValue(0, status);
    q.bindValue(1, result ? QVariant(toJsonText(result->toJson())) : QVariant(QMetaType(QMetaType::QString)));
    q.bindValue(2, nullable(errorMessage));
    q.bindValue(3, nowMs());
    q.bindValue(4, id);
    return exec(q, "finish task") && q.numRowsAffected() > 0;
}

bool EngineStore::requeueTask(const QString &id)
{
    return requeueTasks({id}) > 0;
}

int EngineStore::requeueTasks(const QStringList &ids)
{
    if (ids.isEmpty())
        return 0;
    QStringList marks;
    marks.fill(QStringLiteral("?"), ids.size());
    QSqlQuery q(db());
    q.prepare(QStringLiteral("UPDATE tasks SET status = 'PENDING', attempts = MAX(attempts - 1, 0), updated_at = ? "
                             "WHERE status = 'RUNNING' AND id IN (")
              + marks.join(u',') + u')');
    q.bindValue(0, nowMs());
    for (qsizetype i = 0; i < ids.size(); ++i)
        q.bindValue(int(i + 1), ids.at(i));
    return exec(q, "requeue tasks") ? q.numRowsAffected() : 0;
}

QStringList EngineStore::cancelTasks(const QString &ownerOrTaskId, bool byOwner)
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("UPDATE tasks SET status = 'CANCELLED', updated_at = ?, error_message = NULL WHERE ")
              + (byOwner ? QStringLiteral("owner_id = ?") : QStringLiteral("id = ?"))
              + QStringLiteral(" AND status IN ('PENDING', 'RUNNING') RETURNING id"));
    q.bindValue(0, nowMs());
    q.bindValue(1, ownerOrTaskId);
    QStringList ids;
    if (!exec(q, "cancel tasks"))
        return ids;
    while (q.next())
        ids << q.value(0).toString();
    return ids;
}

int EngineStore::recoverInterrupted(int maxAttempts, int *failed)
{
    QSqlDatabase d = db();
    Transaction tx(d);
    QSqlQuery q(d);
    q.prepare(QStringLiteral(
        "UPDATE tasks SET status = 'FAILED', updated_at = ?, error_message = 'The engine stopped while this job was "
        "running, ' || attempts || ' times; it was not retried again.' WHERE status = 'RUNNING' AND attempts >= ?"));
    q.bindValue(0, nowMs());
    q.bindValue(1, maxAttempts);
    exec(q, "fail interrupted tasks");
    const int failedCount = q.numRowsAffected();
    q.prepare(QStringLiteral("UPDATE tasks SET status = 'PENDING', updated_at = ? WHERE status = 'RUNNING'"));
    q.bindValue(0, nowMs());
    exec(q, "requeue interrupted tasks");
    const int requeued = q.numRowsAffected();
    tx.commit();
    if (failed)
        *failed = failedCount;
    return requeued;
}

qint64 EngineStore::countTasks()
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM tasks"));
    return exec(q, "count all tasks") && q.next() ? q.value(0).toLongLong() : 0;
}

// ---- v1 jobs -------------------------------------------------------------------------------

bool EngineStore::insertV1Job(const V1Job &job, const QList<Task> &tasks)
{
    return insertWithTasks(QStringLiteral("INSERT INTO v1_jobs (id, project_id, body, webhooks, created_at, "
                                          "updated_at) VALUES (?, ?, ?, ?, ?, ?)"),
                           {job.id, job.projectId, toJsonText(job.body), toJsonText(job.webhooks), job.createdMs,
                            job.updatedMs},
                           tasks);
}

std::optional<V1Job> EngineStore::v1Job(const QString &id)
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral(
        "SELECT seq, id, project_id, body, webhooks, notified, created_at, updated_at FROM v1_jobs WHERE id = ?"));
    q.bindValue(0, id);
    if (!exec(q, "read v1 job") || !q.next())
        return std::nullopt;
    return v1From(q);
}

StorePage<V1Job> EngineStore::listV1Jobs(const QString &projectId, std::optional<qint64> beforeSeq, int limit)
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT seq, id, project_id, body, webhooks, notified, created_at, updated_at FROM "
                             "v1_jobs WHERE project_id = ?")
              + (beforeSeq ? QStringLiteral(" AND seq < ?") : QString())
              + QStringLiteral(" ORDER BY seq DESC LIMIT %1").arg(limit + 1));
    q.bindValue(0, projectId);
    if (beforeSeq)
        q.bindValue(1, *beforeSeq);
    if (!exec(q, "list v1 jobs"))
        return {};
    return collectPage<V1Job>(q, limit, v1From);
}

bool EngineStore::markV1Notified(const QString &id, const QString &event)
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("UPDATE v1_jobs SET notified = ?, updated_at = ? WHERE id = ? AND notified <> ?"));
    q.bindValue(0, event);
    q.bindValue(1, nowMs());
    q.bindValue(2, id);
    q.bindValue(3, event);
    return exec(q, "mark v1 notified") && q.numRowsAffected() > 0;
}

// ---- batches -------------------------------------------------------------------------------

bool EngineStore::insertBatch(const BatchRecord &b, const QList<Task> &tasks)
{
    return insertWithTasks(QStringLiteral("INSERT INTO batches (id, project_id, job_config, directory_id, "
                                          "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)"),
                           {b.id, b.projectId, toJsonText(b.jobConfig), nullable(b.directoryId), b.createdMs,
                            b.updatedMs},
                           tasks);
}

std::optional<BatchRecord> EngineStore::batch(const QString &id)
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT ") + BatchColumns + QStringLiteral(" FROM batches WHERE id = ?"));
    q.bindValue(0, id);
    if (!exec(q, "read batch") || !q.next())
        return std::nullopt;
    return batchFrom(q);
}

QList<BatchRecord> EngineStore::listBatches(const QString &projectId, const std::optional<QString> &directoryId,
                                            int limit, qint64 offset, qint64 *total)
{
    const QString where =
        QStringLiteral(" WHERE project_id = ?") + (directoryId ? QStringLiteral(" AND directory_id = ?") : QString());
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM batches") + where);
    q.bindValue(0, projectId);
    if (directoryId)
        q.bindValue(1, *directoryId);
    if (total)
        *total = exec(q, "count batches") && q.next() ? q.value(0).toLongLong() : 0;
    q.prepare(QStringLiteral("SELECT ") + BatchColumns + QStringLiteral(" FROM batches") + where
              + QStringLiteral(" ORDER BY seq DESC LIMIT %1 OFFSET %2").arg(limit).arg(offset));
    q.bindValue(0, projectId);
    if (directoryId)
        q.bindValue(1, *directoryId);
    QList<BatchRecord> out;
    if (!exec(q, "list batches"))
        return out;
    while (q.next())
        out << batchFrom(q);
    return out;
}

bool EngineStore::markBatchCancelled(const QString &id, const std::optional<QString> &reason)
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("UPDATE batches SET cancelled = 1, cancel_reason = ?, updated_at = ?, completed_at = "
                             "COALESCE(completed_at, ?) WHERE id = ? AND cancelled = 0"));
    const qint64 now = nowMs();
    q.bindValue(0, nullable(reason));
    q.bindValue(1, now);
    q.bindValue(2, now);
    q.bindValue(3, id);
    return exec(q, "cancel batch") && q.numRowsAffected() > 0;
}

void EngineStore::touchBatchStarted(const QString &id, qint64 ms)
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("UPDATE batches SET started_at = ?, updated_at = ? WHERE id = ? AND started_at IS NULL"));
    q.bindValue(0, ms);
    q.bindValue(1, ms);
    q.bindValue(2, id);
    exec(q, "start batch");
}

void EngineStore::touchBatchCompleted(const QString &id, qint64 ms)
{
    QSqlQuery q(db());
    q.prepare(
        QStringLiteral("UPDATE batches SET completed_at = ?, updated_at = ? WHERE id = ? AND completed_at IS NULL"));
    q.bindValue(0, ms);
    q.bindValue(1, ms);
    q.bindValue(2, id);
    exec(q, "complete batch");
}

// ---- configurations ------------------------------------------------------------------------

StoredConfiguration EngineStore::upsertConfiguration(const StoredConfiguration &c, bool *created)
{
    QSqlDatabase d = db();
    Transaction tx(d);
    QSqlQuery q(d);
    q.prepare(QStringLiteral("SELECT ") + ConfigColumns
              + QStringLiteral(" FROM configurations WHERE project_id = ? AND name = ? AND product_type = ?"));
    q.bindValue(0, c.projectId);
    q.bindValue(1, c.name);
    q.bindValue(2, c.productType);
    StoredConfiguration out = c;
    if (exec(q, "find configuration") && q.next()) {
        const StoredConfiguration existing = configFrom(q);
        out.id = existing.id;
        out.createdMs = existing.createdMs;
        q.prepare(QStringLiteral(
            "UPDATE configurations SET parameters = ?, version = ?, updated_at = ? WHERE id = ?"));
        q.bindValue(0, toJsonText(c.parameters));
        q.bindValue(1, c.version);
        q.bindValue(2, c.updatedMs);
        q.bindValue(3, existing.id);
        if (created)
            *created = false;
    } else {
        q.prepare(QStringLiteral("INSERT INTO configurations (id, project_id, name, product_type, parameters, "
                                 "version, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
        q.bindValue(0, c.id);
        q.bindValue(1, c.projectId);
        q.bindValue(2, c.name);
        q.bindValue(3, c.productType);
        q.bindValue(4, toJsonText(c.parameters));
        q.bindValue(5, c.version);
        q.bindValue(6, c.createdMs);
        q.bindValue(7, c.updatedMs);
        if (created)
            *created = true;
    }
    if (!exec(q, "save configuration") || !tx.commit())
        return {};
    return out;
}

std::optional<StoredConfiguration> EngineStore::configuration(const QString &id)
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT ") + ConfigColumns + QStringLiteral(" FROM configurations WHERE id = ?"));
    q.bindValue(0, id);
    if (!exec(q, "read configuration") || !q.next())
        return std::nullopt;
    return configFrom(q);
}

StorePage<StoredConfiguration> EngineStore::listConfigurations(const QString &projectId,
                                                               const QStringList &productTypes,
                                                               const std::optional<QString> &name,
                                                               std::optional<qint64> afterSeq, int limit)
{
    QStringList where{QStringLiteral("project_id = ?")};
    QVariantList binds{projectId};
    if (!productTypes.isEmpty()) {
        QStringList marks;
        for (const QString &t : productTypes) {
            marks << QStringLiteral("?");
            binds << t;
        }
        where << QStringLiteral("product_type IN (") + marks.join(u',') + QStringLiteral(")");
    }
    if (name) {
        where << QStringLiteral("name = ?");
        binds << *name;
    }
    if (afterSeq) {
        where << QStringLiteral("seq > ?");
        binds << *afterSeq;
    }
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT ") + ConfigColumns + QStringLiteral(" FROM configurations WHERE ")
              + where.join(QStringLiteral(" AND ")) + QStringLiteral(" ORDER BY seq LIMIT %1").arg(limit + 1));
    for (int i = 0; i < binds.size(); ++i)
        q.bindValue(i, binds.at(i));
    if (!exec(q, "list configurations"))
        return {};
    return collectPage<StoredConfiguration>(q, limit, configFrom);
}

bool EngineStore::deleteConfiguration(const QString &id)
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("DELETE FROM configurations WHERE id = ?"));
    q.bindValue(0, id);
    return exec(q, "delete configuration") && q.numRowsAffected() > 0;
}

} // namespace docket::engine
