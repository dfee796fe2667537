// SPDX-FileCopyrightText: 2026 The Docket authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Every endpoint client operation against the loopback fake server: the exact request on the
// wire (method, path, raw query, headers, body), the parsing of a realistic answer, the error
// mapping, client-side input checks, and which POSTs may be retried.

#include "api/accountapi.h"
#include "api/batchapi.h"
#include "api/classifierapi.h"
#include "api/classifyapi.h"
#include "api/configurationsapi.h"
#include "api/filesapi.h"
#include "fakehttpserver.h"
#include "manualclock.h"
#include "testclient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace docket::api;
using namespace Qt::Literals::StringLiterals;
using docket::test::FakeHttpServer;
using docket::test::ManualClock;
using docket::test::RecordedRequest;
using docket::test::ScriptedResponse;

namespace {

const QByteArray TenantQuery = "project_id=3f1c2a9e-0000-4000-8000-000000000001&organization_id=9a7b-org";

const QByteArray V1JobJson = R"({
  "id": "6f1e8a52-9d3b-4c1e-a1c0-6b1f2e3d4c5b",
  "project_id": "3f1c2a9e-0000-4000-8000-000000000001",
  "user_id": "user-42",
  "rules": [{"type": "invoice", "description": "A bill that asks for payment"}],
  "status": "PENDING",
  "mode": "FAST",
  "parsing_configuration": {"lang": "en", "max_pages": 5, "target_pages": null},
  "created_at": "2026-11-20T09:15:00.123456Z",
  "updated_at": "2026-11-20T09:15:00+00:00",
  "effective_at": "2026-11-20T09:15:00Z",
  "error_message": null,
  "job_record_id": null,
  "a_field_from_the_future": {"x": 1}
})";

const QByteArray V2JobJson = R"({
  "id": "cls-7d2f",
  "project_id": "3f1c2a9e-0000-4000-8000-000000000001",
  "user_id": "user-42",
  "status": "COMPLETED",
  "document_input_type": "file_id",
  "file_input": "dfl-81c0",
  "configuration": {"rules": [{"type": "receipt", "description": "Proof of a payment already made"}],
                    "mode": "FAST", "parsing_configuration": {"lang": "de", "max_pages": 3, "target_pages": "1,3-4"}},
  "configuration_id": null,
  "result": {"type": "receipt", "confidence": 0.93, "reasoning": "Shows a paid total and a till number."},
  "error_message": null,
  "parse_job_id": "pjb-11",
  "transaction_id": "docket-abc",
  "created_at": "2026-11-20T09:15:00Z",
  "updated_at": "2026-11-20T09:16:30.5Z"
})";

const QByteArray FileJson = R"({
  "id": "dfl-81c0", "name": "invoice-march.pdf", "project_id": "3f1c2a9e-0000-4000-8000-000000000001",
  "external_file_id": "ext-7", "file_type": "pdf", "last_modified_at": "2026-11-20T09:14:00Z",
  "expires_at": null, "purpose": "classify", "download_url": null
})";

const QByteArray BatchJobJson = R"({
  "id": "bat-5", "project_id": "3f1c2a9e-0000-4000-8000-000000000001", "job_type": "classify",
  "status": "dispatched", "total_items": 40, "processed_items": 12, "failed_items": 1, "skipped_items": 0,
  "directory_id": "dir-2", "workflow_id": null, "started_at": "2026-11-20T09:00:00Z", "completed_at": null,
  "created_at": "2026-11-20T08:59:59Z", "updated_at": null, "effective_at": "2026-11-20T09:00:00Z",
  "error_message": null, "job_record_id": null
})";

const QByteArray ConfigurationJson = R"({
  "id": "cfg-9", "name": "Invoices vs receipts", "product_type": "classify_v2",
  "version": "2026-11-20T09:00:00Z",
  "parameters": {"product_type": "classify_v2", "mode": "FAST",
                 "rules": [{"type": "invoice", "description": "A bill that asks for payment"}]},
  "created_at": "2026-11-20T09:00:00Z", "updated_at": "2026-11-20T09:00:00Z"
})";

// QVERIFY2 evaluates its message even when the check passes.
template<typename T>
QString describe(const Result<T> &r)
{
    return r.ok() ? QString() : r.error().toDisplayString();
}

QJsonObject bodyOf(const RecordedRequest &request)
{
    return QJsonDocument::fromJson(request.body).object();
}

Rule rule(const QString &type, const QString &description)
{
    return Rule{type, description};
}

ClassifyV2CreateRequest v2Create()
{
    ClassifyV2CreateRequest body;
    body.fileInput = QStringLiteral("dfl-81c0");
    ClassifyV2Configuration configuration;
    configuration.rules = {rule(QStringLiteral("receipt"), QStringLiteral("Proof of a payment already made"))};
    body.configuration = configuration;
    return body;
}

} // namespace

class EndpointsTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<FakeHttpServer> server;
    std::unique_ptr<ManualClock> clock;
    std::unique_ptr<ApiClient> client;

    void makeClient(int maxRetries = RetryPolicy::DefaultMaxRetries)
    {
        clock = std::make_unique<ManualClock>();
        client = docket::test::makeTestClient(*server, clock.get(), maxRetries);
        ConnectionSettings c = client->connection();
        c.projectId = QStringLiteral("3f1c2a9e-0000-4000-8000-000000000001");
        c.organizationId = QStringLiteral("9a7b-org");
        client->setConnection(c);
    }

    // Runs one call to the end. Also checks that the callback is never invoked from inside the
    // call itself, whatever the outcome.
    template<typename T, typename Start>
    Result<T> await(Start start)
    {
        std::optional<Result<T>> result;
        bool returned = false;
        bool calledSynchronously = false;
        start([&](Result<T> r) {
            if (!returned)
                calledSynchronously = true;
            result = std::move(r);
        });
        returned = true;
        if (calledSynchronously)
            qFatal("callback ran synchronously inside the call");
        if (!QTest::qWaitFor([&] { return result.has_value(); }, 20000))
            qFatal("request never finished");
        return *result;
    }

    const RecordedRequest &onlyRequest()
    {
        if (server->requestCount() != 1)
            qFatal("expected exactly one request, got %d", server->requestCount());
        return server->requests().first();
    }

    static void verifyJsonHeaders(const RecordedRequest &req)
    {
        QCOMPARE(req.headers.value("content-type"), QByteArray("application/json"));
        QCOMPARE(req.headers.value("authorization"), QByteArray("Bearer llx-test-key"));
        QCOMPARE(req.headers.value("accept"), QByteArray("application/json"));
    }

    QString writeTempFile(QTemporaryDir &dir, const QString &name, const QByteArray &content)
    {
        const QString path = dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size())
            qFatal("cannot write the temporary file");
        return path;
    }

private Q_SLOTS:
    void init()
    {
        server = std::make_unique<FakeHttpServer>();
        QVERIFY(server->listen());
        makeClient();
    }

    void cleanup()
    {
        client.reset();
        clock.reset();
        server.reset();
    }

    // --- v1 classifier ---------------------------------------------------------------------

    void v1CreatePostsTheJobAsJson()
    {
        ClassifierApi api(client.get());
        ClassifyJobCreate body;
        body.fileIds = {QStringLiteral("6f1e8a52-0000-4000-8000-00000000000a"), QStringLiteral("6f1e8a52-0000-4000-8000-00000000000b")};
        body.rules = {rule(QStringLiteral("invoice"), QStringLiteral("A bill that asks for payment"))};
        body.mode = QStringLiteral("MULTIMODAL");
        body.parsingConfiguration.maxPages.reset();
        server->enqueue(ScriptedResponse::json(200, V1JobJson));

        const auto r = await<ClassifyJob>([&](auto done) { return api.createJob(body, this, done); });
        QVERIFY2(r.ok(), qPrintable(describe(r)));
        const auto &req = onlyRequest();
        QCOMPARE(req.method, QByteArray("POST"));
        QCOMPARE(req.path, QStringLiteral("/api/v1/classifier/jobs"));
        QCOMPARE(req.rawQuery, TenantQuery);
        verifyJsonHeaders(req);
        const QJsonObject sent = bodyOf(req);
        QCOMPARE(sent.value("file_ids"_L1).toArray().size(), 2);
        QCOMPARE(sent.value("rules"_L1).toArray().at(0).toObject().value("type"_L1).toString(), QStringLiteral("invoice"));
        QCOMPARE(sent.value("mode"_L1).toString(), QStringLiteral("MULTIMODAL"));
        // "No page limit" must be an explicit null: leaving it out would mean the default of 5.
        const QJsonObject parsing = sent.value("parsing_configuration"_L1).toObject();
        QVERIFY(parsing.contains("max_pages"_L1));
        QVERIFY(parsing.value("max_pages"_L1).isNull());
        QCOMPARE(sent, body.toJson());

        const ClassifyJob &job = r.value();
        QCOMPARE(job.id, QStringLiteral("6f1e8a52-9d3b-4c1e-a1c0-6b1f2e3d4c5b"));
        QCOMPARE(job.status, QStringLiteral("PENDING"));
        QCOMPARE(job.rules.size(), 1);
        QCOMPARE(job.parsingConfiguration.maxPages, std::optional<qint64>(5));
        QVERIFY(job.createdAt.has_value());
        QCOMPARE(job.createdAt->toUTC(), QDateTime(QDate(2026, 11, 20), QTime(9, 15, 0, 123), QTimeZone::utc()));
    }

    void v1CreateIsNotRetriedAfter503()
    {
        ClassifierApi api(client.get());
        ClassifyJobCreate body;
        body.fileIds = {QStringLiteral("f-1")};
        body.rules = {rule(QStringLiteral("invoice"), QStringLiteral("A bill that asks for payment"))};
        server->enqueue(ScriptedResponse::json(503, R"({"detail":"Service Unavailable"})"));
        server->enqueue(ScriptedResponse::json(200, V1JobJson));
        const auto r = await<ClassifyJob>([&](auto done) { return api.createJob(body, this, done); });
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind(), ApiError::Kind::Server);
        QCOMPARE(r.error().httpStatus(), 503);
        QCOMPARE(server->requestCount(), 1);
        QVERIFY(clock->delays().isEmpty());
    }

    void v1ListEncodesPaging()
    {
        ClassifierApi api(client.get());
        server->enqueue(ScriptedResponse::json(200, "{\"items\": [" + V1JobJson + "], \"next_page_token\": \"b2Zm+/=\"}"));
        ClassifierJobListQuery q;
        q.pageSize = 20;
        q.pageToken = QStringLiteral("YWJj+/=");
        const auto r = await<ClassifyJobList>([&](auto done) { return api.listJobs(q, this, done); });
        QVERIFY(r.ok());
        const auto &req = onlyRequest();
        QCOMPARE(req.method, QByteArray("GET"));
        QCOMPARE(req.path, QStringLiteral("/api/v1/classifier/jobs"));
        QCOMPARE(req.rawQuery, "page_size=20&page_token=YWJj%2B%2F%3D&" + TenantQuery);
        QVERIFY(req.body.isEmpty());
        QCOMPARE(r.value().items.size(), 1);
        QCOMPARE(r.value().nextPageToken, std::optional<QString>(QStringLiteral("b2Zm+/=")));
        QVERIFY(r.value().hasNextPage());
    }

    void v1GetEscapesTheJobId()
    {
        ClassifierApi api(client.get());
        server->enqueue(ScriptedResponse::json(200, V1JobJson));
        const auto r = await<ClassifyJob>([&](auto done) { return api.getJob(QStringLiteral("a/b c?d"), this, done); });
        QVERIFY(r.ok());
        const auto &req = onlyRequest();
        QCOMPARE(req.rawPath, QByteArray("/api/v1/classifier/jobs/a%2Fb%20c%3Fd"));
        QCOMPARE(req.rawQuery, TenantQuery);
    }

    void v1ResultsKeepNullTypeAsNoMatch()
    {
        ClassifierApi api(client.get());
        server->enqueue(ScriptedResponse::json(200, R"({"items": [
            {"id": "r-1", "classify_job_id": "job-1", "file_id": "f-1",
             "result": {"type": "invoice", "confidence": 0.81, "reasoning": "Has an amount due."}},
            {"id": "r-2", "classify_job_id": "job-1", "file_id": "f-2",
             "result": {"type": null, "confidence": 0.2, "reasoning": "Matches no rule."}},
            {"id": "r-3", "classify_job_id": "job-1", "file_id": null, "result": null}],
            "next_page_token": null, "total_size": 3})"));
        const auto r = await<ClassifyJobResults>([&](auto done) { return api.getResults(QStringLiteral("job-1"), this, done); });
        QVERIFY(r.ok());
        const auto &req = onlyRequest();
        QCOMPARE(req.method, QByteArray("GET"));
        QCOMPARE(req.path, QStringLiteral("/api/v1/classifier/jobs/job-1/results"));
        QCOMPARE(req.rawQuery, TenantQuery);
        const auto &items = r.value().items;
        QCOMPARE(items.size(), 3);
        QCOMPARE(items[0].result->type, std::optional<QString>(QStringLiteral("invoice")));
        QVERIFY(items[1].result.has_value());
        QVERIFY(!items[1].result->type.has_value());
        QVERIFY(!items[2].result.has_value());
        QVERIFY(!items[2].fileId.has_value());
        QCOMPARE(r.value().totalSize, std::optional<qint64>(3));
        QVERIFY(!r.value().hasNextPage());
    }

    // --- v2 classify -----------------------------------------------------------------------

    void v2CreateGeneratesATransactionId()
    {
        ClassifyApi api(client.get());
        server->enqueue(ScriptedResponse::json(200, V2JobJson));
        const auto r = await<ClassifyV2Job>([&](auto done) { return api.create(v2Create(), this, done); });
        QVERIFY(r.ok());
        const auto &req = onlyRequest();
        QCOMPARE(req.method, QByteArray("POST"));
        QCOMPARE(req.path, QStringLiteral("/api/v2/classify"));
        QCOMPARE(req.rawQuery, TenantQuery);
        verifyJsonHeaders(req);
        const QJsonObject sent = bodyOf(req);
        QCOMPARE(sent.value("file_input"_L1).toString(), QStringLiteral("dfl-81c0"));
        QCOMPARE(sent.value("configuration"_L1).toObject().value("rules"_L1).toArray().size(), 1);
        const QString transactionId = sent.value("transaction_id"_L1).toString();
        static const QRegularExpression uuidKey(QStringLiteral("^docket-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"));
        QVERIFY2(uuidKey.match(transactionId).hasMatch(), qPrintable(transactionId));
        // project_id travels in the query, never in the body.
        QVERIFY(!sent.contains("project_id"_L1));

        const ClassifyV2Job &job = r.value();
        QCOMPARE(job.id, QStringLiteral("cls-7d2f"));
        QCOMPARE(job.status, QStringLiteral("COMPLETED"));
        QCOMPARE(job.fileInput, QStringLiteral("dfl-81c0"));
        QCOMPARE(job.result->type, std::optional<QString>(QStringLiteral("receipt")));
        QCOMPARE(job.result->confidence, 0.93);
        QCOMPARE(job.configuration.parsingConfiguration->targetPages, std::optional<QString>(QStringLiteral("1,3-4")));
        QCOMPARE(job.configuration.parsingConfiguration->lang, QStringLiteral("de"));
    }

    void v2CreateKeepsTheCallersTransactionId()
    {
        ClassifyApi api(client.get());
        ClassifyV2CreateRequest body = v2Create();
        body.transactionId = QStringLiteral("outbox-17-file-3");
        server->enqueue(ScriptedResponse::json(200, V2JobJson));
        QVERIFY((await<ClassifyV2Job>([&](auto done) { return api.create(body, this, done); }).ok()));
        QCOMPARE(bodyOf(onlyRequest()).value("transaction_id"_L1).toString(), QStringLiteral("outbox-17-file-3"));
    }

    void v2CreateRetriesWithTheSameTransactionId()
    {
        ClassifyApi api(client.get());
        server->enqueue(ScriptedResponse::json(503, R"({"detail":"busy"})"));
        server->enqueue(ScriptedResponse::json(200, V2JobJson));
        const auto r = await<ClassifyV2Job>([&](auto done) { return api.create(v2Create(), this, done); });
        QVERIFY(r.ok());
        QCOMPARE(server->requestCount(), 2);
        const QString first = bodyOf(server->requests().at(0)).value("transaction_id"_L1).toString();
        const QString second = bodyOf(server->requests().at(1)).value("transaction_id"_L1).toString();
        QVERIFY(!first.isEmpty());
        QCOMPARE(second, first);
        QCOMPARE(server->requests().at(0).body, server->requests().at(1).body);
        QCOMPARE(clock->delays(), QList<int>{500});
    }

    void v2CreatesGetDistinctTransactionIds()
    {
        ClassifyApi api(client.get());
        server->enqueue(ScriptedResponse::json(200, V2JobJson));
        server->enqueue(ScriptedResponse::json(200, V2JobJson));
        QVERIFY((await<ClassifyV2Job>([&](auto done) { return api.create(v2Create(), this, done); }).ok()));
        QVERIFY((await<ClassifyV2Job>([&](auto done) { return api.create(v2Create(), this, done); }).ok()));
        QCOMPARE(server->requestCount(), 2);
        QVERIFY(bodyOf(server->requests().at(0)).value("transaction_id"_L1).toString()
                != bodyOf(server->requests().at(1)).value("transaction_id"_L1).toString());
    }

    void v2ListEncodesEveryFilter()
    {
        ClassifyApi api(client.get());
        server->enqueue(ScriptedResponse::json(200, "{\"items\": [" + V2JobJson + "], \"next_page_token\": \"\"}"));
        ClassifyV2ListQuery q;
        q.pageSize = 100;
        q.pageToken = QStringLiteral("tok");
        q.status = QStringLiteral("RUNNING");
        q.jobIds = {QStringLiteral("cls-1"), QStringLiteral("cls-2"), QStringLiteral("cls 3")};
        q.configurationId = QStringLiteral("cfg-9");
        q.createdAtOnOrAfter = QDateTime(QDate(2026, 3, 1), QTime(10, 0), QTimeZone::utc());
        q.createdAtOnOrBefore = QDateTime(QDate(2026, 3, 1), QTime(12, 30), QTimeZone(3600));
        const auto r = await<ClassifyV2JobList>([&](auto done) { return api.list(q, this, done); });
        QVERIFY(r.ok());
        const auto &req = onlyRequest();
        QCOMPARE(req.method, QByteArray("GET"));
        QCOMPARE(req.path, QStringLiteral("/api/v2/classify"));
        QCOMPARE(req.rawQuery, "page_size=100&page_token=tok&status=RUNNING&job_ids=cls-1&job_ids=cls-2&job_ids=cls%203"
                               "&configuration_id=cfg-9&created_at_on_or_after=2026-03-01T10%3A00%3A00.000Z"
                               "&created_at_on_or_before=2026-03-01T11%3A30%3A00.000Z&"
                               + TenantQuery);
        QCOMPARE(r.value().items.size(), 1);
        QVERIFY(!r.value().hasNextPage());
    }

    void v2GetAndCancel()
    {
        ClassifyApi api(client.get());
        server->enqueue(ScriptedResponse::json(200, V2JobJson));
        QVERIFY((await<ClassifyV2Job>([&](auto done) { return api.get(QStringLiteral("cls-7d2f"), this, done); }).ok()));
        QCOMPARE(server->requests().at(0).method, QByteArray("GET"));
        QCOMPARE(server->requests().at(0).path, QStringLiteral("/api/v2/classify/cls-7d2f"));
        QCOMPARE(server->requests().at(0).rawQuery, TenantQuery);

        QByteArray cancelled = V2JobJson;
        cancelled.replace("\"COMPLETED\"", "\"CANCELLED\"");
        server->enqueue(ScriptedResponse::json(200, cancelled));
        const auto r = await<ClassifyV2Job>([&](auto done) { return api.cancel(QStringLiteral("cls-7d2f"), this, done); });
        QVERIFY(r.ok());
        QCOMPARE(r.value().status, QStringLiteral("CANCELLED"));
        const auto &req = server->requests().at(1);
        QCOMPARE(req.method, QByteArray("POST"));
        QCOMPARE(req.path, QStringLiteral("/api/v2/classify/cls-7d2f/cancel"));
        QCOMPARE(req.rawQuery, TenantQuery);
        QCOMPARE(req.bodySize, 0); // the op takes no body
    }

    void v2AcceptsTheOlderDocumentInputValueName()
    {
        ClassifyApi api(client.get());
        QByteArray older = V2JobJson;
        older.replace("\"file_input\"", "\"document_input_value\"");
        server->enqueue(ScriptedResponse::json(200, older));
        const auto r = await<ClassifyV2Job>([&](auto done) { return api.get(QStringLiteral("cls-7d2f"), this, done); });
        QVERIFY(r.ok());
        QCOMPARE(r.value().fileInput, QStringLiteral("dfl-81c0"));
    }

    // --- files -----------------------------------------------------------------------------

    void uploadSendsMultipartFileAndPurpose()
    {
        QTemporaryDir dir;
        QByteArray content = "%PDF-1.7\n";
        for (int i = 0; i < 5000; ++i)
            content += QByteArray::number(i) + '\n';
        const QString path = writeTempFile(dir, QStringLiteral("invoice-march.pdf"), content);
        FilesApi api(client.get());
        server->enqueue(ScriptedResponse::json(201, FileJson));
        qint64 lastSent = 0, lastTotal = 0;
        const auto r = await<FileV2>([&](auto done) {
            ApiRequest *request = api.upload(path, this, done, QStringLiteral("classify"), QStringLiteral("ext-7"));
            connect(request, &ApiRequest::uploadProgress, this, [&](qint64 s, qint64 t) { lastSent = s; lastTotal = t; });
            return request;
        });
        QVERIFY2(r.ok(), qPrintable(describe(r)));
        const auto &req = onlyRequest();
        QCOMPARE(req.method, QByteArray("POST"));
        QCOMPARE(req.path, QStringLiteral("/api/v1/beta/files"));
        QCOMPARE(req.rawQuery, TenantQuery);
        const QByteArray contentType = req.headers.value("content-type");
        QVERIFY2(contentType.startsWith("multipart/form-data; boundary="), contentType.constData());
        QByteArray boundary = contentType.mid(contentType.indexOf("boundary=") + 9);
        if (boundary.startsWith('"'))
            boundary = boundary.mid(1, boundary.size() - 2);
        const QByteArray delimiter = "--" + boundary;
        QVERIFY(req.body.startsWith(QByteArray(delimiter + "\r\n")));
        QVERIFY(req.body.trimmed().endsWith(QByteArray(delimiter + "--")));
        QVERIFY(req.body.contains("Content-Disposition: form-data; name=\"purpose\"\r\n\r\nclassify\r\n"));
        QVERIFY(req.body.contains("Content-Disposition: form-data; name=\"external_file_id\"\r\n\r\next-7\r\n"));
        QVERIFY(req.body.contains("Content-Disposition: form-data; name=\"file\"; filename=\"invoice-march.pdf\""));
        QVERIFY(req.body.contains("Content-Type: application/pdf"));
        QVERIFY(req.body.contains(QByteArray("\r\n\r\n" + content + "\r\n" + delimiter)));
        QCOMPARE(req.bodySize, req.headers.value("content-length").toLongLong());
        QCOMPARE(lastSent, lastTotal);
        QVERIFY(lastTotal > content.size());

        const FileV2 &file = r.value();
        QCOMPARE(file.id, QStringLiteral("dfl-81c0"));
        QCOMPARE(file.name, QStringLiteral("invoice-march.pdf"));
        QCOMPARE(file.purpose, std::optional<QString>(QStringLiteral("classify")));
        QVERIFY(!file.expiresAt.has_value());
    }

    void uploadIsNotRetriedAfterSending()
    {
        QTemporaryDir dir;
        const QString path = writeTempFile(dir, QStringLiteral("a.pdf"), QByteArray(20'000, 'a'));
        FilesApi api(client.get());
        server->enqueue(ScriptedResponse::json(503, R"({"detail":"busy"})"));
        server->enqueue(ScriptedResponse::json(201, FileJson));
        const auto r = await<FileV2>([&](auto done) { return api.upload(path, this, done); });
        QCOMPARE(r.error().kind(), ApiError::Kind::Server);
        QCOMPARE(server->requestCount(), 1);
    }

    void uploadOfAMissingFileFailsWithoutSending()
    {
        FilesApi api(client.get());
        const auto r = await<FileV2>([&](auto done) { return api.upload(QStringLiteral("/nonexistent/dir/x.pdf"), this, done); });
        QCOMPARE(r.error().kind(), ApiError::Kind::InvalidInput);
        QCOMPARE(server->requestCount(), 0);
    }

    void filesGetListAndRemove()
    {
        FilesApi api(client.get());
        server->enqueue(ScriptedResponse::json(200, FileJson));
        QVERIFY((await<FileV2>([&](auto done) { return api.get(QStringLiteral("dfl-81c0"), this, done); }).ok()));
        QCOMPARE(server->requests().at(0).method, QByteArray("GET"));
        QCOMPARE(server->requests().at(0).path, QStringLiteral("/api/v1/beta/files/dfl-81c0"));

        server->enqueue(ScriptedResponse::json(200, "{\"items\": [" + FileJson + "], \"next_page_token\": \"n2\", \"total_size\": 7}"));
        FileListQuery q;
        q.pageSize = 1000;
        q.fileIds = {QStringLiteral("dfl-1"), QStringLiteral("dfl-2")};
        q.fileName = QStringLiteral("invoice march.pdf");
        q.externalFileId = QStringLiteral("ext-7");
        q.orderBy = QStringLiteral("name desc");
        const auto list = await<FileList>([&](auto done) { return api.list(q, this, done); });
        QVERIFY(list.ok());
        QCOMPARE(server->requests().at(1).path, QStringLiteral("/api/v1/beta/files"));
        QCOMPARE(server->requests().at(1).rawQuery,
                 "page_size=1000&file_ids=dfl-1&file_ids=dfl-2&file_name=invoice%20march.pdf&external_file_id=ext-7"
                 "&order_by=name%20desc&"
                     + TenantQuery);
        QCOMPARE(list.value().items.size(), 1);
        QCOMPARE(list.value().nextPageToken, std::optional<QString>(QStringLiteral("n2")));

        ScriptedResponse noContent;
        noContent.status = 204;
        server->enqueue(noContent);
        const auto removed = await<Empty>([&](auto done) { return api.remove(QStringLiteral("dfl-81c0"), this, done); });
        QVERIFY(removed.ok());
        QCOMPARE(server->requests().at(2).method, QByteArray("DELETE"));
        QCOMPARE(server->requests().at(2).path, QStringLiteral("/api/v1/beta/files/dfl-81c0"));
        QCOMPARE(server->requests().at(2).rawQuery, TenantQuery);
    }

    void removeOfAMissingFileIsNotFound()
    {
        FilesApi api(client.get());
        server->enqueue(ScriptedResponse::json(404, R"({"detail":"File not found"})"));
        const auto r = await<Empty>([&](auto done) { return api.remove(QStringLiteral("dfl-gone"), this, done); });
        QCOMPARE(r.error().kind(), ApiError::Kind::NotFound);
        QCOMPARE(r.error().message(), QStringLiteral("File not found"));
    }

    // --- batch -----------------------------------------------------------------------------

    void batchCreatePostsTheWholeJobConfig()
    {
        BatchApi api(client.get());
        BatchJobCreateRequest body;
        body.jobConfig.id = QStringLiteral("6f1e8a52-0000-4000-8000-0000000000cc");
        body.jobConfig.projectId = QStringLiteral("3f1c2a9e-0000-4000-8000-000000000001");
        body.jobConfig.userId = QStringLiteral("user-42");
        body.jobConfig.status = QStringLiteral("PENDING");
        body.jobConfig.rules = {rule(QStringLiteral("invoice"), QStringLiteral("A bill that asks for payment"))};
        body.directoryId = QStringLiteral("dir-2");
        body.pageSize = 250;
        server->enqueue(ScriptedResponse::json(201, BatchJobJson));
        const auto r = await<BatchJob>([&](auto done) { return api.create(body, this, done); });
        QVERIFY2(r.ok(), qPrintable(describe(r)));
        const auto &req = onlyRequest();
        QCOMPARE(req.method, QByteArray("POST"));
        QCOMPARE(req.path, QStringLiteral("/api/v1/beta/batch-processing"));
        QCOMPARE(req.rawQuery, TenantQuery);
        verifyJsonHeaders(req);
        const QJsonObject sent = bodyOf(req);
        QCOMPARE(sent, body.toJson());
        QCOMPARE(sent.value("job_config"_L1).toObject().value("user_id"_L1).toString(), QStringLiteral("user-42"));
        QCOMPARE(sent.value("page_size"_L1).toInt(), 250);
        QCOMPARE(r.value().status, QStringLiteral("dispatched"));
        QCOMPARE(r.value().processedItems, 12);
    }

    void batchCreateIsNotRetriedAfter503()
    {
        BatchApi api(client.get());
        BatchJobCreateRequest body;
        body.jobConfig.rules = {rule(QStringLiteral("invoice"), QStringLiteral("A bill that asks for payment"))};
        body.itemIds = QStringList{QStringLiteral("dfl-1")};
        server->enqueue(ScriptedResponse::json(503, "{}"));
        server->enqueue(ScriptedResponse::json(201, BatchJobJson));
        const auto r = await<BatchJob>([&](auto done) { return api.create(body, this, done); });
        QCOMPARE(r.error().kind(), ApiError::Kind::Server);
        QCOMPARE(server->requestCount(), 1);
    }

    void batchListStatusAndItems()
    {
        BatchApi api(client.get());
        server->enqueue(ScriptedResponse::json(200, "{\"items\": [" + BatchJobJson + "], \"total_size\": 41}"));
        BatchListQuery q;
        q.limit = 1;
        q.offset = 40;
        q.directoryId = QStringLiteral("dir-2");
        q.jobType = QStringLiteral("classify");
        q.status = QStringLiteral("running");
        const auto list = await<BatchJobList>([&](auto done) { return api.list(q, this, done); });
        QVERIFY(list.ok());
        QCOMPARE(server->requests().at(0).path, QStringLiteral("/api/v1/beta/batch-processing"));
        QCOMPARE(server->requests().at(0).rawQuery,
                 "directory_id=dir-2&job_type=classify&status=running&limit=1&offset=40&" + TenantQuery);
        QCOMPARE(list.value().totalSize, std::optional<qint64>(41));

        server->enqueue(ScriptedResponse::json(200, "{\"job\": " + BatchJobJson + ", \"progress_percentage\": 32.5}"));
        const auto status = await<BatchJobStatus>([&](auto done) { return api.status(QStringLiteral("bat-5"), this, done); });
        QVERIFY(status.ok());
        QCOMPARE(server->requests().at(1).method, QByteArray("GET"));
        QCOMPARE(server->requests().at(1).path, QStringLiteral("/api/v1/beta/batch-processing/bat-5"));
        QCOMPARE(status.value().progressPercentage, 32.5);
        QCOMPARE(status.value().job.totalItems, 40);

        server->enqueue(ScriptedResponse::json(200, R"({"items": [
            {"item_id": "dfl-1", "item_name": "a.pdf", "status": "completed", "job_id": "cls-1"},
            {"item_id": "dfl-2", "item_name": "b.pdf", "status": "skipped", "skip_reason": "size_limit_exceeded"}],
            "total_size": 2, "next_page_token": null})"));
        BatchItemsQuery iq;
        iq.limit = 100;
        iq.offset = 0;
        iq.status = QStringLiteral("failed");
        const auto items = await<BatchItemList>([&](auto done) { return api.items(QStringLiteral("bat-5"), iq, this, done); });
        QVERIFY(items.ok());
        QCOMPARE(server->requests().at(2).path, QStringLiteral("/api/v1/beta/batch-processing/bat-5/items"));
        QCOMPARE(server->requests().at(2).rawQuery, "status=failed&limit=100&offset=0&" + TenantQuery);
        QCOMPARE(items.value().items.size(), 2);
        QCOMPARE(items.value().items[0].jobId, std::optional<QString>(QStringLiteral("cls-1")));
        QCOMPARE(items.value().items[1].skipReason, std::optional<QString>(QStringLiteral("size_limit_exceeded")));
    }

    void batchCancelSendsAJsonBody_data()
    {
        QTest::addColumn<std::optional<QString>>("reason");
        QTest::addColumn<QByteArray>("expectedBody");
        QTest::newRow("no reason") << std::optional<QString>() << QByteArray("{}");
        QTest::newRow("reason") << std::optional<QString>(QStringLiteral("wrong folder")) << QByteArray(R"({"reason":"wrong folder"})");
    }

    void batchCancelSendsAJsonBody()
    {
        QFETCH(std::optional<QString>, reason);
        QFETCH(QByteArray, expectedBody);
        BatchApi api(client.get());
        server->enqueue(ScriptedResponse::json(
            200, R"({"job_id": "bat-5", "status": "cancelled", "processed_items": 12, "message": "Batch job cancelled"})"));
        const auto r = await<BatchCancelResponse>([&](auto done) { return api.cancel(QStringLiteral("bat-5"), reason, this, done); });
        QVERIFY(r.ok());
        const auto &req = onlyRequest();
        QCOMPARE(req.method, QByteArray("POST"));
        QCOMPARE(req.path, QStringLiteral("/api/v1/beta/batch-processing/bat-5/cancel"));
        QCOMPARE(req.rawQuery, TenantQuery);
        verifyJsonHeaders(req);
        QCOMPARE(req.body, expectedBody);
        QCOMPARE(r.value().status, QStringLiteral("cancelled"));
        QCOMPARE(r.value().processedItems, 12);
        QCOMPARE(r.value().message, QStringLiteral("Batch job cancelled"));
    }

    // --- account ---------------------------------------------------------------------------

    void projectsAreABareArrayAndNotTenantScoped()
    {
        AccountApi api(client.get());
        server->enqueue(ScriptedResponse::json(200, R"([
            {"id": "3f1c2a9e-0000-4000-8000-000000000001", "name": "Default", "organization_id": "9a7b-org", "is_default": true,
             "created_at": "2026-01-01T00:00:00Z", "ad_hoc_eval_dataset_id": null},
            {"id": "3f1c2a9e-0000-4000-8000-000000000002", "name": "Finance", "organization_id": "9a7b-org"}])"));
        const auto r = await<QList<Project>>([&](auto done) { return api.projects(QStringLiteral("9a7b-org"), this, done); });
        QVERIFY(r.ok());
        const auto &req = onlyRequest();
        QCOMPARE(req.method, QByteArray("GET"));
        QCOMPARE(req.path, QStringLiteral("/api/v1/projects"));
        QCOMPARE(req.rawQuery, QByteArray("organization_id=9a7b-org"));
        QCOMPARE(r.value().size(), 2);
        QVERIFY(r.value()[0].isDefault);
        QVERIFY(!r.value()[1].isDefault);
        QCOMPARE(r.value()[1].name, QStringLiteral("Finance"));
    }

    void projectsWithoutOrganizationSendNoQuery()
    {
        AccountApi api(client.get());
        server->enqueue(ScriptedResponse::json(200, "[]"));
        const auto r = await<QList<Project>>([&](auto done) { return api.projects(std::nullopt, this, done); });
        QVERIFY(r.ok());
        QVERIFY(r.value().isEmpty());
        QVERIFY(onlyRequest().rawQuery.isEmpty());
    }

    void organizationsAreABareArray()
    {
        AccountApi api(client.get());
        server->enqueue(ScriptedResponse::json(200, R"([{"id": "9a7b-org", "name": "Acme", "parse_plan_level": "PREMIUM",
            "feature_flags": {"classify_v2": true}}])"));
        const auto r = await<QList<Organization>>([&](auto done) { return api.organizations(this, done); });
        QVERIFY(r.ok());
        const auto &req = onlyRequest();
        QCOMPARE(req.path, QStringLiteral("/api/v1/organizations"));
        QVERIFY(req.rawQuery.isEmpty());
        QCOMPARE(r.value().size(), 1);
        QCOMPARE(r.value()[0].parsePlanLevel, QStringLiteral("PREMIUM"));
        QCOMPARE(r.value()[0].featureFlags->value("classify_v2"_L1).toBool(), true);
    }

    void organizationsAsAnObjectIsAShapeError()
    {
        AccountApi api(client.get());
        server->enqueue(ScriptedResponse::json(200, R"({"items": []})"));
        const auto r = await<QList<Organization>>([&](auto done) { return api.organizations(this, done); });
        QCOMPARE(r.error().kind(), ApiError::Kind::UnexpectedShape);
    }

    // --- configurations --------------------------------------------------------------------

    void configurationCreateSendsClassifyParameters()
    {
        ConfigurationsApi api(client.get());
        ConfigurationCreateRequest body;
        body.name = QStringLiteral("Invoices vs receipts");
        body.parameters.rules = {rule(QStringLiteral("invoice"), QStringLiteral("A bill that asks for payment"))};
        server->enqueue(ScriptedResponse::json(201, ConfigurationJson));
        const auto r = await<ConfigurationResponse>([&](auto done) { return api.create(body, this, done); });
        QVERIFY2(r.ok(), qPrintable(describe(r)));
        const auto &req = onlyRequest();
        QCOMPARE(req.method, QByteArray("POST"));
        QCOMPARE(req.path, QStringLiteral("/api/v1/beta/configurations"));
        QCOMPARE(req.rawQuery, TenantQuery);
        verifyJsonHeaders(req);
        const QJsonObject sent = bodyOf(req);
        QCOMPARE(sent.value("name"_L1).toString(), QStringLiteral("Invoices vs receipts"));
        const QJsonObject params = sent.value("parameters"_L1).toObject();
        QCOMPARE(params.value("product_type"_L1).toString(), QStringLiteral("classify_v2"));
        QCOMPARE(params.value("rules"_L1).toArray().size(), 1);
        QVERIFY(r.value().isClassify());
        QCOMPARE(r.value().classify->rules.at(0).type, QStringLiteral("invoice"));
    }

    void configurationsListGetAndRemove()
    {
        ConfigurationsApi api(client.get());
        server->enqueue(ScriptedResponse::json(200, "{\"items\": [" + ConfigurationJson + "]}"));
        ConfigurationListQuery q;
        q.productTypes << QStringLiteral("extract_v2");
        q.name = QStringLiteral("Invoices vs receipts");
        q.latestOnly = true;
        q.pageSize = 10;
        q.pageToken = QStringLiteral("p2");
        QVERIFY((await<ConfigurationList>([&](auto done) { return api.list(q, this, done); }).ok()));
        QCOMPARE(server->requests().at(0).path, QStringLiteral("/api/v1/beta/configurations"));
        QCOMPARE(server->requests().at(0).rawQuery,
                 "product_type=classify_v2&product_type=extract_v2&name=Invoices%20vs%20receipts&latest_only=true"
                 "&page_size=10&page_token=p2&"
                     + TenantQuery);

        server->enqueue(ScriptedResponse::json(200, ConfigurationJson));
        QVERIFY((await<ConfigurationResponse>([&](auto done) { return api.get(QStringLiteral("cfg-9"), this, done); }).ok()));
        QCOMPARE(server->requests().at(1).method, QByteArray("GET"));
        QCOMPARE(server->requests().at(1).path, QStringLiteral("/api/v1/beta/configurations/cfg-9"));

        ScriptedResponse noContent;
        noContent.status = 204;
        server->enqueue(noContent);
        QVERIFY((await<Empty>([&](auto done) { return api.remove(QStringLiteral("cfg-9"), this, done); }).ok()));
        QCOMPARE(server->requests().at(2).method, QByteArray("DELETE"));
        QCOMPARE(server->requests().at(2).path, QStringLiteral("/api/v1/beta/configurations/cfg-9"));
        QCOMPARE(server->requests().at(2).rawQuery, TenantQuery);
    }

    void configurationsListDefaultsToClassifyPresets()
    {
        ConfigurationsApi api(client.get());
        server->enqueue(ScriptedResponse::json(200, R"({"items": []})"));
        QVERIFY((await<ConfigurationList>([&](auto done) { return api.list({}, this, done); }).ok()));
        QCOMPARE(onlyRequest().rawQuery, "product_type=classify_v2&" + TenantQuery);
    }

    // --- client-side checks ----------------------------------------------------------------

    void rejectsInvalidInputWithoutSending_data()
    {
        QTest::addColumn<QString>("operation");
        QTest::addColumn<QString>("field");
        QTest::newRow("v1 create, 501 files") << QStringLiteral("v1-create-501") << QStringLiteral("file_ids");
        QTest::newRow("v1 create, no files") << QStringLiteral("v1-create-0") << QStringLiteral("file_ids");
        QTest::newRow("v1 create, no rules") << QStringLiteral("v1-create-no-rules") << QStringLiteral("rules");
        QTest::newRow("v1 get, empty id") << QStringLiteral("v1-get-empty") << QStringLiteral("classify_job_id");
        QTest::newRow("v2 list, page_size 0") << QStringLiteral("v2-list-0") << QStringLiteral("page_size");
        QTest::newRow("v2 list, page_size 101") << QStringLiteral("v2-list-101") << QStringLiteral("page_size");
        QTest::newRow("v2 create, no input") << QStringLiteral("v2-create-no-input") << QStringLiteral("file_input");
        QTest::newRow("v2 create, 201-char input") << QStringLiteral("v2-create-long-input") << QStringLiteral("file_input");
        QTest::newRow("v2 create, 256-char key") << QStringLiteral("v2-create-long-key") << QStringLiteral("transaction_id");
        QTest::newRow("v2 create, no configuration") << QStringLiteral("v2-create-no-config") << QStringLiteral("configuration");
        QTest::newRow("v2 create, 5 webhook ids") << QStringLiteral("v2-create-5-webhooks") << QStringLiteral("webhook_configuration_ids");
        QTest::newRow("v2 cancel, blank id") << QStringLiteral("v2-cancel-blank") << QStringLiteral("job_id");
        QTest::newRow("files list, page_size 1001") << QStringLiteral("files-list-1001") << QStringLiteral("page_size");
        QTest::newRow("batch list, limit 0") << QStringLiteral("batch-list-0") << QStringLiteral("limit");
        QTest::newRow("batch items, negative offset") << QStringLiteral("batch-items-neg") << QStringLiteral("offset");
        QTest::newRow("batch create, no source") << QStringLiteral("batch-create-no-source") << QStringLiteral("directory_id");
        QTest::newRow("configuration create, no name") << QStringLiteral("config-create-no-name") << QStringLiteral("name");
    }

    void rejectsInvalidInputWithoutSending()
    {
        QFETCH(QString, operation);
        QFETCH(QString, field);
        ClassifierApi v1(client.get());
        ClassifyApi v2(client.get());
        FilesApi files(client.get());
        BatchApi batch(client.get());
        ConfigurationsApi configurations(client.get());
        auto v1Body = [](int files) {
            ClassifyJobCreate body;
            for (int i = 0; i < files; ++i)
                body.fileIds << QStringLiteral("f-%1").arg(i);
            body.rules = {rule(QStringLiteral("invoice"), QStringLiteral("A bill that asks for payment"))};
            return body;
        };

        std::optional<ApiError> error;
        auto expectError = [&](auto result) {
            QVERIFY(!result.ok());
            error = result.error();
        };
        if (operation == "v1-create-501"_L1) {
            expectError(await<ClassifyJob>([&](auto done) { return v1.createJob(v1Body(501), this, done); }));
        } else if (operation == "v1-create-0"_L1) {
            expectError(await<ClassifyJob>([&](auto done) { return v1.createJob(v1Body(0), this, done); }));
        } else if (operation == "v1-create-no-rules"_L1) {
            ClassifyJobCreate body = v1Body(3);
            body.rules.clear();
            expectError(await<ClassifyJob>([&](auto done) { return v1.createJob(body, this, done); }));
        } else if (operation == "v1-get-empty"_L1) {
            expectError(await<ClassifyJob>([&](auto done) { return v1.getJob(QString(), this, done); }));
        } else if (operation == "v2-list-0"_L1 || operation == "v2-list-101"_L1) {
            ClassifyV2ListQuery q;
            q.pageSize = operation.endsWith("-0"_L1) ? 0 : 101;
            expectError(await<ClassifyV2JobList>([&](auto done) { return v2.list(q, this, done); }));
        } else if (operation.startsWith("v2-create"_L1)) {
            ClassifyV2CreateRequest body = v2Create();
            if (operation.endsWith("no-input"_L1))
                body.fileInput.reset();
            else if (operation.endsWith("long-input"_L1))
                body.fileInput = QString(201, u'x');
            else if (operation.endsWith("long-key"_L1))
                body.transactionId = QString(256, u'k');
            else if (operation.endsWith("no-config"_L1))
                body.configuration.reset();
            else
                body.webhookConfigurationIds = QStringList{QStringLiteral("whc-1"), QStringLiteral("whc-2"), QStringLiteral("whc-3"), QStringLiteral("whc-4"), QStringLiteral("whc-5")};
            expectError(await<ClassifyV2Job>([&](auto done) { return v2.create(body, this, done); }));
        } else if (operation == "v2-cancel-blank"_L1) {
            expectError(await<ClassifyV2Job>([&](auto done) { return v2.cancel(QStringLiteral("  "), this, done); }));
        } else if (operation == "files-list-1001"_L1) {
            FileListQuery q;
            q.pageSize = 1001;
            expectError(await<FileList>([&](auto done) { return files.list(q, this, done); }));
        } else if (operation == "batch-list-0"_L1) {
            BatchListQuery q;
            q.limit = 0;
            expectError(await<BatchJobList>([&](auto done) { return batch.list(q, this, done); }));
        } else if (operation == "batch-items-neg"_L1) {
            BatchItemsQuery q;
            q.offset = -1;
            expectError(await<BatchItemList>([&](auto done) { return batch.items(QStringLiteral("bat-5"), q, this, done); }));
        } else if (operation == "batch-create-no-source"_L1) {
            BatchJobCreateRequest body;
            body.jobConfig.rules = {rule(QStringLiteral("invoice"), QStringLiteral("A bill that asks for payment"))};
            expectError(await<BatchJob>([&](auto done) { return batch.create(body, this, done); }));
        } else if (operation == "config-create-no-name"_L1) {
            ConfigurationCreateRequest body;
            body.parameters.rules = {rule(QStringLiteral("invoice"), QStringLiteral("A bill that asks for payment"))};
            expectError(await<ConfigurationResponse>([&](auto done) { return configurations.create(body, this, done); }));
        } else {
            QFAIL("unknown operation in the data table");
        }
        QVERIFY(error.has_value());
        QCOMPARE(error->kind(), ApiError::Kind::InvalidInput);
        QCOMPARE(error->field(), field);
        QVERIFY(!error->message().isEmpty());
        QCOMPARE(server->requestCount(), 0);
    }

    void invalidInputArrivesAfterTheCallReturns()
    {
        ClassifyApi api(client.get());
        ClassifyV2ListQuery q;
        q.pageSize = 0;
        std::optional<Result<ClassifyV2JobList>> result;
        ApiRequest *request = api.list(q, this, [&result](Result<ClassifyV2JobList> r) { result = std::move(r); });
        QVERIFY(request);
        QVERIFY(!result.has_value()); // never from inside the call
        QSignalSpy finished(request, &ApiRequest::finished);
        QTRY_VERIFY(result.has_value());
        QCOMPARE(finished.size(), 1);
        QCOMPARE(result->error().kind(), ApiError::Kind::InvalidInput);
        QVERIFY(result->error().message().contains(QStringLiteral("page_size")));
        QVERIFY(result->error().toDisplayString().contains(QStringLiteral("page_size")));
        QCOMPARE(server->requestCount(), 0);
    }

    void v1CreateAcceptsExactly500Files()
    {
        ClassifierApi api(client.get());
        ClassifyJobCreate body;
        for (int i = 0; i < 500; ++i)
            body.fileIds << QStringLiteral("f-%1").arg(i);
        body.rules = {rule(QStringLiteral("invoice"), QStringLiteral("A bill that asks for payment"))};
        server->enqueue(ScriptedResponse::json(200, V1JobJson));
        QVERIFY((await<ClassifyJob>([&](auto done) { return api.createJob(body, this, done); }).ok()));
        QCOMPARE(bodyOf(onlyRequest()).value("file_ids"_L1).toArray().size(), 500);
    }

    // --- error mapping ---------------------------------------------------------------------

    void mapsErrors_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("retryAfter");
        QTest::addColumn<ApiError::Kind>("kind");
        QTest::addColumn<QString>("message");

        QTest::newRow("401") << 401 << QByteArray(R"({"detail":"Invalid API key"})") << QByteArray()
                             << ApiError::Kind::Unauthorized << QStringLiteral("Invalid API key");
        QTest::newRow("402") << 402 << QByteArray(R"({"detail":"Insufficient credits"})") << QByteArray()
                             << ApiError::Kind::PaymentRequired << QStringLiteral("Insufficient credits");
        QTest::newRow("403") << 403 << QByteArray(R"({"detail":"No access to project"})") << QByteArray()
                             << ApiError::Kind::Forbidden << QStringLiteral("No access to project");
        QTest::newRow("404") << 404 << QByteArray(R"({"detail":"Job not found"})") << QByteArray()
                             << ApiError::Kind::NotFound << QStringLiteral("Job not found");
        QTest::newRow("409") << 409 << QByteArray(R"({"detail":"Job is already terminal"})") << QByteArray()
                             << ApiError::Kind::Conflict << QStringLiteral("Job is already terminal");
        QTest::newRow("429") << 429 << QByteArray(R"({"detail":"Too many requests"})") << QByteArray("7")
                             << ApiError::Kind::RateLimited << QStringLiteral("Too many requests");
        QTest::newRow("500") << 500
                             << QByteArray(R"({"detail":"Oops! Something went wrong on our end, correlation ID: 4c1d-77aa"})")
                             << QByteArray() << ApiError::Kind::Server
                             << QStringLiteral("Oops! Something went wrong on our end, correlation ID: 4c1d-77aa");
        QTest::newRow("502 html") << 502 << QByteArray("<html><body>Bad gateway</body></html>") << QByteArray()
                                  << ApiError::Kind::Server << QStringLiteral("<html><body>Bad gateway</body></html>");
    }

    void mapsErrors()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, retryAfter);
        QFETCH(ApiError::Kind, kind);
        QFETCH(QString, message);
        makeClient(0);
        ClassifyApi api(client.get());
        ScriptedResponse response = ScriptedResponse::json(status, body);
        if (!retryAfter.isEmpty())
            response.header("Retry-After", retryAfter);
        server->enqueue(response);
        const auto r = await<ClassifyV2Job>([&](auto done) { return api.get(QStringLiteral("cls-7d2f"), this, done); });
        QVERIFY(!r.ok());
        const ApiError &e = r.error();
        QCOMPARE(e.kind(), kind);
        QCOMPARE(e.httpStatus(), status);
        QCOMPARE(e.message(), message);
        if (status == 429)
            QCOMPARE(e.retryAfterMs(), std::optional<int>(7000));
        else
            QVERIFY(!e.retryAfterMs().has_value());
        if (status == 500)
            QCOMPARE(e.correlationId(), QStringLiteral("4c1d-77aa"));
        QCOMPARE(server->requestCount(), 1);
    }

    void validationErrorKeepsEveryLocation()
    {
        ClassifyApi api(client.get());
        server->enqueue(ScriptedResponse::json(422, R"({"detail":[
            {"loc":["body","configuration","rules",0,"description"],"msg":"String should have at least 10 characters","type":"string_too_short"},
            {"loc":["body","transaction_id"],"msg":"String should have at most 255 characters","type":"string_too_long"}]})"));
        const auto r = await<ClassifyV2Job>([&](auto done) { return api.create(v2Create(), this, done); });
        const ApiError &e = r.error();
        QCOMPARE(e.kind(), ApiError::Kind::Validation);
        QCOMPARE(e.httpStatus(), 422);
        QCOMPARE(e.issues().size(), 2);
        QCOMPARE(e.issues()[0].loc, (QStringList{QStringLiteral("body"), QStringLiteral("configuration"), QStringLiteral("rules"), QStringLiteral("0"), QStringLiteral("description")}));
        QCOMPARE(e.issues()[0].field(), QStringLiteral("configuration.rules.0.description"));
        QCOMPARE(e.issues()[0].type, QStringLiteral("string_too_short"));
        QCOMPARE(e.issues()[1].field(), QStringLiteral("transaction_id"));
        QCOMPARE(server->requestCount(), 1); // 422 is never retried
    }

    void malformedJsonIsTyped()
    {
        ClassifyApi api(client.get());
        server->enqueue(ScriptedResponse::json(200, R"({"id": "cls-1", "status": )"));
        const auto r = await<ClassifyV2Job>([&](auto done) { return api.get(QStringLiteral("cls-1"), this, done); });
        QCOMPARE(r.error().kind(), ApiError::Kind::MalformedJson);
    }

    void wrongShapeNamesTheField()
    {
        ClassifyApi api(client.get());
        QByteArray broken = "{\"items\": [" + V2JobJson + ", " + V2JobJson + "]}";
        // The second job's status becomes a number.
        const qsizetype second = broken.lastIndexOf("\"status\": \"COMPLETED\"");
        broken.replace(second, qsizetype(strlen("\"status\": \"COMPLETED\"")), "\"status\": 3");
        server->enqueue(ScriptedResponse::json(200, broken));
        const auto r = await<ClassifyV2JobList>([&](auto done) { return api.list({}, this, done); });
        QCOMPARE(r.error().kind(), ApiError::Kind::UnexpectedShape);
        QCOMPARE(r.error().field(), QStringLiteral("items[1].status"));
    }
};

QTEST_GUILESS_MAIN(EndpointsTest)
#include "tst_endpoints.moc"
