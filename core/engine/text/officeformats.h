// SPDX-FileCopyrightText: 2026 The Docket authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QStringList>

#include <optional>

namespace docket::engine {

// Text of word-processor files, page by page where the file records pages: DOCX (explicit page
// breaks and Word's last rendered page breaks) and ODT (soft page breaks and paragraph styles that
// break before or after). Without such marks the document is one page. Used by Extractor.
class OfficeFormats
{
    Q_DECLARE_TR_FUNCTIONS(OfficeFormats)

public:
    static std::optional<QStringList> docxPages(const QByteArray &archive, QString *error);
    static std::optional<QStringList> odtPages(const QByteArray &archive, QString *error);
};

} // namespace docket::engine
