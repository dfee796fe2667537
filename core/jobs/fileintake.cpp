// SPDX-FileCopyrightText: 2026 The Docket authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "jobs/fileintake.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLocale>
#include <QMimeDatabase>
#include <QPromise>
#include <QtConcurrent>

namespace docket::jobs {

namespace {
constexpr qint64 HashChunkBytes = 1024 * 1024;
} // namespace

FileIntake::FileIntake(QObject *parent) : QObject(parent), m_watcher(new QFutureWatcher<QList<IntakeFile>>(this))
{
    connect(m_watcher, &QFutureWatcherBase::progressValueChanged, this, [this](int value) {
        Q_EMIT progress(value, m_watcher->progressMaximum(), m_watcher->progressText());
    });
    connect(m_watcher, &QFutureWatcherBase::finished, this, [this] {
        if (m_watcher->isCanceled() || m_watcher->future().resultCount() == 0)
            Q_EMIT cancelled();
        else
            Q_EMIT finished(m_watcher->future().result());
    });
}

FileIntake::~FileIntake()
{
    // The worker sees the cancel at its next file or chunk and ends on its own; nothing waits.
    m_future.cancel();
}

void FileIntake::start(const QStringList &paths, const QSet<QString> &knownHashes)
{
    cancel();
    m_future = QtConcurrent::run([paths, knownHashes](QPromise<QList<IntakeFile>> &promise) {
        const auto cancelled = [&promise] { return promise.isCanceled(); };
        QList<IntakeFile> files = scan(paths, knownHashes, cancelled, [&promise](int done, int total, const QString &current) {
            promise.setProgressRange(0, total);
            promise.setProgressValueAndText(done, current);
        });
        if (!promise.isCanceled())
            promise.addResult(std::move(files));
    });
    m_watcher->setFuture(m_future);
}

void FileIntake::cancel()
{
    if (m_future.isRunning())
        m_future.cancel();
}

bool FileIntake::isRunning() const
{
    return m_future.isRunning();
}

QStringList FileIntake::expand(const QStringList &paths, const std::function<bool()> &cancelled)
{
    QStringList out;
    QSet<QString> seen;
    const auto add = [&](const QFileInfo &info) {
        const QString path = info.absoluteFilePath();
        if (!seen.contains(path)) {
            seen.insert(path);
            out.append(path);
        }
    };
    for (const QString &raw : paths) {
        const QFileInfo info(raw);
        if (info.isDir()) {
            QDirIterator it(info.absoluteFilePath(), QDir::Files | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
            QStringList inFolder;
            while (it.hasNext()) {
                if (cancelled && cancelled())
                    return {};
                inFolder.append(it.next());
            }
            inFolder.sort();
            for (const QString &p : std::as_const(inFolder))
                add(QFileInfo(p));
        } else {
            // A missing path is kept so that it is reported, not dropped.
            add(info);
        }
    }
    return out;
}

bool FileIntake::isSupportedMimeType(const QString &mimeType)
{
    static const QSet<QString> exact{
        QStringLiteral("application/pdf"),
        QStringLiteral("application/msword"),
        QStringLiteral("application/rtf"),
        QStringLiteral("application/vnd.ms-excel"),
        QStringLiteral("application/vnd.ms-powerpoint"),
        QStringLiteral("application/xml"),
        QStringLiteral("application/json"),
        QStringLiteral("application/epub+zip"),
        QStringLiteral("message/rfc822"),
    };
    if (exact.contains(mimeType))
        return true;
    return mimeType.startsWith(QLatin1String("text/"))
        || mimeType.startsWith(QLatin1String("application/vnd.openxmlformats-officedocument."))
        || mimeType.startsWith(QLatin1String("application/vnd.oasis.opendocument."))
        || mimeType == QLatin1String("image/png") || mimeType == QLatin1String("image/jpeg")
        || mimeType == QLatin1String("image/tiff") || mimeType == QLatin1String("image/bmp")
        || mimeType == QLatin1String("image/gif") || mimeType == QLatin1String("image/webp");
}

QString FileIntake::flagText(IntakeFlag flag)
{
    switch (flag) {
    case IntakeFlag::None:
        return tr("Ready");
    case IntakeFlag::Unsupported:
        return tr("Unsupported type");
    case IntakeFlag::TooLarge:
        return tr("Too large");
    case IntakeFlag::Duplicate:
        return tr("Duplicate");
    case IntakeFlag::Empty:
        return tr("Empty");
    case IntakeFlag::Unreadable:
        return tr("Unreadable");
    }
    return {};
}

QString FileIntake::sha256Of(const QString &path, QString *error, const std::function<bool()> &cancelled)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = file.errorString();
        return {};
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QByteArray chunk;
    while (!file.atEnd()) {
        if (cancelled && cancelled())
            return {};
        chunk = file.read(HashChunkBytes);
        if (chunk.isEmpty() && file.error() != QFileDevice::NoError) {
            if (error)
                *error = file.errorString();
            return {};
        }
        hash.addData(chunk);
    }
    return QString::fromLatin1(hash.result().toHex());
}

QList<IntakeFile> FileIntake::scan(const QStringList &paths, const QSet<QString> &knownHashes,
                                   const std::function<bool()> &cancelled, const Progress &progress)
{
    const QStringList files = expand(paths, cancelled);
    QList<IntakeFile> out;
    out.reserve(files.size());
    QMimeDatabase mimes;
    QHash<QString, QString> firstPathByHash;
    const int total = int(files.size());
    for (int i = 0; i < total; ++i) {
        if (cancelled && cancelled())
            return {};
        const QString &path = files[i];
        if (progress)
            progress(i, total, path);
        const QFileInfo info(path);
        IntakeFile f;
        f.path = path;
        f.name = info.fileName();
        f.size = info.exists() ? info.size() : 0;
        const QMimeType mime = mimes.mimeTypeForFile(info);
        f.mimeType = mime.name();
        f.mimeComment = mime.comment();
        if (!info.exists() || !info.isFile()) {
            f.flag = IntakeFlag::Unreadable;
            f.reason = tr("The file does not exist (any more).");
        } else if (!info.isReadable()) {
            f.flag = IntakeFlag::Unreadable;
            f.reason = tr("You do not have permission to read this file.");
        } else if (f.size == 0) {
            f.flag = IntakeFlag::Empty;
            f.reason = tr("The file is empty.");
        } else {
            QString error;
            f.sha256 = sha256Of(path, &error, cancelled);
            if (f.sha256.isEmpty()) {
                if (cancelled && cancelled())
                    return {};
                f.flag = IntakeFlag::Unreadable;
                f.reason = tr("The file could not be read: %1").arg(error);
            } else if (knownHashes.contains(f.sha256)) {
                f.flag = IntakeFlag::Duplicate;
                f.reason = tr("A file with the same content is already in the list.");
            } else if (firstPathByHash.contains(f.sha256)) {
                f.flag = IntakeFlag::Duplicate;
                f.duplicateOf = firstPathByHash.value(f.sha256);
                f.reason = tr("Same content as %1.").arg(QFileInfo(f.duplicateOf).fileName());
            } else if (f.size > MaxFileBytes) {
                f.flag = IntakeFlag::TooLarge;
                f.reason = tr("%1 is more than the %2 limit.")
                               .arg(QLocale().formattedDataSize(f.size), QLocale().formattedDataSize(MaxFileBytes));
            } else if (!isSupportedMimeType(f.mimeType)) {
                f.flag = IntakeFlag::Unsupported;
                f.reason = tr("%1 files cannot be classified.").arg(f.mimeComment.isEmpty() ? f.mimeType : f.mimeComment);
            }
            if (!f.sha256.isEmpty() && !firstPathByHash.contains(f.sha256))
                firstPathByHash.insert(f.sha256, path);
        }
        out.append(f);
    }
    if (progress)
        progress(total, total, QString());
    return out;
}

} // namespace docket::jobs
