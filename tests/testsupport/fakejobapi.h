// SPDX-FileCopyrightText: 2026 The Docket authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/apiclient.h"
#include "api/types.h"
#include "fakehttpserver.h"

#include <QList>
#include <QMap>

namespace docket::test {

// In-memory jobs served through a FakeHttpServer with the paths and shapes of the real API, for
// the job browser's model, view and poller tests: v2 list (page_size/page_token, status,
// job_ids, configuration_id), get, cancel and create; v1 list, get and results; batch list
// (limit/offset, status), status, items and cancel; files get. Tests change the jobs between
// requests to make them advance, and count requests on the server.
class FakeJobApi
{
public:
    explicit FakeJobApi(FakeHttpServer *server);

    QList<api::ClassifyV2Job> v2; // newest first, as the server lists them
    QList<api::ClassifyJob> v1;
    QMap<QString, QList<api::FileClassification>> v1Results;
    QList<api::BatchJob> batch;
    QMap<QString, QList<api::BatchItem>> batchItems;
    QMap<QString, QString> fileNames; // file id -> name
    // When set, every request is answered with this status (e.g. 429, 503) and an error body.
    int failWith = 0;
    int retryAfterSeconds = 0;

    static api::ClassifyV2Job v2Job(const QString &id, const QString &status, int minute = 0);
    static api::ClassifyJob v1Job(const QString &id, const QString &status, int minute = 0);
    static api::BatchJob batchJob(const QString &id, const QString &status, int minute = 0);

    api::ClassifyV2Job *findV2(const QString &id);

    // Points the client at the fake server, without retries, so each call is one request.
    void connect(api::ApiClient *client) const;

    ScriptedResponse answer(const RecordedRequest &request);
    int countRequests(const QString &pathPrefix) const;

private:
    FakeHttpServer *m_server;
    int m_created = 0;
};

} // namespace docket::test
