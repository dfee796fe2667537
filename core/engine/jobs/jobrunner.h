// SPDX-FileCopyrightText: 2026 The Docket authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/types.h"
#include "engine/store/enginestore.h"

#include <QMutex>
#include <QObject>
#include <QSet>
#include <QThreadPool>
#include <QTimer>

#include <atomic>
#include <functional>

namespace docket::engine {

// What a processor makes of one task: a result, or an error message for error_message.
struct TaskOutcome
{
    std::optional<api::ClassificationResult> result;
    QString error;
};

// Classifies the stored file of one task. Runs on a worker thread; must be thread-safe and should
// return early (with any error) once stopRequested() is true.
using TaskProcessor = std::function<TaskOutcome(const Task &task, const StoredFile &file,
                                                const std::function<bool()> &stopRequested)>;

// The engine's worker pool: claims PENDING tasks from the store (oldest first), runs the processor
// on a QThreadPool, and writes the outcome. Claims and bookkeeping happen on the runner's thread
// (the HTTP thread) and take microseconds; extraction and classification never do. Owned by
// Engine; EngineServer calls wake() and cancel().
class JobRunner : public QObject
{
    Q_OBJECT

public:
    static constexpr int MaxAttempts = 3;

    JobRunner(EngineStore *store, int workers, TaskProcessor processor, QObject *parent = nullptr);
    ~JobRunner() override;

    // Recovers tasks left RUNNING by a crash, then starts dispatching.
    void start();
    // Stops claiming, puts the running tasks back to PENDING (without counting the attempt), asks
    // them to stop and waits for them.
    void stop();
    int workers() const { return m_workers; }
    int running() const { return m_running; }
    // Cancel requests held for running tasks (they go when the task ends); for diagnostics.
    qsizetype cancelsHeld() const
    {
        QMutexLocker lock(&m_mutex);
        return m_cancelled.size();
    }

public Q_SLOTS:
    void wake();
    // Stops a running task's processor; the caller has already marked it CANCELLED in the store.
    void cancel(const QStringList &taskIds);

Q_SIGNALS:
    // A task changed status (RUNNING, COMPLETED or FAILED); emitted on the runner's thread.
    void taskChanged(const QString &taskId, const QString &status);

private:
    void dispatch();
    void run(const Task &task);
    void onFinished(const QString &taskId, const QString &status, bool changed);

    EngineStore *m_store;
    int m_workers;
    TaskProcessor m_processor;
    QThreadPool m_pool;
    QTimer m_poll;
    int m_running = 0;
    bool m_started = false;
    std::atomic_bool m_stopping{false};
    mutable QMutex m_mutex;
    QSet<QString> m_claimed;   // tasks this process has claimed and not yet finished
    QSet<QString> m_cancelled; // the claimed ones whose cancel was requested
};

} // namespace docket::engine
