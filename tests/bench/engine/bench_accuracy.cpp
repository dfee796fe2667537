// SPDX-FileCopyrightText: 2026 The Docket authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Accuracy of the local engine's extraction + lexical classification over the evaluation set in
// tests/data/eval (documents/, labels.json, rules.json; see generate.py there). Prints accuracy,
// no-match precision and recall, every misclassified file and the time per document.
// Usage: bench_accuracy [--verbose] [--scores] [--lang en] [--eval-dir DIR]

#include "engine/classify/lexicalclassifier.h"
#include "engine/text/extractor.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>
#include <map>

using namespace docket::engine;

namespace {

std::optional<QJsonDocument> readJson(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "cannot read %s: %s\n", qPrintable(path), qPrintable(file.errorString()));
        return std::nullopt;
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError) {
        std::fprintf(stderr, "%s: %s\n", qPrintable(path), qPrintable(error.errorString()));
        return std::nullopt;
    }
    return doc;
}

QString shown(const std::optional<QString> &type)
{
    return type ? *type : QStringLiteral("(none)");
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const bool verbose = args.contains(QStringLiteral("--verbose"));
    const bool table = args.contains(QStringLiteral("--scores")); // one line per document, for calibration
    QString lang = QStringLiteral("en");
    QString evalDir = QStringLiteral(DOCKET_TEST_DATA_DIR "/eval");
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args.at(i) == QStringLiteral("--lang"))
            lang = args.at(i + 1);
        else if (args.at(i) == QStringLiteral("--eval-dir"))
            evalDir = args.at(i + 1);
    }
    const auto rulesJson = readJson(evalDir + QStringLiteral("/rules.json"));
    const auto labelsJson = readJson(evalDir + QStringLiteral("/labels.json"));
    if (!rulesJson || !labelsJson)
        return 2;
    QList<docket::api::Rule> rules;
    for (const QJsonValue &v : rulesJson->array())
        rules << docket::api::Rule{v[QStringLiteral("type")].toString(), v[QStringLiteral("description")].toString()};
    const QJsonObject labels = labelsJson->object();

    int total = 0;
    int correct = 0;
    int typedTotal = 0;
    int typedCorrect = 0;
    int predictedNone = 0;
    int predictedNoneCorrect = 0;
    int actualNone = 0;
    int extractionFailures = 0;
    qint64 extractNs = 0;
    qint64 classifyNs = 0;
    qint64 slowestNs = 0;
    QString slowest;
    std::map<QString, std::pair<int, int>> perType; // expected type -> (correct, total)
    QStringList confusion;
    double confidenceCorrect = 0;
    double confidenceWrong = 0;

    for (auto it = labels.begin(); it != labels.end(); ++it) { // keys come sorted
        const QString name = it.key();
        const std::optional<QString> expected =
            it.value().isNull() ? std::nullopt : std::optional<QString>(it.value().toString());
        ExtractRequest request;
        request.path = evalDir + QStringLiteral("/documents/") + name;
        request.fileName = QFileInfo(name).fileName();
        request.lang = lang;
        QElapsedTimer timer;
        timer.start();
        const ExtractResult extracted = Extractor::extract(request);
        const qint64 e = timer.nsecsElapsed();
        extractNs += e;
        docket::api::ClassificationResult result;
        qint64 c = 0;
        if (extracted.document) {
            timer.restart();
            QList<RuleScore> scores;
            result = LexicalClassifier::classify(*extracted.document, rules, lang, &scores);
            c = timer.nsecsElapsed();
            if (table) {
                std::sort(scores.begin(), scores.end(),
                          [](const RuleScore &a, const RuleScore &b) { return a.score > b.score; });
                std::printf("%-46s %-20s %-20s top %-20s %5.2f  second %5.2f  conf %.3f\n", qPrintable(it.key()),
                            qPrintable(it.value().isNull() ? QStringLiteral("(none)") : it.value().toString()),
                            qPrintable(result.type.value_or(QStringLiteral("(none)"))),
                            qPrintable(scores.value(0).type), scores.value(0).score, scores.value(1).score,
                            result.confidence);
            }
            classifyNs += c;
        } else {
            ++extractionFailures;
            result.reasoning = QStringLiteral("extraction failed: ") + extracted.error;
        }
        if (e + c > slowestNs) {
            slowestNs = e + c;
            slowest = name;
        }
        ++total;
        const bool ok = result.type == expected;
        correct += ok;
        (ok ? confidenceCorrect : confidenceWrong) += result.confidence;
        const QString key = shown(expected);
        perType[key].second += 1;
        perType[key].first += ok;
        if (expected) {
            ++typedTotal;
            typedCorrect += ok;
        } else {
            ++actualNone;
        }
        if (!result.type) {
            ++predictedNone;
            predictedNoneCorrect += !expected;
        }
        if (!ok) {
            confusion << QStringLiteral("  %1: expected %2, got %3 (confidence %4)\n      %5")
                             .arg(name, shown(expected), shown(result.type))
                             .arg(result.confidence, 0, 'f', 3)
                             .arg(result.reasoning);
        }
        if (verbose) {
            std::printf("%-48s %-20s %-20s %.3f  %6.1f ms\n    %s\n", qPrintable(name), qPrintable(shown(expected)),
                        qPrintable(shown(result.type)), result.confidence, double(e + c) / 1e6,
                        qPrintable(result.reasoning));
        }
    }
    if (total == 0) {
        std::fprintf(stderr, "no documents in %s/labels.json\n", qPrintable(evalDir));
        return 2;
    }
    auto percent = [](int part, int whole) { return whole ? 100.0 * part / whole : 0.0; };
    std::printf("\nEvaluation set: %d documents, %zu rules, language %s\n", total, size_t(rules.size()),
                qPrintable(lang));
    std::printf("Accuracy (all documents):        %5.1f %%  (%d/%d)\n", percent(correct, total), correct, total);
    std::printf("Accuracy (documents with a type): %5.1f %%  (%d/%d)\n", percent(typedCorrect, typedTotal),
                typedCorrect, typedTotal);
    std::printf("No-match precision:              %5.1f %%  (%d of %d null answers were right)\n",
                percent(predictedNoneCorrect, predictedNone), predictedNoneCorrect, predictedNone);
    std::printf("No-match recall:                 %5.1f %%  (%d of %d documents without a rule got null)\n",
                percent(predictedNoneCorrect, actualNone), predictedNoneCorrect, actualNone);
    std::printf("Mean confidence: %.3f when right, %.3f when wrong\n", correct ? confidenceCorrect / correct : 0.0,
                total - correct ? confidenceWrong / (total - correct) : 0.0);
    std::printf("Extraction failures: %d\n", extractionFailures);
    std::printf("Per expected type:\n");
    for (const auto &[type, counts] : perType)
        std::printf("  %-22s %d/%d\n", qPrintable(type), counts.first, counts.second);
    std::printf("Time per document: extraction %.2f ms, classification %.2f ms (mean); slowest %s %.1f ms\n",
                double(extractNs) / total / 1e6, double(classifyNs) / total / 1e6, qPrintable(slowest),
                double(slowestNs) / 1e6);
    std::printf("Misclassified (%lld):\n%s\n", qlonglong(confusion.size()),
                confusion.isEmpty() ? "  none" : qPrintable(confusion.join(u'\n')));
    return 0;
}
