// SPDX-FileCopyrightText: 2026 The Docket authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/classifierapi.h"

#include "api/inputcheck.h"

namespace docket::api {

using namespace Qt::Literals::StringLiterals;

static QString jobsPath()
{
    return QStringLiteral("/api/v1/classifier/jobs");
}

static QString jobPath(const QString &jobId)
{
    return jobsPath() + QLatin1Char('/') + RequestSpec::pathSegment(jobId);
}

ApiRequest *ClassifierApi::createJob(const ClassifyJobCreate &body, QObject *ctx,
                                     std::function<void(Result<ClassifyJob>)> done)
{
    const auto problem = InputCheck::first({
        InputCheck::countRange(QStringLiteral("file_ids"), body.fileIds.size(), 1, MaxFileIds),
        InputCheck::notEmpty(QStringLiteral("rules"), body.rules.size()),
    });
    return m_client->call<ClassifyJob>(
        RequestSpec::unlessInvalid(problem, RequestSpec::postJson(jobsPath(), body.toJson(), RetrySafety::BeforeSendOnly)),
        ctx, std::move(done));
}

ApiRequest *ClassifierApi::listJobs(const ClassifierJobListQuery &q, QObject *ctx,
                                    std::function<void(Result<ClassifyJobList>)> done)
{
    Query query;
    query.add(QStringLiteral("page_size"), q.pageSize);
    query.add(QStringLiteral("page_token"), q.pageToken);
    return m_client->call<ClassifyJobList>(
        RequestSpec::unlessInvalid(InputCheck::atLeast(QStringLiteral("page_size"), q.pageSize, 1),
                                   RequestSpec::get(jobsPath(), query)),
        ctx, std::move(done));
}

ApiRequest *ClassifierApi::getJob(const QString &jobId, QObject *ctx, std::function<void(Result<ClassifyJob>)> done)
{
    return m_client->call<ClassifyJob>(
        RequestSpec::unlessInvalid(InputCheck::id(QStringLiteral("classify_job_id"), jobId), RequestSpec::get(jobPath(jobId))),
        ctx, std::move(done));
}

ApiRequest *ClassifierApi::getResults(const QString &jobId, QObject *ctx,
                                      std::function<void(Result<ClassifyJobResults>)> done)
{
    return m_client->call<ClassifyJobResults>(
        RequestSpec::unlessInvalid(InputCheck::id(QStringLiteral("classify_job_id"), jobId),
                                   RequestSpec::get(jobPath(jobId) + "/results"_L1)),
        ctx, std::move(done));
}

} // namespace docket::api
