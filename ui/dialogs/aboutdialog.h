// SPDX-FileCopyrightText: 2026 The Docket authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

namespace docket::ui {

// Help > About Docket: the icon, version, Qt versions, licence and a one-line description.
// MainWindow opens it modally; it holds no state of its own.
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(QWidget *parent = nullptr);
};

} // namespace docket::ui
