// SPDX-FileCopyrightText: 2026 The Docket authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakejobapi.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;

namespace docket::test {

namespace {
QDateTime at(int minute)
{
    return QDateTime(QDate(2026, 11, 20), QTime(8, 0), QTimeZone::utc()).addSecs(60LL * minute);
}

ScriptedResponse ok(const QJsonObject &body)
{
    return ScriptedResponse::json(200, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

ScriptedResponse notFound()
{
    return ScriptedResponse::json(404, R"({"detail":"Not found"})");
}

template<class T>
QJsonArray toArray(const QList<T> &items)
{
    QJsonArray out;
    for (const T &item : items)
        out.append(item.toJson());
    return out;
}

// Token pages: the token is the offset of the next page.
template<class T>
ScriptedResponse cursorPage(const QList<T> &all, const RecordedRequest &request)
{
    const int size = request.query.hasQueryItem("page_size"_L1) ? request.query.queryItemValue("page_size"_L1).toInt() : 50;
    const int from = request.query.queryItemValue("page_token"_L1).toInt();
    const QList<T> items = all.mid(from, size);
    QJsonObject body{{"items"_L1, toArray(items)}};
    if (from + size < all.size())
        body.insert("next_page_token"_L1, QString::number(from + size));
    else
        body.insert("next_page_token"_L1, QJsonValue::Null);
    return ok(body);
}
// The fields every job family shares.
template<class Job>
Job stamped(const QString &id, const QString &status, int minute)
{
    Job job;
    job.id = id;
    job.projectId = QStringLiteral("prj-1");
    job.status = status;
    job.createdAt = at(minute);
    job.updatedAt = at(minute);
    return job;
}
} // namespace

FakeJobApi::FakeJobApi(FakeHttpServer *server)
    : m_server(server)
{
    server->setHandler([this](const RecordedRequest &request) { return answer(request); });
}

void FakeJobApi::connect(api::ApiClient *client) const
{
    api::RetryPolicy noRetries;
    noRetries.setMaxRetries(0);
    client->setRetryPolicy(noRetries);
    api::ConnectionSettings settings;
    settings.baseUrl = m_server->baseUrl();
    settings.apiKey = QStringLiteral("llx-test");
    client->setConnection(settings);
}

api::ClassifyV2Job FakeJobApi::v2Job(const QString &id, const QString &status, int minute)
{
    auto job = stamped<api::ClassifyV2Job>(id, status, minute);
    job.userId = QStringLiteral("usr-1");
    job.documentInputType = QStringLiteral("file_id");
    job.fileInput = QStringLiteral("dfl-") + id;
    job.configuration.rules = {{QStringLiteral("invoice"), QStringLiteral("A bill that asks for payment of goods")},
                               {QStringLiteral("contract"), QStringLiteral("An agreement signed by two parties")}};
    if (status == "COMPLETED"_L1)
        job.result = api::ClassificationResult{QStringLiteral("invoice"), 0.87, QStringLiteral("The text asks for payment.")};
    if (status == "FAILED"_L1)
        job.errorMessage = QStringLiteral("The document could not be read.");
    return job;
}

api::ClassifyJob FakeJobApi::v1Job(const QString &id, const QString &status, int minute)
{
    auto job = stamped<api::ClassifyJob>(id, status, minute);
    job.userId = QStringLiteral("usr-1");
    job.rules = {{QStringLiteral("invoice"), QStringLiteral("A bill that asks for payment of goods")},
                 {QStringLiteral("letter"), QStringLiteral("A personal or business letter")}};
    return job;
}

api::BatchJob FakeJobApi::batchJob(const QString &id, const QString &status, int minute)
{
    auto job = stamped<api::BatchJob>(id, status, minute);
    job.jobType = QStringLiteral("classify");
    job.totalItems = 40;
    job.processedItems = status == "completed"_L1 ? 40 : 10;
    job.failedItems = 1;
    job.skippedItems = 2;
    job.directoryId = QStringLiteral("dir-1");
    return job;
}

api::ClassifyV2Job *FakeJobApi::findV2(const QString &id)
{
    for (api::ClassifyV2Job &job : v2) {
        if (job.id == id)
            return &job;
    }
    return nullptr;
}

int FakeJobApi::countRequests(const QString &pathPrefix) const
{
    int count = 0;
    for (const RecordedRequest &request : m_server->requests())
        count += request.path.startsWith(pathPrefix) ? 1 : 0;
    return count;
}

ScriptedResponse FakeJobApi::answer(const RecordedRequest &request)
{
    if (failWith) {
        ScriptedResponse r = ScriptedResponse::json(failWith, R"({"detail":"Scripted failure"})");
        if (retryAfterSeconds)
            r.header("Retry-After", QByteArray::number(retryAfterSeconds));
        return r;
    }
    const QString path = request.path;
    const QStringList parts = path.split(u'/', Qt::SkipEmptyParts);
    const bool get = request.method == "GET";

    if (path == "/api/v2/classify"_L1 && get) {
        const QStringList ids = request.query.allQueryItemValues("job_ids"_L1);
        const QString status = request.query.queryItemValue("status"_L1);
        const QString configuration = request.query.queryItemValue("configuration_id"_L1);
        QList<api::ClassifyV2Job> matching;
        for (const api::ClassifyV2Job &job : v2) {
            if ((ids.isEmpty() || ids.contains(job.id)) && (status.isEmpty() || job.status == status)
                && (configuration.isEmpty() || job.configurationId.value_or(QString()) == configuration))
                matching.append(job);
        }
        return cursorPage(matching, request);
    }
    if (path == "/api/v2/classify"_L1) {
        const auto body = QJsonDocument::fromJson(request.body).object();
        api::ClassifyV2Job job = v2Job(QStringLiteral("cls-new-%1").arg(++m_created), QStringLiteral("PENDING"));
        job.fileInput = body.value("file_input"_L1).toString();
        if (body.contains("configuration_id"_L1))
            job.configurationId = body.value("configuration_id"_L1).toString();
        v2.prepend(job);
        return ok(job.toJson());
    }
    if (parts.size() == 4 && path.startsWith("/api/v2/classify/"_L1) && get) {
        api::ClassifyV2Job *job = findV2(parts.at(3));
        return job ? ok(job->toJson()) : notFound();
    }
    if (parts.size() == 5 && path.startsWith("/api/v2/classify/"_L1) && parts.at(4) == "cancel"_L1) {
        api::ClassifyV2Job *job = findV2(parts.at(3));
        if (!job)
            return notFound();
        job->status = QStringLiteral("CANCELLED");
        return ok(job->toJson());
    }
    if (path == "/api/v1/classifier/jobs"_L1 && get)
        return cursorPage(v1, request);
    if (parts.size() >= 5 && path.startsWith("/api/v1/classifier/jobs/"_L1) && get) {
        for (const api::ClassifyJob &job : v1) {
            if (job.id != parts.at(4))
                continue;
            if (parts.size() == 6 && parts.at(5) == "results"_L1)
                return ok(QJsonObject{{"items"_L1, toArray(v1Results.value(job.id))}, {"next_page_token"_L1, QJsonValue::Null}});
            return ok(job.toJson());
        }
        return notFound();
    }
    if (path == "/api/v1/beta/batch-processing"_L1 && get) {
        const QString status = request.query.queryItemValue("status"_L1);
        QList<api::BatchJob> matching;
        for (const api::BatchJob &job : batch) {
            if (status.isEmpty() || job.status == status)
                matching.append(job);
        }
        const int limit = request.query.hasQueryItem("limit"_L1) ? request.query.queryItemValue("limit"_L1).toInt() : 50;
        const int offset = request.query.queryItemValue("offset"_L1).toInt();
        return ok({{"items"_L1, toArray(matching.mid(offset, limit))}, {"total_size"_L1, matching.size()}});
    }
    if (parts.size() >= 5 && path.startsWith("/api/v1/beta/batch-processing/"_L1)) {
        for (api::BatchJob &job : batch) {
            if (job.id != parts.at(4))
                continue;
            if (parts.size() == 6 && parts.at(5) == "items"_L1) {
                const auto items = batchItems.value(job.id);
                return ok({{"items"_L1, toArray(items)}, {"total_size"_L1, items.size()}});
            }
            if (parts.size() == 6 && parts.at(5) == "cancel"_L1) {
                job.status = QStringLiteral("cancelled");
                return ok({{"job_id"_L1, job.id}, {"status"_L1, job.status}, {"processed_items"_L1, job.processedItems},
                           {"message"_L1, QStringLiteral("Cancelled")}});
            }
            api::BatchJobStatus status;
            status.job = job;
            status.progressPercentage = job.totalItems ? 100.0 * double(job.processedItems) / double(job.totalItems) : 0;
            return ok(status.toJson());
        }
        return notFound();
    }
    if (parts.size() == 5 && path.startsWith("/api/v1/beta/files/"_L1) && get) {
        const QString id = parts.at(4);
        if (!fileNames.contains(id))
            return notFound();
        return ok({{"id"_L1, id}, {"name"_L1, fileNames.value(id)}, {"project_id"_L1, QStringLiteral("prj-1")}});
    }
    return ScriptedResponse::json(404, R"({"detail":"No such route in FakeJobApi"})");
}

} // namespace docket::test
