// SPDX-FileCopyrightText: 2026 The Docket authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/http/multipartparser.h"

#include <QUrl>

using namespace Qt::Literals::StringLiterals;

namespace docket::engine {

namespace {

constexpr int MaxParts = 64;
constexpr int MaxHeaderBytes = 16 * 1024;

// Splits `a=b; c="d; e"` style parameters, honouring quotes and backslash escapes.
QList<std::pair<QByteArray, QByteArray>> parameters(QByteArrayView text, QByteArray *head)
{
    QList<std::pair<QByteArray, QByteArray>> out;
    qsizetype i = 0;
    auto skipSpace = [&] {
        while (i < text.size() && (text[i] == ' ' || text[i] == '\t'))
            ++i;
    };
    const qsizetype firstSemicolon = text.indexOf(';');
    *head = text.first(firstSemicolon < 0 ? text.size() : firstSemicolon).trimmed().toByteArray().toLower();
    if (firstSemicolon < 0)
        return out;
    i = firstSemicolon + 1;
    while (i < text.size()) {
        skipSpace();
        const qsizetype nameStart = i;
        while (i < text.size() && text[i] != '=' && text[i] != ';')
            ++i;
        const QByteArray key = text.sliced(nameStart, i - nameStart).trimmed().toByteArray().toLower();
        QByteArray value;
        if (i < text.size() && text[i] == '=') {
            ++i;
            skipSpace();
            if (i < text.size() && text[i] == '"') {
                ++i;
                while (i < text.size() && text[i] != '"') {
                    if (text[i] == '\\' && i + 1 < text.size())
                        ++i;
                    value += text[i];
                    ++i;
                }
                if (i < text.size())
                    ++i; // closing quote
                while (i < text.size() && text[i] != ';')
                    ++i;
            } else {
                const qsizetype valueStart = i;
                while (i < text.size() && text[i] != ';')
                    ++i;
                value = text.sliced(valueStart, i - valueStart).trimmed().toByteArray();
            }
        }
        if (i < text.size() && text[i] == ';')
            ++i;
        if (!key.isEmpty())
            out.append({key, value});
    }
    return out;
}

} // namespace

const MultipartPart *MultipartParse::part(const QString &name) const
{
    for (const MultipartPart &p : parts) {
        if (p.name == name)
            return &p;
    }
    return nullptr;
}

QByteArray MultipartParser::boundary(const QByteArray &contentType, QString *error)
{
    QByteArray head;
    const auto params = parameters(contentType, &head);
    if (head != "multipart/form-data") {
        *error = QStringLiteral("Expected a multipart/form-data body, got Content-Type '%1'")
                     .arg(QString::fromLatin1(contentType.left(100)));
        return {};
    }
    for (const auto &[key, value] : params) {
        if (key == "boundary") {
            if (value.isEmpty() || value.size() > 70) {
                *error = QStringLiteral("The multipart boundary must have 1 to 70 characters");
                return {};
            }
            return value;
        }
    }
    *error = QStringLiteral("The multipart/form-data Content-Type has no boundary");
    return {};
}

MultipartParse MultipartParser::parse(const QByteArray &body, const QByteArray &boundary)
{
    MultipartParse result;
    if (boundary.isEmpty()) {
        result.error = QStringLiteral("No multipart boundary");
        return result;
    }
    const QByteArray delimiter = "--" + boundary;
    const QByteArray innerDelimiter = "\r\n" + delimiter;

    // The first delimiter opens the body or follows a preamble line.
    qsizetype pos = 0;
    if (!body.startsWith(delimiter)) {
        const qsizetype found = body.indexOf(innerDelimiter);
        if (found < 0) {
            result.error = QStringLiteral("The body does not contain the multipart boundary");
            return result;
        }
        pos = found + 2;
    }
    while (true) {
        pos += delimiter.size();
        if (body.size() - pos >= 2 && body.at(pos) == '-' && body.at(pos + 1) == '-')
            return result; // close delimiter; any epilogue is ignored
        while (pos < body.size() && (body.at(pos) == ' ' || body.at(pos) == '\t'))
            ++pos;
        if (body.size() - pos < 2 || body.at(pos) != '\r' || body.at(pos + 1) != '\n') {
            result.error = QStringLiteral("A multipart boundary is not followed by a line break");
            return result;
        }
        pos += 2;
        const qsizetype headerEnd = body.indexOf("\r\n\r\n", pos - 2);
        if (headerEnd < 0 || headerEnd - pos > MaxHeaderBytes) {
            result.error = QStringLiteral("A multipart part has no end of headers");
            return result;
        }
        MultipartPart part;
        bool disposition = false;
        const QByteArrayView headerBlock(body.constData() + pos, std::max<qsizetype>(0, headerEnd - pos));
        qsizetype lineStart = 0;
        while (lineStart < headerBlock.size()) {
            qsizetype lineEnd = headerBlock.indexOf("\r\n", lineStart);
            if (lineEnd < 0)
                lineEnd = headerBlock.size();
            const QByteArrayView line = headerBlock.sliced(lineStart, lineEnd - lineStart);
            lineStart = lineEnd + 2;
            if (line.isEmpty())
                continue;
            const qsizetype colon = line.indexOf(':');
            if (colon <= 0) {
                result.error = QStringLiteral("A multipart part has a malformed header line");
                return result;
            }
            const QByteArray name = line.first(colon).trimmed().toByteArray().toLower();
            const QByteArrayView value = line.sliced(colon + 1);
            if (name == "content-disposition") {
                QByteArray head;
                const auto params = parameters(value, &head);
                if (head != "form-data") {
                    result.error = QStringLiteral("A multipart part is not form-data");
                    return result;
                }
                disposition = true;
                for (const auto &[key, v] : params) {
                    if (key == "name")
                        part.name = QString::fromUtf8(v);
                    else if (key == "filename" && !part.fileName)
                        part.fileName = QString::fromUtf8(v);
                    else if (key == "filename*") {
                        // RFC 5987: charset'language'percent-encoded
                        const qsizetype quote = v.lastIndexOf('\'');
                        part.fileName = QString::fromUtf8(QByteArray::fromPercentEncoding(v.mid(quote + 1)));
                    }
                }
            } else if (name == "content-type") {
                part.contentType = value.trimmed().toByteArray();
            }
        }
        if (!disposition || part.name.isEmpty()) {
            result.error = QStringLiteral("A multipart part has no Content-Disposition name");
            return result;
        }
        const qsizetype dataStart = headerEnd + 4;
        const qsizetype next = body.indexOf(innerDelimiter, dataStart);
        if (next < 0) {
            result.error = QStringLiteral("The multipart body ends before its closing boundary");
            return result;
        }
        part.data = QByteArrayView(body.constData() + dataStart, next - dataStart);
        result.parts.append(part);
        if (result.parts.size() > MaxParts) {
            result.error = QStringLiteral("Too many multipart parts (at most %1)").arg(MaxParts);
            return result;
        }
        pos = next + 2;
    }
}

} // namespace docket::engine
