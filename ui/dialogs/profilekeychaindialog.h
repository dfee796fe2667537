// SPDX-FileCopyrightText: 2026 The Docket authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace docket::ui {

// Shown when no keychain is usable: says so plainly and offers the only two ways on, both
// explicit: keep the key in memory for this run, or read LLAMA_CLOUD_API_KEY. Nothing is ever
// written in plain text. The profile editor opens it when saving a key fails; the profile
// switcher opens it when activating a profile cannot read its key.
class ProfileKeychainDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Choice { None, ThisRunOnly, Environment };

    // askForKey: the dialog has its own key field (at activation, when no key was typed yet).
    ProfileKeychainDialog(const QString &profileName, const QString &details, bool askForKey,
                          QWidget *parent = nullptr);

    Choice choice() const { return m_choice; }
    // The key typed into the dialog's own field (askForKey only).
    QString key() const;

private:
    void choose(Choice choice);
    void updateButtons();

    Choice m_choice = Choice::None;
    bool m_askForKey;
    QLineEdit *m_keyEdit = nullptr;
    QPushButton *m_thisRunButton = nullptr;
    QPushButton *m_environmentButton = nullptr;
    QLabel *m_environmentReason = nullptr;
};

} // namespace docket::ui
