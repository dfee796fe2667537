// SPDX-FileCopyrightText: 2026 The Docket authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QMetaType>
#include <QString>
#include <QUrl>

#include <optional>

namespace docket::account {

enum class ProfileKind { Local, Cloud };
enum class Region { US, EU, Custom };
// Where a cloud profile's API key comes from. Only Keychain survives a restart by itself; the
// other two are explicit choices the user makes when no keychain is usable.
enum class KeySource { Keychain, SessionOnly, Environment };

// One place the app can talk to: the built-in local engine or a LlamaCloud account (region or
// custom server, organization and project). Holds no secret: the key lives in a CredentialStore
// under the profile's id. ProfileStore persists it, Session activates it, the dialogs edit it.
struct Profile
{
    Q_DECLARE_TR_FUNCTIONS(Profile)

public:
    static constexpr QLatin1String LocalId{"local"};
    static constexpr QLatin1String EnvironmentVariable{"LLAMA_CLOUD_API_KEY"};

    QString id;
    QString name;
    ProfileKind kind = ProfileKind::Cloud;
    Region region = Region::US;
    QUrl customBaseUrl; // only for Region::Custom
    QString organizationId;
    QString organizationName;
    QString projectId;
    QString projectName;
    KeySource keySource = KeySource::Keychain;

    // The built-in profile for the local engine; always present, never deleted.
    static Profile local();
    bool isLocal() const { return kind == ProfileKind::Local; }
    // The server a cloud profile talks to (empty for Local: the engine picks its port at start).
    QUrl baseUrl() const;
    // Why this profile cannot be saved, or nothing when it can.
    std::optional<QString> problem() const;

    bool operator==(const Profile &) const = default;
};

// Why a custom base URL is unacceptable: it must be an absolute http(s) URL with a host, and
// plain http only on loopback, so that a key never crosses a network unencrypted, and without a
// user name or password, which would end up in the settings file in plain text.
std::optional<QString> customUrlProblem(const QUrl &url);
bool isLoopbackHost(const QString &host);

QString regionName(Region region);
QString keySourceName(KeySource source);
std::optional<Region> regionFromName(const QString &name);
std::optional<KeySource> keySourceFromName(const QString &name);

} // namespace docket::account

Q_DECLARE_METATYPE(docket::account::Profile)
