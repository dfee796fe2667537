// SPDX-FileCopyrightText: 2026 The Docket authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/droptarget.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QMimeData>
#include <QPainter>
#include <QPainterPath>
#include <QSet>
#include <QUrl>
#include <QWidget>

namespace docket::ui {

namespace {
// The highlight drawn over the target while a drag with files hovers it. It lets every mouse
// event through, so the drag keeps going to the target underneath.
class DropOverlay : public QWidget
{
public:
    explicit DropOverlay(QWidget *parent) : QWidget(parent)
    {
        setObjectName(QStringLiteral("dropOverlay"));
        setAttribute(Qt::WA_TransparentForMouseEvents);
        setAttribute(Qt::WA_NoSystemBackground);
        hide();
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter p(this);
        p.setRenderHint(QPainter::Antialiasing);
        QColor highlight = palette().color(QPalette::Highlight);
        QColor fill = highlight;
        fill.setAlpha(48);
        const QRectF box = QRectF(rect()).adjusted(8, 8, -8, -8);
        QPainterPath path;
        path.addRoundedRect(box, 12, 12);
        p.fillPath(path, fill);
        QPen pen(highlight, 3, Qt::DashLine);
        p.setPen(pen);
        p.drawPath(path);
        QFont f = font();
        f.setPointSizeF(f.pointSizeF() * 1.5);
        f.setBold(true);
        p.setFont(f);
        p.setPen(palette().color(QPalette::WindowText));
        const QString text = DropTarget::tr("Drop files or folders to classify them");
        QRectF label = p.boundingRect(box, Qt::AlignCenter | Qt::TextWordWrap, text).adjusted(-16, -10, 16, 10);
        QColor plate = palette().color(QPalette::Window);
        plate.setAlpha(230);
        QPainterPath platePath;
        platePath.addRoundedRect(label, 8, 8);
        p.fillPath(platePath, plate);
        p.drawText(box, Qt::AlignCenter | Qt::TextWordWrap, text);
    }
};
} // namespace

DropTarget::DropTarget(QWidget *target) : QObject(target), m_target(target), m_overlay(new DropOverlay(target))
{
    target->setAcceptDrops(true);
    target->installEventFilter(this);
}

bool DropTarget::isHighlighted() const
{
    return !m_overlay->isHidden();
}

QStringList DropTarget::localPaths(const QMimeData *mime)
{
    QStringList out;
    if (!mime || !mime->hasUrls())
        return out;
    QSet<QString> seen;
    for (const QUrl &url : mime->urls()) {
        if (!url.isLocalFile())
            continue;
        QString path = url.toLocalFile();
        // Folder URLs often end in a slash; the file list shows the folder's own name.
        while (path.size() > 1 && path.endsWith(QLatin1Char('/')))
            path.chop(1);
        if (!path.isEmpty() && !seen.contains(path)) {
            seen.insert(path);
            out.append(path);
        }
    }
    return out;
}

void DropTarget::setHighlighted(bool on)
{
    if (on) {
        m_overlay->setGeometry(m_target->rect());
        m_overlay->raise();
        m_overlay->show();
    } else {
        m_overlay->hide();
    }
}

bool DropTarget::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_target)
        return QObject::eventFilter(watched, event);
    switch (event->type()) {
    case QEvent::DragEnter: {
        auto *e = static_cast<QDragEnterEvent *>(event);
        if (localPaths(e->mimeData()).isEmpty()) {
            e->ignore();
            return true;
        }
        e->setDropAction(Qt::CopyAction);
        e->accept();
        setHighlighted(true);
        return true;
    }
    case QEvent::DragMove: {
        auto *e = static_cast<QDragMoveEvent *>(event);
        if (localPaths(e->mimeData()).isEmpty()) {
            e->ignore();
        } else {
            e->setDropAction(Qt::CopyAction);
            e->accept();
        }
        return true;
    }
    case QEvent::DragLeave:
        setHighlighted(false);
        return true;
    case QEvent::Drop: {
        auto *e = static_cast<QDropEvent *>(event);
        setHighlighted(false);
        const QStringList paths = localPaths(e->mimeData());
        if (paths.isEmpty()) {
            e->ignore();
            return true;
        }
        e->setDropAction(Qt::CopyAction);
        e->accept();
        Q_EMIT pathsDropped(paths);
        return true;
    }
    case QEvent::Resize:
        if (m_overlay->isVisible())
            m_overlay->setGeometry(m_target->rect());
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace docket::ui
