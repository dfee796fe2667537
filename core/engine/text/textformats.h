// SPDX-FileCopyrightText: 2026 The Docket authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

namespace docket::engine {

// Readers for the formats that are text underneath: decoding (BOM, UTF-16, UTF-8 with a Latin-1
// fallback) and flattening of HTML, XML, JSON and CSV into plain text for the classifier. Pure
// functions, safe on any thread. Used by Extractor and OfficeFormats.
class TextFormats
{
    Q_DECLARE_TR_FUNCTIONS(TextFormats)

public:
    // Bytes -> text: a BOM wins (UTF-8/16/32), then BOM-less UTF-16 by its zero bytes, then UTF-8,
    // then Latin-1 when the bytes are not valid UTF-8. Fails on binary data.
    static std::optional<QString> decode(const QByteArray &bytes, QString *error);
    // HTML: the <meta charset> is honoured; scripts, styles, comments and tags are dropped, block
    // elements become line breaks and character references are decoded.
    static std::optional<QString> htmlToText(const QByteArray &bytes, QString *error);
    // XML: the text nodes (and CDATA), one line per element that holds text.
    static std::optional<QString> xmlToText(const QByteArray &bytes, QString *error);
    // JSON: "key: value" lines for every scalar, keys with underscores spelled as words.
    static std::optional<QString> jsonToText(const QByteArray &bytes, QString *error);
    // CSV/TSV: the delimiter is sniffed from the first line; cells joined by spaces, one row a line.
    static std::optional<QString> csvToText(const QByteArray &bytes, QString *error);

    // "&amp;" -> "&", "&#233;" -> "é" ...; unknown references are left as they are.
    static QString decodeEntities(const QString &text);
};

} // namespace docket::engine
