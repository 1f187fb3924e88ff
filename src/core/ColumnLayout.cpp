#include "ColumnLayout.hpp"

#include "Segmenter.hpp"
#include "UnitLines.hpp"

#include <unicode/uchar.h>

#include <algorithm>
#include <map>

namespace svarbrev {
namespace {

constexpr std::size_t kMinColumn = 20;  // a right column starts at least this far into the line
constexpr std::size_t kMinGap = 2;      // spaces before the right column
constexpr int kMinSplitLines = 4;

// A unit's column: its distance from the line's start in the original, so
// a mark the normaliser dropped ("89¹") moves no column.
std::size_t column(const Units& in, Span l, std::size_t k) { return static_cast<std::size_t>(in[k].origStart - in[l.first].origStart); }

// The first unit of the line at or past column `col` (the line's end when none is).
std::size_t unitAt(const Units& in, Span l, std::size_t col) {
    std::size_t k = l.first;
    while (k < l.second && column(in, l, k) < col) ++k;
    return k;
}

// How a line sits against a right column at `col`.
enum class Fit { Blank, Both, LeftOnly, RightOnly, Neither };

Fit fit(const Units& in, Span l, std::size_t col) {
    const std::size_t a = firstSolid(in, l);
    if (a == l.second) return Fit::Blank;
    if (column(in, l, a) == col) return Fit::RightOnly;
    if (column(in, l, a) > col) return Fit::Neither;
    std::size_t end = l.second;
    while (end > a && blank(in[end - 1].c)) --end;
    if (column(in, l, end - 1) + kMinGap <= col) return Fit::LeftOnly;
    const std::size_t c = unitAt(in, l, col);
    if (c >= l.second || column(in, l, c) != col || blank(in[c].c) || c < l.first + kMinGap) return Fit::Neither;
    for (std::size_t k = c - kMinGap; k < c; ++k)
        if (!blank(in[k].c)) return Fit::Neither;
    return Fit::Both;
}

// Words, not a table row's figures: how many, and the longest.
std::pair<int, int> words(const Units& in, std::size_t from, std::size_t to) {
    int n = 0, letters = 0, longest = 0;
    for (std::size_t k = from; k <= to; ++k) {
        if (k < to && u_isalpha(static_cast<UChar32>(in[k].c))) { ++letters; continue; }
        if (k < to && !blank(in[k].c)) continue;
        if (letters) ++n;
        longest = std::max(longest, letters);
        letters = 0;
    }
    return {n, longest};
}

// Both halves of a line are words, and one of them is prose (a heading
// beside prose is): a table's row has figures on its right.
bool proseBeside(const Units& in, std::size_t from, std::size_t at, std::size_t to) {
    const auto [ln, ll] = words(in, from, at);
    const auto [rn, rl] = words(in, at, to);
    return ll >= 3 && rl >= 3 && (ln >= 2 || rn >= 2);
}

// The right column's start in a line: where text resumes after a gap of spaces.
std::vector<std::size_t> resumes(const Units& in, Span l) {
    std::vector<std::size_t> out;
    std::size_t run = 0;
    bool solid = false;
    for (std::size_t k = l.first; k < l.second; ++k) {
        if (in[k].c == ' ') { ++run; continue; }
        if (solid && run >= kMinGap + 1 && column(in, l, k) >= kMinColumn) out.push_back(column(in, l, k));
        solid = true;
        run = 0;
    }
    return out;
}

}  // namespace

std::optional<Units> readColumns(const Units& in) {
    const auto L = lines(in);
    std::vector<std::vector<std::size_t>> resumed;  // each line's, read once: a line votes in the windows of 8 lines it lies in
    resumed.reserve(L.size());
    for (const Span l : L) resumed.push_back(resumes(in, l));
    bool found = false;
    Units out;
    out.reserve(in.size() + 16);
    std::size_t i = 0;
    while (i < L.size()) {
        // The column most of the next lines resume at, if any.
        std::map<std::size_t, int> votes;
        for (std::size_t k = i; k < L.size() && k < i + 8; ++k)
            for (std::size_t c : resumed[k]) ++votes[c];
        std::size_t col = 0;
        int best = 0;
        for (auto [c, n] : votes)
            if (n > best) best = n, col = c;
        std::size_t end = i;
        int split = 0, proseSplit = 0;
        if (best >= kMinSplitLines && fit(in, L[i], col) == Fit::Both) {
            for (bool lastBlank = false; end < L.size(); ++end) {
                const Fit f = fit(in, L[end], col);
                if (f == Fit::Neither || (f == Fit::Blank && lastBlank)) break;
                lastBlank = f == Fit::Blank;
                if (f == Fit::Both) {
                    ++split;
                    const std::size_t c = unitAt(in, L[end], col);
                    proseSplit += proseBeside(in, L[end].first, c, L[end].second);
                }
            }
            while (end > i && fit(in, L[end - 1], col) == Fit::Blank) --end;
        }
        if (split < kMinSplitLines || proseSplit * 4 < split * 3) {
            copyLine(out, in, L[i]);
            ++i;
            continue;
        }
        // The left column, then the right one, each line with its line break.
        // A column's lines are half as long as the page's: lines wrapped
        // inside a sentence are joined here, as a page's are by the segmenter.
        auto emit = [&](bool right) {
            bool open = false;  // the last line emitted may run on into the next
            for (std::size_t k = i; k < end; ++k) {
                const Span l = L[k];
                const std::size_t c = unitAt(in, l, col);
                std::size_t a = right ? c : l.first, e = right ? l.second : c;
                while (a < e && blank(in[a].c)) ++a;
                while (e > a && blank(in[e - 1].c)) --e;
                if (open && a < e && runsOn(static_cast<UChar32>(in[a].c))) {
                    // "bor-" over "gere" is one word; other breaks become a space.
                    out.pop_back();
                    if (out.size() >= 2 && out.back().c == '-' && u_isalpha(static_cast<UChar32>(out[out.size() - 2].c))) out.pop_back();
                    else out.push_back({U' ', out.back().origEnd, out.back().origEnd});
                }
                out.insert(out.end(), in.begin() + static_cast<std::ptrdiff_t>(a), in.begin() + static_cast<std::ptrdiff_t>(e));
                out.push_back(l.second < in.size() ? in[l.second] : Unit{U'\n', in[l.second - 1].origEnd, in[l.second - 1].origEnd});
                open = a < e && !closesSentence(static_cast<UChar32>(in[e - 1].c));
            }
        };
        found = true;
        emit(false);
        if (L[end - 1].second < in.size()) out.push_back(in[L[end - 1].second]);  // a blank line between the columns
        emit(true);
        i = end;
    }
    if (!found) return std::nullopt;
    return out;
}

}  // namespace svarbrev
