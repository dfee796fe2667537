// SPDX-FileCopyrightText: 2026 The Docket authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/text/textformats.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStringDecoder>
#include <QXmlStreamReader>

namespace docket::engine {

namespace {

bool looksLikeUtf16WithoutBom(const QByteArray &bytes, bool *littleEndian)
{
    // ASCII-heavy UTF-16 has a zero in every other byte; real text never has that many zeros.
    const qsizetype n = std::min<qsizetype>(bytes.size(), 4096) & ~qsizetype(1);
    if (n < 4)
        return false;
    qsizetype evenZeros = 0;
    qsizetype oddZeros = 0;
    for (qsizetype i = 0; i < n; i += 2) {
        evenZeros += bytes.at(i) == '\0';
        oddZeros += bytes.at(i + 1) == '\0';
    }
    const qsizetype pairs = n / 2;
    if (oddZeros * 10 >= pairs * 4 && evenZeros * 10 < pairs) {
        *littleEndian = true;
        return true;
    }
    if (evenZeros * 10 >= pairs * 4 && oddZeros * 10 < pairs) {
        *littleEndian = false;
        return true;
    }
    return false;
}

// True when the text is mostly control characters: a binary file given a text name.
bool looksBinary(const QString &text)
{
    const qsizetype n = std::min<qsizetype>(text.size(), 8192);
    qsizetype controls = 0;
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = text.at(i).unicode();
        if ((c < 0x20 && c != u'\t' && c != u'\n' && c != u'\r' && c != u'\f') || c == 0xFFFD)
            ++controls;
    }
    return n > 0 && controls * 20 > n; // more than 5 %
}

std::optional<QString> decodeWith(QStringConverter::Encoding encoding, const QByteArray &bytes, qsizetype skip)
{
    QStringDecoder decoder(encoding, QStringConverter::Flag::Stateless);
    QString text = decoder.decode(QByteArrayView(bytes).sliced(skip));
    if (decoder.hasError())
        return std::nullopt;
    return text;
}

// Every scalar becomes "key: value"; an object or a list of objects is headed by its key once
// (a section's name is text too: "education", "line items").
void flattenJson(const QJsonValue &value, const QString &key, QStringList *lines, bool heading = true)
{
    QString label = key;
    label.replace(u'_', u' ');
    const QString prefix = label.isEmpty() ? QString() : label + QStringLiteral(": ");
    switch (value.type()) {
    case QJsonValue::Object: {
        if (heading && !label.isEmpty())
            lines->append(label);
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) // QJsonObject iterates keys sorted
            flattenJson(it.value(), it.key(), lines);
        break;
    }
    case QJsonValue::Array: {
        const QJsonArray array = value.toArray();
        const bool nested = !array.isEmpty() && (array.first().isObject() || array.first().isArray());
        if (heading && nested && !label.isEmpty())
            lines->append(label);
        for (const QJsonValue &item : array)
            flattenJson(item, key, lines, false);
        break;
    }
        break;
    case QJsonValue::String:
        lines->append(prefix + value.toString());
        break;
    case QJsonValue::Double:
        lines->append(prefix + QString::number(value.toDouble(), 'g', 15));
        break;
    case QJsonValue::Bool:
        lines->append(prefix + (value.toBool() ? QStringLiteral("true") : QStringLiteral("false")));
        break;
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        if (!label.isEmpty())
            lines->append(label);
        break;
    }
}

} // namespace

std::optional<QString> TextFormats::decode(const QByteArray &bytes, QString *error)
{
    std::optional<QString> text;
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        text = decodeWith(QStringConverter::Utf8, bytes, 3);
    } else if (bytes.startsWith(QByteArray("\xFF\xFE\0\0", 4))) {
        text = decodeWith(QStringConverter::Utf32LE, bytes, 4);
    } else if (bytes.startsWith(QByteArray("\0\0\xFE\xFF", 4))) {
        text = decodeWith(QStringConverter::Utf32BE, bytes, 4);
    } else if (bytes.startsWith("\xFF\xFE")) {
        text = decodeWith(QStringConverter::Utf16LE, bytes, 2);
    } else if (bytes.startsWith("\xFE\xFF")) {
        text = decodeWith(QStringConverter::Utf16BE, bytes, 2);
    } else if (bool little = false; looksLikeUtf16WithoutBom(bytes, &little)) {
        text = decodeWith(little ? QStringConverter::Utf16LE : QStringConverter::Utf16BE, bytes, 0);
    } else {
        text = decodeWith(QStringConverter::Utf8, bytes, 0);
        if (!text) // not UTF-8: the commonest legacy encoding of Western documents
            text = QString::fromLatin1(bytes);
    }
    if (!text) {
        *error = tr("The file's text encoding is damaged (its byte-order mark does not match its content).");
        return std::nullopt;
    }
    if (looksBinary(*text)) {
        *error = tr("The file is not text (it looks like binary data).");
        return std::nullopt;
    }
    text->replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    text->replace(u'\r', u'\n');
    return text;
}

QString TextFormats::decodeEntities(const QString &text)
{
    static const QHash<QString, QString> named = {
        {QStringLiteral("amp"), QStringLiteral("&")},     {QStringLiteral("lt"), QStringLiteral("<")},
        {QStringLiteral("gt"), QStringLiteral(">")},      {QStringLiteral("quot"), QStringLiteral("\"")},
        {QStringLiteral("apos"), QStringLiteral("'")},    {QStringLiteral("nbsp"), QStringLiteral(" ")},
        {QStringLiteral("euro"), QStringLiteral("€")},    {QStringLiteral("pound"), QStringLiteral("£")},
        {QStringLiteral("copy"), QStringLiteral("©")},    {QStringLiteral("reg"), QStringLiteral("®")},
        {QStringLiteral("ndash"), QStringLiteral("–")},   {QStringLiteral("mdash"), QStringLiteral("—")},
        {QStringLiteral("hellip"), QStringLiteral("…")},  {QStringLiteral("eacute"), QStringLiteral("é")},
        {QStringLiteral("egrave"), QStringLiteral("è")},  {QStringLiteral("agrave"), QStringLiteral("à")},
        {QStringLiteral("auml"), QStringLiteral("ä")},    {QStringLiteral("ouml"), QStringLiteral("ö")},
        {QStringLiteral("uuml"), QStringLiteral("ü")},    {QStringLiteral("szlig"), QStringLiteral("ß")},
        {QStringLiteral("ccedil"), QStringLiteral("ç")},  {QStringLiteral("ntilde"), QStringLiteral("ñ")},
        {QStringLiteral("rsquo"), QStringLiteral("’")},   {QStringLiteral("lsquo"), QStringLiteral("‘")},
        {QStringLiteral("rdquo"), QStringLiteral("”")},   {QStringLiteral("ldquo"), QStringLiteral("“")},
    };
    static const QRegularExpression reference(QStringLiteral("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});"));
    QString out;
    out.reserve(text.size());
    qsizetype last = 0;
    auto it = reference.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        out += QStringView(text).mid(last, m.capturedStart() - last);
        const QString body = m.captured(1);
        QString replacement = m.captured(0);
        if (body.startsWith(u'#')) {
            bool ok = false;
            const bool hex = body.size() > 1 && (body.at(1) == u'x' || body.at(1) == u'X');
            const uint code = hex ? body.mid(2).toUInt(&ok, 16) : body.mid(1).toUInt(&ok, 10);
            if (ok && code > 0 && code <= 0x10FFFF && (code < 0xD800 || code > 0xDFFF)) {
                const char32_t c = code;
                replacement = QString::fromUcs4(&c, 1);
            }
        } else if (const auto found = named.constFind(body); found != named.constEnd()) {
            replacement = *found;
        }
        out += replacement;
        last = m.capturedEnd();
    }
    out += QStringView(text).mid(last);
    return out;
}

std::optional<QString> TextFormats::htmlToText(const QByteArray &bytes, QString *error)
{
    QString html;
    QStringDecoder byHtml = QStringDecoder::decoderForHtml(bytes);
    if (byHtml.isValid() && !bytes.startsWith("\xEF\xBB\xBF") && qstrcmp(byHtml.name(), "UTF-8") != 0) {
        html = byHtml.decode(bytes);
    } else {
        const auto decoded = decode(bytes, error);
        if (!decoded)
            return std::nullopt;
        html = *decoded;
    }
    static const QRegularExpression hidden(
        QStringLiteral("<!--.*?-->|<(script|style|noscript|template)\\b[^>]*>.*?</\\1\\s*>"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression block(
        QStringLiteral("<\\s*/?\\s*(p|div|br|hr|li|ul|ol|tr|table|h[1-6]|section|article|header|footer|"
                       "blockquote|pre|dt|dd|address|title)\\b[^>]*>"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression cell(QStringLiteral("<\\s*/?\\s*(td|th)\\b[^>]*>"),
                                         QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression tag(QStringLiteral("<[^>]*>"));
    static const QRegularExpression spaces(QStringLiteral("[ \\t\\x{00A0}]+"));
    static const QRegularExpression blankLines(QStringLiteral("\\n\\s*\\n+"));
    html.remove(hidden);
    html.replace(block, QStringLiteral("\n"));
    html.replace(cell, QStringLiteral(" "));
    html.remove(tag);
    html.replace(u'\r', u'\n');
    QString text = decodeEntities(html);
    text.replace(spaces, QStringLiteral(" "));
    text.replace(blankLines, QStringLiteral("\n\n"));
    return text.trimmed();
}

std::optional<QString> TextFormats::xmlToText(const QByteArray &bytes, QString *error)
{
    QXmlStreamReader xml(bytes);
    QString text;
    QString current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isCharacters() && !xml.isWhitespace()) {
            current += xml.text();
        } else if (xml.isStartElement() || xml.isEndElement()) {
            if (!current.trimmed().isEmpty())
                text += current.trimmed() + u'\n';
            current.clear();
        }
    }
    if (xml.hasError()) {
        *error = tr("The XML is not well-formed (line %1, column %2: %3).")
                     .arg(xml.lineNumber())
                     .arg(xml.columnNumber())
                     .arg(xml.errorString());
        return std::nullopt;
    }
    if (!current.trimmed().isEmpty())
        text += current.trimmed();
    return text.trimmed();
}

std::optional<QString> TextFormats::jsonToText(const QByteArray &bytes, QString *error)
{
    const auto decoded = decode(bytes, error);
    if (!decoded)
        return std::nullopt;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(decoded->toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = tr("The JSON is invalid at offset %1: %2.").arg(parseError.offset).arg(parseError.errorString());
        return std::nullopt;
    }
    QStringList lines;
    flattenJson(doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object()), QString(), &lines);
    return lines.join(u'\n');
}

std::optional<QString> TextFormats::csvToText(const QByteArray &bytes, QString *error)
{
    const auto decoded = decode(bytes, error);
    if (!decoded)
        return std::nullopt;
    const QString &csv = *decoded;
    const QStringView firstLine = QStringView(csv).left(csv.indexOf(u'\n'));
    QChar delimiter = u',';
    qsizetype best = firstLine.count(u',');
    for (const QChar candidate : {QChar(u';'), QChar(u'\t'), QChar(u'|')}) {
        if (firstLine.count(candidate) > best) {
            best = firstLine.count(candidate);
            delimiter = candidate;
        }
    }
    QStringList rows;
    QStringList cells;
    QString cellText;
    bool quoted = false;
    auto endCell = [&] {
        cells << cellText.trimmed();
        cellText.clear();
    };
    auto endRow = [&] {
        endCell();
        cells.removeAll(QString());
        if (!cells.isEmpty())
            rows << cells.join(u' ');
        cells.clear();
    };
    for (qsizetype i = 0; i < csv.size(); ++i) {
        const QChar c = csv.at(i);
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < csv.size() && csv.at(i + 1) == u'"') {
                    cellText += u'"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                cellText += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == delimiter) {
            endCell();
        } else if (c == u'\n') {
            endRow();
        } else {
            cellText += c;
        }
    }
    endRow();
    return rows.join(u'\n');
}

} // namespace docket::engine
