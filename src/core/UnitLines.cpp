#include "UnitLines.hpp"

namespace svarbrev {

std::vector<Span> lines(const Units& in) {
    std::vector<Span> out;
    std::size_t i = 0;
    while (i < in.size()) {
        std::size_t e = i;
        while (e < in.size() && in[e].c != '\n') ++e;
        out.emplace_back(i, e);
        i = e + 1;
    }
    return out;
}

void appendUnits(Units& out, const Units& in, std::size_t a, std::size_t b) {
    out.insert(out.end(), in.begin() + static_cast<std::ptrdiff_t>(a), in.begin() + static_cast<std::ptrdiff_t>(b));
}

void appendAs(Units& out, char32_t c, const Units& in, std::size_t at) { out.push_back({c, in[at].origStart, in[at].origEnd}); }

void copyLine(Units& out, const Units& in, Span l) {
    out.insert(out.end(), in.begin() + static_cast<std::ptrdiff_t>(l.first), in.begin() + static_cast<std::ptrdiff_t>(l.second));
    if (l.second < in.size()) out.push_back(in[l.second]);
}

std::size_t firstSolid(const Units& in, Span l) {
    std::size_t a = l.first;
    while (a < l.second && blank(in[a].c)) ++a;
    return a;
}

std::vector<Span> wordsOf(const Units& in, Span l) {
    std::vector<Span> out;
    for (std::size_t i = l.first; i < l.second;) {
        while (i < l.second && blank(in[i].c)) ++i;
        const std::size_t a = i;
        while (i < l.second && !blank(in[i].c)) ++i;
        if (i > a) out.push_back({a, i});
    }
    return out;
}

std::vector<Span> gapParts(const Units& in, Span l) {
    std::vector<Span> out;
    auto gapAt = [&](std::size_t p) { return in[p].c == '\t' || (in[p].c == ' ' && p + 1 < l.second && blank(in[p + 1].c)); };
    std::size_t i = firstSolid(in, l);
    std::size_t start = i;
    while (i < l.second) {
        if (!gapAt(i)) {
            ++i;
            continue;
        }
        out.push_back({start, i});
        while (i < l.second && blank(in[i].c)) ++i;
        start = i;
    }
    if (start < l.second) out.push_back({start, l.second});
    return out;
}

}  // namespace svarbrev
