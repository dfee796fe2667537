// SPDX-FileCopyrightText: 2026 The Docket authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>
#include <QStringList>

class QMimeData;
class QWidget;

namespace docket::ui {

// Makes any widget (the main window, the job dialog) accept dropped files and folders: an event
// filter that accepts drags carrying local file URLs, shows a highlighted overlay over the whole
// widget while dragging, and emits pathsDropped() with the local paths on drop. Drags without a
// local file (web links, text) are refused, so the cursor says so before the user lets go.
// The composition root installs one on MainWindow; NewJobDialog installs its own.
class DropTarget : public QObject
{
    Q_OBJECT

public:
    // Installs itself on target (and becomes its child).
    explicit DropTarget(QWidget *target);

    bool isHighlighted() const;
    QWidget *overlay() const { return m_overlay; }
    // The local files and folders of a drag, in order, without repeats.
    static QStringList localPaths(const QMimeData *mime);

Q_SIGNALS:
    void pathsDropped(const QStringList &paths);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void setHighlighted(bool on);

    QPointer<QWidget> m_target;
    QWidget *m_overlay = nullptr;
};

} // namespace docket::ui
