// SPDX-FileCopyrightText: 2026 The Docket authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/types.h"

#include <QJsonArray>
#include <QJsonValue>

namespace docket::api {

using namespace Qt::Literals::StringLiterals;

namespace {

void failMissing(JsonReader &r, QLatin1StringView key)
{
    r.fail(r.pathOf(key), QStringLiteral("required field '%1' is missing").arg(r.pathOf(key)));
}

// A required key whose value may be null (ClassificationResult.type): the key must be there,
// null reads as unset.
std::optional<QString> requiredNullableString(JsonReader &r, QLatin1StringView key)
{
    if (!r.object().contains(key)) {
        failMissing(r, key);
        return std::nullopt;
    }
    return r.optString(key);
}

// An optional, nullable integer with a spec default: an absent key takes the default, an explicit
// null stays unset (v1 max_pages: absent = 5, null = no limit).
std::optional<qint64> nullableIntegerOr(JsonReader &r, QLatin1StringView key, qint64 fallback)
{
    if (!r.object().contains(key))
        return fallback;
    return r.optInteger(key);
}

QDateTime requiredDateTime(JsonReader &r, QLatin1StringView key)
{
    if (!r.has(key)) {
        failMissing(r, key);
        return {};
    }
    return r.optDateTime(key).value_or(QDateTime());
}

QJsonObject requiredObject(JsonReader &r, QLatin1StringView key)
{
    if (!r.has(key)) {
        failMissing(r, key);
        return {};
    }
    return r.optObject(key).value_or(QJsonObject());
}

QString stringOr(JsonReader &r, QLatin1StringView key, const QString &fallback)
{
    return r.optString(key).value_or(fallback);
}

template<typename T>
QJsonValue nullable(const std::optional<T> &v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

// ClassifyV2Parameters: a ClassifyV2Configuration with the product_type discriminator beside it.
struct ClassifyV2Parameters
{
    ClassifyV2Configuration configuration;
    QString productType;

    static ClassifyV2Parameters read(JsonReader &r)
    {
        ClassifyV2Parameters p;
        p.configuration = ClassifyV2Configuration::read(r);
        p.productType = r.string("product_type"_L1);
        return p;
    }
};

} // namespace

// --- Rule -------------------------------------------------------------------------------------

Rule Rule::read(JsonReader &r)
{
    Rule v;
    v.type = r.string("type"_L1);
    v.description = r.string("description"_L1);
    return v;
}

QJsonObject Rule::toJson() const
{
    QJsonObject o;
    o.insert("type"_L1, type);
    o.insert("description"_L1, description);
    return o;
}

// --- WebhookConfiguration ---------------------------------------------------------------------

WebhookConfiguration WebhookConfiguration::read(JsonReader &r)
{
    WebhookConfiguration v;
    v.webhookUrl = r.optString("webhook_url"_L1);
    v.webhookHeaders = r.optStringMap("webhook_headers"_L1);
    v.webhookSigningSecret = r.optString("webhook_signing_secret"_L1);
    v.webhookEvents = r.optStringList("webhook_events"_L1);
    v.webhookOutputFormat = r.optString("webhook_output_format"_L1);
    return v;
}

QJsonObject WebhookConfiguration::toJson() const
{
    QJsonObject o;
    json::put(o, "webhook_url"_L1, webhookUrl);
    json::put(o, "webhook_headers"_L1, webhookHeaders);
    json::put(o, "webhook_signing_secret"_L1, webhookSigningSecret);
    json::put(o, "webhook_events"_L1, webhookEvents);
    json::put(o, "webhook_output_format"_L1, webhookOutputFormat);
    return o;
}

// --- ClassificationResult ---------------------------------------------------------------------

ClassificationResult ClassificationResult::read(JsonReader &r)
{
    ClassificationResult v;
    v.type = requiredNullableString(r, "type"_L1);
    v.confidence = r.number("confidence"_L1);
    v.reasoning = r.string("reasoning"_L1);
    return v;
}

QJsonObject ClassificationResult::toJson() const
{
    QJsonObject o;
    o.insert("type"_L1, nullable(type));
    o.insert("confidence"_L1, confidence);
    o.insert("reasoning"_L1, reasoning);
    return o;
}

// --- v1 ---------------------------------------------------------------------------------------

ParsingConfigurationV1 ParsingConfigurationV1::read(JsonReader &r)
{
    ParsingConfigurationV1 v;
    v.lang = stringOr(r, "lang"_L1, v.lang);
    v.maxPages = nullableIntegerOr(r, "max_pages"_L1, 5);
    v.targetPages = r.optIntegerList("target_pages"_L1);
    return v;
}

QJsonObject ParsingConfigurationV1::toJson() const
{
    QJsonObject o;
    o.insert("lang"_L1, lang);
    o.insert("max_pages"_L1, nullable(maxPages));
    json::put(o, "target_pages"_L1, targetPages);
    return o;
}

ClassifyJobCreate ClassifyJobCreate::read(JsonReader &r)
{
    ClassifyJobCreate v;
    v.fileIds = r.stringList("file_ids"_L1);
    v.rules = r.list<Rule>("rules"_L1);
    v.mode = stringOr(r, "mode"_L1, v.mode);
    v.parsingConfiguration = r.optChild<ParsingConfigurationV1>("parsing_configuration"_L1).value_or(ParsingConfigurationV1());
    v.webhookConfigurations = r.optList<WebhookConfiguration>("webhook_configurations"_L1);
    return v;
}

QJsonObject ClassifyJobCreate::toJson() const
{
    QJsonObject o;
    o.insert("file_ids"_L1, QJsonArray::fromStringList(fileIds));
    o.insert("rules"_L1, json::array(rules));
    o.insert("mode"_L1, mode);
    o.insert("parsing_configuration"_L1, parsingConfiguration.toJson());
    json::put(o, "webhook_configurations"_L1, webhookConfigurations);
    return o;
}

ClassifyJob ClassifyJob::read(JsonReader &r)
{
    ClassifyJob v;
    v.id = r.string("id"_L1);
    v.projectId = r.string("project_id"_L1);
    v.userId = r.string("user_id"_L1);
    v.rules = r.list<Rule>("rules"_L1);
    v.status = r.string("status"_L1);
    v.mode = stringOr(r, "mode"_L1, v.mode);
    v.parsingConfiguration = r.optChild<ParsingConfigurationV1>("parsing_configuration"_L1).value_or(ParsingConfigurationV1());
    v.createdAt = r.optDateTime("created_at"_L1);
    v.updatedAt = r.optDateTime("updated_at"_L1);
    v.effectiveAt = r.optDateTime("effective_at"_L1);
    v.errorMessage = r.optString("error_message"_L1);
    v.jobRecordId = r.optString("job_record_id"_L1);
    return v;
}

QJsonObject ClassifyJob::toJson() const
{
    QJsonObject o;
    o.insert("id"_L1, id);
    o.insert("project_id"_L1, projectId);
    o.insert("user_id"_L1, userId);
    o.insert("rules"_L1, json::array(rules));
    o.insert("status"_L1, status);
    o.insert("mode"_L1, mode);
    o.insert("parsing_configuration"_L1, parsingConfiguration.toJson());
    json::put(o, "created_at"_L1, createdAt);
    json::put(o, "updated_at"_L1, updatedAt);
    json::put(o, "effective_at"_L1, effectiveAt);
    json::put(o, "error_message"_L1, errorMessage);
    json::put(o, "job_record_id"_L1, jobRecordId);
    return o;
}

FileClassification FileClassification::read(JsonReader &r)
{
    FileClassification v;
    v.id = r.string("id"_L1);
    v.classifyJobId = r.string("classify_job_id"_L1);
    v.fileId = r.optString("file_id"_L1);
    v.result = r.optChild<ClassificationResult>("result"_L1);
    v.createdAt = r.optDateTime("created_at"_L1);
    v.updatedAt = r.optDateTime("updated_at"_L1);
    return v;
}

QJsonObject FileClassification::toJson() const
{
    QJsonObject o;
    o.insert("id"_L1, id);
    o.insert("classify_job_id"_L1, classifyJobId);
    json::put(o, "file_id"_L1, fileId);
    json::put(o, "result"_L1, result);
    json::put(o, "created_at"_L1, createdAt);
    json::put(o, "updated_at"_L1, updatedAt);
    return o;
}

// --- v2 ---------------------------------------------------------------------------------------

ParsingConfigurationV2 ParsingConfigurationV2::read(JsonReader &r)
{
    ParsingConfigurationV2 v;
    v.lang = stringOr(r, "lang"_L1, v.lang);
    v.maxPages = r.optInteger("max_pages"_L1);
    v.targetPages = r.optString("target_pages"_L1);
    return v;
}

QJsonObject ParsingConfigurationV2::toJson() const
{
    QJsonObject o;
    o.insert("lang"_L1, lang);
    json::put(o, "max_pages"_L1, maxPages);
    json::put(o, "target_pages"_L1, targetPages);
    return o;
}

ClassifyV2Configuration ClassifyV2Configuration::read(JsonReader &r)
{
    ClassifyV2Configuration v;
    v.rules = r.list<Rule>("rules"_L1);
    v.mode = stringOr(r, "mode"_L1, v.mode);
    v.parsingConfiguration = r.optChild<ParsingConfigurationV2>("parsing_configuration"_L1);
    return v;
}

QJsonObject ClassifyV2Configuration::toJson() const
{
    QJsonObject o;
    o.insert("rules"_L1, json::array(rules));
    o.insert("mode"_L1, mode);
    json::put(o, "parsing_configuration"_L1, parsingConfiguration);
    return o;
}

ClassifyV2CreateRequest ClassifyV2CreateRequest::read(JsonReader &r)
{
    ClassifyV2CreateRequest v;
    v.fileInput = r.optString("file_input"_L1);
    v.configuration = r.optChild<ClassifyV2Configuration>("configuration"_L1);
    v.configurationId = r.optString("configuration_id"_L1);
    v.transactionId = r.optString("transaction_id"_L1);
    v.webhookConfigurations = r.optList<WebhookConfiguration>("webhook_configurations"_L1);
    v.webhookConfigurationIds = r.optStringList("webhook_configuration_ids"_L1);
    return v;
}

QJsonObject ClassifyV2CreateRequest::toJson() const
{
    QJsonObject o;
    json::put(o, "file_input"_L1, fileInput);
    json::put(o, "configuration"_L1, configuration);
    json::put(o, "configuration_id"_L1, configurationId);
    json::put(o, "transaction_id"_L1, transactionId);
    json::put(o, "webhook_configurations"_L1, webhookConfigurations);
    json::put(o, "webhook_configuration_ids"_L1, webhookConfigurationIds);
    return o;
}

ClassifyV2Job ClassifyV2Job::read(JsonReader &r)
{
    ClassifyV2Job v;
    v.id = r.string("id"_L1);
    v.projectId = r.string("project_id"_L1);
    v.userId = r.string("user_id"_L1);
    v.status = r.string("status"_L1);
    v.documentInputType = r.string("document_input_type"_L1);
    // Servers from before the 2026-04-01 rename still say document_input_value.
    if (!r.has("file_input"_L1) && r.has("document_input_value"_L1))
        v.fileInput = r.string("document_input_value"_L1);
    else
        v.fileInput = r.string("file_input"_L1);
    v.configuration = r.child<ClassifyV2Configuration>("configuration"_L1);
    v.configurationId = r.optString("configuration_id"_L1);
    v.result = r.optChild<ClassifyV2Result>("result"_L1);
    v.errorMessage = r.optString("error_message"_L1);
    v.parseJobId = r.optString("parse_job_id"_L1);
    v.transactionId = r.optString("transaction_id"_L1);
    v.createdAt = r.optDateTime("created_at"_L1);
    v.updatedAt = r.optDateTime("updated_at"_L1);
    return v;
}

QJsonObject ClassifyV2Job::toJson() const
{
    QJsonObject o;
    o.insert("id"_L1, id);
    o.insert("project_id"_L1, projectId);
    o.insert("user_id"_L1, userId);
    o.insert("status"_L1, status);
    o.insert("document_input_type"_L1, documentInputType);
    o.insert("file_input"_L1, fileInput);
    o.insert("configuration"_L1, configuration.toJson());
    json::put(o, "configuration_id"_L1, configurationId);
    json::put(o, "result"_L1, result);
    json::put(o, "error_message"_L1, errorMessage);
    json::put(o, "parse_job_id"_L1, parseJobId);
    json::put(o, "transaction_id"_L1, transactionId);
    json::put(o, "created_at"_L1, createdAt);
    json::put(o, "updated_at"_L1, updatedAt);
    return o;
}

// --- Files ------------------------------------------------------------------------------------

PresignedUrl PresignedUrl::read(JsonReader &r)
{
    PresignedUrl v;
    v.url = r.string("url"_L1);
    v.expiresAt = requiredDateTime(r, "expires_at"_L1);
    v.formFields = r.optStringMap("form_fields"_L1);
    return v;
}

QJsonObject PresignedUrl::toJson() const
{
    QJsonObject o;
    o.insert("url"_L1, url);
    o.insert("expires_at"_L1, json::dateTimeToWire(expiresAt));
    json::put(o, "form_fields"_L1, formFields);
    return o;
}

FileV2 FileV2::read(JsonReader &r)
{
    FileV2 v;
    v.id = r.string("id"_L1);
    v.name = r.string("name"_L1);
    v.projectId = r.string("project_id"_L1);
    v.externalFileId = r.optString("external_file_id"_L1);
    v.fileType = r.optString("file_type"_L1);
    v.lastModifiedAt = r.optDateTime("last_modified_at"_L1);
    v.expiresAt = r.optDateTime("expires_at"_L1);
    v.purpose = r.optString("purpose"_L1);
    v.downloadUrl = r.optChild<PresignedUrl>("download_url"_L1);
    return v;
}

QJsonObject FileV2::toJson() const
{
    QJsonObject o;
    o.insert("id"_L1, id);
    o.insert("name"_L1, name);
    o.insert("project_id"_L1, projectId);
    json::put(o, "external_file_id"_L1, externalFileId);
    json::put(o, "file_type"_L1, fileType);
    json::put(o, "last_modified_at"_L1, lastModifiedAt);
    json::put(o, "expires_at"_L1, expiresAt);
    json::put(o, "purpose"_L1, purpose);
    json::put(o, "download_url"_L1, downloadUrl);
    return o;
}

// --- Batch ------------------------------------------------------------------------------------

BatchJob BatchJob::read(JsonReader &r)
{
    BatchJob v;
    v.id = r.string("id"_L1);
    v.projectId = r.string("project_id"_L1);
    v.jobType = r.string("job_type"_L1);
    v.status = r.string("status"_L1);
    v.totalItems = r.integer("total_items"_L1);
    v.processedItems = r.integerOr("processed_items"_L1, 0);
    v.failedItems = r.integerOr("failed_items"_L1, 0);
    v.skippedItems = r.integerOr("skipped_items"_L1, 0);
    v.directoryId = r.optString("directory_id"_L1);
    v.workflowId = r.optString("workflow_id"_L1);
    v.startedAt = r.optDateTime("started_at"_L1);
    v.completedAt = r.optDateTime("completed_at"_L1);
    v.createdAt = r.optDateTime("created_at"_L1);
    v.updatedAt = r.optDateTime("updated_at"_L1);
    v.effectiveAt = r.optDateTime("effective_at"_L1);
    v.errorMessage = r.optString("error_message"_L1);
    v.jobRecordId = r.optString("job_record_id"_L1);
    return v;
}

QJsonObject BatchJob::toJson() const
{
    QJsonObject o;
    o.insert("id"_L1, id);
    o.insert("project_id"_L1, projectId);
    o.insert("job_type"_L1, jobType);
    o.insert("status"_L1, status);
    o.insert("total_items"_L1, totalItems);
    o.insert("processed_items"_L1, processedItems);
    o.insert("failed_items"_L1, failedItems);
    o.insert("skipped_items"_L1, skippedItems);
    json::put(o, "directory_id"_L1, directoryId);
    json::put(o, "workflow_id"_L1, workflowId);
    json::put(o, "started_at"_L1, startedAt);
    json::put(o, "completed_at"_L1, completedAt);
    json::put(o, "created_at"_L1, createdAt);
    json::put(o, "updated_at"_L1, updatedAt);
    json::put(o, "effective_at"_L1, effectiveAt);
    json::put(o, "error_message"_L1, errorMessage);
    json::put(o, "job_record_id"_L1, jobRecordId);
    return o;
}

BatchJobStatus BatchJobStatus::read(JsonReader &r)
{
    BatchJobStatus v;
    v.job = r.child<BatchJob>("job"_L1);
    v.progressPercentage = r.number("progress_percentage"_L1);
    return v;
}

QJsonObject BatchJobStatus::toJson() const
{
    QJsonObject o;
    o.insert("job"_L1, job.toJson());
    o.insert("progress_percentage"_L1, progressPercentage);
    return o;
}

BatchItem BatchItem::read(JsonReader &r)
{
    BatchItem v;
    v.itemId = r.string("item_id"_L1);
    v.itemName = r.string("item_name"_L1);
    v.status = r.string("status"_L1);
    v.jobId = r.optString("job_id"_L1);
    v.skipReason = r.optString("skip_reason"_L1);
    v.errorMessage = r.optString("error_message"_L1);
    v.startedAt = r.optDateTime("started_at"_L1);
    v.completedAt = r.optDateTime("completed_at"_L1);
    v.effectiveAt = r.optDateTime("effective_at"_L1);
    v.jobRecordId = r.optString("job_record_id"_L1);
    return v;
}

QJsonObject BatchItem::toJson() const
{
    QJsonObject o;
    o.insert("item_id"_L1, itemId);
    o.insert("item_name"_L1, itemName);
    o.insert("status"_L1, status);
    json::put(o, "job_id"_L1, jobId);
    json::put(o, "skip_reason"_L1, skipReason);
    json::put(o, "error_message"_L1, errorMessage);
    json::put(o, "started_at"_L1, startedAt);
    json::put(o, "completed_at"_L1, completedAt);
    json::put(o, "effective_at"_L1, effectiveAt);
    json::put(o, "job_record_id"_L1, jobRecordId);
    return o;
}

BatchCancelResponse BatchCancelResponse::read(JsonReader &r)
{
    BatchCancelResponse v;
    v.jobId = r.string("job_id"_L1);
    v.status = r.string("status"_L1);
    v.processedItems = r.integer("processed_items"_L1);
    v.message = r.string("message"_L1);
    return v;
}

QJsonObject BatchCancelResponse::toJson() const
{
    QJsonObject o;
    o.insert("job_id"_L1, jobId);
    o.insert("status"_L1, status);
    o.insert("processed_items"_L1, processedItems);
    o.insert("message"_L1, message);
    return o;
}

BatchJobCreateRequest BatchJobCreateRequest::read(JsonReader &r)
{
    BatchJobCreateRequest v;
    v.jobConfig = r.child<ClassifyJob>("job_config"_L1);
    v.directoryId = r.optString("directory_id"_L1);
    v.itemIds = r.optStringList("item_ids"_L1);
    v.pageSize = r.integerOr("page_size"_L1, v.pageSize);
    v.continueAsNewThreshold = r.optInteger("continue_as_new_threshold"_L1);
    return v;
}

QJsonObject BatchJobCreateRequest::toJson() const
{
    QJsonObject o;
    o.insert("job_config"_L1, jobConfig.toJson());
    json::put(o, "directory_id"_L1, directoryId);
    json::put(o, "item_ids"_L1, itemIds);
    o.insert("page_size"_L1, pageSize);
    json::put(o, "continue_as_new_threshold"_L1, continueAsNewThreshold);
    return o;
}

// --- Account ----------------------------------------------------------------------------------

Project Project::read(JsonReader &r)
{
    Project v;
    v.id = r.string("id"_L1);
    v.name = r.string("name"_L1);
    v.organizationId = r.string("organization_id"_L1);
    v.isDefault = r.boolean("is_default"_L1, false);
    v.createdAt = r.optDateTime("created_at"_L1);
    v.updatedAt = r.optDateTime("updated_at"_L1);
    return v;
}

QJsonObject Project::toJson() const
{
    QJsonObject o;
    o.insert("id"_L1, id);
    o.insert("name"_L1, name);
    o.insert("organization_id"_L1, organizationId);
    o.insert("is_default"_L1, isDefault);
    json::put(o, "created_at"_L1, createdAt);
    json::put(o, "updated_at"_L1, updatedAt);
    return o;
}

Organization Organization::read(JsonReader &r)
{
    Organization v;
    v.id = r.string("id"_L1);
    v.name = r.string("name"_L1);
    v.parsePlanLevel = stringOr(r, "parse_plan_level"_L1, v.parsePlanLevel);
    v.stripeCustomerId = r.optString("stripe_customer_id"_L1);
    v.featureFlags = r.optObject("feature_flags"_L1);
    v.createdAt = r.optDateTime("created_at"_L1);
    v.updatedAt = r.optDateTime("updated_at"_L1);
    return v;
}

QJsonObject Organization::toJson() const
{
    QJsonObject o;
    o.insert("id"_L1, id);
    o.insert("name"_L1, name);
    o.insert("parse_plan_level"_L1, parsePlanLevel);
    json::put(o, "stripe_customer_id"_L1, stripeCustomerId);
    if (featureFlags)
        o.insert("feature_flags"_L1, *featureFlags);
    json::put(o, "created_at"_L1, createdAt);
    json::put(o, "updated_at"_L1, updatedAt);
    return o;
}

// --- Configurations ---------------------------------------------------------------------------

ConfigurationResponse ConfigurationResponse::read(JsonReader &r)
{
    ConfigurationResponse v;
    v.id = r.string("id"_L1);
    v.name = r.string("name"_L1);
    v.productType = r.string("product_type"_L1);
    v.version = r.string("version"_L1);
    v.parameters = requiredObject(r, "parameters"_L1);
    if (r.ok() && v.isClassify())
        v.classify = r.child<ClassifyV2Configuration>("parameters"_L1);
    v.createdAt = r.optDateTime("created_at"_L1);
    v.updatedAt = r.optDateTime("updated_at"_L1);
    return v;
}

QJsonObject ConfigurationResponse::toJson() const
{
    QJsonObject o;
    o.insert("id"_L1, id);
    o.insert("name"_L1, name);
    o.insert("product_type"_L1, productType);
    o.insert("version"_L1, version);
    o.insert("parameters"_L1, parameters);
    json::put(o, "created_at"_L1, createdAt);
    json::put(o, "updated_at"_L1, updatedAt);
    return o;
}

ConfigurationCreateRequest ConfigurationCreateRequest::read(JsonReader &r)
{
    ConfigurationCreateRequest v;
    v.name = r.string("name"_L1);
    const ClassifyV2Parameters p = r.child<ClassifyV2Parameters>("parameters"_L1);
    v.parameters = p.configuration;
    v.productType = p.productType;
    return v;
}

QJsonObject ConfigurationCreateRequest::toJson() const
{
    QJsonObject params = parameters.toJson();
    params.insert("product_type"_L1, productType);
    QJsonObject o;
    o.insert("name"_L1, name);
    o.insert("parameters"_L1, params);
    return o;
}

} // namespace docket::api
