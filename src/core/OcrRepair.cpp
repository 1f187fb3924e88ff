#include "OcrRepair.hpp"

#include "CharClass.hpp"
#include "DateParser.hpp"

#include <unicode/uchar.h>

#include <algorithm>
#include <optional>

namespace svarbrev {

std::u32string toU32(std::string_view utf8) {
    std::u32string out;
    for (const Unit& u : decodeUnits(utf8)) out.push_back(u.c);
    return out;
}

std::string fromU32(const std::u32string& s) {
    icu::UnicodeString u;
    for (char32_t c : s) u.append(static_cast<UChar32>(c));
    std::string out;
    u.toUTF8String(out);
    return out;
}

uint64_t fnv1a(const char32_t* s, std::size_t n, uint64_t h) {
    for (std::size_t k = 0; k < n; ++k) {
        h ^= static_cast<uint64_t>(s[k]);
        h *= 1099511628211ull;
    }
    return h;
}

char32_t lowerChar(char32_t c) {
    return c < 128 ? (c >= 'A' && c <= 'Z' ? c + 32 : c) : static_cast<char32_t>(u_tolower(static_cast<UChar32>(c)));
}

namespace {

uint64_t hash64(const char32_t* s, std::size_t n) {
    const uint64_t h = fnv1a(s, n);
    return h ? h : 1;  // 0 marks an empty slot
}

uint64_t hash64(const std::u32string& s) { return hash64(s.data(), s.size()); }

std::u32string lower(std::u32string w) {
    for (auto& c : w) c = lowerChar(c);
    return w;
}

}  // namespace

void OcrRepair::HashSet::reserve(std::size_t n) {
    std::size_t cap = 1024;
    while (cap < 2 * n) cap <<= 1;
    slots.assign(cap, 0);
}

void OcrRepair::HashSet::insert(uint64_t h) {
    const std::size_t mask = slots.size() - 1;
    for (std::size_t i = h & mask;; i = (i + 1) & mask) {
        if (slots[i] == h) return;
        if (slots[i] == 0) { slots[i] = h; return; }
    }
}

bool OcrRepair::HashSet::contains(uint64_t h) const {
    const std::size_t mask = slots.size() - 1;
    for (std::size_t i = h & mask;; i = (i + 1) & mask) {
        if (slots[i] == h) return true;
        if (slots[i] == 0) return false;
    }
}

OcrRepair::OcrRepair(const DomainData& data) {
    const std::size_t expected = (data.lexicon.size() + data.municipalities.size()) * (data.suffixes.size() + 1) + 16;
    known_.reserve(expected);
    skeletons_.reserve(expected);
    names_.reserve(data.municipalities.size() * 3 + 16);
    for (const auto& c : data.confusions) rules_.push_back({lower(toU32(c.from)), lower(toU32(c.to)), c.cost, c.minLength});
    // Longer sources first, so "rn" and "ee" are read before single letters.
    std::stable_sort(rules_.begin(), rules_.end(), [](const Rule& a, const Rule& b) { return a.from.size() > b.from.size(); });
    for (const Rule& r : rules_) {
        if (r.from[0] < 128) ruleStart_[r.from[0]] = true;
        else ruleStartWide_.insert(r.from[0]);
    }
    // Two spellings read alike when they share a key ("g" and "ø" both read
    // "o"), or when one is the key itself ("a" for "å"). Through a key, both
    // confusions are paid: "0" is nearer "o" than "ø" ("f0r" is "for").
    for (const Rule& r : rules_) {
        for (const Rule& q : rules_) {
            if (r.to == q.to && &r != &q) pairs_[r.from[0]].push_back({r.from, q.from, r.cost + q.cost});
        }
        pairs_[r.from[0]].push_back({r.from, r.to, r.cost});
        pairs_[r.to[0]].push_back({r.to, r.from, r.cost});
    }
    std::vector<std::u32string> suffixes{U""};
    for (const auto& s : data.suffixes) suffixes.push_back(toU32(s));
    auto add = [&](const std::u32string& w) {
        if (w.empty()) return;
        known_.insert(hash64(w));
        const std::u32string sk = skeleton(w);
        skeletons_.insert(hash64(sk));
        auto& v = index_[sk];
        if (std::find(v.begin(), v.end(), w) == v.end()) v.push_back(w);
        if (w.size() >= kLongWord && w.find(U'æ') != std::u32string::npos) {
            // A scan reads the strokeless æ as a or as e ("kontanthjalp", "uddannelseshjelp").
            for (const char32_t as : {U'a', U'e'}) {
                std::u32string strokeless = w;
                std::replace(strokeless.begin(), strokeless.end(), U'æ', as);
                variants_.emplace(hash64(strokeless), w);
            }
        }
        if (w.size() >= kLongWord && w.find(U'h', 1) != std::u32string::npos) {
            // A scan that closes h's arch reads each h inside a word as b ("kontantbjælp", "Sundbedsfagligt").
            std::u32string closed = w;
            std::replace(closed.begin() + 1, closed.end(), U'h', U'b');
            variants_.emplace(hash64(closed), w);
        }
    };
    auto addWithSuffixes = [&](const std::u32string& stem) {
        // Short words take no endings: "og" + "r" would make "ogr" a word.
        if (stem.size() < 4) { add(stem); return; }
        for (const auto& s : suffixes) add(stem + s);
    };
    for (const auto& w : data.lexicon) addWithSuffixes(lower(toU32(w)));
    for (const auto& m : data.municipalities) {
        const std::u32string name = lower(toU32(m.name));
        addWithSuffixes(name);
        names_.insert(hash64(name));
        // Each part of a joined name is read on its own ("lkast" in "lkast-Brande").
        std::size_t from = 0;
        for (std::size_t k = 0; k <= name.size(); ++k) {
            if (k < name.size() && name[k] != '-' && name[k] != ' ') continue;
            if ((from > 0 || k < name.size()) && k - from >= 4) {
                add(name.substr(from, k - from));
                names_.insert(hash64(name.substr(from, k - from)));
            }
            from = k + 1;
        }
        // Variants stay out: an ASCII spelling ("Bronderslev") is what damage looks like.
    }
}

const OcrRepair& OcrRepair::get() {
    static const OcrRepair instance(DomainData::get());
    return instance;
}

template <class Sink>
void OcrRepair::skeletonInto(const char32_t* w, std::size_t n, Sink&& out) const {
    std::size_t i = 0;
    while (i < n) {
        bool done = false;
        const char32_t c = w[i];
        // Only letters some rule starts with need a look at the rules.
        if (c < 128 ? !ruleStart_[c] : !ruleStartWide_.count(c)) {
            out(c);
            ++i;
            continue;
        }
        for (const Rule& r : rules_) {
            if (r.minLength > n) continue;
            if (i + r.from.size() <= n && std::char_traits<char32_t>::compare(w + i, r.from.data(), r.from.size()) == 0) {
                for (char32_t t : r.to) out(t);
                i += r.from.size();
                done = true;
                break;
            }
        }
        if (!done) out(w[i++]);
    }
}

std::u32string OcrRepair::skeleton(const std::u32string& w) const {
    std::u32string out;
    out.reserve(w.size() + 4);
    skeletonInto(w.data(), w.size(), [&](char32_t c) { out.push_back(c); });
    return out;
}

uint64_t OcrRepair::skeletonHash(const char32_t* w, std::size_t n) const {
    uint64_t h = 1469598103934665603ull;  // hash64 of the skeleton, without making it
    skeletonInto(w, n, [&](char32_t c) {
        h ^= static_cast<uint64_t>(c);
        h *= 1099511628211ull;
    });
    return h ? h : 1;
}

double OcrRepair::distance(const std::u32string& a, const std::u32string& b) const {
    // Weighted Levenshtein where a confusion (damaged "ee" for known "æ",
    // "g" for "ø", ...) costs its weight and any other edit costs 1.
    const std::size_t n = a.size(), m = b.size(), w = m + 1;
    // One flat table (row i at i * w): words are short, and many are tried.
    std::vector<double> d((n + 1) * w, 1e9);
    auto at = [&](std::size_t i, std::size_t j) -> double& { return d[i * w + j]; };
    at(0, 0) = 0;
    for (std::size_t i = 0; i <= n; ++i) {
        // The confusions that may start at a[i] (the same for the whole row).
        const std::vector<Pair>* confusions = nullptr;
        if (i < n) {
            auto it = pairs_.find(a[i]);
            if (it != pairs_.end()) confusions = &it->second;
        }
        for (std::size_t j = 0; j <= m; ++j) {
            const double cur = at(i, j);
            if (cur >= 1e9) continue;
            if (i < n) at(i + 1, j) = std::min(at(i + 1, j), cur + 1);
            if (j < m) at(i, j + 1) = std::min(at(i, j + 1), cur + 1);
            if (i < n && j < m) at(i + 1, j + 1) = std::min(at(i + 1, j + 1), cur + (a[i] == b[j] ? 0 : 1));
            if (confusions) {
                for (const Pair& p : *confusions) {
                    if (a.compare(i, p.damaged.size(), p.damaged) == 0 && b.compare(j, p.known.size(), p.known) == 0) {
                        auto& t = at(i + p.damaged.size(), j + p.known.size());
                        t = std::min(t, cur + p.cost);
                    }
                }
            }
        }
    }
    return at(n, m);
}

std::u32string OcrRepair::variantOf(const char32_t* w, std::size_t n) const {
    if (n < kLongWord) return {};
    auto it = variants_.find(hash64(w, n));
    // (With its g read as q too, which no Danish word has: "kontantbjælpsmodtaqere".)
    if (it == variants_.end() && std::find(w, w + n, U'q') != w + n) {
        std::u32string g(w, n);
        std::replace(g.begin(), g.end(), U'q', U'g');
        it = variants_.find(hash64(g));
    }
    return it == variants_.end() ? std::u32string() : it->second;
}

bool OcrRepair::knows(const std::u32string& lowerWord) const { return known_.contains(hash64(lowerWord)); }
bool OcrRepair::knows(const char32_t* lowerWord, std::size_t length) const { return known_.contains(hash64(lowerWord, length)); }
std::vector<std::u32string> OcrRepair::knownWords() const {
    std::vector<std::u32string> out;
    for (const auto& entry : index_) out.insert(out.end(), entry.second.begin(), entry.second.end());
    return out;
}

bool OcrRepair::readsAsKnown(const char32_t* lowerWord, std::size_t length) const { return skeletons_.contains(skeletonHash(lowerWord, length)); }

void spreadWord(const std::u32string& fixed, const Unit* from, std::size_t count, Units& out) {
    const std::size_t n = count, m = fixed.size();
    for (std::size_t k = 0; k < m; ++k) {
        const std::size_t a = std::min(n - 1, k * n / m);
        const std::size_t b = std::max(a, std::min(n - 1, ((k + 1) * n + m - 1) / m - 1));
        out.push_back({fixed[k], from[a].origStart, from[b].origEnd});
    }
}

std::u32string OcrRepair::correct(const std::u32string& w) const {
    if (w.empty() || known_.contains(hash64(w))) return {};
    const std::u32string sk = skeleton(w);
    if (!skeletons_.contains(hash64(sk))) return variantOf(w.data(), w.size());
    auto it = index_.find(sk);
    if (it == index_.end()) return variantOf(w.data(), w.size());
    std::u32string best;
    double bestCost = 1e9;
    for (const auto& cand : it->second) {
        const double c = distance(w, cand);
        if (c < bestCost) { bestCost = c; best = cand; }
    }
    // At most about one full edit per three letters; short words need a close match.
    if (bestCost > std::max(0.5, static_cast<double>(w.size()) / 3.0)) return {};
    return best;
}

Units OcrRepair::repair(const Units& in, std::size_t* fixes) const {
    std::size_t fixedCount = 0;  // words and figures repaired
    Units out;
    out.reserve(in.size());
    std::size_t i = 0;
    const std::size_t n = in.size();
    // "|" for l and "¢" for ø: no letters, but a scanner's reading of them.
    auto isLetter = [&](std::size_t k) { return isAlphaFast(static_cast<UChar32>(in[k].c)) || in[k].c == '|' || in[k].c == 0xA2; };
    // A scanner reads l as 1 and o as 0: such a digit beside a letter is
    // part of the word ("ti1bud", "R0DOVRE"), not a number.
    auto isWordChar = [&](std::size_t k) {
        if (isLetter(k)) return true;
        return (in[k].c == '1' || in[k].c == '0') && ((k > 0 && isLetter(k - 1)) || (k + 1 < n && isLetter(k + 1)));
    };
    // The repaired letters of a word spread over the units it was read from.
    auto spread = [&](const std::u32string& fixed, const Units& from) { spreadWord(fixed, from.data(), from.size(), out); };
    auto isDigitUnit = [&](std::size_t k) { return in[k].c >= '0' && in[k].c <= '9'; };
    // Letters a scanner reads for digits: l, I, i, |, ! for 1; O for 0; Z for 2; S for 5; B for 8; g for 9.
    // (Not G for 6: journal codes hold it, "G01".)
    auto digitFor = [](char32_t c) -> char32_t {
        switch (c) {
        case 'l': case 'I': case 'i': case '|': case '!': return '1';
        case 'O': return '0';
        case 'Z': return '2';
        case 'S': return '5';
        case 'B': return '8';
        case 'b': return '6';
        case 'g': return '9';
        case 'o': return '0';
        default: return c >= '0' && c <= '9' ? c : 0;
        }
    };
    auto digitLike = [&](std::size_t k) { return digitFor(in[k].c) != 0; };
    auto monthAt = [&](std::size_t k) {
        UChar w[10];
        int32_t m = 0;
        for (; k < n && m < 10 && in[k].c < 0x10000 && isAlphaFast(static_cast<UChar32>(in[k].c)); ++k) w[m++] = static_cast<UChar>(in[k].c);
        return (k == n || !isAlphaFast(static_cast<UChar32>(in[k].c))) && isMonthWord(w, m);
    };
    // "halvår", "halvar", "halvdel", "kvartal": what an ordinal's 1 counts.
    auto halfOrQuarterAt = [&](std::size_t k) {
        auto startsWith = [&](std::u32string_view s) {
            for (std::size_t m = 0; m < s.size(); ++m) {
                if (k + m >= n || lowerChar(in[k + m].c) != s[m]) return false;
            }
            return true;
        };
        return startsWith(U"halv") || startsWith(U"kvartal");
    };
    // Whether the gap that starts at k (going `dir`) parts table cells: a
    // tab, two spaces, or the line's end after them.
    auto cellEdge = [&](std::size_t k, int dir) {
        auto at = [&](std::size_t m, int step) -> char32_t {
            const std::ptrdiff_t p = static_cast<std::ptrdiff_t>(m) + (dir < 0 ? -1 - step : step);
            return p < 0 || p >= static_cast<std::ptrdiff_t>(n) ? U'\n' : in[static_cast<std::size_t>(p)].c;
        };
        const char32_t a = at(k, 0), b = at(k, 1);
        return a == '\t' || a == '\n' || (a == ' ' && (b == ' ' || b == '\t' || (dir > 0 && b == '\n')));
    };
    // Whether a cell beside k, on its line, holds a figure or a dash.
    auto besideFigure = [&](std::size_t k) {
        auto figure = [&](char32_t c) { return (c >= '0' && c <= '9') || c == '-' || c == 0x2013; };
        std::size_t m = k;
        while (m > 0 && (in[m - 1].c == ' ' || in[m - 1].c == '\t')) --m;
        if (m > 0 && figure(in[m - 1].c)) return true;
        m = k + 1;
        while (m < n && (in[m].c == ' ' || in[m].c == '\t')) ++m;
        return m < n && figure(in[m].c);
    };
    // Whether the line above or below has a digit in k's column: k stands in a column of figures.
    auto figureInColumn = [&](std::size_t k) {
        std::size_t start = k;
        while (start > 0 && in[start - 1].c != '\n') --start;
        const std::size_t col = k - start;
        auto digitAt = [&](std::size_t lineStart) {
            std::size_t m = lineStart;
            while (m < n && m - lineStart < col && in[m].c != '\n') ++m;
            return m - lineStart == col && m < n && isDigitUnit(m);
        };
        if (start >= 1) {
            std::size_t above = start - 1;
            while (above > 0 && in[above - 1].c != '\n') --above;
            if (digitAt(above)) return true;
        }
        std::size_t end = k;
        while (end < n && in[end].c != '\n') ++end;
        return end < n && digitAt(end + 1);
    };
    while (i < n) {
        // "l12", "1O5", "4B": a number where the scanner read some digits as letters (digitFor).
        if (digitLike(i) && (i == 0 || !isAlnumFast(static_cast<UChar32>(in[i - 1].c)))) {
            std::size_t j = i, digits = 0;
            bool bang = false;
            for (; j < n && digitLike(j); ++j) digits += isDigitUnit(j), bang |= in[j].c == '!';
            // "!4", "2!": a 1 read as "!" only beside one digit, not after a year ("i 2018!").
            if (bang && j - i != 2) j = i;
            // "3O", "I7": one real digit is enough in a run of two or more;
            // "lO": with none, a capital after a small letter, which no word has.
            bool capitalAfterSmall = false;
            for (std::size_t k = i + 1; k < j; ++k) capitalAfterSmall |= u_isupper(static_cast<UChar32>(in[k].c)) && u_islower(static_cast<UChar32>(in[k - 1].c));
            // "- mentor: ll": with none, a list item's figure after its label's colon, at the line's end.
            const bool lineEnd = j == n || in[j].c == '\n' || (in[j].c == '.' && (j + 1 == n || in[j + 1].c == '\n'));
            const bool itemFigure = i >= 2 && in[i - 1].c == ' ' && in[i - 2].c == ':' && lineEnd;
            // "35O.OOO kr.": with none, a group of three after a number's thousands point.
            const bool thousands = j - i == 3 && i >= 2 && (in[i - 1].c == '.' || in[i - 1].c == ',') && out.size() >= 2 && out[out.size() - 2].c >= '0' &&
                                   out[out.size() - 2].c <= '9';
            // "og\nII integrationsydelse", "skal II have": with none, ones only, where a count
            // stands before a small word; a Roman numeral follows a capital ("Bilag II viser").
            bool ones = j - i <= 3 && j + 1 < n && in[j].c == ' ' && u_islower(static_cast<UChar32>(in[j + 1].c));
            for (std::size_t k = i; k < j && ones; ++k) ones = in[k].c == 'I' || in[k].c == 'l';
            if (ones) {
                std::size_t w = i;
                while (w > 0 && (in[w - 1].c == ' ' || in[w - 1].c == '\n')) --w;
                std::size_t w0 = w;
                while (w0 > 0 && isAlphaFast(static_cast<UChar32>(in[w0 - 1].c))) --w0;
                ones = w0 == w || !u_isupper(static_cast<UChar32>(in[w0].c));
            }
            if ((digits >= 1 || capitalAfterSmall || itemFigure || thousands || ones) && j - i >= 2 && digits < j - i && (j == n || !isAlphaFast(static_cast<UChar32>(in[j].c)))) {
                ++fixedCount;
                for (; i < j; ++i) {
                    Unit u = in[i];
                    u.c = digitFor(u.c);
                    out.push_back(u);
                }
                continue;
            }
        }
        // "37 pa kontanthjalp, G pa uddannelseshjalp", "behandlet G af sagerne": a
        // 6 read as a lone G (no Danish word), before "på" or "af".
        if (in[i].c == 'G' && (i == 0 || !isAlnumFast(static_cast<UChar32>(in[i - 1].c))) && i + 4 < n && in[i + 1].c == ' ' &&
            ((in[i + 2].c == 'p' && (in[i + 3].c == 'a' || in[i + 3].c == U'å')) || (in[i + 2].c == 'a' && in[i + 3].c == 'f')) &&
            !isAlnumFast(static_cast<UChar32>(in[i + 4].c))) {
            out.push_back({U'6', in[i].origStart, in[i].origEnd});
            ++fixedCount;
            ++i;
            continue;
        }
        // "S borgere har ikke været i gang": a 5 read as a lone S (no Danish
        // word) before what is counted.
        if (in[i].c == 'S' && (i == 0 || !isAlnumFast(static_cast<UChar32>(in[i - 1].c))) && i + 2 < n && in[i + 1].c == ' ') {
            static const std::u32string kCounted[] = {U"borgere", U"sager", U"personer"};
            const bool counted = std::any_of(std::begin(kCounted), std::end(kCounted), [&](const std::u32string& w) {
                return i + 2 + w.size() <= n && std::equal(w.begin(), w.end(), in.begin() + static_cast<std::ptrdiff_t>(i + 2), [](char32_t a, const Unit& u) { return a == u.c; }) &&
                       (i + 2 + w.size() == n || !isAlnumFast(static_cast<UChar32>(in[i + 2 + w.size()].c)));
            });
            if (counted) {
                out.push_back({U'5', in[i].origStart, in[i].origEnd});
                ++fixedCount;
                ++i;
                continue;
            }
        }
        // "l. januar", "l. halvar", "i. kvartal": a day's or an ordinal's 1
        // read as a letter, before a month's name or a half or quarter (where
        // a capital "I." is a Roman one).
        const char32_t one = in[i].c;
        if ((one == 'l' || one == 'I' || one == 'i') && (i == 0 || !isAlnumFast(static_cast<UChar32>(in[i - 1].c))) && i + 3 < n &&
            in[i + 1].c == '.' && in[i + 2].c == ' ' &&
            (((one == 'l' || one == 'I') && monthAt(i + 3)) || ((one == 'l' || one == 'i') && halfOrQuarterAt(i + 3)))) {
            out.push_back({U'1', in[i].origStart, in[i].origEnd});
            ++fixedCount;
            ++i;
            continue;
        }
        // "13     l     5": a 1 read as a letter, alone in a table's cell
        // (set off by a tab or two spaces each side) beside a cell of figures.
        if ((in[i].c == 'l' || in[i].c == 'I' || in[i].c == '|') && cellEdge(i, -1) && cellEdge(i + 1, 1) && besideFigure(i)) {
            out.push_back({U'1', in[i].origStart, in[i].origEnd});
            ++fixedCount;
            ++i;
            continue;
        }
        // "Sundhedsfagligt forløb      B": a digit read as its look-alike
        // letter, alone in the last cell of a row, under or over a figure.
        // (Or amid a row's cells, beside a figure or a dash: "16       g       –".)
        const bool rowEnd = i + 1 == n || in[i + 1].c == '\n';
        if (digitFor(in[i].c) && !isDigitUnit(i) && cellEdge(i, -1) && (rowEnd ? figureInColumn(i) : cellEdge(i + 1, 1) && besideFigure(i))) {
            out.push_back({digitFor(in[i].c), in[i].origStart, in[i].origEnd});
            ++fixedCount;
            ++i;
            continue;
        }
        // "8orgernes", "0versigt": a capital B or O read as its digit at a
        // word's start, where the rest is no word of its own ("8 timer").
        if ((in[i].c == '8' || in[i].c == '0') && (i == 0 || !isAlnumFast(static_cast<UChar32>(in[i - 1].c)))) {
            std::size_t j = i + 1;
            while (j < n && isWordChar(j)) ++j;
            std::u32string rest;
            for (std::size_t k = i + 1; k < j; ++k) rest.push_back(lowerChar(in[k].c));
            if (rest.size() >= 3 && u_islower(static_cast<UChar32>(in[i + 1].c)) && !known_.contains(hash64(rest)) && (j == n || !isDigitUnit(j))) {
                out.push_back({in[i].c == '8' ? U'B' : U'O', in[i].origStart, in[i].origEnd});
                ++fixedCount;
                ++i;
                continue;
            }
        }
        // "82 °/o": a per cent sign read as a degree sign, a slash and an o.
        if (in[i].c == 0xB0 && i + 2 < n && in[i + 1].c == '/' && in[i + 2].c == 'o' && (i + 3 == n || !isAlphaFast(static_cast<UChar32>(in[i + 3].c)))) {
            out.push_back({U'%', in[i].origStart, in[i + 2].origEnd});
            ++fixedCount;
            i += 3;
            continue;
        }
        if (!isWordChar(i)) { out.push_back(in[i]); ++i; continue; }
        std::size_t j = i + 1;
        while (j < n && isWordChar(j)) ++j;
        // (As repaired: the B of "8landt" is no digit before "landt".)
        const char32_t before = out.empty() ? U' ' : out.back().c;
        const char32_t after = j < in.size() ? in[j].c : U' ';
        // Leave e-mail addresses, web addresses and codes alone.
        const bool technical = before == '@' || after == '@' || before == '/' || after == '/' ||
                               (before == '.' && i > 1 && isAlnumFast(static_cast<UChar32>(in[i - 2].c))) ||
                               isDigitFast(static_cast<UChar32>(before)) || isDigitFast(static_cast<UChar32>(after)) ||
                               (after == '.' && j + 1 < in.size() && isAlphaFast(static_cast<UChar32>(in[j + 1].c)));
        // Known words (most of a clean letter) pass on a hash, without copies.
        uint64_t h = 1469598103934665603ull;
        std::size_t digits = 0;
        for (std::size_t k = i; k < j; ++k) {
            const char32_t c = in[k].c;
            digits += c == '0' || c == '1';
            h ^= static_cast<uint64_t>(lowerChar(c));
            h *= 1099511628211ull;
        }
        // Unknown words with no known word of their skeleton, and no "I"
        // inside, are left as they are: most unknown words, without copies.
        // A code ("H1", "A10") is no damaged word: a digit needs two letters beside it.
        const bool known = known_.contains(h ? h : 1);
        std::optional<std::u32string> ownFix;  // the word's own repair, once looked up
        // "kontant hjaelp", "aktivitets parate": a stray space inside a word,
        // or a line break where a scan lost the hyphen ("lcontant / hjælp").
        // An unknown word that makes a known one with the next is joined to it.
        // ("kon'tantbjælp", "kva.rtalet", "Tab,ellen": a speck read as a mark inside a word.)
        const bool speck = j + 1 < n && (in[j].c == '\'' || in[j].c == '`' || in[j].c == ',' || in[j].c == '.') && u_islower(static_cast<UChar32>(in[j + 1].c)) &&
                           u_islower(static_cast<UChar32>(in[j - 1].c));
        if ((!known || speck) && (!technical || speck) && !digits && j + 1 < n && (in[j].c == ' ' || in[j].c == '\n' || speck) && isLetter(j + 1) &&
            isAlphaFast(static_cast<UChar32>(in[i].c))) {
            std::size_t k = j + 1;
            while (k < n && isLetter(k)) ++k;
            // "De gvrige er": a damaged word before a known one is repaired on its own.
            auto lowered = [&](std::size_t a, std::size_t b) {
                std::u32string w;
                for (std::size_t x = a; x < b; ++x) w.push_back(lowerChar(in[x].c));
                return w;
            };
            auto alone = [&] {
                if (!known_.contains(hash64(lowered(j + 1, k)))) return false;
                ownFix = correct(lowered(i, j));
                return !ownFix->empty();
            };
            std::u32string joined;
            Units units;
            for (std::size_t x = i; x < k; ++x) {
                if (x == j) continue;
                joined.push_back(lowerChar(in[x].c));
                units.push_back(in[x]);
            }
            const bool after = k < n && isAlnumFast(static_cast<UChar32>(in[k].c));
            // (Over a mark, "fredericia.dk" stays: only a known word, or a damaged one outside an address, is joined.)
            std::u32string fixed = after || (speck && joined.size() < 6) ? std::u32string()
                                   : known_.contains(hash64(joined))     ? joined
                                   : (speck && technical) || (!speck && alone()) ? std::u32string()
                                                                         : correct(joined);
            // Over a line break only a word whose next line starts the known
            // word's end as written is joined: the break stood where a hyphen was.
            if (!fixed.empty() && in[j].c == '\n') {
                const std::u32string next = lowered(j + 1, k);
                if (fixed.size() < next.size() || fixed.compare(fixed.size() - next.size(), next.size(), next) != 0) fixed.clear();
            }
            if (!fixed.empty()) {
                if (u_isupper(static_cast<UChar32>(in[i].c))) fixed[0] = static_cast<char32_t>(u_toupper(static_cast<UChar32>(fixed[0])));
                if (fixed.size() == units.size() && fixed == joined) {
                    out.insert(out.end(), units.begin(), units.end());
                } else {
                    spread(fixed, units);
                    ++fixedCount;
                }
                i = k;
                continue;
            }
        }
        // ("Bregnh¢j": a cent sign inside a word is always damage.)
        bool cent = false;
        for (std::size_t k = i + 1; k + 1 < j; ++k) cent |= in[k].c == 0xA2;
        bool leave = !cent && (known || technical || (digits && j - i < digits + 2));
        if (!leave && !cent && j - i <= kShortWord && !(j == i + 1 && in[i].c == '|')) {
            char32_t low[kShortWord];
            bool innerI = false;
            for (std::size_t k = i; k < j; ++k) {
                const char32_t c = in[k].c;
                low[k - i] = lowerChar(c);
                innerI |= (k > i && c == 'I') || c == '1' || c == '0';
            }
            leave = !innerI && !skeletons_.contains(skeletonHash(low, j - i)) && variantOf(low, j - i).empty();
        }
        if (leave) {
            out.insert(out.end(), in.begin() + static_cast<std::ptrdiff_t>(i), in.begin() + static_cast<std::ptrdiff_t>(j));
            i = j;
            continue;
        }
        std::u32string word;
        for (std::size_t k = i; k < j; ++k) word.push_back(in[k].c);
        std::u32string fixed;
        if (!technical) {
            if (word == U"|") {
                // A lone bar before a lower-case word is the pronoun "I" ("har |
                // aktuelt"); before a capital or a number it parts fields
                // ("Name | Title | Kommune").
                std::size_t k = j;
                while (k < n && in[k].c == ' ') ++k;
                if (k < n && u_islower(static_cast<UChar32>(in[k].c))) fixed = U"I";
            } else {
                fixed = ownFix ? *ownFix : correct(lower(word));
                // Keep a capital, unless it was the damage itself ("Igbende" for "løbende").
                const bool damagedInitial = (word[0] == 'I' || word[0] == '|') && !fixed.empty() && fixed[0] == 'l';
                // A name is written with its capital, whatever the damage ("lkast" for "Ikast").
                const bool name = !fixed.empty() && names_.contains(hash64(fixed));
                if (!fixed.empty() && (name || (!damagedInitial && (u_isupper(static_cast<UChar32>(word[0])) || word[0] == '|')))) {
                    fixed[0] = static_cast<char32_t>(u_toupper(static_cast<UChar32>(fixed[0])));
                }
                bool anyLower = false;
                for (char32_t c : word) anyLower |= u_islower(static_cast<UChar32>(c)) != 0;
                if (!fixed.empty() && word.size() > 1 && !anyLower) {
                    for (auto& c : fixed) c = static_cast<char32_t>(u_toupper(static_cast<UChar32>(c)));
                }
            }
        }
        if (fixed.empty() && !technical) {
            // A capital I or a 1 inside a word that has lower-case letters is
            // an l ("OIe BoIIesen", "a1vorlig"): Danish writes no capital or
            // digit inside a word.
            bool hasLower = false;
            for (char32_t c : word) hasLower |= u_islower(static_cast<UChar32>(c)) != 0;
            for (std::size_t k = 0; hasLower && k < word.size(); ++k) {
                if ((word[k] == '1' || (k > 0 && word[k] == 'I')) &&
                    ((k > 0 && u_islower(static_cast<UChar32>(word[k - 1]))) || (k + 1 < word.size() && u_islower(static_cast<UChar32>(word[k + 1]))))) {
                    if (fixed.empty()) fixed = word;
                    fixed[k] = 'l';
                }
            }
        }
        // "Bregnh¢j": a cent sign inside a word the lexicon does not know (a name)
        // is a scanned "ø" all the same; no word holds the sign.
        if (fixed.empty()) {
            for (std::size_t k = 1; k + 1 < word.size(); ++k) {
                if (word[k] != 0xA2 || !isAlphaFast(static_cast<UChar32>(word[k - 1])) || !isAlphaFast(static_cast<UChar32>(word[k + 1]))) continue;
                if (fixed.empty()) fixed = word;
                fixed[k] = U'ø';
            }
        }
        if (fixed.empty()) {
            for (std::size_t k = i; k < j; ++k) out.push_back(in[k]);
        } else {
            spread(fixed, Units(in.begin() + static_cast<std::ptrdiff_t>(i), in.begin() + static_cast<std::ptrdiff_t>(j)));
            ++fixedCount;
        }
        i = j;
    }
    if (fixes) *fixes = fixedCount;
    return out;
}

}  // namespace svarbrev
