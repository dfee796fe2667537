// SPDX-FileCopyrightText: 2026 The Docket authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/filesapi.h"

#include "api/inputcheck.h"

#include <QMimeDatabase>

namespace docket::api {

static QString filesPath()
{
    return QStringLiteral("/api/v1/beta/files");
}

static QString filePath(const QString &fileId)
{
    return filesPath() + QLatin1Char('/') + RequestSpec::pathSegment(fileId);
}

ApiRequest *FilesApi::upload(const QString &localPath, QObject *ctx, std::function<void(Result<FileV2>)> done,
                             const QString &purpose, const std::optional<QString> &externalFileId)
{
    RequestSpec spec;
    spec.method = HttpMethod::Post;
    spec.path = filesPath();
    spec.safety = RetrySafety::BeforeSendOnly;
    MultipartUpload up;
    up.filePath = localPath;
    // The server stores the type it is told; a PDF sent as octet-stream is still a PDF to it,
    // but the real type costs nothing and helps its own sniffing.
    const QMimeType mime = QMimeDatabase().mimeTypeForFile(localPath, QMimeDatabase::MatchExtension);
    if (mime.isValid() && !mime.isDefault())
        up.contentType = mime.name();
    up.fields.append({QStringLiteral("purpose"), purpose});
    if (externalFileId)
        up.fields.append({QStringLiteral("external_file_id"), *externalFileId});
    spec.upload = up;
    const auto problem = InputCheck::first({
        InputCheck::id(QStringLiteral("file"), localPath),
        InputCheck::id(QStringLiteral("purpose"), purpose),
    });
    return m_client->call<FileV2>(RequestSpec::unlessInvalid(problem, std::move(spec)), ctx, std::move(done));
}

ApiRequest *FilesApi::get(const QString &fileId, QObject *ctx, std::function<void(Result<FileV2>)> done)
{
    return m_client->call<FileV2>(
        RequestSpec::unlessInvalid(InputCheck::id(QStringLiteral("file_id"), fileId), RequestSpec::get(filePath(fileId))),
        ctx, std::move(done));
}

ApiRequest *FilesApi::list(const FileListQuery &q, QObject *ctx, std::function<void(Result<FileList>)> done)
{
    Query query;
    query.add(QStringLiteral("page_size"), q.pageSize);
    query.add(QStringLiteral("page_token"), q.pageToken);
    query.add(QStringLiteral("file_ids"), q.fileIds);
    query.add(QStringLiteral("file_name"), q.fileName);
    query.add(QStringLiteral("external_file_id"), q.externalFileId);
    query.add(QStringLiteral("order_by"), q.orderBy);
    return m_client->call<FileList>(
        RequestSpec::unlessInvalid(InputCheck::range(QStringLiteral("page_size"), q.pageSize, MinPageSize, MaxPageSize),
                                   RequestSpec::get(filesPath(), query)),
        ctx, std::move(done));
}

ApiRequest *FilesApi::remove(const QString &fileId, QObject *ctx, std::function<void(Result<Empty>)> done)
{
    return m_client->callEmpty(RequestSpec::unlessInvalid(InputCheck::id(QStringLiteral("file_id"), fileId),
                                                          RequestSpec::deleteResource(filePath(fileId))),
                               ctx, std::move(done));
}

} // namespace docket::api
