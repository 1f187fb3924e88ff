// The pipeline: normalise -> repair OCR damage -> segment into lines,
// sentences and letters -> per letter: head (municipality, date, case
// number, signatories, in_reply_to), questions, tables, counted facts,
// derived facts, mentions.
#include "Extractor.hpp"

#include "DateParser.hpp"
#include "Document.hpp"
#include "DomainData.hpp"
#include "FactExtractor.hpp"
#include "FactPasses.hpp"
#include "GluedWords.hpp"
#include "HeaderReader.hpp"
#include "HtmlText.hpp"
#include "Mojibake.hpp"
#include "MunicipalityFinder.hpp"
#include "NumberFormat.hpp"
#include "Normaliser.hpp"
#include "LostLetters.hpp"
#include "OcrRepair.hpp"
#include "ScanHabits.hpp"
#include "QuotedPrintable.hpp"
#include "Segmenter.hpp"
#include "TableReader.hpp"
#include "Utf8.hpp"

#include <unicode/ustring.h>

#include <algorithm>

namespace svarbrev {
namespace {

int countMatches(const Regex& rx, const icu::UnicodeString& t, int32_t from, int32_t to, int enough) {
    int n = 0;
    for (int32_t p = from; p < to && n < enough;) {
        Match m = rx.find(t, p, to);
        if (!m) break;
        ++n;
        p = std::max(m.end, m.start + 1);
    }
    return n;
}

int yearOf(const std::optional<std::string>& iso) {
    return iso && iso->size() >= 4 ? std::stoi(iso->substr(0, 4)) : 0;
}

// Whether a letter's head or greeting names the minister or the ministry as
// whom it is written to ("Beskæftigelsesministeriet", "Kære minister").
// (The head may begin before the letter's span, after the signature of the letter before it.)
bool toTheMinistry(const Document& doc, const Segmentation& seg, const LetterSpan& ls, int headFrom, const DomainData& data) {
    const int body = bodyStartLine(doc, seg, ls, data);
    const int32_t start = seg.lines[std::min(headFrom, ls.firstLine)].start;
    const int32_t end = seg.lines[std::min(ls.lastLine, body + 1)].end;
    return seg.lower.tempSubStringBetween(start, end).indexOf(u"minist") >= 0;
}

// A file that bundles a reply with a later letter to someone else that
// answers no letter of the minister's (remarks to the auditor, a request to
// the psychiatry): that letter's figures answer none of the questions. (An
// older letter beside the reply, an earlier decision or answer, keeps its own.)
void dropLettersToOthers(std::vector<Letter>& letters, const std::vector<bool>& toMinistry) {
    std::optional<std::string> asked;  // the latest letter of the minister's a letter here answers
    for (const Letter& l : letters) {
        if (l.inReplyTo && (!asked || *l.inReplyTo > *asked)) asked = l.inReplyTo;
    }
    for (std::size_t k = 0; asked && k < letters.size(); ++k) {
        Letter& l = letters[k];
        if (!l.inReplyTo && !toMinistry[k] && l.date && *l.date > *asked && !l.facts.empty()) {
            l.warnings.push_back("a letter to others that answers no letter of the minister's; its figures are not read");
            l.facts.clear();
        }
    }
}

// "3 af sagerne var på teamets møde i juni" in a letter of March: a month
// later in the year than the letter's, told in the past, is last year's. (In
// the year's first half only, where a status looks back over the new year;
// a summer reply's past months are this year's.)
void pastMonthsOfLastYear(const icu::UnicodeString& lower, std::vector<DateMention>& dates, int letterYear, int letterMonth, const Regex& pastIn) {
    if (letterMonth < 1 || letterMonth > 6) return;
    for (DateMention& d : dates) {
        // (Not one the month's distance from the letter's has put there already.)
        if (!d.yearInferred || d.kind != DateMention::Month || d.iso.size() != 7 || std::stoi(d.iso.substr(0, 4)) != letterYear ||
            std::stoi(d.iso.substr(5, 2)) <= letterMonth) continue;
        int32_t clause = d.start;
        while (clause > 0 && d.start - clause < 80 && !u_strchr(u",.;:\n", lower[clause - 1])) --clause;
        if (const Match m = pastIn.find(lower, clause, d.start); m && m.end == d.start) d.iso = std::to_string(letterYear - 1) + d.iso.substr(4);
    }
}

Letter readLetter(const Document& doc, const Segmentation& seg, const LetterSpan& ls, const DomainData& data,
                  const std::vector<Letter>& earlier) {
    Letter letter;
    letter.textStart = static_cast<std::size_t>(doc.originalStart(ls.start));
    letter.textEnd = static_cast<std::size_t>(doc.originalEnd(ls.end));
    const int body = bodyStartLine(doc, seg, ls, data);
    letter.date = readLetterDate(doc, seg, ls, body, data);
    letter.caseNumber = readCaseNumber(doc, seg, ls, body, data);
    letter.signatories = readSignatories(doc, seg, ls, data);
    letter.municipality = MunicipalityFinder::get().find(doc.text, ls.start, ls.end);
    if (!letter.municipality) letter.municipality = MunicipalityFinder::get().find(doc.text, 0, doc.text.length());

    // Dates: the year of a date that gives none is the letter's (or, without
    // a letter date, the latest year the letter names).
    int refYear = yearOf(letter.date);
    if (!refYear) refYear = latestYear(findDates(seg.flow, ls.start, ls.end, 0));
    LetterContext ctx{doc, seg, data, 0, -1, {}, false, {}, refYear};
    if (letter.municipality) ctx.municipalityCode = letter.municipality->code;
    ctx.earlier = &earlier;
    const int refMonth = letter.date && letter.date->size() >= 7 ? std::stoi(letter.date->substr(5, 2)) : 0;
    ctx.month = refMonth;
    ctx.dates = findDates(seg.flow, ls.start, ls.end, refYear, refMonth);
    pastMonthsOfLastYear(seg.lower, ctx.dates, refYear, refMonth, data.marker("past_in_month"));
    letter.inReplyTo = readInReplyTo(seg, ls, ctx.dates, data, letter.date);

    // Body sentences: after the letterhead, before the signature.
    const int32_t bodyStart = seg.lines[body].start;
    // The signature block is no body; an attachment after it is.
    const int32_t bodyEnd = ls.end;
    const int32_t signStart = ls.signoffLine >= 0 ? seg.lines[ls.signoffLine].start : ls.end;
    const int32_t signEnd = ls.signoffLine >= 0 ? seg.lines[ls.signatureEnd].end : ls.end;
    ctx.firstSentence = static_cast<int>(seg.sentences.size());
    ctx.lastSentence = -1;
    for (int i = 0; i < static_cast<int>(seg.sentences.size()); ++i) {
        const auto& s = seg.sentences[i];
        if (s.start < bodyStart || s.end > bodyEnd) continue;
        if (s.start >= signStart && s.end <= signEnd) continue;
        ctx.firstSentence = std::min(ctx.firstSentence, i);
        ctx.lastSentence = i;
    }
    if (ctx.lastSentence < 0) return letter;
    locateQuestions(ctx);

    const auto tables = readTables(doc, seg, seg.lineAt(bodyStart), seg.lineAt(std::max(bodyStart, bodyEnd - 1)), data, refYear);
    for (const auto& tb : tables) letter.warnings.insert(letter.warnings.end(), tb.warnings.begin(), tb.warnings.end());
    std::vector<Fact> facts = extractCountFacts(ctx, letter.warnings);
    std::vector<Fact> fromTables = tableFacts(ctx, tables, facts);
    dropRestatedRowTotals(facts, fromTables);
    facts.insert(facts.end(), fromTables.begin(), fromTables.end());
    replaceNamedFigures(ctx, facts);
    inheritWholeBenefit(facts, data);
    inheritComplementBenefit(facts, data);
    scopeToBenefit(facts, scopedBenefit(ctx));
    scopeToBenefitSections(facts, benefitSections(ctx));
    poolAcrossBenefits(facts, data);
    inheritQuestionPeriod(facts, data);
    dropSupersededFigures(facts);
    dropSharesOfPastPeriods(facts, data);
    dropEarlierColumnsOfOnePeriod(facts, data);
    dropBasesOfTheirParts(facts);
    dropBreakdownsOfACount(facts);
    dropTotalsOfPeriodParts(facts);
    dropOwedTotalsSplitByBenefit(facts);
    dropPeriodsOfUndated(facts, data);
    deriveAndDedupe(facts, data);
    std::vector<Fact> mentions = extractMentions(ctx, facts);
    facts.insert(facts.end(), mentions.begin(), mentions.end());
    std::stable_sort(facts.begin(), facts.end(), [](const Fact& a, const Fact& b) { return a.start < b.start; });
    for (const auto& f : facts) {
        if (f.confidence < kDoubtful) {
            // 80 characters, not bytes: a cut inside a letter would break the UTF-8.
            const std::string q(codePointSlice(f.quote, 0, 80));
            letter.warnings.push_back("doubtful: " + f.section + "/" + f.category + " = " +
                                      (f.value ? formatNumber(*f.value) : std::string("-")) + " in \"" + q + "\"");
        }
    }
    letter.facts = std::move(facts);
    return letter;
}

// A reply letter is a few pages: far larger text, or a table of thousands
// of rows, is an export or a data dump, and reading it as a letter would
// only flood the workbook.
constexpr std::size_t kMaxLetterBytes = 4u << 20;
constexpr std::size_t kMaxTableRows = 1000;

std::size_t tabbedLines(std::string_view text) {
    std::size_t rows = 0;
    bool tab = false;
    for (char c : text) {
        if (c == '\t') tab = true;
        else if (c == '\n') {
            rows += tab;
            tab = false;
        }
    }
    return rows + tab;
}

// Signed by the minister or the ministry: the question letter itself, or
// another of the ministry's own letters (a cover mail quoted under the reply,
// signed "Med venlig hilsen / Beskæftigelsesministeriet" by no one by name).
bool fromTheMinistry(const Letter& letter, const Segmentation& seg, const LetterSpan& ls, const DomainData& data) {
    const Regex& ministry = data.marker("sender_minister");
    for (const auto& s : letter.signatories)
        if (ministry.find(icu::UnicodeString::fromUTF8(s.title).toLower())) return true;
    if (!letter.signatories.empty()) return false;
    for (int k = ls.signoffLine + 1; ls.signoffLine >= 0 && k <= ls.signatureEnd; ++k) {
        if (ministry.find(seg.lower, seg.lines[k].start, seg.lines[k].end)) return true;
    }
    // (Or sent by it, as its mail's head says, and counting nothing: "Fra: Beskæftigelsesministeriet <bm@bm.dk>".)
    for (int k = ls.firstLine; letter.facts.empty() && k <= std::min(ls.lastLine, ls.firstLine + 8); ++k) {
        const Line& l = seg.lines[k];
        const icu::UnicodeString head = seg.lower.tempSubStringBetween(l.start, l.end);
        if ((head.startsWith(u"fra:") || head.startsWith(u"from:")) && ministry.find(seg.lower, l.start, l.end)) return true;
    }
    return false;
}

}  // namespace

Extraction extract(std::string_view text, const std::string& source) {
    Extraction e;
    e.source = source;
    if (text.size() > kMaxLetterBytes) {
        e.warnings.push_back("no reply letter found: " + std::to_string(text.size() >> 20) +
                             " MB of text is far more than a reply letter");
        return e;
    }
    if (tabbedLines(text) > kMaxTableRows) {
        e.warnings.push_back("no reply letter found: " + std::to_string(tabbedLines(text)) +
                             " table rows is a data export, not a reply letter");
        return e;
    }
    const DomainData& data = DomainData::get();
    std::string original = sanitizeUtf8(text);
    std::size_t fixes = 0;
    const OcrRepair& words = OcrRepair::get();
    const Units read = restoreLostLetters(normalise(htmlToText(undoMojibake(decodeQuotedPrintable(decodeUnits(original))), data)), words);
    Units units = words.repair(read, &fixes);
    // A scan whose damage the confusion classes barely see may be damaged in
    // a habit of its own; a clean letter has a repair or two at most.
    if (fixes >= kSuspectScan) units = applyScanHabits(units, learnScanHabits(read, words), words);
    if (fixes >= kDamagedScan) units = splitGluedWords(units, words);
    const Document doc = Document::fromUnits(std::move(original), units);
    const Segmentation seg = segment(doc, data);

    // A reply letter talks about the benefits and the target group.
    const Regex& domain = data.marker("domain");
    if (countMatches(domain, seg.lower, 0, seg.lower.length(), 2) < 2) {
        e.warnings.push_back("no reply letter found: the text does not read as a municipality's reply");
        return e;
    }
    std::vector<bool> toMinistry;  // per letter kept
    int headFrom = 0;  // the first line after the letter before
    for (const auto& ls : seg.letters) {
        const int from = headFrom;
        headFrom = (ls.signoffLine >= 0 ? ls.signatureEnd : ls.lastLine) + 1;
        if (countMatches(domain, seg.lower, ls.start, ls.end, 1) < 1) continue;
        Letter letter = readLetter(doc, seg, ls, data, e.letters);
        if (fromTheMinistry(letter, seg, ls, data)) {
            e.warnings.push_back("a letter signed by the ministry is not a reply letter; skipped");
            continue;
        }
        e.letters.push_back(std::move(letter));
        toMinistry.push_back(toTheMinistry(doc, seg, ls, from, data));
    }
    if (e.letters.empty()) e.warnings.push_back("no reply letter found");
    dropLettersToOthers(e.letters, toMinistry);
    return e;
}

}  // namespace svarbrev
