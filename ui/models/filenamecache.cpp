// SPDX-FileCopyrightText: 2026 The Docket authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/filenamecache.h"

#include <QTimer>

namespace docket::ui {

FileNameCache::FileNameCache(api::ApiClient *client, QObject *parent)
    : QObject(parent), m_api(client)
{
}

void FileNameCache::insert(const QString &fileId, const QString &name)
{
    if (fileId.isEmpty() || m_names.value(fileId) == name)
        return;
    m_names.insert(fileId, name);
    m_resolved.append(fileId);
    flush();
}

void FileNameCache::request(const QString &fileId)
{
    if (fileId.isEmpty() || m_names.contains(fileId) || m_asked.contains(fileId))
        return;
    m_asked.insert(fileId);
    m_queue.append(fileId);
    if (!m_pumpScheduled) {
        // A page brings up to 100 ids at once; collect them before starting requests.
        m_pumpScheduled = true;
        QTimer::singleShot(0, this, [this] {
            m_pumpScheduled = false;
            pump();
        });
    }
}

void FileNameCache::clear()
{
    ++m_generation;
    m_names.clear();
    m_asked.clear();
    m_queue.clear();
    m_resolved.clear();
    m_inFlight = 0;
}

void FileNameCache::pump()
{
    while (m_inFlight < MaxInFlight && !m_queue.isEmpty()) {
        const QString id = m_queue.takeFirst();
        ++m_inFlight;
        const int generation = m_generation;
        m_api.get(id, this, [this, id, generation](api::Result<api::FileV2> result) {
            if (generation != m_generation)
                return; // answered for a profile that is no longer active
            --m_inFlight;
            if (result && !result.value().name.isEmpty()) {
                m_names.insert(id, result.value().name);
                m_resolved.append(id);
            }
            // A failure keeps the id in m_asked: the column shows the id, which is still right.
            if (m_inFlight == 0 || m_resolved.size() >= 20)
                flush();
            pump();
        });
    }
}

void FileNameCache::flush()
{
    if (m_resolved.isEmpty())
        return;
    const QStringList ids = std::exchange(m_resolved, {});
    Q_EMIT namesResolved(ids);
}

} // namespace docket::ui
