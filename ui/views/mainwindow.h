// SPDX-FileCopyrightText: 2026 The Docket authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QMainWindow>

class QAbstractItemModel;
class QActionGroup;
class QLabel;
class QTabWidget;
class QTableView;

namespace docket::ui {

// The application's one main window: the three job views (v2 classify jobs, v1 classifier jobs,
// batch jobs) in tabs, the menus and the status bar. It owns the views; the composition root in
// app/desktop creates it and hands it the job models. The window's geometry and open tab survive
// a restart through QSettings.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // The order is the order of the tabs.
    enum class JobView { Classify, Classifier, Batch };

    explicit MainWindow(QWidget *parent = nullptr);

    QTableView *jobView(JobView which) const;
    // Shows the model in its view; the view's empty-state message follows the model's row count.
    void setJobModel(JobView which, QAbstractItemModel *model);
    void showJobView(JobView which);
    JobView currentJobView() const;
    // The status bar label that says which server the window talks to.
    QLabel *connectionLabel() const { return m_connectionLabel; }

public Q_SLOTS:
    void showAboutDialog();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    struct Page
    {
        QTableView *view = nullptr;
        QLabel *emptyState = nullptr;
    };

    void addPage(const QString &title, const QString &hint);
    void createMenus();
    void restoreSettings();
    void saveSettings() const;
    static void updateEmptyState(const Page &page);

    QTabWidget *m_tabs = nullptr;
    QList<Page> m_pages;
    QActionGroup *m_viewActions = nullptr;
    QLabel *m_connectionLabel = nullptr;
};

} // namespace docket::ui
