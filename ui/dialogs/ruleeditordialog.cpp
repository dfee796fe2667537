// SPDX-FileCopyrightText: 2026 The Docket authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/ruleeditordialog.h"

#include "dialogs/newjobfeedback.h"
#include "rules/rulevalidator.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace docket::ui {

using rules::FieldError;
using rules::RuleValidator;

// The widgets of one rule. Server messages are kept apart from local ones: a local problem is
// always shown first, and editing the field drops the server's word about it.
struct RuleEditorDialog::Card
{
    QFrame *frame = nullptr;
    QLabel *title = nullptr;
    QLineEdit *type = nullptr;
    QLabel *typeCounter = nullptr;
    QLabel *typeError = nullptr;
    QPlainTextEdit *description = nullptr;
    QLabel *descriptionCounter = nullptr;
    QLabel *descriptionError = nullptr;
    QToolButton *up = nullptr;
    QToolButton *down = nullptr;
    QToolButton *remove = nullptr;
    QString serverTypeError;
    QString serverDescriptionError;
};

RuleEditorDialog::RuleEditorDialog(QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Classification Rules"));
    setObjectName(QStringLiteral("RuleEditorDialog"));

    auto *layout = new QVBoxLayout(this);

    auto *intro = new QLabel(tr("Each rule names a document type and describes, in plain words, how to recognise it. "
                                "Documents get the type of the rule that fits best."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *setRow = new QHBoxLayout;
    m_ruleSetLabel = new QLabel(this);
    m_ruleSetLabel->setObjectName(QStringLiteral("ruleSetLabel"));
    setRow->addWidget(m_ruleSetLabel, 1);
    m_ruleSetButton = new QToolButton(this);
    m_ruleSetButton->setObjectName(QStringLiteral("ruleSetButton"));
    m_ruleSetButton->setText(tr("Rule Sets"));
    m_ruleSetButton->setPopupMode(QToolButton::InstantPopup);
    m_ruleSetButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_ruleSetMenu = new QMenu(m_ruleSetButton);
    m_ruleSetButton->setMenu(m_ruleSetMenu);
    connect(m_ruleSetMenu, &QMenu::aboutToShow, this, &RuleEditorDialog::populateRuleSetMenu);
    setRow->addWidget(m_ruleSetButton);
    layout->addLayout(setRow);

    m_generalError = feedback::makeErrorLabel(this);
    m_generalError->setObjectName(QStringLiteral("generalError"));
    layout->addWidget(m_generalError);

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::StyledPanel);
    auto *content = new QWidget(scroll);
    m_cardLayout = new QVBoxLayout(content);
    m_emptyState = new QLabel(tr("No rules yet. Add a rule for each type of document you expect, "
                                 "for example \"invoice\" and \"contract\"."),
                              content);
    m_emptyState->setObjectName(QStringLiteral("emptyState"));
    m_emptyState->setWordWrap(true);
    m_emptyState->setAlignment(Qt::AlignCenter);
    m_emptyState->setEnabled(false);
    m_cardLayout->addWidget(m_emptyState);
    m_cardLayout->addStretch(1);
    scroll->setWidget(content);
    layout->addWidget(scroll, 1);

    auto *bottom = new QHBoxLayout;
    auto *add = new QPushButton(tr("&Add Rule"), this);
    add->setObjectName(QStringLiteral("addRuleButton"));
    connect(add, &QPushButton::clicked, this, &RuleEditorDialog::addRule);
    bottom->addWidget(add);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summary"));
    bottom->addWidget(m_summary, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (isValid())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    bottom->addWidget(buttons);
    layout->addLayout(bottom);

    resize(720, 560);
    rebuildCards({}, -1);
}

RuleEditorDialog::~RuleEditorDialog()
{
    for (Card *card : std::as_const(m_cards)) {
        card->type->disconnect(this);
        card->description->disconnect(this);
    }
    qDeleteAll(m_cards);
}

void RuleEditorDialog::setLibrary(const rules::RuleSetLibrary &library)
{
    m_library = library;
}

void RuleEditorDialog::setRules(const QList<api::Rule> &rules)
{
    rebuildCards(rules, -1);
}

QList<api::Rule> RuleEditorDialog::rules() const
{
    QList<api::Rule> out;
    for (const Card *card : m_cards)
        out.append({card->type->text(), card->description->toPlainText()});
    return out;
}

QLineEdit *RuleEditorDialog::typeEdit(int row) const { return m_cards.value(row) ? m_cards[row]->type : nullptr; }
QPlainTextEdit *RuleEditorDialog::descriptionEdit(int row) const { return m_cards.value(row) ? m_cards[row]->description : nullptr; }
QLabel *RuleEditorDialog::typeError(int row) const { return m_cards.value(row) ? m_cards[row]->typeError : nullptr; }
QLabel *RuleEditorDialog::descriptionError(int row) const { return m_cards.value(row) ? m_cards[row]->descriptionError : nullptr; }
QLabel *RuleEditorDialog::typeCounter(int row) const { return m_cards.value(row) ? m_cards[row]->typeCounter : nullptr; }
QLabel *RuleEditorDialog::descriptionCounter(int row) const { return m_cards.value(row) ? m_cards[row]->descriptionCounter : nullptr; }

void RuleEditorDialog::addRule()
{
    QList<api::Rule> current = rules();
    current.append(api::Rule{});
    rebuildCards(current, int(current.size()) - 1);
}

void RuleEditorDialog::removeRule(int row)
{
    QList<api::Rule> current = rules();
    if (row < 0 || row >= current.size())
        return;
    current.removeAt(row);
    rebuildCards(current, qMin(row, int(current.size()) - 1));
}

void RuleEditorDialog::moveRule(int from, int to)
{
    QList<api::Rule> current = rules();
    if (from < 0 || to < 0 || from >= current.size() || to >= current.size() || from == to)
        return;
    current.move(from, to);
    rebuildCards(current, to);
}

// Structural edits rebuild every card: rule lists are short, and one code path keeps the
// numbering, the move buttons and the field names ("rules.N.type") consistent.
void RuleEditorDialog::rebuildCards(const QList<api::Rule> &list, int focusRow)
{
    for (Card *card : std::as_const(m_cards)) {
        card->type->disconnect(this);
        card->description->disconnect(this);
        card->frame->hide();
        card->frame->deleteLater();
    }
    qDeleteAll(m_cards);
    m_cards.clear();

    for (qsizetype i = 0; i < list.size(); ++i) {
        auto *card = new Card;
        const int row = int(i);
        card->frame = new QFrame(m_cardLayout->parentWidget());
        card->frame->setObjectName(QStringLiteral("rule%1").arg(row));
        card->frame->setFrameShape(QFrame::StyledPanel);
        auto *grid = new QGridLayout(card->frame);

        card->title = new QLabel(tr("Rule %1").arg(row + 1), card->frame);
        QFont bold = card->title->font();
        bold.setBold(true);
        card->title->setFont(bold);
        auto *head = new QHBoxLayout;
        head->addWidget(card->title, 1);
        card->up = new QToolButton(card->frame);
        card->up->setArrowType(Qt::UpArrow);
        card->up->setToolTip(tr("Move up"));
        card->up->setAccessibleName(tr("Move rule %1 up").arg(row + 1));
        card->up->setEnabled(row > 0);
        card->down = new QToolButton(card->frame);
        card->down->setArrowType(Qt::DownArrow);
        card->down->setToolTip(tr("Move down"));
        card->down->setAccessibleName(tr("Move rule %1 down").arg(row + 1));
        card->down->setEnabled(row + 1 < list.size());
        card->remove = new QToolButton(card->frame);
        card->remove->setText(tr("Remove"));
        card->remove->setAccessibleName(tr("Remove rule %1").arg(row + 1));
        head->addWidget(card->up);
        head->addWidget(card->down);
        head->addWidget(card->remove);
        grid->addLayout(head, 0, 0, 1, 3);

        auto *typeLabel = new QLabel(tr("&Type:"), card->frame);
        card->type = new QLineEdit(list[i].type, card->frame);
        card->type->setPlaceholderText(tr("e.g. invoice"));
        typeLabel->setBuddy(card->type);
        card->typeCounter = new QLabel(card->frame);
        card->typeError = feedback::makeErrorLabel(card->frame);
        grid->addWidget(typeLabel, 1, 0);
        grid->addWidget(card->type, 1, 1);
        grid->addWidget(card->typeCounter, 1, 2);
        grid->addWidget(card->typeError, 2, 1, 1, 2);

        auto *descriptionLabel = new QLabel(tr("&Description:"), card->frame);
        descriptionLabel->setAlignment(Qt::AlignTop | Qt::AlignLeft);
        card->description = new QPlainTextEdit(list[i].description, card->frame);
        card->description->setPlaceholderText(
            tr("e.g. A bill from a supplier that asks for payment, with an invoice number and a total."));
        card->description->setTabChangesFocus(true);
        card->description->setFixedHeight(card->description->fontMetrics().lineSpacing() * 4 + 12);
        descriptionLabel->setBuddy(card->description);
        card->descriptionCounter = new QLabel(card->frame);
        card->descriptionCounter->setAlignment(Qt::AlignTop | Qt::AlignRight);
        card->descriptionError = feedback::makeErrorLabel(card->frame);
        // The same counter width in every card keeps the fields of all cards aligned.
        const int counterWidth = card->descriptionCounter->fontMetrics().horizontalAdvance(QStringLiteral("0000 / 0000"));
        card->typeCounter->setMinimumWidth(counterWidth);
        card->descriptionCounter->setMinimumWidth(counterWidth);
        card->typeCounter->setAlignment(Qt::AlignVCenter | Qt::AlignRight);
        grid->addWidget(descriptionLabel, 3, 0);
        grid->addWidget(card->description, 3, 1);
        grid->addWidget(card->descriptionCounter, 3, 2);
        grid->addWidget(card->descriptionError, 4, 1, 1, 2);
        grid->setColumnStretch(1, 1);

        connect(card->type, &QLineEdit::textChanged, this, [this, card] {
            card->serverTypeError.clear();
            revalidate();
        });
        connect(card->description, &QPlainTextEdit::textChanged, this, [this, card] {
            card->serverDescriptionError.clear();
            revalidate();
        });
        connect(card->up, &QToolButton::clicked, this, [this, row] { moveRule(row, row - 1); });
        connect(card->down, &QToolButton::clicked, this, [this, row] { moveRule(row, row + 1); });
        connect(card->remove, &QToolButton::clicked, this, [this, row] { removeRule(row); });

        m_cardLayout->insertWidget(m_cardLayout->count() - 1, card->frame);
        m_cards.append(card);
    }
    m_emptyState->setVisible(m_cards.isEmpty());
    revalidate();
    if (focusRow >= 0 && focusRow < m_cards.size())
        m_cards[focusRow]->type->setFocus();
}

bool RuleEditorDialog::isValid() const
{
    if (RuleValidator::validateRules(rules::RuleSet::pairs(rules()), QString(), true).size() > 0)
        return false;
    for (const Card *card : m_cards) {
        if (!card->serverTypeError.isEmpty() || !card->serverDescriptionError.isEmpty())
            return false;
    }
    return true;
}

void RuleEditorDialog::revalidate()
{
    const QList<FieldError> errors = RuleValidator::validateRules(rules::RuleSet::pairs(rules()), QString(), true);
    QStringList typeMessages(m_cards.size());
    QStringList descriptionMessages(m_cards.size());
    static const QRegularExpression fieldPattern(QStringLiteral("^rules\\.(\\d+)\\.(type|description)$"));
    int problems = 0;
    for (const FieldError &e : errors) {
        ++problems;
        const auto m = fieldPattern.match(e.field);
        if (!m.hasMatch())
            continue;
        const int row = m.captured(1).toInt();
        if (row >= m_cards.size())
            continue;
        QString &slot = m.captured(2) == QLatin1String("type") ? typeMessages[row] : descriptionMessages[row];
        if (slot.isEmpty())
            slot = e.message;
    }
    for (qsizetype i = 0; i < m_cards.size(); ++i) {
        Card *card = m_cards[i];
        const QString typeMessage = !typeMessages[i].isEmpty() ? typeMessages[i] : card->serverTypeError;
        const QString descriptionMessage =
            !descriptionMessages[i].isEmpty() ? descriptionMessages[i] : card->serverDescriptionError;
        problems += (typeMessages[i].isEmpty() && !card->serverTypeError.isEmpty()) ? 1 : 0;
        problems += (descriptionMessages[i].isEmpty() && !card->serverDescriptionError.isEmpty()) ? 1 : 0;
        feedback::setFieldError(card->type, card->typeError, typeMessage);
        feedback::setFieldError(card->description, card->descriptionError, descriptionMessage);
        feedback::setCounter(card->typeCounter, rules::characterCount(card->type->text()), rules::TypeMinLength,
                             rules::TypeMaxLength);
        feedback::setCounter(card->descriptionCounter, rules::characterCount(card->description->toPlainText()),
                             rules::DescriptionMinLength, rules::DescriptionMaxLength);
    }
    const bool valid = problems == 0;
    m_ok->setEnabled(valid);
    if (m_cards.isEmpty())
        m_summary->setText(tr("Add at least one rule."));
    else if (valid)
        m_summary->setText(tr("%n rule(s), all valid.", nullptr, int(m_cards.size())));
    else
        m_summary->setText(tr("%n problem(s) to fix.", nullptr, problems));
    m_ruleSetLabel->setText(m_ruleSetName.isEmpty() ? tr("Unsaved rules")
                                                    : tr("Rule set: %1").arg(m_ruleSetName));
    if (valid != m_lastValid) {
        m_lastValid = valid;
        Q_EMIT validityChanged(valid);
    }
}

int RuleEditorDialog::applyServerIssues(const QList<api::ValidationIssue> &issues)
{
    // The prefix differs by endpoint: "rules.0.type" (v1), "configuration.rules.0.type" (v2),
    // "parameters.rules.0.type" (presets), "job_config.rules.0.type" (batch).
    static const QRegularExpression fieldPattern(QStringLiteral("(?:^|\\.)rules\\.(\\d+)\\.(type|description)$"));
    int placed = 0;
    QStringList general;
    for (const api::ValidationIssue &issue : issues) {
        const auto m = fieldPattern.match(issue.field());
        const int row = m.hasMatch() ? m.captured(1).toInt() : -1;
        if (row >= 0 && row < m_cards.size()) {
            QString &slot = m.captured(2) == QLatin1String("type") ? m_cards[row]->serverTypeError
                                                                   : m_cards[row]->serverDescriptionError;
            slot = tr("The server says: %1").arg(issue.msg);
            ++placed;
        } else {
            general.append(issue.field().isEmpty() ? issue.msg : tr("%1: %2").arg(issue.field(), issue.msg));
        }
    }
    feedback::setFieldError(nullptr, m_generalError, general.join(QLatin1Char('\n')));
    revalidate();
    for (const Card *card : std::as_const(m_cards)) {
        if (!card->serverTypeError.isEmpty()) {
            card->type->setFocus();
            break;
        }
        if (!card->serverDescriptionError.isEmpty()) {
            card->description->setFocus();
            break;
        }
    }
    return placed;
}

void RuleEditorDialog::populateRuleSetMenu()
{
    m_ruleSetMenu->clear();
    QMenu *load = m_ruleSetMenu->addMenu(tr("&Load"));
    const QStringList names = m_library.names();
    if (names.isEmpty())
        load->addAction(tr("(no saved rule sets)"))->setEnabled(false);
    for (const QString &name : names) {
        QAction *action = load->addAction(name);
        connect(action, &QAction::triggered, this, [this, name] { loadRuleSet(name); });
    }
    m_ruleSetMenu->addAction(tr("&Save As…"), this, &RuleEditorDialog::saveRuleSetAs)->setEnabled(isValid());
    QAction *rename = m_ruleSetMenu->addAction(tr("&Rename…"), this, &RuleEditorDialog::renameRuleSet);
    rename->setEnabled(!m_ruleSetName.isEmpty() && m_library.contains(m_ruleSetName));
    QAction *remove = m_ruleSetMenu->addAction(tr("&Delete"), this, &RuleEditorDialog::deleteRuleSet);
    remove->setEnabled(rename->isEnabled());
    m_ruleSetMenu->addSeparator();
    m_ruleSetMenu->addAction(tr("&Import…"), this, &RuleEditorDialog::importRuleSet);
    m_ruleSetMenu->addAction(tr("&Export…"), this, &RuleEditorDialog::exportRuleSet)->setEnabled(!m_cards.isEmpty());
}

void RuleEditorDialog::showLibraryError(const QString &message)
{
    QMessageBox::warning(this, tr("Rule Sets"), message);
}

void RuleEditorDialog::loadRuleSet(const QString &name)
{
    QString error;
    const auto set = m_library.load(name, &error);
    if (!set)
        return showLibraryError(error);
    m_ruleSetName = set->name;
    setRules(set->rules);
}

void RuleEditorDialog::saveRuleSetAs()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Save Rule Set"), tr("Name:"), QLineEdit::Normal,
                                               m_ruleSetName, &ok)
                             .trimmed();
    if (!ok)
        return;
    if (m_library.contains(name) && name != m_ruleSetName
        && QMessageBox::question(this, tr("Save Rule Set"), tr("Replace the rule set \"%1\"?").arg(name))
               != QMessageBox::Yes)
        return;
    QString error;
    if (!m_library.save({name, rules()}, &error))
        return showLibraryError(error);
    m_ruleSetName = name;
    revalidate();
}

void RuleEditorDialog::renameRuleSet()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Rename Rule Set"), tr("New name:"), QLineEdit::Normal,
                                               m_ruleSetName, &ok)
                             .trimmed();
    if (!ok)
        return;
    QString error;
    if (!m_library.rename(m_ruleSetName, name, &error))
        return showLibraryError(error);
    m_ruleSetName = name;
    revalidate();
}

void RuleEditorDialog::deleteRuleSet()
{
    if (QMessageBox::question(this, tr("Delete Rule Set"),
                              tr("Delete the saved rule set \"%1\"? The rules in this dialog stay.").arg(m_ruleSetName))
        != QMessageBox::Yes)
        return;
    QString error;
    if (!m_library.remove(m_ruleSetName, &error))
        return showLibraryError(error);
    m_ruleSetName.clear();
    revalidate();
}

void RuleEditorDialog::importRuleSet()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import Rule Set"), QString(),
                                                      tr("Docket rule sets (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    QString error;
    const auto set = rules::RuleSetLibrary::importFrom(path, &error);
    if (!set)
        return showLibraryError(error);
    m_ruleSetName.clear(); // imported, not saved in the library yet
    setRules(set->rules);
}

void RuleEditorDialog::exportRuleSet()
{
    const QString base = m_ruleSetName.isEmpty() ? tr("rules") : m_ruleSetName;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Rule Set"), base + QStringLiteral(".json"),
                                                      tr("Docket rule sets (*.json)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!rules::RuleSetLibrary::exportTo({m_ruleSetName.isEmpty() ? base : m_ruleSetName, rules()}, path, &error))
        showLibraryError(error);
}

} // namespace docket::ui
