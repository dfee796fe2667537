// SPDX-FileCopyrightText: 2026 The Docket authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/classify/textanalyzer.h"

#include <QHash>

#include <libstemmer.h>

namespace docket::engine {

namespace {

// Small, high-frequency lists: enough to keep function words out of the evidence. The English
// list also carries the words people use to describe documents in rules ("document", "contains",
// "typically"), which say nothing about any one type.
const char *const EnglishStopWords =
    "a about above after again against all also am an and any are as at be because been before being below "
    "between both but by can could did do does doing down during each either etc few for from further had has "
    "have having he her here hers herself him himself his how i if in into is it its itself just may me might "
    "more most my myself nor of off on once only or other our ours ourselves out over own per same she should "
    "so some such than that the their theirs them themselves then there these they this those through to too "
    "under until up upon us very via was we were what when where which while who whom why will with within "
    "would you your yours yourself yourselves "
    "document documents file files page pages type types usually typically often generally normally mostly "
    "contain contains containing include includes including included e g eg ie example examples like such "
    "kind kinds sort various etc something anything thing things one ones usually mention mentions mentioned "
    "show shows showing shown list lists listing listed given provided provide provides related relating "
    "regarding concerning sent issued "
    // Form-field words that every business document has.
    "name names date dates number numbers no nr details information address addresses";
const char *const GermanStopWords =
    "aber alle allem allen aller alles als also am an ander andere anderem anderen anderer anderes auch auf aus "
    "bei bin bis bist da damit dann das dass dem den denn der des dessen die dies diese diesem diesen dieser "
    "dieses doch dort du durch ein eine einem einen einer eines er es etwa euer eure für hat hatte hier hin "
    "ich ihr ihre im in ist ja jede jedem jeden jeder jedes jener kann mit muss nach nur ob oder ohne sehr sein "
    "seine sich sie sind so über um und uns unser unter vom von vor war waren was weil welche wenn werden wie "
    "wir wird wo zu zum zur zwischen dokument dokumente datei enthält enthalten meist meistens typischerweise "
    "üblicherweise z b usw";
const char *const FrenchStopWords =
    "au aux avec ce ces dans de des du elle en et eux il ils je la le les leur lui ma mais me même mes moi mon "
    "nous on ou par pour qu que qui sa se ses son sur ta te tes toi ton tu un une vos votre vous est sont été "
    "être avoir a ont d l y document documents fichier contient généralement souvent";
const char *const SpanishStopWords =
    "a al algo como con de del desde donde el ella ellos en entre era es esa ese eso esta este esto estos fue "
    "ha hay la las le les lo los me mi mis muy nos o para pero por que se ser si sobre su sus también te tu un "
    "una uno unos y ya documento documentos archivo contiene generalmente";
const char *const ItalianStopWords =
    "a ad al alla alle anche che chi ci come con da dal dalla degli dei del della delle di e ed gli ha i il in "
    "la le lo ma mi ne nel nella non o per più quando se si sono su sua suo tra un una uno documento documenti "
    "contiene";
const char *const PortugueseStopWords =
    "a ao aos as com como da das de do dos e ela ele em entre era essa esse esta este eu foi há isso mais mas "
    "me na nas no nos o os ou para pela pelo por que se sem ser seu sua também um uma documento contém";
const char *const DutchStopWords =
    "aan al als bij dan dat de die dit door een en er had heb heeft het hij hoe in is je maar met na naar niet "
    "nog of om onder ook op over te tot uit van veel voor was wat we wel werd wordt zal ze zich zijn zo document "
    "bevat";

const char *const Negations =
    "not no never without except excluding nor neither non "
    "nicht kein keine keinen keiner ohne außer "
    "pas sans ni sauf "
    "sin excepto ni "
    "senza tranne "
    "sem exceto "
    "geen zonder behalve";

const char *const PhraseBreakers = "and or nor but versus vs und oder sowie et ou y o e ed en och og eller";

QSet<QString> wordSet(const char *words)
{
    QSet<QString> set;
    for (const QString &w : QString::fromUtf8(words).split(u' ', Qt::SkipEmptyParts))
        set.insert(w);
    return set;
}

QString primaryLanguage(const QString &lang)
{
    // "de-AT", "pt_BR", "ch_sim" -> "de", "pt", "ch_sim"
    QString code = lang.trimmed().toLower();
    if (code.size() > 2 && (code.at(2) == u'-' || code.at(2) == u'_') && code != QStringLiteral("ch_sim")
        && code != QStringLiteral("ch_tra"))
        code.truncate(2);
    return code;
}

} // namespace

QString TextAnalyzer::snowballName(const QString &lang)
{
    static const QHash<QString, QString> names = {
        {QStringLiteral("en"), QStringLiteral("english")},   {QStringLiteral("de"), QStringLiteral("german")},
        {QStringLiteral("fr"), QStringLiteral("french")},    {QStringLiteral("es"), QStringLiteral("spanish")},
        {QStringLiteral("it"), QStringLiteral("italian")},   {QStringLiteral("pt"), QStringLiteral("portuguese")},
        {QStringLiteral("nl"), QStringLiteral("dutch")},     {QStringLiteral("sv"), QStringLiteral("swedish")},
        {QStringLiteral("no"), QStringLiteral("norwegian")}, {QStringLiteral("nb"), QStringLiteral("norwegian")},
        {QStringLiteral("nn"), QStringLiteral("norwegian")}, {QStringLiteral("da"), QStringLiteral("danish")},
        {QStringLiteral("fi"), QStringLiteral("finnish")},   {QStringLiteral("ru"), QStringLiteral("russian")},
        {QStringLiteral("hu"), QStringLiteral("hungarian")}, {QStringLiteral("ro"), QStringLiteral("romanian")},
        {QStringLiteral("tr"), QStringLiteral("turkish")},   {QStringLiteral("el"), QStringLiteral("greek")},
        {QStringLiteral("ar"), QStringLiteral("arabic")},    {QStringLiteral("ca"), QStringLiteral("catalan")},
        {QStringLiteral("eu"), QStringLiteral("basque")},    {QStringLiteral("lt"), QStringLiteral("lithuanian")},
        {QStringLiteral("id"), QStringLiteral("indonesian")}, {QStringLiteral("ga"), QStringLiteral("irish")},
        {QStringLiteral("hi"), QStringLiteral("hindi")},     {QStringLiteral("sr"), QStringLiteral("serbian")},
        {QStringLiteral("ta"), QStringLiteral("tamil")},     {QStringLiteral("hy"), QStringLiteral("armenian")},
        {QStringLiteral("ne"), QStringLiteral("nepali")},
    };
    return names.value(primaryLanguage(lang));
}

TextAnalyzer::TextAnalyzer(const QString &lang)
{
    const QString code = primaryLanguage(lang);
    const QString snowball = snowballName(code);
    if (!snowball.isEmpty())
        m_stemmer = sb_stemmer_new(snowball.toLatin1().constData(), "UTF_8"); // null if this build lacks it
    // English stays on: rules and documents in other languages still carry English boilerplate.
    m_stopWords = wordSet(EnglishStopWords);
    static const QHash<QString, const char *> lists = {
        {QStringLiteral("de"), GermanStopWords},     {QStringLiteral("fr"), FrenchStopWords},
        {QStringLiteral("es"), SpanishStopWords},    {QStringLiteral("it"), ItalianStopWords},
        {QStringLiteral("pt"), PortugueseStopWords}, {QStringLiteral("nl"), DutchStopWords},
    };
    if (const auto it = lists.constFind(code); it != lists.constEnd())
        m_stopWords.unite(wordSet(*it));
    m_negations = wordSet(Negations);
    m_phraseBreakers = wordSet(PhraseBreakers); // not "of": "bill of lading" is one thing
    m_stopWords.unite(m_negations);
    static const QSet<QString> compounding = {QStringLiteral("de"), QStringLiteral("nl"), QStringLiteral("sv"),
                                              QStringLiteral("no"), QStringLiteral("nb"), QStringLiteral("da"),
                                              QStringLiteral("fi")};
    m_compounds = compounding.contains(code);
}

TextAnalyzer::~TextAnalyzer()
{
    if (m_stemmer)
        sb_stemmer_delete(m_stemmer);
}

QString TextAnalyzer::stem(const QString &word) const
{
    if (!m_stemmer)
        return word;
    const QByteArray utf8 = word.toUtf8();
    const sb_symbol *stemmed = sb_stemmer_stem(m_stemmer, reinterpret_cast<const sb_symbol *>(utf8.constData()),
                                               int(utf8.size()));
    if (!stemmed) // out of memory in the stemmer: the word itself is still evidence
        return word;
    return QString::fromUtf8(reinterpret_cast<const char *>(stemmed), sb_stemmer_length(m_stemmer));
}

void TextAnalyzer::analyze(const QString &text, int page, QList<AnalyzedToken> *tokens) const
{
    int clause = tokens->isEmpty() ? 0 : tokens->last().clause + 1;
    QString word;
    bool hasLetter = false;
    auto flush = [&] {
        // Pure numbers and single letters are never evidence for a document type.
        // An acronym's plural ("CVs", "POs", "PDFs") means the acronym; stemmers leave it alone.
        if (word.size() >= 3 && word.endsWith(u's')) {
            bool acronym = true;
            for (qsizetype i = 0; i + 1 < word.size() && acronym; ++i)
                acronym = !word.at(i).isLetter() || word.at(i).isUpper();
            if (acronym)
                word.chop(1);
        }
        if (hasLetter && word.size() >= 2) {
            AnalyzedToken token;
            token.surface = word.toCaseFolded();
            token.stop = m_stopWords.contains(token.surface);
            token.stem = token.stop ? token.surface : stem(token.surface);
            token.page = page;
            token.clause = clause;
            tokens->append(token);
        }
        word.clear();
        hasLetter = false;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isLetterOrNumber() || c.category() == QChar::Mark_NonSpacing) {
            word += c;
            hasLetter = hasLetter || c.isLetter();
        } else if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            const char32_t ucs4 = QChar::surrogateToUcs4(c, text.at(i + 1));
            if (QChar::isLetterOrNumber(ucs4)) {
                word += c;
                word += text.at(i + 1);
                hasLetter = hasLetter || QChar::isLetter(ucs4);
            } else {
                flush();
            }
            ++i;
        } else {
            flush();
            // Sentence and clause punctuation (and line ends, which end table cells and headings).
            if (c == u'.' || c == u',' || c == u';' || c == u':' || c == u'!' || c == u'?' || c == u'\n'
                || c == u'(' || c == u')' || c == u'|' || c == u'\t')
                ++clause;
        }
    }
    flush();
}

} // namespace docket::engine
