// SPDX-FileCopyrightText: 2026 The Docket authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/classify/lexicalclassifier.h"

#include "engine/classify/textanalyzer.h"

#include <QRegularExpression>

#include <cmath>
#include <map>
#include <set>

namespace docket::engine {

namespace {

// Evidence weights. The type name is what the operator chose to call the class, so its words and
// its phrase count most; a phrase of the description is stronger evidence than either word.
constexpr double NameWordWeight = 3.0;
constexpr double NamePhraseWeight = 4.0;
constexpr double DescriptionWordWeight = 1.0;
constexpr double DescriptionPhraseWeight = 2.0;
constexpr double NegatedWordWeight = -0.75; // "not an invoice": the word argues against the rule
// BM25-style saturation: the fifth "invoice" adds little; long documents need more hits.
constexpr double K1 = 1.2;
constexpr double B = 0.5;
constexpr double ReferenceLength = 300; // content words of a typical one-to-three-page business document
// A rule word found inside a compound ("Rechnungsbetrag" for "Rechnung") counts for less.
constexpr double CompoundFactor = 0.7;
constexpr int MinimumCompoundPart = 4;
// The first words of a document are its heading and count double.
constexpr int HeadingWords = 12;
constexpr double HeadingFactor = 2.0;
// The score at which the absolute evidence is worth 1 - 1/e of full confidence.
constexpr double StrengthScale = 2.0;
constexpr int QuotedEvidence = 6;

const QChar PhraseSeparator = u' ';

using Weights = std::map<QString, double>; // key (stem or "stem stem") -> weight; ordered for determinism

struct RuleModel
{
    QString type;
    Weights weights;
};

// Where a key occurs in the document and how it was written there.
struct Occurrences
{
    double count = 0;
    std::set<int> pages;
    QString surface;
};

struct DocumentModel
{
    std::map<QString, Occurrences> keys; // unigrams and bigrams
    double length = 0;                   // content words
};

QString splitTypeName(const QString &type)
{
    // "bank_statement", "bank-statement", "BankStatement" -> "bank statement"
    static const QRegularExpression camel(QStringLiteral("(\\p{Ll})(\\p{Lu})"));
    QString words = type;
    words.replace(camel, QStringLiteral("\\1 \\2"));
    words.replace(u'_', u' ').replace(u'-', u' ').replace(u'/', u' ');
    return words;
}

void raise(Weights &weights, const QString &key, double weight)
{
    auto [it, inserted] = weights.emplace(key, weight);
    if (!inserted)
        it->second = std::max(it->second, weight);
}

RuleModel buildRule(const api::Rule &rule, const TextAnalyzer &analyzer)
{
    RuleModel model;
    model.type = rule.type;
    Weights negated;

    QList<AnalyzedToken> name;
    analyzer.analyze(splitTypeName(rule.type), 0, &name);
    const AnalyzedToken *previous = nullptr;
    for (const AnalyzedToken &t : std::as_const(name)) {
        if (t.stop)
            continue;
        raise(model.weights, t.stem, NameWordWeight);
        if (previous)
            raise(model.weights, previous->stem + PhraseSeparator + t.stem, NamePhraseWeight);
        previous = &t;
    }

    QList<AnalyzedToken> description;
    analyzer.analyze(rule.description, 0, &description);
    // A clause with a negation ("receipts do not belong here", "not a bill") argues against the
    // rule as a whole: its words become counter-evidence, and it makes no phrases.
    std::set<int> negatedClauses;
    for (const AnalyzedToken &t : std::as_const(description)) {
        if (analyzer.isNegation(t.surface))
            negatedClauses.insert(t.clause);
    }
    previous = nullptr;
    for (const AnalyzedToken &t : std::as_const(description)) {
        if (previous && (previous->clause != t.clause || analyzer.breaksPhrase(t.surface)))
            previous = nullptr;
        if (t.stop)
            continue;
        if (negatedClauses.count(t.clause)) {
            raise(negated, t.stem, NegatedWordWeight);
            continue;
        }
        raise(model.weights, t.stem, DescriptionWordWeight);
        if (previous && previous->stem != t.stem)
            raise(model.weights, previous->stem + PhraseSeparator + t.stem, DescriptionPhraseWeight);
        previous = &t;
    }
    for (const auto &[key, weight] : negated) {
        if (!model.weights.count(key))
            model.weights.emplace(key, weight);
    }
    return model;
}

DocumentModel buildDocument(const ExtractedDocument &document, const TextAnalyzer &analyzer,
                            const std::set<QString> &ruleWords)
{
    DocumentModel model;
    QList<AnalyzedToken> tokens;
    for (const ExtractedPage &page : document.pages)
        analyzer.analyze(page.text, page.number, &tokens);
    const AnalyzedToken *previous = nullptr;
    int position = 0;
    for (const AnalyzedToken &t : std::as_const(tokens)) {
        if (previous && (previous->clause != t.clause || analyzer.breaksPhrase(t.surface)))
            previous = nullptr; // phrases stay inside a clause, as in the rules
        if (t.stop)
            continue;
        model.length += 1;
        // Documents announce what they are at the top ("PURCHASE ORDER", "Curriculum Vitae").
        const double count = position++ < HeadingWords ? HeadingFactor : 1.0;
        Occurrences &word = model.keys[t.stem];
        word.count += count;
        word.pages.insert(t.page);
        if (word.surface.isEmpty())
            word.surface = t.surface;
        if (previous && previous->stem != t.stem) {
            Occurrences &phrase = model.keys[previous->stem + PhraseSeparator + t.stem];
            phrase.count += count;
            phrase.pages.insert(t.page);
            if (phrase.surface.isEmpty())
                phrase.surface = previous->surface + u' ' + t.surface;
        }
        previous = &t;
    }
    if (analyzer.compounds()) {
        // Rule words hidden in the document's compounds, as a weaker count of their own.
        std::map<QString, Occurrences> found;
        for (const AnalyzedToken &t : std::as_const(tokens)) {
            if (t.stop)
                continue;
            for (const QString &word : ruleWords) {
                if (word.size() < MinimumCompoundPart || t.stem == word || t.surface.size() <= word.size())
                    continue;
                if (t.surface.startsWith(word) || t.surface.endsWith(word)) {
                    Occurrences &o = found[word];
                    o.count += CompoundFactor;
                    o.pages.insert(t.page);
                    if (o.surface.isEmpty())
                        o.surface = t.surface;
                }
            }
        }
        for (auto &[word, o] : found) {
            Occurrences &target = model.keys[word];
            if (target.surface.isEmpty())
                target.surface = o.surface;
            target.count += o.count;
            target.pages.insert(o.pages.begin(), o.pages.end());
        }
    }
    return model;
}

QString pagesText(const std::set<int> &pages)
{
    QStringList numbers;
    for (const int p : pages) {
        if (numbers.size() == 6) {
            numbers << LexicalClassifier::tr("%n more", nullptr, int(pages.size()) - 6);
            break;
        }
        numbers << QString::number(p);
    }
    return pages.size() == 1 ? LexicalClassifier::tr("page %1").arg(numbers.first())
                             : LexicalClassifier::tr("pages %1").arg(numbers.join(QStringLiteral(", ")));
}

struct Contribution
{
    QString key;
    double value = 0;
};

struct Scored
{
    RuleScore score;
    QList<Contribution> contributions; // strongest first
    QStringList against;
};

// Without a type, the confidence is that of the best candidate, kept below any given type's.
double noMatchConfidence(double confidence)
{
    return std::floor(std::min(confidence, LexicalClassifier::MinimumConfidence - 0.001) * 1000) / 1000;
}

QString evidenceList(const QStringList &quotes)
{
    return quotes.join(QStringLiteral(", "));
}

} // namespace

api::ClassificationResult LexicalClassifier::classify(const ExtractedDocument &document,
                                                      const QList<api::Rule> &rules, const QString &lang)
{
    return classify(document, rules, lang, nullptr);
}

api::ClassificationResult LexicalClassifier::classify(const ExtractedDocument &document,
                                                      const QList<api::Rule> &rules, const QString &lang,
                                                      QList<RuleScore> *scores)
{
    api::ClassificationResult result;
    result.confidence = 0;
    const TextAnalyzer analyzer(lang);

    QList<RuleModel> models;
    std::set<QString> ruleWords;
    for (const api::Rule &rule : rules) {
        models << buildRule(rule, analyzer);
        for (const auto &[key, weight] : models.last().weights) {
            if (weight > 0 && !key.contains(PhraseSeparator))
                ruleWords.insert(key);
        }
    }
    const DocumentModel doc = buildDocument(document, analyzer, ruleWords);

    // Words that many rules share tell the rules apart poorly (an IDF over the rule set).
    std::map<QString, int> ruleFrequency;
    for (const RuleModel &model : std::as_const(models)) {
        for (const auto &[key, weight] : model.weights) {
            if (weight > 0)
                ++ruleFrequency[key];
        }
    }
    const double ruleCount = double(models.size());
    auto idf = [&](const QString &key) {
        if (models.size() < 2)
            return 1.0;
        const auto it = ruleFrequency.find(key);
        const double rf = it == ruleFrequency.end() ? 1.0 : double(it->second);
        return std::log((ruleCount + 1) / rf) / std::log(ruleCount + 1);
    };
    const double lengthNorm = K1 * (1 - B + B * doc.length / ReferenceLength);
    auto saturate = [&](double tf) { return tf * (K1 + 1) / (tf + lengthNorm); };

    QList<Scored> scored;
    for (const RuleModel &model : std::as_const(models)) {
        Scored s;
        s.score.type = model.type;
        double raw = 0;
        double mass = 0;
        for (const auto &[key, weight] : model.weights) {
            const double w = weight > 0 ? weight * idf(key) : weight;
            // Phrases are a bonus: writing a rule in phrases must not dilute its words.
            if (weight > 0 && !key.contains(PhraseSeparator))
                mass += w;
            const auto found = doc.keys.find(key);
            if (found == doc.keys.end())
                continue;
            const double value = w * saturate(found->second.count);
            raw += value;
            if (value > 0)
                s.contributions << Contribution{key, value};
            else
                s.against << QStringLiteral("\"%1\" (%2)").arg(found->second.surface, pagesText(found->second.pages));
        }
        s.score.score = mass > 0 ? std::max(0.0, raw / std::sqrt(mass)) : 0.0;
        std::stable_sort(s.contributions.begin(), s.contributions.end(),
                         [](const Contribution &a, const Contribution &b) { return a.value > b.value; });
        // A phrase already quoted covers its words; quote each piece of evidence once.
        std::set<QString> quotedWords;
        for (const Contribution &c : std::as_const(s.contributions)) {
            if (s.score.evidence.size() == QuotedEvidence)
                break;
            const QStringList parts = c.key.split(PhraseSeparator);
            if (parts.size() == 1 && quotedWords.count(c.key))
                continue;
            for (const QString &part : parts)
                quotedWords.insert(part);
            const Occurrences &o = doc.keys.at(c.key);
            s.score.evidence << QStringLiteral("\"%1\" (%2)").arg(o.surface, pagesText(o.pages));
        }
        scored << s;
    }
    if (scores) {
        scores->clear();
        for (const Scored &s : std::as_const(scored))
            *scores << s.score;
    }

    if (doc.length == 0) {
        result.reasoning = tr("No rule matched: the document has no readable text.");
        return result;
    }
    if (ruleWords.empty()) {
        result.reasoning = tr("No rule matched: the rules contain no usable words to look for.");
        return result;
    }
    // The best and the runner-up; ties go to the earlier rule, so the answer never depends on chance.
    int best = -1;
    int second = -1;
    for (int i = 0; i < scored.size(); ++i) {
        if (best < 0 || scored.at(i).score.score > scored.at(best).score.score) {
            second = best;
            best = i;
        } else if (second < 0 || scored.at(i).score.score > scored.at(second).score.score) {
            second = i;
        }
    }
    const Scored &winner = scored.at(best);
    const double top = winner.score.score;
    const double runnerUp = second >= 0 ? scored.at(second).score.score : 0.0;
    if (top <= 0) {
        result.reasoning = tr("No rule matched: none of the rules' words occur in the document.");
        return result;
    }
    const double strength = 1 - std::exp(-top / StrengthScale);
    const double margin = (top - runnerUp) / top;
    const double confidence = std::clamp(strength * (0.35 + 0.65 * margin), 0.0, 1.0);
    const QString evidence = evidenceList(winner.score.evidence);
    const QString runnerUpText = second >= 0 && runnerUp > 0
                                     ? tr("; next best \"%1\" scored %2").arg(scored.at(second).score.type).arg(runnerUp, 0, 'f', 2)
                                     : QString();
    const QString againstText = winner.against.isEmpty()
                                    ? QString()
                                    : tr(" Against it: %1.").arg(evidenceList(winner.against));

    if (top < MinimumScore) {
        result.reasoning = tr("No rule matched convincingly: the best candidate \"%1\" scored %2 (a match needs %3) "
                              "on %4%5.")
                               .arg(winner.score.type)
                               .arg(top, 0, 'f', 2)
                               .arg(MinimumScore, 0, 'f', 2)
                               .arg(evidence, runnerUpText);
        result.confidence = noMatchConfidence(confidence);
        return result;
    }
    if (confidence < MinimumConfidence) {
        result.reasoning = tr("No rule matched convincingly: \"%1\" (score %2) and \"%3\" (score %4) are too close "
                              "to tell apart. Evidence for \"%1\": %5.")
                               .arg(winner.score.type)
                               .arg(top, 0, 'f', 2)
                               .arg(scored.at(second).score.type)
                               .arg(runnerUp, 0, 'f', 2)
                               .arg(evidence);
        result.confidence = noMatchConfidence(confidence);
        return result;
    }
    result.type = winner.score.type;
    result.confidence = std::round(confidence * 1000) / 1000;
    result.reasoning = tr("Matched \"%1\" (score %2%3). Evidence: %4.%5")
                           .arg(winner.score.type)
                           .arg(top, 0, 'f', 2)
                           .arg(runnerUpText, evidence, againstText);
    return result;
}

} // namespace docket::engine
