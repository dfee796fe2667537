// SPDX-FileCopyrightText: 2026 The Docket authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/jobs/jobrunner.h"
#include "engine/store/enginestore.h"

#include <QSqlDatabase>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QUuid>

#include <atomic>

#include <memory>

using namespace docket::engine;

namespace {

Task pendingTask(const EngineStore &store, const QString &id, qint64 createdMs = 1000)
{
    Task t;
    t.id = id;
    t.kind = QStringLiteral("v2");
    t.projectId = store.projectId();
    t.status = QStringLiteral("PENDING");
    t.fileId = QStringLiteral("dfl-1");
    t.fileInput = t.fileId;
    t.createdMs = t.updatedMs = createdMs;
    return t;
}

StoredFile storedFile(const EngineStore &store)
{
    StoredFile f;
    f.id = QStringLiteral("dfl-1");
    f.projectId = store.projectId();
    f.name = QStringLiteral("a.txt");
    f.fileType = QStringLiteral("txt");
    f.purpose = QStringLiteral("classify");
    f.storedName = QStringLiteral("dfl-1.bin");
    f.createdMs = 1000;
    return f;
}

} // namespace

class TestEngineStore : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<EngineStore> m_store;

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_store = std::make_unique<EngineStore>(m_dir->path());
        QVERIFY2(m_store->open(), qPrintable(m_store->error()));
    }

    void cleanup()
    {
        m_store.reset();
        m_dir.reset();
    }

    void claimsOldestPendingTaskOnce()
    {
        QVERIFY(m_store->insertTasks({pendingTask(*m_store, QStringLiteral("a")), pendingTask(*m_store, QStringLiteral("b"))}));
        const auto first = m_store->claimNext();
        const auto second = m_store->claimNext();
        QVERIFY(first && second);
        QCOMPARE(first->id, QStringLiteral("a"));
        QCOMPARE(second->id, QStringLiteral("b"));
        QCOMPARE(first->status, QStringLiteral("RUNNING"));
        QCOMPARE(first->attempts, 1);
        QVERIFY(!m_store->claimNext());
    }

    void claimsFromManyThreadsWithoutSharingATask()
    {
        QList<Task> tasks;
        for (int i = 0; i < 200; ++i)
            tasks << pendingTask(*m_store, QStringLiteral("t%1").arg(i));
        QVERIFY(m_store->insertTasks(tasks));
        QList<QStringList> claimed(4);
        QList<QThread *> threads;
        for (int i = 0; i < 4; ++i) {
            threads << QThread::create([this, &claimed, i] {
                while (const auto t = m_store->claimNext())
                    claimed[i] << t->id;
            });
            threads.last()->start();
        }
        for (QThread *t : threads) {
            QVERIFY(t->wait(30000));
            delete t;
        }
        QStringList all;
        for (const QStringList &c : claimed)
            all += c;
        QCOMPARE(all.size(), 200);
        QCOMPARE(QSet<QString>(all.begin(), all.end()).size(), 200);
    }

    void finishDoesNotOverwriteCancelled()
    {
        QVERIFY(m_store->insertTasks({pendingTask(*m_store, QStringLiteral("a"))}));
        QVERIFY(m_store->claimNext());
        QCOMPARE(m_store->cancelTasks(QStringLiteral("a"), false), QStringList{QStringLiteral("a")});
        QVERIFY(!m_store->finishTask(QStringLiteral("a"), QStringLiteral("COMPLETED"), std::nullopt, std::nullopt));
        QCOMPARE(m_store->task(QStringLiteral("a"))->status, QStringLiteral("CANCELLED"));
        QVERIFY(m_store->cancelTasks(QStringLiteral("a"), false).isEmpty());
    }

    void recoveryRequeuesInterruptedTasksThenFailsThem()
    {
        QVERIFY(m_store->insertTasks({pendingTask(*m_store, QStringLiteral("a"))}));
        for (int attempt = 1; attempt <= 3; ++attempt) {
            const auto t = m_store->claimNext();
            QVERIFY(t);
            QCOMPARE(t->attempts, attempt);
            // The process dies here; the next start recovers.
            int failed = 0;
            const int requeued = m_store->recoverInterrupted(3, &failed);
            if (attempt < 3) {
                QCOMPARE(requeued, 1);
                QCOMPARE(failed, 0);
                QCOMPARE(m_store->task(QStringLiteral("a"))->status, QStringLiteral("PENDING"));
            } else {
                QCOMPARE(requeued, 0);
                QCOMPARE(failed, 1);
            }
        }
        const auto t = m_store->task(QStringLiteral("a"));
        QCOMPARE(t->status, QStringLiteral("FAILED"));
        QVERIFY(t->errorMessage);
        QVERIFY2(t->errorMessage->contains(QStringLiteral("stopped while this job was running, 3 times")),
                 qPrintable(*t->errorMessage));
    }

    void stopGivesRunningTasksBackBeforeWaiting()
    {
        QVERIFY(m_store->insertFile(storedFile(*m_store)));
        QVERIFY(m_store->insertTasks({pendingTask(*m_store, QStringLiteral("a"))}));
        std::atomic_bool started{false};
        QMutex seenMutex;
        std::optional<Task> seenWhileStopping;
        // A processor still inside a long page when the stop comes: whatever the store says at that
        // moment is what survives a SIGKILL.
        JobRunner runner(m_store.get(), 1, [&](const Task &task, const StoredFile &, const std::function<bool()> &stop) {
            started = true;
            while (!stop())
                QThread::msleep(2);
            QMutexLocker lock(&seenMutex);
            seenWhileStopping = m_store->task(task.id);
            return TaskOutcome{std::nullopt, QStringLiteral("stopped")};
        });
        runner.start();
        QTRY_VERIFY(started);
        QCOMPARE(m_store->task(QStringLiteral("a"))->attempts, 1);
        runner.stop();
        QMutexLocker lock(&seenMutex);
        QVERIFY(seenWhileStopping);
        QCOMPARE(seenWhileStopping->status, QStringLiteral("PENDING"));
        QCOMPARE(seenWhileStopping->attempts, 0);
        QCOMPARE(m_store->task(QStringLiteral("a"))->status, QStringLiteral("PENDING"));
        QCOMPARE(m_store->task(QStringLiteral("a"))->attempts, 0);
    }

    void requeueTasksTouchesOnlyRunningOnes()
    {
        QVERIFY(m_store->insertTasks({pendingTask(*m_store, QStringLiteral("a")), pendingTask(*m_store, QStringLiteral("b")),
                                      pendingTask(*m_store, QStringLiteral("c"))}));
        QVERIFY(m_store->claimNext());
        QVERIFY(m_store->claimNext());
        QCOMPARE(m_store->cancelTasks(QStringLiteral("b"), false), QStringList{QStringLiteral("b")});
        QCOMPARE(m_store->requeueTasks({QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}), 1);
        QCOMPARE(m_store->task(QStringLiteral("a"))->status, QStringLiteral("PENDING"));
        QCOMPARE(m_store->task(QStringLiteral("a"))->attempts, 0);
        QCOMPARE(m_store->task(QStringLiteral("b"))->status, QStringLiteral("CANCELLED"));
        QCOMPARE(m_store->task(QStringLiteral("c"))->attempts, 0);
    }

    void cancelOfPendingTasksIsNotHeldByTheRunner()
    {
        QVERIFY(m_store->insertFile(storedFile(*m_store)));
        QVERIFY(m_store->insertTasks({pendingTask(*m_store, QStringLiteral("a"))}));
        std::atomic_bool started{false};
        JobRunner runner(m_store.get(), 1, [&](const Task &, const StoredFile &, const std::function<bool()> &stop) {
            started = true;
            while (!stop())
                QThread::msleep(2);
            return TaskOutcome{std::nullopt, QStringLiteral("stopped")};
        });
        runner.start();
        QTRY_VERIFY(started);
        QStringList neverClaimed;
        for (int i = 0; i < 100; ++i)
            neverClaimed << QStringLiteral("pending-%1").arg(i);
        runner.cancel(neverClaimed);
        QCOMPARE(runner.cancelsHeld(), 0);
        runner.cancel({QStringLiteral("a")});
        QCOMPARE(runner.cancelsHeld(), 1);
        QTRY_COMPARE(runner.running(), 0); // the cancelled task stops and its request goes with it
        QCOMPARE(runner.cancelsHeld(), 0);
        runner.stop();
    }

    void timesAreUtc()
    {
        const QDateTime t = EngineStore::fromMs(1700000000123);
        QCOMPARE(t.timeSpec(), Qt::UTC);
        QCOMPARE(t.toMSecsSinceEpoch(), 1700000000123);
        QCOMPARE(t.toString(Qt::ISODateWithMs), QStringLiteral("2023-11-14T22:13:20.123Z"));
    }

    void savingAConfigurationWaitsForAnotherWriter()
    {
        StoredConfiguration c;
        c.id = QStringLiteral("cfg-1");
        c.projectId = m_store->projectId();
        c.name = QStringLiteral("invoices");
        c.productType = QStringLiteral("classify_v2");
        c.version = QStringLiteral("1");
        c.createdMs = c.updatedMs = 1000;
        bool created = false;
        QVERIFY(!m_store->upsertConfiguration(c, &created).id.isEmpty());

        // Another connection (a worker finishing a task) holds the write lock while the save
        // starts, and commits before the save writes.
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other-writer"));
        other.setDatabaseName(m_dir->filePath(QStringLiteral("engine.sqlite")));
        QVERIFY(other.open());
        {
            QSqlQuery q(other);
            QVERIFY(q.exec(QStringLiteral("PRAGMA busy_timeout = 15000")));
            QVERIFY(q.exec(QStringLiteral("BEGIN IMMEDIATE")));
            QVERIFY(q.exec(QStringLiteral("UPDATE tasks SET updated_at = updated_at")));
        }
        StoredConfiguration saved;
        c.version = QStringLiteral("2");
        QThread *saver = QThread::create([&] { saved = m_store->upsertConfiguration(c, &created); });
        saver->start();
        QTest::qWait(300); // let the save begin while the lock is held
        {
            QSqlQuery q(other);
            QVERIFY(q.exec(QStringLiteral("COMMIT")));
        }
        QVERIFY(saver->wait(20000));
        delete saver;
        other.close();
        other = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("other-writer"));
        QCOMPARE(saved.id, QStringLiteral("cfg-1"));
        QVERIFY(!created);
        QCOMPARE(m_store->configuration(QStringLiteral("cfg-1"))->version, QStringLiteral("2"));
    }

    void transactionIdsAreUniquePerProject()
    {
        Task a = pendingTask(*m_store, QStringLiteral("a"));
        a.transactionId = QStringLiteral("tx");
        Task b = pendingTask(*m_store, QStringLiteral("b"));
        b.transactionId = QStringLiteral("tx");
        QVERIFY(m_store->insertTasks({a}));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("insert task failed")));
        QVERIFY(!m_store->insertTasks({b}));
        QCOMPARE(m_store->taskByTransaction(m_store->projectId(), QStringLiteral("tx"))->id, QStringLiteral("a"));
    }

    void identitySurvivesReopen()
    {
        const QString project = m_store->projectId();
        const QString org = m_store->organizationId();
        QVERIFY(!QUuid::fromString(project).isNull());
        m_store.reset();
        EngineStore again(m_dir->path());
        QVERIFY(again.open());
        QCOMPARE(again.projectId(), project);
        QCOMPARE(again.organizationId(), org);
    }

    void refusesDatabaseFromNewerEngine()
    {
        m_store.reset();
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bump"));
            db.setDatabaseName(m_dir->filePath(QStringLiteral("engine.sqlite")));
            QVERIFY(db.open());
            QSqlQuery(db).exec(QStringLiteral("PRAGMA user_version = 99"));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("bump"));
        EngineStore newer(m_dir->path());
        QVERIFY(!newer.open());
        QVERIFY2(newer.error().contains(QStringLiteral("newer docket-engine")), qPrintable(newer.error()));
    }

    void pagesV2TasksNewestFirst()
    {
        QList<Task> tasks;
        for (int i = 0; i < 7; ++i)
            tasks << pendingTask(*m_store, QStringLiteral("t%1").arg(i), 1000 + i);
        QVERIFY(m_store->insertTasks(tasks));
        QStringList seen;
        std::optional<qint64> cursor;
        int pages = 0;
        do {
            const auto page = m_store->listV2Tasks({}, cursor, 3);
            for (const Task &t : page.items)
                seen << t.id;
            cursor = page.lastSeq;
            ++pages;
        } while (cursor);
        QCOMPARE(pages, 3);
        QCOMPARE(seen, QStringList({QStringLiteral("t6"), QStringLiteral("t5"), QStringLiteral("t4"),
                                    QStringLiteral("t3"), QStringLiteral("t2"), QStringLiteral("t1"),
                                    QStringLiteral("t0")}));
        TaskFilter window;
        window.createdFromMs = 1002;
        window.createdToMs = 1004;
        QCOMPARE(m_store->listV2Tasks(window, std::nullopt, 10).items.size(), 3);
    }
};

QTEST_GUILESS_MAIN(TestEngineStore)
#include "tst_engine_store.moc"
