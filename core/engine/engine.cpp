// SPDX-FileCopyrightText: 2026 The Docket authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/engine.h"

#include "engine/enginelogging.h"
#include "engine/http/engineserver.h"
#include "engine/jobs/textpipeline.h"
#include "engine/store/enginestore.h"
#include "engine/webhooks/jobevents.h"
#include "engine/webhooks/webhookdispatcher.h"

#include <QDir>

namespace docket::engine {

Engine::Engine(EngineOptions options, QObject *parent) : QObject(parent), m_options(std::move(options)) {}

Engine::~Engine()
{
    stop();
}

QUrl Engine::baseUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    const QHostAddress host = m_options.host == QHostAddress::Any || m_options.host == QHostAddress::AnyIPv4
                                  ? QHostAddress(QHostAddress::LocalHost)
                                  : m_options.host;
    url.setHost(host.toString());
    url.setPort(m_port);
    return url;
}

bool Engine::start()
{
    if (m_options.token.isEmpty()) {
        m_error = QStringLiteral("The engine needs an API token");
        return false;
    }
    if (!lockDataDir())
        return false;
    m_store = std::make_unique<EngineStore>(m_options.dataDir);
    if (!m_store->open()) {
        m_error = m_store->error();
        return false;
    }
    m_runner = new JobRunner(m_store.get(), m_options.workers,
                             m_options.processor ? m_options.processor : TaskProcessor(classifyWithTextPipeline), this);
    m_server = new EngineServer(m_store.get(), m_options.token, this);
    m_server->setMaxUploadBytes(m_options.maxUploadBytes);
    m_webhooks = new WebhookDispatcher(m_options.webhookRetryDelaysMs, this);
    m_events = new JobEvents(m_store.get(), m_webhooks, m_server->userId(), this);

    connect(m_server, &EngineServer::tasksCreated, m_runner, &JobRunner::wake);
    connect(m_server, &EngineServer::cancelRequested, m_runner, &JobRunner::cancel);
    connect(m_server, &EngineServer::taskChanged, m_events, &JobEvents::onTaskChanged);
    connect(m_runner, &JobRunner::taskChanged, m_events, &JobEvents::onTaskChanged);

    m_port = m_server->start(m_options.host, m_options.port);
    if (m_port == 0) {
        m_error = QStringLiteral("Cannot listen on %1:%2: %3")
                      .arg(m_options.host.toString())
                      .arg(m_options.port)
                      .arg(m_server->errorString());
        return false;
    }
    if (!m_options.host.isLoopback())
        qCWarning(lcEngine, "listening on %s: the engine is reachable from the network; anyone with the token can "
                            "use it", qPrintable(m_options.host.toString()));
    m_runner->start();
    qCInfo(lcEngine, "engine: data in %s, %d worker(s), project %s", qPrintable(m_options.dataDir),
           m_runner->workers(), qPrintable(m_store->projectId()));
    return true;
}

void Engine::stop()
{
    if (m_runner)
        m_runner->stop();
    delete m_server;
    m_server = nullptr;
    delete m_events;
    m_events = nullptr;
    delete m_webhooks;
    m_webhooks = nullptr;
    delete m_runner;
    m_runner = nullptr;
    m_store.reset();
    m_lock.reset();
    m_port = 0;
}

bool Engine::lockDataDir()
{
    if (!QDir().mkpath(m_options.dataDir)) {
        m_error = QStringLiteral("Cannot create the data directory %1").arg(m_options.dataDir);
        return false;
    }
    auto lock = std::make_unique<QLockFile>(QDir(m_options.dataDir).filePath(QStringLiteral("engine.lock")));
    // Stale only when its process is gone (QLockFile checks the PID), never because of its age: a
    // healthy engine runs for days.
    lock->setStaleLockTime(0);
    if (lock->tryLock(0)) {
        m_lock = std::move(lock);
        return true;
    }
    if (lock->error() == QLockFile::LockFailedError) {
        qint64 pid = 0;
        QString host;
        QString app;
        lock->getLockInfo(&pid, &host, &app);
        m_error = QStringLiteral("Another Docket engine (process %1) is already using the data directory %2; "
                                 "stop it first, or use another data directory")
                      .arg(pid)
                      .arg(QDir::toNativeSeparators(m_options.dataDir));
    } else {
        m_error = QStringLiteral("Cannot create the lock file in the data directory %1")
                      .arg(QDir::toNativeSeparators(m_options.dataDir));
    }
    return false;
}

} // namespace docket::engine
