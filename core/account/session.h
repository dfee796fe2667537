// SPDX-FileCopyrightText: 2026 The Docket authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "account/credentialstore.h"
#include "account/profile.h"

#include <QObject>

#include <functional>
#include <memory>
#include <optional>

namespace docket::api {
class ApiClient;
}

namespace docket::account {

class LocalEngineSupervisor;
class ProfileStore;

// The active profile, and everything needed to switch to another one. Owns the profile list, the
// credential stores (the OS keychain, the this-run-only keys, the environment) and the supervisor
// of the local engine; points the one ApiClient (not owned) at whichever profile is active. The
// composition root creates one, connects ready() to every view's reload(), and the profile
// switcher and dialogs drive it. A key is only ever read here, never logged or kept in settings.
class Session : public QObject
{
    Q_OBJECT

public:
    enum class State { Idle, Activating, Ready, Failed };
    // Why the last activation failed, so the UI can offer the right way out.
    enum class Failure {
        None,
        NoKeychain,    // offer "this run only" or LLAMA_CLOUD_API_KEY
        MissingKey,    // nothing stored (or the this-run key is gone, or the variable is unset)
        KeychainDenied,
        Engine,        // the local engine could not start
        UnknownProfile,
        Other,
    };
    using Done = std::function<void(std::optional<CredentialError>)>;

    // Production parts: QSettings-backed profiles, the OS keychain, docket-engine beside the app.
    explicit Session(api::ApiClient *client, QObject *parent = nullptr);
    // Any parts (tests hand in fakes). Null parts are replaced by the production ones.
    Session(api::ApiClient *client, std::unique_ptr<ProfileStore> profiles, std::unique_ptr<CredentialStore> keychain,
            std::unique_ptr<LocalEngineSupervisor> engine, QObject *parent = nullptr);
    ~Session() override;

    ProfileStore *profiles() const { return m_profiles.get(); }
    LocalEngineSupervisor *engine() const { return m_engine.get(); }
    api::ApiClient *client() const { return m_client; }
    // The store a key source reads from and writes to.
    CredentialStore *store(KeySource source) const;

    Profile current() const { return m_current; }
    bool isReady() const { return m_state == State::Ready; }
    State state() const { return m_state; }
    Failure failure() const { return m_failure; }
    QString failureMessage() const { return m_failureMessage; }

    // Switches every view to the profile: the ApiClient is disconnected at once (nothing may reach
    // the old server with the new profile's name on screen), then pointed at the new one when its
    // key is read or its engine is ready. Remembered as the profile to open at the next start.
    void activate(const QString &profileId);
    // The profile that was active at the last exit (Local when there was none).
    void activateLastProfile();

    // Saves a cloud profile and, when key is not empty, its key in the store of its key source
    // first: the profile is only saved when the key was kept. done gets the keychain's error
    // (NoKeychain: ask the user, then save again with another key source). Re-activates the
    // profile when it is the current one.
    void saveProfile(const Profile &profile, const QString &key, QObject *context, Done done);
    // Removes a cloud profile and its keys (keychain and this run). Switches to Local when it
    // was active. The profile stays when the keychain could not remove its key.
    void removeProfile(const QString &profileId, QObject *context, Done done);

    // The two explicit ways out when no keychain is usable (nothing is ever written in plain text):
    // keep key in memory for this run only, or read LLAMA_CLOUD_API_KEY. Both change the profile's
    // key source (saved) and activate it when it is the current one.
    void useKeyForThisRun(const QString &profileId, const QString &key, QObject *context, Done done);
    void useEnvironmentKey(const QString &profileId, QObject *context, Done done);

Q_SIGNALS:
    void activating(const docket::account::Profile &profile);
    // The ApiClient now points at profile: every view must reload.
    void ready(const docket::account::Profile &profile);
    void failed(const docket::account::Profile &profile, const QString &message);
    void profilesChanged();

private:
    void connectEngine();
    void activateLocal();
    void activateCloud();
    void fail(Failure failure, const QString &message);
    void onEngineReady();
    void onEngineFailed(const QString &message);
    QString credentialProblem(const Profile &profile, const CredentialError &error, Failure *failure) const;
    void changeKeySource(const QString &profileId, KeySource source, QObject *context, Done done);

    api::ApiClient *m_client;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<CredentialStore> m_keychain;
    std::unique_ptr<MemoryCredentialStore> m_sessionKeys;
    std::unique_ptr<EnvironmentCredentialStore> m_environment;
    std::unique_ptr<LocalEngineSupervisor> m_engine;
    Profile m_current;
    State m_state = State::Idle;
    Failure m_failure = Failure::None;
    QString m_failureMessage;
    quint64 m_generation = 0;
};

} // namespace docket::account
