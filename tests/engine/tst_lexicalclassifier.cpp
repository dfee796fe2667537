// SPDX-FileCopyrightText: 2026 The Docket authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The lexical classifier: right type on clear documents, null when nothing convinces, calibrated
// confidence, reasoning that quotes terms with their pages, stemming per language, determinism.

#include "engine/classify/lexicalclassifier.h"

#include <QTest>
#include <QtConcurrent/QtConcurrentMap>

using namespace docket::engine;
using docket::api::ClassificationResult;
using docket::api::Rule;

namespace {

ExtractedDocument documentOf(const QStringList &pages)
{
    ExtractedDocument document;
    document.format = QStringLiteral("text");
    for (int i = 0; i < pages.size(); ++i)
        document.pages << ExtractedPage{i + 1, pages.at(i)};
    document.totalPages = int(pages.size());
    return document;
}

QList<Rule> businessRules()
{
    return {
        {QStringLiteral("invoice"),
         QStringLiteral("Bills from suppliers asking us to pay: invoice number, due date, amount due, VAT, payment "
                        "terms and bank details for remittance.")},
        {QStringLiteral("receipt"),
         QStringLiteral("Proof that a purchase was already paid: till slips, card payment receipts, total paid, "
                        "change given, cashier.")},
        {QStringLiteral("resume"),
         QStringLiteral("CVs and resumes of job applicants: work experience, education, skills, languages and "
                        "references.")},
    };
}

const QString InvoiceText = QStringLiteral(
    "ACME Tools Ltd\nINVOICE 2026-17\nInvoice date 3 March 2026, due date 2 April 2026\n"
    "Drill bits 4 x 12.00\nVAT 20 %\nAmount due: 57.60 EUR\nPayment terms: 30 days. Bank details below.");

const QString PoemText = QStringLiteral(
    "The ladders lean on weary trees,\nthe last red apples hold the light;\na blackbird argues with the breeze\n"
    "and loses, softly, to the night.");

} // namespace

class LexicalClassifierTest : public QObject
{
    Q_OBJECT

private slots:
    void picksTheRuleWithTheStrongestEvidence()
    {
        const ClassificationResult result =
            LexicalClassifier::classify(documentOf({InvoiceText}), businessRules(), QStringLiteral("en"));
        QCOMPARE(result.type, std::optional<QString>(QStringLiteral("invoice")));
        QVERIFY2(result.confidence >= LexicalClassifier::MinimumConfidence, qPrintable(result.reasoning));
        QVERIFY2(result.reasoning.startsWith(QStringLiteral("Matched \"invoice\"")), qPrintable(result.reasoning));
    }

    void givesTheSameAnswerEveryTime()
    {
        const ExtractedDocument document = documentOf({InvoiceText, PoemText});
        const ClassificationResult first = LexicalClassifier::classify(document, businessRules(), QStringLiteral("en"));
        for (int i = 0; i < 5; ++i)
            QCOMPARE(LexicalClassifier::classify(document, businessRules(), QStringLiteral("en")), first);
        // ... and on several threads at once, each with its own stemmer.
        const QList<int> runs{1, 2, 3, 4, 5, 6, 7, 8};
        const QList<ClassificationResult> parallel = QtConcurrent::blockingMapped(runs, [&](int) {
            return LexicalClassifier::classify(document, businessRules(), QStringLiteral("en"));
        });
        for (const ClassificationResult &r : parallel)
            QCOMPARE(r, first);
    }

    void answersNullWhenNoRuleIsConvincing()
    {
        const ClassificationResult result =
            LexicalClassifier::classify(documentOf({PoemText}), businessRules(), QStringLiteral("en"));
        QCOMPARE(result.type, std::nullopt);
        QVERIFY(result.confidence < LexicalClassifier::MinimumConfidence);
        QVERIFY2(result.reasoning.startsWith(QStringLiteral("No rule matched")), qPrintable(result.reasoning));
    }

    void answersNullWhenTwoRulesAreTooClose()
    {
        const QString description = QStringLiteral("Shipping notices with tracking number, carrier and parcels.");
        const QList<Rule> twins{{QStringLiteral("shipping_notice"), description},
                                {QStringLiteral("dispatch_note"), description}};
        const ClassificationResult result = LexicalClassifier::classify(
            documentOf({QStringLiteral("Your parcels are on their way. Carrier: DHL, tracking number 4471.")}), twins,
            QStringLiteral("en"));
        QCOMPARE(result.type, std::nullopt);
        QVERIFY2(result.reasoning.contains(QStringLiteral("too close to tell apart")), qPrintable(result.reasoning));
    }

    void keepsConfidenceBetweenZeroAndOne_data()
    {
        QTest::addColumn<QStringList>("pages");
        QTest::newRow("invoice") << QStringList{InvoiceText};
        QTest::newRow("invoice repeated") << QStringList{InvoiceText.repeated(40)};
        QTest::newRow("poem") << QStringList{PoemText};
        QTest::newRow("empty") << QStringList{QString()};
        QTest::newRow("only numbers") << QStringList{QStringLiteral("12 34 56,78")};
        QTest::newRow("mixed") << QStringList{InvoiceText, QStringLiteral("Work experience, education, skills.")};
    }
    void keepsConfidenceBetweenZeroAndOne()
    {
        QFETCH(QStringList, pages);
        const ClassificationResult result =
            LexicalClassifier::classify(documentOf(pages), businessRules(), QStringLiteral("en"));
        QVERIFY(result.confidence >= 0.0);
        QVERIFY(result.confidence <= 1.0);
        QVERIFY(!result.reasoning.isEmpty());
    }

    void reasoningQuotesTermsAndTheirPages()
    {
        const ExtractedDocument document = documentOf(
            {QStringLiteral("Invoice for October"), QStringLiteral("Amount due: 120 EUR"),
             QStringLiteral("This invoice is payable within 30 days.")});
        const ClassificationResult result = LexicalClassifier::classify(document, businessRules(), QStringLiteral("en"));
        QCOMPARE(result.type, std::optional<QString>(QStringLiteral("invoice")));
        QVERIFY2(result.reasoning.contains(QStringLiteral("\"invoice\" (pages 1, 3)")), qPrintable(result.reasoning));
        QVERIFY2(result.reasoning.contains(QStringLiteral("\"amount due\" (page 2)")), qPrintable(result.reasoning));
    }

    void reasoningUsesTheDocumentsOwnPageNumbers()
    {
        ExtractedDocument document;
        document.pages << ExtractedPage{4, QStringLiteral("Invoice number 77, amount due 10 EUR, VAT included.")};
        document.totalPages = 9;
        const ClassificationResult result = LexicalClassifier::classify(document, businessRules(), QStringLiteral("en"));
        QVERIFY2(result.reasoning.contains(QStringLiteral("(page 4)")), qPrintable(result.reasoning));
        QVERIFY(!result.reasoning.contains(QStringLiteral("(page 1)")));
    }

    void stemmingMatchesInflectedWordsInEnglish()
    {
        const QList<Rule> rules{{QStringLiteral("invoice"), QStringLiteral("Supplier bills to be paid by us.")},
                                {QStringLiteral("contract"), QStringLiteral("Agreements signed with partners.")}};
        const ExtractedDocument document =
            documentOf({QStringLiteral("Two invoices were invoiced to the supplier last week.")});
        QList<RuleScore> english;
        const ClassificationResult result = LexicalClassifier::classify(document, rules, QStringLiteral("en"), &english);
        QCOMPARE(result.type, std::optional<QString>(QStringLiteral("invoice")));
        QVERIFY2(result.reasoning.contains(QStringLiteral("\"invoices\" (page 1)")), qPrintable(result.reasoning));
        // Without a stemmer (a language Snowball does not know) the inflected forms do not match.
        QList<RuleScore> unstemmed;
        LexicalClassifier::classify(document, rules, QStringLiteral("ja"), &unstemmed);
        QVERIFY2(english.at(0).score > unstemmed.at(0).score,
                 qPrintable(QStringLiteral("%1 vs %2").arg(english.at(0).score).arg(unstemmed.at(0).score)));
        QVERIFY(!unstemmed.at(0).evidence.join(u' ').contains(QStringLiteral("invoices")));
    }

    void acronymPluralsMatchTheAcronym()
    {
        const QList<Rule> rules{{QStringLiteral("applicant"), QStringLiteral("CVs sent by applicants for open jobs.")},
                                {QStringLiteral("invoice"), QStringLiteral("Supplier bills to be paid by us.")}};
        QList<RuleScore> scores;
        LexicalClassifier::classify(documentOf({QStringLiteral("CV of Jane Doe")}), rules, QStringLiteral("en"), &scores);
        QVERIFY2(scores.at(0).evidence.join(u' ').contains(QStringLiteral("\"cv\"")),
                 qPrintable(scores.at(0).evidence.join(u' ')));
    }

    void classifiesAGermanDocumentWithGermanRules()
    {
        const QList<Rule> rules{
            {QStringLiteral("Rechnung"),
             QStringLiteral("Rechnungen von Lieferanten: Rechnungsnummer, Rechnungsdatum, Fälligkeit, Betrag, "
                            "Umsatzsteuer und Zahlungsziel.")},
            {QStringLiteral("Arbeitsvertrag"),
             QStringLiteral("Arbeitsverträge zwischen Arbeitgeber und Arbeitnehmer: Gehalt, Arbeitszeit, Urlaub, "
                            "Probezeit und Kündigungsfrist.")},
        };
        const ExtractedDocument invoice = documentOf({QStringLiteral(
            "Müller Haustechnik GmbH\nRECHNUNG Nr. 2026-311\nRechnungsdatum: 12.10.2026\n"
            "Wartung der Heizungsanlage 180,00 EUR\nUmsatzsteuer 19 % 34,20 EUR\nGesamtbetrag 214,20 EUR\n"
            "Zahlbar innerhalb von 14 Tagen ohne Abzug.")});
        const ClassificationResult result = LexicalClassifier::classify(invoice, rules, QStringLiteral("de"));
        QCOMPARE(result.type, std::optional<QString>(QStringLiteral("Rechnung")));
        QVERIFY2(result.reasoning.contains(QStringLiteral("\"rechnung\" (page 1)")), qPrintable(result.reasoning));

        const ExtractedDocument contract = documentOf({QStringLiteral(
            "Arbeitsvertrag\nZwischen der Firma Blum KG (Arbeitgeber) und Frau Petra Lang (Arbeitnehmerin).\n"
            "Die Probezeit beträgt sechs Monate. Das monatliche Gehalt beträgt 3.900 EUR brutto.\n"
            "Der Urlaubsanspruch beträgt 30 Arbeitstage. Die Kündigungsfrist richtet sich nach dem Gesetz.")});
        const ClassificationResult second = LexicalClassifier::classify(contract, rules, QStringLiteral("de"));
        QCOMPARE(second.type, std::optional<QString>(QStringLiteral("Arbeitsvertrag")));
    }

    void negatedClausesArgueAgainstTheRule()
    {
        const QString base = QStringLiteral("Orders placed with a supplier: order number, quantities, delivery date.");
        const QList<Rule> plain{{QStringLiteral("purchase_order"), base}};
        const QList<Rule> negated{{QStringLiteral("purchase_order"), base + QStringLiteral(" Not a bill or receipt.")}};
        const ExtractedDocument document = documentOf(
            {QStringLiteral("Order number 5, delivery date Friday. Bill and receipt attached.")});
        QList<RuleScore> withoutNegation;
        QList<RuleScore> withNegation;
        LexicalClassifier::classify(document, plain, QStringLiteral("en"), &withoutNegation);
        const ClassificationResult result = LexicalClassifier::classify(document, negated, QStringLiteral("en"),
                                                                        &withNegation);
        QVERIFY2(withNegation.at(0).score < withoutNegation.at(0).score,
                 qPrintable(QStringLiteral("%1 vs %2").arg(withNegation.at(0).score).arg(withoutNegation.at(0).score)));
        if (result.type)
            QVERIFY2(result.reasoning.contains(QStringLiteral("Against it: \"bill\"")), qPrintable(result.reasoning));
    }

    void survivesEmptyRulesAndDocuments()
    {
        const ExtractedDocument invoice = documentOf({InvoiceText});
        const ClassificationResult noRules = LexicalClassifier::classify(invoice, {}, QStringLiteral("en"));
        QCOMPARE(noRules.type, std::nullopt);
        QVERIFY(noRules.reasoning.contains(QStringLiteral("no usable words")));

        const QList<Rule> emptyText{{QString(), QString()}, {QStringLiteral("the"), QStringLiteral("and of the or")}};
        const ClassificationResult emptyRules = LexicalClassifier::classify(invoice, emptyText, QStringLiteral("en"));
        QCOMPARE(emptyRules.type, std::nullopt);
        QCOMPARE(emptyRules.confidence, 0.0);

        const ClassificationResult noText =
            LexicalClassifier::classify(documentOf({QString(), QStringLiteral("  ")}), businessRules(), QString());
        QCOMPARE(noText.type, std::nullopt);
        QVERIFY(noText.reasoning.contains(QStringLiteral("no readable text")));

        const ClassificationResult noPages = LexicalClassifier::classify(ExtractedDocument{}, businessRules(),
                                                                         QStringLiteral("en"));
        QCOMPARE(noPages.type, std::nullopt);
    }

    void reportsEveryRulesScoreInRuleOrder()
    {
        const QList<Rule> rules{{QStringLiteral("alpha"), QStringLiteral("Gizmo widget reports.")},
                                {QStringLiteral("beta"), QStringLiteral("Gizmo widget reports.")}};
        QList<RuleScore> scores;
        LexicalClassifier::classify(documentOf({QStringLiteral("gizmo widget")}), rules, QStringLiteral("en"), &scores);
        QCOMPARE(scores.size(), 2);
        QCOMPARE(scores.at(0).type, QStringLiteral("alpha"));
        QCOMPARE(scores.at(0).score, scores.at(1).score);
    }
};

QTEST_GUILESS_MAIN(LexicalClassifierTest)
#include "tst_lexicalclassifier.moc"
