#include "FlatRows.hpp"

#include "UnitLines.hpp"

#include <unicode/uchar.h>

namespace svarbrev {
namespace {

// A cell: a figure ("19", "84,3") or a dash for none.
bool cell(const Units& u, Span w) {
    if (w.second - w.first == 1 && (u[w.first].c == '-' || u[w.first].c == 0x2013)) return true;
    for (std::size_t i = w.first; i < w.second; ++i) {
        const char32_t c = u[i].c;
        if (!asciiDigit(c) && !((c == '.' || c == ',') && i > w.first && i + 1 < w.second)) return false;
    }
    return true;
}

bool capitalised(const Units& u, Span w) { return u_isupper(static_cast<UChar32>(u[w.first].c)) && !cell(u, w); }

struct Group {
    std::size_t label, cells, end;  // word indexes: label's first, first cell, one past the last cell
};

}  // namespace

Units setOutFlatRows(const Units& u) {
    const std::vector<Span> ls = lines(u);
    Units out;
    std::size_t next = 0;
    for (const Span& l : ls) {
        if (l.second - l.first < 200) continue;
        const std::vector<Span> w = wordsOf(u, l);
        for (std::size_t k = 0; k < w.size();) {
            // Groups from the run of cells at k: each a label of up to six words, then n cells.
            if (!cell(u, w[k]) || k == 0 || cell(u, w[k - 1])) { ++k; continue; }
            std::size_t n = 0;
            while (k + n < w.size() && cell(u, w[k + n])) ++n;
            if (n < 2 || k < n + 1) { k += std::max<std::size_t>(n, 1); continue; }
            std::vector<Group> groups{{k - 1, k, k + n}};
            for (std::size_t g = k + n; g < w.size();) {
                std::size_t c = g;
                while (c < w.size() && c - g < 6 && !cell(u, w[c])) ++c;
                std::size_t m = 0;
                while (c + m < w.size() && cell(u, w[c + m])) ++m;
                if (c == g || m != n || !capitalised(u, w[g])) break;
                groups.push_back({g, c, c + m});
                g = c + m;
            }
            // The heading: n capitalised words right before the first label.
            const std::size_t head = groups[0].label - n;
            bool named = groups.size() >= 3;
            for (std::size_t h = head; named && h < groups[0].label; ++h) named = capitalised(u, w[h]);
            if (!named) { k = groups.back().end; continue; }
            appendUnits(out, u, next, w[head].first);
            appendAs(out, '\n', u, w[head].first);
            for (std::size_t h = head; h < groups[0].label; ++h) {
                appendAs(out, '\t', u, w[h].first);
                appendUnits(out, u, w[h].first, w[h].second);
            }
            for (const Group& g : groups) {
                appendAs(out, '\n', u, w[g.label].first);
                appendUnits(out, u, w[g.label].first, w[g.cells - 1].second);
                for (std::size_t c = g.cells; c < g.end; ++c) {
                    appendAs(out, '\t', u, w[c].first);
                    appendUnits(out, u, w[c].first, w[c].second);
                }
            }
            appendAs(out, '\n', u, w[groups.back().end - 1].second - 1);
            next = groups.back().end < w.size() ? w[groups.back().end].first : l.second;
            k = groups.back().end;
        }
    }
    appendUnits(out, u, next, u.size());
    return out;
}

}  // namespace svarbrev
