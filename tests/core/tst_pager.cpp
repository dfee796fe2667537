// SPDX-FileCopyrightText: 2026 The Docket authors
// SPDX-License-Identifier: GPL-3.0-or-later
// CursorPager and OffsetPager driving real endpoint clients against the fake server: which
// page parameters they send, when they stop, and how they recover from a failed page.

#include "api/batchapi.h"
#include "api/classifyapi.h"
#include "api/pager.h"
#include "fakehttpserver.h"
#include "manualclock.h"
#include "testclient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace docket::api;
using namespace Qt::Literals::StringLiterals;
using docket::test::FakeHttpServer;
using docket::test::ManualClock;
using docket::test::ScriptedResponse;

namespace {

QByteArray v2Job(const QString &id)
{
    QJsonObject rule{{"type"_L1, QStringLiteral("invoice")}, {"description"_L1, QStringLiteral("A bill that asks for payment")}};
    QJsonObject job{{"id"_L1, id},
                    {"project_id"_L1, QStringLiteral("prj")},
                    {"user_id"_L1, QStringLiteral("u")},
                    {"status"_L1, QStringLiteral("PENDING")},
                    {"document_input_type"_L1, QStringLiteral("file_id")},
                    {"file_input"_L1, QStringLiteral("dfl-1")},
                    {"configuration"_L1, QJsonObject{{"rules"_L1, QJsonArray{rule}}}}};
    return QJsonDocument(job).toJson(QJsonDocument::Compact);
}

// A cursor page of the given job ids; token "null" writes a JSON null, an empty optional omits it.
QByteArray cursorPage(const QStringList &ids, const std::optional<QString> &token)
{
    QByteArray items;
    for (const QString &id : ids)
        items += (items.isEmpty() ? "" : ",") + v2Job(id);
    QByteArray out = "{\"items\":[" + items + "]";
    if (token)
        out += *token == "null"_L1 ? QByteArray(",\"next_page_token\":null")
                                   : ",\"next_page_token\":\"" + token->toUtf8() + '"';
    return out + '}';
}

QByteArray batchJob(int n)
{
    return R"({"id":"bat-)" + QByteArray::number(n) + R"(","project_id":"p","job_type":"classify","status":"running","total_items":1})";
}

QByteArray offsetPage(int from, int count, const QByteArray &totalSize)
{
    QByteArray items;
    for (int i = 0; i < count; ++i)
        items += (i ? "," : "") + batchJob(from + i);
    return "{\"items\":[" + items + "],\"total_size\":" + totalSize + '}';
}

} // namespace

class PagerTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<FakeHttpServer> server;
    std::unique_ptr<ManualClock> clock;
    std::unique_ptr<ApiClient> client;

    using JobPager = CursorPager<ClassifyV2Job>;
    using BatchPager = OffsetPager<BatchJob>;

    std::unique_ptr<JobPager> cursorPager(QStringList *seen)
    {
        auto api = std::make_shared<ClassifyApi>(client.get());
        return std::make_unique<JobPager>(
            [api](const std::optional<QString> &token, QObject *ctx, std::function<void(Result<ClassifyV2JobList>)> done) {
                ClassifyV2ListQuery q;
                q.pageSize = 2;
                q.pageToken = token;
                return api->list(q, ctx, std::move(done));
            },
            [seen](const ClassifyV2JobList &page) {
                for (const ClassifyV2Job &job : page.items)
                    seen->append(job.id);
            });
    }

    std::unique_ptr<BatchPager> offsetPager(QList<int> *offsets, QStringList *seen)
    {
        auto api = std::make_shared<BatchApi>(client.get());
        return std::make_unique<BatchPager>(
            [api](int offset, QObject *ctx, std::function<void(Result<BatchJobList>)> done) {
                BatchListQuery q;
                q.limit = 2;
                q.offset = offset;
                return api->list(q, ctx, std::move(done));
            },
            [offsets, seen](const BatchJobList &page, int offset) {
                offsets->append(offset);
                for (const BatchJob &job : page.items)
                    seen->append(job.id);
            });
    }

    // Fetches until the pager says there is nothing more (or maxPages, as a guard).
    static void drain(Pager &pager, int maxPages = 10)
    {
        QSignalSpy fetched(&pager, &Pager::pageFetched);
        for (int i = 0; i < maxPages && pager.hasMore(); ++i) {
            QVERIFY(pager.fetchNext());
            QVERIFY(pager.isFetching());
            QTRY_COMPARE(fetched.size(), i + 1);
            QVERIFY(!pager.isFetching());
        }
    }

    QStringList sentTokens() const
    {
        QStringList out;
        for (const auto &r : server->requests())
            out << (r.query.hasQueryItem(QStringLiteral("page_token")) ? r.query.queryItemValue(QStringLiteral("page_token")) : QStringLiteral("-"));
        return out;
    }

private Q_SLOTS:
    void init()
    {
        server = std::make_unique<FakeHttpServer>();
        QVERIFY(server->listen());
        clock = std::make_unique<ManualClock>();
        client = docket::test::makeTestClient(*server, clock.get(), 0);
    }

    void cleanup()
    {
        client.reset();
        clock.reset();
        server.reset();
    }

    void cursorFollowsTokensUntilAnEmptyOne()
    {
        server->enqueue(ScriptedResponse::json(200, cursorPage({QStringLiteral("a"), QStringLiteral("b")}, QStringLiteral("t1"))));
        server->enqueue(ScriptedResponse::json(200, cursorPage({QStringLiteral("c"), QStringLiteral("d")}, QStringLiteral("t2"))));
        server->enqueue(ScriptedResponse::json(200, cursorPage({QStringLiteral("e")}, QString())));
        QStringList seen;
        auto pager = cursorPager(&seen);
        drain(*pager);
        QCOMPARE(seen, (QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("d"), QStringLiteral("e")}));
        QCOMPARE(sentTokens(), (QStringList{QStringLiteral("-"), QStringLiteral("t1"), QStringLiteral("t2")}));
        QCOMPARE(pager->pagesFetched(), 3);
        QVERIFY(!pager->hasMore());
        QVERIFY(!pager->fetchNext());
        QCOMPARE(server->requestCount(), 3);
    }

    void cursorStopsOnNullOrMissingToken_data()
    {
        QTest::addColumn<std::optional<QString>>("token");
        QTest::newRow("null") << std::optional<QString>(QStringLiteral("null"));
        QTest::newRow("missing") << std::optional<QString>();
    }

    void cursorStopsOnNullOrMissingToken()
    {
        QFETCH(std::optional<QString>, token);
        server->enqueue(ScriptedResponse::json(200, cursorPage({QStringLiteral("a")}, token)));
        QStringList seen;
        auto pager = cursorPager(&seen);
        QSignalSpy fetched(pager.get(), &Pager::pageFetched);
        drain(*pager);
        QCOMPARE(server->requestCount(), 1);
        QCOMPARE(fetched.first().at(0).toInt(), 1);
        QCOMPARE(fetched.first().at(1).toBool(), false);
        QVERIFY(!pager->hasMore());
    }

    void cursorStopsOnAnEmptyPageEvenWithAToken()
    {
        server->enqueue(ScriptedResponse::json(200, cursorPage({QStringLiteral("a")}, QStringLiteral("t1"))));
        server->enqueue(ScriptedResponse::json(200, cursorPage({}, QStringLiteral("t2"))));
        server->enqueue(ScriptedResponse::json(200, cursorPage({QStringLiteral("never")}, QString())));
        QStringList seen;
        auto pager = cursorPager(&seen);
        drain(*pager);
        QCOMPARE(server->requestCount(), 2);
        QCOMPARE(seen, QStringList{QStringLiteral("a")});
        QVERIFY(!pager->hasMore());
    }

    void onlyOnePageIsInFlight()
    {
        server->enqueue(ScriptedResponse::json(200, cursorPage({QStringLiteral("a")}, QStringLiteral("t1"))));
        QStringList seen;
        auto pager = cursorPager(&seen);
        QVERIFY(pager->fetchNext());
        QVERIFY(!pager->fetchNext());
        QTRY_VERIFY(!pager->isFetching());
        QCOMPARE(server->requestCount(), 1);
    }

    void failedPageIsAskedForAgain()
    {
        server->enqueue(ScriptedResponse::json(200, cursorPage({QStringLiteral("a")}, QStringLiteral("t1"))));
        server->enqueue(ScriptedResponse::json(500, R"({"detail":"boom"})"));
        server->enqueue(ScriptedResponse::json(200, cursorPage({QStringLiteral("b")}, QString())));
        QStringList seen;
        auto pager = cursorPager(&seen);
        QSignalSpy failed(pager.get(), &Pager::failed);
        QSignalSpy fetched(pager.get(), &Pager::pageFetched);
        QVERIFY(pager->fetchNext());
        QTRY_COMPARE(fetched.size(), 1);
        QVERIFY(pager->fetchNext());
        QTRY_COMPARE(failed.size(), 1);
        QCOMPARE(pager->lastError()->kind(), ApiError::Kind::Server);
        QVERIFY(pager->hasMore());
        QVERIFY(pager->fetchNext());
        QTRY_COMPARE(fetched.size(), 2);
        QVERIFY(!pager->lastError());
        QCOMPARE(sentTokens(), (QStringList{QStringLiteral("-"), QStringLiteral("t1"), QStringLiteral("t1")}));
        QCOMPARE(seen, (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
    }

    void resetStartsAgainFromTheFirstPage()
    {
        server->enqueue(ScriptedResponse::json(200, cursorPage({QStringLiteral("a")}, QString())));
        server->enqueue(ScriptedResponse::json(200, cursorPage({QStringLiteral("a")}, QString())));
        QStringList seen;
        auto pager = cursorPager(&seen);
        drain(*pager);
        QVERIFY(!pager->hasMore());
        pager->reset();
        QVERIFY(pager->hasMore());
        QCOMPARE(pager->pagesFetched(), 0);
        drain(*pager);
        QCOMPARE(sentTokens(), (QStringList{QStringLiteral("-"), QStringLiteral("-")}));
    }

    void destroyingThePagerMidPageDropsTheAnswer()
    {
        server->enqueue(ScriptedResponse::behaving(ScriptedResponse::Behaviour::Stall));
        QStringList seen;
        auto pager = cursorPager(&seen);
        QVERIFY(pager->fetchNext());
        QTRY_COMPARE(server->requestCount(), 1);
        pager.reset();
        QTest::qWait(50);
        QVERIFY(seen.isEmpty());
    }

    void offsetAdvancesByItemsReceivedUntilTotalSize()
    {
        server->enqueue(ScriptedResponse::json(200, offsetPage(0, 2, "5")));
        server->enqueue(ScriptedResponse::json(200, offsetPage(2, 2, "5")));
        server->enqueue(ScriptedResponse::json(200, offsetPage(4, 1, "5")));
        QList<int> offsets;
        QStringList seen;
        auto pager = offsetPager(&offsets, &seen);
        drain(*pager);
        QCOMPARE(offsets, (QList<int>{0, 2, 4}));
        QCOMPARE(seen.size(), 5);
        QCOMPARE(server->requestCount(), 3);
        QCOMPARE(server->requests().at(2).rawQuery, QByteArray("limit=2&offset=4"));
        QCOMPARE(pager->offset(), 5);
        QVERIFY(!pager->hasMore());
    }

    void offsetStopsWhenTotalSizeIsReachedExactly()
    {
        server->enqueue(ScriptedResponse::json(200, offsetPage(0, 2, "4")));
        server->enqueue(ScriptedResponse::json(200, offsetPage(2, 2, "4")));
        server->enqueue(ScriptedResponse::json(200, offsetPage(4, 2, "4")));
        QList<int> offsets;
        QStringList seen;
        auto pager = offsetPager(&offsets, &seen);
        drain(*pager);
        QCOMPARE(server->requestCount(), 2);
    }

    void offsetStops_data()
    {
        QTest::addColumn<QByteArray>("firstPage");
        QTest::newRow("null total_size") << offsetPage(0, 2, "null");
        QTest::newRow("no total_size") << QByteArray("{\"items\":[" + batchJob(0) + "]}");
        QTest::newRow("empty page") << offsetPage(0, 0, "10");
        QTest::newRow("no items key") << QByteArray(R"({"total_size": 10})");
    }

    void offsetStops()
    {
        QFETCH(QByteArray, firstPage);
        server->enqueue(ScriptedResponse::json(200, firstPage));
        server->enqueue(ScriptedResponse::json(200, offsetPage(2, 2, "10")));
        QList<int> offsets;
        QStringList seen;
        auto pager = offsetPager(&offsets, &seen);
        drain(*pager);
        QCOMPARE(server->requestCount(), 1);
        QCOMPARE(offsets, QList<int>{0});
        QVERIFY(!pager->hasMore());
    }
};

QTEST_GUILESS_MAIN(PagerTest)
#include "tst_pager.moc"
