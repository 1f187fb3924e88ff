#include "TableReader.hpp"

#include "CharClass.hpp"
#include "DateParser.hpp"
#include "NumberFormat.hpp"
#include "NumberParser.hpp"

#include <unicode/uchar.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

namespace svarbrev {
namespace {

struct Cell {
    int32_t start, end;
    icu::UnicodeString text;
    int32_t overStart = -1, overEnd = -1;  // a heading joined from the row above: its span
    int32_t column = 0;  // where it starts in its line
};

// "– 9 i ordinært job", "• 12 fleksjob": a list item that opens with its
// count, as the cells of a table row (label, count); none for other lines.
std::optional<std::vector<Cell>> countItem(const icu::UnicodeString& t, const Line& l) {
    if (!l.bullet) return std::nullopt;
    int32_t a = l.start;
    while (a < l.end && u_isWhitespace(t[a])) ++a;
    if (a >= l.end || !isBulletSign(t[a])) return std::nullopt;
    ++a;
    while (a < l.end && t[a] == ' ') ++a;
    int32_t d = a;
    while (d < l.end && (u_isdigit(t[d]) || (t[d] == '.' && d + 1 < l.end && u_isdigit(t[d + 1])))) ++d;
    if (d == a || d >= l.end || t[d] != ' ') return std::nullopt;
    int32_t b = d;
    while (b < l.end && t[b] == ' ') ++b;
    // "i ordinært job", "på førtidspension": the preposition is no part of the label.
    static const icu::UnicodeString preps[] = {u"i ", u"på ", u"af ", u"til ", u"med "};
    for (const auto& p : preps) {
        if (t.compare(b, p.length(), p) == 0) { b += p.length(); break; }
    }
    int32_t e = l.end;
    while (e > b && (u_isWhitespace(t[e - 1]) || t[e - 1] == ',' || t[e - 1] == ';' || t[e - 1] == '.')) --e;
    // A label is a few words and no figures: "44 ud af 251 kontanthjælpsmodtagere" is prose.
    int words = 0;
    for (int32_t k = b; k < e; ++k) {
        if (u_isdigit(t[k])) return std::nullopt;
        words += t[k] == ' ';
    }
    if (e <= b || words >= 6) return std::nullopt;
    return std::vector<Cell>{{b, e, t.tempSubStringBetween(b, e)}, {a, d, t.tempSubStringBetween(a, d)}};
}

// A cell that says "none" with a dash ("-", "–", "÷") or a zero, or
// withholds a small count ("<5", as statistics mask them).
bool isDashCell(const icu::UnicodeString& text) {
    if (text == u"0") return true;
    if (text.length() >= 2 && text[0] == '<') {
        int32_t k = 1;
        while (k < text.length() && text[k] == ' ') ++k;
        if (k < text.length() && u_isdigit(text[k])) return true;
    }
    for (int32_t i = 0; i < text.length(); ++i) {
        const UChar c = text[i];
        if (c != '-' && c != 0x2013 && c != 0x2014 && c != 0xF7 && c != ' ') return false;
    }
    return !text.isEmpty();
}

// A cell of a signed change ("+2", "-27", "−3", "±0"), not a count.
bool isChangeCell(const icu::UnicodeString& text) {
    if (text.length() < 2 || (text[0] != '+' && text[0] != '-' && text[0] != 0x2212 && text[0] != 0xB1 && text[0] != 0x2013)) return false;
    int32_t k = 1;
    while (k < text.length() && text[k] == ' ') ++k;
    if (k == text.length()) return false;
    for (; k < text.length(); ++k) {
        if (!u_isdigit(text[k])) return false;
    }
    return true;
}

// Where `at` stands in its line of the text, indentation included (a
// line's own start is past it).
int32_t columnOf(const icu::UnicodeString& t, int32_t at) {
    int32_t p = at;
    while (p > 0 && t[p - 1] != '\n') --p;
    return at - p;
}

// Cells parted by tabs, not by runs of spaces.
bool hasTab(const icu::UnicodeString& t, const Line& l) { return t.tempSubStringBetween(l.start, l.end).indexOf(u'\t') >= 0; }

std::vector<Cell> cellsOf(const icu::UnicodeString& t, const Line& l) {
    std::vector<Cell> out;
    const bool tabs = hasTab(t, l);
    auto push = [&](int32_t a, int32_t b) {
        while (a < b && u_isWhitespace(t[a])) ++a;
        while (b > a && u_isWhitespace(t[b - 1])) --b;
        // A bullet or an item's letter before a label is no part of it ("h) uden tilbud: 31").
        if (b - a > 2 && (t[a] == '-' || t[a] == 0x2022 || t[a] == '*') && t[a + 1] == ' ') a += 2;
        else if (isItemLetter(t, a, b)) a += 3;
        while (b > a && t[b - 1] == ':') --b;
        out.push_back({a, b, t.tempSubStringBetween(a, b), -1, -1, columnOf(t, a)});
    };
    int32_t s = l.start;
    for (int32_t i = l.start; i <= l.end; ++i) {
        if (i == l.end || t[i] == '\t') {
            push(s, i);
            s = i + 1;
        } else if (!tabs && t[i] == ' ' && i + 1 < l.end && t[i + 1] == ' ') {
            // Aligned columns: a run of spaces separates cells.
            int32_t k = i;
            while (k < l.end && t[k] == ' ') ++k;
            if (i > l.start && k < l.end && s < i) { push(s, i); s = k; }
            i = k - 1;
        }
    }
    // "Jobparat: 7", "Mentor 10": one cell holding a label and a count.
    if (!tabs) {
        std::vector<Cell> split;
        for (const auto& whole : out) {
            Cell c = whole;
            // "Virksomhedspraktik: 36 (24)": the bracket after the count is a cell of its own.
            std::optional<Cell> aside;
            if (int32_t open = c.end - 1; c.end - c.start > 4 && t[c.end - 1] == ')') {
                while (open > c.start && u_isdigit(t[open - 1])) --open;
                if (open > c.start + 2 && open < c.end - 1 && t[open - 1] == '(' && t[open - 2] == ' ' && u_isdigit(t[open - 3])) {
                    aside = Cell{open - 1, c.end, t.tempSubStringBetween(open - 1, c.end), -1, -1, columnOf(t, open - 1)};
                    c.end = open - 2;
                    c.text = t.tempSubStringBetween(c.start, c.end);
                }
            }
            auto pushAside = [&] { if (aside) split.push_back(*aside); };
            int32_t b = c.end;
            int32_t k = b;
            while (k > c.start && u_isdigit(t[k - 1])) --k;
            // "Aktive i 1. halvår 2018": a year that ends a date is the label's.
            auto inDate = [&] {
                for (const auto& d : findDates(t, c.start, c.end, 0))
                    if (d.start <= k && d.end >= b) return true;
                return false;
            };
            if (k < b && k > c.start && t[k - 1] == ' ' && !inDate()) {
                int32_t le = k - 1;
                while (le > c.start && (t[le - 1] == ' ' || t[le - 1] == ':')) --le;
                if (le > c.start) {
                    split.push_back({c.start, le, t.tempSubStringBetween(c.start, le), -1, -1, c.column});
                    split.push_back({k, b, t.tempSubStringBetween(k, b), -1, -1, columnOf(t, k)});
                    pushAside();
                    continue;
                }
            }
            split.push_back(c);
            pushAside();
        }
        out = std::move(split);
    }
    return out;
}

// "I" at the end of a heading line as wide as the page, "alt" alone at the
// start of the next: a PDF wrapped the heading, and the tail is the last
// cell's. A few words, no figures, flush left, between two table lines.
bool isWrappedTail(const icu::UnicodeString& t, const Line& above, const Line& tail) {
    if (tail.blank || tail.tabular || tail.bullet || tail.words > 2 || !above.tabular) return false;
    const int32_t e = lastNonSpace(t, tail.start, tail.end);
    if (e - tail.start > 15 || u_isWhitespace(t[tail.start])) return false;
    for (int32_t k = tail.start; k < e; ++k) {
        if (u_isdigit(t[k])) return false;
    }
    return lastNonSpace(t, above.start, above.end) - above.start >= 60;
}

// "Behandlet i juli og august 2018," over "fortsat i målgruppen      6": the
// head of a row's label a PDF wrapped onto the line before its count. A few
// words with no column gap, between two rows.
// The row it heads goes on in lower case or with a date ("23. januar 2019"),
// and a label wrapped after its count ("… i kommunens grønne   5" over
// "hold") is no head of the row under it.
bool isWrappedHead(const icu::UnicodeString& t, const Line& l, const Line& next) {
    if (l.blank || l.tabular || l.words < 1 || l.words > 8 || !next.tabular) return false;
    const UChar last = t[lastNonSpace(t, l.start, l.end) - 1];
    const UChar first = t[firstNonSpace(t, next.start, next.end)];
    return (u_isalpha(last) || last == ',') && (u_islower(first) || u_isdigit(first));
}

// A heading a PDF set with one space between two of its cells ("Aktive i
// 1. halvår 2018 Andel"): Danish writes the words inside a heading in lower
// case, so a capital after a word starts the next cell.
std::vector<Cell> splitAtCapitals(const icu::UnicodeString& t, const std::vector<Cell>& head) {
    std::vector<Cell> out;
    for (const Cell& c : head) {
        int32_t a = c.start;
        for (int32_t p = c.start + 2; p < c.end; ++p) {
            if (t[p - 1] != ' ' || !u_isupper(t.char32At(p)) || !(u_islower(t[p - 2]) || u_isdigit(t[p - 2]))) continue;
            out.push_back({a, p - 1, t.tempSubStringBetween(a, p - 1), -1, -1, columnOf(t, a)});
            a = p;
        }
        out.push_back({a, c.end, t.tempSubStringBetween(a, c.end), -1, -1, columnOf(t, a)});
    }
    return out;
}

// Headings over two lines: each cell of the second line joined with the
// cell above it; false when the lines do not pair.
bool joinHeadings(std::vector<Cell>& top, const Line& topLine, std::vector<Cell>& bottom, const Line& bottomLine, bool byPlace = true) {
    if (top.size() < 2) return false;
    // Each cell below takes the heading `under[b]` (-1: none) above it.
    std::vector<int> under(bottom.size(), -1);
    std::vector<std::size_t> alone;  // cells above with none below
    auto paired = [&]() {
        // Cells parted by tabs pair by their place in the row: a group heading
        // ("\tMålgruppe\tAktive i 1. halvår") over the column it opens.
        if (byPlace && topLine.tabular && bottomLine.tabular && top.size() == bottom.size()) {
            for (std::size_t k = 0; k < top.size(); ++k) under[k] = static_cast<int>(k);
            return true;
        }
        // Aligned columns: the one cell below each cell above ("Kontant-" over "hjælp").
        auto overlaps = [&](const Cell& a, const Cell& b) {
            return a.start - topLine.start < b.end - bottomLine.start && b.start - bottomLine.start < a.end - topLine.start;
        };
        // A heading on the upper line only ("I alt" beside "Kontant-" over
        // "hjælp") stands over nothing below and keeps its own column.
        bool one = true;
        int pairs = 0;
        for (std::size_t k = 0; k < top.size() && one; ++k) {
            int n = 0;
            for (std::size_t b = 0; b < bottom.size(); ++b) {
                if (overlaps(top[k], bottom[b])) { ++n; under[b] = static_cast<int>(k); }
            }
            one = n <= 1;
            pairs += n;
        }
        if (one && pairs > 0) {
            for (std::size_t k = 0; k < top.size(); ++k) {
                if (std::find(under.begin(), under.end(), static_cast<int>(k)) == under.end()) alone.push_back(k);
            }
            return true;
        }
        std::fill(under.begin(), under.end(), -1);
        // A group heading over several columns ("| Aktivitetsparate i alt |"
        // over "| 1. aug. 2017 | 1. aug. 2018 |"): each cell below takes the
        // heading it stands under, up to where the next one begins.
        // (Headings of their own left of every cell below, "Ydelse" and
        // "Aktivitetsparate i alt" beside a group over three, keep their columns.)
        std::size_t leftOf = 0;
        while (leftOf + 1 < top.size() && !top[leftOf].text.isEmpty() && top[leftOf].end - topLine.start <= bottom[0].start - bottomLine.start) ++leftOf;
        if (top.size() - leftOf >= bottom.size()) return false;
        std::vector<int> covered(top.size(), 0);
        for (std::size_t b = 0; b < bottom.size(); ++b) {
            // The label column's heading, left of every group: under none.
            if (bottom[b].end - bottomLine.start <= top[0].start - topLine.start) continue;
            const int32_t mid = (bottom[b].start + bottom[b].end) / 2 - bottomLine.start;
            std::size_t k = 0;
            while (k + 1 < top.size() && mid >= top[k + 1].start - topLine.start) ++k;
            under[b] = static_cast<int>(k);
            ++covered[k];
        }
        for (std::size_t k = 0; k < top.size(); ++k) {
            if (covered[k] == 0 && k < leftOf) alone.push_back(k);
            else if (!top[k].text.isEmpty() && covered[k] == 0) return false;
        }
        return true;
    };
    if (!paired()) return false;
    for (std::size_t b = 0; b < bottom.size(); ++b) {
        if (under[b] < 0 || top[under[b]].text.isEmpty()) continue;
        const Cell& a = top[under[b]];
        icu::UnicodeString text(a.text);
        // "Kontant-" over "hjælp": one word.
        if (text.endsWith(u"-") && !bottom[b].text.isEmpty() && u_islower(bottom[b].text.char32At(0))) text.truncate(text.length() - 1);
        else text.append(u' ');
        bottom[b].text = text.append(bottom[b].text);
        bottom[b].overStart = a.start;
        bottom[b].overEnd = a.end;
    }
    for (std::size_t k : alone) {
        auto at = std::find_if(bottom.begin(), bottom.end(), [&](const Cell& c) { return c.column > top[k].column; });
        bottom.insert(at, top[k]);
    }
    top = std::move(bottom);
    bottom.clear();
    return true;
}

// Aligned columns: a heading set over the count columns only, its label
// column left blank, has fewer cells than the rows under it. Each heading
// cell goes over the column it stands above, the others are blank.
void alignHeading(std::vector<Cell>& head, const std::vector<Cell>& row) {
    if (head.empty() || head.size() >= row.size()) return;
    auto width = [](const Cell& c) { return c.end - c.start; };
    std::vector<Cell> out;
    std::size_t h = 0;
    for (const Cell& c : row) {
        if (h < head.size() && head[h].column < c.column + width(c) + 2 && c.column < head[h].column + width(head[h]) + 2) {
            out.push_back(head[h++]);
        } else {
            out.push_back({head.front().start, head.front().start, {}, -1, -1, c.column});
        }
    }
    if (h == head.size()) head = std::move(out);
}

// A footnote mark ("31.07.2018*", "2018¹").
bool isNoteMark(UChar32 c) { return c == U'*' || c == U'¹' || c == U'²' || c == U'³' || c == U'†'; }

// Columns a note under the table calls provisional ("31.07.2018*" over
// "* Foreløbigt tal."): not yet figures the letter answers with. The marks
// are read in the original, as the normaliser drops a heading's "*" and makes
// a note's a bullet.
std::vector<bool> provisionalColumns(const Document& doc, const Segmentation& seg, int tableEnd, int lastLine,
                                     const std::vector<Cell>& head, const Regex& provisional) {
    std::vector<bool> out(head.size(), false);
    const auto& t = doc.text;
    for (int k = tableEnd + 1; k <= std::min(lastLine, tableEnd + 4); ++k) {
        const Line& line = seg.lines[k];
        if (line.blank) continue;
        int32_t p = line.start;
        while (p < line.end && u_isspace(t[p])) ++p;
        if (p == line.end) continue;
        const UChar32 mark = doc.originalCodePoint(doc.originalStart(p));
        if (!isNoteMark(mark) || !provisional.find(lowerSameLength(t.tempSubStringBetween(p, line.end)))) continue;
        for (std::size_t c = 0; c < head.size(); ++c) {
            if (head[c].end > head[c].start && doc.originalCodePoint(doc.originalEnd(head[c].end)) == mark) out[c] = true;
        }
    }
    return out;
}

// Columns whose heading dates them before another column of the same
// heading ("Aktivitetsparate i alt 1. aug. 2017" beside "... 1. aug. 2018",
// "2017" beside "2018"): last year's figures for comparison, not counts the
// letter answers with. A provisional column is none of the answer either,
// and leaves the latest final one to be.
std::vector<bool> earlierColumns(const std::vector<Cell>& head, const std::vector<bool>& provisional) {
    std::vector<std::pair<icu::UnicodeString, std::string>> dated(head.size());  // heading without its date, the date
    for (std::size_t c = 0; c < head.size(); ++c) {
        const auto dates = findDates(head[c].text, 0, head[c].text.length(), 0);
        if (dates.size() != 1) continue;
        const auto& d = dates[0];
        icu::UnicodeString rest(head[c].text);
        rest.remove(d.start, d.end - d.start);
        // Compared by their last days ("1. halvår 2018" ends before "1.7.-30.11.2018").
        const auto days = periodDays(d.iso);
        dated[c] = {rest.trim().toLower(), days ? days->second : d.iso.substr(d.iso.find('/') + 1)};
    }
    std::vector<bool> out(provisional);
    for (std::size_t c = 0; c < head.size(); ++c) {
        for (std::size_t o = 0; o < head.size() && !dated[c].second.empty(); ++o) {
            if (!provisional[o] && dated[o].first == dated[c].first && dated[c].second < dated[o].second) out[c] = true;
        }
    }
    return out;
}

std::optional<double> countOf(const icu::UnicodeString& cell) {
    // "34 pers.", "12 borgere": a count with what it counts.
    int32_t n = cell.length();
    if (n > 0 && !u_isdigit(cell[n - 1])) {
        static const icu::UnicodeString units[] = {u" pers.", u" pers", u" personer", u" borgere", u" sager", u" stk."};
        for (const auto& u : units) {
            if (n > u.length() && cell.endsWith(u)) { n -= u.length(); break; }
        }
    }
    // "ca. 12": an estimate is a count all the same.
    const int32_t from = cell.startsWith(u"ca. ") ? 4 : cell.startsWith(u"ca ") ? 3 : 0;
    const icu::UnicodeString s = cell.tempSubStringBetween(from, n);
    if (s.isEmpty()) return std::nullopt;
    for (int32_t i = 0; i < s.length(); ++i) {
        // "4 381": a space before a group of three parts thousands.
        const bool groupSpace = s[i] == ' ' && i > 0 && i + 3 < s.length() && u_isdigit(s[i - 1]) && u_isdigit(s[i + 1]) &&
                                u_isdigit(s[i + 2]) && u_isdigit(s[i + 3]) && (i + 4 == s.length() || !u_isdigit(s[i + 4]));
        if (!(u_isdigit(s[i]) || s[i] == '.' || groupSpace)) return std::nullopt;  // decimals are rates, not counts
    }
    return NumberParser::parseDigits(s);
}

// A cell holding a share: a decimal ("12,5") or a percentage ("12 %").
bool isShareCell(const icu::UnicodeString& s) {
    bool digit = false;
    for (int32_t i = 0; i < s.length(); ++i) {
        const UChar c = s[i];
        if (u_isdigit(c)) digit = true;
        else if (!(c == ',' || c == '.' || c == '%' || c == ' ' || c == '-')) return false;
    }
    return digit && (s.indexOf(u',') >= 0 || s.indexOf(u'%') >= 0);
}

// The period a row's label opens with ("Juli 2018", "1. tertial 2018
// (januar–april)", "1. halvår 2018 samlet"), a month as the span of its days.
std::optional<std::string> rowPeriod(const icu::UnicodeString& t, const Cell& label, int year = 0) {
    if (label.text.isEmpty()) return std::nullopt;
    // "Hele året" under quarters of the caption's year: that year.
    if (year > 0 && lowerSameLength(label.text).startsWith(u"hele året")) return std::to_string(year);
    const auto dates = findDates(t, label.start, label.end, year);
    if (dates.empty() || dates[0].start != label.start) return std::nullopt;
    if (dates[0].isPeriod()) return dates[0].iso;
    if (dates[0].kind == DateMention::Month) return dates[0].monthSpanIso();
    return std::nullopt;
}

// Each column's total row against the sum of its rows; a column read only
// for its denominators has no rows to check.
void checkTotals(Table& tb, const std::map<std::string, double>& totals, const std::map<std::string, double>& sums) {
    for (const auto& [column, total] : totals) {
        const auto sum = sums.find(column);
        if (sum == sums.end()) continue;
        if (std::fabs(total - sum->second) > 0.001) {
            tb.warnings.push_back("table total " + formatNumber(total) + " does not equal the sum of its rows " + formatNumber(sum->second));
        }
    }
}

// A share cell's figure: "86 %", "12,5".
std::optional<double> shareOf(const icu::UnicodeString& s) {
    if (!isShareCell(s)) return std::nullopt;
    icu::UnicodeString figure(s);
    figure.findAndReplace(u"%", u"").findAndReplace(u" ", u"");
    // "84.2%" from a spreadsheet in English: a point not followed by three
    // digits separates no thousands; it is the decimal point.
    if (const int32_t dot = figure.lastIndexOf(u'.'); dot >= 0 && figure.length() - dot - 1 != 3) figure.setCharAt(dot, u',');
    return NumberParser::parseDigits(figure);
}

// "(38)", "(–)": a figure in brackets beside a count is another year's or
// a comparison ("1. august 2017 i parentes"), not a count of its own.
bool isAsideCell(const icu::UnicodeString& text) {
    const int32_t n = text.length();
    if (n < 3 || text[0] != '(' || text[n - 1] != ')') return false;
    const icu::UnicodeString inner = text.tempSubStringBetween(1, n - 1);
    return countOf(inner).has_value() || isShareCell(inner) || isDashCell(inner);
}

// "Ordinært job (9)": a label with its count in brackets, as an overview
// sets them, one or two to a line.
std::optional<std::pair<icu::UnicodeString, double>> bracketCount(const icu::UnicodeString& cell) {
    const int32_t n = cell.length();
    if (n < 4 || cell[n - 1] != ')') return std::nullopt;
    const int32_t open = cell.lastIndexOf(u'(');
    if (open < 2) return std::nullopt;
    const std::optional<double> v = countOf(cell.tempSubStringBetween(open + 1, n - 1));
    if (!v) return std::nullopt;
    icu::UnicodeString label = cell.tempSubStringBetween(0, open);
    label.trim();
    for (int32_t k = 0; k < label.length(); ++k) {
        if (u_isdigit(label[k])) return std::nullopt;
    }
    if (label.isEmpty()) return std::nullopt;
    return std::pair{label, *v};
}

// Label, count, label, count: each label just before its own count.
bool alternates(const std::vector<std::size_t>& labels, const std::vector<std::size_t>& counts) {
    for (std::size_t k = 0; k < labels.size(); ++k) {
        if (labels[k] > counts[k] || (k + 1 < labels.size() && counts[k] > labels[k + 1])) return false;
    }
    return true;
}

bool bracketRow(const std::vector<Cell>& row) {
    bool any = false;
    for (const auto& c : row) {
        if (c.text.isEmpty()) continue;
        if (!bracketCount(c.text)) return false;
        any = true;
    }
    return any;
}

// A line that is one cell of a table, without the spaces around it.
Cell lineCell(const icu::UnicodeString& t, const Line& l) {
    int32_t s = l.start, e = l.end;
    while (s < e && u_isWhitespace(t[s])) ++s;
    while (e > s && u_isWhitespace(t[e - 1])) --e;
    return {s, e, t.tempSubStringBetween(s, e)};
}

// A table a scan or a PDF gave column by column: a run of label lines, then
// after a blank line a run of as many lines of one count each ("Indsats",
// "Mentor", ... over "Antal", "15", ...). The rows (label, count) with the
// count line's span, and the last line read; none for other lines.
struct ColumnRows {
    std::vector<std::vector<Cell>> rows;
    std::vector<std::pair<int32_t, int32_t>> spans;
    int last = 0;
};
std::optional<ColumnRows> columnWise(const icu::UnicodeString& t, const std::vector<Line>& L, int i, int lastLine) {
    auto oneCell = [&](const Line& l, int maxWords) { return !l.blank && !l.tabular && !l.bullet && l.words <= maxWords; };
    int a = i;
    while (a <= lastLine && oneCell(L[a], 5)) {
        if (holdsDigit(t, L[a].start, L[a].end)) return std::nullopt;
        ++a;
    }
    const int n = a - i;
    if (n < 3 || a > lastLine || !L[a].blank) return std::nullopt;
    int b = a;
    while (b <= lastLine && L[b].blank && b < a + 3) ++b;
    ColumnRows out;
    int counts = 0;
    for (int k = 0; k < n; ++k) {
        if (b + k > lastLine || !oneCell(L[b + k], 2)) return std::nullopt;
        const Line& lab = L[i + k];
        const Line& num = L[b + k];
        std::vector<Cell> row{lineCell(t, lab), lineCell(t, num)};
        counts += countOf(row[1].text).has_value();
        out.rows.push_back(std::move(row));
        out.spans.push_back({num.start, num.end});
    }
    // Every line a count but the column heading.
    if (counts < n - 1 || (b + n <= lastLine && !L[b + n].blank)) return std::nullopt;
    out.last = b + n - 1;
    return out;
}

// A table a PDF gave cell by cell, row after row: its heading cells
// ("Indsats", "Antal", "Pct."), then each row's label and its figures, each
// on a line of its own. The rows with their cells, each row's span, and the
// last line read; none for other lines.
std::optional<ColumnRows> cellPerLine(const icu::UnicodeString& t, const std::vector<Line>& L, int i, int lastLine) {
    auto cellLine = [&](int k) { return k <= lastLine && !L[k].blank && !L[k].tabular && !L[k].bullet && L[k].words <= 5; };
    auto text = [&](int k) { return lineCell(t, L[k]); };
    auto figure = [&](int k) {
        icu::UnicodeString c = text(k).text;
        if (c.endsWith(u"%")) {
            c.truncate(c.length() - 1);
            c.trim();
        }
        return countOf(c).has_value();
    };
    int e = i;
    while (cellLine(e) && !holdsDigit(t, L[e].start, L[e].end)) ++e;
    const int columns = e - i - 1;  // heading cells; the last line before the first figure is the first row's label
    if (columns < 2 || columns > 6) return std::nullopt;
    ColumnRows out;
    std::vector<Cell> heading;
    for (int k = i; k < i + columns; ++k) heading.push_back(text(k));
    out.rows.push_back(std::move(heading));
    out.spans.push_back({L[i].start, L[i + columns - 1].end});
    int k = i + columns;
    while (cellLine(k) && !figure(k) && !holdsDigit(t, L[k].start, L[k].end)) {
        std::vector<Cell> row{text(k)};
        for (int c = 1; c < columns; ++c) {
            if (!cellLine(k + c) || !figure(k + c)) return std::nullopt;
            row.push_back(text(k + c));
        }
        out.rows.push_back(std::move(row));
        out.spans.push_back({L[k].start, L[k + columns - 1].end});
        k += columns;
    }
    // Three rows or more, and nothing after them but a blank line.
    if (out.rows.size() < 4 || cellLine(k)) return std::nullopt;
    out.last = k - 1;
    return out;
}

icu::UnicodeString cleanLabel(icu::UnicodeString l) {
    l.trim();
    // "– ordinært job: 9": a list item's bullet is no part of its label.
    if (l.length() > 2 && isBulletSign(l[0]) && l[1] == ' ') l.remove(0, 1);
    if (isItemLetter(l, 0, l.length())) l.remove(0, 2);
    l.trim();
    // "Kontanthjælp:", and an abbreviation's dot ("Sundhedsfagl.").
    while (l.endsWith(u":") || l.endsWith(u".")) l.truncate(l.length() - 1);
    l.trim();
    return l;
}

std::string benefitOf(const icu::UnicodeString& text, const DomainData& data) {
    const icu::UnicodeString s = lowerSameLength(text);
    std::string found;
    for (const auto& b : data.benefits) {
        if (b.pattern->find(s)) {
            if (!found.empty() && found != b.key) return "all";
            found = b.key;
        }
    }
    return found;
}

// The count cue found first in a lower-cased label, of `section` (of any
// section when empty), or null.
const VocabEntry* firstCue(const icu::UnicodeString& l, const std::string& section, const DomainData& data) {
    // The head of a phrase comes first: "ikke modtaget aktiv indsats" holds
    // the cue "modtaget aktiv indsats" too, later.
    const UnitPairs pairs(l, 0, l.length());
    const VocabEntry* found = nullptr;
    int32_t first = l.length();
    for (const VocabEntry* v : data.countCues) {
        if ((!section.empty() && v->section != section) || !v->pattern->mayOccurIn(pairs)) continue;
        const Match m = v->pattern->find(l);
        if (m && m.start < first) { first = m.start; found = v; }
    }
    return found;
}

// What a column counts by its heading: a column entry found in it, else the
// first count cue.
const VocabEntry* columnKind(const icu::UnicodeString& heading, const DomainData& data) {
    const icu::UnicodeString l = lowerSameLength(cleanLabel(heading));
    for (const auto& v : data.vocabulary) {
        if (v.kind == "column" && v.pattern->find(l)) return &v;
    }
    return firstCue(l, {}, data);
}

// The legend on the lines `near` a table ("Praktik = virksomhedspraktik.
// Løntilsk. = løntilskud."): each cell that is one of its abbreviations takes
// the words it stands for.
void spellOutAbbreviations(std::vector<std::vector<Cell>>& rows, const icu::UnicodeString& t, const Segmentation& seg,
                           std::initializer_list<int> near, int firstLine, int lastLine, const Regex& legendRx) {
    // ("Løntilsk." in the heading, "Løntilsk. =" in the legend: the same key with or without its stop.)
    auto withoutFullStop = [](icu::UnicodeString k) {
        k.trim();
        while (k.endsWith(u".")) k.truncate(k.length() - 1);
        return k;
    };
    std::map<icu::UnicodeString, icu::UnicodeString> legend;
    for (int k : near) {
        if (k < firstLine || k > lastLine || seg.lines[k].tabular || seg.lines[k].blank) continue;
        const icu::UnicodeString line = lowerSameLength(t.tempSubStringBetween(seg.lines[k].start, seg.lines[k].end));
        for (Match m = legendRx.find(line); m; m = legendRx.find(line, m.end)) {
            const int32_t eq = line.indexOf(u'=', m.start);
            icu::UnicodeString key(line, m.start, eq - m.start), meaning(t, seg.lines[k].start + eq + 1, m.end - eq - 1);
            legend[withoutFullStop(key)] = meaning.trim();
        }
    }
    if (legend.empty()) return;
    for (auto& row : rows) {
        for (Cell& c : row) {
            if (const auto at = legend.find(withoutFullStop(lowerSameLength(cleanLabel(c.text)))); at != legend.end()) c.text = at->second;
        }
    }
}

// What a heading (of a column or a row) says is the group's size ("Målgruppe").
bool namesGroupSize(const VocabEntry* kind) { return kind && kind->kind == "column" && kind->section == "target_group"; }

}  // namespace

std::string labelCategory(const icu::UnicodeString& label, const std::string& section, const DomainData& data) {
    auto categoryOf = [&](const icu::UnicodeString& l) -> std::string {
        for (const auto& v : data.vocabulary) {
            if (v.kind == "label" && v.section == section && v.pattern->matches(l)) return v.category;
        }
        return {};
    };
    const icu::UnicodeString l = lowerSameLength(cleanLabel(label));
    std::string found = categoryOf(l);
    // "Ordinære timer/småjob": two names of one thing; the first that is known.
    const int32_t slash = l.indexOf(u'/');
    if (found.empty() && slash > 0) {
        for (icu::UnicodeString part : {l.tempSubStringBetween(0, slash), l.tempSubStringBetween(slash + 1)}) {
            if (!(found = categoryOf(part.trim())).empty()) break;
        }
    }
    // "Vejledning og opkvalificering, herunder danskundervisning", "Opkvalificering
    // (fx dansk eller matematik)": the label before what it adds.
    for (const UChar sep : {u',', u'('}) {
        const int32_t at = l.indexOf(sep);
        if (found.empty() && at > 0) found = categoryOf(icu::UnicodeString(l.tempSubStringBetween(0, at)).trim());
    }
    if (!found.empty()) return found;
    const VocabEntry* cue = firstCue(l, section, data);
    return cue ? cue->category : std::string();
}

namespace {
// The columns of a heading row that are the municipality's parts
// ("Nakskov | Maribo", "Afdeling Nord | Afdeling Syd"), and the column of
// its whole beside them ("Kommunen"), if any. Parts only when every count
// column's heading is one or the whole.
struct UnitColumns {
    std::vector<std::size_t> parts;
    std::optional<std::size_t> whole;
};

UnitColumns unitColumnsOf(const icu::UnicodeString& t, const std::vector<Cell>& head, int year, const DomainData& data) {
    const Regex& whole = data.marker("whole_municipality");
    UnitColumns out;
    for (std::size_t c = 1; c < head.size(); ++c) {
        const icu::UnicodeString l = lowerSameLength(cleanLabel(head[c].text));
        if (l.isEmpty()) continue;
        if (whole.find(l)) {
            if (out.whole) return {};
            out.whole = c;
            continue;
        }
        if (countOf(head[c].text) || rowPeriod(t, head[c], year) || !benefitOf(head[c].text, data).empty() || firstCue(l, {}, data)) return {};
        if (!data.namesAPart(cleanLabel(head[c].text))) return {};
        out.parts.push_back(c);
    }
    return out;
}

// "I alt", "Total": a row or column that sums the others.
bool isTotalLabel(const icu::UnicodeString& label, const DomainData& data) { return labelCategory(label, "outcome", data) == "total"; }
// "Aktivitetsparate med mindst fem år i systemet", over rows by benefit: a
// row whose words count the target group and name no benefit is its whole.
// (Not "Heraf min. 5 år i systemet": a part of the row above.)
bool wholeGroupLabel(const icu::UnicodeString& label, const DomainData& data) {
    const icu::UnicodeString l = lowerSameLength(cleanLabel(label));
    const VocabEntry* cue = firstCue(l, "target_group", data);
    return cue && cue->category == "over_5_years" && !data.marker("subset_lead").find(l);
}
}  // namespace

bool labelEmitted(const std::string& section, const std::string& category, const DomainData& data) {
    for (const auto& v : data.vocabulary) {
        if (v.kind == "label" && v.section == section && v.category == category) return v.unit != "check-only";
    }
    // A total in a section without a total category is only checked.
    return category != "total";
}

std::vector<Table> readTables(const Document& doc, const Segmentation& seg, int firstLine, int lastLine,
                              const DomainData& data, int year) {
    std::vector<Table> tables;
    const auto& t = doc.text;
    static const char* const sections[] = {"intervention", "outcome", "status", "active_intervention", "rehab_team"};
    const Regex& share = data.marker("share");
    const Regex& change = data.marker("change_column");
    const Regex& subsetLead = data.marker("subset_lead");
    const Regex& populationRow = data.marker("population_row");
    // "Aktivitetsparate, alle", "Alle aktivitetsparate": a label of all the activity-ready, the group's population.
    auto namesPopulation = [&](const icu::UnicodeString& label) { return static_cast<bool>(populationRow.find(lowerSameLength(cleanLabel(label)))); };
    const Regex& provisional = data.marker("provisional");
    const Regex& bracketLegend = data.marker("bracket_legend");
    const Regex& earlierLabel = data.marker("earlier_label");
    const Regex& abbreviationLegend = data.marker("abbreviation_legend");
    int i = firstLine;
    while (i <= lastLine) {
        int j = i;
        std::vector<std::vector<Cell>> itemRows;
        std::vector<std::pair<int32_t, int32_t>> spans;  // of each row, when its cells are not on one line
        std::optional<ColumnRows> columns;
        if (!seg.lines[i].tabular && !(columns = columnWise(t, seg.lines, i, lastLine))) columns = cellPerLine(t, seg.lines, i, lastLine);
        if (columns) {
            itemRows = std::move(columns->rows);
            spans = std::move(columns->spans);
            j = columns->last;
        } else if (seg.lines[i].tabular) {
            // An overview of "label (count)" goes on over a line with one entry only.
            const bool brackets = bracketRow(cellsOf(t, seg.lines[i]));
            while (j + 1 <= lastLine && (seg.lines[j + 1].tabular ||
                                         (j + 2 <= lastLine && (isRuleLine(t, seg.lines[j + 1]) || isWrappedTail(t, seg.lines[j], seg.lines[j + 1]) ||
                                                                isWrappedHead(t, seg.lines[j + 1], seg.lines[j + 2])) &&
                                          seg.lines[j + 2].tabular) ||
                                         (brackets && !seg.lines[j + 1].blank && bracketRow(cellsOf(t, seg.lines[j + 1]))))) ++j;
        } else {
            for (; j <= lastLine; ++j) {
                auto item = countItem(t, seg.lines[j]);
                if (!item) break;
                itemRows.push_back(std::move(*item));
            }
            // Three items or more make a list of counts; fewer are prose.
            if (itemRows.size() < 3) { i = std::max(i + 1, j); continue; }
            --j;
        }
        // Rows i..j form a block. Read it as pairs of (label, count, span).
        struct Pair {
            icu::UnicodeString label;
            double value;
            int32_t s, e;
            std::string benefit;
            std::optional<double> share, ofTotal;
            std::size_t row = 0;
            std::string section, category;  // a column's own, when its heading says what it counts
            std::vector<std::pair<int32_t, int32_t>> heading;  // that column's heading cells
            bool sumRow = false;  // of a matrix's "I alt" row
            std::string group;  // the benefit of a cell merged down the row's group
            std::optional<std::string> period;  // of its column, where the columns are periods
            bool derived = false;  // summed over the columns of the municipality's parts
        };
        std::vector<Pair> pairs;
        // A pair as a cell: its count, with its row's span and its label.
        auto cellOf = [](const Pair& p) {
            TableCell c;
            c.value = p.value;
            c.quoteStart = p.s;
            c.quoteEnd = p.e;
            c.derived = p.derived;
            p.label.toUTF8String(c.label);
            return c;
        };
        // "Tabel B. Aktive tilbud i 2018 …" over rows "1. kvartal", "2. kvartal":
        // the caption's year is theirs.
        // "..., og tallet i parentes er de borgere, der får kontanthjælp:" on the
        // lines just above: the bracket beside each count is that benefit's part of it.
        int captionYear = 0;  // else the letter's
        std::string legendBenefit;
        for (int k = i - 1; k >= firstLine && k >= i - 2 && !seg.lines[k].blank; --k) {
            for (const auto& d : findDates(t, seg.lines[k].start, seg.lines[k].end, 0)) {
                if (!captionYear && (d.kind == DateMention::Year || d.isPeriod())) captionYear = std::stoi(d.iso.substr(0, 4));
            }
            const icu::UnicodeString line = lowerSameLength(t.tempSubStringBetween(seg.lines[k].start, seg.lines[k].end));
            if (const Match m = legendBenefit.empty() ? bracketLegend.find(line) : Match{}) {
                const std::string b = benefitOf(line.tempSubStringBetween(m.end), data);
                if (!b.empty() && b != "all") legendBenefit = b;
            }
        }
        if (!captionYear) captionYear = year;
        std::vector<Pair> columnTotals;  // the "I alt" column beside benefit columns
        std::map<std::size_t, double> columnBase;  // each benefit column's group size, from a row stating it
        std::vector<std::vector<Cell>> rows;
        const VocabEntry* columnCue = nullptr;  // what the count column's heading says is counted
        // The line of each row: rules drawn between rows ("-----" under the
        // heading) are none.
        std::vector<int> rowLine;
        std::vector<int> headOf;  // the line of each row's wrapped label head, or -1
        if (!itemRows.empty()) {
            rows = itemRows;
            for (int k = i; rowLine.size() < rows.size(); ++k) rowLine.push_back(k);
        } else {
            int head = -1;  // a wrapped label's first line, waiting for its row
            for (int k = i; k <= j; ++k) {
                if (k > i && isRuleLine(t, seg.lines[k])) continue;
                if (k > i && !rows.back().empty() && isWrappedTail(t, seg.lines[k - 1], seg.lines[k])) {
                    Cell& last = rows.back().back();
                    last.text.append(u' ').append(cellsOf(t, seg.lines[k]).front().text);
                    continue;
                }
                if (k > i && k < j && isWrappedHead(t, seg.lines[k], seg.lines[k + 1])) {
                    head = k;
                    continue;
                }
                rows.push_back(cellsOf(t, seg.lines[k]));
                rowLine.push_back(k);
                headOf.push_back(head);
                if (head >= 0 && !rows.back().empty() && !countOf(rows.back()[0].text)) {
                    Cell& label = rows.back()[0];
                    const int32_t a = firstNonSpace(t, seg.lines[head].start, seg.lines[head].end);
                    label.text = t.tempSubStringBetween(a, lastNonSpace(t, seg.lines[head].start, seg.lines[head].end));
                    label.text.append(u' ').append(t.tempSubStringBetween(label.start, label.end));
                    label.start = a;
                }
                head = -1;
            }
        }
        for (std::size_t r = spans.size(); r < rows.size(); ++r) {
            const int from = r < headOf.size() && headOf[r] >= 0 ? headOf[r] : rowLine[r];
            spans.push_back({seg.lines[from].start, seg.lines[rowLine[r]].end});
        }
        auto countless = [](const std::vector<Cell>& row) {
            return std::none_of(row.begin(), row.end(), [](const Cell& c) { return countOf(c.text) || bracketCount(c.text); });
        };
        // Heading lines a PDF set with single spaces, fitted to the first row
        // of counts: split where a capital starts a cell, or, for a heading
        // as wide as the page, the next line's cells added after its own.
        if (itemRows.empty() && rows.size() >= 2 && countless(rows[0])) {
            std::size_t first = 1;
            while (first < rows.size() && countless(rows[first])) ++first;
            const std::size_t want = first < rows.size() ? rows[first].size() : 0;
            auto spaced = [&](std::size_t r) { return !hasTab(t, seg.lines[rowLine[r]]); };
            auto fit = [&](std::vector<Cell>& head, std::size_t n) {
                if (head.size() >= n) return;
                if (auto split = splitAtCapitals(t, head); split.size() == n) head = std::move(split);
            };
            if (first == 2 && spaced(0) && spaced(1) && lastNonSpace(t, seg.lines[rowLine[0]].start, seg.lines[rowLine[0]].end) - seg.lines[rowLine[0]].start >= 60) {
                auto top = splitAtCapitals(t, rows[0]), bottom = splitAtCapitals(t, rows[1]);
                if (top.size() + bottom.size() == want) {
                    top.insert(top.end(), bottom.begin(), bottom.end());
                    rows[0] = std::move(top);
                    rows[1].clear();
                }
            }
            for (std::size_t r = 0; r < first && r < 2 && !rows[r].empty(); ++r) {
                if (spaced(r)) fit(rows[r], want);
            }
        }
        if (rows.size() >= 3 && countless(rows[0]) && !rows[1].empty() && countless(rows[1])) joinHeadings(rows[0], seg.lines[rowLine[0]], rows[1], seg.lines[rowLine[1]]);
        // A third heading line under a group heading ("Heraf mindst 5 år …" over
        // "I alt  Aktive 1.6.-30.11.  Ikke aktive"): joined under the two above,
        // read in the second line's places.
        std::vector<char> ownWordsFirst;  // cells of such a third line: their own words say what they count
        if (rows.size() >= 4 && rows[1].empty() && !rows[2].empty() && countless(rows[0]) && countless(rows[2])) {
            const Line& mid = seg.lines[rowLine[1]];
            const bool inMid = std::all_of(rows[0].begin(), rows[0].end(), [&](const Cell& c) { return c.start >= mid.start && c.end <= mid.end; });
            if (inMid && joinHeadings(rows[0], mid, rows[2], seg.lines[rowLine[2]], hasTab(t, seg.lines[rowLine[2]]))) {
                rows.erase(rows.begin() + 2);
                rowLine.erase(rowLine.begin() + 2);
                if (spans.size() > 2) spans.erase(spans.begin() + 2);
                for (const Cell& c : rows[0]) ownWordsFirst.push_back(c.overStart >= 0);
                if (headOf.size() > 2) headOf.erase(headOf.begin() + 2);
            }
        }
        if (itemRows.empty() && rows.size() >= 2 && countless(rows[0])) {
            // (A second heading line joined into the first is left empty.)
            const std::size_t first = rows[1].empty() ? 2 : 1;
            if (first < rows.size() && !hasTab(t, seg.lines[rowLine[0]])) alignHeading(rows[0], rows[first]);
        }
        // "Praktik = virksomhedspraktik. Løntilsk. = løntilskud." under the
        // table (or over it): an abbreviated heading reads as what it stands for.
        spellOutAbbreviations(rows, t, seg, {j + 1, j + 2, j + 3, i - 1, i - 2}, firstLine, lastLine, abbreviationLegend);
        // "1. august 2018 | 412 | 38 | 96", …, "30. november 2018 | 398 | 35 | 94":
        // rows that are the days a status was taken on. The latest is the
        // status now, the rows above it its history, no answer; its day names
        // no kind, the heading says what each column counts.
        if (itemRows.empty() && rows.size() >= 3 && countless(rows[0])) {
            std::optional<std::size_t> latest;
            std::string latestIso;
            bool days = true;
            for (std::size_t r = 1; r < rows.size() && days; ++r) {
                if (rows[r].empty()) continue;
                const Cell& l = rows[r][0];
                const auto d = findDates(t, l.start, l.end, captionYear);
                days = !countless(rows[r]) && !d.empty() && d[0].kind == DateMention::Day && d[0].start == l.start && d[0].end >= l.end - 1;
                if (days && (!latest || d[0].iso > latestIso)) latest = r, latestIso = d[0].iso;
            }
            if (days && latest && rows.size() - 1 >= 2) {
                const std::size_t r = *latest;
                rows = {rows[0], rows[r]};
                rowLine = {rowLine[0], rowLine[r]};
                spans = {spans[0], spans[r]};
                if (headOf.size() > r) headOf = {headOf[0], headOf[r]};
                rows[1][0].text.remove();
            }
        }
        // A matrix: benefits down the side, kinds across the top ("Ydelse |
        // Virk.praktik | Løntilskud | ..."): every cell counts its row's
        // benefit in its column's kind.
        bool matrix = false;
        if (rows.size() >= 2 && rows[0].size() >= 3 && countless(rows[0])) {
            bool benefitRow = false;
            for (std::size_t r = 1; r < rows.size() && !benefitRow; ++r) {
                const std::string b = rows[r].empty() ? std::string() : benefitOf(rows[r][0].text, data);
                benefitRow = !b.empty() && b != "all";
            }
            int kinds = 0;
            for (std::size_t c = 1; benefitRow && c < rows[0].size() && kinds < 2; ++c) {
                if (share.find(lowerSameLength(rows[0][c].text))) continue;
                for (const char* sec : sections) {
                    const std::string k = labelCategory(rows[0][c].text, sec, data);
                    if (!k.empty() && k != "total" && k != "andet") { ++kinds; break; }
                }
            }
            matrix = kinds >= 2;
        }
        const std::vector<bool> earlier =
            rows.empty() ? std::vector<bool>() : earlierColumns(rows[0], provisionalColumns(doc, seg, j, lastLine, rows[0], provisional));
        // Heading cells that name a benefit ("Kontanthjælp", "Antal borgere Uddannelseshjælp"),
        // counted once for all rows, when first asked for.
        std::optional<int> benefitColumnCount;
        auto benefitColumnsOfHead = [&] {
            if (!benefitColumnCount) {
                benefitColumnCount = static_cast<int>(std::count_if(rows[0].begin(), rows[0].end(), [&](const Cell& h) {
                    const std::string b = benefitOf(h.text, data);
                    return !b.empty() && b != "all";
                }));
            }
            return *benefitColumnCount;
        };
        // The column after the labels whose heading says what the question
        // counts, found once for all rows: a "heraf" column ("Aktivitetsparate
        // i alt | Heraf mindst 5 år") before the first one with a cue.
        std::optional<std::optional<std::size_t>> cuedColumn;
        auto cuedColumnOfHead = [&] {
            if (!cuedColumn) {
                std::optional<std::size_t> first, part;
                for (std::size_t c = 1; c < rows[0].size(); ++c) {
                    if (countOf(rows[0][c].text)) continue;
                    const icu::UnicodeString l = lowerSameLength(cleanLabel(rows[0][c].text));
                    // ("Pct. af bruttomålgruppen": a share of the group, no count of it.)
                    if (!firstCue(l, {}, data) || share.find(l)) continue;
                    if (!first) first = c;
                    if (!part && subsetLead.find(l)) part = c;
                }
                cuedColumn = part ? part : first;
            }
            return *cuedColumn;
        };
        // What each heading cell says its column counts, read once for all rows.
        std::vector<std::optional<const VocabEntry*>> headKinds(rows.empty() ? 0 : rows[0].size());
        auto headKind = [&](std::size_t c) {
            // Under a group heading, the cell's own words say it first
            // ("Aktive 1.6.-30.11." under "Heraf mindst 5 år …").
            if (!headKinds[c] && c < ownWordsFirst.size() && ownWordsFirst[c]) {
                // ("I alt" under it is the group's total: the group heading says what of.)
                const VocabEntry* own = columnKind(t.tempSubStringBetween(rows[0][c].start, rows[0][c].end), data);
                if (own && own->category != "total") headKinds[c] = own;
            }
            if (!headKinds[c]) headKinds[c] = columnKind(rows[0][c].text, data);
            return *headKinds[c];
        };
        auto groupSizeColumn = [&](std::size_t c) { return namesGroupSize(headKind(c)); };
        // Headings of the municipality's parts, and of its whole beside them, read once for all rows.
        std::optional<UnitColumns> unitColumns;
        auto unitColumnsOfHead = [&]() -> const UnitColumns& {
            if (!unitColumns) unitColumns = rows.empty() ? UnitColumns{} : unitColumnsOf(t, rows[0], captionYear, data);
            return *unitColumns;
        };
        // A pair a heading says the kind of (the group's size), whatever the row's label.
        auto ofKind = [](Pair& p, const VocabEntry* kind) {
            p.section = kind->section;
            p.category = kind->category;
        };
        std::string group;  // the benefit of the merged cell over this row
        // Columns of changes since an earlier count, by their heading.
        std::vector<char> changeColumn(rows.empty() ? 0 : rows[0].size(), 0);
        for (std::size_t c = 1; c < changeColumn.size(); ++c) changeColumn[c] = static_cast<bool>(change.find(lowerSameLength(rows[0][c].text)));
        // Columns that each say what they count ("Målgruppe Antal", "Aktive i
        // 1. halvår Antal", "Pct."): every one is read, a share column
        // as the share of the column before it, and a part takes the
        // count before it as its total. False when fewer than `minKinds`
        // columns say what they count.
        auto readKindColumns = [&](const std::vector<Cell>& row, std::size_t r, std::size_t label, const std::vector<std::size_t>& numeric,
                                   std::size_t minKinds, bool groupIsBase) {
            const auto& head = rows[0];
            const auto [rs, re] = spans[r];
            std::vector<const VocabEntry*> cues(row.size(), nullptr);
            std::set<std::string> kinds;
            for (std::size_t c : numeric) {
                // "Aktive i 1. halvår 2018" over "Antal" and "Pct.": the share
                // column under a group's cue is still a share.
                if (benefitColumnsOfHead() > 0 || c >= head.size() || share.find(lowerSameLength(head[c].text))) continue;
                if ((cues[c] = headKind(c))) kinds.insert(cues[c]->category);
            }
            if (kinds.size() < minKinds) return false;
            const VocabEntry* prev = nullptr;
            const VocabEntry* shareOwner = nullptr;  // the last column whose count has a share
            std::vector<std::pair<int32_t, int32_t>> shareHeading;
            std::optional<double> prevValue, population;
            std::size_t prevColumn = 0;
            // Counts, and shares written as such ("82 %") under a share heading.
            std::vector<std::size_t> valued = numeric;
            for (std::size_t c = 0; c < row.size(); ++c) {
                if (isShareCell(row[c].text) && !countOf(row[c].text)) valued.push_back(c);
            }
            std::sort(valued.begin(), valued.end());
            const std::size_t rowPairs = pairs.size();
            for (std::size_t c : valued) {
                const std::optional<double> count = countOf(row[c].text);
                const double value = count ? *count : *shareOf(row[c].text);
                Pair p{row[label].text, value, rs, re, {}, {}, {}, r};
                // ("Aktive | Ikke aktive | Andel aktive": the share is of the column that has one.)
                const DomainData::Complement* split = shareOwner ? data.complementOf(shareOwner->section, shareOwner->category) : nullptr;
                if (cues[c]) {
                    p.section = cues[c]->section;
                    p.category = cues[c]->category;
                    p.heading = {{head[c].start, head[c].end}};
                    if (head[c].overStart >= 0) p.heading.push_back({head[c].overStart, head[c].overEnd});
                    const DomainData::Complement* part = data.complementOf(p.section, p.category);
                    if (part && prevValue && *prevValue >= value && prev->section != p.section) p.ofTotal = prevValue;
                    // "Aktivitetsparate, alle | Heraf 5 år og derover": the group, of all the activity-ready.
                    if (namesGroupSize(cues[c]) && prevValue && *prevValue > value &&
                        namesPopulation(head[prevColumn].text)) {
                        p.ofTotal = prevValue;
                    } else if (namesGroupSize(cues[c]) && population && *population > value) {
                        p.ofTotal = population;
                    }
                    prevColumn = c;
                    prev = cues[c];
                    prevValue = value;
                    if (const auto* own = data.complementOf(prev->section, prev->category); own && !own->share.empty()) shareOwner = prev, shareHeading = p.heading;
                } else if (c < head.size() && namesPopulation(head[c].text)) {
                    // "Alle aktivitetsparate | Heraf 5 år + | Aktive": a column with no kind of
                    // the contract's, the base of the group's.
                    population = value;
                    continue;
                } else if (c < head.size() && share.find(lowerSameLength(head[c].text)) && split && !split->share.empty()) {
                    p.section = shareOwner->section;
                    p.category = split->share;
                    p.heading = shareHeading;
                } else {
                    continue;
                }
                pairs.push_back(p);
            }
            // "Ydelse | Aktive | Målgruppe 30.06.2018": a part before the
            // group's size column is of that group all the same.
            for (std::size_t a = rowPairs; a < pairs.size(); ++a) {
                if (pairs[a].ofTotal || !data.complementOf(pairs[a].section, pairs[a].category)) continue;
                for (std::size_t g = a + 1; g < pairs.size(); ++g) {
                    if (pairs[g].section == "target_group" && pairs[g].section != pairs[a].section && pairs[g].value >= pairs[a].value) {
                        pairs[a].ofTotal = pairs[g].value;
                        break;
                    }
                }
            }
            // Where the rows are periods, each one's group size is the base of its parts, no answer.
            if (groupIsBase) {
                pairs.erase(std::remove_if(pairs.begin() + static_cast<std::ptrdiff_t>(rowPairs), pairs.end(),
                                           [](const Pair& q) { return q.section == "target_group"; }),
                            pairs.end());
            }
            return true;
        };
        // "Juli 2018 | 46 | 37 | 80 %", "1. tertial 2018 (januar–april) | 2 | –":
        // rows that are periods under columns that say what they count, each
        // row's counts of its own period.
        std::vector<std::optional<std::string>> periodOfRow(rows.size());
        bool periodRows = false;
        if (!matrix && rows.size() >= 2 && countless(rows[0])) {
            for (std::size_t r = 1; r < rows.size(); ++r) {
                if (!rows[r].empty()) periodOfRow[r] = rowPeriod(t, rows[r][0], captionYear);
                periodRows |= periodOfRow[r] && !countless(rows[r]);
            }
        }
        // "| 2. kvt. 2018 | 3. kvt. 2018 | 4. kvt. 2018" over "Behandlet i
        // teamet | 11 | 13 | 9": columns that are periods, each row's counts
        // of its label's kind in each column's period.
        std::vector<std::optional<std::string>> periodOfColumn(rows.empty() ? 0 : rows[0].size());
        bool periodColumns = false;
        if (!matrix && !periodRows && rows.size() >= 2 && countless(rows[0])) {
            int dated = 0;
            for (std::size_t c = 1; c < rows[0].size(); ++c) dated += static_cast<bool>(periodOfColumn[c] = rowPeriod(t, rows[0][c], captionYear));
            periodColumns = dated >= 2;
        }
        for (std::size_t r = 0; r < rows.size(); ++r) {
            const auto& row = rows[r];
            if (periodColumns && r > 0) {
                std::vector<std::size_t> counts;
                bool labelled = !row.empty() && !countOf(row[0].text);
                for (std::size_t c = 1; c < row.size() && labelled; ++c) {
                    if (isDashCell(row[c].text)) continue;  // "–", "0": none that period
                    if (countOf(row[c].text)) counts.push_back(c);
                    else labelled = row[c].text.isEmpty();
                }
                if (labelled) {
                    for (std::size_t c : counts) {
                        if (c >= periodOfColumn.size() || !periodOfColumn[c]) continue;
                        pairs.push_back({row[0].text, *countOf(row[c].text), spans[r].first, spans[r].second, {}, {}, {}, r});
                        pairs.back().period = periodOfColumn[c];
                    }
                    continue;
                }
            }
            if (bracketRow(row)) {
                for (const auto& c : row) {
                    if (const auto lc = bracketCount(c.text)) {
                        pairs.push_back({lc->first, lc->second, spans[r].first, spans[r].second, {}, {}, {}, r});
                    }
                }
                continue;
            }
            std::vector<std::size_t> numeric, textual;
            for (std::size_t c = 0; c < row.size(); ++c) {
                // "12,5", "12 %": shares, no label; "-": nothing to count.
                if (row[c].text.isEmpty() || isShareCell(row[c].text) || isDashCell(row[c].text) || isAsideCell(row[c].text) || isChangeCell(row[c].text)) continue;
                if (r > 0 && c < changeColumn.size() && changeColumn[c]) continue;
                if (r > 0 && c < earlier.size() && earlier[c]) continue;
                (countOf(row[c].text) ? numeric : textual).push_back(c);
            }
            if (periodRows && r > 0 && textual.size() == 1 && textual[0] == 0 && periodOfRow[r]) {
                readKindColumns(row, r, 0, numeric, 1, true);
                continue;
            }
            const auto [rs, re] = spans[r];
            // A Word table with the "Ydelse" cell merged down its group comes
            // out with the benefit on the group's first row only
            // ("Kontanthjælp | Mentor | 14", then " | Løntilskud | 3"): the
            // rows under it, their first cell empty, are of that benefit too.
            if (r > 0 && row.size() >= 3 && numeric.size() == 1) {
                if (textual.size() == 2 && textual[0] == 0 && textual[1] < numeric[0]) {
                    const std::string b = benefitOf(row[0].text, data);
                    if (!b.empty() && b != "all") {
                        group = b;
                        textual.erase(textual.begin());
                    } else {
                        group.clear();
                    }
                } else if (!row[0].text.isEmpty()) {
                    group.clear();
                }
            }
            if (matrix && r > 0 && textual.size() == 1 && !numeric.empty()) {
                // The "I alt" row and column sum the others: not counts of their own.
                const std::string b = benefitOf(row[textual[0]].text, data);
                const bool sumRow = (b.empty() || b == "all") && isTotalLabel(row[textual[0]].text, data);
                if ((b.empty() || b == "all") && !sumRow) continue;
                // A column of the group's size ("Målgruppe | Har haft aktivt
                // tilbud | Har ikke haft"): the row's denominator, and the
                // target group by benefit (the same figures stated before are one fact).
                // Beside the group's size, a column of all the activity-ready
                // ("Aktivitetsparate modtagere af ydelsen i alt | Heraf …"): its base, no count.
                std::optional<double> base, population;
                std::vector<char> populationColumn(row.size(), 0);
                for (std::size_t c : numeric) {
                    if (c >= rows[0].size()) continue;
                    if (groupSizeColumn(c)) base = countOf(row[c].text);
                    else if ((populationColumn[c] = namesPopulation(rows[0][c].text))) population = countOf(row[c].text);
                }
                for (std::size_t c : numeric) {
                    if (c >= rows[0].size() || isTotalLabel(rows[0][c].text, data)) continue;
                    const bool size = groupSizeColumn(c);
                    if (base && populationColumn[c]) continue;
                    const double value = *countOf(row[c].text);
                    const std::optional<double> of = size ? (population && *population > value ? population : std::nullopt) : base;
                    pairs.push_back({rows[0][c].text, value, rs, re, sumRow ? "all" : b, {}, of, r});
                    pairs.back().sumRow = sumRow;
                    if (size) ofKind(pairs.back(), headKind(c));
                }
                // A column of shares ("Aktiveringsgrad | 83 %") is read by its
                // heading, as a share, when the heading names one.
                for (std::size_t c = 0; c < row.size() && c < rows[0].size(); ++c) {
                    if (!isShareCell(row[c].text) || countOf(row[c].text) || !share.find(lowerSameLength(rows[0][c].text))) continue;
                    pairs.push_back({rows[0][c].text, *shareOf(row[c].text), rs, re, sumRow ? "all" : b, {}, {}, r});
                    pairs.back().sumRow = sumRow;
                }
            } else if (textual.size() == 1 && numeric.size() == 1 && textual[0] < numeric[0]) {
                std::optional<double> share;
                for (std::size_t c = numeric[0] + 1; c < row.size() && !share; ++c) share = shareOf(row[c].text);
                // A count left beside a masked cell ("Uddannelseshjælp | 71 | <5")
                // in a column other than the one whose heading says what is
                // counted ("Heraf mindst 5 år") is that one's denominator.
                if (r > 0 && rows[0].size() == row.size()) {
                    if (const auto cued = cuedColumnOfHead(); cued && *cued != numeric[0]) continue;
                }
                // The one count beside dashes in benefit columns is that column's benefit.
                std::string b;
                if (r > 0 && numeric[0] < rows[0].size() && rows[0].size() == row.size()) {
                    b = benefitOf(rows[0][numeric[0]].text, data);
                    if (benefitColumnsOfHead() > 0 && isTotalLabel(rows[0][numeric[0]].text, data)) continue;
                }
                pairs.push_back({row[textual[0]].text, *countOf(row[numeric[0]].text), rs, re, b == "all" ? std::string() : b, share, {}});
                pairs.back().group = group;
                if (const std::size_t a = numeric[0] + 1; !legendBenefit.empty() && a < row.size() && isAsideCell(row[a].text)) {
                    if (const auto part = countOf(row[a].text.tempSubStringBetween(1, row[a].text.length() - 1))) {
                        if (pairs.back().benefit.empty()) pairs.back().benefit = "all";
                        pairs.push_back(pairs.back());
                        pairs.back().value = *part;
                        pairs.back().benefit = legendBenefit;
                        pairs.back().share.reset();
                    }
                }
            } else if (textual.size() == 1 && numeric.empty() && r > 0 && benefitColumnsOfHead() >= 2) {
                // A row of shares under benefit columns ("Aktiveringsgrad | 83 % |
                // 88 % | 84 %"): each column's share, the "I alt" column's of all.
                const auto& head = rows[0];
                for (std::size_t c = 0; c < row.size() && c < head.size(); ++c) {
                    if (!isShareCell(row[c].text) || countOf(row[c].text)) continue;
                    const std::string b = benefitOf(head[c].text, data);
                    if (b.empty() && !isTotalLabel(head[c].text, data)) continue;
                    pairs.push_back({row[textual[0]].text, *shareOf(row[c].text), rs, re, b.empty() ? "all" : b, {}, {}, r});
                }
            } else if (textual.size() == 1 && numeric.size() > 1 && r > 0) {
                // Columns headed by benefits in the row above; a column of
                // shares is no count, and of plain count columns the first is read.
                const auto& head = rows[0];
                // Beside two or more benefit columns, a plain one ("I alt") is
                // their sum, not a count of its own.
                const int benefitColumns = benefitColumnsOfHead();
                // Of plain columns, one headed by what the question counts
                // ("Heraf mindst 5 år") is read; "heraf" makes the column
                // before it the denominator.
                std::optional<std::size_t> cued;
                for (std::size_t c : numeric) {
                    if (benefitColumns > 0 || cued || c >= head.size()) continue;
                    if ((columnCue = firstCue(lowerSameLength(cleanLabel(head[c].text)), {}, data))) cued = c;
                }
                if (readKindColumns(row, r, textual[0], numeric, 2, false)) continue;
                // Columns of the municipality's parts ("Nakskov | Maribo"): the
                // municipality's count is their sum, or its own column's beside them.
                if (benefitColumns == 0 && !cued) {
                    const UnitColumns& units = unitColumnsOfHead();
                    if (units.parts.size() >= 2) {
                        if (units.whole && std::ranges::find(numeric, *units.whole) != numeric.end()) {
                            pairs.push_back({row[textual[0]].text, *countOf(row[*units.whole].text), rs, re, {}, {}, {}, r});
                        } else {
                            double sum = 0;
                            for (std::size_t c : units.parts) {
                                if (c < row.size() && !row[c].text.isEmpty() && !isDashCell(row[c].text)) sum += countOf(row[c].text).value_or(0);
                            }
                            pairs.push_back({row[textual[0]].text, sum, rs, re, {}, {}, {}, r});
                            pairs.back().derived = true;
                        }
                        continue;
                    }
                }
                bool plainTaken = benefitColumns >= 2;
                // A column of the total the answer is part of ("Aktivitetsparate i alt").
                // ("Alle aktivitetsparate", "Samtlige aktivitetsparate").
                auto totalColumn = [&](std::size_t c) {
                    const icu::UnicodeString l = lowerSameLength(head[c].text);
                    return isTotalLabel(head[c].text, data) || l.indexOf(u"i alt") >= 0 || l.startsWith(u"alle ") || l.startsWith(u"samtlige ") ||
                           namesPopulation(head[c].text);
                };
                std::optional<double> before, allBefore;  // the last plain count, the last total
                // A row of the group's size over rows of its parts ("Målgruppe pr.
                // 31.7.2018 | 45 | 5 | 14 | 64" over "Aktive i 1. halvår 2018 | 38
                // | ..."): the target group by benefit, and each column's denominator.
                const VocabEntry* rowKind = columnKind(row[textual[0]].text, data);
                const bool sizeRow = namesGroupSize(rowKind);
                if (benefitColumns >= 2 && namesPopulation(row[textual[0]].text)) {
                    for (std::size_t c : numeric) {
                        if (const auto v = countOf(row[c].text)) columnBase[c] = *v;
                    }
                }
                auto sized = [&](Pair& p, std::size_t c) {
                    if (sizeRow) {
                        ofKind(p, rowKind);
                        // "Med 5 år eller mere" under "Alle aktivitetsparate": the group, of the population row.
                        if (const auto base = columnBase.find(c); base != columnBase.end() && base->second > p.value) {
                            p.ofTotal = base->second;
                        } else {
                            columnBase[c] = p.value;
                        }
                    } else if (const auto base = columnBase.find(c); base != columnBase.end() && !p.ofTotal && base->second >= p.value) {
                        p.ofTotal = base->second;
                    }
                };
                for (std::size_t c : numeric) {
                    if (c >= head.size()) continue;
                    if (share.find(lowerSameLength(head[c].text))) continue;
                    const std::string b = benefitOf(head[c].text, data);
                    std::optional<double> ofTotal;
                    if (b.empty() || b == "all") {
                        const std::optional<double> value = countOf(row[c].text);
                        if (benefitColumns >= 1 && isTotalLabel(head[c].text, data)) {
                            // Beside even one benefit column ("Integrationsydelse | I alt",
                            // a table continued from another), "I alt" is a sum.
                            if (benefitColumns >= 2) {
                                columnTotals.push_back({row[textual[0]].text, *value, rs, re, "all", {}, {}, r});
                                sized(columnTotals.back(), c);
                            }
                            continue;
                        }
                        if (plainTaken || (cued && c != *cued)) {
                            before = value;
                            if (totalColumn(c)) allBefore = value;
                            continue;
                        }
                        plainTaken = true;
                        if (cued && subsetLead.find(lowerSameLength(cleanLabel(head[c].text)))) ofTotal = before;
                        // "I alt | Under 5 år | 5 år og derover": of the total, not of the column beside it.
                        if (cued && !ofTotal && allBefore) ofTotal = allBefore;
                    }
                    // Beside a benefit's column ("Antal borgere | Heraf på kontanthjælp"),
                    // a plain one counts all benefits, whatever the text around names.
                    const bool plain = b.empty() || b == "all";
                    pairs.push_back({row[textual[0]].text, *countOf(row[c].text), rs, re, plain ? (benefitColumns >= 1 ? "all" : "") : b, {}, ofTotal, r});
                    if (benefitColumns >= 2) sized(pairs.back(), c);
                    // "Mindst 5 år | Aktivitetsparate i alt", "I målgruppen | Alle aktivitetsparate":
                    // the total may stand after the answer too.
                    if ((cued ? c == *cued : plain) && !ofTotal) {
                        for (std::size_t t : numeric) {
                            if (t <= c || t >= head.size() || share.find(lowerSameLength(head[t].text))) continue;
                            if (!totalColumn(t)) continue;
                            if (const auto total = countOf(row[t].text); total && *total >= pairs.back().value) pairs.back().ofTotal = total;
                            break;
                        }
                    }
                }
            } else if (textual.size() >= 2 && textual.size() == numeric.size() && alternates(textual, numeric)) {
                // Two or more label/count pairs side by side ("Virksomhedspraktik
                // 17 | Løntilskud 2"): a list set in columns to save room.
                for (std::size_t k = 0; k < textual.size(); ++k) {
                    pairs.push_back({row[textual[k]].text, *countOf(row[numeric[k]].text), rs, re, {}, {}, {}, r});
                }
            } else if (textual.empty() && !numeric.empty() && r > 0) {
                // A header row of labels over this row of counts.
                const auto& head = rows[r - 1];
                const int32_t hs = spans[r - 1].first;
                for (std::size_t c : numeric) {
                    if (c < head.size() && !head[c].text.isEmpty() && !countOf(head[c].text)) {
                        pairs.push_back({head[c].text, *countOf(row[c].text), hs, re, {}, {}, {}});
                    }
                }
            }
        }
        // The section most labels belong to.
        std::string best;
        int bestHits = 0;
        for (const char* sec : sections) {
            int hits = 0;
            for (const auto& p : pairs) {
                const std::string c = labelCategory(p.label, sec, data);
                if (!c.empty() && c != "total" && c != "andet") ++hits;
            }
            if (hits > bestHits) { bestHits = hits; best = sec; }
        }
        // Rows that are benefits ("Kontanthjælp  78"): counts per benefit whose
        // category the text around the table gives (see tableFacts).
        int benefitRows = 0;
        for (const auto& p : pairs) {
            const std::string b = benefitOf(p.label, data);
            if (!b.empty() && b != "all") ++benefitRows;
        }
        const bool benefitColumns = !pairs.empty() && std::all_of(pairs.begin(), pairs.end(), [](const Pair& p) { return !p.benefit.empty(); });
        if (periodRows) {
            // Each count is of its column's kind, in its row's period.
            Table tb;
            tb.firstLine = i;
            tb.lastLine = j;
            tb.headStart = seg.lines[i].start;
            tb.headEnd = seg.lines[i].end;
            for (const auto& p : pairs) {
                if (p.category.empty()) continue;
                if (tb.section.empty()) tb.section = p.section;
                TableCell c = cellOf(p);
                c.section = p.section;
                c.category = p.category;
                c.heading = p.heading;
                c.benefit = p.benefit;
                c.period = periodOfRow[p.row];
                if (data.complementOf(p.section, p.category)) c.ofTotal = p.ofTotal;
                tb.cells.push_back(c);
            }
            if (!tb.cells.empty()) tables.push_back(std::move(tb));
        } else if (matrix && best == "status") {
            // Benefits down the side, readiness across ("Aktivitetsparate |
            // Jobparate | I alt"): the group by benefit, not where a pool's
            // remainder stands. The activity-ready column is the group the
            // question asks about, so its section and category come from the
            // text as for benefit rows; the other columns count other people.
            Table tb;
            tb.firstLine = i;
            tb.lastLine = j;
            for (const auto& p : pairs) {
                if (labelCategory(p.label, best, data) != "aktivitetsparat") continue;
                TableCell c = cellOf(p);
                c.benefit = p.benefit;
                tb.cells.push_back(c);
            }
            if (!tb.cells.empty()) tables.push_back(std::move(tb));
        } else if (bestHits == 0 && benefitColumns) {
            // Benefit columns whose rows say what they count ("Heraf mindst 5
            // år"): a row's cue gives the category, the column its benefit
            // ("I alt": all of them), and a "heraf" row has the row above as
            // its denominator.
            Table tb;
            tb.firstLine = i;
            tb.lastLine = j;
            tb.headStart = seg.lines[i].start;
            tb.headEnd = seg.lines[i].end;
            pairs.insert(pairs.end(), columnTotals.begin(), columnTotals.end());
            for (const auto& p : pairs) {
                const icu::UnicodeString l = lowerSameLength(cleanLabel(p.label));
                const VocabEntry* cue = firstCue(l, {}, data);
                if (!cue || (!tb.section.empty() && cue->section != tb.section)) continue;
                tb.section = cue->section;
                TableCell c = cellOf(p);
                c.section = cue->section;
                c.category = cue->category;
                c.benefit = p.benefit;
                c.ofTotal = p.ofTotal;
                if (subsetLead.find(l)) {
                    for (const auto& q : pairs) {
                        if (q.row + 1 == p.row && q.benefit == p.benefit) c.ofTotal = q.value;
                    }
                }
                tb.cells.push_back(c);
            }
            if (!tb.cells.empty()) tables.push_back(std::move(tb));
        } else if (benefitRows >= 2 && benefitRows >= bestHits) {
            Table tb;
            tb.firstLine = i;
            tb.lastLine = j;
            if (columnCue) tb.section = columnCue->section;
            // Per column that says what it counts (one, unnamed, in most
            // tables); shares add up to nothing.
            std::map<std::string, double> sums, totals;
            for (const auto& p : pairs) {
                const bool checked = p.category.empty() || !data.isShare(p.section, p.category);
                const std::string b = benefitOf(p.label, data);
                TableCell c = cellOf(p);
                c.ofTotal = p.ofTotal;
                c.share = p.share;
                if (columnCue) c.category = columnCue->category;
                if (!p.category.empty()) { c.section = p.section; c.category = p.category; c.heading = p.heading; }
                if (!b.empty() && b != "all") {
                    c.benefit = b;
                    if (checked) sums[p.category] += p.value;
                } else if (isTotalLabel(p.label, data) || (p.category.empty() && wholeGroupLabel(p.label, data))) {
                    // The total of the benefits: the count for them all.
                    c.benefit = "all";
                    if (checked) totals[p.category] = p.value;
                } else {
                    continue;
                }
                tb.cells.push_back(c);
            }
            checkTotals(tb, totals, sums);
            tables.push_back(std::move(tb));
        } else if (bestHits >= 2 || (bestHits == 1 && pairs.size() <= 2)) {
            Table tb;
            tb.firstLine = i;
            tb.lastLine = j;
            tb.section = best;
            if (!rows.empty() && !rows[0].empty()) {
                bool counts = false;
                for (const auto& c : rows[0]) counts |= countOf(c.text).has_value();
                if (!counts) { tb.headStart = seg.lines[i].start; tb.headEnd = seg.lines[i].end; }
            }
            // Per benefit column (one, unnamed, in most tables): the rows'
            // sum and the total row.
            std::map<std::string, double> sums;
            std::map<std::string, double> totals;
            std::vector<std::string> columnOf;  // of each cell
            std::string lastBenefit;
            std::string lastSection, lastCategory;  // of the last row that is no benefit's part
            double lastValue = 0;
            // A matrix's "I alt" row counts all benefits where the section
            // has no total of its own to check the rows against.
            const bool sumChecked = !labelEmitted(best, "total", data) && labelCategory(icu::UnicodeString(u"i alt"), best, data) == "total";
            // Benefit columns with an "I alt" column: that column counts them
            // all, where the rows split the group ("Aktive", "Ikke aktive");
            // kinds of offer overlap, and their sums count no one.
            const std::size_t firstColumnTotal = pairs.size();
            pairs.insert(pairs.end(), columnTotals.begin(), columnTotals.end());
            for (std::size_t k = 0; k < pairs.size(); ++k) {
                const Pair& p = pairs[k];
                if (p.sumRow && sumChecked) continue;
                if (earlierLabel.find(lowerSameLength(p.label))) continue;
                // A column that says what it counts itself (the group's size), else the row's label.
                std::string section = p.category.empty() ? best : p.section;
                std::string cat = p.category.empty() ? labelCategory(p.label, best, data) : p.category;
                if (cat.empty() && isTotalLabel(p.label, data)) cat = "total";
                // "- heraf burde have været i tilbud" under "Ikke i tilbud": the
                // contract keeps those who should have had an offer with the target group.
                if (cat.empty() && best == "intervention" && labelCategory(p.label, "target_group", data) == "without_offer") {
                    section = "target_group";
                    cat = "without_offer";
                }
                // A row of another question among a benefit's offers ("Borgere i
                // målgruppen pr. 31.12.2018", "Aktive i 2. halvår 2018", "Skal forbi
                // rehabiliteringsteamet"): that question's count, never summed with them.
                if (cat.empty() && p.category.empty()) {
                    if (wholeGroupLabel(p.label, data) || labelCategory(p.label, "target_group", data) == "over_5_years") {
                        section = "target_group";
                        cat = "over_5_years";
                    }
                    for (const char* other : sections) {
                        if (!cat.empty()) break;
                        const std::string c2 = labelCategory(p.label, other, data);
                        if (!c2.empty() && c2 != "andet" && c2 != "total") section = other, cat = c2;
                    }
                }
                // (The group's size is of them all, whatever the section; so are the parts that
                // split it and their share: "Aktive 01.09.2018-28.02.2019",30,3,8,41 among the offers.)
                if (k >= firstColumnTotal && cat != "total" && p.category.empty() && !data.complementOf(section, cat) && !data.isShare(section, cat)) continue;
                // "Har været i aktivt tilbud … 79" over "heraf på kontanthjælp … 54": a part
                // that only names its benefit counts what the row over it counts.
                const bool heraf = static_cast<bool>(subsetLead.find(lowerSameLength(cleanLabel(p.label))));
                const std::string labelBenefit = heraf ? benefitOf(p.label, data) : std::string();
                const bool benefitPart = !labelBenefit.empty() && labelBenefit != "all";
                if (cat.empty() && p.category.empty() && benefitPart && !lastCategory.empty()) section = lastSection, cat = lastCategory;
                // ("Kontanthjælpsmodtagere i målgruppen … 65" over "heraf bør have sagen forelagt teamet … 25": of the group.)
                const bool partOfGroup = heraf && lastCategory == "over_5_years" && cat != "over_5_years";
                const std::optional<double> groupOver = partOfGroup ? std::optional<double>(lastValue) : std::nullopt;
                if (!benefitPart) lastSection = section, lastCategory = cat == "andet" || cat == "total" ? std::string() : cat, lastValue = p.value;
                if (cat.empty()) {
                    // A kind the vocabulary lacks: "andet", its own words kept in the quote.
                    cat = "andet";
                    std::string l;
                    p.label.toUTF8String(l);
                    tb.warnings.push_back("table label \"" + l + "\" is not in the vocabulary; read as andet");
                }
                TableCell c = cellOf(p);
                c.section = section;
                c.category = cat;
                c.period = p.period;
                c.benefit = p.benefit.empty() ? p.group : p.benefit;
                if (c.benefit.empty()) {
                    // A label naming its benefit ("Borgere på kontanthjælp, som ..."),
                    // or a part ("- heraf ...") of the row naming one before it.
                    const std::string b = benefitOf(p.label, data);
                    if (!b.empty() && b != "all") c.benefit = b;
                    else if (subsetLead.find(lowerSameLength(cleanLabel(p.label)))) c.benefit = lastBenefit;
                }
                lastBenefit = c.benefit;
                // (The group's size keeps the base a column of all the activity-ready gave it.)
                if (data.complementOf(section, cat) || (section == "target_group" && cat == "over_5_years")) c.ofTotal = p.ofTotal;
                if (!c.ofTotal && groupOver) c.ofTotal = groupOver;
                c.emit = labelEmitted(section, cat, data);
                if (cat == "total") totals[p.benefit] = p.value;
                else if (section == best) sums[p.benefit] += p.value;
                tb.cells.push_back(c);
                columnOf.push_back(p.benefit);
                const auto* split = data.complementOf(section, cat);
                if (split && !split->share.empty() && p.share) {
                    TableCell sc = c;
                    sc.category = split->share;
                    sc.value = *p.share;
                    tb.cells.push_back(sc);
                    columnOf.push_back(p.benefit);
                }
            }
            // The rows that split the total have it as their denominator.
            for (std::size_t k = 0; k < tb.cells.size(); ++k) {
                TableCell& c = tb.cells[k];
                const auto total = totals.find(columnOf[k]);
                if (total != totals.end() && !c.ofTotal && data.complementOf(c.section, c.category)) c.ofTotal = total->second;
            }
            // ("Borgere i målgruppen 96" over "Aktive i 2. halvår 2018 80": the active are of that group.)
            for (std::size_t k = 0; k < tb.cells.size(); ++k) {
                TableCell& c = tb.cells[k];
                if (c.ofTotal || c.section != "active_intervention" || !data.complementOf(c.section, c.category)) continue;
                for (std::size_t m = 0; m < tb.cells.size(); ++m) {
                    const TableCell& g = tb.cells[m];
                    if (g.section == "target_group" && g.category == "over_5_years" && columnOf[m] == columnOf[k]) c.ofTotal = g.value;
                }
            }
            checkTotals(tb, totals, sums);
            tables.push_back(std::move(tb));
        }
        i = j + 1;
    }
    return tables;
}

}  // namespace svarbrev
