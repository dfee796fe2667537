// SPDX-FileCopyrightText: 2026 The Docket authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/jobfilter.h"

#include <QWidget>

#include <array>

class QComboBox;
class QDateEdit;
class QLineEdit;
class QToolButton;
class QCheckBox;

namespace docket::ui {

// The row of filters above one job view: status (with the live count of loaded rows per
// status), created-date range, configuration ID (v2 only), job IDs, and a text search, plus one
// Clear button. It edits a JobFilter and emits it; it never touches models (the job page applies
// the filter to its proxy and, where possible, to the server query).
class FilterBar : public QWidget
{
    Q_OBJECT

public:
    explicit FilterBar(bool withConfigurationId, QWidget *parent = nullptr);

    JobFilter filter() const { return m_filter; }
    // Shows a filter (restored from settings) without emitting filterChanged.
    void setFilter(const JobFilter &filter);
    void setStatusCounts(const std::array<int, 7> &counts);

    QComboBox *statusBox() const { return m_status; }
    QLineEdit *searchEdit() const { return m_search; }
    QLineEdit *jobIdsEdit() const { return m_jobIds; }
    QLineEdit *configurationEdit() const { return m_configuration; }
    QCheckBox *fromCheck() const { return m_useFrom; }
    QCheckBox *toCheck() const { return m_useTo; }
    QDateEdit *fromEdit() const { return m_from; }
    QDateEdit *toEdit() const { return m_to; }
    QToolButton *clearButton() const { return m_clear; }

public Q_SLOTS:
    void clear();

Q_SIGNALS:
    void filterChanged(const docket::ui::JobFilter &filter);

private:
    void readWidgets();
    void showFilter();

    JobFilter m_filter;
    QComboBox *m_status = nullptr;
    QCheckBox *m_useFrom = nullptr;
    QDateEdit *m_from = nullptr;
    QCheckBox *m_useTo = nullptr;
    QDateEdit *m_to = nullptr;
    QLineEdit *m_configuration = nullptr;
    QLineEdit *m_jobIds = nullptr;
    QLineEdit *m_search = nullptr;
    QToolButton *m_clear = nullptr;
    bool m_updating = false;
};

} // namespace docket::ui
