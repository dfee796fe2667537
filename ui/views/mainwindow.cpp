// SPDX-FileCopyrightText: 2026 The Docket authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/mainwindow.h"

#include "dialogs/aboutdialog.h"

#include <QAbstractItemModel>
#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QScreen>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace docket::ui {

namespace {
constexpr auto GeometryKey = "mainWindow/geometry"_L1;
constexpr auto StateKey = "mainWindow/state"_L1;
constexpr auto JobViewKey = "mainWindow/jobView"_L1;
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    // saveState() identifies the window by its object name.
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Docket"));

    m_tabs = new QTabWidget(this);
    m_tabs->setDocumentMode(true);
    addPage(tr("Classify jobs (v2)"),
            tr("Documents you classify appear here, one job per document."));
    addPage(tr("Classifier jobs (v1)"),
            tr("Jobs of the classic classifier API appear here, each with all of its files."));
    addPage(tr("Batch jobs"),
            tr("Batches that classify a whole folder of files appear here."));
    setCentralWidget(m_tabs);

    m_connectionLabel = new QLabel(tr("Not connected"), this);
    m_connectionLabel->setObjectName(QStringLiteral("connectionLabel"));
    statusBar()->addPermanentWidget(m_connectionLabel);

    createMenus();
    restoreSettings();
}

void MainWindow::addPage(const QString &title, const QString &hint)
{
    Page page;
    page.view = new QTableView;
    page.view->setObjectName(QStringLiteral("jobView%1").arg(m_pages.size()));
    page.view->setSelectionBehavior(QAbstractItemView::SelectRows);
    page.view->setAlternatingRowColors(true);
    page.view->setSortingEnabled(true);
    page.view->verticalHeader()->hide();
    page.view->horizontalHeader()->setStretchLastSection(true);

    // The message sits on the view's viewport so it is centred in the empty table and lets clicks
    // through to it; the placeholder colour keeps it quiet in light and dark palettes alike.
    page.emptyState = new QLabel(QStringLiteral("<p style=\"font-size:large\"><b>%1</b></p><p>%2</p>")
                                     .arg(tr("No jobs yet").toHtmlEscaped(), hint.toHtmlEscaped()));
    page.emptyState->setObjectName(QStringLiteral("emptyState"));
    page.emptyState->setTextFormat(Qt::RichText);
    page.emptyState->setAlignment(Qt::AlignCenter);
    page.emptyState->setWordWrap(true);
    page.emptyState->setForegroundRole(QPalette::PlaceholderText);
    page.emptyState->setAttribute(Qt::WA_TransparentForMouseEvents);
    auto *layout = new QVBoxLayout(page.view->viewport());
    layout->addWidget(page.emptyState);

    m_tabs->addTab(page.view, title);
    m_pages.append(page);
    updateEmptyState(page);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    // Switching views from the keyboard; the checked item always names the open tab.
    QMenu *view = menuBar()->addMenu(tr("&View"));
    m_viewActions = new QActionGroup(this);
    const QStringList viewTexts{tr("&Classify jobs (v2)"), tr("C&lassifier jobs (v1)"),
                                tr("&Batch jobs")};
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

QTableView *MainWindow::jobView(JobView which) const
{
    return m_pages.at(static_cast<int>(which)).view;
}

void MainWindow::setJobModel(JobView which, QAbstractItemModel *model)
{
    const Page page = m_pages.at(static_cast<int>(which));
    if (QAbstractItemModel *old = page.view->model())
        disconnect(old, nullptr, page.emptyState, nullptr);
    page.view->setModel(model);
    if (model) {
        const auto update = [page] { updateEmptyState(page); };
        connect(model, &QAbstractItemModel::rowsInserted, page.emptyState, update);
        connect(model, &QAbstractItemModel::rowsRemoved, page.emptyState, update);
        connect(model, &QAbstractItemModel::modelReset, page.emptyState, update);
        connect(model, &QAbstractItemModel::layoutChanged, page.emptyState, update);
    }
    updateEmptyState(page);
}

void MainWindow::updateEmptyState(const Page &page)
{
    const QAbstractItemModel *model = page.view->model();
    page.emptyState->setVisible(!model || model->rowCount() == 0);
}

void MainWindow::showJobView(JobView which)
{
    m_tabs->setCurrentIndex(static_cast<int>(which));
}

MainWindow::JobView MainWindow::currentJobView() const
{
    return static_cast<JobView>(m_tabs->currentIndex());
}

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
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(GeometryKey, saveGeometry());
    settings.setValue(StateKey, saveState());
    settings.setValue(JobViewKey, m_tabs->currentIndex());
}

} // namespace docket::ui
