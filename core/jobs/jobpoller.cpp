// SPDX-FileCopyrightText: 2026 The Docket authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "jobs/jobpoller.h"

#include <QSet>

namespace docket::jobs {

JobPoller::JobPoller(api::ApiClient *client, api::Clock *clock, QObject *parent)
    : QObject(parent), m_classify(client), m_classifier(client), m_batch(client),
      m_clock(clock ? clock : api::Clock::system())
{
}

int JobPoller::watchedCount() const
{
    int count = 0;
    for (const QStringList &ids : m_watched)
        count += int(ids.size());
    return count;
}

void JobPoller::watch(JobFamily family, const QStringList &ids)
{
    QStringList &watched = m_watched[family];
    bool added = false;
    for (const QString &id : ids) {
        if (!id.isEmpty() && !watched.contains(id)) {
            watched.append(id);
            added = true;
        }
    }
    if (!added)
        return;
    // New work: poll soon again, whatever the interval had grown to (but keep an error back-off).
    if (m_consecutiveErrors == 0) {
        m_intervalMs = StartIntervalMs;
        if (m_state == State::Idle)
            setState(State::Polling, 0, {});
    }
    if (m_outstanding == 0 && (m_dueMs < 0 || nextPollInMs() > m_intervalMs))
        schedule(m_consecutiveErrors ? std::max(nextPollInMs(), 0) : m_intervalMs);
}

void JobPoller::unwatch(JobFamily family, const QString &id)
{
    m_watched[family].removeAll(id);
    m_misses.remove(id);
}

void JobPoller::clear()
{
    m_watched.clear();
    m_misses.clear();
    ++m_generation;
    ++m_timerGeneration;
    m_outstanding = 0;
    m_dueMs = -1;
    m_consecutiveErrors = 0;
    m_intervalMs = StartIntervalMs;
    setState(State::Idle, 0, {});
}

int JobPoller::nextPollInMs() const
{
    return m_dueMs < 0 ? 0 : int(std::max<qint64>(0, m_dueMs - m_clock->monotonicMs()));
}

void JobPoller::pollNow()
{
    if (m_outstanding > 0 || watchedCount() == 0)
        return;
    ++m_timerGeneration;
    m_dueMs = -1;
    runCycle();
}

void JobPoller::schedule(int delayMs)
{
    // Re-arming replaces the previous firing: the one timer of this poller.
    const int generation = ++m_timerGeneration;
    m_dueMs = m_clock->monotonicMs() + delayMs;
    m_clock->callAfter(delayMs, this, [this, generation] {
        if (generation != m_timerGeneration)
            return;
        m_dueMs = -1;
        runCycle();
    });
}

void JobPoller::runCycle()
{
    if (watchedCount() == 0) {
        setState(State::Idle, 0, {});
        return;
    }
    m_cycleError.reset();
    const int generation = m_generation;
    // Count every request first, so that an answer arriving early cannot end the cycle.
    const QStringList v2 = m_watched.value(JobFamily::ClassifyV2);
    const QStringList v1 = m_watched.value(JobFamily::ClassifierV1);
    const QStringList batch = m_watched.value(JobFamily::Batch);
    m_outstanding = int((v2.size() + MaxIdsPerRequest - 1) / MaxIdsPerRequest + v1.size() + batch.size());

    for (qsizetype from = 0; from < v2.size(); from += MaxIdsPerRequest) {
        api::ClassifyV2ListQuery query;
        query.jobIds = v2.mid(from, MaxIdsPerRequest);
        query.pageSize = MaxIdsPerRequest;
        m_classify.list(query, this, [this, generation, asked = query.jobIds](api::Result<api::ClassifyV2JobList> result) {
            if (generation != m_generation)
                return;
            if (!result) {
                requestDone(result.error());
                return;
            }
            QSet<QString> seen;
            for (const api::ClassifyV2Job &job : result.value().items)
                seen.insert(job.id);
            for (const QString &id : asked) {
                if (!seen.contains(id) && ++m_misses[id] >= MaxMisses)
                    unwatch(JobFamily::ClassifyV2, id);
                else if (seen.contains(id))
                    m_misses.remove(id);
            }
            Q_EMIT v2JobsUpdated(result.value().items);
            for (const api::ClassifyV2Job &job : result.value().items) {
                const JobStatus status = JobStatus::fromRaw(JobFamily::ClassifyV2, job.status);
                if (status.isTerminal() && isWatching(JobFamily::ClassifyV2, job.id))
                    finished(JobFamily::ClassifyV2, job.id, status);
            }
            requestDone(std::nullopt);
        });
    }
    for (const QString &id : v1) {
        m_classifier.getJob(id, this, [this, generation, id](api::Result<api::ClassifyJob> result) {
            if (generation != m_generation)
                return;
            if (!result) {
                if (result.error().kind() == api::ApiError::Kind::NotFound) {
                    unwatch(JobFamily::ClassifierV1, id);
                    requestDone(std::nullopt);
                } else {
                    requestDone(result.error());
                }
                return;
            }
            const api::ClassifyJob job = result.value();
            Q_EMIT v1JobUpdated(job);
            const JobStatus status = JobStatus::fromRaw(JobFamily::ClassifierV1, job.status);
            if (!status.isTerminal()) {
                requestDone(std::nullopt);
                return;
            }
            // Terminal: one more request, for the per-file results, within the same cycle.
            m_classifier.getResults(id, this, [this, generation, id, status](api::Result<api::ClassifyJobResults> results) {
                if (generation != m_generation)
                    return;
                if (!results) {
                    requestDone(results.error()); // still watched: the next cycle asks again
                    return;
                }
                Q_EMIT v1ResultsUpdated(id, results.value().items);
                finished(JobFamily::ClassifierV1, id, status);
                requestDone(std::nullopt);
            });
        });
    }
    for (const QString &id : batch) {
        m_batch.status(id, this, [this, generation, id](api::Result<api::BatchJobStatus> result) {
            if (generation != m_generation)
                return;
            if (!result) {
                if (result.error().kind() == api::ApiError::Kind::NotFound) {
                    unwatch(JobFamily::Batch, id);
                    requestDone(std::nullopt);
                } else {
                    requestDone(result.error());
                }
                return;
            }
            Q_EMIT batchJobUpdated(result.value());
            const JobStatus status = JobStatus::fromRaw(JobFamily::Batch, result.value().job.status);
            if (status.isTerminal())
                finished(JobFamily::Batch, id, status);
            requestDone(std::nullopt);
        });
    }
}

void JobPoller::finished(JobFamily family, const QString &id, const JobStatus &status)
{
    unwatch(family, id);
    Q_EMIT jobFinished(family, id, status);
}

void JobPoller::requestDone(const std::optional<api::ApiError> &error)
{
    // Of several errors in one cycle, a rate limit says most about when to come back.
    if (error && (!m_cycleError || error->kind() == api::ApiError::Kind::RateLimited))
        m_cycleError = error;
    if (--m_outstanding == 0)
        finishCycle();
}

void JobPoller::finishCycle()
{
    Q_EMIT cycleFinished();
    if (m_cycleError) {
        ++m_consecutiveErrors;
        const api::ApiError &error = *m_cycleError;
        int delay = std::min(MaxBackoffMs, StartIntervalMs << std::min(m_consecutiveErrors, 6));
        State state = State::ServerTrouble;
        if (error.kind() == api::ApiError::Kind::RateLimited) {
            state = State::RateLimited;
            if (error.retryAfterMs())
                delay = std::clamp(*error.retryAfterMs(), StartIntervalMs, MaxBackoffMs);
        } else if (error.kind() == api::ApiError::Kind::Network || error.kind() == api::ApiError::Kind::Timeout) {
            state = State::Offline;
        }
        schedule(delay); // first, so that listeners of stateChanged see when the next try is
        setState(state, delay, error.toDisplayString());
        return;
    }
    m_consecutiveErrors = 0;
    if (watchedCount() == 0) {
        m_intervalMs = StartIntervalMs;
        setState(State::Idle, 0, {});
        return;
    }
    m_intervalMs = std::min(MaxIntervalMs, m_intervalMs + IntervalStepMs);
    schedule(m_intervalMs);
    setState(State::Polling, 0, {});
}

void JobPoller::setState(State state, int retryInMs, const QString &message)
{
    if (state == m_state && retryInMs == 0)
        return;
    m_state = state;
    Q_EMIT stateChanged(state, retryInMs, message);
}

} // namespace docket::jobs
