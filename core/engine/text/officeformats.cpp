// SPDX-FileCopyrightText: 2026 The Docket authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/text/officeformats.h"

#include "engine/text/zipreader.h"

#include <QSet>
#include <QXmlStreamReader>

namespace docket::engine {

namespace {

const QString WordNs = QStringLiteral("http://schemas.openxmlformats.org/wordprocessingml/2006/main");
const QString TextNs = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:text:1.0");
const QString StyleNs = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:style:1.0");
const QString FoNs = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0");

// Collects text into pages; a break only opens a new page once the current one has content,
// so leading or doubled breaks do not make empty pages.
class PageBuilder
{
public:
    void append(QStringView text) { m_current += text; }
    void newLine()
    {
        if (!m_current.isEmpty() && !m_current.endsWith(u'\n'))
            m_current += u'\n';
    }
    void pageBreak()
    {
        if (!m_current.trimmed().isEmpty()) {
            m_pages << m_current.trimmed();
            m_current.clear();
        }
    }
    QStringList finish()
    {
        if (!m_current.trimmed().isEmpty() || m_pages.isEmpty())
            m_pages << m_current.trimmed();
        return m_pages;
    }

private:
    QStringList m_pages;
    QString m_current;
};

std::optional<QByteArray> member(const QByteArray &archive, const QString &name, const QString &kind, QString *error)
{
    const ZipReader zip(archive);
    if (!zip.isValid()) {
        *error = OfficeFormats::tr("The %1 file is damaged: %2").arg(kind, zip.error());
        return std::nullopt;
    }
    if (!zip.contains(name)) {
        *error = OfficeFormats::tr("The file is not a %1 document (it has no %2).").arg(kind, name);
        return std::nullopt;
    }
    QString zipError;
    auto bytes = zip.read(name, &zipError);
    if (!bytes)
        *error = OfficeFormats::tr("The %1 file is damaged: %2").arg(kind, zipError);
    return bytes;
}

QString xmlError(const QXmlStreamReader &xml, const QString &kind)
{
    return OfficeFormats::tr("The %1 file is damaged: its XML is not well-formed (line %2: %3).")
        .arg(kind)
        .arg(xml.lineNumber())
        .arg(xml.errorString());
}

} // namespace

std::optional<QStringList> OfficeFormats::docxPages(const QByteArray &archive, QString *error)
{
    const QString kind = QStringLiteral("DOCX");
    const auto bytes = member(archive, QStringLiteral("word/document.xml"), kind, error);
    if (!bytes)
        return std::nullopt;
    QXmlStreamReader xml(*bytes);
    PageBuilder pages;
    bool inText = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.namespaceUri() == WordNs) {
            const QStringView name = xml.name();
            if (name == u"t") {
                inText = true;
            } else if (name == u"tab") {
                pages.append(u"\t");
            } else if (name == u"br" || name == u"cr") {
                if (xml.attributes().value(WordNs, QStringLiteral("type")) == u"page")
                    pages.pageBreak();
                else
                    pages.newLine();
            } else if (name == u"lastRenderedPageBreak") {
                pages.pageBreak();
            } else if (name == u"tc") {
                pages.append(u" ");
            }
        } else if (xml.isEndElement() && xml.namespaceUri() == WordNs) {
            if (xml.name() == u"t")
                inText = false;
            else if (xml.name() == u"p")
                pages.newLine();
        } else if (xml.isCharacters() && inText) {
            pages.append(xml.text());
        }
    }
    if (xml.hasError()) {
        *error = xmlError(xml, kind);
        return std::nullopt;
    }
    return pages.finish();
}

std::optional<QStringList> OfficeFormats::odtPages(const QByteArray &archive, QString *error)
{
    const QString kind = QStringLiteral("ODT");
    const auto bytes = member(archive, QStringLiteral("content.xml"), kind, error);
    if (!bytes)
        return std::nullopt;
    QXmlStreamReader xml(*bytes);
    PageBuilder pages;
    QSet<QString> breakBefore;
    QSet<QString> breakAfter;
    QString styleName;
    QStringList openParagraphStyles; // a stack: paragraphs and headings can nest in frames
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const QStringView name = xml.name();
            const QXmlStreamAttributes attributes = xml.attributes();
            if (xml.namespaceUri() == StyleNs && name == u"style") {
                styleName = attributes.value(StyleNs, QStringLiteral("name")).toString();
            } else if (xml.namespaceUri() == StyleNs && name == u"paragraph-properties") {
                if (attributes.value(FoNs, QStringLiteral("break-before")) == u"page")
                    breakBefore.insert(styleName);
                if (attributes.value(FoNs, QStringLiteral("break-after")) == u"page")
                    breakAfter.insert(styleName);
            } else if (xml.namespaceUri() == TextNs) {
                if (name == u"p" || name == u"h") {
                    const QString style = attributes.value(TextNs, QStringLiteral("style-name")).toString();
                    if (breakBefore.contains(style))
                        pages.pageBreak();
                    openParagraphStyles << style;
                } else if (name == u"s") {
                    const int count = std::max(1, attributes.value(TextNs, QStringLiteral("c")).toInt());
                    pages.append(QString(std::min(count, 64), u' '));
                } else if (name == u"tab") {
                    pages.append(u"\t");
                } else if (name == u"line-break") {
                    pages.newLine();
                } else if (name == u"soft-page-break") {
                    pages.pageBreak();
                }
            }
        } else if (xml.isEndElement() && xml.namespaceUri() == TextNs && (xml.name() == u"p" || xml.name() == u"h")) {
            pages.newLine();
            if (!openParagraphStyles.isEmpty() && breakAfter.contains(openParagraphStyles.takeLast()))
                pages.pageBreak();
        } else if (xml.isCharacters() && !openParagraphStyles.isEmpty()) {
            pages.append(xml.text());
        }
    }
    if (xml.hasError()) {
        *error = xmlError(xml, kind);
        return std::nullopt;
    }
    return pages.finish();
}

} // namespace docket::engine
