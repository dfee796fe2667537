// SPDX-FileCopyrightText: 2026 The Docket authors
// SPDX-License-Identifier: GPL-3.0-or-later

// End-to-end throughput of the local engine: N two-page text documents, each uploaded, classified
// with a v2 job and polled until done, through the client core (ApiClient + endpoint clients)
// against an engine running with 2 workers on its own thread. Prints documents per second.
// Usage: bench_engine_throughput [documents=1000] [in-flight=32] [poll-ms=50]

#include "api/apiclient.h"
#include "api/classifyapi.h"
#include "api/filesapi.h"
#include "engine/engine.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLoggingCategory>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <cstdio>

using namespace docket;
using namespace docket::api;
using namespace Qt::Literals::StringLiterals;

namespace {

QByteArray twoPageDocument(int i)
{
    static const char *kinds[] = {
        "INVOICE %1\nInvoice number %1. Amount due: %1.00 EUR. Payment due date: 2026-12-01.\nBill to: ACME.\n",
        "Dear Ms Smith,\nThank you for your letter of %1 March. I am writing to confirm our meeting.\nYours "
        "sincerely,\nJohn\n",
        "RECEIPT %1\nThank you for your purchase. Total paid %1.50 EUR by card. Store 12, till 3.\n",
    };
    const QString first = QString::fromLatin1(kinds[i % 3]).arg(i);
    const QString second = QStringLiteral("Page two of document %1. Terms and conditions apply; see overleaf for "
                                          "details of delivery and returns.\n")
                               .arg(i);
    return (first + u'\f' + second).toUtf8();
}

class Driver : public QObject
{
public:
    Driver(ApiClient *client, QStringList paths, int inFlight, int pollMs)
        : m_files(client), m_classify(client), m_paths(std::move(paths)), m_inFlight(inFlight), m_pollMs(pollMs)
    {
        m_config.rules = {Rule{QStringLiteral("invoice"), QStringLiteral("An invoice: invoice number, amount due, "
                                                                         "payment due date")},
                          Rule{QStringLiteral("letter"), QStringLiteral("A letter: greeting, body and signature")},
                          Rule{QStringLiteral("receipt"), QStringLiteral("A receipt: total paid, store, purchase")}};
    }

    void run()
    {
        m_timer.start();
        for (int i = 0; i < m_inFlight; ++i)
            next();
    }

    bool finished() const { return m_done == m_paths.size(); }
    qint64 elapsedMs() const { return m_elapsed; }
    int failures() const { return m_failures; }
    int polls() const { return m_polls; }

private:
    void next()
    {
        if (m_started == m_paths.size())
            return;
        const QString path = m_paths.at(m_started++);
        m_files.upload(path, this, [this](Result<FileV2> file) {
            if (!file) {
                finish(false);
                return;
            }
            ClassifyV2CreateRequest body;
            body.fileInput = file.value().id;
            body.configuration = m_config;
            m_classify.create(body, this, [this](Result<ClassifyV2Job> job) {
                if (!job) {
                    finish(false);
                    return;
                }
                poll(job.value().id);
            });
        });
    }

    void poll(const QString &id)
    {
        QTimer::singleShot(m_pollMs, this, [this, id] {
            ++m_polls;
            m_classify.get(id, this, [this, id](Result<ClassifyV2Job> job) {
                if (!job) {
                    finish(false);
                    return;
                }
                const QString s = job.value().status;
                if (s == "COMPLETED"_L1)
                    finish(true);
                else if (s == "FAILED"_L1 || s == "CANCELLED"_L1)
                    finish(false);
                else
                    poll(id);
            });
        });
    }

    void finish(bool ok)
    {
        if (!ok)
            ++m_failures;
        if (++m_done == m_paths.size())
            m_elapsed = m_timer.elapsed();
        next();
    }

    FilesApi m_files;
    ClassifyApi m_classify;
    ClassifyV2Configuration m_config;
    QStringList m_paths;
    int m_inFlight;
    int m_pollMs;
    int m_started = 0;
    int m_done = 0;
    int m_failures = 0;
    int m_polls = 0;
    qint64 m_elapsed = 0;
    QElapsedTimer m_timer;
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("docket.*.info=false\ndocket.*.debug=false"));
    const QStringList args = app.arguments();
    const int documents = args.value(1, QStringLiteral("1000")).toInt();
    const int inFlight = args.value(2, QStringLiteral("32")).toInt();
    const int pollMs = args.value(3, QStringLiteral("50")).toInt();

    QTemporaryDir dir;
    QStringList paths;
    for (int i = 0; i < documents; ++i) {
        const QString path = dir.filePath(QStringLiteral("doc%1.txt").arg(i));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return 1;
        f.write(twoPageDocument(i));
        paths << path;
    }

    // The engine gets a thread of its own (HTTP + dispatch) and 2 workers; the client runs here.
    QThread engineThread;
    engineThread.start();
    engine::Engine *engine = nullptr;
    QObject anchor;
    anchor.moveToThread(&engineThread);
    bool started = false;
    QMetaObject::invokeMethod(
        &anchor,
        [&] {
            engine::EngineOptions o;
            o.dataDir = dir.filePath(QStringLiteral("engine"));
            o.token = "bench";
            o.workers = 2;
            engine = new engine::Engine(o);
            started = engine->start();
        },
        Qt::BlockingQueuedConnection);
    if (!started) {
        std::fprintf(stderr, "engine did not start: %s\n", qPrintable(engine->errorString()));
        return 1;
    }
    ApiClient client;
    client.setConnection({engine->baseUrl(), QStringLiteral("bench"), QString(), QString()});

    Driver driver(&client, paths, inFlight, pollMs);
    driver.run();
    while (!driver.finished())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);

    const double seconds = double(driver.elapsedMs()) / 1000.0;
    std::printf("engine throughput: %d two-page documents (upload + v2 create + poll every %d ms, %d in flight, "
                "2 workers) in %.2f s = %.1f documents/s; %d failed; %d polls\n",
                documents, pollMs, inFlight, seconds, double(documents) / seconds, driver.failures(),
                driver.polls());

    QMetaObject::invokeMethod(&anchor, [&] { delete engine; }, Qt::BlockingQueuedConnection);
    engineThread.quit();
    engineThread.wait();
    return driver.failures() == 0 ? 0 : 1;
}
