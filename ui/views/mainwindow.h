// SPDX-FileCopyrightText: 2026 The Docket authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "jobs/jobpoller.h"
#include "jobs/jobstatus.h"

#include <QList>
#include <QMainWindow>

class QAction;
class QActionGroup;
class QLabel;
class QMenu;
class QSplitter;
class QTabWidget;
class QTableView;
class QTimer;

namespace docket::ui {

class DetailsPane;
class FilterBar;
class JobBrowser;
class JobFilterProxyModel;
class JobNotifier;
class JobTableModel;
class ProfileSwitcher;
struct JobFilter;

// The application's one main window: the three job views (v2 classify jobs, v1 classifier jobs,
// batch jobs) in tabs, each a filter bar over a table with the details pane beside it; the job
// actions in a menu and a toolbar; the connection and polling state in the status bar. It owns
// the views, the proxies and the notifier; the composition root creates it and hands it the
// JobBrowser (models, poller, actions). Geometry, open tab, splitter sizes, column layout and
// filters survive a restart through QSettings.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // The order is the order of the tabs.
    enum class JobView { Classify, Classifier, Batch };
    enum class Action { Refresh, Cancel, CopyId, ExportSelected, ExportVisible, Rerun, Notify };

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    void setJobBrowser(JobBrowser *browser);
    // Puts the profile chooser in a toolbar and its "Manage Profiles…" action in the File menu;
    // the status bar's connection label follows the session's state.
    void setProfileSwitcher(ProfileSwitcher *switcher);
    // Inserts actions (Add Files…, Add Folder…) at the top of the File menu.
    void addFileActions(const QList<QAction *> &actions);
    JobBrowser *jobBrowser() const { return m_browser; }

    QTableView *jobView(JobView which) const;
    JobFilterProxyModel *proxy(JobView which) const;
    FilterBar *filterBar(JobView which) const;
    DetailsPane *detailsPane(JobView which) const;
    QLabel *emptyState(JobView which) const;
    QSplitter *splitter(JobView which) const;
    QAction *action(Action which) const;
    JobNotifier *notifier() const { return m_notifier; }

    void showJobView(JobView which);
    JobView currentJobView() const;
    // The status bar label that says which server the window talks to.
    QLabel *connectionLabel() const { return m_connectionLabel; }
    // The status bar label that says whether polling works ("offline, retrying in 8 s").
    QLabel *pollingLabel() const { return m_pollingLabel; }

    // Writes the selected (or all visible) rows of the open view; .json paths get JSON, others
    // CSV. Returns an empty string on success, else what went wrong.
    QString exportRows(const QString &path, bool selectedOnly) const;
    QStringList selectedJobIds() const;

public Q_SLOTS:
    void showAboutDialog();
    void refresh();
    void cancelSelected();
    void copyJobId();
    void rerunSelected();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    struct Page
    {
        jobs::JobFamily family;
        QString hint;
        QWidget *widget = nullptr;
        FilterBar *filters = nullptr;
        QSplitter *splitter = nullptr;
        QTableView *view = nullptr;
        QLabel *emptyState = nullptr;
        DetailsPane *details = nullptr;
        JobFilterProxyModel *proxy = nullptr;
        JobTableModel *model = nullptr;
    };

    void addPage(jobs::JobFamily family, const QString &title, const QString &hint);
    void attachModel(Page &page, JobTableModel *model);
    void sizeColumns(const Page &page);
    void applyFilter(Page &page, const JobFilter &filter, bool reloadNow);
    void createActions();
    void createMenus();
    void updateEmptyState(const Page &page) const;
    void updateActions();
    void showDetails(const Page &page);
    void showPollerState(jobs::JobPoller::State state, const QString &message);
    void exportInteractive(bool selectedOnly);
    void restoreSettings();
    void restorePageSettings(Page &page, int index);
    void saveSettings() const;
    Page &currentPage();
    const Page &currentPage() const;
    int currentSourceRow() const;

    JobBrowser *m_browser = nullptr;
    QTabWidget *m_tabs = nullptr;
    QList<Page> m_pages;
    QList<QAction *> m_actions;
    QActionGroup *m_viewActions = nullptr;
    QMenu *m_fileMenu = nullptr;
    QAction *m_quitAction = nullptr;
    QLabel *m_connectionLabel = nullptr;
    QLabel *m_pollingLabel = nullptr;
    QTimer *m_countdown = nullptr;
    JobNotifier *m_notifier = nullptr;
    jobs::JobPoller::State m_pollerState = jobs::JobPoller::State::Idle;
    QString m_pollerMessage;
};

} // namespace docket::ui
