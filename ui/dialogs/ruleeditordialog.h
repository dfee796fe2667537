// SPDX-FileCopyrightText: 2026 The Docket authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/apierror.h"
#include "api/types.h"
#include "rules/ruleset.h"

#include <QDialog>
#include <QList>

class QLabel;
class QLineEdit;
class QMenu;
class QPlainTextEdit;
class QPushButton;
class QToolButton;
class QVBoxLayout;

namespace docket::ui {

// Edits the rules of one classification: add, edit, remove and reorder rules, with live character
// counters and inline messages from the same validators the engine uses (core/rules), and OK
// disabled until every rule is valid. A 422 from the server is mapped back onto the field its
// `loc` names. The "Rule sets" menu saves, loads, renames, deletes, imports and exports named rule
// sets (RuleSetLibrary). The job dialog opens it; it keeps no state beyond the rules it shows.
class RuleEditorDialog : public QDialog
{
    Q_OBJECT

public:
    explicit RuleEditorDialog(QWidget *parent = nullptr);
    ~RuleEditorDialog() override;

    void setRules(const QList<api::Rule> &rules);
    QList<api::Rule> rules() const;
    // The rule-set library the menu works on (tests point it at a temporary folder).
    void setLibrary(const rules::RuleSetLibrary &library);
    const rules::RuleSetLibrary &library() const { return m_library; }
    // Name of the rule set last loaded or saved, empty for unsaved rules.
    QString ruleSetName() const { return m_ruleSetName; }

    bool isValid() const;
    // Shows the server's messages beside the fields they name ("…rules.N.type|description");
    // issues naming no rule field are listed above the rules. Returns how many were placed on a
    // field. Editing a field clears its server message.
    int applyServerIssues(const QList<api::ValidationIssue> &issues);

    // For tests and the job dialog.
    QPushButton *okButton() const { return m_ok; }
    int ruleCount() const { return int(m_cards.size()); }
    QLineEdit *typeEdit(int row) const;
    QPlainTextEdit *descriptionEdit(int row) const;
    QLabel *typeError(int row) const;
    QLabel *descriptionError(int row) const;
    QLabel *typeCounter(int row) const;
    QLabel *descriptionCounter(int row) const;
    QLabel *generalError() const { return m_generalError; }
    QLabel *summary() const { return m_summary; }

public Q_SLOTS:
    void addRule();
    void removeRule(int row);
    void moveRule(int from, int to);
    // Replaces the rules with the saved set; a missing or unreadable set is reported in a message box.
    void loadRuleSet(const QString &name);

Q_SIGNALS:
    void validityChanged(bool valid);

private:
    struct Card;

    void rebuildCards(const QList<api::Rule> &rules, int focusRow);
    void revalidate();
    void populateRuleSetMenu();
    void saveRuleSetAs();
    void renameRuleSet();
    void deleteRuleSet();
    void importRuleSet();
    void exportRuleSet();
    void showLibraryError(const QString &message);

    rules::RuleSetLibrary m_library;
    QString m_ruleSetName;
    QList<Card *> m_cards;
    QVBoxLayout *m_cardLayout = nullptr;
    QLabel *m_emptyState = nullptr;
    QLabel *m_generalError = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_ruleSetLabel = nullptr;
    QToolButton *m_ruleSetButton = nullptr;
    QMenu *m_ruleSetMenu = nullptr;
    QPushButton *m_ok = nullptr;
    bool m_lastValid = false;
};

} // namespace docket::ui
