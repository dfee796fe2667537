// SPDX-FileCopyrightText: 2026 The Docket authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/apiclient.h"
#include "api/types.h"

#include <functional>
#include <optional>

namespace docket::api {

struct FileListQuery
{
    std::optional<int> pageSize; // 1..1000
    std::optional<QString> pageToken;
    QStringList fileIds; // sent as repeated file_ids keys
    std::optional<QString> fileName;
    std::optional<QString> externalFileId;
    std::optional<QString> orderBy; // "field" or "field desc", comma-separated
};

// The beta files API (/api/v1/beta/files): where documents are uploaded before a job can name
// them. Holds the ApiClient without owning it; the submission outbox and the file views use it.
class FilesApi
{
public:
    static constexpr int MinPageSize = 1;
    static constexpr int MaxPageSize = 1000;

    explicit FilesApi(ApiClient *client) : m_client(client) {}

    // multipart `file` + `purpose` (default "classify"), streamed from disk (MultipartUpload).
    // Retried only when not a byte reached the server: a second upload would be a second file.
    ApiRequest *upload(const QString &filePath, QObject *ctx, std::function<void(Result<FileV2>)> done,
                       const QString &purpose = QStringLiteral("classify"),
                       const std::optional<QString> &externalFileId = {});
    ApiRequest *get(const QString &fileId, QObject *ctx, std::function<void(Result<FileV2>)> done);
    ApiRequest *list(const FileListQuery &q, QObject *ctx, std::function<void(Result<FileList>)> done);
    ApiRequest *remove(const QString &fileId, QObject *ctx, std::function<void(Result<Empty>)> done); // 204

private:
    ApiClient *m_client;
};

} // namespace docket::api
