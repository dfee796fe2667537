// SPDX-FileCopyrightText: 2026 The Docket authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The profile dialogs and the toolbar switcher, offscreen, against a loopback server and a fake
// keychain: Save stays disabled until the key was checked, the server's refusals read plainly,
// no keychain leads to the two explicit choices, deletion asks first and removes the key.
// Screenshots in a light and a dark palette are written for a person to look at.

#include "account/localengine.h"
#include "darkpalette.h"
#include "account/profilestore.h"
#include "account/session.h"
#include "api/apiclient.h"
#include "dialogs/profiledialog.h"
#include "dialogs/profileeditdialog.h"
#include "dialogs/profilekeychaindialog.h"
#include "fakehttpserver.h"
#include "widgets/profileswitcher.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStyleFactory>
#include <QTemporaryDir>
#include <QTest>

using namespace docket::account;
using namespace docket::ui;
using docket::test::FakeHttpServer;
using docket::test::ScriptedResponse;

namespace {
const QByteArray ProjectsBody = R"([
  {"id":"p-1","name":"Invoices","organization_id":"o-1","is_default":true},
  {"id":"p-2","name":"Contracts","organization_id":"o-1"},
  {"id":"p-3","name":"Research","organization_id":"o-2"}
])";
const QByteArray OrganizationsBody = R"([{"id":"o-1","name":"Acme"},{"id":"o-2","name":"Lab"}])";

template<typename T>
T *child(QWidget *parent, const char *name)
{
    T *w = parent->findChild<T *>(QString::fromLatin1(name));
    if (!w)
        qWarning("no child %s", name);
    return w;
}

// The visible dialog of type T opened on top of parent, if any.
template<typename T>
T *openDialog(QWidget *parent)
{
    for (T *d : parent->findChildren<T *>())
        if (d->isVisible())
            return d;
    return nullptr;
}

} // namespace

class ProfileDialogTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir dir;
    FakeHttpServer server;
    std::unique_ptr<QSettings> settings;
    std::unique_ptr<docket::api::ApiClient> client;
    std::unique_ptr<Session> session;
    MemoryCredentialStore *keychain = nullptr;
    QPalette lightPalette;

    void makeSession()
    {
        session.reset();
        QFile::remove(dir.filePath(QStringLiteral("docket.ini")));
        settings = std::make_unique<QSettings>(dir.filePath(QStringLiteral("docket.ini")), QSettings::IniFormat);
        client = std::make_unique<docket::api::ApiClient>();
        auto fake = std::make_unique<MemoryCredentialStore>();
        keychain = fake.get();
        auto engine = std::make_unique<LocalEngineSupervisor>();
        engine->setProgram(dir.filePath(QStringLiteral("no-engine-in-ui-tests")));
        session = std::make_unique<Session>(client.get(), std::make_unique<ProfileStore>(settings.get()),
                                            std::move(fake), std::move(engine));
    }

    // Fills the editor for the fake server and the given key.
    void fill(ProfileEditDialog &d, const QString &key)
    {
        child<QLineEdit>(&d, "nameEdit")->setText(QStringLiteral("Work"));
        QTest::mouseClick(child<QRadioButton>(&d, "customButton"), Qt::LeftButton);
        child<QLineEdit>(&d, "urlEdit")->setText(server.baseUrl().toString());
        QTest::keyClicks(child<QLineEdit>(&d, "keyEdit"), key);
    }

    bool checkAndWait(ProfileEditDialog &d)
    {
        QSignalSpy done(d.validator(), &KeyValidator::finished);
        QTest::mouseClick(child<QPushButton>(&d, "checkButton"), Qt::LeftButton);
        return done.wait(10000);
    }

    // A check the server accepts, with two organizations and three projects.
    bool checkValid(ProfileEditDialog &d)
    {
        server.enqueue(ScriptedResponse::json(200, ProjectsBody));
        server.enqueue(ScriptedResponse::json(200, OrganizationsBody));
        return checkAndWait(d);
    }

    static QPushButton *saveButton(QDialog &d)
    {
        return d.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save);
    }

    Profile storedProfile(const QString &name, const QString &key)
    {
        Profile p;
        p.id = ProfileStore::newId();
        p.name = name;
        p.region = Region::EU;
        p.organizationId = QStringLiteral("o-1");
        p.organizationName = QStringLiteral("Acme");
        p.projectId = QStringLiteral("p-1");
        p.projectName = QStringLiteral("Invoices");
        bool done = false;
        session->saveProfile(p, key, this, [&done](std::optional<CredentialError> e) { done = !e; });
        [&] { QTRY_VERIFY(done); }();
        return p;
    }

    void screenshot(QWidget *w, const QString &name)
    {
        const QString shots = qEnvironmentVariable("DOCKET_SCREENSHOT_DIR",
                                                   QDir::temp().filePath(QStringLiteral("docket-screenshots")));
        QVERIFY(QDir().mkpath(shots));
        QTest::qWait(50); // let the layout settle after the last text change
        const QImage image = w->grab().toImage();
        QVERIFY(!image.isNull());
        QVERIFY(image.save(QDir(shots).filePath(name + QStringLiteral(".png"))));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        lightPalette = QApplication::style()->standardPalette();
        QApplication::setPalette(lightPalette);
        QVERIFY(dir.isValid());
        QVERIFY(server.listen());
    }
    void init()
    {
        qunsetenv("LLAMA_CLOUD_API_KEY");
        server.clear();
        makeSession();
    }
    void cleanup()
    {
        QApplication::setPalette(lightPalette);
        session.reset();
    }

    void saveStaysDisabledUntilTheKeyIsChecked()
    {
        ProfileEditDialog d(session.get(), std::nullopt);
        d.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d));
        QVERIFY(!saveButton(d)->isEnabled());
        QVERIFY(!child<QPushButton>(&d, "checkButton")->isEnabled()); // no key yet
        fill(d, QStringLiteral("llx-good"));
        QVERIFY(!saveButton(d)->isEnabled());
        QVERIFY(child<QPushButton>(&d, "checkButton")->isEnabled());

        server.enqueue(ScriptedResponse::json(200, ProjectsBody));
        server.enqueue(ScriptedResponse::json(200, OrganizationsBody));
        QSignalSpy done(d.validator(), &KeyValidator::finished);
        QTest::mouseClick(child<QPushButton>(&d, "checkButton"), Qt::LeftButton);
        QVERIFY(child<QProgressBar>(&d, "busyIndicator")->isVisible());
        QVERIFY(!child<QPushButton>(&d, "checkButton")->isEnabled());
        QVERIFY(done.wait(10000));
        QVERIFY(!child<QProgressBar>(&d, "busyIndicator")->isVisible());
        QVERIFY2(child<QLabel>(&d, "messageLabel")->text().contains(QStringLiteral("The key works")),
                 qPrintable(child<QLabel>(&d, "messageLabel")->text()));
        QCOMPARE(server.requests().first().headers.value("authorization"), QByteArray("Bearer llx-good"));

        auto *orgs = child<QComboBox>(&d, "organizationBox");
        auto *projects = child<QComboBox>(&d, "projectBox");
        QCOMPARE(orgs->count(), 2);
        QCOMPARE(orgs->currentText(), QStringLiteral("Acme"));
        QCOMPARE(projects->count(), 2); // only Acme's projects
        QCOMPARE(projects->currentData().toString(), QStringLiteral("p-1"));
        QVERIFY(projects->currentText().contains(QStringLiteral("default")));
        QVERIFY(saveButton(d)->isEnabled());

        orgs->setCurrentIndex(1);
        QCOMPARE(projects->count(), 1);
        QCOMPARE(projects->currentData().toString(), QStringLiteral("p-3"));
        QCOMPARE(d.profile().organizationId, QStringLiteral("o-2"));

        // Any change to the key invalidates the check.
        QTest::keyClick(child<QLineEdit>(&d, "keyEdit"), Qt::Key_X);
        QVERIFY(!saveButton(d)->isEnabled());
        QVERIFY(child<QLabel>(&d, "messageLabel")->text().isEmpty());
    }

    void enterChecksTheKeyThenSaves()
    {
        ProfileEditDialog d(session.get(), std::nullopt);
        d.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d));
        fill(d, QStringLiteral("llx-enter"));
        server.enqueue(ScriptedResponse::json(200, ProjectsBody));
        server.enqueue(ScriptedResponse::json(200, OrganizationsBody));
        QSignalSpy checked(d.validator(), &KeyValidator::finished);
        QSignalSpy saved(&d, &ProfileEditDialog::saved);
        QTest::keyClick(child<QLineEdit>(&d, "keyEdit"), Qt::Key_Return);
        QVERIFY(checked.wait());
        QCOMPARE(server.requestCount(), 2); // one check: projects and organizations
        QCOMPARE(saved.size(), 0);
        QTest::keyClick(child<QLineEdit>(&d, "keyEdit"), Qt::Key_Return);
        QVERIFY(saved.wait());
        QCOMPARE(checked.size(), 1);
        QCOMPARE(server.requestCount(), 2);
    }

    void serverRefusalsReadPlainly_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("phrase");
        QTest::newRow("401") << 401 << QStringLiteral("rejected this API key");
        QTest::newRow("402") << 402 << QStringLiteral("out of credits");
        QTest::newRow("403") << 403 << QStringLiteral("no access");
        QTest::newRow("429") << 429 << QStringLiteral("Wait 12 second");
    }
    void serverRefusalsReadPlainly()
    {
        QFETCH(int, status);
        QFETCH(QString, phrase);
        ProfileEditDialog d(session.get(), std::nullopt);
        d.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d));
        fill(d, QStringLiteral("llx-refused"));
        ScriptedResponse r = ScriptedResponse::json(status, R"({"detail":"no"})");
        if (status == 429)
            r.header("Retry-After", "12");
        server.enqueue(r);
        QVERIFY(checkAndWait(d));
        const QString message = child<QLabel>(&d, "messageLabel")->text();
        QVERIFY2(message.contains(phrase), qPrintable(message));
        QVERIFY(message.contains(QString::number(status)));
        QVERIFY(!saveButton(d)->isEnabled());
        QVERIFY(!child<QComboBox>(&d, "projectBox")->isEnabled());
        QVERIFY(child<QLineEdit>(&d, "keyEdit")->hasFocus()); // ready to fix the key
    }

    void plainHttpServerIsRefusedInline()
    {
        ProfileEditDialog d(session.get(), std::nullopt);
        d.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d));
        child<QLineEdit>(&d, "nameEdit")->setText(QStringLiteral("Insecure"));
        QTest::mouseClick(child<QRadioButton>(&d, "customButton"), Qt::LeftButton);
        child<QLineEdit>(&d, "urlEdit")->setText(QStringLiteral("http://llama.example.com"));
        QTest::keyClicks(child<QLineEdit>(&d, "keyEdit"), QStringLiteral("llx-k"));
        auto *problem = child<QLabel>(&d, "urlProblem");
        QVERIFY(problem->isVisible());
        QVERIFY2(problem->text().contains(QStringLiteral("https://")), qPrintable(problem->text()));
        QVERIFY(!child<QPushButton>(&d, "checkButton")->isEnabled());
        QVERIFY(!saveButton(d)->isEnabled());
        QTest::mouseClick(child<QRadioButton>(&d, "usButton"), Qt::LeftButton);
        QVERIFY(!child<QLineEdit>(&d, "urlEdit")->isEnabled());
        QVERIFY(!problem->isVisible());
    }

    void savingKeepsTheKeyInTheKeychainOnly()
    {
        ProfileEditDialog d(session.get(), std::nullopt);
        d.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d));
        fill(d, QStringLiteral("llx-saved-key"));
        QVERIFY(checkValid(d));
        QSignalSpy saved(&d, &ProfileEditDialog::saved);
        QTest::mouseClick(saveButton(d), Qt::LeftButton);
        QVERIFY(saved.wait());
        const Profile p = saved.first().first().value<Profile>();
        QVERIFY(!d.isVisible());
        QVERIFY(session->profiles()->contains(p.id));
        QCOMPARE(session->profiles()->profile(p.id)->projectName, QStringLiteral("Invoices"));
        QCOMPARE(session->profiles()->profile(p.id)->keySource, KeySource::Keychain);
        QVERIFY(keychain->contains(p.id));
        settings->sync();
        QFile file(settings->fileName());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains("llx-saved-key"));
    }

    void existingProfileNeverShowsItsKey()
    {
        const Profile p = storedProfile(QStringLiteral("Stored"), QStringLiteral("llx-stored"));
        ProfileEditDialog d(session.get(), p);
        d.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d));
        auto *key = child<QLineEdit>(&d, "keyEdit");
        QVERIFY(key->text().isEmpty());
        QCOMPARE(key->echoMode(), QLineEdit::Password);
        QVERIFY(key->placeholderText().contains(QStringLiteral("Kept")));
        QCOMPARE(child<QComboBox>(&d, "projectBox")->currentText(), QStringLiteral("Invoices"));
        QVERIFY(child<QRadioButton>(&d, "euButton")->isChecked());
        // A rename needs no new check.
        child<QLineEdit>(&d, "nameEdit")->setText(QStringLiteral("Renamed"));
        QVERIFY(saveButton(d)->isEnabled());
    }

    void noKeychainOffersTheTwoChoicesWhenSaving()
    {
        keychain->setFailure(CredentialError{CredentialError::Kind::NoKeychain,
                                             QStringLiteral("Cannot autolaunch D-Bus without X11 $DISPLAY")});
        ProfileEditDialog d(session.get(), std::nullopt);
        d.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d));
        fill(d, QStringLiteral("llx-run-only"));
        QVERIFY(checkValid(d));
        QSignalSpy saved(&d, &ProfileEditDialog::saved);
        QTest::mouseClick(saveButton(d), Qt::LeftButton);
        ProfileKeychainDialog *choice = nullptr;
        QTRY_VERIFY((choice = openDialog<ProfileKeychainDialog>(&d)) != nullptr);
        QVERIFY(saved.isEmpty());
        QVERIFY(child<QLabel>(choice, "explanationLabel")->text().contains(QStringLiteral("plain")));
        QVERIFY(child<QLabel>(choice, "detailsLabel")->text().contains(QStringLiteral("D-Bus")));
        QVERIFY(!choice->findChild<QLineEdit *>(QStringLiteral("keyEdit"))); // the key was typed already
        auto *env = child<QPushButton>(choice, "environmentButton");
        QVERIFY(!env->isEnabled());
        QVERIFY(child<QLabel>(choice, "environmentReason")->text().contains(QStringLiteral("not set")));
        auto *thisRun = child<QPushButton>(choice, "thisRunButton");
        QVERIFY(thisRun->isEnabled());
        QTest::mouseClick(thisRun, Qt::LeftButton);
        QVERIFY(saved.wait());
        const Profile p = saved.first().first().value<Profile>();
        QCOMPARE(session->profiles()->profile(p.id)->keySource, KeySource::SessionOnly);
        QVERIFY(!keychain->contains(p.id));
        bool read = false;
        session->store(KeySource::SessionOnly)->read(p.id, this, [&read](const CredentialResult &r) {
            read = r.ok() && r.secret == QLatin1String("llx-run-only");
        });
        QTRY_VERIFY(read);
    }

    void aTypedKeyGoesBackToTheKeychainWhenItWorksAgain()
    {
        Profile p = storedProfile(QStringLiteral("Was run-only"), QString());
        p.keySource = KeySource::SessionOnly;
        p.region = Region::Custom;
        p.customBaseUrl = server.baseUrl();
        QVERIFY(session->profiles()->save(p) == std::nullopt);
        ProfileEditDialog d(session.get(), p);
        d.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d));
        QTest::keyClicks(child<QLineEdit>(&d, "keyEdit"), QStringLiteral("llx-new"));
        QVERIFY(checkValid(d));
        QSignalSpy saved(&d, &ProfileEditDialog::saved);
        QTest::mouseClick(saveButton(d), Qt::LeftButton);
        QVERIFY(saved.wait());
        QCOMPARE(session->profiles()->profile(p.id)->keySource, KeySource::Keychain);
        QVERIFY(keychain->contains(p.id));
    }

    void storedKeyIsCheckedWithoutBeingShown()
    {
        Profile p = storedProfile(QStringLiteral("Recheck"), QStringLiteral("llx-stored-secret"));
        p.region = Region::Custom;
        p.customBaseUrl = server.baseUrl();
        QVERIFY(session->profiles()->save(p) == std::nullopt);
        ProfileEditDialog d(session.get(), p);
        d.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d));
        QVERIFY(checkValid(d));
        QCOMPARE(server.requests().first().headers.value("authorization"), QByteArray("Bearer llx-stored-secret"));
        QVERIFY(child<QLineEdit>(&d, "keyEdit")->text().isEmpty());
        QCOMPARE(child<QComboBox>(&d, "organizationBox")->count(), 2);
        QVERIFY(saveButton(d)->isEnabled());
    }

    void environmentChoiceIsOfferedWhenTheVariableIsSet()
    {
        qputenv("LLAMA_CLOUD_API_KEY", "llx-env");
        ProfileKeychainDialog d(QStringLiteral("Work"), QStringLiteral("no org.freedesktop.secrets"), true);
        d.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d));
        auto *thisRun = child<QPushButton>(&d, "thisRunButton");
        QVERIFY(!thisRun->isEnabled()); // nothing typed yet
        QTest::keyClicks(child<QLineEdit>(&d, "keyEdit"), QStringLiteral("llx-typed"));
        QVERIFY(thisRun->isEnabled());
        auto *env = child<QPushButton>(&d, "environmentButton");
        QVERIFY(env->isEnabled());
        QVERIFY(env->text().contains(QStringLiteral("LLAMA_CLOUD_API_KEY")));
        QTest::mouseClick(env, Qt::LeftButton);
        QCOMPARE(d.result(), int(QDialog::Accepted));
        QCOMPARE(d.choice(), ProfileKeychainDialog::Choice::Environment);
        QCOMPARE(d.key(), QStringLiteral("llx-typed"));
    }

    void deleteAsksFirstAndRemovesTheKey()
    {
        const Profile p = storedProfile(QStringLiteral("Old"), QStringLiteral("llx-old"));
        QVERIFY(keychain->contains(p.id));
        ProfileDialog d(session.get());
        d.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d));
        QCOMPARE(d.list()->count(), 2);
        d.selectProfile(QString(Profile::LocalId));
        QVERIFY(!child<QPushButton>(&d, "deleteButton")->isEnabled());
        QVERIFY(!child<QPushButton>(&d, "editButton")->isEnabled());

        d.selectProfile(p.id);
        QVERIFY(child<QPushButton>(&d, "deleteButton")->isEnabled());
        // Cancel keeps everything.
        QTest::mouseClick(child<QPushButton>(&d, "deleteButton"), Qt::LeftButton);
        QMessageBox *confirm = nullptr;
        QTRY_VERIFY((confirm = openDialog<QMessageBox>(&d)) != nullptr);
        QVERIFY(confirm->text().contains(QStringLiteral("Old")));
        QVERIFY(confirm->text().contains(QStringLiteral("keychain")));
        confirm->button(QMessageBox::Cancel)->click();
        QTest::qWait(50);
        QVERIFY(session->profiles()->contains(p.id));
        QVERIFY(keychain->contains(p.id));

        QTest::mouseClick(child<QPushButton>(&d, "deleteButton"), Qt::LeftButton);
        QTRY_VERIFY((confirm = openDialog<QMessageBox>(&d)) != nullptr);
        QAbstractButton *destroy = nullptr;
        for (QAbstractButton *b : confirm->buttons())
            if (confirm->buttonRole(b) == QMessageBox::DestructiveRole)
                destroy = b;
        QVERIFY(destroy);
        destroy->click();
        QTRY_VERIFY(!session->profiles()->contains(p.id));
        QVERIFY(!keychain->contains(p.id));
        QTRY_COMPARE(d.list()->count(), 1);
        QVERIFY(child<QLabel>(&d, "messageLabel")->text().contains(QStringLiteral("deleted")));
    }

    void useSwitchesTheSession()
    {
        const Profile p = storedProfile(QStringLiteral("Switch"), QStringLiteral("llx-switch"));
        ProfileDialog d(session.get());
        d.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d));
        d.selectProfile(p.id);
        QSignalSpy ready(session.get(), &Session::ready);
        QTest::mouseClick(child<QPushButton>(&d, "useButton"), Qt::LeftButton);
        QVERIFY(ready.wait());
        QCOMPARE(session->current().id, p.id);
        QCOMPARE(client->connection().apiKey, QStringLiteral("llx-switch"));
        QVERIFY(!child<QPushButton>(&d, "useButton")->isEnabled());
    }

    void switcherListsProfilesAndActivatesTheChosenOne()
    {
        const Profile p = storedProfile(QStringLiteral("Cloud"), QStringLiteral("llx-cloud"));
        ProfileSwitcher switcher(session.get());
        switcher.show();
        QVERIFY(QTest::qWaitForWindowExposed(&switcher));
        QComboBox *combo = switcher.comboBox();
        QCOMPARE(combo->itemData(0).toString(), QString(Profile::LocalId));
        QCOMPARE(combo->itemText(1), QStringLiteral("Cloud"));
        QCOMPARE(combo->itemText(combo->count() - 1), QStringLiteral("Manage Profiles…"));

        QSignalSpy ready(session.get(), &Session::ready);
        QSignalSpy status(&switcher, &ProfileSwitcher::statusTextChanged);
        combo->setFocus();
        QTest::keyClick(combo, Qt::Key_Down); // keyboard only: Local -> Cloud
        QVERIFY(ready.wait());
        QCOMPARE(session->current().id, p.id);
        QVERIFY(switcher.statusText().contains(QStringLiteral("Cloud")));
        QVERIFY(switcher.statusText().contains(QStringLiteral("Invoices")));
        QVERIFY(status.size() >= 2); // connecting…, then connected

        // "Manage Profiles…" opens the manager and leaves the selection on the current profile.
        combo->activated(combo->count() - 1);
        QTRY_VERIFY(switcher.profileDialog() && switcher.profileDialog()->isVisible());
        QCOMPARE(combo->currentData().toString(), p.id);
        switcher.profileDialog()->close();

        // A new profile shows up in the switcher at once.
        storedProfile(QStringLiteral("Another"), QStringLiteral("llx-2"));
        QCOMPARE(combo->count(), 5); // Local, Another, Cloud, separator, Manage
    }

    void switcherOffersKeyChoicesWhenActivationFindsNoKeychain()
    {
        const Profile p = storedProfile(QStringLiteral("Locked"), QStringLiteral("llx-k"));
        keychain->setFailure(CredentialError{CredentialError::Kind::NoKeychain, QStringLiteral("no dbus")});
        QWidget window;
        auto *switcher = new ProfileSwitcher(session.get(), &window);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        session->activate(p.id);
        ProfileKeychainDialog *choice = nullptr;
        QTRY_VERIFY((choice = openDialog<ProfileKeychainDialog>(&window)) != nullptr);
        QVERIFY(switcher->statusText().contains(QStringLiteral("not connected")));
        QTest::keyClicks(child<QLineEdit>(choice, "keyEdit"), QStringLiteral("llx-typed-now"));
        QSignalSpy ready(session.get(), &Session::ready);
        QTest::mouseClick(child<QPushButton>(choice, "thisRunButton"), Qt::LeftButton);
        QVERIFY(ready.wait());
        QCOMPARE(client->connection().apiKey, QStringLiteral("llx-typed-now"));
        QCOMPARE(session->profiles()->profile(p.id)->keySource, KeySource::SessionOnly);
    }

    void everyInputHasAMnemonic()
    {
        ProfileEditDialog d(session.get(), std::nullopt);
        const QList<QLabel *> labels = d.findChildren<QLabel *>();
        for (QWidget *input : d.findChildren<QWidget *>()) {
            if (!qobject_cast<QLineEdit *>(input) && !qobject_cast<QComboBox *>(input))
                continue;
            if (qobject_cast<QComboBox *>(input->parentWidget()))
                continue; // a combo box's own line edit
            const bool labelled = std::any_of(labels.cbegin(), labels.cend(), [input](QLabel *l) {
                return l->buddy() == input && l->text().contains(QLatin1Char('&'));
            });
            QVERIFY2(labelled, qPrintable(input->objectName()));
        }
        for (QAbstractButton *b : d.findChildren<QAbstractButton *>())
            if (qobject_cast<QRadioButton *>(b) || b->objectName() == QLatin1String("checkButton"))
                QVERIFY2(b->text().contains(QLatin1Char('&')), qPrintable(b->text()));
    }

    void screenshotsInLightAndDarkPalettes_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::newRow("light") << false;
        QTest::newRow("dark") << true;
    }
    void screenshotsInLightAndDarkPalettes()
    {
        QFETCH(bool, dark);
        if (dark)
            QApplication::setPalette(docket::test::darkPalette());
        const QString suffix = dark ? QStringLiteral("-dark") : QStringLiteral("-light");
        storedProfile(QStringLiteral("Work (EU)"), QStringLiteral("llx-1"));

        ProfileEditDialog edit(session.get(), std::nullopt);
        edit.show();
        QVERIFY(QTest::qWaitForWindowExposed(&edit));
        fill(edit, QStringLiteral("llx-wrong"));
        server.enqueue(ScriptedResponse::json(401, R"({"detail":"Invalid API key"})"));
        QVERIFY(checkAndWait(edit));
        screenshot(&edit, QStringLiteral("profileeditdialog-401") + suffix);

        ProfileEditDialog good(session.get(), std::nullopt);
        good.show();
        QVERIFY(QTest::qWaitForWindowExposed(&good));
        fill(good, QStringLiteral("llx-good"));
        QVERIFY(checkValid(good));
        screenshot(&good, QStringLiteral("profileeditdialog-valid") + suffix);

        ProfileKeychainDialog choice(QStringLiteral("Work (EU)"),
                                     QStringLiteral("Cannot autolaunch D-Bus without X11 $DISPLAY"), true);
        choice.show();
        QVERIFY(QTest::qWaitForWindowExposed(&choice));
        screenshot(&choice, QStringLiteral("profilekeychaindialog") + suffix);

        ProfileDialog manager(session.get());
        manager.show();
        QVERIFY(QTest::qWaitForWindowExposed(&manager));
        screenshot(&manager, QStringLiteral("profiledialog") + suffix);
    }
};

QTEST_MAIN(ProfileDialogTest)
#include "tst_profiledialog.moc"
