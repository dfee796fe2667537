// SPDX-FileCopyrightText: 2026 The Docket authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "account/profile.h"
#include "api/apiclient.h"
#include "api/types.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <optional>

namespace docket::account {

// What checking a key found out, in words for the person who typed it; on success, the projects
// and organizations the key can see, for the chooser.
struct KeyCheck
{
    enum class Outcome {
        Valid,
        MissingKey,   // nothing entered
        BadKey,       // 401: wrong, revoked, or from the other region
        OutOfCredits, // 402
        NoAccess,     // 403
        RateLimited,  // 429; retryAfterSeconds when the server said
        Offline,      // no connection to the server
        Tls,          // the server's certificate or handshake failed
        Timeout,
        ServerError,  // 5xx
        Unexpected,   // any other status or an answer of the wrong shape
    };
    Outcome outcome = Outcome::Unexpected;
    QString message;
    std::optional<int> retryAfterSeconds;
    int httpStatus = 0;
    QList<api::Project> projects;
    QList<api::Organization> organizations;

    bool ok() const { return outcome == Outcome::Valid; }
};

// Checks a candidate API key before it is saved: GET /api/v1/projects with that key, then
// GET /api/v1/organizations for the names. Uses an ApiClient of its own so that the app's
// connection is untouched while the user types, and no retries, so a 429 is reported with its
// wait instead of being sat out. The profile dialog owns one.
class KeyValidator : public QObject
{
    Q_OBJECT

public:
    explicit KeyValidator(QObject *parent = nullptr);
    ~KeyValidator() override;

    // Starts a check; an unfinished earlier one is dropped. finished() follows exactly once.
    // region only shapes the advice for a 401 (the other region is suggested).
    void validate(const QUrl &baseUrl, const QString &apiKey, Region region);
    void cancel();
    bool isBusy() const { return m_busy; }

    // For tests and for callers that want other timeouts.
    api::ApiClient *client() const { return m_client; }

    // The plain-language verdict for a failed call (public for the dialog's own use and tests).
    static KeyCheck describe(const api::ApiError &error, const QUrl &baseUrl, Region region);

Q_SIGNALS:
    void finished(const docket::account::KeyCheck &check);

private:
    void finish(KeyCheck check);

    api::ApiClient *m_client;
    QPointer<api::ApiRequest> m_request;
    quint64 m_generation = 0;
    bool m_busy = false;
};

} // namespace docket::account

Q_DECLARE_METATYPE(docket::account::KeyCheck)
