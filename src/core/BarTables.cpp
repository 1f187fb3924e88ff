#include "BarTables.hpp"

#include "CharClass.hpp"
#include "Segmenter.hpp"
#include "UnitLines.hpp"

#include <utility>

namespace svarbrev {
namespace {

// Offsets of the corners of a border line ("+----+====+"), or none.
std::vector<std::size_t> corners(const Units& in, Span l) {
    std::vector<std::size_t> out;
    const std::size_t a = firstSolid(in, l);
    if (a == l.second || in[a].c != '+') return {};
    for (std::size_t k = a; k < l.second; ++k) {
        const char32_t c = in[k].c;
        if (c == '+') out.push_back(k - l.first);
        else if (c != '-' && c != '=' && c != ':' && !blank(c)) return {};
    }
    if (out.size() < 2) out.clear();
    return out;
}

bool barLine(const Units& in, Span l) {
    const std::size_t a = firstSolid(in, l);
    return a < l.second && in[a].c == '|';
}

struct Cell {
    Units text;
    int lines = 0;
};

// A row's cells, each line's slice trimmed and the slices joined as the
// cell's own line breaks were soft: by a space that points at the break, or
// by nothing after a hyphen that cut a word. A list item keeps its own line.
std::vector<Cell> cellsOf(const Units& in, const std::vector<Span>& rowLines, const std::vector<std::size_t>& cols) {
    std::vector<Cell> cells(cols.size() - 1);
    for (const Span& l : rowLines) {
        for (std::size_t k = 0; k + 1 < cols.size(); ++k) {
            std::size_t a = l.first + cols[k] + 1, e = std::min(l.first + cols[k + 1], l.second);
            while (a < e && blank(in[a].c)) ++a;
            while (e > a && blank(in[e - 1].c)) --e;
            if (a >= e) continue;
            Units& text = cells[k].text;
            if (!text.empty()) {
                const Unit& br = l.first > 0 ? in[l.first - 1] : in[a];
                const std::size_t n = text.size();
                if (isBulletSign(static_cast<UChar>(in[a].c))) text.push_back({U'\n', br.origStart, br.origEnd});
                else if (n >= 2 && text[n - 1].c == '-' && isAlphaFast(static_cast<UChar32>(text[n - 2].c)) && isLowerFast(static_cast<UChar32>(in[a].c))) text.pop_back();
                else text.push_back({U' ', br.origStart, br.origEnd});
            }
            text.insert(text.end(), in.begin() + static_cast<std::ptrdiff_t>(a), in.begin() + static_cast<std::ptrdiff_t>(e));
            ++cells[k].lines;
        }
    }
    return cells;
}

// A cell of sentences, not a header or a count that wrapped.
bool prose(const Cell& c) {
    if (c.lines < 2) return false;
    int words = 1;
    bool stop = false;
    for (const Unit& u : c.text) {
        words += u.c == ' ';
        stop |= u.c == '.' || u.c == '?' || u.c == ':' || u.c == '!';
    }
    return stop && words >= 6;
}

bool rowNumber(const Cell& c) {
    if (c.text.empty() || c.text.size() > 4) return false;
    for (const Unit& u : c.text)
        if (!isDigitFast(static_cast<UChar32>(u.c)) && u.c != '.') return false;
    return true;
}

void emitRow(Units& out, const Units& in, const std::vector<Span>& rowLines, const std::vector<std::size_t>& cols) {
    const Unit& end = in[rowLines.back().second < in.size() ? rowLines.back().second : rowLines.back().second - 1];
    const Unit br{U'\n', end.origStart, end.origEnd};
    const std::vector<Cell> cells = cellsOf(in, rowLines, cols);
    bool anyProse = false;
    for (const Cell& c : cells) anyProse |= prose(c);
    if (anyProse) {
        for (const Cell& c : cells) {
            if (c.text.empty() || rowNumber(c)) continue;
            out.insert(out.end(), c.text.begin(), c.text.end());
            out.push_back(br);
            out.push_back(br);
        }
        return;
    }
    // Bars set off by spaces, as markdownRows reads column edges.
    // (Each space at its cell's edge in the original, so a quote of the row starts at its label.)
    const Unit bar{U'|', end.origStart, end.origEnd};
    out.push_back(bar);
    for (const Cell& c : cells) {
        const Unit& first = c.text.empty() ? bar : c.text.front();
        const Unit& last = c.text.empty() ? bar : c.text.back();
        out.push_back({U' ', first.origStart, first.origStart});
        out.insert(out.end(), c.text.begin(), c.text.end());
        out.push_back({U' ', last.origEnd, last.origEnd});
        out.push_back(bar);
    }
    out.push_back(br);
}

// Markdown rows ("| Job | 4 |") become tab-separated; their rule lines
// ("|---|---|") go. Only a line opening with a bar can be a row.
Units markdownRows(const Units& in) {
    Units out;
    out.reserve(in.size());
    for (const Span& l : lines(in)) {
        const std::size_t a = firstSolid(in, l), e = l.second;
        const bool bar = barLine(in, l);
        int bars = 0;
        bool rule = true;
        for (std::size_t k = a; k < e && bar; ++k) {
            bars += in[k].c == '|';
            if (!(in[k].c == '|' || in[k].c == '-' || in[k].c == ':' || in[k].c == ' ' || in[k].c == '+')) rule = false;
        }
        if (bar && bars >= 2) {
            if (rule) continue;
            std::size_t last = e;
            while (last > a && (in[last - 1].c == ' ' || in[last - 1].c == '|')) --last;
            // Where the row's edges are set off by spaces, a bar glued to a
            // letter or digit is a scan's 1 or l ("|5", "ti|bud"), no edge.
            auto spaced = [&](std::size_t k) { return (k == a || blank(in[k - 1].c)) && (k + 1 >= e || blank(in[k + 1].c)); };
            int spacedBars = 0;
            for (std::size_t k = a; k < e; ++k) spacedBars += in[k].c == '|' && spaced(k);
            auto glued = [&](std::size_t k) {
                return (k > a && isAlnumFast(static_cast<UChar32>(in[k - 1].c))) || (k + 1 < e && isAlnumFast(static_cast<UChar32>(in[k + 1].c)));
            };
            for (std::size_t k = a + 1; k < last; ++k) {
                Unit u = in[k];
                if (u.c == '|' && !(spacedBars >= 2 && glued(k))) u.c = '\t';
                out.push_back(u);
            }
            if (e < in.size()) out.push_back(in[e]);
        } else {
            copyLine(out, in, l);
        }
    }
    return out;
}

// A label in the first cell and a figure after it: a row of its own, even
// with no border above it (box-drawn tables rule only under the heading).
bool labelledFigures(const Units& in, const Span& l, const std::vector<std::size_t>& cols) {
    const std::vector<Cell> cells = cellsOf(in, {l}, cols);
    if (cells.size() < 2 || cells[0].text.empty()) return false;
    for (std::size_t k = 1; k < cells.size(); ++k)
        for (const Unit& u : cells[k].text)
            if (isDigitFast(static_cast<UChar32>(u.c))) return true;
    return false;
}

// Grids whose rows run over several lines, their cells joined (see the header).
Units unwrapGridTables(const Units& in) {
    const std::vector<Span> ls = lines(in);
    Units out;
    out.reserve(in.size());
    std::size_t li = 0;
    while (li < ls.size()) {
        const std::vector<std::size_t> cols = corners(in, ls[li]);
        if (cols.empty()) {
            copyLine(out, in, ls[li++]);
            continue;
        }
        // The grid runs while its lines are borders or rows of bars; rows
        // between two borders are one row of the table.
        ++li;
        std::vector<Span> row;
        bool lastLabelled = false;  // of row.back()
        while (li < ls.size() && (barLine(in, ls[li]) || !corners(in, ls[li]).empty())) {
            if (barLine(in, ls[li])) {
                const bool labelled = labelledFigures(in, ls[li], cols);
                if (!row.empty() && lastLabelled && labelled) {
                    emitRow(out, in, row, cols);
                    row.clear();
                }
                lastLabelled = labelled;
                row.push_back(ls[li++]);
                continue;
            }
            if (!row.empty()) emitRow(out, in, row, cols);
            row.clear();
            ++li;
        }
        if (!row.empty()) emitRow(out, in, row, cols);
    }
    return out;
}

}  // namespace

Units readBarTables(const Units& in) { return markdownRows(unwrapGridTables(in)); }

}  // namespace svarbrev
