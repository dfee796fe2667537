// SPDX-FileCopyrightText: 2026 The Docket authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QObject>

namespace docket::engine {

class EngineStore;
class WebhookDispatcher;

// Turns status changes into webhook events. v2 jobs (and batch items) send
// classify.{pending,running,success,error,cancelled}; v1 jobs send the parse.* names of
// LlamaParseWebhookConfiguration once per job: parse.pending, parse.running (first file
// started), then parse.success | parse.partial_success | parse.error | parse.cancelled. Body:
// {event_id, event_type, timestamp, data: <job as GET returns it>}; with webhook_output_format
// "string" (the default) data is that job JSON encoded as a string. Also stamps a batch's
// completed_at. Lives on the engine's main thread; owned by Engine.
class JobEvents : public QObject
{
    Q_OBJECT

public:
    JobEvents(EngineStore *store, WebhookDispatcher *dispatcher, QString userId, QObject *parent = nullptr);

public Q_SLOTS:
    void onTaskChanged(const QString &taskOrJobId, const QString &status);

private:
    void send(const QJsonArray &webhooks, const QString &event, const QString &jobId, const QJsonObject &data);

    EngineStore *m_store;
    WebhookDispatcher *m_dispatcher;
    QString m_userId;
};

} // namespace docket::engine
