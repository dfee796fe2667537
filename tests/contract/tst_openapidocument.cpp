// SPDX-FileCopyrightText: 2026 The Docket authors
// SPDX-License-Identifier: GPL-3.0-or-later
// OpenApiDocument: the undeclared-name check that tst_contract adds on top of Prism. A small
// document written here covers each schema construct the official one uses ($ref, anyOf with
// null, oneOf, allOf, arrays, maps, free-form objects, additionalProperties: true).

#include "openapidocument.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using docket::test::OpenApiDocument;

namespace {

const char *const Document = R"({
  "paths": {
    "/jobs": {
      "get": {"parameters": [{"name": "page_size", "in": "query"}, {"name": "job_ids", "in": "query"},
                             {"name": "session", "in": "cookie"}]},
      "post": {"requestBody": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Create"}}}}}
    },
    "/jobs/{job_id}": {"get": {"parameters": [{"name": "job_id", "in": "path"}]}},
    "/jobs/query": {"post": {"requestBody": {"content": {"application/json": {"schema": {"type": "object"}}}}}},
    "/jobs/{job_id}/cancel": {"post": {}},
    "/files": {"post": {"requestBody": {"content": {"multipart/form-data": {"schema": {
      "properties": {"file": {"type": "string"}, "purpose": {"type": "string"}}}}}}}}
  },
  "components": {"schemas": {
    "Create": {"properties": {
      "name": {"type": "string"},
      "config": {"anyOf": [{"$ref": "#/components/schemas/Config"}, {"type": "null"}]},
      "rules": {"type": "array", "items": {"$ref": "#/components/schemas/Rule"}},
      "headers": {"anyOf": [{"type": "object", "additionalProperties": {"type": "string"}}, {"type": "null"}]},
      "extra": {"type": "object"},
      "params": {"oneOf": [{"$ref": "#/components/schemas/A"}, {"$ref": "#/components/schemas/Open"}]},
      "both": {"allOf": [{"properties": {"x": {}}}, {"$ref": "#/components/schemas/B"}]}
    }},
    "Config": {"properties": {"mode": {"type": "string"}, "pages": {"type": "integer"}}},
    "Rule": {"properties": {"type": {"type": "string"}, "description": {"type": "string"}}},
    "A": {"properties": {"product_type": {"const": "a"}, "a_only": {}}},
    "Open": {"properties": {"product_type": {"const": "open"}}, "additionalProperties": true},
    "B": {"properties": {"y": {}}}
  }}
})";

OpenApiDocument document()
{
    return OpenApiDocument::fromJson(QByteArray(Document));
}

QJsonObject object(const char *json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

} // namespace

class OpenApiDocumentTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void loadsPathsAndSaysWhyWhenItCannot()
    {
        QVERIFY(document().isLoaded());
        const OpenApiDocument broken = OpenApiDocument::fromJson("{\"paths\": ", QStringLiteral("broken.json"));
        QVERIFY(!broken.isLoaded());
        QVERIFY2(broken.errorString().contains(QLatin1String("broken.json")), qPrintable(broken.errorString()));
        const OpenApiDocument missing = OpenApiDocument::load(QStringLiteral("/nonexistent/openapi.json"));
        QVERIFY(!missing.isLoaded());
        QVERIFY(missing.errorString().contains(QLatin1String("/nonexistent/openapi.json")));
    }

    void findsTheTemplateOfAPath_data()
    {
        QTest::addColumn<QString>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("expected"); // empty = no operation
        QTest::newRow("literal") << "get" << "/jobs" << "/jobs";
        QTest::newRow("parameter") << "get" << "/jobs/job-1" << "/jobs/{job_id}";
        QTest::newRow("literal beats parameter") << "post" << "/jobs/query" << "/jobs/query";
        QTest::newRow("method decides") << "get" << "/jobs/query" << "/jobs/{job_id}";
        QTest::newRow("deeper") << "post" << "/jobs/job-1/cancel" << "/jobs/{job_id}/cancel";
        QTest::newRow("no such method") << "delete" << "/jobs/job-1" << "";
        QTest::newRow("no such path") << "get" << "/files/f-1" << "";
        QTest::newRow("empty segment is no parameter") << "get" << "/jobs/" << "";
    }

    void findsTheTemplateOfAPath()
    {
        QFETCH(QString, method);
        QFETCH(QString, path);
        QFETCH(QString, expected);
        QCOMPARE(document().findTemplate(method, path).value_or(QString()), expected);
    }

    void namesUndeclaredQueryParameters()
    {
        const OpenApiDocument doc = document();
        QCOMPARE(doc.undeclaredQueryParameters(QStringLiteral("get"), QStringLiteral("/jobs"),
                                               {QStringLiteral("page_size"), QStringLiteral("job_ids"), QStringLiteral("job_ids")}),
                 QStringList());
        // A cookie or path parameter is no query parameter; a repeated unknown name is named once.
        QCOMPARE(doc.undeclaredQueryParameters(QStringLiteral("get"), QStringLiteral("/jobs"),
                                               {QStringLiteral("pagesize"), QStringLiteral("session"), QStringLiteral("pagesize")}),
                 QStringList({QStringLiteral("query: pagesize"), QStringLiteral("query: session")}));
    }

    void namesUndeclaredBodyFields_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("all declared")
            << QByteArray(R"({"name": "n", "config": {"mode": "FAST", "pages": 2}, "rules": [{"type": "t", "description": "d"}]})")
            << QStringList();
        QTest::newRow("top level") << QByteArray(R"({"nam": "n"})") << QStringList{QStringLiteral("body.nam")};
        QTest::newRow("through $ref and anyOf") << QByteArray(R"({"config": {"mode": "FAST", "page": 2}})")
                                                << QStringList{QStringLiteral("body.config.page")};
        QTest::newRow("null alternative") << QByteArray(R"({"config": null})") << QStringList();
        QTest::newRow("array items") << QByteArray(R"({"rules": [{"type": "t"}, {"type": "t", "descr": "d"}]})")
                                     << QStringList{QStringLiteral("body.rules.1.descr")};
        QTest::newRow("map of strings") << QByteArray(R"({"headers": {"X-Any": "v", "X-Other": "w"}})") << QStringList();
        QTest::newRow("free-form object") << QByteArray(R"({"extra": {"anything": {"goes": 1}}})") << QStringList();
        QTest::newRow("oneOf, one alternative fits") << QByteArray(R"({"params": {"product_type": "a", "a_only": 1}})")
                                                     << QStringList();
        QTest::newRow("oneOf, open alternative") << QByteArray(R"({"params": {"product_type": "open", "whatever": 1}})")
                                                 << QStringList();
        QTest::newRow("allOf merges") << QByteArray(R"({"both": {"x": 1, "y": 2}})") << QStringList();
        QTest::newRow("allOf, neither part") << QByteArray(R"({"both": {"z": 1}})") << QStringList{QStringLiteral("body.both.z")};
    }

    void namesUndeclaredBodyFields()
    {
        QFETCH(QByteArray, body);
        QFETCH(QStringList, expected);
        const QJsonObject value = QJsonDocument::fromJson(body).object();
        QCOMPARE(document().undeclaredBodyFields(QStringLiteral("post"), QStringLiteral("/jobs"),
                                                 QStringLiteral("application/json"), value),
                 expected);
    }

    void checksMultipartFormsAndOperationsWithoutABody()
    {
        const OpenApiDocument doc = document();
        QCOMPARE(doc.undeclaredBodyFields(QStringLiteral("post"), QStringLiteral("/files"), QStringLiteral("multipart/form-data"),
                                          object(R"({"file": "<file>", "purpose": "classify"})")),
                 QStringList());
        QCOMPARE(doc.undeclaredBodyFields(QStringLiteral("post"), QStringLiteral("/files"), QStringLiteral("multipart/form-data"),
                                          object(R"({"file": "<file>", "purpos": "classify"})")),
                 QStringList{QStringLiteral("body.purpos")});
        const QStringList noBody = doc.undeclaredBodyFields(QStringLiteral("post"), QStringLiteral("/jobs/{job_id}/cancel"),
                                                            QStringLiteral("application/json"), object(R"({"reason": "r"})"));
        QCOMPARE(noBody.size(), 1);
        QVERIFY2(noBody.first().contains(QLatin1String("takes no application/json body")), qPrintable(noBody.first()));
    }
};

QTEST_GUILESS_MAIN(OpenApiDocumentTest)
#include "tst_openapidocument.moc"
