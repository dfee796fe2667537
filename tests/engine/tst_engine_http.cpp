// SPDX-FileCopyrightText: 2026 The Docket authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/accountapi.h"
#include "api/apiclient.h"
#include "api/batchapi.h"
#include "api/classifierapi.h"
#include "api/classifyapi.h"
#include "api/configurationsapi.h"
#include "api/filesapi.h"
#include "engine/engine.h"
#include "engine/http/engineserver.h"
#include "engine/store/enginestore.h"
#include "engine/webhooks/webhookdispatcher.h"
#include "fakehttpserver.h"

#include <QFile>
#include <QTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QProcess>
#include <QSysInfo>
#include <QSignalSpy>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUrlQuery>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>
#include <memory>

using namespace docket;
using namespace docket::api;
using namespace docket::engine;
using namespace Qt::Literals::StringLiterals;

namespace {

const QByteArray Token = "test-token-0123456789";

// Lets a test hold jobs in RUNNING and decide their outcome. It stands in for the text pipeline
// so that status transitions and cancellation can be observed deterministically; it answers with
// the first rule's type unless the document contains "FAIL".
struct Gate
{
    std::atomic_bool hold{false};
    std::atomic_int started{0};
};

TaskProcessor gatedProcessor(std::shared_ptr<Gate> gate)
{
    return [gate](const Task &task, const StoredFile &file, const std::function<bool()> &stop) -> TaskOutcome {
        ++gate->started;
        while (gate->hold && !stop())
            QThread::msleep(2);
        if (stop())
            return {std::nullopt, QStringLiteral("stopped")};
        if (file.name.contains("fail"_L1))
            return {std::nullopt, QStringLiteral("the document could not be read")};
        ClassificationResult r;
        r.type = task.configuration.value("rules"_L1).toArray().at(0).toObject().value("type"_L1).toString();
        r.confidence = 0.9;
        r.reasoning = QStringLiteral("test processor");
        return {r, QString()};
    };
}

template<typename T, typename Start>
Result<T> await(Start start)
{
    std::optional<Result<T>> out;
    start([&out](Result<T> r) { out.emplace(std::move(r)); });
    if (!QTest::qWaitFor([&] { return out.has_value(); }, 15000))
        return ApiError(ApiError::Kind::Timeout, QStringLiteral("the test gave up waiting"));
    return *out;
}

ClassifyV2Configuration invoiceConfig()
{
    ClassifyV2Configuration c;
    c.rules = {Rule{QStringLiteral("invoice"), QStringLiteral("An invoice with amounts and a due date")},
               Rule{QStringLiteral("letter"), QStringLiteral("A personal or business letter")}};
    return c;
}

} // namespace

class TestEngineHttp : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Engine> m_engine;
    std::shared_ptr<Gate> m_gate;
    std::unique_ptr<ApiClient> m_client;

    void startEngine(qint64 maxUpload = EngineServer::DefaultMaxUploadBytes)
    {
        EngineOptions o;
        o.dataDir = m_dir->filePath(QStringLiteral("engine"));
        o.token = Token;
        o.workers = 2;
        o.processor = gatedProcessor(m_gate);
        o.maxUploadBytes = maxUpload;
        o.webhookRetryDelaysMs = {50, 50};
        m_engine = std::make_unique<Engine>(o);
        QVERIFY2(m_engine->start(), qPrintable(m_engine->errorString()));
        m_client = std::make_unique<ApiClient>();
        m_client->setConnection({m_engine->baseUrl(), QString::fromLatin1(Token), QString(), QString()});
    }

    QString writeFile(const QString &name, const QByteArray &content)
    {
        const QString path = m_dir->filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write(content);
        return path;
    }

    FileV2 upload(const QString &name, const QByteArray &content = "Invoice 42, amount due 10 EUR")
    {
        FilesApi files(m_client.get());
        const auto r = await<FileV2>([&](auto done) { files.upload(writeFile(name, content), this, done); });
        if (!r) {
            qWarning() << r.error().toDisplayString();
            return {};
        }
        return r.value();
    }

    Result<ClassifyV2Job> createV2(const QString &fileId, std::optional<QString> transactionId = std::nullopt)
    {
        ClassifyApi api(m_client.get());
        ClassifyV2CreateRequest body;
        body.fileInput = fileId;
        body.configuration = invoiceConfig();
        body.transactionId = transactionId;
        return await<ClassifyV2Job>([&](auto done) { api.create(body, this, done); });
    }

    QString statusOf(const QString &jobId)
    {
        ClassifyApi api(m_client.get());
        const auto r = await<ClassifyV2Job>([&](auto done) { api.get(jobId, this, done); });
        return r ? r.value().status : QStringLiteral("<error>");
    }

    // A raw call, for bodies the typed clients would never send.
    ApiRequest *raw(HttpMethod method, const QString &path, const QByteArray &body = {}, const Query &query = {})
    {
        RequestSpec spec;
        spec.method = method;
        spec.path = path;
        spec.query = query;
        if (!body.isNull())
            spec.jsonBody = body;
        return m_client->send(spec);
    }

    std::optional<ApiError> rawError(HttpMethod method, const QString &path, const QByteArray &body = {},
                                     const Query &query = {})
    {
        ApiRequest *request = raw(method, path, body, query);
        std::optional<ApiError> error;
        bool done = false;
        connect(request, &ApiRequest::finished, this, [&] {
            error = request->error();
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, 15000))
            return ApiError(ApiError::Kind::Timeout, QStringLiteral("timeout"));
        return error;
    }

    bool connectRaw(QTcpSocket &socket)
    {
        socket.connectToHost(QHostAddress::LocalHost, m_engine->port());
        return socket.waitForConnected(5000);
    }

    // One HTTP answer (head and Content-Length body) from a raw socket; empty after 5 s.
    static QByteArray readAnswer(QTcpSocket &socket, QByteArray &buffer)
    {
        QByteArray answer;
        (void)QTest::qWaitFor(
            [&] {
                buffer += socket.readAll();
                const qsizetype end = buffer.indexOf("\r\n\r\n");
                if (end < 0)
                    return false;
                const QByteArray head = buffer.left(end).toLower();
                const qsizetype at = head.indexOf("content-length:");
                const qsizetype lineEnd = head.indexOf("\r\n", at);
                const qint64 length =
                    at < 0 ? 0 : head.mid(at + 15, lineEnd < 0 ? -1 : lineEnd - at - 15).trimmed().toLongLong();
                if (buffer.size() < end + 4 + length)
                    return false;
                answer = buffer.left(end + 4 + length);
                buffer.remove(0, answer.size());
                return true;
            },
            5000);
        return answer;
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_gate = std::make_shared<Gate>();
        startEngine();
    }

    void cleanup()
    {
        m_gate->hold = false;
        m_client.reset();
        m_engine.reset();
        m_dir.reset();
    }

    void uploadsListsGetsAndDeletesFiles()
    {
        const FileV2 a = upload(QStringLiteral("a.txt"));
        const FileV2 b = upload(QStringLiteral("b.pdf"), "%PDF-1.4 not really");
        QVERIFY(a.id.startsWith("dfl-"_L1));
        QCOMPARE(a.name, QStringLiteral("a.txt"));
        QCOMPARE(a.purpose, QStringLiteral("classify"));
        QCOMPARE(b.fileType, QStringLiteral("pdf"));
        QCOMPARE(a.projectId, m_engine->store()->projectId());

        FilesApi files(m_client.get());
        FileListQuery q;
        q.pageSize = 1;
        const auto first = await<FileList>([&](auto done) { files.list(q, this, done); });
        QVERIFY(first);
        QCOMPARE(first.value().items.size(), 1);
        QVERIFY(first.value().hasNextPage());
        q.pageToken = first.value().nextPageToken;
        const auto second = await<FileList>([&](auto done) { files.list(q, this, done); });
        QVERIFY(second);
        QCOMPARE(second.value().items.size(), 1);
        QVERIFY(!second.value().nextPageToken);
        QCOMPARE(QSet<QString>({first.value().items[0].id, second.value().items[0].id}), QSet<QString>({a.id, b.id}));

        FileListQuery byName;
        byName.fileName = QStringLiteral("b.pdf");
        const auto named = await<FileList>([&](auto done) { files.list(byName, this, done); });
        QVERIFY(named);
        QCOMPARE(named.value().items.size(), 1);
        QCOMPARE(named.value().items[0].id, b.id);

        const auto got = await<FileV2>([&](auto done) { files.get(a.id, this, done); });
        QVERIFY(got);
        QCOMPARE(got.value().name, QStringLiteral("a.txt"));

        const auto removed = await<Empty>([&](auto done) { files.remove(a.id, this, done); });
        QVERIFY(removed);
        const auto gone = await<FileV2>([&](auto done) { files.get(a.id, this, done); });
        QVERIFY(!gone);
        QCOMPARE(gone.error().kind(), ApiError::Kind::NotFound);
        // The bytes are gone too: only b's stored file remains.
        QCOMPARE(QDir(m_engine->store()->filesDir()).entryList(QDir::Files).size(), 1);
    }

    void listsFilesOrderedByNameAcrossPages()
    {
        const FileV2 c = upload(QStringLiteral("c.txt"));
        const FileV2 a1 = upload(QStringLiteral("a.txt"));
        const FileV2 b = upload(QStringLiteral("b.txt"));
        const FileV2 a2 = upload(QStringLiteral("a.txt"));
        FilesApi files(m_client.get());
        const auto walk = [&](const QString &orderBy, int pageSize) {
            QStringList ids;
            FileListQuery q;
            q.orderBy = orderBy;
            q.pageSize = pageSize;
            for (int pages = 0; pages < 10; ++pages) {
                const auto page = await<FileList>([&](auto done) { files.list(q, this, done); });
                if (!page)
                    return QStringList{page.error().toDisplayString()};
                for (const FileV2 &f : page.value().items)
                    ids << f.id;
                if (!page.value().nextPageToken)
                    break;
                q.pageToken = page.value().nextPageToken;
            }
            return ids;
        };
        // Equal names keep upload order (reversed with desc); pages split inside the equal names.
        QCOMPARE(walk(QStringLiteral("name desc"), 3), QStringList({c.id, b.id, a2.id, a1.id}));
        QCOMPARE(walk(QStringLiteral("name"), 1), QStringList({a1.id, a2.id, b.id, c.id}));
        QCOMPARE(walk(QStringLiteral("name asc"), 2), QStringList({a1.id, a2.id, b.id, c.id}));
        QCOMPARE(walk(QStringLiteral("created_at desc"), 3), QStringList({a2.id, b.id, a1.id, c.id}));

        // A token belongs to its order: carried over to another order it is refused, not misread.
        FileListQuery byName;
        byName.orderBy = QStringLiteral("name");
        byName.pageSize = 1;
        const auto first = await<FileList>([&](auto done) { files.list(byName, this, done); });
        QVERIFY(first && first.value().nextPageToken);
        FileListQuery byCreation;
        byCreation.pageToken = first.value().nextPageToken;
        const auto mixed = await<FileList>([&](auto done) { files.list(byCreation, this, done); });
        QVERIFY(!mixed);
        QCOMPARE(mixed.error().httpStatus(), 400);

        const auto unknown = rawError(HttpMethod::Get, QStringLiteral("/api/v1/beta/files"), {},
                                      Query().add(QStringLiteral("order_by"), QStringLiteral("size desc")));
        QVERIFY(unknown);
        QCOMPARE(unknown->httpStatus(), 422);
        QCOMPARE(unknown->issues().value(0).loc, QStringList({QStringLiteral("query"), QStringLiteral("order_by")}));
    }

    void presignedContentUrlServesBytesWithoutToken()
    {
        // A MiB, so the streamed download spans many socket writes.
        QByteArray content = "Invoice 42\fpage two\n";
        for (int i = 0; content.size() < 1024 * 1024; ++i)
            content += "line " + QByteArray::number(i) + '\n';
        const FileV2 f = upload(QStringLiteral("doc.txt"), content);
        ApiRequest *request = raw(HttpMethod::Get, QStringLiteral("/api/v1/beta/files/%1/content").arg(f.id));
        QByteArray body;
        connect(request, &ApiRequest::finished, this, [&] { body = request->body(); });
        QTRY_VERIFY(!body.isEmpty());
        const QJsonObject presigned = QJsonDocument::fromJson(body).object();
        const QUrl url(presigned.value("url"_L1).toString());
        QVERIFY(url.isValid());
        QVERIFY(presigned.value("expires_at"_L1).isString());

        QNetworkAccessManager nam; // no bearer token
        auto fetch = [&](const QUrl &u) {
            QNetworkReply *reply = nam.get(QNetworkRequest(u));
            // An event loop rather than qWaitFor, whose 10 ms naps between rounds would pace the
            // engine's chunked streaming (same thread) to a crawl.
            QEventLoop loop;
            connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
            QTimer::singleShot(10000, &loop, &QEventLoop::quit);
            if (!reply->isFinished())
                loop.exec();
            const bool finished = reply->isFinished();
            reply->deleteLater();
            if (!finished)
                return std::make_pair(0, QByteArray());
            return std::make_pair(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll());
        };
        const auto [status, bytes] = fetch(url);
        QCOMPARE(status, 200);
        QCOMPARE(bytes.size(), content.size());
        QCOMPARE(bytes, content);
        // The route hands over the stored file to stream; it does not read it into the reply.
        EngineRequest direct;
        direct.method = "GET";
        direct.path = url.path();
        direct.query = QUrlQuery(url);
        const EngineReply reply = m_engine->server()->dispatch(direct);
        QCOMPARE(reply.status, 200);
        QVERIFY(reply.body.isEmpty());
        QCOMPARE(QFileInfo(reply.streamFile).size(), content.size());
        QUrl tampered = url;
        QUrlQuery q(url);
        q.removeQueryItem(QStringLiteral("expires"));
        q.addQueryItem(QStringLiteral("expires"), QString::number(QDateTime::currentSecsSinceEpoch() + 999999));
        tampered.setQuery(q);
        QCOMPARE(fetch(tampered).first, 403);
    }

    void storesUploadsUnderGeneratedNames()
    {
        const FileV2 f = upload(QStringLiteral("evil.txt"));
        QVERIFY(!f.id.isEmpty());
        const QStringList stored = QDir(m_engine->store()->filesDir()).entryList(QDir::Files);
        QCOMPARE(stored.size(), 1);
        QVERIFY(!stored.first().contains("evil"_L1));
        const auto ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;
        QCOMPARE(QFileInfo(m_engine->store()->filesDir()).permissions() & ~QFileDevice::Permissions(0x7700),
                 QFileDevice::Permissions());
        QCOMPARE(QFileInfo(m_engine->store()->dataDir()).permissions() & (ownerOnly | QFileDevice::ReadOther),
                 ownerOnly);
    }

    void classifiesV2JobThroughPendingRunningCompleted()
    {
        m_gate->hold = true;
        const FileV2 f = upload(QStringLiteral("invoice.txt"));
        const auto created = createV2(f.id);
        QVERIFY2(created, qPrintable(created ? QString() : created.error().toDisplayString()));
        QVERIFY(created.value().status == "PENDING"_L1 || created.value().status == "RUNNING"_L1);
        QCOMPARE(created.value().fileInput, f.id);
        QCOMPARE(created.value().documentInputType, QStringLiteral("file_id"));
        QCOMPARE(created.value().configuration.rules.size(), 2);
        QTRY_COMPARE(statusOf(created.value().id), QStringLiteral("RUNNING"));
        m_gate->hold = false;
        QTRY_COMPARE(statusOf(created.value().id), QStringLiteral("COMPLETED"));

        ClassifyApi api(m_client.get());
        const auto done = await<ClassifyV2Job>([&](auto cb) { api.get(created.value().id, this, cb); });
        QVERIFY(done);
        QVERIFY(done.value().result);
        QCOMPARE(done.value().result->type, std::optional<QString>(QStringLiteral("invoice")));
    }

    void failedDocumentEndsFailedWithMessage()
    {
        const FileV2 f = upload(QStringLiteral("fail.txt"));
        const auto created = createV2(f.id);
        QVERIFY(created);
        QTRY_COMPARE(statusOf(created.value().id), QStringLiteral("FAILED"));
        ClassifyApi api(m_client.get());
        const auto job = await<ClassifyV2Job>([&](auto cb) { api.get(created.value().id, this, cb); });
        QVERIFY(job);
        QCOMPARE(job.value().errorMessage, std::optional<QString>(QStringLiteral("the document could not be read")));
        QVERIFY(!job.value().result);
    }

    void cancelsRunningJobAndRefusesTerminalOne()
    {
        m_gate->hold = true;
        const FileV2 f = upload(QStringLiteral("doc.txt"));
        const auto created = createV2(f.id);
        QVERIFY(created);
        const QString id = created.value().id;
        QTRY_COMPARE(statusOf(id), QStringLiteral("RUNNING"));

        ClassifyApi api(m_client.get());
        const auto cancelled = await<ClassifyV2Job>([&](auto cb) { api.cancel(id, this, cb); });
        QVERIFY(cancelled);
        QCOMPARE(cancelled.value().status, QStringLiteral("CANCELLED"));
        // The worker was told to stop, and its late outcome does not overwrite CANCELLED.
        QTRY_COMPARE(m_engine->runner()->running(), 0);
        QCOMPARE(statusOf(id), QStringLiteral("CANCELLED"));

        const auto again = await<ClassifyV2Job>([&](auto cb) { api.cancel(id, this, cb); });
        QVERIFY(!again);
        QCOMPARE(again.error().kind(), ApiError::Kind::BadRequest);
        QCOMPARE(again.error().httpStatus(), 400);
        QVERIFY2(again.error().message().contains("already CANCELLED"_L1), qPrintable(again.error().message()));
    }

    void cancelOfCompletedJobSaysWhy()
    {
        const FileV2 f = upload(QStringLiteral("doc.txt"));
        const auto created = createV2(f.id);
        QVERIFY(created);
        QTRY_COMPARE(statusOf(created.value().id), QStringLiteral("COMPLETED"));
        ClassifyApi api(m_client.get());
        const auto refused = await<ClassifyV2Job>([&](auto cb) { api.cancel(created.value().id, this, cb); });
        QVERIFY(!refused);
        QCOMPARE(refused.error().httpStatus(), 400);
        QVERIFY(refused.error().message().contains("already COMPLETED"_L1));
    }

    void sameTransactionIdReturnsOriginalJob()
    {
        const FileV2 f = upload(QStringLiteral("doc.txt"));
        const FileV2 other = upload(QStringLiteral("other.txt"));
        const auto first = createV2(f.id, QStringLiteral("tx-1"));
        const auto second = createV2(other.id, QStringLiteral("tx-1"));
        const auto third = createV2(f.id, QStringLiteral("tx-2"));
        QVERIFY(first && second && third);
        QCOMPARE(second.value().id, first.value().id);
        QCOMPARE(second.value().fileInput, f.id); // the new body is ignored
        QVERIFY(third.value().id != first.value().id);
        QCOMPARE(m_engine->store()->countTasks(), 2);
    }

    void rejectsMissingOrWrongToken_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("detail");
        QTest::newRow("wrong") << QStringLiteral("nope") << QStringLiteral("Invalid authentication credentials");
        QTest::newRow("missing") << QString() << QStringLiteral("Not authenticated");
    }

    void rejectsMissingOrWrongToken()
    {
        QFETCH(QString, key);
        QFETCH(QString, detail);
        m_client->setConnection({m_engine->baseUrl(), key, QString(), QString()});
        ClassifyApi api(m_client.get());
        const auto r = await<ClassifyV2JobList>([&](auto cb) { api.list({}, this, cb); });
        QVERIFY(!r);
        QCOMPARE(r.error().kind(), ApiError::Kind::Unauthorized);
        QCOMPARE(r.error().message(), detail);
    }

    void unknownIdsAre404()
    {
        ClassifyApi v2(m_client.get());
        ClassifierApi v1(m_client.get());
        BatchApi batch(m_client.get());
        ConfigurationsApi configs(m_client.get());
        const auto a = await<ClassifyV2Job>([&](auto cb) { v2.get(QStringLiteral("nope"), this, cb); });
        const auto b = await<ClassifyJob>([&](auto cb) { v1.getJob(QStringLiteral("nope"), this, cb); });
        const auto c = await<BatchJobStatus>([&](auto cb) { batch.status(QStringLiteral("nope"), this, cb); });
        const auto d = await<ConfigurationResponse>([&](auto cb) { configs.get(QStringLiteral("nope"), this, cb); });
        const auto e = createV2(QStringLiteral("dfl-missing"));
        for (const ApiError &error : {a.error(), b.error(), c.error(), d.error(), e.error()}) {
            QCOMPARE(error.kind(), ApiError::Kind::NotFound);
            QVERIFY(error.message().contains("not found"_L1));
        }
        QVERIFY(e.error().message().contains("dfl-missing"_L1));
    }

    void validationErrorsAre422WithFastApiLocations_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("loc");
        QTest::addColumn<QString>("type");
        const QString v2 = QStringLiteral("/api/v2/classify");
        QTest::newRow("short description")
            << v2
            << QByteArray(R"({"file_input":"dfl-x","configuration":{"rules":[{"type":"a","description":"short"}]}})")
            << QStringLiteral("body.configuration.rules.0.description") << QStringLiteral("string_too_short");
        QTest::newRow("long type")
            << v2
            << (R"({"file_input":"dfl-x","configuration":{"rules":[{"type":")" + QByteArray(51, 'x')
                + R"(","description":"long enough description"}]}})")
            << QStringLiteral("body.configuration.rules.0.type") << QStringLiteral("string_too_long");
        QTest::newRow("no rules") << v2 << QByteArray(R"({"file_input":"dfl-x","configuration":{"rules":[]}})")
                                  << QStringLiteral("body.configuration.rules") << QStringLiteral("too_short");
        QTest::newRow("missing rules") << v2 << QByteArray(R"({"file_input":"dfl-x","configuration":{}})")
                                       << QStringLiteral("body.configuration.rules") << QStringLiteral("missing");
        QTest::newRow("multimodal in v2")
            << v2
            << QByteArray(R"({"file_input":"dfl-x","configuration":{"mode":"MULTIMODAL","rules":[{"type":"a","description":"long enough description"}]}})")
            << QStringLiteral("body.configuration.mode") << QStringLiteral("literal_error");
        QTest::newRow("max_pages 0")
            << v2
            << QByteArray(R"({"file_input":"dfl-x","configuration":{"parsing_configuration":{"max_pages":0},"rules":[{"type":"a","description":"long enough description"}]}})")
            << QStringLiteral("body.configuration.parsing_configuration.max_pages")
            << QStringLiteral("greater_than_equal");
        QTest::newRow("reversed pages")
            << v2
            << QByteArray(R"({"file_input":"dfl-x","configuration":{"parsing_configuration":{"target_pages":"7-5"},"rules":[{"type":"a","description":"long enough description"}]}})")
            << QStringLiteral("body.configuration.parsing_configuration.target_pages") << QStringLiteral("value_error");
        QTest::newRow("long transaction")
            << v2
            << (R"({"file_input":"dfl-x","transaction_id":")" + QByteArray(256, 't')
                + R"(","configuration":{"rules":[{"type":"a","description":"long enough description"}]}})")
            << QStringLiteral("body.transaction_id") << QStringLiteral("string_too_long");
        QTest::newRow("no input")
            << v2 << QByteArray(R"({"configuration":{"rules":[{"type":"a","description":"long enough description"}]}})")
            << QStringLiteral("body.file_input") << QStringLiteral("missing");
        QTest::newRow("not json") << v2 << QByteArray("{nope") << QStringLiteral("body.2")
                                  << QStringLiteral("json_invalid");
        QTest::newRow("v1 no files")
            << QStringLiteral("/api/v1/classifier/jobs")
            << QByteArray(R"({"file_ids":[],"rules":[{"type":"a","description":"long enough description"}]})")
            << QStringLiteral("body.file_ids") << QStringLiteral("too_short");
        QTest::newRow("v1 bad mode")
            << QStringLiteral("/api/v1/classifier/jobs")
            << QByteArray(R"({"file_ids":["x"],"mode":"SLOW","rules":[{"type":"a","description":"long enough description"}]})")
            << QStringLiteral("body.mode") << QStringLiteral("enum");
        QTest::newRow("v1 unknown language")
            << QStringLiteral("/api/v1/classifier/jobs")
            << QByteArray(R"({"file_ids":["x"],"parsing_configuration":{"lang":"xx"},"rules":[{"type":"a","description":"long enough description"}]})")
            << QStringLiteral("body.parsing_configuration.lang") << QStringLiteral("enum");
        QTest::newRow("v1 webhook url")
            << QStringLiteral("/api/v1/classifier/jobs")
            << QByteArray(R"({"file_ids":["x"],"webhook_configurations":[{"webhook_url":"mailto:x"}],"rules":[{"type":"a","description":"long enough description"}]})")
            << QStringLiteral("body.webhook_configurations.0.webhook_url") << QStringLiteral("string_pattern_mismatch");
        QTest::newRow("v1 webhook header with CR LF")
            << QStringLiteral("/api/v1/classifier/jobs")
            << QByteArray("{\"file_ids\":[\"x\"],\"webhook_configurations\":[{\"webhook_url\":\"http://h/\",\"webhook_headers\":{\"X-A\":\"1\\r\\nContent-Length: 0\\r\\n\\r\\nPOST /admin\"}}],\"rules\":[{\"type\":\"a\",\"description\":\"long enough description\"}]}")
            << QStringLiteral("body.webhook_configurations.0.webhook_headers.X-A") << QStringLiteral("value_error");
        QTest::newRow("v1 webhook header with NUL")
            << QStringLiteral("/api/v1/classifier/jobs")
            << QByteArray("{\"file_ids\":[\"x\"],\"webhook_configurations\":[{\"webhook_url\":\"http://h/\",\"webhook_headers\":{\"X-A\":\"a\\u0000b\"}}],\"rules\":[{\"type\":\"a\",\"description\":\"long enough description\"}]}")
            << QStringLiteral("body.webhook_configurations.0.webhook_headers.X-A") << QStringLiteral("value_error");
        QTest::newRow("v1 webhook header name not a token")
            << QStringLiteral("/api/v1/classifier/jobs")
            << QByteArray("{\"file_ids\":[\"x\"],\"webhook_configurations\":[{\"webhook_url\":\"http://h/\",\"webhook_headers\":{\"X A:\":\"1\"}}],\"rules\":[{\"type\":\"a\",\"description\":\"long enough description\"}]}")
            << QStringLiteral("body.webhook_configurations.0.webhook_headers.X A:") << QStringLiteral("value_error");
        QTest::newRow("v1 webhook header Host")
            << QStringLiteral("/api/v1/classifier/jobs")
            << QByteArray("{\"file_ids\":[\"x\"],\"webhook_configurations\":[{\"webhook_url\":\"http://h/\",\"webhook_headers\":{\"Host\":\"internal\"}}],\"rules\":[{\"type\":\"a\",\"description\":\"long enough description\"}]}")
            << QStringLiteral("body.webhook_configurations.0.webhook_headers.Host") << QStringLiteral("value_error");
        QTest::newRow("v1 webhook header Content-Length")
            << QStringLiteral("/api/v1/classifier/jobs")
            << QByteArray("{\"file_ids\":[\"x\"],\"webhook_configurations\":[{\"webhook_url\":\"http://h/\",\"webhook_headers\":{\"content-length\":\"0\"}}],\"rules\":[{\"type\":\"a\",\"description\":\"long enough description\"}]}")
            << QStringLiteral("body.webhook_configurations.0.webhook_headers.content-length") << QStringLiteral("value_error");
        QTest::newRow("v1 webhook header Transfer-Encoding")
            << QStringLiteral("/api/v1/classifier/jobs")
            << QByteArray("{\"file_ids\":[\"x\"],\"webhook_configurations\":[{\"webhook_url\":\"http://h/\",\"webhook_headers\":{\"Transfer-Encoding\":\"chunked\"}}],\"rules\":[{\"type\":\"a\",\"description\":\"long enough description\"}]}")
            << QStringLiteral("body.webhook_configurations.0.webhook_headers.Transfer-Encoding") << QStringLiteral("value_error");
        QTest::newRow("v1 webhook header Connection")
            << QStringLiteral("/api/v1/classifier/jobs")
            << QByteArray("{\"file_ids\":[\"x\"],\"webhook_configurations\":[{\"webhook_url\":\"http://h/\",\"webhook_headers\":{\"Connection\":\"close\"}}],\"rules\":[{\"type\":\"a\",\"description\":\"long enough description\"}]}")
            << QStringLiteral("body.webhook_configurations.0.webhook_headers.Connection") << QStringLiteral("value_error");
        QTest::newRow("v1 webhook header LC-Signature")
            << QStringLiteral("/api/v1/classifier/jobs")
            << QByteArray("{\"file_ids\":[\"x\"],\"webhook_configurations\":[{\"webhook_url\":\"http://h/\",\"webhook_headers\":{\"LC-Signature\":\"forged\"}}],\"rules\":[{\"type\":\"a\",\"description\":\"long enough description\"}]}")
            << QStringLiteral("body.webhook_configurations.0.webhook_headers.LC-Signature") << QStringLiteral("value_error");
        QTest::newRow("config name")
            << QStringLiteral("/api/v1/beta/configurations")
            << QByteArray(R"({"name":"","parameters":{"product_type":"classify_v2","rules":[{"type":"a","description":"long enough description"}]}})")
            << QStringLiteral("body.name") << QStringLiteral("string_too_short");
        QTest::newRow("config tagged loc")
            << QStringLiteral("/api/v1/beta/configurations")
            << QByteArray(R"({"name":"n","parameters":{"product_type":"classify_v2","rules":[{"type":"a","description":"tiny"}]}})")
            << QStringLiteral("body.parameters.classify_v2.rules.0.description") << QStringLiteral("string_too_short");
    }

    void validationErrorsAre422WithFastApiLocations()
    {
        QFETCH(QString, path);
        QFETCH(QByteArray, body);
        QFETCH(QString, loc);
        QFETCH(QString, type);
        const auto error = rawError(HttpMethod::Post, path, body);
        QVERIFY(error);
        QCOMPARE(error->httpStatus(), 422);
        QCOMPARE(error->kind(), ApiError::Kind::Validation);
        QVERIFY(!error->issues().isEmpty());
        QStringList locs;
        for (const ValidationIssue &issue : error->issues()) {
            locs << issue.loc.join(u'.');
            if (issue.loc.join(u'.') == loc) {
                QCOMPARE(issue.type, type);
                QVERIFY(!issue.msg.isEmpty());
                return;
            }
        }
        QFAIL(qPrintable(QStringLiteral("no issue at %1; got %2").arg(loc, locs.join(QStringLiteral(", ")))));
    }

    void queryParametersAreValidatedToo()
    {
        const auto pageSize = rawError(HttpMethod::Get, QStringLiteral("/api/v2/classify"), {},
                                       Query().add(QStringLiteral("page_size"), QStringLiteral("101")));
        QVERIFY(pageSize);
        QCOMPARE(pageSize->httpStatus(), 422);
        QCOMPARE(pageSize->issues().value(0).loc, QStringList({QStringLiteral("query"), QStringLiteral("page_size")}));
        QCOMPARE(pageSize->issues().value(0).type, QStringLiteral("less_than_equal"));
        const auto status = rawError(HttpMethod::Get, QStringLiteral("/api/v2/classify"), {},
                                     Query().add(QStringLiteral("status"), QStringLiteral("DONE")));
        QVERIFY(status);
        QCOMPARE(status->issues().value(0).type, QStringLiteral("enum"));
        const auto notInt = rawError(HttpMethod::Get, QStringLiteral("/api/v1/beta/batch-processing"), {},
                                     Query().add(QStringLiteral("limit"), QStringLiteral("ten")));
        QVERIFY(notInt);
        QCOMPARE(notInt->issues().value(0).type, QStringLiteral("int_parsing"));
    }

    void listsV2JobsWithFiltersAndCursor()
    {
        m_gate->hold = true;
        const FileV2 f = upload(QStringLiteral("doc.txt"));
        QStringList ids;
        for (int i = 0; i < 5; ++i) {
            const auto r = createV2(f.id);
            QVERIFY(r);
            ids << r.value().id;
        }
        ClassifyApi api(m_client.get());
        QStringList seen;
        ClassifyV2ListQuery q;
        q.pageSize = 2;
        int pages = 0;
        while (true) {
            const auto page = await<ClassifyV2JobList>([&](auto cb) { api.list(q, this, cb); });
            QVERIFY(page);
            ++pages;
            for (const ClassifyV2Job &j : page.value().items)
                seen << j.id;
            if (!page.value().hasNextPage())
                break;
            q.pageToken = page.value().nextPageToken;
        }
        QCOMPARE(pages, 3);
        QStringList newestFirst = ids;
        std::reverse(newestFirst.begin(), newestFirst.end());
        QCOMPARE(seen, newestFirst);

        ClassifyV2ListQuery byIds;
        byIds.jobIds = {ids[1], ids[3]};
        const auto picked = await<ClassifyV2JobList>([&](auto cb) { api.list(byIds, this, cb); });
        QVERIFY(picked);
        QCOMPARE(picked.value().items.size(), 2);

        m_gate->hold = false;
        QTRY_COMPARE(statusOf(ids.last()), QStringLiteral("COMPLETED"));
        QTRY_COMPARE(statusOf(ids.first()), QStringLiteral("COMPLETED"));
        ClassifyV2ListQuery completed;
        completed.status = QStringLiteral("COMPLETED");
        QTRY_COMPARE(await<ClassifyV2JobList>([&](auto cb) { api.list(completed, this, cb); }).value().items.size(), 5);

        ClassifyV2ListQuery future;
        future.createdAtOnOrAfter = QDateTime::currentDateTimeUtc().addSecs(60);
        const auto none = await<ClassifyV2JobList>([&](auto cb) { api.list(future, this, cb); });
        QVERIFY(none);
        QCOMPARE(none.value().items.size(), 0);
        ClassifyV2ListQuery past;
        past.createdAtOnOrBefore = QDateTime::currentDateTimeUtc().addSecs(60);
        past.createdAtOnOrAfter = QDateTime::currentDateTimeUtc().addSecs(-60);
        const auto all = await<ClassifyV2JobList>([&](auto cb) { api.list(past, this, cb); });
        QVERIFY(all);
        QCOMPARE(all.value().items.size(), 5);
    }

    void v1JobClassifiesEveryFileAndReportsResults()
    {
        const FileV2 a = upload(QStringLiteral("a.txt"));
        const FileV2 b = upload(QStringLiteral("fail-b.txt"));
        ClassifierApi api(m_client.get());
        ClassifyJobCreate body;
        body.fileIds = {a.id, b.id};
        body.rules = invoiceConfig().rules;
        body.parsingConfiguration.targetPages = QList<qint64>{0, 2};
        const auto created = await<ClassifyJob>([&](auto cb) { api.createJob(body, this, cb); });
        QVERIFY2(created, qPrintable(created ? QString() : created.error().toDisplayString()));
        QCOMPARE(created.value().status, QStringLiteral("PENDING"));
        QCOMPARE(created.value().parsingConfiguration.targetPages, std::optional<QList<qint64>>({0, 2}));
        const QString id = created.value().id;
        QVERIFY(!QUuid::fromString(id).isNull());
        QTRY_COMPARE(await<ClassifyJob>([&](auto cb) { api.getJob(id, this, cb); }).value().status,
                     QStringLiteral("PARTIAL_SUCCESS"));
        const auto job = await<ClassifyJob>([&](auto cb) { api.getJob(id, this, cb); });
        QVERIFY(job.value().errorMessage && job.value().errorMessage->contains("1 of 2"_L1));

        const auto results = await<ClassifyJobResults>([&](auto cb) { api.getResults(id, this, cb); });
        QVERIFY(results);
        QCOMPARE(results.value().items.size(), 2);
        int classified = 0;
        for (const FileClassification &fc : results.value().items) {
            QCOMPARE(fc.classifyJobId, id);
            if (fc.fileId == a.id) {
                QVERIFY(fc.result);
                QCOMPARE(fc.result->type, std::optional<QString>(QStringLiteral("invoice")));
                ++classified;
            } else {
                QVERIFY(!fc.result);
            }
        }
        QCOMPARE(classified, 1);
        // The tasks carried the 0-indexed pages as 1-based.
        QCOMPARE(m_engine->store()->tasksOf(id, std::nullopt, 10, 0).first().pages, QList<int>({1, 3}));

        const auto list = await<ClassifyJobList>([&](auto cb) { api.listJobs({}, this, cb); });
        QVERIFY(list);
        QCOMPARE(list.value().items.size(), 1);
        // v1 files are not v2 jobs.
        ClassifyApi v2(m_client.get());
        QCOMPARE(await<ClassifyV2JobList>([&](auto cb) { v2.list({}, this, cb); }).value().items.size(), 0);
    }

    void batchClassifiesUploadedFilesWithProgress()
    {
        m_gate->hold = true;
        QStringList ids;
        for (int i = 0; i < 3; ++i)
            ids << upload(QStringLiteral("doc%1.txt").arg(i)).id;
        BatchApi api(m_client.get());
        BatchJobCreateRequest body;
        body.jobConfig.rules = invoiceConfig().rules;
        body.itemIds = ids;
        const auto created = await<BatchJob>([&](auto cb) { api.create(body, this, cb); });
        QVERIFY2(created, qPrintable(created ? QString() : created.error().toDisplayString()));
        QCOMPARE(created.value().jobType, QStringLiteral("classify"));
        QCOMPARE(created.value().totalItems, 3);
        const QString id = created.value().id;
        QTRY_COMPARE(await<BatchJobStatus>([&](auto cb) { api.status(id, this, cb); }).value().job.status,
                     QStringLiteral("running"));
        m_gate->hold = false;
        QTRY_COMPARE(await<BatchJobStatus>([&](auto cb) { api.status(id, this, cb); }).value().progressPercentage,
                     100.0);
        const auto status = await<BatchJobStatus>([&](auto cb) { api.status(id, this, cb); });
        QCOMPARE(status.value().job.status, QStringLiteral("completed"));
        QCOMPARE(status.value().job.processedItems, 3);
        QVERIFY(status.value().job.startedAt);

        BatchItemsQuery q;
        q.limit = 2;
        const auto items = await<BatchItemList>([&](auto cb) { api.items(id, q, this, cb); });
        QVERIFY(items);
        QCOMPARE(items.value().items.size(), 2);
        QCOMPARE(items.value().totalSize, std::optional<qint64>(3));
        QCOMPARE(items.value().items[0].status, QStringLiteral("completed"));
        QCOMPARE(items.value().items[0].itemName, QStringLiteral("doc0.txt"));
        q.offset = 2;
        const auto rest = await<BatchItemList>([&](auto cb) { api.items(id, q, this, cb); });
        QCOMPARE(rest.value().items.size(), 1);
        // Each item's job is a v2 job with the result.
        ClassifyApi v2(m_client.get());
        const auto job = await<ClassifyV2Job>([&](auto cb) { v2.get(*rest.value().items[0].jobId, this, cb); });
        QVERIFY(job);
        QCOMPARE(job.value().status, QStringLiteral("COMPLETED"));

        const auto cancelDone = await<BatchCancelResponse>([&](auto cb) { api.cancel(id, std::nullopt, this, cb); });
        QVERIFY(!cancelDone);
        QCOMPARE(cancelDone.error().httpStatus(), 400);
    }

    void batchListPagesByOffsetAndCancels()
    {
        m_gate->hold = true;
        const QString file = upload(QStringLiteral("doc.txt")).id;
        BatchApi api(m_client.get());
        QStringList batches;
        for (int i = 0; i < 3; ++i) {
            BatchJobCreateRequest body;
            body.jobConfig.rules = invoiceConfig().rules;
            body.itemIds = QStringList{file};
            const auto r = await<BatchJob>([&](auto cb) { api.create(body, this, cb); });
            QVERIFY(r);
            batches << r.value().id;
        }
        BatchListQuery q;
        q.limit = 2;
        q.offset = 1;
        const auto page = await<BatchJobList>([&](auto cb) { api.list(q, this, cb); });
        QVERIFY(page);
        QCOMPARE(page.value().items.size(), 2);
        QCOMPARE(page.value().totalSize, std::optional<qint64>(3));
        QCOMPARE(page.value().items[0].id, batches[1]);

        const auto cancelled =
            await<BatchCancelResponse>([&](auto cb) { api.cancel(batches[2], QStringLiteral("test"), this, cb); });
        QVERIFY(cancelled);
        QCOMPARE(cancelled.value().status, QStringLiteral("cancelled"));
        BatchListQuery onlyCancelled;
        onlyCancelled.status = QStringLiteral("cancelled");
        const auto filtered = await<BatchJobList>([&](auto cb) { api.list(onlyCancelled, this, cb); });
        QCOMPARE(filtered.value().items.size(), 1);
        QCOMPARE(filtered.value().items[0].id, batches[2]);
        QCOMPARE(filtered.value().totalSize, std::optional<qint64>(1));

        // Offsets past 2^31 are taken as they are (not wrapped to a small or negative int).
        for (const QString &query : {QStringLiteral("offset=4294967296"), QStringLiteral("offset=4294967297&status=cancelled"),
                                     QStringLiteral("offset=1&status=cancelled")}) {
            EngineRequest list;
            list.method = "GET";
            list.path = QStringLiteral("/api/v1/beta/batch-processing");
            list.query = QUrlQuery(query);
            list.headers = {{"Authorization", "Bearer " + Token}};
            const EngineReply reply = m_engine->server()->dispatch(list);
            QCOMPARE(reply.status, 200);
            const QJsonObject json = QJsonDocument::fromJson(reply.body).object();
            QVERIFY2(json.value("items"_L1).toArray().isEmpty(), reply.body.constData());
            QCOMPARE(json.value("total_size"_L1).toInteger(), query.contains("status"_L1) ? 1 : 3);
        }
        BatchItemsQuery items;
        items.status = QStringLiteral("cancelled");
        QCOMPARE(await<BatchItemList>([&](auto cb) { api.items(batches[2], items, this, cb); }).value().items.size(), 1);
    }

    void configurationsRoundTripAndDriveV2Jobs()
    {
        ConfigurationsApi api(m_client.get());
        ConfigurationCreateRequest body;
        body.name = QStringLiteral("Invoices");
        body.parameters = invoiceConfig();
        const auto created = await<ConfigurationResponse>([&](auto cb) { api.create(body, this, cb); });
        QVERIFY2(created, qPrintable(created ? QString() : created.error().toDisplayString()));
        QVERIFY(created.value().id.startsWith("cfg-"_L1));
        QVERIFY(created.value().classify);
        QCOMPARE(created.value().classify->rules, invoiceConfig().rules);
        // Saving the same name again updates it in place.
        body.parameters.rules.removeLast();
        const auto updated = await<ConfigurationResponse>([&](auto cb) { api.create(body, this, cb); });
        QCOMPARE(updated.value().id, created.value().id);
        QCOMPARE(updated.value().classify->rules.size(), 1);

        const auto list = await<ConfigurationList>([&](auto cb) { api.list({}, this, cb); });
        QVERIFY(list);
        QCOMPARE(list.value().items.size(), 1);

        const FileV2 f = upload(QStringLiteral("doc.txt"));
        ClassifyApi v2(m_client.get());
        ClassifyV2CreateRequest request;
        request.fileInput = f.id;
        request.configurationId = created.value().id;
        const auto job = await<ClassifyV2Job>([&](auto cb) { v2.create(request, this, cb); });
        QVERIFY(job);
        QCOMPARE(job.value().configurationId, std::optional<QString>(created.value().id));
        QCOMPARE(job.value().configuration.rules.size(), 1);
        ClassifyV2ListQuery byConfig;
        byConfig.configurationId = created.value().id;
        QCOMPARE(await<ClassifyV2JobList>([&](auto cb) { v2.list(byConfig, this, cb); }).value().items.size(), 1);

        QVERIFY(await<Empty>([&](auto cb) { api.remove(created.value().id, this, cb); }));
        const auto gone = await<ConfigurationResponse>([&](auto cb) { api.get(created.value().id, this, cb); });
        QCOMPARE(gone.error().kind(), ApiError::Kind::NotFound);
    }

    void projectAndOrganizationIdsSurviveRestart()
    {
        AccountApi api(m_client.get());
        const auto projects = await<QList<Project>>([&](auto cb) { api.projects(std::nullopt, this, cb); });
        const auto orgs = await<QList<Organization>>([&](auto cb) { api.organizations(this, cb); });
        QVERIFY(projects && orgs);
        QCOMPARE(projects.value().size(), 1);
        QCOMPARE(orgs.value().size(), 1);
        QVERIFY(projects.value()[0].isDefault);
        QCOMPARE(projects.value()[0].organizationId, orgs.value()[0].id);

        m_client.reset();
        m_engine.reset();
        startEngine();
        AccountApi fresh(m_client.get());
        const auto after = await<QList<Project>>([&](auto cb) { fresh.projects(std::nullopt, this, cb); });
        QVERIFY(after);
        QCOMPARE(after.value()[0].id, projects.value()[0].id);
        QCOMPARE(after.value()[0].organizationId, orgs.value()[0].id);

        // A tenant that is not ours is a 404, never a silent switch.
        m_client->setConnection({m_engine->baseUrl(), QString::fromLatin1(Token),
                                 QUuid::createUuid().toString(QUuid::WithoutBraces), QString()});
        ClassifyApi v2(m_client.get());
        QCOMPARE(await<ClassifyV2JobList>([&](auto cb) { v2.list({}, this, cb); }).error().kind(),
                 ApiError::Kind::NotFound);
        m_client->setConnection({m_engine->baseUrl(), QString::fromLatin1(Token), projects.value()[0].id,
                                 orgs.value()[0].id});
        QVERIFY(await<ClassifyV2JobList>([&](auto cb) { v2.list({}, this, cb); }));
    }

    void refusesUploadsOverTheLimitWith413()
    {
        m_client.reset();
        m_engine.reset();
        startEngine(1024);
        FilesApi files(m_client.get());
        const auto r = await<FileV2>([&](auto cb) {
            files.upload(writeFile(QStringLiteral("big.bin"), QByteArray(4096, 'x')), this, cb);
        });
        QVERIFY(!r);
        QCOMPARE(r.error().httpStatus(), 413);
        QCOMPARE(r.error().kind(), ApiError::Kind::PayloadTooLarge);
    }

    void refuses413BeforeReadingTheBody()
    {
        // Only the headers are sent: the answer comes without the body ever arriving.
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_engine->port());
        QVERIFY(socket.waitForConnected(5000));
        socket.write("POST /api/v1/beta/files HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + Token
                     + "\r\nContent-Type: multipart/form-data; boundary=b\r\nContent-Length: 600000000\r\n\r\n");
        QByteArray answer;
        QVERIFY(QTest::qWaitFor(
            [&] {
                answer += socket.readAll();
                return answer.contains("\r\n\r\n") && answer.contains("detail");
            },
            5000));
        QVERIFY2(answer.startsWith("HTTP/1.1 413"), answer.constData());
        QVERIFY(answer.contains("512 MiB"));
        QTRY_COMPARE_WITH_TIMEOUT(socket.state(), QAbstractSocket::UnconnectedState, 3000);
    }

    void refusesChunkedBodyWithoutTokenFromItsHead_data()
    {
        QTest::addColumn<QByteArray>("authorization");
        QTest::addColumn<QByteArray>("status");
        QTest::addColumn<QByteArray>("detail");
        QTest::newRow("no token") << QByteArray() << QByteArray("401") << QByteArray("Not authenticated");
        QTest::newRow("wrong token") << QByteArray("Authorization: Bearer nope\r\n") << QByteArray("401")
                                     << QByteArray("Invalid authentication credentials");
        QTest::newRow("with token") << QByteArray("Authorization: Bearer " + Token + "\r\n") << QByteArray("411")
                                    << QByteArray("Transfer-Encoding is not supported");
    }

    void refusesChunkedBodyWithoutTokenFromItsHead()
    {
        // Only the head is sent: the answer and the close come before any body byte exists.
        QFETCH(QByteArray, authorization);
        QFETCH(QByteArray, status);
        QFETCH(QByteArray, detail);
        QTcpSocket socket;
        QVERIFY(connectRaw(socket));
        socket.write("POST /api/v1/beta/files HTTP/1.1\r\nHost: x\r\n" + authorization
                     + "Content-Type: multipart/form-data; boundary=b\r\nTransfer-Encoding: chunked\r\n\r\n");
        QByteArray buffer;
        const QByteArray answer = readAnswer(socket, buffer);
        QVERIFY2(answer.startsWith(QByteArray("HTTP/1.1 " + status)), answer.constData());
        QVERIFY2(answer.contains(QByteArray("{\"detail\":\"" + detail)), answer.constData());
        QVERIFY(answer.contains("Connection: close"));
        QTRY_COMPARE_WITH_TIMEOUT(socket.state(), QAbstractSocket::UnconnectedState, 3000);
    }

    void guardsEveryRequestOnAKeepAliveConnection()
    {
        QTcpSocket socket;
        QVERIFY(connectRaw(socket));
        // The first body looks like a request head without a token: the guard must count it as body.
        const QByteArray trap = "POST /x HTTP/1.1\r\nContent-Length: 5\r\n\r\n";
        socket.write("POST /api/v2/classify HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + Token
                     + "\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(trap.size())
                     + "\r\n\r\n" + trap);
        QByteArray buffer;
        const QByteArray first = readAnswer(socket, buffer);
        QVERIFY2(first.startsWith("HTTP/1.1 4"), first.constData());
        QVERIFY2(!first.startsWith("HTTP/1.1 401") && !first.contains("Connection: close"), first.constData());
        QCOMPARE(socket.state(), QAbstractSocket::ConnectedState);

        // The second request on the same connection is checked from its head as well.
        socket.write("POST /api/v1/beta/files HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + Token
                     + "\r\nContent-Type: multipart/form-data; boundary=b\r\nContent-Length: 600000000\r\n\r\n");
        const QByteArray second = readAnswer(socket, buffer);
        QVERIFY2(second.startsWith("HTTP/1.1 413"), second.constData());
        QTRY_COMPARE_WITH_TIMEOUT(socket.state(), QAbstractSocket::UnconnectedState, 3000);
    }

    void guardsAPipelinedSecondRequest()
    {
        // Both requests in one write: whether they arrive in one read or two, the second one is
        // refused from its head and the connection closes; it is never answered with anything else.
        QTcpSocket socket;
        QVERIFY(connectRaw(socket));
        socket.write("GET /api/v1/projects HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + Token
                     + "\r\n\r\nPOST /api/v1/beta/files HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n"
                       "Content-Type: multipart/form-data; boundary=b\r\n\r\n");
        QTRY_COMPARE_WITH_TIMEOUT(socket.state(), QAbstractSocket::UnconnectedState, 7000);
        QByteArray buffer = socket.readAll();
        QList<QByteArray> answers;
        while (!buffer.isEmpty() && answers.size() <= 2) {
            const QByteArray answer = readAnswer(socket, buffer);
            if (answer.isEmpty())
                break; // a partial answer stays in buffer and fails below
            answers << answer;
        }
        QVERIFY2(answers.size() <= 2, buffer.constData());
        if (!answers.isEmpty()) {
            QVERIFY2(answers.first().startsWith("HTTP/1.1 200"), answers.first().constData());
            QCOMPARE(answers.size(), 2);
            QVERIFY2(answers.last().startsWith("HTTP/1.1 401"), answers.last().constData());
        }
        QVERIFY(buffer.isEmpty());
    }

    void publicRoutesTakeNoBody()
    {
        QTcpSocket socket;
        QVERIFY(connectRaw(socket));
        socket.write("GET /health HTTP/1.1\r\nHost: x\r\nContent-Length: 100000000\r\n\r\n");
        QByteArray buffer;
        const QByteArray answer = readAnswer(socket, buffer);
        QVERIFY2(answer.startsWith("HTTP/1.1 413"), answer.constData());
    }

    void secondEngineOnTheSameDataDirRefusesToStart()
    {
        EngineOptions o;
        o.dataDir = m_dir->filePath(QStringLiteral("engine"));
        o.token = Token;
        o.processor = gatedProcessor(m_gate);
        Engine second(o);
        QVERIFY(!second.start());
        QVERIFY2(second.errorString().contains("already using the data directory"_L1), qPrintable(second.errorString()));
        QVERIFY2(second.errorString().contains(QString::number(QCoreApplication::applicationPid())),
                 qPrintable(second.errorString()));
        QCOMPARE(second.port(), quint16(0));
        // The first engine still works, and once it stops the directory is free again.
        QVERIFY(await<QList<Project>>([&](auto cb) { AccountApi(m_client.get()).projects(std::nullopt, this, cb); }));
        m_client.reset();
        m_engine.reset();
        Engine third(o);
        QVERIFY2(third.start(), qPrintable(third.errorString()));
    }

    void lockOfAnEngineThatDiedIsTakenOver()
    {
        m_client.reset();
        m_engine.reset();
        QProcess gone;
        gone.start(QStringLiteral("true"), {});
        QVERIFY(gone.waitForStarted(5000));
        const qint64 deadPid = gone.processId();
        QVERIFY(gone.waitForFinished(5000));
        QFile lock(m_dir->filePath(QStringLiteral("engine/engine.lock")));
        QVERIFY(lock.open(QIODevice::WriteOnly));
        lock.write(QByteArray::number(deadPid) + "\ndocket-engine\n" + QSysInfo::machineHostName().toUtf8() + '\n');
        lock.close();
        EngineOptions o;
        o.dataDir = m_dir->filePath(QStringLiteral("engine"));
        o.token = Token;
        o.processor = gatedProcessor(m_gate);
        Engine next(o);
        QVERIFY2(next.start(), qPrintable(next.errorString()));
    }

    void deliversSignedWebhooksWithConfiguredHeaders()
    {
        test::FakeHttpServer receiver;
        QVERIFY(receiver.listen());
        receiver.setHandler([](const test::RecordedRequest &) { return test::ScriptedResponse::json(200, "{}"); });
        const FileV2 f = upload(QStringLiteral("doc.txt"));
        ClassifyApi api(m_client.get());
        ClassifyV2CreateRequest body;
        body.fileInput = f.id;
        body.configuration = invoiceConfig();
        WebhookConfiguration hook;
        hook.webhookUrl = receiver.baseUrl().toString() + QStringLiteral("/hook");
        hook.webhookHeaders = QMap<QString, QString>{{QStringLiteral("X-Custom"), QStringLiteral("yes")}};
        hook.webhookSigningSecret = QStringLiteral("s3cret");
        hook.webhookEvents = QStringList{QStringLiteral("classify.success")};
        hook.webhookOutputFormat = QStringLiteral("json");
        body.webhookConfigurations = QList<WebhookConfiguration>{hook};
        const auto job = await<ClassifyV2Job>([&](auto cb) { api.create(body, this, cb); });
        QVERIFY(job);
        QTRY_COMPARE(receiver.requestCount(), 1);
        const test::RecordedRequest &request = receiver.requests().first();
        QCOMPARE(request.method, QByteArray("POST"));
        QCOMPARE(request.path, QStringLiteral("/hook"));
        QCOMPARE(request.headers.value("x-custom"), QByteArray("yes"));
        const QByteArray expected =
            "sha256=" + QMessageAuthenticationCode::hash(request.body, "s3cret", QCryptographicHash::Sha256).toHex();
        QCOMPARE(request.headers.value("lc-signature"), expected);
        const QJsonObject payload = QJsonDocument::fromJson(request.body).object();
        QCOMPARE(payload.value("event_type"_L1).toString(), QStringLiteral("classify.success"));
        QCOMPARE(payload.value("data"_L1).toObject().value("id"_L1).toString(), job.value().id);
        // Only the subscribed event was sent.
        QTest::qWait(200);
        QCOMPARE(receiver.requestCount(), 1);
    }

    void v1JobSendsParseEventsOnce()
    {
        test::FakeHttpServer receiver;
        QVERIFY(receiver.listen());
        receiver.setHandler([](const test::RecordedRequest &) { return test::ScriptedResponse::json(200, "{}"); });
        const FileV2 a = upload(QStringLiteral("a.txt"));
        const FileV2 b = upload(QStringLiteral("b.txt"));
        ClassifierApi api(m_client.get());
        ClassifyJobCreate body;
        body.fileIds = {a.id, b.id};
        body.rules = invoiceConfig().rules;
        WebhookConfiguration hook;
        hook.webhookUrl = receiver.baseUrl().toString() + QStringLiteral("/v1");
        body.webhookConfigurations = QList<WebhookConfiguration>{hook};
        const auto created = await<ClassifyJob>([&](auto cb) { api.createJob(body, this, cb); });
        QVERIFY(created);
        QTRY_COMPARE(receiver.requestCount(), 3);
        QSet<QString> events;
        for (const test::RecordedRequest &r : receiver.requests()) {
            const QJsonObject payload = QJsonDocument::fromJson(r.body).object();
            events << payload.value("event_type"_L1).toString();
            // The default output format carries the job as a JSON string.
            const QJsonObject job = QJsonDocument::fromJson(payload.value("data"_L1).toString().toUtf8()).object();
            QCOMPARE(job.value("id"_L1).toString(), created.value().id);
            QVERIFY(!r.headers.contains("lc-signature"));
        }
        QCOMPARE(events, QSet<QString>({QStringLiteral("parse.pending"), QStringLiteral("parse.running"),
                                        QStringLiteral("parse.success")}));
        QTest::qWait(200);
        QCOMPARE(receiver.requestCount(), 3);
    }

    void retriesFailedWebhookDeliveries()
    {
        test::FakeHttpServer receiver;
        QVERIFY(receiver.listen());
        receiver.enqueue(test::ScriptedResponse::json(500, "{}"));
        receiver.enqueue(test::ScriptedResponse::json(503, "{}"));
        receiver.setHandler([](const test::RecordedRequest &) { return test::ScriptedResponse::json(204, {}); });
        WebhookDispatcher dispatcher({20, 20});
        QSignalSpy finished(&dispatcher, &WebhookDispatcher::finished);
        WebhookDelivery d;
        d.url = QUrl(receiver.baseUrl().toString() + QStringLiteral("/h"));
        d.body = "{}";
        d.event = QStringLiteral("classify.success");
        dispatcher.deliver(d);
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(finished.first().at(2).toBool(), true);
        QCOMPARE(finished.first().at(3).toInt(), 3);
        QCOMPARE(receiver.requestCount(), 3);
        QVERIFY(!receiver.requests().first().headers.contains("lc-signature"));
    }
};

QTEST_GUILESS_MAIN(TestEngineHttp)
#include "tst_engine_http.moc"
