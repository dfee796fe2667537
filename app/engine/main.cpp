// SPDX-FileCopyrightText: 2026 The Docket authors
// SPDX-License-Identifier: GPL-3.0-or-later

// docket-engine: serves LlamaCloud's classify API on this machine. The command line, logging and
// signal handling live here; the work is in docket_engine (core/engine).

#include "engine/engine.h"
#include "engine/enginelogging.h"
#include "engine/jobs/textpipeline.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QSocketNotifier>
#include <QStandardPaths>
#include <QThread>

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <memory>
#include <utility>
#include <sys/socket.h>
#include <unistd.h>

using namespace docket::engine;

namespace {

int g_signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    // Only async-signal-safe work here: the event loop reads the pipe.
    [[maybe_unused]] const auto written = ::write(g_signalPipe[0], &byte, 1);
}

bool installSignalHandlers()
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalPipe) != 0)
        return false;
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    return ::sigaction(SIGTERM, &action, nullptr) == 0 && ::sigaction(SIGINT, &action, nullptr) == 0;
}

QByteArray randomToken()
{
    QByteArray bytes(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()), bytes.size() / 4);
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

bool applyLogLevel(const QString &level)
{
    static const QStringList levels{QStringLiteral("debug"), QStringLiteral("info"), QStringLiteral("warning"),
                                    QStringLiteral("error")};
    const qsizetype index = levels.indexOf(level.toLower());
    if (index < 0)
        return false;
    QStringList rules;
    const char *names[] = {"debug", "info", "warning"};
    for (qsizetype i = 0; i < 3; ++i)
        rules << QStringLiteral("docket.*.%1=%2").arg(QLatin1String(names[i]), i >= index ? QStringLiteral("true") : QStringLiteral("false"));
    QLoggingCategory::setFilterRules(rules.join(u'\n'));
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("docket"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DOCKET_VERSION));
    qSetMessagePattern(QStringLiteral("%{time yyyy-MM-ddThh:mm:ss.zzz} %{type} %{category}: %{message}"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Serves LlamaCloud's classify API (v1 classifier jobs, v2 classify, beta files, beta batch processing, "
        "projects, organizations and classify_v2 configurations) on this machine, so that Docket or an official "
        "LlamaCloud SDK can classify documents offline. Prints one line 'docket-engine listening on <url>' on "
        "standard output when it is ready; SIGTERM or SIGINT (or, with --exit-on-stdin-eof, the end of standard "
        "input) stop it, and unfinished jobs run again at the next "
        "start."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption hostOption(QStringLiteral("host"),
                                        QStringLiteral("Address to listen on (default 127.0.0.1; anything else "
                                                       "exposes the engine to the network)."),
                                        QStringLiteral("address"), QStringLiteral("127.0.0.1"));
    const QCommandLineOption portOption(QStringLiteral("port"),
                                        QStringLiteral("TCP port (default 0: any free port, printed on the ready "
                                                       "line)."),
                                        QStringLiteral("port"), QStringLiteral("0"));
    const QCommandLineOption tokenOption(
        QStringLiteral("token"),
        QStringLiteral("Bearer token clients must send. Prefer the environment variable DOCKET_ENGINE_TOKEN (a "
                       "command line shows in ps). Without either, a random token is generated and printed once "
                       "on standard error."),
        QStringLiteral("token"));
    const QCommandLineOption dataOption(QStringLiteral("data-dir"),
                                        QStringLiteral("Where the database and uploaded files live (default: %1).")
                                            .arg(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                                                 + QStringLiteral("/engine")),
                                        QStringLiteral("dir"));
    const QCommandLineOption logOption(QStringLiteral("log-level"),
                                       QStringLiteral("debug, info, warning or error (default info). Requests are "
                                                      "logged without headers, bodies or tokens."),
                                       QStringLiteral("level"), QStringLiteral("info"));
    const QCommandLineOption workersOption(QStringLiteral("workers"),
                                           QStringLiteral("Jobs classified in parallel (default: the number of "
                                                          "cores, at least 2)."),
                                           QStringLiteral("n"));
    const QCommandLineOption stdinEofOption(
        QStringLiteral("exit-on-stdin-eof"),
        QStringLiteral("Stop gracefully, as on SIGTERM, when standard input reaches end of file. A supervising "
                       "program keeps the pipe open, so the engine stops when that program dies."));
    parser.addOptions({hostOption, portOption, tokenOption, dataOption, logOption, workersOption, stdinEofOption});
    parser.process(app);

    auto fail = [](const QString &message) {
        std::fprintf(stderr, "docket-engine: %s\n", qPrintable(message));
        return 2;
    };
    if (!applyLogLevel(parser.value(logOption)))
        return fail(QStringLiteral("--log-level must be debug, info, warning or error"));

    EngineOptions options;
    if (!options.host.setAddress(parser.value(hostOption)))
        return fail(QStringLiteral("--host is not an IP address: %1").arg(parser.value(hostOption)));
    bool ok = false;
    const uint port = parser.value(portOption).toUInt(&ok);
    if (!ok || port > 65535)
        return fail(QStringLiteral("--port must be 0 to 65535"));
    options.port = quint16(port);
    options.workers = std::max(2, QThread::idealThreadCount());
    if (parser.isSet(workersOption)) {
        options.workers = parser.value(workersOption).toInt(&ok);
        if (!ok || options.workers < 1 || options.workers > 64)
            return fail(QStringLiteral("--workers must be 1 to 64"));
    }
    options.dataDir = parser.isSet(dataOption)
                          ? QDir(parser.value(dataOption)).absolutePath()
                          : QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/engine");
    if (parser.isSet(tokenOption))
        options.token = parser.value(tokenOption).toUtf8();
    else
        options.token = qgetenv("DOCKET_ENGINE_TOKEN");
    if (options.token.isEmpty()) {
        options.token = randomToken();
        // The one time the token is shown: whoever started the engine needs it to connect.
        std::fprintf(stderr, "docket-engine: generated API token: %s\n", options.token.constData());
    }
    options.processor = classifyWithTextPipeline;

    Engine engine(options);
    if (!engine.start())
        return fail(engine.errorString());

    if (!installSignalHandlers())
        return fail(QStringLiteral("cannot install the SIGTERM/SIGINT handlers"));
    bool stopping = false;
    auto shutdown = [&](const char *why) {
        if (std::exchange(stopping, true))
            return;
        qCInfo(lcEngine, "stopping (%s): unfinished jobs will run again at the next start", why);
        engine.stop();
        QCoreApplication::quit();
    };
    QSocketNotifier notifier(g_signalPipe[1], QSocketNotifier::Read);
    QObject::connect(&notifier, &QSocketNotifier::activated, &app, [&] {
        char byte = 0;
        [[maybe_unused]] const auto got = ::read(g_signalPipe[1], &byte, 1);
        shutdown("signal");
    });
    // Our supervisor holds the other end of stdin; EOF means it is gone (even if it was SIGKILLed).
    std::unique_ptr<QSocketNotifier> stdinNotifier;
    if (parser.isSet(stdinEofOption)) {
        stdinNotifier = std::make_unique<QSocketNotifier>(STDIN_FILENO, QSocketNotifier::Read);
        QObject::connect(stdinNotifier.get(), &QSocketNotifier::activated, &app, [&] {
            char buffer[256];
            const auto got = ::read(STDIN_FILENO, buffer, sizeof buffer);
            if (got > 0 || (got < 0 && (errno == EINTR || errno == EAGAIN)))
                return; // nobody is meant to write here; whatever comes is ignored
            stdinNotifier->setEnabled(false);
            shutdown(got == 0 ? "end of standard input" : "standard input failed");
        });
    }

    std::fprintf(stdout, "docket-engine listening on %s\n", qPrintable(engine.baseUrl().toString()));
    std::fflush(stdout);
    return app.exec();
}
