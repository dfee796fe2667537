// SPDX-FileCopyrightText: 2026 The Docket authors
// SPDX-License-Identifier: GPL-3.0-or-later
// JSON round trips of every DTO in api/types.h, driven by the official OpenAPI document: each
// schema's object is built from the schema itself (the property's example, else enum/const,
// else default, else a value synthesized from type and format), read with the DTO, written back
// with toJson() and compared key by key with what went in. Plus hand-written cases for the
// parsing rules the contract insists on.

#include "api/jsonreader.h"
#include "api/types.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>
#include <QTimeZone>

#include <cmath>
#include <functional>

using namespace docket::api;
using namespace Qt::Literals::StringLiterals;

namespace {

// Builds example objects from the OpenAPI document's component schemas.
class SchemaExampleBuilder
{
public:
    explicit SchemaExampleBuilder(QJsonObject schemas) : m_schemas(std::move(schemas)) {}

    bool hasSchema(const QString &name) const { return m_schemas.contains(name); }

    // overrides: a property name (at any depth) -> the component schema to build it from
    // instead (for unions whose first branch is not the one the DTO reads), or "=<json>" for a
    // fixed value.
    // useDefaults = false synthesizes values where the schema only has a default, so that a DTO
    // which ignores a field and always writes its default cannot pass unnoticed.
    QJsonObject object(const QString &schemaName, const QHash<QString, QString> &overrides = {}, bool useDefaults = true) const
    {
        m_overrides = overrides;
        m_useDefaults = useDefaults;
        return build(m_schemas.value(schemaName).toObject(), QString(), 0).toObject();
    }

private:
    QJsonObject resolve(const QJsonObject &schema) const
    {
        QJsonObject s = schema;
        for (int guard = 0; guard < 16 && s.contains("$ref"_L1); ++guard) {
            const QString ref = s.value("$ref"_L1).toString();
            QJsonObject target = m_schemas.value(ref.section(QLatin1Char('/'), -1)).toObject();
            // Keys beside the $ref (a default, an example) win over the target's own.
            for (auto it = s.begin(); it != s.end(); ++it)
                if (it.key() != "$ref"_L1)
                    target.insert(it.key(), it.value());
            s = target;
        }
        return s;
    }

    static bool isNullSchema(const QJsonObject &s) { return s.value("type"_L1).toString() == "null"_L1; }

    QJsonValue build(const QJsonObject &raw, const QString &name, int depth) const
    {
        if (depth > 12)
            return QJsonValue::Null;
        const QJsonObject s = resolve(raw);
        if (s.contains("example"_L1))
            return s.value("example"_L1);
        if (s.value("examples"_L1).isArray() && !s.value("examples"_L1).toArray().isEmpty())
            return s.value("examples"_L1).toArray().first();
        if (s.value("enum"_L1).isArray())
            return s.value("enum"_L1).toArray().first();
        if (s.contains("const"_L1))
            return s.value("const"_L1);
        if (m_useDefaults && s.contains("default"_L1) && !s.value("default"_L1).isNull())
            return s.value("default"_L1);
        for (const char *union_ : {"anyOf", "oneOf"}) {
            if (!s.contains(QLatin1String(union_)))
                continue;
            for (const QJsonValue &branch : s.value(QLatin1String(union_)).toArray()) {
                const QJsonObject b = branch.toObject();
                if (!isNullSchema(b))
                    return build(mergedWithOuter(s, b), name, depth + 1);
            }
            return QJsonValue::Null;
        }
        if (s.contains("allOf"_L1)) {
            QJsonObject merged;
            for (const QJsonValue &part : s.value("allOf"_L1).toArray()) {
                const QJsonObject o = build(part.toObject(), name, depth + 1).toObject();
                for (auto it = o.begin(); it != o.end(); ++it)
                    merged.insert(it.key(), it.value());
            }
            return merged;
        }

        const QString type = s.value("type"_L1).toString();
        if (type == "object"_L1 || s.contains("properties"_L1)) {
            const QJsonObject props = s.value("properties"_L1).toObject();
            QJsonObject out;
            if (props.isEmpty() && !s.value("additionalProperties"_L1).isBool()) {
                // A map: one entry of the value schema.
                const QJsonObject valueSchema = s.value("additionalProperties"_L1).toObject();
                out.insert("x-example-key"_L1, valueSchema.isEmpty() ? QJsonValue(QStringLiteral("value"))
                                                                  : build(valueSchema, name, depth + 1));
                return out;
            }
            if (props.isEmpty()) {
                out.insert("free_form"_L1, QStringLiteral("value"));
                return out;
            }
            for (auto it = props.begin(); it != props.end(); ++it) {
                const QString override = m_overrides.value(it.key());
                if (override.startsWith(QLatin1Char('=')))
                    out.insert(it.key(), QJsonDocument::fromJson("[" + override.mid(1).toUtf8() + "]").array().first());
                else if (!override.isEmpty())
                    out.insert(it.key(), build(m_schemas.value(override).toObject(), it.key(), depth + 1));
                else
                    out.insert(it.key(), build(it.value().toObject(), it.key(), depth + 1));
            }
            return out;
        }
        if (type == "array"_L1) {
            QJsonArray a;
            const int count = std::max(1, s.value("minItems"_L1).toInt(1));
            for (int i = 0; i < count; ++i)
                a.append(build(s.value("items"_L1).toObject(), name, depth + 1));
            return a;
        }
        if (type == "integer"_L1)
            return qint64(std::max(3.0, s.value("minimum"_L1).toDouble(0)));
        if (type == "number"_L1) {
            const double min = s.value("minimum"_L1).toDouble(0);
            const double max = s.value("maximum"_L1).toDouble(min + 1);
            return min + (max - min) * 0.375;
        }
        if (type == "boolean"_L1)
            return true;
        if (type == "string"_L1)
            return string(s, name);
        // No type at all (a free "Any"): a string is as good as anything.
        return QString(QStringLiteral("any-") + name);
    }

    static QJsonObject mergedWithOuter(const QJsonObject &outer, const QJsonObject &branch)
    {
        QJsonObject merged = branch;
        for (const char *key : {"default", "example", "examples"})
            if (outer.contains(QLatin1String(key)) && !merged.contains(QLatin1String(key)))
                merged.insert(QLatin1String(key), outer.value(QLatin1String(key)));
        return merged;
    }

    static QString string(const QJsonObject &s, const QString &name)
    {
        const QString format = s.value("format"_L1).toString();
        if (format == "date-time"_L1)
            return QStringLiteral("2026-11-20T09:15:00.250Z");
        if (format == "uuid"_L1)
            return QStringLiteral("6f1e8a52-9d3b-4c1e-a1c0-6b1f2e3d4c5b");
        if (format == "uri"_L1 || name.endsWith("url"_L1))
            return QStringLiteral("https://example.com/") + name;
        QString text = QStringLiteral("example ") + name;
        const int min = s.value("minLength"_L1).toInt(0);
        const int max = s.value("maxLength"_L1).toInt(1 << 20);
        while (text.size() < min)
            text += QLatin1Char('x');
        return text.left(max);
    }

    QJsonObject m_schemas;
    mutable QHash<QString, QString> m_overrides;
    mutable bool m_useDefaults = true;
};

// Compares what the DTO wrote with what it was given. Every key written must have come in with
// an equal value; every key that came in must come back, unless it was null (optional = absent)
// or is listed as not modelled.
void compareJson(const QJsonValue &in, const QJsonValue &out, const QString &path, const QStringList &unmodelled,
                 QStringList *problems)
{
    static const QRegularExpression index(QStringLiteral("\\[\\d+\\]"));
    const QString shape = QString(path).replace(index, QStringLiteral("[]"));
    if (in.isObject() && out.isObject()) {
        const QJsonObject a = in.toObject(), b = out.toObject();
        for (auto it = b.begin(); it != b.end(); ++it) {
            const QString p = path.isEmpty() ? it.key() : path + QLatin1Char('.') + it.key();
            if (!a.contains(it.key()))
                problems->append(p + QStringLiteral(": written but not in the input"));
            else
                compareJson(a.value(it.key()), it.value(), p, unmodelled, problems);
        }
        for (auto it = a.begin(); it != a.end(); ++it) {
            const QString p = path.isEmpty() ? it.key() : path + QLatin1Char('.') + it.key();
            const QString pShape = shape.isEmpty() ? it.key() : shape + QLatin1Char('.') + it.key();
            if (!b.contains(it.key()) && !it.value().isNull() && !unmodelled.contains(pShape))
                problems->append(p + QStringLiteral(": in the input but dropped"));
        }
        return;
    }
    if (in.isArray() && out.isArray()) {
        const QJsonArray a = in.toArray(), b = out.toArray();
        if (a.size() != b.size()) {
            problems->append(path + QStringLiteral(": %1 items in, %2 out").arg(a.size()).arg(b.size()));
            return;
        }
        for (qsizetype i = 0; i < a.size(); ++i)
            compareJson(a.at(i), b.at(i), path + QStringLiteral("[%1]").arg(i), unmodelled, problems);
        return;
    }
    if (in.isDouble() && out.isDouble() && std::abs(in.toDouble() - out.toDouble()) < 1e-9)
        return;
    if (in.isString() && out.isString() && in.toString() != out.toString()) {
        // Date-times come back normalised (UTC, milliseconds): compare the instants.
        const auto x = json::dateTimeFromWire(in.toString()), y = json::dateTimeFromWire(out.toString());
        if (x && y && *x == *y)
            return;
    }
    if (in != out)
        problems->append(path + QStringLiteral(": in %1, out %2")
                                    .arg(QString::fromUtf8(QJsonDocument(QJsonArray{in}).toJson(QJsonDocument::Compact)),
                                         QString::fromUtf8(QJsonDocument(QJsonArray{out}).toJson(QJsonDocument::Compact))));
}

using RoundTrip = std::function<Result<QJsonObject>(const QJsonObject &)>;

template<typename T>
RoundTrip roundTrip()
{
    return [](const QJsonObject &in) -> Result<QJsonObject> {
        const Result<T> parsed = parseObject<T>(in);
        if (!parsed)
            return parsed.error();
        return parsed.value().toJson();
    };
}

struct SchemaCase
{
    const char *name;
    QString schema;
    RoundTrip roundTrip;
    QHash<QString, QString> overrides;
    QStringList unmodelled; // schema keys the DTO deliberately does not keep ("a.b", "items[].c")
};

QList<SchemaCase> schemaCases()
{
    const QHash<QString, QString> classifyPreset{{QStringLiteral("product_type"), QStringLiteral("=\"classify_v2\"")},
                                                 {QStringLiteral("parameters"), QStringLiteral("ClassifyV2Parameters")}};
    return {
        {"Rule / ClassifierRule", QStringLiteral("ClassifierRule"), roundTrip<Rule>(), {}, {}},
        {"Rule / ClassifyV2Rule", QStringLiteral("ClassifyV2Rule"), roundTrip<Rule>(), {}, {}},
        {"WebhookConfiguration / v1", QStringLiteral("LlamaParseWebhookConfiguration"), roundTrip<WebhookConfiguration>(), {}, {}},
        {"WebhookConfiguration / v2", QStringLiteral("WebhookConfiguration"), roundTrip<WebhookConfiguration>(), {}, {}},
        {"ClassificationResult", QStringLiteral("ClassificationResult"), roundTrip<ClassificationResult>(), {}, {}},
        {"ClassifyV2Result", QStringLiteral("ClassifyV2Result"), roundTrip<ClassifyV2Result>(), {}, {}},
        {"ParsingConfigurationV1", QStringLiteral("ClassifyParsingConfiguration"), roundTrip<ParsingConfigurationV1>(), {}, {}},
        {"ClassifyJobCreate", QStringLiteral("ClassifyJobCreate"), roundTrip<ClassifyJobCreate>(), {}, {}},
        {"ClassifyJob", QStringLiteral("ClassifyJob"), roundTrip<ClassifyJob>(), {}, {}},
        {"FileClassification", QStringLiteral("FileClassification"), roundTrip<FileClassification>(), {}, {}},
        {"ClassifyJobList", QStringLiteral("ClassifyJobListResponse"), roundTrip<ClassifyJobList>(), {}, {}},
        {"ClassifyJobResults", QStringLiteral("ClassifyJobResults"), roundTrip<ClassifyJobResults>(), {}, {}},
        {"ParsingConfigurationV2", QStringLiteral("ClassifyV2ParsingConfiguration"), roundTrip<ParsingConfigurationV2>(), {}, {}},
        {"ClassifyV2Configuration", QStringLiteral("ClassifyV2Configuration"), roundTrip<ClassifyV2Configuration>(), {}, {}},
        // The deprecated input aliases are not modelled: Docket always sends file_input.
        {"ClassifyV2CreateRequest", QStringLiteral("ClassifyV2JobCreateRequest"), roundTrip<ClassifyV2CreateRequest>(), {},
         {QStringLiteral("file_id"), QStringLiteral("parse_job_id")}},
        {"ClassifyV2Job", QStringLiteral("ClassifyV2JobResponse"), roundTrip<ClassifyV2Job>(), {}, {}},
        {"ClassifyV2JobList", QStringLiteral("ClassifyV2JobQueryResponse"), roundTrip<ClassifyV2JobList>(), {}, {}},
        {"PresignedUrl", QStringLiteral("PresignedUrl"), roundTrip<PresignedUrl>(), {}, {}},
        {"FileV2", QStringLiteral("FileV2"), roundTrip<FileV2>(), {}, {}},
        {"FileList", QStringLiteral("FileQueryResponseV2"), roundTrip<FileList>(), {}, {}},
        {"BatchJob", QStringLiteral("BatchJobResponse"), roundTrip<BatchJob>(), {}, {}},
        {"BatchJobStatus", QStringLiteral("BatchJobStatusResponse"), roundTrip<BatchJobStatus>(), {}, {}},
        {"BatchItem", QStringLiteral("BatchItemDetail"), roundTrip<BatchItem>(), {}, {}},
        {"BatchCancelResponse", QStringLiteral("BatchJobCancelResponse"), roundTrip<BatchCancelResponse>(), {}, {}},
        // job_config is a union of a parse record and a whole ClassifyJob; Docket sends the latter.
        {"BatchJobCreateRequest", QStringLiteral("BatchJobCreateRequest"), roundTrip<BatchJobCreateRequest>(),
         {{QStringLiteral("job_config"), QStringLiteral("ClassifyJob")}}, {}},
        {"BatchJobList", QStringLiteral("BatchJobQueryResponse"), roundTrip<BatchJobList>(), {}, {}},
        {"BatchItemList", QStringLiteral("BatchItemListResponse"), roundTrip<BatchItemList>(), {}, {}},
        {"Project", QStringLiteral("Project"), roundTrip<Project>(), {}, {}},
        {"Organization", QStringLiteral("Organization"), roundTrip<Organization>(), {}, {}},
        // Other products' presets are kept verbatim (first union branch); classify presets too.
        {"ConfigurationResponse / other product", QStringLiteral("ConfigurationResponse"), roundTrip<ConfigurationResponse>(), {}, {}},
        {"ConfigurationResponse / classify_v2", QStringLiteral("ConfigurationResponse"), roundTrip<ConfigurationResponse>(),
         classifyPreset, {}},
        {"ConfigurationList", QStringLiteral("ConfigurationQueryResponse"), roundTrip<ConfigurationList>(), classifyPreset, {}},
        {"ConfigurationCreateRequest", QStringLiteral("ConfigurationCreateRequest"), roundTrip<ConfigurationCreateRequest>(),
         {{QStringLiteral("parameters"), QStringLiteral("ClassifyV2Parameters")}}, {}},
    };
}

QString openApiPath()
{
    const QString fromEnv = qEnvironmentVariable("DOCKET_OPENAPI");
    return fromEnv.isEmpty() ? QStringLiteral(DOCKET_DEFAULT_OPENAPI) : fromEnv;
}

const QByteArray V2Job = R"({"id": "cls-1", "project_id": "p", "user_id": "u", "status": "RUNNING",
    "document_input_type": "file_id", "file_input": "dfl-1",
    "configuration": {"rules": [{"type": "invoice", "description": "A bill that asks for payment"}]}})";

} // namespace

class TypesTest : public QObject
{
    Q_OBJECT

    std::optional<SchemaExampleBuilder> builder;
    QString skipReason;

private Q_SLOTS:
    void initTestCase()
    {
        const QString path = openApiPath();
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) {
            skipReason = QStringLiteral("The official OpenAPI document is not at %1 (set DOCKET_OPENAPI to its path); "
                                        "the schema-driven round trips are skipped.")
                             .arg(path);
            return;
        }
        const QJsonObject doc = QJsonDocument::fromJson(f.readAll()).object();
        const QJsonObject schemas = doc.value("components"_L1).toObject().value("schemas"_L1).toObject();
        if (schemas.isEmpty()) {
            skipReason = QStringLiteral("%1 has no components.schemas; is it the OpenAPI document?").arg(path);
            return;
        }
        builder.emplace(schemas);
    }

    // --- schema-driven round trips ---------------------------------------------------------

    void roundTripsEverySchema_data()
    {
        QTest::addColumn<int>("index");
        QTest::addColumn<bool>("useDefaults");
        const QList<SchemaCase> cases = schemaCases();
        for (int i = 0; i < cases.size(); ++i) {
            QTest::addRow("%s", cases[i].name) << i << true;
            QTest::addRow("%s, no defaults", cases[i].name) << i << false;
        }
    }

    void roundTripsEverySchema()
    {
        if (!builder)
            QSKIP(qPrintable(skipReason));
        QFETCH(int, index);
        QFETCH(bool, useDefaults);
        const SchemaCase c = schemaCases().at(index);
        QVERIFY2(builder->hasSchema(c.schema), qPrintable(QStringLiteral("schema %1 is missing from the document").arg(c.schema)));
        const QJsonObject in = builder->object(c.schema, c.overrides, useDefaults);
        QVERIFY(!in.isEmpty());
        const Result<QJsonObject> out = c.roundTrip(in);
        QVERIFY2(out.ok(), qPrintable(out.ok() ? QString()
                                               : out.error().toDisplayString() + QStringLiteral("\ninput: ")
                                                     + QString::fromUtf8(QJsonDocument(in).toJson(QJsonDocument::Compact))));
        QStringList problems;
        compareJson(in, out.value(), QString(), c.unmodelled, &problems);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n')) + QStringLiteral("\ninput: ")
                                                + QString::fromUtf8(QJsonDocument(in).toJson(QJsonDocument::Compact))));
        // Writing is stable: reading what was written gives the same JSON again.
        const Result<QJsonObject> again = c.roundTrip(out.value());
        QVERIFY(again.ok());
        QCOMPARE(again.value(), out.value());
    }

    void classifyPresetIsParsedFromParameters()
    {
        if (!builder)
            QSKIP(qPrintable(skipReason));
        const QJsonObject in = builder->object(QStringLiteral("ConfigurationResponse"),
                                               {{QStringLiteral("product_type"), QStringLiteral("=\"classify_v2\"")},
                                                {QStringLiteral("parameters"), QStringLiteral("ClassifyV2Parameters")}});
        const auto parsed = parseObject<ConfigurationResponse>(in);
        QVERIFY(parsed.ok());
        QVERIFY(parsed.value().isClassify());
        QVERIFY(parsed.value().classify.has_value());
        QCOMPARE(parsed.value().classify->rules.size(), 1);
        QCOMPARE(parsed.value().classify->toJson().value("rules"_L1),
                 in.value("parameters"_L1).toObject().value("rules"_L1));
    }

    // --- hand-written parsing rules --------------------------------------------------------

    void ignoresUnknownFieldsAtEveryLevel()
    {
        QByteArray text = V2Job;
        text.replace("\"id\": \"cls-1\"", "\"id\": \"cls-1\", \"brand_new\": [1, {\"x\": null}]");
        text.replace("\"rules\": [{", "\"rule_engine\": \"v9\", \"rules\": [{\"weight\": 3, ");
        const auto r = parseBody<ClassifyV2Job>(text);
        QVERIFY(r.ok());
        QCOMPARE(r.value().id, QStringLiteral("cls-1"));
        QCOMPARE(r.value().configuration.rules.at(0).type, QStringLiteral("invoice"));
        QVERIFY(!r.value().toJson().contains("brand_new"_L1));
    }

    void keepsUnknownEnumValuesRaw_data()
    {
        QTest::addColumn<QByteArray>("from");
        QTest::addColumn<QByteArray>("to");
        QTest::newRow("status") << QByteArray("\"status\": \"RUNNING\"") << QByteArray("\"status\": \"THROTTLED\"");
        QTest::newRow("input type") << QByteArray("\"document_input_type\": \"file_id\"")
                                    << QByteArray("\"document_input_type\": \"s3_uri\"");
    }

    void keepsUnknownEnumValuesRaw()
    {
        QFETCH(QByteArray, from);
        QFETCH(QByteArray, to);
        QByteArray text = V2Job;
        text.replace(from, to);
        const auto r = parseBody<ClassifyV2Job>(text);
        QVERIFY(r.ok());
        const QJsonObject written = r.value().toJson();
        const QJsonObject expected = QJsonDocument::fromJson("{" + to + "}").object();
        const QString key = expected.keys().first();
        QCOMPARE(written.value(key), expected.value(key));
    }

    void missingRequiredFieldNamesItsPath_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("field");
        QByteArray noStatus = V2Job;
        noStatus.replace("\"status\": \"RUNNING\",", "");
        QTest::newRow("second list item") << QByteArray("{\"items\": [" + V2Job + ", " + noStatus + "]}") << QStringLiteral("items[1].status");
        QByteArray noRuleType = V2Job;
        noRuleType.replace("\"type\": \"invoice\", ", "");
        QTest::newRow("nested rule") << QByteArray("{\"items\": [" + noRuleType + "]}")
                                     << QStringLiteral("items[0].configuration.rules[0].type");
        QTest::newRow("items") << QByteArray(R"({"next_page_token": "x"})") << QStringLiteral("items");
        QByteArray nullStatus = V2Job;
        nullStatus.replace("\"status\": \"RUNNING\"", "\"status\": null");
        QTest::newRow("null counts as missing") << QByteArray("{\"items\": [" + nullStatus + "]}") << QStringLiteral("items[0].status");
    }

    void missingRequiredFieldNamesItsPath()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, field);
        const auto r = parseBody<ClassifyV2JobList>(text);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind(), ApiError::Kind::UnexpectedShape);
        QCOMPARE(r.error().field(), field);
        QVERIFY2(r.error().message().contains(field), qPrintable(r.error().message()));
    }

    void wrongTypesAreShapeErrors_data()
    {
        QTest::addColumn<QByteArray>("from");
        QTest::addColumn<QByteArray>("to");
        QTest::addColumn<QString>("field");
        QTest::newRow("number for string") << QByteArray("\"status\": \"RUNNING\"") << QByteArray("\"status\": 3")
                                           << QStringLiteral("status");
        QTest::newRow("string for number")
            << QByteArray("\"file_input\": \"dfl-1\"")
            << QByteArray("\"file_input\": \"dfl-1\", \"result\": {\"type\": \"a\", \"confidence\": \"high\", \"reasoning\": \"r\"}")
            << QStringLiteral("result.confidence");
        QTest::newRow("object for array") << QByteArray("\"rules\": [{\"type\": \"invoice\", \"description\": \"A bill that asks for payment\"}]")
                                          << QByteArray("\"rules\": {}") << QStringLiteral("configuration.rules");
        QTest::newRow("string in object list") << QByteArray("\"rules\": [{\"type\": \"invoice\", \"description\": \"A bill that asks for payment\"}]")
                                               << QByteArray("\"rules\": [\"invoice\"]") << QStringLiteral("configuration.rules[0]");
        QTest::newRow("bad date-time") << QByteArray("\"file_input\": \"dfl-1\"")
                                       << QByteArray("\"file_input\": \"dfl-1\", \"created_at\": \"yesterday\"")
                                       << QStringLiteral("created_at");
    }

    void wrongTypesAreShapeErrors()
    {
        QFETCH(QByteArray, from);
        QFETCH(QByteArray, to);
        QFETCH(QString, field);
        QByteArray text = V2Job;
        QVERIFY(text.contains(from));
        text.replace(from, to);
        const auto r = parseBody<ClassifyV2Job>(text);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind(), ApiError::Kind::UnexpectedShape);
        QCOMPARE(r.error().field(), field);
    }

    void integerFieldRejectsFractions()
    {
        const auto r = parseBody<BatchJob>(R"({"id":"b","project_id":"p","job_type":"classify","status":"running","total_items":2.5})");
        QCOMPARE(r.error().kind(), ApiError::Kind::UnexpectedShape);
        QCOMPARE(r.error().field(), QStringLiteral("total_items"));
    }

    void malformedJsonIsNotAShapeError_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("truncated") << QByteArray(R"({"id": "cls-1", "status": )");
        QTest::newRow("html") << QByteArray("<html>502 Bad Gateway</html>");
        QTest::newRow("empty") << QByteArray();
    }

    void malformedJsonIsNotAShapeError()
    {
        QFETCH(QByteArray, text);
        const auto r = parseBody<ClassifyV2Job>(text);
        QCOMPARE(r.error().kind(), ApiError::Kind::MalformedJson);
    }

    void arrayWhereObjectExpectedIsAShapeError()
    {
        const auto r = parseBody<ClassifyV2Job>("[]");
        QCOMPARE(r.error().kind(), ApiError::Kind::UnexpectedShape);
        QCOMPARE(r.error().field(), QStringLiteral("$"));
        const auto list = parseArrayBody<Project>(R"({"items": []})");
        QCOMPARE(list.error().kind(), ApiError::Kind::UnexpectedShape);
    }

    void nullResultTypeMeansNoMatch()
    {
        const auto r = parseBody<ClassifyJobResults>(R"({"items": [
            {"id": "r1", "classify_job_id": "j", "result": {"type": null, "confidence": 0.1, "reasoning": "none fits"}}]})");
        QVERIFY(r.ok());
        const auto &result = r.value().items.at(0).result;
        QVERIFY(result.has_value());
        QVERIFY(!result->type.has_value());
        // Written back as an explicit null: the key is required, only its value is nullable.
        const QJsonObject written = result->toJson();
        QVERIFY(written.contains("type"_L1));
        QVERIFY(written.value("type"_L1).isNull());
    }

    void resultTypeKeyIsRequired()
    {
        const auto r = parseBody<ClassifyJobResults>(R"({"items": [
            {"id": "r1", "classify_job_id": "j", "result": {"confidence": 0.1, "reasoning": "none fits"}}]})");
        QCOMPARE(r.error().kind(), ApiError::Kind::UnexpectedShape);
        QCOMPARE(r.error().field(), QStringLiteral("items[0].result.type"));
    }

    void acceptsDocumentInputValueAsTheOlderName()
    {
        QByteArray text = V2Job;
        text.replace("\"file_input\"", "\"document_input_value\"");
        const auto r = parseBody<ClassifyV2Job>(text);
        QVERIFY(r.ok());
        QCOMPARE(r.value().fileInput, QStringLiteral("dfl-1"));
        const QJsonObject written = r.value().toJson();
        QCOMPARE(written.value("file_input"_L1).toString(), QStringLiteral("dfl-1"));
        QVERIFY(!written.contains("document_input_value"_L1));
    }

    void fileInputWinsOverTheOlderName()
    {
        QByteArray text = V2Job;
        text.replace("\"file_input\": \"dfl-1\"", "\"file_input\": \"dfl-new\", \"document_input_value\": \"dfl-old\"");
        const auto r = parseBody<ClassifyV2Job>(text);
        QVERIFY(r.ok());
        QCOMPARE(r.value().fileInput, QStringLiteral("dfl-new"));
    }

    void missingFileInputUnderEitherNameNamesFileInput()
    {
        QByteArray text = V2Job;
        text.replace("\"file_input\": \"dfl-1\",", "");
        const auto r = parseBody<ClassifyV2Job>(text);
        QCOMPARE(r.error().kind(), ApiError::Kind::UnexpectedShape);
        QCOMPARE(r.error().field(), QStringLiteral("file_input"));
    }

    void v1MaxPagesAbsentIsFiveAndNullIsNoLimit_data()
    {
        QTest::addColumn<QByteArray>("parsing");
        QTest::addColumn<std::optional<qint64>>("maxPages");
        QTest::addColumn<QJsonValue>("written");
        QTest::newRow("absent") << QByteArray(R"({"lang": "fr"})") << std::optional<qint64>(5) << QJsonValue(5);
        QTest::newRow("null") << QByteArray(R"({"lang": "fr", "max_pages": null})") << std::optional<qint64>()
                              << QJsonValue(QJsonValue::Null);
        QTest::newRow("set") << QByteArray(R"({"max_pages": 12})") << std::optional<qint64>(12) << QJsonValue(12);
        QTest::newRow("whole object absent") << QByteArray() << std::optional<qint64>(5) << QJsonValue(5);
    }

    void v1MaxPagesAbsentIsFiveAndNullIsNoLimit()
    {
        QFETCH(QByteArray, parsing);
        QFETCH(std::optional<qint64>, maxPages);
        QFETCH(QJsonValue, written);
        QByteArray text = R"({"id": "j", "project_id": "p", "user_id": "u", "status": "PENDING",
            "rules": [{"type": "invoice", "description": "A bill that asks for payment"}])";
        if (!parsing.isEmpty())
            text += ", \"parsing_configuration\": " + parsing;
        text += '}';
        const auto r = parseBody<ClassifyJob>(text);
        QVERIFY(r.ok());
        QCOMPARE(r.value().parsingConfiguration.maxPages, maxPages);
        const QJsonObject out = r.value().toJson().value("parsing_configuration"_L1).toObject();
        QVERIFY(out.contains("max_pages"_L1)); // never omitted: omission would mean 5
        QCOMPARE(out.value("max_pages"_L1), written);
    }

    void specDefaultsApplyWhenKeysAreAbsent()
    {
        const auto job = parseBody<BatchJob>(R"({"id":"b","project_id":"p","job_type":"classify","status":"pending","total_items":4})");
        QVERIFY(job.ok());
        QCOMPARE(job.value().processedItems, 0);
        QCOMPARE(job.value().failedItems, 0);
        QCOMPARE(job.value().skippedItems, 0);
        const auto config = parseBody<ClassifyV2Configuration>(R"({"rules":[{"type":"a","description":"0123456789"}]})");
        QVERIFY(config.ok());
        QCOMPARE(config.value().mode, QStringLiteral("FAST"));
        const auto org = parseBody<Organization>(R"({"id":"o","name":"Acme"})");
        QVERIFY(org.ok());
        QCOMPARE(org.value().parsePlanLevel, QStringLiteral("DEFAULT"));
    }

    void dateTimesInTheServersFormatsAreRead_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDateTime>("utc");
        const QDateTime at(QDate(2026, 3, 1), QTime(10, 0, 0, 123), QTimeZone::utc());
        QTest::newRow("micros Z") << QStringLiteral("2026-03-01T10:00:00.123456Z") << at;
        QTest::newRow("millis offset") << QStringLiteral("2026-03-01T11:00:00.123+01:00") << at;
        QTest::newRow("naive is UTC") << QStringLiteral("2026-03-01T10:00:00.123") << at;
        QTest::newRow("no fraction") << QStringLiteral("2026-03-01T10:00:00Z") << at.addMSecs(-123);
    }

    void dateTimesInTheServersFormatsAreRead()
    {
        QFETCH(QString, text);
        QFETCH(QDateTime, utc);
        const auto parsed = json::dateTimeFromWire(text);
        QVERIFY(parsed.has_value());
        QCOMPARE(parsed->toUTC(), utc);
    }
};

QTEST_GUILESS_MAIN(TypesTest)
#include "tst_types.moc"
