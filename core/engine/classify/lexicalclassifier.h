// SPDX-FileCopyrightText: 2026 The Docket authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/types.h"
#include "engine/text/extractor.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace docket::engine {

// How well one rule matched, for the benchmark and for anyone who wants to see the ranking.
struct RuleScore
{
    QString type;
    double score = 0;      // length-normalised evidence; comparable across rules of one call
    QStringList evidence;  // quoted matches, strongest first: "amount due" (page 1)
};

// A transparent lexical scorer: every rule's type name and description become weighted evidence
// (name words and phrases count most; words shared by many rules count least), the document's
// words are stemmed for its language and counted with saturation and length normalisation, and
// the best rule wins only when its evidence is strong and clearly ahead of the runner-up.
// Deterministic and stateless; safe on any thread. Used by the engine's job workers.
class LexicalClassifier
{
    Q_DECLARE_TR_FUNCTIONS(LexicalClassifier)

public:
    // Returns api::ClassificationResult {type (nullopt = no convincing rule), confidence in [0,1],
    // reasoning quoting the evidence: terms and pages}.
    static docket::api::ClassificationResult classify(const ExtractedDocument &document,
                                                       const QList<docket::api::Rule> &rules, const QString &lang);
    // The same decision with every rule's score, in the rules' order.
    static docket::api::ClassificationResult classify(const ExtractedDocument &document,
                                                       const QList<docket::api::Rule> &rules, const QString &lang,
                                                       QList<RuleScore> *scores);

    // Below this score a rule is not convincing however far ahead it is.
    static constexpr double MinimumScore = 1.0;
    // Below this confidence no type is given.
    static constexpr double MinimumConfidence = 0.3;
};

} // namespace docket::engine
