// SPDX-FileCopyrightText: 2026 The Docket authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/text/extractor.h"

#include "engine/text/ocr.h"
#include "engine/text/officeformats.h"
#include "engine/text/textformats.h"
#include "rules/pagerange.h"

#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>

#include <poppler-qt6.h>

#include <cmath>
#include <mutex>

namespace docket::engine {

namespace {

Q_LOGGING_CATEGORY(lcText, "docket.engine.text")

enum class Format { Unknown, Text, Markdown, Csv, Json, Xml, Html, Pdf, Docx, Odt, Image };

const QHash<QString, Format> &formatsBySuffix()
{
    static const QHash<QString, Format> bySuffix = {
        {QStringLiteral("txt"), Format::Text},       {QStringLiteral("text"), Format::Text},
        {QStringLiteral("log"), Format::Text},       {QStringLiteral("md"), Format::Markdown},
        {QStringLiteral("markdown"), Format::Markdown}, {QStringLiteral("csv"), Format::Csv},
        {QStringLiteral("tsv"), Format::Csv},        {QStringLiteral("json"), Format::Json},
        {QStringLiteral("xml"), Format::Xml},        {QStringLiteral("html"), Format::Html},
        {QStringLiteral("htm"), Format::Html},       {QStringLiteral("xhtml"), Format::Html},
        {QStringLiteral("pdf"), Format::Pdf},        {QStringLiteral("docx"), Format::Docx},
        {QStringLiteral("odt"), Format::Odt},        {QStringLiteral("png"), Format::Image},
        {QStringLiteral("jpg"), Format::Image},      {QStringLiteral("jpeg"), Format::Image},
        {QStringLiteral("tif"), Format::Image},      {QStringLiteral("tiff"), Format::Image},
    };
    return bySuffix;
}

Format formatFromExtension(const QString &fileName)
{
    return formatsBySuffix().value(QFileInfo(fileName).suffix().toLower(), Format::Unknown);
}

// The binary formats announce themselves in their first bytes.
Format formatFromContent(const QByteArray &head)
{
    if (head.startsWith("%PDF-"))
        return Format::Pdf;
    // Spelled with lengths: a literal with an embedded NUL would stop at it.
    if (head.startsWith("\x89PNG\r\n\x1a\n") || head.startsWith("\xFF\xD8\xFF")
        || head.startsWith(QByteArray("II*\0", 4)) || head.startsWith(QByteArray("MM\0*", 4)))
        return Format::Image;
    if (head.startsWith("PK\x03\x04"))
        return Format::Docx; // refined by the archive's members
    return Format::Unknown;
}

QString formatName(Format format)
{
    switch (format) {
    case Format::Text: return QStringLiteral("text");
    case Format::Markdown: return QStringLiteral("markdown");
    case Format::Csv: return QStringLiteral("csv");
    case Format::Json: return QStringLiteral("json");
    case Format::Xml: return QStringLiteral("xml");
    case Format::Html: return QStringLiteral("html");
    case Format::Pdf: return QStringLiteral("pdf");
    case Format::Docx: return QStringLiteral("docx");
    case Format::Odt: return QStringLiteral("odt");
    case Format::Image: return QStringLiteral("image");
    case Format::Unknown: break;
    }
    return QString();
}

void quietPoppler(const QString &message, const QVariant &)
{
    qCDebug(lcText) << "poppler:" << message;
}

ExtractResult failure(const QString &message)
{
    ExtractResult result;
    result.error = message;
    return result;
}

// Non-paged formats: the whole text is one page, or a page per form feed.
ExtractResult fromPageTexts(Format format, const QStringList &pageTexts, const PageSelection &selection)
{
    QString error;
    const auto selected = Extractor::selectPages(int(pageTexts.size()), selection, &error);
    if (!selected)
        return failure(error);
    ExtractedDocument document;
    document.format = formatName(format);
    document.totalPages = int(pageTexts.size());
    for (const int number : *selected)
        document.pages << ExtractedPage{number, pageTexts.at(number - 1)};
    ExtractResult result;
    result.document = document;
    return result;
}

QStringList splitOnFormFeeds(const QString &text)
{
    QStringList pages = text.split(u'\f');
    while (pages.size() > 1 && pages.last().trimmed().isEmpty())
        pages.removeLast();
    return pages;
}

ExtractResult readPdf(const ExtractRequest &request)
{
    static std::once_flag quiet;
    std::call_once(quiet, [] { Poppler::setDebugErrorFunction(quietPoppler, QVariant()); });

    std::unique_ptr<Poppler::Document> pdf = Poppler::Document::load(request.path);
    if (!pdf)
        return failure(Extractor::tr("The PDF is corrupt or not a PDF; it could not be opened."));
    if (pdf->isLocked())
        return failure(Extractor::tr("The PDF is password-protected; remove the password and upload it again."));
    const int total = pdf->numPages();
    if (total <= 0)
        return failure(Extractor::tr("The PDF has no pages (it is empty or corrupt)."));
    QString error;
    const auto selected = Extractor::selectPages(total, request.pages, &error);
    if (!selected)
        return failure(error);

    ExtractedDocument document;
    document.format = QStringLiteral("pdf");
    document.totalPages = total;
    QList<int> withoutText;
    QList<int> unreadable;
    std::unique_ptr<Ocr> ocr;
    for (const int number : *selected) {
        if (request.isCancelled && request.isCancelled())
            return failure(Extractor::tr("The extraction was cancelled."));
        std::unique_ptr<Poppler::Page> page(pdf->page(number - 1));
        if (!page) {
            unreadable << number;
            document.pages << ExtractedPage{number, QString()};
            continue;
        }
        QString text = page->text(QRectF()).trimmed();
        if (text.isEmpty() && request.multimodal) {
            if (!ocr) {
                ocr = std::make_unique<Ocr>(request.lang);
                if (!ocr->warning().isEmpty())
                    document.warnings << ocr->warning();
            }
            // 200 dpi reads small print well; giant pages are rendered coarser to stay in bounds.
            const QSizeF points = page->pageSizeF();
            double dpi = 200;
            const double pixels = points.width() / 72 * dpi * points.height() / 72 * dpi;
            if (pixels > double(Extractor::MaxImagePixels))
                dpi *= std::sqrt(double(Extractor::MaxImagePixels) / pixels);
            QString ocrError;
            const auto recognised = ocr->recognise(page->renderToImage(dpi, dpi), int(dpi), &ocrError);
            if (!recognised)
                return failure(Extractor::tr("Page %1 could not be read by OCR: %2").arg(number).arg(ocrError));
            text = *recognised;
        }
        if (text.isEmpty())
            withoutText << number;
        document.pages << ExtractedPage{number, text};
    }
    if (!unreadable.isEmpty())
        document.warnings
            << Extractor::tr("Pages %1 of the PDF could not be read.").arg(rules::formatPageRanges(unreadable));
    if (!withoutText.isEmpty()) {
        document.warnings << (request.multimodal
                                  ? Extractor::tr("No text was found on pages %1, even by OCR.")
                                  : Extractor::tr("Pages %1 have no text layer (scanned?); MULTIMODAL mode reads "
                                                  "them by OCR."))
                                 .arg(rules::formatPageRanges(withoutText));
    }
    ExtractResult result;
    result.document = document;
    return result;
}

} // namespace

std::optional<QList<int>> Extractor::selectPages(int totalPages, const PageSelection &selection, QString *error)
{
    if (totalPages <= 0) {
        *error = tr("The document has no pages.");
        return std::nullopt;
    }
    if (selection.maxPages && *selection.maxPages < 1) {
        *error = tr("The maximum number of pages must be at least 1 (it is %1).").arg(*selection.maxPages);
        return std::nullopt;
    }
    QList<int> pages;
    if (selection.pages.isEmpty()) {
        for (int p = 1; p <= totalPages; ++p)
            pages << p;
    } else {
        QList<int> requested = selection.pages;
        std::sort(requested.begin(), requested.end());
        requested.erase(std::unique(requested.begin(), requested.end()), requested.end());
        for (const int p : requested) {
            if (p >= 1 && p <= totalPages)
                pages << p;
        }
        if (pages.isEmpty()) {
            *error = totalPages == 1
                         ? tr("None of the requested pages (%1) is in the document, which has 1 page.")
                               .arg(rules::formatPageRanges(requested))
                         : tr("None of the requested pages (%1) is in the document, which has %2 pages.")
                               .arg(rules::formatPageRanges(requested))
                               .arg(totalPages);
            return std::nullopt;
        }
    }
    if (selection.maxPages && pages.size() > *selection.maxPages)
        pages.resize(*selection.maxPages);
    return pages;
}

bool Extractor::isSupported(const QString &fileName)
{
    return formatFromExtension(fileName) != Format::Unknown;
}

QStringList Extractor::supportedSuffixes()
{
    QStringList suffixes = formatsBySuffix().keys();
    suffixes.sort();
    return suffixes;
}

ExtractResult Extractor::extract(const ExtractRequest &request)
{
    const QString shownName = request.fileName.isEmpty() ? QFileInfo(request.path).fileName() : request.fileName;
    QFile file(request.path);
    if (!file.open(QIODevice::ReadOnly))
        return failure(tr("The file \"%1\" could not be read: %2").arg(shownName, file.errorString()));
    if (file.size() == 0)
        return failure(tr("The file \"%1\" is empty.").arg(shownName));
    if (file.size() > MaxFileBytes) {
        return failure(tr("The file \"%1\" is too large to read (%2 MiB; at most %3 MiB).")
                           .arg(shownName)
                           .arg(file.size() / (1024 * 1024))
                           .arg(MaxFileBytes / (1024 * 1024)));
    }
    Format format = formatFromExtension(shownName);
    const Format sniffed = formatFromContent(file.peek(8));
    auto isText = [](Format f) {
        return f == Format::Unknown || f == Format::Text || f == Format::Markdown || f == Format::Csv
               || f == Format::Json || f == Format::Xml || f == Format::Html;
    };
    if (isText(format) && sniffed != Format::Unknown)
        format = sniffed; // a PDF or an image behind a wrong name is still read for what it is
    if (format == Format::Unknown) {
        return failure(tr("The file type of \"%1\" is not supported (text, Markdown, CSV, JSON, XML, HTML, PDF, "
                          "DOCX, ODT, PNG, JPEG and TIFF are).")
                           .arg(shownName));
    }
    if (format == Format::Pdf) {
        file.close();
        return readPdf(request);
    }
    if (isText(format) && file.size() > MaxTextBytes) {
        return failure(tr("The text file \"%1\" is too large to read (%2 MiB; at most %3 MiB).")
                           .arg(shownName)
                           .arg(file.size() / (1024 * 1024))
                           .arg(MaxTextBytes / (1024 * 1024)));
    }
    // Images and DOCX/ODT are parsed from memory too, so they get a cap of their own.
    const qint64 readLimit = format == Format::Image ? MaxImageBytes : MaxOfficeBytes;
    if (!isText(format) && file.size() > readLimit) {
        return failure(tr("The file \"%1\" is too large to read (%2 MiB; at most %3 MiB for this type).")
                           .arg(shownName)
                           .arg(file.size() / (1024 * 1024))
                           .arg(readLimit / (1024 * 1024)));
    }
    const QByteArray bytes = file.readAll();
    if (bytes.size() != file.size())
        return failure(tr("The file \"%1\" could not be read completely: %2").arg(shownName, file.errorString()));
    file.close();

    QString error;
    std::optional<QString> text;
    switch (format) {
    case Format::Image:
        return Ocr::readImageFile(bytes, request);
    case Format::Docx:
    case Format::Odt: {
        // A zip with a wrong suffix is told apart by its members.
        if (format == Format::Docx && !shownName.endsWith(QStringLiteral(".docx"), Qt::CaseInsensitive)
            && bytes.contains("content.xml"))
            format = Format::Odt;
        const auto pages = format == Format::Docx ? OfficeFormats::docxPages(bytes, &error)
                                                  : OfficeFormats::odtPages(bytes, &error);
        if (!pages)
            return failure(error);
        return fromPageTexts(format, *pages, request.pages);
    }
    case Format::Html: text = TextFormats::htmlToText(bytes, &error); break;
    case Format::Xml: text = TextFormats::xmlToText(bytes, &error); break;
    case Format::Json: text = TextFormats::jsonToText(bytes, &error); break;
    case Format::Csv: text = TextFormats::csvToText(bytes, &error); break;
    case Format::Text:
    case Format::Markdown: text = TextFormats::decode(bytes, &error); break;
    case Format::Pdf:
    case Format::Unknown: break;
    }
    if (!text)
        return failure(error);
    return fromPageTexts(format, splitOnFormFeeds(*text), request.pages);
}

} // namespace docket::engine
