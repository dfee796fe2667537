// SPDX-FileCopyrightText: 2026 The Docket authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "account/qtkeychaincredentialstore.h"

#include "account/accountlogging.h"

#include <qt6keychain/keychain.h>

namespace docket::account {

namespace {
// QtKeychain 0.13 reports a missing or unreachable Secret Service as OtherError with D-Bus's own
// words; these are the fragments that identify it.
bool soundsLikeNoSecretService(const QString &text)
{
    static const QLatin1String fragments[] = {
        QLatin1String("dbus"), QLatin1String("d-bus"), QLatin1String("org.freedesktop.secrets"),
        QLatin1String("secret service"), QLatin1String("secretservice"), QLatin1String("kwallet"),
        QLatin1String("no keychain service"),
        // libsecret's words when the bus address leads nowhere: the bus is all a job connects to.
        QLatin1String("could not connect"),
    };
    for (const QLatin1String &fragment : fragments)
        if (text.contains(fragment, Qt::CaseInsensitive))
            return true;
    return false;
}

template<typename Job>
void runJob(Job *job, const QString &profileId, QObject *context, std::function<void(Job *)> onFinished)
{
    job->setAutoDelete(true);
    // An explicit no: QtKeychain could otherwise write the key into a QSettings file.
    job->setInsecureFallback(false);
    job->setKey(profileId);
    QObject::connect(job, &QKeychain::Job::finished, context, [job, onFinished = std::move(onFinished)] {
        onFinished(job);
    });
    job->start();
}
} // namespace

QtKeychainCredentialStore::QtKeychainCredentialStore(QString service) : m_service(std::move(service)) {}

CredentialError QtKeychainCredentialStore::mapError(int qtKeychainError, const QString &errorString)
{
    using K = CredentialError::Kind;
    switch (QKeychain::Error(qtKeychainError)) {
    case QKeychain::NoError:
        break;
    case QKeychain::EntryNotFound:
        return {K::NotFound, tr("No API key is stored in the keychain for this profile.")};
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return {K::AccessDenied, tr("The keychain refused access to the API key: %1").arg(errorString)};
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return {K::NoKeychain, tr("No keychain is available on this system: %1").arg(errorString)};
    case QKeychain::CouldNotDeleteEntry:
        return {K::Other, tr("The keychain could not delete the API key: %1").arg(errorString)};
    case QKeychain::OtherError:
        if (soundsLikeNoSecretService(errorString))
            return {K::NoKeychain,
                    tr("No keychain is available on this system (no Secret Service answered on D-Bus): %1")
                        .arg(errorString)};
        return {K::Other, tr("The keychain reported a problem: %1").arg(errorString)};
    }
    return {K::Other, tr("The keychain reported a problem: %1").arg(errorString)};
}

void QtKeychainCredentialStore::read(const QString &profileId, QObject *context, Callback done)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service);
    runJob<QKeychain::ReadPasswordJob>(job, profileId, context, [done = std::move(done)](QKeychain::ReadPasswordJob *j) {
        CredentialResult result;
        if (j->error() != QKeychain::NoError) {
            result.error = mapError(j->error(), j->errorString());
            qCInfo(lcAccount) << "keychain read failed:" << int(j->error()) << j->errorString();
        } else {
            result.secret = j->textData();
        }
        done(result);
    });
}

void QtKeychainCredentialStore::write(const QString &profileId, const QString &secret, QObject *context, Callback done)
{
    auto *job = new QKeychain::WritePasswordJob(m_service);
    job->setTextData(secret);
    runJob<QKeychain::WritePasswordJob>(job, profileId, context, [done = std::move(done)](QKeychain::WritePasswordJob *j) {
        CredentialResult result;
        if (j->error() != QKeychain::NoError) {
            result.error = mapError(j->error(), j->errorString());
            qCInfo(lcAccount) << "keychain write failed:" << int(j->error()) << j->errorString();
        }
        done(result);
    });
}

void QtKeychainCredentialStore::remove(const QString &profileId, QObject *context, Callback done)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service);
    runJob<QKeychain::DeletePasswordJob>(job, profileId, context, [done = std::move(done)](QKeychain::DeletePasswordJob *j) {
        CredentialResult result;
        // Nothing stored is the state a removal wants.
        if (j->error() != QKeychain::NoError && j->error() != QKeychain::EntryNotFound) {
            result.error = mapError(j->error(), j->errorString());
            qCInfo(lcAccount) << "keychain delete failed:" << int(j->error()) << j->errorString();
        }
        done(result);
    });
}

} // namespace docket::account
