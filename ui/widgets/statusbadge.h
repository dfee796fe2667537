// SPDX-FileCopyrightText: 2026 The Docket authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "jobs/jobstatus.h"

#include <QColor>
#include <QStyledItemDelegate>

namespace docket::ui {

// Paints a job's unified status as a rounded pill with its text, in the status column of the
// three job views (and the details pane). The colour comes from the model's StatusRole; the
// pill's colours are derived from the palette's base colour so that they read in light and dark
// palettes alike. The text is what screen readers get through Qt::AccessibleTextRole.
class StatusBadgeDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    struct Colours
    {
        QColor background;
        QColor text;
    };

    using QStyledItemDelegate::QStyledItemDelegate;

    static Colours colours(jobs::DisplayStatus status, const QPalette &palette);
    // WCAG 2 contrast ratio between two opaque colours (1..21).
    static double contrastRatio(const QColor &a, const QColor &b);
    static bool isDark(const QPalette &palette);
    // Paints one pill with its text into rect (left-aligned, vertically centred, elided).
    static void paintBadge(QPainter *painter, const QRect &rect, jobs::DisplayStatus status, const QString &text,
                           const QPalette &palette, const QFont &font);
    static QSize badgeSize(const QString &text, const QFont &font);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace docket::ui
