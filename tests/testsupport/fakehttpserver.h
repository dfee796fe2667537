// SPDX-FileCopyrightText: 2026 The Docket authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QTcpServer>
#include <QUrl>
#include <QUrlQuery>

#include <functional>

class QTcpSocket;

namespace docket::test {

// What the fake server saw of one request.
struct RecordedRequest
{
    QByteArray method;
    QString path;      // percent-decoded
    QByteArray rawPath; // as sent, to check escaping
    QUrlQuery query;
    QByteArray rawQuery;
    QHash<QByteArray, QByteArray> headers; // names lower-cased
    QByteArray body;                       // empty when bodies are discarded
    qint64 bodySize = 0;
};

// One scripted answer, including the ways a real network misbehaves.
struct ScriptedResponse
{
    enum class Behaviour {
        Normal,
        DropMidBody,     // headers promise the whole body, half is sent, then the connection closes
        Stall,           // read the request, never answer
        CloseImmediately // close the connection without a byte of answer
    };
    int status = 200;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    Behaviour behaviour = Behaviour::Normal;

    static ScriptedResponse json(int status, const QByteArray &body);
    static ScriptedResponse behaving(Behaviour behaviour);
    ScriptedResponse &header(const QByteArray &name, const QByteArray &value);
};

// A loopback HTTP/1.1 server for transport tests: answers from a script (then from a handler),
// records every request, and can drop, stall or close connections on cue. Runs in the test's own
// event loop. Bodies can be discarded as they arrive so that gigabyte uploads cost no memory.
class FakeHttpServer : public QObject
{
    Q_OBJECT

public:
    using Handler = std::function<ScriptedResponse(const RecordedRequest &)>;

    explicit FakeHttpServer(QObject *parent = nullptr);
    ~FakeHttpServer() override;

    bool listen();
    quint16 port() const;
    QUrl baseUrl() const;

    void enqueue(const ScriptedResponse &response);
    void setHandler(Handler handler) { m_handler = std::move(handler); }
    void setDiscardBodies(bool discard) { m_discardBodies = discard; }

    const QList<RecordedRequest> &requests() const { return m_requests; }
    int requestCount() const { return int(m_requests.size()); }
    void clear() { m_requests.clear(); }

Q_SIGNALS:
    void requestReceived(int index);

private:
    struct Connection;
    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);
    void respond(QTcpSocket *socket, const RecordedRequest &request);

    QTcpServer m_server;
    QList<ScriptedResponse> m_script;
    Handler m_handler;
    bool m_discardBodies = false;
    QList<RecordedRequest> m_requests;
    QHash<QTcpSocket *, Connection *> m_connections;
};

} // namespace docket::test
