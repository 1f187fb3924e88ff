#include "Segmenter.hpp"

#include <unicode/brkiter.h>
#include <unicode/filteredbrk.h>
#include <unicode/uchar.h>

#include <algorithm>
#include <cctype>
#include <memory>

#include "CharClass.hpp"
#include "DateParser.hpp"
#include "NumberParser.hpp"
#include "Regex.hpp"

namespace svarbrev {
namespace {

// "(aug. 17 - jul. 18)": a month's abbreviation, its full stop and a year in
// two digits starting at `at` (not a whole name: "i juli. 24 får …").
bool monthBeforeShortYear(const icu::UnicodeString& t, int32_t from, int32_t at) {
    if (at - 2 <= from || at + 2 > t.length() || t[at - 1] != ' ' || t[at - 2] != '.' || !u_isdigit(t[at]) || !u_isdigit(t[at + 1]) ||
        (at + 2 < t.length() && u_isdigit(t[at + 2])))
        return false;
    const int32_t k = at - 2;
    int32_t w = k;
    while (w > from && u_isalpha(t[w - 1])) --w;
    const int32_t letters = k - w;
    const bool wholeName = letters == 3 ? u_tolower(t[w]) == 'm' : letters == 4 && u_tolower(t[w + 3]) == 'i';
    return letters >= 3 && letters <= 4 && !wholeName && isMonthWord(t.getBuffer() + w, letters);
}

int countWords(const icu::UnicodeString& t, int32_t s, int32_t e) {
    int n = 0;
    bool in = false;
    const UChar* u = t.getBuffer();
    e = std::min(e, t.length());
    for (int32_t i = std::max(s, 0); i < e; ++i) {
        const bool w = isAlnumFast(u[i]);
        if (w && !in) ++n;
        in = w;
    }
    return n;
}

// "   15  i virksomhedspraktik": a line that opens with a count and a gap of two spaces or more.
bool countFirst(const icu::UnicodeString& t, const Line& l) {
    int32_t k = firstNonSpace(t, l.start, l.end);
    const int32_t digits = k;
    while (k < l.end && u_isdigit(t[k])) ++k;
    if (k == digits || k - digits > 4 || k + 2 >= l.end || t[k] != ' ' || t[k + 1] != ' ') return false;
    while (k < l.end && t[k] == ' ') ++k;
    return k < l.end && u_isalpha(t[k]);
}

bool isBulletStart(const icu::UnicodeString& t, int32_t s, int32_t e) {
    s = firstNonSpace(t, s, e);
    if (s >= e) return false;
    const UChar c = t[s];
    if (isBulletSign(c) && s + 1 < e && t[s + 1] == ' ') return true;
    // "2. ", "3) ", and a lettered item ("b) Kontanthjælp: 104.").
    return afterItemMark(t, s, e) > s;
}

std::unique_ptr<icu::BreakIterator> makeSentenceIterator(const DomainData& data) {
    UErrorCode st = U_ZERO_ERROR;
    std::unique_ptr<icu::BreakIterator> base(icu::BreakIterator::createSentenceInstance(icu::Locale("da"), st));
    if (U_FAILURE(st)) return nullptr;
    std::unique_ptr<icu::FilteredBreakIteratorBuilder> b(icu::FilteredBreakIteratorBuilder::createEmptyInstance(st));
    if (U_FAILURE(st)) return base;
    for (const auto& a : data.abbreviations) b->suppressBreakAfter(icu::UnicodeString::fromUTF8(a), st);
    icu::BreakIterator* wrapped = b->wrapIteratorWithFilter(base.release(), st);
    return std::unique_ptr<icu::BreakIterator>(wrapped);
}

// A cell of running prose ("1.⇥Hvor mange ...?⇥Målgruppen er faldet fra 43
// borgere ... . Af de 36 modtager 27 ..."): a table of questions and
// answers exported from a word processor, whose rows are read as text.
bool holdsProseCell(const icu::UnicodeString& t, int32_t s, int32_t e) {
    constexpr int kProseWords = 15;
    int words = 0;
    bool inWord = false, sentenceEnd = false;
    for (int32_t k = s; k <= e; ++k) {
        const UChar c = k < e ? t[k] : u'\t';
        if (c == '\t') {
            if (words >= kProseWords && sentenceEnd) return true;
            words = 0;
            sentenceEnd = inWord = false;
            continue;
        }
        const bool w = isAlnumFast(c);
        words += w && !inWord;
        inWord = w;
        sentenceEnd |= (c == '.' || c == '?' || c == '!') && k + 1 < e && t[k + 1] == ' ';
    }
    return false;
}

}  // namespace

int Segmentation::lineAt(int32_t pos) const {
    auto it = std::upper_bound(lines.begin(), lines.end(), pos, [](int32_t p, const Line& l) { return p < l.start; });
    return std::max(0, static_cast<int>(it - lines.begin()) - 1);
}

std::pair<int32_t, int32_t> nameTitleCut(const icu::UnicodeString& line) {
    if (const int32_t comma = line.indexOf(u", "); comma >= 0) return {comma, comma + 2};
    if (const int32_t dash = line.indexOf(u" – "); dash >= 0) return {dash, dash + 3};
    return {-1, -1};
}

bool looksLikeName(const icu::UnicodeString& line, const DomainData& data) {
    icu::UnicodeString t(line);
    t.trim();
    // "Jens Hansen, borgmester", "Henrik Bo Lindhardt – borgmester": the name before the comma or dash.
    const auto [cut, title] = nameTitleCut(t);
    if (cut > 0 && looksLikeTitle(t.tempSubStringBetween(title), data)) t.truncate(cut);
    if (t.isEmpty() || t.length() > 60) return false;
    const icu::UnicodeString low = lowerSameLength(t);
    if (data.marker("org").find(low) || data.marker("title").find(low) || data.marker("signoff").find(low)) return false;
    int tokens = 0;
    int32_t i = 0;
    while (i < t.length()) {
        while (i < t.length() && t[i] == ' ') ++i;
        if (i >= t.length()) break;
        int32_t j = i;
        while (j < t.length() && t[j] != ' ') ++j;
        icu::UnicodeString tok = t.tempSubStringBetween(i, j);
        ++tokens;
        if (!u_isupper(tok.char32At(0))) return false;
        for (int32_t k = 1; k < tok.length(); ++k) {
            const UChar c = tok[k];
            // ("J0rgen B0gh": a scan's 0 for ø between letters, which NameRepair mends.)
            const bool scannedO = c == '0' && k + 1 < tok.length() && u_isalpha(tok[k - 1]) && u_isalpha(tok[k + 1]);
            if (!(u_isalpha(c) || c == '-' || c == '\'' || scannedO || (c == '.' && k == tok.length() - 1))) return false;
        }
        i = j;
    }
    return tokens >= 2 && tokens <= 5;
}

bool looksLikeTitle(const icu::UnicodeString& line, const DomainData& data) {
    icu::UnicodeString t(line);
    t.trim();
    return !t.isEmpty() && countWords(t, 0, t.length()) <= 8 && data.marker("title").find(lowerSameLength(t)) && !t.endsWith(u".");
}

bool looksLikeOrg(const icu::UnicodeString& line, const DomainData& data) {
    icu::UnicodeString t(line);
    t.trim();
    return !t.isEmpty() && countWords(t, 0, t.length()) <= 6 && data.marker("org").find(lowerSameLength(t));
}

std::vector<icu::UnicodeString> signatureCells(const icu::UnicodeString& line) {
    std::vector<icu::UnicodeString> cells;
    const int32_t n = line.length();
    for (int32_t i = 0; i < n;) {
        while (i < n && (line[i] == ' ' || line[i] == '\t' || line[i] == '|' || (line[i] == '/' && i + 1 < n && line[i + 1] == ' '))) ++i;
        if (i >= n) break;
        int32_t j = i;
        // A cell ends at a tab, a bar, three spaces in a row or a spaced slash
        // ("Lene Dahl Mortensen / Bo Kragh Jessen" over their titles).
        while (j < n && line[j] != '\t' && line[j] != '|' && !(line[j] == ' ' && j + 2 < n && line[j + 1] == ' ' && line[j + 2] == ' ') &&
               !(line[j] == ' ' && j + 2 < n && line[j + 1] == '/' && line[j + 2] == ' ')) ++j;
        icu::UnicodeString cell = line.tempSubStringBetween(i, j);
        if (cell.startsWith(u"/")) cell.remove(0, 1);
        cell.trim();
        // "(sign.) Jakob Sandberg": a copy's mark of the signature, no part of the name.
        if (cell.startsWith(u"(sign") && cell.indexOf(u')') > 0) {
            cell.remove(0, cell.indexOf(u')') + 1);
            cell.trim();
        }
        if (!cell.isEmpty()) cells.push_back(cell);
        i = j;
    }
    return cells;
}

bool looksLikeSignatureLine(const icu::UnicodeString& line, const DomainData& data) {
    if (data.marker("on_behalf").find(lowerSameLength(line))) return true;
    const auto cells = signatureCells(line);
    for (const auto& c : cells) {
        if (!looksLikeName(c, data) && !looksLikeTitle(c, data) && !looksLikeOrg(c, data)) return false;
    }
    return !cells.empty();
}

bool isPageNumberLine(const icu::UnicodeString& t, const Line& l, const DomainData& data) {
    // Most lines hold no figure, or too many words to be a page number's: no pattern is run for them.
    if (l.blank || l.words > 20) return false;
    return holdsDigit(t, l.start, l.end) && data.marker("page_number").find(lowerSameLength(t.tempSubStringBetween(l.start, l.end)));
}

// The line after a block of page furniture that starts at line `from`: at
// most three lines, one of them a page number. `from` itself if there is none.
std::size_t pageFurnitureEnd(const icu::UnicodeString& t, const std::vector<Line>& L, std::size_t from, const DomainData& data) {
    std::size_t e = from;
    while (e < L.size() && !L[e].blank && e < from + 4) ++e;
    if (e == from || e >= from + 4) return from;
    for (std::size_t k = from; k < e; ++k) {
        if (isPageNumberLine(t, L[k], data)) return e;
    }
    return from;
}

Segmentation segment(const Document& doc, const DomainData& data) {
    Segmentation seg;
    const icu::UnicodeString& t = doc.text;
    const int32_t n = t.length();
    // Lines.
    const UChar* u = t.getBuffer();
    std::vector<int> pageLines;
    for (int32_t s = 0; s <= n;) {
        // One pass over the line: where its text starts, a tab after that, its words.
        int32_t e = s, first = -1;
        bool tab = false, inWord = false;
        int words = 0;
        for (; e < n && u[e] != '\n'; ++e) {
            const UChar c = u[e];
            if (first < 0 && !isWhitespaceFast(c)) first = e;
            tab |= first >= 0 && c == '\t';
            const bool w = isAlnumFast(c);
            words += w && !inWord;
            inWord = w;
        }
        Line l;
        l.start = s;
        l.end = e;
        l.blank = first < 0;
        l.tabular = !l.blank && tab && !holdsProseCell(t, s, e);
        l.bullet = !l.blank && isBulletStart(t, s, e);
        l.words = words;
        // A page number standing alone ("- 2 -", "Side 2 af 3") or in a footer
        // ("Jobcenter Herning · Udvalget 9.1.2019 · Slide 2 af 8") is no content.
        const bool footer = words <= 12 && t.indexOf(u'·', s, e - s) >= 0;  // (a running head's page mark stays: it marks a page break)
        if ((words <= 4 || footer) && isPageNumberLine(t, l, data)) {
            l.blank = true;
            pageLines.push_back(static_cast<int>(seg.lines.size()));
        }
        seg.lines.push_back(l);
        s = e + 1;
        if (e == n) break;
    }
    // Aligned columns ("Mentor      10") and short "label: count" lines are
    // table rows too, when they come in runs or carry a colon or bullet.
    {
        static const Regex aligned("\\S(\\s{3,})\\S");
        // A label may end in a year ("behandlet i juni–juli 2018: 4").
        // A "label: N" may say more, with figures and commas ("- forelagt
        // teamet i maj, juni og juli 2018: 8", "- planlagt til 4. kvartal 2018: 6"),
        // when it has a bullet or a line like it beside it.
        // ("- under forberedelse, oftest fordi ...: ca. 530": an estimate too.)
        // ("Virksomhedspraktik: 36 (24)": with a part in brackets a legend explains.)
        static const Regex colonCount("^\\s*([-–•*]\\s+)?\\p{L}[^:\\n]{0,80}:\\s*((ca\\.|cirka|omkring|knap|godt)\\s*)?\\d{1,5}(\\s*\\(\\d{1,5}\\))?\\s*$");
        static const Regex labelCount("^\\s*([-–•*]\\s+)?\\p{L}[\\p{L}\\p{M} ,/()–-]{0,50}?(\\s(19|20)\\d\\d)?(:)?\\s+\\d{1,5}\\s*$");
        std::vector<char> cand(seg.lines.size(), 0);
        for (std::size_t k = 0; k < seg.lines.size(); ++k) {
            Line& l = seg.lines[k];
            if (l.blank || l.tabular) continue;
            const int32_t a = firstNonSpace(t, l.start, l.end), b = lastNonSpace(t, l.start, l.end);
            if (t.tempSubStringBetween(a, b).indexOf(u"   ") >= 0 && aligned.find(t, a, b)) { cand[k] = 2; continue; }
            if (b <= a || !(u_isdigit(t[b - 1]) || (t[b - 1] == ')' && b >= 2 && u_isdigit(t[b - 2])))) continue;
            const bool colon = t.tempSubStringBetween(a, b).indexOf(u':') >= 0;
            if (l.words <= 7 && labelCount.matches(t, l.start, l.end)) {
                cand[k] = colon || l.bullet ? 2 : 1;
            } else if (l.words <= 14 && colon && colonCount.matches(t, l.start, l.end)) {
                cand[k] = l.bullet ? 2 : 1;
            }
        }
        for (std::size_t k = 0; k < seg.lines.size(); ++k) {
            const bool neighbour = (k > 0 && (cand[k - 1] || seg.lines[k - 1].tabular)) ||
                                   (k + 1 < seg.lines.size() && (cand[k + 1] || seg.lines[k + 1].tabular));
            if (cand[k] == 2 || (cand[k] == 1 && neighbour)) seg.lines[k].tabular = true;
        }
    }
    // Flow: a line break inside wrapped prose becomes a space.
    seg.flow = t;
    const auto& L = seg.lines;
    for (int p : pageLines) {
        for (int32_t k = L[p].start; k < L[p].end; ++k) seg.flow.setCharAt(k, u' ');
    }
    // A long rule ("=====…" between an export's slides or pages) parts them as a blank line does.
    constexpr int kPartingRule = 10;
    std::vector<char> parting(L.size(), 0);
    for (std::size_t k = 0; k < L.size(); ++k) parting[k] = L[k].blank || isRuleLine(t, L[k], kPartingRule);
    std::vector<char> runsInto(L.size(), 0);  // the line goes on with the sentence before it
    for (std::size_t i = 0; i + 1 < L.size(); ++i) {
        if (L[i].blank || L[i].tabular || parting[i]) continue;
        std::size_t j = i + 1;
        while (j < L.size() && L[j].blank) ++j;
        // A page break inside a sentence: the footer and the next page's
        // running head ("- 1 -", "Side 2 af 2") are stepped over.
        const std::size_t furnitureFrom = j;
        for (std::size_t f; j > i + 1 && (f = pageFurnitureEnd(t, L, j, data)) > j;) {
            j = f;
            while (j < L.size() && L[j].blank) ++j;
        }
        // A running head without a page number after a footer with one
        // ("Frederikshavn Kommune   Vores j.nr.: ..."), then the sentence's
        // lower-case rest: stepped over too.
        if (j > furnitureFrom && j < L.size() && !u_islower(t[firstNonSpace(t, L[j].start, L[j].end)])) {
            std::size_t e = j;
            while (e < L.size() && !L[e].blank && e < j + 3) ++e;
            std::size_t k = e;
            while (k < L.size() && L[k].blank) ++k;
            if (k > e && k < L.size() && !L[k].tabular && u_islower(t[firstNonSpace(t, L[k].start, L[k].end)])) j = k;
        }
        const bool overPage = j > furnitureFrom ||
                              std::any_of(pageLines.begin(), pageLines.end(), [&](int p) { return p > static_cast<int>(i) && p < static_cast<int>(j); });
        if (j >= L.size() || L[j].tabular) continue;
        const int32_t le = lastNonSpace(t, L[i].start, L[i].end);
        const UChar last = t[le - 1];
        const int32_t ns = firstNonSpace(t, L[j].start, L[j].end);
        const UChar next = t[ns];
        const int32_t len = le - firstNonSpace(t, L[i].start, L[i].end);
        // A sentence wrapped onto a line that starts like a list item, where
        // no list follows: "i løbet af\n1. halvår 2018" (an ordinal before a
        // lower-case word), "perioden 1. februar\n– 31. juli 2018" (a range,
        // after a line as wide as the page).
        if (L[j].bullet) {
            if (j != i + 1 || closesSentence(last) || (j + 1 < L.size() && L[j + 1].bullet)) continue;
            const int32_t gap = t.indexOf(u' ', ns, L[j].end - ns);
            const int32_t word = gap < 0 ? L[j].end : firstNonSpace(t, gap, L[j].end);
            if (word >= L[j].end) continue;
            const bool ordinal = u_isdigit(next) && u_islower(t[word]) && len >= 40;
            const bool range = isBulletSign(next) && u_isdigit(t[word]) && len >= 60;
            if (!ordinal && !range) continue;
            seg.lines[j].bullet = false;
        }
        // "teamet i 1.\nhalvår 2018", "bl.a.\nmentor": a full stop before a
        // lower-case word on the next line ends an ordinal or an abbreviation.
        if (closesSentence(last) && !(last == '.' && j == i + 1 && u_islower(next))) continue;
        bool soft;
        if (overPage) soft = (u_islower(next) || u_isdigit(next)) && len >= 40;
        else if (j > i + 1) soft = u_islower(next) && len >= 40;  // across a blank line (page break)
        // A short line inside a sentence ("har 98 af de\n112 borgere\nværet
        // i ..."): a PDF cut a longer line at the page's edge, and the rest
        // runs on like the line it came from.
        else soft = (runsOn(next) && (len >= 40 || runsInto[i])) || len >= 70;
        // "   15  i virksomhedspraktik – fire af dem …" over "    9  med mentor …":
        // a list of counts set first, however long its lines.
        if (!soft || (countFirst(t, L[i]) && countFirst(t, L[j]))) continue;
        runsInto[j] = 1;
        for (int32_t k = L[i].end; k < L[j].start; ++k) {
            if (seg.flow[k] == '\n' || (overPage && k >= L[i + 1].start)) seg.flow.setCharAt(k, u' ');
        }
    }
    seg.lower = IndexedText(lowerSameLength(seg.flow));
    // Sentences.
    thread_local std::unique_ptr<icu::BreakIterator> proto;
    thread_local const DomainData* protoData = nullptr;
    if (!proto || protoData != &data) { proto = makeSentenceIterator(data); protoData = &data; }
    std::vector<std::pair<int32_t, int32_t>> raw;
    if (proto) {
        proto->setText(seg.flow);
        int32_t s = proto->first();
        for (int32_t e = proto->next(); e != icu::BreakIterator::DONE; s = e, e = proto->next()) {
            if (!raw.empty() && monthBeforeShortYear(seg.flow, raw.back().first, s)) raw.back().second = e;
            else raw.push_back({s, e});
        }
    } else {
        raw.push_back({0, n});
    }
    // Paragraphs: runs of lines between blank lines.
    std::vector<int> paraOfLine(L.size(), 0);
    for (std::size_t k = 1; k < L.size(); ++k) paraOfLine[k] = paraOfLine[k - 1] + (parting[k - 1] && !parting[k] ? 1 : 0);
    // ICU runs on after "tilbud. 40 borgere" (a digit is no sentence start
    // for UAX #29); a full stop after a word that is no abbreviation, or
    // after a year, before a number, ends the sentence. A semicolon joins sentences that could
    // stand alone: each is read as one.
    {
        std::vector<std::pair<int32_t, int32_t>> cut;
        for (auto [s0, e0] : raw) {
            int32_t a = s0;
            for (int32_t k = s0 + 1; k + 2 < e0; ++k) {
                if (seg.flow[k] == ';' && isWhitespaceFast(seg.flow[k + 1])) {
                    cut.push_back({a, k + 1});
                    a = k + 1;
                    continue;
                }
                if (seg.flow[k] != '.' || seg.flow[k + 1] != ' ' || !u_isdigit(seg.flow[k + 2])) continue;
                // "... i 2. halvår 2017. 13 borgere har ...": a year ends a sentence as a word does.
                if (!u_isalpha(seg.flow[k - 1])) {
                    const bool year = k - 5 >= s0 && seg.flow[k - 5] == ' ' && (seg.flow.compare(k - 4, 2, u"20") == 0 || seg.flow.compare(k - 4, 2, u"19") == 0) &&
                                      u_isdigit(seg.flow[k - 2]) && u_isdigit(seg.flow[k - 1]);
                    // "... er det 180 af 214. 43 borgere har ...": so does the total of an "N af M".
                    int32_t d0 = k;
                    while (d0 > s0 && u_isdigit(seg.flow[d0 - 1])) --d0;
                    const int32_t lineStart = s0;  // (a lambda may not capture a structured binding)
                    auto before = [&](const char16_t* w, int32_t n) { return d0 - n >= lineStart && seg.flow.compare(d0 - n, n, w, 0, n) == 0; };
                    const bool ofTotal = d0 < k && (before(u" af ", 4) || before(u" af de ", 7));
                    // "... gælder det for 41. 8 borgere ...": a number no day of a month is no ordinal of a date.
                    const bool noDay = d0 < k && k - d0 <= 4 && NumberParser::parseDigits(seg.flow.tempSubStringBetween(d0, k)).value_or(0) > 31;
                    if (year || ofTotal || noDay) {
                        cut.push_back({a, k + 1});
                        a = k + 1;
                    }
                    continue;
                }
                int32_t w = k;
                while (w > s0 && (u_isalpha(seg.flow[w - 1]) || seg.flow[w - 1] == '.')) --w;
                std::string word;
                seg.flow.tempSubStringBetween(w, k + 1).toUTF8String(word);
                bool abbreviation = k - w < 2;
                for (const auto& ab : data.abbreviations) {
                    if (ab.size() == word.size() && std::equal(ab.begin(), ab.end(), word.begin(), [](char x, char y) { return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y)); })) abbreviation = true;
                }
                if (abbreviation) continue;
                if (monthBeforeShortYear(seg.flow, s0, k + 2)) continue;
                cut.push_back({a, k + 1});
                a = k + 1;
            }
            cut.push_back({a, e0});
        }
        raw = std::move(cut);
    }
    // A table row is one unit: no sentence ends inside it ("Virk.praktik\tSundhedsfagl.\t...");
    // nor does one inside a heading in capitals ("AKTIVE TILBUD I 1. HALVÅR 2018").
    {
        std::vector<std::pair<int32_t, int32_t>> merged;
        for (auto r : raw) {
            const int32_t a = firstNonSpace(seg.flow, r.first, r.second);
            const Line& l = L[seg.lineAt(std::min(a, std::max(0, n - 1)))];
            if (!merged.empty() && (l.tabular || inCapitals(t, l.start, l.end)) && a > l.start && a < l.end && merged.back().second > l.start) {
                merged.back().second = r.second;
                continue;
            }
            merged.push_back(r);
        }
        raw = std::move(merged);
    }
    for (auto [s0, e0] : raw) {
        // A table row or a bullet line is a unit of its own even if ICU ran on.
        int32_t s = s0;
        while (s < e0) {
            int32_t a = firstNonSpace(seg.flow, s, e0);
            if (a >= e0) break;
            int li = seg.lineAt(a);
            int32_t e = e0;
            // Cut at the next line that starts a table row or a bullet.
            for (int k = li + 1; k < static_cast<int>(L.size()) && L[k].start < e0; ++k) {
                if (L[k].tabular || L[k].bullet || L[li].tabular || (parting[k] && !L[k].blank) || (parting[k - 1] && !L[k - 1].blank)) {
                    if (seg.flow[L[k].start - 1] == '\n') { e = L[k].start; break; }
                }
            }
            const int32_t b = lastNonSpace(seg.flow, a, e);
            if (b > a) {
                Sentence sen;
                sen.start = a;
                sen.end = b;
                sen.line = li;
                sen.paragraph = paraOfLine[li];
                sen.tabular = L[li].tabular;
                sen.bullet = L[li].bullet && firstNonSpace(t, L[li].start, L[li].end) == a;
                // The quote of a bullet item is the item, without its bullet sign.
                const UChar b0 = t[a];
                if (sen.bullet && isBulletSign(b0) && a + 2 < b) {
                    sen.start = firstNonSpace(t, a + 1, b);
                }
                sen.question = t.tempSubStringBetween(a, b).indexOf(u'?') >= 0;
                seg.sentences.push_back(sen);
            }
            s = e;
        }
    }
    // Footnotes: a superscript digit opens one; a plain digit before a capital
    // does under a rule of underscores (a PDF's footnote line) or after
    // another footnote.
    auto isRule = [&](const Sentence& r) {
        int32_t k = r.start;
        while (k < r.end && t[k] == '_') ++k;
        return k - r.start >= 5 && k >= r.end;
    };
    for (std::size_t i = 0; i < seg.sentences.size(); ++i) {
        auto& sen = seg.sentences[i];
        int32_t a = sen.start;
        while (a < sen.end && t[a] == '_') ++a;
        const bool underRule = a - sen.start >= 5 || (i > 0 && isRule(seg.sentences[i - 1]));
        a = firstNonSpace(t, a, sen.end);
        if (a + 2 >= sen.end || t[a + 1] != ' ') continue;
        const bool superscript = isSuperscriptDigit(t[a]);
        const bool plain = t[a] >= '1' && t[a] <= '9' && u_isupper(t[a + 2]) && (underRule || (i > 0 && seg.sentences[i - 1].footnote));
        sen.footnote = superscript || plain;
    }
    // Whether a sentence ends in `mark` (a colon that opens a list, a semicolon).
    auto endsIn = [&t](const Sentence& sen, UChar mark) {
        const int32_t e = lastNonSpace(t, sen.start, sen.end);
        return e > sen.start && t[e - 1] == mark;
    };
    // The sentence that introduces a list ("... følgende:") is each item's context.
    for (std::size_t i = 0; i < seg.sentences.size(); ++i) {
        auto& sen = seg.sentences[i];
        if (!sen.bullet) continue;
        if (i > 0 && seg.sentences[i - 1].bullet) { sen.intro = seg.sentences[i - 1].intro; continue; }
        if (i > 0 && endsIn(seg.sentences[i - 1], u':')) sen.intro = static_cast<int>(i - 1);
    }
    // The first half of a sentence parted by a semicolon is the second's
    // when it names what the second counts ("Nytteindsats bruger vi kun, når
    // det giver mening; lige nu deltager to borgere"); not when it counts
    // something itself ("8 er ikke i tilbud; 2 af dem burde have været det").
    for (std::size_t i = 1; i < seg.sentences.size(); ++i) {
        auto& sen = seg.sentences[i];
        const auto& p = seg.sentences[i - 1];
        if (sen.intro >= 0 || sen.bullet || p.tabular || p.paragraph != sen.paragraph) continue;
        if (endsIn(p, u';') && NumberParser::get().find(seg.lower, p.start, p.end).empty()) sen.intro = static_cast<int>(i - 1);
    }
    // So is it of the parts of a list set on one line of its own after it
    // ("Fordelt på ydelser:" over "Kontanthjælp: 141; uddannelseshjælp: 12.").
    for (std::size_t f = 1; f < seg.sentences.size(); ++f) {
        const auto& prev = seg.sentences[f - 1];
        if (seg.sentences[f].bullet || prev.paragraph == seg.sentences[f].paragraph) continue;
        if (!endsIn(prev, u':')) continue;
        std::size_t e = f;
        while (e + 1 < seg.sentences.size() && seg.sentences[e + 1].paragraph == seg.sentences[f].paragraph &&
               seg.sentences[e + 1].line == seg.sentences[f].line) ++e;
        const bool oneLine = e + 1 >= seg.sentences.size() || seg.sentences[e + 1].paragraph != seg.sentences[f].paragraph;
        if (e == f || !oneLine) continue;
        for (std::size_t k = f; k <= e; ++k) seg.sentences[k].intro = static_cast<int>(f - 1);
    }
    // Letters: a signature block closes one; what follows is another letter
    // if it holds prose of its own.
    const Regex& signoff = data.marker("signoff");
    const Regex& enclosure = data.marker("enclosure");
    const Regex& dateLabel = data.marker("date_label");
    int letterStartLine = 0;
    int proseSinceStart = 0;
    // A memo closes with a place and date over the name ("Gribskov Kommune,
    // 14. november 2018" / "Dorthe Saaby") where a letter says "Med venlig
    // hilsen"; at the head the same line comes before any prose.
    auto closesWithPlaceDate = [&](int i) {
        if (proseSinceStart < 3 || !dateLabel.find(seg.lower, L[i].start, L[i].end) || !holdsDigit(t, L[i].start, L[i].end)) return false;
        for (int k = i + 1; k < static_cast<int>(L.size()) && k <= i + 4; ++k) {
            if (L[k].blank) continue;
            return looksLikeName(t.tempSubStringBetween(L[k].start, L[k].end), data);
        }
        return false;
    };
    for (int i = 0; i < static_cast<int>(L.size()); ++i) {
        if (L[i].blank) continue;
        if (L[i].words >= 10) ++proseSinceStart;
        if (L[i].words > 6 || !(signoff.find(seg.lower, L[i].start, L[i].end) || closesWithPlaceDate(i))) continue;
        int end = i, k = i + 1, gap = 0;
        for (; k < static_cast<int>(L.size()) && gap < 6; ++k) {
            if (L[k].blank) { ++gap; continue; }
            icu::UnicodeString lk = t.tempSubStringBetween(L[k].start, L[k].end);
            lk.trim();
            if (data.marker("recipient").find(lowerSameLength(lk))) break;
            if (looksLikeSignatureLine(lk, data)) { end = k; gap = 0; continue; }
            break;
        }
        // "Bilag: Kopi af brev af 12. november 2018 til ...", "Kopi: ...": the
        // enclosures and copies listed under a signature are that letter's.
        for (int m = end + 1; m < static_cast<int>(L.size()) && m <= end + 3; ++m) {
            if (L[m].blank) continue;
            if (!enclosure.lookingAt(seg.lower, L[m].start, L[m].end)) break;
            end = m;
        }
        // Prose after the block?
        int prose = 0;
        for (int m = end + 1; m < static_cast<int>(L.size()); ++m) if (L[m].words >= 10) ++prose;
        LetterSpan ls;
        ls.firstLine = letterStartLine;
        ls.signoffLine = i;
        ls.signatureEnd = end;
        // A letter of its own has its own head (a date line) or its own
        // signature; an attachment ("Bilag 1") without either continues this one.
        bool ownHead = false, ownSignoff = false;
        for (int m = end + 1; m < static_cast<int>(L.size()); ++m) {
            if (L[m].blank) continue;
            const icu::UnicodeString lm = seg.lower.tempSubStringBetween(L[m].start, L[m].end);
            // (A head's date line is short and starts like one; a wrapped line
            // of prose ("kontanthjælp, 3 uddannelseshjælp og 13 …") is not.)
            const bool headLike = L[m].words <= 9 && (L[m].words <= 4 || !u_islower(t[firstNonSpace(t, L[m].start, L[m].end)]));
            if (m <= end + 25 && headLike && dateLabel.find(lm)) ownHead = true;
            if (L[m].words <= 6 && signoff.find(lm)) ownSignoff = true;
        }
        if (prose >= 2 && (ownHead || ownSignoff)) {
            ls.lastLine = end;
            seg.letters.push_back(ls);
            letterStartLine = end + 1;
            proseSinceStart = 0;
            i = end;
        } else {
            ls.lastLine = static_cast<int>(L.size()) - 1;
            seg.letters.push_back(ls);
            letterStartLine = static_cast<int>(L.size());
            break;
        }
    }
    if (letterStartLine < static_cast<int>(L.size())) {
        LetterSpan ls;
        ls.firstLine = letterStartLine;
        ls.lastLine = static_cast<int>(L.size()) - 1;
        seg.letters.push_back(ls);
    }
    for (auto& ls : seg.letters) {
        ls.start = L[ls.firstLine].start;
        ls.end = L[ls.lastLine].end;
    }
    return seg;
}

}  // namespace svarbrev
