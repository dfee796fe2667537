// SPDX-FileCopyrightText: 2026 The Docket authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/apierror.h"
#include "api/apirequest.h"
#include "api/types.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

namespace docket::api {

// The state every pager shares: one page in flight at a time, an exhausted flag, the last error.
// Signals live here because a class template cannot declare them; the typed page reaches the
// owner through the page handler given to CursorPager/OffsetPager. Used by the history and file
// list models (canFetchMore/fetchMore).
class Pager : public QObject
{
    Q_OBJECT

public:
    ~Pager() override;

    bool hasMore() const { return !m_exhausted; }
    bool isFetching() const { return !m_inFlight.isNull(); }
    int pagesFetched() const { return m_pages; }
    const std::optional<ApiError> &lastError() const { return m_lastError; }

    // Asks for the next page. Returns false (and does nothing) when a page is already in flight
    // or the list is exhausted. After a failure the same page is asked for again.
    bool fetchNext();
    // Forgets the position and starts again from the first page (aborting a page in flight).
    void reset();

Q_SIGNALS:
    // After the page handler has seen a page; more tells whether fetchNext() would fetch again.
    void pageFetched(int itemCount, bool more);
    void failed(const docket::api::ApiError &error);

protected:
    explicit Pager(QObject *parent) : QObject(parent) {}

    // Starts the fetch of the current page; the result must come back through pageArrived() or
    // pageFailed().
    virtual ApiRequest *startFetch() = 0;
    virtual void rewind() = 0;
    void pageArrived(int itemCount, bool more);
    void pageFailed(const ApiError &error);
    // Detaches and aborts the page in flight; derived destructors call it before their members go.
    void dropInFlight();

private:
    QPointer<ApiRequest> m_inFlight;
    std::optional<ApiError> m_lastError;
    bool m_exhausted = false;
    int m_pages = 0;
};

// Token paging (AIP-158): the next request carries the previous answer's next_page_token. Stops
// when the token is empty or null, or when a page comes back empty (the SDKs' rule; an empty
// page with a token would otherwise loop forever).
template<typename T>
class CursorPager final : public Pager
{
public:
    using Page = CursorPage<T>;
    using Fetch = std::function<ApiRequest *(const std::optional<QString> &pageToken, QObject *context,
                                             std::function<void(Result<Page>)> done)>;
    using PageHandler = std::function<void(const Page &)>;

    CursorPager(Fetch fetch, PageHandler onPage, QObject *parent = nullptr)
        : Pager(parent), m_fetch(std::move(fetch)), m_onPage(std::move(onPage))
    {
    }
    ~CursorPager() override { dropInFlight(); }

    const std::optional<QString> &nextPageToken() const { return m_token; }

protected:
    ApiRequest *startFetch() override
    {
        return m_fetch(m_token, this, [this](Result<Page> result) {
            if (!result) {
                pageFailed(result.error());
                return;
            }
            const Page &page = result.value();
            m_token = page.nextPageToken;
            const bool more = page.nextPageToken && !page.nextPageToken->isEmpty() && !page.items.isEmpty();
            if (m_onPage)
                m_onPage(page);
            pageArrived(int(page.items.size()), more);
        });
    }
    void rewind() override { m_token.reset(); }

private:
    Fetch m_fetch;
    PageHandler m_onPage;
    std::optional<QString> m_token;
};

// Limit/offset paging (batch jobs and items): the next offset is this offset plus the number of
// items received. Stops when total_size is null, when offset + items reaches total_size, or when a
// page comes back empty.
template<typename T>
class OffsetPager final : public Pager
{
public:
    using Page = OffsetPage<T>;
    using Fetch = std::function<ApiRequest *(int offset, QObject *context, std::function<void(Result<Page>)> done)>;
    using PageHandler = std::function<void(const Page &, int offset)>;

    OffsetPager(Fetch fetch, PageHandler onPage, QObject *parent = nullptr)
        : Pager(parent), m_fetch(std::move(fetch)), m_onPage(std::move(onPage))
    {
    }
    ~OffsetPager() override { dropInFlight(); }

    int offset() const { return m_offset; }

protected:
    ApiRequest *startFetch() override
    {
        return m_fetch(m_offset, this, [this](Result<Page> result) {
            if (!result) {
                pageFailed(result.error());
                return;
            }
            const Page &page = result.value();
            const int pageOffset = m_offset;
            m_offset += int(page.items.size());
            const bool more = !page.items.isEmpty() && page.totalSize && m_offset < *page.totalSize;
            if (m_onPage)
                m_onPage(page, pageOffset);
            pageArrived(int(page.items.size()), more);
        });
    }
    void rewind() override { m_offset = 0; }

private:
    Fetch m_fetch;
    PageHandler m_onPage;
    int m_offset = 0;
};

} // namespace docket::api
