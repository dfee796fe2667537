// SPDX-FileCopyrightText: 2026 The Docket authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The main window shell: its three job views and their empty states, keyboard access to every
// menu item, remembered geometry, the embedded German translation, and how it renders at
// 1366x768 in a light and a dark palette (the images are saved for a person to look at).

#include "darkpalette.h"
#include "dialogs/aboutdialog.h"
#include "fakejobapi.h"
#include "models/classifierjobmodel.h"
#include "models/jobbrowser.h"
#include "views/mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QScopeGuard>
#include <QSet>
#include <QSettings>
#include <QStandardItemModel>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTranslator>

using docket::ui::AboutDialog;
using docket::ui::MainWindow;
using docket::test::darkPalette;

namespace {

QTabWidget *tabsOf(const MainWindow &window)
{
    return qobject_cast<QTabWidget *>(window.centralWidget());
}

QLabel *emptyStateOf(QTableView *view)
{
    return view->viewport()->findChild<QLabel *>(QStringLiteral("emptyState"));
}

docket::api::ClassifyJob finishedV1Job(const QString &id)
{
    return docket::test::FakeJobApi::v1Job(id, QStringLiteral("SUCCESS"));
}

// The character after a single '&', or a null QChar when the text has no mnemonic.
QChar mnemonicOf(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != u'&')
            continue;
        if (text.at(i + 1) != u'&')
            return text.at(i + 1).toLower();
        ++i; // "&&" is a literal ampersand
    }
    return {};
}

QAction *actionWithText(const MainWindow &window, const QString &text)
{
    for (QAction *menuAction : window.menuBar()->actions()) {
        for (QAction *action : menuAction->menu()->actions()) {
            if (action->text() == text)
                return action;
        }
    }
    return nullptr;
}


// Pixels inside rect that stand out from the background colour: text that can be read.
int contrastingPixels(const QImage &image, const QRect &rect, const QColor &background)
{
    int count = 0;
    const QRect area = rect.intersected(image.rect());
    for (int y = area.top(); y <= area.bottom(); ++y) {
        for (int x = area.left(); x <= area.right(); ++x) {
            if (qAbs(image.pixelColor(x, y).lightness() - background.lightness()) > 60)
                ++count;
        }
    }
    return count;
}

} // namespace

class MainWindowTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void showsTheThreeJobViewsInOrder();
    void showsTheEmptyStateUntilTheModelHasRows();
    void reachesEveryMenuItemFromTheKeyboard();
    void switchesJobViewsFromTheViewMenu();
    void switchesJobViewsWithControlDigits();
    void saysNotConnectedInTheStatusBar();
    void opensTheAboutBoxFromTheHelpMenu();
    void firstStartFitsTheScreen();
    void remembersGeometryAndJobViewAcrossRestarts();
    void showsGermanTextsFromTheEmbeddedTranslation();
    void rendersAt1366x768_data();
    void rendersAt1366x768();

private:
    QTemporaryDir m_settingsDir;
    QString m_screenshotDir;
};

void MainWindowTest::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    // The window's QSettings must never touch the real user's configuration.
    QCoreApplication::setOrganizationName(QStringLiteral("DocketTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());

    m_screenshotDir = qEnvironmentVariable("DOCKET_SCREENSHOT_DIR",
                                           QDir::temp().filePath(QStringLiteral("docket-screenshots")));
    QVERIFY(QDir().mkpath(m_screenshotDir));
}

void MainWindowTest::init()
{
    QSettings().clear();
}

void MainWindowTest::showsTheThreeJobViewsInOrder()
{
    MainWindow window;
    QTabWidget *tabs = tabsOf(window);
    QVERIFY(tabs);
    QCOMPARE(tabs->count(), 3);
    QCOMPARE(tabs->tabText(0), QStringLiteral("Classify jobs (v2)"));
    QCOMPARE(tabs->tabText(1), QStringLiteral("Classifier jobs (v1)"));
    QCOMPARE(tabs->tabText(2), QStringLiteral("Batch jobs"));
    QVERIFY(tabs->widget(0)->isAncestorOf(window.jobView(MainWindow::JobView::Classify)));
    QVERIFY(tabs->widget(1)->isAncestorOf(window.jobView(MainWindow::JobView::Classifier)));
    QVERIFY(tabs->widget(2)->isAncestorOf(window.jobView(MainWindow::JobView::Batch)));
    QCOMPARE(window.currentJobView(), MainWindow::JobView::Classify);
}

void MainWindowTest::showsTheEmptyStateUntilTheModelHasRows()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    for (const auto which : {MainWindow::JobView::Classify, MainWindow::JobView::Classifier,
                             MainWindow::JobView::Batch}) {
        QLabel *emptyState = emptyStateOf(window.jobView(which));
        QVERIFY(emptyState);
        QVERIFY(emptyState->text().contains(QStringLiteral("No jobs yet")));
        QVERIFY(!emptyState->isHidden());
    }
    QVERIFY(emptyStateOf(window.jobView(MainWindow::JobView::Classify))->isVisible());

    QTableView *view = window.jobView(MainWindow::JobView::Classifier);
    QLabel *emptyState = emptyStateOf(view);
    docket::api::ApiClient client;
    docket::ui::JobBrowser browser(&client);
    window.setJobBrowser(&browser);
    auto *model = browser.classifierModel();
    QVERIFY(!emptyState->isHidden());

    model->applyUpdates({finishedV1Job(QStringLiteral("cls-1"))});
    QVERIFY(emptyState->isHidden());
    QCOMPARE(view->model()->rowCount(), 1);
    model->applyUpdates({finishedV1Job(QStringLiteral("cls-2"))});
    QVERIFY(emptyState->isHidden());
}

void MainWindowTest::reachesEveryMenuItemFromTheKeyboard()
{
    MainWindow window;
    QStringList menuTitles;
    QSet<QChar> menuMnemonics;
    for (QAction *menuAction : window.menuBar()->actions()) {
        QMenu *menu = menuAction->menu();
        QVERIFY(menu);
        menuTitles.append(menu->title());
        const QChar menuMnemonic = mnemonicOf(menu->title());
        QVERIFY2(!menuMnemonic.isNull(), qPrintable(menu->title()));
        QVERIFY2(!menuMnemonics.contains(menuMnemonic), qPrintable(menu->title()));
        menuMnemonics.insert(menuMnemonic);

        QSet<QChar> itemMnemonics;
        for (QAction *action : menu->actions()) {
            if (action->isSeparator())
                continue;
            const QChar mnemonic = mnemonicOf(action->text());
            QVERIFY2(!mnemonic.isNull() || !action->shortcut().isEmpty(), qPrintable(action->text()));
            if (!mnemonic.isNull()) {
                QVERIFY2(!itemMnemonics.contains(mnemonic), qPrintable(action->text()));
                itemMnemonics.insert(mnemonic);
            }
        }
    }
    QCOMPARE(menuTitles, (QStringList{QStringLiteral("&File"), QStringLiteral("&Job"), QStringLiteral("&View"), QStringLiteral("&Help")}));

    QAction *quit = actionWithText(window, QStringLiteral("&Quit"));
    QVERIFY(quit);
    QCOMPARE(quit->shortcut(), QKeySequence(QKeySequence::Quit));
    QVERIFY(actionWithText(window, QStringLiteral("&About Docket")));
    QVERIFY(actionWithText(window, QStringLiteral("About &Qt")));
}

void MainWindowTest::switchesJobViewsFromTheViewMenu()
{
    MainWindow window;
    const QList<QAction *> viewActions = window.menuBar()->actions().at(2)->menu()->actions();
    QCOMPARE(viewActions.size(), 3);
    const QList<MainWindow::JobView> order{MainWindow::JobView::Classify,
                                           MainWindow::JobView::Classifier,
                                           MainWindow::JobView::Batch};
    for (int i = 0; i < 3; ++i)
        QCOMPARE(viewActions.at(i)->shortcut(), QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));

    QVERIFY(viewActions.at(0)->isChecked());
    for (const int i : {2, 1, 0, 2}) {
        viewActions.at(i)->trigger();
        QCOMPARE(window.currentJobView(), order.at(i));
        QVERIFY(viewActions.at(i)->isChecked());
    }

    // Clicking a tab keeps the menu's check mark in step.
    tabsOf(window)->setCurrentIndex(1);
    QVERIFY(viewActions.at(1)->isChecked());
    QVERIFY(!viewActions.at(2)->isChecked());
}

void MainWindowTest::switchesJobViewsWithControlDigits()
{
    MainWindow window;
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));

    QTest::keyClick(&window, Qt::Key_3, Qt::ControlModifier);
    QCOMPARE(window.currentJobView(), MainWindow::JobView::Batch);
    QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
    QCOMPARE(window.currentJobView(), MainWindow::JobView::Classifier);
    QTest::keyClick(&window, Qt::Key_1, Qt::ControlModifier);
    QCOMPARE(window.currentJobView(), MainWindow::JobView::Classify);
}

void MainWindowTest::saysNotConnectedInTheStatusBar()
{
    MainWindow window;
    QLabel *label = window.connectionLabel();
    QVERIFY(label);
    QCOMPARE(label->text(), QStringLiteral("Not connected"));
    QVERIFY(window.statusBar()->isAncestorOf(label));
}

void MainWindowTest::opensTheAboutBoxFromTheHelpMenu()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    bool seen = false;
    QString version;
    QTimer::singleShot(0, this, [&] {
        if (auto *dialog = qobject_cast<AboutDialog *>(QApplication::activeModalWidget())) {
            seen = true;
            version = dialog->findChild<QLabel *>(QStringLiteral("versionLabel"))->text();
            dialog->reject();
        }
    });
    // Should the dialog not be the modal widget, close it anyway so the test fails, not hangs.
    QTimer::singleShot(5000, this, [] {
        for (QWidget *widget : QApplication::topLevelWidgets()) {
            if (auto *dialog = qobject_cast<QDialog *>(widget))
                dialog->reject();
        }
    });
    actionWithText(window, QStringLiteral("&About Docket"))->trigger();
    QVERIFY(seen);
    QVERIFY(version.contains(QLatin1String(DOCKET_VERSION)));
}

void MainWindowTest::firstStartFitsTheScreen()
{
    MainWindow window;
    const QSize available = window.screen()->availableSize();
    QVERIFY(window.width() <= available.width());
    QVERIFY(window.height() <= available.height());
    QVERIFY(window.width() >= 400);
    QVERIFY(window.height() >= 300);
}

void MainWindowTest::remembersGeometryAndJobViewAcrossRestarts()
{
    {
        MainWindow first;
        first.show();
        QVERIFY(QTest::qWaitForWindowExposed(&first));
        first.resize(700, 500);
        first.showJobView(MainWindow::JobView::Batch);
        QTRY_COMPARE(first.size(), QSize(700, 500));
        QVERIFY(first.close());
    }
    MainWindow second;
    QCOMPARE(second.size(), QSize(700, 500));
    QCOMPARE(second.currentJobView(), MainWindow::JobView::Batch);
    QVERIFY(second.menuBar()->actions().at(2)->menu()->actions().at(2)->isChecked());
}

void MainWindowTest::showsGermanTextsFromTheEmbeddedTranslation()
{
    QTranslator german;
    QVERIFY(german.load(QStringLiteral(":/i18n/docket_de.qm")));
    QVERIFY(QCoreApplication::installTranslator(&german));
    const auto removeTranslator = qScopeGuard([&] { QCoreApplication::removeTranslator(&german); });

    MainWindow window;
    const QStringList english{QStringLiteral("Classify jobs (v2)"), QStringLiteral("Classifier jobs (v1)"), QStringLiteral("Batch jobs")};
    for (int i = 0; i < english.size(); ++i) {
        const QString expected = german.translate("docket::ui::MainWindow", english.at(i).toUtf8().constData());
        QVERIFY2(!expected.isEmpty(), qPrintable(english.at(i)));
        QVERIFY(expected != english.at(i));
        QCOMPARE(tabsOf(window)->tabText(i), expected);
    }
    QVERIFY(window.connectionLabel()->text() != QStringLiteral("Not connected"));
    QVERIFY(window.menuBar()->actions().at(0)->text() != QStringLiteral("&File"));
}

void MainWindowTest::rendersAt1366x768_data()
{
    QTest::addColumn<bool>("dark");
    QTest::addColumn<bool>("german");
    QTest::newRow("light") << false << false;
    QTest::newRow("dark") << true << false;
    QTest::newRow("dark-german") << true << true;
}

void MainWindowTest::rendersAt1366x768()
{
    QFETCH(bool, dark);
    QFETCH(bool, german);

    const QPalette original = QApplication::palette();
    const auto restorePalette = qScopeGuard([&] { QApplication::setPalette(original); });
    if (dark)
        QApplication::setPalette(darkPalette());
    QTranslator translator;
    if (german) {
        QVERIFY(translator.load(QStringLiteral(":/i18n/docket_de.qm")));
        QCoreApplication::installTranslator(&translator);
    }
    const auto removeTranslator = qScopeGuard([&] { QCoreApplication::removeTranslator(&translator); });

    MainWindow window;
    window.resize(1366, 768);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_COMPARE(window.size(), QSize(1366, 768));

    const QImage image = window.grab().toImage();
    QVERIFY(!image.isNull());
    QCOMPARE(image.deviceIndependentSize().toSize(), QSize(1366, 768));
    const QString file = QDir(m_screenshotDir).filePath(QStringLiteral("mainwindow-%1.png").arg(QString::fromLatin1(QTest::currentDataTag())));
    QVERIFY(image.save(file));
    qInfo("Saved %s", qPrintable(file));

    // The table's background follows the palette, and the empty-state message stands out from it.
    QTableView *view = window.jobView(MainWindow::JobView::Classify);
    const QColor base = view->palette().color(QPalette::Base);
    const QPoint corner = view->viewport()->mapTo(&window, QPoint(5, 5));
    const qreal dpr = image.devicePixelRatio();
    const QColor sampled = image.pixelColor(corner * dpr);
    QCOMPARE(sampled.name(), base.name());
    QCOMPARE(sampled.lightness() < 100, dark);

    QLabel *emptyState = emptyStateOf(view);
    QVERIFY(emptyState->isVisible());
    const QRect labelRect(emptyState->mapTo(&window, QPoint(0, 0)) * dpr, emptyState->size() * dpr);
    QVERIFY2(contrastingPixels(image, labelRect, base) > 100, "the empty-state message is not readable");
}

QTEST_MAIN(MainWindowTest)
#include "tst_mainwindow.moc"
