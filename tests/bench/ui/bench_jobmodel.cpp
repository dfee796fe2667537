// SPDX-FileCopyrightText: 2026 The Docket authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Prints what 100,000 v2 jobs cost the job browser: loading them page by page (100 per page,
// parsed from JSON as the pager does), applying a status + text filter in the proxy, updating
// 1,000 rows in place as a poll cycle does, and the process's memory. The model sits under the
// real proxy and a shown QTableView with the status badge delegate, sorted by creation time.
// Targets: filter under 50 ms, update under 20 ms, under 150 MiB in total.
// Run: QT_QPA_PLATFORM=offscreen tests/bench_jobmodel [jobs]

#include "api/jsonreader.h"
#include "processmemory.h"
#include "models/classifyjobmodel.h"
#include "models/jobfilterproxymodel.h"
#include "widgets/statusbadge.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTableView>
#include <QTimeZone>

#include <cstdio>

using namespace docket;
using namespace Qt::Literals::StringLiterals;

namespace {

// Resident and peak memory of this process, from /proc (Linux).
QByteArray memoryLine()
{
    using namespace docket::test;
    return QByteArray("VmRSS ") + QByteArray::number(mib(procStatusKiB("VmRSS")), 'f', 1) + " MiB, VmHWM "
        + QByteArray::number(mib(procStatusKiB("VmHWM")), 'f', 1) + " MiB";
}

// A realistic job: a handful of shared rule sets, unique ids, file ids and reasoning.
QJsonObject jobJson(int i, const QString &status)
{
    static const QStringList types{QStringLiteral("invoice"), QStringLiteral("contract"), QStringLiteral("letter"),
                                   QStringLiteral("receipt"), QStringLiteral("report")};
    QJsonArray rules;
    const int set = i % 8;
    for (int r = 0; r < 3; ++r) {
        const QString type = types.at((set + r) % types.size());
        rules.append(QJsonObject{{"type"_L1, type},
                                 {"description"_L1, QStringLiteral("Documents that look like a %1: the words, layout and "
                                                                   "numbers typical of a %1 (rule set %2).").arg(type).arg(set)}});
    }
    const QDateTime created = QDateTime(QDate(2026, 11, 1), QTime(0, 0), QTimeZone::utc()).addSecs(-60LL * i);
    QJsonObject job{{"id"_L1, QStringLiteral("cls-%1-4b8e-9d2f-%2").arg(i, 8, 10, QLatin1Char('0')).arg(i * 7919 % 100000, 6, 10, QLatin1Char('0'))},
                    {"project_id"_L1, QStringLiteral("3f1c2a9e-0000-4000-8000-000000000001")},
                    {"user_id"_L1, QStringLiteral("usr-7a1f")},
                    {"status"_L1, status},
                    {"document_input_type"_L1, QStringLiteral("file_id")},
                    {"file_input"_L1, QStringLiteral("dfl-%1-a7c3").arg(i, 8, 10, QLatin1Char('0'))},
                    {"configuration"_L1, QJsonObject{{"rules"_L1, rules}, {"mode"_L1, QStringLiteral("FAST")}}},
                    {"created_at"_L1, created.toString(Qt::ISODateWithMs)},
                    {"updated_at"_L1, created.addSecs(30).toString(Qt::ISODateWithMs)}};
    if (i % 10 == 0)
        job.insert("configuration_id"_L1, QStringLiteral("cfg-%1").arg(set));
    if (status == "COMPLETED"_L1) {
        job.insert("result"_L1, QJsonObject{{"type"_L1, types.at(i % types.size())},
                                            {"confidence"_L1, (i % 100) / 100.0},
                                            {"reasoning"_L1, QStringLiteral("Matched %1 terms of the rule on page %2, among them "
                                                                            "“total due” and the supplier's address (job %3).")
                                                                 .arg(3 + i % 5).arg(1 + i % 3).arg(i)}});
    }
    return job;
}

QString statusOf(int i)
{
    static const char *statuses[] = {"COMPLETED", "COMPLETED", "COMPLETED", "FAILED", "RUNNING", "PENDING", "CANCELLED"};
    return QString::fromLatin1(statuses[i % 7]);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const int total = argc > 1 ? QByteArray(argv[1]).toInt() : 100'000;
    const int pageSize = ui::JobTableModel::PageSize;
    std::printf("bench_jobmodel: %d v2 jobs, pages of %d, Qt %s\n", total, pageSize, qVersion());
    std::printf("before: %s\n", memoryLine().constData());

    // The pages as the server would send them, made one at a time just before they are loaded
    // (and not timed), so that the memory figures are the browser's, not the benchmark's.
    const auto makePage = [total, pageSize](int from) {
        QJsonArray items;
        for (int i = from; i < std::min(total, from + pageSize); ++i)
            items.append(jobJson(i, statusOf(i)));
        return QJsonDocument(QJsonObject{{"items"_L1, items}, {"next_page_token"_L1, QString::number(from)}})
            .toJson(QJsonDocument::Compact);
    };

    ui::ClassifyJobModel model(nullptr);
    ui::JobFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QTableView view;
    view.setModel(&proxy);
    view.setItemDelegateForColumn(0, new ui::StatusBadgeDelegate(&view));
    view.verticalHeader()->hide();
    view.setSortingEnabled(true);
    view.sortByColumn(ui::ClassifyJobModel::Created, Qt::DescendingOrder);
    view.resize(1366, 768);
    view.show();
    QCoreApplication::processEvents();

    // 1. Load page by page: parse each page and upsert it, letting the view repaint in between.
    qint64 loadNs = 0;
    qint64 slowestPageNs = 0;
    int pageCount = 0;
    QElapsedTimer timer;
    for (int from = 0; from < total; from += pageSize) {
        const QByteArray page = makePage(from);
        timer.start();
        api::Result<api::ClassifyV2JobList> parsed = api::parseBody<api::ClassifyV2JobList>(page);
        if (!parsed) {
            std::fprintf(stderr, "page did not parse: %s\n", qPrintable(parsed.error().toDisplayString()));
            return 1;
        }
        model.applyUpdates(parsed.value().items);
        QCoreApplication::processEvents();
        const qint64 pageNs = timer.nsecsElapsed();
        loadNs += pageNs;
        slowestPageNs = std::max(slowestPageNs, pageNs);
        ++pageCount;
    }
    std::printf("load: %d rows in %.0f ms (%d pages; per page: parse + upsert + repaint, mean %.2f ms, slowest %.2f ms)\n",
                model.rowCount(), loadNs / 1e6, pageCount, loadNs / 1e6 / pageCount, slowestPageNs / 1e6);

    // 2. Status + text filter on the proxy.
    // As the filter bar applies it: both setters, one pass.
    timer.restart();
    proxy.beginFilterUpdate();
    proxy.setStatusFilter(jobs::DisplayStatus::Succeeded);
    proxy.setSearchText(QStringLiteral("a7c3"));
    proxy.endFilterUpdate();
    const qint64 filterNs = timer.nsecsElapsed();
    const int afterFilter = proxy.rowCount();
    timer.restart();
    proxy.setSearchText(QStringLiteral("-0001"));
    const qint64 narrowNs = timer.nsecsElapsed();
    std::printf("filter: status Succeeded + text: %.1f ms (%d rows left); changing the text: %.1f ms (%d rows)\n",
                filterNs / 1e6, afterFilter, narrowNs / 1e6, proxy.rowCount());
    timer.restart();
    proxy.clearFilters();
    std::printf("clear filters: %.1f ms (%d rows)\n", timer.nsecsElapsed() / 1e6, proxy.rowCount());
    QCoreApplication::processEvents();

    // 3. A poll cycle's worth of updates: 1,000 running or queued jobs finish.
    QList<api::ClassifyV2Job> updates;
    for (int i = 0; updates.size() < 1000 && i < total; ++i) {
        const QString status = statusOf(i);
        if (status != "RUNNING"_L1 && status != "PENDING"_L1)
            continue;
        QJsonObject finished = jobJson(i, QStringLiteral("COMPLETED"));
        finished.insert("updated_at"_L1, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
        api::JsonReader reader(finished);
        updates.append(api::ClassifyV2Job::read(reader));
    }
    timer.restart();
    model.applyUpdates(updates);
    const qint64 updateNs = timer.nsecsElapsed();
    std::printf("update: %d rows in place: %.1f ms (sorted by created, proxy and view attached)\n", int(updates.size()),
                updateNs / 1e6);
    QCoreApplication::processEvents();

    std::printf("after: %s\n", memoryLine().constData());
    std::printf("RSS now %.1f MiB (targets: filter < 50 ms, update < 20 ms, total < 150 MiB)\n", docket::test::mib(docket::test::procStatusKiB("VmRSS")));
    return 0;
}
