// SPDX-FileCopyrightText: 2026 The Docket authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "account/profile.h"

#include <QDialog>

#include <optional>

class QLabel;
class QListWidget;
class QPushButton;

namespace docket::account {
class Session;
}

namespace docket::ui {

// Settings > Manage Profiles…: the list of profiles (the built-in Local one first), with Add,
// Edit, Delete (after a confirmation; removes the key from the keychain too) and Use (switches
// every view to the selected profile). Reads and changes everything through the Session.
// Opened by the profile switcher and the main window's menu.
class ProfileDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ProfileDialog(account::Session *session, QWidget *parent = nullptr);

    QListWidget *list() const { return m_list; }
    QString selectedProfileId() const;
    void selectProfile(const QString &id);

public Q_SLOTS:
    void addProfile();
    void editProfile();
    void deleteProfile();
    void useProfile();

private:
    void reload();
    void updateButtons();
    void openEditor(const std::optional<account::Profile> &profile);

    account::Session *m_session;
    QListWidget *m_list;
    QLabel *m_details;
    QLabel *m_message;
    QPushButton *m_addButton;
    QPushButton *m_editButton;
    QPushButton *m_deleteButton;
    QPushButton *m_useButton;
};

} // namespace docket::ui
