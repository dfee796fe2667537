// SPDX-FileCopyrightText: 2026 The Docket authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/profileswitcher.h"

#include "account/profilestore.h"
#include "account/session.h"
#include "dialogs/profiledialog.h"
#include "dialogs/profilekeychaindialog.h"
#include "api/apiclient.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>

namespace docket::ui {

using account::Profile;
using account::Session;

namespace {
constexpr int ManageRole = Qt::UserRole + 1;
}

ProfileSwitcher::ProfileSwitcher(Session *session, QWidget *parent) : QWidget(parent), m_session(session)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *label = new QLabel(tr("P&rofile:"), this);
    m_combo = new QComboBox(this);
    m_combo->setObjectName(QStringLiteral("profileCombo"));
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_combo->setToolTip(tr("The account every view shows. Switching reloads all views."));
    label->setBuddy(m_combo);
    layout->addWidget(label);
    layout->addWidget(m_combo);

    m_manageAction = new QAction(tr("Manage &Profiles…"), this);
    m_manageAction->setObjectName(QStringLiteral("manageProfilesAction"));
    connect(m_manageAction, &QAction::triggered, this, &ProfileSwitcher::showProfileDialog);

    connect(m_combo, &QComboBox::activated, this, &ProfileSwitcher::onActivated);
    connect(m_session, &Session::profilesChanged, this, &ProfileSwitcher::reload);
    connect(m_session, &Session::activating, this, [this](const Profile &p) {
        selectCurrent();
        setStatus(tr("Connecting to “%1”…").arg(p.name));
    });
    connect(m_session, &Session::ready, this, [this](const Profile &p) {
        selectCurrent();
        setStatus(p.isLocal() ? tr("Profile “%1”: local engine at %2")
                                    .arg(p.name, m_session->client()->connection().baseUrl.toString())
                              : tr("Profile “%1”: %2, project %3")
                                    .arg(p.name, m_session->client()->connection().baseUrl.host(),
                                         p.projectName.isEmpty() ? p.projectId : p.projectName));
    });
    connect(m_session, &Session::failed, this, &ProfileSwitcher::onFailed);
    reload();
}

void ProfileSwitcher::reload()
{
    const QSignalBlocker blocker(m_combo);
    m_combo->clear();
    for (const Profile &p : m_session->profiles()->profiles())
        m_combo->addItem(p.name, p.id);
    m_combo->insertSeparator(m_combo->count());
    m_combo->addItem(tr("Manage Profiles…"));
    m_combo->setItemData(m_combo->count() - 1, true, ManageRole);
    selectCurrent();
}

void ProfileSwitcher::selectCurrent()
{
    const QSignalBlocker blocker(m_combo);
    const int index = m_combo->findData(m_session->current().id);
    m_combo->setCurrentIndex(index);
}

void ProfileSwitcher::onActivated(int index)
{
    if (m_combo->itemData(index, ManageRole).toBool()) {
        selectCurrent(); // "Manage Profiles…" is a command, not a profile
        showProfileDialog();
        return;
    }
    const QString id = m_combo->itemData(index).toString();
    if (!id.isEmpty() && (id != m_session->current().id || !m_session->isReady()))
        m_session->activate(id);
}

void ProfileSwitcher::showProfileDialog()
{
    if (m_dialog) {
        m_dialog->raise();
        m_dialog->activateWindow();
        return;
    }
    m_dialog = new ProfileDialog(m_session, window());
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog->open();
}

void ProfileSwitcher::setStatus(const QString &text)
{
    if (text == m_statusText)
        return;
    m_statusText = text;
    Q_EMIT statusTextChanged(text);
}

void ProfileSwitcher::onFailed(const Profile &profile, const QString &message)
{
    selectCurrent();
    setStatus(tr("Profile “%1” is not connected: %2").arg(profile.name, message.section(QLatin1Char('\n'), 0, 0)));
    if (m_session->failure() == Session::Failure::NoKeychain)
        offerKeyChoices(profile, message);
}

void ProfileSwitcher::offerKeyChoices(const Profile &profile, const QString &message)
{
    auto *dialog = new ProfileKeychainDialog(profile.name, message.section(QLatin1Char('\n'), -1), true, window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString id = profile.id;
    connect(dialog, &QDialog::accepted, this, [this, dialog, id] {
        auto report = [this](std::optional<account::CredentialError> error) {
            if (error)
                setStatus(tr("The key could not be used: %1").arg(error->message));
        };
        if (dialog->choice() == ProfileKeychainDialog::Choice::ThisRunOnly)
            m_session->useKeyForThisRun(id, dialog->key(), this, report);
        else if (dialog->choice() == ProfileKeychainDialog::Choice::Environment)
            m_session->useEnvironmentKey(id, this, report);
    });
    dialog->open();
}

} // namespace docket::ui
