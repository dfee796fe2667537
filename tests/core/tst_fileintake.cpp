// SPDX-FileCopyrightText: 2026 The Docket authors
// SPDX-License-Identifier: GPL-3.0-or-later
// File intake: recursive folder walks, streamed SHA-256, type detection, the flags (unsupported,
// empty, unreadable, duplicate, too large) and the off-thread run with progress and cancel.

#include "jobs/fileintake.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace docket::jobs;

namespace {
QString write(const QDir &dir, const QString &relative, const QByteArray &content)
{
    const QString path = dir.filePath(relative);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        qFatal("cannot write fixture");
    f.write(content);
    return QFileInfo(path).absoluteFilePath();
}

const IntakeFile *byName(const QList<IntakeFile> &files, const QString &name)
{
    for (const IntakeFile &f : files) {
        if (f.name == name)
            return &f;
    }
    return nullptr;
}
} // namespace

class FileIntakeTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void walksFoldersRecursivelyAndSorts()
    {
        QTemporaryDir tmp;
        QDir dir(tmp.path());
        write(dir, QStringLiteral("b/deep/er/z.txt"), "z");
        write(dir, QStringLiteral("b/a.txt"), "a");
        const QString single = write(dir, QStringLiteral("single.txt"), "s");
        const QStringList files = FileIntake::expand({dir.filePath(QStringLiteral("b")), single, single}, {});
        QCOMPARE(files.size(), 3);
        QVERIFY(files[0].endsWith(QStringLiteral("b/a.txt")));
        QVERIFY(files[1].endsWith(QStringLiteral("b/deep/er/z.txt")));
        QCOMPARE(files[2], single);
    }

    void hashesContentWithSha256()
    {
        QTemporaryDir tmp;
        QByteArray big(3 * 1024 * 1024 + 17, 'x'); // more than one read chunk
        const QString path = write(QDir(tmp.path()), QStringLiteral("big.txt"), big);
        QString error;
        QCOMPARE(FileIntake::sha256Of(path, &error),
                 QString::fromLatin1(QCryptographicHash::hash(big, QCryptographicHash::Sha256).toHex()));
    }

    void flagsWhatCannotGoIn_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("flag");
        QTest::newRow("pdf") << QStringLiteral("report.pdf") << int(IntakeFlag::None);
        QTest::newRow("text") << QStringLiteral("notes.txt") << int(IntakeFlag::None);
        QTest::newRow("png") << QStringLiteral("scan.png") << int(IntakeFlag::None);
        QTest::newRow("executable") << QStringLiteral("tool.exe") << int(IntakeFlag::Unsupported);
        QTest::newRow("zip") << QStringLiteral("archive.zip") << int(IntakeFlag::Unsupported);
        QTest::newRow("empty") << QStringLiteral("empty.txt") << int(IntakeFlag::Empty);
        QTest::newRow("duplicate") << QStringLiteral("z-copy of report.pdf") << int(IntakeFlag::Duplicate);
        QTest::newRow("missing") << QStringLiteral("gone.pdf") << int(IntakeFlag::Unreadable);
    }

    void flagsWhatCannotGoIn()
    {
        QFETCH(QString, name);
        QFETCH(int, flag);
        QTemporaryDir tmp;
        QDir dir(tmp.path());
        write(dir, QStringLiteral("report.pdf"), "%PDF-1.4\n%fake but distinct\n");
        write(dir, QStringLiteral("z-copy of report.pdf"), "%PDF-1.4\n%fake but distinct\n");
        write(dir, QStringLiteral("notes.txt"), "hello");
        write(dir, QStringLiteral("scan.png"), QByteArray::fromHex("89504e470d0a1a0a0000000d49484452"));
        write(dir, QStringLiteral("tool.exe"), "MZ\x90\x00");
        write(dir, QStringLiteral("archive.zip"), QByteArray("PK\x03\x04", 4) + QByteArray(30, '\0'));
        write(dir, QStringLiteral("empty.txt"), QByteArray());
        const QList<IntakeFile> files =
            FileIntake::scan({tmp.path(), dir.filePath(QStringLiteral("gone.pdf"))}, {}, {}, {});
        QCOMPARE(files.size(), 8);
        const IntakeFile *f = byName(files, name);
        QVERIFY(f);
        QCOMPARE(int(f->flag), flag);
        QCOMPARE(f->reason.isEmpty(), flag == int(IntakeFlag::None));
        if (flag == int(IntakeFlag::Duplicate))
            QVERIFY(f->duplicateOf.endsWith(QStringLiteral("/report.pdf"))); // the walk is sorted: the copy comes second
    }

    void flagsTheSecondOfTwoIdenticalFiles()
    {
        QTemporaryDir tmp;
        QDir dir(tmp.path());
        const QString first = write(dir, QStringLiteral("a.txt"), "same");
        write(dir, QStringLiteral("b.txt"), "same");
        const QList<IntakeFile> files = FileIntake::scan({tmp.path()}, {}, {}, {});
        QCOMPARE(files[0].flag, IntakeFlag::None);
        QCOMPARE(files[1].flag, IntakeFlag::Duplicate);
        QCOMPARE(files[1].duplicateOf, first);
        QVERIFY(!files[1].canInsist());
        // Content already listed in the dialog counts too.
        const QList<IntakeFile> again = FileIntake::scan({first}, {files[0].sha256}, {}, {});
        QCOMPARE(again[0].flag, IntakeFlag::Duplicate);
    }

    void flagsUnreadableFiles()
    {
        if (::geteuid() == 0)
            QSKIP("root reads every file; permission flags cannot be tested as root");
        QTemporaryDir tmp;
        const QString path = write(QDir(tmp.path()), QStringLiteral("secret.txt"), "x");
        QFile::setPermissions(path, QFileDevice::WriteOwner);
        const QList<IntakeFile> files = FileIntake::scan({path}, {}, {}, {});
        QCOMPARE(files[0].flag, IntakeFlag::Unreadable);
    }

    void flagsFilesOverTheSizeLimit()
    {
        QTemporaryDir tmp;
        const QString path = write(QDir(tmp.path()), QStringLiteral("huge.txt"), "x");
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.resize(FileIntake::MaxFileBytes + 1)); // sparse: costs no disk
        f.close();
        const QList<IntakeFile> files = FileIntake::scan({path}, {}, {}, {});
        QCOMPARE(files[0].flag, IntakeFlag::TooLarge);
        QVERIFY(files[0].canInsist());
        QVERIFY(files[0].reason.contains(QStringLiteral("512")));
    }

    void runsOffThreadWithProgress()
    {
        QTemporaryDir tmp;
        QDir dir(tmp.path());
        for (int i = 0; i < 40; ++i)
            write(dir, QStringLiteral("f%1.txt").arg(i, 2, 10, QLatin1Char('0')), QByteArray::number(i));
        FileIntake intake;
        QSignalSpy finished(&intake, &FileIntake::finished);
        QSignalSpy progress(&intake, &FileIntake::progress);
        intake.start({tmp.path()});
        QVERIFY(finished.wait(10000));
        const auto files = finished.first().first().value<QList<IntakeFile>>();
        QCOMPARE(files.size(), 40);
        QVERIFY(!progress.isEmpty());
        QCOMPARE(progress.last().at(1).toInt(), 40);
    }

    void stopsWhenCancelled()
    {
        QTemporaryDir tmp;
        QDir dir(tmp.path());
        for (int i = 0; i < 20; ++i)
            write(dir, QStringLiteral("f%1.txt").arg(i), QByteArray::number(i));
        int calls = 0;
        const QList<IntakeFile> files = FileIntake::scan({tmp.path()}, {}, [&calls] { return ++calls > 5; }, {});
        QVERIFY(files.isEmpty());
        FileIntake intake;
        QSignalSpy cancelled(&intake, &FileIntake::cancelled);
        intake.start({tmp.path()});
        intake.cancel();
        QVERIFY(cancelled.wait(10000) || cancelled.size() == 1);
    }
};

QTEST_GUILESS_MAIN(FileIntakeTest)
#include "tst_fileintake.moc"
