// SPDX-FileCopyrightText: 2026 The Docket authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/http/engineserver.h"

#include "api/jsonreader.h"
#include "api/types.h"
#include "engine/enginelogging.h"
#include "engine/http/multipartparser.h"
#include "engine/http/requestvalidation.h"
#include "engine/store/enginestore.h"
#include "engine/store/jobviews.h"
#include "rules/pagerange.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
#include <QHttpHeaders>
#endif
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QMetaEnum>
#include <QPointer>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUuid>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#endif

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace docket::engine {

namespace {

using RV = RequestValidation;

QString newUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QByteArray compact(const QJsonArray &a)
{
    return QJsonDocument(a).toJson(QJsonDocument::Compact);
}

QString pageToken(qint64 seq)
{
    return QString::fromLatin1(
        QByteArray(QByteArrayLiteral("s:") + QByteArray::number(seq)).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

// nullopt = no token; -1 = invalid token.
std::optional<qint64> decodePageToken(const QUrlQuery &q)
{
    const QString token = q.queryItemValue(QStringLiteral("page_token"), QUrl::FullyDecoded);
    if (token.isEmpty())
        return std::nullopt;
    const auto decoded = QByteArray::fromBase64Encoding(token.toLatin1(), QByteArray::Base64UrlEncoding
                                                                               | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || !decoded.decoded.startsWith("s:"))
        return -1;
    bool ok = false;
    const qint64 seq = decoded.decoded.mid(2).toLongLong(&ok);
    return ok && seq >= 0 ? seq : -1;
}

// A files list ordered by name continues after a (name, seq) pair; the name travels in the token.
QString namePageToken(qint64 seq, const QString &name)
{
    const QByteArray plain = QByteArrayLiteral("n:") + QByteArray::number(seq) + ':' + name.toUtf8();
    return QString::fromLatin1(plain.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

// nullopt = no token or not a name token (decodePageToken then says whether it is valid).
std::optional<std::pair<qint64, QString>> decodeNamePageToken(const QUrlQuery &q)
{
    const QString token = q.queryItemValue(QStringLiteral("page_token"), QUrl::FullyDecoded);
    const auto decoded = QByteArray::fromBase64Encoding(token.toLatin1(), QByteArray::Base64UrlEncoding
                                                                               | QByteArray::AbortOnBase64DecodingErrors);
    if (token.isEmpty() || !decoded || !decoded.decoded.startsWith("n:"))
        return std::nullopt;
    const qsizetype colon = decoded.decoded.indexOf(':', 2);
    bool ok = false;
    const qint64 seq = decoded.decoded.mid(2, colon - 2).toLongLong(&ok);
    if (colon < 0 || !ok || seq < 0)
        return std::nullopt;
    return std::pair(seq, QString::fromUtf8(decoded.decoded.mid(colon + 1)));
}

bool constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    // Compare MACs of both so that neither length nor content leaks through timing.
    static const QByteArray key = QUuid::createUuid().toRfc4122();
    return QMessageAuthenticationCode::hash(a, key, QCryptographicHash::Sha256)
           == QMessageAuthenticationCode::hash(b, key, QCryptographicHash::Sha256);
}

const QStringList V2Statuses{QStringLiteral("PENDING"), QStringLiteral("RUNNING"), QStringLiteral("COMPLETED"),
                             QStringLiteral("FAILED"), QStringLiteral("CANCELLED")};
const QStringList Purposes{QStringLiteral("user_data"), QStringLiteral("parse"), QStringLiteral("extract"),
                           QStringLiteral("split"), QStringLiteral("classify"), QStringLiteral("sheet"),
                           QStringLiteral("agent_app")};
const QStringList ProductTypes{QStringLiteral("split_v1"), QStringLiteral("extract_v2"), QStringLiteral("classify_v2"),
                               QStringLiteral("parse_v2"), QStringLiteral("spreadsheet_v1"), QStringLiteral("unknown")};
const QStringList BatchStatuses{QStringLiteral("pending"),   QStringLiteral("running"), QStringLiteral("dispatched"),
                                QStringLiteral("completed"), QStringLiteral("failed"),  QStringLiteral("cancelled")};
const QStringList ItemStatuses{QStringLiteral("pending"), QStringLiteral("processing"), QStringLiteral("completed"),
                               QStringLiteral("failed"),  QStringLiteral("skipped"),    QStringLiteral("cancelled")};

QString itemStatus(const QString &taskStatus)
{
    if (taskStatus == "PENDING"_L1)
        return QStringLiteral("pending");
    if (taskStatus == "RUNNING"_L1)
        return QStringLiteral("processing");
    return taskStatus.toLower();
}

QString taskStatusOfItem(const QString &item)
{
    if (item == "processing"_L1)
        return QStringLiteral("RUNNING");
    return item.toUpper();
}

// Requests that go without the bearer token: the health check, and presigned downloads, which
// carry their own signature.
bool isPublicRoute(const QByteArray &method, const QString &path)
{
    static const QRegularExpression download(QStringLiteral("^/api/v1/beta/files/([^/]+)/download$"));
    return method == "GET" && (path == "/health"_L1 || download.match(path).hasMatch());
}

// The 401 detail for an Authorization header value, or nullopt when it carries the token.
std::optional<QString> authProblem(const QByteArray &authorization, const QByteArray &token)
{
    if (authorization.isEmpty())
        return QStringLiteral("Not authenticated");
    if (!authorization.startsWith("Bearer ") || !constantTimeEquals(authorization.mid(7).trimmed(), token))
        return QStringLiteral("Invalid authentication credentials");
    return std::nullopt;
}

// The server end of the upload limit and of the token check, in front of QtHttpServer (which
// buffers whole bodies). It follows each connection's byte stream as a small state machine: it
// parses the head of every request (keep-alive and pipelined ones too), then counts exactly
// Content-Length body bytes before expecting the next head. A request is refused from its head,
// before any of its body is buffered, when the token is missing or wrong (401), when it uses
// Transfer-Encoding (411: only Content-Length framing is accepted, so every body has a known size),
// or when its Content-Length is over the limit (413). The connection is then closed.
// It relies on QtHttpServer reading everything available on each readyRead (Qt 6.4 does); its own
// slot is connected first, so it sees each chunk before QtHttpServer does.
class GuardedTcpServer : public QTcpServer
{
public:
    static constexpr qsizetype MaxHeadBytes = 64 * 1024;

    GuardedTcpServer(qint64 limit, QByteArray token, QObject *parent)
        : QTcpServer(parent), m_limit(limit), m_token(std::move(token))
    {
    }

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto *socket = new QTcpSocket(this);
        if (!socket->setSocketDescriptor(descriptor)) {
            delete socket;
            return;
        }
        // QtHttpServer writes headers and body separately: without TCP_NODELAY every answer would
        // wait out the peer's delayed ACK (~40 ms).
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        auto state = std::make_shared<Connection>();
        connect(socket, &QTcpSocket::readyRead, socket, [this, socket, state] { inspect(socket, *state); });
        addPendingConnection(socket);
    }

private:
    struct Connection
    {
        QByteArray head;     // the current request's head so far
        qint64 bodyLeft = 0; // body bytes of the current request still to come
    };

    struct Refusal
    {
        int status;
        QByteArray reason;
        QString detail;
    };

    void inspect(QTcpSocket *socket, Connection &c)
    {
        // Only what QtHttpServer has not read yet: that is, what arrived since the last readyRead.
        const QByteArray data = socket->peek(socket->bytesAvailable());
        qsizetype at = 0;
        bool completedHere = false; // a request ended in this chunk, so QtHttpServer has not seen it whole
        while (at < data.size()) {
            if (c.bodyLeft > 0) {
                const qint64 take = std::min<qint64>(c.bodyLeft, data.size() - at);
                c.bodyLeft -= take;
                at += take;
                completedHere = completedHere || c.bodyLeft == 0;
                continue;
            }
            const qsizetype before = c.head.size();
            c.head.append(data.constData() + at, std::min<qsizetype>(data.size() - at, MaxHeadBytes + 4 - before));
            const qsizetype end = c.head.indexOf("\r\n\r\n", std::max<qsizetype>(0, before - 3));
            if (end < 0) {
                if (c.head.size() > MaxHeadBytes) {
                    refuse(socket, {431, "Request Header Fields Too Large", QStringLiteral("The request head is too large")},
                           completedHere);
                    return;
                }
                return; // the rest of the head comes later
            }
            at += end + 4 - before;
            const auto refusal = checkHead(c.head.left(end), c);
            c.head.clear();
            if (refusal) {
                refuse(socket, *refusal, completedHere);
                return;
            }
            completedHere = completedHere || c.bodyLeft == 0;
        }
    }

    std::optional<Refusal> checkHead(const QByteArray &head, Connection &c) const
    {
        const Refusal malformed{400, "Bad Request", QStringLiteral("The request head is malformed")};
        QList<QByteArray> lines = head.split('\n');
        for (QByteArray &line : lines) {
            if (line.endsWith('\r'))
                line.chop(1);
        }
        while (!lines.isEmpty() && lines.first().isEmpty()) // RFC 7230 3.5: empty lines before a request
            lines.removeFirst();
        if (lines.isEmpty())
            return malformed;
        const QList<QByteArray> requestLine = lines.takeFirst().split(' ');
        if (requestLine.size() != 3 || !requestLine.at(2).startsWith("HTTP/1."))
            return malformed;
        const QByteArray method = requestLine.at(0);
        const QString path = QUrl(QString::fromLatin1(requestLine.at(1))).path(QUrl::FullyDecoded);
        QByteArray authorization;
        std::optional<QByteArray> contentLength;
        bool transferEncoding = false;
        for (const QByteArray &line : std::as_const(lines)) {
            const qsizetype colon = line.indexOf(':');
            if (colon <= 0)
                return malformed;
            const QByteArray name = line.left(colon).trimmed().toLower();
            const QByteArray value = line.mid(colon + 1).trimmed();
            if (name == "authorization")
                authorization = value;
            else if (name == "transfer-encoding")
                transferEncoding = true;
            else if (name == "content-length") {
                if (contentLength && *contentLength != value)
                    return malformed;
                contentLength = value;
            }
        }
        const bool isPublic = isPublicRoute(method, path);
        if (!isPublic) {
            if (const auto problem = authProblem(authorization, m_token))
                return Refusal{401, "Unauthorized", *problem};
        }
        if (transferEncoding)
            return Refusal{411, "Length Required",
                           QStringLiteral("Transfer-Encoding is not supported: send the body with a Content-Length")};
        qint64 length = 0;
        if (contentLength) {
            bool ok = !contentLength->isEmpty();
            for (const char ch : *contentLength)
                ok = ok && ch >= '0' && ch <= '9';
            length = ok ? contentLength->toLongLong(&ok) : 0;
            if (!ok)
                return Refusal{400, "Bad Request", QStringLiteral("The Content-Length is not a number")};
        }
        if (isPublic && length > 0)
            return Refusal{413, "Payload Too Large", QStringLiteral("This request takes no body")};
        if (length > m_limit)
            return Refusal{413, "Payload Too Large",
                           QStringLiteral("The upload is larger than the limit of %1 MiB").arg(m_limit / (1024 * 1024))};
        c.bodyLeft = length;
        return std::nullopt;
    }

    // Answers and closes the connection; QtHttpServer never sees the rest of it. When an earlier
    // request ended in the same chunk, QtHttpServer has not answered it yet, so an answer now would
    // be taken for that request's: the connection is closed without one (RFC 7230 6.3.2: the client
    // retries unanswered requests).
    void refuse(QTcpSocket *socket, const Refusal &refusal, bool unansweredBefore)
    {
        qCInfo(lcEngine, "%d: a request was refused from its head (%s)", refusal.status, refusal.reason.constData());
        QObject::disconnect(socket, &QTcpSocket::readyRead, nullptr, nullptr);
        socket->readAll();
        if (!unansweredBefore) {
            const QByteArray body = compact(QJsonObject{{"detail"_L1, refusal.detail}});
            socket->write("HTTP/1.1 " + QByteArray::number(refusal.status) + ' ' + refusal.reason
                          + "\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size())
                          + (refusal.status == 401 ? "\r\nWWW-Authenticate: Bearer" : "")
                          + "\r\nConnection: close\r\n\r\n" + body);
        }
        // Lingering close: send FIN once the answer is out, but keep draining what the client is
        // still sending, so that the answer is not lost to a reset.
        const auto shutdownWhenWritten = [socket] {
            if (socket->bytesToWrite() > 0)
                return;
#ifdef Q_OS_UNIX
            ::shutdown(int(socket->socketDescriptor()), SHUT_WR);
#else
            socket->disconnectFromHost();
#endif
        };
        connect(socket, &QTcpSocket::bytesWritten, socket, shutdownWhenWritten);
        socket->flush();
        shutdownWhenWritten();
        connect(socket, &QTcpSocket::readyRead, socket, [socket] { socket->readAll(); });
        QTimer::singleShot(5000, socket, [socket] { socket->abort(); });
    }

    qint64 m_limit;
    QByteArray m_token;
};

} // namespace

QByteArray EngineRequest::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

EngineReply EngineReply::json(int status, const QByteArray &body)
{
    EngineReply r;
    r.status = status;
    r.body = body;
    return r;
}

EngineReply EngineReply::detail(int status, const QString &message)
{
    return json(status, compact(QJsonObject{{"detail"_L1, message}}));
}

// ---------------------------------------------------------------------------------------------
// Routes
// ---------------------------------------------------------------------------------------------

class EngineServer::Routes
{
public:
    Routes(EngineServer *server, EngineStore *store) : s(server), store(store) {}

    EngineReply route(const EngineRequest &r);

private:
    // Common checks
    std::optional<EngineReply> checkTenant(const QUrlQuery &q);
    std::optional<QJsonObject> jsonBody(const EngineRequest &r, RV &v);
    static EngineReply invalid(const RV &v) { return EngineReply::json(422, v.body()); }
    std::optional<StoredFile> findFile(const QString &id) { return store->file(id); }
    // One PENDING task per file for a v1-shaped classification (v1 jobs and batches).
    QList<Task> fileTasks(const QString &kind, const QString &ownerId, const QStringList &fileIds,
                          const api::ClassifyJobCreate &classify, qint64 createdMs) const;

    // Projects and organizations
    EngineReply organizations(const QStringList &segments);
    EngineReply projects(const EngineRequest &r, const QStringList &segments);
    api::Project project() const;

    // Files
    EngineReply uploadFile(const EngineRequest &r);
    EngineReply listFiles(const EngineRequest &r);
    EngineReply getFile(const QString &id);
    EngineReply deleteFile(const QString &id);
    EngineReply fileContentUrl(const EngineRequest &r, const QString &id);

    // Classify v2
    EngineReply createV2(const EngineRequest &r);
    EngineReply listV2(const EngineRequest &r);
    EngineReply getV2(const QString &id);
    EngineReply cancelV2(const QString &id);

    // Classifier v1
    EngineReply createV1(const EngineRequest &r);
    EngineReply listV1(const EngineRequest &r);
    EngineReply getV1(const QString &id);
    EngineReply v1Results(const QString &id);
    api::ClassifyJob v1Dto(const V1Job &job) { return v1JobView(*store, job, s->userId()); }

    // Batch
    EngineReply createBatch(const EngineRequest &r);
    EngineReply listBatches(const EngineRequest &r);
    EngineReply batchStatus(const QString &id);
    EngineReply batchItems(const EngineRequest &r, const QString &id);
    EngineReply cancelBatch(const EngineRequest &r, const QString &id);
    api::BatchJob batchDto(const BatchRecord &b) { return batchView(*store, b); }

    // Configurations
    EngineReply createConfiguration(const EngineRequest &r);
    EngineReply listConfigurations(const EngineRequest &r);
    EngineReply getConfiguration(const QString &id);
    EngineReply deleteConfiguration(const QString &id);

    EngineServer *s;
    EngineStore *store;
};

EngineReply EngineServer::Routes::route(const EngineRequest &r)
{
    QStringList seg = r.path.split(u'/', Qt::SkipEmptyParts);
    const QByteArray m = r.method;
    const auto notFound = [] { return EngineReply::detail(404, QStringLiteral("Not Found")); };
    const auto notAllowed = [] { return EngineReply::detail(405, QStringLiteral("Method Not Allowed")); };

    if (seg.size() < 3 || seg.at(0) != "api"_L1)
        return notFound();
    if (auto tenant = checkTenant(r.query))
        return *tenant;
    const QString version = seg.at(1);
    const QStringList rest = seg.mid(2);

    if (version == "v2"_L1 && rest.at(0) == "classify"_L1) {
        if (rest.size() == 1)
            return m == "POST" ? createV2(r) : m == "GET" ? listV2(r) : notAllowed();
        if (rest.size() == 2)
            return m == "GET" ? getV2(rest.at(1)) : notAllowed();
        if (rest.size() == 3 && rest.at(2) == "cancel"_L1)
            return m == "POST" ? cancelV2(rest.at(1)) : notAllowed();
        return notFound();
    }
    if (version != "v1"_L1)
        return notFound();
    if (rest.at(0) == "organizations"_L1)
        return m == "GET" ? organizations(rest) : notAllowed();
    if (rest.at(0) == "projects"_L1)
        return m == "GET" ? projects(r, rest) : notAllowed();
    if (rest.at(0) == "classifier"_L1 && rest.size() >= 2 && rest.at(1) == "jobs"_L1) {
        if (rest.size() == 2)
            return m == "POST" ? createV1(r) : m == "GET" ? listV1(r) : notAllowed();
        if (rest.size() == 3)
            return m == "GET" ? getV1(rest.at(2)) : notAllowed();
        if (rest.size() == 4 && rest.at(3) == "results"_L1)
            return m == "GET" ? v1Results(rest.at(2)) : notAllowed();
        return notFound();
    }
    if (rest.at(0) != "beta"_L1 || rest.size() < 2)
        return notFound();
    const QString area = rest.at(1);
    if (area == "files"_L1) {
        if (rest.size() == 2)
            return m == "POST" ? uploadFile(r) : m == "GET" ? listFiles(r) : notAllowed();
        if (rest.size() == 3)
            return m == "GET" ? getFile(rest.at(2)) : m == "DELETE" ? deleteFile(rest.at(2)) : notAllowed();
        if (rest.size() == 4 && rest.at(3) == "content"_L1)
            return m == "GET" ? fileContentUrl(r, rest.at(2)) : notAllowed();
        return notFound();
    }
    if (area == "batch-processing"_L1) {
        if (rest.size() == 2)
            return m == "POST" ? createBatch(r) : m == "GET" ? listBatches(r) : notAllowed();
        if (rest.size() == 3)
            return m == "GET" ? batchStatus(rest.at(2)) : notAllowed();
        if (rest.size() == 4 && rest.at(3) == "items"_L1)
            return m == "GET" ? batchItems(r, rest.at(2)) : notAllowed();
        if (rest.size() == 4 && rest.at(3) == "cancel"_L1)
            return m == "POST" ? cancelBatch(r, rest.at(2)) : notAllowed();
        return notFound();
    }
    if (area == "configurations"_L1) {
        if (rest.size() == 2)
            return m == "POST" ? createConfiguration(r) : m == "GET" ? listConfigurations(r) : notAllowed();
        if (rest.size() == 3)
            return m == "GET" ? getConfiguration(rest.at(2))
                   : m == "DELETE" ? deleteConfiguration(rest.at(2))
                                   : notAllowed();
        return notFound();
    }
    return notFound();
}

std::optional<EngineReply> EngineServer::Routes::checkTenant(const QUrlQuery &q)
{
    // The engine has one organization and one project; asking for another is a 404, not a
    // silent switch to the default.
    RV v;
    const std::pair<QString, QString> keys[] = {{QStringLiteral("project_id"), store->projectId()},
                                                {QStringLiteral("organization_id"), store->organizationId()}};
    for (const auto &[key, ours] : keys) {
        if (!q.hasQueryItem(key))
            continue;
        const QString value = q.queryItemValue(key, QUrl::FullyDecoded);
        if (QUuid::fromString(value).isNull()) {
            v.add(RV::loc({QStringLiteral("query"), key}),
                  QStringLiteral("Input should be a valid UUID, invalid character: expected an optional prefix of "
                                 "`urn:uuid:` followed by [0-9a-fA-F-]"),
                  QStringLiteral("uuid_parsing"));
            continue;
        }
        if (QUuid::fromString(value) != QUuid::fromString(ours))
            return EngineReply::detail(404, key == "project_id"_L1
                                                ? QStringLiteral("Project %1 not found").arg(value)
                                                : QStringLiteral("Organization %1 not found").arg(value));
    }
    if (!v.ok())
        return invalid(v);
    return std::nullopt;
}

std::optional<QJsonObject> EngineServer::Routes::jsonBody(const EngineRequest &r, RV &v)
{
    if (r.body.trimmed().isEmpty()) {
        v.add(RV::loc({QStringLiteral("body")}), QStringLiteral("Field required"), QStringLiteral("missing"));
        return std::nullopt;
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.body, &error);
    if (error.error != QJsonParseError::NoError) {
        v.add(RV::loc({QStringLiteral("body"), error.offset}), QStringLiteral("JSON decode error"),
              QStringLiteral("json_invalid"));
        return std::nullopt;
    }
    if (!doc.isObject()) {
        v.add(RV::loc({QStringLiteral("body")}),
              QStringLiteral("Input should be a valid dictionary or object to extract fields from"),
              QStringLiteral("model_attributes_type"));
        return std::nullopt;
    }
    return doc.object();
}

QList<Task> EngineServer::Routes::fileTasks(const QString &kind, const QString &ownerId, const QStringList &fileIds,
                                           const api::ClassifyJobCreate &classify, qint64 createdMs) const
{
    api::ClassifyV2Configuration config;
    config.rules = classify.rules;
    const api::ParsingConfigurationV1 &parsing = classify.parsingConfiguration;
    QList<Task> tasks;
    for (const QString &fileId : fileIds) {
        Task t;
        t.id = newUuid();
        t.kind = kind;
        t.ownerId = ownerId;
        t.projectId = store->projectId();
        t.status = QStringLiteral("PENDING");
        t.fileId = fileId;
        t.fileInput = fileId;
        t.configuration = config.toJson();
        t.lang = parsing.lang;
        if (parsing.maxPages)
            t.maxPages = int(std::clamp<qint64>(*parsing.maxPages, 1, 1000000));
        if (parsing.targetPages)
            t.pages = rules::fromZeroIndexed(*parsing.targetPages);
        t.multimodal = classify.mode == "MULTIMODAL"_L1;
        t.createdMs = t.updatedMs = createdMs;
        tasks << t;
    }
    return tasks;
}

// ---- projects / organizations --------------------------------------------------------------

api::Project EngineServer::Routes::project() const
{
    api::Project p;
    p.id = store->projectId();
    p.name = QStringLiteral("Default");
    p.organizationId = store->organizationId();
    p.isDefault = true;
    p.createdAt = EngineStore::fromMs(store->organizationCreatedMs());
    p.updatedAt = p.createdAt;
    return p;
}

EngineReply EngineServer::Routes::organizations(const QStringList &segments)
{
    api::Organization o;
    o.id = store->organizationId();
    o.name = QStringLiteral("Local engine");
    o.createdAt = EngineStore::fromMs(store->organizationCreatedMs());
    o.updatedAt = o.createdAt;
    if (segments.size() == 1)
        return EngineReply::json(200, compact(QJsonArray{o.toJson()}));
    if (segments.size() == 2) {
        if (QUuid::fromString(segments.at(1)) != QUuid::fromString(o.id))
            return EngineReply::detail(404, QStringLiteral("Organization %1 not found").arg(segments.at(1)));
        return EngineReply::json(200, compact(o.toJson()));
    }
    return EngineReply::detail(404, QStringLiteral("Not Found"));
}

EngineReply EngineServer::Routes::projects(const EngineRequest &r, const QStringList &segments)
{
    const api::Project p = project();
    if (segments.size() == 1) {
        QJsonArray list;
        const QString name = r.query.queryItemValue(QStringLiteral("project_name"), QUrl::FullyDecoded);
        if (name.isEmpty() || name == p.name)
            list.append(p.toJson());
        return EngineReply::json(200, compact(list));
    }
    if (segments.size() == 2) {
        if (QUuid::fromString(segments.at(1)) != QUuid::fromString(p.id))
            return EngineReply::detail(404, QStringLiteral("Project %1 not found").arg(segments.at(1)));
        return EngineReply::json(200, compact(p.toJson()));
    }
    return EngineReply::detail(404, QStringLiteral("Not Found"));
}

// ---- files ---------------------------------------------------------------------------------

EngineReply EngineServer::Routes::uploadFile(const EngineRequest &r)
{
    if (r.body.size() > s->maxUploadBytes())
        return EngineReply::detail(413, QStringLiteral("The upload is larger than the limit of %1 MiB")
                                            .arg(s->maxUploadBytes() / (1024 * 1024)));
    QString error;
    const QByteArray boundary = MultipartParser::boundary(r.header("content-type"), &error);
    if (boundary.isEmpty())
        return EngineReply::detail(400, error);
    const MultipartParse parsed = MultipartParser::parse(r.body, boundary);
    if (!parsed.ok())
        return EngineReply::detail(400, QStringLiteral("Malformed multipart body: ") + parsed.error);

    RV v;
    const MultipartPart *filePart = parsed.part(QStringLiteral("file"));
    const MultipartPart *purposePart = parsed.part(QStringLiteral("purpose"));
    const MultipartPart *externalPart = parsed.part(QStringLiteral("external_file_id"));
    if (!filePart)
        v.add(RV::loc({QStringLiteral("body"), QStringLiteral("file")}), QStringLiteral("Field required"),
              QStringLiteral("missing"));
    else if (!filePart->fileName)
        v.add(RV::loc({QStringLiteral("body"), QStringLiteral("file")}),
              QStringLiteral("Value error, Expected UploadFile, received: <class 'str'>"), QStringLiteral("value_error"));
    if (!purposePart)
        v.add(RV::loc({QStringLiteral("body"), QStringLiteral("purpose")}), QStringLiteral("Field required"),
              QStringLiteral("missing"));
    if (!v.ok())
        return invalid(v);
    const QString purpose = QString::fromUtf8(purposePart->data);
    if (!Purposes.contains(purpose))
        return EngineReply::detail(400, QStringLiteral("Invalid purpose '%1'. Valid values: %2")
                                            .arg(purpose.left(50), Purposes.join(QStringLiteral(", "))));

    // The client's name is metadata only: the bytes go to a generated name inside files/.
    QString name = QFileInfo(filePart->fileName->trimmed()).fileName();
    if (name.isEmpty())
        name = QStringLiteral("upload");
    StoredFile f;
    f.id = QStringLiteral("dfl-") + newUuid();
    f.projectId = store->projectId();
    f.name = name.left(3000);
    if (externalPart)
        f.externalFileId = QString::fromUtf8(externalPart->data);
    const QString suffix = QFileInfo(name).suffix().toLower();
    f.fileType = suffix.size() <= 16 ? suffix : QString();
    f.purpose = purpose;
    f.storedName = newUuid() + QStringLiteral(".bin");
    f.size = filePart->data.size();
    f.createdMs = EngineStore::nowMs();

    QSaveFile out(store->filePath(f));
    if (!out.open(QIODevice::WriteOnly) || out.write(filePart->data.data(), filePart->data.size()) != f.size
        || !out.commit()) {
        qCWarning(lcEngine, "upload: cannot store %s: %s", qPrintable(f.id), qPrintable(out.errorString()));
        return EngineReply::detail(500, QStringLiteral("The engine could not store the file: ") + out.errorString());
    }
    if (!store->insertFile(f)) {
        QFile::remove(store->filePath(f));
        return EngineReply::detail(500, QStringLiteral("The engine could not record the file"));
    }
    return EngineReply::json(201, compact(f.toDto().toJson()));
}

EngineReply EngineServer::Routes::listFiles(const EngineRequest &r)
{
    RV v;
    const int pageSize = int(v.queryInteger(r.query, QStringLiteral("page_size"), 1, 1000).value_or(50));
    bool descending = false;
    bool byName = false;
    const QString orderBy = r.query.queryItemValue(QStringLiteral("order_by"), QUrl::FullyDecoded).trimmed();
    if (!orderBy.isEmpty()) {
        const QStringList parts = orderBy.split(u' ', Qt::SkipEmptyParts);
        byName = parts.value(0) == "name"_L1;
        const bool knownField = byName || parts.value(0) == "created_at"_L1 || parts.value(0) == "last_modified_at"_L1;
        const bool knownDirection = parts.size() == 1 || (parts.size() == 2 && (parts.at(1) == "asc"_L1 || parts.at(1) == "desc"_L1));
        if (!knownField || !knownDirection)
            v.add(RV::loc({QStringLiteral("query"), QStringLiteral("order_by")}),
                  QStringLiteral("Value error, order_by supports one of name, created_at or last_modified_at, "
                                 "optionally followed by asc or desc"),
                  QStringLiteral("value_error"));
        descending = parts.value(1) == "desc"_L1;
    }
    if (!v.ok())
        return invalid(v);
    // A name-ordered list hands out name tokens; a token of the other order is refused, not misread.
    const auto nameToken = decodeNamePageToken(r.query);
    const auto token = byName ? (nameToken ? std::optional<qint64>(nameToken->first) : decodePageToken(r.query))
                              : decodePageToken(r.query);
    if (token && (*token < 0 || byName != nameToken.has_value()))
        return EngineReply::detail(400, QStringLiteral("Invalid page_token"));
    std::optional<QString> name, external;
    if (r.query.hasQueryItem(QStringLiteral("file_name")))
        name = r.query.queryItemValue(QStringLiteral("file_name"), QUrl::FullyDecoded);
    if (r.query.hasQueryItem(QStringLiteral("external_file_id")))
        external = r.query.queryItemValue(QStringLiteral("external_file_id"), QUrl::FullyDecoded);
    const auto page = store->listFiles(r.query.allQueryItemValues(QStringLiteral("file_ids"), QUrl::FullyDecoded),
                                       name, external, descending, token, pageSize, byName,
                                       nameToken ? nameToken->second : QString());
    api::FileList out;
    for (const StoredFile &f : page.items)
        out.items << f.toDto();
    if (page.lastSeq)
        out.nextPageToken = byName ? namePageToken(*page.lastSeq, page.items.constLast().name) : pageToken(*page.lastSeq);
    return EngineReply::json(200, compact(out.toJson()));
}

EngineReply EngineServer::Routes::getFile(const QString &id)
{
    const auto f = findFile(id);
    if (!f)
        return EngineReply::detail(404, QStringLiteral("File %1 not found").arg(id));
    return EngineReply::json(200, compact(f->toDto().toJson()));
}

EngineReply EngineServer::Routes::deleteFile(const QString &id)
{
    const auto f = findFile(id);
    if (!f || !store->deleteFile(id))
        return EngineReply::detail(404, QStringLiteral("File %1 not found").arg(id));
    QFile::remove(store->filePath(*f));
    EngineReply reply;
    reply.status = 204;
    return reply;
}

EngineReply EngineServer::Routes::fileContentUrl(const EngineRequest &r, const QString &id)
{
    RV v;
    const qint64 lifetime =
        v.queryInteger(r.query, QStringLiteral("expires_at_seconds"), 1, 7 * 24 * 3600).value_or(3600);
    if (!v.ok())
        return invalid(v);
    if (!findFile(id))
        return EngineReply::detail(404, QStringLiteral("File %1 not found").arg(id));
    const qint64 expires = QDateTime::currentSecsSinceEpoch() + lifetime;
    // The URL answers without the bearer token, like a presigned URL: the signature is the proof.
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    const QUrl host = QUrl::fromUserInput(QString::fromLatin1(r.header("host")));
    url.setHost(host.isValid() && !host.host().isEmpty() ? host.host() : QStringLiteral("127.0.0.1"));
    if (host.port() > 0)
        url.setPort(host.port());
    url.setPath(QStringLiteral("/api/v1/beta/files/%1/download").arg(id));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("expires"), QString::number(expires));
    query.addQueryItem(QStringLiteral("signature"), QString::fromLatin1(s->downloadSignature(id, expires)));
    url.setQuery(query);
    api::PresignedUrl out;
    out.url = url.toString();
    out.expiresAt = EngineStore::fromMs(expires * 1000);
    return EngineReply::json(200, compact(out.toJson()));
}

// ---- classify v2 ---------------------------------------------------------------------------

EngineReply EngineServer::Routes::createV2(const EngineRequest &r)
{
    RV v;
    const auto body = jsonBody(r, v);
    if (!body)
        return invalid(v);
    const QJsonArray at = RV::loc({QStringLiteral("body")});
    auto fileInput = v.string(*body, QStringLiteral("file_input"), at, false, 0, rules::MaxFileInputLength);
    const auto fileIdAlias = v.string(*body, QStringLiteral("file_id"), at, false);
    const auto parseJobAlias = v.string(*body, QStringLiteral("parse_job_id"), at, false);
    const auto config = v.object(*body, QStringLiteral("configuration"), at, false);
    if (config)
        v.v2Configuration(*config, RV::child(at, QStringLiteral("configuration")));
    const auto configurationId = v.string(*body, QStringLiteral("configuration_id"), at, false);
    const auto transactionId =
        v.string(*body, QStringLiteral("transaction_id"), at, false, 0, rules::MaxTransactionIdLength);
    v.webhookConfigurations(*body, QStringLiteral("webhook_configurations"), at, false);
    const auto webhookIds = v.stringList(*body, QStringLiteral("webhook_configuration_ids"), at, false, 0,
                                         rules::MaxWebhookConfigurationIds);
    if (!v.ok())
        return invalid(v);
    if (!fileInput)
        fileInput = fileIdAlias ? fileIdAlias : parseJobAlias;
    if (!fileInput)
        v.add(RV::child(at, QStringLiteral("file_input")), QStringLiteral("Field required"), QStringLiteral("missing"));
    if (!config && !configurationId)
        v.add(RV::child(at, QStringLiteral("configuration")),
              QStringLiteral("Value error, configuration is required if configuration_id is not provided"),
              QStringLiteral("value_error"));
    if (config && configurationId)
        v.add(RV::child(at, QStringLiteral("configuration_id")),
              QStringLiteral("Value error, give either configuration or configuration_id, not both"),
              QStringLiteral("value_error"));
    if (!v.ok())
        return invalid(v);

    // Idempotency: the same key in the same project returns the original job, whatever the body.
    if (transactionId) {
        if (const auto existing = store->taskByTransaction(store->projectId(), *transactionId))
            return EngineReply::json(200, compact(existing->toV2Job(s->userId()).toJson()));
    }
    if (webhookIds && !webhookIds->isEmpty())
        return EngineReply::detail(404, QStringLiteral("Webhook configuration %1 not found").arg(webhookIds->first()));
    const auto file = findFile(*fileInput);
    if (!file)
        return EngineReply::detail(404, QStringLiteral("File %1 not found").arg(*fileInput));

    QJsonObject configuration;
    if (config) {
        configuration = *config;
    } else {
        const auto preset = store->configuration(*configurationId);
        if (!preset)
            return EngineReply::detail(404, QStringLiteral("Configuration %1 not found").arg(*configurationId));
        if (preset->productType != "classify_v2"_L1)
            return EngineReply::detail(400, QStringLiteral("Configuration %1 is a %2 configuration, not classify_v2")
                                                .arg(*configurationId, preset->productType));
        configuration = preset->parameters;
        configuration.remove("product_type"_L1);
    }
    api::JsonReader reader(configuration);
    const api::ClassifyV2Configuration typed = api::ClassifyV2Configuration::read(reader);
    if (!reader.ok())
        return EngineReply::detail(400, QStringLiteral("The configuration cannot be used: ") + reader.error().message());

    Task t;
    t.id = newUuid();
    t.kind = QStringLiteral("v2");
    t.projectId = store->projectId();
    t.status = QStringLiteral("PENDING");
    t.fileId = file->id;
    t.fileInput = *fileInput;
    t.configuration = typed.toJson();
    t.configurationId = configurationId;
    t.transactionId = transactionId;
    t.webhooks = body->value("webhook_configurations"_L1).toArray();
    if (typed.parsingConfiguration) {
        t.lang = typed.parsingConfiguration->lang;
        if (typed.parsingConfiguration->maxPages)
            t.maxPages = int(std::min<qint64>(*typed.parsingConfiguration->maxPages, 1000000));
        if (typed.parsingConfiguration->targetPages)
            t.pages = rules::parsePageRanges(*typed.parsingConfiguration->targetPages).pages;
    }
    t.createdMs = t.updatedMs = EngineStore::nowMs();
    if (!store->insertTasks({t})) {
        // A concurrent request with the same key won the race: answer with its job.
        if (transactionId) {
            if (const auto existing = store->taskByTransaction(store->projectId(), *transactionId))
                return EngineReply::json(200, compact(existing->toV2Job(s->userId()).toJson()));
        }
        return EngineReply::detail(500, QStringLiteral("The engine could not record the job"));
    }
    Q_EMIT s->taskChanged(t.id, t.status);
    Q_EMIT s->tasksCreated();
    return EngineReply::json(200, compact(t.toV2Job(s->userId()).toJson()));
}

EngineReply EngineServer::Routes::listV2(const EngineRequest &r)
{
    RV v;
    const int pageSize = int(v.queryInteger(r.query, QStringLiteral("page_size"), 1, 100).value_or(50));
    TaskFilter filter;
    filter.status = v.queryOneOf(r.query, QStringLiteral("status"), V2Statuses);
    filter.ids = r.query.allQueryItemValues(QStringLiteral("job_ids"), QUrl::FullyDecoded);
    if (r.query.hasQueryItem(QStringLiteral("configuration_id")))
        filter.configurationId = r.query.queryItemValue(QStringLiteral("configuration_id"), QUrl::FullyDecoded);
    filter.createdFromMs = v.queryDateTimeMs(r.query, QStringLiteral("created_at_on_or_after"));
    filter.createdToMs = v.queryDateTimeMs(r.query, QStringLiteral("created_at_on_or_before"));
    if (!v.ok())
        return invalid(v);
    const auto token = decodePageToken(r.query);
    if (token && *token < 0)
        return EngineReply::detail(400, QStringLiteral("Invalid page_token"));
    const auto page = store->listV2Tasks(filter, token, pageSize);
    api::ClassifyV2JobList out;
    for (const Task &t : page.items)
        out.items << t.toV2Job(s->userId());
    if (page.lastSeq)
        out.nextPageToken = pageToken(*page.lastSeq);
    return EngineReply::json(200, compact(out.toJson()));
}

EngineReply EngineServer::Routes::getV2(const QString &id)
{
    const auto t = store->task(id);
    if (!t || t->kind == "v1"_L1)
        return EngineReply::detail(404, QStringLiteral("Classify job %1 not found").arg(id));
    return EngineReply::json(200, compact(t->toV2Job(s->userId()).toJson()));
}

EngineReply EngineServer::Routes::cancelV2(const QString &id)
{
    const auto t = store->task(id);
    if (!t || t->kind == "v1"_L1)
        return EngineReply::detail(404, QStringLiteral("Classify job %1 not found").arg(id));
    if (t->isTerminal())
        return EngineReply::detail(400, QStringLiteral("Job %1 is already %2; only PENDING or RUNNING jobs can be "
                                                       "cancelled")
                                            .arg(id, t->status));
    const QStringList cancelled = store->cancelTasks(id, false);
    if (cancelled.isEmpty()) {
        // It reached a terminal state between the read and the update.
        const auto now = store->task(id);
        return EngineReply::detail(400, QStringLiteral("Job %1 is already %2; only PENDING or RUNNING jobs can be "
                                                       "cancelled")
                                            .arg(id, now ? now->status : QStringLiteral("finished")));
    }
    Q_EMIT s->cancelRequested(cancelled);
    Q_EMIT s->taskChanged(id, QStringLiteral("CANCELLED"));
    return EngineReply::json(200, compact(store->task(id)->toV2Job(s->userId()).toJson()));
}

// ---- classifier v1 -------------------------------------------------------------------------

EngineReply EngineServer::Routes::createV1(const EngineRequest &r)
{
    RV v;
    const auto body = jsonBody(r, v);
    if (!body)
        return invalid(v);
    const QJsonArray at = RV::loc({QStringLiteral("body")});
    const auto fileIds =
        v.stringList(*body, QStringLiteral("file_ids"), at, true, 1, rules::MaxFilesPerV1Job);
    v.rules(*body, at);
    v.oneOf(*body, QStringLiteral("mode"), at, {QStringLiteral("FAST"), QStringLiteral("MULTIMODAL")},
            QStringLiteral("FAST"));
    if (const auto parsing = v.object(*body, QStringLiteral("parsing_configuration"), at, false)) {
        const QJsonArray pAt = RV::child(at, QStringLiteral("parsing_configuration"));
        v.oneOf(*parsing, QStringLiteral("lang"), pAt, RV::parserLanguages(), QStringLiteral("en"));
        v.integer(*parsing, QStringLiteral("max_pages"), pAt, false);
        if (const auto pages = v.array(*parsing, QStringLiteral("target_pages"), pAt, false, 1)) {
            for (qsizetype i = 0; i < pages->size(); ++i) {
                const QJsonValue p = pages->at(i);
                if (!p.isDouble() || p.toDouble() != double(qint64(p.toDouble())))
                    v.add(RV::child(RV::child(pAt, QStringLiteral("target_pages")), int(i)),
                          QStringLiteral("Input should be a valid integer"), QStringLiteral("int_type"));
            }
        }
    }
    v.webhookConfigurations(*body, QStringLiteral("webhook_configurations"), at, true);
    if (!v.ok())
        return invalid(v);
    for (const QString &id : *fileIds) {
        if (!findFile(id))
            return EngineReply::detail(404, QStringLiteral("File %1 not found").arg(id));
    }
    api::JsonReader reader(*body);
    const api::ClassifyJobCreate create = api::ClassifyJobCreate::read(reader);
    if (!reader.ok())
        return EngineReply::detail(400, reader.error().message());

    V1Job job;
    job.id = newUuid();
    job.projectId = store->projectId();
    job.body.insert("rules"_L1, api::json::array(create.rules));
    job.body.insert("mode"_L1, create.mode);
    job.body.insert("parsing_configuration"_L1, create.parsingConfiguration.toJson());
    job.webhooks = body->value("webhook_configurations"_L1).toArray();
    job.createdMs = job.updatedMs = EngineStore::nowMs();

    const QList<Task> tasks = fileTasks(QStringLiteral("v1"), job.id, *fileIds, create, job.createdMs);
    if (!store->insertV1Job(job, tasks))
        return EngineReply::detail(500, QStringLiteral("The engine could not record the job"));
    Q_EMIT s->taskChanged(job.id, QStringLiteral("PENDING"));
    Q_EMIT s->tasksCreated();
    return EngineReply::json(200, compact(v1Dto(job).toJson()));
}


EngineReply EngineServer::Routes::listV1(const EngineRequest &r)
{
    RV v;
    const int pageSize = int(v.queryInteger(r.query, QStringLiteral("page_size"), 1, 1000).value_or(50));
    if (!v.ok())
        return invalid(v);
    const auto token = decodePageToken(r.query);
    if (token && *token < 0)
        return EngineReply::detail(400, QStringLiteral("Invalid page_token"));
    const auto page = store->listV1Jobs(store->projectId(), token, pageSize);
    api::ClassifyJobList out;
    for (const V1Job &j : page.items)
        out.items << v1Dto(j);
    if (page.lastSeq)
        out.nextPageToken = pageToken(*page.lastSeq);
    return EngineReply::json(200, compact(out.toJson()));
}

EngineReply EngineServer::Routes::getV1(const QString &id)
{
    const auto job = store->v1Job(id);
    if (!job)
        return EngineReply::detail(404, QStringLiteral("Classify job %1 not found").arg(id));
    return EngineReply::json(200, compact(v1Dto(*job).toJson()));
}

EngineReply EngineServer::Routes::v1Results(const QString &id)
{
    const auto job = store->v1Job(id);
    if (!job)
        return EngineReply::detail(404, QStringLiteral("Classify job %1 not found").arg(id));
    api::ClassifyJobResults out;
    for (const Task &t : store->tasksOf(id, std::nullopt, rules::MaxFilesPerV1Job, 0)) {
        api::FileClassification fc;
        fc.id = t.id;
        fc.classifyJobId = id;
        fc.fileId = t.fileId;
        fc.result = t.result;
        fc.createdAt = EngineStore::fromMs(t.createdMs);
        fc.updatedAt = EngineStore::fromMs(t.updatedMs);
        out.items << fc;
    }
    out.totalSize = out.items.size();
    return EngineReply::json(200, compact(out.toJson()));
}

// ---- batch ---------------------------------------------------------------------------------


EngineReply EngineServer::Routes::createBatch(const EngineRequest &r)
{
    RV v;
    const auto body = jsonBody(r, v);
    if (!body)
        return invalid(v);
    const QJsonArray at = RV::loc({QStringLiteral("body")});
    const auto jobConfig = v.object(*body, QStringLiteral("job_config"), at, true);
    const QJsonArray cAt = RV::child(at, QStringLiteral("job_config"));
    if (jobConfig) {
        v.rules(*jobConfig, cAt);
        v.oneOf(*jobConfig, QStringLiteral("mode"), cAt, {QStringLiteral("FAST"), QStringLiteral("MULTIMODAL")},
                QStringLiteral("FAST"));
        if (const auto parsing = v.object(*jobConfig, QStringLiteral("parsing_configuration"), cAt, false)) {
            const QJsonArray pAt = RV::child(cAt, QStringLiteral("parsing_configuration"));
            v.oneOf(*parsing, QStringLiteral("lang"), pAt, RV::parserLanguages(), QStringLiteral("en"));
            v.integer(*parsing, QStringLiteral("max_pages"), pAt, false);
            v.array(*parsing, QStringLiteral("target_pages"), pAt, false, 1);
        }
    }
    const auto directoryId = v.string(*body, QStringLiteral("directory_id"), at, false);
    const auto itemIds = v.stringList(*body, QStringLiteral("item_ids"), at, false);
    v.integer(*body, QStringLiteral("page_size"), at, false, 1, 1000);
    v.integer(*body, QStringLiteral("continue_as_new_threshold"), at, false);
    if (v.ok() && !directoryId && !itemIds)
        v.add(at, QStringLiteral("Value error, Either directory_id or item_ids must be provided"),
              QStringLiteral("value_error"));
    if (v.ok() && directoryId && itemIds)
        v.add(at, QStringLiteral("Value error, Provide either directory_id or item_ids, not both"),
              QStringLiteral("value_error"));
    if (!v.ok())
        return invalid(v);
    if (directoryId)
        return EngineReply::detail(404, QStringLiteral("Directory %1 not found (the local engine has no "
                                                       "directories; pass item_ids of uploaded files)")
                                            .arg(*directoryId));
    if (itemIds->isEmpty())
        return EngineReply::detail(400, QStringLiteral("item_ids is empty: a batch needs at least one file"));
    for (const QString &id : *itemIds) {
        if (!findFile(id))
            return EngineReply::detail(404, QStringLiteral("File %1 not found").arg(id));
    }
    api::JsonReader reader(*jobConfig);
    api::ClassifyJobCreate classify;
    classify.rules = reader.list<api::Rule>("rules"_L1);
    classify.mode = jobConfig->value("mode"_L1).toString(QStringLiteral("FAST"));
    api::JsonReader parsingReader(jobConfig->value("parsing_configuration"_L1).toObject());
    classify.parsingConfiguration = api::ParsingConfigurationV1::read(parsingReader);

    BatchRecord b;
    b.id = QStringLiteral("bat-") + newUuid();
    b.projectId = store->projectId();
    b.jobConfig = *jobConfig;
    b.createdMs = b.updatedMs = EngineStore::nowMs();
    const QList<Task> tasks = fileTasks(QStringLiteral("batch"), b.id, *itemIds, classify, b.createdMs);
    if (!store->insertBatch(b, tasks))
        return EngineReply::detail(500, QStringLiteral("The engine could not record the batch"));
    Q_EMIT s->tasksCreated();
    return EngineReply::json(201, compact(batchDto(b).toJson()));
}

EngineReply EngineServer::Routes::listBatches(const EngineRequest &r)
{
    RV v;
    const int limit = int(v.queryInteger(r.query, QStringLiteral("limit"), 1, 1000).value_or(50));
    const qint64 offset = v.queryInteger(r.query, QStringLiteral("offset"), 0, std::nullopt).value_or(0);
    const auto jobType = v.queryOneOf(r.query, QStringLiteral("job_type"),
                                      {QStringLiteral("parse"), QStringLiteral("extract"), QStringLiteral("classify")});
    // The filter's documentation shows upper case; the wire values are lower case. Accept both.
    std::optional<QString> status;
    if (r.query.hasQueryItem(QStringLiteral("status"))) {
        QUrlQuery lowered;
        lowered.addQueryItem(QStringLiteral("status"),
                             r.query.queryItemValue(QStringLiteral("status"), QUrl::FullyDecoded).toLower());
        status = v.queryOneOf(lowered, QStringLiteral("status"), BatchStatuses);
    }
    if (!v.ok())
        return invalid(v);
    std::optional<QString> directoryId;
    if (r.query.hasQueryItem(QStringLiteral("directory_id")))
        directoryId = r.query.queryItemValue(QStringLiteral("directory_id"), QUrl::FullyDecoded);
    api::BatchJobList out;
    if (jobType && *jobType != "classify"_L1) {
        out.totalSize = 0;
        return EngineReply::json(200, compact(out.toJson()));
    }
    qint64 total = 0;
    if (!status) {
        for (const BatchRecord &b : store->listBatches(store->projectId(), directoryId, limit, offset, &total))
            out.items << batchDto(b);
    } else {
        // Status is derived from the items: two queries (batches, and all their task counts at
        // once), then the filter, instead of a count query per batch.
        const QHash<QString, TaskCounts> counts = store->batchTaskCounts(store->projectId());
        for (const BatchRecord &b : store->listBatches(store->projectId(), directoryId, -1 /* all */, 0, nullptr)) {
            const TaskCounts c = counts.value(b.id);
            if (batchStatusFor(b, c) != *status)
                continue;
            if (total >= offset && total - offset < limit)
                out.items << batchView(b, c);
            ++total;
        }
    }
    out.totalSize = total;
    return EngineReply::json(200, compact(out.toJson()));
}

EngineReply EngineServer::Routes::batchStatus(const QString &id)
{
    const auto b = store->batch(id);
    if (!b)
        return EngineReply::detail(404, QStringLiteral("Batch job %1 not found").arg(id));
    api::BatchJobStatus out;
    out.job = batchDto(*b);
    const TaskCounts c = store->countsOf(id);
    out.progressPercentage = c.total() > 0 ? 100.0 * double(c.terminal()) / double(c.total()) : 100.0;
    return EngineReply::json(200, compact(out.toJson()));
}

EngineReply EngineServer::Routes::batchItems(const EngineRequest &r, const QString &id)
{
    RV v;
    const int limit = int(v.queryInteger(r.query, QStringLiteral("limit"), 1, 1000).value_or(100));
    const qint64 offset = v.queryInteger(r.query, QStringLiteral("offset"), 0, std::nullopt).value_or(0);
    const auto status = v.queryOneOf(r.query, QStringLiteral("status"), ItemStatuses);
    if (!v.ok())
        return invalid(v);
    if (!store->batch(id))
        return EngineReply::detail(404, QStringLiteral("Batch job %1 not found").arg(id));
    api::BatchItemList out;
    if (status && *status == "skipped"_L1) {
        out.totalSize = 0;
        return EngineReply::json(200, compact(out.toJson()));
    }
    const std::optional<QString> taskStatus = status ? std::optional<QString>(taskStatusOfItem(*status)) : std::nullopt;
    for (const Task &t : store->tasksOf(id, taskStatus, limit, offset)) {
        api::BatchItem item;
        item.itemId = t.fileId;
        const auto f = findFile(t.fileId);
        item.itemName = f ? f->name : t.fileId;
        item.status = itemStatus(t.status);
        item.jobId = t.id;
        item.errorMessage = t.errorMessage;
        if (t.status != "PENDING"_L1)
            item.startedAt = EngineStore::fromMs(t.updatedMs);
        if (t.isTerminal())
            item.completedAt = EngineStore::fromMs(t.updatedMs);
        out.items << item;
    }
    out.totalSize = store->countOf(id, taskStatus);
    return EngineReply::json(200, compact(out.toJson()));
}

EngineReply EngineServer::Routes::cancelBatch(const EngineRequest &r, const QString &id)
{
    RV v;
    const auto body = jsonBody(r, v);
    if (!body)
        return invalid(v);
    const auto reason = v.string(*body, QStringLiteral("reason"), RV::loc({QStringLiteral("body")}), false);
    if (!v.ok())
        return invalid(v);
    const auto b = store->batch(id);
    if (!b)
        return EngineReply::detail(404, QStringLiteral("Batch job %1 not found").arg(id));
    const api::BatchJob before = batchDto(*b);
    if (before.status == "completed"_L1 || before.status == "failed"_L1 || before.status == "cancelled"_L1)
        return EngineReply::detail(400, QStringLiteral("Batch job %1 is already %2; only pending or running batch "
                                                       "jobs can be cancelled")
                                            .arg(id, before.status));
    store->markBatchCancelled(id, reason);
    const QStringList cancelled = store->cancelTasks(id, true);
    Q_EMIT s->cancelRequested(cancelled);
    for (const QString &taskId : cancelled)
        Q_EMIT s->taskChanged(taskId, QStringLiteral("CANCELLED"));
    api::BatchCancelResponse out;
    out.jobId = id;
    out.status = QStringLiteral("cancelled");
    const TaskCounts c = store->countsOf(id);
    out.processedItems = c.completed + c.failed;
    out.message = QStringLiteral("Batch job cancelled; %1 item(s) stopped").arg(cancelled.size());
    return EngineReply::json(200, compact(out.toJson()));
}

// ---- configurations ------------------------------------------------------------------------

EngineReply EngineServer::Routes::createConfiguration(const EngineRequest &r)
{
    RV v;
    const auto body = jsonBody(r, v);
    if (!body)
        return invalid(v);
    const QJsonArray at = RV::loc({QStringLiteral("body")});
    const auto name = v.string(*body, QStringLiteral("name"), at, true, 1, 255);
    const auto parameters = v.object(*body, QStringLiteral("parameters"), at, true);
    QString productType;
    if (parameters) {
        const QJsonArray pAt = RV::child(at, QStringLiteral("parameters"));
        const QJsonValue tag = parameters->value("product_type"_L1);
        if (!tag.isString()) {
            v.add(pAt,
                  QStringLiteral("Unable to extract tag using discriminator 'product_type'"),
                  QStringLiteral("union_tag_not_found"));
        } else if (!ProductTypes.contains(tag.toString())) {
            v.add(pAt,
                  QStringLiteral("Input tag '%1' found using 'product_type' does not match any of the expected tags: "
                                 "%2")
                      .arg(tag.toString().left(50), ProductTypes.join(QStringLiteral(", "))),
                  QStringLiteral("union_tag_invalid"));
        } else {
            productType = tag.toString();
            // pydantic puts the discriminator's tag into the location of a tagged union member.
            if (productType == "classify_v2"_L1)
                v.v2Configuration(*parameters, RV::child(pAt, productType));
        }
    }
    if (!v.ok())
        return invalid(v);
    QJsonObject params = *parameters;
    if (productType == "classify_v2"_L1) {
        api::JsonReader reader(params);
        params = api::ClassifyV2Configuration::read(reader).toJson();
        params.insert("product_type"_L1, productType);
    }
    StoredConfiguration c;
    c.id = QStringLiteral("cfg-") + newUuid();
    c.projectId = store->projectId();
    c.name = *name;
    c.productType = productType;
    c.parameters = params;
    c.createdMs = c.updatedMs = EngineStore::nowMs();
    c.version = api::json::dateTimeToWire(EngineStore::fromMs(c.updatedMs));
    bool created = false;
    const StoredConfiguration saved = store->upsertConfiguration(c, &created);
    if (saved.id.isEmpty())
        return EngineReply::detail(500, QStringLiteral("The engine could not save the configuration"));
    return EngineReply::json(201, compact(saved.toDto().toJson()));
}

EngineReply EngineServer::Routes::listConfigurations(const EngineRequest &r)
{
    RV v;
    const int pageSize = int(v.queryInteger(r.query, QStringLiteral("page_size"), 1, 1000).value_or(50));
    const QStringList types = r.query.allQueryItemValues(QStringLiteral("product_type"), QUrl::FullyDecoded);
    for (const QString &t : types) {
        if (!ProductTypes.contains(t)) {
            v.add(RV::loc({QStringLiteral("query"), QStringLiteral("product_type"), 0}), RV::enumMessage(ProductTypes),
                  QStringLiteral("enum"));
            break;
        }
    }
    v.queryBool(r.query, QStringLiteral("latest_only"));
    if (!v.ok())
        return invalid(v);
    const auto token = decodePageToken(r.query);
    if (token && *token < 0)
        return EngineReply::detail(400, QStringLiteral("Invalid page_token"));
    std::optional<QString> name;
    if (r.query.hasQueryItem(QStringLiteral("name")))
        name = r.query.queryItemValue(QStringLiteral("name"), QUrl::FullyDecoded);
    // Saving under an existing name replaces it, so every stored configuration is the latest.
    const auto page = store->listConfigurations(store->projectId(), types, name, token, pageSize);
    api::ConfigurationList out;
    for (const StoredConfiguration &c : page.items)
        out.items << c.toDto();
    if (page.lastSeq)
        out.nextPageToken = pageToken(*page.lastSeq);
    return EngineReply::json(200, compact(out.toJson()));
}

EngineReply EngineServer::Routes::getConfiguration(const QString &id)
{
    const auto c = store->configuration(id);
    if (!c)
        return EngineReply::detail(404, QStringLiteral("Configuration %1 not found").arg(id));
    return EngineReply::json(200, compact(c->toDto().toJson()));
}

EngineReply EngineServer::Routes::deleteConfiguration(const QString &id)
{
    if (!store->deleteConfiguration(id))
        return EngineReply::detail(404, QStringLiteral("Configuration %1 not found").arg(id));
    EngineReply reply;
    reply.status = 204;
    return reply;
}

// ---------------------------------------------------------------------------------------------
// EngineServer
// ---------------------------------------------------------------------------------------------

EngineServer::EngineServer(EngineStore *store, QByteArray token, QObject *parent)
    : QAbstractHttpServer(parent),
      m_store(store),
      m_token(std::move(token)),
      m_userId(QStringLiteral("local-user")),
      m_routes(new Routes(this, store))
{
}

EngineServer::~EngineServer()
{
    delete m_routes;
}

quint16 EngineServer::start(const QHostAddress &address, quint16 port)
{
    auto *tcp = new GuardedTcpServer(m_maxUploadBytes, m_token, this);
    if (!tcp->listen(address, port)) {
        m_error = tcp->errorString();
        delete tcp;
        return 0;
    }
    bind(tcp);
    return tcp->serverPort();
}

EngineReply EngineServer::dispatch(const EngineRequest &request)
{
    if (request.method == "GET" && request.path == "/health"_L1)
        return EngineReply::json(200, R"({"status":"ok"})");
    static const QRegularExpression download(QStringLiteral("^/api/v1/beta/files/([^/]+)/download$"));
    if (const auto match = download.match(request.path); match.hasMatch() && request.method == "GET")
        return downloadFile(request, match.captured(1));
    // Also checked from the head by the connection guard; this covers dispatch() without sockets.
    if (const auto problem = authProblem(request.header("authorization"), m_token))
        return EngineReply::detail(401, *problem);
    return m_routes->route(request);
}

QByteArray EngineServer::downloadSignature(const QString &fileId, qint64 expires) const
{
    return QMessageAuthenticationCode::hash(fileId.toUtf8() + '\n' + QByteArray::number(expires), m_token,
                                            QCryptographicHash::Sha256)
        .toHex();
}

EngineReply EngineServer::downloadFile(const EngineRequest &request, const QString &fileId)
{
    bool ok = false;
    const qint64 expires = request.query.queryItemValue(QStringLiteral("expires")).toLongLong(&ok);
    const QByteArray signature = request.query.queryItemValue(QStringLiteral("signature")).toLatin1();
    if (!ok || expires < QDateTime::currentSecsSinceEpoch()
        || !constantTimeEquals(signature, downloadSignature(fileId, expires)))
        return EngineReply::detail(403, QStringLiteral("The download link is invalid or has expired"));
    const auto file = m_store->file(fileId);
    if (!file)
        return EngineReply::detail(404, QStringLiteral("File %1 not found").arg(fileId));
    QFile bytes(file->path);
    if (!bytes.open(QIODevice::ReadOnly))
        return EngineReply::detail(500, QStringLiteral("The stored file cannot be read: ") + bytes.errorString());
    EngineReply reply;
    reply.streamFile = file->path;
    reply.contentType = "application/octet-stream";
    return reply;
}

EngineReply EngineServer::handle(const QHttpServerRequest &request)
{
    EngineRequest r;
    const QMetaEnum methods = QMetaEnum::fromType<QHttpServerRequest::Method>();
    r.method = QByteArray(methods.valueToKey(int(request.method()))).toUpper();
    r.path = request.url().path(QUrl::FullyDecoded);
    r.query = request.query();
#if QT_VERSION < QT_VERSION_CHECK(6, 8, 0)
    r.headers = request.headers();
#else
    const QHttpHeaders headers = request.headers();
    for (qsizetype i = 0; i < headers.size(); ++i)
        r.headers.append({QByteArray(headers.nameAt(i).data(), headers.nameAt(i).size()),
                          headers.valueAt(i).toByteArray()});
#endif
    r.body = request.body();
    QElapsedTimer timer;
    timer.start();
    EngineReply reply = dispatch(r);
    // Method, path, status and time only: never headers, bodies or query strings.
    qCInfo(lcEngine, "%s %s -> %d (%lld ms)", r.method.constData(), qPrintable(r.path), reply.status,
           timer.elapsed());
    return reply;
}

namespace {
void writeReply(QHttpServerResponder &responder, const EngineReply &reply)
{
    const auto status = QHttpServerResponder::StatusCode(reply.status);
    if (!reply.streamFile.isEmpty()) {
        // QtHttpServer takes the device, sets Content-Length from its size and sends it chunk by
        // chunk as the socket drains, so a large download costs neither memory nor the thread.
        auto *file = new QFile(reply.streamFile);
        if (!file->open(QIODevice::ReadOnly)) {
            const QString why = file->errorString();
            delete file;
            writeReply(responder, EngineReply::detail(500, QStringLiteral("The stored file cannot be read: ") + why));
            return;
        }
        responder.write(file, reply.contentType, status);
        return;
    }
    if (reply.status == 204) {
        responder.write(status);
        return;
    }
#if QT_VERSION < QT_VERSION_CHECK(6, 8, 0)
    if (reply.status == 401) {
        responder.write(reply.body, {{"Content-Type", reply.contentType}, {"WWW-Authenticate", "Bearer"}}, status);
        return;
    }
    responder.write(reply.body, {{"Content-Type", reply.contentType}}, status);
#else
    QHttpHeaders headers;
    headers.append(QHttpHeaders::WellKnownHeader::ContentType, reply.contentType);
    if (reply.status == 401)
        headers.append(QHttpHeaders::WellKnownHeader::WWWAuthenticate, "Bearer");
    responder.write(reply.body, headers, status);
#endif
}
} // namespace

#if QT_VERSION < QT_VERSION_CHECK(6, 5, 0)
bool EngineServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    QHttpServerResponder responder = makeResponder(request, socket);
    writeReply(responder, handle(request));
    return true;
}

void EngineServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    QHttpServerResponder responder = makeResponder(request, socket);
    writeReply(responder, EngineReply::detail(404, QStringLiteral("Not Found")));
}
#else
bool EngineServer::handleRequest(const QHttpServerRequest &request, QHttpServerResponder &responder)
{
    writeReply(responder, handle(request));
    return true;
}

#if QT_VERSION < QT_VERSION_CHECK(6, 7, 0)
void EngineServer::missingHandler(const QHttpServerRequest &, QHttpServerResponder &&responder)
#else
void EngineServer::missingHandler(const QHttpServerRequest &, QHttpServerResponder &responder)
#endif
{
    writeReply(responder, EngineReply::detail(404, QStringLiteral("Not Found")));
}
#endif

} // namespace docket::engine
