// SPDX-FileCopyrightText: 2026 The Docket authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/batchapi.h"
#include "api/classifyapi.h"
#include "jobs/jobpoller.h"

#include <QObject>

namespace docket::ui {

class BatchJobModel;
class ClassifierJobModel;
class ClassifyJobModel;
class JobTableModel;

// The job browser's non-visual half: the three job models, the poller that keeps their active
// jobs fresh, and the job actions that talk to the server (cancel, re-run). Created by the
// composition root with the one ApiClient; MainWindow shows it. reload() is what a profile switch
// (Session::ready) calls.
class JobBrowser : public QObject
{
    Q_OBJECT

public:
    explicit JobBrowser(api::ApiClient *client, api::Clock *clock = nullptr, QObject *parent = nullptr);

    ClassifyJobModel *classifyModel() const { return m_classify; }
    ClassifierJobModel *classifierModel() const { return m_classifier; }
    BatchJobModel *batchModel() const { return m_batch; }
    JobTableModel *model(jobs::JobFamily family) const;
    jobs::JobPoller *poller() const { return m_poller; }

    // v2 and batch jobs that are queued or running.
    void cancel(jobs::JobFamily family, const QString &jobId);
    // A new v2 job on the same document with the same (saved or inline) configuration.
    void rerun(const QString &v2JobId);

public Q_SLOTS:
    // Forgets every job and loads the first page of each list (after a profile switch).
    void reload();

Q_SIGNALS:
    // A sentence for the status bar about an action's outcome.
    void message(const QString &text);
    void actionFailed(const QString &text);

private:
    api::ClassifyApi m_classifyApi;
    api::BatchApi m_batchApi;
    ClassifyJobModel *m_classify;
    ClassifierJobModel *m_classifier;
    BatchJobModel *m_batch;
    jobs::JobPoller *m_poller;
};

} // namespace docket::ui
