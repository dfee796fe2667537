// SPDX-FileCopyrightText: 2026 The Docket authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/apierror.h"
#include "api/batchapi.h"
#include "api/classifierapi.h"
#include "api/classifyapi.h"
#include "api/clock.h"
#include "jobs/jobstatus.h"

#include <QHash>
#include <QObject>
#include <QStringList>

namespace docket::jobs {

// Refreshes the jobs that are not terminal yet, for the three job views (cf. qBittorrent's RSS
// refresh): one re-armed single-shot timer on the injectable Clock, never two cycles at once,
// v2 jobs in batches of up to 100 ids per GET /api/v2/classify?job_ids=…, v1 jobs one GET each
// and their results once terminal, batch jobs one status GET each. The interval starts at 1 s
// and grows by 1 s per cycle to 5 s while jobs run; errors back off (doubling to a minute,
// honouring Retry-After) and are reported as a state the status bar shows. With nothing to watch
// it sends nothing. JobBrowser feeds it the active ids and hands its updates to the models.
class JobPoller : public QObject
{
    Q_OBJECT

public:
    enum class State { Idle, Polling, Offline, RateLimited, ServerTrouble };
    Q_ENUM(State)

    static constexpr int StartIntervalMs = 1000;
    static constexpr int IntervalStepMs = 1000;
    static constexpr int MaxIntervalMs = 5000;
    static constexpr int MaxIdsPerRequest = 100;
    static constexpr int MaxBackoffMs = 60'000;
    // A v2 id the server leaves out of this many answers in a row is no longer watched.
    static constexpr int MaxMisses = 3;

    explicit JobPoller(api::ApiClient *client, api::Clock *clock = nullptr, QObject *parent = nullptr);

    // Starts watching these jobs (duplicates and already watched ids are fine).
    void watch(JobFamily family, const QStringList &ids);
    void unwatch(JobFamily family, const QString &id);
    // Forgets every job (profile switch); a cycle in flight is ignored when it answers.
    void clear();
    int watchedCount() const;
    int watchedCount(JobFamily family) const { return int(m_watched.value(family).size()); }
    bool isWatching(JobFamily family, const QString &id) const { return m_watched.value(family).contains(id); }

    State state() const { return m_state; }
    // When the next cycle starts, in ms from now (0 when none is planned).
    int nextPollInMs() const;
    bool isCycleRunning() const { return m_outstanding > 0; }
    int currentIntervalMs() const { return m_intervalMs; }
    // Polls at once (Refresh), unless a cycle is already running.
    void pollNow();

Q_SIGNALS:
    void v2JobsUpdated(const QList<docket::api::ClassifyV2Job> &jobs);
    void v1JobUpdated(const docket::api::ClassifyJob &job);
    void v1ResultsUpdated(const QString &jobId, const QList<docket::api::FileClassification> &results);
    void batchJobUpdated(const docket::api::BatchJobStatus &status);
    // A watched job reached a terminal status (and is no longer watched).
    void jobFinished(docket::jobs::JobFamily family, const QString &id, const docket::jobs::JobStatus &status);
    // retryInMs is the wait before the next attempt after an error, 0 otherwise.
    void stateChanged(docket::jobs::JobPoller::State state, int retryInMs, const QString &message);
    void cycleFinished();

private:
    void schedule(int delayMs);
    void runCycle();
    void requestDone(const std::optional<api::ApiError> &error);
    void finishCycle();
    void setState(State state, int retryInMs, const QString &message);
    void finished(JobFamily family, const QString &id, const JobStatus &status);

    api::ClassifyApi m_classify;
    api::ClassifierApi m_classifier;
    api::BatchApi m_batch;
    api::Clock *m_clock;
    QHash<JobFamily, QStringList> m_watched; // insertion order: the oldest jobs are asked first
    QHash<QString, int> m_misses;
    State m_state = State::Idle;
    int m_intervalMs = StartIntervalMs;
    int m_consecutiveErrors = 0;
    int m_outstanding = 0;
    int m_generation = 0;     // bumped by clear(): answers of an older generation are dropped
    int m_timerGeneration = 0; // bumped when the timer is re-armed: an older firing is ignored
    qint64 m_dueMs = -1;
    std::optional<api::ApiError> m_cycleError;
};

} // namespace docket::jobs
