// SPDX-FileCopyrightText: 2026 The Docket authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/profiledialog.h"

#include "account/profilestore.h"
#include "account/session.h"
#include "dialogs/profileeditdialog.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace docket::ui {

using account::KeySource;
using account::Profile;
using account::Region;

namespace {
QString describe(const Profile &p)
{
    if (p.isLocal())
        return ProfileDialog::tr("The local engine on this computer, started and watched by Docket. "
                                 "Documents never leave the machine.");
    QString where;
    switch (p.region) {
    case Region::US: where = ProfileDialog::tr("LlamaCloud US"); break;
    case Region::EU: where = ProfileDialog::tr("LlamaCloud EU"); break;
    case Region::Custom: where = p.customBaseUrl.toString(); break;
    }
    QString key;
    switch (p.keySource) {
    case KeySource::Keychain: key = ProfileDialog::tr("API key in the system keychain"); break;
    case KeySource::SessionOnly: key = ProfileDialog::tr("API key for this run only"); break;
    case KeySource::Environment: key = ProfileDialog::tr("API key from LLAMA_CLOUD_API_KEY"); break;
    }
    return ProfileDialog::tr("%1 · organization %2 · project %3 · %4")
        .arg(where, p.organizationName.isEmpty() ? p.organizationId : p.organizationName,
             p.projectName.isEmpty() ? p.projectId : p.projectName, key);
}
} // namespace

ProfileDialog::ProfileDialog(account::Session *session, QWidget *parent) : QDialog(parent), m_session(session)
{
    setWindowTitle(tr("Manage Profiles"));
    auto *layout = new QVBoxLayout(this);
    auto *listLabel = new QLabel(tr("&Profiles:"), this);
    layout->addWidget(listLabel);
    auto *row = new QHBoxLayout;
    layout->addLayout(row);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("profileList"));
    listLabel->setBuddy(m_list);
    row->addWidget(m_list, 1);

    auto *side = new QVBoxLayout;
    m_addButton = new QPushButton(tr("&Add…"), this);
    m_addButton->setObjectName(QStringLiteral("addButton"));
    m_editButton = new QPushButton(tr("&Edit…"), this);
    m_editButton->setObjectName(QStringLiteral("editButton"));
    m_deleteButton = new QPushButton(tr("&Delete…"), this);
    m_deleteButton->setObjectName(QStringLiteral("deleteButton"));
    m_useButton = new QPushButton(tr("&Use"), this);
    m_useButton->setObjectName(QStringLiteral("useButton"));
    m_useButton->setToolTip(tr("Switch every view to this profile."));
    for (QPushButton *b : {m_addButton, m_editButton, m_deleteButton, m_useButton})
        side->addWidget(b);
    side->addStretch();
    row->addLayout(side);

    m_details = new QLabel(this);
    m_details->setObjectName(QStringLiteral("detailsLabel"));
    m_details->setWordWrap(true);
    m_details->setMinimumWidth(460);
    layout->addWidget(m_details);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("messageLabel"));
    m_message->setWordWrap(true);
    layout->addWidget(m_message);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    connect(m_addButton, &QPushButton::clicked, this, &ProfileDialog::addProfile);
    connect(m_editButton, &QPushButton::clicked, this, &ProfileDialog::editProfile);
    connect(m_deleteButton, &QPushButton::clicked, this, &ProfileDialog::deleteProfile);
    connect(m_useButton, &QPushButton::clicked, this, &ProfileDialog::useProfile);
    connect(m_list, &QListWidget::currentRowChanged, this, &ProfileDialog::updateButtons);
    connect(m_list, &QListWidget::itemActivated, this, [this] {
        if (m_editButton->isEnabled())
            editProfile();
    });
    connect(m_session, &account::Session::profilesChanged, this, &ProfileDialog::reload);
    connect(m_session, &account::Session::ready, this, &ProfileDialog::reload);
    connect(m_session, &account::Session::failed, this, &ProfileDialog::reload);

    reload();
    selectProfile(m_session->current().id);
    m_list->setFocus();
}

QString ProfileDialog::selectedProfileId() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void ProfileDialog::selectProfile(const QString &id)
{
    for (int row = 0; row < m_list->count(); ++row)
        if (m_list->item(row)->data(Qt::UserRole).toString() == id)
            m_list->setCurrentRow(row);
}

void ProfileDialog::reload()
{
    const QString selected = selectedProfileId();
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    const QString current = m_session->current().id;
    for (const Profile &p : m_session->profiles()->profiles()) {
        QString text = p.isLocal() ? tr("%1 (built-in)").arg(p.name) : p.name;
        if (p.id == current)
            text = tr("%1 — in use").arg(text);
        auto *item = new QListWidgetItem(text, m_list);
        item->setData(Qt::UserRole, p.id);
        item->setToolTip(describe(p));
    }
    selectProfile(selected.isEmpty() ? current : selected);
    if (!m_list->currentItem() && m_list->count() > 0)
        m_list->setCurrentRow(0);
    updateButtons();
}

void ProfileDialog::updateButtons()
{
    const auto profile = m_session->profiles()->profile(selectedProfileId());
    const bool cloud = profile && !profile->isLocal();
    m_editButton->setEnabled(cloud);
    m_deleteButton->setEnabled(cloud);
    m_useButton->setEnabled(profile.has_value() && profile->id != m_session->current().id);
    m_details->setText(profile ? describe(*profile) : QString());
}

void ProfileDialog::addProfile()
{
    openEditor(std::nullopt);
}

void ProfileDialog::editProfile()
{
    const auto profile = m_session->profiles()->profile(selectedProfileId());
    if (profile && !profile->isLocal())
        openEditor(profile);
}

void ProfileDialog::openEditor(const std::optional<Profile> &profile)
{
    auto *editor = new ProfileEditDialog(m_session, profile, this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    const bool adding = !profile;
    connect(editor, &ProfileEditDialog::saved, this, [this, adding](const Profile &p) {
        reload();
        selectProfile(p.id);
        m_message->setText(adding ? tr("“%1” was added. Choose Use to switch to it.").arg(p.name)
                                  : tr("“%1” was saved.").arg(p.name));
    });
    editor->open();
}

void ProfileDialog::deleteProfile()
{
    const auto profile = m_session->profiles()->profile(selectedProfileId());
    if (!profile || profile->isLocal())
        return;
    auto *confirm = new QMessageBox(QMessageBox::Warning, tr("Delete Profile"),
                                    tr("Delete the profile “%1” and remove its API key from the keychain?\n"
                                       "Jobs on the server are not affected.").arg(profile->name),
                                    QMessageBox::Cancel, this);
    confirm->setObjectName(QStringLiteral("confirmDelete"));
    QPushButton *deleteButton = confirm->addButton(tr("&Delete"), QMessageBox::DestructiveRole);
    confirm->setDefaultButton(QMessageBox::Cancel);
    confirm->setAttribute(Qt::WA_DeleteOnClose);
    const QString id = profile->id;
    const QString name = profile->name;
    connect(confirm, &QMessageBox::finished, this, [this, confirm, deleteButton, id, name] {
        if (confirm->clickedButton() != deleteButton)
            return;
        m_session->removeProfile(id, this, [this, name](std::optional<account::CredentialError> error) {
            m_message->setText(error ? tr("“%1” was not deleted: %2").arg(name, error->message)
                                     : tr("“%1” was deleted.").arg(name));
            reload();
        });
    });
    confirm->open();
}

void ProfileDialog::useProfile()
{
    const QString id = selectedProfileId();
    if (id.isEmpty())
        return;
    m_session->activate(id);
    reload();
}

} // namespace docket::ui
