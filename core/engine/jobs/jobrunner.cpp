// SPDX-FileCopyrightText: 2026 The Docket authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/jobs/jobrunner.h"

#include "engine/enginelogging.h"

#include <QMetaObject>

using namespace Qt::Literals::StringLiterals;

namespace docket::engine {

JobRunner::JobRunner(EngineStore *store, int workers, TaskProcessor processor, QObject *parent)
    : QObject(parent), m_store(store), m_workers(std::max(1, workers)), m_processor(std::move(processor))
{
    m_pool.setMaxThreadCount(m_workers);
    // Worker threads keep their SQLite connection for as long as they live.
    m_pool.setExpiryTimeout(-1);
    // A safety net only: creates and finishes wake the runner directly.
    m_poll.setInterval(1000);
    connect(&m_poll, &QTimer::timeout, this, &JobRunner::dispatch);
}

JobRunner::~JobRunner()
{
    stop();
}

void JobRunner::start()
{
    int failed = 0;
    const int requeued = m_store->recoverInterrupted(MaxAttempts, &failed);
    if (requeued || failed)
        qCInfo(lcEngine, "recovery: %d interrupted job(s) queued again, %d failed after %d attempts", requeued, failed,
               MaxAttempts);
    m_started = true;
    m_stopping = false;
    m_poll.start();
    dispatch();
}

void JobRunner::stop()
{
    if (!m_started)
        return;
    m_started = false;
    m_stopping = true;
    m_poll.stop();
    // Give the claimed tasks back first: a processor can stay inside one long page for longer than
    // the supervisor waits before SIGKILL, and a kill must not count as an attempt.
    QStringList claimed;
    {
        QMutexLocker lock(&m_mutex);
        claimed = m_claimed.values();
    }
    if (const int requeued = m_store->requeueTasks(claimed))
        qCInfo(lcEngine, "stopping: %d running job(s) queued again for the next start", requeued);
    m_pool.waitForDone();
    // Workers finished; their completions were queued to this thread but are no longer needed.
    m_running = 0;
}

void JobRunner::wake()
{
    // Coalesce bursts of creates into one dispatch pass.
    QMetaObject::invokeMethod(this, &JobRunner::dispatch, Qt::QueuedConnection);
}

void JobRunner::cancel(const QStringList &taskIds)
{
    // Only running tasks need telling; the store already keeps cancelled PENDING ones from a claim.
    QMutexLocker lock(&m_mutex);
    for (const QString &id : taskIds) {
        if (m_claimed.contains(id))
            m_cancelled.insert(id);
    }
}

void JobRunner::dispatch()
{
    while (m_started && !m_stopping && m_running < m_workers) {
        std::optional<Task> task = m_store->claimNext();
        if (!task)
            return;
        ++m_running;
        {
            QMutexLocker lock(&m_mutex);
            m_claimed.insert(task->id);
        }
        qCDebug(lcEngine, "job %s: RUNNING (attempt %d)", qPrintable(task->id), task->attempts);
        if (task->kind == "batch"_L1)
            m_store->touchBatchStarted(task->ownerId, task->updatedMs);
        Q_EMIT taskChanged(task->id, QStringLiteral("RUNNING"));
        m_pool.start([this, t = *task] { run(t); });
    }
}

void JobRunner::run(const Task &task)
{
    auto stopRequested = [this, id = task.id] {
        if (m_stopping)
            return true;
        QMutexLocker lock(&m_mutex);
        return m_cancelled.contains(id);
    };
    TaskOutcome outcome;
    const std::optional<StoredFile> file = m_store->file(task.fileId);
    if (!file)
        outcome.error = QStringLiteral("The file %1 was deleted before the job ran").arg(task.fileId);
    else
        outcome = m_processor(task, *file, stopRequested);

    QString status;
    bool changed = false;
    if (m_stopping) {
        // Shutting down: the task runs again at the next start.
        m_store->requeueTask(task.id);
    } else {
        status = outcome.result ? QStringLiteral("COMPLETED") : QStringLiteral("FAILED");
        if (!outcome.result && outcome.error.isEmpty())
            outcome.error = QStringLiteral("The classifier returned no result");
        changed = m_store->finishTask(task.id, status, outcome.result,
                                      outcome.result ? std::nullopt : std::optional<QString>(outcome.error));
    }
    {
        QMutexLocker lock(&m_mutex);
        m_cancelled.remove(task.id);
        m_claimed.remove(task.id);
    }
    QMetaObject::invokeMethod(
        this, [this, id = task.id, status, changed] { onFinished(id, status, changed); }, Qt::QueuedConnection);
}

void JobRunner::onFinished(const QString &taskId, const QString &status, bool changed)
{
    if (!m_started)
        return;
    m_running = std::max(0, m_running - 1);
    if (changed) {
        qCDebug(lcEngine, "job %s: %s", qPrintable(taskId), qPrintable(status));
        Q_EMIT taskChanged(taskId, status);
    }
    dispatch();
}

} // namespace docket::engine
