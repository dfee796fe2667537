// SPDX-FileCopyrightText: 2026 The Docket authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/filterbar.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>

namespace docket::ui {

namespace {
constexpr jobs::DisplayStatus Statuses[] = {jobs::DisplayStatus::Queued, jobs::DisplayStatus::Running,
                                            jobs::DisplayStatus::Succeeded, jobs::DisplayStatus::PartiallySucceeded,
                                            jobs::DisplayStatus::Failed, jobs::DisplayStatus::Cancelled,
                                            jobs::DisplayStatus::Unknown};
} // namespace

FilterBar::FilterBar(bool withConfigurationId, QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);

    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("statusFilter"));
    m_status->setAccessibleName(tr("Status filter"));
    m_status->addItem(tr("All statuses"));
    for (const jobs::DisplayStatus status : Statuses)
        m_status->addItem(jobs::JobStatus::displayText(status), int(status));
    m_status->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    layout->addWidget(m_status);

    const auto dateEdit = [this](const QString &accessible) {
        auto *edit = new QDateEdit(QDate::currentDate(), this);
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        edit->setAccessibleName(accessible);
        edit->setEnabled(false);
        return edit;
    };
    m_useFrom = new QCheckBox(tr("From"), this);
    m_from = dateEdit(tr("Created on or after"));
    m_useTo = new QCheckBox(tr("to"), this);
    m_to = dateEdit(tr("Created on or before"));
    layout->addWidget(m_useFrom);
    layout->addWidget(m_from);
    layout->addWidget(m_useTo);
    layout->addWidget(m_to);

    if (withConfigurationId) {
        m_configuration = new QLineEdit(this);
        m_configuration->setObjectName(QStringLiteral("configurationFilter"));
        m_configuration->setPlaceholderText(tr("Configuration ID"));
        m_configuration->setAccessibleName(tr("Configuration ID filter"));
        m_configuration->setClearButtonEnabled(true);
        layout->addWidget(m_configuration, 1);
    }
    m_jobIds = new QLineEdit(this);
    m_jobIds->setObjectName(QStringLiteral("jobIdsFilter"));
    m_jobIds->setPlaceholderText(tr("Job IDs"));
    m_jobIds->setToolTip(tr("One or more job IDs, separated by commas or spaces"));
    m_jobIds->setAccessibleName(tr("Job IDs filter"));
    m_jobIds->setClearButtonEnabled(true);
    layout->addWidget(m_jobIds, 1);

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("searchFilter"));
    m_search->setPlaceholderText(tr("Search loaded jobs"));
    m_search->setAccessibleName(tr("Search"));
    m_search->setClearButtonEnabled(true);
    layout->addWidget(m_search, 2);

    m_clear = new QToolButton(this);
    m_clear->setObjectName(QStringLiteral("clearFilters"));
    m_clear->setText(tr("Clear filters"));
    m_clear->setEnabled(false);
    layout->addWidget(m_clear);

    const auto changed = [this] { readWidgets(); };
    connect(m_status, &QComboBox::currentIndexChanged, this, changed);
    connect(m_useFrom, &QCheckBox::toggled, this, changed);
    connect(m_useTo, &QCheckBox::toggled, this, changed);
    connect(m_from, &QDateEdit::dateChanged, this, changed);
    connect(m_to, &QDateEdit::dateChanged, this, changed);
    // IDs go to the server: only when the user is done typing, not on every key.
    if (m_configuration)
        connect(m_configuration, &QLineEdit::editingFinished, this, changed);
    connect(m_jobIds, &QLineEdit::editingFinished, this, changed);
    connect(m_search, &QLineEdit::textChanged, this, changed);
    connect(m_clear, &QToolButton::clicked, this, &FilterBar::clear);
}

void FilterBar::readWidgets()
{
    if (m_updating)
        return;
    m_from->setEnabled(m_useFrom->isChecked());
    m_to->setEnabled(m_useTo->isChecked());
    JobFilter filter;
    const QVariant status = m_status->currentData();
    if (status.isValid())
        filter.status = jobs::DisplayStatus(status.toInt());
    if (m_useFrom->isChecked())
        filter.from = m_from->date();
    if (m_useTo->isChecked())
        filter.to = m_to->date();
    if (m_configuration)
        filter.configurationId = m_configuration->text().trimmed();
    filter.jobIds = JobFilter::splitIds(m_jobIds->text());
    filter.text = m_search->text().trimmed();
    m_clear->setEnabled(!filter.isEmpty());
    if (filter == m_filter)
        return;
    m_filter = filter;
    Q_EMIT filterChanged(m_filter);
}

void FilterBar::setFilter(const JobFilter &filter)
{
    m_filter = filter;
    if (!m_configuration)
        m_filter.configurationId.clear();
    showFilter();
}

void FilterBar::showFilter()
{
    m_updating = true;
    m_status->setCurrentIndex(m_filter.status ? m_status->findData(int(*m_filter.status)) : 0);
    m_useFrom->setChecked(m_filter.from.isValid());
    if (m_filter.from.isValid())
        m_from->setDate(m_filter.from);
    m_useTo->setChecked(m_filter.to.isValid());
    if (m_filter.to.isValid())
        m_to->setDate(m_filter.to);
    m_from->setEnabled(m_useFrom->isChecked());
    m_to->setEnabled(m_useTo->isChecked());
    if (m_configuration)
        m_configuration->setText(m_filter.configurationId);
    m_jobIds->setText(m_filter.jobIds.join(QStringLiteral(", ")));
    m_search->setText(m_filter.text);
    m_clear->setEnabled(!m_filter.isEmpty());
    m_updating = false;
}

void FilterBar::clear()
{
    if (m_filter.isEmpty())
        return;
    m_filter = {};
    showFilter();
    Q_EMIT filterChanged(m_filter);
}

void FilterBar::setStatusCounts(const std::array<int, 7> &counts)
{
    int total = 0;
    for (int i = 0; i < int(std::size(Statuses)); ++i) {
        const int count = counts[std::size_t(Statuses[i])];
        total += count;
        m_status->setItemText(i + 1, tr("%1 (%2)").arg(jobs::JobStatus::displayText(Statuses[i])).arg(count));
    }
    m_status->setItemText(0, tr("All statuses (%1)").arg(total));
}

} // namespace docket::ui
