// SPDX-FileCopyrightText: 2026 The Docket authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/newjobdialog.h"

#include "api/configurationsapi.h"
#include "dialogs/newjobfeedback.h"
#include "dialogs/ruleeditordialog.h"
#include "jobs/submissionrunner.h"
#include "widgets/droptarget.h"
#include "widgets/parsingconfigform.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace docket::ui {

using jobs::IntakeFlag;
using jobs::JobFlavour;

namespace {
enum Column { IncludeColumn, NameColumn, SizeColumn, TypeColumn, StatusColumn, ColumnCount };

// "configuration.rules.0.type", "parameters.rules.0.type", "job_config.rules.0.type" -> "rules.0.type"
QString withoutBodyPrefix(const QString &field)
{
    for (const QLatin1String prefix : {QLatin1String("configuration."), QLatin1String("parameters."), QLatin1String("job_config.")}) {
        if (field.startsWith(prefix))
            return field.mid(prefix.size());
    }
    return field;
}
} // namespace

NewJobDialog::NewJobDialog(jobs::SubmissionRunner *runner, api::ApiClient *client, QWidget *parent)
    : QDialog(parent), m_runner(runner), m_client(client), m_intake(new jobs::FileIntake(this))
{
    setWindowTitle(tr("New Classification"));
    setObjectName(QStringLiteral("NewJobDialog"));
    auto *layout = new QVBoxLayout(this);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);

    // Left: the files.
    auto *filesPane = new QWidget(splitter);
    auto *filesLayout = new QVBoxLayout(filesPane);
    filesLayout->setContentsMargins(0, 0, 0, 0);
    auto *filesTitle = new QLabel(tr("<b>Documents</b>"), filesPane);
    filesLayout->addWidget(filesTitle);
    m_table = new QTableWidget(0, ColumnCount, filesPane);
    m_table->setObjectName(QStringLiteral("fileTable"));
    m_table->setHorizontalHeaderLabels({tr("Send"), tr("Name"), tr("Size"), tr("Type"), tr("Status")});
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(IncludeColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(SizeColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(TypeColumn, QHeaderView::Interactive);
    m_table->horizontalHeader()->setSectionResizeMode(StatusColumn, QHeaderView::Interactive);
    m_table->setColumnWidth(TypeColumn, 120);
    m_table->setColumnWidth(StatusColumn, 150);
    filesLayout->addWidget(m_table, 1);
    m_scanProgress = new QProgressBar(filesPane);
    m_scanProgress->setObjectName(QStringLiteral("scanProgress"));
    m_scanProgress->setFormat(tr("Checking files… %v of %m"));
    m_scanProgress->hide();
    filesLayout->addWidget(m_scanProgress);
    m_fileSummary = new QLabel(filesPane);
    m_fileSummary->setObjectName(QStringLiteral("fileSummary"));
    m_fileSummary->setWordWrap(true);
    filesLayout->addWidget(m_fileSummary);
    auto *fileButtons = new QHBoxLayout;
    auto *addFiles = new QPushButton(tr("Add &Files…"), filesPane);
    auto *addFolder = new QPushButton(tr("Add F&older…"), filesPane);
    auto *remove = new QPushButton(tr("&Remove"), filesPane);
    connect(addFiles, &QPushButton::clicked, this, &NewJobDialog::addFilesDialog);
    connect(addFolder, &QPushButton::clicked, this, &NewJobDialog::addFolderDialog);
    connect(remove, &QPushButton::clicked, this, &NewJobDialog::removeSelected);
    fileButtons->addWidget(addFiles);
    fileButtons->addWidget(addFolder);
    fileButtons->addStretch(1);
    fileButtons->addWidget(remove);
    filesLayout->addLayout(fileButtons);

    // Right: the options.
    auto *scroll = new QScrollArea(splitter);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *optionsPane = new QWidget(scroll);
    auto *optionsLayout = new QVBoxLayout(optionsPane);
    optionsLayout->setContentsMargins(0, 0, 0, 0);

    auto *flavourBox = new QGroupBox(tr("Jobs"), optionsPane);
    auto *flavourLayout = new QVBoxLayout(flavourBox);
    m_flavours = new QButtonGroup(this);
    const QList<std::pair<JobFlavour, QString>> flavours{
        {JobFlavour::V2PerFile, tr("One job per document (v2, recommended)")},
        {JobFlavour::V1MultiFile, tr("One job for many documents (v1, up to 500 each)")},
        {JobFlavour::Batch, tr("A batch job (beta)")},
    };
    for (const auto &[flavour, text] : flavours) {
        auto *button = new QRadioButton(text, flavourBox);
        button->setObjectName(QStringLiteral("flavour-") + jobs::flavourKey(flavour));
        m_flavours->addButton(button, int(flavour));
        flavourLayout->addWidget(button);
    }
    m_flavours->button(int(JobFlavour::V2PerFile))->setChecked(true);
    m_flavourHint = new QLabel(flavourBox);
    m_flavourHint->setObjectName(QStringLiteral("flavourHint"));
    m_flavourHint->setWordWrap(true);
    m_flavourHint->setEnabled(false);
    flavourLayout->addWidget(m_flavourHint);
    optionsLayout->addWidget(flavourBox);

    auto *rulesBox = new QGroupBox(tr("Rules"), optionsPane);
    auto *rulesLayout = new QFormLayout(rulesBox);
    m_presets = new QComboBox(rulesBox);
    m_presets->setObjectName(QStringLiteral("presetBox"));
    m_presets->addItem(tr("Rules edited here"));
    m_presets->setToolTip(tr("A preset saved on the server (v2 jobs only)."));
    rulesLayout->addRow(tr("&Use:"), m_presets);
    m_rulesSummary = new QLabel(rulesBox);
    m_rulesSummary->setObjectName(QStringLiteral("rulesSummary"));
    m_rulesSummary->setWordWrap(true);
    rulesLayout->addRow(m_rulesSummary);
    auto *ruleButtons = new QHBoxLayout;
    auto *edit = new QPushButton(tr("&Edit Rules…"), rulesBox);
    edit->setObjectName(QStringLiteral("editRulesButton"));
    connect(edit, &QPushButton::clicked, this, &NewJobDialog::editRules);
    m_ruleSets = new QComboBox(rulesBox);
    m_ruleSets->setObjectName(QStringLiteral("ruleSetBox"));
    m_savePreset = new QPushButton(tr("Save as &Preset…"), rulesBox);
    m_savePreset->setToolTip(tr("Save these rules and parsing options on the server for v2 jobs."));
    connect(m_savePreset, &QPushButton::clicked, this, &NewJobDialog::askAndSaveAsPreset);
    ruleButtons->addWidget(edit);
    ruleButtons->addWidget(m_ruleSets, 1);
    ruleButtons->addWidget(m_savePreset);
    rulesLayout->addRow(ruleButtons);
    optionsLayout->addWidget(rulesBox);

    auto *parsingBox = new QGroupBox(tr("Reading the documents"), optionsPane);
    auto *parsingLayout = new QVBoxLayout(parsingBox);
    m_parsing = new ParsingConfigForm(parsingBox);
    parsingLayout->addWidget(m_parsing);
    optionsLayout->addWidget(parsingBox);

    m_advanced = new QGroupBox(tr("Notify a web address (webhook)"), optionsPane);
    m_advanced->setObjectName(QStringLiteral("webhookBox"));
    m_advanced->setCheckable(true);
    m_advanced->setChecked(false);
    auto *hookLayout = new QFormLayout(m_advanced);
    m_webhookUrl = new QLineEdit(m_advanced);
    m_webhookUrl->setPlaceholderText(QStringLiteral("https://example.com/hooks/docket"));
    m_webhookError = feedback::makeErrorLabel(m_advanced);
    auto *urlColumn = new QVBoxLayout;
    urlColumn->addWidget(m_webhookUrl);
    urlColumn->addWidget(m_webhookError);
    hookLayout->addRow(tr("URL:"), urlColumn);
    m_webhookHeaders = new QPlainTextEdit(m_advanced);
    m_webhookHeaders->setPlaceholderText(tr("One per line, e.g. Authorization: Bearer …"));
    m_webhookHeaders->setFixedHeight(m_webhookHeaders->fontMetrics().lineSpacing() * 3 + 12);
    m_webhookHeaders->setTabChangesFocus(true);
    hookLayout->addRow(tr("Headers:"), m_webhookHeaders);
    m_webhookEvents = new QLineEdit(m_advanced);
    m_webhookEvents->setPlaceholderText(tr("All events (or e.g. classify.success, classify.error)"));
    hookLayout->addRow(tr("Events:"), m_webhookEvents);
    m_webhookSecret = new QLineEdit(m_advanced);
    m_webhookSecret->setEchoMode(QLineEdit::Password);
    m_webhookSecret->setPlaceholderText(tr("Optional; signs each delivery (LC-Signature)"));
    hookLayout->addRow(tr("Signing secret:"), m_webhookSecret);
    optionsLayout->addWidget(m_advanced);
    optionsLayout->addStretch(1);
    scroll->setWidget(optionsPane);
    // The options scroll vertically only; the pane is never narrower than its widgets.
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setMinimumWidth(optionsPane->minimumSizeHint().width() + scroll->verticalScrollBar()->sizeHint().width());

    splitter->addWidget(filesPane);
    splitter->addWidget(scroll);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({560, 480});
    layout->addWidget(splitter, 1);

    m_problems = feedback::makeErrorLabel(this);
    m_problems->setObjectName(QStringLiteral("problemLabel"));
    layout->addWidget(m_problems);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_submit = buttons->addButton(tr("&Submit"), QDialogButtonBox::AcceptRole);
    m_submit->setObjectName(QStringLiteral("submitButton"));
    m_submit->setDefault(true);
    connect(m_submit, &QPushButton::clicked, this, &NewJobDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    m_drop = new DropTarget(this);
    connect(m_drop, &DropTarget::pathsDropped, this, &NewJobDialog::addPaths);
    connect(m_intake, &jobs::FileIntake::progress, this, [this](int done, int total, const QString &) {
        m_scanProgress->setRange(0, total);
        m_scanProgress->setValue(done);
    });
    connect(m_intake, &jobs::FileIntake::finished, this, &NewJobDialog::onScanned);
    connect(m_intake, &jobs::FileIntake::cancelled, this, [this] {
        m_scanProgress->hide();
        revalidate();
    });
    connect(m_flavours, &QButtonGroup::idToggled, this, [this](int, bool on) {
        if (!on)
            return;
        m_parsing->setFlavour(flavour());
        revalidate();
    });
    connect(m_parsing, &ParsingConfigForm::changed, this, &NewJobDialog::revalidate);
    connect(m_presets, &QComboBox::currentIndexChanged, this, &NewJobDialog::revalidate);
    connect(m_ruleSets, &QComboBox::activated, this, [this](int index) {
        if (index <= 0)
            return;
        QString error;
        const auto set = m_library.load(m_ruleSets->itemText(index), &error);
        m_ruleSets->setCurrentIndex(0);
        if (!set)
            return feedback::setFieldError(nullptr, m_problems, error);
        setRules(set->rules);
    });
    connect(m_table, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (item->column() != IncludeColumn || item->row() >= m_send.size())
            return;
        m_send[item->row()] = item->checkState() == Qt::Checked;
        revalidate();
    });
    for (QLineEdit *e : {m_webhookUrl, m_webhookEvents, m_webhookSecret})
        connect(e, &QLineEdit::textChanged, this, &NewJobDialog::revalidate);
    connect(m_webhookHeaders, &QPlainTextEdit::textChanged, this, &NewJobDialog::revalidate);
    connect(m_advanced, &QGroupBox::toggled, this, &NewJobDialog::revalidate);

    setRuleSetLibrary(m_library);
    resize(1040, 700);
    rebuildTable();
    reloadPresets();
}

NewJobDialog::~NewJobDialog()
{
    m_intake->cancel();
}

void NewJobDialog::setRuleSetLibrary(const rules::RuleSetLibrary &library)
{
    m_library = library;
    m_ruleSets->clear();
    m_ruleSets->addItem(tr("Load a saved rule set…"));
    const QStringList names = m_library.names();
    m_ruleSets->addItems(names);
    m_ruleSets->setEnabled(!names.isEmpty());
}

void NewJobDialog::addPaths(const QStringList &paths)
{
    if (paths.isEmpty())
        return;
    if (m_intake->isRunning()) {
        // One scan at a time; these paths follow when it ends, so nothing dropped meanwhile is lost.
        m_queuedPaths += paths;
        return;
    }
    QSet<QString> known;
    for (const jobs::IntakeFile &f : std::as_const(m_files)) {
        if (!f.sha256.isEmpty())
            known.insert(f.sha256);
    }
    m_scanProgress->setRange(0, 0);
    m_scanProgress->show();
    m_intake->start(paths, known);
    revalidate();
}

bool NewJobDialog::isScanning() const
{
    return m_intake->isRunning() || !m_scanProgress->isHidden();
}

void NewJobDialog::onScanned(const QList<jobs::IntakeFile> &files)
{
    m_scanProgress->hide();
    QSet<QString> listedPaths;
    for (const jobs::IntakeFile &f : std::as_const(m_files))
        listedPaths.insert(f.path);
    for (const jobs::IntakeFile &f : files) {
        if (listedPaths.contains(f.path))
            continue; // the same file added twice is listed once
        m_files.append(f);
        m_send.append(f.flag == IntakeFlag::None); // flagged files only go when the user insists
    }
    rebuildTable();
    if (!m_queuedPaths.isEmpty()) {
        const QStringList next = std::exchange(m_queuedPaths, {});
        addPaths(next);
        return;
    }
    Q_EMIT scanFinished();
}

void NewJobDialog::rebuildTable()
{
    const QSignalBlocker blocker(m_table);
    m_table->setRowCount(int(m_files.size()));
    const QLocale locale;
    for (qsizetype row = 0; row < m_files.size(); ++row) {
        const jobs::IntakeFile &f = m_files[row];
        auto *include = new QTableWidgetItem;
        Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
        if (f.flag == IntakeFlag::None || f.canInsist())
            flags |= Qt::ItemIsUserCheckable;
        include->setFlags(flags);
        include->setCheckState(m_send[row] ? Qt::Checked : Qt::Unchecked);
        if (f.canInsist())
            include->setToolTip(tr("Tick to send this file anyway."));
        m_table->setItem(int(row), IncludeColumn, include);
        auto *name = new QTableWidgetItem(f.name);
        name->setToolTip(f.path);
        m_table->setItem(int(row), NameColumn, name);
        auto *size = new QTableWidgetItem(locale.formattedDataSize(f.size));
        size->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(int(row), SizeColumn, size);
        auto *type = new QTableWidgetItem(f.mimeComment.isEmpty() ? f.mimeType : f.mimeComment);
        type->setToolTip(f.mimeType);
        m_table->setItem(int(row), TypeColumn, type);
        auto *status = new QTableWidgetItem(f.flag == IntakeFlag::None ? jobs::FileIntake::flagText(f.flag)
                                                                       : jobs::FileIntake::flagText(f.flag) + QStringLiteral(": ") + f.reason);
        status->setToolTip(f.reason);
        if (f.flag != IntakeFlag::None)
            status->setForeground(palette().color(QPalette::Window).lightness() < 128 ? QColor(0xff, 0xb7, 0x4d)
                                                                                       : QColor(0xa0, 0x52, 0x00));
        m_table->setItem(int(row), StatusColumn, status);
    }
    revalidate();
}

void NewJobDialog::removeSelected()
{
    QList<int> rows;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        rows << index.row();
    std::sort(rows.begin(), rows.end(), std::greater<>());
    for (const int row : rows) {
        m_files.removeAt(row);
        m_send.removeAt(row);
    }
    rebuildTable();
}

bool NewJobDialog::insistOn(int row)
{
    if (row < 0 || row >= m_files.size() || !m_files[row].canInsist())
        return false;
    m_send[row] = true;
    rebuildTable();
    return true;
}

QList<jobs::IntakeFile> NewJobDialog::includedFiles() const
{
    QList<jobs::IntakeFile> out;
    for (qsizetype i = 0; i < m_files.size(); ++i) {
        if (m_send[i] && (m_files[i].flag == IntakeFlag::None || m_files[i].canInsist()))
            out << m_files[i];
    }
    return out;
}

void NewJobDialog::setFlavour(JobFlavour flavour)
{
    m_flavours->button(int(flavour))->setChecked(true);
}

JobFlavour NewJobDialog::flavour() const
{
    return JobFlavour(m_flavours->checkedId());
}

void NewJobDialog::setRules(const QList<api::Rule> &rules)
{
    m_rules = rules;
    m_pendingRuleIssues.clear();
    revalidate();
}

void NewJobDialog::setOptions(const jobs::SubmissionOptions &options)
{
    setFlavour(options.flavour);
    m_parsing->setInput(options.parsing);
    m_parsing->setMode(options.mode);
    m_wantedPreset = options.configurationId.value_or(QString());
    if (!m_wantedPreset.isEmpty() && m_presets->findData(m_wantedPreset) > 0)
        m_presets->setCurrentIndex(m_presets->findData(m_wantedPreset));
    const jobs::WebhookInput hook = options.webhooks.value(0);
    m_advanced->setChecked(!options.webhooks.isEmpty());
    m_webhookUrl->setText(hook.url);
    QStringList headerLines;
    for (auto it = hook.headers.cbegin(); it != hook.headers.cend(); ++it)
        headerLines << it.key() + QStringLiteral(": ") + it.value();
    m_webhookHeaders->setPlainText(headerLines.join(QLatin1Char('\n')));
    m_webhookEvents->setText(hook.events.join(QStringLiteral(", ")));
    m_webhookSecret->setText(hook.signingSecret);
    setRules(options.rules);
}

QList<jobs::WebhookInput> NewJobDialog::webhooks() const
{
    if (!m_advanced->isChecked())
        return {};
    jobs::WebhookInput w;
    w.url = m_webhookUrl->text().trimmed();
    for (const QString &line : m_webhookHeaders->toPlainText().split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const qsizetype colon = line.indexOf(QLatin1Char(':'));
        // A line without a colon becomes a header name the validator refuses, with the line in the message.
        w.headers.insert(colon < 0 ? line.trimmed() + QStringLiteral(" (no colon)") : line.left(colon).trimmed(),
                         colon < 0 ? QString() : line.mid(colon + 1).trimmed());
    }
    for (const QString &event : m_webhookEvents->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
        w.events << event.trimmed();
    w.signingSecret = m_webhookSecret->text();
    return {w};
}

jobs::SubmissionOptions NewJobDialog::options() const
{
    jobs::SubmissionOptions o;
    o.flavour = flavour();
    o.rules = m_rules;
    const int preset = m_presets->currentIndex();
    if (preset > 0 && o.flavour == JobFlavour::V2PerFile)
        o.configurationId = m_presets->currentData().toString();
    o.mode = m_parsing->mode();
    o.parsing = m_parsing->input();
    o.webhooks = webhooks();
    return o;
}

bool NewJobDialog::canSubmit() const
{
    return m_submit->isEnabled();
}

void NewJobDialog::revalidate()
{
    const jobs::SubmissionOptions o = options();
    const bool v2 = o.flavour == JobFlavour::V2PerFile;
    const bool usingPreset = o.configurationId.has_value();
    m_presets->setEnabled(v2 && m_presets->count() > 1);
    m_parsing->setEnabled(!usingPreset);
    m_savePreset->setEnabled(m_client && !m_rules.isEmpty());

    const QList<jobs::IntakeFile> included = includedFiles();
    const int n = int(included.size());
    qint64 bytes = 0;
    for (const jobs::IntakeFile &f : included)
        bytes += f.size;
    const int left = int(m_files.size()) - n;
    if (m_files.isEmpty())
        m_fileSummary->setText(tr("Drop files or folders here, or use Add Files…"));
    else
        m_fileSummary->setText(tr("%n document(s) to send (%1)", nullptr, n).arg(QLocale().formattedDataSize(bytes))
                               + (left > 0 ? tr(", %n left out", nullptr, left) : QString()));
    switch (o.flavour) {
    case JobFlavour::V2PerFile:
        m_flavourHint->setText(tr("%n job(s); each can be retried safely. Fast mode only.", nullptr, n));
        break;
    case JobFlavour::V1MultiFile: {
        const int jobs = (n + rules::MaxFilesPerV1Job - 1) / rules::MaxFilesPerV1Job;
        m_flavourHint->setText(tr("%n v1 job(s) of at most 500 documents.", nullptr, jobs));
        break;
    }
    case JobFlavour::Batch:
        m_flavourHint->setText(tr("One batch job over all documents."));
        break;
    }

    QStringList problems;
    QString ruleProblem;
    QString hookProblem;
    for (const rules::FieldError &e : o.validate()) {
        if (e.field.startsWith(QLatin1String("rules")))
            ruleProblem = ruleProblem.isEmpty() ? e.message : ruleProblem;
        else if (e.field.startsWith(QLatin1String("webhooks")))
            hookProblem = hookProblem.isEmpty() ? e.message : hookProblem;
        else if (!e.field.startsWith(QLatin1String("parsing")) && e.field != QLatin1String("mode"))
            problems << e.message;
    }
    if (!m_pendingRuleIssues.isEmpty())
        ruleProblem = tr("The server refused some rules; open Edit Rules to see where.");

    if (usingPreset) {
        const auto &preset = m_presetList.value(m_presets->currentIndex() - 1);
        QStringList types;
        if (preset.classify) {
            for (const api::Rule &r : preset.classify->rules)
                types << r.type;
        }
        m_rulesSummary->setText(tr("Preset \"%1\": %2").arg(preset.name, types.join(QStringLiteral(", "))));
    } else if (m_rules.isEmpty()) {
        m_rulesSummary->setText(tr("No rules yet: add one for each type of document you expect."));
    } else {
        QStringList types;
        for (const api::Rule &r : std::as_const(m_rules))
            types << r.type;
        m_rulesSummary->setText(tr("%n rule(s): %1", nullptr, int(m_rules.size())).arg(types.join(QStringLiteral(", "))));
    }
    if (!usingPreset)
        m_rulesSummary->setStyleSheet(ruleProblem.isEmpty() ? QString()
                                                             : QStringLiteral("color: %1;").arg(palette().color(QPalette::Window).lightness() < 128
                                                                                                    ? QStringLiteral("#ff8a80")
                                                                                                    : QStringLiteral("#b71c1c")));
    if (!ruleProblem.isEmpty() && !usingPreset)
        m_rulesSummary->setText(m_rulesSummary->text() + QStringLiteral("\n") + ruleProblem);
    feedback::setFieldError(m_webhookUrl, m_webhookError, hookProblem);

    if (n == 0)
        problems.prepend(m_files.isEmpty() ? tr("Add at least one document.") : tr("No document can be sent as listed."));
    if (isScanning())
        problems << tr("Still checking files…");
    if (!m_runner)
        problems << tr("Submitting is not available.");
    const bool ok = problems.isEmpty() && ruleProblem.isEmpty() && hookProblem.isEmpty() && m_parsing->errors().isEmpty()
                    && o.validate().isEmpty();
    m_submit->setEnabled(ok);
    // Only problems that have no field of their own are listed above the buttons.
    feedback::setFieldError(nullptr, m_problems, problems.join(QLatin1Char('\n')));
}

void NewJobDialog::editRules()
{
    RuleEditorDialog editor(this);
    editor.setLibrary(m_library);
    editor.setRules(m_rules);
    if (!m_pendingRuleIssues.isEmpty())
        editor.applyServerIssues(m_pendingRuleIssues);
    if (editor.exec() == QDialog::Accepted)
        setRules(editor.rules());
    setRuleSetLibrary(editor.library()); // the editor may have saved or deleted sets
}

void NewJobDialog::applyServerIssues(const QList<api::ValidationIssue> &issues)
{
    QStringList general;
    for (const api::ValidationIssue &issue : issues) {
        const QString field = withoutBodyPrefix(issue.field());
        if (field.startsWith(QLatin1String("rules"))) {
            m_pendingRuleIssues << issue;
        } else if (field.startsWith(QLatin1String("parsing_configuration."))) {
            if (!m_parsing->showServerError(QStringLiteral("parsing.") + field.mid(22), issue.msg))
                general << issue.field() + QStringLiteral(": ") + issue.msg;
        } else if (field.startsWith(QLatin1String("webhook_configurations"))) {
            m_advanced->setChecked(true);
            feedback::setFieldError(m_webhookUrl, m_webhookError, tr("The server says: %1").arg(issue.msg));
        } else {
            general << (issue.field().isEmpty() ? issue.msg : issue.field() + QStringLiteral(": ") + issue.msg);
        }
    }
    revalidate();
    if (!general.isEmpty()) {
        m_submit->setEnabled(false);
        feedback::setFieldError(nullptr, m_problems, general.join(QLatin1Char('\n')));
    }
}

void NewJobDialog::submit()
{
    revalidate();
    if (!m_submit->isEnabled() || !m_runner)
        return;
    // Webhook secrets go to the keychain first, which answers later: no second click meanwhile.
    m_submit->setEnabled(false);
    m_runner->submit(options(), includedFiles(), this, [this](const QString &id, const QString &error) {
        if (id.isEmpty()) {
            m_submit->setEnabled(true);
            feedback::setFieldError(nullptr, m_problems, error);
            return;
        }
        m_submissionId = id;
        Q_EMIT submitted(id);
        accept();
    });
}

void NewJobDialog::reloadPresets()
{
    if (!m_client)
        return;
    api::ConfigurationListQuery q;
    q.latestOnly = true;
    api::ConfigurationsApi(m_client).list(q, this, [this](api::Result<api::ConfigurationList> result) {
        if (!result.ok()) {
            m_presets->setToolTip(tr("Saved presets could not be loaded: %1").arg(result.error().toDisplayString()));
            return;
        }
        const QString current = m_presets->currentData().toString();
        m_presetList.clear();
        while (m_presets->count() > 1)
            m_presets->removeItem(1);
        for (const api::ConfigurationResponse &c : result.value().items) {
            if (!c.isClassify())
                continue;
            m_presetList << c;
            m_presets->addItem(tr("Preset: %1").arg(c.name), c.id);
        }
        const int index = m_presets->findData(m_wantedPreset.isEmpty() ? current : std::exchange(m_wantedPreset, {}));
        m_presets->setCurrentIndex(index > 0 ? index : 0);
        revalidate();
        Q_EMIT presetsLoaded();
    });
}

void NewJobDialog::askAndSaveAsPreset()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Save as Preset"), tr("Preset name:"), QLineEdit::Normal, QString(), &ok).trimmed();
    if (ok && !name.isEmpty())
        saveAsPreset(name);
}

void NewJobDialog::saveAsPreset(const QString &name)
{
    if (!m_client)
        return;
    api::ConfigurationCreateRequest body;
    body.name = name;
    body.parameters.rules = m_rules;
    body.parameters.parsingConfiguration = jobs::SubmissionOptions{JobFlavour::V2PerFile, {}, {}, QStringLiteral("FAST"),
                                                                   m_parsing->input(), {}}
                                               .parsingV2();
    api::ConfigurationsApi(m_client).create(body, this, [this](api::Result<api::ConfigurationResponse> result) {
        if (!result.ok()) {
            if (result.error().kind() == api::ApiError::Kind::Validation)
                applyServerIssues(result.error().issues());
            else
                feedback::setFieldError(nullptr, m_problems, result.error().toDisplayString());
            return;
        }
        Q_EMIT presetSaved(result.value());
        reloadPresets();
    });
}

void NewJobDialog::addFilesDialog()
{
    const QStringList files = QFileDialog::getOpenFileNames(this, tr("Add Documents"));
    addPaths(files);
}

void NewJobDialog::addFolderDialog()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Add a Folder of Documents"));
    if (!folder.isEmpty())
        addPaths({folder});
}

} // namespace docket::ui
