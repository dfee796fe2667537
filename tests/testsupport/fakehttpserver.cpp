// SPDX-FileCopyrightText: 2026 The Docket authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakehttpserver.h"

#include <QTcpSocket>

namespace docket::test {

ScriptedResponse ScriptedResponse::json(int status, const QByteArray &body)
{
    ScriptedResponse r;
    r.status = status;
    r.body = body;
    r.headers.append(qMakePair(QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")));
    return r;
}

ScriptedResponse ScriptedResponse::behaving(Behaviour behaviour)
{
    ScriptedResponse r = json(200, QByteArrayLiteral("{\"items\": []}"));
    r.behaviour = behaviour;
    return r;
}

ScriptedResponse &ScriptedResponse::header(const QByteArray &name, const QByteArray &value)
{
    headers.append({name, value});
    return *this;
}

struct FakeHttpServer::Connection
{
    QByteArray buffer;
    bool haveHeaders = false;
    qint64 contentLength = 0;
    qint64 received = 0;
    RecordedRequest current;
};

FakeHttpServer::FakeHttpServer(QObject *parent) : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, &FakeHttpServer::onNewConnection);
}

FakeHttpServer::~FakeHttpServer()
{
    const auto sockets = m_connections.keys();
    for (QTcpSocket *socket : sockets) {
        socket->disconnect(this);
        socket->abort();
        delete socket;
    }
    qDeleteAll(m_connections);
}

bool FakeHttpServer::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

quint16 FakeHttpServer::port() const
{
    return m_server.serverPort();
}

QUrl FakeHttpServer::baseUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(port());
    return url;
}

void FakeHttpServer::enqueue(const ScriptedResponse &response)
{
    m_script.append(response);
}

void FakeHttpServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        m_connections.insert(socket, new Connection);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            delete m_connections.take(socket);
            socket->deleteLater();
        });
    }
}

void FakeHttpServer::onReadyRead(QTcpSocket *socket)
{
    Connection *c = m_connections.value(socket);
    if (!c)
        return;
    while (socket->bytesAvailable() > 0 || !c->buffer.isEmpty()) {
        if (!c->haveHeaders) {
            c->buffer += socket->readAll();
            const qsizetype end = c->buffer.indexOf("\r\n\r\n");
            if (end < 0)
                return;
            const QList<QByteArray> lines = c->buffer.left(end).split('\n');
            c->buffer.remove(0, end + 4);
            c->current = RecordedRequest();
            const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
            c->current.method = requestLine.value(0);
            const QByteArray target = requestLine.value(1);
            const qsizetype q = target.indexOf('?');
            c->current.rawPath = q < 0 ? target : target.left(q);
            c->current.path = QUrl::fromPercentEncoding(c->current.rawPath);
            c->current.rawQuery = q < 0 ? QByteArray() : target.mid(q + 1);
            c->current.query = QUrlQuery(QString::fromLatin1(c->current.rawQuery));
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const qsizetype colon = lines[i].indexOf(':');
                if (colon > 0)
                    c->current.headers.insert(lines[i].left(colon).trimmed().toLower(), lines[i].mid(colon + 1).trimmed());
            }
            c->contentLength = c->current.headers.value("content-length", "0").toLongLong();
            c->received = 0;
            c->haveHeaders = true;
        }
        // Body: whatever is buffered first, then the socket.
        QByteArray chunk = c->buffer;
        c->buffer.clear();
        const qint64 want = c->contentLength - c->received;
        if (qint64(chunk.size()) < want)
            chunk += socket->read(want - chunk.size());
        if (qint64(chunk.size()) > want) {
            c->buffer = chunk.mid(want);
            chunk.truncate(want);
        }
        c->received += chunk.size();
        if (!m_discardBodies)
            c->current.body += chunk;
        if (c->received < c->contentLength)
            return;
        c->current.bodySize = c->received;
        c->haveHeaders = false;
        const RecordedRequest request = c->current;
        m_requests.append(request);
        Q_EMIT requestReceived(int(m_requests.size()) - 1);
        respond(socket, request);
        if (socket->state() != QAbstractSocket::ConnectedState)
            return;
    }
}

void FakeHttpServer::respond(QTcpSocket *socket, const RecordedRequest &request)
{
    ScriptedResponse r;
    if (!m_script.isEmpty())
        r = m_script.takeFirst();
    else if (m_handler)
        r = m_handler(request);
    else
        r = ScriptedResponse::json(404, QByteArrayLiteral("{\"detail\":\"Not Found\"}"));

    using B = ScriptedResponse::Behaviour;
    if (r.behaviour == B::Stall)
        return;
    if (r.behaviour == B::CloseImmediately) {
        socket->disconnectFromHost();
        return;
    }
    QByteArray out = "HTTP/1.1 " + QByteArray::number(r.status) + " Scripted\r\n";
    for (const auto &[name, value] : r.headers)
        out += name + ": " + value + "\r\n";
    out += "Content-Length: " + QByteArray::number(r.body.size()) + "\r\n";
    out += "Connection: keep-alive\r\n\r\n";
    if (r.behaviour == B::DropMidBody) {
        out += r.body.left(r.body.size() / 2);
        socket->write(out);
        socket->flush();
        socket->disconnectFromHost();
        return;
    }
    out += r.body;
    socket->write(out);
}

} // namespace docket::test
