// SPDX-FileCopyrightText: 2026 The Docket authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/apierror.h"
#include "api/types.h"
#include "jobs/fileintake.h"
#include "jobs/submissionoptions.h"
#include "rules/ruleset.h"

#include <QDialog>

class QButtonGroup;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QTableWidget;

namespace docket::api {
class ApiClient;
}
namespace docket::jobs {
class SubmissionRunner;
}

namespace docket::ui {

class DropTarget;
class ParsingConfigForm;

// "New classification": the files (dropped, chosen or from the command line) with size, type
// and the reason a file is left out; the job flavour (v2 per file, v1 for many files, batch); the
// rules (editor, saved rule sets, or a saved server preset for v2); parsing and mode; webhooks in
// an advanced section; and Submit, enabled only when everything is valid. Submit hands the
// options and the included files to the SubmissionRunner, which writes the outbox before any
// request. Opened by the main window (File > Add Files…, drops, command line).
class NewJobDialog : public QDialog
{
    Q_OBJECT

public:
    // runner submits; client lists and saves server presets (either may be null in tests).
    NewJobDialog(jobs::SubmissionRunner *runner, api::ApiClient *client, QWidget *parent = nullptr);
    ~NewJobDialog() override;

    void setRuleSetLibrary(const rules::RuleSetLibrary &library);
    // Scans and lists the paths (files and folders) off the GUI thread.
    void addPaths(const QStringList &paths);
    void setRules(const QList<api::Rule> &rules);
    // Fills the form from earlier options (a submission the server refused, to fix and resend).
    // A preset id is selected once the preset list has arrived.
    void setOptions(const jobs::SubmissionOptions &options);
    QList<api::Rule> rules() const { return m_rules; }

    // What Submit would send; valid only when canSubmit().
    jobs::SubmissionOptions options() const;
    QList<jobs::IntakeFile> includedFiles() const;
    QList<jobs::IntakeFile> listedFiles() const { return m_files; }
    bool canSubmit() const;
    // Includes a flagged file the user insists on (unsupported type, too large); false if the
    // flag cannot be overridden.
    bool insistOn(int row);
    // Places a 422's issues on the fields they name; the rest go above the Submit button.
    void applyServerIssues(const QList<api::ValidationIssue> &issues);
    // The submission id after a successful Submit.
    QString submissionId() const { return m_submissionId; }

    // For tests.
    QTableWidget *fileTable() const { return m_table; }
    QPushButton *submitButton() const { return m_submit; }
    ParsingConfigForm *parsingForm() const { return m_parsing; }
    QLabel *rulesSummary() const { return m_rulesSummary; }
    QLabel *problemLabel() const { return m_problems; }
    QLabel *flavourHint() const { return m_flavourHint; }
    QComboBox *presetBox() const { return m_presets; }
    DropTarget *dropTarget() const { return m_drop; }
    QLineEdit *webhookUrlEdit() const { return m_webhookUrl; }
    QLabel *webhookError() const { return m_webhookError; }
    void setFlavour(jobs::JobFlavour flavour);
    bool isScanning() const;

public Q_SLOTS:
    void editRules();
    void submit();
    void reloadPresets();
    // Saves the current rules and parsing options on the server as a classify_v2 preset; the
    // button asks for the name first. A 422 lands on the fields it names.
    void saveAsPreset(const QString &name);

Q_SIGNALS:
    void submitted(const QString &submissionId);
    void scanFinished();
    void presetsLoaded();
    void presetSaved(const docket::api::ConfigurationResponse &preset);

private:
    void addFilesDialog();
    void addFolderDialog();
    void removeSelected();
    void onScanned(const QList<jobs::IntakeFile> &files);
    void rebuildTable();
    void revalidate();
    jobs::JobFlavour flavour() const;
    QList<jobs::WebhookInput> webhooks() const;
    void askAndSaveAsPreset();

    jobs::SubmissionRunner *m_runner;
    api::ApiClient *m_client;
    rules::RuleSetLibrary m_library;
    jobs::FileIntake *m_intake = nullptr;
    QList<jobs::IntakeFile> m_files;
    QStringList m_queuedPaths;
    QList<bool> m_send; // the Send ticks, one per listed file
    QList<api::Rule> m_rules;
    QList<api::ValidationIssue> m_pendingRuleIssues;
    QList<api::ConfigurationResponse> m_presetList;
    QString m_submissionId;
    QString m_wantedPreset;

    DropTarget *m_drop = nullptr;
    QTableWidget *m_table = nullptr;
    QLabel *m_fileSummary = nullptr;
    QProgressBar *m_scanProgress = nullptr;
    QButtonGroup *m_flavours = nullptr;
    QLabel *m_flavourHint = nullptr;
    QLabel *m_rulesSummary = nullptr;
    QComboBox *m_ruleSets = nullptr;
    QComboBox *m_presets = nullptr;
    QPushButton *m_savePreset = nullptr;
    ParsingConfigForm *m_parsing = nullptr;
    QGroupBox *m_advanced = nullptr;
    QLineEdit *m_webhookUrl = nullptr;
    QPlainTextEdit *m_webhookHeaders = nullptr;
    QLineEdit *m_webhookEvents = nullptr;
    QLineEdit *m_webhookSecret = nullptr;
    QLabel *m_webhookError = nullptr;
    QLabel *m_problems = nullptr;
    QPushButton *m_submit = nullptr;
};

} // namespace docket::ui
