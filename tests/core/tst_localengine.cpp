// SPDX-FileCopyrightText: 2026 The Docket authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "account/localengine.h"
#include "api/accountapi.h"
#include "api/apiclient.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace docket::account;
using namespace docket::api;

class TestLocalEngine : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    bool projectsAnswer(const LocalEngineSupervisor &supervisor)
    {
        ApiClient client;
        client.setConnection({supervisor.baseUrl(), supervisor.token(), QString(), QString()});
        AccountApi api(&client);
        std::optional<Result<QList<Project>>> out;
        api.projects(std::nullopt, this, [&](Result<QList<Project>> r) { out.emplace(std::move(r)); });
        return QTest::qWaitFor([&] { return out.has_value(); }, 10000) && out->ok() && out->value().size() == 1;
    }

    static bool processAlive(qint64 pid) { return pid > 0 && ::kill(pid_t(pid), 0) == 0; }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(QFile::exists(QStringLiteral(DOCKET_ENGINE_BINARY)), DOCKET_ENGINE_BINARY);
    }

    void startsEngineWithRandomTokenOnLoopback()
    {
        LocalEngineSupervisor supervisor;
        supervisor.setProgram(QStringLiteral(DOCKET_ENGINE_BINARY));
        supervisor.setDataDir(m_dir.filePath(QStringLiteral("a")));
        QSignalSpy ready(&supervisor, &LocalEngineSupervisor::ready);
        supervisor.start();
        QVERIFY(ready.wait(15000));
        QVERIFY(supervisor.isReady());
        QCOMPARE(supervisor.baseUrl().host(), QStringLiteral("127.0.0.1"));
        QVERIFY(supervisor.baseUrl().port() > 0);
        QVERIFY(supervisor.token().size() >= 43); // 32 random bytes, base64url
        QVERIFY(projectsAnswer(supervisor));

        // The token is passed in the environment, never on the command line.
        QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(supervisor.processId()));
        QVERIFY(cmdline.open(QIODevice::ReadOnly));
        QVERIFY(!cmdline.readAll().contains(supervisor.token().toLatin1()));

        // A second supervisor gets another token.
        LocalEngineSupervisor other;
        QVERIFY(other.token() != supervisor.token());
    }

    void restartsEngineThatDied()
    {
        LocalEngineSupervisor supervisor;
        supervisor.setProgram(QStringLiteral(DOCKET_ENGINE_BINARY));
        supervisor.setDataDir(m_dir.filePath(QStringLiteral("b")));
        supervisor.setRestartDelaysMs({50});
        QSignalSpy ready(&supervisor, &LocalEngineSupervisor::ready);
        QSignalSpy restarted(&supervisor, &LocalEngineSupervisor::restarted);
        supervisor.start();
        QVERIFY(ready.wait(15000));
        const QUrl firstUrl = supervisor.baseUrl();
        const qint64 firstPid = supervisor.processId();
        ::kill(pid_t(firstPid), SIGKILL);
        QVERIFY(restarted.wait(15000));
        QCOMPARE(ready.size(), 2);
        QCOMPARE(supervisor.restartCount(), 1);
        QVERIFY(supervisor.processId() != firstPid);
        // Same port when it is still free, so clients keep their base URL.
        QCOMPARE(supervisor.baseUrl(), firstUrl);
        QVERIFY(projectsAnswer(supervisor));
    }

    void stopsEngineOnDestruction()
    {
        qint64 pid = 0;
        {
            LocalEngineSupervisor supervisor;
            supervisor.setProgram(QStringLiteral(DOCKET_ENGINE_BINARY));
            supervisor.setDataDir(m_dir.filePath(QStringLiteral("c")));
            QSignalSpy ready(&supervisor, &LocalEngineSupervisor::ready);
            supervisor.start();
            QVERIFY(ready.wait(15000));
            pid = supervisor.processId();
            QVERIFY(processAlive(pid));
        }
        QVERIFY(!processAlive(pid));
    }

    void reportsFailureWhenEngineCannotStart()
    {
        LocalEngineSupervisor supervisor;
        supervisor.setProgram(m_dir.filePath(QStringLiteral("no-such-engine")));
        supervisor.setRestartDelaysMs({10});
        supervisor.setMaxRestarts(2);
        QSignalSpy failed(&supervisor, &LocalEngineSupervisor::failed);
        supervisor.start();
        QVERIFY(failed.wait(10000));
        QVERIFY(failed.first().first().toString().contains(QStringLiteral("no-such-engine")));
        QVERIFY(!supervisor.isReady());
    }
};

QTEST_GUILESS_MAIN(TestLocalEngine)
#include "tst_localengine.moc"
