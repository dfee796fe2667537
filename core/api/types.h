// SPDX-FileCopyrightText: 2026 The Docket authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/jsonreader.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

// Typed request and response bodies of the LlamaCloud endpoints Docket speaks (classifier v1,
// classify v2, beta files, beta batch processing, projects, organizations, saved configurations).
// Field names, required keys and defaults follow the official OpenAPI document; the schema each
// struct mirrors is named in its comment.
//
// Conventions shared by every DTO:
//  - `static T read(JsonReader &r)` reads one object; a missing required key or a mistyped value
//    becomes an ApiError::Kind::UnexpectedShape naming the JSON path. Unknown keys are ignored.
//  - `QJsonObject toJson() const` writes the mirror image; optional members are written only
//    when set.
//  - A non-nullable property with a spec default (processed_items = 0, mode = "FAST", …) is a
//    plain member initialised to that default, applied on read when the key is absent, and
//    always written.
//  - Enumerations (statuses, modes, types) stay raw strings: a value the spec does not list yet
//    is kept, never rejected. The known values are listed beside each member.
//  - IDs are opaque strings, whatever format the spec declares.
namespace docket::api {

// ---------------------------------------------------------------------------------------------
// Shared pieces
// ---------------------------------------------------------------------------------------------

// One classification rule: the label to assign and the natural-language criteria for it.
// Serves both ClassifierRule (v1) and ClassifyV2Rule (v2), which have the same shape.
struct Rule
{
    QString type;        // 1..50 chars
    QString description; // 10..2000 chars

    static Rule read(JsonReader &r);
    QJsonObject toJson() const;
    bool operator==(const Rule &) const = default;
};

// An outbound webhook endpoint attached to a job. Serves both the v1
// LlamaParseWebhookConfiguration and the v2 WebhookConfiguration (same keys, all optional).
// The headers and the signing secret are secrets: never log them.
struct WebhookConfiguration
{
    std::optional<QString> webhookUrl;
    std::optional<QMap<QString, QString>> webhookHeaders;
    std::optional<QString> webhookSigningSecret;
    std::optional<QStringList> webhookEvents;       // e.g. "classify.success"; unset = all events
    std::optional<QString> webhookOutputFormat;     // "string" (server default) | "json"

    static WebhookConfiguration read(JsonReader &r);
    QJsonObject toJson() const;
    bool operator==(const WebhookConfiguration &) const = default;
};

// The outcome of classifying one document, in v1 (ClassificationResult) and v2
// (ClassifyV2Result) alike. The `type` key is required but nullable: null means no rule matched,
// and toJson() writes `"type": null` in that case.
struct ClassificationResult
{
    std::optional<QString> type;
    double confidence = 0; // 0.0..1.0
    QString reasoning;

    static ClassificationResult read(JsonReader &r);
    QJsonObject toJson() const;
    bool operator==(const ClassificationResult &) const = default;
};
using ClassifyV2Result = ClassificationResult;

// A page of a token-paginated list (AIP-158 style): ClassifyJobListResponse, ClassifyJobResults,
// ClassifyV2JobQueryResponse, FileQueryResponseV2, ConfigurationQueryResponse. A missing or empty
// nextPageToken means there are no further pages.
template<class T>
struct CursorPage
{
    QList<T> items;
    std::optional<QString> nextPageToken;
    std::optional<qint64> totalSize; // only when the server was asked for it; may be an estimate

    bool hasNextPage() const { return nextPageToken && !nextPageToken->isEmpty() && !items.isEmpty(); }

    static CursorPage read(JsonReader &r)
    {
        CursorPage page;
        page.items = r.list<T>(QLatin1String("items"));
        page.nextPageToken = r.optString(QLatin1String("next_page_token"));
        page.totalSize = r.optInteger(QLatin1String("total_size"));
        return page;
    }

    QJsonObject toJson() const
    {
        QJsonObject o;
        o.insert(QLatin1String("items"), json::array(items));
        json::put(o, QLatin1String("next_page_token"), nextPageToken);
        json::put(o, QLatin1String("total_size"), totalSize);
        return o;
    }

    bool operator==(const CursorPage &) const = default;
};

// A page of a limit/offset-paginated list: BatchJobQueryResponse and BatchItemListResponse. The
// client pages by offset and stops at totalSize; nextPageToken is carried but not used for paging.
// `items` is read leniently (absent = empty) because BatchItemListResponse does not require it.
template<class T>
struct OffsetPage
{
    QList<T> items;
    std::optional<qint64> totalSize;
    std::optional<QString> nextPageToken;

    static OffsetPage read(JsonReader &r)
    {
        OffsetPage page;
        page.items = r.optList<T>(QLatin1String("items")).value_or(QList<T>());
        page.totalSize = r.optInteger(QLatin1String("total_size"));
        page.nextPageToken = r.optString(QLatin1String("next_page_token"));
        return page;
    }

    QJsonObject toJson() const
    {
        QJsonObject o;
        o.insert(QLatin1String("items"), json::array(items));
        json::put(o, QLatin1String("total_size"), totalSize);
        json::put(o, QLatin1String("next_page_token"), nextPageToken);
        return o;
    }

    bool operator==(const OffsetPage &) const = default;
};

// ---------------------------------------------------------------------------------------------
// Classifier v1: /api/v1/classifier/jobs
// ---------------------------------------------------------------------------------------------

// How v1 parses the files before classifying them (ClassifyParsingConfiguration). The members
// start at the spec defaults, so a default-constructed value means what the server assumes when
// the object is omitted. An unset maxPages is written as an explicit null ("no page limit"),
// because omitting the key would bring back the server's default of 5.
struct ParsingConfigurationV1
{
    QString lang = QStringLiteral("en");         // ParserLanguages code
    std::optional<qint64> maxPages = 5;          // unset = no limit (written as null)
    std::optional<QList<qint64>> targetPages;    // 0-indexed page numbers

    static ParsingConfigurationV1 read(JsonReader &r);
    QJsonObject toJson() const;
    bool operator==(const ParsingConfigurationV1 &) const = default;
};

// Body of POST /api/v1/classifier/jobs (ClassifyJobCreate): up to 500 files, one rule set.
struct ClassifyJobCreate
{
    QStringList fileIds; // 1..500
    QList<Rule> rules;   // at least one
    QString mode = QStringLiteral("FAST"); // FAST | MULTIMODAL
    ParsingConfigurationV1 parsingConfiguration;
    std::optional<QList<WebhookConfiguration>> webhookConfigurations;

    static ClassifyJobCreate read(JsonReader &r);
    QJsonObject toJson() const;
    bool operator==(const ClassifyJobCreate &) const = default;
};

// A v1 classify job as the server reports it (ClassifyJob). It does not echo the file IDs.
// Also the classify member of BatchJobCreateRequest.job_config.
struct ClassifyJob
{
    QString id;
    QString projectId;
    QString userId;
    QList<Rule> rules;
    QString status; // PENDING | SUCCESS | ERROR | PARTIAL_SUCCESS | CANCELLED
    QString mode = QStringLiteral("FAST"); // FAST | MULTIMODAL
    ParsingConfigurationV1 parsingConfiguration;
    std::optional<QDateTime> createdAt;
    std::optional<QDateTime> updatedAt;
    std::optional<QDateTime> effectiveAt;
    std::optional<QString> errorMessage;
    std::optional<QString> jobRecordId;

    static ClassifyJob read(JsonReader &r);
    QJsonObject toJson() const;
    bool operator==(const ClassifyJob &) const = default;
};

// The classification of one file of a v1 job (FileClassification). result is unset while the
// file has not been classified.
struct FileClassification
{
    QString id;
    QString classifyJobId;
    std::optional<QString> fileId;
    std::optional<ClassificationResult> result;
    std::optional<QDateTime> createdAt;
    std::optional<QDateTime> updatedAt;

    static FileClassification read(JsonReader &r);
    QJsonObject toJson() const;
    bool operator==(const FileClassification &) const = default;
};

using ClassifyJobList = CursorPage<ClassifyJob>;             // ClassifyJobListResponse
using ClassifyJobResults = CursorPage<FileClassification>;   // ClassifyJobResults

// ---------------------------------------------------------------------------------------------
// Classify v2: /api/v2/classify
// ---------------------------------------------------------------------------------------------

// Which pages v2 reads (ClassifyV2ParsingConfiguration). Unlike v1, targetPages is a 1-based
// range string ("1,3,5-7") and lang a free ISO 639-1 code.
struct ParsingConfigurationV2
{
    QString lang = QStringLiteral("en");
    std::optional<qint64> maxPages; // >= 1; unset = no limit
    std::optional<QString> targetPages;

    static ParsingConfigurationV2 read(JsonReader &r);
    QJsonObject toJson() const;
    bool operator==(const ParsingConfigurationV2 &) const = default;
};

// The rules and options of one v2 classification (ClassifyV2Configuration); sent inline with a
// job, echoed back on every job, and stored in classify_v2 presets.
struct ClassifyV2Configuration
{
    QList<Rule> rules; // at least one
    QString mode = QStringLiteral("FAST"); // the only value v2 accepts
    std::optional<ParsingConfigurationV2> parsingConfiguration;

    static ClassifyV2Configuration read(JsonReader &r);
    QJsonObject toJson() const;
    bool operator==(const ClassifyV2Configuration &) const = default;
};

// Body of POST /api/v2/classify (ClassifyV2JobCreateRequest): one document per job, with either
// an inline configuration or a saved one. transactionId makes retries safe (the server returns
// the original job). The deprecated file_id/parse_job_id aliases are not modelled.
struct ClassifyV2CreateRequest
{
    std::optional<QString> fileInput; // "dfl-…" file or "pjb-…" parse job, <= 200 chars
    std::optional<ClassifyV2Configuration> configuration;
    std::optional<QString> configurationId; // "cfg-…"
    std::optional<QString> transactionId;   // <= 255 chars
    std::optional<QList<WebhookConfiguration>> webhookConfigurations;
    std::optional<QStringList> webhookConfigurationIds; // <= 4, "whc-…"

    static ClassifyV2CreateRequest read(JsonReader &r);
    QJsonObject toJson() const;
    bool operator==(const ClassifyV2CreateRequest &) const = default;
};

// A v2 classify job (ClassifyV2JobResponse), as returned by create, get, cancel and list.
// Specs before 2026-04-01 called file_input `document_input_value`; that name is still accepted
// on read, and toJson() always writes file_input.
struct ClassifyV2Job
{
    QString id;
    QString projectId;
    QString userId;
    QString status;            // PENDING | RUNNING | COMPLETED | FAILED | CANCELLED
    QString documentInputType; // url | file_id | parse_job_id
    QString fileInput;
    ClassifyV2Configuration configuration;
    std::optional<QString> configurationId;
    std::optional<ClassifyV2Result> result; // set once COMPLETED
    std::optional<QString> errorMessage;
    std::optional<QString> parseJobId;
    std::optional<QString> transactionId;
    std::optional<QDateTime> createdAt;
    std::optional<QDateTime> updatedAt;

    static ClassifyV2Job read(JsonReader &r);
    QJsonObject toJson() const;
    bool operator==(const ClassifyV2Job &) const = default;
};

using ClassifyV2JobList = CursorPage<ClassifyV2Job>; // ClassifyV2JobQueryResponse

// ---------------------------------------------------------------------------------------------
// Files: /api/v1/beta/files
// ---------------------------------------------------------------------------------------------

// A time-limited download (or upload) URL (PresignedUrl). Fetch it without the bearer token.
struct PresignedUrl
{
    QString url;
    QDateTime expiresAt;
    std::optional<QMap<QString, QString>> formFields; // for presigned POST uploads

    static PresignedUrl read(JsonReader &r);
    QJsonObject toJson() const;
    bool operator==(const PresignedUrl &) const = default;
};

// An uploaded file (FileV2); its id is what classify jobs take as input.
struct FileV2
{
    QString id;
    QString name;
    QString projectId;
    std::optional<QString> externalFileId;
    std::optional<QString> fileType; // extension: pdf, docx, …
    std::optional<QDateTime> lastModifiedAt;
    std::optional<QDateTime> expiresAt; // unset = never expires
    std::optional<QString> purpose;     // user_data | parse | extract | split | classify | sheet | agent_app
    std::optional<PresignedUrl> downloadUrl;

    static FileV2 read(JsonReader &r);
    QJsonObject toJson() const;
    bool operator==(const FileV2 &) const = default;
};

using FileList = CursorPage<FileV2>; // FileQueryResponseV2

// ---------------------------------------------------------------------------------------------
// Batch processing (beta): /api/v1/beta/batch-processing
// ---------------------------------------------------------------------------------------------

// One batch job over a directory or an item list (BatchJobResponse). Statuses are lower-case.
struct BatchJob
{
    QString id;
    QString projectId;
    QString jobType; // parse | extract | classify
    QString status;  // pending | running | dispatched | completed | failed | cancelled
    qint64 totalItems = 0;
    qint64 processedItems = 0;
    qint64 failedItems = 0;
    qint64 skippedItems = 0;
    std::optional<QString> directoryId;
    std::optional<QString> workflowId;
    std::optional<QDateTime> startedAt;
    std::optional<QDateTime> completedAt;
    std::optional<QDateTime> createdAt;
    std::optional<QDateTime> updatedAt;
    std::optional<QDateTime> effectiveAt;
    std::optional<QString> errorMessage;
    std::optional<QString> jobRecordId;

    static BatchJob read(JsonReader &r);
    QJsonObject toJson() const;
    bool operator==(const BatchJob &) const = default;
};

// A batch job with its progress (BatchJobStatusResponse), from GET …/batch-processing/{id}.
struct BatchJobStatus
{
    BatchJob job;
    double progressPercentage = 0; // 0..100

    static BatchJobStatus read(JsonReader &r);
    QJsonObject toJson() const;
    bool operator==(const BatchJobStatus &) const = default;
};

// One item of a batch job (BatchItemDetail); jobId links to the underlying classify job.
struct BatchItem
{
    QString itemId;
    QString itemName;
    QString status; // pending | processing | completed | failed | skipped | cancelled
    std::optional<QString> jobId;
    std::optional<QString> skipReason; // already_processed | size_limit_exceeded | …
    std::optional<QString> errorMessage;
    std::optional<QDateTime> startedAt;
    std::optional<QDateTime> completedAt;
    std::optional<QDateTime> effectiveAt;
    std::optional<QString> jobRecordId;

    static BatchItem read(JsonReader &r);
    QJsonObject toJson() const;
    bool operator==(const BatchItem &) const = default;
};

// The answer to POST …/batch-processing/{id}/cancel (BatchJobCancelResponse).
struct BatchCancelResponse
{
    QString jobId;
    QString status; // should be "cancelled"
    qint64 processedItems = 0;
    QString message;

    static BatchCancelResponse read(JsonReader &r);
    QJsonObject toJson() const;
    bool operator==(const BatchCancelResponse &) const = default;
};

// Body of POST /api/v1/beta/batch-processing for a classify batch (BatchJobCreateRequest). The
// spec's job_config is a union of a parse record and a whole ClassifyJob; Docket only sends the
// latter. Give either directoryId or itemIds.
struct BatchJobCreateRequest
{
    ClassifyJob jobConfig;
    std::optional<QString> directoryId;
    std::optional<QStringList> itemIds;
    qint64 pageSize = 100; // 1..1000
    std::optional<qint64> continueAsNewThreshold;

    static BatchJobCreateRequest read(JsonReader &r);
    QJsonObject toJson() const;
    bool operator==(const BatchJobCreateRequest &) const = default;
};

using BatchJobList = OffsetPage<BatchJob>;   // BatchJobQueryResponse
using BatchItemList = OffsetPage<BatchItem>; // BatchItemListResponse

// ---------------------------------------------------------------------------------------------
// Account: /api/v1/projects, /api/v1/organizations (bare arrays; see parseArrayBody)
// ---------------------------------------------------------------------------------------------

// A project the API key can see (Project); jobs and files live in one.
struct Project
{
    QString id;
    QString name;
    QString organizationId;
    bool isDefault = false;
    std::optional<QDateTime> createdAt;
    std::optional<QDateTime> updatedAt;

    static Project read(JsonReader &r);
    QJsonObject toJson() const;
    bool operator==(const Project &) const = default;
};

// An organization the API key belongs to (Organization).
struct Organization
{
    QString id;
    QString name;
    QString parsePlanLevel = QStringLiteral("DEFAULT"); // DEFAULT | PREMIUM (deprecated)
    std::optional<QString> stripeCustomerId;
    std::optional<QJsonObject> featureFlags; // free-form, kept as received
    std::optional<QDateTime> createdAt;
    std::optional<QDateTime> updatedAt;

    static Organization read(JsonReader &r);
    QJsonObject toJson() const;
    bool operator==(const Organization &) const = default;
};

// ---------------------------------------------------------------------------------------------
// Saved configurations ("presets"): /api/v1/beta/configurations
// ---------------------------------------------------------------------------------------------

// A saved product configuration (ConfigurationResponse). parameters is kept exactly as received
// (and written back as such); for classify_v2 presets it is also parsed into classify, so a
// preset can be shown and applied without touching raw JSON.
struct ConfigurationResponse
{
    QString id;
    QString name;
    QString productType; // split_v1 | extract_v2 | classify_v2 | parse_v2 | spreadsheet_v1 | unknown
    QString version;     // a datetime string identifying the revision
    QJsonObject parameters;
    std::optional<ClassifyV2Configuration> classify; // only when productType is classify_v2
    std::optional<QDateTime> createdAt;
    std::optional<QDateTime> updatedAt;

    bool isClassify() const { return productType == QLatin1String("classify_v2"); }

    static ConfigurationResponse read(JsonReader &r);
    QJsonObject toJson() const;
    bool operator==(const ConfigurationResponse &) const = default;
};

using ConfigurationList = CursorPage<ConfigurationResponse>; // ConfigurationQueryResponse

// Body of POST /api/v1/beta/configurations for a classify preset (ConfigurationCreateRequest with
// ClassifyV2Parameters). The server upserts by name, product type and project.
struct ConfigurationCreateRequest
{
    QString name; // 1..255 chars
    ClassifyV2Configuration parameters;
    QString productType = QStringLiteral("classify_v2"); // the discriminator inside parameters

    static ConfigurationCreateRequest read(JsonReader &r);
    QJsonObject toJson() const;
    bool operator==(const ConfigurationCreateRequest &) const = default;
};

} // namespace docket::api
