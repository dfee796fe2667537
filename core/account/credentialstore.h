// SPDX-FileCopyrightText: 2026 The Docket authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QObject>
#include <QString>

#include <functional>
#include <optional>

namespace docket::account {

// Why a credential operation failed, typed so the UI can offer the right way out.
struct CredentialError
{
    enum class Kind {
        NoKeychain,   // no secret service / keychain backend: offer "this run only" or the environment
        NotFound,     // nothing stored for that profile
        AccessDenied, // the user or the OS refused access
        Other,        // anything else; message says what
    };
    Kind kind = Kind::Other;
    QString message; // for a person; never contains the secret
};

// The outcome of one read, write or remove: an error, or success (with the secret for a read).
struct CredentialResult
{
    std::optional<CredentialError> error;
    QString secret; // only for a successful read

    bool ok() const { return !error.has_value(); }
};

// Where API keys are kept, by profile id. Asynchronous like the keychains behind it: every call
// answers exactly once through done, on a later event-loop turn, and only while context lives.
// Implementations: QtKeychainCredentialStore (the OS keychain), MemoryCredentialStore (this run
// only, and the fake in tests), EnvironmentCredentialStore (LLAMA_CLOUD_API_KEY, read-only).
// Session and the profile dialogs use it; nothing else sees keys.
class CredentialStore
{
public:
    using Callback = std::function<void(const CredentialResult &)>;

    virtual ~CredentialStore() = default;

    virtual void read(const QString &profileId, QObject *context, Callback done) = 0;
    virtual void write(const QString &profileId, const QString &secret, QObject *context, Callback done) = 0;
    virtual void remove(const QString &profileId, QObject *context, Callback done) = 0;

protected:
    // Delivers result on the next event-loop turn, so callers see one behaviour for all stores.
    static void answerLater(QObject *context, Callback done, CredentialResult result);
};

// Keys kept in memory for this run only (the explicit "use it for this run" choice), and the
// fake keychain in tests: it can be told to fail every call with a chosen error.
class MemoryCredentialStore : public CredentialStore
{
    Q_DECLARE_TR_FUNCTIONS(MemoryCredentialStore)

public:
    void read(const QString &profileId, QObject *context, Callback done) override;
    void write(const QString &profileId, const QString &secret, QObject *context, Callback done) override;
    void remove(const QString &profileId, QObject *context, Callback done) override;

    bool contains(const QString &profileId) const { return m_secrets.contains(profileId); }
    // Every later call fails with this error (nothing to stop failing).
    void setFailure(std::optional<CredentialError> failure) { m_failure = std::move(failure); }
    int callCount() const { return m_calls; }

private:
    QHash<QString, QString> m_secrets;
    std::optional<CredentialError> m_failure;
    int m_calls = 0;
};

// The key from the LLAMA_CLOUD_API_KEY environment variable, for every profile that chose it.
// Read-only: write and remove fail, because the app must not pretend to change the environment.
class EnvironmentCredentialStore : public CredentialStore
{
    Q_DECLARE_TR_FUNCTIONS(EnvironmentCredentialStore)

public:
    static QString variableName();
    // Whether the variable is set to something non-blank right now.
    static bool isAvailable();

    void read(const QString &profileId, QObject *context, Callback done) override;
    void write(const QString &profileId, const QString &secret, QObject *context, Callback done) override;
    void remove(const QString &profileId, QObject *context, Callback done) override;
};

} // namespace docket::account
