// SPDX-FileCopyrightText: 2026 The Docket authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/statusbadge.h"

#include "models/jobtablemodel.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

#include <cmath>

namespace docket::ui {

namespace {
constexpr int HorizontalPadding = 8;
constexpr int VerticalPadding = 2;
constexpr int Margin = 4;

// One hue per status, so the badges differ by more than lightness (colour-blind users still
// have the text). Saturation is kept low for the neutral states.
struct Tone
{
    int hue;
    int saturation;
};

Tone toneOf(jobs::DisplayStatus status)
{
    switch (status) {
    case jobs::DisplayStatus::Queued: return {210, 40};
    case jobs::DisplayStatus::Running: return {215, 200};
    case jobs::DisplayStatus::Succeeded: return {130, 170};
    case jobs::DisplayStatus::PartiallySucceeded: return {40, 220};
    case jobs::DisplayStatus::Failed: return {0, 200};
    case jobs::DisplayStatus::Cancelled: return {0, 0};
    case jobs::DisplayStatus::Unknown: break;
    }
    return {280, 60};
}

double luminance(const QColor &colour)
{
    const auto channel = [](double c) { return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF());
}
} // namespace

double StatusBadgeDelegate::contrastRatio(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

bool StatusBadgeDelegate::isDark(const QPalette &palette)
{
    return luminance(palette.color(QPalette::Base)) < 0.25;
}

StatusBadgeDelegate::Colours StatusBadgeDelegate::colours(jobs::DisplayStatus status, const QPalette &palette)
{
    const Tone tone = toneOf(status);
    // A pale pill with dark text on light bases, a deep pill with pale text on dark ones: the
    // text then contrasts with the pill and with the row behind it.
    if (isDark(palette))
        return {QColor::fromHsl(tone.hue, tone.saturation / 2, 62), QColor::fromHsl(tone.hue, tone.saturation / 3, 235)};
    return {QColor::fromHsl(tone.hue, tone.saturation, 228), QColor::fromHsl(tone.hue, tone.saturation, 50)};
}

QSize StatusBadgeDelegate::badgeSize(const QString &text, const QFont &font)
{
    const QFontMetrics metrics(font);
    // A pixel or two of slack: elidedText() rounds differently from horizontalAdvance().
    return {metrics.horizontalAdvance(text) + 2 * HorizontalPadding + 2, metrics.height() + 2 * VerticalPadding};
}

void StatusBadgeDelegate::paintBadge(QPainter *painter, const QRect &rect, jobs::DisplayStatus status,
                                     const QString &text, const QPalette &palette, const QFont &font)
{
    const Colours c = colours(status, palette);
    const QFontMetrics metrics(font);
    const QSize wanted = badgeSize(text, font);
    const int width = std::min(wanted.width(), rect.width() - 2 * Margin);
    if (width <= 2 * HorizontalPadding)
        return;
    const int height = std::min(wanted.height(), rect.height());
    const QRect pill(rect.left() + Margin, rect.top() + (rect.height() - height) / 2, width, height);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(c.background);
    painter->drawRoundedRect(pill, height / 2.0, height / 2.0);
    painter->setFont(font);
    painter->setPen(c.text);
    const QRect textRect = pill.adjusted(HorizontalPadding, 0, -HorizontalPadding, 0);
    painter->drawText(textRect, Qt::AlignCenter, metrics.elidedText(text, Qt::ElideRight, textRect.width()));
    painter->restore();
}

void StatusBadgeDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    // The cell's own background (selection, alternating rows) first, without its text.
    QStyleOptionViewItem cell = option;
    initStyleOption(&cell, index);
    cell.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &cell, painter, widget);

    const QVariant status = index.data(JobTableModel::StatusRole);
    const auto display = status.isValid() ? jobs::DisplayStatus(status.toInt()) : jobs::DisplayStatus::Unknown;
    paintBadge(painter, option.rect, display, index.data(Qt::DisplayRole).toString(), option.palette, option.font);
}

QSize StatusBadgeDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QSize badge = badgeSize(index.data(Qt::DisplayRole).toString(), option.font);
    return {badge.width() + 2 * Margin, std::max(badge.height() + 4, QStyledItemDelegate::sizeHint(option, index).height())};
}

} // namespace docket::ui
