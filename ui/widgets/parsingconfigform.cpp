// SPDX-FileCopyrightText: 2026 The Docket authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/parsingconfigform.h"

#include "dialogs/newjobfeedback.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QCompleter>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace docket::ui {

using jobs::JobFlavour;

namespace {
// QFormLayout::addRow(QString, QLayout*) gives the label no buddy, so its shortcut would show as "&".
void addBuddyRow(QFormLayout *form, const QString &text, QWidget *buddy, QLayout *field)
{
    auto *label = new QLabel(text, form->parentWidget());
    label->setBuddy(buddy);
    form->addRow(label, field);
}
} // namespace

ParsingConfigForm::ParsingConfigForm(QWidget *parent) : QWidget(parent), m_languages(jobs::parserLanguages())
{
    auto *form = new QFormLayout(this);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("languageBox"));
    m_language->setEditable(true);
    m_language->setInsertPolicy(QComboBox::NoInsert);
    for (const jobs::ParserLanguage &l : std::as_const(m_languages))
        m_language->addItem(l.displayName, l.code);
    // Typing any part of a name ("deut", "german", "(de)") finds the language.
    auto *completer = new QCompleter(m_language->model(), m_language);
    completer->setFilterMode(Qt::MatchContains);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setCompletionMode(QCompleter::PopupCompletion);
    m_language->setCompleter(completer);
    m_language->setToolTip(tr("The language of the documents, for text recognition. Type to search."));
    m_languageError = feedback::makeErrorLabel(this);
    auto *languageColumn = new QVBoxLayout;
    languageColumn->addWidget(m_language);
    languageColumn->addWidget(m_languageError);
    addBuddyRow(form, tr("&Language:"), m_language, languageColumn);

    m_maxPages = new QSpinBox(this);
    m_maxPages->setObjectName(QStringLiteral("maxPagesBox"));
    m_maxPages->setRange(0, 100000);
    m_maxPages->setSpecialValueText(tr("No limit"));
    m_maxPages->setToolTip(tr("Read at most this many pages of each document."));
    m_maxPagesError = feedback::makeErrorLabel(this);
    auto *maxColumn = new QVBoxLayout;
    maxColumn->addWidget(m_maxPages);
    maxColumn->addWidget(m_maxPagesError);
    addBuddyRow(form, tr("&Maximum pages:"), m_maxPages, maxColumn);

    m_targetPages = new QLineEdit(this);
    m_targetPages->setObjectName(QStringLiteral("targetPagesEdit"));
    m_targetPages->setPlaceholderText(tr("All pages (or e.g. 1,3,5-7)"));
    m_targetPages->setToolTip(tr("Pages counted from 1, separated by commas; ranges with a hyphen."));
    m_targetError = feedback::makeErrorLabel(this);
    m_preview = new QLabel(this);
    m_preview->setObjectName(QStringLiteral("wirePreview"));
    m_preview->setEnabled(false);
    m_preview->setWordWrap(true);
    auto *targetColumn = new QVBoxLayout;
    targetColumn->addWidget(m_targetPages);
    targetColumn->addWidget(m_targetError);
    targetColumn->addWidget(m_preview);
    addBuddyRow(form, tr("&Target pages:"), m_targetPages, targetColumn);

    m_fast = new QRadioButton(tr("&Fast"), this);
    m_fast->setChecked(true);
    m_multimodal = new QRadioButton(tr("M&ultimodal"), this);
    m_multimodal->setObjectName(QStringLiteral("multimodalButton"));
    m_multimodal->setToolTip(tr("Also looks at page images; slower. v1 and batch jobs only."));
    auto *group = new QButtonGroup(this);
    group->addButton(m_fast);
    group->addButton(m_multimodal);
    m_modeNote = new QLabel(this);
    m_modeNote->setObjectName(QStringLiteral("modeNote"));
    m_modeNote->setEnabled(false);
    m_modeNote->setWordWrap(true);
    auto *modeRow = new QHBoxLayout;
    modeRow->addWidget(m_fast);
    modeRow->addWidget(m_multimodal);
    modeRow->addWidget(m_modeNote, 1);
    form->addRow(tr("Mode:"), modeRow);

    setInput({});
    connect(m_language, &QComboBox::currentTextChanged, this, [this] {
        m_serverErrors.remove(QStringLiteral("parsing.lang"));
        refresh();
    });
    connect(m_maxPages, &QSpinBox::valueChanged, this, [this] {
        m_serverErrors.remove(QStringLiteral("parsing.max_pages"));
        refresh();
    });
    connect(m_targetPages, &QLineEdit::textChanged, this, [this] {
        m_serverErrors.remove(QStringLiteral("parsing.target_pages"));
        refresh();
    });
    connect(group, &QButtonGroup::buttonToggled, this, [this] { refresh(); });
    refresh();
}

void ParsingConfigForm::setFlavour(JobFlavour flavour)
{
    m_flavour = flavour;
    if (flavour == JobFlavour::V2PerFile && m_multimodal->isChecked())
        m_fast->setChecked(true);
    refresh();
}

QString ParsingConfigForm::languageCode() const
{
    const QString text = m_language->currentText().trimmed();
    for (const jobs::ParserLanguage &l : m_languages) {
        if (text == l.displayName || text == l.code)
            return l.code;
    }
    return text;
}

jobs::ParsingInput ParsingConfigForm::input() const
{
    jobs::ParsingInput in;
    in.lang = languageCode();
    if (m_maxPages->value() > 0)
        in.maxPages = m_maxPages->value();
    in.targetPages = m_targetPages->text();
    return in;
}

void ParsingConfigForm::setInput(const jobs::ParsingInput &input)
{
    const int index = m_language->findData(input.lang);
    if (index >= 0)
        m_language->setCurrentIndex(index);
    else
        m_language->setEditText(input.lang);
    m_maxPages->setValue(input.maxPages.value_or(0));
    m_targetPages->setText(input.targetPages);
}

QString ParsingConfigForm::mode() const
{
    return m_multimodal->isChecked() ? QStringLiteral("MULTIMODAL") : QStringLiteral("FAST");
}

void ParsingConfigForm::setMode(const QString &mode)
{
    (mode == QLatin1String("MULTIMODAL") ? m_multimodal : m_fast)->setChecked(true);
    refresh();
}

QList<rules::FieldError> ParsingConfigForm::errors() const
{
    QList<rules::FieldError> errors = jobs::SubmissionOptions::validateParsing(m_flavour, input());
    errors += jobs::SubmissionOptions::validateMode(m_flavour, mode());
    for (auto it = m_serverErrors.cbegin(); it != m_serverErrors.cend(); ++it)
        errors.append({it.key(), it.value(), QStringLiteral("server")});
    return errors;
}

bool ParsingConfigForm::showServerError(const QString &field, const QString &message)
{
    static const QStringList known{QStringLiteral("parsing.lang"), QStringLiteral("parsing.max_pages"),
                                   QStringLiteral("parsing.target_pages")};
    if (!known.contains(field))
        return false;
    m_serverErrors.insert(field, tr("The server says: %1").arg(message));
    refresh();
    return true;
}

void ParsingConfigForm::refresh()
{
    QMap<QString, QString> messages;
    for (const rules::FieldError &e : errors()) {
        if (!messages.contains(e.field))
            messages.insert(e.field, e.message);
    }
    feedback::setFieldError(m_language, m_languageError, messages.value(QStringLiteral("parsing.lang")));
    feedback::setFieldError(m_maxPages, m_maxPagesError, messages.value(QStringLiteral("parsing.max_pages")));
    feedback::setFieldError(m_targetPages, m_targetError, messages.value(QStringLiteral("parsing.target_pages")));

    const bool v2 = m_flavour == JobFlavour::V2PerFile;
    m_multimodal->setEnabled(!v2);
    m_modeNote->setText(v2 ? tr("v2 jobs always run in Fast mode.") : QString());

    // Show what will go on the wire, so the 0-indexed v1 list never surprises anyone.
    QString preview;
    if (!messages.contains(QStringLiteral("parsing.target_pages")) && !m_targetPages->text().trimmed().isEmpty()) {
        if (v2) {
            preview = tr("Sent as \"%1\".").arg(jobs::PageConversion::toV2(m_targetPages->text(), nullptr).value_or(QString()));
        } else {
            QStringList numbers;
            for (const qint64 p : jobs::PageConversion::toV1(m_targetPages->text(), nullptr).value_or(QList<qint64>()))
                numbers << QString::number(p);
            if (numbers.size() > 12)
                numbers = numbers.mid(0, 12) << QStringLiteral("…");
            preview = tr("Sent as [%1] (v1 counts pages from 0).").arg(numbers.join(QStringLiteral(", ")));
        }
    }
    m_preview->setText(preview);
    m_preview->setVisible(!preview.isEmpty());
    Q_EMIT changed();
}

} // namespace docket::ui
