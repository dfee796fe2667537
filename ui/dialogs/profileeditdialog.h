// SPDX-FileCopyrightText: 2026 The Docket authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "account/keyvalidator.h"
#include "account/profile.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;

namespace docket::account {
class Session;
}

namespace docket::ui {

// Adds or edits one LlamaCloud profile: name, region (US, EU or a custom https address), the API
// key (typed only, never shown from the keychain), a Check Key button that asks the server and
// says plainly what is wrong, and the organization and project from the server's lists. Save
// stays disabled until the inputs are valid and the key was checked. Saving goes through the
// Session; when no keychain is usable it asks ProfileKeychainDialog. Opened by ProfileDialog.
class ProfileEditDialog : public QDialog
{
    Q_OBJECT

public:
    // existing: the profile to edit; nothing to add a new one.
    ProfileEditDialog(account::Session *session, const std::optional<account::Profile> &existing,
                      QWidget *parent = nullptr);

    // The profile as the inputs describe it now.
    account::Profile profile() const;
    account::KeyValidator *validator() const { return m_validator; }
    bool canSave() const;

public Q_SLOTS:
    void checkKey();
    void save();

Q_SIGNALS:
    // The profile was saved (and its key kept); the dialog closes.
    void saved(const docket::account::Profile &profile);

private:
    void onCheckFinished(const account::KeyCheck &check);
    void invalidateCheck();
    void fillOrganizations();
    void fillProjects();
    void updateState();
    account::Region region() const;
    QUrl serverUrl() const;
    void showMessage(const QString &text, bool problem);
    void saveWith(account::Profile profile, const QString &key);

    account::Session *m_session;
    std::optional<account::Profile> m_existing;
    account::KeyValidator *m_validator;
    std::optional<account::KeyCheck> m_check;
    bool m_saving = false;

    QLineEdit *m_nameEdit;
    QRadioButton *m_usButton;
    QRadioButton *m_euButton;
    QRadioButton *m_customButton;
    QLineEdit *m_urlEdit;
    QLabel *m_urlProblem;
    QLineEdit *m_keyEdit;
    QPushButton *m_checkButton;
    QProgressBar *m_busy;
    QLabel *m_message;
    QComboBox *m_organizationBox;
    QComboBox *m_projectBox;
    QDialogButtonBox *m_buttons;
};

} // namespace docket::ui
