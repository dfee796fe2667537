// SPDX-FileCopyrightText: 2026 The Docket authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/newjobprogressdialog.h"

#include "jobs/submissionoutbox.h"
#include "jobs/submissionrunner.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace docket::ui {

using jobs::OutboxFileState;

namespace {
enum Column { NameColumn, StateColumn, DetailColumn, ColumnCount };

QString stateText(OutboxFileState state)
{
    switch (state) {
    case OutboxFileState::Pending:
        return NewJobProgressDialog::tr("Waiting");
    case OutboxFileState::Uploading:
        return NewJobProgressDialog::tr("Uploading");
    case OutboxFileState::Uploaded:
        return NewJobProgressDialog::tr("Uploaded");
    case OutboxFileState::Creating:
        return NewJobProgressDialog::tr("Creating job");
    case OutboxFileState::Created:
        return NewJobProgressDialog::tr("Job created");
    case OutboxFileState::Failed:
        return NewJobProgressDialog::tr("Failed");
    case OutboxFileState::Cancelled:
        return NewJobProgressDialog::tr("Cancelled");
    }
    return {};
}
} // namespace

NewJobProgressDialog::NewJobProgressDialog(jobs::SubmissionRunner *runner, jobs::SubmissionOutbox *outbox,
                                           const QString &submissionId, QWidget *parent)
    : QDialog(parent), m_runner(runner), m_outbox(outbox), m_id(submissionId)
{
    setWindowTitle(tr("Sending Documents"));
    auto *layout = new QVBoxLayout(this);
    m_notice = new QLabel(this);
    m_notice->setObjectName(QStringLiteral("notice"));
    m_notice->setWordWrap(true);
    m_notice->hide();
    layout->addWidget(m_notice);
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setHorizontalHeaderLabels({tr("Document"), tr("State"), tr("Details")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideMiddle);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(StateColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(DetailColumn, QHeaderView::Stretch);
    layout->addWidget(m_table, 1);
    m_total = new QProgressBar(this);
    m_total->setObjectName(QStringLiteral("totalBar"));
    m_total->setRange(0, 1000);
    layout->addWidget(m_total);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summary"));
    layout->addWidget(m_summary);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_cancel = buttons->addButton(tr("Cancel &Sending"), QDialogButtonBox::ActionRole);
    m_retry = buttons->addButton(tr("&Retry Failed"), QDialogButtonBox::ActionRole);
    connect(m_cancel, &QPushButton::clicked, this, [this] { m_runner->cancel(m_id); });
    connect(m_retry, &QPushButton::clicked, this, [this] { m_runner->retryFailed(m_id); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_runner, &jobs::SubmissionRunner::fileChanged, this, [this](const QString &id, int seq) {
        if (id == m_id)
            refreshRow(seq);
    });
    connect(m_runner, &jobs::SubmissionRunner::fileUploadProgress, this,
            [this](const QString &id, int seq, qint64 sent, qint64 total) {
                if (id != m_id || seq >= m_table->rowCount() || total <= 0)
                    return;
                m_table->item(seq, DetailColumn)->setText(tr("%1%").arg(sent * 100 / total));
                refreshTotals();
            });
    connect(m_runner, &jobs::SubmissionRunner::progressChanged, this, [this](const QString &id) {
        if (id == m_id)
            refreshTotals();
    });
    resize(720, 460);
    refreshAll();
}

void NewJobProgressDialog::setNotice(const QString &text)
{
    m_notice->setText(text);
    m_notice->setVisible(!text.isEmpty());
}

void NewJobProgressDialog::refreshAll()
{
    const QList<jobs::OutboxFile> files = m_outbox->files(m_id);
    m_table->setRowCount(int(files.size()));
    for (const jobs::OutboxFile &f : files) {
        for (int c = 0; c < ColumnCount; ++c) {
            if (!m_table->item(f.seq, c))
                m_table->setItem(f.seq, c, new QTableWidgetItem);
        }
        m_table->item(f.seq, NameColumn)->setText(f.name);
        m_table->item(f.seq, NameColumn)->setToolTip(f.path);
    }
    for (const jobs::OutboxFile &f : files)
        refreshRow(f.seq);
    refreshTotals();
}

void NewJobProgressDialog::refreshRow(int seq)
{
    if (seq >= m_table->rowCount())
        return;
    const QList<jobs::OutboxFile> files = m_outbox->files(m_id);
    if (seq >= files.size())
        return;
    const jobs::OutboxFile &f = files[seq];
    m_table->item(seq, StateColumn)->setText(stateText(f.state));
    QString detail;
    if (f.state == OutboxFileState::Created) {
        if (const auto job = m_outbox->job(m_id, f.jobKey))
            detail = job->jobId;
    } else if (f.state == OutboxFileState::Failed) {
        detail = f.error;
    }
    m_table->item(seq, DetailColumn)->setText(detail);
    m_table->item(seq, DetailColumn)->setToolTip(detail);
}

void NewJobProgressDialog::refreshTotals()
{
    const jobs::SubmissionRunner::Progress p = m_runner->progress(m_id);
    m_total->setValue(p.bytesTotal > 0 ? int(p.bytesSent * 1000 / p.bytesTotal) : 0);
    m_total->setFormat(tr("%1 of %2 sent").arg(QLocale().formattedDataSize(p.bytesSent), QLocale().formattedDataSize(p.bytesTotal)));
    QString text = tr("%1 of %n job(s) created", nullptr, p.total).arg(p.created);
    if (p.failed > 0)
        text += tr(", %n failed", nullptr, p.failed);
    if (p.cancelled > 0)
        text += tr(", %n cancelled", nullptr, p.cancelled);
    m_summary->setText(text);
    const bool running = m_runner->isRunning(m_id);
    m_cancel->setEnabled(running);
    m_retry->setEnabled(p.failed + p.cancelled > 0);
}

} // namespace docket::ui
