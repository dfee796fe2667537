// SPDX-FileCopyrightText: 2026 The Docket authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/webhooks/jobevents.h"

#include "api/jsonreader.h"
#include "engine/store/enginestore.h"
#include "engine/store/jobviews.h"
#include "engine/webhooks/webhookdispatcher.h"

#include <QJsonDocument>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;

namespace docket::engine {

namespace {

QString v2Event(const QString &status)
{
    if (status == "PENDING"_L1)
        return QStringLiteral("classify.pending");
    if (status == "RUNNING"_L1)
        return QStringLiteral("classify.running");
    if (status == "COMPLETED"_L1)
        return QStringLiteral("classify.success");
    if (status == "FAILED"_L1)
        return QStringLiteral("classify.error");
    return QStringLiteral("classify.cancelled");
}

QString v1Event(const QString &v1Status)
{
    if (v1Status == "SUCCESS"_L1)
        return QStringLiteral("parse.success");
    if (v1Status == "PARTIAL_SUCCESS"_L1)
        return QStringLiteral("parse.partial_success");
    if (v1Status == "CANCELLED"_L1)
        return QStringLiteral("parse.cancelled");
    return QStringLiteral("parse.error");
}

} // namespace

JobEvents::JobEvents(EngineStore *store, WebhookDispatcher *dispatcher, QString userId, QObject *parent)
    : QObject(parent), m_store(store), m_dispatcher(dispatcher), m_userId(std::move(userId))
{
}

void JobEvents::onTaskChanged(const QString &id, const QString &status)
{
    const std::optional<Task> task = m_store->task(id);
    if (!task) {
        // A v1 job was just created.
        if (const auto job = m_store->v1Job(id); job && m_store->markV1Notified(id, QStringLiteral("parse.pending")))
            send(job->webhooks, QStringLiteral("parse.pending"), id, v1JobView(*m_store, *job, m_userId).toJson());
        return;
    }
    if (task->kind == "batch"_L1 && task->isTerminal()) {
        const TaskCounts c = m_store->countsOf(task->ownerId);
        if (c.terminal() == c.total())
            m_store->touchBatchCompleted(task->ownerId, EngineStore::nowMs());
    }
    if (task->kind != "v1"_L1) {
        if (!task->webhooks.isEmpty())
            send(task->webhooks, v2Event(status), id, task->toV2Job(m_userId).toJson());
        return;
    }
    const auto job = m_store->v1Job(task->ownerId);
    if (!job || job->webhooks.isEmpty())
        return;
    const api::ClassifyJob view = v1JobView(*m_store, *job, m_userId);
    QString event;
    if (view.status != "PENDING"_L1)
        event = v1Event(view.status);
    else if (status == "RUNNING"_L1 && job->notified == "parse.pending"_L1)
        event = QStringLiteral("parse.running");
    if (!event.isEmpty() && m_store->markV1Notified(job->id, event))
        send(job->webhooks, event, job->id, view.toJson());
}

void JobEvents::send(const QJsonArray &webhooks, const QString &event, const QString &jobId, const QJsonObject &data)
{
    for (const QJsonValue &value : webhooks) {
        api::JsonReader reader(value.toObject());
        const api::WebhookConfiguration config = api::WebhookConfiguration::read(reader);
        if (!reader.ok() || !config.webhookUrl || config.webhookUrl->isEmpty())
            continue;
        if (config.webhookEvents && !config.webhookEvents->contains(event))
            continue;
        QJsonObject payload;
        payload.insert("event_id"_L1, QUuid::createUuid().toString(QUuid::WithoutBraces));
        payload.insert("event_type"_L1, event);
        payload.insert("timestamp"_L1, api::json::dateTimeToWire(EngineStore::fromMs(EngineStore::nowMs())));
        if (config.webhookOutputFormat.value_or(QStringLiteral("string")) == "json"_L1)
            payload.insert("data"_L1, data);
        else
            payload.insert("data"_L1, QString::fromUtf8(QJsonDocument(data).toJson(QJsonDocument::Compact)));
        WebhookDelivery d;
        d.url = QUrl(*config.webhookUrl);
        d.headers = config.webhookHeaders.value_or(QMap<QString, QString>());
        d.signingSecret = config.webhookSigningSecret.value_or(QString());
        d.body = QJsonDocument(payload).toJson(QJsonDocument::Compact);
        d.event = event;
        d.jobId = jobId;
        m_dispatcher->deliver(d);
    }
}

} // namespace docket::engine
