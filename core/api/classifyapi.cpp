// SPDX-FileCopyrightText: 2026 The Docket authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/classifyapi.h"

#include "api/inputcheck.h"

#include <QUuid>

namespace docket::api {

using namespace Qt::Literals::StringLiterals;

static QString classifyPath()
{
    return QStringLiteral("/api/v2/classify");
}

static QString jobPath(const QString &jobId)
{
    return classifyPath() + QLatin1Char('/') + RequestSpec::pathSegment(jobId);
}

QString ClassifyApi::newTransactionId()
{
    return QStringLiteral("docket-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

ApiRequest *ClassifyApi::create(ClassifyV2CreateRequest body, QObject *ctx, std::function<void(Result<ClassifyV2Job>)> done)
{
    if (!body.transactionId || body.transactionId->isEmpty())
        body.transactionId = newTransactionId();

    InputCheck::Outcome problem = InputCheck::first({
        InputCheck::id(QStringLiteral("file_input"), body.fileInput.value_or(QString())),
        InputCheck::maxLength(QStringLiteral("file_input"), body.fileInput, MaxFileInputLength),
        InputCheck::maxLength(QStringLiteral("transaction_id"), body.transactionId, MaxTransactionIdLength),
        body.webhookConfigurationIds ? InputCheck::countRange(QStringLiteral("webhook_configuration_ids"),
                                                              body.webhookConfigurationIds->size(), 0,
                                                              MaxWebhookConfigurationIds)
                                     : std::nullopt,
        body.configuration ? InputCheck::notEmpty(QStringLiteral("configuration.rules"), body.configuration->rules.size())
                           : std::nullopt,
    });
    if (!problem && !body.configuration && body.configurationId.value_or(QString()).isEmpty())
        problem = ApiError::invalidInput(QStringLiteral("configuration"),
                                         InputCheck::tr("Give either a configuration or a configuration_id."));

    return m_client->call<ClassifyV2Job>(
        RequestSpec::unlessInvalid(problem, RequestSpec::postJson(classifyPath(), body.toJson(), RetrySafety::Idempotent)),
        ctx, std::move(done));
}

ApiRequest *ClassifyApi::list(const ClassifyV2ListQuery &q, QObject *ctx, std::function<void(Result<ClassifyV2JobList>)> done)
{
    Query query;
    query.add(QStringLiteral("page_size"), q.pageSize);
    query.add(QStringLiteral("page_token"), q.pageToken);
    query.add(QStringLiteral("status"), q.status);
    query.add(QStringLiteral("job_ids"), q.jobIds);
    query.add(QStringLiteral("configuration_id"), q.configurationId);
    query.add(QStringLiteral("created_at_on_or_after"), q.createdAtOnOrAfter);
    query.add(QStringLiteral("created_at_on_or_before"), q.createdAtOnOrBefore);
    return m_client->call<ClassifyV2JobList>(
        RequestSpec::unlessInvalid(InputCheck::range(QStringLiteral("page_size"), q.pageSize, MinPageSize, MaxPageSize),
                                   RequestSpec::get(classifyPath(), query)),
        ctx, std::move(done));
}

ApiRequest *ClassifyApi::get(const QString &jobId, QObject *ctx, std::function<void(Result<ClassifyV2Job>)> done)
{
    return m_client->call<ClassifyV2Job>(
        RequestSpec::unlessInvalid(InputCheck::id(QStringLiteral("job_id"), jobId), RequestSpec::get(jobPath(jobId))),
        ctx, std::move(done));
}

ApiRequest *ClassifyApi::cancel(const QString &jobId, QObject *ctx, std::function<void(Result<ClassifyV2Job>)> done)
{
    // The op declares no body. A repeated cancel cannot do extra work (at worst the server says
    // the job is already terminal), so the POST may be retried like a GET.
    RequestSpec spec;
    spec.method = HttpMethod::Post;
    spec.path = jobPath(jobId) + "/cancel"_L1;
    spec.safety = RetrySafety::Idempotent;
    // An empty body, but labelled JSON: left unlabelled, Qt would call it a web form.
    spec.jsonBody = QByteArray();
    return m_client->call<ClassifyV2Job>(
        RequestSpec::unlessInvalid(InputCheck::id(QStringLiteral("job_id"), jobId), std::move(spec)), ctx, std::move(done));
}

} // namespace docket::api
