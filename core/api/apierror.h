// SPDX-FileCopyrightText: 2026 The Docket authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <variant>

namespace docket::api {

// One item of a FastAPI 422 body: where the server found the problem and what it is.
// Forms use field() to point at the input the user has to fix.
struct ValidationIssue
{
    QStringList loc; // e.g. {"body","configuration","rules","0","description"}
    QString msg;
    QString type;

    // The location without the leading "body"/"query"/"path" part, joined with dots:
    // "configuration.rules.0.description".
    QString field() const;
    bool operator==(const ValidationIssue &) const = default;
};

// Every failure a call can end in, typed so that the UI can say plainly what went wrong.
// Produced by ApiRequest (transport and HTTP) and by the JSON readers (shape).
class ApiError
{
    Q_DECLARE_TR_FUNCTIONS(ApiError)

public:
    enum class Kind {
        Network,          // connection refused, reset, DNS, dropped mid-body
        Timeout,          // connect or transfer timeout
        Tls,              // certificate or handshake problem; never ignored
        BadRequest,       // 400
        Unauthorized,     // 401: bad key or wrong region
        PaymentRequired,  // 402: out of credits
        Forbidden,        // 403
        NotFound,         // 404
        Conflict,         // 409
        PayloadTooLarge,  // 413
        Validation,       // 422 with detail[{loc,msg,type}]
        RateLimited,      // 429
        Server,           // 5xx
        Http,             // any other non-2xx status
        MalformedJson,    // the body is not JSON
        UnexpectedShape,  // JSON, but not the shape the contract promises
        Cancelled,        // the caller aborted the call
        InvalidInput,     // the request could not be built (unreadable file, bad argument)
    };

    ApiError() = default;
    ApiError(Kind kind, QString message);

    static ApiError fromHttpStatus(int status, const QByteArray &body);
    static ApiError shape(const QString &field, const QString &problem);
    static ApiError malformed(const QString &parserMessage);
    // A caller error found before sending (field names the argument, e.g. "page_size").
    static ApiError invalidInput(const QString &field, const QString &problem);

    Kind kind() const { return m_kind; }
    int httpStatus() const { return m_httpStatus; }
    // The server's own words (`detail` string), or the transport's message.
    QString message() const { return m_message; }
    const QList<ValidationIssue> &issues() const { return m_issues; }
    QString correlationId() const { return m_correlationId; }
    // For shape errors: the JSON path of the offending field ("items[3].status").
    QString field() const { return m_field; }
    // Server wait hint (429/503), when one was given and reasonable.
    std::optional<int> retryAfterMs() const { return m_retryAfterMs; }

    void setRetryAfterMs(std::optional<int> ms) { m_retryAfterMs = ms; }
    void setHttpStatus(int status) { m_httpStatus = status; }

    bool isTransient() const; // worth trying again later (network, timeout, 408/409/429/5xx)

    // A sentence for a person, e.g. "The API key was rejected (HTTP 401): bad key or wrong region."
    QString toDisplayString() const;
    static QString kindName(Kind kind);

private:
    Kind m_kind = Kind::Network;
    int m_httpStatus = 0;
    QString m_message;
    QString m_field;
    QString m_correlationId;
    QList<ValidationIssue> m_issues;
    std::optional<int> m_retryAfterMs;
};

// The outcome of a typed call: a value or an ApiError, never both.
template<typename T>
class Result
{
public:
    Result(T value) : m_data(std::move(value)) {}
    Result(ApiError error) : m_data(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }
    const T &value() const { return std::get<T>(m_data); }
    T &value() { return std::get<T>(m_data); }
    const ApiError &error() const { return std::get<ApiError>(m_data); }

private:
    std::variant<T, ApiError> m_data;
};

// For calls whose success carries no body (204).
struct Empty
{
};

} // namespace docket::api
