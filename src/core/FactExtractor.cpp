#include "FactExtractor.hpp"

#include "CharClass.hpp"
#include "MunicipalityFinder.hpp"
#include "NumberParser.hpp"

#include <unicode/uchar.h>

#include <algorithm>
#include <cmath>
#include <tuple>

namespace svarbrev {
namespace {

struct Candidate {
    NumberToken tok;
    bool pct = false;
    bool counted = false;   // has a count noun or a count structure
    bool anaphor = false;
    int32_t lead = 0;  // where what leads it ends: before its "ca.", "godt", ...
    std::optional<double> ofTotal;
    bool isTotalOf = false;  // the y of "x ud af y"
    bool outOf = false;      // the x of "x ud af y", "x af de y", "af de y ... x"
    std::string ownBenefit;  // "980 kontanthjælp": the benefit it counts
    const VocabEntry* ownCue = nullptr;  // "henholdsvis 12 og 4 kommet i job og uddannelse": what it counts
    bool partOfSet = false;  // "Tolv af dem", "5 af sagerne"
    bool restOfSet = false;  // "De sidste 37", "de 7 øvrige"
    int32_t setWordsEnd = -1;  // "To af borgerne i virksomhedspraktik har": where the set's words end
    std::pair<int32_t, int32_t> relativeWords{-1, -1};  // "Tre af de 17, som vi vurderede burde forelægges teamet, er": the set's relative clause
    std::pair<int32_t, int32_t> totalWords{-1, -1};  // "Blandt de 35 uden tilbud er 28": the total's words before its verb
    bool countsPhraseBefore = false;  // "behandlet i juni (4)": in brackets after what it counts
    bool afterFor = false;  // "mentorstøtte for 17": after "for" and what it counts
    std::optional<std::string> ownPeriod;  // "henholdsvis 8 og 7 sager i 3. og 4. kvartal": its own period
    bool subsetPart = false;  // "heraf 5": a part of the count before it
    bool derived = false;     // "58 … i Nakskov og 40 … i Maribo": the sum of its parts' counts
};

// The separators of words as count_noun reads them (ICU's \\s holds these and more).
bool isSpaceUnit(UChar c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// "26/30 har haft aktivt tilbud": the part and the total of a short ratio
// glued by a slash, before the verb it is the subject of.
bool slashRatio(const IndexedText& L, const Sentence& s, const NumberToken& a, const NumberToken& b, const Regex& countVerb) {
    return b.start == a.end + 1 && L[a.end] == '/' && a.value <= b.value && b.value <= 999 && (a.start == s.start || !u_isdigit(L[a.start - 1])) &&
           countVerb.lookingAt(L, b.end, std::min(s.end, b.end + 40));
}

// Whether a number ending at `numberEnd` is set off by a middle dot, as a
// heading's number is ("4 · Rehabiliteringsteamet").
bool middleDotAfter(const icu::UnicodeString& t, int32_t numberEnd, int32_t end) {
    return numberEnd + 2 < end && t[numberEnd] == ' ' && (t[numberEnd + 1] == u'·' || t[numberEnd + 1] == u'•') && t[numberEnd + 2] == ' ';
}

// The words (runs that start with a letter) from `from` to `to`.
int wordsIn(const icu::UnicodeString& t, int32_t from, int32_t to) {
    int n = 0;
    for (int32_t p = from; p < to; ++p) n += (p == from || isSpaceUnit(t[p - 1])) && u_isalpha(t[p]);
    return n;
}

// The end of the next `words` words of t from `from`, not past `limit`; with
// `clauseEnd`, not past a comma, semicolon or bracket either.
int32_t afterWords(const icu::UnicodeString& t, int32_t from, int32_t limit, int words, bool clauseEnd) {
    auto stop = [&](int32_t p) { return clauseEnd && (t[p] == ',' || t[p] == ';' || t[p] == ')' || t[p] == '('); };
    int32_t p = from;
    for (int w = 0; w < words && p < limit && !stop(p); ++w) {
        while (p < limit && isSpaceUnit(t[p])) ++p;
        while (p < limit && !isSpaceUnit(t[p]) && !stop(p)) ++p;
    }
    return p;
}

// Only a list's separator between two counts: ",", "og", "eller", ", og".
bool listJoin(const icu::UnicodeString& t, int32_t from, int32_t to) {
    icu::UnicodeString between = t.tempSubStringBetween(from, to);
    between.trim();
    return between == u"," || between == u"og" || between == u"eller" || between == u", og" || between == u"samt";
}

// "mentorstøtte 37;", "Praktik 9, mentor 8, nytte 4", "praktik 18 · mentor
// 13": an item of an inline list, a few words of label and its count, as a
// table row has them. The item closes the sentence (or the part after a
// colon or an answer's number, "Ad 2)"), or a comma or a dot parts it from
// the next such item.
constexpr int kMaxLabelWords = 6;
bool itemSeparator(UChar c) { return c == ',' || c == u'·' || c == u'•'; }
// The start of the label that ends at `labelEnd`, or -1 when there is none.
int32_t labelStart(const icu::UnicodeString& t, int32_t from, int32_t labelEnd, bool commas) {
    int32_t a = labelEnd;
    int words = 0;
    while (a > from && t[a - 1] != ':' && !(commas && itemSeparator(t[a - 1])) && !(t[a - 1] == ')' && a - 2 >= from && u_isdigit(t[a - 2]))) {
        const UChar c = t[a - 1];
        // ("behandlet i 2. kvartal 9": an ordinal's figure and point are label.)
        const bool ordinal = (u_isdigit(c) && t[a] == '.') || (c == '.' && a - 2 >= from && u_isdigit(t[a - 2]) && a < labelEnd && t[a] == ' ');
        if (!(isAlphaFast(c) || isSpaceUnit(c) || c == '-' || c == '(' || c == ')' || ordinal)) return -1;
        if (isSpaceUnit(c) && !isSpaceUnit(t[a])) ++words;
        --a;
    }
    return words < kMaxLabelWords && labelEnd - a >= 3 ? a : -1;
}
bool labelItemBefore(const icu::UnicodeString& t, const Sentence& s, int32_t labelEnd, int32_t countEnd) {
    int32_t e = countEnd;
    while (e < s.end && isSpaceUnit(t[e])) ++e;
    if (e < s.end && itemSeparator(t[e])) {
        // Another "label count" item after the comma.
        int32_t n = e + 1;
        while (n < s.end && !u_isdigit(t[n])) ++n;
        int32_t ne = n;
        while (ne < s.end && u_isdigit(t[ne])) ++ne;
        int32_t le = n;
        while (le > e + 1 && isSpaceUnit(t[le - 1])) --le;
        int32_t ls = e + 1;
        while (ls < le && isSpaceUnit(t[ls])) ++ls;
        const int32_t nextLabel = labelStart(t, e + 1, le, true);
        const bool next = n < s.end && le < n && nextLabel >= e + 1 && nextLabel <= ls && (ne == s.end || !isAlphaFast(t[ne]));
        return next && labelStart(t, s.start, labelEnd, true) >= 0;
    }
    // ("Ikke i tilbud 8 - heraf 2 som burde være i tilbud": its parts after a dash.)
    const bool partsAfter = e + 2 < s.end && (t[e] == '-' || t[e] == 0x2013) && t[e + 1] == ' ' &&
                            (t.compare(e + 2, 5, u"heraf") == 0 || t.compare(e + 2, 6, u"hvoraf") == 0);
    // ("aktive 104 af 121;": the count of a short item may be of a total;
    // "For de jobparate var tallet 23 af 25." is a sentence.)
    const int32_t shortLabel = labelStart(t, s.start, labelEnd, true);
    if (shortLabel >= 0 && wordsIn(t, shortLabel, labelEnd) <= 2 && e + 4 < s.end && t.compare(e, 3, u"af ") == 0) {
        int32_t d = e + 3;
        if (t.compare(d, 3, u"de ") == 0) d += 3;
        if (d < s.end && u_isdigit(t[d])) {
            while (d < s.end && (u_isdigit(t[d]) || (t[d] == '.' && d + 1 < s.end && u_isdigit(t[d + 1])))) ++d;
            e = d;
        }
    }
    while (e < s.end && (isSpaceUnit(t[e]) || t[e] == ';' || t[e] == '.' || t[e] == ',')) ++e;
    return (e >= s.end || partsAfter) && labelStart(t, s.start, labelEnd, true) >= 0;
}

// The word just before the bracket a number opens ("kontanthjælp (68",
// "mentor (12"), as {start, end}; an empty range when there is none.
std::pair<int32_t, int32_t> wordBeforeBracket(const icu::UnicodeString& t, int32_t sentenceStart, int32_t number) {
    int32_t p = number;
    while (p > sentenceStart && isSpaceUnit(t[p - 1])) --p;
    if (p <= sentenceStart || t[p - 1] != '(') return {0, 0};
    int32_t e = p - 1;
    while (e > sentenceStart && isSpaceUnit(t[e - 1])) --e;
    int32_t w = e;
    // "i juli 2018 (4)": the word may be a year that ends a phrase.
    while (w > sentenceStart && isAlnumFast(t[w - 1])) --w;
    return {w, e};
}

// The latest counted fact (not a derived one) from `from`, an offset of the
// original text, that `accept` takes; null for none.
template <class Accept>
const Fact* latestCount(const std::vector<Fact>& facts, std::size_t from, Accept accept) {
    for (auto it = facts.rbegin(); it != facts.rend() && it->start >= from; ++it) {
        if (it->value && !it->derived && accept(*it)) return &*it;
    }
    return nullptr;
}

const Fact* latestCount(const std::vector<Fact>& facts, std::size_t from) {
    return latestCount(facts, from, [](const Fact&) { return true; });
}

// Where the sentence `back` sentences before sentence `si` starts (not
// before the letter's body), as an offset of the original text: the window
// a count looks back through for what it refers to.
std::size_t startBefore(const LetterContext& ctx, int si, int back) {
    return static_cast<std::size_t>(ctx.doc.originalStart(ctx.seg.sentences[std::max(ctx.firstSentence, si - back)].start));
}

// Whether sentence `k` is a row of a table or on an item's line of a list, not prose.
bool isRow(const LetterContext& ctx, int k) {
    const auto& S = ctx.seg.sentences;
    auto row = [&](int i) { return S[i].tabular || ctx.seg.lines[S[i].line].bullet; };
    if (row(k)) return true;
    // ("Ressourceforløb (19)" between two rows of two columns: a row with its second cell empty.)
    return k > ctx.firstSentence && k < ctx.lastSentence && S[k - 1].tabular && S[k + 1].tabular &&
           S[k - 1].line + 1 == S[k].line && S[k].line + 1 == S[k + 1].line;
}

// How many sentences right before `si` are rows of a table or items of a list.
int rowsBefore(const LetterContext& ctx, int si) {
    int rows = 0;
    while (si - rows - 1 >= ctx.firstSentence && isRow(ctx, si - rows - 1)) ++rows;
    return rows;
}

// A date of a year before the letter's ("i 2. halvår 2017" in a letter of 2018).
bool beforeLettersYear(const LetterContext& ctx, const DateMention& d) {
    return ctx.year && d.iso.size() >= 4 && std::stoi(d.iso.substr(0, 4)) < ctx.year;
}

bool overlapsDate(const NumberToken& n, const std::vector<DateMention>& dates) {
    for (const auto& d : dates) {
        if (n.start < d.end && d.start < n.end) return true;
    }
    return false;
}

Fact makeFact(const LetterContext& ctx, const Sentence& s) {
    Fact f;
    f.quote = ctx.doc.quote(s.start, s.end);
    f.start = static_cast<std::size_t>(ctx.doc.originalStart(s.start));
    f.end = static_cast<std::size_t>(ctx.doc.originalEnd(s.end));
    return f;
}

// "31 af de 86 bør forelægges teamet. Det korrekte tal er dog 29, da to
// borgere ved en fejl var kommet med to gange": the figure a correction opens
// with takes the place of the count just before it, which it is of the same
// kind as; the reasons it gives count nothing. True when the sentence was one.
bool correctFigure(const LetterContext& ctx, int si, const std::vector<NumberToken>& numbers, const Regex& corrects, std::vector<Fact>& facts) {
    const Sentence& s = ctx.seg.sentences[si];
    if (numbers.empty() || numbers[0].glued) return false;
    const Match m = corrects.lookingAt(ctx.seg.lower, s.start, numbers[0].start);
    if (!m || m.end != numbers[0].start) return false;
    const Fact* old = latestCount(facts, startBefore(ctx, si, 2));
    if (!old) return false;
    Fact f = *old;
    const Fact at = makeFact(ctx, s);
    f.quote = at.quote;
    f.start = at.start;
    f.end = at.end;
    f.value = numbers[0].value;
    f.approx = static_cast<bool>(ctx.data.marker("approx").find(ctx.seg.lower, m.start, m.end));
    facts.erase(facts.begin() + (old - facts.data()));
    facts.push_back(std::move(f));
    return true;
}

// "blev otte behandlet, men to af de otte er nu i ressourceforløb og tæller
// ikke længere med, så seks står tilbage": what is left is the sentence's
// count, and the part taken out of it counts nothing of its own.
void keepNetRemainder(const LetterContext& ctx, const Sentence& s, const std::vector<NumberToken>& numbers, std::size_t firstInSentence,
                      std::vector<Fact>& facts) {
    const Regex& lead = ctx.data.marker("net_rest_lead");
    const Regex& tail = ctx.data.marker("net_rest_tail");
    for (const NumberToken& n : numbers) {
        if (!lead.find(ctx.seg.lower, std::max(s.start, n.start - 24), n.start) || !tail.lookingAt(ctx.seg.lower, n.end, s.end)) continue;
        // The last count a part is taken from ("otte" of "to af de otte"), else the first larger one.
        const auto from = facts.begin() + static_cast<std::ptrdiff_t>(firstInSentence);
        auto larger = [&](const Fact& f) { return f.value && !f.derived && *f.value > n.value; };
        auto gross = facts.end();
        for (auto it = from; it != facts.end(); ++it) {
            if (larger(*it) && std::any_of(from, facts.end(), [&](const Fact& part) { return part.ofTotal == it->value && &part != &*it; })) gross = it;
        }
        if (gross == facts.end()) gross = std::find_if(from, facts.end(), larger);
        if (gross == facts.end()) return;
        gross->value = n.value;
        gross->ofTotal.reset();
        const std::string section = gross->section;
        const std::size_t keep = static_cast<std::size_t>(gross - facts.begin());
        for (std::size_t k = facts.size(); k-- > firstInSentence;) {
            if (k != keep && facts[k].section == section && !facts[k].derived) facts.erase(facts.begin() + static_cast<std::ptrdiff_t>(k));
        }
        return;
    }
}

// "de fire andre har hver sin indsats: mentor, løntilskud, et kursus til
// truckcertifikat og et sundhedsforløb": one of each kind the list names,
// when the list names as many kinds as the count before it.
void readEachOwnList(const LetterContext& ctx, const Sentence& s, const std::vector<NumberToken>& numbers, std::size_t firstInSentence,
                     std::vector<Fact>& facts) {
    const IndexedText& L = ctx.seg.lower;
    const Match m = ctx.data.marker("each_own").find(L, s.start, s.end);
    if (!m) return;
    const NumberToken* n = nullptr;
    for (const NumberToken& t : numbers) {
        if (t.end <= m.start && m.start - t.end <= 24) n = &t;
    }
    if (!n || n->value < 2 || n->value > 9) return;
    // The items: parted by commas and the last "og".
    std::vector<std::pair<int32_t, int32_t>> items;
    int32_t end = s.end;
    while (end > m.end && (L[end - 1] == '.' || isSpaceUnit(L[end - 1]))) --end;
    for (int32_t a = m.end; a < end;) {
        int32_t b = a;
        while (b < end && L[b] != ',' && !(L.compare(b, 4, u" og ") == 0)) ++b;
        items.emplace_back(a, b);
        a = b < end ? b + (L[b] == ',' ? 1 : 4) : end;
        while (a < end && isSpaceUnit(L[a])) ++a;
    }
    if (items.size() != static_cast<std::size_t>(n->value)) return;
    std::vector<std::string> kinds;
    for (const auto& [a, b] : items) {
        std::string kind;
        for (const VocabEntry* v : ctx.data.countCues) {
            if (v->section == "intervention" && v->pattern->find(L, a, b)) { kind = v->category; break; }
        }
        if (kind.empty()) {
            for (const auto& v : ctx.data.vocabulary) {
                if (v.kind == "mention" && v.section == "intervention" && v.pattern->find(L, a, b)) { kind = v.category; break; }
            }
        }
        if (kind.empty()) return;
        kinds.push_back(kind);
    }
    std::erase_if(facts, [&](const Fact& f) {
        return &f >= facts.data() + firstInSentence && f.section == "intervention" && f.value == n->value;
    });
    for (const std::string& kind : kinds) {
        Fact f = makeFact(ctx, s);
        f.section = "intervention";
        f.category = kind;
        f.benefit = "all";
        f.value = 1;
        f.confidence = 0.8;
        facts.push_back(std::move(f));
    }
}

const Sentence* introOf(const LetterContext& ctx, const Sentence& s) {
    return s.intro >= 0 ? &ctx.seg.sentences[s.intro] : nullptr;
}

// Where the count a sentence's counts may break down begins: the sentence
// before in its paragraph or, for a list item, its intro and the sentence
// before that ("... 58 borgere ... . Det svarer til:" over "- 44 ud af 251
// ..."); -1 for none.
int32_t partsFrom(const LetterContext& ctx, int si) {
    const auto& S = ctx.seg.sentences;
    const int k = S[si].intro >= 0 ? S[si].intro : si;
    if (k > ctx.firstSentence && S[k - 1].paragraph == S[k].paragraph) return S[k - 1].start;
    return S[si].intro >= 0 ? S[k].start : -1;
}

// "på teamets møder i september 2018": a month the counted things happen
// in is a period; "pr. 1. september", "ultimo september" are points. What
// leads the month is read no further back than `floor`.
bool isMonthPeriod(const LetterContext& ctx, const DateMention& d, int32_t floor) {
    // ("på teamets junimøde": a month's meeting is in the month.)
    return d.kind == DateMention::Month && !d.endOfPeriod &&
           (ctx.data.marker("in_month").find(ctx.seg.lower, std::max(floor, d.start - 12), d.start) ||
            ctx.seg.lower.indexOf(u"møde", 4, d.start, d.end - d.start) >= 0);
}

// The last period named in the sentence or, when it refers back ("denne
// periode"), in the sentences before it in the same paragraph.
// Within the sentence, the period nearest `pos` (a sentence may name two:
// "25 i 1. halvår 2018, de resterende i 2. halvår 2018"); `from` limits it.
// With a clause scope, one in the count's own clause first. A count takes
// none from another count's clause ("2 behandlet i juli, 4 på mødet 12/9")
// unless it frames them all, before the first count ("I 1. halvår har 55
// ..., 8 ..."), or the count is a part of that one ("..., heriblandt 10")
// and the clauses name no periods of their own ("6 ... i august, 11 ... i
// perioden 1. september – 31. oktober, og for de resterende 14 ...").
struct ClauseScope {
    std::pair<int32_t, int32_t> own{0, 0};
    std::vector<std::pair<int32_t, int32_t>> others;
    int32_t framingEnd = 0;
    bool partOfAnother = false;  // "..., heriblandt 10 ...": a part of the count before, in its time
};
// "87 % (1. halvår: 85 %)": a period that opens a bracket holding a figure
// of its own is the time a figure is compared with, not the count's.
bool comparedInBrackets(const LetterContext& ctx, const DateMention& d) {
    const icu::UnicodeString& t = ctx.seg.flow;
    int32_t b = d.start;
    while (b > 0 && t[b - 1] == ' ') --b;
    if (b == 0 || t[b - 1] != '(') return false;
    const int32_t close = t.indexOf(u')', d.end);
    if (close < 0 || close - d.end > 20) return false;
    return holdsDigit(t, d.end, close);
}

std::optional<std::string> periodFor(const LetterContext& ctx, int si, int32_t pos, int32_t from = -1,
                                     const ClauseScope& scope = {}) {
    const Sentence& s = ctx.seg.sentences[si];
    const DateMention* best = nullptr;
    int32_t bestDistance = 0;
    const Regex& compared = ctx.data.marker("compared_period");
    std::vector<const DateMention*> periods;
    for (const auto& d : ctx.dates) {
        if (d.start < std::max(s.start, from) || d.end > s.end || !(d.isPeriod() || isMonthPeriod(ctx, d, s.start))) continue;
        if (compared.find(ctx.seg.lower, std::max(s.start, d.start - 40), d.start) || comparedInBrackets(ctx, d)) continue;
        periods.push_back(&d);
    }
    for (const DateMention* dp : periods) {
        const DateMention& d = *dp;
        const bool own = d.start < scope.own.second && d.end > scope.own.first;
        const bool foreign = std::any_of(scope.others.begin(), scope.others.end(), [&](const auto& o) { return d.start < o.second && d.end > o.first; });
        if (!own && foreign && (periods.size() >= 2 || !scope.partOfAnother) && d.end > scope.framingEnd) continue;
        const int32_t dist = (d.start >= pos ? d.start - pos : pos - d.end) + (own ? 0 : 1000);
        if (!best || dist < bestDistance) { best = &d; bestDistance = dist; }
    }
    if (best) return best->periodIso();
    // "Opgjort for perioden 1. februar – 31. juli 2018:" over "• Aktive: 7 af 8": a list's intro dates its items.
    if (s.intro >= 0) {
        const Sentence& in = ctx.seg.sentences[s.intro];
        for (const auto& d : ctx.dates) {
            if (d.start >= in.start && d.end <= in.end && d.isPeriod()) return d.iso;
        }
    }
    if (!ctx.data.marker("period_back").find(ctx.seg.lower, s.start, s.end)) return std::nullopt;
    const Regex& aside = ctx.data.marker("aside");
    for (int k = si - 1; k >= std::max(ctx.firstSentence, si - 3); --k) {
        const Sentence& p = ctx.seg.sentences[k];
        if (p.paragraph != s.paragraph) break;
        // ("Til sammenligning ... i 2. halvår 2017. 13 borgere har ikke ... i halvåret.")
        if (aside.find(ctx.seg.lower, p.start, p.end)) continue;
        // (Not a period a figure is compared with: "mod 83,5 pct. i 1. halvår".)
        for (auto it = ctx.dates.rbegin(); it != ctx.dates.rend(); ++it) {
            if (it->start < p.start || it->end > p.end || !it->isPeriod()) continue;
            if (compared.find(ctx.seg.lower, std::max(p.start, it->start - 40), it->start)) continue;
            return it->iso;
        }
    }
    return std::nullopt;
}

// "bør 29 have deres sag forelagt rehabiliteringsteamet:" over rows
// ("Behandlet i 1. halvår 2018: 9", ...), then "De resterende sager er under
// afklaring" in sentence `si`: the rows, read with the tables after this
// pass, break down the count; their sum, or 0 where prose stands between.
double rowsBetween(const LetterContext& ctx, const Fact& counted, int si) {
    const auto& S = ctx.seg.sentences;
    double sum = 0;
    bool intro = false;  // "Status pr. 1. august 2018:" over the rows
    for (int k = si - 1; k >= ctx.firstSentence; --k) {
        if (static_cast<std::size_t>(ctx.doc.originalStart(S[k].start)) <= counted.start) return sum;
        if (!isRow(ctx, k)) {
            icu::UnicodeString text = ctx.seg.flow.tempSubStringBetween(S[k].start, S[k].end);
            if (intro || sum == 0 || !text.trim().endsWith(u":")) return 0;
            intro = true;
            continue;
        }
        const auto numbers = NumberParser::get().find(ctx.seg.lower, S[k].start, S[k].end);
        if (numbers.empty() || numbers.back().glued || numbers.back().decimal) return 0;
        sum += numbers.back().value;
    }
    return 0;
}

// "17 af de 52": the benefit of the 52, when the letter named one with that
// count before it ("samtlige 52 kontanthjælpssager", a table row
// "Kontanthjælp .... 52"). The nearest earlier mention of the total
// decides; "" when it names none. `before`: where sentence `si` is read to.
std::string benefitOfTotal(const LetterContext& ctx, int si, int32_t before, double total) {
    constexpr int kLookBack = 30;  // sentences: about a page
    const auto& S = ctx.seg.sentences;
    const IndexedText& L = ctx.seg.lower;
    const Regex& pointsBack = ctx.data.marker("anaphor");
    for (int k = si; k >= std::max(ctx.firstSentence, si - kLookBack); --k) {
        const std::vector<NumberToken> tokens = NumberParser::get().find(L, S[k].start, k == si ? before : S[k].end);
        for (auto t = tokens.rbegin(); t != tokens.rend(); ++t) {
            if (t->value != total || t->glued) continue;
            // "27 af de 38 kontanthjælp": "de 38" points back, and the benefit is the 27's.
            if (pointsBack.find(L, std::max(S[k].start, t->start - 12), t->start)) continue;
            const std::string b = S[k].tabular ? namedBenefit(L, S[k].start, t->start, ctx.data)
                                               : namedBenefit(L, t->end, afterWords(L, t->end, S[k].end, 1, true), ctx.data);
            return b == "all" ? std::string() : b;
        }
    }
    return {};
}

std::optional<std::string> asOfFor(const LetterContext& ctx, const Sentence& s) {
    const Regex& asof = ctx.data.marker("asof");
    for (const auto& d : ctx.dates) {
        if (d.start < s.start || d.end > s.end) continue;
        // "Ved udgangen af 2017": a year's end is a point in time too.
        if (d.kind != DateMention::Day && d.kind != DateMention::Month && !(d.kind == DateMention::Year && d.endOfPeriod)) continue;
        if (d.endOfPeriod || asof.find(ctx.seg.lower, std::max(s.start, d.start - 20), d.start)) {
            const std::string p = d.pointIso();
            if (!p.empty()) return p;
        }
    }
    return std::nullopt;
}

// Clause boundaries inside a sentence: dashes, brackets, semicolons and
// "hvoraf"/"heraf" (which opens the clause after it).
std::vector<std::pair<int32_t, int32_t>> clauses(const IndexedText& t, int32_t s, int32_t e, const Regex& cut) {
    std::vector<std::pair<int32_t, int32_t>> out;
    int32_t a = s, pos = s;
    // "sundhedsfagligt forløb (8)": a count in brackets belongs to the clause it follows.
    auto countInBrackets = [&](int32_t open) {
        int32_t p = open + 1;
        while (p < e && t[p] == ' ') ++p;
        if (p >= e || !u_isdigit(t[p])) return false;
        // ("(1. juli: 61)", "(1. halvår: 83 pct.)": a bracket opening with a date or an ordinal is an aside of its own.)
        int32_t q = p;
        while (q < e && u_isdigit(t[q])) ++q;
        if (q + 2 < e && t[q] == '.' && t[q + 1] == ' ' && u_isalpha(t[q + 2])) return false;
        for (int32_t k = p; k < e && k < p + 30; ++k) {
            if (t[k] == ')') return true;
            if (t[k] == '(') return false;
        }
        return false;
    };
    // "Størstedelen – 64 – modtager", "– 44 personer – bør": a count set off
    // by dashes is an aside inside its clause, not a clause of its own.
    auto isDash = [&](int32_t k) { return t[k] == '-' || t[k] == 0x2013 || t[k] == 0x2014; };
    auto countBetweenDashes = [&](const Match& m) -> int32_t {
        int32_t d = m.start;
        while (d < m.end && !isDash(d)) ++d;
        if (d == m.end) return -1;
        bool digit = false;
        for (int32_t k = m.end; k < e && k < m.end + 30; ++k) {
            if (t[k] == ',' || t[k] == '.' || t[k] == '(' || t[k] == ';') return -1;
            digit |= u_isdigit(t[k]) != 0;
            if (isDash(k) && k > m.end && t[k - 1] == ' ') return digit ? k + 1 : -1;
        }
        return -1;
    };
    while (pos < e) {
        Match m = cut.find(t, pos, e);
        if (!m) break;
        if (t[m.start] == '(' && countInBrackets(m.start)) {
            pos = m.end;
            // "27 (19 pct.) har": a share beside a count goes on with the count's clause.
            int32_t b = m.start;
            while (b > a && t[b - 1] == ' ') --b;
            if (b > a && u_isdigit(t[b - 1])) {
                while (pos < e && t[pos] != ')') ++pos;
                pos = std::min(e, pos + 1);
            }
            continue;
        }
        if (const int32_t past = countBetweenDashes(m); past > 0) { pos = past; continue; }
        if (m.start > a) out.push_back({a, m.start});
        a = t[m.end - 1] == 'f' ? m.start : m.end;
        pos = m.end;
    }
    if (a < e) out.push_back({a, e});
    return out;
}

}  // namespace

// "modtagere af kontanthjælp, uddannelseshjælp og integrationsydelse": a
// list of benefits goes on past the comma that ends a count's own words.
int32_t benefitListEnd(const IndexedText& L, int32_t p, int32_t limit, const DomainData& D) {
    static const Regex joint("\\s*(,\\s*((og|samt|eller)\\s+)?|\\s(og|samt|eller)\\s+)");
    for (;;) {
        const Match j = joint.lookingAt(L, p, limit);
        if (!j) return p;
        int32_t end = -1;
        for (const auto& b : D.benefits) {
            if (const Match m = b.pattern->lookingAt(L, j.end, limit)) end = std::max(end, m.end);
        }
        if (end < 0) return p;
        p = end;
    }
}

std::string namedBenefit(const IndexedText& text, int32_t from, int32_t to, const DomainData& data) {
    std::string found;
    for (const auto& b : data.benefits) {
        if (b.pattern->find(text, from, to)) {
            if (!found.empty() && found != b.key) return "all";
            found = b.key;
        }
    }
    return found;
}

std::string scopedBenefit(const LetterContext& ctx) {
    const Regex& scope = ctx.data.marker("letter_scope");
    for (int i = ctx.firstSentence; i <= ctx.lastSentence; ++i) {
        const Sentence& s = ctx.seg.sentences[static_cast<std::size_t>(i)];
        if (const Match m = scope.find(ctx.seg.lower, s.start, s.end)) {
            const std::string b = namedBenefit(ctx.seg.lower, m.start, m.end, ctx.data);
            if (b != "all") return b;
        }
    }
    return {};
}

std::vector<BenefitSection> benefitSections(const LetterContext& ctx) {
    const auto& lines = ctx.seg.lines;
    const IndexedText& L = ctx.seg.lower;
    const icu::UnicodeString& t = ctx.seg.flow;
    const int first = ctx.seg.sentences[static_cast<std::size_t>(ctx.firstSentence)].line;
    const int last = ctx.seg.sentences[static_cast<std::size_t>(ctx.lastSentence)].line;
    auto standsAlone = [&](int k) {
        return !lines[k].blank && (k == 0 || lines[k - 1].blank) && (k + 1 >= static_cast<int>(lines.size()) || lines[k + 1].blank);
    };
    // (A heading's number is no figure: "2. Kontanthjælp".)
    auto hasDigit = [&](int k) {
        int32_t p = firstNonSpace(t, lines[k].start, lines[k].end);
        while (p < lines[k].end && (u_isdigit(t[p]) || t[p] == '.' || t[p] == ')')) ++p;
        for (; p < lines[k].end; ++p) {
            if (u_isdigit(t[p])) return true;
        }
        return false;
    };
    // A heading: a short line on its own that is no sentence.
    auto heading = [&](int k) {
        const int32_t e = lastNonSpace(t, lines[k].start, lines[k].end);
        return standsAlone(k) && lines[k].words <= 6 && e > lines[k].start && t[e - 1] != '.' && t[e - 1] != ',' && !lines[k].tabular;
    };
    std::vector<BenefitSection> out;
    for (int k = first; k <= last; ++k) {
        if (!heading(k) || lines[k].words > 3 || hasDigit(k)) continue;
        const std::string b = namedBenefit(L, lines[k].start, lines[k].end, ctx.data);
        if (b.empty() || b == "all") continue;
        int end = k + 1;
        while (end <= last && !heading(end)) ++end;
        const int32_t to = end <= last ? lines[end].start : lines[last].end;
        out.push_back({static_cast<std::size_t>(ctx.doc.originalStart(lines[k].start)), static_cast<std::size_t>(ctx.doc.originalEnd(to)), b});
    }
    return out;
}

// "Det er ikke de samme personer som i jobcentrets opgørelse": from there to
// its paragraph's end, a passage counts people other than the target group.
bool aboutOtherPeople(const LetterContext& ctx, int si) {
    const auto& S = ctx.seg.sentences;
    const Regex& otherPeople = ctx.data.marker("other_people");
    for (int k = si; k >= ctx.firstSentence && S[k].paragraph == S[si].paragraph; --k) {
        if (otherPeople.find(ctx.seg.lower, S[k].start, S[k].end)) return true;
    }
    return false;
}

// The question whose topic [from, to) names, or 0: of topics named over
// each other ("aktive indsatser" holds "indsatser"), the wider; of others, none.
int topicNamed(const LetterContext& ctx, int32_t from, int32_t to) {
    int named = 0;
    Match at;
    for (const auto& q : ctx.data.questions) {
        const Match m = q.topic->find(ctx.seg.lower, from, to);
        if (!m) continue;
        if (!named || (m.start <= at.start && m.end >= at.end)) {
            named = q.number;
            at = m;
        } else if (!(at.start <= m.start && at.end >= m.end)) {
            return 0;
        }
    }
    return named;
}

// A heading of its own paragraph ("Samtalerne", "Noter") in a word or two
// that names no question's topic, no benefit and nothing the vocabulary counts.
bool headingOfOtherTopic(const LetterContext& ctx, int si) {
    const auto& S = ctx.seg.sentences;
    const Sentence& s = S[si];
    const Line& line = ctx.seg.lines[s.line];
    if (s.question || s.tabular || s.bullet || line.words > 2 || holdsDigit(ctx.seg.flow, s.start, s.end)) return false;
    if ((si > 0 && S[si - 1].paragraph == s.paragraph) || (si + 1 < static_cast<int>(S.size()) && S[si + 1].paragraph == s.paragraph)) return false;
    const UChar last = ctx.seg.flow[s.end - 1];
    if (!u_isalpha(last) || !u_isupper(ctx.seg.flow.char32At(s.start))) return false;
    if (topicNamed(ctx, s.start, s.end) || !namedBenefit(ctx.seg.lower, s.start, s.end, ctx.data).empty()) return false;
    for (const auto& v : ctx.data.vocabulary) {
        if (v.pattern && v.pattern->find(ctx.seg.lower, s.start, s.end)) return false;
    }
    return true;
}

// A letter with no headings, whose subject line names one question's topic
// ("Målgruppen fordelt på ydelser – supplement"), answers that question.
void answerSubject(LetterContext& ctx) {
    if (ctx.firstSentence > ctx.lastSentence) return;
    const auto& L = ctx.seg.lines;
    const Regex& greeting = ctx.data.marker("greeting");
    int k = ctx.seg.sentences[ctx.firstSentence].line - 1;
    while (k >= 0 && (L[k].blank || greeting.lookingAt(ctx.seg.lower, L[k].start, L[k].end))) --k;
    if (k < 0 || L[k].words < 2 || L[k].tabular) return;
    const int named = topicNamed(ctx, L[k].start, L[k].end);
    if (!named) return;
    ctx.hasQuestions = true;
    std::fill(ctx.question.begin(), ctx.question.end(), named);
}

void locateQuestions(LetterContext& ctx) {
    const auto& S = ctx.seg.sentences;
    const Regex& questionRef = ctx.data.marker("question_ref");
    const Regex& answerNumber = ctx.data.marker("answer_number");
    const Regex& restated = ctx.data.marker("restated_question");
    auto lastNonSpaceUnit = [](const icu::UnicodeString& t, int32_t a, int32_t e) {
        while (e > a && isSpaceUnit(t[e - 1])) --e;
        return e > a ? t[e - 1] : u' ';
    };
    ctx.question.assign(S.size(), 0);
    ctx.questionOpened.assign(ctx.data.questions.size() + 1, -1);
    int current = 0;
    int i = ctx.firstSentence;
    // From here on the letter answers question n, when the minister asked one.
    bool entered = false;  // whether this sentence opened a question
    auto enter = [&](int n) {
        if (!ctx.data.question(n)) return;
        current = n;
        entered = true;
        ctx.hasQuestions = true;
        if (static_cast<std::size_t>(n) < ctx.questionOpened.size()) ctx.questionOpened[n] = i;
    };
    for (; i <= ctx.lastSentence; ++i) {
        const Sentence& s = S[i];
        entered = false;
        // A question of the minister's letter, or a short numbered heading ("Ad spørgsmål 2").
        const int words = ctx.seg.lines[s.line].words;
        // A restated question opens the paragraph that answers it.
        const bool opensParagraph = i == 0 || S[i - 1].paragraph != s.paragraph;
        if ((s.question || words <= 10 || (opensParagraph && restated.find(ctx.seg.lower, s.start, s.end))) && !s.tabular) {
            const UnitPairs sentencePairs(ctx.seg.lower, s.start, s.end);
            for (const auto& q : ctx.data.questions) {
                if (q.pattern->mayOccurIn(sentencePairs) && q.pattern->find(ctx.seg.lower, s.start, s.end)) {
                    enter(q.number);
                    break;
                }
            }
        }
        // "Rehabiliteringsteamet. Jobcentret har gået listen igennem …": a run-in
        // heading, a sentence of a word or two that opens its paragraph, names its topic.
        if (opensParagraph && !s.question && !s.tabular && lastNonSpaceUnit(ctx.seg.flow, s.start, s.end) == '.' && !holdsDigit(ctx.seg.flow, s.start, s.end) &&
            i + 1 <= ctx.lastSentence && S[i + 1].paragraph == s.paragraph && S[i + 1].line == s.line) {
            if (wordsIn(ctx.seg.flow, s.start, s.end) <= 2) {
                if (const int named = topicNamed(ctx, s.start, s.end); named && named != current) enter(named);
            }
        }
        // "Målgruppen: 8 borgere, …", "Aktivitet: I 3. kvartal …": a run-in
        // heading before a colon that names its topic.
        if (opensParagraph && !s.question && !s.tabular) {
            const int32_t colon = ctx.seg.flow.indexOf(u':', s.start, std::min<int32_t>(s.end - s.start, 30));
            if (colon > s.start && wordsIn(ctx.seg.flow, s.start, colon) <= 2) {
                if (const int named = topicNamed(ctx, s.start, colon); named && named != current) enter(named);
            }
        }
        // "Hvilke indsatser får de?", "Hvad med rehabiliteringsteamet?": a
        // short question on a line of its own, in the letter's own words,
        // asks the question whose topic it names.
        if (s.question && !s.tabular && words <= 8) {
            if (const int named = topicNamed(ctx, s.start, s.end); named && named != current) enter(named);
        }
        // "Indsatser i dag (spørgsmål 2)": a heading, no sentence, that names
        // its question; of two ("spørgsmål 1 og 3"), the first.
        if (!s.question && !s.tabular && words <= 10 && lastNonSpaceUnit(ctx.seg.flow, s.start, s.end) != '.') {
            if (const Match m = questionRef.find(ctx.seg.lower, s.start, s.end)) enter(ctx.seg.flow[m.end - 1] - '0');
        }
        // "Ad 2) Praktik 9, mentor 8, ...": an answer that opens with the
        // number of its question, however long its line.
        if (!s.tabular) {
            if (const Match m = answerNumber.lookingAt(ctx.seg.lower, s.start, s.end)) enter(ctx.seg.flow[m.end - 1] - '0');
        }
        // "2. Hvilke indsatser får borgerne?": a question under its number,
        // on a line of its own, or in its own cell of a table of questions
        // and answers ("1.⇥Hvor mange er i målgruppen?⇥32 borgere. ...");
        // "4. Sager til rehabiliteringsteamet": a heading under a number, in
        // the letter's own words, names its topic.
        if (!s.tabular) {
            const Line& line = ctx.seg.lines[s.line];
            const icu::UnicodeString& t = ctx.seg.flow;
            int32_t p = line.start;
            while (p < line.end && (t[p] == ' ' || t[p] == '\t')) ++p;
            // ("4 · Rehabiliteringsteamet": a number set off by a middle dot.)
            const bool dotted = p < line.end && isDigitFast(t[p]) && middleDotAfter(t, p + 1, line.end);
            const bool numbered = dotted || (p + 2 < line.end && isDigitFast(t[p]) && (t[p + 1] == '.' || t[p + 1] == ')') && (t[p + 2] == ' ' || t[p + 2] == '\t'));
            auto questionCell = [&] {
                int32_t e = s.end;
                while (e > s.start && t[e - 1] != '?' && isSpaceUnit(t[e - 1])) --e;
                return e > s.start && t[e - 1] == u'?' && e < line.end && t[e] == u'\t' && s.start <= p + 3;
            };
            // (A question wrapped over lines ends its last line: "1. Hvor mange ... fordeler de sig på / ydelser?")
            auto endsALine = [&] {
                int32_t e = s.end;
                while (e < t.length() && (t[e] == ' ' || t[e] == '\t')) ++e;
                return e == t.length() || t[e] == '\n' || t[e] == '\r';
            };
            if (numbered && s.question && (t[line.end - 1] == '?' || questionCell() || (s.end > line.end && endsALine()))) enter(t[p] - '0');
            // ("4. I skrev, at ca. 15 … burde forbi / rehabiliteringsteamet. Hvad er tallet nu?": a
            // numbered paragraph of a sentence or two that ends in its question.)
            int k = i;
            while (k > ctx.firstSentence && S[k - 1].paragraph == s.paragraph && i - k < 3) --k;
            if (!numbered && s.question && endsALine() && k < i && (k == ctx.firstSentence || S[k - 1].paragraph != s.paragraph)) {
                const Line& first = ctx.seg.lines[S[k].line];
                int32_t f = first.start;
                while (f < first.end && (t[f] == ' ' || t[f] == '\t')) ++f;
                const int n = f + 2 < first.end && isDigitFast(t[f]) && t[f + 1] == '.' && t[f + 2] == ' ' ? t[f] - '0' : 0;
                if (n && ctx.data.question(n)) {
                    enter(n);
                    ctx.questionOpened[n] = k;
                    for (int j = k; j < i; ++j) ctx.question[j] = n;
                }
            }
            if (numbered && !s.question && words <= 8 && lastNonSpaceUnit(t, s.start, s.end) != '.') {
                if (const int named = topicNamed(ctx, s.start, s.end); named && named != current) enter(named);
            }
        }
        // "Samtalerne", "Noter": a heading of a word or two, alone in its
        // paragraph, that names no question, no benefit and nothing counted
        // ends the answer before it.
        if (current && !entered && headingOfOtherTopic(ctx, i)) current = 0;
        ctx.question[i] = current;
    }
    if (!ctx.hasQuestions) answerSubject(ctx);
}

// The items of a list ("ordinært job, uddannelse og fleksjob") from `from`
// to the end of its clause: parted by commas and a last "og"/"samt". A
// comma after that last item ends the list (", mens løntilskud …").
std::vector<std::pair<int32_t, int32_t>> listItems(const IndexedText& t, int32_t from, int32_t to) {
    static const Regex gap("\\s*(,\\s*(og|samt)?|\\s(og|samt))\\s+");
    int32_t end = from;
    while (end < to && t[end] != '.' && t[end] != ';' && t[end] != ':' && t[end] != '(') ++end;
    std::vector<std::pair<int32_t, int32_t>> out;
    int32_t a = from;
    bool last = false;
    for (Match m; (m = gap.find(t, a, end));) {
        const icu::UnicodeString between = t.tempSubStringBetween(m.start, m.end);
        const bool joined = between.indexOf(u"og") >= 0 || between.indexOf(u"samt") >= 0;
        if (last && !joined) {
            end = m.start;
            break;
        }
        out.push_back({a, m.start});
        a = m.end;
        last = joined;
    }
    out.push_back({a, end});
    return out;
}

// What an item of such a list counts: a table label of the whole item
// ("uddannelse", "fleksjob"), else the first count cue in it ("kommet i
// ordinært job"); as the count cue of that category.
const VocabEntry* itemCue(const IndexedText& t, int32_t a, int32_t e, const DomainData& D,
                          std::initializer_list<const char*> sections = {"outcome", "status", "intervention"}) {
    const icu::UnicodeString item(t.tempSubStringBetween(a, e));
    for (const char* sec : sections) {
        const std::string category = labelCategory(item, sec, D);
        if (category.empty() || category == "total") continue;
        for (const VocabEntry* v : D.countCues) {
            if (v->section == sec && v->category == category) return v;
        }
    }
    return nullptr;
}

// The periods named inside [from, to), in order; a month is one ("i
// august, i oktober–november og i december 2018").
std::vector<const DateMention*> periodsWithin(const LetterContext& ctx, int32_t from, int32_t to) {
    std::vector<const DateMention*> out;
    for (const auto& d : ctx.dates) {
        if (d.start >= from && d.end <= to && (d.isPeriod() || d.kind == DateMention::Month)) out.push_back(&d);
    }
    return out;
}

// The first period named inside [from, to); with `months`, a month the
// counted things happen in is one too ("Sat på teamets møder i september
// 2018 | 5"; a caption's "fra vores svar i januar 2018" is no such month).
std::optional<std::string> periodWithin(const LetterContext& ctx, int32_t from, int32_t to, bool months) {
    for (const auto& d : ctx.dates) {
        if (d.start < from || d.end > to || comparedInBrackets(ctx, d)) continue;
        if (d.isPeriod()) return d.iso;
        if (months && isMonthPeriod(ctx, d, from)) return d.monthSpanIso();
    }
    return std::nullopt;
}

// "AKTIVE TILBUD I 3. KVARTAL 2018" over "Borgere med mindst ét aktivt
// tilbud: 73 af 86": the period the heading of an answer about one period
// names is its counts', where they name none.
std::optional<std::string> headingPeriod(const LetterContext& ctx, int si) {
    const int q = ctx.question[si];
    const QuestionEntry* entry = ctx.data.question(q);
    if (!entry || !entry->onePeriod || static_cast<std::size_t>(q) >= ctx.questionOpened.size()) return std::nullopt;
    const int h = ctx.questionOpened[q];
    if (h < 0 || h == si) return std::nullopt;
    const Sentence& heading = ctx.seg.sentences[h];
    // (A question asks of its period however long it is: "Hvor mange har været i aktive tilbud i 2. halvår 2018?")
    if (heading.tabular || (!heading.question && ctx.seg.lines[heading.line].words > 10)) return std::nullopt;
    if (auto p = periodWithin(ctx, heading.start, heading.end, false)) return p;
    // "AKTIVE TILBUD / Periode: 1. januar – 30. september 2018": a line that
    // only names the period, right under the heading.
    if (h + 1 < si) {
        const Sentence& next = ctx.seg.sentences[h + 1];
        if (ctx.data.marker("period_label").lookingAt(ctx.seg.lower, next.start, next.end)) return periodWithin(ctx, next.start, next.end, false);
    }
    return std::nullopt;
}

namespace {

// "64 modtager kontanthjælp, 9 uddannelseshjælp. Den resterende del modtager
// integrationsydelse": the rest of a total split by benefit is the benefit
// the rest's own words name, once that benefit has no count of its own.
// The last group sentence `p` names with its size ("for de 31
// kontanthjælpsmodtagere"), when it is larger than `part`.
std::optional<double> namedGroupBefore(const IndexedText& L, const Sentence& p, const Regex& named, double part) {
    const std::vector<NumberToken> tokens = NumberParser::get().find(L, p.start, p.end);
    for (auto t = tokens.rbegin(); t != tokens.rend(); ++t) {
        if (t->glued || t->value <= part) continue;
        if (named.find(L, std::max(p.start, t->start - 12), t->start)) return t->value;
    }
    return std::nullopt;
}

// Where a sentence's words start after the letter or number of its list
// item ("a) I august skønnede vi, …", "2) Heraf …").
int32_t afterEnumerator(const IndexedText& L, const Sentence& s) {
    int32_t p = s.start;
    while (p < s.end && L[p] == ' ') ++p;
    const int32_t words = afterItemMark(L, p, s.end);
    return words > p ? words : s.start;
}

// Whether the word at `p` opens a clause: the sentence's first word, or one
// after ",", ";", ":", "og", "men" or "mens".
bool opensAClause(const IndexedText& L, int32_t from, int32_t p) {
    const UChar* u = L.getBuffer();
    while (p > from && u[p - 1] == ' ') --p;
    if (p == from || u[p - 1] == ',' || u[p - 1] == ';' || u[p - 1] == ':') return true;
    auto afterWord = [&](std::u16string_view w) {
        const auto n = static_cast<int32_t>(w.size());
        return p - n >= from && L.compare(p - n, n, w.data()) == 0 && (p - n == from || u[p - n - 1] == ' ');
    };
    return afterWord(u"og") || afterWord(u"men") || afterWord(u"mens");
}

// Both counts ending at `a` and `b` are followed by the same preposition
// ("2 i august, 3 i september"), the first maybe after its verb, which the
// later ones leave out ("5 behandlet i maj og juni, 7 i 3. kvartal").
bool samePreposition(const IndexedText& L, int32_t a, int32_t b, int32_t end) {
    static constexpr std::u16string_view kPrepositions[] = {u" i ", u" på ", u" til ", u" under ", u" hos ", u" med "};
    for (const auto p : kPrepositions) {
        const auto n = static_cast<int32_t>(p.size());
        const icu::UnicodeString word(p.data(), n);
        if (b + n > end || L.compare(b, n, word) != 0) continue;
        if (L.compare(a, n, word) == 0) return true;
        int32_t verbEnd = a + 1;
        while (verbEnd < b && u_isalpha(L[verbEnd])) ++verbEnd;
        if (verbEnd > a + 1 && L.compare(verbEnd, n, word) == 0) return true;
    }
    return false;
}

// "fire af sagerne i andet kvartal og seks på møderne i september": each
// member names its own period after a preposition, so the later one is the
// same kind of count for another time, whatever words carry the period.
bool parallelPeriods(const LetterContext& ctx, int32_t a, int32_t b, int32_t bEnd, int32_t end) {
    const IndexedText& L = ctx.seg.lower;
    static constexpr std::u16string_view kPrepositions[] = {u" i ", u" på ", u" til ", u" under "};
    if (std::none_of(std::begin(kPrepositions), std::end(kPrepositions), [&](std::u16string_view p) {
            const auto n = static_cast<int32_t>(p.size());
            return bEnd + n <= end && L.compare(bEnd, n, icu::UnicodeString(p.data(), n)) == 0;
        })) return false;
    int32_t clauseEnd = bEnd;
    while (clauseEnd < end && clauseEnd - bEnd < 40 && L[clauseEnd] != ',' && L[clauseEnd] != ';' && L[clauseEnd] != '.') ++clauseEnd;
    return periodWithin(ctx, a, b, true) && periodWithin(ctx, bEnd, clauseEnd, true);
}

// What a cue inside what a count includes or has ended costs: more than one in another clause.
constexpr int32_t kIncludedOnly = 1500;

// "6 i august og september (teamet nåede 7 af de 8 berammede sager, men den
// ene borger har siden fået sit ressourceforløb …), 4 i oktober": a bracket
// that is a clause of its own, opened by words, remarks on the counts around
// it; its figures are none of theirs. (Not a bracket of parts: "(heraf 5 …)",
// "(fem af dem venter …)".)
// The brackets of sentence `s` that are remarks (above), as spans.
std::vector<Match> remarksIn(const IndexedText& L, const Sentence& s, const Regex& partsLead) {
    constexpr int kRemarkWords = 5;
    std::vector<Match> out;
    for (int32_t open = L.indexOf(u'(', s.start, s.end - s.start); open >= 0; open = L.indexOf(u'(', open + 1, s.end - open - 1)) {
        const int32_t close = L.indexOf(u')', open, s.end - open);
        if (close < 0) break;
        const int32_t first = firstNonSpace(L, open + 1, close);
        if (first >= close || !u_isalpha(L[first]) || !holdsDigit(L, s.start, open)) continue;
        // (Opened by a number word, "(fem af dem venter …)", it counts.)
        const std::vector<NumberToken> opening = NumberParser::get().find(L, first, std::min(close, first + 16));
        if ((!opening.empty() && opening.front().start == first) || partsLead.lookingAt(L, first, close)) continue;
        if (wordsIn(L, first, close) >= kRemarkWords) out.push_back({open, close + 1});
    }
    return out;
}

bool inRemark(const std::vector<Match>& remarks, const NumberToken& n) {
    return std::any_of(remarks.begin(), remarks.end(), [&](const Match& r) { return n.start > r.start && n.end < r.end; });
}

// "19 af 58 kth.-modtagere (21 af 61)", "11 (13)": a bracket of bare figures
// after a count gives the figures of an earlier time beside it, no count.
bool figuresAside(const IndexedText& L, const Sentence& s, const NumberToken& n, const std::vector<DateMention>& dates) {
    const int32_t open = L.lastIndexOf(u'(', s.start, n.start - s.start);
    if (open < 0) return false;
    const int32_t close = L.indexOf(u')', n.end, s.end - n.end);
    if (close < 0) return false;
    // After the count it stands beside, in its clause: a few words at most, no comma between.
    constexpr int kAsideWords = 6;
    int32_t before = open;
    while (before > s.start && !u_isdigit(L[before - 1])) {
        if (u_ispunct(L[before - 1]) && L[before - 1] != '.' && L[before - 1] != '-') return false;
        --before;
    }
    if (before == s.start || wordsIn(L, before, open) > kAsideWords) return false;
    // (Not after a date's year, "i juni og juli 2018 (4)", nor a denominator, "141 (af 688)".)
    if (std::any_of(dates.begin(), dates.end(), [&](const DateMention& d) { return d.start < before && before <= d.end; })) return false;
    if (firstNonSpace(L, open + 1, close) != n.start) return false;
    // ("39 af de 46 … (85 %)": a share in brackets is the count's own.)
    if (L.indexOf(u'%', open, close - open) >= 0) return false;
    static const icu::UnicodeString kWords[] = {u"af", u"ud"};
    for (int32_t k = open + 1; k < close;) {
        if (!u_isalpha(L[k])) { ++k; continue; }
        int32_t e = k;
        while (e < close && u_isalpha(L[e])) ++e;
        const icu::UnicodeString w = L.tempSubStringBetween(k, e);
        if (std::none_of(std::begin(kWords), std::end(kWords), [&](const icu::UnicodeString& x) { return w.caseCompare(x, 0) == 0; })) return false;
        k = e;
    }
    return true;
}

// "en er i nytteindsats", "den ene blev behandlet": one person as the subject
// of a clause. Number words leave "en" out (far more often the article), so
// these ones are added where a clause opens with them.
// `seenOne` carries over the paragraph: "Den ene er sygemeldt. Den anden
// burde være startet ..."; "Én af de tre var på mødet ... Den tredje venter".
void addPronounOnes(const IndexedText& L, const Sentence& s, const Regex& rx, const Regex& allBut, std::vector<NumberToken>& numbers, bool& seenOne) {
    bool added = false;
    // "den anden" is one only after "den ene" or another "én" ("den tredje"
    // or "den fjerde", as the subject of a verb, always is).
    for (const NumberToken& t : numbers) seenOne |= t.word && t.value == 1;
    // Only where a clause opens (the sentence's start, after ",", ";", ":",
    // "og", "men" or "mens") is the pattern tried: the article is everywhere else.
    const UChar* u = L.getBuffer();  // positions stay inside the sentence
    for (int32_t p = s.start; p + 1 < s.end; ++p) {
        if ((u[p] != 'e' && u[p] != 'd') || (p > s.start && u[p - 1] != ' ' && u[p - 1] != ',')) continue;
        // "og i den anden sag venter vi", "og for den sidste venter vi": the case a clause opens with.
        int32_t q = p;
        if (L.compare(p, 4, u"den ") == 0) {
            for (const std::u16string_view w : {u"i ", u"for "}) {
                const auto n = static_cast<int32_t>(w.size());
                if (p - n >= s.start && L.compare(p - n, n, w.data()) == 0 && (p - n == s.start || u[p - n - 1] == ' ')) {
                    q = p - n;
                    break;
                }
            }
        }
        // ("Alle på nær en har haft …": the one all but which; "Kvinden … er den
        // eneste, som ikke er i tilbud": the one a copula names.)
        auto namedOnly = [&] {
            if (L.compare(p, 10, u"den eneste") != 0) return false;
            for (const std::u16string_view w : {u"er ", u"var "}) {
                const auto n = static_cast<int32_t>(w.size());
                if (p - n > s.start && L.compare(p - n, n, w.data()) == 0 && u[p - n - 1] == ' ') return true;
            }
            return false;
        };
        if (!opensAClause(L, s.start, q) && !allBut.find(L, std::max(s.start, p - 24), p) && !namedOnly()) continue;
        const Match m = rx.lookingAt(L, p, s.end);
        if (!m) continue;
        const bool other = L.compare(m.start, 8, u"den ande") == 0;
        seenOne |= u[m.start] == 'd' && !other;
        if (other && !seenOne) continue;
        NumberToken tok;
        tok.start = m.start;
        tok.end = m.end;
        tok.value = 1;
        tok.word = true;
        tok.person = true;
        numbers.push_back(tok);
        added = true;
        p = m.end;
    }
    if (added) std::sort(numbers.begin(), numbers.end(), [](const NumberToken& a, const NumberToken& b) { return a.start < b.start; });
}

// "To var ikke fritaget …: en kvinde på kontanthjælp, hvis …, og en mand på
// integrationsydelse, som …": after a count and its colon, as many people
// as the count, each named with the article and a benefit, are one each.
void addListedOnes(const IndexedText& L, const Sentence& s, const Regex& rx, std::vector<NumberToken>& numbers) {
    const int32_t colon = L.indexOf(u':', s.start, s.end - s.start);
    if (colon < 0) return;
    const NumberToken* count = nullptr;
    for (const NumberToken& t : numbers) {
        if (t.end <= colon && !t.glued) count = &t;
    }
    if (!count || count->value < 2 || count->value > 4) return;
    std::vector<NumberToken> ones;
    for (int32_t p = colon + 1; p < s.end;) {
        const Match m = rx.find(L, p, s.end);
        if (!m) break;
        if (!opensAClause(L, s.start, m.start)) return;
        NumberToken tok;
        tok.start = m.start;
        tok.end = m.start + 2;
        tok.value = 1;
        tok.word = true;
        tok.person = true;
        tok.listed = true;
        ones.push_back(tok);
        p = m.end;
    }
    if (static_cast<double>(ones.size()) != count->value) return;
    for (const NumberToken& o : ones) {
        if (std::any_of(numbers.begin(), numbers.end(), [&](const NumberToken& t) { return t.start == o.start; })) return;
    }
    numbers.insert(numbers.end(), ones.begin(), ones.end());
    std::sort(numbers.begin(), numbers.end(), [](const NumberToken& a, const NumberToken& b) { return a.start < b.start; });
}

// 2, 3 or 4 for a one read from "den anden", "den tredje" or "den fjerde"; else 0.
int ordinalOne(const IndexedText& L, const NumberToken& t) {
    static const std::pair<const char16_t*, int> ordinals[] = {{u"den anden", 2}, {u"den tredje", 3}, {u"den fjerde", 4}};
    if (!t.word || t.value != 1) return 0;
    for (const auto& [text, n] : ordinals) {
        const int32_t len = static_cast<int32_t>(std::char_traits<char16_t>::length(text));
        if (t.end - t.start >= len && L.compare(t.start, len, text) == 0) return n;
    }
    return 0;
}

std::optional<Fact> restOfBenefitSplit(const LetterContext& ctx, const Sentence& s, const Match& rest,
                                       const std::vector<Fact>& facts, std::size_t windowStart) {
    const std::string benefit = namedBenefit(ctx.seg.lower, rest.start, s.end, ctx.data);
    if (benefit.empty() || benefit == "all") return std::nullopt;
    double parts = 0;
    int named = 0;
    for (auto it = facts.rbegin(); it != facts.rend() && it->start >= windowStart; ++it) {
        if (!it->value || it->derived || it->ofTotal) return std::nullopt;
        if (it->benefit != "all") {
            if (it->benefit == benefit) return std::nullopt;
            parts += *it->value;
            ++named;
            continue;
        }
        if (named == 0 || *it->value <= parts) return std::nullopt;
        for (auto p = facts.rbegin(); p != it; ++p) {
            if (p->section != it->section || p->category != it->category) return std::nullopt;
        }
        Fact f = makeFact(ctx, s);
        f.section = it->section;
        f.category = it->category;
        f.benefit = benefit;
        f.value = *it->value - parts;
        f.approx = it->approx;
        f.period = it->period;
        f.asOf = it->asOf;
        f.derived = true;
        f.confidence = 0.75;
        return f;
    }
    return std::nullopt;
}

// The set the sentence before si opens with ("Af de 21 kontanthjælpsmodtagere
// uden tilbud er 18 sygemeldte", "12 borgere står uden tilbud, og 10 af dem er
// fritaget"): its numbers, the set's first; none when it opens with none.
std::vector<NumberToken> openedSet(const LetterContext& ctx, int si) {
    const auto& S = ctx.seg.sentences;
    const IndexedText& L = ctx.seg.lower;
    if (si <= ctx.firstSentence || S[si - 1].tabular) return {};
    const Sentence& set = S[si - 1];
    std::vector<NumberToken> numbers = NumberParser::get().find(L, set.start, set.end);
    // (Not "§ 13, stk. 7": no counts.)
    const Regex& notBefore = ctx.data.marker("not_before");
    std::erase_if(numbers, [&](const NumberToken& n) { return static_cast<bool>(notBefore.find(L, std::max(set.start, n.start - 12), n.start)); });
    if (numbers.empty()) return {};
    const Regex& opening = ctx.data.marker("set_opening");
    if (opening.find(L, set.start, numbers[0].start)) return numbers;
    // "Seks af de 8 borgere uden tilbud er fritaget": the set after its part.
    if (numbers.size() >= 2 && L.tempSubStringBetween(set.start, numbers[0].start).trim().isEmpty() &&
        opening.find(L, numbers[0].end, numbers[1].start) && numbers[1].value > numbers[0].value) {
        std::swap(numbers[0], numbers[1]);
        return numbers;
    }
    const Regex& partRef = ctx.data.marker("subset_ref");
    const bool partsOfIt = numbers.size() > 1 && std::all_of(numbers.begin() + 1, numbers.end(), [&](const NumberToken& n) {
        const Match m = partRef.find(L, n.end, std::min(set.end, n.end + 16));
        return m && m.start == n.end + 1;
    });
    return partsOfIt ? numbers : std::vector<NumberToken>{};
}

// "Af de 25 uden tilbud er 19 sygemeldte, og 3 er på barsel. De resterende
// skulle have haft et tilbud": the rest of a set the sentence before opens
// with and breaks down into parts the letter does not count; what the rest
// are, its own cue says.
std::optional<Fact> restOfOpenedSet(const LetterContext& ctx, int si, const Match& rest) {
    const auto& S = ctx.seg.sentences;
    const IndexedText& L = ctx.seg.lower;
    const Sentence& s = S[si];
    if (L.tempSubStringBetween(s.start, rest.start).trim().length() > 0) return std::nullopt;
    const std::vector<NumberToken> numbers = openedSet(ctx, si);
    if (numbers.size() < 2) return std::nullopt;
    const Sentence& set = S[si - 1];
    double parts = 0;
    for (std::size_t k = 1; k < numbers.size(); ++k) {
        if (numbers[k].glued || ctx.data.marker("pct_after").find(L, numbers[k].end, set.end) || overlapsDate(numbers[k], ctx.dates)) return std::nullopt;
        parts += numbers[k].value;
    }
    if (parts >= numbers[0].value) return std::nullopt;
    for (const VocabEntry* v : ctx.data.countCues) {
        if (!v->pattern->find(L, rest.end, s.end)) continue;
        Fact f = makeFact(ctx, s);
        f.section = v->section;
        f.category = v->category;
        const std::string b = namedBenefit(L, set.start, set.end, ctx.data);
        f.benefit = b.empty() ? "all" : b;
        f.value = numbers[0].value - parts;
        f.derived = true;
        f.confidence = 0.7;
        return f;
    }
    return std::nullopt;
}

}  // namespace

// Where a count says which part of the municipality it is of ("58 af de 67
// borgere i Nakskov", "7 i afdeling Syd"): the part's name after `from`, or
// an empty span. (Not an offer's place: "9 i Sundhedscenteret".)
std::pair<int32_t, int32_t> partNamedAfter(const icu::UnicodeString& t, const IndexedText& L, int32_t from, int32_t to, const DomainData& D) {
    const Match m = D.marker("part_place").lookingAt(L, from, to);
    if (!m) return {};
    const int32_t name = L.lastIndexOf(u" i ", 3, m.start, m.end - m.start) + 3;
    const icu::UnicodeString words(t, name, m.end - name);
    if (!D.namesAPart(words) || (D.anyMention && D.anyMention->find(L, name, m.end))) return {};
    return {name, m.end};
}

// "58 af de 67 borgere i Nakskov og 40 af de 47 i Maribo", "9 borgere i
// Nakskov og 7 i Maribo": the counts of the municipality's parts, one per
// part, are the municipality's count, their sum (and their totals' sum).
// (Not in brackets: "5 af praktikanterne (3 i Nakskov og 2 i Maribo)" only
// splits the count before them.)
void sumCountsOfParts(const icu::UnicodeString& t, const IndexedText& L, const Sentence& s, std::vector<Candidate>& cands, const DomainData& D) {
    auto totalAfter = [&](std::size_t k) { return cands[k].ofTotal && k + 1 < cands.size() && cands[k + 1].isTotalOf; };
    auto endOf = [&](std::size_t k) { return totalAfter(k) ? cands[k + 1].tok.end : cands[k].tok.end; };
    auto bracketed = [&](int32_t p) { return L.lastIndexOf(u'(', s.start, p - s.start) > L.lastIndexOf(u')', s.start, p - s.start); };
    for (std::size_t a = 0; a < cands.size(); ++a) {
        if (cands[a].pct || cands[a].isTotalOf || bracketed(cands[a].tok.start)) continue;
        auto part = partNamedAfter(t, L, endOf(a), s.end, D);
        if (part.first == part.second) continue;
        std::vector<icu::UnicodeString> named{icu::UnicodeString(t, part.first, part.second - part.first)};
        for (std::size_t b = a + 1 + totalAfter(a); b < cands.size();) {
            const Candidate& next = cands[b];
            if (next.pct || next.isTotalOf || next.ofTotal.has_value() != cands[a].ofTotal.has_value()) break;
            icu::UnicodeString gap(L.tempSubStringBetween(part.second, next.lead));
            if (gap.trim() != u"og" && gap != u", og" && gap != u",") break;
            const auto its = partNamedAfter(t, L, endOf(b), s.end, D);
            const icu::UnicodeString name(t, its.first, its.second - its.first);
            if (its.first == its.second || std::find(named.begin(), named.end(), name) != named.end()) break;
            named.push_back(name);
            cands[a].tok.value += next.tok.value;
            if (cands[a].ofTotal) *cands[a].ofTotal += *next.ofTotal;
            cands[a].counted |= next.counted;
            cands[a].derived = true;
            part = its;
            cands.erase(cands.begin() + static_cast<std::ptrdiff_t>(b), cands.begin() + static_cast<std::ptrdiff_t>(b + 1 + totalAfter(b)));
        }
    }
}

std::vector<Fact> extractCountFacts(const LetterContext& ctx, std::vector<std::string>& warnings) {
    std::vector<Fact> facts;
    const auto& D = ctx.data;
    const auto& S = ctx.seg.sentences;
    const icu::UnicodeString& t = ctx.seg.flow;   // for letter case
    const IndexedText& L = ctx.seg.lower;  // for patterns (and their literal look-ups)
    const Regex& countNoun = D.marker("count_noun");
    const Regex& ofTotalRx = D.marker("of_total");
    const Regex& anaphor = D.marker("anaphor");
    const Regex& allOfThem = D.marker("all_of_them");
    const Regex& anaphorSubject = D.marker("anaphor_subject");
    const Regex& describedEarlier = D.marker("described_earlier");
    const Regex& excluded = D.marker("excluded");
    const Regex& startedIn = D.marker("started_in");
    const Regex& joined = D.marker("joined_group");
    const Regex& joinedLabel = D.marker("joined_label");
    const Regex& restAfter = D.marker("rest_after");
    const Regex& restBefore = D.marker("rest_before");
    const Regex& shareApposed = D.marker("share_apposed");
    const Regex& oneQualifier = D.marker("one_qualifier");
    const Regex& personAfter = D.marker("one_person");
    const Regex& unitAfter = D.marker("unit_after");
    const Regex& pctAfter = D.marker("pct_after");
    const Regex& pctBefore = D.marker("pct_before");
    const Regex& capacity = D.marker("capacity");
    const Regex& capacityBefore = D.marker("capacity_before");
    const Regex& ageBand = D.marker("age_band");
    const Regex& populationLead = D.marker("population_lead");
    const Regex& populationAfter = D.marker("population_after");
    const Regex& allActivityReady = D.marker("all_activity_ready");
    const Regex& namesTargetGroup = D.marker("names_target_group");
    const Regex& restates = D.marker("restates");
    const Regex& notBefore = D.marker("not_before");
    const Regex& restatedRatio = D.marker("restated_ratio");
    const Regex& pronounGoesOn = D.marker("pronoun_goes_on");
    const Regex& masked = D.marker("masked");
    const Regex& approxRx = D.marker("approx");
    const Regex& remainder = D.marker("remainder");
    const Regex& staffCount = D.marker("staffed");
    const Regex& subset = D.marker("subset");
    const Regex& subsetLead = D.marker("subset_lead");
    const Regex& exempt = D.marker("exempt");
    const Regex& elsewhere = D.marker("elsewhere");
    const Regex& aside = D.marker("aside");
    const Regex& earlier = D.marker("earlier_time");
    const Regex& inYear = D.marker("in_year");
    const Regex& thenAt = D.marker("then_at");
    const Regex& goal = D.marker("goal");
    const Regex& benefitLead = D.marker("benefit_count_lead");
    const Regex& including = D.marker("including");
    const Regex& otherProject = D.marker("other_project");
    const Regex& ownProject = D.marker("own_project");
    const Regex& totalLead = D.marker("total_lead");
    const Regex& reviewed = D.marker("reviewed");
    const Regex& subsetRef = D.marker("subset_ref");
    const Regex& setVerb = D.marker("set_verb");
    const Regex& screenedAll = D.marker("screened_all");
    const Regex& countVerb = D.marker("count_verb");
    const Regex& countLead = D.marker("count_lead");
    const Regex& respectively = D.marker("respectively");
    const Regex& gappedLink = D.marker("gapped_link");
    const Regex& gappedPeriod = D.marker("gapped_period");
    const Regex& onePronoun = D.marker("one_pronoun");
    const Regex& listedPerson = D.marker("listed_person");
    const Regex& changedFrom = D.marker("changed_from");
    const Regex& range = D.marker("range");
    const Regex& allBut = D.marker("all_but");
    const Regex& allOf = D.marker("all_of");
    const Regex& corrects = D.marker("corrects");
    const Regex& groupNamed = D.marker("group_named");
    const Regex& sameFigureRx = D.marker("same_figure");
    const Regex& appliesToAll = D.marker("applies_to_all");
    const Regex& earlierReply = D.marker("earlier_reply");
    // Whether a figure was counted before (in `section`, when one is given):
    // a group named again, not counted anew.
    auto namedBefore = [&facts](double value, const std::string* section) {
        return std::any_of(facts.begin(), facts.end(), [&](const Fact& f) { return f.value && *f.value == value && (!section || f.section == *section); });
    };
    // A figure counted before sentence `si`, or in a table or list before it
    // ("– uden aktuelt tilbud: 35"): named there, though its facts are read after the prose.
    auto seenBefore = [&](int si, double value) {
        if (namedBefore(value, nullptr)) return true;
        for (int k = ctx.firstSentence; k < si; ++k) {
            if (!S[k].tabular) continue;
            for (const NumberToken& n : NumberParser::get().find(L, S[k].start, S[k].end)) {
                if (n.value == value) return true;
            }
        }
        return false;
    };
    bool seenOne = false;
    std::optional<std::pair<int, std::size_t>> awayGroup;  // the sentence of the last count set aside, and the facts then
    // What the last count of an earlier time counted ("I august vurderede
    // jobcentret, at seksten kontanthjælpsmodtagere skulle have deres sag
    // forbi teamet"), for the figure that updates it ("er tallet nu sytten af de toogfyrre").
    struct SetAside {
        int sentence;
        const VocabEntry* cue;
        std::string benefit;
        bool ofTotal;  // an "x af y", which a figure given again as "x af y" is
    };
    std::optional<SetAside> setAside;
    const Regex& updated = D.marker("updated_figure");
    int updatedIn = -1;  // the sentence of the last figure given again as it is now
    const Regex& besidesPart = D.marker("besides_part");
    const Regex& explainsChange = D.marker("explains_change");
    int reconciling = -1;  // the paragraph that accounts for how the figures changed
    for (int si = ctx.firstSentence; si <= ctx.lastSentence; ++si) {
        const Sentence& s = S[si];
        if (si == ctx.firstSentence || s.paragraph != S[si - 1].paragraph) seenOne = false;
        if (s.tabular || s.question) continue;
        if (explainsChange.lookingAt(L, s.start, s.end)) reconciling = s.paragraph;
        if (s.paragraph == reconciling) continue;
        std::vector<Candidate> cands;
        std::vector<NumberToken> numbers = NumberParser::get().find(L, s.start, s.end);
        if (correctFigure(ctx, si, numbers, corrects, facts)) continue;
        addPronounOnes(L, s, onePronoun, allBut, numbers, seenOne);
        addListedOnes(L, s, listedPerson, numbers);
        const std::vector<Match> remarks = L.indexOf(u'(', s.start, s.end - s.start) >= 0 ? remarksIn(L, s, subsetLead) : std::vector<Match>();
        int32_t ratioTotalAt = -1;  // the "y" of a restated "x ud af y", skipped with its "x"
        for (std::size_t ni = 0; ni < numbers.size(); ++ni) {
            const NumberToken& n = numbers[ni];
            // "26/30 har haft aktivt tilbud": a short ratio glued by its slash, before its verb.
            auto inSlashRatio = [&] {
                return (ni + 1 < numbers.size() && slashRatio(L, s, n, numbers[ni + 1], countVerb)) ||
                       (ni > 0 && slashRatio(L, s, numbers[ni - 1], n, countVerb));
            };
            if ((n.glued && !inSlashRatio()) || overlapsDate(n, ctx.dates) || figuresAside(L, s, n, ctx.dates) || inRemark(remarks, n)) continue;
            const int32_t rawDigits = n.end - n.start;
            // A long run of digits with no thousands separator is a code or a phone number.
            if (!n.word && !n.decimal && rawDigits >= 5) {
                const icu::UnicodeString digits = L.tempSubStringBetween(n.start, n.end);
                if (digits.indexOf(u'.') < 0 && digits.indexOf(u' ') < 0) continue;
            }
            // A heading's number set off by a middle dot ("2 · Indsatser"; not a list's "kontanthjælp 109 · uddannelseshjælp 13").
            auto opensLine = [&] {
                int32_t p = n.start;
                while (p > 0 && (t[p - 1] == ' ' || t[p - 1] == '\t')) --p;
                return p == 0 || t[p - 1] == '\n';
            };
            if (!n.word && middleDotAfter(t, n.end, s.end) && opensLine()) continue;
            // An ordinal ("hver 4. uge") or a postcode ("8400 Ebeltoft").
            if (!n.word && n.end + 2 < s.end && t[n.end] == '.' && t[n.end + 1] == ' ' && u_islower(t[n.end + 2])) continue;
            if (!n.word && rawDigits == 4 && n.end + 1 < s.end && t[n.end] == ' ' && u_isupper(t[n.end + 1])) continue;
            // Phone numbers written in groups ("87 53 50 00"); a date's year
            // before a count is none ("havde den 31. juli 2018 142 ...").
            auto afterDate = [&] { return std::any_of(ctx.dates.begin(), ctx.dates.end(), [&](const DateMention& d) { return d.end == n.start - 1; }); };
            if (!n.word && ((n.end + 1 < s.end && t[n.end] == ' ' && u_isdigit(t[n.end + 1])) ||
                            (n.start >= s.start + 2 && t[n.start - 1] == ' ' && u_isdigit(t[n.start - 2]) && !afterDate()))) continue;
            // "Kun én borger": a person after the one makes it a count again.
            if (n.word && n.value == 1 && oneQualifier.find(L, std::max(s.start, n.start - 20), n.start) &&
                !personAfter.lookingAt(L, n.end, std::min(s.end, n.end + 12)))
                continue;
            // "2) Heraf har 3 …": a note's or an item's number, no count.
            if (!n.word && n.start == s.start && n.end < s.end && t[n.end] == ')') continue;
            // A year on its own.
            if (!n.word && !n.decimal && rawDigits == 4 && n.value >= 1990 && n.value <= 2049) continue;
            Candidate c;
            c.tok = n;
            // "af de ca. 45": the approximation stands between a count and what leads it.
            const Match approxBefore = approxRx.find(L, std::max(s.start, n.start - 16), n.start);
            c.lead = approxBefore ? approxBefore.start : n.start;
            const int32_t after = std::min(s.end, n.end + 60);
            Match ua = unitAfter.lookingAt(L, n.end, after);
            if (ua && ua.start == n.end) continue;
            Match nb = notBefore.find(L, std::max(s.start, n.start - 20), n.start);
            if (nb) continue;
            // "altså mere end fire ud af fem" restates the counts before it: a ratio, no count.
            if (L.tempSubStringBetween(n.end, std::min(s.end, n.end + 7)) == u" ud af " &&
                restatedRatio.find(L, std::max(s.start, n.start - 30), n.start)) {
                ratioTotalAt = n.end + 7;
                continue;
            }
            if (n.start == ratioTotalAt) continue;
            if (changedFrom.find(L, std::max(s.start, n.start - 80), n.start)) continue;
            if (range.find(L, std::max(s.start, n.start - 16), n.start)) continue;
            // "under 5 borgere", "<5": a small count withheld, no count.
            if (n.value <= 5 && masked.find(L, std::max(s.start, n.start - 16), n.start)) continue;
            if (capacity.lookingAt(L, n.end, afterWords(t, n.end, after, 5, true))) continue;
            if (capacityBefore.find(L, std::max(s.start, n.start - 30), n.start)) continue;
            if (ageBand.lookingAt(L, n.end, after)) continue;
            // All the municipality's activity-ready people are the base the target
            // group is a share of, unless a part is read against them ("Af kommunens
            // 1.204 aktivitetsparate ... har 183").
            // ("2.741 aktivitetsparate borgere på de tre ydelser i alt": all of them, whatever leads.)
            if (allActivityReady.lookingAt(L, n.end, after) && !namesTargetGroup.find(L, s.start, s.end)) continue;
            if (populationAfter.lookingAt(L, n.end, after) && populationLead.find(L, std::max(s.start, n.start - 30), n.start) &&
                !totalLead.find(L, std::max(s.start, n.start - 26), n.start)) continue;
            Match pa = pctAfter.lookingAt(L, n.end, after);
            c.pct = (pa && pa.start == n.end) || pctBefore.find(L, std::max(s.start, c.lead - 50), c.lead);
            // People come whole: "118,6 helårspersoner" is a measure, no count.
            if (!c.pct && n.value != std::floor(n.value)) continue;
            // What a count counts is within its next four words (count_noun): the search ends there.
            Match cn = countNoun.lookingAt(L, n.end, afterWords(t, n.end, after, 4, false));
            c.counted = c.pct || (cn && cn.start == n.end);
            // "98 borgere på kontanthjælp", "40 modtagere af kontanthjælp og
            // integrationsydelse": the benefits named in the count's own words,
            // up to a comma or the next number.
            if (cn && cn.start == n.end) {
                const int32_t next = ni + 1 < numbers.size() ? numbers[ni + 1].start : s.end;
                int32_t own = std::max(cn.end, afterWords(t, cn.end, std::min(next, n.end + 60), 5, true));
                // ("9 på uddannelseshjælp og resten på integrationsydelse": the rest's benefit is not the count's.)
                if (const Match r = remainder.find(L, cn.end, own)) own = std::max(cn.end, r.start);
                c.ownBenefit = namedBenefit(L, cn.start, benefitListEnd(L, own, next, D), D);
            }
            // "41 (kontanthjælp) + 6 (uddannelseshjælp)": a benefit in brackets
            // right after the count names what it counts; with a count of its
            // own in them ("38 (heraf 28 på kontanthjælp)") it names that part's.
            if (int32_t o = n.end + (n.end < s.end && t[n.end] == ' '); o + 2 < s.end && t[o] == '(') {
                const int32_t close = L.indexOf(u')', o, std::min(s.end, o + 40) - o);
                const bool partInside = ni + 1 < numbers.size() && numbers[ni + 1].start < close;
                if (close > o && !partInside) {
                    if (std::string b = namedBenefit(L, o + 1, close, D); !b.empty() && b != "all") c.ownBenefit = b, c.counted = true;
                }
            }
            // "modtager kontanthjælp (68 borgere)": a count in brackets counts the
            // benefit the word before them names; "virksomhedspraktik (17),
            // mentor (12)": a number alone in them counts what that word names.
            const auto [w, e] = wordBeforeBracket(t, s.start, n.start);
            const bool bracketed = n.start > s.start && t[n.start - 1] == '(' && n.end < s.end && t[n.end] == ')';
            if (w < e) {
                if (c.ownBenefit.empty()) c.ownBenefit = namedBenefit(L, w, e, D);
                if (!n.word && bracketed && e >= n.start - 2) c.counted = true;
            }
            // "behandlet på teamets møder i juni (4), sat på dagsordenen (7)": a
            // count in brackets counts the words before it, not those after,
            // unless it only spells out the number before it ("fjorten (14) er sat").
            if (bracketed) {
                const auto spelt = NumberParser::get().find(L, w, e);
                c.countsPhraseBefore = spelt.empty() || spelt.back().value != n.value;
            }
            // "virksomhedspraktik for 31 borgere, mentorstøtte for 17": after "for",
            // a count counts the words before it.
            // (Not where "for" opens a clause: "og for den sidste venter vi".)
            c.afterFor = n.start - s.start >= 6 && L.compare(n.start - 5, 5, u" for ") == 0 && isAlphaFast(L[n.start - 6]) &&
                         !opensAClause(L, s.start, n.start - 4);
            c.countsPhraseBefore |= c.afterFor;
            // "antallet på integrationsydelse er 6": the benefit the count's lead names.
            if (c.ownBenefit.empty()) {
                if (const Match bl = benefitLead.find(L, std::max(s.start, c.lead - 60), c.lead)) {
                    if (std::string b = namedBenefit(L, bl.start, bl.end, D); !b.empty() && b != "all") c.ownBenefit = b, c.counted = true;
                }
            }
            c.anaphor = static_cast<bool>(anaphor.find(L, std::max(s.start, c.lead - 20), c.lead));
            // "UDEN TILBUD – 15 BORGERE": a heading in capitals restates a count given before it.
            if (!c.anaphor && inCapitals(t, s.start, s.end) && seenBefore(si, n.value)) c.anaphor = true;
            // ... unless "de" is a subject and the number was not named before.
            // "De 16 borgere uden aktivt tilbud har ...": a sentence that opens
            // with "De", a figure not named before and what it counts names the group first;
            // so does "Af de 61, der er gået ud af den, er 13 kommet i job": a
            // group its own clause names.
            bool opensSentence = false;
            if (c.lead - s.start <= 7) {
                const icu::UnicodeString opener = L.tempSubStringBetween(s.start, c.lead).trim();
                // ("Af de 84 borgere, der fortsat er i målgruppen": after the count's noun.)
                int32_t r = n.end;
                // (Not where the clause says what they were: "Af de 12 sager, der var planlagt til 4. kvartal".)
                if (c.counted && !describedEarlier.lookingAt(L, n.end, after)) {
                    while (r < after && t[r] == ' ') ++r;
                    while (r < after && u_isalpha(t[r])) ++r;
                }
                const bool relative = L.compare(r, 6, u", der ") == 0 || L.compare(r, 6, u", som ") == 0;
                opensSentence = (opener == u"de" && (c.counted || countVerb.lookingAt(L, n.end, after))) ||
                                (opener == u"af de" && relative && countVerb.lookingAt(L, r, after));
            }
            // ("De 4 sager, vi i august havde sat på til september, er alle blevet
            // behandlet": a sentence opened by the group may name a list's line.)
            if (c.anaphor && opensSentence) {
                c.anaphor = seenBefore(si, n.value);
            } else if (c.anaphor && anaphorSubject.find(L, std::max(s.start, n.start - 20), n.start)) {
                c.anaphor = namedBefore(n.value, nullptr);
            }
            // "alle 26 sager" restates the 26 named before in this answer; "Alle
            // syv har haft et aktivt tilbud" counts the group anew for another.
            if (!c.anaphor && allOf.find(L, std::max(s.start, c.lead - 8), c.lead)) {
                const QuestionEntry* q = D.question(ctx.question[si]);
                c.anaphor = q && namedBefore(n.value, &q->section);
            }
            // "gennemgår samtlige 412 kontanthjælpssager": a group counted before, screened.
            if (!c.anaphor && screenedAll.find(L, std::max(s.start, c.lead - 40), c.lead)) {
                c.anaphor = seenBefore(si, n.value);
            }
            if (c.anaphor && allOfThem.lookingAt(L, n.end, after)) c.anaphor = false, c.counted = true;
            // "De to sidste burde have været i tilbud", "de 7 øvrige", "de sidste 3": the rest of a set, a count.
            if (c.anaphor && restAfter.lookingAt(L, n.end, after)) c.anaphor = false, c.counted = c.restOfSet = true;
            // ("Tre står på dagsordenen, og for de sidste tre mangler vi ...": the rest, even of the same size.)
            if (restBefore.find(L, std::max(s.start, n.start - 24), n.start)) c.anaphor = false, c.counted = c.restOfSet = true;
            if (n.end < s.end && t[n.end] == ',' && shareApposed.find(L, std::max(s.start, n.start - 60), n.start)) c.counted = true;
            // "Tolv af dem ...", "5 af sagerne": part of a set, a count.
            const Match setRef = subsetRef.find(L, n.end, std::min(after, n.end + 16));
            c.partOfSet = setRef.start == n.end + 1;
            if (c.partOfSet) {
                // "Tre af de 17 kontanthjælpsmodtagere, som vi vurderede burde
                // forelægges teamet, er blandt dem ...": the relative clause names the set too.
                int32_t from = setRef.end;
                for (const char16_t* rel : {u", som ", u", der "}) {
                    if (const int32_t r = L.indexOf(rel, 6, setRef.end, std::min(after, setRef.end + 40) - setRef.end); r >= 0) {
                        if (const int32_t close = L.indexOf(u',', r + 6, std::min(s.end, r + 120) - r - 6); close > 0) c.relativeWords = {r, from = close};
                        break;
                    }
                }
                if (const Match v = from < after ? setVerb.find(L, from, after) : Match{}) c.setWordsEnd = v.start;
            }
            c.counted |= c.partOfSet;
            cands.push_back(c);
        }
        // "x ud af (i alt) (de) y", "x af de y".
        for (std::size_t k = 0; k + 1 < cands.size(); ++k) {
            if (cands[k].pct) continue;
            // A part is no larger than its total ("1.204 modtagere af de tre ydelser").
            if (cands[k + 1].tok.value >= cands[k].tok.value &&
                (slashRatio(L, s, cands[k].tok, cands[k + 1].tok, countVerb) || ofTotalRx.matches(L, cands[k].tok.end, cands[k + 1].lead))) {
                cands[k].ofTotal = cands[k + 1].tok.value;
                cands[k].counted = true;
                cands[k].outOf = true;
                cands[k + 1].isTotalOf = true;
            }
        }
        sumCountsOfParts(t, L, s, cands, D);
        // "af de 1.250 borgere har 1.100 ...": the second counts part of the first.
        // A number that points back ("af de tre ydelser") in between is no count.
        for (std::size_t k = 0; k + 1 < cands.size(); ++k) {
            // ("Fire af de ni er i praktik – to på ...": the nine's part is the four before it.)
            if (cands[k].pct || cands[k].isTotalOf || !totalLead.find(L, std::max(s.start, cands[k].lead - 26), cands[k].lead)) continue;
            std::size_t j = k + 1;
            while (j + 1 < cands.size() && cands[j].anaphor) ++j;
            const int32_t a = cands[k].tok.end, b = cands[j].tok.start;
            // "Af de 118 ... vurderer jobcentret, at 37 bør ...": a clause
            // that says what is judged of them still speaks of them; nor
            // does a list's comma part them ("Af kommunens 388 modtagere af
            // kontanthjælp, uddannelseshjælp og integrationsydelse har 64").
            if (cands[j].pct || b - a > 100 || cands[j].tok.value > cands[k].tok.value) continue;
            bool parted = false;
            // ("vurderet alle 61 sager, og resultatet er, at 21 bør ...": what
            // comes before the judgment's "at" leads up to it.)
            const int32_t judged = L.lastIndexOf(u", at ", 5, a, b - a);
            // ("Af de 58 borgere, der var i målgruppen den 30. juni, havde 49 ...":
            // a relative clause's commas enclose what it says of them.)
            bool relative = false, described = false;
            for (int32_t p = L.indexOf(u',', a, b - a); p >= 0 && !parted; p = L.indexOf(u',', p + 1, b - p - 1)) {
                if (p < judged) continue;
                if (!relative && (L.compare(p, 6, u", der ") == 0 || L.compare(p, 6, u", som ") == 0)) {
                    relative = described = true;
                    continue;
                }
                if (relative) {
                    relative = false;
                    continue;
                }
                // ("Størstedelen af de 112, nemlig 75, får ...": the apposition names the part.)
                parted = L.compare(p, 5, u", at ") != 0 && L.compare(p, 9, u", nemlig ") != 0 && benefitListEnd(L, p, b, D) == p;
            }
            if (parted) continue;
            // "Blandt de 78 borgere uden aktiv indsats har 52 ...": a group
            // not named before is news, the count the sentence gives.
            const bool among = L.tempSubStringBetween(std::max(s.start, cands[k].lead - 11), cands[k].lead).indexOf(u"blandt de ") >= 0;
            // ("Blandt de 44 kontanthjælpsmodtagere er tallet 38" is the group of the 38.)
            // Its part is still a part of it ("… har 52 været sygemeldt").
            // So is one its relative clause describes ("Af de 61, der er gået ud af den, er 13 kommet i job").
            const bool news = (among || described) && !seenBefore(si, cands[k].tok.value) && !sameFigureRx.find(L, std::max(s.start, cands[j].lead - 16), cands[j].lead);
            if (!cands[j].ofTotal) cands[j].ofTotal = cands[k].tok.value;
            cands[j].counted = true;
            cands[j].outOf = true;
            // (up to the verb: "Af de ca. 45 sager forventes 20 at blive behandlet" is what the 20 do)
            const Match verb = setVerb.find(L, a, cands[j].lead);
            cands[j].totalWords = {a, verb ? verb.start : cands[j].lead};
            cands[k].isTotalOf = !news;
        }
        // "De sidste 37 fordeler sig med 15 på uddannelseshjælp og 22 på
        // integrationsydelse": a rest its parts by benefit add up to is told by them.
        for (std::size_t k = 0; k < cands.size(); ++k) {
            if (!cands[k].restOfSet || cands[k].pct) continue;
            double parts = 0;
            for (std::size_t j = k + 1; j < cands.size(); ++j) {
                if (!cands[j].pct && !cands[j].ownBenefit.empty() && cands[j].ownBenefit != "all") parts += cands[j].tok.value;
            }
            if (parts == cands[k].tok.value) cands[k].isTotalOf = true;
        }
        // "har gennemgået alle 81 sager": the set read, with no part found in it here, is no count either.
        // ("… læst alle 39 kontanthjælpssager igennem, og tallet er 16": what was found is of the set read.)
        for (std::size_t k = 0; k < cands.size(); ++k) {
            Candidate& c = cands[k];
            if (c.pct || c.isTotalOf || !reviewed.find(L, std::max(s.start, c.lead - 26), c.lead)) continue;
            c.isTotalOf = true;
            for (std::size_t j = k + 1; j < cands.size(); ++j) {
                if (!cands[j].pct && !cands[j].ofTotal && cands[j].tok.value < c.tok.value) cands[j].ofTotal = c.tok.value;
            }
        }
        // "Heraf modtager 980 kontanthjælp, ...": parts of the count before.
        std::optional<Fact> antecedentCopy;  // a copy: `facts` grows below
        const Fact* antecedent = nullptr;
        const Match subsetLeadAt = subsetLead.find(L, s.start, s.end);
        const bool subsetSentence = static_cast<bool>(subsetLeadAt);
        // "Heraf ..." breaks its count down; "Af dem ..." may pick the letter's group out of all named.
        const bool herafSentence = subsetSentence && subset.find(L, subsetLeadAt.start, subsetLeadAt.end);
        // "... fandt vi 34 jobparate borgere. Af dem er tolv i praktik": parts of
        // a group set aside as not the letter's, with no count since, are not either.
        if (subsetSentence && awayGroup && awayGroup->first >= si - 2 && awayGroup->second == facts.size()) continue;
        if (subsetSentence) {
            // (Not in a footnote: its parts are of the figure its mark stands on, not of the count before it.)
            if (const Fact* last = s.footnote ? nullptr : latestCount(facts, startBefore(ctx, si, 2))) {
                antecedentCopy = *last;
                antecedent = &*antecedentCopy;
            }
            // ("² Heraf har 5 også ordinære løntimer": a footnote's parts are of the figure its
            // mark stands on, wherever that is; counts all the same, of no total said here.)
            const bool footnoteParts = !antecedent && s.footnote && herafSentence;
            if (antecedent || footnoteParts) {
                for (auto& c : cands) {
                    if (c.anaphor || c.pct) continue;
                    c.counted = true;
                    c.subsetPart = herafSentence;
                    if (!c.ofTotal && antecedent) c.ofTotal = antecedent->value;
                }
            }
        }
        // A list of counts: "96 i virksomhedspraktik, 54 har en mentor og 17
        // er i løntilskud": the ones after a count are counts too. Read again
        // once the counts that open a list by their lead words are known.
        const Regex& listGap = D.marker("list_gap");
        auto readList = [&] {
            for (std::size_t k = 1; k < cands.size(); ++k) {
                Candidate& c = cands[k];
                if (c.counted || c.pct || c.anaphor || c.isTotalOf) continue;
                const Candidate& p = cands[k - 1];
                if (!p.counted || p.pct) continue;
                const icu::UnicodeString gap = L.tempSubStringBetween(p.tok.end, c.tok.start);
                if (gap.indexOf(u'.') >= 0) continue;
                // "... for 6, et sundhedsfagligt forløb for 9": items alike, however long.
                const bool alike = p.afterFor && c.afterFor && (gap.startsWith(u", ") || gap.startsWith(u" og "));
                if (!alike && !listGap.find(L, p.tok.end, c.tok.start)) continue;
                c.counted = true;
                // ("er 26, hvis sager bør forelægges, hvoraf 8 ...": a part of the item before, not of its total.)
                if (p.ofTotal && !c.ofTotal && !subset.find(L, p.tok.end, c.tok.start)) c.ofTotal = p.ofTotal;
            }
        };
        readList();
        // The benefits the sentence names, found once when first asked for.
        std::vector<std::pair<std::string, Match>> benefitHits;
        bool benefitsRead = false;
        auto sentenceBenefits = [&]() -> const std::vector<std::pair<std::string, Match>>& {
            if (!benefitsRead) {
                benefitsRead = true;
                const UnitPairs pairs(L, s.start, s.end);
                for (const auto& be : D.benefits) {
                    if (!be.pattern->mayOccurIn(pairs)) continue;
                    for (int32_t from = s.start; from < s.end;) {
                        const Match m = be.pattern->find(L, from, s.end);
                        if (!m) break;
                        benefitHits.push_back({be.key, m});
                        from = std::max(m.end, m.start + 1);
                    }
                }
            }
            return benefitHits;
        };
        // "modtagere af uddannelseshjælp og integrationsydelse udgør
        // henholdsvis 10 og 18": the benefits before it, in order.
        // "henholdsvis 8 og 7 sager i 3. og 4. kvartal": from its first count to its last period, one clause.
        std::optional<std::pair<int32_t, int32_t>> respectiveList;
        if (const Match h = cands.size() < 2 ? Match{} : respectively.find(L, s.start, s.end)) {
            std::vector<Candidate*> counts;
            // ("… tegner sig for 3 henholdsvis 5": the word between its two counts.)
            for (auto& c : cands) {
                if (c.tok.end <= h.start && !c.pct && !c.isTotalOf && L.tempSubStringBetween(c.tok.end, h.start).trim().isEmpty()) counts.push_back(&c);
            }
            const bool between = !counts.empty();
            // ("henholdsvis 27 af 31 og 9 af 10": a count's total stands between it and the next.)
            int32_t lastEnd = counts.empty() ? -1 : counts.back()->tok.end;
            for (auto& c : cands) {
                if (c.tok.start < h.end || c.pct) continue;
                if (c.isTotalOf) {
                    static const Regex outOf("\\s*(ud\\s+)?af\\s+(de\\s+|i\\s+alt\\s+)?", true);
                    if (!counts.empty() && lastEnd == counts.back()->tok.end && outOf.matches(L, lastEnd, c.tok.start)) lastEnd = c.tok.end;
                    continue;
                }
                // The list ends where its counts stop being joined by "," or "og" (", mens de sidste 3 ...").
                if (!(between && counts.size() == 1) && !counts.empty() && !listJoin(t, lastEnd, c.tok.start)) break;
                counts.push_back(&c);
                lastEnd = c.tok.end;
                if (between) break;
            }
            std::vector<std::pair<int32_t, std::string>> named;
            for (const auto& [key, m] : sentenceBenefits()) {
                if (m.end <= h.start) named.push_back({m.start, key});
            }
            std::sort(named.begin(), named.end());
            if (counts.size() >= 2 && named.size() >= counts.size()) {
                for (std::size_t k = 0; k < counts.size(); ++k) {
                    counts[k]->counted = true;
                    counts[k]->ownBenefit = named[named.size() - counts.size() + k].second;
                }
            } else if (std::vector<const DateMention*> periods; counts.size() >= 2 && counts.back()->counted &&
                       (periods = periodsWithin(ctx, counts.back()->tok.end, s.end)).size() == counts.size()) {
                // "henholdsvis 8 og 7 sager i 3. og 4. kvartal 2018": one period each, in order.
                for (std::size_t k = 0; k < counts.size(); ++k) {
                    counts[k]->counted = true;
                    counts[k]->ownPeriod = periods[k]->periodIso();
                }
                respectiveList = {counts.front()->tok.start, periods.back()->end};
            } else if (counts.size() >= 2) {
                // "heraf henholdsvis 22, 3 og 6 på kontanthjælp, uddannelseshjælp
                // og integrationsydelse", "henholdsvis 12, 4 og 7 kommet i ordinært
                // job, uddannelse og fleksjob": the list after them, item by item.
                // Every item must say what its count is, or none is read so.
                const auto items = listItems(L, counts.back()->tok.end, s.end);
                std::vector<std::pair<std::string, const VocabEntry*>> what;
                for (std::size_t k = 0; k < items.size() && items.size() == counts.size(); ++k) {
                    const auto [a, e] = items[k];
                    std::string b = namedBenefit(L, a, e, D);
                    if (b == "all") b.clear();
                    const VocabEntry* v = b.empty() ? itemCue(L, a, e, D) : nullptr;
                    if (!b.empty() || v) what.push_back({b, v});
                }
                if (what.size() == counts.size()) {
                    for (std::size_t k = 0; k < counts.size(); ++k) {
                        std::tie(counts[k]->ownBenefit, counts[k]->ownCue) = what[k];
                        counts[k]->counted = true;
                    }
                }
            }
        }
        // "Omkring 35 har tilknyttet en mentor", "der er 4, som ...".
        // Read after the list above, which leaves counted members alone; only
        // for what is not counted yet (it would change nothing there).
        for (auto& c : cands) {
            if (c.counted) continue;
            const int32_t after = std::min(s.end, c.tok.end + 60);
            // ("Kvinden … er den eneste, som ikke er i tilbud": one person a relative clause describes;
            // "Den syvende … afsluttede sin praktik": one the subject of a clause, whatever its verb.)
            const bool oneDescribed = c.tok.person || (c.tok.word && c.tok.value == 1 && (L.compare(c.tok.end, 6, u", som ") == 0 || L.compare(c.tok.end, 6, u", der ") == 0));
            c.counted = static_cast<bool>(countVerb.lookingAt(L, c.tok.end, after)) ||
                        static_cast<bool>(countLead.find(L, std::max(s.start, c.tok.start - 100), c.tok.start)) || oneDescribed;
        }
        // "Aktuelt er 14 i virksomhedspraktik, 12 har en mentor": the member
        // that opens a list of counts is one too.
        for (std::size_t k = 0; k + 1 < cands.size(); ++k) {
            Candidate& c = cands[k];
            const Candidate& n = cands[k + 1];
            if (c.counted || c.pct || c.anaphor || c.isTotalOf || !n.counted || n.pct) continue;
            const icu::UnicodeString gap = L.tempSubStringBetween(c.tok.end, n.tok.start);
            if (gap.indexOf(u'.') >= 0 || !(gap.endsWith(u", ") || gap.endsWith(u" og "))) continue;
            c.counted = true;
        }
        // "Aktive tilbud i første halvår 2018: 125 af de 150": what a list
        // item's label names is what its count counts, even when the count is
        // part of a total.
        for (auto& c : cands) {
            if (c.ownCue || c.pct) continue;
            int32_t b = c.tok.start;
            while (b > s.start && t[b - 1] == ' ') --b;
            if (b <= s.start || t[b - 1] != ':' || b - s.start > 60) continue;
            c.ownCue = itemCue(L, s.start, b - 1, D, {"active_intervention", "rehab_team"});
        }
        // "Kontanthjælp: 78 ..." - a label and its count; "kontanthjælp 109 ·
        // uddannelseshjælp 13": a benefit and its count; "  38  virksomhedspraktik":
        // a short line that opens with its count.
        for (auto& c : cands) {
            // ("for uddannelseshjælp 13 af 14": an x of y still takes its label's benefit.)
            if (c.counted && !(c.outOf && c.ownBenefit.empty())) continue;
            int32_t b = c.tok.start;
            while (b > s.start && t[b - 1] == ' ') --b;
            // A list item's label may run longer ("- Vejledning og opkvalificering, herunder danskundervisning: 5").
            // So may a line that is only its label and count ("Aktivitetsparate med mindst fem år i systemet: 45").
            const bool wholeLine = s.start == ctx.seg.lines[s.line].start && c.tok.end == s.end;
            const int32_t labelRoom = ctx.seg.lines[s.line].bullet || wholeLine ? 80 : 40;
            if (b > s.start && t[b - 1] == ':' && b - s.start <= labelRoom) {
                c.counted = true;
                // ("3. Sundhed og trivsel: 18": the label read as a table row's is, where no cue names it.)
                if (!c.ownCue) c.ownCue = itemCue(L, afterEnumerator(L, s), b - 1, D);
            }
            else if (b > s.start && labelItemBefore(t, s, b, c.tok.end)) {
                c.counted = true;
                // ("ingen indsats 6": the item's label is read as a table row's is.)
                // ("behandlet i 2. kvartal 9", "aktive 104 af 121": the team's and the activity's items too.)
                if (const int32_t a = labelStart(t, s.start, b, true); !c.ownCue && a >= 0)
                    c.ownCue = itemCue(L, a, b, D, {"outcome", "status", "intervention", "active_intervention", "rehab_team"});
            }
            // A bullet's item may run on after its count ("• 18 i
            // virksomhedspraktik, heraf 3 med enkelte ordinære løntimer ved siden af").
            // ("   15  i virksomhedspraktik – fire af dem …": a count set apart first, however long its item.)
            else if (b == s.start && c.tok.end < s.end && isSpaceUnit(t[c.tok.end]) &&
                     (ctx.seg.lines[s.line].words <= (ctx.seg.lines[s.line].bullet ? 16 : 8) || (!c.tok.word && c.tok.end + 1 < s.end && t[c.tok.end + 1] == ' '))) c.counted = true;
            // A bullet's item whose verb comes first, under the list's subject ("Af de 14 sager" over
            // "- er 1 sat på teamets møde …", "- mangler 2 fortsat en attest").
            else if (ctx.seg.lines[s.line].bullet && b > s.start && ctx.seg.lines[s.line].words <= 16 && u_islower(t[s.start]) &&
                     wordsIn(t, s.start, b) == 1 && c.tok.end < s.end && isSpaceUnit(t[c.tok.end])) c.counted = true;
            // (An item's label that is a benefit names the count's: "kontanthjælp 109 · uddannelseshjælp 13".)
            if (b > s.start && b < c.tok.start && c.ownBenefit.empty() && isAlphaFast(t[b - 1])) {
                for (const auto& [key, m] : sentenceBenefits()) {
                    if (m.end == b) { c.counted = true; c.ownBenefit = key; break; }
                }
            }
        }
        // "Kontanthjælp modtages af 47 af dem, uddannelseshjælp af 5 og
        // integrationsydelse af de sidste 11": after a count, a benefit and
        // "af" with the verb left out are its list's next count.
        for (std::size_t k = 1; k < cands.size(); ++k) {
            Candidate& c = cands[k];
            if (c.pct || !c.ownBenefit.empty() || !cands[k - 1].counted) continue;
            const Match link = gappedLink.find(L, std::max(s.start, c.tok.start - 24), c.tok.start);
            if (!link || link.end != c.tok.start) continue;
            for (const auto& [key, m] : sentenceBenefits()) {
                if (m.end == link.start && m.start > cands[k - 1].tok.end) { c.counted = true; c.ownBenefit = key; break; }
            }
        }
        // "I 4. kvartal behandlede teamet 3 af sagerne og i januar og februar
        // 2019 én": the verb left out before a period and the count that ends the sentence.
        for (std::size_t k = 1; k < cands.size(); ++k) {
            Candidate& c = cands[k];
            // ("behandlede teamene 61 af sagerne og i 4. kvartal 57": a part x af y before it is a count too.)
            const bool before = cands[k - 1].counted || cands[k - 1].outOf;
            if (c.counted || c.pct || !before || !gappedPeriod.lookingAt(L, cands[k - 1].tok.end, c.tok.start)) continue;
            int32_t after = c.tok.end;
            while (after < s.end && (L[after] == '.' || isSpaceUnit(L[after]))) ++after;
            const auto own = std::find_if(ctx.dates.begin(), ctx.dates.end(), [&](const DateMention& d) {
                return d.isPeriod() && d.start > cands[k - 1].tok.end && d.end <= c.tok.start && c.tok.start - d.end <= 2;
            });
            // (A full stop after it ends its clause, even where the sentence runs on: "… 57. 70 sager står …".)
            const int32_t stop = L[c.tok.end - 1] == '.' ? c.tok.end - 1 : c.tok.end;  // (a token may hold its full stop, read as an ordinal's)
            const bool stops = stop + 1 < s.end && L[stop] == '.' && isSpaceUnit(L[stop + 1]);
            if ((after < s.end && !stops) || own == ctx.dates.end()) continue;
            c.counted = true;
            c.ownPeriod = own->periodIso();
            // (The first count keeps the period opening the sentence: "I 4. kvartal 2018".)
            for (auto d = ctx.dates.rbegin(); !cands[k - 1].ownPeriod && d != ctx.dates.rend(); ++d) {
                if (d->isPeriod() && d->start >= s.start && d->end <= cands[k - 1].tok.start) cands[k - 1].ownPeriod = d->periodIso();
            }
        }
        readList();
        // "heraf 12": a count, part of the count before it (not of that
        // one's own total: "4 af de 7 ..., heraf 2 ..." is 2 of the 4).
        for (std::size_t k = 1; k < cands.size(); ++k) {
            if (cands[k].pct || !subset.find(L, cands[k - 1].tok.end, cands[k].tok.start)) continue;
            std::size_t whole = k - 1;
            while (whole > 0 && cands[whole].isTotalOf) --whole;
            if (!cands[k].ofTotal) cands[k].ofTotal = cands[whole].tok.value;
            cands[k].counted |= cands[whole].counted;
            cands[k].subsetPart = true;
            // "er 36 i virksomhedsrettet praktik (heraf 5, …), 21 har …": a figure whose parts a bracket gives is a count.
            if (whole == k - 1 && L.indexOf(u'(', cands[whole].tok.end, cands[k].tok.start - cands[whole].tok.end) >= 0) cands[whole].counted = true;
        }
        // "7 fortsat er under forberedelse (fem af dem venter …)": a part of the
        // set a bracket opened right after a count is of that count.
        for (std::size_t k = 1; k < cands.size(); ++k) {
            Candidate& part = cands[k];
            const Candidate& whole = cands[k - 1];
            if (!part.partOfSet || part.pct || whole.pct || whole.tok.value <= part.tok.value) continue;
            const icu::UnicodeString gap = L.tempSubStringBetween(whole.tok.end, part.tok.start);
            const bool pronoun = L.compare(part.tok.end, 8, u" af dem ") == 0 || L.compare(part.tok.end, 10, u" af disse ") == 0;
            // (Not a list line's "16 (2 af dem …)", where the bracket follows the figure itself.)
            const int32_t open = gap.indexOf(u'(');
            bool words = false;
            for (int32_t x = 0; x < open && !words; ++x) words = u_isalpha(gap[x]);
            if (pronoun && open >= 0 && words && gap.indexOf(u')') < 0) part.ofTotal = whole.tok.value;
        }
        // "at 9 kontanthjælpsmodtagere skal … – nu 9 af 24": a count said again
        // with its total, in the same sentence, gives the first its total.
        for (std::size_t k = 1; k < cands.size(); ++k) {
            const Candidate& again = cands[k];
            if (!again.ofTotal || again.pct) continue;
            // (The count just before it: "5 skal på møderne …, og 7 … (fem af dem …)" is no 5 again.)
            Candidate& first = cands[k - 1];
            if (first.tok.value == again.tok.value && !first.ofTotal && !first.pct && first.counted && !first.anaphor && !first.isTotalOf) first.ofTotal = again.ofTotal;
        }
        std::vector<const Candidate*> live;
        for (const auto& c : cands) {
            if (c.counted && !c.isTotalOf && !c.anaphor) live.push_back(&c);
        }
        const Sentence* intro = introOf(ctx, s);
        // "De 2 sidste er flyttet hertil i sommer. De har derfor endnu ikke fået det
        // tilbud, de har krav på.": a sentence with no figure that goes on about
        // the count's people by pronoun says what they are, as an intro would.
        const Sentence* follow = nullptr;
        if (!live.empty() && si + 1 <= ctx.lastSentence && S[si + 1].paragraph == s.paragraph && !S[si + 1].tabular &&
            pronounGoesOn.lookingAt(L, S[si + 1].start, S[si + 1].end) &&
            // (A date's or a week's figures count nothing: "og begynder i løntilskud i uge 50".)
            std::ranges::all_of(NumberParser::get().find(L, S[si + 1].start, S[si + 1].end), [&](const NumberToken& n) {
                return overlapsDate(n, ctx.dates) || (n.start >= 4 && L.compare(n.start - 4, 4, u"uge ") == 0);
            })) {
            follow = &S[si + 1];
        }
        auto parts = live.empty() ? std::vector<std::pair<int32_t, int32_t>>{{s.start, s.end}} : clauses(L, s.start, s.end, D.marker("clause_cut"));
        // A spelled-out count opens a clause of a list as a digit does
        // ("..., tyve på uddannelseshjælp og tolv på integrationsydelse"):
        // clause_cut sees digits only.
        for (const Candidate* c : live) {
            if (!c->tok.word) continue;
            int32_t b = c->tok.start;
            while (b > s.start && t[b - 1] == ' ') --b;
            int32_t cut = -1;
            if (b > s.start && t[b - 1] == ',') cut = b - 1;
            else if (b - 3 >= s.start && L.compare(b - 3, 3, u" og") == 0) cut = b - 3;
            if (cut < 0) continue;
            for (std::size_t k = 0; k < parts.size(); ++k) {
                if (cut > parts[k].first && cut < parts[k].second) {
                    const auto [a, e] = parts[k];
                    parts[k] = {a, cut};
                    parts.insert(parts.begin() + static_cast<std::ptrdiff_t>(k) + 1, {c->tok.start, e});
                    break;
                }
            }
        }
        if (respectiveList) {
            const auto [a, e] = *respectiveList;
            std::vector<std::pair<int32_t, int32_t>> merged;
            for (const auto& p : parts) {
                if (!merged.empty() && p.first <= e && merged.back().second > a) merged.back().second = p.second;
                else merged.push_back(p);
            }
            parts = std::move(merged);
        }
        auto clauseOf = [&](int32_t pos) {
            for (std::size_t k = 0; k < parts.size(); ++k) if (pos >= parts[k].first && pos < parts[k].second) return k;
            return parts.size();
        };
        // Every cue, benefit, "elsewhere" and "aside" match of the sentence, found once;
        // each number then keeps those in its own scope.
        std::vector<std::vector<Match>> cueHits(D.vocabulary.size());
        std::vector<char> introHit(D.vocabulary.size(), 0);
        std::vector<Match> elsewhereHits, asideHits, includingHits, earlierHits;  // earlier: of another time, or a goal
        // Most patterns hold none of the sentence's letter pairs: those are
        // ruled out without a search.
        const UnitPairs sentencePairs = live.empty() ? UnitPairs(L, 0, 0) : UnitPairs(L, s.start, s.end);
        const UnitPairs introPairs = live.empty() || !intro ? UnitPairs(L, 0, 0) : UnitPairs(L, intro->start, intro->end);
        const UnitPairs followPairs = !follow ? UnitPairs(L, 0, 0) : UnitPairs(L, follow->start, follow->end);
        auto allMatches = [&](const Regex& rx, std::vector<Match>& out) {
            if (!rx.mayOccurIn(sentencePairs)) return;
            for (int32_t from = s.start; from < s.end;) {
                Match m = rx.find(L, from, s.end);
                if (!m) break;
                out.push_back(m);
                from = std::max(m.end, m.start + 1);
            }
        };
        if (!live.empty()) {
            for (std::size_t v = 0; v < D.vocabulary.size(); ++v) {
                if (D.vocabulary[v].kind != "cue") continue;
                allMatches(*D.vocabulary[v].pattern, cueHits[v]);
                const Regex& rx = *D.vocabulary[v].pattern;
                auto hitIn = [&](const Sentence* o, const UnitPairs& pairs) { return o && rx.mayOccurIn(pairs) && rx.find(L, o->start, o->end); };
                introHit[v] = hitIn(intro, introPairs) || hitIn(follow, followPairs);
            }
            sentenceBenefits();
            allMatches(elsewhere, elsewhereHits);
            // "i Aabenraa Kommune var der 88": another municipality's figure.
            for (int32_t k = s.start; !ctx.municipalityCode.empty() && (k = L.indexOf(u"kommune", 7, k, s.end - k)) >= 0; k += 7) {
                const int32_t a = std::max(s.start, k - 30);
                const auto named = MunicipalityFinder::get().find(ctx.seg.flow, a, k);
                if (named && named->code != ctx.municipalityCode) elsewhereHits.push_back({a, k + 7});
            }
            allMatches(aside, asideHits);
            allMatches(including, includingHits);
            allMatches(earlier, earlierHits);
            // ("Ved årsskiftet var 163 …" in a letter of the new year's first months is the status now.)
            if (ctx.month >= 1 && ctx.month <= 3) {
                std::erase_if(earlierHits, [&](const Match& m) { return L.tempSubStringBetween(m.start, m.end).indexOf(u"årsskiftet") >= 0; });
            }
            if (const Match m = earlierReply.lookingAt(L, afterEnumerator(L, s), s.end)) earlierHits.push_back(m);
            allMatches(goal, earlierHits);
            // "I hele 2017 behandlede teamet 212 sager", "i juni 2017, hvor det
            // var 27": a year or month before the letter's year frames a figure of the past.
            for (const auto& d : ctx.dates) {
                const bool framing = d.kind == DateMention::Year || (d.kind == DateMention::Month && thenAt.find(L, d.end, s.end));
                if (framing && !d.endOfPeriod && d.start >= s.start && d.end <= s.end && beforeLettersYear(ctx, d) &&
                    inYear.find(L, std::max(s.start, d.start - 16), d.start)) {
                    earlierHits.push_back({d.start, d.end});
                }
            }
        }
        bool sentenceHasCue = false;
        for (const auto& hits : cueHits) sentenceHasCue |= !hits.empty();
        const bool staffed = static_cast<bool>(staffCount.find(L, s.start, s.end));
        // Whether the sentence tells who joined the group, right after its first count.
        int joinedAnswer = -1;
        auto joinedGroup = [&] {
            if (joinedAnswer < 0) {
                const Match m = live.empty() ? Match{} : joined.find(L, live.front()->tok.end, std::min(s.end, live.front()->tok.end + 40));
                joinedAnswer = m || (!live.empty() && joinedLabel.lookingAt(L, s.start, live.front()->tok.start)) ? 1 : 0;
            }
            return joinedAnswer != 0;
        };
        // The count cue of the question just over this answer's paragraph, when it is asked as a
        // question ("I skrev, at ca. 15 … burde forbi rehabiliteringsteamet. Hvad er tallet nu?").
        std::optional<const VocabEntry*> askedAnswer;
        auto askedCue = [&]() -> const VocabEntry* {
            if (askedAnswer) return *askedAnswer;
            askedAnswer = nullptr;
            const int q = ctx.question[si];
            const QuestionEntry* entry = D.question(q);
            const int h = entry && static_cast<std::size_t>(q) < ctx.questionOpened.size() ? ctx.questionOpened[q] : -1;
            if (h < 0 || h >= si || s.paragraph - S[h].paragraph > 1) return nullptr;
            int last = h;
            while (last + 1 < si && S[last + 1].paragraph == S[h].paragraph) ++last;
            if (!S[last].question || last - h > 2) return nullptr;
            for (const VocabEntry& v : D.vocabulary) {
                if (v.kind == "cue" && v.section == entry->section && v.pattern->find(L, S[h].start, S[last].end)) return *(askedAnswer = &v);
            }
            return nullptr;
        };
        // A context pattern in the sentence (and the list's intro), or in the three sentences before it;
        // a table between them ("De fordeler sig således:" over its rows) is read but not counted.
        // Answers are the same for every number of the sentence: kept by entry.
        std::vector<signed char> contextAnswer(D.vocabulary.size(), -1);
        auto contextSearch = [&](const VocabEntry& v) {
            if (v.context->find(L, s.start, s.end)) return true;
            if (intro && v.context->find(L, intro->start, intro->end)) return true;
            if (v.contextScope != 'W') return false;
            // (The items of a list before this one are passed over: "- 5 venter på
            // en erklæring" is as near its list's opening as the first item is.)
            int k = si - 1;
            for (int prose = 0; k >= ctx.firstSentence && prose < 3; --k) {
                if (v.context->find(L, S[k].start, S[k].end)) return true;
                prose += !isRow(ctx, k);
            }
            // "Rehabiliteringsteamet har haft travlt i efteråret. ...": a
            // paragraph's opening names what all of it is about.
            while (k >= ctx.firstSentence && S[k].paragraph == s.paragraph) --k;
            const int opening = k + 1;
            if (opening < si - 3 && S[opening].paragraph == s.paragraph && v.context->find(L, S[opening].start, S[opening].end)) return true;
            // "Rehabiliteringsteamet" over the answer: a heading names what all under it is about.
            const int q = ctx.question[si];
            const int h = q > 0 && static_cast<std::size_t>(q) < ctx.questionOpened.size() ? ctx.questionOpened[q] : -1;
            return h >= 0 && h < si && !S[h].tabular && (ctx.seg.lines[S[h].line].words <= 10 || wordsIn(L, S[h].start, S[h].end) <= 2) &&
                   v.context->find(L, S[h].start, S[h].end);
        };
        auto contextFound = [&](std::size_t vi) {
            if (contextAnswer[vi] < 0) contextAnswer[vi] = contextSearch(D.vocabulary[vi]) ? 1 : 0;
            return contextAnswer[vi] != 0;
        };
        // The same for every number of the sentence: asked once, when first needed.
        int aboutOthersAnswer = -1;
        auto aboutOthers = [&] {
            if (aboutOthersAnswer < 0) {
                // (A list's items are of the project its opening names: "Status på projektet er ...:".)
                aboutOthersAnswer = (otherProject.find(L, s.start, s.end) || (intro && otherProject.find(L, intro->start, intro->end))) &&
                                    !ownProject.find(L, s.start, s.end) && !(intro && ownProject.find(L, intro->start, intro->end));
                aboutOthersAnswer = aboutOthersAnswer || aboutOtherPeople(ctx, si);
            }
            return aboutOthersAnswer != 0;
        };
        const std::size_t firstInSentence = facts.size();
        std::optional<std::pair<const Candidate*, const VocabEntry*>> listCue;  // the last count read by a cue
        // "31 kontanthjælpsmodtagere og 2 uddannelseshjælpsmodtagere med mindst
        // 5 år i kontanthjælpssystemet": counts by benefit joined as a list
        // share the words after the last of them. run[i]: the list live[i] is in.
        std::vector<std::size_t> run(live.size());
        for (std::size_t i = 0; i < live.size(); ++i) {
            run[i] = i;
            if (i == 0) continue;
            const Candidate& a = *live[i - 1];
            const Candidate& b = *live[i];
            if (a.ownBenefit.empty() || b.ownBenefit.empty() || a.ownBenefit == "all" || b.ownBenefit == "all" || a.ownBenefit == b.ownBenefit) continue;
            icu::UnicodeString gap = t.tempSubStringBetween(a.tok.end, b.tok.start);
            gap.trim();
            if ((gap.endsWith(u" og") || gap.endsWith(u",")) && gap.indexOf(u'.') < 0 && std::count(gap.getBuffer(), gap.getBuffer() + gap.length(), u' ') <= 3) run[i] = run[i - 1];
        }
        for (std::size_t ci = 0; ci < live.size(); ++ci) {
            const Candidate* c = live[ci];
            // Scope: the number's clause and the clauses with no other count
            // (or only the later members of its list by benefit).
            const std::size_t mine = clauseOf(c->tok.start);
            std::vector<char> included(parts.size() + 1, 0), uncounted(parts.size() + 1, 0);
            // "Omkring 85 pct. af de 116 har haft aktive tilbud …, i alt 98
            // borgere", "…, svarende til 46 ud af de 81 borgere": a count in
            // apposition restates the share before it.
            const icu::UnicodeString leadWords = mine < parts.size() ? L.tempSubStringBetween(parts[mine].first, c->lead).trim() : icu::UnicodeString();
            const bool apposed = !c->pct && mine < parts.size() && (leadWords == u"i alt" || leadWords == u"svarende til");
            for (std::size_t k = 0; k < parts.size(); ++k) {
                bool other = false, sibling = true, shares = true;
                for (std::size_t oi = 0; oi < live.size(); ++oi) {
                    const Candidate* o = live[oi];
                    if (o == c || clauseOf(o->tok.start) != k || k == mine) continue;
                    other = true;
                    sibling &= oi > ci && run[oi] == run[ci];
                    shares &= o->pct;
                }
                // A share ("svarende til 88 pct.") restates the count before it: its cues are the share's too.
                included[k] = !other || c->pct || sibling || (apposed && shares && k + 1 == mine);
                uncounted[k] = !other;
            }
            auto inScope = [&](const Match& m) { return included[clauseOf(m.start)] != 0; };
            // Counts about the whole country or other municipalities (a
            // comparison after the count, "– 4 procentpoint over
            // landsgennemsnittet", is about the count, not its subject).
            bool away = false;
            for (const auto& m : elsewhereHits) away |= inScope(m) && clauseOf(m.start) <= mine;
            // What frames the count: in its scope or opening the sentence, and
            // not after its clause ("Til sammenligning ..." sets all of it aside).
            auto frames = [&](const Match& m) { return (inScope(m) || clauseOf(m.start) == 0) && clauseOf(m.start) <= mine; };
            const bool besideAnswer = std::any_of(asideHits.begin(), asideHits.end(), frames);
            // "På samme tidspunkt sidste år lå aktiveringsgraden på 79 pct.":
            // a figure of an earlier time, given beside this year's; so is
            // one aimed at ("som mål, at andelen skal op på 90 pct.").
            const bool earlier = std::any_of(earlierHits.begin(), earlierHits.end(), frames);
            away |= earlier;
            if (away) awayGroup = {si, facts.size()};
            if (away && !earlier) continue;
            // Numbers of another project (not the minister's own pool) or of other people are not the target group's.
            if (!away && aboutOthers()) continue;
            // "Tre af de 14 sager, teamet behandlede i 2. kvartal, er ikke med, fordi …":
            // the sentence's subject said to be left out of the figures counts nothing.
            if (c == live.front() && excluded.find(L, c->tok.end, s.end)) continue;
            // The cue nearest the number wins; of cues that overlap, the one
            // listed first (the more specific: "ikke ... aktiv" before "aktiv").
            const VocabEntry* cue = c->ownCue;
            const bool cueGiven = cue || (c->tok.listed && listCue);
            if (!cue && cueGiven) cue = listCue->second;
            const QuestionEntry* question = ctx.question[si] > 0 ? D.question(ctx.question[si]) : nullptr;
            bool fromIntro = false;
            Match cueAt;
            int32_t cueDistance = 0;
            for (std::size_t vi = 0; vi < D.vocabulary.size() && !cueGiven; ++vi) {
                const VocabEntry& v = D.vocabulary[vi];
                if (v.kind != "cue" || (v.unit == "pct") != c->pct) continue;
                Match m;
                int32_t distance = 1 << 20;
                for (const Match& k : cueHits[vi]) {
                    // A cue cut by a clause's start ("for 9 og vejledning | og
                    // opkvalificering for 4") is of the clause it ends in too.
                    const std::size_t last = clauseOf(k.end - 1);
                    if (!inScope(k) && !included[last]) continue;
                    int32_t d = k.end <= c->tok.start ? c->tok.start - k.end : std::max(0, k.start - c->tok.end);
                    if (clauseOf(k.start) != mine && last != mine) d += 1000;  // the number's own clause first
                    if (c->countsPhraseBefore && k.start >= c->tok.end) d += 500;
                    // What names the set a part is of is not what the part counts.
                    if (k.start >= c->tok.end && k.end <= c->setWordsEnd) d += 500;
                    if (k.start >= c->relativeWords.first && k.end <= c->relativeWords.second) continue;
                    // "Blandt de 35 uden tilbud er 28 sygemeldt": the total's words name
                    // the set, not what the part of it counts; a part by benefit is of
                    // that set ("Af de 81 aktive er 60 på kontanthjælp").
                    if (k.start >= c->totalWords.first && k.end <= c->totalWords.second && c->ownBenefit.empty()) continue;
                    // "I sundhedsfaglige forløb, herunder samtaler med psykolog,
                    // deltager 7": what the count includes (or waits for, or has ended) is not
                    // what it counts, not even when a cue in another clause is all there is.
                    for (const Match& h : includingHits) {
                        if (k.start >= h.start && k.end <= h.end && (c->tok.start < h.start || c->tok.start >= h.end)) d += kIncludedOnly;
                    }
                    // Nor does what a remark in brackets names ("(…, men den ene borger har siden fået sit ressourceforløb …), 4 i oktober").
                    if (std::any_of(remarks.begin(), remarks.end(), [&](const Match& r) { return k.start >= r.start && k.end <= r.end && (c->tok.start < r.start || c->tok.start >= r.end); })) continue;
                    if (d < distance) { distance = d; m = k; }
                }
                const bool here = static_cast<bool>(m);
                const bool inIntro = !here && introHit[vi];
                if (!here && !inIntro) continue;
                if (v.context && !contextFound(vi)) continue;
                if (!cue) { cue = &v; fromIntro = inIntro; cueAt = m; cueDistance = distance; continue; }
                const bool overlaps = here && !fromIntro && m.start < cueAt.end && cueAt.start < m.end;
                // Unless the later is the question's the sentence answers ("står
                // uden et tilbud" under question 2 is no offer today, not one owed),
                // or holds the first and more ("står lige nu uden et tilbud" is
                // more specific than its "uden et tilbud"); but not where the first
                // says more after it ("uden tilbud i strid med reglerne" is one owed).
                // (Nor where the first holds the later and more: "aktivitetsparate under afklaring" is a status, not a case the team waits for.)
                const bool holdsIt = cueAt.start < m.start && m.end <= cueAt.end;
                const bool asked = overlaps && !holdsIt && question && v.section == question->section && cue->section != question->section && cueAt.end <= m.end;
                const bool wider = overlaps && m.start <= cueAt.start && m.end >= cueAt.end && m.end - m.start > cueAt.end - cueAt.start;
                // (A cue only in what the count includes or has ended gives way to the
                // next sentence's: "…, hvis praktik stoppede i oktober; hun burde have haft et nyt tilbud".)
                const bool better = fromIntro ? here && distance < kIncludedOnly
                                              : distance < cueDistance || (inIntro && cueDistance >= kIncludedOnly);
                if (asked || wider || (!overlaps && better)) {
                    cue = &v; fromIntro = inIntro; cueAt = m; cueDistance = distance;
                }
            }
            if (away) {
                if (cue && !c->pct) {
                    std::string b = c->ownBenefit.empty() ? namedBenefit(L, s.start, s.end, D) : c->ownBenefit;
                    // ("… skrev, at 29 af de 81 … skulle for teamet, og at 12 var planlagt …": the x af y is what is updated.)
                    if (!(setAside && setAside->sentence == si && setAside->ofTotal && !c->ofTotal))
                        setAside = SetAside{si, cue, b == "all" ? std::string() : b, c->ofTotal.has_value()};
                }
                continue;
            }
            // The figure of an earlier time, given again as it is now, counts what that one did.
            const bool update = !cue && !c->pct && setAside && setAside->sentence >= si - 2 && S[setAside->sentence].paragraph == s.paragraph &&
                                updated.find(L, std::max(s.start, c->lead - 40), c->lead);
            if (update) {
                cue = setAside->cue;
                updatedIn = si;
            }
            // "50 af de 57 borgere har haft et aktivt tilbud. Blandt de 44
            // kontanthjælpsmodtagere er tallet 38.": the part just counted,
            // counted again for those on one benefit ("For de jobparate var
            // tallet 23 af 25" is of people outside the target group).
            // ("Det gælder alle 9 på integrationsydelse": all of the part.)
            const Fact* sameFigure = nullptr;
            if (!cue && !antecedent && !c->pct && !sentenceBenefits().empty()) {
                const double whole = c->ofTotal ? *c->ofTotal : c->tok.value;
                if ((c->ofTotal && sameFigureRx.find(L, std::max(s.start, c->lead - 16), c->lead)) ||
                    (!c->ofTotal && appliesToAll.find(L, std::max(s.start, c->lead - 30), c->lead)))
                    // (Of the answer it stands in: "Pr. 30. september var tallet 42 af de 110" under the team's heading is no activity figure.)
                    sameFigure = latestCount(facts, startBefore(ctx, si, 3), [&, q = D.question(ctx.question[si])](const Fact& f) {
                        return f.ofTotal && *f.ofTotal > whole && (!q || f.section == q->section);
                    });
                // ("aktive 104 af 121; ikke aktive 17. For kontanthjælpsmodtagerne alene er tallet
                // 73 af 87": the figure given again is the count its complement completes.)
                if (sameFigure) {
                    if (const DomainData::Complement* co = D.complementOf(sameFigure->section, sameFigure->category)) {
                        const Fact* first = latestCount(facts, startBefore(ctx, si, 3), [&](const Fact& f) {
                            return &f < sameFigure && f.section == sameFigure->section && f.category == co->complement && f.ofTotal == sameFigure->ofTotal;
                        });
                        if (first) sameFigure = first;
                    }
                }
            }
            // No cue: the answer to a question may still say what it counts
            // "> 3. Hvor mange har været i aktive tilbud i 2. halvår 2018?" over
            // "47 af de 55": an answer of bare figures counts what its question asks.
            if (!cue && !antecedent && !sameFigure && !c->pct && ((c->outOf && c->ofTotal) || updated.find(L, std::max(s.start, c->lead - 40), c->lead)) &&
                !sentenceHasCue && !staffed) {
                if (const VocabEntry* asked = askedCue()) cue = asked;
            }
            // ("Svar: 52 borgere" under question 1).
            const QuestionEntry* answered = nullptr;
            // Only where nothing in the sentence says what is counted: when a
            // cue names another count, the uncued one is some other figure.
            if (!cue && !antecedent && !sameFigure && ctx.question[si] > 0 && !sentenceHasCue && !staffed) {
                if (const QuestionEntry* q = D.question(ctx.question[si]); q && !(c->pct ? q->defaultShare : q->defaultCategory).empty()) answered = q;
            }
            // "87 borgere ...: 61 på kontanthjælp, 9 på uddannelseshjælp": a
            // count that only names its benefit breaks down the count before
            // it in the sentence, and counts what that one counts.
            // (Read before this candidate's own fact is added.)
            // So does one that is part of a set counted in the sentence just
            // before ("7 borgere ... . 6 af dem modtager kontanthjælp").
            // Without "af dem", a sentence of such counts with no cue
            // ("Kontanthjælpsmodtagerne er de fleste med 45 borgere") does
            // too, when each is less than the count it breaks down.
            std::string b = c->ownBenefit;
            if (b.empty() || b == "all") {
                b.clear();
                // (Not a share's: "86 pct. for hele målgruppen, og for
                // kontanthjælpsmodtagerne alene 84 pct." names each one's.)
                // Nor one another count names as its own ("Hertil kommer 8 på
                // integrationsydelse, så målgruppen i alt tæller 41").
                for (const auto& [key, m] : benefitHits) {
                    if (!uncounted[clauseOf(m.start)]) continue;
                    const int32_t at = m.start;
                    const std::string& named = key;  // (a lambda may not capture a structured binding)
                    if (std::any_of(live.begin(), live.end(), [&](const Candidate* o) {
                            return o != c && o->ownBenefit == named && o->tok.end <= at && at - o->tok.end <= 40;
                        })) continue;
                    if (!b.empty() && b != key) { b = "all"; break; }
                    b = key;
                }
            }
            // "planlagt med 2 i august, 3 i september og 1 i oktober": a member
            // of a list that names nothing of its own, made as the member
            // before it is (the same preposition after the count), counts
            // what that one counts.
            if (!cue && !c->pct && b.empty() && ci > 0 && listCue && listCue->first == live[ci - 1] &&
                listGap.find(L, listCue->first->tok.end, c->tok.start) &&
                (samePreposition(L, listCue->first->tok.end, c->tok.end, s.end) ||
                 parallelPeriods(ctx, listCue->first->tok.end, c->tok.start, c->tok.end, s.end))) {
                cue = listCue->second;
            }
            const Fact* brokenDown = nullptr;
            if (!cue && !antecedent && !c->pct && !b.empty() && b != "all") {
                if (firstInSentence < facts.size()) {
                    if (!c->ownBenefit.empty()) brokenDown = &facts.back();
                } else if (const int32_t from = partsFrom(ctx, si); from >= 0) {
                    // The latest count there that this one can be part of.
                    auto partOf = [&](const Fact& f) {
                        return !D.isShare(f.section, f.category) && (c->partOfSet || (!sentenceHasCue && c->tok.value < *f.value));
                    };
                    brokenDown = latestCount(facts, static_cast<std::size_t>(ctx.doc.originalStart(from)), partOf);
                    // "54 borgere ... Det er det samme som for et år siden, hvor vi talte 52.
                    // Otteogtredive af dem ...": over a sentence that counted nothing of its own.
                    if (!brokenDown && c->partOfSet && si - 2 >= ctx.firstSentence && S[si - 2].paragraph == s.paragraph &&
                        (facts.empty() || facts.back().start < static_cast<std::size_t>(ctx.doc.originalStart(from)))) {
                        brokenDown = latestCount(facts, startBefore(ctx, si, 2), partOf);
                    }
                } else if (s.footnote && !c->ownBenefit.empty()) {
                    // "¹ Heraf 61 på kontanthjælp, 9 på ... og 19 på ...": the parts
                    // of the figure the footnote is marked on, the one they sum to.
                    double sum = 0;
                    for (const Candidate* o : live) sum += o->ownBenefit.empty() ? 0 : o->tok.value;
                    brokenDown = latestCount(facts, 0, [&](const Fact& f) { return *f.value == sum && !D.isShare(f.section, f.category); });
                }
            }
            // "27 af de 38 modtager kontanthjælp": part of the count of 38 named
            // before, wherever it stands (an answer to a question is that
            // question's, whatever its total).
            if (!cue && !antecedent && !answered && !c->pct && !brokenDown && !sameFigure && c->outOf) {
                // Under a question's heading, only a count of that question's section.
                const QuestionEntry* q = D.question(ctx.question[si]);
                const std::string section = q ? q->section : std::string();
                brokenDown = latestCount(facts, 0, [&](const Fact& f) {
                    return *f.value == *c->ofTotal && (section.empty() || f.section == section);
                });
            }
            // "247 borgere har deltaget i mindst ét aktivt tilbud. Det svarer til
            // 85 % af målgruppen.": a share restating the count before it is
            // that count's share category.
            const Fact* restated = nullptr;
            const DomainData::Complement* shareOf = nullptr;
            if (!cue && !antecedent && c->pct && restates.find(L, s.start, c->tok.start)) {
                int32_t before = partsFrom(ctx, si);
                // ("... har 45 af de 53 været aktive ... For de øvrige har sygdom gjort det
                // umuligt at deltage. Andelen er knap 85 procent.": past a sentence of no figure.)
                if (before >= 0 && si - 2 >= ctx.firstSentence && S[si - 1].start == before && S[si - 2].paragraph == s.paragraph &&
                    NumberParser::get().find(L, S[si - 1].start, S[si - 1].end).empty()) before = S[si - 2].start;
                const auto from = static_cast<std::size_t>(ctx.doc.originalStart(before >= 0 ? before : s.start));
                if (const Fact* last = latestCount(facts, from, [&](const Fact& f) { return !D.isShare(f.section, f.category); })) {
                    shareOf = D.complementOf(last->section, last->category);
                    if (shareOf && !shareOf->share.empty()) restated = last;
                }
                // "Andelen af aktiverede er 84 pct. ... For integrationsydelsesmodtagerne
                // alene ligger andelen på 91 pct.": a share of the paragraph given
                // again for one benefit.
                if (!restated) {
                    const std::string named = namedBenefit(L, s.start, c->tok.start, D);
                    if (!named.empty() && named != "all") {
                        int k = si;
                        while (k > ctx.firstSentence && S[k - 1].paragraph == s.paragraph) --k;
                        const auto paragraph = static_cast<std::size_t>(ctx.doc.originalStart(S[k].start));
                        restated = latestCount(facts, paragraph, [&](const Fact& f) { return D.isShare(f.section, f.category) && f.benefit != named; });
                        shareOf = nullptr;
                    }
                }
            }
            if (!cue && !antecedent && !answered && !brokenDown && !restated && !sameFigure) continue;
            // A footnote explains a figure ("¹ Inkl. 2 borgere med mentor efter
            // serviceloven"); its parts by benefit ("¹ Heraf 61 på kontanthjælp,
            // ...") and what its own words count ("³ 3 af de 11 er samtidig i
            // behandling i kommunens rusmiddelcenter") are counts of their own.
            if (s.footnote && !brokenDown && (!cue || D.marker("includes_lead").lookingAt(L, afterEnumerator(L, s), s.end))) continue;
            // Beside a count of the other questions, a figure of an earlier year
            // ("Til sammenligning lå aktiveringsgraden på 79 pct. i 2. halvår 2017");
            // of this year it still counts ("Til sammenligning behandlede teamet i
            // første halvår af 2018 niogtyve sager").
            auto ofAnEarlierYear = [&] {
                return std::any_of(ctx.dates.begin(), ctx.dates.end(), [&](const DateMention& d) {
                    return d.start >= s.start && d.end <= s.end && beforeLettersYear(ctx, d);
                });
            };
            if (besideAnswer && (!cue || cue->section == "target_group" || ofAnEarlierYear())) continue;
            // An offer is counted as it stands on a date; those who started one in a
            // month ("To af dem er startet i praktik i januar") are a flow, told as news.
            if (cue && cue->section == "intervention" && startedIn.lookingAt(L, c->tok.end, std::min(s.end, c->tok.end + 90))) continue;
            const Fact* parent = antecedent ? antecedent : brokenDown ? brokenDown : restated ? restated : sameFigure;
            // A share that only answers its question is this year's whole
            // figure: not last year's, nor the rest's ("De øvrige 14 pct.").
            if (!cue && !parent && c->pct && (ofAnEarlierYear() || remainder.find(L, std::max(s.start, c->lead - 24), c->tok.start))) continue;
            Fact f = makeFact(ctx, s);
            f.section = cue ? cue->section : parent ? parent->section : answered->section;
            f.category = cue ? cue->category : restated && shareOf ? shareOf->share : parent ? parent->category : c->pct ? answered->defaultShare : answered->defaultCategory;
            // "Tre er kommet til, fordi de har rundet de fem år", "to borgere har rundet de fem år, én på
            // kontanthjælp og én på integrationsydelse": those who joined the group, not its size.
            // (Nor are their parts by benefit, cued by nothing.)
            if (joinedGroup() && (!cue || (f.section == "target_group" && f.category == "over_5_years"))) continue;
            // A count under a share ("... (knap 87 pct.)" then "Heraf kontanthjælpsmodtagere: 29 af 33")
            // counts what the share is a share of.
            if (!cue && !c->pct && parent && D.isShare(parent->section, parent->category)) {
                for (const auto& k : D.complements) {
                    if (k.section == parent->section && k.share == parent->category) f.category = k.category;
                }
            }
            // "alle på nær 5 af de 42 har deltaget": the 5 are those the cue
            // does not hold for; without the total ("alle på nær to") the
            // count the cue speaks of is not given.
            std::optional<double> allButOf;
            if (allBut.find(L, std::max(s.start, c->lead - 40), c->lead)) {
                const auto* other = D.complementOf(f.section, f.category);
                if (!other) continue;
                // (Without it, "alle" are the whole group the letter counted.)
                allButOf = c->ofTotal;
                if (const Fact* group = allButOf ? nullptr : latestCount(facts, 0, [](const Fact& g) {
                        return g.section == "target_group" && g.category == "over_5_years" && g.benefit == "all";
                    })) allButOf = group->value;
                if (!allButOf || *allButOf <= c->tok.value) continue;
                f.category = other->complement;
            }
            // "Af de 11, der ikke er i tilbud, er 9 fritaget": those exempted
            // are a part of the people without an offer the contract has no
            // category for, and by law not those who should have had one;
            // nor do they take an offer named in another clause ("Fem af dem
            // er fritaget, men de sidste to starter i praktik").
            // ("Ikke i tilbud er 7 borgere, som alle er fritaget" counts them all.)
            const bool cuedHere = !c->ofTotal && (c->ownCue || (cue && !fromIntro && cueAt && clauseOf(cueAt.start) == mine));
            if (!cuedHere && mine < parts.size() && exempt.find(L, parts[mine].first, parts[mine].second)) continue;
            f.value = c->tok.value;
            f.ofTotal = c->ofTotal ? c->ofTotal : allButOf;
            f.derived = c->derived;
            // (… and is out of the share's total: "af de 116".)
            if (apposed && !f.ofTotal && mine > 0) {
                const auto [from, to] = parts[mine - 1];
                for (const NumberToken& n : NumberParser::get().find(L, from, to)) {
                    const icu::UnicodeString before = L.tempSubStringBetween(std::max(from, n.start - 6), n.start);
                    if (before.endsWith(u"af de ") || before.endsWith(u"ud af ")) f.ofTotal = n.value;
                }
            }
            // "ca. 35 kontanthjælpsmodtagere er gennemgået, og resultatet er,
            // at 31 bør ...": the one benefit the sentence names before the
            // count, when the count's own clauses name none (and it is not
            // that of a part of this count: "Antallet på integrationsydelse
            // er 22, og målgruppen udgør 129").
            auto ofAPart = [&](int32_t at) {
                return std::any_of(live.begin(), live.end(), [&](const Candidate* o) {
                    return o != c && clauseOf(o->tok.start) == clauseOf(at) && o->tok.value < c->tok.value;
                });
            };
            if (b.empty() && !benefitHits.empty() && std::all_of(benefitHits.begin(), benefitHits.end(), [&](const auto& h) {
                    return h.first == benefitHits[0].first && h.second.end <= c->tok.start && !ofAPart(h.second.start);
                })) {
                b = benefitHits[0].first;
            }
            if (b.empty() && intro) b = namedBenefit(L, intro->start, intro->end, D);
            if ((b.empty() || b == "all") && antecedent && !cue) b = antecedent->benefit;
            if (b.empty() && restated) b = restated->benefit;
            if (b.empty() && antecedent) b = antecedent->benefit;
            // "12 af sagerne", "De øvrige 15 sager": part of a set counted just
            // before, whose benefit it keeps.
            // (A "heraf" after the count opens its own parts: "38 (heraf 28 på kontanthjælp)".)
            auto partOfASet = [&] {
                for (Match m = subsetRef.find(L, s.start, std::min(s.end, c->tok.end + 16)); m; m = subsetRef.find(L, m.end, std::min(s.end, c->tok.end + 16))) {
                    if (m.start < c->tok.end || (L.compare(m.start, 5, u"heraf") != 0 && L.compare(m.start, 6, u"hvoraf") != 0)) return true;
                }
                return false;
            };
            if (b.empty() && partOfASet()) {
                // (A rest is of the set it is what is left of: "… 93 af de 108 … Blandt kontanthjælpsmodtagerne
                // er det 66 af 78. De øvrige 15 …" are of all 108.)
                const Fact* set = c->restOfSet ? latestCount(facts, startBefore(ctx, si, 3), [&](const Fact& p) {
                    return p.section == f.section && p.value && p.ofTotal && *p.ofTotal - *p.value == c->tok.value;
                }) : nullptr;
                if (!set) set = latestCount(facts, startBefore(ctx, si, 3), [&](const Fact& p) { return p.section == f.section; });
                if (set) b = set->benefit;
            }
            if (b.empty() && f.ofTotal) {
                if (std::string of = benefitOfTotal(ctx, si, c->tok.start, *f.ofTotal); !of.empty()) b = of;
            }
            // "Af de 21 kontanthjælpsmodtagere uden tilbud er 18 sygemeldte. De 3
            // øvrige skulle ...": the rest of the set opened just before is of its benefit.
            // (Not where the rest is not what is left of it: "Blandt kontanthjælpsmodtagerne er det 66 af 78. De
            // øvrige 15 har ikke været aktive" are the rest of the 108 before, 93 of them active.)
            if (const std::vector<NumberToken> set = b.empty() && c->restOfSet ? openedSet(ctx, si) : std::vector<NumberToken>(); !set.empty()) {
                bool left = set.size() < 2;
                for (const NumberToken& whole : set) {
                    for (const NumberToken& part : set) left |= whole.value - part.value == c->tok.value;
                }
                if (std::string named = namedBenefit(L, S[si - 1].start, S[si - 1].end, D); left && named != "all") b = named;
            }
            // "Tre af de fire på kontanthjælp har en mentor ... Den fjerde er
            // ikke i tilbud": the last of a set just counted is of its benefit.
            if (const int n = ordinalOne(L, c->tok); b.empty() && n > 0) {
                if (const Fact* set = latestCount(facts, startBefore(ctx, si, 2), [&](const Fact& p) { return p.ofTotal && *p.ofTotal == n; })) b = set->benefit;
            }
            // "ca. 15 af de 41 kontanthjælpsmodtagere bør forelægges teamet. 4
            // blev forelagt i juni, 6 er booket ...": the team's work on those
            // just counted; "sager fra målgruppen" counts the whole group.
            if (b.empty() && f.section == "rehab_team" && L.tempSubStringBetween(s.start, s.end).indexOf(u"målgruppe") < 0) {
                // (The items of a list before this one are passed over: "Status for de 20:" over "- 6 blev behandlet ...".)
                const int items = rowsBefore(ctx, si);
                const auto from = startBefore(ctx, si, 2 + items);
                const Fact* before = latestCount(facts, from, [](const Fact& p) { return p.section == "rehab_team"; });
                // ("Status for de 20:" over the items: the cases of the 20 counted further up.)
                if (!before && isRow(ctx, si) && si - items - 1 >= ctx.firstSentence) {
                    const Sentence& opening = S[si - items - 1];
                    for (const NumberToken& n : NumberParser::get().find(L, opening.start, opening.end)) {
                        if (n.start < opening.start + 3 || L.compare(n.start - 3, 3, u"de ") != 0) continue;
                        before = latestCount(facts, 0, [&](const Fact& p) { return p.section == "rehab_team" && p.value == n.value && !p.derived; });
                        if (before) break;
                    }
                }
                if (before) b = before->benefit;
                // "Af de 42 kontanthjælpsmodtagere ... vurderer vi, at 10-12 bør ...
                // 4 af sagerne blev behandlet": the benefit of those just named.
                for (int k = si - 1; !before && b.empty() && k >= std::max(ctx.firstSentence, si - 2); --k) {
                    if (S[k].tabular) break;  // a table's rows name a benefit each
                    if (std::string named = namedBenefit(L, S[k].start, S[k].end, D); named != "all") b = named;
                }
            }
            if (b.empty() && update) b = setAside->benefit;
            f.benefit = b.empty() ? "all" : b;
            // "43 ... bør forelægges rehabiliteringsteamet. 17 af sagerne ...":
            // part of the count of its section just before, so what remains of
            // that ("de resterende") can be derived.
            // (Not just after a figure given again as it is now: "Nu er det 23 af 67.
            // Fem af sagerne blev behandlet i maj" may be of the cases then or now.)
            const bool thenOrNow = updatedIn >= 0 && updatedIn >= si - 1;
            if (!f.ofTotal && c->partOfSet && !thenOrNow) {
                if (const int32_t from = partsFrom(ctx, si); from >= 0) {
                    const Fact* whole = latestCount(facts, static_cast<std::size_t>(ctx.doc.originalStart(from)),
                                                    [&](const Fact& p) { return p.section == f.section; });
                    if (whole && *whole->value > *f.value) f.ofTotal = whole->value;
                }
                // The count it breaks down, found over a sentence that counted nothing.
                if (!f.ofTotal && brokenDown && *brokenDown->value > *f.value) f.ofTotal = brokenDown->value;
                // "Sagerne for de 43 ... er gennemgået, og 16 af dem bør ...": of the
                // group named before it in its sentence, else in the one before
                // ("... for de 31 kontanthjælpsmodtagere i målgruppen. 11 af dem bør ...").
                if (!f.ofTotal) {
                    Sentence head = s;
                    head.end = c->lead;
                    f.ofTotal = namedGroupBefore(L, head, groupNamed, *f.value);
                }
                if (!f.ofTotal && si > ctx.firstSentence) f.ofTotal = namedGroupBefore(L, S[si - 1], groupNamed, *f.value);
                // "Alle 44 kontanthjælpssager er set igennem, og i 17 af dem bør
                // sagen forelægges": the group the part is of, named in its
                // sentence, is not itself counted by the part's words.
                if (f.ofTotal) {
                    const auto set = std::find_if(facts.begin() + static_cast<std::ptrdiff_t>(firstInSentence), facts.end(), [&](const Fact& o) {
                        return o.value == f.ofTotal && o.section == f.section && o.category == f.category;
                    });
                    if (set != facts.end()) facts.erase(set);
                }
            }
            // "... har 57 af de 92 været aktive. De resterende 35 borgere har ikke
            // været i aktivt tilbud", "46 af de 52 har været i et aktivt tilbud. Seks
            // har ikke været i gang": the rest of those just counted, of their total.
            if (!f.ofTotal) {
                if (const auto* split = D.complementOf(f.section, f.category)) {
                    auto fits = [&](const Fact& p) {
                        return p.section == f.section && p.category == split->complement && p.ofTotal && *p.value + *f.value == *p.ofTotal;
                    };
                    const Fact* part = latestCount(facts, startBefore(ctx, si, 2), fits);
                    // (Not where two counts before fit: "har 39 af de 41 … Blandt de 31
                    // kontanthjælpsmodtagere er det 29. De to borgere, der ikke …".)
                    if (part && !c->restOfSet && latestCount(facts, startBefore(ctx, si, 2), [&](const Fact& p) { return fits(p) && p.ofTotal != part->ofTotal; })) part = nullptr;
                    // (Of the same people: "Af de 63 kontanthjælpsmodtagere har 53 …. 10 har ikke".)
                    // ("93 af de 108 … Blandt kontanthjælpsmodtagerne er det 66 af 78. De øvrige 15 …":
                    // the rest of the count it completes, whatever the sentence between names.)
                    if (part) {
                        f.ofTotal = part->ofTotal;
                        f.benefit = part->benefit;
                    }
                }
            }
            f.approx = c->lead < c->tok.start;
            ClauseScope clauseScope;
            if (mine < parts.size()) {
                clauseScope.own = parts[mine];
                clauseScope.partOfAnother = static_cast<bool>(subsetLead.lookingAt(L, parts[mine].first, parts[mine].second));
            }
            clauseScope.framingEnd = live.front()->tok.start;
            for (const Candidate* o : live) {
                if (const std::size_t k = clauseOf(o->tok.start); o != c && k != mine && k < parts.size()) clauseScope.others.push_back(parts[k]);
            }
            f.period = c->ownPeriod ? c->ownPeriod : periodFor(ctx, si, c->tok.start, -1, clauseScope);
            if (!f.period && (restated || sameFigure)) f.period = parent->period;
            if (!f.period) f.period = headingPeriod(ctx, si);
            f.asOf = asOfFor(ctx, s);
            f.confidence = 0.9 - (fromIntro ? 0.1 : 0) - (c->tok.word ? 0.05 : 0) - (f.approx ? 0.05 : 0) - (answered && !parent ? 0.35 : 0);
            // A part is no surer than the count it breaks down.
            if (brokenDown) f.confidence = std::min(f.confidence - 0.1, brokenDown->confidence);
            // "7 har ikke været aktive; heraf har 5 været indlagt": a part that
            // counts what its whole counts, for the same people, gives a reason, no answer.
            auto sameCount = [&](const Fact& o) { return o.value == f.ofTotal && sameKind(o, f); };
            const bool reasonPart = c->subsetPart && ((antecedent && sameCount(*antecedent)) ||
                                                      std::any_of(facts.begin() + static_cast<std::ptrdiff_t>(firstInSentence), facts.end(), sameCount));
            if (reasonPart) continue;
            facts.push_back(std::move(f));
            if (cue) listCue.emplace(c, cue);
        }
        keepNetRemainder(ctx, s, numbers, firstInSentence, facts);
        readEachOwnList(ctx, s, numbers, firstInSentence, facts);
        // "De resterende ...": the rest of the last "x ud af y" - in a sentence
        // of its own, or in the clause after the counts of this one.
        int32_t afterCounts = s.start;
        for (const Candidate* c : live) afterCounts = std::max(afterCounts, c->tok.end);
        const Match rest = remainder.find(L, afterCounts, s.end);
        if (rest) {
            const std::size_t before = facts.size();
            // (The rows of a list just before are passed over: its "x af y" opens it.)
            const int rows = rowsBefore(ctx, si);
            const auto windowStart = startBefore(ctx, si, 3 + rows);
            for (auto it = facts.rbegin(); it != facts.rend(); ++it) {
                // The antecedent is a recent "x ud af y", not any earlier one.
                if (it->start < windowStart) break;
                if (!it->ofTotal || !it->value || it->derived) continue;
                Fact f = makeFact(ctx, s);
                f.section = it->section;
                f.category = it->category;
                // Its own cue says what the rest are, and may name another
                // category of the same section; without one ("de øvrige er
                // sygemeldte") the rest are something the letter does not count.
                bool cued = false;
                for (const VocabEntry* v : D.countCues) {
                    if (v->section == it->section && v->pattern->find(L, rest.start, s.end)) {
                        f.category = v->category;
                        cued = true;
                        break;
                    }
                }
                if (!cued) break;
                f.benefit = it->benefit;
                // The rest of the total once all its parts named here are taken
                // ("Heraf er 9 behandlet, og 10 er visiteret. For resten ...").
                // A part that does not say what it is part of ("og yderligere
                // fire er booket") counts when it follows the total, or in
                // the list the "x af y" opens ("Af de 38 er 14 i praktik, 8
                // har en mentor, ...").
                double parts = 0;
                const auto total = std::find_if(facts.rbegin(), facts.rend(), [&](const Fact& p) {
                    return p.start >= windowStart && p.value == it->ofTotal && !p.derived && p.section == it->section;
                });
                for (auto p = facts.rbegin(); p != facts.rend() && p->start >= windowStart; ++p) {
                    if (!p->value || p->derived || p->section != it->section) continue;
                    if (p->ofTotal == it->ofTotal || (!p->ofTotal && ((total != facts.rend() && p->start > total->start) || p->start == it->start)))
                        parts += *p->value;
                }
                double whole = *it->ofTotal;
                // "ca. 15 af de 41 bør forelægges. 4 blev forelagt, 6 er booket,
                // og resten ...": counts after the "x af y" break down x.
                // (Not when x is itself one such part: "behandlet 6 af sagerne, 5 er sat
                // på dagsordenen, og resten ..." leaves the rest of the total.)
                const bool xIsPart = D.isBreakdownPart(it->section, it->category);
                double ofPart = 0;
                for (auto p = facts.rbegin(); p != it && !xIsPart; ++p) {
                    if (p->value && !p->derived && p->section == it->section && (!p->ofTotal || p->ofTotal == it->value)) ofPart += *p->value;
                }
                if (ofPart > 0 && ofPart < *it->value) whole = *it->value, parts = ofPart;
                if (const double rows = xIsPart ? 0 : rowsBetween(ctx, *it, si); rows > 0 && rows < *it->value) whole = *it->value, parts = rows;
                // "Ud over de 73 sager, som teamene allerede har behandlet, er 15
                // berammet, og resten …": a part named as one already known is taken too.
                for (const NumberToken& n : numbers) {
                    if (n.end <= rest.start && besidesPart.find(L, std::max(s.start, n.start - 20), n.start) && parts + n.value < whole) parts += n.value;
                }
                f.value = whole - parts;
                // ("De resterende har ikke været i aktive tilbud": the rest of those counted active, of their total.)
                if (D.complementOf(f.section, f.category)) f.ofTotal = whole;
                f.approx = it->approx;
                f.period = periodFor(ctx, si, rest.end, live.empty() ? -1 : rest.start);
                f.asOf = asOfFor(ctx, s);
                f.derived = true;
                f.confidence = 0.75;
                if (*f.value < 0) {
                    warnings.push_back("\"de resterende\" would be negative; not derived");
                    break;
                }
                facts.push_back(std::move(f));
                break;
            }
            if (facts.size() == before) {
                if (auto f = restOfBenefitSplit(ctx, s, rest, facts, windowStart)) facts.push_back(std::move(*f));
            }
            if (facts.size() == before) {
                if (auto f = restOfOpenedSet(ctx, si, rest)) facts.push_back(std::move(*f));
            }
        }
    }
    return facts;
}

// A table row's period: one its label names ("planlagt i 2. halvår 2018"),
// else one its header row names ("Aktiv indsats i perioden 1. juli 2017 -
// 30. juni 2018").
std::optional<std::string> tablePeriod(const LetterContext& ctx, const Table& tb, const TableCell& c) {
    if (c.period) return c.period;
    std::vector<std::pair<int32_t, int32_t>> spans{{c.quoteStart, c.quoteEnd}};
    if (c.heading.empty()) spans.push_back({tb.headStart, tb.headEnd});
    spans.insert(spans.end(), c.heading.begin(), c.heading.end());
    for (auto [from, to] : spans) {
        if (auto p = periodWithin(ctx, from, to, true)) return p;
    }
    return std::nullopt;
}

// The period the letter says its activity figures cover ("… og
// aktivitetstallene gælder halvåret 1. august 2018 – 31. januar 2019"), said
// before `before`.
std::optional<std::string> declaredActivityPeriod(const LetterContext& ctx, int32_t before) {
    const Regex& says = ctx.data.marker("activity_period");
    for (int k = ctx.firstSentence; k <= ctx.lastSentence; ++k) {
        const Sentence& s = ctx.seg.sentences[k];
        if (s.start >= before) break;
        const Match m = says.find(ctx.seg.lower, s.start, s.end);
        if (!m) continue;
        for (const auto& d : ctx.dates) {
            if (d.start >= m.start && d.end <= s.end && (d.isPeriod() || d.kind == DateMention::Year)) return d.iso;
        }
    }
    return std::nullopt;
}

namespace {

// "Tabellen viser, hvor mange af de 161 borgere i målgruppen der har
// deltaget ...": the total a table's introduction counts its rows' parts of.
std::optional<double> introducedTotal(const LetterContext& ctx, int32_t from, int32_t to) {
    const Regex& lead = ctx.data.marker("total_lead");
    for (const NumberToken& n : NumberParser::get().find(ctx.seg.lower, from, to)) {
        if (!n.glued && !overlapsDate(n, ctx.dates) && lead.find(ctx.seg.lower, std::max(from, n.start - 24), n.start)) return n.value;
    }
    return std::nullopt;
}

// "... og tabellen viser, hvor de 21 sager står", "Sagerne fordeler sig
// således:": the words leading from the count `whole` to the table at
// `tableStart` name it again, or say the rows split it.
bool namedAgain(const LetterContext& ctx, const Fact& whole, int32_t tableStart) {
    const IndexedText& L = ctx.seg.lower;
    const Regex& split = ctx.data.marker("rows_split");
    for (int k = ctx.firstSentence; k <= ctx.lastSentence; ++k) {
        const Sentence& s = ctx.seg.sentences[k];
        if (s.tabular || s.end > tableStart || static_cast<std::size_t>(ctx.doc.originalStart(s.start)) < whole.end) continue;
        if (split.find(L, s.start, s.end)) return true;
        for (const NumberToken& n : NumberParser::get().find(L, s.start, s.end)) {
            if (!n.glued && n.value == *whole.value && n.start >= s.start + 3 && L.compare(n.start - 3, 3, u"de ") == 0) return true;
        }
    }
    return false;
}

// "... er der 16 blandt de 45 kontanthjælpsmodtagere, som skal forbi
// rehabiliteringsteamet. Sagerne fordeler sig sådan:" over rows of 5, 5, 4
// and 2: a table whose rows name no benefit and sum to the count just before
// it, one that is broken down by its parts (breakdowns.tsv), breaks it down.
void partsOfTheCountBefore(const LetterContext& ctx, const std::vector<Fact>& prose, int32_t tableStart,
                           std::vector<Fact>::iterator from, std::vector<Fact>::iterator to) {
    if (from == to) return;
    double sum = 0;
    for (auto it = from; it != to; ++it) {
        if (it->benefit != "all" || it->ofTotal || !it->value || it->section != from->section) return;
        if (it->category != "total") sum += *it->value;
    }
    const auto before = static_cast<std::size_t>(ctx.doc.originalStart(tableStart));
    const Fact* whole = nullptr;
    for (const auto& f : prose) {
        if (f.start < before && f.section == from->section && f.value && !f.derived && (!whole || f.start > whole->start)) whole = &f;
    }
    // ("ca. 1.050 ... bør have deres sag forelagt" over rows of about 1.052: an estimate's parts may pass it a little.)
    constexpr double kEstimateSlack = 0.05;
    if (!whole || *whole->value * (1 + (whole->approx ? kEstimateSlack : 0)) < sum) return;
    // Rows that leave some of the count over are its parts only right under
    // it ("... bør have deres sag forelagt rehabiliteringsteamet. Status pr. 1.
    // august 2018:" over 8 presented and 10 planned of 25, the rest told after).
    constexpr std::size_t kIntro = 80;  // characters between the count's sentence and the rows
    if (*whole->value != sum && whole->end + kIntro < before && !namedAgain(ctx, *whole, tableStart)) return;
    if (!ctx.data.isBrokenDown(whole->section, whole->category)) return;
    for (auto it = from; it != to; ++it) {
        if (it->category != "total") it->ofTotal = whole->value;
    }
}

// "Kontanthjælp | 58 | 85 %" under "Andelen er regnet ud af antallet i tabel
// 1": the target group of the count's benefit counted before, of which the
// share says the count is that part (58 of 68 is 85 %).
std::optional<double> groupTheShareIsOf(const Fact& f, double share, const std::vector<Fact>& prose, const std::vector<Fact>& tables) {
    if (!f.value || share <= 0) return std::nullopt;
    const double implied = *f.value * 100 / share;
    for (const auto* facts : {&tables, &prose}) {
        for (const Fact& g : *facts) {
            if (g.section == "target_group" && g.category == "over_5_years" && g.benefit == f.benefit && g.value && *g.value >= *f.value &&
                std::abs(*g.value - implied) <= std::max(1.0, *g.value * 0.02)) return g.value;
        }
    }
    return std::nullopt;
}

}  // namespace

std::vector<Fact> tableFacts(const LetterContext& ctx, const std::vector<Table>& tables, const std::vector<Fact>& prose) {
    std::vector<Fact> out;
    const auto& S = ctx.seg.sentences;
    for (const auto& tb : tables) {
        // The benefit a table belongs to: named in the sentence introducing
        // it (in the paragraph just before it, the one pointing at it:
        // "nedenfor", "følgende", a closing colon; else its last sentence).
        const Regex& pointer = ctx.data.marker("table_pointer");
        std::string benefit, teamBenefit;
        std::optional<std::string> captionPeriod, captionAsOf;
        std::optional<double> captionTotal;
        const int32_t tableStart = ctx.seg.lines[tb.firstLine].start;
        // The period the letter gives its activity figures, looked for once a table, when a cell needs it.
        std::optional<std::optional<std::string>> declaredPeriod;
        int last = -1;
        for (int k = ctx.firstSentence; k <= ctx.lastSentence; ++k) {
            if (S[k].end <= tableStart && !S[k].tabular) last = k;
        }
        if (last >= 0) {
            int intro = last;
            for (int k = last; k >= ctx.firstSentence && S[k].paragraph == S[last].paragraph; --k) {
                if (pointer.find(ctx.seg.lower, S[k].start, S[k].end)) { intro = k; break; }
            }
            // (Not a "label: count" line just before it, "Heraf kontanthjælpsmodtagere: 29 af 33":
            // a row of the list the table goes on with, whose benefit is its own.)
            const int colon = ctx.seg.flow.tempSubStringBetween(S[intro].start, S[intro].end).indexOf(u": ");
            const bool labelRow = intro == last && colon > 0 && NumberParser::get().find(ctx.seg.lower, S[intro].start, S[intro].start + colon).empty() &&
                                  !NumberParser::get().find(ctx.seg.lower, S[intro].start + colon, S[intro].end).empty();
            if (!labelRow) benefit = namedBenefit(ctx.seg.lower, S[intro].start, S[intro].end, ctx.data);
            // A caption's number ("Tabel 3.") is cut off as a sentence of its own: its title follows.
            if (benefit.empty() && !labelRow) benefit = namedBenefit(ctx.seg.lower, S[intro].start, S[last].end, ctx.data);
            // "Tabel C. Aktive tilbud i 1. halvår 2018", "Opgørelse pr. 30. juni
            // 2018:": the period or date of the cells that name none.
            captionPeriod = periodWithin(ctx, S[intro].start, S[last].end, false);
            for (int k = intro; k <= last && !captionAsOf; ++k) captionAsOf = asOfFor(ctx, S[k]);
            captionTotal = introducedTotal(ctx, S[intro].start, S[last].end);
            // "59 af de 154 kontanthjælpsmodtagere bør forelægges ... Hvor langt
            // sagerne er nået, fremgår af tabel 3.": the team's table of those
            // just counted is of their benefit ("sager fra målgruppen": of all).
            if (benefit.empty() && tb.section == "rehab_team" && ctx.seg.lower.tempSubStringBetween(S[intro].start, S[last].end).indexOf(u"målgruppe") < 0) {
                const std::size_t from = startBefore(ctx, intro, 3), to = static_cast<std::size_t>(ctx.doc.originalStart(tableStart));
                for (auto f = prose.rbegin(); f != prose.rend(); ++f) {
                    if (f->start < from) break;
                    if (f->start < to && f->section == "rehab_team" && f->value && !f->derived) { teamBenefit = f->benefit; break; }
                }
                // A caption of its own under a paragraph that points at the table ("Også listen over
                // kontanthjælpsmodtagere … følger vi fra måned til måned. Tabel 3 viser, …"): of what that paragraph names.
                int caption = intro;
                while (caption > ctx.firstSentence && S[caption - 1].paragraph == S[intro].paragraph) --caption;
                if (teamBenefit.empty() && caption > ctx.firstSentence && !S[caption - 1].tabular) {
                    int first = caption - 1;
                    while (first > ctx.firstSentence && S[first - 1].paragraph == S[caption - 1].paragraph) --first;
                    bool points = false;
                    for (int k = first; k < caption && !points; ++k) points = static_cast<bool>(pointer.find(ctx.seg.lower, S[k].start, S[k].end));
                    if (const std::string b = namedBenefit(ctx.seg.lower, S[first].start, S[caption - 1].end, ctx.data); points && b != "all") teamBenefit = b;
                }
            }
        }
        // A table of benefit rows counts what its introduction (or the question it answers) says.
        std::string section = tb.section, category;
        if (section.empty()) {
            if (last >= 0) {
                for (const auto& v : ctx.data.vocabulary) {
                    if (v.kind == "cue" && v.unit == "count" && v.pattern->find(ctx.seg.lower, S[last].start, S[last].end)) {
                        section = v.section;
                        category = v.category;
                        break;
                    }
                }
                // "Tabel A. Målgruppen pr. 31.12.2018 fordelt på ydelse": the topic its caption names,
                // before the question the text around it answers (an appendix after the last answer).
                if (section.empty()) {
                    if (const QuestionEntry* q = ctx.data.question(topicNamed(ctx, S[last].start, S[last].end)); q && !q->defaultCategory.empty()) {
                        section = q->section;
                        category = q->defaultCategory;
                    }
                }
                if (section.empty()) {
                    if (const QuestionEntry* q = ctx.data.question(ctx.question[last]); q && !q->defaultCategory.empty()) {
                        section = q->section;
                        category = q->defaultCategory;
                    }
                }
            }
            // (Columns that each say what they count need neither: "Ydelse |
            // Målgruppe | Heraf aktive i 1. halvår 2018" right under a heading.)
            const bool selfSaid = std::all_of(tb.cells.begin(), tb.cells.end(), [](const TableCell& c) {
                return !c.emit || (!c.section.empty() && !c.category.empty());
            });
            if (section.empty() && !selfSaid) continue;
        }
        const std::size_t first = out.size();
        for (const auto& c : tb.cells) {
            if (!c.emit) continue;
            // A dated group's size that is only the base of its row's part, where the
            // prose already counts that group otherwise ("Ydelse | Aktive |
            // Målgruppe 30.06.2018" beside "42 ud af 236 på kontanthjælp" in
            // August): the group as it stood then, no answer now.
            const bool dated = std::any_of(c.heading.begin(), c.heading.end(), [&](const auto& h) { return holdsDigit(ctx.seg.lower, h.first, h.second); });
            const bool base = dated && c.section == "target_group" && std::any_of(tb.cells.begin(), tb.cells.end(), [&](const TableCell& o) {
                return &o != &c && o.quoteStart == c.quoteStart && o.ofTotal && *o.ofTotal == c.value;
            });
            if (base && std::any_of(prose.begin(), prose.end(), [&](const Fact& f) {
                    return f.section == c.section && f.category == c.category && f.benefit == c.benefit && f.value && *f.value != c.value;
                })) continue;
            Fact f;
            f.section = c.section.empty() ? section : c.section;
            f.category = c.category.empty() ? category : c.category;
            f.benefit = !c.benefit.empty() ? c.benefit : (benefit.empty() ? "all" : benefit);
            f.value = c.value;
            f.ofTotal = c.ofTotal;
            if (!f.ofTotal && captionTotal && *captionTotal >= c.value && ctx.data.complementOf(f.section, f.category)) f.ofTotal = captionTotal;
            f.period = tablePeriod(ctx, tb, c);
            if (!f.period) f.period = captionPeriod;
            if (!f.period && f.section == "active_intervention") {
                if (!declaredPeriod) declaredPeriod = declaredActivityPeriod(ctx, tableStart);
                f.period = *declaredPeriod;
            }
            f.asOf = captionAsOf;
            f.quote = ctx.doc.quote(c.quoteStart, c.quoteEnd);
            f.start = static_cast<std::size_t>(ctx.doc.originalStart(c.quoteStart));
            f.end = static_cast<std::size_t>(ctx.doc.originalEnd(c.quoteEnd));
            f.confidence = c.category == "andet" ? 0.6 : 0.95;
            f.derived = c.derived;
            if (const auto* split = ctx.data.complementOf(f.section, f.category); c.share && split && !split->share.empty()) {
                if (!f.ofTotal) f.ofTotal = groupTheShareIsOf(f, *c.share, prose, out);
                Fact share = f;
                share.category = split->share;
                share.value = *c.share;
                share.ofTotal.reset();
                out.push_back(std::move(f));
                out.push_back(std::move(share));
                continue;
            }
            out.push_back(std::move(f));
        }
        // "Aktive 1.6.-30.11." beside "Ikke aktive": the parts of one row's
        // group in one section are of the period one of their headings names.
        for (auto it = out.begin() + static_cast<std::ptrdiff_t>(first); it != out.end(); ++it) {
            if (it->period || !ctx.data.complementOf(it->section, it->category)) continue;
            for (auto jt = out.begin() + static_cast<std::ptrdiff_t>(first); jt != out.end(); ++jt) {
                if (jt->period && jt->start == it->start && jt->section == it->section && ctx.data.complementOf(jt->section, jt->category)) {
                    it->period = jt->period;
                    break;
                }
            }
        }
        partsOfTheCountBefore(ctx, prose, tableStart, out.begin() + static_cast<std::ptrdiff_t>(first), out.end());
        // (Rows that are not its parts, but what became of those just counted.)
        for (auto it = out.begin() + static_cast<std::ptrdiff_t>(first); !teamBenefit.empty() && it != out.end(); ++it) {
            if (it->benefit == "all" && !it->ofTotal && it->section == "rehab_team") it->benefit = teamBenefit;
        }
    }
    return out;
}

std::vector<Fact> extractMentions(const LetterContext& ctx, const std::vector<Fact>& counted) {
    std::vector<Fact> out;
    const auto& D = ctx.data;
    const auto& S = ctx.seg.sentences;
    const Regex& offer = D.marker("offer");
    const Regex& otherProject = D.marker("other_project");
    const Regex& notOffered = D.marker("not_offered");
    // A passage answers what the counts beside it answer: a sentence under an
    // intervention table, or among counted interventions, may name more of
    // them wherever the letter's questions were placed.
    // (Three sentences of prose back, and the table just before them, if one is.)
    auto besideInterventions = [&](int si) {
        int k = si;
        for (int prose = 0; k > ctx.firstSentence && prose < 3;) prose += !S[--k].tabular;
        while (k > ctx.firstSentence && S[k - 1].tabular) --k;
        const auto from = static_cast<std::size_t>(ctx.doc.originalStart(S[k].start));
        const auto to = static_cast<std::size_t>(ctx.doc.originalStart(S[std::min(ctx.lastSentence, si + 2)].end));
        return std::any_of(counted.begin(), counted.end(), [&](const Fact& f) {
            return f.section == "intervention" && f.value && !f.derived && f.start >= from && f.start < to;
        });
    };
    for (int si = ctx.firstSentence; si <= ctx.lastSentence; ++si) {
        const Sentence& s = S[si];
        // (A footnote says more of a marked figure; what it names is no offer of its own.)
        if (s.tabular || s.question || s.footnote) continue;
        if (!D.anyMention || !D.anyMention->find(ctx.seg.lower, s.start, s.end)) continue;
        const bool asked = ctx.hasQuestions ? ctx.question[si] == 2 : static_cast<bool>(offer.find(ctx.seg.lower, s.start, s.end));
        if (!asked && !besideInterventions(si)) continue;
        if (otherProject.find(ctx.seg.lower, s.start, s.end) || aboutOtherPeople(ctx, si)) continue;
        const Sentence* intro = introOf(ctx, s);
        if (intro && otherProject.find(ctx.seg.lower, intro->start, intro->end)) continue;
        const UnitPairs sentencePairs(ctx.seg.lower, s.start, s.end);
        for (const auto& v : D.vocabulary) {
            if (v.kind != "mention" || !v.pattern->mayOccurIn(sentencePairs)) continue;
            const Match named = v.pattern->find(ctx.seg.lower, s.start, s.end);
            if (!named || notOffered.find(ctx.seg.lower, std::max(s.start, named.start - 30), named.start)) continue;
            bool known = false;
            for (const auto& f : counted) known |= f.section == v.section && f.category == v.category;
            for (const auto& f : out) known |= f.category == v.category;
            if (known) continue;
            Fact f = makeFact(ctx, s);
            f.section = v.section;
            f.category = v.category;
            const std::string b = namedBenefit(ctx.seg.lower, s.start, s.end, D);
            f.benefit = b.empty() ? "all" : b;
            f.confidence = 0.7;
            out.push_back(std::move(f));
        }
    }
    return out;
}

// "Det rigtige antal er 23, ikke 26", "Praktiklinjen skal derfor lyde på 43
// i stedet for 46": a figure that names the one it replaces is of that one's
// kind, though its own words may not say which (another office's erratum
// after the reply in the file), and the one replaced in this letter, in
// prose or a table, is no longer a figure of it.
void replaceNamedFigures(const LetterContext& ctx, std::vector<Fact>& facts) {
    const Regex& replaces = ctx.data.marker("replaces");
    const IndexedText& L = ctx.seg.lower;
    // The nearest before: tables' facts come after the prose's in `facts`.
    auto latestOf = [](const std::vector<Fact>& in, double value, std::size_t before, auto&& kind) -> const Fact* {
        const Fact* best = nullptr;
        for (const Fact& f : in) {
            if (f.value == value && !f.derived && f.start < before && kind(f) && (!best || f.start >= best->start)) best = &f;
        }
        return best;
    };
    const auto anyKind = [](const Fact&) { return true; };
    for (int si = ctx.firstSentence; si <= ctx.lastSentence; ++si) {
        const Sentence& s = ctx.seg.sentences[si];
        if (s.tabular || s.question) continue;
        // Every replacing phrase holds "ikke" or "for": most sentences are passed without reading their numbers.
        const icu::UnicodeString text = L.tempSubStringBetween(s.start, s.end);
        if (text.indexOf(u"ikke ") < 0 && text.indexOf(u"for ") < 0) continue;
        const std::vector<NumberToken> numbers = NumberParser::get().find(L, s.start, s.end);
        for (std::size_t k = 0; k + 1 < numbers.size(); ++k) {
            const NumberToken &now = numbers[k], &was = numbers[k + 1];
            if (now.glued || was.glued || now.value == was.value || overlapsDate(now, ctx.dates) || overlapsDate(was, ctx.dates)) continue;
            const Match m = replaces.lookingAt(L, now.end, was.start);
            if (!m || m.end != was.start) continue;
            const Fact at = makeFact(ctx, s);
            const auto told = std::find_if(facts.begin(), facts.end(), [&](const Fact& f) { return f.start == at.start && f.value == now.value && !f.derived; });
            if (told != facts.end()) {
                const Fact kind = *told;
                if (const Fact* old = latestOf(facts, was.value, at.start, [&](const Fact& f) { return sameKind(f, kind); }))
                    facts.erase(facts.begin() + (old - facts.data()));
                continue;
            }
            const Fact* old = latestOf(facts, was.value, at.start, anyKind);
            // ("… burde have haft et tilbud, så det tal er 2 og ikke 4": of the kind the sentence names, if one is.)
            for (const VocabEntry* v : ctx.data.countCues) {
                if (!old || !v->pattern->find(L, s.start, s.end)) continue;
                if (const Fact* named = latestOf(facts, was.value, at.start, [&](const Fact& f) { return f.section == v->section && f.category == v->category; })) {
                    old = named;
                    break;
                }
            }
            const bool here = old != nullptr;
            if (!old && ctx.earlier) {
                for (auto l = ctx.earlier->rbegin(); !old && l != ctx.earlier->rend(); ++l) old = latestOf(l->facts, was.value, SIZE_MAX, anyKind);
            }
            if (!old) continue;
            Fact f = *old;
            f.quote = at.quote;
            f.start = at.start;
            f.end = at.end;
            f.value = now.value;
            if (here) facts.erase(facts.begin() + (old - facts.data()));
            facts.push_back(std::move(f));
        }
    }
}

}  // namespace svarbrev
