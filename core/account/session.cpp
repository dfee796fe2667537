// SPDX-FileCopyrightText: 2026 The Docket authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "account/session.h"

#include "account/accountlogging.h"
#include "account/localengine.h"
#include "account/profilestore.h"
#include "account/qtkeychaincredentialstore.h"
#include "api/apiclient.h"

#include <QPointer>

namespace docket::account {

namespace {
// Every outcome reaches the caller the same way: later, through done, while context lives.
void answerLater(QObject *context, const Session::Done &done, std::optional<CredentialError> error)
{
    QMetaObject::invokeMethod(context, [done, error] { done(error); }, Qt::QueuedConnection);
}
} // namespace

Session::Session(api::ApiClient *client, QObject *parent)
    : Session(client, nullptr, nullptr, nullptr, parent)
{
}

Session::Session(api::ApiClient *client, std::unique_ptr<ProfileStore> profiles,
                 std::unique_ptr<CredentialStore> keychain, std::unique_ptr<LocalEngineSupervisor> engine,
                 QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_profiles(profiles ? std::move(profiles) : std::make_unique<ProfileStore>())
    , m_keychain(keychain ? std::move(keychain) : std::make_unique<QtKeychainCredentialStore>())
    , m_sessionKeys(std::make_unique<MemoryCredentialStore>())
    , m_environment(std::make_unique<EnvironmentCredentialStore>())
    , m_engine(engine ? std::move(engine) : std::make_unique<LocalEngineSupervisor>())
    , m_current(Profile::local())
{
    Q_ASSERT(m_client);
    connect(m_profiles.get(), &ProfileStore::changed, this, &Session::profilesChanged);
    connectEngine();
}

Session::~Session()
{
    ++m_generation; // credential answers still in flight are dropped
}

void Session::connectEngine()
{
    // ready() comes again after every restart: the views reload against the new process.
    connect(m_engine.get(), &LocalEngineSupervisor::ready, this, &Session::onEngineReady);
    connect(m_engine.get(), &LocalEngineSupervisor::failed, this, &Session::onEngineFailed);
}

CredentialStore *Session::store(KeySource source) const
{
    switch (source) {
    case KeySource::Keychain: return m_keychain.get();
    case KeySource::SessionOnly: return m_sessionKeys.get();
    case KeySource::Environment: return m_environment.get();
    }
    return m_keychain.get();
}

void Session::activateLastProfile()
{
    activate(m_profiles->lastProfileId());
}

void Session::activate(const QString &profileId)
{
    ++m_generation; // an unfinished activation must not land after this one
    const std::optional<Profile> profile = m_profiles->profile(profileId);
    if (!profile) {
        m_current = Profile();
        m_current.id = profileId;
        m_current.name = profileId;
        m_state = State::Activating;
        Q_EMIT activating(m_current);
        m_client->setConnection(api::ConnectionSettings{});
        fail(Failure::UnknownProfile, tr("There is no profile “%1” any more.").arg(profileId));
        return;
    }
    m_current = *profile;
    m_state = State::Activating;
    m_failure = Failure::None;
    m_failureMessage.clear();
    m_profiles->setLastProfileId(m_current.id);
    qCInfo(lcAccount) << "activating profile" << m_current.id << (m_current.isLocal() ? "(local)" : "(cloud)");
    // activating() comes first, so that whoever works for the old profile (the submission
    // runner) can put its requests aside before the client cancels them. Whatever happens next,
    // the old profile's server and key are no longer in use.
    Q_EMIT activating(m_current);
    m_client->setConnection(api::ConnectionSettings{});
    if (m_current.isLocal())
        activateLocal();
    else
        activateCloud();
}

void Session::activateLocal()
{
    if (m_engine->isReady()) {
        // Already running: answer on the next turn, like every other activation.
        const quint64 generation = m_generation;
        QMetaObject::invokeMethod(
            this, [this, generation] {
                if (generation == m_generation && m_current.isLocal() && m_engine->isReady())
                    onEngineReady();
            },
            Qt::QueuedConnection);
        return;
    }
    m_engine->start();
}

void Session::onEngineReady()
{
    if (!m_current.isLocal())
        return; // the engine keeps running for local jobs; the client belongs to another profile
    api::ConnectionSettings settings;
    settings.baseUrl = m_engine->baseUrl();
    settings.apiKey = m_engine->token();
    m_client->setConnection(settings);
    m_state = State::Ready;
    m_failure = Failure::None;
    m_failureMessage.clear();
    Q_EMIT ready(m_current);
}

void Session::onEngineFailed(const QString &message)
{
    if (!m_current.isLocal())
        return;
    m_client->setConnection(api::ConnectionSettings{});
    fail(Failure::Engine, tr("The local engine could not be started: %1").arg(message));
}

void Session::activateCloud()
{
    const quint64 generation = m_generation;
    const Profile profile = m_current;
    store(profile.keySource)->read(profile.id, this, [this, generation, profile](const CredentialResult &result) {
        if (generation != m_generation)
            return; // the user has switched again meanwhile
        if (!result.ok()) {
            Failure failure = Failure::Other;
            const QString message = credentialProblem(profile, *result.error, &failure);
            fail(failure, message);
            return;
        }
        api::ConnectionSettings settings;
        settings.baseUrl = profile.baseUrl();
        settings.apiKey = result.secret;
        settings.projectId = profile.projectId;
        settings.organizationId = profile.organizationId;
        m_client->setConnection(settings);
        m_state = State::Ready;
        Q_EMIT ready(profile);
    });
}

QString Session::credentialProblem(const Profile &profile, const CredentialError &error, Failure *failure) const
{
    using K = CredentialError::Kind;
    switch (error.kind) {
    case K::NoKeychain:
        *failure = Failure::NoKeychain;
        return tr("The API key of “%1” cannot be read because no keychain is available on this system. "
                  "Enter the key for this run only, or let Docket read it from the environment variable %2. "
                  "Docket never stores the key in a plain file.\n(%3)")
            .arg(profile.name, EnvironmentCredentialStore::variableName(), error.message);
    case K::NotFound:
        *failure = Failure::MissingKey;
        switch (profile.keySource) {
        case KeySource::Keychain:
            return tr("No API key is stored for “%1”. Enter it under Manage Profiles.").arg(profile.name);
        case KeySource::SessionOnly:
            return tr("The API key of “%1” was kept for one run only. Enter it again.").arg(profile.name);
        case KeySource::Environment:
            return tr("“%1” reads its API key from the environment variable %2, which is not set. Set it and "
                      "restart Docket, or enter the key.")
                .arg(profile.name, EnvironmentCredentialStore::variableName());
        }
        break;
    case K::AccessDenied:
        *failure = Failure::KeychainDenied;
        return tr("The keychain did not allow reading the API key of “%1”. Unlock the keychain and try "
                  "again.\n(%2)").arg(profile.name, error.message);
    case K::Other:
        break;
    }
    *failure = Failure::Other;
    return tr("The API key of “%1” could not be read: %2").arg(profile.name, error.message);
}

void Session::fail(Failure failure, const QString &message)
{
    m_state = State::Failed;
    m_failure = failure;
    m_failureMessage = message;
    qCInfo(lcAccount) << "profile" << m_current.id << "failed:" << int(failure);
    Q_EMIT failed(m_current, message);
}

void Session::saveProfile(const Profile &profile, const QString &key, QObject *context, Done done)
{
    if (const auto problem = profile.isLocal() ? std::optional<QString>(tr("The built-in Local profile cannot be changed."))
                                               : profile.problem()) {
        const CredentialError error{CredentialError::Kind::Other, *problem};
        answerLater(context, done, error);
        return;
    }
    auto saveSettings = [this, profile, done](const CredentialResult &written) {
        if (!written.ok()) {
            done(written.error);
            return;
        }
        if (const auto problem = m_profiles->save(profile)) {
            done(CredentialError{CredentialError::Kind::Other, *problem});
            return;
        }
        if (m_current.id == profile.id)
            activate(profile.id);
        done(std::nullopt);
    };
    if (key.trimmed().isEmpty() || profile.keySource == KeySource::Environment) {
        QMetaObject::invokeMethod(context, [saveSettings] { saveSettings(CredentialResult{}); }, Qt::QueuedConnection);
        return;
    }
    store(profile.keySource)->write(profile.id, key.trimmed(), context, saveSettings);
}

void Session::removeProfile(const QString &profileId, QObject *context, Done done)
{
    if (profileId == Profile::LocalId || !m_profiles->contains(profileId)) {
        const CredentialError error{CredentialError::Kind::Other,
                                    profileId == Profile::LocalId ? tr("The built-in Local profile cannot be removed.")
                                                                  : tr("There is no such profile.")};
        answerLater(context, done, error);
        return;
    }
    m_keychain->remove(profileId, context, [this, profileId, done](const CredentialResult &removed) {
        // A keychain that is not there holds no key of ours either.
        if (!removed.ok() && removed.error->kind != CredentialError::Kind::NoKeychain) {
            done(removed.error);
            return;
        }
        m_sessionKeys->remove(profileId, this, [](const CredentialResult &) {});
        m_profiles->remove(profileId);
        if (m_current.id == profileId)
            activate(QString(Profile::LocalId));
        done(std::nullopt);
    });
}

void Session::changeKeySource(const QString &profileId, KeySource source, QObject *context, Done done)
{
    std::optional<Profile> profile = m_profiles->profile(profileId);
    if (!profile || profile->isLocal()) {
        const CredentialError error{CredentialError::Kind::Other, tr("There is no such cloud profile.")};
        answerLater(context, done, error);
        return;
    }
    profile->keySource = source;
    if (const auto problem = m_profiles->save(*profile)) {
        const CredentialError error{CredentialError::Kind::Other, *problem};
        answerLater(context, done, error);
        return;
    }
    if (m_current.id == profileId)
        activate(profileId);
    answerLater(context, done, std::nullopt);
}

void Session::useKeyForThisRun(const QString &profileId, const QString &key, QObject *context, Done done)
{
    if (key.trimmed().isEmpty()) {
        const CredentialError error{CredentialError::Kind::Other, tr("Enter the API key.")};
        answerLater(context, done, error);
        return;
    }
    QPointer<QObject> guard(context);
    m_sessionKeys->write(profileId, key.trimmed(), this, [this, profileId, guard, done](const CredentialResult &) {
        if (guard)
            changeKeySource(profileId, KeySource::SessionOnly, guard, done);
    });
}

void Session::useEnvironmentKey(const QString &profileId, QObject *context, Done done)
{
    if (!EnvironmentCredentialStore::isAvailable()) {
        const CredentialError error{CredentialError::Kind::NotFound,
                                    tr("The environment variable %1 is not set.")
                                        .arg(EnvironmentCredentialStore::variableName())};
        answerLater(context, done, error);
        return;
    }
    changeKeySource(profileId, KeySource::Environment, context, done);
}

} // namespace docket::account
