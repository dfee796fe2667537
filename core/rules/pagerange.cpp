// SPDX-FileCopyrightText: 2026 The Docket authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "rules/pagerange.h"

#include <algorithm>
#include <limits>
#include <set>

namespace docket::rules {

namespace {

// A page number: digits only (a leading '-' or '+' is rejected by the caller's message).
std::optional<qint64> parseNumber(const QString &text)
{
    if (text.isEmpty() || text.size() > 12)
        return std::nullopt;
    for (const QChar c : text) {
        if (c < u'0' || c > u'9')
            return std::nullopt;
    }
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    return ok ? std::optional<qint64>(value) : std::nullopt;
}

} // namespace

PageRangeParse PageRanges::parse(const QString &text, int maxExpanded)
{
    PageRangeParse result;
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        result.error = tr("Enter at least one page, e.g. \"1,3,5-7\".");
        return result;
    }
    std::set<int> pages;
    const QStringList items = trimmed.split(u',');
    for (const QString &rawItem : items) {
        const QString item = rawItem.trimmed();
        if (item.isEmpty()) {
            result.error = tr("Empty item in the page list \"%1\" (check the commas).").arg(trimmed);
            return result;
        }
        // A leading '-' is a negative number, not a range.
        if (item.startsWith(u'-')) {
            result.error = tr("\"%1\" is not a page: pages are counted from 1.").arg(item);
            return result;
        }
        const qsizetype dash = item.indexOf(u'-');
        const QString firstText = (dash < 0 ? item : item.left(dash)).trimmed();
        const QString lastText = (dash < 0 ? item : item.mid(dash + 1)).trimmed();
        const auto first = parseNumber(firstText);
        const auto last = parseNumber(lastText);
        if (!first || !last) {
            result.error = tr("\"%1\" is not a page or a range of pages (use e.g. 5 or 5-7).").arg(item);
            return result;
        }
        if (*first == 0 || *last == 0) {
            result.error = tr("\"%1\": pages are counted from 1, there is no page 0.").arg(item);
            return result;
        }
        if (*last < *first) {
            result.error = tr("\"%1\": the range is reversed (write %2-%3).").arg(item).arg(*last).arg(*first);
            return result;
        }
        if (*last - *first + 1 > maxExpanded || *last > std::numeric_limits<int>::max()) {
            result.error = tr("\"%1\" covers too many pages (at most %2).").arg(item).arg(maxExpanded);
            return result;
        }
        for (qint64 p = *first; p <= *last; ++p) {
            pages.insert(int(p));
            if (int(pages.size()) > maxExpanded) {
                result.error = tr("The page list covers too many pages (at most %1).").arg(maxExpanded);
                return result;
            }
        }
    }
    result.pages = QList<int>(pages.begin(), pages.end());
    return result;
}

PageRangeParse parsePageRanges(const QString &text, int maxExpanded)
{
    return PageRanges::parse(text, maxExpanded);
}

QString formatPageRanges(const QList<int> &pages1Based)
{
    std::set<int> unique;
    for (const int p : pages1Based) {
        if (p > 0)
            unique.insert(p);
    }
    QStringList parts;
    auto it = unique.begin();
    while (it != unique.end()) {
        const int start = *it;
        int end = start;
        ++it;
        while (it != unique.end() && *it == end + 1) {
            end = *it;
            ++it;
        }
        parts << (start == end ? QString::number(start) : QString::number(start) + u'-' + QString::number(end));
    }
    return parts.join(u',');
}

QList<qint64> toZeroIndexed(const QList<int> &pages1Based)
{
    std::set<qint64> unique;
    for (const int p : pages1Based) {
        if (p > 0)
            unique.insert(qint64(p) - 1);
    }
    return QList<qint64>(unique.begin(), unique.end());
}

QList<int> fromZeroIndexed(const QList<qint64> &pages0Based)
{
    std::set<int> unique;
    for (const qint64 p : pages0Based) {
        if (p >= 0 && p < std::numeric_limits<int>::max())
            unique.insert(int(p + 1));
    }
    return QList<int>(unique.begin(), unique.end());
}

} // namespace docket::rules
