// SPDX-FileCopyrightText: 2026 The Docket authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/jobs/jobrunner.h"

#include <QHostAddress>
#include <QLockFile>
#include <QObject>
#include <QUrl>

#include <memory>

namespace docket::engine {

class EngineServer;
class EngineStore;
class JobEvents;
class WebhookDispatcher;

struct EngineOptions
{
    QString dataDir;
    QHostAddress host = QHostAddress::LocalHost;
    quint16 port = 0; // 0 = any free port
    QByteArray token; // required: the engine never runs without one
    int workers = 2;
    TaskProcessor processor; // empty = the text pipeline (Extractor + LexicalClassifier)
    qint64 maxUploadBytes = qint64(512) * 1024 * 1024;
    QList<int> webhookRetryDelaysMs{1000, 4000, 16000};
};

// The whole local engine in one object: store, worker pool, HTTP server and webhook delivery,
// wired together. Used by docket-engine's main() and by the in-process integration tests.
class Engine : public QObject
{
    Q_OBJECT

public:
    explicit Engine(EngineOptions options, QObject *parent = nullptr);
    ~Engine() override;

    // Fails with errorString() when the token is missing, the data directory is held by another
    // running engine (engine.lock), the store cannot be opened or the port is taken.
    bool start();
    // Stops accepting work; running jobs go back to PENDING for the next start.
    void stop();
    QString errorString() const { return m_error; }
    quint16 port() const { return m_port; }
    QUrl baseUrl() const;

    EngineStore *store() const { return m_store.get(); }
    JobRunner *runner() const { return m_runner; }
    EngineServer *server() const { return m_server; }

private:
    bool lockDataDir();

    EngineOptions m_options;
    // One engine per data directory: a second one would requeue and run the first one's tasks.
    std::unique_ptr<QLockFile> m_lock;
    std::unique_ptr<EngineStore> m_store;
    JobRunner *m_runner = nullptr;
    EngineServer *m_server = nullptr;
    JobEvents *m_events = nullptr;
    WebhookDispatcher *m_webhooks = nullptr;
    quint16 m_port = 0;
    QString m_error;
};

} // namespace docket::engine
