#include "Bridges.hpp"

#include "UnitLines.hpp"

namespace svarbrev {
namespace {

bool sign(char32_t c) { return c == '-' || c == '+' || c == 0x2013 || c == 0x2212; }

// Where the count that ends a line starts ("-2", "+3", "48"), with its sign; npos when none does.
std::size_t endingCount(const Units& u, Span l, bool& signedCount) {
    std::size_t e = l.second;
    while (e > l.first && blank(u[e - 1].c)) --e;
    std::size_t k = e;
    while (k > l.first && asciiDigit(u[k - 1].c)) --k;
    if (k == e || e - k > 5) return std::string::npos;
    signedCount = k > l.first && sign(u[k - 1].c);
    const std::size_t at = signedCount ? k - 1 : k;
    // A gap before it: two blanks or a tab.
    if (at < l.first + 2 || !(u[at - 1].c == '\t' || (blank(u[at - 1].c) && blank(u[at - 2].c)))) return std::string::npos;
    return at;
}

// "– overgået til fleksjob   -2", "+ har rundet fem år   +3": a sign, a blank, words, a signed count.
bool changeLine(const Units& u, Span l) {
    const std::size_t a = firstSolid(u, l);
    bool signedCount = false;
    return a + 2 < l.second && sign(u[a].c) && blank(u[a + 1].c) && endingCount(u, l, signedCount) != std::string::npos && signedCount;
}

// "= I målgruppen 31.12.2018   48".
bool resultLine(const Units& u, Span l) {
    const std::size_t a = firstSolid(u, l);
    bool signedCount = false;
    return a + 2 < l.second && u[a].c == '=' && blank(u[a + 1].c) && endingCount(u, l, signedCount) != std::string::npos && !signedCount;
}

}  // namespace

Units bridgeResults(const Units& u) {
    const std::vector<Span> ls = lines(u);
    Units out;
    std::size_t next = 0;
    for (std::size_t l = 0; l < ls.size();) {
        // A block: lines up to the next blank one.
        std::size_t end = l;
        while (end < ls.size() && firstSolid(u, ls[end]) < ls[end].second) ++end;
        // The bridge: the earlier figure (a line ending in a count), its
        // change lines, and the "=" line right after them.
        std::size_t first = l;
        while (first < end && !changeLine(u, ls[first])) ++first;
        std::size_t result = first;
        while (result < end && changeLine(u, ls[result])) ++result;
        if (result - first < 2 || result >= end || !resultLine(u, ls[result])) {
            l = std::max(end, l + 1);
            continue;
        }
        bool signedCount = false;
        const std::size_t from = first > l && endingCount(u, ls[first - 1], signedCount) != std::string::npos && !signedCount ? first - 1 : first;
        appendUnits(out, u, next, ls[from].first);
        for (std::size_t k = from; k < result; ++k) appendUnits(out, u, ls[k].second, ls[k].second + 1);
        const Span line = ls[result];
        const std::size_t count = endingCount(u, line, signedCount);
        std::size_t labelEnd = count;
        while (labelEnd > line.first && blank(u[labelEnd - 1].c)) --labelEnd;
        std::size_t labelStart = firstSolid(u, line) + 1;
        while (labelStart < labelEnd && blank(u[labelStart].c)) ++labelStart;
        appendUnits(out, u, labelStart, labelEnd);
        appendAs(out, ':', u, labelEnd);
        appendAs(out, ' ', u, labelEnd);
        next = count;
        l = result + 1;
    }
    appendUnits(out, u, next, u.size());
    return out;
}

}  // namespace svarbrev
