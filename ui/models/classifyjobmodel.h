// SPDX-FileCopyrightText: 2026 The Docket authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/classifyapi.h"
#include "api/types.h"
#include "models/jobtablemodel.h"

#include <QMultiHash>
#include <QSet>

namespace docket::ui {

class FileNameCache;

// The v2 classify jobs (one document per job) for the first view: pages through
// GET /api/v2/classify with the server-side filters, and takes in jobs the app created and the
// poller's updates through upsert. Used by MainWindow, JobBrowser and the details pane.
class ClassifyJobModel final : public JobTable<api::ClassifyV2Job>
{
    Q_OBJECT

public:
    enum Column { Status, Document, ResultType, Confidence, Created, Updated, JobId, ConfigurationId, ColumnCount };

    // Without a client (benchmarks, tests of the rows alone) the model neither pages nor
    // looks up file names.
    explicit ClassifyJobModel(api::ApiClient *client, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : ColumnCount; }
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    ColumnKind columnKind(int column) const override;
    bool matchesText(int row, QStringView needle) const override;
    bool hasServerFilter() const override;

    // The server-side filters (status, created range, configuration id, job ids); paging keys are
    // set by the model. Reloads.
    // reload false only stores the query (restoring settings before the session is ready).
    void setServerQuery(const api::ClassifyV2ListQuery &query, bool reloadNow = true);
    const api::ClassifyV2ListQuery &serverQuery() const { return m_query; }

    FileNameCache *fileNames() const { return m_names; }
    // The file name when known, else the file input itself.
    QString documentName(const api::ClassifyV2Job &job) const;

public Q_SLOTS:
    // A job this app created: shown at once, watched by the poller, followed by the notifier.
    void upsert(const docket::api::ClassifyV2Job &job) { adopt(job); }
    // Jobs from the poller or a page: updated in place.
    void applyUpdates(const QList<docket::api::ClassifyV2Job> &jobs) { upsertJobs(jobs); }

protected:
    int createdColumn() const override { return Created; }
    QVariant displayValue(const api::ClassifyV2Job &job, int column) const override;
    QVariant rawValue(const api::ClassifyV2Job &job, int column) const override;
    QVariant toolTip(const api::ClassifyV2Job &job, int column) const override;
    QVariant alignment(int column) const override;
    api::ClassifyV2Job intern(const api::ClassifyV2Job &job) override;
    int compareJobs(const api::ClassifyV2Job &a, const api::ClassifyV2Job &b, int column) const override;

private:
    void onNamesResolved(const QStringList &fileIds);
    QString sharedString(const QString &value);

    std::optional<api::ClassifyApi> m_api;
    FileNameCache *m_names = nullptr;
    api::ClassifyV2ListQuery m_query;
    // Jobs of one account share a handful of rule sets and ids; keeping one copy of each makes
    // 100,000 rows fit in a few dozen MiB.
    QMultiHash<size_t, api::ClassifyV2Configuration> m_configurations;
    QSet<QString> m_strings;
};

} // namespace docket::ui
