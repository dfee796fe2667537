// SPDX-FileCopyrightText: 2026 The Docket authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace docket::rules {

// The outcome of parsing a page-range text: sorted unique 1-based pages, or an error message.
struct PageRangeParse
{
    QList<int> pages;
    QString error;
    bool ok() const { return error.isEmpty(); }
};

// Page ranges as people write them, shared by the client forms (v1 target pages, v2 target_pages)
// and the local engine. Pure functions, no state.
class PageRanges
{
    Q_DECLARE_TR_FUNCTIONS(PageRanges)

public:
    static PageRangeParse parse(const QString &text, int maxExpanded);
};

// Parses pages the way people count them, 1-based: "1,3,5-7" -> {1,3,5,6,7} (sorted, unique).
// Whitespace tolerated; errors for 0, negatives, reversed ranges ("7-5"), garbage, empty items,
// and more than maxExpanded expanded pages (a guard against "1-999999999").
PageRangeParse parsePageRanges(const QString &text, int maxExpanded = 10000);
// {1,3,5,6,7} -> "1,3,5-7" (the v2 wire format). Input need not be sorted; duplicates and
// non-positive pages are dropped.
QString formatPageRanges(const QList<int> &pages1Based);
// v1 sends a 0-indexed list of pages.
QList<qint64> toZeroIndexed(const QList<int> &pages1Based);
// v1 wire -> 1-based; negative entries and entries beyond int range are dropped, output sorted unique.
QList<int> fromZeroIndexed(const QList<qint64> &pages0Based);

} // namespace docket::rules
