// SPDX-FileCopyrightText: 2026 The Docket authors
// SPDX-License-Identifier: GPL-3.0-or-later
// ProfileStore on a temporary settings file: the Local profile is fixed, cloud profiles round-trip,
// bad profiles are refused with a reason, the last profile persists, and no key ever lands in it.

#include "account/profilestore.h"

#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace docket::account;

class ProfileStoreTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir dir;
    QString settingsPath() const { return dir.filePath(QStringLiteral("docket.ini")); }
    std::unique_ptr<QSettings> openSettings() const
    {
        return std::make_unique<QSettings>(settingsPath(), QSettings::IniFormat);
    }
    static Profile cloudProfile(const QString &name)
    {
        Profile p;
        p.id = ProfileStore::newId();
        p.name = name;
        p.region = Region::EU;
        p.organizationId = QStringLiteral("org-1");
        p.organizationName = QStringLiteral("Acme");
        p.projectId = QStringLiteral("proj-1");
        p.projectName = QStringLiteral("Invoices");
        return p;
    }
    static Profile customProfile(const QString &name, const QString &url)
    {
        Profile p = cloudProfile(name);
        p.region = Region::Custom;
        p.customBaseUrl = QUrl(url);
        return p;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(dir.isValid());
    }
    void init() { QFile::remove(settingsPath()); }

    void localProfileIsAlwaysPresentAndFirst()
    {
        auto settings = openSettings();
        ProfileStore store(settings.get());
        const QList<Profile> all = store.profiles();
        QCOMPARE(all.size(), 1);
        QCOMPARE(all.first().id, QString(Profile::LocalId));
        QVERIFY(all.first().isLocal());
        QVERIFY(!all.first().name.isEmpty());
        QVERIFY(store.save(cloudProfile(QStringLiteral("A"))) == std::nullopt);
        QCOMPARE(store.profiles().first().id, QString(Profile::LocalId));
    }

    void localProfileCannotBeChangedOrRemoved()
    {
        auto settings = openSettings();
        ProfileStore store(settings.get());
        Profile local = Profile::local();
        local.name = QStringLiteral("Renamed");
        const auto problem = store.save(local);
        QVERIFY(problem.has_value());
        QVERIFY2(problem->contains(QStringLiteral("Local")), qPrintable(*problem));
        QVERIFY(!store.remove(QString(Profile::LocalId)));
        QCOMPARE(store.profile(QString(Profile::LocalId))->name, Profile::local().name);
    }

    void cloudProfileRoundTripsThroughTheFile()
    {
        Profile saved = cloudProfile(QStringLiteral("Work EU"));
        saved.keySource = KeySource::Environment;
        {
            auto settings = openSettings();
            ProfileStore store(settings.get());
            QSignalSpy changed(&store, &ProfileStore::changed);
            QVERIFY(store.save(saved) == std::nullopt);
            QCOMPARE(changed.size(), 1);
        }
        auto settings = openSettings();
        ProfileStore reopened(settings.get());
        const auto loaded = reopened.profile(saved.id);
        QVERIFY(loaded.has_value());
        QCOMPARE(*loaded, saved);
        QCOMPARE(reopened.profiles().size(), 2);
    }

    void customRegionKeepsItsUrl()
    {
        auto settings = openSettings();
        ProfileStore store(settings.get());
        const Profile p = customProfile(QStringLiteral("Own server"), QStringLiteral("https://llama.example.com/base"));
        QVERIFY(store.save(p) == std::nullopt);
        QCOMPARE(store.profile(p.id)->baseUrl(), p.customBaseUrl);
    }

    void profilesAreSortedByName()
    {
        auto settings = openSettings();
        ProfileStore store(settings.get());
        QVERIFY(store.save(cloudProfile(QStringLiteral("Zeta"))) == std::nullopt);
        QVERIFY(store.save(cloudProfile(QStringLiteral("alpha"))) == std::nullopt);
        const QList<Profile> all = store.profiles();
        QCOMPARE(all.size(), 3);
        QCOMPARE(all.at(1).name, QStringLiteral("alpha"));
        QCOMPARE(all.at(2).name, QStringLiteral("Zeta"));
    }

    void invalidProfilesAreRefusedWithAReason_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("expected");
        QTest::newRow("no name") << QString() << QString() << QStringLiteral("name");
        QTest::newRow("blank name") << QStringLiteral("   ") << QString() << QStringLiteral("name");
        QTest::newRow("custom without url") << QStringLiteral("X") << QStringLiteral("") << QStringLiteral("address");
        QTest::newRow("custom plain http") << QStringLiteral("X") << QStringLiteral("http://llama.example.com")
                                           << QStringLiteral("https://");
        QTest::newRow("custom no host") << QStringLiteral("X") << QStringLiteral("https://") << QStringLiteral("complete");
        QTest::newRow("custom ftp") << QStringLiteral("X") << QStringLiteral("ftp://example.com") << QStringLiteral("https://");
    }
    void invalidProfilesAreRefusedWithAReason()
    {
        QFETCH(QString, name);
        QFETCH(QString, url);
        QFETCH(QString, expected);
        auto settings = openSettings();
        ProfileStore store(settings.get());
        Profile p = cloudProfile(name);
        if (name == QLatin1String("X")) {
            p.region = Region::Custom;
            p.customBaseUrl = QUrl(url);
        }
        QSignalSpy changed(&store, &ProfileStore::changed);
        const auto problem = store.save(p);
        QVERIFY(problem.has_value());
        QVERIFY2(problem->contains(expected), qPrintable(*problem));
        QCOMPARE(changed.size(), 0);
        QCOMPARE(store.profiles().size(), 1);
    }

    void customUrlRules_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("acceptable");
        QTest::newRow("https") << QStringLiteral("https://llama.example.com") << true;
        QTest::newRow("https with path") << QStringLiteral("https://example.com/llama/") << true;
        QTest::newRow("http localhost") << QStringLiteral("http://localhost:8000") << true;
        QTest::newRow("http 127.0.0.1") << QStringLiteral("http://127.0.0.1:9") << true;
        QTest::newRow("http ::1") << QStringLiteral("http://[::1]:8000") << true;
        QTest::newRow("http lan") << QStringLiteral("http://192.168.1.10:8000") << false;
        QTest::newRow("http name") << QStringLiteral("http://llama.example.com") << false;
        QTest::newRow("relative") << QStringLiteral("llama.example.com") << false;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("https user and password") << QStringLiteral("https://proxy:s3cret@llama.example.com") << false;
        QTest::newRow("https user only") << QStringLiteral("https://proxy@llama.example.com") << false;
        QTest::newRow("http localhost with password") << QStringLiteral("http://u:p@localhost:8000") << false;
    }
    void customUrlRules()
    {
        QFETCH(QString, url);
        QFETCH(bool, acceptable);
        const auto problem = customUrlProblem(QUrl(url));
        QCOMPARE(!problem.has_value(), acceptable);
    }

    // #11: a basic-auth password in the address would land in plain text in the settings file.
    void customUrlWithCredentialsIsRefusedAndNeverStored()
    {
        auto settings = openSettings();
        ProfileStore store(settings.get());
        Profile p = customProfile(QStringLiteral("Proxied"), QStringLiteral("https://proxyuser:s3cret-pw@llama.example.com/base"));
        const auto problem = store.save(p);
        QVERIFY(problem.has_value());
        QVERIFY2(problem->contains(QStringLiteral("user name and password")), qPrintable(*problem));
        QVERIFY2(problem->contains(QStringLiteral("https://llama.example.com/base")), qPrintable(*problem));
        QVERIFY2(!problem->contains(QStringLiteral("s3cret-pw")), qPrintable(*problem));
        QVERIFY(!store.contains(p.id));
        settings->sync();
        QFile file(settingsPath());
        if (file.open(QIODevice::ReadOnly))
            QVERIFY(!file.readAll().contains("s3cret-pw"));

        p.customBaseUrl = QUrl(QStringLiteral("https://llama.example.com/base"));
        QCOMPARE(store.save(p), std::nullopt);
    }

    void removeDeletesTheProfileAndForgetsItAsLast()
    {
        auto settings = openSettings();
        ProfileStore store(settings.get());
        const Profile p = cloudProfile(QStringLiteral("Gone"));
        QVERIFY(store.save(p) == std::nullopt);
        store.setLastProfileId(p.id);
        QCOMPARE(store.lastProfileId(), p.id);
        QVERIFY(store.remove(p.id));
        QVERIFY(!store.contains(p.id));
        QCOMPARE(store.lastProfileId(), QString(Profile::LocalId));
        QVERIFY(!store.remove(p.id));
    }

    void lastProfilePersistsAndDefaultsToLocal()
    {
        const Profile p = cloudProfile(QStringLiteral("Last"));
        {
            auto settings = openSettings();
            ProfileStore store(settings.get());
            QCOMPARE(store.lastProfileId(), QString(Profile::LocalId));
            QVERIFY(store.save(p) == std::nullopt);
            store.setLastProfileId(p.id);
            store.setLastProfileId(QStringLiteral("no-such-profile")); // ignored
        }
        auto settings = openSettings();
        ProfileStore reopened(settings.get());
        QCOMPARE(reopened.lastProfileId(), p.id);
    }

    void settingsFileNeverHoldsAKey()
    {
        {
            auto settings = openSettings();
            ProfileStore store(settings.get());
            Profile p = cloudProfile(QStringLiteral("Keyed"));
            QVERIFY(store.save(p) == std::nullopt);
            store.setLastProfileId(p.id);
        }
        QFile file(settingsPath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll().toLower();
        QVERIFY(!text.isEmpty());
        QVERIFY(!text.contains("apikey"));
        QVERIFY(!text.contains("llx-"));
        QVERIFY(!text.contains("password"));
    }

    void unknownValuesFallBackInsteadOfLosingTheProfile()
    {
        const Profile p = cloudProfile(QStringLiteral("Future"));
        {
            auto settings = openSettings();
            ProfileStore store(settings.get());
            QVERIFY(store.save(p) == std::nullopt);
            settings->setValue(QStringLiteral("accounts/profiles/") + p.id + QStringLiteral("/region"),
                               QStringLiteral("mars"));
        }
        auto settings = openSettings();
        ProfileStore reopened(settings.get());
        const auto loaded = reopened.profile(p.id);
        QVERIFY(loaded.has_value());
        QCOMPARE(loaded->region, Region::US);
        QCOMPARE(loaded->name, p.name);
    }
};

QTEST_GUILESS_MAIN(ProfileStoreTest)
#include "tst_profilestore.moc"
