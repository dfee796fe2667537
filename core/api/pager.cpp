// SPDX-FileCopyrightText: 2026 The Docket authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/pager.h"

namespace docket::api {

Pager::~Pager()
{
    dropInFlight();
}

bool Pager::fetchNext()
{
    if (m_exhausted || m_inFlight)
        return false;
    m_inFlight = startFetch();
    return true;
}

void Pager::reset()
{
    dropInFlight();
    rewind();
    m_exhausted = false;
    m_pages = 0;
    m_lastError.reset();
}

void Pager::pageArrived(int itemCount, bool more)
{
    m_inFlight = nullptr;
    m_lastError.reset();
    ++m_pages;
    m_exhausted = !more;
    Q_EMIT pageFetched(itemCount, more);
}

void Pager::pageFailed(const ApiError &error)
{
    m_inFlight = nullptr;
    m_lastError = error;
    Q_EMIT failed(error);
}

void Pager::dropInFlight()
{
    if (!m_inFlight)
        return;
    ApiRequest *request = m_inFlight;
    m_inFlight = nullptr;
    // The callback must never run into a half-destroyed pager: cut it off before aborting.
    QObject::disconnect(request, nullptr, this, nullptr);
    request->abort();
}

} // namespace docket::api
