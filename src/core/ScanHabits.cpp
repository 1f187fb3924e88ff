#include "ScanHabits.hpp"

#include "CharClass.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

namespace svarbrev {

namespace {

// A habit is the scanner's when it explains this many different words: up
// to three or four are as often common words the lexicon lacks that happen
// to sit one letter from known ones ("side" from "sige", "mand" from "mange").
constexpr std::size_t kEvidence = 5;
constexpr std::size_t kMaxHabits = 4;
// Words shorter than this are too many letters from too few known words to
// tell a habit; they are repaired by it all the same ("tra" for "fra").
constexpr std::size_t kEvidenceLength = 3;
constexpr std::size_t kLongEvidence = 8;  // a word this long may hold a class's damage as well
constexpr std::size_t kPlainEvidence = 2;  // plain words that make a habit worth looking for in the others
constexpr std::size_t kMaxGapAt = 64;        // a gap's place fits six bits
constexpr std::size_t kMaxSubstitutions = 3;  // per word
constexpr std::size_t kMaxSpellings = 512;     // tried per word: a long word with many sites stops there

// A word as a scan has it: letters, a 0 or 1 between letters ("J0bcenter"),
// and a digit that opens a run of small letters ("5ager", "5idste").
template <class Visit>
void forEachWord(const Units& text, Visit&& visit) {
    const std::size_t n = text.size();
    auto letter = [&](std::size_t k) { return isAlphaFast(static_cast<UChar32>(text[k].c)); };
    auto small = [&](std::size_t k) { return k < n && u_islower(static_cast<UChar32>(text[k].c)); };
    auto digitOpens = [&](std::size_t k) {
        return isDigitFast(static_cast<UChar32>(text[k].c)) && (k == 0 || !isAlnumFast(static_cast<UChar32>(text[k - 1].c))) && small(k + 1) && small(k + 2);
    };
    std::size_t i = 0;
    while (i < n) {
        if (!letter(i) && !digitOpens(i)) { ++i; continue; }
        std::size_t j = i + 1;
        while (j < n && (letter(j) || ((text[j].c == '0' || text[j].c == '1') && j + 1 < n && letter(j + 1)))) ++j;
        visit(i, j);
        i = j;
    }
}

std::u32string lowered(const Units& text, std::size_t from, std::size_t to) {
    std::u32string w;
    w.reserve(to - from);
    for (std::size_t k = from; k < to; ++k) w.push_back(lowerChar(text[k].c));
    return w;
}

// One substitution hides another when either spelling holds the other: "e"
// for "er" is a missing ending, not a misread letter.
bool misreading(std::u32string_view damaged, std::u32string_view meant) {
    return damaged != meant && damaged.find(meant) == std::u32string_view::npos && meant.find(damaged) == std::u32string_view::npos;
}

// The best known word the habits make of `word`: fewest substitutions, then
// nearest under the confusion classes; empty if none.
std::u32string repairedBy(const std::u32string& word, const std::vector<Substitution>& habits, const OcrRepair& words) {
    std::u32string best, buf;
    double bestCost = 1e9;
    std::size_t leaves = 0;
    auto visit = [&](auto&& self, std::size_t pos, std::size_t subs) -> void {
        if (++leaves > kMaxSpellings) return;
        if (pos == word.size()) {
            if (subs == 0) return;
            if (words.knows(buf.data(), buf.size())) {
                if (subs < bestCost) { bestCost = static_cast<double>(subs); best = buf; }
                return;
            }
            const std::u32string known = words.correct(buf);
            if (known.empty()) return;
            const double cost = static_cast<double>(subs) + words.distance(buf, known);
            if (cost < bestCost) { bestCost = cost; best = known; }
            return;
        }
        const std::size_t mark = buf.size();
        if (subs < kMaxSubstitutions) {
            for (const Substitution& h : habits) {
                if (word.compare(pos, h.damaged.size(), h.damaged) != 0) continue;
                buf += h.meant;
                self(self, pos + h.damaged.size(), subs + 1);
                buf.resize(mark);
            }
        }
        buf.push_back(word[pos]);
        self(self, pos + 1, subs);
        buf.resize(mark);
    };
    visit(visit, 0, 0);
    return best;
}

// A word with a gap of one or two letters, named by what stands either side.
uint64_t gapKey(const char32_t* w, std::size_t n, std::size_t pos, std::size_t len) {
    const char32_t gap = 1;
    return fnv1a(w + pos + len, n - pos - len, fnv1a(&gap, 1, fnv1a(w, pos)));
}

// Every known word with each gap it can have: a damaged word finds the known
// words one substitution from it by its own gaps, not by trying every letter.
class GapIndex {
public:
    explicit GapIndex(const OcrRepair& words) : known_(words.knownWords()) {
        for (uint32_t k = 0; k < known_.size(); ++k) {
            const std::u32string& w = known_[k];
            for (uint32_t pos = 0; pos < w.size() && pos < kMaxGapAt; ++pos) {
                for (uint32_t len = 1; len <= 2 && pos + len <= w.size(); ++len) keys_.push_back({gapKey(w.data(), w.size(), pos, len), k << 8 | pos << 2 | len});
            }
        }
        std::sort(keys_.begin(), keys_.end());
    }
    // The known words that match `w` but for its letters pos..pos+len, each
    // with the length of what stands in their gap.
    std::vector<std::pair<const std::u32string*, std::size_t>> around(const std::u32string& w, std::size_t pos, std::size_t len) const {
        std::vector<std::pair<const std::u32string*, std::size_t>> out;
        const uint64_t key = gapKey(w.data(), w.size(), pos, len);
        for (auto it = std::lower_bound(keys_.begin(), keys_.end(), std::make_pair(key, uint32_t{0})); it != keys_.end() && it->first == key; ++it) {
            const std::u32string& k = known_[it->second >> 8];
            const std::size_t at = (it->second >> 2) & 63, gap = it->second & 3;
            // (The key is a hash: the letters either side are checked.)
            if (at != pos || k.size() - gap != w.size() - len || k.compare(0, pos, w, 0, pos) != 0 ||
                k.compare(pos + gap, std::u32string::npos, w, pos + len, std::u32string::npos) != 0) {
                continue;
            }
            out.push_back({&k, gap});
        }
        return out;
    }

private:
    std::vector<std::u32string> known_;
    std::vector<std::pair<uint64_t, uint32_t>> keys_;  // sorted; word << 8 | gap's place << 2 | gap's length
};

// Built once, on the first damaged scan, over the process's repairer.
const GapIndex& gapIndex(const OcrRepair& words) {
    static const GapIndex index(words);
    return index;
}

}  // namespace

std::vector<Substitution> learnScanHabits(const Units& text, const OcrRepair& words) {
    struct Unknown {
        std::u32string word;
        bool unread;  // no known word under the confusion classes either
    };
    std::vector<Unknown> unknown;
    std::unordered_set<std::u32string> seen;
    forEachWord(text, [&](std::size_t from, std::size_t to) {
        if (to - from < kEvidenceLength) return;
        std::u32string w = lowered(text, from, to);
        if (words.knows(w) || !seen.insert(w).second) return;
        const bool unread = !words.readsAsKnown(w.data(), w.size());
        unknown.push_back({std::move(w), unread});
    });
    // Each habit a known word one substitution away shows, with the words it explains.
    const GapIndex& index = gapIndex(words);
    std::map<std::pair<std::u32string, std::u32string>, std::set<std::size_t>> explained;
    for (std::size_t n = 0; n < unknown.size(); ++n) {
        const std::u32string& w = unknown[n].word;
        for (std::size_t pos = 0; pos < w.size() && pos < kMaxGapAt; ++pos) {
            for (std::size_t len = 1; len <= 2 && pos + len <= w.size(); ++len) {
                for (const auto& [known, knownLen] : index.around(w, pos, len)) {
                    // One letter read as one or two ("n" for "ri"), two as one ("in" for "m").
                    if (len == 2 && knownLen == 2) continue;
                    std::pair<std::u32string, std::u32string> habit{w.substr(pos, len), known->substr(pos, knownLen)};
                    // (A confusion class's own pair is read already.)
                    if (misreading(habit.first, habit.second) && !words.readAlike(habit.first, habit.second)) explained[habit].insert(n);
                }
            }
        }
    }
    // A word may hold a class's damage as well ("opkvaliticenng" is
    // "opkvalificering" with t for f, which the classes read, and n for ri):
    // a habit seen in plain words is looked for in those too.
    auto classesOnly = [&](const std::u32string& c) {
        if (!words.readsAsKnown(c.data(), c.size())) return false;
        const std::u32string known = words.correct(c);
        return !known.empty() && words.distance(c, known) < 1;
    };
    std::u32string candidate;
    for (auto& [habit, by] : explained) {
        if (by.size() < kPlainEvidence) continue;
        for (std::size_t n = 0; n < unknown.size(); ++n) {
            const std::u32string& w = unknown[n].word;
            if (!unknown[n].unread || w.size() < kLongEvidence || by.count(n)) continue;
            for (std::size_t at = w.find(habit.first); at != std::u32string::npos; at = w.find(habit.first, at + 1)) {
                candidate.assign(w, 0, at);
                candidate += habit.second;
                candidate.append(w, at + habit.first.size());
                if (classesOnly(candidate)) { by.insert(n); break; }
            }
        }
    }
    std::vector<std::pair<const std::set<std::size_t>*, Substitution>> ranked;
    for (const auto& [habit, by] : explained) {
        if (by.size() >= kEvidence) ranked.push_back({&by, {habit.first, habit.second}});
    }
    std::stable_sort(ranked.begin(), ranked.end(), [](const auto& a, const auto& b) { return a.first->size() > b.first->size(); });
    // A habit counts the words no stronger one explains: "c" read for "e"
    // explains "borgcr"; "c" for "er" ("borgerr") only repeats it.
    std::vector<Substitution> habits;
    std::unordered_set<std::size_t> accounted;
    for (const auto& [by, habit] : ranked) {
        std::size_t fresh = 0;
        for (std::size_t w : *by) fresh += !accounted.count(w);
        if (fresh < kEvidence) continue;
        accounted.insert(by->begin(), by->end());
        habits.push_back(habit);
        if (habits.size() == kMaxHabits) break;
    }
    return habits;
}

Units applyScanHabits(const Units& text, const std::vector<Substitution>& habits, const OcrRepair& words) {
    if (habits.empty()) return text;
    // "af" after a count, as the habits damage it: "13 at dem" where f reads as t.
    std::unordered_set<std::u32string> damagedAf;
    for (const Substitution& h : habits) {
        std::u32string af = U"af";
        const std::size_t at = af.find(h.meant);
        if (at == std::u32string::npos) continue;
        af.replace(at, h.meant.size(), h.damaged);
        if (words.knows(af)) damagedAf.insert(af);
    }
    std::unordered_map<std::u32string, std::u32string> repaired;  // per distinct word
    Units out;
    out.reserve(text.size());
    std::size_t copied = 0;
    forEachWord(text, [&](std::size_t from, std::size_t to) {
        const std::u32string w = lowered(text, from, to);
        std::u32string fixed;
        if (damagedAf.count(w)) {
            std::size_t k = from;
            while (k > 0 && text[k - 1].c == ' ') --k;
            if (k < from && k > 0 && isDigitFast(static_cast<UChar32>(text[k - 1].c))) fixed = U"af";
        } else if (!words.knows(w)) {
            auto it = repaired.find(w);
            if (it == repaired.end()) it = repaired.emplace(w, repairedBy(w, habits, words)).first;
            fixed = it->second;
        }
        if (fixed.empty()) return;
        bool allUpper = to - from > 1;
        for (std::size_t k = from; k < to && allUpper; ++k) allUpper = u_isupper(static_cast<UChar32>(text[k].c)) != 0;
        for (std::size_t k = 0; k < fixed.size(); ++k) {
            if (allUpper || (k == 0 && u_isupper(static_cast<UChar32>(text[from].c)))) fixed[k] = static_cast<char32_t>(u_toupper(static_cast<UChar32>(fixed[k])));
        }
        out.insert(out.end(), text.begin() + static_cast<std::ptrdiff_t>(copied), text.begin() + static_cast<std::ptrdiff_t>(from));
        spreadWord(fixed, text.data() + from, to - from, out);
        copied = to;
    });
    out.insert(out.end(), text.begin() + static_cast<std::ptrdiff_t>(copied), text.end());
    return out;
}

}  // namespace svarbrev
