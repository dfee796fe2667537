// SPDX-FileCopyrightText: 2026 The Docket authors
// SPDX-License-Identifier: GPL-3.0-or-later
// KeyValidator against a loopback server: every outcome a key check can have, and the words the
// user reads for it.

#include "account/keyvalidator.h"
#include "fakehttpserver.h"

#include <QSignalSpy>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace docket::account;
using docket::test::FakeHttpServer;
using docket::test::ScriptedResponse;
using Outcome = KeyCheck::Outcome;

namespace {
const QByteArray ProjectsBody = R"([
  {"id":"p-1","name":"Invoices","organization_id":"o-1","is_default":true},
  {"id":"p-2","name":"Contracts","organization_id":"o-1"}
])";
const QByteArray OrganizationsBody = R"([{"id":"o-1","name":"Acme"}])";
} // namespace

class KeyValidatorTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<FakeHttpServer> server;

    KeyCheck check(KeyValidator &validator, const QUrl &url, const QString &key = QStringLiteral("llx-candidate"),
                   Region region = Region::Custom)
    {
        QSignalSpy spy(&validator, &KeyValidator::finished);
        validator.validate(url, key, region);
        [&] { QVERIFY(spy.wait(15000)); }();
        if (spy.isEmpty())
            return {};
        [&] { QVERIFY(!validator.isBusy()); }();
        QTest::qWait(20); // a second finished() would arrive now
        [&] { QCOMPARE(spy.size(), 1); }();
        return spy.first().first().value<KeyCheck>();
    }

private Q_SLOTS:
    void init()
    {
        server = std::make_unique<FakeHttpServer>();
        QVERIFY(server->listen());
    }

    void validKeyListsProjectsAndOrganizations()
    {
        server->enqueue(ScriptedResponse::json(200, ProjectsBody));
        server->enqueue(ScriptedResponse::json(200, OrganizationsBody));
        KeyValidator validator;
        const KeyCheck c = check(validator, server->baseUrl());
        QVERIFY2(c.ok(), qPrintable(c.message));
        QCOMPARE(c.projects.size(), 2);
        QCOMPARE(c.projects.at(0).name, QStringLiteral("Invoices"));
        QCOMPARE(c.organizations.size(), 1);
        QCOMPARE(c.organizations.at(0).name, QStringLiteral("Acme"));
        QVERIFY(c.message.contains(QStringLiteral("2 project")));

        QCOMPARE(server->requestCount(), 2);
        const auto &projects = server->requests().at(0);
        QCOMPARE(projects.method, QByteArray("GET"));
        QCOMPARE(projects.path, QStringLiteral("/api/v1/projects"));
        QCOMPARE(projects.headers.value("authorization"), QByteArray("Bearer llx-candidate"));
        QVERIFY(!projects.query.hasQueryItem(QStringLiteral("project_id")));
        QCOMPARE(server->requests().at(1).path, QStringLiteral("/api/v1/organizations"));
    }

    void organizationsFailureStillValidatesWithIdsAsNames()
    {
        server->enqueue(ScriptedResponse::json(200, ProjectsBody));
        server->enqueue(ScriptedResponse::json(403, R"({"detail":"nope"})"));
        KeyValidator validator;
        const KeyCheck c = check(validator, server->baseUrl());
        QVERIFY(c.ok());
        QCOMPARE(c.organizations.size(), 1);
        QCOMPARE(c.organizations.at(0).id, QStringLiteral("o-1"));
    }

    void failuresSayPlainlyWhatIsWrong_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("retryAfter");
        QTest::addColumn<int>("region");
        QTest::addColumn<Outcome>("expected");
        QTest::addColumn<QStringList>("phrases");
        QTest::newRow("401 US suggests EU") << 401 << QByteArray() << int(Region::US) << Outcome::BadKey
                                            << QStringList{QStringLiteral("401"), QStringLiteral("rejected"), QStringLiteral("choose EU")};
        QTest::newRow("401 EU suggests US") << 401 << QByteArray() << int(Region::EU) << Outcome::BadKey
                                            << QStringList{QStringLiteral("choose US")};
        QTest::newRow("401 custom") << 401 << QByteArray() << int(Region::Custom) << Outcome::BadKey
                                    << QStringList{QStringLiteral("this server")};
        QTest::newRow("402") << 402 << QByteArray() << int(Region::US) << Outcome::OutOfCredits
                             << QStringList{QStringLiteral("out of credits"), QStringLiteral("402")};
        QTest::newRow("403") << 403 << QByteArray() << int(Region::US) << Outcome::NoAccess
                             << QStringList{QStringLiteral("no access"), QStringLiteral("403")};
        QTest::newRow("429 with wait") << 429 << QByteArray("7") << int(Region::US) << Outcome::RateLimited
                                       << QStringList{QStringLiteral("Wait 7 second"), QStringLiteral("429")};
        QTest::newRow("429 without wait") << 429 << QByteArray() << int(Region::US) << Outcome::RateLimited
                                          << QStringList{QStringLiteral("Wait a little")};
        QTest::newRow("503") << 503 << QByteArray() << int(Region::US) << Outcome::ServerError
                             << QStringList{QStringLiteral("internal problem"), QStringLiteral("503")};
        QTest::newRow("404 not llamacloud") << 404 << QByteArray() << int(Region::Custom) << Outcome::Unexpected
                                            << QStringList{QStringLiteral("unexpected answer")};
    }
    void failuresSayPlainlyWhatIsWrong()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, retryAfter);
        QFETCH(int, region);
        QFETCH(Outcome, expected);
        QFETCH(QStringList, phrases);
        ScriptedResponse r = ScriptedResponse::json(status, R"({"detail":"server words"})");
        if (!retryAfter.isEmpty())
            r.header("Retry-After", retryAfter);
        server->enqueue(r);
        KeyValidator validator;
        const KeyCheck c = check(validator, server->baseUrl(), QStringLiteral("llx-x"), Region(region));
        QCOMPARE(c.outcome, expected);
        QCOMPARE(c.httpStatus, status);
        for (const QString &phrase : phrases)
            QVERIFY2(c.message.contains(phrase), qPrintable(c.message));
        QVERIFY(!c.message.contains(QStringLiteral("llx-x"))); // the key is never echoed
        QCOMPARE(server->requestCount(), 1); // no retries: the user sees the answer at once
        if (expected == Outcome::RateLimited && !retryAfter.isEmpty())
            QCOMPARE(c.retryAfterSeconds, std::optional<int>(7));
    }

    void offlineWhenNothingListens()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close(); // the port is now closed: connection refused
        KeyValidator validator;
        QUrl url(QStringLiteral("http://127.0.0.1"));
        url.setPort(port);
        const KeyCheck c = check(validator, url);
        QCOMPARE(c.outcome, Outcome::Offline);
        QVERIFY2(c.message.contains(QStringLiteral("offline")), qPrintable(c.message));
        QVERIFY(c.message.contains(QStringLiteral("127.0.0.1")));
    }

    void tlsFailureIsNamed()
    {
        if (!QSslSocket::supportsSsl())
            QSKIP("This Qt has no TLS backend, so a TLS failure cannot happen here.");
        // A server that answers a TLS ClientHello with plain text: the handshake must fail.
        QTcpServer plain;
        QVERIFY(plain.listen(QHostAddress::LocalHost));
        connect(&plain, &QTcpServer::newConnection, this, [&plain] {
            while (QTcpSocket *s = plain.nextPendingConnection()) {
                connect(s, &QTcpSocket::readyRead, s, [s] {
                    s->readAll();
                    s->write("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n");
                    s->disconnectFromHost();
                });
            }
        });
        KeyValidator validator;
        QUrl url(QStringLiteral("https://127.0.0.1"));
        url.setPort(plain.serverPort());
        const KeyCheck c = check(validator, url);
        QCOMPARE(c.outcome, Outcome::Tls);
        QVERIFY2(c.message.contains(QStringLiteral("secure connection")), qPrintable(c.message));
        QVERIFY(c.message.contains(QStringLiteral("not sent")));
    }

    void timeoutWhenTheServerStalls()
    {
        server->enqueue(ScriptedResponse::behaving(ScriptedResponse::Behaviour::Stall));
        KeyValidator validator;
        validator.client()->setTimeouts(2000, 300);
        const KeyCheck c = check(validator, server->baseUrl());
        QCOMPARE(c.outcome, Outcome::Timeout);
        QVERIFY2(c.message.contains(QStringLiteral("did not answer in time")), qPrintable(c.message));
    }

    void emptyKeyIsRefusedWithoutACall()
    {
        KeyValidator validator;
        const KeyCheck c = check(validator, server->baseUrl(), QStringLiteral("   "));
        QCOMPARE(c.outcome, Outcome::MissingKey);
        QVERIFY(c.message.contains(QStringLiteral("Enter an API key")));
        QCOMPARE(server->requestCount(), 0);
    }

    void aNewCheckReplacesTheOldOne()
    {
        server->enqueue(ScriptedResponse::behaving(ScriptedResponse::Behaviour::Stall));
        server->enqueue(ScriptedResponse::json(401, R"({"detail":"bad"})"));
        KeyValidator validator;
        QSignalSpy spy(&validator, &KeyValidator::finished);
        validator.validate(server->baseUrl(), QStringLiteral("llx-first"), Region::Custom);
        QTRY_COMPARE(server->requestCount(), 1);
        validator.validate(server->baseUrl(), QStringLiteral("llx-second"), Region::Custom);
        QVERIFY(spy.wait(10000));
        QTest::qWait(50);
        QCOMPARE(spy.size(), 1);
        QCOMPARE(spy.first().first().value<KeyCheck>().outcome, Outcome::BadKey);
        QCOMPARE(server->requests().last().headers.value("authorization"), QByteArray("Bearer llx-second"));
    }

    void cancelledCheckStaysSilent()
    {
        server->enqueue(ScriptedResponse::behaving(ScriptedResponse::Behaviour::Stall));
        KeyValidator validator;
        QSignalSpy spy(&validator, &KeyValidator::finished);
        validator.validate(server->baseUrl(), QStringLiteral("llx-x"), Region::Custom);
        QVERIFY(validator.isBusy());
        validator.cancel();
        QVERIFY(!validator.isBusy());
        QTest::qWait(100);
        QCOMPARE(spy.size(), 0);
    }
};

QTEST_GUILESS_MAIN(KeyValidatorTest)
#include "tst_keyvalidator.moc"
