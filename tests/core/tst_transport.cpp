// SPDX-FileCopyrightText: 2026 The Docket authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Transport behaviour of ApiClient/ApiRequest against a loopback server that scripts faults.
// Every test asserts the number of attempts and the final outcome; back-off runs on a manual clock.

#include "api/apiclient.h"
#include "fakehttpserver.h"
#include "manualclock.h"
#include "testclient.h"

#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace docket::api;
using docket::test::FakeHttpServer;
using docket::test::ManualClock;
using docket::test::ScriptedResponse;
using B = ScriptedResponse::Behaviour;

namespace {
// A minimal DTO so these tests exercise call<T>() parsing without depending on the real types.
struct Echo
{
    QString id;
    static Echo read(JsonReader &r) { return Echo{r.string(QLatin1String("id"))}; }
};

struct Outcome
{
    std::optional<Result<Echo>> result;
    int attempts = 0;
};
} // namespace

class TransportTest : public QObject
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
    }

    Outcome run(RequestSpec spec)
    {
        Outcome out;
        ApiRequest *request = client->call<Echo>(std::move(spec), this, [&out](Result<Echo> r) { out.result = r; });
        QObject::connect(request, &ApiRequest::finished, this, [&out, request] { out.attempts = request->attempts(); });
        if (!QTest::qWaitFor([&] { return out.result.has_value(); }, 20000))
            qFatal("request never finished");
        return out;
    }

    // A loopback port nobody listens on: connections to it are refused.
    static QUrl deadServerUrl()
    {
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost, 0);
        QUrl u;
        u.setScheme(QStringLiteral("http"));
        u.setHost(QStringLiteral("127.0.0.1"));
        u.setPort(probe.serverPort());
        return u;
    }

    static RequestSpec get(const QString &path = QStringLiteral("/api/v2/classify/job-1"))
    {
        RequestSpec spec;
        spec.path = path;
        return spec;
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

    void failsAtOnceWithoutAServer()
    {
        client->setConnection(ConnectionSettings{}); // between two profiles
        const Outcome out = run(get());
        QVERIFY(!out.result->ok());
        QCOMPARE(out.result->error().kind(), ApiError::Kind::InvalidInput);
        QVERIFY(out.result->error().message().contains(QStringLiteral("No server")));
        QCOMPARE(out.attempts, 0); // nothing was tried, so nothing is retried
        QVERIFY(clock->delays().isEmpty());
        QCOMPARE(server->requestCount(), 0);
    }

    void succeedsAtFirstAttempt()
    {
        server->enqueue(ScriptedResponse::json(200, R"({"id":"job-1","unknown":true})"));
        const Outcome out = run(get());
        QVERIFY(out.result->ok());
        QCOMPARE(out.result->value().id, QStringLiteral("job-1"));
        QCOMPARE(out.attempts, 1);
        QCOMPARE(server->requestCount(), 1);
        QVERIFY(clock->delays().isEmpty());
    }

    void sendsAuthUserAgentAndTenantParameters()
    {
        ConnectionSettings c = client->connection();
        c.projectId = QStringLiteral("prj-1");
        c.organizationId = QStringLiteral("org-1");
        client->setConnection(c);
        server->enqueue(ScriptedResponse::json(200, R"({"id":"x"})"));
        RequestSpec spec = get(QStringLiteral("/api/v2/classify"));
        spec.query.add(QStringLiteral("job_ids"), QStringList{QStringLiteral("a"), QStringLiteral("b")});
        QVERIFY(run(spec).result->ok());
        const auto &req = server->requests().first();
        QCOMPARE(req.method, QByteArray("GET"));
        QCOMPARE(req.path, QStringLiteral("/api/v2/classify"));
        QCOMPARE(req.headers.value("authorization"), QByteArray("Bearer llx-test-key"));
        QVERIFY(req.headers.value("user-agent").startsWith("Docket/" DOCKET_VERSION));
        QCOMPARE(req.headers.value("accept"), QByteArray("application/json"));
        QCOMPARE(req.rawQuery, QByteArray("job_ids=a&job_ids=b&project_id=prj-1&organization_id=org-1"));
    }

    void retriesOn429WithRetryAfter()
    {
        server->enqueue(ScriptedResponse::json(429, R"({"detail":"Too many requests"})").header("retry-after", "3"));
        server->enqueue(ScriptedResponse::json(200, R"({"id":"job-1"})"));
        const Outcome out = run(get());
        QVERIFY(out.result->ok());
        QCOMPARE(out.attempts, 2);
        QCOMPARE(server->requestCount(), 2);
        QCOMPARE(clock->delays(), QList<int>{3000});
    }

    void retryAfterMsWinsOverRetryAfter()
    {
        server->enqueue(ScriptedResponse::json(429, "{}").header("retry-after-ms", "1500").header("retry-after", "9"));
        server->enqueue(ScriptedResponse::json(200, R"({"id":"job-1"})"));
        QVERIFY(run(get()).result->ok());
        QCOMPARE(clock->delays(), QList<int>{1500});
    }

    void ignoresRetryAfterBeyondSixtySeconds()
    {
        server->enqueue(ScriptedResponse::json(429, "{}").header("retry-after", "3600"));
        server->enqueue(ScriptedResponse::json(200, R"({"id":"job-1"})"));
        QVERIFY(run(get()).result->ok());
        QCOMPARE(clock->delays(), QList<int>{500}); // the formula, not the hint
    }

    void burstOf503ThenSuccess()
    {
        makeClient(3);
        for (int i = 0; i < 3; ++i)
            server->enqueue(ScriptedResponse::json(503, R"({"detail":"busy"})"));
        server->enqueue(ScriptedResponse::json(200, R"({"id":"job-1"})"));
        const Outcome out = run(get());
        QVERIFY(out.result->ok());
        QCOMPARE(out.attempts, 4);
        QCOMPARE(server->requestCount(), 4);
        QCOMPARE(clock->delays(), (QList<int>{500, 1000, 2000}));
    }

    void givesUpAfterRetryLimitWithServerDetail()
    {
        for (int i = 0; i < 5; ++i)
            server->enqueue(ScriptedResponse::json(
                500, R"({"detail":"Oops! Something went wrong on our end, correlation ID: 7f3c-99"})"));
        const Outcome out = run(get());
        QVERIFY(!out.result->ok());
        const ApiError &e = out.result->error();
        QCOMPARE(e.kind(), ApiError::Kind::Server);
        QCOMPARE(e.httpStatus(), 500);
        QCOMPARE(e.correlationId(), QStringLiteral("7f3c-99"));
        QVERIFY(e.message().contains(QStringLiteral("Something went wrong")));
        QCOMPARE(out.attempts, 3); // the first try and the default two retries
        QCOMPARE(server->requestCount(), 3);
    }

    void xShouldRetryFalseStopsRetries()
    {
        server->enqueue(ScriptedResponse::json(503, "{}").header("x-should-retry", "false"));
        const Outcome out = run(get());
        QCOMPARE(out.result->error().kind(), ApiError::Kind::Server);
        QCOMPARE(out.attempts, 1);
    }

    void connectionDroppedMidBodyIsRetried()
    {
        server->enqueue(ScriptedResponse::behaving(B::DropMidBody));
        server->enqueue(ScriptedResponse::json(200, R"({"id":"job-1"})"));
        const Outcome out = run(get());
        QVERIFY(out.result->ok());
        QCOMPARE(out.result->value().id, QStringLiteral("job-1"));
        QCOMPARE(out.attempts, 2);
        QCOMPARE(server->requestCount(), 2);
    }

    void connectionDroppedEveryTimeIsANetworkError()
    {
        for (int i = 0; i < 3; ++i)
            server->enqueue(ScriptedResponse::behaving(B::DropMidBody));
        const Outcome out = run(get());
        QCOMPARE(out.result->error().kind(), ApiError::Kind::Network);
        QCOMPARE(out.attempts, 3);
        QCOMPARE(server->requestCount(), 3);
    }

    void closedWithoutAnswerIsRetried()
    {
        server->enqueue(ScriptedResponse::behaving(B::CloseImmediately));
        server->enqueue(ScriptedResponse::json(200, R"({"id":"job-1"})"));
        const Outcome out = run(get());
        QVERIFY(out.result->ok());
        // Qt itself re-sends an idempotent GET once when a kept-alive connection closes before
        // answering; either way the server sees exactly two requests and the call succeeds.
        QCOMPARE(server->requestCount(), 2);
        QVERIFY(out.attempts <= 2);
    }

    void stallBeyondTransferTimeoutIsATimeout()
    {
        makeClient(0);
        client->setTimeouts(2000, 300);
        server->enqueue(ScriptedResponse::behaving(B::Stall));
        const Outcome out = run(get());
        QCOMPARE(out.result->error().kind(), ApiError::Kind::Timeout);
        QCOMPARE(out.attempts, 1);
        QCOMPARE(server->requestCount(), 1);
    }

    void stallThenSuccessAfterRetry()
    {
        makeClient(1);
        client->setTimeouts(2000, 300);
        server->enqueue(ScriptedResponse::behaving(B::Stall));
        server->enqueue(ScriptedResponse::json(200, R"({"id":"job-1"})"));
        const Outcome out = run(get());
        QVERIFY(out.result->ok());
        QCOMPARE(out.attempts, 2);
        QCOMPARE(clock->delays(), QList<int>{500});
    }

    void malformedJsonIsTypedAndNotRetried()
    {
        server->enqueue(ScriptedResponse::json(200, "{\"id\": \"job-1\", oops"));
        const Outcome out = run(get());
        QCOMPARE(out.result->error().kind(), ApiError::Kind::MalformedJson);
        QCOMPARE(out.attempts, 1);
    }

    void misShapedJsonNamesTheField()
    {
        server->enqueue(ScriptedResponse::json(200, R"({"id": 42})"));
        const Outcome out = run(get());
        QCOMPARE(out.result->error().kind(), ApiError::Kind::UnexpectedShape);
        QCOMPARE(out.result->error().field(), QStringLiteral("id"));
    }

    void validationErrorKeepsLocations()
    {
        server->enqueue(ScriptedResponse::json(422, R"({"detail":[
            {"loc":["body","configuration","rules",0,"description"],"msg":"String should have at least 10 characters","type":"string_too_short"},
            {"loc":["query","page_size"],"msg":"Input should be less than or equal to 100","type":"less_than_equal"}]})"));
        const Outcome out = run(get());
        const ApiError &e = out.result->error();
        QCOMPARE(e.kind(), ApiError::Kind::Validation);
        QCOMPARE(e.httpStatus(), 422);
        QCOMPARE(e.issues().size(), 2);
        QCOMPARE(e.issues().at(0).field(), QStringLiteral("configuration.rules.0.description"));
        QCOMPARE(e.issues().at(0).type, QStringLiteral("string_too_short"));
        QCOMPARE(e.issues().at(1).field(), QStringLiteral("page_size"));
        QCOMPARE(out.attempts, 1);
    }

    void unauthorizedIsTypedAndNotRetried()
    {
        server->enqueue(ScriptedResponse::json(401, R"({"detail":"Invalid API key"})"));
        const Outcome out = run(get());
        QCOMPARE(out.result->error().kind(), ApiError::Kind::Unauthorized);
        QCOMPARE(out.result->error().message(), QStringLiteral("Invalid API key"));
        QVERIFY(out.result->error().toDisplayString().contains(QStringLiteral("region")));
        QCOMPARE(out.attempts, 1);
    }

    void statusCodesMapToKinds_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<ApiError::Kind>("kind");
        QTest::newRow("400") << 400 << ApiError::Kind::BadRequest;
        QTest::newRow("402") << 402 << ApiError::Kind::PaymentRequired;
        QTest::newRow("403") << 403 << ApiError::Kind::Forbidden;
        QTest::newRow("404") << 404 << ApiError::Kind::NotFound;
        QTest::newRow("413") << 413 << ApiError::Kind::PayloadTooLarge;
        QTest::newRow("418") << 418 << ApiError::Kind::Http;
    }

    void statusCodesMapToKinds()
    {
        QFETCH(int, status);
        QFETCH(ApiError::Kind, kind);
        server->enqueue(ScriptedResponse::json(status, R"({"detail":"nope"})"));
        const Outcome out = run(get());
        QCOMPARE(out.result->error().kind(), kind);
        QCOMPARE(out.result->error().message(), QStringLiteral("nope"));
        QCOMPARE(out.attempts, 1);
    }

    void unsafePostIsNotRetriedAfterSending()
    {
        RequestSpec spec = get(QStringLiteral("/api/v1/classifier/jobs"));
        spec.method = HttpMethod::Post;
        spec.jsonBody = QByteArrayLiteral(R"({"file_ids":["f"],"rules":[]})");
        spec.safety = RetrySafety::BeforeSendOnly;
        server->enqueue(ScriptedResponse::json(503, "{}"));
        const Outcome out = run(spec);
        QCOMPARE(out.result->error().kind(), ApiError::Kind::Server);
        QCOMPARE(out.attempts, 1);
        QCOMPARE(server->requestCount(), 1);
    }

    void idempotentPostIsRetried()
    {
        RequestSpec spec = get(QStringLiteral("/api/v2/classify"));
        spec.method = HttpMethod::Post;
        spec.jsonBody = QByteArrayLiteral(R"({"file_input":"dfl-1","transaction_id":"t-1"})");
        spec.safety = RetrySafety::Idempotent;
        server->enqueue(ScriptedResponse::json(503, "{}"));
        server->enqueue(ScriptedResponse::json(200, R"({"id":"job-1"})"));
        const Outcome out = run(spec);
        QVERIFY(out.result->ok());
        QCOMPARE(out.attempts, 2);
        QCOMPARE(server->requests().at(0).body, server->requests().at(1).body);
        QCOMPARE(server->requests().at(0).headers.value("content-type"), QByteArray("application/json"));
    }

    void connectionRefusedRetriesEvenUnsafePosts()
    {
        const QUrl deadUrl = deadServerUrl();
        ConnectionSettings c = client->connection();
        c.baseUrl = deadUrl;
        client->setConnection(c);
        RequestSpec spec = get(QStringLiteral("/api/v1/classifier/jobs"));
        spec.method = HttpMethod::Post;
        spec.jsonBody = QByteArrayLiteral("{}");
        spec.safety = RetrySafety::BeforeSendOnly;
        const Outcome out = run(spec);
        QCOMPARE(out.result->error().kind(), ApiError::Kind::Network);
        QCOMPARE(out.attempts, 3);
        QCOMPARE(clock->delays(), (QList<int>{500, 1000}));
    }

    void abortEndsWithCancelled()
    {
        server->enqueue(ScriptedResponse::behaving(B::Stall));
        std::optional<Result<Echo>> result;
        ApiRequest *request = client->call<Echo>(get(), this, [&result](Result<Echo> r) { result = r; });
        QSignalSpy spy(request, &ApiRequest::finished);
        QTRY_COMPARE(server->requestCount(), 1);
        request->abort();
        QTRY_VERIFY(result.has_value());
        QCOMPARE(result->error().kind(), ApiError::Kind::Cancelled);
        QCOMPARE(spy.size(), 1);
    }

    void uploadStreamsMultipartFromDisk()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("invoice \"march\".pdf"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        const QByteArray content(300'000, 'x');
        f.write(content);
        f.close();

        RequestSpec spec = get(QStringLiteral("/api/v1/beta/files"));
        spec.method = HttpMethod::Post;
        spec.safety = RetrySafety::BeforeSendOnly;
        MultipartUpload up;
        up.filePath = path;
        up.contentType = QStringLiteral("application/pdf");
        up.fields = {{QStringLiteral("purpose"), QStringLiteral("classify")}};
        spec.upload = up;
        server->enqueue(ScriptedResponse::json(201, R"({"id":"dfl-1"})"));

        qint64 lastSent = 0, lastTotal = 0;
        std::optional<Result<Echo>> result;
        ApiRequest *request = client->call<Echo>(spec, this, [&result](Result<Echo> r) { result = r; });
        connect(request, &ApiRequest::uploadProgress, this, [&](qint64 s, qint64 t) { lastSent = s; lastTotal = t; });
        QTRY_VERIFY(result.has_value());
        QVERIFY(result->ok());
        const auto &req = server->requests().first();
        QVERIFY(req.headers.value("content-type").startsWith("multipart/form-data; boundary="));
        QVERIFY(req.body.contains("name=\"purpose\"\r\n\r\nclassify"));
        QVERIFY(req.body.contains("name=\"file\"; filename=\"invoice _march_.pdf\""));
        QVERIFY(req.body.contains("Content-Type: application/pdf"));
        QVERIFY(req.body.contains(content));
        QVERIFY(lastTotal > content.size());
        QCOMPARE(lastSent, lastTotal);
    }

    void unreadableUploadFailsBeforeTheNetwork()
    {
        RequestSpec spec = get(QStringLiteral("/api/v1/beta/files"));
        spec.method = HttpMethod::Post;
        MultipartUpload up;
        up.filePath = QStringLiteral("/nonexistent/folder/file.pdf");
        spec.upload = up;
        const Outcome out = run(spec);
        QCOMPARE(out.result->error().kind(), ApiError::Kind::InvalidInput);
        QVERIFY(out.result->error().message().contains(QStringLiteral("file.pdf")));
        QCOMPARE(server->requestCount(), 0);
    }

    // #1: a request belongs to the connection it was created for. A retry that falls due after a
    // profile switch must not carry the old profile's body to the new server under the new key.
    void retryAfterAProfileSwitchNeverReachesTheNewServer_data()
    {
        QTest::addColumn<bool>("refused");
        QTest::newRow("503 on an idempotent POST") << false;
        QTest::newRow("connection refused on a create POST") << true;
    }
    void retryAfterAProfileSwitchNeverReachesTheNewServer()
    {
        QFETCH(bool, refused);
        ManualClock manual(false);
        client->setClock(&manual);
        ConnectionSettings a = client->connection();
        if (refused)
            a.baseUrl = deadServerUrl();
        a.projectId = QStringLiteral("prj-a");
        client->setConnection(a);
        server->enqueue(ScriptedResponse::json(503, R"({"detail":"busy"})"));
        FakeHttpServer b;
        QVERIFY(b.listen());
        b.setHandler([](const docket::test::RecordedRequest &) { return ScriptedResponse::json(200, R"({"id":"on-b"})"); });

        RequestSpec spec = get(QStringLiteral("/api/v2/classify"));
        spec.method = HttpMethod::Post;
        spec.jsonBody = QByteArrayLiteral(R"({"file_input":"dfl-a"})");
        spec.safety = refused ? RetrySafety::BeforeSendOnly : RetrySafety::Idempotent;
        std::optional<Result<Echo>> result;
        int callbacks = 0;
        QPointer<ApiRequest> request = client->call<Echo>(spec, this, [&](Result<Echo> r) {
            ++callbacks;
            result = r;
        });
        QSignalSpy finished(request.data(), &ApiRequest::finished);
        QSignalSpy retrying(request.data(), &ApiRequest::retrying);
        QTRY_COMPARE(retrying.size(), 1); // the first attempt failed on A; the retry waits on the clock
        QCOMPARE(manual.pendingCount(), 1);
        QCOMPARE(server->requestCount(), refused ? 0 : 1);

        client->setConnection({b.baseUrl(), QStringLiteral("llx-key-of-b"), QStringLiteral("prj-b"), QString()});
        manual.advance(60'000); // the retry falls due

        QTRY_VERIFY(result.has_value());
        QVERIFY2(!result->ok(), "the retry reached the new server");
        QCOMPARE(result->error().kind(), ApiError::Kind::Cancelled);
        QVERIFY2(result->error().message().contains(QStringLiteral("profile changed")),
                 qPrintable(result->error().message()));
        QTRY_VERIFY(request.isNull());
        QVERIFY(!QTest::qWaitFor([&] { return b.requestCount() > 0; }, 200));
        QCOMPARE(b.requestCount(), 0);
        QCOMPARE(server->requestCount(), refused ? 0 : 1);
        QCOMPARE(finished.size(), 1);
        QCOMPARE(callbacks, 1);
    }

    void requestCreatedInTheTurnOfASwitchNeverReachesTheNewServer()
    {
        FakeHttpServer b;
        QVERIFY(b.listen());
        b.setHandler([](const docket::test::RecordedRequest &) { return ScriptedResponse::json(200, R"({"id":"on-b"})"); });
        server->setHandler([](const docket::test::RecordedRequest &) { return ScriptedResponse::json(200, R"({"id":"on-a"})"); });

        std::optional<Result<Echo>> result;
        int callbacks = 0;
        client->call<Echo>(get(), this, [&](Result<Echo> r) {
            ++callbacks;
            result = r;
        });
        client->setConnection({b.baseUrl(), QStringLiteral("llx-key-of-b"), QString(), QString()});
        QTRY_VERIFY(result.has_value());
        QVERIFY(!QTest::qWaitFor([&] { return b.requestCount() > 0; }, 200));
        QCOMPARE(b.requestCount(), 0);
        QCOMPARE(callbacks, 1);
        // Either outcome keeps A's request with A: it went nowhere, or it went to A with A's key.
        if (result->ok()) {
            QCOMPARE(result->value().id, QStringLiteral("on-a"));
            QCOMPARE(server->requests().first().headers.value("authorization"), QByteArray("Bearer llx-test-key"));
        } else {
            QCOMPARE(result->error().kind(), ApiError::Kind::Cancelled);
            QCOMPARE(server->requestCount(), 0);
        }

        // Requests made after the switch go to B, with B's key.
        const Outcome out = run(get());
        QVERIFY(out.result->ok());
        QCOMPARE(out.result->value().id, QStringLiteral("on-b"));
        QCOMPARE(b.requests().first().headers.value("authorization"), QByteArray("Bearer llx-key-of-b"));
    }

    void reapplyingTheSameConnectionKeepsRequestsGoing()
    {
        server->enqueue(ScriptedResponse::json(200, R"({"id":"job-1"})"));
        std::optional<Result<Echo>> result;
        client->call<Echo>(get(), this, [&](Result<Echo> r) { result = r; });
        client->setConnection(ConnectionSettings(client->connection()));
        QTRY_VERIFY(result.has_value());
        QVERIFY(result->ok());
        QCOMPARE(server->requestCount(), 1);
    }

    // #17: the "exactly one finished()" contract holds when the client goes first, whether the
    // request is on the wire, waiting to retry, or not started yet.
    void requestsDestroyedWithTheirClientFinishOnceAsCancelled()
    {
        ManualClock manual(false);
        client->setClock(&manual);
        server->enqueue(ScriptedResponse::behaving(B::Stall));
        server->enqueue(ScriptedResponse::json(503, R"({"detail":"busy"})"));

        QList<std::optional<Result<Echo>>> results(3);
        QList<int> callbacks(3, 0);
        auto start = [&](int i) {
            return client->call<Echo>(get(), this, [&, i](Result<Echo> r) {
                ++callbacks[i];
                results[i] = r;
            });
        };
        ApiRequest *onTheWire = start(0);
        QSignalSpy stalled(onTheWire, &ApiRequest::finished);
        QTRY_COMPARE(server->requestCount(), 1);
        QSignalSpy waiting(start(1), &ApiRequest::finished);
        QTRY_COMPARE(manual.pendingCount(), 1);
        QSignalSpy unstarted(start(2), &ApiRequest::finished);

        // A receiver that sends again while the client is going gets that request cancelled too,
        // without it touching the network.
        std::optional<Result<Echo>> late;
        ApiClient *dying = client.get();
        bool sentLate = false;
        connect(onTheWire, &ApiRequest::finished, this, [&] {
            if (sentLate)
                return;
            sentLate = true;
            dying->call<Echo>(get(), this, [&](Result<Echo> r) { late = r; });
        });

        client.reset();
        for (int i = 0; i < 3; ++i) {
            QVERIFY2(results[i].has_value(), qPrintable(QString::number(i)));
            QVERIFY(!results[i]->ok());
            QCOMPARE(results[i]->error().kind(), ApiError::Kind::Cancelled);
            QCOMPARE(callbacks[i], 1);
        }
        QCOMPARE(stalled.size(), 1);
        QCOMPARE(waiting.size(), 1);
        QCOMPARE(unstarted.size(), 1);
        QVERIFY(sentLate);
        QVERIFY(late.has_value());
        QVERIFY(!late->ok());
        QCOMPARE(late->error().kind(), ApiError::Kind::Cancelled);
        QVERIFY(!QTest::qWaitFor([&] { return server->requestCount() > 2; }, 200));
        QCOMPARE(server->requestCount(), 2);
    }

    // #11: a URL's user info (user:password@) never reaches the log.
    void logsNeverCarryUserInfo()
    {
        static QStringList captured;
        captured.clear();
        QLoggingCategory::setFilterRules(QStringLiteral("docket.api.debug=true"));
        const QtMessageHandler previous = qInstallMessageHandler([](QtMsgType, const QMessageLogContext &, const QString &m) {
            captured.append(m);
        });
        ConnectionSettings c = client->connection();
        c.baseUrl.setUserInfo(QStringLiteral("proxyuser:s3cret-pw"));
        client->setConnection(c);
        server->enqueue(ScriptedResponse::json(200, R"({"id":"x"})"));
        const Outcome out = run(get());
        qInstallMessageHandler(previous);
        QLoggingCategory::setFilterRules(QString());
        QVERIFY(out.result->ok());
        const QString all = captured.join(QLatin1Char('\n'));
        QVERIFY2(all.contains(QStringLiteral("/api/v2/classify/job-1")), qPrintable(all)); // the lines were logged
        QVERIFY2(!all.contains(QStringLiteral("s3cret-pw")), qPrintable(all));
        QVERIFY2(!all.contains(QStringLiteral("proxyuser")), qPrintable(all));
    }

    void finishedIsEmittedExactlyOnceAndRequestDeletesItself()
    {
        server->enqueue(ScriptedResponse::json(200, R"({"id":"job-1"})"));
        QPointer<ApiRequest> request = client->send(get());
        QSignalSpy spy(request.data(), &ApiRequest::finished);
        QTRY_COMPARE(spy.size(), 1);
        QTRY_VERIFY(request.isNull());
        QCOMPARE(spy.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TransportTest)
#include "tst_transport.moc"
