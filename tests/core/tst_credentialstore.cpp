// SPDX-FileCopyrightText: 2026 The Docket authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The credential stores: the in-memory store (this run only, and the fake), the environment
// store, QtKeychain's error mapping, and the real QtKeychain store twice: against the session's
// Secret Service (CI runs this inside dbus-run-session with an unlocked gnome-keyring) and, in a
// child process whose D-Bus address leads nowhere, the typed NoKeychain error.

#include "account/credentialstore.h"
#include "account/qtkeychaincredentialstore.h"

#include <QProcess>
#include <QTest>
#include <QUuid>

#include <cstdio>

#include <qt6keychain/keychain.h>

using namespace docket::account;
using Kind = CredentialError::Kind;

namespace {
// Runs one store call and waits for its single answer.
struct Waiter
{
    std::optional<CredentialResult> result;
    int answers = 0;
    CredentialStore::Callback callback()
    {
        return [this](const CredentialResult &r) {
            result = r;
            ++answers;
        };
    }
    bool wait(int ms = 15000) { return QTest::qWaitFor([this] { return answers > 0; }, ms); }
};

const char ProbeArgument[] = "--keychain-probe";

// The child side of qtKeychainWithoutSecretServiceSaysNoKeychain: one read, the typed answer on stdout.
int runKeychainProbe(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QtKeychainCredentialStore store(QStringLiteral("io.github.docket.Docket.test"));
    Waiter w;
    store.read(QStringLiteral("probe"), &app, w.callback());
    if (!w.wait(30000)) {
        std::printf("timeout\n");
        return 2;
    }
    const QString kind = !w.result->error ? QStringLiteral("ok")
        : w.result->error->kind == Kind::NoKeychain ? QStringLiteral("nokeychain")
        : w.result->error->kind == Kind::NotFound   ? QStringLiteral("notfound")
        : w.result->error->kind == Kind::AccessDenied ? QStringLiteral("accessdenied")
                                                      : QStringLiteral("other");
    std::printf("kind=%s\nmessage=%s\n", qPrintable(kind),
                qPrintable(w.result->error ? w.result->error->message : QString()));
    return 0;
}
} // namespace

class CredentialStoreTest : public QObject
{
    Q_OBJECT

private:
    // A fresh entry name per run, so a crashed run cannot leave a key that a later run reads.
    const QString testService = QStringLiteral("io.github.docket.Docket.test");
    QString profileId = QStringLiteral("test-") + QUuid::createUuid().toString(QUuid::WithoutBraces);

private Q_SLOTS:
    void memoryStoreKeepsKeysForThisRun()
    {
        MemoryCredentialStore store;
        Waiter write;
        store.write(QStringLiteral("p1"), QStringLiteral("llx-secret"), this, write.callback());
        QVERIFY(write.wait());
        QVERIFY(write.result->ok());
        Waiter read;
        store.read(QStringLiteral("p1"), this, read.callback());
        QVERIFY(read.wait());
        QVERIFY(read.result->ok());
        QCOMPARE(read.result->secret, QStringLiteral("llx-secret"));
        QCOMPARE(read.answers, 1);
    }

    void memoryStoreAnswersOnALaterTurnOnly()
    {
        MemoryCredentialStore store;
        Waiter w;
        store.read(QStringLiteral("p1"), this, w.callback());
        QCOMPARE(w.answers, 0); // never synchronously
        QVERIFY(w.wait());
        QCOMPARE(w.answers, 1);
    }

    void memoryStoreReportsNotFoundAndRemoves()
    {
        MemoryCredentialStore store;
        Waiter missing;
        store.read(QStringLiteral("nobody"), this, missing.callback());
        QVERIFY(missing.wait());
        QVERIFY(missing.result->error);
        QCOMPARE(missing.result->error->kind, Kind::NotFound);

        Waiter write, remove, again;
        store.write(QStringLiteral("p1"), QStringLiteral("k"), this, write.callback());
        QVERIFY(write.wait());
        store.remove(QStringLiteral("p1"), this, remove.callback());
        QVERIFY(remove.wait());
        QVERIFY(remove.result->ok());
        QVERIFY(!store.contains(QStringLiteral("p1")));
        store.read(QStringLiteral("p1"), this, again.callback());
        QVERIFY(again.wait());
        QCOMPARE(again.result->error->kind, Kind::NotFound);
    }

    void memoryStoreFailsOnCueAsAFakeKeychain()
    {
        MemoryCredentialStore store;
        store.setFailure(CredentialError{Kind::NoKeychain, QStringLiteral("no org.freedesktop.secrets")});
        Waiter w;
        store.write(QStringLiteral("p1"), QStringLiteral("k"), this, w.callback());
        QVERIFY(w.wait());
        QCOMPARE(w.result->error->kind, Kind::NoKeychain);
        QVERIFY(!store.contains(QStringLiteral("p1")));
    }

    void answerIsDroppedWhenTheContextDies()
    {
        MemoryCredentialStore store;
        Waiter w;
        auto *context = new QObject;
        store.read(QStringLiteral("p1"), context, w.callback());
        delete context;
        QTest::qWait(50);
        QCOMPARE(w.answers, 0);
    }

    void environmentStoreReadsTheVariable()
    {
        EnvironmentCredentialStore store;
        qputenv("LLAMA_CLOUD_API_KEY", "  llx-from-env  ");
        QVERIFY(EnvironmentCredentialStore::isAvailable());
        Waiter w;
        store.read(QStringLiteral("any"), this, w.callback());
        QVERIFY(w.wait());
        QVERIFY(w.result->ok());
        QCOMPARE(w.result->secret, QStringLiteral("llx-from-env"));

        qunsetenv("LLAMA_CLOUD_API_KEY");
        QVERIFY(!EnvironmentCredentialStore::isAvailable());
        Waiter unset;
        store.read(QStringLiteral("any"), this, unset.callback());
        QVERIFY(unset.wait());
        QCOMPARE(unset.result->error->kind, Kind::NotFound);
        QVERIFY(unset.result->error->message.contains(QStringLiteral("LLAMA_CLOUD_API_KEY")));
    }

    void environmentStoreRefusesToWrite()
    {
        EnvironmentCredentialStore store;
        Waiter w;
        store.write(QStringLiteral("any"), QStringLiteral("k"), this, w.callback());
        QVERIFY(w.wait());
        QVERIFY(w.result->error);
        QVERIFY(w.result->error->message.contains(QStringLiteral("LLAMA_CLOUD_API_KEY")));
    }

    void qtKeychainErrorsAreTyped_data()
    {
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("text");
        QTest::addColumn<Kind>("expected");
        QTest::newRow("not found") << int(QKeychain::EntryNotFound) << QStringLiteral("Entry not found") << Kind::NotFound;
        QTest::newRow("denied by user") << int(QKeychain::AccessDeniedByUser) << QStringLiteral("denied") << Kind::AccessDenied;
        QTest::newRow("denied") << int(QKeychain::AccessDenied) << QStringLiteral("locked") << Kind::AccessDenied;
        QTest::newRow("no backend") << int(QKeychain::NoBackendAvailable) << QStringLiteral("none") << Kind::NoKeychain;
        QTest::newRow("not implemented") << int(QKeychain::NotImplemented) << QString() << Kind::NoKeychain;
        QTest::newRow("dbus-launch") << int(QKeychain::OtherError)
                                     << QStringLiteral("Unable to autolaunch a dbus-daemon without a $DISPLAY for X11")
                                     << Kind::NoKeychain;
        QTest::newRow("secrets service") << int(QKeychain::OtherError)
                                         << QStringLiteral("The name org.freedesktop.secrets was not provided by any .service files")
                                         << Kind::NoKeychain;
        QTest::newRow("libsecret no bus") << int(QKeychain::OtherError)
                                          << QStringLiteral("Could not connect: No such file or directory")
                                          << Kind::NoKeychain;
        QTest::newRow("other") << int(QKeychain::OtherError) << QStringLiteral("disk full") << Kind::Other;
        QTest::newRow("could not delete") << int(QKeychain::CouldNotDeleteEntry) << QStringLiteral("busy") << Kind::Other;
    }
    void qtKeychainErrorsAreTyped()
    {
        QFETCH(int, code);
        QFETCH(QString, text);
        QFETCH(Kind, expected);
        const CredentialError e = QtKeychainCredentialStore::mapError(code, text);
        QCOMPARE(e.kind, expected);
        QVERIFY(!e.message.isEmpty());
        if (expected != Kind::NotFound) // the backend's words are kept where they help
            QVERIFY2(e.message.contains(text), qPrintable(e.message));
    }

    void qtKeychainStoresReadsAndRemovesAKey()
    {
        QtKeychainCredentialStore store(testService);
        QCOMPARE(store.service(), testService);
        Waiter write;
        store.write(profileId, QStringLiteral("llx-keychain-test"), this, write.callback());
        QVERIFY(write.wait());
        if (write.result->error && write.result->error->kind == Kind::NoKeychain)
            QSKIP(qPrintable(QStringLiteral("No Secret Service on this session bus (%1). Run inside "
                                            "`dbus-run-session` with an unlocked gnome-keyring, as "
                                            "installer/dev.sh test does.").arg(write.result->error->message)));
        QVERIFY2(write.result->ok(), qPrintable(write.result->error->message));

        Waiter read;
        store.read(profileId, this, read.callback());
        QVERIFY(read.wait());
        QVERIFY2(read.result->ok(), qPrintable(read.result->error ? read.result->error->message : QString()));
        QCOMPARE(read.result->secret, QStringLiteral("llx-keychain-test"));

        Waiter overwrite, reread;
        store.write(profileId, QStringLiteral("llx-second"), this, overwrite.callback());
        QVERIFY(overwrite.wait());
        QVERIFY(overwrite.result->ok());
        store.read(profileId, this, reread.callback());
        QVERIFY(reread.wait());
        QCOMPARE(reread.result->secret, QStringLiteral("llx-second"));

        Waiter remove, gone, removeAgain;
        store.remove(profileId, this, remove.callback());
        QVERIFY(remove.wait());
        QVERIFY2(remove.result->ok(), qPrintable(remove.result->error ? remove.result->error->message : QString()));
        store.read(profileId, this, gone.callback());
        QVERIFY(gone.wait());
        QVERIFY(gone.result->error);
        QCOMPARE(gone.result->error->kind, Kind::NotFound);
        store.remove(profileId, this, removeAgain.callback()); // nothing there: still success
        QVERIFY(removeAgain.wait());
        QVERIFY(removeAgain.result->ok());
    }

    // QtDBus keeps its session-bus connection for the life of the process, so the broken bus is
    // set up in a child process running this same executable.
    void qtKeychainWithoutSecretServiceSaysNoKeychain_data()
    {
        QTest::addColumn<QString>("busAddress");
        QTest::newRow("bus address leads nowhere") << QStringLiteral("unix:path=/nonexistent/docket-test-bus");
        QTest::newRow("no bus address, no display") << QString();
    }
    void qtKeychainWithoutSecretServiceSaysNoKeychain()
    {
        QFETCH(QString, busAddress);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
        // Without a runtime dir D-Bus cannot find a user bus either.
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), QStringLiteral("/nonexistent/docket-runtime"));
        if (!busAddress.isEmpty())
            env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), busAddress);
        QProcess child;
        child.setProcessEnvironment(env);
        child.start(QCoreApplication::applicationFilePath(), {QString::fromLatin1(ProbeArgument)});
        QVERIFY(child.waitForFinished(60000));
        const QString out = QString::fromUtf8(child.readAllStandardOutput());
        QVERIFY2(child.exitCode() == 0, qPrintable(out + QString::fromUtf8(child.readAllStandardError())));
        QVERIFY2(out.contains(QStringLiteral("kind=nokeychain")), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("message=No keychain is available")), qPrintable(out));
    }
};

int main(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i)
        if (qstrcmp(argv[i], ProbeArgument) == 0)
            return runKeychainProbe(argc, argv);
    QCoreApplication app(argc, argv);
    CredentialStoreTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_credentialstore.moc"
