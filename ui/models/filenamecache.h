// SPDX-FileCopyrightText: 2026 The Docket authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/filesapi.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QStringList>

namespace docket::ui {

// File id -> file name, for the v2 view's Document column. Names of files this app uploaded are
// put in directly; unknown ids are queued by request() and fetched later with FilesApi::get, a
// few at a time, so the model's data() only ever reads the hash. Owned by ClassifyJobModel.
class FileNameCache : public QObject
{
    Q_OBJECT

public:
    static constexpr int MaxInFlight = 4;

    explicit FileNameCache(api::ApiClient *client, QObject *parent = nullptr);

    QString name(const QString &fileId) const { return m_names.value(fileId); }
    bool contains(const QString &fileId) const { return m_names.contains(fileId); }
    void insert(const QString &fileId, const QString &name);
    // Queues a look-up unless the name is known, queued, or failed before.
    void request(const QString &fileId);
    int pendingCount() const { return int(m_queue.size()) + m_inFlight; }
    void clear();

Q_SIGNALS:
    // Names became known; emitted once per batch of answers, not once per file.
    void namesResolved(const QStringList &fileIds);

private:
    void pump();
    void flush();

    api::FilesApi m_api;
    QHash<QString, QString> m_names;
    QSet<QString> m_asked; // queued, in flight, or given up on (a deleted file stays unnamed)
    QStringList m_queue;
    QStringList m_resolved;
    int m_inFlight = 0;
    bool m_pumpScheduled = false;
    int m_generation = 0;
};

} // namespace docket::ui
