// SPDX-FileCopyrightText: 2026 The Docket authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

class QAbstractItemModel;

namespace docket::ui {

class JobTableModel;

// Writes job rows to CSV (the columns as the view shows them, in the view's order) or JSON (the
// jobs exactly as the server described them), through QSaveFile so that a failed export never
// leaves a half-written file. Used by MainWindow's export actions.
class JobExport
{
public:
    enum class Format { Csv, Json };

    // Csv for a .csv path, Json for .json; nullopt-like Csv otherwise is avoided: callers ask.
    static Format formatFor(const QString &path);
    // rows are proxy rows of view (a proxy over a JobTableModel). Returns an empty string on
    // success, else a sentence saying what went wrong.
    static QString write(const QString &path, Format format, const QAbstractItemModel *view, const QList<int> &rows,
                         const QList<int> &columns);
    static QString csvField(const QString &value);
};

} // namespace docket::ui
