// SPDX-FileCopyrightText: 2026 The Docket authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/text/extractor.h"

#include <QCoreApplication>
#include <QImage>
#include <QString>

#include <memory>

namespace tesseract {
class TessBaseAPI;
}

namespace docket::engine {

// One Tesseract instance for one document: Tesseract is not safe to share between threads, so
// each extraction makes its own and drops it when done. Reads image files (PNG, JPEG, TIFF with
// all its pages, decoded by Leptonica) and page images rendered from PDFs. Used by Extractor.
class Ocr
{
    Q_DECLARE_TR_FUNCTIONS(Ocr)

public:
    // lang is the job's language (ISO 639-1 or a Tesseract code); when its trained data is not
    // installed, English is used and warning() says so.
    explicit Ocr(const QString &lang);
    ~Ocr();
    Ocr(const Ocr &) = delete;
    Ocr &operator=(const Ocr &) = delete;

    bool isReady() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }
    QString warning() const { return m_warning; }
    QString language() const { return m_language; }

    std::optional<QString> recognise(const QImage &image, int dotsPerInch, QString *error);

    // The pages of an image file, OCRed for the selected pages only.
    static ExtractResult readImageFile(const QByteArray &bytes, const ExtractRequest &request);

    // Where Debian (or TESSDATA_PREFIX) keeps the trained data; empty when none is found.
    static QString tessdataDirectory();
    // "de" -> "deu", "en" -> "eng", "zh" -> "chi_sim"...; codes Tesseract knows pass through.
    static QString tesseractLanguage(const QString &lang);

private:
    std::unique_ptr<tesseract::TessBaseAPI> m_api;
    QString m_language;
    QString m_error;
    QString m_warning;
};

} // namespace docket::engine
