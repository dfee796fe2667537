// SPDX-FileCopyrightText: 2026 The Docket authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/mainwindow.h"

#include "dialogs/aboutdialog.h"
#include "models/batchjobmodel.h"
#include "models/classifierjobmodel.h"
#include "models/classifyjobmodel.h"
#include "models/filenamecache.h"
#include "models/jobbrowser.h"
#include "models/jobexport.h"
#include "models/jobfilter.h"
#include "models/jobfilterproxymodel.h"
#include "views/jobnotifier.h"
#include "views/progressdelegate.h"
#include "widgets/detailspane.h"
#include "widgets/filterbar.h"
#include "widgets/profileswitcher.h"
#include "widgets/statusbadge.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace docket::ui {

namespace {
constexpr auto GeometryKey = "mainWindow/geometry"_L1;
constexpr auto StateKey = "mainWindow/state"_L1;
constexpr auto JobViewKey = "mainWindow/jobView"_L1;

QString pageKey(int index, const char *what)
{
    return QStringLiteral("jobViews/%1/%2").arg(index).arg(QLatin1String(what));
}

// Why the filtered list is empty, in words: "status Failed, text “inv”, 2 job IDs".
QString describe(const JobFilter &filter)
{
    QStringList parts;
    if (filter.status)
        parts.append(MainWindow::tr("status %1").arg(jobs::JobStatus::displayText(*filter.status)));
    if (!filter.text.isEmpty())
        parts.append(MainWindow::tr("text “%1”").arg(filter.text));
    if (filter.from.isValid() || filter.to.isValid()) {
        const QString from = filter.from.isValid() ? filter.from.toString(Qt::ISODate) : MainWindow::tr("the start");
        const QString to = filter.to.isValid() ? filter.to.toString(Qt::ISODate) : MainWindow::tr("today");
        parts.append(MainWindow::tr("created from %1 to %2").arg(from, to));
    }
    if (!filter.configurationId.isEmpty())
        parts.append(MainWindow::tr("configuration %1").arg(filter.configurationId));
    if (!filter.jobIds.isEmpty())
        parts.append(filter.jobIds.size() == 1 ? MainWindow::tr("job ID %1").arg(filter.jobIds.first())
                                               : MainWindow::tr("%1 job IDs").arg(filter.jobIds.size()));
    return parts.join(", "_L1);
}
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    // saveState() identifies the window by its object name.
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Docket"));

    m_tabs = new QTabWidget(this);
    m_tabs->setDocumentMode(true);
    addPage(jobs::JobFamily::ClassifyV2, tr("Classify jobs (v2)"),
            tr("Documents you classify appear here, one job per document."));
    addPage(jobs::JobFamily::ClassifierV1, tr("Classifier jobs (v1)"),
            tr("Jobs of the classic classifier API appear here, each with all of its files."));
    addPage(jobs::JobFamily::Batch, tr("Batch jobs"),
            tr("Batches that classify a whole folder of files appear here."));
    setCentralWidget(m_tabs);

    m_pollingLabel = new QLabel(this);
    m_pollingLabel->setObjectName(QStringLiteral("pollingLabel"));
    statusBar()->addPermanentWidget(m_pollingLabel);
    m_connectionLabel = new QLabel(tr("Not connected"), this);
    m_connectionLabel->setObjectName(QStringLiteral("connectionLabel"));
    statusBar()->addPermanentWidget(m_connectionLabel);
    // While polling is in trouble the label counts down to the next attempt.
    m_countdown = new QTimer(this);
    m_countdown->setInterval(1000);
    connect(m_countdown, &QTimer::timeout, this, [this] { showPollerState(m_pollerState, m_pollerMessage); });

    m_notifier = new JobNotifier(this);
    connect(m_notifier, &JobNotifier::summaryReady, this, [this](const QString &text) { statusBar()->showMessage(text, 10'000); });

    createActions();
    createMenus();
    restoreSettings();
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::updateActions);
    updateActions();
}

MainWindow::~MainWindow() = default;

void MainWindow::addPage(jobs::JobFamily family, const QString &title, const QString &hint)
{
    Page page;
    page.family = family;
    page.hint = hint;
    page.widget = new QWidget;
    auto *layout = new QVBoxLayout(page.widget);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    page.filters = new FilterBar(family == jobs::JobFamily::ClassifyV2, page.widget);
    layout->addWidget(page.filters);

    page.splitter = new QSplitter(Qt::Horizontal, page.widget);
    page.splitter->setObjectName(QStringLiteral("splitter%1").arg(m_pages.size()));
    page.view = new QTableView(page.splitter);
    page.view->setObjectName(QStringLiteral("jobView%1").arg(m_pages.size()));
    page.view->setSelectionBehavior(QAbstractItemView::SelectRows);
    page.view->setAlternatingRowColors(true);
    page.view->setSortingEnabled(true);
    page.view->setWordWrap(false);
    page.view->setTextElideMode(Qt::ElideMiddle); // ids and file names differ at their ends
    page.view->verticalHeader()->hide();
    page.view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    page.view->verticalHeader()->setDefaultSectionSize(page.view->fontMetrics().height() + 10);
    page.view->horizontalHeader()->setStretchLastSection(true);
    page.view->horizontalHeader()->setSectionsMovable(true);
    page.view->setItemDelegateForColumn(JobTableModel::StatusColumn, new StatusBadgeDelegate(page.view));
    if (family == jobs::JobFamily::Batch)
        page.view->setItemDelegateForColumn(BatchJobModel::Progress, new ProgressDelegate(page.view));
    page.details = new DetailsPane(page.splitter);
    page.splitter->addWidget(page.view);
    page.splitter->addWidget(page.details);
    page.splitter->setStretchFactor(0, 3);
    page.splitter->setStretchFactor(1, 1);
    page.splitter->setSizes({900, 360});
    layout->addWidget(page.splitter, 1);

    // The message sits on the view's viewport so it is centred in the empty table; the
    // placeholder colour keeps it quiet in light and dark palettes alike.
    page.emptyState = new QLabel;
    page.emptyState->setObjectName(QStringLiteral("emptyState"));
    page.emptyState->setTextFormat(Qt::RichText);
    page.emptyState->setAlignment(Qt::AlignCenter);
    page.emptyState->setWordWrap(true);
    page.emptyState->setForegroundRole(QPalette::PlaceholderText);
    auto *viewportLayout = new QVBoxLayout(page.view->viewport());
    viewportLayout->addWidget(page.emptyState);

    page.proxy = new JobFilterProxyModel(this);
    page.view->setModel(page.proxy);
    page.view->sortByColumn(-1, Qt::AscendingOrder); // server order (newest first) until the user sorts

    const int index = int(m_pages.size());
    connect(page.emptyState, &QLabel::linkActivated, page.filters, &FilterBar::clear);
    connect(page.filters, &FilterBar::filterChanged, this, [this, index](const JobFilter &filter) {
        applyFilter(m_pages[index], filter, true);
    });
    const auto update = [this, index] { updateEmptyState(m_pages.at(index)); };
    for (const auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(page.proxy, signal, page.emptyState, update);
    connect(page.proxy, &QAbstractItemModel::modelReset, page.emptyState, update);
    // A reset (reload, profile switch) drops the current row without saying so.
    connect(page.proxy, &QAbstractItemModel::modelReset, page.details, [this, index] {
        m_pages.at(index).details->showNothing();
        updateActions();
    });
    connect(page.proxy, &QAbstractItemModel::layoutChanged, page.emptyState, update);
    connect(page.view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this, index] {
        showDetails(m_pages.at(index));
        updateActions();
    });
    connect(page.view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &MainWindow::updateActions);

    m_tabs->addTab(page.widget, title);
    m_pages.append(page);
    updateEmptyState(page);
}

void MainWindow::setJobBrowser(JobBrowser *browser)
{
    m_browser = browser;
    attachModel(m_pages[0], browser->classifyModel());
    attachModel(m_pages[1], browser->classifierModel());
    attachModel(m_pages[2], browser->batchModel());
    for (int i = 0; i < m_pages.size(); ++i)
        restorePageSettings(m_pages[i], i);

    connect(browser->classifierModel(), &ClassifierJobModel::resultsChanged, this, [this](const QString &id) {
        if (m_pages.at(1).details->shownJobId() == id)
            showDetails(m_pages.at(1));
    });
    if (FileNameCache *names = browser->classifyModel()->fileNames()) {
        connect(names, &FileNameCache::namesResolved, this, [this] {
            if (!m_pages.at(1).details->shownJobId().isEmpty())
                showDetails(m_pages.at(1));
        });
    }
    connect(browser->batchModel(), &BatchJobModel::itemsChanged, this, [this](const QString &id) {
        if (m_pages.at(2).details->shownJobId() == id)
            showDetails(m_pages.at(2));
    });
    connect(browser, &JobBrowser::message, this, [this](const QString &text) { statusBar()->showMessage(text, 10'000); });
    connect(browser, &JobBrowser::actionFailed, this, [this](const QString &text) { statusBar()->showMessage(text, 20'000); });
    connect(browser->poller(), &jobs::JobPoller::stateChanged, this,
            [this](jobs::JobPoller::State state, int, const QString &message) { showPollerState(state, message); });
    connect(browser->poller(), &jobs::JobPoller::jobFinished, m_notifier, &JobNotifier::finished);
    updateActions();
}

void MainWindow::attachModel(Page &page, JobTableModel *model)
{
    page.model = model;
    page.proxy->setSourceModel(model);
    const auto update = [this, family = page.family] {
        for (const Page &p : std::as_const(m_pages)) {
            if (p.family == family)
                updateEmptyState(p);
        }
    };
    connect(model, &JobTableModel::loadingChanged, page.emptyState, update);
    connect(model, &JobTableModel::loadFailed, page.emptyState, update);
    connect(model, &JobTableModel::statusCountsChanged, page.filters,
            [filters = page.filters, model] { filters->setStatusCounts(model->statusCounts()); });
    connect(model, &JobTableModel::jobChanged, this, [this, family = page.family](const QString &id) {
        for (const Page &p : std::as_const(m_pages)) {
            if (p.family == family && p.details->shownJobId() == id) {
                showDetails(p);
                updateActions();
            }
        }
    });
    connect(model, &JobTableModel::submittedJobAdded, m_notifier, &JobNotifier::submitted);
    sizeColumns(page);
    updateEmptyState(page);
}

void MainWindow::sizeColumns(const Page &page)
{
    // Widths from the font, not from the rows: measuring 100,000 rows would freeze the window, and
    // a saved column layout replaces these anyway.
    QHeaderView *header = page.view->horizontalHeader();
    const QFontMetrics metrics(page.view->font());
    const int padding = 3 * metrics.averageCharWidth();
    const int dateWidth = metrics.horizontalAdvance(QStringLiteral("2026-12-31 23:59")) + padding;
    const int idWidth = metrics.horizontalAdvance(QStringLiteral("00000000-0000-0000-0000-0000")) + padding;
    int statusWidth = 0;
    for (int s = 0; s <= int(jobs::DisplayStatus::Unknown); ++s)
        statusWidth = std::max(statusWidth, StatusBadgeDelegate::badgeSize(jobs::JobStatus::displayText(jobs::DisplayStatus(s)), page.view->font()).width());
    for (int column = 0; column < header->count(); ++column) {
        const QString title = page.model->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString();
        int width = metrics.horizontalAdvance(title) + 2 * padding;
        switch (page.model->columnKind(column)) {
        case JobTableModel::ColumnKind::Status: width = std::max(width, statusWidth + 12); break;
        case JobTableModel::ColumnKind::Time: width = std::max(width, dateWidth); break;
        case JobTableModel::ColumnKind::Id: width = std::max(width, idWidth / 2); break;
        case JobTableModel::ColumnKind::LongText: width = std::max(width, 24 * metrics.averageCharWidth()); break;
        case JobTableModel::ColumnKind::Progress: width = std::max(width, 16 * metrics.averageCharWidth()); break;
        // Result types are names like "employment_contract": room for a typical one.
        case JobTableModel::ColumnKind::Text: width = std::max(width, 18 * metrics.averageCharWidth()); break;
        case JobTableModel::ColumnKind::Number: break;
        }
        header->resizeSection(column, width);
    }
}

void MainWindow::applyFilter(Page &page, const JobFilter &filter, bool reloadNow)
{
    page.proxy->beginFilterUpdate();
    page.proxy->setStatusFilter(filter.status);
    page.proxy->setSearchText(filter.text);
    page.proxy->setDateRange(filter.from, filter.to);
    page.proxy->setJobIds(filter.jobIds);
    page.proxy->endFilterUpdate();
    // The server filters what it can; the proxy's filters then match loaded rows at once.
    if (auto *v2 = qobject_cast<ClassifyJobModel *>(page.model)) {
        const api::ClassifyV2ListQuery query = filter.v2Query();
        const api::ClassifyV2ListQuery &old = v2->serverQuery();
        if (query.status != old.status || query.jobIds != old.jobIds || query.configurationId != old.configurationId
            || query.createdAtOnOrAfter != old.createdAtOnOrAfter || query.createdAtOnOrBefore != old.createdAtOnOrBefore)
            v2->setServerQuery(query, reloadNow);
    } else if (auto *batch = qobject_cast<BatchJobModel *>(page.model)) {
        const api::BatchListQuery query = filter.batchQuery();
        if (query.status != batch->serverQuery().status)
            batch->setServerQuery(query, reloadNow);
    }
    updateEmptyState(page);
}

void MainWindow::updateEmptyState(const Page &page) const
{
    const bool empty = page.proxy->rowCount() == 0;
    page.emptyState->setVisible(empty);
    if (!empty)
        return;
    const auto message = [](const QString &title, const QString &body) {
        return QStringLiteral("<p style=\"font-size:large\"><b>%1</b></p><p>%2</p>").arg(title.toHtmlEscaped(), body);
    };
    const JobFilter filter = page.filters->filter();
    const QString clearLink = QStringLiteral("<a href=\"clear\">%1</a>").arg(tr("Clear filters").toHtmlEscaped());
    QString text;
    if (page.model && page.model->isLoading() && page.model->rowCount() == 0) {
        text = message(tr("Loading jobs…"), QString());
    } else if (page.model && page.model->lastError() && page.model->rowCount() == 0) {
        text = message(tr("The jobs could not be loaded"),
                       page.model->lastError()->toDisplayString().toHtmlEscaped() + QStringLiteral("<br>")
                           + tr("Refresh (F5) tries again.").toHtmlEscaped());
    } else if (!filter.isEmpty() && page.model && page.model->rowCount() > 0) {
        text = message(tr("No loaded job matches the filters"),
                       tr("Filtered by %1.").arg(describe(filter)).toHtmlEscaped() + QStringLiteral("<br>") + clearLink);
    } else if (!filter.isEmpty()) {
        text = message(tr("No jobs match the filters"),
                       tr("The server has no job with %1.").arg(describe(filter)).toHtmlEscaped() + QStringLiteral("<br>") + clearLink);
    } else {
        text = message(tr("No jobs yet"), page.hint.toHtmlEscaped());
    }
    page.emptyState->setText(text);
}

void MainWindow::createActions()
{
    const auto make = [this](const QString &text, QStyle::StandardPixmap icon, const QKeySequence &shortcut,
                             const QString &name) {
        auto *action = new QAction(style()->standardIcon(icon), text, this);
        action->setShortcut(shortcut);
        action->setObjectName(name);
        action->setShortcutContext(Qt::WindowShortcut);
        m_actions.append(action);
        return action;
    };
    connect(make(tr("&Refresh"), QStyle::SP_BrowserReload, QKeySequence::Refresh, QStringLiteral("refreshAction")),
            &QAction::triggered, this, &MainWindow::refresh);
    connect(make(tr("&Cancel Job"), QStyle::SP_BrowserStop, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_X),
                 QStringLiteral("cancelAction")),
            &QAction::triggered, this, &MainWindow::cancelSelected);
    connect(make(tr("Copy Job &ID"), QStyle::SP_FileDialogDetailedView, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C),
                 QStringLiteral("copyIdAction")),
            &QAction::triggered, this, &MainWindow::copyJobId);
    connect(make(tr("&Export Selected…"), QStyle::SP_DialogSaveButton, QKeySequence(Qt::CTRL | Qt::Key_E),
                 QStringLiteral("exportSelectedAction")),
            &QAction::triggered, this, [this] { exportInteractive(true); });
    connect(make(tr("Export &All Visible…"), QStyle::SP_DialogSaveButton, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E),
                 QStringLiteral("exportVisibleAction")),
            &QAction::triggered, this, [this] { exportInteractive(false); });
    connect(make(tr("R&e-run"), QStyle::SP_MediaPlay, QKeySequence(Qt::CTRL | Qt::Key_R), QStringLiteral("rerunAction")),
            &QAction::triggered, this, &MainWindow::rerunSelected);
    QAction *notify = make(tr("&Notify When My Jobs Finish"), QStyle::SP_MessageBoxInformation, {}, QStringLiteral("notifyAction"));
    notify->setIcon({});
    notify->setCheckable(true);
    notify->setChecked(m_notifier->isEnabled());
    connect(notify, &QAction::toggled, m_notifier, &JobNotifier::setEnabled);

    QToolBar *toolbar = addToolBar(tr("Jobs"));
    toolbar->setObjectName(QStringLiteral("jobToolBar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->setMovable(false);
    for (const Action which : {Action::Refresh, Action::Cancel, Action::CopyId, Action::ExportSelected, Action::Rerun})
        toolbar->addAction(action(which));
}

QAction *MainWindow::action(Action which) const
{
    return m_actions.at(int(which));
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    m_fileMenu = file;
    file->addAction(action(Action::ExportSelected));
    file->addAction(action(Action::ExportVisible));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    m_quitAction = quit;
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *job = menuBar()->addMenu(tr("&Job"));
    job->addAction(action(Action::Refresh));
    job->addAction(action(Action::Cancel));
    job->addAction(action(Action::CopyId));
    job->addAction(action(Action::Rerun));
    job->addSeparator();
    job->addAction(action(Action::Notify));

    // Switching views from the keyboard; the checked item always names the open tab.
    QMenu *view = menuBar()->addMenu(tr("&View"));
    m_viewActions = new QActionGroup(this);
    const QStringList viewTexts{tr("&Classify jobs (v2)"), tr("C&lassifier jobs (v1)"), tr("&Batch jobs")};
    for (int i = 0; i < viewTexts.size(); ++i) {
        QAction *action = view->addAction(viewTexts.at(i));
        action->setCheckable(true);
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        action->setActionGroup(m_viewActions);
        connect(action, &QAction::triggered, m_tabs, [this, i] { m_tabs->setCurrentIndex(i); });
    }
    m_viewActions->actions().at(m_tabs->currentIndex())->setChecked(true);
    connect(m_tabs, &QTabWidget::currentChanged, m_viewActions, [this](int index) {
        if (index >= 0)
            m_viewActions->actions().at(index)->setChecked(true);
    });

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About Docket"), this, &MainWindow::showAboutDialog);
    about->setMenuRole(QAction::AboutRole);
    QAction *aboutQt = help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::setProfileSwitcher(ProfileSwitcher *switcher)
{
    QToolBar *bar = addToolBar(tr("Profile"));
    bar->setObjectName(QStringLiteral("profileToolBar"));
    bar->setMovable(false);
    bar->addWidget(switcher);
    m_fileMenu->insertAction(m_quitAction, switcher->manageAction());
    m_fileMenu->insertSeparator(m_quitAction);
    if (!switcher->statusText().isEmpty())
        m_connectionLabel->setText(switcher->statusText());
    connect(switcher, &ProfileSwitcher::statusTextChanged, m_connectionLabel, &QLabel::setText);
}

void MainWindow::addFileActions(const QList<QAction *> &actions)
{
    QAction *first = m_fileMenu->actions().value(0);
    m_fileMenu->insertActions(first, actions);
    m_fileMenu->insertSeparator(first);
}

MainWindow::Page &MainWindow::currentPage()
{
    return m_pages[std::max(0, m_tabs->currentIndex())];
}

const MainWindow::Page &MainWindow::currentPage() const
{
    return m_pages.at(std::max(0, m_tabs->currentIndex()));
}

int MainWindow::currentSourceRow() const
{
    const Page &page = currentPage();
    const QModelIndex current = page.view->selectionModel()->currentIndex();
    if (!current.isValid() || !page.model)
        return -1;
    return page.proxy->mapToSource(current).row();
}

QStringList MainWindow::selectedJobIds() const
{
    const Page &page = currentPage();
    QStringList ids;
    for (const QModelIndex &index : page.view->selectionModel()->selectedRows())
        ids.append(index.data(JobTableModel::IdRole).toString());
    if (ids.isEmpty() && page.view->selectionModel()->currentIndex().isValid())
        ids.append(page.view->selectionModel()->currentIndex().data(JobTableModel::IdRole).toString());
    return ids;
}

void MainWindow::updateActions()
{
    const Page &page = currentPage();
    const int row = currentSourceRow();
    const bool hasJob = row >= 0;
    const bool hasRows = page.proxy->rowCount() > 0;
    action(Action::Refresh)->setEnabled(m_browser != nullptr);
    action(Action::Cancel)->setEnabled(m_browser && hasJob && page.model->jobStatus(row).canCancel());
    action(Action::CopyId)->setEnabled(hasJob);
    action(Action::ExportSelected)->setEnabled(hasJob);
    action(Action::ExportVisible)->setEnabled(hasRows);
    action(Action::Rerun)->setEnabled(m_browser && hasJob && page.family == jobs::JobFamily::ClassifyV2);
}

void MainWindow::showDetails(const Page &page)
{
    const QModelIndex current = page.view->selectionModel()->currentIndex();
    if (!current.isValid() || !page.model) {
        page.details->showNothing();
        return;
    }
    const int row = page.proxy->mapToSource(current).row();
    if (auto *v2 = qobject_cast<ClassifyJobModel *>(page.model)) {
        page.details->showV2(v2->job(row), v2->documentName(v2->job(row)));
    } else if (auto *v1 = qobject_cast<ClassifierJobModel *>(page.model)) {
        const api::ClassifyJob &job = v1->job(row);
        const bool known = v1->hasResults(job.id);
        const QList<api::FileClassification> results = v1->results(job.id);
        // v1 results name files by id; the v2 model's cache knows (or looks up) their names.
        FileNameCache *names = m_browser ? m_browser->classifyModel()->fileNames() : nullptr;
        const auto fileName = [names](const QString &id) {
            if (!names)
                return id;
            names->request(id);
            const QString name = names->name(id);
            return name.isEmpty() ? id : name;
        };
        page.details->showV1(job, known ? &results : nullptr, fileName);
        if (!known || !v1->jobStatus(row).isTerminal())
            v1->requestResults(job.id);
    } else if (auto *batch = qobject_cast<BatchJobModel *>(page.model)) {
        const api::BatchJob &job = batch->job(row);
        const bool known = batch->hasItems(job.id);
        const QList<api::BatchItem> items = batch->items(job.id);
        page.details->showBatch(job, known ? &items : nullptr, batch->itemTotal(job.id));
        batch->requestItems(job.id);
    }
}

void MainWindow::showPollerState(jobs::JobPoller::State state, const QString &message)
{
    m_pollerState = state;
    m_pollerMessage = message;
    const int seconds = m_browser ? (m_browser->poller()->nextPollInMs() + 999) / 1000 : 0;
    QString text;
    switch (state) {
    case jobs::JobPoller::State::Idle: break;
    case jobs::JobPoller::State::Polling:
        text = m_browser ? tr("Active jobs: %1").arg(m_browser->poller()->watchedCount()) : QString();
        break;
    case jobs::JobPoller::State::Offline: text = tr("Offline, retrying in %1 s").arg(seconds); break;
    case jobs::JobPoller::State::RateLimited: text = tr("Rate limited, retrying in %1 s").arg(seconds); break;
    case jobs::JobPoller::State::ServerTrouble: text = tr("Server trouble, retrying in %1 s").arg(seconds); break;
    }
    m_pollingLabel->setText(text);
    m_pollingLabel->setToolTip(message);
    const bool trouble = state != jobs::JobPoller::State::Idle && state != jobs::JobPoller::State::Polling;
    if (trouble && !m_countdown->isActive())
        m_countdown->start();
    else if (!trouble)
        m_countdown->stop();
}

void MainWindow::refresh()
{
    if (!m_browser)
        return;
    if (Page &page = currentPage(); page.model)
        page.model->reload();
    m_browser->poller()->pollNow();
}

void MainWindow::cancelSelected()
{
    const int row = currentSourceRow();
    if (!m_browser || row < 0)
        return;
    m_browser->cancel(currentPage().family, currentPage().model->jobId(row));
}

void MainWindow::copyJobId()
{
    const QStringList ids = selectedJobIds();
    if (ids.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(ids.join(u'\n'));
    statusBar()->showMessage(ids.size() == 1 ? tr("Copied job ID %1.").arg(ids.first())
                                             : tr("Copied %1 job IDs.").arg(ids.size()), 5000);
}

void MainWindow::rerunSelected()
{
    if (!m_browser || currentPage().family != jobs::JobFamily::ClassifyV2)
        return;
    for (const QString &id : selectedJobIds())
        m_browser->rerun(id);
}

QString MainWindow::exportRows(const QString &path, bool selectedOnly) const
{
    const Page &page = currentPage();
    QList<int> rows;
    if (selectedOnly) {
        for (const QModelIndex &index : page.view->selectionModel()->selectedRows())
            rows.append(index.row());
        std::sort(rows.begin(), rows.end());
    } else {
        for (int row = 0; row < page.proxy->rowCount(); ++row)
            rows.append(row);
    }
    // Columns in the order the user arranged them, hidden ones left out.
    QList<int> columns;
    const QHeaderView *header = page.view->horizontalHeader();
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!header->isSectionHidden(logical))
            columns.append(logical);
    }
    return JobExport::write(path, JobExport::formatFor(path), page.proxy, rows, columns);
}

void MainWindow::exportInteractive(bool selectedOnly)
{
    QString selectedFilter;
    const QString path = QFileDialog::getSaveFileName(
        this, selectedOnly ? tr("Export Selected Jobs") : tr("Export Visible Jobs"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + QStringLiteral("/jobs.csv"),
        tr("CSV files (*.csv);;JSON files (*.json)"), &selectedFilter);
    if (path.isEmpty())
        return;
    const QString error = exportRows(path, selectedOnly);
    statusBar()->showMessage(error.isEmpty() ? tr("Exported to %1.").arg(path) : error, 10'000);
}

void MainWindow::showJobView(JobView which)
{
    m_tabs->setCurrentIndex(static_cast<int>(which));
}

MainWindow::JobView MainWindow::currentJobView() const
{
    return static_cast<JobView>(m_tabs->currentIndex());
}

QTableView *MainWindow::jobView(JobView which) const { return m_pages.at(int(which)).view; }
JobFilterProxyModel *MainWindow::proxy(JobView which) const { return m_pages.at(int(which)).proxy; }
FilterBar *MainWindow::filterBar(JobView which) const { return m_pages.at(int(which)).filters; }
DetailsPane *MainWindow::detailsPane(JobView which) const { return m_pages.at(int(which)).details; }
QLabel *MainWindow::emptyState(JobView which) const { return m_pages.at(int(which)).emptyState; }
QSplitter *MainWindow::splitter(JobView which) const { return m_pages.at(int(which)).splitter; }

void MainWindow::showAboutDialog()
{
    AboutDialog dialog(this);
    dialog.exec();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    QMainWindow::closeEvent(event);
}

void MainWindow::restoreSettings()
{
    const QSettings settings;
    if (!restoreGeometry(settings.value(GeometryKey).toByteArray())) {
        // First start: most of a small laptop screen, never more than the screen.
        QSize size(1100, 700);
        if (const QScreen *screen = QGuiApplication::primaryScreen())
            size = size.boundedTo(screen->availableSize() * 0.9);
        resize(size);
    }
    restoreState(settings.value(StateKey).toByteArray());
    const int tab = settings.value(JobViewKey, 0).toInt();
    if (tab >= 0 && tab < m_tabs->count())
        m_tabs->setCurrentIndex(tab);
    for (int i = 0; i < m_pages.size(); ++i)
        m_pages[i].splitter->restoreState(settings.value(pageKey(i, "splitter")).toByteArray());
}

void MainWindow::restorePageSettings(Page &page, int index)
{
    // Column layout needs the model's columns; filters go to the model without loading (the
    // session's ready signal loads every list).
    const QSettings settings;
    page.view->horizontalHeader()->restoreState(settings.value(pageKey(index, "header")).toByteArray());
    const JobFilter filter = JobFilter::fromVariant(settings.value(pageKey(index, "filter")).toMap());
    page.filters->setFilter(filter);
    applyFilter(page, page.filters->filter(), false);
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(GeometryKey, saveGeometry());
    settings.setValue(StateKey, saveState());
    settings.setValue(JobViewKey, m_tabs->currentIndex());
    for (int i = 0; i < m_pages.size(); ++i) {
        settings.setValue(pageKey(i, "splitter"), m_pages.at(i).splitter->saveState());
        if (m_pages.at(i).model)
            settings.setValue(pageKey(i, "header"), m_pages.at(i).view->horizontalHeader()->saveState());
        settings.setValue(pageKey(i, "filter"), m_pages.at(i).filters->filter().toVariant());
    }
}

} // namespace docket::ui
