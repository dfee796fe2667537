// SPDX-FileCopyrightText: 2026 The Docket authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/newjobfeedback.h"

#include <QLabel>
#include <QPalette>
#include <QWidget>

namespace docket::ui::feedback {

namespace {
bool isDark(const QWidget *w)
{
    return w->palette().color(QPalette::Window).lightness() < 128;
}

QColor errorColor(const QWidget *w)
{
    return isDark(w) ? QColor(0xff, 0x8a, 0x80) : QColor(0xb7, 0x1c, 0x1c);
}
} // namespace

QLabel *makeErrorLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setVisible(false);
    label->setProperty("fieldError", true);
    return label;
}

void setFieldError(QWidget *field, QLabel *label, const QString &message)
{
    if (label) {
        label->setText(message);
        label->setStyleSheet(QStringLiteral("color: %1;").arg(errorColor(label).name()));
        // isHidden, not isVisible: the dialog may not be shown yet.
        label->setVisible(!message.isEmpty());
    }
    if (field) {
        const char *cls = field->metaObject()->className();
        field->setStyleSheet(message.isEmpty() ? QString()
                                               : QStringLiteral("%1 { border: 1px solid %2; border-radius: 3px; }")
                                                     .arg(QLatin1String(cls), errorColor(field).name()));
        field->setProperty("invalid", !message.isEmpty());
        field->setAccessibleDescription(message);
    }
}

void setCounter(QLabel *counter, int count, int min, int max)
{
    counter->setText(QStringLiteral("%1 / %2").arg(count).arg(max));
    const bool bad = count < min || count > max;
    counter->setStyleSheet(bad ? QStringLiteral("color: %1;").arg(errorColor(counter).name()) : QString());
    counter->setProperty("outOfRange", bad);
}

} // namespace docket::ui::feedback
