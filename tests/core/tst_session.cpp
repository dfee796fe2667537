// SPDX-FileCopyrightText: 2026 The Docket authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Session with fakes: a temporary settings file, the memory store as keychain, a shell script as
// docket-engine and a loopback server. Checks what the ApiClient points at after each switch,
// the typed failures, and the two explicit ways out when no keychain is usable.

#include "account/localengine.h"
#include "account/profilestore.h"
#include "account/session.h"
#include "api/apiclient.h"
#include "fakehttpserver.h"
#include "manualclock.h"

#include <QFile>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace docket::account;
using docket::api::ApiClient;
using docket::api::ApiRequest;
using docket::api::RequestSpec;
using docket::test::FakeHttpServer;
using docket::test::ManualClock;
using docket::test::ScriptedResponse;

namespace {
struct Answer
{
    std::optional<std::optional<CredentialError>> value;
    Session::Done done()
    {
        return [this](std::optional<CredentialError> e) { value = std::move(e); };
    }
    bool wait() { return QTest::qWaitFor([this] { return value.has_value(); }, 10000); }
};
} // namespace

class SessionTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir dir;
    std::unique_ptr<QSettings> settings;
    std::unique_ptr<ApiClient> client;
    std::unique_ptr<Session> session;
    MemoryCredentialStore *keychain = nullptr; // owned by session
    FakeHttpServer server;

    QString fakeEnginePath() const { return dir.filePath(QStringLiteral("fake-engine.sh")); }

    void makeSession(const QString &engineProgram = QString())
    {
        session.reset();
        settings = std::make_unique<QSettings>(dir.filePath(QStringLiteral("docket.ini")), QSettings::IniFormat);
        client = std::make_unique<ApiClient>();
        auto fakeKeychain = std::make_unique<MemoryCredentialStore>();
        keychain = fakeKeychain.get();
        auto engine = std::make_unique<LocalEngineSupervisor>();
        engine->setProgram(engineProgram.isEmpty() ? fakeEnginePath() : engineProgram);
        engine->setRestartDelaysMs({10});
        engine->setMaxRestarts(1);
        engine->setStartTimeoutMs(5000);
        session = std::make_unique<Session>(client.get(), std::make_unique<ProfileStore>(settings.get()),
                                            std::move(fakeKeychain), std::move(engine));
    }

    Profile addCloud(const QString &name, const QString &key, Region region = Region::Custom)
    {
        Profile p;
        p.id = ProfileStore::newId();
        p.name = name;
        p.region = region;
        p.customBaseUrl = server.baseUrl();
        p.projectId = QStringLiteral("proj-") + name;
        p.organizationId = QStringLiteral("org-") + name;
        Answer saved;
        session->saveProfile(p, key, this, saved.done());
        [&] { QVERIFY(saved.wait()); }();
        [&] { QVERIFY2(!*saved.value, qPrintable((*saved.value) ? (*saved.value)->message : QString())); }();
        return p;
    }

    static Profile readyProfile(const QSignalSpy &spy) { return spy.last().first().value<Profile>(); }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(dir.isValid());
        QVERIFY(server.listen());
        // A stand-in for docket-engine: announces the fake server as its address, then idles.
        QFile script(fakeEnginePath());
        QVERIFY(script.open(QIODevice::WriteOnly));
        script.write("#!/bin/sh\necho \"docket-engine listening on $DOCKET_TEST_ENGINE_URL\"\nexec sleep 300\n");
        script.close();
        QVERIFY(script.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
        qputenv("DOCKET_TEST_ENGINE_URL", server.baseUrl().toString().toUtf8());
    }

    void init()
    {
        QFile::remove(dir.filePath(QStringLiteral("docket.ini")));
        qunsetenv("LLAMA_CLOUD_API_KEY");
        server.clear();
        makeSession();
    }
    void cleanup() { session.reset(); }

    void cloudProfilePointsTheClientAtItsServerKeyAndTenant()
    {
        const Profile p = addCloud(QStringLiteral("work"), QStringLiteral("llx-work"));
        QSignalSpy activating(session.get(), &Session::activating);
        QSignalSpy ready(session.get(), &Session::ready);
        session->activate(p.id);
        QCOMPARE(session->state(), Session::State::Activating);
        QCOMPARE(activating.size(), 1);
        QVERIFY(ready.wait());
        QCOMPARE(readyProfile(ready).id, p.id);
        QVERIFY(session->isReady());
        QCOMPARE(session->current().id, p.id);
        QCOMPARE(client->connection().baseUrl, server.baseUrl());
        QCOMPARE(client->connection().apiKey, QStringLiteral("llx-work"));

        // A tenant-scoped call carries the key and the chosen project and organization.
        server.enqueue(ScriptedResponse::json(200, "{}"));
        ApiRequest *request = client->send(RequestSpec::get(QStringLiteral("/api/v2/classify")));
        QSignalSpy finished(request, &ApiRequest::finished);
        QVERIFY(finished.wait());
        const auto &seen = server.requests().last();
        QCOMPARE(seen.headers.value("authorization"), QByteArray("Bearer llx-work"));
        QCOMPARE(seen.query.queryItemValue(QStringLiteral("project_id")), QStringLiteral("proj-work"));
        QCOMPARE(seen.query.queryItemValue(QStringLiteral("organization_id")), QStringLiteral("org-work"));
    }

    void regionsPickTheirServer()
    {
        const Profile eu = addCloud(QStringLiteral("eu"), QStringLiteral("llx-eu"), Region::EU);
        QSignalSpy ready(session.get(), &Session::ready);
        session->activate(eu.id);
        QVERIFY(ready.wait());
        QCOMPARE(client->connection().baseUrl, docket::api::ConnectionSettings::euBaseUrl());
    }

    void lastProfileIsActivatedAtTheNextStart()
    {
        const Profile p = addCloud(QStringLiteral("again"), QStringLiteral("llx-again"));
        QSignalSpy ready(session.get(), &Session::ready);
        session->activate(p.id);
        QVERIFY(ready.wait());

        // A new run: same settings file, the key still in the (fake) keychain.
        makeSession();
        bool written = false;
        keychain->write(p.id, QStringLiteral("llx-again"), this, [&written](const CredentialResult &r) { written = r.ok(); });
        QTRY_VERIFY(written);
        QSignalSpy nextReady(session.get(), &Session::ready);
        session->activateLastProfile();
        QVERIFY(nextReady.wait());
        QCOMPARE(readyProfile(nextReady).id, p.id);
        QCOMPARE(client->connection().apiKey, QStringLiteral("llx-again"));
    }

    void noKeychainFailsWithAnExplanationAndDisconnects()
    {
        const Profile p = addCloud(QStringLiteral("nokeychain"), QStringLiteral("llx-k"));
        keychain->setFailure(CredentialError{CredentialError::Kind::NoKeychain,
                                             QStringLiteral("The name org.freedesktop.secrets was not provided")});
        QSignalSpy failed(session.get(), &Session::failed);
        QSignalSpy ready(session.get(), &Session::ready);
        session->activate(p.id);
        QVERIFY(failed.wait());
        QCOMPARE(ready.size(), 0);
        QCOMPARE(session->state(), Session::State::Failed);
        QCOMPARE(session->failure(), Session::Failure::NoKeychain);
        const QString message = failed.first().at(1).toString();
        QVERIFY2(message.contains(QStringLiteral("no keychain")), qPrintable(message));
        QVERIFY(message.contains(QStringLiteral("this run only")));
        QVERIFY(message.contains(QStringLiteral("LLAMA_CLOUD_API_KEY")));
        QVERIFY(message.contains(QStringLiteral("org.freedesktop.secrets")));
        QVERIFY(client->connection().baseUrl.isEmpty());
        QVERIFY(client->connection().apiKey.isEmpty());
    }

    void keyForThisRunIsKeptInMemoryOnly()
    {
        const Profile p = addCloud(QStringLiteral("run"), QStringLiteral("llx-k"));
        keychain->setFailure(CredentialError{CredentialError::Kind::NoKeychain, QStringLiteral("dbus")});
        QSignalSpy failed(session.get(), &Session::failed);
        session->activate(p.id);
        QVERIFY(failed.wait());
        const int keychainCalls = keychain->callCount();

        QSignalSpy ready(session.get(), &Session::ready);
        Answer answer;
        session->useKeyForThisRun(p.id, QStringLiteral("llx-this-run"), this, answer.done());
        QVERIFY(answer.wait());
        QVERIFY(!*answer.value);
        QTRY_COMPARE(ready.size(), 1);
        QCOMPARE(client->connection().apiKey, QStringLiteral("llx-this-run"));
        QCOMPARE(session->profiles()->profile(p.id)->keySource, KeySource::SessionOnly);
        QCOMPARE(keychain->callCount(), keychainCalls); // the keychain was not asked again

        settings->sync();
        QFile file(settings->fileName());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains("llx-this-run"));

        // The next run has no key for it, and says so.
        makeSession();
        QSignalSpy nextFailed(session.get(), &Session::failed);
        session->activate(p.id);
        QVERIFY(nextFailed.wait());
        QCOMPARE(session->failure(), Session::Failure::MissingKey);
        QVERIFY(nextFailed.first().at(1).toString().contains(QStringLiteral("one run only")));
    }

    void environmentKeyIsTheOtherExplicitChoice()
    {
        const Profile p = addCloud(QStringLiteral("env"), QStringLiteral("llx-k"));
        Answer unset;
        session->useEnvironmentKey(p.id, this, unset.done());
        QVERIFY(unset.wait());
        QVERIFY(*unset.value);
        QVERIFY((*unset.value)->message.contains(QStringLiteral("LLAMA_CLOUD_API_KEY")));
        QCOMPARE(session->profiles()->profile(p.id)->keySource, KeySource::Keychain); // unchanged

        qputenv("LLAMA_CLOUD_API_KEY", "llx-from-env");
        session->activate(p.id);
        QSignalSpy ready(session.get(), &Session::ready);
        Answer set;
        session->useEnvironmentKey(p.id, this, set.done());
        QVERIFY(set.wait());
        QVERIFY(!*set.value);
        QTRY_VERIFY(session->isReady());
        QCOMPARE(client->connection().apiKey, QStringLiteral("llx-from-env"));
        QCOMPARE(session->profiles()->profile(p.id)->keySource, KeySource::Environment);
    }

    void missingKeySaysWhereToEnterIt()
    {
        const Profile p = addCloud(QStringLiteral("nokey"), QString());
        QSignalSpy failed(session.get(), &Session::failed);
        session->activate(p.id);
        QVERIFY(failed.wait());
        QCOMPARE(session->failure(), Session::Failure::MissingKey);
        QVERIFY(failed.first().at(1).toString().contains(QStringLiteral("Manage Profiles")));
    }

    void quickSwitchesEndOnTheLastProfile()
    {
        const Profile a = addCloud(QStringLiteral("a"), QStringLiteral("llx-a"));
        const Profile b = addCloud(QStringLiteral("b"), QStringLiteral("llx-b"));
        QSignalSpy ready(session.get(), &Session::ready);
        QSignalSpy activating(session.get(), &Session::activating);
        session->activate(a.id);
        session->activate(b.id);
        QVERIFY(ready.wait());
        QTest::qWait(50);
        QCOMPARE(activating.size(), 2);
        QCOMPARE(ready.size(), 1);
        QCOMPARE(readyProfile(ready).id, b.id);
        QCOMPARE(client->connection().apiKey, QStringLiteral("llx-b"));
    }

    // Review #1 end to end: a call of profile A waiting to retry when the user switches to B is
    // ended, never sent again under B's key and project.
    void switchingProfileEndsTheOldProfilesWaitingRetry()
    {
        ManualClock clock(false);
        client->setClock(&clock);
        const Profile a = addCloud(QStringLiteral("a"), QStringLiteral("llx-a"));
        const Profile b = addCloud(QStringLiteral("b"), QStringLiteral("llx-b"));
        QSignalSpy ready(session.get(), &Session::ready);
        session->activate(a.id);
        QVERIFY(ready.wait());

        server.clear();
        server.enqueue(ScriptedResponse::json(503, R"({"detail":"busy"})"));
        server.setHandler([](const docket::test::RecordedRequest &) { return ScriptedResponse::json(200, "{}"); });
        ApiRequest *request = client->send(RequestSpec::get(QStringLiteral("/api/v2/classify")));
        QSignalSpy finished(request, &ApiRequest::finished);
        QSignalSpy retrying(request, &ApiRequest::retrying);
        QVERIFY(retrying.wait());

        session->activate(b.id);
        QCOMPARE(finished.size(), 1); // ended by the switch itself, before B's key is even read
        QVERIFY(request->error().has_value());
        QCOMPARE(request->error()->kind(), docket::api::ApiError::Kind::Cancelled);
        QVERIFY(ready.wait());
        QCOMPARE(client->connection().apiKey, QStringLiteral("llx-b"));
        clock.advance(60'000);
        QVERIFY(!QTest::qWaitFor([&] { return server.requestCount() > 1; }, 200));
        QCOMPARE(server.requestCount(), 1);
        QCOMPARE(server.requests().first().headers.value("authorization"), QByteArray("Bearer llx-a"));
        QCOMPARE(finished.size(), 1);
        client->setClock(nullptr);
        server.setHandler({});
    }

    void localProfileUsesTheSupervisedEngine()
    {
        QSignalSpy ready(session.get(), &Session::ready);
        session->activate(QString(Profile::LocalId));
        QVERIFY(ready.wait(10000));
        QVERIFY(readyProfile(ready).isLocal());
        QCOMPARE(client->connection().baseUrl, server.baseUrl());
        QVERIFY(!client->connection().apiKey.isEmpty());
        QCOMPARE(client->connection().apiKey, session->engine()->token());
        QVERIFY(client->connection().projectId.isEmpty());
        const qint64 pid = session->engine()->processId();
        QVERIFY(pid > 0);

        // Away and back: the engine keeps running and is not started twice.
        const Profile c = addCloud(QStringLiteral("c"), QStringLiteral("llx-c"));
        session->activate(c.id);
        QVERIFY(ready.wait());
        QCOMPARE(client->connection().apiKey, QStringLiteral("llx-c"));
        session->activate(QString(Profile::LocalId));
        QVERIFY(ready.wait());
        QVERIFY(readyProfile(ready).isLocal());
        QCOMPARE(session->engine()->processId(), pid);
        QCOMPARE(client->connection().apiKey, session->engine()->token());
    }

    void restartedEngineMakesTheViewsReload()
    {
        QSignalSpy ready(session.get(), &Session::ready);
        session->activate(QString(Profile::LocalId));
        QVERIFY(ready.wait(10000));
        const qint64 pid = session->engine()->processId();
        QVERIFY(pid > 0);
        // The engine dies (our own child process, ended by its id); the supervisor starts it again.
        QProcess::execute(QStringLiteral("kill"), {QStringLiteral("-KILL"), QString::number(pid)});
        QVERIFY(ready.wait(10000));
        QCOMPARE(ready.size(), 2);
        QVERIFY(readyProfile(ready).isLocal());
        QVERIFY(session->engine()->processId() != pid);
        QCOMPARE(client->connection().apiKey, session->engine()->token());
        QVERIFY(session->isReady());
    }

    void engineThatCannotStartFails()
    {
        makeSession(dir.filePath(QStringLiteral("no-such-engine")));
        QSignalSpy failed(session.get(), &Session::failed);
        session->activate(QString(Profile::LocalId));
        QVERIFY(failed.wait(10000));
        QCOMPARE(session->failure(), Session::Failure::Engine);
        QVERIFY(failed.first().at(1).toString().contains(QStringLiteral("local engine")));
        QVERIFY(client->connection().baseUrl.isEmpty());
    }

    void saveWithoutKeychainKeepsNothing()
    {
        keychain->setFailure(CredentialError{CredentialError::Kind::NoKeychain, QStringLiteral("dbus-launch")});
        Profile p;
        p.id = ProfileStore::newId();
        p.name = QStringLiteral("unsaved");
        Answer answer;
        session->saveProfile(p, QStringLiteral("llx-k"), this, answer.done());
        QVERIFY(answer.wait());
        QVERIFY(*answer.value);
        QCOMPARE((*answer.value)->kind, CredentialError::Kind::NoKeychain);
        QVERIFY(!session->profiles()->contains(p.id));
    }

    void savingTheCurrentProfileReactivatesIt()
    {
        Profile p = addCloud(QStringLiteral("edit"), QStringLiteral("llx-old"));
        QSignalSpy ready(session.get(), &Session::ready);
        session->activate(p.id);
        QVERIFY(ready.wait());
        p.projectId = QStringLiteral("proj-new");
        Answer answer;
        session->saveProfile(p, QStringLiteral("llx-new"), this, answer.done());
        QVERIFY(answer.wait());
        QVERIFY(!*answer.value);
        QTRY_COMPARE(ready.size(), 2);
        QCOMPARE(client->connection().apiKey, QStringLiteral("llx-new"));
        QCOMPARE(client->connection().projectId, QStringLiteral("proj-new"));
    }

    void removingTheCurrentProfileRemovesItsKeyAndGoesLocal()
    {
        const Profile p = addCloud(QStringLiteral("gone"), QStringLiteral("llx-gone"));
        QSignalSpy ready(session.get(), &Session::ready);
        session->activate(p.id);
        QVERIFY(ready.wait());
        QSignalSpy changed(session.get(), &Session::profilesChanged);
        Answer answer;
        session->removeProfile(p.id, this, answer.done());
        QVERIFY(answer.wait());
        QVERIFY(!*answer.value);
        QVERIFY(!keychain->contains(p.id));
        QVERIFY(!session->profiles()->contains(p.id));
        QVERIFY(changed.size() >= 1);
        QVERIFY(session->current().isLocal());
        QCOMPARE(session->profiles()->lastProfileId(), QString(Profile::LocalId));

        Answer local;
        session->removeProfile(QString(Profile::LocalId), this, local.done());
        QVERIFY(local.wait());
        QVERIFY(*local.value);
    }

    void unknownProfileFails()
    {
        QSignalSpy failed(session.get(), &Session::failed);
        session->activate(QStringLiteral("deleted-elsewhere"));
        QCOMPARE(failed.size(), 1);
        QCOMPARE(session->failure(), Session::Failure::UnknownProfile);
    }
};

QTEST_GUILESS_MAIN(SessionTest)
#include "tst_session.moc"
