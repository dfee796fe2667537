// SPDX-FileCopyrightText: 2026 The Docket authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QFuture>
#include <QFutureWatcher>
#include <QList>
#include <QObject>
#include <QSet>
#include <QString>
#include <QStringList>

#include <functional>

namespace docket::jobs {

// Why a file is left out of a submission (None = it goes in).
enum class IntakeFlag {
    None,
    Unsupported, // a type the Classify API does not read; the user may insist
    TooLarge,    // over MaxFileBytes; the user may insist
    Duplicate,   // same content (SHA-256) as a file listed before it
    Empty,       // zero bytes
    Unreadable,  // cannot be opened or read
};

// One file found by FileIntake: where, how big, what type, its content hash and its flag.
struct IntakeFile
{
    QString path; // absolute
    QString name;
    qint64 size = 0;
    QString mimeType;    // e.g. application/pdf
    QString mimeComment; // human description, e.g. "PDF document"
    QString sha256;      // lower-case hex; empty when unreadable
    IntakeFlag flag = IntakeFlag::None;
    QString reason;     // for people; empty when flag is None
    QString duplicateOf; // path of the first file with the same content

    // The user may override the flag and include the file anyway.
    bool canInsist() const { return flag == IntakeFlag::Unsupported || flag == IntakeFlag::TooLarge; }
    bool operator==(const IntakeFile &) const = default;
};

// Turns dropped or chosen paths into checked files for the job dialog: walks folders recursively
// (not following links to folders), detects types with QMimeDatabase, hashes content with SHA-256
// streamed from disk, and flags unsupported, unreadable, empty, oversized and duplicate files.
// scan() is the pure, synchronous core; start() runs it on Qt Concurrent's pool with progress
// and cancellation, so the GUI never blocks. Used by NewJobDialog.
class FileIntake : public QObject
{
    Q_OBJECT

public:
    static constexpr qint64 MaxFileBytes = qint64(512) * 1024 * 1024;

    explicit FileIntake(QObject *parent = nullptr);
    ~FileIntake() override;

    // Scans paths off the GUI thread. knownHashes are contents already listed (flagged as
    // duplicates). A running scan is cancelled first.
    void start(const QStringList &paths, const QSet<QString> &knownHashes = {});
    void cancel();
    bool isRunning() const;

    using Progress = std::function<void(int done, int total, const QString &current)>;
    static QList<IntakeFile> scan(const QStringList &paths, const QSet<QString> &knownHashes,
                                  const std::function<bool()> &cancelled, const Progress &progress);
    // Every regular file under the paths (files themselves, folders walked), sorted, without repeats.
    static QStringList expand(const QStringList &paths, const std::function<bool()> &cancelled);
    static bool isSupportedMimeType(const QString &mimeType);
    static QString flagText(IntakeFlag flag);
    static QString sha256Of(const QString &path, QString *error, const std::function<bool()> &cancelled = {});

Q_SIGNALS:
    void progress(int done, int total, const QString &current);
    void finished(const QList<docket::jobs::IntakeFile> &files);
    void cancelled();

private:
    QFuture<QList<IntakeFile>> m_future;
    QFutureWatcher<QList<IntakeFile>> *m_watcher = nullptr;
};

} // namespace docket::jobs
