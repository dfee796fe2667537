// SPDX-FileCopyrightText: 2026 The Docket authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/profileeditdialog.h"

#include "account/profilestore.h"
#include "account/session.h"
#include "dialogs/profilekeychaindialog.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace docket::ui {

using account::CredentialError;
using account::KeyCheck;
using account::KeySource;
using account::Profile;
using account::Region;

ProfileEditDialog::ProfileEditDialog(account::Session *session, const std::optional<Profile> &existing, QWidget *parent)
    : QDialog(parent), m_session(session), m_existing(existing), m_validator(new account::KeyValidator(this))
{
    setWindowTitle(existing ? tr("Edit Profile") : tr("Add LlamaCloud Profile"));
    auto *layout = new QVBoxLayout(this);
    // Grows with the inline message instead of cutting it off.
    layout->setSizeConstraint(QLayout::SetMinimumSize);
    auto *form = new QFormLayout;
    layout->addLayout(form);

    m_nameEdit = new QLineEdit(this);
    m_nameEdit->setObjectName(QStringLiteral("nameEdit"));
    m_nameEdit->setPlaceholderText(tr("For example: Work (EU)"));
    form->addRow(tr("&Name:"), m_nameEdit);

    auto *regionRow = new QHBoxLayout;
    m_usButton = new QRadioButton(tr("&US"), this);
    m_usButton->setObjectName(QStringLiteral("usButton"));
    m_euButton = new QRadioButton(tr("&EU"), this);
    m_euButton->setObjectName(QStringLiteral("euButton"));
    m_customButton = new QRadioButton(tr("Custom ser&ver"), this);
    m_customButton->setObjectName(QStringLiteral("customButton"));
    auto *regionGroup = new QButtonGroup(this);
    for (QRadioButton *b : {m_usButton, m_euButton, m_customButton}) {
        regionGroup->addButton(b);
        regionRow->addWidget(b);
    }
    regionRow->addStretch();
    auto *regionLabel = new QLabel(tr("Region:"), this);
    form->addRow(regionLabel, regionRow);

    m_urlEdit = new QLineEdit(this);
    m_urlEdit->setObjectName(QStringLiteral("urlEdit"));
    m_urlEdit->setPlaceholderText(tr("https://llama.example.com"));
    form->addRow(tr("Server &address:"), m_urlEdit);
    m_urlProblem = new QLabel(this);
    m_urlProblem->setObjectName(QStringLiteral("urlProblem"));
    m_urlProblem->setWordWrap(true);
    form->addRow(QString(), m_urlProblem);

    m_keyEdit = new QLineEdit(this);
    m_keyEdit->setObjectName(QStringLiteral("keyEdit"));
    m_keyEdit->setEchoMode(QLineEdit::Password);
    m_keyEdit->setClearButtonEnabled(true);
    if (existing) {
        m_keyEdit->setPlaceholderText(existing->keySource == KeySource::Environment
                                          ? tr("Read from %1; type a key to replace it")
                                                .arg(account::EnvironmentCredentialStore::variableName())
                                          : tr("Kept safely; type a new key to replace it"));
    } else {
        m_keyEdit->setPlaceholderText(tr("llx-…"));
    }
    auto *keyRow = new QHBoxLayout;
    keyRow->addWidget(m_keyEdit, 1);
    m_checkButton = new QPushButton(tr("&Check Key"), this);
    m_checkButton->setObjectName(QStringLiteral("checkButton"));
    keyRow->addWidget(m_checkButton);
    m_busy = new QProgressBar(this);
    m_busy->setObjectName(QStringLiteral("busyIndicator"));
    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(60);
    m_busy->setTextVisible(false);
    m_busy->setAccessibleName(tr("Checking the key"));
    m_busy->hide();
    keyRow->addWidget(m_busy);
    auto *keyLabel = new QLabel(tr("API &key:"), this);
    keyLabel->setBuddy(m_keyEdit);
    form->addRow(keyLabel, keyRow);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("messageLabel"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_message->setMinimumWidth(420);
    form->addRow(QString(), m_message);

    m_organizationBox = new QComboBox(this);
    m_organizationBox->setObjectName(QStringLiteral("organizationBox"));
    form->addRow(tr("&Organization:"), m_organizationBox);
    m_projectBox = new QComboBox(this);
    m_projectBox->setObjectName(QStringLiteral("projectBox"));
    form->addRow(tr("&Project:"), m_projectBox);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Save)->setText(tr("&Save"));
    layout->addWidget(m_buttons);

    if (existing) {
        m_nameEdit->setText(existing->name);
        m_usButton->setChecked(existing->region == Region::US);
        m_euButton->setChecked(existing->region == Region::EU);
        m_customButton->setChecked(existing->region == Region::Custom);
        m_urlEdit->setText(existing->customBaseUrl.toString());
        // The stored choice is shown until a check brings the server's lists.
        if (!existing->organizationId.isEmpty())
            m_organizationBox->addItem(existing->organizationName.isEmpty() ? existing->organizationId
                                                                            : existing->organizationName,
                                       existing->organizationId);
        if (!existing->projectId.isEmpty())
            m_projectBox->addItem(existing->projectName.isEmpty() ? existing->projectId : existing->projectName,
                                  existing->projectId);
    } else {
        m_usButton->setChecked(true);
    }

    connect(m_nameEdit, &QLineEdit::textChanged, this, &ProfileEditDialog::updateState);
    connect(regionGroup, &QButtonGroup::buttonToggled, this, [this](QAbstractButton *, bool on) {
        if (on)
            invalidateCheck();
    });
    connect(m_urlEdit, &QLineEdit::textChanged, this, &ProfileEditDialog::invalidateCheck);
    connect(m_keyEdit, &QLineEdit::textChanged, this, &ProfileEditDialog::invalidateCheck);
    connect(m_checkButton, &QPushButton::clicked, this, &ProfileEditDialog::checkKey);
    connect(m_validator, &account::KeyValidator::finished, this, &ProfileEditDialog::onCheckFinished);
    connect(m_organizationBox, &QComboBox::currentIndexChanged, this, [this] {
        if (m_check)
            fillProjects();
        updateState();
    });
    connect(m_projectBox, &QComboBox::currentIndexChanged, this, &ProfileEditDialog::updateState);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ProfileEditDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_nameEdit->setFocus();
    updateState();
}

Region ProfileEditDialog::region() const
{
    if (m_euButton->isChecked())
        return Region::EU;
    if (m_customButton->isChecked())
        return Region::Custom;
    return Region::US;
}

QUrl ProfileEditDialog::serverUrl() const
{
    return QUrl::fromUserInput(m_urlEdit->text().trimmed());
}

Profile ProfileEditDialog::profile() const
{
    Profile p = m_existing.value_or(Profile());
    if (p.id.isEmpty())
        p.id = account::ProfileStore::newId();
    p.kind = account::ProfileKind::Cloud;
    p.name = m_nameEdit->text().trimmed();
    p.region = region();
    p.customBaseUrl = p.region == Region::Custom ? serverUrl() : QUrl();
    p.organizationId = m_organizationBox->currentData().toString();
    p.organizationName = m_organizationBox->currentIndex() >= 0 ? m_organizationBox->currentText() : QString();
    p.projectId = m_projectBox->currentData().toString();
    p.projectName = m_projectBox->currentIndex() >= 0 ? m_projectBox->currentText() : QString();
    return p;
}

bool ProfileEditDialog::canSave() const
{
    if (m_saving || m_validator->isBusy())
        return false;
    const Profile p = profile();
    if (p.problem() || p.projectId.isEmpty())
        return false;
    if (m_check)
        return m_check->ok();
    // Renaming an existing profile needs no new check: its key and server are unchanged.
    return m_existing && m_keyEdit->text().trimmed().isEmpty() && p.region == m_existing->region
        && p.customBaseUrl == m_existing->customBaseUrl;
}

void ProfileEditDialog::updateState()
{
    const bool custom = m_customButton->isChecked();
    m_urlEdit->setEnabled(custom);
    QString urlProblem;
    if (custom && !m_urlEdit->text().trimmed().isEmpty()) {
        if (const auto problem = account::customUrlProblem(serverUrl()))
            urlProblem = *problem;
    }
    m_urlProblem->setText(urlProblem);
    m_urlProblem->setVisible(!urlProblem.isEmpty());

    const bool busy = m_validator->isBusy();
    m_busy->setVisible(busy);
    const bool serverOk = !custom || !account::customUrlProblem(serverUrl());
    const bool haveKey = !m_keyEdit->text().trimmed().isEmpty() || m_existing.has_value();
    m_checkButton->setEnabled(!busy && !m_saving && serverOk && haveKey);
    m_organizationBox->setEnabled(m_check && m_check->ok() && m_organizationBox->count() > 1);
    m_projectBox->setEnabled(m_check && m_check->ok() && m_projectBox->count() > 0);
    const bool saveable = canSave();
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(saveable);
    // Enter checks the key until there is something to save, then saves.
    m_buttons->button(QDialogButtonBox::Save)->setDefault(saveable);
    m_checkButton->setDefault(!saveable);
}

void ProfileEditDialog::showMessage(const QString &text, bool problem)
{
    m_message->setText(text);
    QPalette palette = m_message->palette();
    palette.setColor(QPalette::WindowText, problem ? QColor(0xc0, 0x1c, 0x28) : this->palette().color(QPalette::WindowText));
    if (problem && this->palette().color(QPalette::Window).lightness() < 128)
        palette.setColor(QPalette::WindowText, QColor(0xff, 0x7b, 0x72)); // readable on dark backgrounds
    m_message->setPalette(palette);
    // QFormLayout does not grow a dialog for a wrapped label by itself; the label asks for its height.
    m_message->setMinimumHeight(text.isEmpty() ? 0
                                               : m_message->heightForWidth(std::max(m_message->width(),
                                                                                    m_message->minimumWidth())));
}

void ProfileEditDialog::invalidateCheck()
{
    if (m_validator->isBusy())
        m_validator->cancel();
    if (m_check) {
        m_check.reset();
        showMessage(QString(), false);
    }
    updateState();
}

void ProfileEditDialog::checkKey()
{
    if (!m_checkButton->isEnabled())
        return;
    const Region r = region();
    Profile target;
    target.region = r;
    target.customBaseUrl = serverUrl();
    const QUrl url = target.baseUrl();
    const QString typed = m_keyEdit->text().trimmed();
    m_check.reset();
    showMessage(tr("Checking the key with %1…").arg(url.host()), false);
    if (!typed.isEmpty() || !m_existing) {
        m_validator->validate(url, typed, r);
        updateState();
        return;
    }
    // The stored key is read and checked without ever reaching a visible field.
    m_busy->show();
    m_checkButton->setEnabled(false);
    m_session->store(m_existing->keySource)->read(m_existing->id, this, [this, url, r](const account::CredentialResult &result) {
        if (!result.ok()) {
            m_busy->hide();
            showMessage(tr("The stored key could not be read: %1").arg(result.error->message), true);
            updateState();
            return;
        }
        m_validator->validate(url, result.secret, r);
        updateState();
    });
}

void ProfileEditDialog::onCheckFinished(const KeyCheck &check)
{
    m_check = check;
    showMessage(check.message, !check.ok());
    if (check.ok())
        fillOrganizations();
    updateState();
    if (!check.ok())
        m_keyEdit->setFocus();
}

void ProfileEditDialog::fillOrganizations()
{
    const QString wanted = m_organizationBox->currentData().toString();
    const QSignalBlocker blocker(m_organizationBox);
    m_organizationBox->clear();
    for (const auto &o : std::as_const(m_check->organizations))
        m_organizationBox->addItem(o.name.isEmpty() ? o.id : o.name, o.id);
    const int index = m_organizationBox->findData(wanted);
    m_organizationBox->setCurrentIndex(index >= 0 ? index : 0);
    fillProjects();
}

void ProfileEditDialog::fillProjects()
{
    const QString wanted = m_projectBox->currentData().toString();
    const QString organization = m_organizationBox->currentData().toString();
    const QSignalBlocker blocker(m_projectBox);
    m_projectBox->clear();
    int preferred = -1;
    for (const auto &p : std::as_const(m_check->projects)) {
        if (!organization.isEmpty() && !p.organizationId.isEmpty() && p.organizationId != organization)
            continue;
        m_projectBox->addItem(p.isDefault ? tr("%1 (default)").arg(p.name) : p.name, p.id);
        if (p.id == wanted || (preferred < 0 && p.isDefault))
            preferred = m_projectBox->count() - 1;
    }
    const int exact = m_projectBox->findData(wanted);
    m_projectBox->setCurrentIndex(exact >= 0 ? exact : std::max(preferred, m_projectBox->count() > 0 ? 0 : -1));
    if (m_projectBox->count() == 0)
        showMessage(tr("The key works, but this organization has no project. Create one in LlamaCloud first."), true);
}

void ProfileEditDialog::save()
{
    if (!canSave())
        return;
    Profile p = profile();
    // The "(default)" marker is for the chooser only.
    for (const auto &project : m_check ? m_check->projects : QList<api::Project>())
        if (project.id == p.projectId)
            p.projectName = project.name;
    const QString key = m_keyEdit->text().trimmed();
    // A typed key goes to the keychain first, also for a profile that had to do without one: the
    // keychain may work now, and if not the user is asked again rather than falling back silently.
    if (!key.isEmpty())
        p.keySource = KeySource::Keychain;
    saveWith(p, key);
}

void ProfileEditDialog::saveWith(Profile p, const QString &key)
{
    m_saving = true;
    updateState();
    m_session->saveProfile(p, key, this, [this, p, key](std::optional<CredentialError> error) {
        m_saving = false;
        if (!error) {
            Q_EMIT saved(p);
            accept();
            return;
        }
        if (error->kind == CredentialError::Kind::NoKeychain) {
            auto *choice = new ProfileKeychainDialog(p.name, error->message, key.isEmpty(), this);
            choice->setAttribute(Qt::WA_DeleteOnClose);
            connect(choice, &QDialog::accepted, this, [this, choice, p, key] {
                Profile next = p;
                if (choice->choice() == ProfileKeychainDialog::Choice::ThisRunOnly) {
                    next.keySource = KeySource::SessionOnly;
                    saveWith(next, key.isEmpty() ? choice->key() : key);
                } else if (choice->choice() == ProfileKeychainDialog::Choice::Environment) {
                    next.keySource = KeySource::Environment;
                    saveWith(next, QString());
                }
            });
            connect(choice, &QDialog::rejected, this, [this] {
                showMessage(tr("Not saved: no keychain, and no other place for the key was chosen."), true);
            });
            choice->open();
            updateState();
            return;
        }
        showMessage(tr("Not saved: %1").arg(error->message), true);
        updateState();
    });
}

} // namespace docket::ui
