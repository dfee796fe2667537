// SPDX-FileCopyrightText: 2026 The Docket authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/jobbrowser.h"

#include "models/batchjobmodel.h"
#include "models/classifierjobmodel.h"
#include "models/classifyjobmodel.h"
#include "models/filenamecache.h"

namespace docket::ui {

JobBrowser::JobBrowser(api::ApiClient *client, api::Clock *clock, QObject *parent)
    : QObject(parent), m_classifyApi(client), m_batchApi(client),
      m_classify(new ClassifyJobModel(client, this)), m_classifier(new ClassifierJobModel(client, this)),
      m_batch(new BatchJobModel(client, this)), m_poller(new jobs::JobPoller(client, clock, this))
{
    for (JobTableModel *model : {static_cast<JobTableModel *>(m_classify), static_cast<JobTableModel *>(m_classifier),
                                 static_cast<JobTableModel *>(m_batch)}) {
        connect(model, &JobTableModel::activeJobsAppeared, m_poller, &jobs::JobPoller::watch);
    }
    connect(m_poller, &jobs::JobPoller::v2JobsUpdated, m_classify, &ClassifyJobModel::applyUpdates);
    connect(m_poller, &jobs::JobPoller::v1JobUpdated, m_classifier,
            [this](const api::ClassifyJob &job) { m_classifier->applyUpdates({job}); });
    connect(m_poller, &jobs::JobPoller::v1ResultsUpdated, m_classifier, &ClassifierJobModel::setResults);
    connect(m_poller, &jobs::JobPoller::batchJobUpdated, m_batch,
            [this](const api::BatchJobStatus &status) { m_batch->applyUpdates({status.job}); });
}

JobTableModel *JobBrowser::model(jobs::JobFamily family) const
{
    switch (family) {
    case jobs::JobFamily::ClassifyV2: return m_classify;
    case jobs::JobFamily::ClassifierV1: return m_classifier;
    case jobs::JobFamily::Batch: return m_batch;
    }
    return nullptr;
}

void JobBrowser::reload()
{
    m_poller->clear();
    // Another profile may know other files (and the answers in flight were for the old one).
    if (FileNameCache *names = m_classify->fileNames())
        names->clear();
    m_classify->reload();
    m_classifier->reload();
    m_batch->reload();
}

void JobBrowser::cancel(jobs::JobFamily family, const QString &jobId)
{
    JobTableModel *jobs = model(family);
    const int row = jobs ? jobs->rowOf(jobId) : -1;
    if (row < 0 || !jobs->jobStatus(row).canCancel()) {
        Q_EMIT actionFailed(tr("Job %1 cannot be cancelled in its current state.").arg(jobId));
        return;
    }
    const auto failed = [this, jobId](const api::ApiError &error) {
        Q_EMIT actionFailed(tr("Could not cancel job %1: %2").arg(jobId, error.toDisplayString()));
    };
    if (family == jobs::JobFamily::ClassifyV2) {
        m_classifyApi.cancel(jobId, this, [this, failed](api::Result<api::ClassifyV2Job> result) {
            if (!result)
                return failed(result.error());
            m_classify->applyUpdates({result.value()});
            Q_EMIT message(tr("Job %1 cancelled.").arg(result.value().id));
        });
    } else {
        m_batchApi.cancel(jobId, std::nullopt, this, [this, failed, jobId](api::Result<api::BatchCancelResponse> result) {
            if (!result)
                return failed(result.error());
            // The answer is not a whole job: the poller brings the job's new state.
            m_poller->watch(jobs::JobFamily::Batch, {jobId});
            m_poller->pollNow();
            Q_EMIT message(result.value().message.isEmpty() ? tr("Batch %1 cancelled.").arg(jobId) : result.value().message);
        });
    }
}

void JobBrowser::rerun(const QString &v2JobId)
{
    const api::ClassifyV2Job *job = m_classify->find(v2JobId);
    if (!job) {
        Q_EMIT actionFailed(tr("Job %1 is not loaded.").arg(v2JobId));
        return;
    }
    api::ClassifyV2CreateRequest request;
    request.fileInput = job->fileInput;
    if (job->configurationId)
        request.configurationId = job->configurationId;
    else
        request.configuration = job->configuration;
    m_classifyApi.create(request, this, [this, v2JobId](api::Result<api::ClassifyV2Job> result) {
        if (!result) {
            Q_EMIT actionFailed(tr("Could not re-run job %1: %2").arg(v2JobId, result.error().toDisplayString()));
            return;
        }
        m_classify->upsert(result.value());
        Q_EMIT message(tr("Job %1 re-run as %2.").arg(v2JobId, result.value().id));
    });
}

} // namespace docket::ui
