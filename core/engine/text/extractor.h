// SPDX-FileCopyrightText: 2026 The Docket authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace docket::engine {

// Which pages to read. Pages are 1-based here; the HTTP layer converts v1's 0-indexed list.
struct PageSelection
{
    std::optional<int> maxPages;
    QList<int> pages; // empty = all
};

struct ExtractRequest
{
    QString path;                         // the stored file on disk
    QString fileName;                     // original name, for format detection by extension
    QString lang = QStringLiteral("en");  // job language (ParserLanguages code / ISO 639-1)
    bool multimodal = false;              // v1 MULTIMODAL: OCR image-only PDF pages too
    PageSelection pages;
    // Asked between pages (OCR can take seconds a page); when it returns true the extraction
    // stops with an error. Optional; must be safe to call from the worker thread.
    std::function<bool()> isCancelled;
};

struct ExtractedPage
{
    int number = 0; // 1-based page number in the document
    QString text;
};

struct ExtractedDocument
{
    QString format; // "pdf", "docx", "odt", "text", "markdown", "csv", "json", "xml", "html", "image"
    QList<ExtractedPage> pages;
    int totalPages = 0;
    // Things the reader had to do without (no text layer on a page, OCR language unavailable...):
    // not errors, but worth telling the user in the job's details.
    QStringList warnings;
};

struct ExtractResult
{
    std::optional<ExtractedDocument> document;
    QString error; // clear message when !document
};

// Turns one stored file into page texts for the classifier. Owns format detection, the page
// selection and the size guards; the readers themselves live beside it (textformats, officeformats,
// ocr). Used by the engine's job workers, several at once.
class Extractor
{
    Q_DECLARE_TR_FUNCTIONS(Extractor)

public:
    // Thread-safe; called from worker threads. Never throws or crashes on corrupt input.
    static ExtractResult extract(const ExtractRequest &request);
    static bool isSupported(const QString &fileName);
    // Lower-case suffixes without the dot, sorted: for messages and file dialogs.
    static QStringList supportedSuffixes();

    // The guards, public so tests and the HTTP layer can state them.
    static constexpr qint64 MaxFileBytes = 256ll * 1024 * 1024;
    static constexpr qint64 MaxImagePixels = 60ll * 1000 * 1000;        // per page
    static constexpr qint64 MaxTotalImagePixels = 1000ll * 1000 * 1000; // all selected pages of one image
    // Bytes read into memory for an image or a DOCX/ODT (both are parsed from memory).
    static constexpr qint64 MaxImageBytes = 128ll * 1024 * 1024;
    static constexpr qint64 MaxOfficeBytes = 128ll * 1024 * 1024;
    static constexpr qint64 MaxTextBytes = 64ll * 1024 * 1024; // text, Markdown, CSV, JSON, XML, HTML

    // The 1-based pages to read out of totalPages, or an error saying why none remains.
    static std::optional<QList<int>> selectPages(int totalPages, const PageSelection &selection, QString *error);
};

} // namespace docket::engine
