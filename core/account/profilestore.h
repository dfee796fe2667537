// SPDX-FileCopyrightText: 2026 The Docket authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "account/profile.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <optional>

class QSettings;

namespace docket::account {

// The saved profiles and the last active one, in QSettings under "accounts/". Never holds a key:
// keys live in a CredentialStore. The built-in Local profile is always listed first and can be
// neither changed nor removed. Owned by Session; the profile dialogs edit through it.
class ProfileStore : public QObject
{
    Q_OBJECT

public:
    // settings is not owned; without one the application's default QSettings is used.
    explicit ProfileStore(QSettings *settings = nullptr, QObject *parent = nullptr);
    ~ProfileStore() override;

    // Local first, then the cloud profiles by name.
    QList<Profile> profiles() const;
    std::optional<Profile> profile(const QString &id) const;
    bool contains(const QString &id) const { return profile(id).has_value(); }

    // Adds or replaces a cloud profile. Returns the reason when it cannot be saved.
    std::optional<QString> save(const Profile &profile);
    // Removes a cloud profile (the caller removes its key). False for Local or an unknown id.
    bool remove(const QString &id);

    // The profile to activate at start: the last one used while it still exists, else Local.
    QString lastProfileId() const;
    void setLastProfileId(const QString &id);

    // A fresh id for a new profile.
    static QString newId();

Q_SIGNALS:
    void changed();

private:
    QSettings *m_settings;
    bool m_ownsSettings = false;
};

} // namespace docket::account
