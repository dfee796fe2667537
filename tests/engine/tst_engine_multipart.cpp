// SPDX-FileCopyrightText: 2026 The Docket authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/http/multipartparser.h"

#include <QTest>

using namespace docket::engine;

class TestEngineMultipart : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsBoundaryFromContentType_data()
    {
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<QByteArray>("boundary");
        QTest::newRow("plain") << QByteArray("multipart/form-data; boundary=abc") << QByteArray("abc");
        QTest::newRow("quoted") << QByteArray("multipart/form-data; boundary=\"a b;c\"") << QByteArray("a b;c");
        QTest::newRow("case and spaces") << QByteArray("Multipart/Form-Data ;  charset=utf-8; BOUNDARY=xyz")
                                         << QByteArray("xyz");
        QTest::newRow("json") << QByteArray("application/json") << QByteArray();
        QTest::newRow("no boundary") << QByteArray("multipart/form-data") << QByteArray();
        QTest::newRow("empty boundary") << QByteArray("multipart/form-data; boundary=") << QByteArray();
        QTest::newRow("too long") << QByteArray("multipart/form-data; boundary=" + QByteArray(71, 'b'))
                                  << QByteArray();
    }

    void readsBoundaryFromContentType()
    {
        QFETCH(QByteArray, contentType);
        QFETCH(QByteArray, boundary);
        QString error;
        QCOMPARE(MultipartParser::boundary(contentType, &error), boundary);
        QCOMPARE(error.isEmpty(), !boundary.isEmpty());
    }

    void parsesFileAndFields()
    {
        const QByteArray body = "preamble\r\n--XX\r\n"
                                "Content-Disposition: form-data; name=\"purpose\"\r\n\r\n"
                                "classify\r\n--XX\r\n"
                                "Content-Disposition: form-data; name=\"file\"; filename=\"a \\\"b\\\".pdf\"\r\n"
                                "Content-Type: application/pdf\r\n\r\n"
                                "%PDF\r\n--X not the end\r\n\r\n--XX--\r\nepilogue";
        const MultipartParse parsed = MultipartParser::parse(body, "XX");
        QVERIFY2(parsed.ok(), qPrintable(parsed.error));
        QCOMPARE(parsed.parts.size(), 2);
        QCOMPARE(parsed.part(QStringLiteral("purpose"))->data, QByteArrayView("classify"));
        QVERIFY(!parsed.part(QStringLiteral("purpose"))->fileName);
        const MultipartPart *file = parsed.part(QStringLiteral("file"));
        QVERIFY(file);
        QCOMPARE(file->fileName, std::optional<QString>(QStringLiteral("a \"b\".pdf")));
        QCOMPARE(file->contentType, QByteArray("application/pdf"));
        // Binary-safe: CRLFs and near-boundaries inside the data stay data.
        QCOMPARE(file->data.toByteArray(), QByteArray("%PDF\r\n--X not the end\r\n"));
    }

    void decodesExtendedFileName()
    {
        const QByteArray body = "--b\r\nContent-Disposition: form-data; name=\"file\"; filename*=UTF-8''r%C3%A9sum%C3%A9.txt"
                                "\r\n\r\nx\r\n--b--";
        const MultipartParse parsed = MultipartParser::parse(body, "b");
        QVERIFY(parsed.ok());
        QCOMPARE(parsed.parts.first().fileName, std::optional<QString>(QStringLiteral("résumé.txt")));
    }

    void keepsEmptyParts()
    {
        const MultipartParse parsed =
            MultipartParser::parse("--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"\"\r\n\r\n\r\n--b--",
                                   "b");
        QVERIFY(parsed.ok());
        QCOMPARE(parsed.parts.first().data.size(), 0);
        QCOMPARE(parsed.parts.first().fileName, std::optional<QString>(QString()));
    }

    void rejectsMalformedBodies_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("error");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("does not contain");
        QTest::newRow("other boundary") << QByteArray("--c\r\n\r\n--c--") << QStringLiteral("does not contain");
        QTest::newRow("no close") << QByteArray("--b\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\ndata")
                                  << QStringLiteral("closing boundary");
        QTest::newRow("no header end") << QByteArray("--b\r\nContent-Disposition: form-data; name=\"a\"")
                                       << QStringLiteral("end of headers");
        QTest::newRow("no disposition") << QByteArray("--b\r\nContent-Type: text/plain\r\n\r\nx\r\n--b--")
                                        << QStringLiteral("no Content-Disposition name");
        QTest::newRow("not form-data") << QByteArray("--b\r\nContent-Disposition: attachment; name=\"a\"\r\n\r\nx\r\n--b--")
                                       << QStringLiteral("not form-data");
        QTest::newRow("header garbage") << QByteArray("--b\r\nno colon here\r\n\r\nx\r\n--b--")
                                        << QStringLiteral("malformed header");
        QTest::newRow("junk after boundary") << QByteArray("--bjunk\r\n\r\nx\r\n--b--")
                                             << QStringLiteral("not followed by a line break");
    }

    void rejectsMalformedBodies()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, error);
        const MultipartParse parsed = MultipartParser::parse(body, "b");
        QVERIFY(!parsed.ok());
        QVERIFY2(parsed.error.contains(error), qPrintable(parsed.error));
    }

    void limitsTheNumberOfParts()
    {
        QByteArray body;
        for (int i = 0; i < 100; ++i)
            body += "--b\r\nContent-Disposition: form-data; name=\"f" + QByteArray::number(i) + "\"\r\n\r\nx\r\n";
        body += "--b--";
        const MultipartParse parsed = MultipartParser::parse(body, "b");
        QVERIFY(!parsed.ok());
        QVERIFY(parsed.error.contains(QStringLiteral("Too many")));
    }
};

QTEST_GUILESS_MAIN(TestEngineMultipart)
#include "tst_engine_multipart.moc"
