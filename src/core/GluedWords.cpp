#include "GluedWords.hpp"

#include "CharClass.hpp"

#include <unicode/uchar.h>

#include <algorithm>

namespace svarbrev {
namespace {

bool isAlnumUnit(const Unit& u) { return isAlnumFast(static_cast<UChar32>(u.c)); }
bool isDigitUnit(const Unit& u) { return u.c >= '0' && u.c <= '9'; }
bool isAlphaUnit(const Unit& u) { return isAlphaFast(static_cast<UChar32>(u.c)); }

std::u32string lowered(const Units& in, std::size_t from, std::size_t to) {
    std::u32string w;
    for (std::size_t k = from; k < to; ++k) w.push_back(static_cast<char32_t>(u_tolower(static_cast<UChar32>(in[k].c))));
    return w;
}

bool allOf(const Units& in, std::size_t from, std::size_t to, bool (*test)(const Unit&)) {
    for (std::size_t k = from; k < to; ++k) {
        if (!test(in[k])) return false;
    }
    return from < to;
}

// Where the figure and the word in in[from, to) part ("41af", "de13"), or `to`.
std::size_t figureGluePoint(const Units& in, std::size_t from, std::size_t to, const OcrRepair& words) {
    // A figure and a word: "41af", "de13". The word is known and of two
    // letters or more, so codes ("G01", "H1") keep together.
    std::size_t k = from;
    while (k < to && isDigitUnit(in[k])) ++k;
    if (k > from && k < to) return to - k >= 2 && allOf(in, k, to, isAlphaUnit) && words.knows(lowered(in, k, to)) ? k : to;
    k = from;
    while (k < to && isAlphaUnit(in[k])) ++k;
    if (k < to) return k - from >= 2 && allOf(in, k, to, isDigitUnit) && words.knows(lowered(in, from, k)) ? k : to;
    return to;
}

// Where the two words of in[from, to) part ("afdem", "Treaf"), or `to`.
std::size_t wordGluePoint(const Units& in, std::size_t from, std::size_t to, const OcrRepair& words) {
    // A known run, or one in capitals, stays whole.
    if (to - from < 3 || !allOf(in, from, to, isAlphaUnit) || words.knows(lowered(in, from, to))) return to;
    if (u_isupper(static_cast<UChar32>(in[from + 1].c))) return to;
    // A capitalised run is a name more often than two words, unless a part
    // is a short word ("Nuer", "Treaf") or it opens a sentence.
    bool opensSentence = true;
    if (u_isupper(static_cast<UChar32>(in[from].c))) {
        std::size_t b = from;
        while (b > 0 && in[b - 1].c == ' ') --b;
        opensSentence = b > 0 && b < from && (in[b - 1].c == '.' || in[b - 1].c == '?' || in[b - 1].c == '!');
    }
    std::size_t best = to, bestShorter = 0;
    for (std::size_t cut = from + 1; cut < to; ++cut) {
        const std::size_t shorter = std::min(cut - from, to - cut);
        if (!opensSentence && shorter > 3) continue;
        if (shorter <= bestShorter || !words.knows(lowered(in, from, cut)) || !words.knows(lowered(in, cut, to))) continue;
        best = cut;
        bestShorter = shorter;
    }
    return best;
}

// Addresses and codes are no glued words: "jobcenter2@", "www.odense.dk".
bool technical(const Units& in, std::size_t from, std::size_t to) {
    const char32_t before = from > 0 ? in[from - 1].c : U' ';
    const char32_t after = to < in.size() ? in[to].c : U' ';
    return before == '@' || after == '@' || before == '/' || after == '/' || before == '-' || after == '-' ||
           (before == '.' && from > 1 && isAlnumUnit(in[from - 2])) || (after == '.' && to + 1 < in.size() && isAlnumUnit(in[to + 1]));
}

}  // namespace

Units splitGluedWords(const Units& in, const OcrRepair& words) {
    // Each alphanumeric run that is no address or code, by [from, to).
    std::vector<std::pair<std::size_t, std::size_t>> runs;
    for (std::size_t i = 0; i < in.size();) {
        if (!isAlnumUnit(in[i])) { ++i; continue; }
        std::size_t j = i;
        while (j < in.size() && isAlnumUnit(in[j])) ++j;
        if (!technical(in, i, j)) runs.emplace_back(i, j);
        i = j;
    }
    std::vector<std::size_t> cuts;
    for (const auto& [from, to] : runs) {
        const std::size_t cut = figureGluePoint(in, from, to, words);
        if (cut < to) cuts.push_back(cut);
    }
    // Words glued to figures show the scan lost its spaces; then, and only
    // then, two known words run together are two words too.
    if (cuts.size() >= 2) {
        for (const auto& [from, to] : runs) {
            const std::size_t cut = wordGluePoint(in, from, to, words);
            if (cut < to) cuts.push_back(cut);
        }
        std::sort(cuts.begin(), cuts.end());
    }
    Units out;
    out.reserve(in.size() + cuts.size());
    std::size_t next = 0;
    for (std::size_t k = 0; k < in.size(); ++k) {
        if (next < cuts.size() && cuts[next] == k) {
            out.push_back({U' ', in[k].origStart, in[k].origStart});
            ++next;
        }
        out.push_back(in[k]);
    }
    return out;
}

}  // namespace svarbrev
