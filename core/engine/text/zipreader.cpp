// SPDX-FileCopyrightText: 2026 The Docket authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/text/zipreader.h"

#include <zlib.h>

namespace docket::engine {

namespace {

constexpr quint32 EndOfDirectorySignature = 0x06054b50;
constexpr quint32 DirectoryEntrySignature = 0x02014b50;
constexpr quint32 LocalHeaderSignature = 0x04034b50;
constexpr int EndOfDirectorySize = 22;
constexpr int DirectoryEntrySize = 46;
constexpr int LocalHeaderSize = 30;

quint16 le16(const QByteArray &data, qint64 at)
{
    const auto *p = reinterpret_cast<const uchar *>(data.constData() + at);
    return quint16(p[0] | (p[1] << 8));
}

quint32 le32(const QByteArray &data, qint64 at)
{
    const auto *p = reinterpret_cast<const uchar *>(data.constData() + at);
    return quint32(p[0]) | (quint32(p[1]) << 8) | (quint32(p[2]) << 16) | (quint32(p[3]) << 24);
}

} // namespace

ZipReader::ZipReader(const QByteArray &archive)
    : m_archive(archive)
{
    const qint64 size = m_archive.size();
    // The end-of-directory record sits in the last 22 bytes plus an optional comment of up to 64 KiB.
    qint64 eocd = -1;
    for (qint64 at = size - EndOfDirectorySize; at >= 0 && at >= size - EndOfDirectorySize - 0xFFFF; --at) {
        if (le32(m_archive, at) == EndOfDirectorySignature) {
            eocd = at;
            break;
        }
    }
    if (eocd < 0) {
        m_error = tr("The file is not a valid ZIP archive (it is truncated or corrupt).");
        return;
    }
    const quint16 count = le16(m_archive, eocd + 10);
    const quint32 directorySize = le32(m_archive, eocd + 12);
    const quint32 directoryOffset = le32(m_archive, eocd + 16);
    if (directoryOffset == 0xFFFFFFFFu || count == 0xFFFF) {
        m_error = tr("ZIP64 archives are not supported.");
        return;
    }
    if (qint64(directoryOffset) + directorySize > eocd) {
        m_error = tr("The ZIP archive's directory is damaged (the file is truncated or corrupt).");
        return;
    }
    qint64 at = directoryOffset;
    for (int i = 0; i < count; ++i) {
        if (at + DirectoryEntrySize > eocd || le32(m_archive, at) != DirectoryEntrySignature) {
            m_error = tr("The ZIP archive's directory is damaged (entry %1 of %2).").arg(i + 1).arg(count);
            m_entries.clear();
            return;
        }
        Entry e;
        e.flags = le16(m_archive, at + 8);
        e.method = le16(m_archive, at + 10);
        e.crc = le32(m_archive, at + 16);
        e.compressedSize = le32(m_archive, at + 20);
        e.uncompressedSize = le32(m_archive, at + 24);
        const quint16 nameLength = le16(m_archive, at + 28);
        const quint16 extraLength = le16(m_archive, at + 30);
        const quint16 commentLength = le16(m_archive, at + 32);
        e.localHeaderOffset = le32(m_archive, at + 42);
        if (at + DirectoryEntrySize + nameLength > eocd) {
            m_error = tr("The ZIP archive's directory is damaged (entry %1 of %2).").arg(i + 1).arg(count);
            m_entries.clear();
            return;
        }
        e.name = QString::fromUtf8(m_archive.constData() + at + DirectoryEntrySize, nameLength);
        m_entries.append(e);
        at += DirectoryEntrySize + nameLength + extraLength + commentLength;
    }
}

const ZipReader::Entry *ZipReader::find(const QString &name) const
{
    for (const Entry &e : m_entries) {
        if (e.name == name)
            return &e;
    }
    return nullptr;
}

bool ZipReader::contains(const QString &name) const
{
    return find(name) != nullptr;
}

std::optional<QByteArray> ZipReader::read(const QString &name, QString *error) const
{
    const Entry *e = find(name);
    if (!e) {
        *error = tr("The archive has no member \"%1\".").arg(name);
        return std::nullopt;
    }
    if (e->flags & 0x1) {
        *error = tr("The archive is encrypted.");
        return std::nullopt;
    }
    const qint64 header = e->localHeaderOffset;
    if (header + LocalHeaderSize > m_archive.size() || le32(m_archive, header) != LocalHeaderSignature) {
        *error = tr("The archive member \"%1\" is damaged.").arg(name);
        return std::nullopt;
    }
    const qint64 dataStart = header + LocalHeaderSize + le16(m_archive, header + 26) + le16(m_archive, header + 28);
    if (dataStart + qint64(e->compressedSize) > m_archive.size()) {
        *error = tr("The archive member \"%1\" is truncated.").arg(name);
        return std::nullopt;
    }
    if (qint64(e->uncompressedSize) > MaxMemberBytes) {
        *error = tr("The archive member \"%1\" expands to more than %2 MiB.")
                     .arg(name)
                     .arg(MaxMemberBytes / (1024 * 1024));
        return std::nullopt;
    }
    const QByteArray compressed = m_archive.mid(dataStart, e->compressedSize);
    QByteArray out;
    if (e->method == 0) {
        out = compressed;
    } else if (e->method == 8) {
        z_stream stream{};
        if (inflateInit2(&stream, -MAX_WBITS) != Z_OK) {
            *error = tr("Could not start decompressing \"%1\".").arg(name);
            return std::nullopt;
        }
        stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(compressed.constData()));
        stream.avail_in = uInt(compressed.size());
        char buffer[64 * 1024];
        int status = Z_OK;
        // The declared size may lie: the cap is enforced on what actually comes out.
        while (status == Z_OK) {
            stream.next_out = reinterpret_cast<Bytef *>(buffer);
            stream.avail_out = sizeof buffer;
            status = inflate(&stream, Z_NO_FLUSH);
            if (status != Z_OK && status != Z_STREAM_END)
                break;
            out.append(buffer, qsizetype(sizeof buffer - stream.avail_out));
            if (out.size() > MaxMemberBytes) {
                inflateEnd(&stream);
                *error = tr("The archive member \"%1\" expands to more than %2 MiB.")
                             .arg(name)
                             .arg(MaxMemberBytes / (1024 * 1024));
                return std::nullopt;
            }
            if (status == Z_OK && stream.avail_in == 0 && stream.avail_out != 0)
                break; // input exhausted without the end marker
        }
        inflateEnd(&stream);
        if (status != Z_STREAM_END) {
            *error = tr("The archive member \"%1\" is corrupt (it does not decompress).").arg(name);
            return std::nullopt;
        }
    } else {
        *error = tr("The archive member \"%1\" uses an unsupported compression method (%2).").arg(name).arg(e->method);
        return std::nullopt;
    }
    const uLong crc = crc32(crc32(0L, Z_NULL, 0), reinterpret_cast<const Bytef *>(out.constData()), uInt(out.size()));
    if (crc != e->crc || out.size() != qint64(e->uncompressedSize)) {
        *error = tr("The archive member \"%1\" is corrupt (checksum mismatch).").arg(name);
        return std::nullopt;
    }
    return out;
}

} // namespace docket::engine
