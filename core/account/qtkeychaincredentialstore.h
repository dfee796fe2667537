// SPDX-FileCopyrightText: 2026 The Docket authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "account/credentialstore.h"

namespace docket::account {

// API keys in the operating system's keychain through QtKeychain (Secret Service on Linux,
// Keychain on macOS, Credential Manager on Windows), one entry per profile id under the service
// name DOCKET_APP_ID. Never falls back to plain-text storage: when no backend answers, the
// error is NoKeychain and the user chooses what to do.
class QtKeychainCredentialStore : public CredentialStore
{
    Q_DECLARE_TR_FUNCTIONS(QtKeychainCredentialStore)

public:
    explicit QtKeychainCredentialStore(QString service = QStringLiteral(DOCKET_APP_ID));

    QString service() const { return m_service; }

    void read(const QString &profileId, QObject *context, Callback done) override;
    void write(const QString &profileId, const QString &secret, QObject *context, Callback done) override;
    void remove(const QString &profileId, QObject *context, Callback done) override;

    // QtKeychain's error code and text as our typed error (public for the table test).
    static CredentialError mapError(int qtKeychainError, const QString &errorString);

private:
    QString m_service;
};

} // namespace docket::account
