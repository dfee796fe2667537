// SPDX-FileCopyrightText: 2026 The Docket authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The drop target: accepts drags with local files and folders, refuses web links, highlights
// while dragging, and hands over the paths on drop.

#include "widgets/droptarget.h"

#include <QApplication>
#include <QDir>
#include <QDragEnterEvent>
#include <QMainWindow>
#include <QMimeData>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using docket::ui::DropTarget;

namespace {
QMimeData *mimeWith(const QList<QUrl> &urls)
{
    auto *m = new QMimeData;
    m->setUrls(urls);
    return m;
}

bool sendDragEnter(QWidget *w, QMimeData *mime)
{
    QDragEnterEvent e(QPoint(10, 10), Qt::CopyAction | Qt::MoveAction, mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(w, &e);
    return e.isAccepted();
}

bool sendDrop(QWidget *w, QMimeData *mime)
{
    QDropEvent e(QPointF(10, 10), Qt::CopyAction | Qt::MoveAction, mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(w, &e);
    return e.isAccepted();
}
} // namespace

class DropTargetTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void acceptsFilesAndFoldersAndHighlights()
    {
        QTemporaryDir tmp;
        const QString file = tmp.filePath(QStringLiteral("a.pdf"));
        QFile(file).open(QIODevice::WriteOnly);
        QDir(tmp.path()).mkdir(QStringLiteral("folder"));
        const QString folder = tmp.filePath(QStringLiteral("folder"));

        QMainWindow window;
        window.resize(600, 400);
        auto *target = new DropTarget(&window);
        QVERIFY(window.acceptDrops());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy dropped(target, &DropTarget::pathsDropped);

        std::unique_ptr<QMimeData> mime(mimeWith({QUrl::fromLocalFile(file), QUrl::fromLocalFile(folder + QLatin1Char('/')),
                                                  QUrl(QStringLiteral("https://example.com/x.pdf"))}));
        QVERIFY(sendDragEnter(&window, mime.get()));
        QVERIFY(target->isHighlighted());
        QCOMPARE(target->overlay()->geometry(), window.rect());

        QDir().mkpath(QDir::temp().filePath(QStringLiteral("docket-screens")));
        QVERIFY(window.grab().save(QDir::temp().filePath(QStringLiteral("docket-screens/droptarget.png"))));

        QVERIFY(sendDrop(&window, mime.get()));
        QVERIFY(!target->isHighlighted());
        QCOMPARE(dropped.size(), 1);
        QCOMPARE(dropped.first().first().toStringList(), (QStringList{file, folder}));
    }

    void refusesDragsWithoutLocalFiles()
    {
        QWidget widget;
        auto *target = new DropTarget(&widget);
        QSignalSpy dropped(target, &DropTarget::pathsDropped);
        std::unique_ptr<QMimeData> web(mimeWith({QUrl(QStringLiteral("https://example.com/doc.pdf"))}));
        QVERIFY(!sendDragEnter(&widget, web.get()));
        QVERIFY(!target->isHighlighted());
        auto text = std::make_unique<QMimeData>();
        text->setText(QStringLiteral("/etc/passwd"));
        QVERIFY(!sendDragEnter(&widget, text.get()));
        QVERIFY(!sendDrop(&widget, text.get()));
        QCOMPARE(dropped.size(), 0);
    }

    void clearsTheHighlightWhenTheDragLeaves()
    {
        QWidget widget;
        auto *target = new DropTarget(&widget);
        std::unique_ptr<QMimeData> mime(mimeWith({QUrl::fromLocalFile(QStringLiteral("/tmp"))}));
        QVERIFY(sendDragEnter(&widget, mime.get()));
        QVERIFY(target->isHighlighted());
        QDragLeaveEvent leave;
        QApplication::sendEvent(&widget, &leave);
        QVERIFY(!target->isHighlighted());
    }

    void listsEachPathOnce()
    {
        std::unique_ptr<QMimeData> mime(mimeWith({QUrl::fromLocalFile(QStringLiteral("/tmp/a")),
                                                  QUrl::fromLocalFile(QStringLiteral("/tmp/a/")),
                                                  QUrl::fromLocalFile(QStringLiteral("/tmp/b"))}));
        QCOMPARE(DropTarget::localPaths(mime.get()), (QStringList{QStringLiteral("/tmp/a"), QStringLiteral("/tmp/b")}));
        QVERIFY(DropTarget::localPaths(nullptr).isEmpty());
    }
};

QTEST_MAIN(DropTargetTest)
#include "tst_droptarget.moc"
