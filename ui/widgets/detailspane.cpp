// SPDX-FileCopyrightText: 2026 The Docket authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/detailspane.h"

#include "widgets/statusbadge.h"

#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPainter>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace docket::ui {

namespace {
QString timeText(const std::optional<QDateTime> &time)
{
    return time && time->isValid() ? time->toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) : QString();
}

// The status pill of the pane: the same drawing as in the table, at label size.
class BadgeLabel : public QLabel
{
public:
    using QLabel::QLabel;
    jobs::DisplayStatus status = jobs::DisplayStatus::Unknown;

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter painter(this);
        StatusBadgeDelegate::paintBadge(&painter, rect(), status, text(), palette(), font());
    }
    QSize sizeHint() const override
    {
        const QSize badge = StatusBadgeDelegate::badgeSize(text(), font());
        return {badge.width() + 8, badge.height() + 2};
    }
    QSize minimumSizeHint() const override { return sizeHint(); }
};
} // namespace

DetailsPane::DetailsPane(QWidget *parent)
    : QScrollArea(parent)
{
    setObjectName(QStringLiteral("detailsPane"));
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    m_content = new QWidget;
    auto *outer = new QVBoxLayout(m_content);
    m_placeholder = new QLabel(tr("Select a job to see its details."), m_content);
    m_placeholder->setObjectName(QStringLiteral("detailsPlaceholder"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setForegroundRole(QPalette::PlaceholderText);
    outer->addWidget(m_placeholder);

    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    outer->addLayout(m_form);

    auto *badge = new BadgeLabel(m_content);
    badge->setObjectName(QStringLiteral("status"));
    m_status = badge;
    m_form->addRow(tr("Status:"), m_status);
    // The outcome first (what operations staff look for: result, per-file results, batch items),
    // then where it came from: a long rule set must never push the result out of sight.
    m_resultType = addField(QStringLiteral("resultType"), tr("Result type:"));
    m_confidence = new QProgressBar(m_content);
    m_confidence->setObjectName(QStringLiteral("confidence"));
    m_confidence->setRange(0, 100);
    m_confidence->setFormat(QStringLiteral("%p %"));
    m_confidence->setAccessibleName(tr("Confidence"));
    m_form->addRow(tr("Confidence:"), m_confidence);
    m_reasoning = new QPlainTextEdit(m_content);
    m_reasoning->setObjectName(QStringLiteral("reasoning"));
    m_reasoning->setReadOnly(true);
    m_reasoning->setAccessibleName(tr("Reasoning"));
    m_reasoning->setMinimumHeight(90);
    m_reasoning->setMaximumHeight(240);
    m_reasoning->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_reasoning->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_form->addRow(tr("Reasoning:"), m_reasoning);
    m_error = addField(QStringLiteral("error"), tr("Error:"));
    m_progress = new QProgressBar(m_content);
    m_progress->setObjectName(QStringLiteral("progress"));
    m_progress->setAccessibleName(tr("Progress"));
    m_form->addRow(tr("Progress:"), m_progress);
    m_counts = addField(QStringLiteral("counts"), tr("Items:"));
    m_table = new QTableWidget(m_content);
    m_table->setObjectName(QStringLiteral("detailsTable"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideMiddle); // file ids differ at both ends
    m_table->setMinimumHeight(160);
    m_form->addRow(m_table);
    m_id = addField(QStringLiteral("jobId"), tr("Job ID:"));
    m_created = addField(QStringLiteral("created"), tr("Created:"));
    m_updated = addField(QStringLiteral("updated"), tr("Updated:"));
    m_input = addField(QStringLiteral("input"), tr("Input:"));
    m_mode = addField(QStringLiteral("mode"), tr("Mode:"));
    m_parsing = addField(QStringLiteral("parsing"), tr("Parsing:"));
    m_rules = addField(QStringLiteral("rules"), tr("Rules:"));
    m_rules->setTextFormat(Qt::RichText);
    outer->addStretch(1);
    setWidget(m_content);
    showNothing();
}

QLabel *DetailsPane::addField(const QString &objectName, const QString &label)
{
    auto *field = new QLabel(m_content);
    field->setObjectName(objectName);
    field->setWordWrap(true);
    field->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_form->addRow(label, field);
    return field;
}

QLabel *DetailsPane::field(const QString &objectName) const
{
    return m_content->findChild<QLabel *>(objectName);
}

void DetailsPane::setField(QLabel *field, const QString &text)
{
    field->setText(text);
    m_form->setRowVisible(field, !text.isEmpty());
}

void DetailsPane::hideAll()
{
    for (int row = 0; row < m_form->rowCount(); ++row)
        m_form->setRowVisible(row, false);
}

void DetailsPane::showNothing()
{
    m_jobId.clear();
    hideAll();
    m_placeholder->show();
}

void DetailsPane::setStatus(const jobs::JobStatus &status)
{
    auto *badge = static_cast<BadgeLabel *>(m_status);
    badge->status = status.status;
    badge->setText(status.displayText());
    badge->setAccessibleName(tr("Status: %1").arg(status.displayText()));
    badge->updateGeometry();
    badge->update();
    m_form->setRowVisible(m_status, true);
}

void DetailsPane::showRules(const QList<api::Rule> &rules)
{
    QString html;
    for (const api::Rule &rule : rules)
        html += QStringLiteral("<p><b>%1</b><br>%2</p>").arg(rule.type.toHtmlEscaped(), rule.description.toHtmlEscaped());
    setField(m_rules, html);
}

void DetailsPane::showV2(const api::ClassifyV2Job &job, const QString &documentName)
{
    hideAll();
    m_placeholder->hide();
    m_jobId = job.id;
    setStatus(jobs::JobStatus::fromRaw(jobs::JobFamily::ClassifyV2, job.status));
    setField(m_id, job.id);
    setField(m_created, timeText(job.createdAt));
    setField(m_updated, timeText(job.updatedAt));
    setField(m_input, documentName == job.fileInput ? job.fileInput : QStringLiteral("%1 (%2)").arg(documentName, job.fileInput));
    QString parsing;
    if (job.configuration.parsingConfiguration) {
        const auto &p = *job.configuration.parsingConfiguration;
        parsing = tr("Language %1").arg(p.lang);
        if (p.maxPages)
            parsing += tr(", up to page %1").arg(*p.maxPages);
        if (p.targetPages)
            parsing += tr(", pages %1").arg(*p.targetPages);
    }
    if (job.configurationId)
        parsing += (parsing.isEmpty() ? QString() : QStringLiteral("; ")) + tr("saved configuration %1").arg(*job.configurationId);
    setField(m_parsing, parsing);
    showRules(job.configuration.rules);
    if (job.result) {
        setField(m_resultType, job.result->type ? *job.result->type : tr("No match: no rule fits this document"));
        m_confidence->setValue(qRound(job.result->confidence * 100));
        m_form->setRowVisible(m_confidence, true);
        m_reasoning->setPlainText(job.result->reasoning);
        m_form->setRowVisible(m_reasoning, !job.result->reasoning.isEmpty());
    }
    setField(m_error, job.errorMessage.value_or(QString()));
}

void DetailsPane::showV1(const api::ClassifyJob &job, const QList<api::FileClassification> *results,
                         const std::function<QString(const QString &)> &fileNames)
{
    hideAll();
    m_placeholder->hide();
    m_jobId = job.id;
    setStatus(jobs::JobStatus::fromRaw(jobs::JobFamily::ClassifierV1, job.status));
    setField(m_id, job.id);
    setField(m_created, timeText(job.createdAt));
    setField(m_updated, timeText(job.updatedAt));
    setField(m_mode, job.mode);
    QString parsing = tr("Language %1").arg(job.parsingConfiguration.lang);
    parsing += job.parsingConfiguration.maxPages ? tr(", up to page %1").arg(*job.parsingConfiguration.maxPages)
                                                 : tr(", no page limit");
    setField(m_parsing, parsing);
    showRules(job.rules);
    setField(m_error, job.errorMessage.value_or(QString()));

    m_table->clear();
    m_table->setColumnCount(4);
    m_table->setHorizontalHeaderLabels({tr("File"), tr("Type"), tr("Confidence"), tr("Reasoning")});
    m_table->setRowCount(results ? int(results->size()) : 0);
    if (results) {
        for (int row = 0; row < int(results->size()); ++row) {
            const api::FileClassification &file = results->at(row);
            const QString fileId = file.fileId.value_or(file.id);
            auto *name = new QTableWidgetItem(fileNames ? fileNames(fileId) : fileId);
            name->setToolTip(fileId);
            m_table->setItem(row, 0, name);
            if (file.result) {
                m_table->setItem(row, 1, new QTableWidgetItem(file.result->type.value_or(tr("No match"))));
                m_table->setItem(row, 2, new QTableWidgetItem(QStringLiteral("%1 %").arg(qRound(file.result->confidence * 100))));
                auto *reasoning = new QTableWidgetItem(file.result->reasoning);
                reasoning->setToolTip(file.result->reasoning);
                m_table->setItem(row, 3, reasoning);
            } else {
                m_table->setItem(row, 1, new QTableWidgetItem(tr("Not classified yet")));
            }
        }
    }
    setField(m_counts, results ? tr("Files classified: %1").arg(results->size()) : tr("Loading results…"));
    fitColumns();
    m_form->setRowVisible(m_table, true);
}

void DetailsPane::showBatch(const api::BatchJob &job, const QList<api::BatchItem> *items, qint64 totalItems)
{
    hideAll();
    m_placeholder->hide();
    m_jobId = job.id;
    setStatus(jobs::JobStatus::fromRaw(jobs::JobFamily::Batch, job.status));
    setField(m_id, job.id);
    setField(m_created, timeText(job.createdAt));
    setField(m_updated, timeText(job.completedAt ? job.completedAt : job.updatedAt));
    setField(m_input, job.directoryId ? tr("Directory %1").arg(*job.directoryId) : QString());
    setField(m_mode, job.jobType);
    m_progress->setRange(0, int(std::max<qint64>(job.totalItems, 1)));
    m_progress->setValue(int(std::min(job.processedItems, std::max<qint64>(job.totalItems, 1))));
    m_progress->setFormat(tr("%1 of %2").arg(job.processedItems).arg(job.totalItems));
    m_form->setRowVisible(m_progress, true);
    setField(m_counts, tr("%1 processed, %2 failed, %3 skipped").arg(job.processedItems).arg(job.failedItems).arg(job.skippedItems));
    setField(m_error, job.errorMessage.value_or(QString()));

    m_table->clear();
    m_table->setColumnCount(3);
    m_table->setHorizontalHeaderLabels({tr("Item"), tr("Status"), tr("Note")});
    m_table->setRowCount(items ? int(items->size()) : 0);
    if (items) {
        for (int row = 0; row < int(items->size()); ++row) {
            const api::BatchItem &item = items->at(row);
            m_table->setItem(row, 0, new QTableWidgetItem(item.itemName.isEmpty() ? item.itemId : item.itemName));
            m_table->setItem(row, 1, new QTableWidgetItem(item.status));
            m_table->setItem(row, 2, new QTableWidgetItem(item.errorMessage.value_or(item.skipReason.value_or(QString()))));
        }
        if (totalItems > items->size())
            setField(m_counts, m_counts->text() + QLatin1Char('\n') + tr("Showing the first %1 of %2 items.").arg(items->size()).arg(totalItems));
    }
    fitColumns();
    m_form->setRowVisible(m_table, true);
}

void DetailsPane::fitColumns()
{
    // Names, statuses and numbers as wide as they are; the last column (reasoning, note) takes
    // the rest and elides.
    constexpr int MaxColumnWidth = 170; // long ids elide in the middle rather than push the rest out
    for (int column = 0; column + 1 < m_table->columnCount(); ++column) {
        m_table->resizeColumnToContents(column);
        m_table->setColumnWidth(column, std::min(m_table->columnWidth(column), MaxColumnWidth));
    }
}

} // namespace docket::ui
