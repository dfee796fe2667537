// SPDX-FileCopyrightText: 2026 The Docket authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QSet>
#include <QString>

struct sb_stemmer;

namespace docket::engine {

// One word of a text after analysis.
struct AnalyzedToken
{
    QString surface;  // case-folded as written ("invoices")
    QString stem;     // stemmed ("invoic"), or the surface when no stemmer exists for the language
    int page = 0;     // 1-based page the word is on
    int clause = 0;   // words in the same clause share the number (punctuation ends a clause)
    bool stop = false; // a stop word: kept for negation cues, never used as evidence
};

// Splits text into case-folded words (Unicode letters and digits), marks stop words and stems
// with Snowball (libstemmer) for the job's language. Owns one stemmer, which is not thread-safe:
// make one analyser per classification. Used by LexicalClassifier.
class TextAnalyzer
{
public:
    explicit TextAnalyzer(const QString &lang);
    ~TextAnalyzer();
    TextAnalyzer(const TextAnalyzer &) = delete;
    TextAnalyzer &operator=(const TextAnalyzer &) = delete;

    // Appends the tokens of `text` (on `page`) to `tokens`; clause numbers continue from the last.
    void analyze(const QString &text, int page, QList<AnalyzedToken> *tokens) const;
    QString stem(const QString &word) const;
    bool isStopWord(const QString &word) const { return m_stopWords.contains(word); }
    // Words that turn the rest of their clause into counter-evidence ("not", "kein", "sauf"...).
    bool isNegation(const QString &word) const { return m_negations.contains(word); }
    // Words that join two things rather than make one ("name and address"): no phrase spans them.
    bool breaksPhrase(const QString &word) const { return m_phraseBreakers.contains(word); }
    bool hasStemmer() const { return m_stemmer != nullptr; }
    // Languages that glue nouns together (German, Dutch, Nordic): a rule's word may sit inside one.
    bool compounds() const { return m_compounds; }

    // "de" -> "german"; empty when Snowball has no stemmer for the language.
    static QString snowballName(const QString &lang);

private:
    struct sb_stemmer *m_stemmer = nullptr;
    QSet<QString> m_stopWords;
    QSet<QString> m_negations;
    QSet<QString> m_phraseBreakers;
    bool m_compounds = false;
};

} // namespace docket::engine
