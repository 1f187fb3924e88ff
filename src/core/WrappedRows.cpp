#include "WrappedRows.hpp"

#include "UnitLines.hpp"

#include <unicode/uchar.h>

namespace svarbrev {
namespace {


// A part that is a figure, a share or a dash ("18", "4/4", "84,3", "–").
bool figure(const Units& u, Span p) {
    bool any = false;
    for (std::size_t i = p.first; i < p.second; ++i) {
        const char32_t c = u[i].c;
        if (asciiDigit(c)) any = true;
        else if (c != '.' && c != ',' && c != '/' && c != '%' && c != '-' && c != 0x2013) return false;
    }
    return any || (p.second - p.first == 1 && (u[p.first].c == '-' || u[p.first].c == 0x2013));
}

bool allFigures(const Units& u, const std::vector<Span>& parts, std::size_t from) {
    for (std::size_t k = from; k < parts.size(); ++k) {
        if (!figure(u, parts[k])) return false;
    }
    return parts.size() > from;
}

// A row: a label that opens with a letter, then two figures or more.
bool labelledRow(const Units& u, const std::vector<Span>& parts) {
    return parts.size() >= 3 && u_isalpha(static_cast<UChar32>(u[parts[0].first].c)) && allFigures(u, parts, 1);
}

}  // namespace

Units joinWrappedRows(const Units& u) {
    const std::vector<Span> ls = lines(u);
    std::vector<std::vector<Span>> parts(ls.size());
    for (std::size_t l = 0; l < ls.size(); ++l) parts[l] = gapParts(u, ls[l]);
    Units out;
    std::size_t next = 0;  // the next unit of u to copy
    // One tab row of the parts of two lines.
    auto joined = [&](std::size_t a, std::size_t b) {
        bool first = true;
        for (std::size_t l : {a, b}) {
            for (const Span& p : parts[l]) {
                if (!first) appendAs(out, '\t', u, p.first);
                first = false;
                appendUnits(out, u, p.first, p.second);
            }
        }
        appendUnits(out, u, ls[b].second, std::min(ls[b].second + 1, u.size()));
    };
    for (std::size_t l = 0; l + 3 < ls.size();) {
        // Row pairs from l on: a labelled row, then a line of figures alone.
        std::size_t end = l;
        while (end + 1 < ls.size() && labelledRow(u, parts[end]) && allFigures(u, parts[end + 1], 0) &&
               parts[end].size() == parts[l].size() && parts[end + 1].size() == parts[l + 1].size()) {
            end += 2;
        }
        if (end - l < 4) {
            ++l;
            continue;
        }
        // The heading over them, on two lines: as many names as the rows' cells.
        const bool heading = l >= 2 && parts[l - 2].size() == parts[l].size() && parts[l - 1].size() == parts[l + 1].size() &&
                             !allFigures(u, parts[l - 1], 0) && u_isalpha(static_cast<UChar32>(u[parts[l - 2][0].first].c));
        const std::size_t top = heading ? l - 2 : l;
        if (ls[top].first < next) {
            l = end;
            continue;
        }
        appendUnits(out, u, next, ls[top].first);
        for (std::size_t r = top; r < end; r += 2) joined(r, r + 1);
        next = end < ls.size() ? ls[end].first : u.size();
        l = end;
    }
    appendUnits(out, u, next, u.size());
    return out;
}

}  // namespace svarbrev
