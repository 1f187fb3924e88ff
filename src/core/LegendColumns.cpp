#include "LegendColumns.hpp"

#include "DateParser.hpp"
#include "UnitLines.hpp"

#include <unicode/uchar.h>

#include <map>
#include <optional>
#include <string>

namespace svarbrev {
namespace {

bool upper(char32_t c) { return c >= 'A' && c <= 'Z'; }

// "(3)" gives 3, "C" gives 3; 0 for any other word.
int codeKey(const Units& u, Span w, bool paren) {
    if (!paren) return w.second - w.first == 1 && upper(u[w.first].c) ? static_cast<int>(u[w.first].c - 'A') + 1 : 0;
    if (w.second - w.first < 3 || u[w.first].c != '(' || u[w.second - 1].c != ')') return 0;
    int key = 0;
    for (std::size_t i = w.first + 1; i + 1 < w.second; ++i) {
        if (!asciiDigit(u[i].c) || key > 99) return 0;
        key = key * 10 + static_cast<int>(u[i].c - '0');
    }
    return key;
}

struct Heading {
    bool paren = false;
    std::vector<Span> codes;  // in order: the first is 1 ("(1)", "A")
    Span trailing{0, 0};      // a label after the codes ("I alt"), perhaps none
};

// A line of three codes or more in order from the first, perhaps followed by
// a label of words. "A … H I alt": a capital before a word in lower case
// ("I alt") starts the label.
std::optional<Heading> codeHeading(const Units& u, Span l) {
    const std::vector<Span> ws = wordsOf(u, l);
    if (ws.size() < 3) return std::nullopt;
    Heading h;
    h.paren = u[ws[0].first].c == '(';
    std::size_t k = 0;
    for (; k < ws.size(); ++k) {
        const bool labelNext = k + 1 < ws.size() && u_islower(static_cast<UChar32>(u[ws[k + 1].first].c));
        if (codeKey(u, ws[k], h.paren) != static_cast<int>(h.codes.size()) + 1 || (!h.paren && labelNext)) break;
        h.codes.push_back(ws[k]);
    }
    if (h.codes.size() < 3) return std::nullopt;
    if (k < ws.size()) {
        for (std::size_t j = k; j < ws.size(); ++j) {
            if (!u_isalpha(static_cast<UChar32>(u[ws[j].first].c))) return std::nullopt;
        }
        h.trailing = {ws[k].first, ws.back().second};
    }
    return h;
}

// A row: its label, then cells parted by a tab or two blanks or more.
struct Row {
    Span label;
    std::vector<Span> cells;
};

std::optional<Row> row(const Units& u, Span l) {
    std::vector<Span> parts = gapParts(u, l);
    if (parts.size() < 2 || !u_isalpha(static_cast<UChar32>(u[parts[0].first].c))) return std::nullopt;
    return Row{parts[0], std::vector<Span>(parts.begin() + 1, parts.end())};
}

// What the legend says of a code, as its words: from past a leading "Af
// (2):" to the first bracket, without the words of its dates ("pr. 1.
// februar 2019", "i januar"), which the table reader would take for the
// table's time; that is read from the text around the table.
std::vector<Span> legendWords(const Units& u, Span d) {
    std::size_t a = d.first;
    while (a < d.second && blank(u[a].c)) ++a;
    if (d.second - a > 4 && (u[a].c == 'A' || u[a].c == 'a') && u[a + 1].c == 'f' && u[a + 2].c == ' ' && u[a + 3].c == '(') {
        std::size_t p = a + 4;
        while (p < d.second && u[p].c != ')') ++p;
        a = p + 1;
        while (a < d.second && (blank(u[a].c) || u[a].c == ':')) ++a;
    }
    std::size_t e = a;
    while (e < d.second && u[e].c != '(') ++e;
    std::vector<Span> out;
    for (const Span& w : wordsOf(u, {a, e})) {
        bool figure = false;
        std::u16string text;
        for (std::size_t i = w.first; i < w.second; ++i) {
            figure |= asciiDigit(u[i].c);
            if (u_isalpha(static_cast<UChar32>(u[i].c)) && u[i].c < 0x10000) text += static_cast<char16_t>(u[i].c);
        }
        if (!figure && !isMonthWord(reinterpret_cast<const UChar*>(text.data()), static_cast<int32_t>(text.size()))) out.push_back(w);
    }
    // Without the signs the last word ends on (", dvs.").
    while (!out.empty()) {
        Span& last = out.back();
        while (last.second > last.first && (u[last.second - 1].c == ',' || u[last.second - 1].c == ';' || u[last.second - 1].c == ':' || u[last.second - 1].c == '-')) --last.second;
        if (last.second > last.first) break;
        out.pop_back();
    }
    return out;
}

// The legend's explanations by key, read from lines [from, to): "(1) text"
// lines, or "A: text · B: text" runs parted by "·", ";" or line ends.
std::map<int, std::vector<Span>> legend(const Units& u, const std::vector<Span>& ls, std::size_t from, std::size_t to, bool paren) {
    std::map<int, std::vector<Span>> out;
    for (std::size_t l = from; l < to; ++l) {
        const Span line = ls[l];
        if (paren) {
            const std::vector<Span> ws = wordsOf(u, line);
            if (ws.empty()) continue;
            const int key = codeKey(u, ws[0], true);
            if (key) out[key] = legendWords(u, {ws[0].second, line.second});
            continue;
        }
        // "A: virksomhedspraktik · B: småjob med ordinære timer · …"
        int key = 0;
        std::size_t textStart = 0;
        const std::size_t solid = firstSolid(u, line);
        for (std::size_t i = solid; i < line.second; ++i) {
            const bool opens = (i == solid || blank(u[i - 1].c)) && upper(u[i].c) && i + 1 < line.second && u[i + 1].c == ':';
            const bool parts = u[i].c == 0x00B7 || u[i].c == ';' || u[i].c == 0x2022;
            if (!opens && !parts) continue;
            if (key) out[key] = legendWords(u, {textStart, i});
            key = opens ? static_cast<int>(u[i].c - 'A') + 1 : 0;
            textStart = i + 2;
        }
        if (key) out[key] = legendWords(u, {textStart, line.second});
    }
    return out;
}

}  // namespace

Units legendCodesToHeadings(const Units& u) {
    const std::vector<Span> ls = lines(u);
    Units out;
    std::size_t next = 0;  // the next unit of u to copy
    for (std::size_t l = 0; l < ls.size(); ++l) {
        const std::optional<Heading> h = codeHeading(u, ls[l]);
        if (!h) continue;
        const std::size_t cells = h->codes.size() + (h->trailing.second > h->trailing.first ? 1 : 0);
        std::vector<Row> rows;
        std::size_t r = l + 1;
        for (; r < ls.size() && firstSolid(u, ls[r]) < ls[r].second; ++r) {
            const std::optional<Row> one = row(u, ls[r]);
            if (!one || one->cells.size() != cells) break;
            rows.push_back(*one);
        }
        // The legend: after at most two blank lines, up to the next blank one.
        std::size_t from = r;
        while (from < ls.size() && from < r + 2 && firstSolid(u, ls[from]) == ls[from].second) ++from;
        std::size_t to = from;
        while (to < ls.size() && to < from + 12 && firstSolid(u, ls[to]) < ls[to].second) ++to;
        if (rows.empty() || (r < ls.size() && firstSolid(u, ls[r]) < ls[r].second)) continue;
        const std::map<int, std::vector<Span>> said = legend(u, ls, from, to, h->paren);
        bool all = true;
        for (std::size_t k = 1; k <= h->codes.size(); ++k) {
            const auto it = said.find(static_cast<int>(k));
            all &= it != said.end() && !it->second.empty();
        }
        if (!all) continue;
        appendUnits(out, u, next, ls[l].first);
        for (std::size_t k = 0; k < h->codes.size(); ++k) {
            appendAs(out, '\t', u, h->codes[k].first);
            const std::vector<Span>& ws = said.at(static_cast<int>(k) + 1);
            for (std::size_t w = 0; w < ws.size(); ++w) {
                if (w > 0) appendAs(out, ' ', u, ws[w].first - 1);
                appendUnits(out, u, ws[w].first, ws[w].second);
            }
        }
        if (h->trailing.second > h->trailing.first) {
            appendAs(out, '\t', u, h->trailing.first);
            appendUnits(out, u, h->trailing.first, h->trailing.second);
        }
        appendAs(out, '\n', u, ls[l].second - 1);
        for (std::size_t k = 0; k < rows.size(); ++k) {
            const Span line = ls[l + 1 + k];
            appendUnits(out, u, rows[k].label.first, rows[k].label.second);
            for (const Span& c : rows[k].cells) {
                appendAs(out, '\t', u, c.first);
                appendUnits(out, u, c.first, c.second);
            }
            appendUnits(out, u, line.second, std::min(line.second + 1, u.size()));
        }
        // The blank lines up to the legend as they stand; of the legend, its line breaks.
        if (r < from) appendUnits(out, u, ls[r].first, ls[from].first);
        for (std::size_t k = from; k < to; ++k) {
            if (ls[k].second < u.size()) appendUnits(out, u, ls[k].second, ls[k].second + 1);
        }
        next = to < ls.size() ? ls[to].first : u.size();
        l = to > l ? to - 1 : l;
    }
    appendUnits(out, u, next, u.size());
    return out;
}

namespace {

// "GRØN", "RØD": a word of two capitals or more, and nothing else.
bool keyWord(const Units& u, Span w) {
    if (w.second - w.first < 2) return false;
    for (std::size_t i = w.first; i < w.second; ++i) {
        if (!u_isupper(static_cast<UChar32>(u[i].c))) return false;
    }
    return true;
}

bool count(const Units& u, Span w) {
    for (std::size_t i = w.first; i < w.second; ++i) {
        if (!asciiDigit(u[i].c)) return false;
    }
    return w.second > w.first;
}

std::u32string textOf(const Units& u, Span w) {
    std::u32string out;
    for (std::size_t i = w.first; i < w.second; ++i) out += u[i].c;
    return out;
}

}  // namespace

Units legendKeysToLabels(const Units& u) {
    const std::vector<Span> ls = lines(u);
    std::vector<std::vector<Span>> parts(ls.size());
    std::map<std::u32string, Span> meaning;
    for (std::size_t l = 0; l < ls.size(); ++l) {
        const std::size_t a = firstSolid(u, ls[l]);
        if (a + 1 >= ls[l].second || !u_isupper(static_cast<UChar32>(u[a].c)) || !u_isupper(static_cast<UChar32>(u[a + 1].c))) continue;
        parts[l] = gapParts(u, ls[l]);
        // A legend line: the key, then words that end in none of its counts.
        if (parts[l].size() == 2 && keyWord(u, parts[l][0]) && u_islower(static_cast<UChar32>(u[parts[l][1].first].c))) {
            meaning[textOf(u, parts[l][0])] = parts[l][1];
        }
    }
    auto keyed = [&](std::size_t l) {
        return parts[l].size() >= 2 && count(u, parts[l].back()) && meaning.count(textOf(u, parts[l][0])) > 0;
    };
    std::size_t rows = 0;
    for (std::size_t l = 0; l < ls.size(); ++l) rows += keyed(l) ? 1 : 0;
    if (meaning.size() < 2 || rows < 2) return u;
    Units out;
    std::size_t next = 0;
    for (std::size_t l = 0; l < ls.size(); ++l) {
        if (!keyed(l)) continue;
        const Span key = parts[l][0], figure = parts[l].back();
        appendUnits(out, u, next, key.first);
        const Span words = meaning.at(textOf(u, key));
        for (std::size_t i = words.first; i < words.second; ++i) out.push_back({u[i].c, u[key.first].origStart, u[key.second - 1].origEnd});
        appendAs(out, '\t', u, figure.first);
        next = figure.first;
    }
    appendUnits(out, u, next, u.size());
    return out;
}

}  // namespace svarbrev
