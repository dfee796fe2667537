// SPDX-FileCopyrightText: 2026 The Docket authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "account/profilestore.h"

#include "account/accountlogging.h"

#include <QSettings>
#include <QUuid>

#include <algorithm>

namespace docket::account {

namespace {
const QString Group = QStringLiteral("accounts/profiles");
const QString LastKey = QStringLiteral("accounts/lastProfileId");

// Settings keys allow letters, digits and a few marks; our ids are UUIDs without braces, but a
// hand-edited file may hold anything, so ids are checked before they become a group name.
bool isStorableId(const QString &id)
{
    if (id.isEmpty() || id == Profile::LocalId)
        return false;
    return std::all_of(id.cbegin(), id.cend(), [](QChar c) {
        return c.isLetterOrNumber() || c == QLatin1Char('-') || c == QLatin1Char('_');
    });
}
} // namespace

ProfileStore::ProfileStore(QSettings *settings, QObject *parent)
    : QObject(parent), m_settings(settings)
{
    if (!m_settings) {
        m_settings = new QSettings;
        m_ownsSettings = true;
    }
}

ProfileStore::~ProfileStore()
{
    if (m_ownsSettings)
        delete m_settings;
}

std::optional<Profile> ProfileStore::profile(const QString &id) const
{
    if (id == Profile::LocalId)
        return Profile::local();
    if (!isStorableId(id))
        return std::nullopt;
    m_settings->beginGroup(Group);
    const bool known = m_settings->childGroups().contains(id);
    Profile p;
    if (known) {
        m_settings->beginGroup(id);
        p.id = id;
        p.kind = ProfileKind::Cloud;
        p.name = m_settings->value(QStringLiteral("name")).toString();
        const QString region = m_settings->value(QStringLiteral("region")).toString();
        if (const auto r = regionFromName(region)) {
            p.region = *r;
        } else {
            qCWarning(lcAccount) << "profile" << id << "has an unknown region" << region << "- using US";
        }
        p.customBaseUrl = QUrl(m_settings->value(QStringLiteral("customBaseUrl")).toString());
        p.organizationId = m_settings->value(QStringLiteral("organizationId")).toString();
        p.organizationName = m_settings->value(QStringLiteral("organizationName")).toString();
        p.projectId = m_settings->value(QStringLiteral("projectId")).toString();
        p.projectName = m_settings->value(QStringLiteral("projectName")).toString();
        const QString source = m_settings->value(QStringLiteral("keySource")).toString();
        if (const auto s = keySourceFromName(source)) {
            p.keySource = *s;
        } else {
            qCWarning(lcAccount) << "profile" << id << "has an unknown key source" << source << "- using the keychain";
        }
        m_settings->endGroup();
    }
    m_settings->endGroup();
    if (!known)
        return std::nullopt;
    return p;
}

QList<Profile> ProfileStore::profiles() const
{
    m_settings->beginGroup(Group);
    const QStringList ids = m_settings->childGroups();
    m_settings->endGroup();

    QList<Profile> cloud;
    for (const QString &id : ids)
        if (auto p = profile(id))
            cloud.append(*p);
    std::sort(cloud.begin(), cloud.end(), [](const Profile &a, const Profile &b) {
        const int byName = QString::compare(a.name, b.name, Qt::CaseInsensitive);
        return byName != 0 ? byName < 0 : a.id < b.id;
    });
    cloud.prepend(Profile::local());
    return cloud;
}

std::optional<QString> ProfileStore::save(const Profile &profile)
{
    if (profile.isLocal() || profile.id == Profile::LocalId)
        return tr("The built-in Local profile cannot be changed.");
    if (!isStorableId(profile.id))
        return tr("The profile identifier “%1” is not usable.").arg(profile.id);
    if (const auto problem = profile.problem())
        return problem;

    m_settings->beginGroup(Group);
    m_settings->beginGroup(profile.id);
    m_settings->setValue(QStringLiteral("name"), profile.name.trimmed());
    m_settings->setValue(QStringLiteral("region"), regionName(profile.region));
    if (profile.region == Region::Custom)
        m_settings->setValue(QStringLiteral("customBaseUrl"), profile.customBaseUrl.toString());
    else
        m_settings->remove(QStringLiteral("customBaseUrl"));
    m_settings->setValue(QStringLiteral("organizationId"), profile.organizationId);
    m_settings->setValue(QStringLiteral("organizationName"), profile.organizationName);
    m_settings->setValue(QStringLiteral("projectId"), profile.projectId);
    m_settings->setValue(QStringLiteral("projectName"), profile.projectName);
    m_settings->setValue(QStringLiteral("keySource"), keySourceName(profile.keySource));
    m_settings->endGroup();
    m_settings->endGroup();
    m_settings->sync();
    Q_EMIT changed();
    return std::nullopt;
}

bool ProfileStore::remove(const QString &id)
{
    if (!isStorableId(id) || !contains(id))
        return false;
    m_settings->beginGroup(Group);
    m_settings->remove(id);
    m_settings->endGroup();
    if (m_settings->value(LastKey).toString() == id)
        m_settings->remove(LastKey);
    m_settings->sync();
    Q_EMIT changed();
    return true;
}

QString ProfileStore::lastProfileId() const
{
    const QString id = m_settings->value(LastKey).toString();
    return contains(id) ? id : QString(Profile::LocalId);
}

void ProfileStore::setLastProfileId(const QString &id)
{
    if (!contains(id))
        return;
    m_settings->setValue(LastKey, id);
    m_settings->sync();
}

QString ProfileStore::newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace docket::account
