// SPDX-FileCopyrightText: 2026 The Docket authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Contract tests: every operation the client core speaks is sent, through the real endpoint
// clients, to a server that implements the LlamaCloud API, and must be accepted and answered with
// a body that parses into its DTO.
//
// Default: Prism validates against the official OpenAPI document.
//   The test starts `prism mock <openapi> --errors` itself on a free loopback port (static
//   examples, no --dynamic, so every run sees the same answers) and stops it at the end. A request
//   that breaks the document comes back as 422 with an `sl-violations` header; the test fails with
//   Prism's own violation text. On top of Prism, every query parameter and body field a request
//   carries must be declared by its operation in the document (Prism lets unknown names pass, and
//   the server would ignore them silently). Install the pinned Prism once:
//       npm ci --prefix tests/contract
//   OpenAPI document: env DOCKET_OPENAPI, else ../shared/openapi/llamacloud-openapi.json beside the
//   source tree (the test is skipped when it is absent). Prism: env DOCKET_PRISM, else
//   tests/contract/node_modules/.bin/prism. Missing Prism skips the test, except with CI=true,
//   where it fails: CI must never skip the contract silently.
//
// Against any other server (the local engine, LlamaCloud itself, a Prism you started yourself):
//       DOCKET_CONTRACT_BASE_URL=http://127.0.0.1:8765 DOCKET_CONTRACT_TOKEN=<key> ctest -R tst_contract -V
//   (or run the tst_contract binary directly). Prism is not started then; the token is optional
//   (without one, the missing-token check is skipped). Every ID is taken from the server's own
//   answers (upload a file, then classify it; get the job that create returned), never from
//   constants. Such a server is expected to keep state: a get returns what create made, a list
//   filtered by job_ids holds those jobs, a deleted file is gone (404). A run creates a few small
//   jobs, one batch, one saved configuration (deleted again) and two one-page PDFs (one deleted
//   again) in the project the server lists as default (else its first project); every call after
//   the account test is scoped to that project. The name check runs whenever the document is
//   found (DOCKET_OPENAPI or the default path).
//   For a server that answers from examples and keeps no state, such as
//       npx --prefix tests/contract prism mock <openapi> --errors --dynamic --seed 1 -p 4010
//   add DOCKET_CONTRACT_MOCK=1: then only the wire contract is checked. Prism's violations (its
//   sl-violations header) are reported the same way whether the test started Prism or not.
//   Expect some failures there that are not the client's: --dynamic invents answers that can
//   break the document (Prism then answers 500 and the test says the answer is at fault) and v1
//   results without any file ID to continue with (see the file-ID defect below).
//
// Against a docket-engine the test starts itself (CTest's tst_contract_engine does this):
//       DOCKET_CONTRACT_ENGINE=<path to docket-engine> ctest -R tst_contract -V
//   The engine runs on a free loopback port (--port 0, read from its ready line "docket-engine
//   listening on <url>") with a fresh temporary --data-dir and a random token, as a real server
//   (not a mock), and is stopped (SIGTERM) at the end. DOCKET_CONTRACT_BASE_URL wins when both are set.
//
// Two known defects are worked around, narrowly and visibly (each prints a line when it applies):
//  - Prism rejects a query array that carries one value (`job_ids=a`: "must be array") when the
//    parameter's schema is anyOf[array, null] (stoplightio/prism#2675). Such a request is sent
//    again with the lone value repeated (`job_ids=a&job_ids=a`, the same filter), which Prism
//    validates properly; any other violation still fails the test.
//  - The document itself disagrees about file IDs: FileV2.id is "dfl-…", but the path parameter of
//    GET/DELETE /api/v1/beta/files/{file_id} and v1 ClassifyJobCreate.file_ids declare
//    format uuid. Against a mock, those calls use a uuid file ID that the mock itself handed out
//    (a v1 classification result's file_id); against a real server, the uploaded file's own ID.

#include "api/accountapi.h"
#include "api/apiclient.h"
#include "api/batchapi.h"
#include "api/classifierapi.h"
#include "api/classifyapi.h"
#include "api/configurationsapi.h"
#include "api/filesapi.h"
#include "api/types.h"
#include "openapidocument.h"
#include "prismserver.h"
#include "serverprocess.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <memory>
#include <type_traits>

using namespace docket::api;
using docket::test::OpenApiDocument;
using docket::test::PrismServer;
using docket::test::ServerProcess;

// accepted() has already reported why; the test function just stops.
#define STOP_IF_FAILED(value)                                                                              \
    do {                                                                                                   \
        if (!(value))                                                                                      \
            return;                                                                                        \
    } while (false)

namespace {

constexpr int RequestTimeoutMs = 30'000;

// The operations of the client core (issue "Foundation"), as the tests name them.
const QStringList &endpointOperations()
{
    static const QStringList all = {
        QStringLiteral("v1.createJob"), QStringLiteral("v1.listJobs"), QStringLiteral("v1.getJob"),
        QStringLiteral("v1.getResults"), QStringLiteral("v2.create"), QStringLiteral("v2.list"),
        QStringLiteral("v2.get"), QStringLiteral("v2.cancel"), QStringLiteral("files.upload"),
        QStringLiteral("files.get"), QStringLiteral("files.list"), QStringLiteral("files.remove"),
        QStringLiteral("batch.create"), QStringLiteral("batch.list"), QStringLiteral("batch.status"),
        QStringLiteral("batch.items"), QStringLiteral("batch.cancel"), QStringLiteral("account.projects"),
        QStringLiteral("account.organizations"), QStringLiteral("configurations.create"),
        QStringLiteral("configurations.list"), QStringLiteral("configurations.get"),
        QStringLiteral("configurations.remove"),
    };
    return all;
}
constexpr int PrismStartTimeoutMs = 90'000;
constexpr int EngineStartTimeoutMs = 30'000;

// One entry of Prism's `sl-violations` header.
struct Violation
{
    QStringList location; // e.g. {"request", "query", "page_size"}
    QString severity;     // Error | Warning | Information | Hint
    QString code;         // the JSON-schema keyword: maximum, type, required, …
    QString message;

    bool isError() const { return severity == QLatin1String("Error"); }
    QString toString() const
    {
        return QStringLiteral("%1: %2 [%3, %4]").arg(location.join(QLatin1Char('.')), message, code, severity);
    }
};

QList<Violation> parseViolations(const QByteArray &header)
{
    QList<Violation> out;
    if (header.isEmpty())
        return out;
    const QJsonDocument doc = QJsonDocument::fromJson(header);
    if (!doc.isArray()) {
        // Not the shape we know: keep it whole so that it still fails the test, readably.
        out.append({{}, QStringLiteral("Error"), QStringLiteral("unparsed"), QString::fromUtf8(header)});
        return out;
    }
    for (const QJsonValue &v : doc.array()) {
        const QJsonObject o = v.toObject();
        Violation violation;
        for (const QJsonValue &l : o.value(QLatin1String("location")).toArray())
            violation.location.append(l.isDouble() ? QString::number(l.toInteger()) : l.toString());
        violation.severity = o.value(QLatin1String("severity")).toString();
        violation.code = o.value(QLatin1String("code")).toString();
        violation.message = o.value(QLatin1String("message")).toString();
        out.append(violation);
    }
    return out;
}

QString methodName(HttpMethod method)
{
    switch (method) {
    case HttpMethod::Get: return QStringLiteral("GET");
    case HttpMethod::Post: return QStringLiteral("POST");
    case HttpMethod::Put: return QStringLiteral("PUT");
    case HttpMethod::Delete: return QStringLiteral("DELETE");
    }
    return QStringLiteral("?");
}

// What one call looked like on the wire and what came back.
struct Exchange
{
    RequestSpec spec;
    int httpStatus = 0;
    QList<Violation> violations;
    std::optional<ApiError> error;
    QByteArray body;
    bool finished = false;

    QList<Violation> errors() const
    {
        QList<Violation> out;
        for (const Violation &v : violations)
            if (v.isError())
                out.append(v);
        return out;
    }

    QString describe() const
    {
        QString s = methodName(spec.method) + QLatin1Char(' ') + spec.path;
        if (!spec.query.isEmpty())
            s += QLatin1Char('?') + spec.query.encoded();
        if (spec.upload)
            s += QStringLiteral(" [multipart: %1]").arg(spec.upload->fileField);
        return s + QStringLiteral(" -> HTTP %1").arg(httpStatus);
    }
};

template<typename T>
struct ListItem
{
    using type = void;
};
template<typename X>
struct ListItem<QList<X>>
{
    using type = X;
};

// Sends a spec through the same ApiClient entry point the endpoint clients use for T.
template<typename T>
ApiRequest *sendSpec(ApiClient *client, RequestSpec spec, QObject *context, std::function<void(Result<T>)> done)
{
    if constexpr (std::is_same_v<T, Empty>)
        return client->callEmpty(std::move(spec), context, std::move(done));
    else if constexpr (!std::is_void_v<typename ListItem<T>::type>)
        return client->callList<typename ListItem<T>::type>(std::move(spec), context, std::move(done));
    else
        return client->call<T>(std::move(spec), context, std::move(done));
}

// A small but well-formed PDF (correct xref offsets) with one line of text, so that a server that
// really reads documents can read it.
QByteArray minimalPdf(const QByteArray &text)
{
    const QByteArray stream = "BT /F1 18 Tf 72 720 Td (" + text + ") Tj ET";
    const QList<QByteArray> objects = {
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        "/Resources << /Font << /F1 5 0 R >> >> >>",
        "<< /Length " + QByteArray::number(stream.size()) + " >>\nstream\n" + stream + "\nendstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    };
    QByteArray pdf = "%PDF-1.4\n";
    QList<qsizetype> offsets;
    for (qsizetype i = 0; i < objects.size(); ++i) {
        offsets.append(pdf.size());
        pdf += QByteArray::number(i + 1) + " 0 obj\n" + objects.at(i) + "\nendobj\n";
    }
    const qsizetype xref = pdf.size();
    pdf += "xref\n0 " + QByteArray::number(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (qsizetype offset : offsets)
        pdf += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    pdf += "trailer\n<< /Size " + QByteArray::number(objects.size() + 1) + " /Root 1 0 R >>\nstartxref\n"
        + QByteArray::number(xref) + "\n%%EOF\n";
    return pdf;
}

Rule rule(const QString &type, const QString &description)
{
    Rule r;
    r.type = type;
    r.description = description;
    return r;
}

RequestSpec rawSpec(HttpMethod method, const QString &path, Query query = {})
{
    RequestSpec spec;
    spec.method = method;
    spec.path = path;
    spec.query = std::move(query);
    return spec;
}

QByteArray jsonBytes(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace

class ContractTest : public QObject
{
    Q_OBJECT

public:
    template<typename T>
    using Done = std::function<void(Result<T>)>;
    template<typename T>
    using Starter = std::function<ApiRequest *(QObject *, Done<T>)>;

private:
    std::unique_ptr<PrismServer> m_prism;
    std::unique_ptr<ServerProcess> m_engine; // DOCKET_CONTRACT_ENGINE: the engine the test started
    OpenApiDocument m_document; // loaded whenever the file is there, in either mode
    std::unique_ptr<ApiClient> m_client;
    ConnectionSettings m_connection;
    QTemporaryDir m_dir;
    QElapsedTimer m_clock;
    bool m_ownPrism = true; // the test started Prism itself (no DOCKET_CONTRACT_BASE_URL)
    // The server answers from examples and keeps no state (Prism, ours or one named by
    // DOCKET_CONTRACT_BASE_URL with DOCKET_CONTRACT_MOCK=1): only the wire contract is checked,
    // not that a get returns what a create made.
    bool m_mock = true;

    QSet<QString> m_operations; // distinct operations accepted and parsed
    int m_requests = 0;         // requests accepted and parsed
    int m_rejections = 0;       // invalid requests rejected, as they must be
    int m_replays = 0;          // prism#2675 replays
    int m_namesChecked = 0;     // requests whose query and body names were checked against the document
    // Cancels a real server refused because the job had already finished (checked, not a failure).
    QSet<QString> m_refusedAsFinished;

    std::unique_ptr<ClassifierApi> m_v1;
    std::unique_ptr<ClassifyApi> m_v2;
    std::unique_ptr<FilesApi> m_files;
    std::unique_ptr<BatchApi> m_batch;
    std::unique_ptr<AccountApi> m_account;
    std::unique_ptr<ConfigurationsApi> m_configs;

    // Server-issued things that several tests build on, fetched once, on first need.
    std::optional<FileV2> m_file;             // the uploaded document every job classifies
    std::optional<QString> m_uuidFileId;      // see fileIdForUuidSlot()
    std::optional<ClassifyJob> m_v1Job;       // also the job_config of the batch

    // Sends one call, waits for it (spinning the event loop), and records what happened.
    template<typename T>
    std::optional<Result<T>> exchange(const Starter<T> &start, Exchange &ex)
    {
        std::optional<Result<T>> result;
        // The endpoint client connected its own handler first, so by the time ours runs the
        // result is there; the request deletes itself only afterwards (deleteLater).
        QPointer<ApiRequest> request = start(this, [&result](Result<T> r) { result.emplace(std::move(r)); });
        if (!request)
            return result;
        ex.spec = request->spec();
        connect(request, &ApiRequest::finished, this, [&ex, request] {
            ex.finished = true;
            ex.httpStatus = request->httpStatus();
            ex.violations = parseViolations(request->rawHeader("sl-violations"));
            ex.error = request->error();
            ex.body = request->body();
        });
        if (!QTest::qWaitFor([&] { return ex.finished && result.has_value(); }, RequestTimeoutMs) && request)
            request->abort(); // finishes synchronously, while ex and result are still alive
        return result;
    }

    // The Prism#2675 false positives among errors: "must be array" (plus its anyOf/null echoes)
    // on a query parameter that the request carried exactly once.
    static QStringList loneArrayParameters(const QList<Violation> &errors, const RequestSpec &spec)
    {
        QStringList names;
        for (const Violation &v : errors) {
            const bool queryParam = v.location.size() == 3 && v.location.at(0) == QLatin1String("request")
                && v.location.at(1) == QLatin1String("query");
            if (!queryParam || spec.query.values(v.location.at(2)).size() != 1)
                return {};
            const bool echo = v.code == QLatin1String("anyOf")
                || (v.code == QLatin1String("type")
                    && (v.message.endsWith(QLatin1String("must be array"))
                        || v.message.endsWith(QLatin1String("must be null"))));
            if (!echo)
                return {};
            if (!names.contains(v.location.at(2)))
                names.append(v.location.at(2));
        }
        return names;
    }

    static RequestSpec withLoneValuesRepeated(RequestSpec spec, const QStringList &names)
    {
        Query query;
        for (const auto &[key, value] : spec.query.items()) {
            query.add(key, value);
            if (names.contains(key))
                query.add(key, value);
        }
        spec.query = query;
        return spec;
    }

    // What Prism does not check: every query parameter and body field the request carries must be
    // declared by its operation in the document (an unknown name passes Prism and is ignored by
    // the server, so the setting would be lost silently). Empty when all is declared, or when the
    // document is not loaded (a server run without it).
    QStringList undeclaredNames(const RequestSpec &spec)
    {
        if (!m_document.isLoaded())
            return {};
        ++m_namesChecked;
        const QString method = methodName(spec.method).toLower();
        const std::optional<QString> pathTemplate = m_document.findTemplate(method, spec.path);
        if (!pathTemplate)
            return {QStringLiteral("the document has no operation %1 %2").arg(methodName(spec.method), spec.path)};
        QStringList keys;
        for (const auto &item : spec.query.items())
            keys.append(item.first);
        if (spec.tenantScoped) { // what ApiClient adds on the way out
            if (!m_connection.projectId.isEmpty())
                keys.append(QStringLiteral("project_id"));
            if (!m_connection.organizationId.isEmpty())
                keys.append(QStringLiteral("organization_id"));
        }
        QStringList out = m_document.undeclaredQueryParameters(method, *pathTemplate, keys);
        if (spec.jsonBody && !spec.jsonBody->isEmpty()) { // zero bytes (v2 cancel) is no body
            const QJsonDocument body = QJsonDocument::fromJson(*spec.jsonBody);
            const QJsonValue value = body.isObject() ? QJsonValue(body.object()) : QJsonValue(body.array());
            out += m_document.undeclaredBodyFields(method, *pathTemplate, QStringLiteral("application/json"), value);
        }
        if (spec.upload) {
            QJsonObject form;
            form.insert(spec.upload->fileField, QStringLiteral("(file)"));
            for (const auto &field : spec.upload->fields)
                form.insert(field.first, field.second);
            out += m_document.undeclaredBodyFields(method, *pathTemplate, QStringLiteral("multipart/form-data"), form);
        }
        for (QString &problem : out)
            problem.prepend(QStringLiteral("  not declared by %1 %2: ").arg(methodName(spec.method), *pathTemplate));
        return out;
    }

    // How one call went: the parsed value, or why it did not count as accepted.
    template<typename T>
    struct Attempt
    {
        std::optional<T> value;
        QString failure;                // for the test log: request, violations or error, body
        bool rejectedByValidator = false; // Prism's violations (not the server's own refusal)
        std::optional<ApiError> error;
    };

    // Sends one call and judges it: it must pass the validator and its answer must parse into T.
    template<typename T>
    Attempt<T> attempt(const QString &operation, const Starter<T> &start, bool mayReplay = true)
    {
        Attempt<T> out;
        Exchange ex;
        std::optional<Result<T>> result = exchange<T>(start, ex);
        if (!result) {
            out.failure = operation + QStringLiteral(": no answer within %1 ms").arg(RequestTimeoutMs);
            return out;
        }
        const QList<Violation> errors = ex.errors();
        for (const Violation &v : ex.violations)
            if (!v.isError())
                qInfo().noquote() << operation << "validator note:" << v.toString();
        const QStringList undeclared = undeclaredNames(ex.spec);
        if (!undeclared.isEmpty()) {
            out.rejectedByValidator = true;
            out.failure = QStringLiteral("%1: the request carries names the OpenAPI document does not declare\n  %2\n%3")
                              .arg(operation, ex.describe(), undeclared.join(QLatin1Char('\n')));
            return out;
        }

        const QStringList lone = loneArrayParameters(errors, ex.spec);
        if (!errors.isEmpty() && !lone.isEmpty() && mayReplay) {
            qInfo().noquote() << operation << ": Prism rejects a one-value query array (stoplightio/prism#2675) for"
                              << lone.join(QStringLiteral(", ")) << "- sending again with the value repeated";
            ++m_replays;
            const RequestSpec replay = withLoneValuesRepeated(ex.spec, lone);
            ApiClient *client = m_client.get();
            return attempt<T>(operation, [client, replay](QObject *ctx, Done<T> done) {
                return sendSpec<T>(client, replay, ctx, std::move(done));
            }, false);
        }
        if (!errors.isEmpty()) {
            QStringList lines;
            bool requestAtFault = false;
            for (const Violation &v : errors) {
                lines.append(QStringLiteral("  ") + v.toString());
                requestAtFault = requestAtFault || v.location.value(0) != QLatin1String("response");
            }
            out.rejectedByValidator = requestAtFault;
            // Prism also checks its own answers; one that breaks the document is the server's
            // defect (with --dynamic: its generator's), not the client's, and says so.
            out.failure = QStringLiteral("%1: %2\n  %3\n%4")
                              .arg(operation,
                                   requestAtFault ? QStringLiteral("the validator rejected the request")
                                                  : QStringLiteral("the server's answer breaks the OpenAPI document"),
                                   ex.describe(), lines.join(QLatin1Char('\n')));
            return out;
        }
        if (!result->ok()) {
            const ApiError &e = result->error();
            out.error = e;
            out.failure = QStringLiteral("%1: %2\n  %3 (%4%5)\n  body: %6")
                              .arg(operation, ex.describe(), e.toDisplayString(), ApiError::kindName(e.kind()),
                                   e.field().isEmpty() ? QString() : QStringLiteral(" at ") + e.field(),
                                   QString::fromUtf8(ex.body.left(600)));
            return out;
        }
        m_operations.insert(operation);
        ++m_requests;
        out.value = std::move(result->value());
        return out;
    }

    // One call that must pass the validator and parse; fails the current test otherwise (the
    // caller then stops with STOP_IF_FAILED).
    template<typename T>
    std::optional<T> accepted(const QString &operation, const Starter<T> &start)
    {
        Attempt<T> a = attempt<T>(operation, start);
        if (!a.value)
            QTest::qFail(qPrintable(a.failure), __FILE__, __LINE__);
        return std::move(a.value);
    }

    // A raw ApiClient call (no endpoint client) that must be accepted and parse into T.
    template<typename T>
    std::optional<T> acceptedRaw(const QString &operation, RequestSpec spec)
    {
        ApiClient *client = m_client.get();
        return accepted<T>(operation, [client, spec](QObject *ctx, Done<T> done) {
            return sendSpec<T>(client, spec, ctx, std::move(done));
        });
    }

    // Sends a request that breaks the contract and checks that the server refuses it: with
    // expectedStatus, and, against Prism, with a violation at `field` of the given schema keyword.
    // Returns the exchange for further checks.
    Exchange rejected(const QString &what, RequestSpec spec, int expectedStatus, const QString &field = {},
                      const QString &code = {}, ApiClient *client = nullptr)
    {
        ApiClient *via = client ? client : m_client.get();
        Exchange ex;
        const std::optional<Result<Empty>> result = exchange<Empty>(
            [via, spec](QObject *ctx, Done<Empty> done) { return via->callEmpty(spec, ctx, std::move(done)); }, ex);
        QStringList lines;
        for (const Violation &v : ex.violations)
            lines.append(QStringLiteral("  ") + v.toString());
        const QString seen = QStringLiteral("%1: %2\n%3\n  body: %4")
                                 .arg(what, ex.describe(), lines.join(QLatin1Char('\n')),
                                      QString::fromUtf8(ex.body.left(400)));
        if (!result || result->ok() || ex.httpStatus != expectedStatus) {
            QTest::qFail(qPrintable(QStringLiteral("expected HTTP %1 for an invalid request\n").arg(expectedStatus) + seen),
                         __FILE__, __LINE__);
            return ex;
        }
        if (!field.isEmpty() && (m_ownPrism || !ex.violations.isEmpty())) {
            bool named = false;
            for (const Violation &v : ex.errors())
                named = named || (v.location.join(QLatin1Char('.')).endsWith(field) && v.code == code);
            if (!named) {
                QTest::qFail(qPrintable(QStringLiteral("expected a violation at %1 (%2)\n").arg(field, code) + seen),
                             __FILE__, __LINE__);
                return ex;
            }
        }
        ++m_rejections;
        return ex;
    }

    static QJsonObject v2CreateBody(const QString &fileInput, const QString &description)
    {
        ClassifyV2Configuration configuration;
        configuration.rules = {rule(QStringLiteral("invoice"), description)};
        QJsonObject body;
        body.insert(QLatin1String("file_input"), fileInput);
        body.insert(QLatin1String("configuration"), configuration.toJson());
        return body;
    }

    // A cancel that did not go through is right only against a real server, refused with a plain
    // 4xx (not a 422), for a job that has already ended: a fast server may finish a small job
    // before the cancel arrives, and a finished job cannot be cancelled. statusNow fetches the
    // job's status again.
    template<typename T>
    void expectRefusedBecauseFinished(const QString &operation, const Attempt<T> &cancel,
                                      const std::function<std::optional<QString>()> &statusNow, const QStringList &terminal)
    {
        const bool plainRefusal = !m_mock && !cancel.rejectedByValidator && cancel.error
            && cancel.error->httpStatus() >= 400 && cancel.error->httpStatus() < 500
            && cancel.error->kind() != ApiError::Kind::Validation;
        QVERIFY2(plainRefusal, qPrintable(cancel.failure));
        const std::optional<QString> status = statusNow();
        STOP_IF_FAILED(status);
        QVERIFY2(terminal.contains(*status), qPrintable(cancel.failure + QStringLiteral("\n  and the job is ") + *status));
        qInfo().noquote() << "cancel: the job was already" << *status << "- the server refused with HTTP"
                          << cancel.error->httpStatus() << "as it should";
        m_refusedAsFinished.insert(operation);
    }

    static ClassifyV2Configuration invoiceConfiguration()
    {
        ClassifyV2Configuration c;
        c.rules = {rule(QStringLiteral("invoice"), QStringLiteral("A commercial invoice: invoice number, line items, total due")),
                   rule(QStringLiteral("receipt"), QStringLiteral("A receipt for a payment already made"))};
        ParsingConfigurationV2 parsing;
        parsing.maxPages = 2;
        parsing.targetPages = QStringLiteral("1");
        c.parsingConfiguration = parsing;
        return c;
    }

    QString writeDocument(const QString &name, const QByteArray &text)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(minimalPdf(text)) < 0)
            return {};
        return path;
    }

    std::optional<FileV2> upload(const QString &name, const std::optional<QString> &externalFileId = {})
    {
        const QString path = writeDocument(name, "Invoice 42 - total due 1,250.00 EUR");
        if (path.isEmpty()) {
            QTest::qFail("cannot write the document to upload", __FILE__, __LINE__);
            return std::nullopt;
        }
        return accepted<FileV2>(QStringLiteral("files.upload"), [this, path, externalFileId](QObject *ctx, Done<FileV2> done) {
            return m_files->upload(path, ctx, std::move(done), QStringLiteral("classify"), externalFileId);
        });
    }

    bool ensureUploaded()
    {
        if (!m_file)
            m_file = upload(QStringLiteral("contract-invoice.pdf"));
        return m_file.has_value();
    }

    // A file ID for the places where the document declares format uuid (files/{file_id}, v1
    // file_ids). Against a real server: the uploaded file's own ID. Against Prism, whose uploads
    // answer with the example "dfl-…" ID that the same document forbids there, a uuid file ID
    // that Prism itself hands out: the file_id of a v1 classification result.
    std::optional<QString> fileIdForUuidSlot(const QString &uploadedId)
    {
        if (!m_mock || !QUuid::fromString(uploadedId).isNull())
            return uploadedId;
        if (m_uuidFileId)
            return m_uuidFileId;
        qInfo().noquote() << "OpenAPI inconsistency: FileV2.id is" << uploadedId
                          << "but files/{file_id} and v1 file_ids declare format uuid; using a uuid file ID from a v1 result";
        ClassifierJobListQuery q;
        q.pageSize = 5;
        const auto jobs = accepted<ClassifyJobList>(QStringLiteral("v1.listJobs"), [this, q](QObject *ctx, Done<ClassifyJobList> done) {
            return m_v1->listJobs(q, ctx, std::move(done));
        });
        if (!jobs)
            return std::nullopt;
        for (const ClassifyJob &job : jobs->items) {
            const QString jobId = job.id;
            const auto results = accepted<ClassifyJobResults>(QStringLiteral("v1.getResults"), [this, jobId](QObject *ctx, Done<ClassifyJobResults> done) {
                return m_v1->getResults(jobId, ctx, std::move(done));
            });
            if (!results)
                return std::nullopt;
            for (const FileClassification &fc : results->items)
                if (fc.fileId && !QUuid::fromString(*fc.fileId).isNull())
                    return m_uuidFileId = fc.fileId;
        }
        QTest::qFail("none of the mock's v1 results carried a uuid file_id", __FILE__, __LINE__);
        return std::nullopt;
    }

    bool ensureV1Job()
    {
        if (m_v1Job)
            return true;
        if (!ensureUploaded())
            return false;
        const std::optional<QString> fileId = fileIdForUuidSlot(m_file->id);
        if (!fileId)
            return false;
        ClassifyJobCreate body;
        body.fileIds = {*fileId};
        body.rules = invoiceConfiguration().rules;
        body.parsingConfiguration.maxPages = 2;
        body.parsingConfiguration.targetPages = QList<qint64>{0};
        m_v1Job = accepted<ClassifyJob>(QStringLiteral("v1.createJob"), [this, body](QObject *ctx, Done<ClassifyJob> done) {
            return m_v1->createJob(body, ctx, std::move(done));
        });
        if (m_v1Job && m_v1Job->id.isEmpty()) {
            QTest::qFail("v1 create answered a job without an id", __FILE__, __LINE__);
            m_v1Job.reset();
        }
        return m_v1Job.has_value();
    }

    std::optional<ClassifyV2Job> createV2(const ClassifyV2CreateRequest &body)
    {
        auto job = accepted<ClassifyV2Job>(QStringLiteral("v2.create"), [this, body](QObject *ctx, Done<ClassifyV2Job> done) {
            return m_v2->create(body, ctx, std::move(done));
        });
        if (job && job->id.isEmpty()) {
            QTest::qFail("v2 create answered a job without an id", __FILE__, __LINE__);
            return std::nullopt;
        }
        return job;
    }

    // Lists one page and, when the server hands out a next_page_token, the page after it, so that
    // page_token is sent exactly as the server gave it. Returns the first page.
    template<typename Page, typename Q>
    std::optional<Page> listTwoPages(const QString &operation, Q query,
                                     std::function<ApiRequest *(const Q &, QObject *, Done<Page>)> list)
    {
        const auto send = [this, &operation, &list](const Q &q) {
            return accepted<Page>(operation, [&list, q](QObject *ctx, Done<Page> done) { return list(q, ctx, std::move(done)); });
        };
        std::optional<Page> first = send(query);
        if (!first)
            return std::nullopt;
        if (!first->nextPageToken || first->nextPageToken->isEmpty()) {
            qInfo().noquote() << operation << ": no next_page_token in the answer, so page_token was not sent";
            return first;
        }
        query.pageToken = first->nextPageToken;
        if (!send(query))
            return std::nullopt;
        return first;
    }

    std::optional<ClassifyV2JobList> listV2(const ClassifyV2ListQuery &q)
    {
        return accepted<ClassifyV2JobList>(QStringLiteral("v2.list"), [this, q](QObject *ctx, Done<ClassifyV2JobList> done) {
            return m_v2->list(q, ctx, std::move(done));
        });
    }

    std::optional<ClassifyV2JobList> listTwoPagesV2(const ClassifyV2ListQuery &q)
    {
        return listTwoPages<ClassifyV2JobList, ClassifyV2ListQuery>(
            QStringLiteral("v2.list"), q, [this](const ClassifyV2ListQuery &lq, QObject *ctx, Done<ClassifyV2JobList> done) {
                return m_v2->list(lq, ctx, std::move(done));
            });
    }

    static bool listed(const QList<ClassifyV2Job> &items, const QString &id)
    {
        return std::any_of(items.cbegin(), items.cend(), [&id](const ClassifyV2Job &j) { return j.id == id; });
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_clock.start();
        QVERIFY(m_dir.isValid());
        QString baseUrl = qEnvironmentVariable("DOCKET_CONTRACT_BASE_URL");
        QString token = qEnvironmentVariable("DOCKET_CONTRACT_TOKEN");
        const QString engine = qEnvironmentVariable("DOCKET_CONTRACT_ENGINE");
        if (baseUrl.isEmpty() && !engine.isEmpty()) {
            QVERIFY2(QFileInfo(engine).isExecutable(),
                     qPrintable(QStringLiteral("DOCKET_CONTRACT_ENGINE is not an executable: ") + engine));
            token = QUuid::createUuid().toString(QUuid::WithoutBraces);
            m_engine = std::make_unique<ServerProcess>(
                QStringLiteral("docket-engine"), engine,
                QStringList{QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--data-dir"),
                            m_dir.filePath(QStringLiteral("engine")), QStringLiteral("--log-level"), QStringLiteral("warning")},
                QRegularExpression(QStringLiteral("docket-engine listening on (http://\\S+)")));
            // The environment, not --token: a command line shows in ps.
            m_engine->addEnvironment(QStringLiteral("DOCKET_ENGINE_TOKEN"), token);
            QVERIFY2(m_engine->start(EngineStartTimeoutMs), qPrintable(m_engine->errorString()));
            baseUrl = m_engine->baseUrl().toString();
        }
        m_ownPrism = baseUrl.isEmpty();
        m_mock = m_ownPrism || qEnvironmentVariable("DOCKET_CONTRACT_MOCK") == QLatin1String("1");
        m_connection = ConnectionSettings{};
        RetryPolicy policy;
        const QString openApi = qEnvironmentVariable("DOCKET_OPENAPI", QStringLiteral(DOCKET_DEFAULT_OPENAPI));
        if (QFileInfo::exists(openApi)) {
            m_document = OpenApiDocument::load(openApi);
            QVERIFY2(m_document.isLoaded(), qPrintable(m_document.errorString()));
        }
        if (m_ownPrism) {
            if (!QFileInfo::exists(openApi))
                QSKIP(qPrintable(QStringLiteral("OpenAPI document not found at %1 (set DOCKET_OPENAPI)").arg(openApi)));
            const QString program = PrismServer::defaultProgram();
            const bool inCi = qEnvironmentVariable("CI") == QLatin1String("true");
            const auto notInstalled = [inCi](const QString &why) {
                if (inCi)
                    QFAIL(qPrintable(why + QStringLiteral(" (CI=true: the contract tests may not be skipped)")));
                QSKIP(qPrintable(why));
            };
            if (!PrismServer::isInstalled(program))
                return notInstalled(QStringLiteral("Prism not found at %1: %2").arg(program, PrismServer::installHint()));
            m_prism = std::make_unique<PrismServer>(program, openApi);
            if (!m_prism->start(PrismStartTimeoutMs)) {
                if (m_prism->failedToStart())
                    return notInstalled(m_prism->errorString() + QLatin1Char('\n') + PrismServer::installHint());
                QFAIL(qPrintable(m_prism->errorString()));
            }
            m_connection.baseUrl = m_prism->baseUrl();
            // Prism checks that a bearer token is present (the document's HTTPBearer scheme), not
            // what it is.
            m_connection.apiKey = QStringLiteral("docket-contract-test");
            // A rejected request must fail at once, not after back-off.
            policy.setMaxRetries(0);
        } else {
            m_connection.baseUrl = QUrl(baseUrl);
            QVERIFY2(m_connection.baseUrl.isValid() && !m_connection.baseUrl.scheme().isEmpty(),
                     qPrintable(QStringLiteral("DOCKET_CONTRACT_BASE_URL is not a URL: ") + baseUrl));
            m_connection.apiKey = token;
        }
        m_client = std::make_unique<ApiClient>();
        m_client->setRetryPolicy(policy);
        m_client->setConnection(m_connection);
        m_v1 = std::make_unique<ClassifierApi>(m_client.get());
        m_v2 = std::make_unique<ClassifyApi>(m_client.get());
        m_files = std::make_unique<FilesApi>(m_client.get());
        m_batch = std::make_unique<BatchApi>(m_client.get());
        m_account = std::make_unique<AccountApi>(m_client.get());
        m_configs = std::make_unique<ConfigurationsApi>(m_client.get());
        qInfo().noquote() << "contract: against" << (m_ownPrism ? QStringLiteral("Prism at") : m_engine ? QStringLiteral("docket-engine at") : m_mock ? QStringLiteral("mock server") : QStringLiteral("server"))
                          << m_connection.baseUrl.toString() << "ready after" << m_clock.elapsed() << "ms";
    }

    void cleanupTestCase()
    {
        if (m_client) {
            QStringList missing;
            QStringList refused;
            for (const QString &op : endpointOperations()) {
                if (m_refusedAsFinished.contains(op) && !m_operations.contains(op))
                    refused.append(op);
                else if (!m_operations.contains(op))
                    missing.append(op);
            }
            qInfo().noquote() << QStringLiteral("contract: %1/%2 endpoint operations accepted by %3 and parsed (%4 requests "
                                                "in all; %5 checked for undeclared names), %6 invalid requests rejected, "
                                                "%7 prism#2675 replays, %8 ms in all")
                                     .arg(endpointOperations().size() - missing.size() - refused.size())
                                     .arg(endpointOperations().size())
                                     .arg(m_ownPrism ? QStringLiteral("Prism") : QStringLiteral("the server"))
                                     .arg(m_requests)
                                     .arg(m_namesChecked)
                                     .arg(m_rejections)
                                     .arg(m_replays)
                                     .arg(m_clock.elapsed());
            if (!refused.isEmpty())
                qInfo().noquote() << "contract: refused as they should be, the job having already finished:"
                                  << refused.join(QStringLiteral(", "));
            if (!missing.isEmpty())
                qInfo().noquote() << "contract: not accepted (see the failures above):" << missing.join(QStringLiteral(", "));
        }
        m_v1.reset();
        m_v2.reset();
        m_files.reset();
        m_batch.reset();
        m_account.reset();
        m_configs.reset();
        m_client.reset();
        m_prism.reset();
        if (m_engine) {
            m_engine->stop();
            qInfo().noquote() << "contract: docket-engine output:" << m_engine->outputTail();
            m_engine.reset();
        }
    }

    // --- The validator is live: invalid requests are refused, valid twins are accepted ---------

    void validatorRejectsTooShortRuleDescription()
    {
        RequestSpec valid = rawSpec(HttpMethod::Post, QStringLiteral("/api/v2/classify"));
        valid.jsonBody = jsonBytes(v2CreateBody(QStringLiteral("dfl-contract"), QStringLiteral("an invoice with a total")));
        RequestSpec invalid = valid;
        invalid.jsonBody = jsonBytes(v2CreateBody(QStringLiteral("dfl-contract"), QStringLiteral("inv")));
        if (m_mock) // a real server would try to classify a file that does not exist
            QVERIFY(acceptedRaw<ClassifyV2Job>(QStringLiteral("raw v2 create"), valid));
        rejected(QStringLiteral("v2 create, rule description of 3 characters"), invalid, 422,
                 QStringLiteral("rules.0.description"), QStringLiteral("minLength"));
    }

    void validatorChecksPageBounds_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("parameter");
        QTest::addColumn<int>("value");
        QTest::addColumn<QString>("violation"); // empty = valid
        const QString v2 = QStringLiteral("/api/v2/classify");
        const QString batch = QStringLiteral("/api/v1/beta/batch-processing");
        const QString pageSize = QStringLiteral("page_size");
        const QString limit = QStringLiteral("limit");
        // Not "page_size=0": Prism reads 0 as null for an anyOf[integer, null] parameter and
        // accepts it, so only -1 proves the lower bound is checked there.
        QTest::newRow("v2 page_size -1") << v2 << pageSize << -1 << QStringLiteral("minimum");
        QTest::newRow("v2 page_size 1") << v2 << pageSize << 1 << QString();
        QTest::newRow("v2 page_size 100") << v2 << pageSize << 100 << QString();
        QTest::newRow("v2 page_size 101") << v2 << pageSize << 101 << QStringLiteral("maximum");
        QTest::newRow("v2 page_size 1000") << v2 << pageSize << 1000 << QStringLiteral("maximum");
        QTest::newRow("batch limit 0") << batch << limit << 0 << QStringLiteral("minimum");
        QTest::newRow("batch limit 1000") << batch << limit << 1000 << QString();
        QTest::newRow("batch limit 1001") << batch << limit << 1001 << QStringLiteral("maximum");
    }

    void validatorChecksPageBounds()
    {
        QFETCH(QString, path);
        QFETCH(QString, parameter);
        QFETCH(int, value);
        QFETCH(QString, violation);
        Query query;
        query.add(parameter, std::optional<int>(value));
        const RequestSpec spec = rawSpec(HttpMethod::Get, path, query);
        const QString what = QStringLiteral("GET %1 with %2=%3").arg(path, parameter).arg(value);
        if (!violation.isEmpty())
            rejected(what, spec, 422, QStringLiteral("query.") + parameter, violation);
        else if (path.startsWith(QLatin1String("/api/v2/")))
            QVERIFY(acceptedRaw<ClassifyV2JobList>(QStringLiteral("raw v2 list"), spec));
        else
            QVERIFY(acceptedRaw<BatchJobList>(QStringLiteral("raw batch list"), spec));
    }

    void validatorRejectsUnknownStatusFilter()
    {
        Query query;
        query.add(QStringLiteral("status"), QStringLiteral("DONE"));
        rejected(QStringLiteral("v2 list, status outside the enum"),
                 rawSpec(HttpMethod::Get, QStringLiteral("/api/v2/classify"), query), 422,
                 QStringLiteral("query.status"), QStringLiteral("enum"));
    }

    void oneValueQueryArrayIsReplayedButOtherViolationsStillFail()
    {
        Query lone;
        lone.add(QStringLiteral("job_ids"), QStringList{QStringLiteral("job-a")});
        const int replaysBefore = m_replays;
        QVERIFY(acceptedRaw<ClassifyV2JobList>(QStringLiteral("raw v2 list"),
                                               rawSpec(HttpMethod::Get, QStringLiteral("/api/v2/classify"), lone)));
        if (m_ownPrism) // the workaround is for Prism's bug only; a real server needs none
            QCOMPARE(m_replays, replaysBefore + 1);

        // The same lone array next to a real violation: the workaround must not apply.
        Query broken = lone;
        broken.add(QStringLiteral("page_size"), std::optional<int>(1000));
        const Exchange ex = rejected(QStringLiteral("v2 list, lone job_ids and page_size=1000"),
                                     rawSpec(HttpMethod::Get, QStringLiteral("/api/v2/classify"), broken), 422,
                                     QStringLiteral("query.page_size"), QStringLiteral("maximum"));
        QVERIFY(loneArrayParameters(ex.errors(), ex.spec).isEmpty());
    }

    void undeclaredNamesFailEvenWhenTheValidatorLetsThemPass()
    {
        if (!m_document.isLoaded())
            QSKIP("no OpenAPI document to check names against (set DOCKET_OPENAPI)");
        Query misspelt;
        misspelt.add(QStringLiteral("pagesize"), std::optional<int>(5));
        const Attempt<ClassifyV2JobList> list = attempt<ClassifyV2JobList>(
            QStringLiteral("raw v2 list, misspelt page size"), [this, misspelt](QObject *ctx, Done<ClassifyV2JobList> done) {
                return m_client->call<ClassifyV2JobList>(rawSpec(HttpMethod::Get, QStringLiteral("/api/v2/classify"), misspelt),
                                                         ctx, std::move(done));
            });
        QVERIFY(!list.value);
        QVERIFY2(list.failure.contains(QLatin1String("query: pagesize")), qPrintable(list.failure));

        QJsonObject body = v2CreateBody(QStringLiteral("dfl-contract"), QStringLiteral("an invoice with a total"));
        QJsonObject configuration = body.value(QLatin1String("configuration")).toObject();
        configuration.insert(QLatin1String("parsing_config"), QJsonObject{{QLatin1String("max_pages"), 1}});
        body.insert(QLatin1String("configuration"), configuration);
        RequestSpec spec = rawSpec(HttpMethod::Post, QStringLiteral("/api/v2/classify"));
        spec.jsonBody = jsonBytes(body);
        const Attempt<ClassifyV2Job> create = attempt<ClassifyV2Job>(
            QStringLiteral("raw v2 create, misspelt parsing_configuration"), [this, spec](QObject *ctx, Done<ClassifyV2Job> done) {
                return m_client->call<ClassifyV2Job>(spec, ctx, std::move(done));
            });
        QVERIFY(!create.value);
        QVERIFY2(create.failure.contains(QLatin1String("body.configuration.parsing_config")), qPrintable(create.failure));
    }

    void validatorRejectsUploadWithoutPurpose()
    {
        const QString path = m_dir.filePath(QStringLiteral("no-purpose.pdf"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(minimalPdf("purpose missing"));
        file.close();
        RequestSpec spec = rawSpec(HttpMethod::Post, QStringLiteral("/api/v1/beta/files"));
        spec.upload = MultipartUpload{path, {}, QStringLiteral("application/pdf"), QStringLiteral("file"), {}};
        spec.safety = RetrySafety::BeforeSendOnly;
        rejected(QStringLiteral("files upload without purpose"), spec, 422, QStringLiteral("request.body"),
                 QStringLiteral("required"));
    }

    void validatorRequiresBearerToken()
    {
        if (!m_ownPrism && m_connection.apiKey.isEmpty())
            QSKIP("DOCKET_CONTRACT_TOKEN is not set, so this server may not require a token");
        ApiClient anonymous;
        RetryPolicy noRetry;
        noRetry.setMaxRetries(0);
        anonymous.setRetryPolicy(noRetry);
        ConnectionSettings c = m_connection;
        c.apiKey.clear();
        anonymous.setConnection(c);
        rejected(QStringLiteral("v2 list without Authorization"), rawSpec(HttpMethod::Get, QStringLiteral("/api/v2/classify")),
                 401, {}, {}, &anonymous);
    }
    // --- Every operation of the client core, through the endpoint clients ---------------------

    // Runs first among the endpoint tests: the project it picks (the default one, else the first)
    // scopes every later call, so project_id and organization_id ride on every tenant-scoped
    // request that is validated.
    void accountListsOrganizationsAndScopesToAProject()
    {
        const auto orgs = accepted<QList<Organization>>(QStringLiteral("account.organizations"),
                                                        [this](QObject *ctx, Done<QList<Organization>> done) {
                                                            return m_account->organizations(ctx, std::move(done));
                                                        });
        STOP_IF_FAILED(orgs);
        const std::optional<QString> orgId = orgs->isEmpty() ? std::nullopt : std::optional<QString>(orgs->first().id);
        const auto projects = accepted<QList<Project>>(QStringLiteral("account.projects"),
                                                       [this, orgId](QObject *ctx, Done<QList<Project>> done) {
                                                           return m_account->projects(orgId, ctx, std::move(done));
                                                       });
        STOP_IF_FAILED(projects);
        if (!m_mock && orgId) // a mock's examples are not related to one another
            for (const Project &p : *projects)
                QCOMPARE(p.organizationId, *orgId);
        if (projects->isEmpty()) {
            qInfo() << "contract: the server lists no project; later calls go without project_id";
            return;
        }
        const auto isDefault = [](const Project &p) { return p.isDefault; };
        const auto chosen = std::find_if(projects->cbegin(), projects->cend(), isDefault);
        const Project &project = chosen != projects->cend() ? *chosen : projects->first();
        m_connection.projectId = project.id;
        m_connection.organizationId = project.organizationId;
        m_client->setConnection(m_connection);
        qInfo().noquote() << "contract: later calls are scoped to project" << project.id << "of organization"
                          << project.organizationId;
    }

    void tenantScopeIsSentAndValidated()
    {
        if (m_connection.projectId.isEmpty())
            QSKIP("no project to scope calls to (see accountListsOrganizationsAndScopesToAProject)");
        ClassifyV2ListQuery q;
        q.pageSize = 1;
        QVERIFY(accepted<ClassifyV2JobList>(QStringLiteral("v2.list"), [this, q](QObject *ctx, Done<ClassifyV2JobList> done) {
            return m_v2->list(q, ctx, std::move(done));
        }));

        // The scope really reaches the server: a malformed project ID is refused.
        ApiClient malformed;
        malformed.setRetryPolicy(m_client->retryPolicy());
        ConnectionSettings c = m_connection;
        c.projectId = QStringLiteral("not-a-project-id");
        malformed.setConnection(c);
        rejected(QStringLiteral("v2 list scoped to a malformed project_id"),
                 rawSpec(HttpMethod::Get, QStringLiteral("/api/v2/classify")), 422, QStringLiteral("query.project_id"),
                 QStringLiteral("format"), &malformed);
    }

    void filesUploadGetListDelete()
    {
        STOP_IF_FAILED(ensureUploaded());
        QVERIFY(!m_file->id.isEmpty());
        const QString externalId = QStringLiteral("docket-contract-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
        const auto doomed = upload(QStringLiteral("contract-doomed.pdf"), externalId);
        STOP_IF_FAILED(doomed);
        if (!m_mock) {
            QCOMPARE(doomed->externalFileId, std::optional<QString>(externalId));
            QVERIFY(doomed->id != m_file->id);
        }
        const std::optional<QString> id = fileIdForUuidSlot(doomed->id);
        STOP_IF_FAILED(id);

        const auto got = accepted<FileV2>(QStringLiteral("files.get"), [this, id](QObject *ctx, Done<FileV2> done) {
            return m_files->get(*id, ctx, std::move(done));
        });
        STOP_IF_FAILED(got);
        if (!m_mock)
            QCOMPARE(got->id, doomed->id);

        FileListQuery q;
        q.pageSize = 10;
        q.fileIds = {*id};
        q.fileName = doomed->name;
        q.externalFileId = externalId;
        q.orderBy = QStringLiteral("name desc");
        const auto page = listTwoPages<FileList, FileListQuery>(
            QStringLiteral("files.list"), q,
            [this](const FileListQuery &fq, QObject *ctx, Done<FileList> done) { return m_files->list(fq, ctx, std::move(done)); });
        STOP_IF_FAILED(page);
        if (!m_mock)
            QVERIFY(std::any_of(page->items.cbegin(), page->items.cend(), [&](const FileV2 &f) { return f.id == doomed->id; }));

        QVERIFY(accepted<Empty>(QStringLiteral("files.remove"), [this, id](QObject *ctx, Done<Empty> done) {
            return m_files->remove(*id, ctx, std::move(done));
        }));
        if (!m_mock) {
            const Attempt<FileV2> after = attempt<FileV2>(QStringLiteral("files.get (deleted)"), [this, id](QObject *ctx, Done<FileV2> done) {
                return m_files->get(*id, ctx, std::move(done));
            });
            QVERIFY2(!after.value && after.error && after.error->kind() == ApiError::Kind::NotFound,
                     qPrintable(QStringLiteral("a deleted file must be gone (404); got: ") + after.failure));
        }
    }

    void classifierV1CreateGetListResults()
    {
        STOP_IF_FAILED(ensureV1Job());
        const QString jobId = m_v1Job->id;
        const auto got = accepted<ClassifyJob>(QStringLiteral("v1.getJob"), [this, jobId](QObject *ctx, Done<ClassifyJob> done) {
            return m_v1->getJob(jobId, ctx, std::move(done));
        });
        STOP_IF_FAILED(got);
        if (!m_mock) {
            QCOMPARE(got->id, jobId);
            QCOMPARE(got->rules, m_v1Job->rules);
        }

        ClassifierJobListQuery q;
        q.pageSize = 5;
        const auto page = listTwoPages<ClassifyJobList, ClassifierJobListQuery>(
            QStringLiteral("v1.listJobs"), q, [this](const ClassifierJobListQuery &lq, QObject *ctx, Done<ClassifyJobList> done) {
                return m_v1->listJobs(lq, ctx, std::move(done));
            });
        STOP_IF_FAILED(page);
        if (!m_mock)
            QVERIFY(page->items.size() <= 5);

        QVERIFY(accepted<ClassifyJobResults>(QStringLiteral("v1.getResults"), [this, jobId](QObject *ctx, Done<ClassifyJobResults> done) {
            return m_v1->getResults(jobId, ctx, std::move(done));
        }));
    }

    void classifyV2CreateGetList()
    {
        STOP_IF_FAILED(ensureUploaded());
        ClassifyV2CreateRequest body;
        body.fileInput = m_file->id;
        body.configuration = invoiceConfiguration();
        const auto first = createV2(body);
        STOP_IF_FAILED(first);
        const auto second = createV2(body); // a fresh transaction_id: a second job
        STOP_IF_FAILED(second);
        if (!m_mock) {
            QVERIFY(first->id != second->id);
            QCOMPARE(first->fileInput, m_file->id);
        }

        const QString id = first->id;
        const auto got = accepted<ClassifyV2Job>(QStringLiteral("v2.get"), [this, id](QObject *ctx, Done<ClassifyV2Job> done) {
            return m_v2->get(id, ctx, std::move(done));
        });
        STOP_IF_FAILED(got);
        if (!m_mock) {
            QCOMPARE(got->id, id);
            QCOMPARE(got->configuration.rules, body.configuration->rules);
        }

        // Both jobs by ID, within a window around their creation.
        const QDateTime now = QDateTime::currentDateTimeUtc();
        ClassifyV2ListQuery byIds;
        byIds.jobIds = {first->id, second->id};
        byIds.createdAtOnOrAfter = first->createdAt.value_or(now).addSecs(-300);
        byIds.createdAtOnOrBefore = now.addSecs(300);
        byIds.pageSize = 10;
        const auto both = listV2(byIds);
        STOP_IF_FAILED(both);
        if (!m_mock) {
            QVERIFY2(listed(both->items, first->id) && listed(both->items, second->id),
                     "the list filtered by job_ids must contain both jobs");
            for (const ClassifyV2Job &j : both->items)
                QVERIFY2(j.id == first->id || j.id == second->id, "job_ids must filter out other jobs");
        }

        // One job per page, by status, then the next page by its token.
        ClassifyV2ListQuery paged;
        paged.pageSize = 1;
        paged.status = got->status;
        const auto page = listTwoPagesV2(paged);
        STOP_IF_FAILED(page);
        if (!m_mock)
            QVERIFY(page->items.size() <= 1);
    }

    void classifyV2Cancel()
    {
        STOP_IF_FAILED(ensureUploaded());
        ClassifyV2CreateRequest body;
        body.fileInput = m_file->id;
        body.configuration = invoiceConfiguration();
        const auto job = createV2(body);
        STOP_IF_FAILED(job);
        const QString id = job->id;
        const Attempt<ClassifyV2Job> cancel = attempt<ClassifyV2Job>(QStringLiteral("v2.cancel"), [this, id](QObject *ctx, Done<ClassifyV2Job> done) {
            return m_v2->cancel(id, ctx, std::move(done));
        });
        if (cancel.value) {
            if (!m_mock)
                QCOMPARE(cancel.value->id, id);
            return;
        }
        expectRefusedBecauseFinished(QStringLiteral("v2.cancel"), cancel, [this, id]() -> std::optional<QString> {
            const auto now = accepted<ClassifyV2Job>(QStringLiteral("v2.get"), [this, id](QObject *ctx, Done<ClassifyV2Job> done) {
                return m_v2->get(id, ctx, std::move(done));
            });
            return now ? std::optional<QString>(now->status) : std::nullopt;
        }, {QStringLiteral("COMPLETED"), QStringLiteral("FAILED"), QStringLiteral("CANCELLED")});
    }

    void configurationsCreateListGetUseDelete()
    {
        const QString name = QStringLiteral("docket-contract-") + QUuid::createUuid().toString(QUuid::WithoutBraces).left(8);
        ConfigurationCreateRequest body;
        body.name = name;
        body.parameters = invoiceConfiguration();
        const auto created = accepted<ConfigurationResponse>(QStringLiteral("configurations.create"),
                                                             [this, body](QObject *ctx, Done<ConfigurationResponse> done) {
                                                                 return m_configs->create(body, ctx, std::move(done));
                                                             });
        STOP_IF_FAILED(created);
        QVERIFY(!created->id.isEmpty());
        if (!m_mock) {
            QCOMPARE(created->name, name);
            QVERIFY(created->isClassify());
        }
        const QString id = created->id;

        ConfigurationListQuery q; // product_type=classify_v2 by default
        q.name = name;
        q.latestOnly = true;
        q.pageSize = 10;
        const auto page = accepted<ConfigurationList>(QStringLiteral("configurations.list"), [this, q](QObject *ctx, Done<ConfigurationList> done) {
            return m_configs->list(q, ctx, std::move(done));
        });
        STOP_IF_FAILED(page);
        if (!m_mock)
            QVERIFY(std::any_of(page->items.cbegin(), page->items.cend(), [&](const ConfigurationResponse &c) { return c.id == id; }));

        const auto got = accepted<ConfigurationResponse>(QStringLiteral("configurations.get"), [this, id](QObject *ctx, Done<ConfigurationResponse> done) {
            return m_configs->get(id, ctx, std::move(done));
        });
        STOP_IF_FAILED(got);
        if (!m_mock) {
            QCOMPARE(got->id, id);
            QVERIFY(got->classify);
            QCOMPARE(got->classify->rules, body.parameters.rules);
        }

        // A v2 job from the saved configuration, then a v2 list with every filter at once.
        STOP_IF_FAILED(ensureUploaded());
        ClassifyV2CreateRequest fromPreset;
        fromPreset.fileInput = m_file->id;
        fromPreset.configurationId = id;
        const auto job = createV2(fromPreset);
        STOP_IF_FAILED(job);
        if (!m_mock)
            QCOMPARE(job->configurationId, std::optional<QString>(id));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        ClassifyV2ListQuery all;
        all.pageSize = 1;
        all.status = job->status;
        all.jobIds = {job->id};
        all.configurationId = id;
        all.createdAtOnOrAfter = job->createdAt.value_or(now).addSecs(-300);
        all.createdAtOnOrBefore = now.addSecs(300);
        const auto filtered = listTwoPagesV2(all);
        STOP_IF_FAILED(filtered);
        if (!m_mock)
            QVERIFY(filtered->items.size() <= 1);

        QVERIFY(accepted<Empty>(QStringLiteral("configurations.remove"), [this, id](QObject *ctx, Done<Empty> done) {
            return m_configs->remove(id, ctx, std::move(done));
        }));
    }

    void batchCreateStatusListItemsCancel()
    {
        STOP_IF_FAILED(ensureV1Job());
        BatchJobCreateRequest body;
        body.jobConfig = *m_v1Job;
        body.itemIds = QStringList{m_file->id};
        body.pageSize = 10;
        const auto batch = accepted<BatchJob>(QStringLiteral("batch.create"), [this, body](QObject *ctx, Done<BatchJob> done) {
            return m_batch->create(body, ctx, std::move(done));
        });
        STOP_IF_FAILED(batch);
        QVERIFY(!batch->id.isEmpty());
        if (!m_mock)
            QCOMPARE(batch->jobType, QStringLiteral("classify"));
        const QString id = batch->id;

        const auto status = accepted<BatchJobStatus>(QStringLiteral("batch.status"), [this, id](QObject *ctx, Done<BatchJobStatus> done) {
            return m_batch->status(id, ctx, std::move(done));
        });
        STOP_IF_FAILED(status);
        QVERIFY(status->progressPercentage >= 0 && status->progressPercentage <= 100);
        if (!m_mock)
            QCOMPARE(status->job.id, id);

        BatchListQuery q;
        q.limit = 10;
        q.offset = 0;
        q.directoryId = batch->directoryId; // only when the server put the job in a directory
        q.jobType = batch->jobType;
        q.status = status->job.status;
        const auto page = accepted<BatchJobList>(QStringLiteral("batch.list"), [this, q](QObject *ctx, Done<BatchJobList> done) {
            return m_batch->list(q, ctx, std::move(done));
        });
        STOP_IF_FAILED(page);
        if (!m_mock)
            QVERIFY(page->items.size() <= 10);
        BatchListQuery second;
        second.limit = 1;
        second.offset = 1;
        QVERIFY(accepted<BatchJobList>(QStringLiteral("batch.list"), [this, second](QObject *ctx, Done<BatchJobList> done) {
            return m_batch->list(second, ctx, std::move(done));
        }));

        BatchItemsQuery iq;
        iq.limit = 10;
        iq.offset = 0;
        const auto items = accepted<BatchItemList>(QStringLiteral("batch.items"), [this, id, iq](QObject *ctx, Done<BatchItemList> done) {
            return m_batch->items(id, iq, ctx, std::move(done));
        });
        STOP_IF_FAILED(items);
        if (!items->items.isEmpty()) {
            BatchItemsQuery byStatus = iq;
            byStatus.status = items->items.first().status;
            QVERIFY(accepted<BatchItemList>(QStringLiteral("batch.items"), [this, id, byStatus](QObject *ctx, Done<BatchItemList> done) {
                return m_batch->items(id, byStatus, ctx, std::move(done));
            }));
        }

        const Attempt<BatchCancelResponse> cancel = attempt<BatchCancelResponse>(
            QStringLiteral("batch.cancel"), [this, id](QObject *ctx, Done<BatchCancelResponse> done) {
                return m_batch->cancel(id, QStringLiteral("contract test"), ctx, std::move(done));
            });
        if (cancel.value) {
            if (!m_mock)
                QCOMPARE(cancel.value->jobId, id);
            return;
        }
        expectRefusedBecauseFinished(QStringLiteral("batch.cancel"), cancel, [this, id]() -> std::optional<QString> {
            const auto now = accepted<BatchJobStatus>(QStringLiteral("batch.status"), [this, id](QObject *ctx, Done<BatchJobStatus> done) {
                return m_batch->status(id, ctx, std::move(done));
            });
            return now ? std::optional<QString>(now->job.status) : std::nullopt;
        }, {QStringLiteral("completed"), QStringLiteral("failed"), QStringLiteral("cancelled")});
    }
};

QTEST_GUILESS_MAIN(ContractTest)
#include "tst_contract.moc"
