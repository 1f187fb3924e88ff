#include "RatioColumns.hpp"

#include "UnitLines.hpp"

#include <unicode/uchar.h>

#include <optional>

namespace svarbrev {
namespace {

bool letter(char32_t c) { return u_isalpha(static_cast<UChar32>(c)); }

struct RatioRow {
    Span label, part, whole;
    std::size_t slash;
};

// "Uddannelseshjælp             11/12": a label, a gap of two spaces or a
// tab, and a part no larger than its whole, alone at the line's end.
std::optional<RatioRow> ratioRow(const Units& u, Span l) {
    std::size_t e = l.second;
    while (e > l.first && blank(u[e - 1].c)) --e;
    std::size_t k = e;
    while (k > l.first && asciiDigit(u[k - 1].c)) --k;
    if (k == e || k == l.first || u[k - 1].c != '/') return std::nullopt;
    const std::size_t slash = k - 1;
    std::size_t p = slash;
    while (p > l.first && asciiDigit(u[p - 1].c)) --p;
    if (p == slash || p - l.first < 3) return std::nullopt;
    const bool gap = u[p - 1].c == '\t' || (blank(u[p - 1].c) && blank(u[p - 2].c));
    if (!gap) return std::nullopt;
    std::size_t le = p;
    while (le > l.first && blank(u[le - 1].c)) --le;
    const std::size_t ls = firstSolid(u, l);
    if (ls >= le || !letter(u[ls].c) || slash - p > 6 || e - k > 6) return std::nullopt;
    auto value = [&](std::size_t a, std::size_t b) {
        long v = 0;
        for (std::size_t x = a; x < b; ++x) v = v * 10 + static_cast<long>(u[x].c - '0');
        return v;
    };
    if (value(p, slash) > value(k, e)) return std::nullopt;
    return RatioRow{{ls, le}, {p, slash}, {k, e}, slash};
}

// "aktive/målgruppe": two words joined by a slash, each of three letters or more.
std::optional<std::pair<Span, Span>> legendWords(const Units& u, Span l) {
    for (std::size_t s = l.first; s < l.second; ++s) {
        if (u[s].c != '/') continue;
        std::size_t a = s;
        while (a > l.first && letter(u[a - 1].c)) --a;
        std::size_t b = s + 1;
        while (b < l.second && letter(u[b].c)) ++b;
        if (s - a >= 3 && b - s - 1 >= 3) return std::make_pair(Span{a, s}, Span{s + 1, b});
    }
    return std::nullopt;
}

}  // namespace

Units ratioRowsToColumns(const Units& u) {
    const std::vector<Span> all = lines(u);
    std::vector<std::optional<RatioRow>> rows(all.size());
    for (std::size_t l = 0; l < all.size(); ++l) rows[l] = ratioRow(u, all[l]);
    Units out;
    std::size_t next = 0;  // the next unit of u to copy
    for (std::size_t l = 0; l < all.size();) {
        std::size_t end = l;
        while (end < all.size() && rows[end]) ++end;
        std::optional<std::pair<Span, Span>> legend;
        for (std::size_t k = l; end - l >= 2 && k > 0 && l - k < 4 && !legend; --k) legend = legendWords(u, all[k - 1]);
        if (end - l < 2 || !legend) { l = std::max(end, l + 1); continue; }
        appendUnits(out, u, next, all[l].first);
        const auto [partWord, wholeWord] = *legend;
        appendAs(out, '\t', u, partWord.first);
        appendUnits(out, u, partWord.first, partWord.second);
        appendAs(out, '\t', u, partWord.second);
        appendUnits(out, u, wholeWord.first, wholeWord.second);
        appendAs(out, '\n', u, wholeWord.second - 1);
        next = all[l].first;
        for (std::size_t r = l; r < end; ++r) {
            const RatioRow& row = *rows[r];
            appendUnits(out, u, next, row.label.second);
            appendAs(out, '\t', u, row.label.second);
            appendUnits(out, u, row.part.first, row.part.second);
            appendAs(out, '\t', u, row.slash);
            appendUnits(out, u, row.whole.first, row.whole.second);
            next = row.whole.second;
        }
        l = end;
    }
    appendUnits(out, u, next, u.size());
    return out;
}

}  // namespace svarbrev
