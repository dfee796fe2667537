// SPDX-FileCopyrightText: 2026 The Docket authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/profilekeychaindialog.h"

#include "account/credentialstore.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace docket::ui {

using account::EnvironmentCredentialStore;

ProfileKeychainDialog::ProfileKeychainDialog(const QString &profileName, const QString &details, bool askForKey,
                                             QWidget *parent)
    : QDialog(parent), m_askForKey(askForKey)
{
    setWindowTitle(tr("No Keychain Available"));
    auto *layout = new QVBoxLayout(this);
    layout->setSizeConstraint(QLayout::SetMinimumSize);

    auto *head = new QHBoxLayout;
    auto *icon = new QLabel(this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(48, 48));
    icon->setAlignment(Qt::AlignTop);
    head->addWidget(icon);
    auto *explanation = new QLabel(this);
    explanation->setObjectName(QStringLiteral("explanationLabel"));
    explanation->setWordWrap(true);
    explanation->setTextFormat(Qt::PlainText);
    const QString intro =
        tr("Docket keeps API keys in the system keychain, but no keychain answered on this computer "
           "(on Linux this needs a running Secret Service such as GNOME Keyring or KWallet).");
    const QString consequence =
        askForKey ? tr("The key of “%1” therefore cannot be read. Docket will not keep it in a file in plain "
                       "text. Choose one of these:").arg(profileName)
                  : tr("The key of “%1” therefore cannot be stored. Docket will not write it to a file in plain "
                       "text. Choose one of these:").arg(profileName);
    explanation->setText(intro + QStringLiteral("\n\n") + consequence);
    explanation->setMinimumWidth(420);
    head->addWidget(explanation, 1);
    layout->addLayout(head);

    if (askForKey) {
        auto *form = new QFormLayout;
        m_keyEdit = new QLineEdit(this);
        m_keyEdit->setObjectName(QStringLiteral("keyEdit"));
        m_keyEdit->setEchoMode(QLineEdit::Password);
        m_keyEdit->setPlaceholderText(tr("llx-…"));
        form->addRow(tr("API &key:"), m_keyEdit);
        layout->addLayout(form);
        connect(m_keyEdit, &QLineEdit::textChanged, this, &ProfileKeychainDialog::updateButtons);
    }

    m_thisRunButton = new QPushButton(tr("Use the key for this &run only"), this);
    m_thisRunButton->setObjectName(QStringLiteral("thisRunButton"));
    m_thisRunButton->setToolTip(tr("The key stays in memory until Docket quits; you enter it again next time."));
    layout->addWidget(m_thisRunButton);

    const QString variable = EnvironmentCredentialStore::variableName();
    m_environmentButton = new QPushButton(tr("Read the key from %1 (&environment)").arg(variable), this);
    m_environmentButton->setObjectName(QStringLiteral("environmentButton"));
    layout->addWidget(m_environmentButton);
    m_environmentReason = new QLabel(this);
    m_environmentReason->setObjectName(QStringLiteral("environmentReason"));
    m_environmentReason->setWordWrap(true);
    m_environmentReason->setIndent(12);
    layout->addWidget(m_environmentReason);
    if (EnvironmentCredentialStore::isAvailable()) {
        m_environmentReason->setText(tr("Docket reads %1 at every start; the key is never copied.").arg(variable));
    } else {
        m_environmentButton->setEnabled(false);
        m_environmentReason->setText(tr("Not available: %1 is not set in Docket's environment. Set it and start "
                                        "Docket again to use this choice.").arg(variable));
    }

    if (!details.isEmpty()) {
        auto *detailLabel = new QLabel(tr("Details: %1").arg(details), this);
        detailLabel->setObjectName(QStringLiteral("detailsLabel"));
        detailLabel->setWordWrap(true);
        detailLabel->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        detailLabel->setForegroundRole(QPalette::PlaceholderText);
        layout->addWidget(detailLabel);
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_thisRunButton, &QPushButton::clicked, this, [this] { choose(Choice::ThisRunOnly); });
    connect(m_environmentButton, &QPushButton::clicked, this, [this] { choose(Choice::Environment); });
    updateButtons();
}

QString ProfileKeychainDialog::key() const
{
    return m_keyEdit ? m_keyEdit->text().trimmed() : QString();
}

void ProfileKeychainDialog::updateButtons()
{
    m_thisRunButton->setEnabled(!m_askForKey || !key().isEmpty());
    m_thisRunButton->setDefault(m_thisRunButton->isEnabled());
}

void ProfileKeychainDialog::choose(Choice choice)
{
    m_choice = choice;
    accept();
}

} // namespace docket::ui
