// SPDX-FileCopyrightText: 2026 The Docket authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractHttpServer>
#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

class QTcpServer;

namespace docket::engine {

class EngineStore;

// One HTTP request as the routes see it, independent of the QtHttpServer version.
struct EngineRequest
{
    QByteArray method; // GET, POST, …
    QString path;      // decoded path
    QUrlQuery query;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    QByteArray header(const QByteArray &name) const;
};

struct EngineReply
{
    int status = 200;
    QByteArray body;
    QByteArray contentType = "application/json";
    // When set, the body is this file, streamed in chunks instead of held in memory (downloads).
    QString streamFile;

    static EngineReply json(int status, const QByteArray &body);
    static EngineReply detail(int status, const QString &message);
};

// The engine's HTTP face: LlamaCloud's paths, methods, status codes and JSON shapes for classify
// v1/v2, beta files, beta batch processing, projects/organizations and classify_v2 configurations.
// Checks the bearer token, validates like the OpenAPI document (FastAPI 422 bodies), refuses
// bodies over the upload limit before they are read, and turns every request into store reads
// and writes; the work itself is done by JobRunner. Owned by Engine.
class EngineServer : public QAbstractHttpServer
{
    Q_OBJECT

public:
    static constexpr qint64 DefaultMaxUploadBytes = qint64(512) * 1024 * 1024;

    EngineServer(EngineStore *store, QByteArray token, QObject *parent = nullptr);
    ~EngineServer() override;

    void setMaxUploadBytes(qint64 bytes) { m_maxUploadBytes = bytes; }
    qint64 maxUploadBytes() const { return m_maxUploadBytes; }
    QString userId() const { return m_userId; }

    // Listens on address:port (0 = any free port); returns the port, or 0 with errorString().
    quint16 start(const QHostAddress &address, quint16 port);
    QString errorString() const { return m_error; }

    // The routes, without sockets (also used by the tests of the routing itself).
    EngineReply dispatch(const EngineRequest &request);

Q_SIGNALS:
    void tasksCreated();
    // A task or v1 job/batch changed status through a request (PENDING on create, CANCELLED).
    void taskChanged(const QString &taskId, const QString &status);
    void cancelRequested(const QStringList &taskIds);

protected:
#if QT_VERSION < QT_VERSION_CHECK(6, 5, 0)
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;
#elif QT_VERSION < QT_VERSION_CHECK(6, 7, 0)
    bool handleRequest(const QHttpServerRequest &request, QHttpServerResponder &responder) override;
    void missingHandler(const QHttpServerRequest &request, QHttpServerResponder &&responder) override;
#else
    bool handleRequest(const QHttpServerRequest &request, QHttpServerResponder &responder) override;
    void missingHandler(const QHttpServerRequest &request, QHttpServerResponder &responder) override;
#endif

private:
    class Routes;
    EngineReply handle(const QHttpServerRequest &request);
    // Presigned download links (GET …/files/{id}/content): HMAC of id and expiry under the token.
    QByteArray downloadSignature(const QString &fileId, qint64 expires) const;
    EngineReply downloadFile(const EngineRequest &request, const QString &fileId);
    void guardConnection(QTcpSocket *socket);

    EngineStore *m_store;
    QByteArray m_token;
    QString m_userId;
    qint64 m_maxUploadBytes = DefaultMaxUploadBytes;
    QString m_error;
    Routes *m_routes;
};

} // namespace docket::engine
