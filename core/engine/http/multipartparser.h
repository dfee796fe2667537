// SPDX-FileCopyrightText: 2026 The Docket authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

#include <optional>

namespace docket::engine {

// One part of a multipart/form-data body. data views into the parsed body (no copy), so the
// body must outlive the part.
struct MultipartPart
{
    QString name;
    std::optional<QString> fileName; // set when the part is a file (filename= given, even empty)
    QByteArray contentType;
    QByteArrayView data;
};

struct MultipartParse
{
    QList<MultipartPart> parts;
    QString error; // empty on success
    bool ok() const { return error.isEmpty(); }
    const MultipartPart *part(const QString &name) const;
};

// A pure multipart/form-data (RFC 7578) reader for the engine's upload endpoint: boundary from
// the Content-Type, parts with their Content-Disposition name and filename. Malformed input
// gives an error naming the problem, never a crash or a partial success.
class MultipartParser
{
public:
    // The boundary parameter of a multipart/form-data Content-Type, or an error.
    static QByteArray boundary(const QByteArray &contentType, QString *error);
    static MultipartParse parse(const QByteArray &body, const QByteArray &boundary);
};

} // namespace docket::engine
