// SPDX-FileCopyrightText: 2026 The Docket authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "account/profile.h"

#include "api/apiclient.h"

#include <QHostAddress>

namespace docket::account {

Profile Profile::local()
{
    Profile p;
    p.id = LocalId;
    p.name = tr("Local");
    p.kind = ProfileKind::Local;
    return p;
}

QUrl Profile::baseUrl() const
{
    if (isLocal())
        return {};
    switch (region) {
    case Region::US: return api::ConnectionSettings::usBaseUrl();
    case Region::EU: return api::ConnectionSettings::euBaseUrl();
    case Region::Custom: return customBaseUrl;
    }
    return {};
}

std::optional<QString> Profile::problem() const
{
    if (id.trimmed().isEmpty())
        return tr("The profile has no identifier.");
    if (name.trimmed().isEmpty())
        return tr("Give the profile a name.");
    if (isLocal())
        return std::nullopt;
    if (region == Region::Custom)
        return customUrlProblem(customBaseUrl);
    return std::nullopt;
}

bool isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

std::optional<QString> customUrlProblem(const QUrl &url)
{
    if (url.isEmpty())
        return Profile::tr("Enter the server address, for example https://llama.example.com.");
    // A user name or password in the address would be stored in plain text in the settings file
    // and sent with every request; the API key is the only credential Docket keeps, in the keychain.
    if (!url.userInfo().isEmpty() || url.authority().contains(QLatin1Char('@')))
        return Profile::tr("Leave the user name and password out of the server address (the part before “@”): "
                           "Docket would have to store them unencrypted. Enter the address as %1.")
            .arg(url.adjusted(QUrl::RemoveUserInfo).toString());
    if (!url.isValid() || url.isRelative() || url.host().isEmpty())
        return Profile::tr("“%1” is not a complete address; it needs https:// and a host name.")
            .arg(url.toString(QUrl::RemoveUserInfo));
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("https"))
        return std::nullopt;
    if (scheme == QLatin1String("http")) {
        if (isLoopbackHost(url.host()))
            return std::nullopt;
        return Profile::tr("Use https:// for %1: plain http would send the API key unencrypted. "
                           "Plain http is only accepted for this computer (localhost).")
            .arg(url.host());
    }
    return Profile::tr("The address must start with https://.");
}

QString regionName(Region region)
{
    switch (region) {
    case Region::US: return QStringLiteral("us");
    case Region::EU: return QStringLiteral("eu");
    case Region::Custom: return QStringLiteral("custom");
    }
    return {};
}

QString keySourceName(KeySource source)
{
    switch (source) {
    case KeySource::Keychain: return QStringLiteral("keychain");
    case KeySource::SessionOnly: return QStringLiteral("session");
    case KeySource::Environment: return QStringLiteral("environment");
    }
    return {};
}

std::optional<Region> regionFromName(const QString &name)
{
    for (Region r : {Region::US, Region::EU, Region::Custom})
        if (regionName(r) == name)
            return r;
    return std::nullopt;
}

std::optional<KeySource> keySourceFromName(const QString &name)
{
    for (KeySource s : {KeySource::Keychain, KeySource::SessionOnly, KeySource::Environment})
        if (keySourceName(s) == name)
            return s;
    return std::nullopt;
}

} // namespace docket::account
