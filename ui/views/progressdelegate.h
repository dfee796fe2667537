// SPDX-FileCopyrightText: 2026 The Docket authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace docket::ui {

// Paints the batch view's Progress column as a progress bar (RawValueRole holds processed/total
// in [0, 1], DisplayRole the "12 / 40" text shown on it). Used by MainWindow for batch jobs.
class ProgressDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace docket::ui
