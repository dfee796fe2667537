// SPDX-FileCopyrightText: 2026 The Docket authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "account/credentialstore.h"

#include "account/profile.h"

#include <QMetaObject>
#include <QPointer>

namespace docket::account {

void CredentialStore::answerLater(QObject *context, Callback done, CredentialResult result)
{
    QMetaObject::invokeMethod(
        context, [done = std::move(done), result = std::move(result)] { done(result); }, Qt::QueuedConnection);
}

void MemoryCredentialStore::read(const QString &profileId, QObject *context, Callback done)
{
    ++m_calls;
    CredentialResult result;
    if (m_failure)
        result.error = m_failure;
    else if (!m_secrets.contains(profileId))
        result.error = CredentialError{CredentialError::Kind::NotFound, tr("No API key is kept for this run.")};
    else
        result.secret = m_secrets.value(profileId);
    answerLater(context, std::move(done), std::move(result));
}

void MemoryCredentialStore::write(const QString &profileId, const QString &secret, QObject *context, Callback done)
{
    ++m_calls;
    CredentialResult result;
    if (m_failure)
        result.error = m_failure;
    else
        m_secrets.insert(profileId, secret);
    answerLater(context, std::move(done), std::move(result));
}

void MemoryCredentialStore::remove(const QString &profileId, QObject *context, Callback done)
{
    ++m_calls;
    CredentialResult result;
    if (m_failure)
        result.error = m_failure;
    else
        m_secrets.remove(profileId); // removing nothing is success: the goal state is reached
    answerLater(context, std::move(done), std::move(result));
}

QString EnvironmentCredentialStore::variableName()
{
    return Profile::EnvironmentVariable;
}

bool EnvironmentCredentialStore::isAvailable()
{
    return !qEnvironmentVariable(Profile::EnvironmentVariable.latin1()).trimmed().isEmpty();
}

void EnvironmentCredentialStore::read(const QString &, QObject *context, Callback done)
{
    CredentialResult result;
    const QString key = qEnvironmentVariable(Profile::EnvironmentVariable.latin1()).trimmed();
    if (key.isEmpty())
        result.error = CredentialError{CredentialError::Kind::NotFound,
                                       tr("The environment variable %1 is not set.").arg(variableName())};
    else
        result.secret = key;
    answerLater(context, std::move(done), std::move(result));
}

void EnvironmentCredentialStore::write(const QString &, const QString &, QObject *context, Callback done)
{
    answerLater(context, std::move(done),
                CredentialResult{CredentialError{CredentialError::Kind::Other,
                                                 tr("The key comes from the environment variable %1; set it "
                                                    "there.").arg(variableName())},
                                 {}});
}

void EnvironmentCredentialStore::remove(const QString &, QObject *context, Callback done)
{
    // Nothing of ours to remove; the variable belongs to the user's environment.
    answerLater(context, std::move(done), CredentialResult{});
}

} // namespace docket::account
