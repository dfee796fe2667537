// SPDX-FileCopyrightText: 2026 The Docket authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

namespace docket::engine {

// Reads single members out of a ZIP archive held in memory (DOCX and ODT are ZIPs). Only what
// those formats use: stored and deflated members, no ZIP64, no encryption. Every member is
// capped in size so that a small archive cannot expand into gigabytes. Used by OfficeFormats.
class ZipReader
{
    Q_DECLARE_TR_FUNCTIONS(ZipReader)

public:
    static constexpr qint64 MaxMemberBytes = 64ll * 1024 * 1024;

    explicit ZipReader(const QByteArray &archive);

    // False, with error(), when the archive's directory is missing or damaged.
    bool isValid() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }
    bool contains(const QString &name) const;
    // The member's bytes, or nullopt with *error set (missing, corrupt, too large, encrypted).
    std::optional<QByteArray> read(const QString &name, QString *error) const;

private:
    struct Entry
    {
        QString name;
        quint16 flags = 0;
        quint16 method = 0;
        quint32 crc = 0;
        quint32 compressedSize = 0;
        quint32 uncompressedSize = 0;
        quint32 localHeaderOffset = 0;
    };
    const Entry *find(const QString &name) const;

    QByteArray m_archive;
    QList<Entry> m_entries;
    QString m_error;
};

} // namespace docket::engine
