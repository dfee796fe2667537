// SPDX-FileCopyrightText: 2026 The Docket authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Help > About Docket: the version the build was made with, the Qt versions, the licence with a
// working link, and the embedded app icon.

#include "dialogs/aboutdialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using docket::ui::AboutDialog;

class AboutDialogTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsTheBuildVersion();
    void showsBuildAndRuntimeQtVersions();
    void showsTheLicenceWithALink();
    void showsTheEmbeddedAppIcon();
    void closesWithTheCloseButton();
    void showsAllOfItsTextAtItsOwnSize();
};

void AboutDialogTest::showsTheBuildVersion()
{
    AboutDialog dialog;
    auto *version = dialog.findChild<QLabel *>(QStringLiteral("versionLabel"));
    QVERIFY(version);
    QVERIFY2(version->text().contains(QLatin1String(DOCKET_VERSION)), qPrintable(version->text()));
    QVERIFY(dialog.windowTitle().contains(QStringLiteral("Docket")));
}

void AboutDialogTest::showsBuildAndRuntimeQtVersions()
{
    AboutDialog dialog;
    auto *qt = dialog.findChild<QLabel *>(QStringLiteral("qtVersionLabel"));
    QVERIFY(qt);
    QVERIFY(qt->text().contains(QLatin1String(QT_VERSION_STR)));
    QVERIFY(qt->text().contains(QLatin1String(qVersion())));
}

void AboutDialogTest::showsTheLicenceWithALink()
{
    AboutDialog dialog;
    auto *license = dialog.findChild<QLabel *>(QStringLiteral("licenseLabel"));
    QVERIFY(license);
    QVERIFY(license->text().contains(QStringLiteral("GPL-3.0-or-later")));
    QVERIFY(license->text().contains(QStringLiteral("href=\"https://www.gnu.org/licenses/gpl-3.0.html\"")));
    QVERIFY(license->openExternalLinks());
    QVERIFY(license->textInteractionFlags().testFlag(Qt::LinksAccessibleByKeyboard));
}

void AboutDialogTest::showsTheEmbeddedAppIcon()
{
    AboutDialog dialog;
    const QLabel *iconLabel = nullptr;
    for (const QLabel *label : dialog.findChildren<QLabel *>()) {
        if (!label->pixmap().isNull())
            iconLabel = label;
    }
    QVERIFY2(iconLabel, "no label shows the icon: is :/icons/" DOCKET_APP_ID ".svg embedded and the SVG plugin present?");
    const QPixmap pixmap = iconLabel->pixmap();
    QCOMPARE(pixmap.deviceIndependentSize().toSize(), QSize(96, 96));
    // A blank pixmap would mean the SVG did not render.
    const QImage image = pixmap.toImage();
    int opaque = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            opaque += qAlpha(image.pixel(x, y)) > 0 ? 1 : 0;
    }
    QVERIFY(opaque > image.width() * image.height() / 4);
}

void AboutDialogTest::closesWithTheCloseButton()
{
    AboutDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QSignalSpy rejected(&dialog, &QDialog::rejected);
    auto *buttons = dialog.findChild<QDialogButtonBox *>();
    QVERIFY(buttons);
    QPushButton *close = buttons->button(QDialogButtonBox::Close);
    QVERIFY(close);
    QTest::mouseClick(close, Qt::LeftButton);
    QCOMPARE(rejected.count(), 1);
    QVERIFY(!dialog.isVisible());
}

void AboutDialogTest::showsAllOfItsTextAtItsOwnSize()
{
    AboutDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    // Every label gets at least the height its wrapped text needs at the width it was given.
    for (const QLabel *label : dialog.findChildren<QLabel *>()) {
        if (!label->text().isEmpty() && label->wordWrap())
            QVERIFY2(label->height() >= label->heightForWidth(label->width()), qPrintable(label->text()));
    }
    // Saved for a person to look at, beside the main window's screenshots.
    const QString dir = qEnvironmentVariable("DOCKET_SCREENSHOT_DIR",
                                             QDir::temp().filePath(QStringLiteral("docket-screenshots")));
    QVERIFY(QDir().mkpath(dir));
    const QImage image = dialog.grab().toImage();
    QVERIFY(!image.isNull());
    QVERIFY(image.save(QDir(dir).filePath(QStringLiteral("aboutdialog.png"))));
}

QTEST_MAIN(AboutDialogTest)
#include "tst_aboutdialog.moc"
