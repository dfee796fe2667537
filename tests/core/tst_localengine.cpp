// SPDX-FileCopyrightText: 2026 The Docket authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "account/localengine.h"
#include "api/accountapi.h"
#include "api/apiclient.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <cstdio>

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

    // A zombie counts as gone: an orphaned engine is reaped by init (or not, in a container).
    static bool processAlive(qint64 pid)
    {
        if (pid <= 0 || ::kill(pid_t(pid), 0) != 0)
            return false;
        QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
        if (!stat.open(QIODevice::ReadOnly))
            return true;
        const QByteArray text = stat.readAll();
        const qsizetype paren = text.lastIndexOf(')');
        return paren < 0 || paren + 2 >= text.size() || (text.at(paren + 2) != 'Z' && text.at(paren + 2) != 'X');
    }

    // Polls until `pid` is gone; an orphan that is still there afterwards is killed, not leaked.
    static bool goneWithin(qint64 pid, int timeoutMs)
    {
        const bool gone = QTest::qWaitFor([pid] { return !processAlive(pid); }, timeoutMs);
        if (!gone)
            ::kill(pid_t(pid), SIGKILL);
        return gone;
    }

    // A stand-in engine: a shell script that runs `before`, prints the ready line, then runs `after`.
    QString fakeEngine(const QString &name, const QString &before, const QString &after)
    {
        const QString path = m_dir.filePath(name);
        QFile script(path);
        if (!script.open(QIODevice::WriteOnly))
            return {};
        script.write("#!/bin/sh\n" + before.toUtf8() + "\necho 'docket-engine listening on http://127.0.0.1:9/'\n"
                     + after.toUtf8() + '\n');
        script.close();
        script.setPermissions(script.permissions() | QFileDevice::ExeOwner);
        return path;
    }

    // Runs this test binary as a separate app that supervises `program`, returns the engine's pid
    // once it is ready, then SIGKILLs that app (no destructor, no stop()).
    qint64 engineOfKilledApp(const QString &program, const QString &dataDir)
    {
        QProcess app;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DOCKET_TST_SUPERVISE"), program);
        env.insert(QStringLiteral("DOCKET_TST_SUPERVISE_DATA"), dataDir);
        app.setProcessEnvironment(env);
        app.start(QCoreApplication::applicationFilePath(), QStringList());
        QByteArray out;
        if (!QTest::qWaitFor(
                [&] {
                    out += app.readAllStandardOutput();
                    return out.contains('\n');
                },
                20000))
            return 0;
        const qint64 pid = out.mid(out.indexOf("engine pid ") + 11).trimmed().toLongLong();
        app.kill();
        app.waitForFinished(5000);
        return pid;
    }

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

    void engineDiesWithKilledApp()
    {
        const qint64 pid = engineOfKilledApp(QStringLiteral(DOCKET_ENGINE_BINARY), m_dir.filePath(QStringLiteral("d")));
        QVERIFY(pid > 0);
        QVERIFY2(goneWithin(pid, 20000), "docket-engine outlived the app that started it");
    }

    void parentDeathSignalStopsEngineThatIgnoresStdin()
    {
#if !defined(Q_OS_LINUX)
        QSKIP("PR_SET_PDEATHSIG is Linux only");
#endif
        // `sleep` never reads stdin: only the death signal can stop it.
        const QString program = fakeEngine(QStringLiteral("sleeper.sh"), QString(), QStringLiteral("exec sleep 600"));
        const qint64 pid = engineOfKilledApp(program, m_dir.filePath(QStringLiteral("e")));
        QVERIFY(pid > 0);
        QVERIFY2(goneWithin(pid, 10000), "the engine did not get SIGTERM when its parent died");
    }

    void engineGetsNoCloudKeyInItsEnvironment()
    {
        qputenv("LLAMA_CLOUD_API_KEY", "llx-secret-of-the-desktop");
        qputenv("DOCKET_TST_UNRELATED", "x");
        const QString envFile = m_dir.filePath(QStringLiteral("engine-env.txt"));
        const QString program =
            fakeEngine(QStringLiteral("envdump.sh"), QStringLiteral("env > '%1'").arg(envFile),
                       QStringLiteral("exec sleep 600"));
        LocalEngineSupervisor supervisor;
        supervisor.setProgram(program);
        QSignalSpy ready(&supervisor, &LocalEngineSupervisor::ready);
        supervisor.start();
        QVERIFY(ready.wait(15000));
        QFile file(envFile);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray env = file.readAll();
        qunsetenv("LLAMA_CLOUD_API_KEY");
        qunsetenv("DOCKET_TST_UNRELATED");
        QVERIFY(!env.contains("llx-secret-of-the-desktop"));
        QVERIFY(!env.contains("LLAMA_CLOUD_API_KEY"));
        QVERIFY(!env.contains("DOCKET_TST_UNRELATED"));
        QVERIFY(env.contains("\nPATH=") || env.startsWith("PATH="));
        QVERIFY(env.contains(QByteArray("DOCKET_ENGINE_TOKEN=" + supervisor.token().toLatin1())));
    }

    void engineEnvironmentKeepsOnlyWhatTheEngineNeeds()
    {
        QProcessEnvironment from;
        for (const char *key : {"PATH", "HOME", "LANG", "LC_ALL", "XDG_DATA_HOME", "TMPDIR", "QT_LOGGING_RULES",
                                "TESSDATA_PREFIX", "DOCKET_TEST_ENGINE_URL", "LLAMA_CLOUD_API_KEY",
                                "DOCKET_CONTRACT_TOKEN", "AWS_SECRET_ACCESS_KEY", "SSH_AUTH_SOCK"})
            from.insert(QLatin1String(key), QStringLiteral("v"));
        const QProcessEnvironment env = LocalEngineSupervisor::engineEnvironment(from, "tok");
        QStringList keys = env.keys();
        keys.sort();
        QCOMPARE(keys, (QStringList{QStringLiteral("DOCKET_ENGINE_TOKEN"), QStringLiteral("DOCKET_TEST_ENGINE_URL"),
                                    QStringLiteral("HOME"),
                                    QStringLiteral("LANG"), QStringLiteral("LC_ALL"), QStringLiteral("PATH"),
                                    QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("TESSDATA_PREFIX"),
                                    QStringLiteral("TMPDIR"), QStringLiteral("XDG_DATA_HOME")}));
        QCOMPARE(env.value(QStringLiteral("DOCKET_ENGINE_TOKEN")), QStringLiteral("tok"));
    }

    void stopReturnsAtOnceAndKillsEngineThatIgnoresSigterm()
    {
        const QString program =
            fakeEngine(QStringLiteral("stubborn.sh"), QStringLiteral("trap '' TERM"), QStringLiteral("exec sleep 600"));
        LocalEngineSupervisor supervisor;
        supervisor.setProgram(program);
        supervisor.setStopTimeoutMs(300);
        QSignalSpy ready(&supervisor, &LocalEngineSupervisor::ready);
        QSignalSpy stopped(&supervisor, &LocalEngineSupervisor::stopped);
        supervisor.start();
        QVERIFY(ready.wait(15000));
        const qint64 pid = supervisor.processId();
        QVERIFY(processAlive(pid));
        // The SIGKILL after the timeout is logged.
        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression(QStringLiteral("did not stop .* killing it \\(SIGKILL\\)")));
        supervisor.stop();
        // stop() did not wait: the engine (which ignores SIGTERM) is still there, and nothing was reaped.
        QVERIFY(processAlive(pid));
        QCOMPARE(stopped.size(), 0);
        QVERIFY(stopped.wait(10000));
        QVERIFY(!processAlive(pid));
    }

    void gracefulStopIsFollowedByStoppedAndStartWaitsForIt()
    {
        LocalEngineSupervisor supervisor;
        supervisor.setProgram(QStringLiteral(DOCKET_ENGINE_BINARY));
        supervisor.setDataDir(m_dir.filePath(QStringLiteral("f")));
        QSignalSpy ready(&supervisor, &LocalEngineSupervisor::ready);
        QSignalSpy stopped(&supervisor, &LocalEngineSupervisor::stopped);
        supervisor.start();
        QVERIFY(ready.wait(15000));
        const qint64 first = supervisor.processId();
        supervisor.stop();
        QVERIFY(!supervisor.isReady());
        // Started again before the old engine is reaped: the new one waits (same data directory).
        supervisor.start();
        QCOMPARE(supervisor.processId(), qint64(0));
        QVERIFY(stopped.wait(15000));
        QVERIFY(!processAlive(first));
        QVERIFY(ready.wait(15000));
        QVERIFY(supervisor.processId() != first);
        QVERIFY(projectsAnswer(supervisor));
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

// With DOCKET_TST_SUPERVISE set, this binary is not the test but the "desktop app" that the
// parent-death tests start and SIGKILL: it supervises that program and prints the engine's pid.
static int superviseForTest(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    LocalEngineSupervisor supervisor;
    supervisor.setProgram(qEnvironmentVariable("DOCKET_TST_SUPERVISE"));
    supervisor.setDataDir(qEnvironmentVariable("DOCKET_TST_SUPERVISE_DATA"));
    QObject::connect(&supervisor, &LocalEngineSupervisor::ready, &app, [&] {
        std::printf("engine pid %lld\n", static_cast<long long>(supervisor.processId()));
        std::fflush(stdout);
    });
    QObject::connect(&supervisor, &LocalEngineSupervisor::failed, &app, [](const QString &why) {
        std::fprintf(stderr, "%s\n", qPrintable(why));
        QCoreApplication::exit(1);
    });
    supervisor.start();
    return app.exec();
}

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsSet("DOCKET_TST_SUPERVISE"))
        return superviseForTest(argc, argv);
    QCoreApplication app(argc, argv);
    TestLocalEngine test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "tst_localengine.moc"
