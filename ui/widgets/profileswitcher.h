// SPDX-FileCopyrightText: 2026 The Docket authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "account/profile.h"
#include "dialogs/profiledialog.h"

#include <QPointer>
#include <QWidget>

class QAction;
class QComboBox;

namespace docket::account {
class Session;
}

namespace docket::ui {

// The toolbar's profile chooser: a combo box of the profiles plus "Manage Profiles…", which
// switches the Session (and with it every view). It also owns the "Manage Profiles…" action for
// the menu, says in one line what the session is doing (for the status bar), and when a profile
// cannot read its key because no keychain is usable it offers the two explicit choices.
// The main window puts it in its toolbar; the composition root gives it the Session.
class ProfileSwitcher : public QWidget
{
    Q_OBJECT

public:
    explicit ProfileSwitcher(account::Session *session, QWidget *parent = nullptr);

    QComboBox *comboBox() const { return m_combo; }
    // Settings > Manage Profiles… (the same dialog as the combo box's last entry).
    QAction *manageAction() const { return m_manageAction; }
    // What the session is doing, in one line for the status bar.
    QString statusText() const { return m_statusText; }
    // The open profile manager, if any (for tests and for raising it).
    ProfileDialog *profileDialog() const { return m_dialog; }

public Q_SLOTS:
    void showProfileDialog();

Q_SIGNALS:
    void statusTextChanged(const QString &text);

private:
    void reload();
    void onActivated(int index);
    void selectCurrent();
    void setStatus(const QString &text);
    void onFailed(const account::Profile &profile, const QString &message);
    void offerKeyChoices(const account::Profile &profile, const QString &message);

    account::Session *m_session;
    QComboBox *m_combo;
    QAction *m_manageAction;
    QPointer<ProfileDialog> m_dialog;
    QString m_statusText;
};

} // namespace docket::ui
