// SPDX-FileCopyrightText: 2026 The Docket authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QLabel;
class QWidget;

namespace docket::ui::feedback {

// Inline validation feedback shared by the job-creation forms (rule editor, parsing form, job
// dialog): a word-wrapped message label under a field and a red frame on the field itself, in
// colours that read on light and dark palettes.

// A hidden, word-wrapped label for the message under a field.
QLabel *makeErrorLabel(QWidget *parent);
// Shows message under field (empty = valid: hides the label and removes the frame). The message
// also becomes the field's accessible description, for screen readers.
void setFieldError(QWidget *field, QLabel *label, const QString &message);
// A "12 / 50" counter that turns red when count is outside [min, max].
void setCounter(QLabel *counter, int count, int min, int max);

} // namespace docket::ui::feedback
