// SPDX-FileCopyrightText: 2026 The Docket authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/text/ocr.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>

#include <mutex>

#include <leptonica/allheaders.h>
#include <tesseract/baseapi.h>

namespace docket::engine {

namespace {

struct PixDeleter
{
    void operator()(Pix *pix) const { pixDestroy(&pix); }
};
using PixPtr = std::unique_ptr<Pix, PixDeleter>;

constexpr int MaxImagePages = 2000;

QString recogniseWith(tesseract::TessBaseAPI *api)
{
    char *raw = api->GetUTF8Text();
    QString text = raw ? QString::fromUtf8(raw) : QString();
    delete[] raw;
    api->Clear();
    return text.trimmed();
}

} // namespace

QString Ocr::tessdataDirectory()
{
    static const QString directory = [] {
        QStringList candidates;
        const QString prefix = qEnvironmentVariable("TESSDATA_PREFIX");
        if (!prefix.isEmpty())
            candidates << prefix << prefix + QStringLiteral("/tessdata");
        // Debian installs per major version: /usr/share/tesseract-ocr/5/tessdata.
        QDir share(QStringLiteral("/usr/share/tesseract-ocr"));
        QStringList versions = share.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name | QDir::Reversed);
        for (const QString &version : versions)
            candidates << share.filePath(version + QStringLiteral("/tessdata"));
        candidates << QStringLiteral("/usr/share/tesseract-ocr/tessdata") << QStringLiteral("/usr/share/tessdata")
                   << QStringLiteral("/usr/local/share/tessdata");
        for (const QString &candidate : candidates) {
            if (QFileInfo::exists(candidate + QStringLiteral("/eng.traineddata")))
                return candidate;
        }
        for (const QString &candidate : candidates) {
            if (!QDir(candidate).entryList({QStringLiteral("*.traineddata")}, QDir::Files).isEmpty())
                return candidate;
        }
        return QString();
    }();
    return directory;
}

QString Ocr::tesseractLanguage(const QString &lang)
{
    // ISO 639-1 codes (and the contract's ParserLanguages) -> Tesseract's trained-data names.
    static const QHash<QString, QString> codes = [] {
        const char *const table =
            "en=eng de=deu fr=fra es=spa it=ita pt=por nl=nld sv=swe no=nor nb=nor da=dan fi=fin pl=pol "
            "cs=ces sk=slk hu=hun ro=ron ru=rus uk=ukr el=ell tr=tur ar=ara he=heb ja=jpn ko=kor zh=chi_sim "
            "ch_sim=chi_sim ch_tra=chi_tra hi=hin th=tha vi=vie id=ind bg=bul hr=hrv sl=slv et=est lv=lav "
            "lt=lit af=afr az=aze bs=bos cy=cym ga=gle is=isl ku=kmr la=lat mi=mri ms=msa mt=mlt oc=oci "
            "rs_latin=srp_latn rs_cyrillic=srp sq=sqi sw=swa tl=tgl uz=uzb fa=fas ug=uig ur=urd bn=ben "
            "as=asm be=bel mn=mon mr=mar ne=nep sa=san ta=tam te=tel kn=kan";
        QHash<QString, QString> map;
        for (const QString &pair : QString::fromLatin1(table).split(u' ', Qt::SkipEmptyParts))
            map.insert(pair.section(u'=', 0, 0), pair.section(u'=', 1, 1));
        return map;
    }();
    const QString key = lang.trimmed().toLower();
    return codes.value(key, key.isEmpty() ? QStringLiteral("eng") : key);
}

Ocr::Ocr(const QString &lang)
{
    const QString directory = tessdataDirectory();
    if (directory.isEmpty()) {
        m_error = tr("OCR is not available: no Tesseract language data is installed (tesseract-ocr-eng).");
        return;
    }
    m_language = tesseractLanguage(lang);
    if (!QFileInfo::exists(directory + u'/' + m_language + QStringLiteral(".traineddata"))) {
        m_warning = tr("No OCR data for the language \"%1\" is installed; English was used.").arg(lang);
        m_language = QStringLiteral("eng");
    }
    m_api = std::make_unique<tesseract::TessBaseAPI>();
    if (m_api->Init(directory.toLocal8Bit().constData(), m_language.toLatin1().constData()) != 0) {
        m_error = tr("OCR could not start (Tesseract failed to load \"%1\" from %2).").arg(m_language, directory);
        m_api.reset();
        return;
    }
    m_api->SetVariable("debug_file", "/dev/null"); // keeps Tesseract's advice off the engine's stderr
}

Ocr::~Ocr()
{
    if (m_api)
        m_api->End();
}

std::optional<QString> Ocr::recognise(const QImage &image, int dotsPerInch, QString *error)
{
    if (!m_api) {
        *error = m_error;
        return std::nullopt;
    }
    if (image.isNull()) {
        *error = tr("The page could not be rendered for OCR.");
        return std::nullopt;
    }
    const QImage gray = image.convertToFormat(QImage::Format_Grayscale8);
    m_api->SetImage(gray.constBits(), gray.width(), gray.height(), 1, int(gray.bytesPerLine()));
    m_api->SetSourceResolution(dotsPerInch);
    return recogniseWith(m_api.get());
}

ExtractResult Ocr::readImageFile(const QByteArray &bytes, const ExtractRequest &request)
{
    // Leptonica reports every damaged image on stderr; the job's error says it once, clearly.
    static std::once_flag quiet;
    std::call_once(quiet, [] { setMsgSeverity(L_SEVERITY_NONE); });
    ExtractResult result;
    const auto *data = reinterpret_cast<const l_uint8 *>(bytes.constData());
    const size_t size = size_t(bytes.size());
    l_int32 format = 0, width = 0, height = 0, bps = 0, spp = 0, colormap = 0;
    if (pixReadHeaderMem(data, size, &format, &width, &height, &bps, &spp, &colormap) != 0 || width <= 0
        || height <= 0) {
        result.error = tr("The image is corrupt or in an unsupported format (PNG, JPEG and TIFF are read).");
        return result;
    }
    if (qint64(width) * height > Extractor::MaxImagePixels) {
        result.error = tr("The image is too large to read (%1 x %2 pixels; at most %3 megapixels).")
                           .arg(width)
                           .arg(height)
                           .arg(Extractor::MaxImagePixels / 1000000);
        return result;
    }
    const bool isTiff = format == IFF_TIFF || format == IFF_TIFF_G3 || format == IFF_TIFF_G4 || format == IFF_TIFF_LZW
                        || format == IFF_TIFF_ZIP || format == IFF_TIFF_PACKBITS || format == IFF_TIFF_RLE
                        || format == IFF_TIFF_JPEG;
    ExtractedDocument document;
    document.format = QStringLiteral("image");
    int pageCount = 1;
    if (isTiff) {
        // Pages are counted from their directories, without decoding any of them.
        l_int32 count = 0;
        FILE *stream = fopenReadFromMemory(data, size);
        const bool counted = stream && tiffGetCount(stream, &count) == 0 && count > 0;
        if (stream)
            fclose(stream);
        if (!counted) {
            result.error = tr("The image is corrupt and could not be decoded.");
            return result;
        }
        pageCount = count;
        if (pageCount > MaxImagePages) {
            document.warnings << tr("The TIFF has %1 pages; only the first %2 are read.").arg(pageCount).arg(MaxImagePages);
            pageCount = MaxImagePages;
        }
    }
    QString error;
    const auto selected = Extractor::selectPages(pageCount, request.pages, &error);
    if (!selected) {
        result.error = error;
        return result;
    }
    // Every selected page's size is known from its header before the first one is decoded.
    qint64 totalPixels = 0;
    for (const int number : *selected) {
        if (isTiff) {
            l_int32 res = 0, pageFormat = 0;
            if (readHeaderMemTiff(data, size, number - 1, &width, &height, &bps, &spp, &res, &colormap, &pageFormat) != 0
                || width <= 0 || height <= 0) {
                result.error = tr("Page %1 of the TIFF is corrupt.").arg(number);
                return result;
            }
            if (qint64(width) * height > Extractor::MaxImagePixels) {
                result.error = tr("Page %1 of the TIFF is too large to read (%2 x %3 pixels; at most %4 megapixels).")
                                   .arg(number)
                                   .arg(width)
                                   .arg(height)
                                   .arg(Extractor::MaxImagePixels / 1000000);
                return result;
            }
        }
        totalPixels += qint64(width) * height;
    }
    if (totalPixels > Extractor::MaxTotalImagePixels) {
        result.error = tr("The selected pages have %1 megapixels in all; at most %2 are read per job. Select fewer pages.")
                           .arg(totalPixels / 1000000)
                           .arg(Extractor::MaxTotalImagePixels / 1000000);
        return result;
    }
    Ocr ocr(request.lang);
    if (!ocr.isReady()) {
        result.error = ocr.error();
        return result;
    }
    document.totalPages = pageCount;
    if (!ocr.warning().isEmpty())
        document.warnings << ocr.warning();
    for (const int number : *selected) {
        if (request.isCancelled && request.isCancelled()) {
            result.error = Extractor::tr("The extraction was cancelled.");
            return result;
        }
        // One decoded page at a time; it is freed before the next one is decoded.
        const PixPtr pix(isTiff ? pixReadMemTiff(data, size, number - 1) : pixReadMem(data, size));
        if (!pix) {
            result.error = isTiff ? tr("Page %1 of the TIFF is corrupt and could not be decoded.").arg(number)
                                  : tr("The image is corrupt and could not be decoded.");
            return result;
        }
        if (qint64(pixGetWidth(pix.get())) * pixGetHeight(pix.get()) > Extractor::MaxImagePixels) {
            result.error = tr("Page %1 of the image is too large to read.").arg(number);
            return result;
        }
        if (pixGetXRes(pix.get()) <= 0 || pixGetYRes(pix.get()) <= 0)
            pixSetResolution(pix.get(), 300, 300); // scans without a stated resolution are usually 300 dpi
        ocr.m_api->SetImage(pix.get());
        document.pages << ExtractedPage{number, recogniseWith(ocr.m_api.get())};
    }
    result.document = document;
    return result;
}

} // namespace docket::engine
