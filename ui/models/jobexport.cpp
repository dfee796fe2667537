// SPDX-FileCopyrightText: 2026 The Docket authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/jobexport.h"

#include "models/jobtablemodel.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSortFilterProxyModel>

using namespace Qt::Literals::StringLiterals;

namespace docket::ui {

JobExport::Format JobExport::formatFor(const QString &path)
{
    return path.endsWith(".json"_L1, Qt::CaseInsensitive) ? Format::Json : Format::Csv;
}

QString JobExport::csvField(const QString &value)
{
    QString out = value;
    // A cell that starts like a formula would be run by a spreadsheet: keep it text.
    if (!out.isEmpty() && (out.front() == u'=' || out.front() == u'+' || out.front() == u'@'))
        out.prepend(u'\'');
    if (out.contains(u',') || out.contains(u'"') || out.contains(u'\n') || out.contains(u'\r') || out != value)
        return u'"' + QString(out).replace("\""_L1, "\"\""_L1) + u'"';
    return out;
}

QString JobExport::write(const QString &path, Format format, const QAbstractItemModel *view, const QList<int> &rows,
                         const QList<int> &columns)
{
    QByteArray bytes;
    if (format == Format::Csv) {
        QStringList line;
        for (const int column : columns)
            line.append(csvField(view->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString()));
        QString text = line.join(u',') + "\r\n"_L1;
        for (const int row : rows) {
            line.clear();
            for (const int column : columns)
                line.append(csvField(view->index(row, column).data(Qt::DisplayRole).toString()));
            text += line.join(u',') + "\r\n"_L1;
        }
        bytes = text.toUtf8();
    } else {
        const auto *proxy = qobject_cast<const QSortFilterProxyModel *>(view);
        const auto *jobs = qobject_cast<const JobTableModel *>(proxy ? proxy->sourceModel() : view);
        if (!jobs)
            return QCoreApplication::translate("docket::ui::JobExport", "This view cannot be exported as JSON.");
        QJsonArray array;
        for (const int row : rows) {
            const int sourceRow = proxy ? proxy->mapToSource(proxy->index(row, 0)).row() : row;
            array.append(jobs->jobJson(sourceRow));
        }
        bytes = QJsonDocument(array).toJson(QJsonDocument::Indented);
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return QCoreApplication::translate("docket::ui::JobExport", "Could not write %1: %2").arg(path, file.errorString());
    return {};
}

} // namespace docket::ui
