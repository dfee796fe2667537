// SPDX-FileCopyrightText: 2026 The Docket authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Extraction of every supported format from small fixtures (tests/data/extract, written by its
// generate.py), page selection, clear errors for damaged or unsupported files, and OCR.

#include "engine/text/extractor.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QtConcurrent/QtConcurrentMap>

#include <zlib.h>

using namespace docket::engine;

namespace {

QString fixture(const QString &name)
{
    return QStringLiteral(DOCKET_TEST_DATA_DIR "/extract/") + name;
}

ExtractResult extractFile(const QString &name, const PageSelection &pages = {}, bool multimodal = false)
{
    ExtractRequest request;
    request.path = fixture(name);
    request.fileName = name;
    request.pages = pages;
    request.multimodal = multimodal;
    return Extractor::extract(request);
}

QString allText(const ExtractedDocument &document)
{
    QStringList texts;
    for (const ExtractedPage &page : document.pages)
        texts << page.text;
    return texts.join(u'\n');
}

QList<int> pageNumbers(const ExtractedDocument &document)
{
    QList<int> numbers;
    for (const ExtractedPage &page : document.pages)
        numbers << page.number;
    return numbers;
}

} // namespace

class ExtractorTest : public QObject
{
    Q_OBJECT

private slots:
    void readsEachFormat_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("format");
        QTest::addColumn<QStringList>("present");
        QTest::addColumn<QStringList>("absent");
        QTest::newRow("utf-8 text") << QStringLiteral("plain.txt") << QStringLiteral("text")
                                    << QStringList{QStringLiteral("Café receipt"), QStringLiteral("12,50 €")}
                                    << QStringList{};
        QTest::newRow("latin-1 text") << QStringLiteral("latin1.txt") << QStringLiteral("text")
                                      << QStringList{QStringLiteral("Größe und Maße für Café")} << QStringList{};
        QTest::newRow("utf-16 text") << QStringLiteral("utf16.txt") << QStringLiteral("text")
                                     << QStringList{QStringLiteral("Delivery note 77 – ünïcödé")}
                                     << QStringList{QStringLiteral("\ufeff")};
        QTest::newRow("markdown") << QStringLiteral("notes.md") << QStringLiteral("markdown")
                                  << QStringList{QStringLiteral("Meeting notes"), QStringLiteral("Budget approved")}
                                  << QStringList{};
        QTest::newRow("csv") << QStringLiteral("table.csv") << QStringLiteral("csv")
                             << QStringList{QStringLiteral("Item Quantity Price; EUR"),
                                            QStringLiteral("Blue \"Pro\" widget 2 10"), QStringLiteral("Gasket 3")}
                             << QStringList{QStringLiteral("\"\"")};
        QTest::newRow("json") << QStringLiteral("data.json") << QStringLiteral("json")
                              << QStringList{QStringLiteral("invoice number: INV-9"), QStringLiteral("item: bolt"),
                                             QStringLiteral("qty: 4"), QStringLiteral("paid: false"),
                                             QStringLiteral("\nlines\n")}
                              << QStringList{QStringLiteral("{")};
        QTest::newRow("xml") << QStringLiteral("data.xml") << QStringLiteral("xml")
                             << QStringList{QStringLiteral("ACME GmbH"), QStringLiteral("Pump"),
                                            QStringLiteral("housing"), QStringLiteral("rush & fragile")}
                             << QStringList{QStringLiteral("<buyer>")};
        QTest::newRow("html") << QStringLiteral("page.html") << QStringLiteral("html")
                              << QStringList{QStringLiteral("Kept title"), QStringLiteral("Lab results"),
                                              QStringLiteral("Glucose & HbA1c <normal> été"),
                                              QStringLiteral("Sodium 140")}
                              << QStringList{QStringLiteral("secret"), QStringLiteral("color"),
                                              QStringLiteral("comment"), QStringLiteral("<p>")};
        QTest::newRow("html in latin-1") << QStringLiteral("latin1.html") << QStringLiteral("html")
                                         << QStringList{QStringLiteral("Straße & Café")} << QStringList{};
        QTest::newRow("text starting like a tiff") << QStringLiteral("mm.txt") << QStringLiteral("text")
                                                   << QStringList{QStringLiteral("MMXXVI annual report")}
                                                   << QStringList{};
        QTest::newRow("pdf") << QStringLiteral("three-pages.pdf") << QStringLiteral("pdf")
                             << QStringList{QStringLiteral("Alpha page one"), QStringLiteral("Charlie third page")}
                             << QStringList{};
        QTest::newRow("docx") << QStringLiteral("pages.docx") << QStringLiteral("docx")
                              << QStringList{QStringLiteral("Employment agreement"), QStringLiteral("Salary:\t5000"),
                                             QStringLiteral("Signed by both parties")}
                              << QStringList{QStringLiteral("w:t")};
        QTest::newRow("odt") << QStringLiteral("letter.odt") << QStringLiteral("odt")
                             << QStringList{QStringLiteral("Cover letter"), QStringLiteral("Dear  hiring manager"),
                                            QStringLiteral("Kind regards")}
                             << QStringList{QStringLiteral("text:p")};
    }
    void readsEachFormat()
    {
        QFETCH(QString, file);
        QFETCH(QString, format);
        QFETCH(QStringList, present);
        QFETCH(QStringList, absent);
        const ExtractResult result = extractFile(file);
        QVERIFY2(result.document, qPrintable(result.error));
        QCOMPARE(result.document->format, format);
        const QString text = allText(*result.document);
        for (const QString &s : present)
            QVERIFY2(text.contains(s), qPrintable(QStringLiteral("missing \"%1\" in: %2").arg(s, text)));
        for (const QString &s : absent)
            QVERIFY2(!text.contains(s), qPrintable(QStringLiteral("unexpected \"%1\" in: %2").arg(s, text)));
    }

    void keepsEachFormatsPages_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("totalPages");
        QTest::addColumn<QStringList>("pageStarts");
        QTest::newRow("form feeds") << QStringLiteral("pages.txt") << 3
                                    << QStringList{QStringLiteral("first"), QStringLiteral("second"),
                                                   QStringLiteral("third")};
        QTest::newRow("pdf") << QStringLiteral("three-pages.pdf") << 3
                             << QStringList{QStringLiteral("Alpha"), QStringLiteral("Bravo"),
                                             QStringLiteral("Charlie")};
        QTest::newRow("docx page break") << QStringLiteral("pages.docx") << 2
                                         << QStringList{QStringLiteral("Employment"), QStringLiteral("Signed")};
        QTest::newRow("odt break-before style") << QStringLiteral("letter.odt") << 2
                                                << QStringList{QStringLiteral("Cover"), QStringLiteral("Kind")};
        QTest::newRow("unpaged html") << QStringLiteral("page.html") << 1 << QStringList{QStringLiteral("Kept title")};
    }
    void keepsEachFormatsPages()
    {
        QFETCH(QString, file);
        QFETCH(int, totalPages);
        QFETCH(QStringList, pageStarts);
        const ExtractResult result = extractFile(file);
        QVERIFY2(result.document, qPrintable(result.error));
        QCOMPARE(result.document->totalPages, totalPages);
        QCOMPARE(result.document->pages.size(), pageStarts.size());
        for (int i = 0; i < pageStarts.size(); ++i) {
            QCOMPARE(result.document->pages.at(i).number, i + 1);
            QVERIFY2(result.document->pages.at(i).text.trimmed().startsWith(pageStarts.at(i)),
                     qPrintable(result.document->pages.at(i).text));
        }
    }

    void honoursPageSelection_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<std::optional<int>>("maxPages");
        QTest::addColumn<QList<int>>("pages");
        QTest::addColumn<QList<int>>("expected");
        const auto none = std::optional<int>();
        for (const QString &file : {QStringLiteral("three-pages.pdf"), QStringLiteral("pages.txt")}) {
            const QByteArray f = file.toUtf8();
            QTest::newRow(QByteArray(f + " all").constData()) << file << none << QList<int>{} << QList<int>{1, 2, 3};
            QTest::newRow(QByteArray(f + " max 2").constData())
                << file << std::optional<int>(2) << QList<int>{} << QList<int>{1, 2};
            QTest::newRow(QByteArray(f + " max beyond").constData())
                << file << std::optional<int>(10) << QList<int>{} << QList<int>{1, 2, 3};
            QTest::newRow(QByteArray(f + " explicit").constData())
                << file << none << QList<int>{3, 1} << QList<int>{1, 3};
            QTest::newRow(QByteArray(f + " outside ignored").constData())
                << file << none << QList<int>{2, 9, 40} << QList<int>{2};
            QTest::newRow(QByteArray(f + " explicit then max").constData())
                << file << std::optional<int>(1) << QList<int>{2, 3} << QList<int>{2};
        }
    }
    void honoursPageSelection()
    {
        QFETCH(QString, file);
        QFETCH(std::optional<int>, maxPages);
        QFETCH(QList<int>, pages);
        QFETCH(QList<int>, expected);
        const ExtractResult result = extractFile(file, PageSelection{maxPages, pages});
        QVERIFY2(result.document, qPrintable(result.error));
        QCOMPARE(pageNumbers(*result.document), expected);
        QCOMPARE(result.document->totalPages, 3);
        if (expected.contains(3))
            QVERIFY(allText(*result.document).contains(QStringLiteral("hird")));
        else
            QVERIFY(!allText(*result.document).contains(QStringLiteral("hird")));
    }

    void failsWhenNoSelectedPageExists()
    {
        const ExtractResult result = extractFile(QStringLiteral("three-pages.pdf"), PageSelection{{}, {4, 7, 8}});
        QVERIFY(!result.document);
        QCOMPARE(result.error,
                 QStringLiteral("None of the requested pages (4,7-8) is in the document, which has 3 pages."));
        const ExtractResult zero = extractFile(QStringLiteral("plain.txt"), PageSelection{0, {}});
        QVERIFY(!zero.document);
        QVERIFY2(zero.error.contains(QStringLiteral("at least 1")), qPrintable(zero.error));
    }

    void failsClearlyOnBadFiles_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("corrupt pdf") << QStringLiteral("corrupt.pdf") << QStringLiteral("PDF is corrupt");
        QTest::newRow("password-protected pdf") << QStringLiteral("locked.pdf") << QStringLiteral("password-protected");
        QTest::newRow("truncated docx") << QStringLiteral("truncated.docx") << QStringLiteral("DOCX file is damaged");
        QTest::newRow("empty file") << QStringLiteral("empty.txt") << QStringLiteral("is empty");
        QTest::newRow("unsupported type") << QStringLiteral("notes.xyz") << QStringLiteral("not supported");
        QTest::newRow("broken json") << QStringLiteral("broken.json") << QStringLiteral("JSON is invalid");
        QTest::newRow("broken xml") << QStringLiteral("broken.xml") << QStringLiteral("not well-formed");
        QTest::newRow("binary as text") << QStringLiteral("binary.txt") << QStringLiteral("not text");
        QTest::newRow("missing file") << QStringLiteral("no-such-file.txt") << QStringLiteral("could not be read");
    }
    void failsClearlyOnBadFiles()
    {
        QFETCH(QString, file);
        QFETCH(QString, messagePart);
        const ExtractResult result = extractFile(file);
        QVERIFY(!result.document);
        QVERIFY2(result.error.contains(messagePart), qPrintable(result.error));
    }

    void refusesAZipBomb()
    {
        // 80 MiB of zeros deflate to ~80 KiB; the member cap stops it before it is all in memory.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bomb.docx"));
        QVERIFY(writeZeroBomb(path, 80 * 1024 * 1024));
        ExtractRequest request;
        request.path = path;
        request.fileName = QStringLiteral("bomb.docx");
        const ExtractResult result = Extractor::extract(request);
        QVERIFY(!result.document);
        QVERIFY2(result.error.contains(QStringLiteral("expands to more than")), qPrintable(result.error));
    }

    void detectsSupportedNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("supported");
        QTest::newRow("pdf upper") << QStringLiteral("SCAN.PDF") << true;
        QTest::newRow("docx") << QStringLiteral("a.docx") << true;
        QTest::newRow("tiff") << QStringLiteral("fax.tiff") << true;
        QTest::newRow("jpeg") << QStringLiteral("photo.jpeg") << true;
        QTest::newRow("markdown") << QStringLiteral("README.md") << true;
        QTest::newRow("exe") << QStringLiteral("setup.exe") << false;
        QTest::newRow("no suffix") << QStringLiteral("Makefile") << false;
    }
    void detectsSupportedNames()
    {
        QFETCH(QString, name);
        QFETCH(bool, supported);
        QCOMPARE(Extractor::isSupported(name), supported);
    }

    void listsTheSupportedSuffixes()
    {
        const QStringList suffixes = Extractor::supportedSuffixes();
        for (const char *s : {"csv", "docx", "html", "jpg", "json", "md", "odt", "pdf", "png", "tiff", "txt", "xml"})
            QVERIFY2(suffixes.contains(QString::fromLatin1(s)), s);
        QVERIFY(std::is_sorted(suffixes.begin(), suffixes.end()));
        for (const QString &suffix : suffixes)
            QVERIFY(Extractor::isSupported(QStringLiteral("file.") + suffix));
    }

    void readsImagesByOcr_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("png") << QStringLiteral("scan.png");
        QTest::newRow("jpeg") << QStringLiteral("scan.jpg");
    }
    void readsImagesByOcr()
    {
        QFETCH(QString, file);
        const ExtractResult result = extractFile(file);
        QVERIFY2(result.document, qPrintable(result.error));
        QCOMPARE(result.document->format, QStringLiteral("image"));
        QCOMPARE(result.document->totalPages, 1);
        const QString text = allText(*result.document);
        QVERIFY2(text.contains(QStringLiteral("PURCHASE ORDER 8812")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("warehouse")), qPrintable(text));
    }

    void readsSelectedPagesOfAMultiPageTiff()
    {
        const ExtractResult result = extractFile(QStringLiteral("pages.tif"), PageSelection{{}, {2}});
        QVERIFY2(result.document, qPrintable(result.error));
        QCOMPARE(result.document->totalPages, 2);
        QCOMPARE(pageNumbers(*result.document), QList<int>{2});
        QVERIFY2(allText(*result.document).contains(QStringLiteral("SECOND PAGE RECEIPT")),
                 qPrintable(allText(*result.document)));
    }

    void decodesOnlyTheSelectedTiffPages()
    {
        // Page 2 is over the per-page limit: it is measured from its header and never decoded
        // unless it is selected.
        const ExtractResult first = extractFile(QStringLiteral("huge-second-page.tif"), PageSelection{{}, {1}});
        QVERIFY2(first.document, qPrintable(first.error));
        QCOMPARE(first.document->totalPages, 2);
        QCOMPARE(pageNumbers(*first.document), QList<int>{1});
        QVERIFY2(allText(*first.document).contains(QStringLiteral("FIRST PAGE INVOICE")),
                 qPrintable(allText(*first.document)));

        const ExtractResult second = extractFile(QStringLiteral("huge-second-page.tif"), PageSelection{{}, {2}});
        QVERIFY(!second.document);
        QVERIFY2(second.error.contains(QStringLiteral("Page 2 of the TIFF is too large")), qPrintable(second.error));
        QVERIFY2(second.error.contains(QStringLiteral("8000 x 8000")), qPrintable(second.error));
    }

    void capsTheTotalPixelsOfTheSelectedPages()
    {
        // 20 pages of 56 megapixels: each one fits, together they are over the cap.
        const ExtractResult all = extractFile(QStringLiteral("many-large-pages.tif"));
        QVERIFY(!all.document);
        QVERIFY2(all.error.contains(QStringLiteral("1120 megapixels")), qPrintable(all.error));
        QVERIFY2(all.error.contains(QStringLiteral("Select fewer pages")), qPrintable(all.error));
    }

    void capsTheBytesReadForImagesAndOfficeFiles_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<qint64>("limit");
        QTest::newRow("png") << QStringLiteral("big.png") << Extractor::MaxImageBytes;
        QTest::newRow("tiff") << QStringLiteral("big.tif") << Extractor::MaxImageBytes;
        QTest::newRow("docx") << QStringLiteral("big.docx") << Extractor::MaxOfficeBytes;
        QTest::newRow("odt") << QStringLiteral("big.odt") << Extractor::MaxOfficeBytes;
    }

    void capsTheBytesReadForImagesAndOfficeFiles()
    {
        QFETCH(QString, name);
        QFETCH(qint64, limit);
        QTemporaryDir dir;
        QFile big(dir.filePath(name));
        QVERIFY(big.open(QIODevice::WriteOnly));
        QVERIFY(big.resize(limit + 1)); // sparse: nothing is written
        big.close();
        ExtractRequest request;
        request.path = big.fileName();
        request.fileName = name;
        const ExtractResult result = Extractor::extract(request);
        QVERIFY(!result.document);
        QVERIFY2(result.error.contains(QStringLiteral("too large to read")), qPrintable(result.error));
        QVERIFY2(result.error.contains(QStringLiteral("at most %1 MiB").arg(limit / (1024 * 1024))),
                 qPrintable(result.error));
    }

    void ocrFallsBackToEnglishForAMissingLanguage()
    {
        ExtractRequest request;
        request.path = fixture(QStringLiteral("scan.png"));
        request.fileName = QStringLiteral("scan.png");
        request.lang = QStringLiteral("xx");
        const ExtractResult result = Extractor::extract(request);
        QVERIFY2(result.document, qPrintable(result.error));
        QVERIFY(allText(*result.document).contains(QStringLiteral("PURCHASE")));
        QCOMPARE(result.document->warnings.size(), 1);
        QVERIFY(result.document->warnings.first().contains(QStringLiteral("English was used")));
    }

    void ocrsImageOnlyPdfPagesOnlyInMultimodalMode()
    {
        const ExtractResult fast = extractFile(QStringLiteral("scanned.pdf"));
        QVERIFY2(fast.document, qPrintable(fast.error));
        QCOMPARE(fast.document->pages.size(), 2);
        QVERIFY(fast.document->pages.at(0).text.contains(QStringLiteral("Typed cover page")));
        QVERIFY(fast.document->pages.at(1).text.isEmpty());
        QCOMPARE(fast.document->warnings.size(), 1);
        QVERIFY2(fast.document->warnings.first().contains(QStringLiteral("Pages 2 have no text layer")),
                 qPrintable(fast.document->warnings.first()));

        const ExtractResult multimodal = extractFile(QStringLiteral("scanned.pdf"), {}, true);
        QVERIFY2(multimodal.document, qPrintable(multimodal.error));
        QVERIFY2(multimodal.document->pages.at(1).text.contains(QStringLiteral("DELIVERY RECEIPT")),
                 qPrintable(multimodal.document->pages.at(1).text));
        QVERIFY(multimodal.document->warnings.isEmpty());
    }

    void stopsWhenCancelled()
    {
        int asked = 0;
        ExtractRequest request;
        request.path = fixture(QStringLiteral("three-pages.pdf"));
        request.fileName = QStringLiteral("three-pages.pdf");
        request.isCancelled = [&asked] { return ++asked >= 2; }; // cancelled while on page 2
        const ExtractResult result = Extractor::extract(request);
        QVERIFY(!result.document);
        QCOMPARE(result.error, QStringLiteral("The extraction was cancelled."));
        QCOMPARE(asked, 2);
    }

    void survivesTruncatedAndDamagedFiles_data()
    {
        QTest::addColumn<QString>("file");
        for (const char *name : {"three-pages.pdf", "pages.docx", "letter.odt", "scan.png", "scan.jpg", "pages.tif",
                                 "data.json", "data.xml", "page.html", "table.csv"})
            QTest::newRow(name) << QString::fromLatin1(name);
    }
    void survivesTruncatedAndDamagedFiles()
    {
        // Whatever is left of a file, the answer is a document or a clear error, never a crash.
        QFETCH(QString, file);
        QFile original(fixture(file));
        QVERIFY(original.open(QIODevice::ReadOnly));
        const QByteArray bytes = original.readAll();
        QTemporaryDir dir;
        QList<QByteArray> variants;
        for (const double keep : {0.1, 0.5, 0.9})
            variants << bytes.left(qsizetype(double(bytes.size()) * keep));
        QByteArray flipped = bytes;
        for (qsizetype i = flipped.size() / 3; i < flipped.size() * 2 / 3; i += 7)
            flipped[i] = char(flipped.at(i) ^ 0x5A);
        variants << flipped;
        for (int v = 0; v < variants.size(); ++v) {
            const QString path = dir.filePath(QString::number(v) + u'-' + file);
            QFile damaged(path);
            QVERIFY(damaged.open(QIODevice::WriteOnly));
            damaged.write(variants.at(v));
            damaged.close();
            ExtractRequest request;
            request.path = path;
            request.fileName = file;
            const ExtractResult result = Extractor::extract(request);
            QVERIFY2(result.document.has_value() != !result.error.isEmpty(),
                     qPrintable(QStringLiteral("variant %1: %2").arg(v).arg(result.error)));
        }
    }

    void extractsOnSeveralThreadsAtOnce()
    {
        const QStringList files{QStringLiteral("scan.png"), QStringLiteral("three-pages.pdf"),
                                QStringLiteral("pages.docx"), QStringLiteral("scan.png"),
                                QStringLiteral("three-pages.pdf"), QStringLiteral("letter.odt")};
        const QList<ExtractResult> results = QtConcurrent::blockingMapped(files, [](const QString &file) {
            return extractFile(file);
        });
        QCOMPARE(results.size(), files.size());
        for (const ExtractResult &result : results)
            QVERIFY2(result.document && !allText(*result.document).isEmpty(), qPrintable(result.error));
        QCOMPARE(allText(*results.at(0).document), allText(*results.at(3).document));
    }

private:
    static bool writeZeroBomb(const QString &path, qint64 size);
};

bool ExtractorTest::writeZeroBomb(const QString &path, qint64 size)
{
    // A one-member ZIP whose directory states a small size but whose data inflates to `size`.
    QByteArray deflated;
    z_stream stream{};
    if (deflateInit2(&stream, 9, Z_DEFLATED, -MAX_WBITS, 9, Z_DEFAULT_STRATEGY) != Z_OK)
        return false;
    const QByteArray zeros(1024 * 1024, '\0');
    char buffer[64 * 1024];
    for (qint64 written = 0; written < size; written += zeros.size()) {
        stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(zeros.constData()));
        stream.avail_in = uInt(zeros.size());
        const int flush = written + zeros.size() >= size ? Z_FINISH : Z_NO_FLUSH;
        do {
            stream.next_out = reinterpret_cast<Bytef *>(buffer);
            stream.avail_out = sizeof buffer;
            deflate(&stream, flush);
            deflated.append(buffer, qsizetype(sizeof buffer - stream.avail_out));
        } while (stream.avail_out == 0);
    }
    deflateEnd(&stream);
    const QByteArray name("word/document.xml");
    auto le16 = [](QByteArray &out, quint16 v) { out.append(char(v & 0xFF)).append(char(v >> 8)); };
    auto le32 = [&](QByteArray &out, quint32 v) {
        le16(out, quint16(v & 0xFFFF));
        le16(out, quint16(v >> 16));
    };
    QByteArray zip;
    le32(zip, 0x04034b50);
    le16(zip, 20); le16(zip, 0); le16(zip, 8); le16(zip, 0); le16(zip, 0);
    le32(zip, 0); le32(zip, quint32(deflated.size())); le32(zip, 1000);
    le16(zip, quint16(name.size())); le16(zip, 0);
    zip += name + deflated;
    const quint32 directory = quint32(zip.size());
    le32(zip, 0x02014b50);
    le16(zip, 20); le16(zip, 20); le16(zip, 0); le16(zip, 8); le16(zip, 0); le16(zip, 0);
    le32(zip, 0); le32(zip, quint32(deflated.size())); le32(zip, 1000);
    le16(zip, quint16(name.size())); le16(zip, 0); le16(zip, 0); le16(zip, 0); le16(zip, 0);
    le32(zip, 0); le32(zip, 0);
    zip += name;
    const quint32 directorySize = quint32(zip.size()) - directory;
    le32(zip, 0x06054b50);
    le16(zip, 0); le16(zip, 0); le16(zip, 1); le16(zip, 1);
    le32(zip, directorySize); le32(zip, directory); le16(zip, 0);
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(zip) == zip.size();
}

QTEST_GUILESS_MAIN(ExtractorTest)
#include "tst_extractor.moc"
