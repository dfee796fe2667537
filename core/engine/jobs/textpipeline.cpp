// SPDX-FileCopyrightText: 2026 The Docket authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/jobs/textpipeline.h"

#include "engine/classify/lexicalclassifier.h"
#include "engine/text/extractor.h"

#include "api/jsonreader.h"

namespace docket::engine {

TaskOutcome classifyWithTextPipeline(const Task &task, const StoredFile &file,
                                     const std::function<bool()> &stopRequested)
{
    ExtractRequest request;
    request.path = file.path;
    request.fileName = file.name;
    request.lang = task.lang;
    request.multimodal = task.multimodal;
    request.pages.maxPages = task.maxPages;
    request.pages.pages = task.pages;
    // Cancel and shutdown stop a long document between pages instead of after the last one.
    request.isCancelled = stopRequested;
    const ExtractResult extracted = Extractor::extract(request);
    if (!extracted.document)
        return {std::nullopt, extracted.error};
    if (stopRequested())
        return {std::nullopt, QStringLiteral("stopped")};
    api::JsonReader reader(task.configuration);
    const QList<api::Rule> rules = reader.list<api::Rule>(QLatin1String("rules"));
    if (!reader.ok() || rules.isEmpty())
        return {std::nullopt, QStringLiteral("The job has no usable rules: ") + reader.error().message()};
    return {LexicalClassifier::classify(*extracted.document, rules, task.lang), QString()};
}

} // namespace docket::engine
