#include "Regex.hpp"

#include "CharClass.hpp"

#include <atomic>

#include <unicode/uchar.h>
#include <unicode/utf16.h>

#include <algorithm>
#include <cstdint>
#include <stdexcept>
#include <string>
#include <unordered_map>

namespace svarbrev {

icu::UnicodeString lowerSameLength(const icu::UnicodeString& s) {
    icu::UnicodeString out(s);
    const int32_t n = out.length();
    UChar* buf = out.getBuffer(n);
    for (int32_t i = 0; i < n; ++i) buf[i] = toLowerFast(buf[i]);
    out.releaseBuffer(n);
    return out;
}

UnitPairs::UnitPairs(const icu::UnicodeString& text, int32_t from, int32_t to) {
    if (to > text.length()) to = text.length();
    const UChar* buf = text.getBuffer();
    for (int32_t p = from; p < to; ++p) {
        units_ |= uint64_t{1} << (buf[p] & 63);
        if (p + 1 < to) pairs_[buf[p] & 63] |= uint64_t{1} << (buf[p + 1] & 63);
    }
}

namespace {

std::vector<std::u16string> splitTopLevel(const std::u16string& p) {
    std::vector<std::u16string> alts;
    int depth = 0;
    bool cls = false;
    std::u16string cur;
    for (std::size_t i = 0; i < p.size(); ++i) {
        const char16_t c = p[i];
        if (c == '\\' && i + 1 < p.size()) { cur += c; cur += p[++i]; continue; }
        if (cls) { if (c == ']') cls = false; cur += c; continue; }
        if (c == '[') cls = true;
        if (c == '(') ++depth;
        if (c == ')') --depth;
        if (c == '|' && depth == 0) { alts.push_back(cur); cur.clear(); continue; }
        cur += c;
    }
    alts.push_back(cur);
    return alts;
}

bool skipAtom(const std::u16string& a, std::size_t& i);

// The top-level ways, with a way that is one plain group after word
// boundaries ("\\b(a|^b)") taken apart into the group's ways ("\\ba",
// "^\\bb"): the same matches, tried in the same order.
std::vector<std::u16string> flatWays(const std::u16string& p) {
    std::vector<std::u16string> out;
    for (const auto& a : splitTopLevel(p)) {
        std::size_t i = 0;
        while (a.compare(i, 2, u"\\b") == 0) i += 2;
        std::size_t end = i;
        const bool group = i < a.size() && a[i] == '(' && a.compare(i, 2, u"(?") != 0;
        if (!group || !skipAtom(a, end) || end != a.size() || a.back() != ')') {
            out.push_back(a);
            continue;
        }
        const std::u16string bounds = a.substr(0, i);
        for (auto& inner : flatWays(a.substr(i + 1, a.size() - i - 2))) {
            out.push_back(!inner.empty() && inner[0] == '^' ? u"^" + bounds + inner.substr(1) : bounds + inner);
        }
    }
    return out;
}

// Ways joined into one pattern: "a|b".
void addWay(std::u16string& pattern, const std::u16string& way) {
    if (!pattern.empty()) pattern += u'|';
    pattern += way;
}

std::string toUtf8(const std::u16string& p) {
    std::string out;
    icu::UnicodeString(p.data(), static_cast<int32_t>(p.size())).toUTF8String(out);
    return out;
}

bool isQuantifier(char16_t c) { return c == '?' || c == '*' || c == '{'; }

// Where the matches of a pattern can start: at one of `plain`, or after up
// to `back` word characters before one of `prefixed` ("\\b\\p{L}*kurs"
// starts a word that holds "kurs", "\\p{L}{0,20}modtagere" at most twenty
// letters before it).
struct Leads {
    std::vector<std::u16string> plain, prefixed;
    int32_t back = 0;
    // Every prefixed literal follows a run of \\p{L} as long as the others',
    // with only \\b before it: where the longest such run before a literal
    // does not start a match, no shorter one does.
    bool sameRun = true;
    void addPrefixed(const std::u16string& lit, int32_t run, bool letters) {
        sameRun &= letters && (prefixed.empty() || run == back);
        prefixed.push_back(lit);
        back = std::max(back, run);
    }
    void add(const Leads& o) {
        plain.insert(plain.end(), o.plain.begin(), o.plain.end());
        for (const auto& l : o.prefixed) addPrefixed(l, o.back, o.sameRun);
    }
};

bool leadsOf(const std::u16string& p, Leads& out, int32_t back, bool letters);

// A run of letters or word characters ("\\p{L}*", "\\w+", "\\p{L}{0,20}")
// at a[i]: how long it may be, whether of letters only, and i moved past
// it; 0 when there is none.
int32_t letterRunAt(const std::u16string& a, std::size_t& i, bool& letters) {
    std::size_t j = i;
    letters = a.compare(j, 5, u"\\p{L}") == 0;
    if (letters) j += 5;
    else if (a.compare(j, 2, u"\\w") == 0) j += 2;
    else return 0;
    int32_t most = 1;
    if (j < a.size() && (a[j] == '*' || a[j] == '+')) {
        most = INT32_MAX;
        ++j;
    } else if (j < a.size() && a[j] == '?') {
        ++j;
    } else if (j < a.size() && a[j] == '{') {
        const std::size_t close = a.find(u'}', j);
        if (close == std::u16string::npos) return 0;
        const std::size_t comma = a.find(u',', j);
        const std::size_t hi = comma < close ? comma + 1 : j + 1;
        most = hi == close ? INT32_MAX : 0;
        for (std::size_t k = hi; k < close && most != INT32_MAX; ++k) {
            if (a[k] < '0' || a[k] > '9' || most > 100000) return 0;
            most = most * 10 + (a[k] - '0');
        }
        j = close + 1;
    }
    if (j < a.size() && (a[j] == '?' || a[j] == '+')) ++j;  // lazy or possessive
    i = j;
    return std::max(most, 1);
}

bool isLookAround(const std::u16string& a, std::size_t i) {
    return a.compare(i, 3, u"(?=") == 0 || a.compare(i, 3, u"(?!") == 0 || a.compare(i, 4, u"(?<=") == 0 ||
           a.compare(i, 4, u"(?<!") == 0;
}

bool leadsOfWay(const std::u16string& a, Leads& out, int32_t back, bool letters) {
    std::size_t i = 0;
    bool lookedAround = false;
    // Word boundaries and look-arounds match no text: the match starts
    // with what follows them.
    for (;;) {
        while (i + 1 < a.size() && a[i] == '\\' && a[i + 1] == 'b') i += 2;
        if (i >= a.size() || !isLookAround(a, i)) break;
        if (!skipAtom(a, i) || a[i - 1] != ')') return false;  // a quantified look-around
        lookedAround = true;
    }
    if (i >= a.size()) return false;
    if (back == 0) {
        std::size_t j = i;
        bool ofLetters = false;
        if (const int32_t run = letterRunAt(a, j, ofLetters)) return leadsOfWay(a.substr(j), out, run, ofLetters && !lookedAround);
    }
    if (a[i] == '(') {
        int depth = 0;
        std::size_t j = i;
        for (; j < a.size(); ++j) {
            if (a[j] == '\\') { ++j; continue; }
            if (a[j] == '(') ++depth;
            if (a[j] == ')' && --depth == 0) break;
        }
        if (j >= a.size()) return false;
        std::u16string inner = a.substr(i + 1, j - i - 1);
        if (inner.size() >= 2 && inner[0] == '?') {
            if (inner[1] == ':') inner = inner.substr(2);
            else return false;  // flags: no literal
        }
        if (!leadsOf(inner, out, back, letters)) return false;
        if (j + 1 >= a.size() || !isQuantifier(a[j + 1])) return true;
        // An optional group ("(har\\s+)?været"): a match starts with its
        // literals or with those of what follows it.
        std::size_t k = j + 1;
        if (a[k] == '{') {
            k = a.find(u'}', k);
            if (k == std::u16string::npos) return false;
        }
        ++k;
        if (k < a.size() && (a[k] == '?' || a[k] == '+')) ++k;  // lazy or possessive
        return leadsOfWay(a.substr(k), out, back, letters);
    }
    std::u16string lit;
    for (; i < a.size(); ++i) {
        const char16_t c = a[i];
        if (c == '\\' || c == '.' || c == '[' || c == '(' || c == ')' || c == '|' || c == '+' || c == '^' || c == '$' || isQuantifier(c)) break;
        lit += c;
    }
    if (i < a.size() && isQuantifier(a[i]) && !lit.empty()) lit.pop_back();
    // One letter is no test; one sign ("§") is.
    if (lit.empty() || (lit.size() < 2 && u_isalnum(lit[0]))) return false;
    if (back == 0) out.plain.push_back(lit);
    else out.addPrefixed(lit, back, letters);
    return true;
}

bool leadsOf(const std::u16string& p, Leads& out, int32_t back, bool letters) {
    for (const auto& a : splitTopLevel(p)) {
        if (!leadsOfWay(a, out, back, letters)) return false;
    }
    return true;
}

// The literals every match of one way starts with; false when some way
// through it starts with no literal, or a run of letters comes first.
bool leadingOfAlternative(const std::u16string& a, std::vector<std::u16string>& out) {
    Leads leads;
    if (!leadsOfWay(a, leads, 0, false) || !leads.prefixed.empty()) return false;
    out.insert(out.end(), leads.plain.begin(), leads.plain.end());
    return true;
}

// ^, \\G or \\A outside a class: a region that starts elsewhere would move them.
bool hasAnchor(const std::u16string& p) {
    bool cls = false;
    for (std::size_t i = 0; i < p.size(); ++i) {
        const char16_t c = p[i];
        if (c == '\\' && i + 1 < p.size()) {
            if (p[i + 1] == 'G' || p[i + 1] == 'A') return true;
            ++i;
            continue;
        }
        if (cls) { if (c == ']') cls = false; continue; }
        if (c == '[') cls = true;
        else if (c == '^') return true;
    }
    return false;
}

// Ways that start "^\\s*" then a literal keep it in `anchored`, the others
// in `unanchored`; false when some way starts with no literal.
bool splitAnchoredLiterals(const std::u16string& p, std::vector<std::u16string>& anchored, std::vector<std::u16string>& unanchored) {
    for (const auto& a : splitTopLevel(p)) {
        if (a.empty() || a[0] != '^') {
            if (!leadingOfAlternative(a, unanchored)) return false;
            continue;
        }
        std::size_t i = 1;
        if (a.compare(i, 3, u"\\s*") == 0 || a.compare(i, 3, u"\\s+") == 0) i += 3;
        if (!leadingOfAlternative(a.substr(i), anchored)) return false;
    }
    return !anchored.empty();
}

// White space as ICU's \\s reads it, or more: all that the opening \\s* of an
// anchored way can pass over, and nothing a literal starts with.
bool mayBeSpace(UChar32 c) {
    if (c > 0x20 && c < 0x7F) return false;
    if (c <= 0x20 || c == 0x85 || c == 0xA0) return true;
    const int8_t t = u_charType(c);
    return u_isUWhiteSpace(c) || u_isWhitespace(c) || u_isspace(c) || t == U_SPACE_SEPARATOR ||
           t == U_LINE_SEPARATOR || t == U_PARAGRAPH_SEPARATOR;
}

// Skips one atom of a pattern at i (an escape, a class, a group, a dot, a
// character) with its quantifier; false at the end or at a top-level '|'.
bool skipAtom(const std::u16string& a, std::size_t& i) {
    if (i >= a.size() || a[i] == '|') return false;
    const char16_t c = a[i];
    if (c == '\\') {
        i += 2;
        if (i <= a.size() && (a[i - 1] == 'p' || a[i - 1] == 'P') && i < a.size() && a[i] == '{') {
            const std::size_t close = a.find(u'}', i);
            if (close == std::u16string::npos) return false;
            i = close + 1;
        }
    } else if (c == '[') {
        int depth = 0;
        for (; i < a.size(); ++i) {
            if (a[i] == '\\') { ++i; continue; }
            if (a[i] == '[') ++depth;
            if (a[i] == ']' && --depth == 0) break;
        }
        if (i >= a.size()) return false;
        ++i;
    } else if (c == '(') {
        int depth = 0;
        for (; i < a.size(); ++i) {
            if (a[i] == '\\') { ++i; continue; }
            if (a[i] == '[') {  // a class may hold brackets
                for (++i; i < a.size() && a[i] != ']'; ++i) if (a[i] == '\\') ++i;
                continue;
            }
            if (a[i] == '(') ++depth;
            if (a[i] == ')' && --depth == 0) break;
        }
        if (i >= a.size()) return false;
        ++i;
    } else {
        ++i;
    }
    // Its quantifier, lazy or possessive.
    if (i < a.size() && (a[i] == '?' || a[i] == '*' || a[i] == '+')) ++i;
    else if (i < a.size() && a[i] == '{') {
        const std::size_t close = a.find(u'}', i);
        if (close == std::u16string::npos) return false;
        i = close + 1;
    }
    if (i < a.size() && (a[i] == '?' || a[i] == '+')) ++i;
    return true;
}

bool requiredLiterals(const std::u16string& p, std::vector<std::u16string>& out);

// How well a set of literals rules out text: by its shortest literal (one
// of them all must be there), then by how few they are.
bool moreSelective(const std::vector<std::u16string>& a, const std::vector<std::u16string>& b) {
    auto shortest = [](const std::vector<std::u16string>& v) {
        std::size_t n = SIZE_MAX;
        for (const auto& l : v) n = std::min(n, l.size());
        return v.empty() ? 0 : n;
    };
    if (shortest(a) != shortest(b)) return shortest(a) > shortest(b);
    return a.size() < b.size();
}

// Literals one of which every match of one way holds: of the literals of two
// or more characters outside look-arounds and optional parts, and the groups
// of ways that each hold one, the set that rules out most ("forelagt" or
// "behandlet" in "(har været|er)\\s+(forelagt|behandlet)", not "er").
bool requiredOfAlternative(const std::u16string& a, std::vector<std::u16string>& out) {
    std::vector<std::u16string> best;
    auto consider = [&](std::vector<std::u16string> set) {
        if (best.empty() || moreSelective(set, best)) best = std::move(set);
    };
    std::size_t i = 0;
    while (i < a.size()) {
        const char16_t c = a[i];
        if (c == '(') {
            std::size_t j = i;
            if (!skipAtom(a, j)) return false;
            // A plain group that must occur (no quantifier, or "+").
            std::size_t close = j;
            while (close > i && a[close - 1] != ')') --close;
            const bool mustOccur = close == j || (close + 1 == j && a[close] == '+');
            const bool plain = !(i + 1 < a.size() && a[i + 1] == '?') || (i + 2 < a.size() && a[i + 2] == ':');
            if (mustOccur && plain) {
                const std::size_t innerStart = a[i + 1] == '?' ? i + 3 : i + 1;
                std::vector<std::u16string> inner;
                if (requiredLiterals(a.substr(innerStart, close - 1 - innerStart), inner)) consider(std::move(inner));
            }
            i = j;
            continue;
        }
        const bool special = c == '\\' || c == '[' || c == '.' || c == '^' || c == '$' || c == ')' || c == '|';
        if (special) {
            if (c == ')' || c == '|') break;
            if (!skipAtom(a, i)) break;
            continue;
        }
        std::size_t j = i;
        std::u16string lit;
        while (j < a.size() && !(a[j] == '\\' || a[j] == '[' || a[j] == '.' || a[j] == '^' || a[j] == '$' || a[j] == '(' ||
                                 a[j] == ')' || a[j] == '|' || a[j] == '+' || isQuantifier(a[j]))) {
            lit += a[j++];
        }
        if (j < a.size() && isQuantifier(a[j]) && !lit.empty()) lit.pop_back();
        if (lit.size() >= 2 || (lit.size() == 1 && !u_isalnum(lit[0]))) consider({lit});
        // Go on past it (and whatever quantifies its end).
        i = j;
        if (i < a.size() && (a[i] == '+' || isQuantifier(a[i]))) {
            std::size_t k = i - 1;
            if (!skipAtom(a, k)) break;
            i = k;
        }
    }
    if (best.empty()) return false;
    out.insert(out.end(), best.begin(), best.end());
    return true;
}

bool requiredLiterals(const std::u16string& p, std::vector<std::u16string>& out) {
    for (const auto& a : splitTopLevel(p)) {
        if (!requiredOfAlternative(a, out)) return false;
    }
    return true;
}

// Inline flags ("(?m)", "(?i)") change what ^ and letters match: no tests then.
bool hasInlineFlags(const std::u16string& p) {
    for (std::size_t k = p.find(u"(?"); k != std::u16string::npos; k = p.find(u"(?", k + 1)) {
        if (k + 2 < p.size() && u_isalpha(p[k + 2])) return true;
    }
    return false;
}

bool literalAt(const icu::UnicodeString& text, int32_t p, int32_t to, const std::vector<icu::UnicodeString>& lits) {
    for (const auto& l : lits) {
        if (p + l.length() <= to && text.compare(p, l.length(), l) == 0) return true;
    }
    return false;
}

}  // namespace

namespace {
std::uint64_t nextRegexId() {
    static std::atomic<std::uint64_t> next{1};
    return next++;
}
// "(a|b)" as "(?:a|b)": ICU copies every capture's slots each time it
// saves a state to backtrack to, so groups nobody reads cost on every try.
std::u16string withoutCaptures(const std::u16string& p) {
    std::u16string out;
    int inClass = 0;
    for (std::size_t i = 0; i < p.size(); ++i) {
        const char16_t c = p[i];
        out += c;
        if (c == '\\' && i + 1 < p.size()) out += p[++i];
        else if (c == '[') ++inClass;
        else if (c == ']' && inClass) --inClass;
        else if (c == '(' && !inClass && (i + 1 == p.size() || p[i + 1] != '?')) out += u"?:";
    }
    return out;
}
}  // namespace

Regex::Regex(std::string_view utf8Pattern, bool caseSensitive, Groups groups) : id_(nextRegexId()) {
    UErrorCode status = U_ZERO_ERROR;
    UParseError pe;
    const uint32_t flags = caseSensitive ? 0 : UREGEX_CASE_INSENSITIVE;
    const icu::UnicodeString u =
        icu::UnicodeString::fromUTF8(icu::StringPiece(utf8Pattern.data(), static_cast<int32_t>(utf8Pattern.size())));
    std::u16string p(reinterpret_cast<const char16_t*>(u.getBuffer()), static_cast<std::size_t>(u.length()));
    const std::u16string compiled = groups == Groups::Kept ? p : withoutCaptures(p);
    pattern_.reset(icu::RegexPattern::compile(icu::UnicodeString(compiled.data(), static_cast<int32_t>(compiled.size())), flags, pe, status));
    if (U_FAILURE(status)) {
        throw std::runtime_error("bad pattern: " + std::string(utf8Pattern));
    }
    anchoredOnly_ = !hasInlineFlags(p);
    for (const auto& a : splitTopLevel(p)) anchoredOnly_ &= !a.empty() && a[0] == '^';
    if (caseSensitive) {
        const bool flagless = !hasInlineFlags(p);
        // The ways with literals to look for, and the bare ones without.
        const auto ways = flatWays(p);
        Leads leads;
        std::u16string bare;
        for (const auto& a : ways) {
            Leads way;
            if (leadsOfWay(a, way, 0, false)) leads.add(way);
            else addWay(bare, a);
        }
        const bool led = bare.empty();
        const std::vector<std::u16string>& lits = leads.plain;
        if (led && leads.prefixed.empty()) {
            for (const auto& l : lits) literals_.emplace_back(l.data(), static_cast<int32_t>(l.size()));
        }
        for (const auto& l : lits) leading_.add(l);
        for (const auto& l : leads.prefixed) prefixed_.add(l);
        back_ = leads.back;
        sameRun_ = leads.sameRun;
        startAtLiteral_ = flagless && !hasAnchor(p) && (!lits.empty() || !leads.prefixed.empty());
        if (startAtLiteral_ && !led) bare_ = std::make_unique<Regex>(toUtf8(bare), true);
        // Ways anchored at the region's start, beside others: past `from`
        // only the others can match, and they may have literals to look for.
        std::u16string others;
        std::size_t anchoredWays = 0;
        bool split = flagless && groups == Groups::Dropped;
        for (const auto& a : ways) {
            if (!a.empty() && a[0] == '^') {
                ++anchoredWays;
                continue;
            }
            split &= !hasAnchor(a);
            addWay(others, a);
        }
        if (split && anchoredWays > 0 && anchoredWays < ways.size()) rest_ = std::make_unique<Regex>(toUtf8(others), true);
        std::vector<std::u16string> anchored, unanchored;
        if (literals_.empty() && flagless && splitAnchoredLiterals(p, anchored, unanchored)) {
            bool clean = true;
            for (const auto& l : anchored) clean &= !mayBeSpace(l[0]);
            if (clean) {
                for (const auto& l : anchored) anchored_.emplace_back(l.data(), static_cast<int32_t>(l.size()));
                for (const auto& l : unanchored) unanchored_.emplace_back(l.data(), static_cast<int32_t>(l.size()));
            }
        }
        std::vector<std::u16string> required;
        if (flagless && requiredLiterals(p, required) && (literals_.empty() || moreSelective(required, lits))) {
            for (const auto& l : required) {
                required_.emplace_back(l.data(), static_cast<int32_t>(l.size()));
                requiredSet_.add(l);
            }
        }
    }
}

bool Regex::mayOccurIn(const UnitPairs& pairs) const {
    const std::vector<std::u16string>* lits = !required_.empty() ? &requiredSet_.texts : !literals_.empty() ? &leading_.texts : nullptr;
    if (!lits) return true;
    for (const auto& l : *lits) {
        if (l.size() < 2 ? pairs.hasUnit(l[0]) : pairs.hasPair(l[0], l[1])) return true;
    }
    return false;
}

bool Regex::mayMatch(const icu::UnicodeString& text, const IndexedText* index, int32_t from, int32_t to, bool anywhere) const {
    // At a given place the literals it must start with are a comparison or
    // two: tried before the scan for the required ones.
    auto anchoredAt = [&] {
        int32_t p = from;
        while (p < to && mayBeSpace(text.char32At(p))) p = text.moveIndex32(p, 1);
        return literalAt(text, p, to, anchored_);
    };
    if (!anywhere) {
        if (!literals_.empty() && !literalAt(text, from, to, literals_)) return false;
        if (!anchored_.empty() && !anchoredAt() && !literalAt(text, from, to, unanchored_)) return false;
    }
    if (!required_.empty() && requiredSet_.first(text, index, from, to) < 0) return false;
    if (!anywhere) return true;
    if (!literals_.empty()) return firstLiteral(text, index, from, to) >= 0;
    if (anchored_.empty() || anchoredAt()) return true;
    for (const auto& l : unanchored_) {
        if (text.indexOf(l, from, to - from) >= 0) return true;
    }
    return false;
}

void Regex::LiteralSet::add(const std::u16string& l) {
    texts.push_back(l);
    // A one-unit literal ("§") passes whatever follows it.
    if (l.size() < 2) pairBits[l[0] & 63] = ~uint64_t{0};
    else pairBits[l[0] & 63] |= uint64_t{1} << (l[1] & 63);
}

int32_t Regex::LiteralSet::first(const icu::UnicodeString& text, const IndexedText* index, int32_t from, int32_t to) const {
    // A look-up per literal costs about what a scan of some thirty units
    // does: short ranges are scanned.
    if (index && to - from > 32 * static_cast<int32_t>(texts.size())) return index->first(texts, from, to);
    const char16_t* buf = reinterpret_cast<const char16_t*>(text.getBuffer());
    for (int32_t p = from; p < to; ++p) {
        const char16_t c = buf[p];
        const char16_t next = p + 1 < to ? buf[p + 1] : 0;
        if (!(pairBits[c & 63] >> (next & 63) & 1)) continue;
        for (const auto& l : texts) {
            if (l[0] == c && p + static_cast<int32_t>(l.size()) <= to &&
                std::char_traits<char16_t>::compare(buf + p, l.data(), l.size()) == 0) return p;
        }
    }
    return -1;
}

namespace {
// A superset of what \\w and \\p{L} match, unit by unit: a place this
// passes over is only tried, not taken.
bool mayBeWordUnit(char16_t c) {
    if (c < 0x80) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
    return U16_IS_SURROGATE(c) || u_isalnum(c) || u_hasBinaryProperty(c, UCHAR_ALPHABETIC) ||
           (U_GET_GC_MASK(c) & (U_GC_M_MASK | U_GC_PC_MASK)) != 0 || c == 0x200C || c == 0x200D;
}
}  // namespace

int32_t Regex::runStart(const icu::UnicodeString& text, int32_t q, int32_t from) const {
    const char16_t* buf = reinterpret_cast<const char16_t*>(text.getBuffer());
    int32_t p = q;
    for (int32_t n = 0; p > from && n < back_; ++n) {
        if (!sameRun_) {
            if (!mayBeWordUnit(buf[p - 1])) break;
            --p;
            if (p > from && U16_IS_TRAIL(buf[p]) && U16_IS_LEAD(buf[p - 1])) --p;  // one character, two units
            continue;
        }
        int32_t before = p;
        UChar32 c;
        U16_PREV(buf, from, before, c);
        if (!(U_GET_GC_MASK(c) & U_GC_L_MASK)) break;
        p = before;
    }
    return p;
}

Regex::~Regex() = default;

icu::RegexMatcher& Regex::matcher(const icu::UnicodeString& text) const {
    // One matcher per pattern and thread; ICU matchers are not thread-safe.
    // Re-pointing a matcher at a text costs more than most matches: a matcher
    // still on the same string (same object, buffer and length) is kept as is;
    // every use sets its region, which resets the match state.
    struct Cached {
        std::unique_ptr<icu::RegexMatcher> m;
        const icu::UnicodeString* text = nullptr;
        const UChar* buffer = nullptr;
        int32_t length = -1;
    };
    thread_local std::unordered_map<std::uint64_t, Cached> cache;
    auto& c = cache[id_];
    UErrorCode status = U_ZERO_ERROR;
    if (!c.m) c.m.reset(pattern_->matcher(text, status));
    else if (c.text != &text || c.buffer != text.getBuffer() || c.length != text.length()) c.m->reset(text);
    else return *c.m;
    c.text = &text;
    c.buffer = text.getBuffer();
    c.length = text.length();
    return *c.m;
}

icu::RegexMatcher& Regex::matcherIn(const icu::UnicodeString& text, int32_t from, int32_t to, UErrorCode& status) const {
    // Look-around and \\b see past the range; ^ and $ hold at its ends.
    auto& m = matcher(text);
    m.region(from, to, status);
    m.useTransparentBounds(true);
    m.useAnchoringBounds(true);
    return m;
}

Match Regex::find(const icu::UnicodeString& text, const IndexedText* index, int32_t from, int32_t to) const {
    if (to < 0 || to > text.length()) to = text.length();
    if (from >= to) return {};
    if (anchoredOnly_) return lookingAt(text, index, from, to);
    if (!required_.empty() && requiredSet_.first(text, index, from, to) < 0) return {};
    if (startAtLiteral_) {
        // The leftmost match starts at the first place where one can start
        // (a literal, or a run of word characters before a prefixed one)
        // and the regex matches, unless a bare way matches before it.
        const Match bare = bare_ ? bare_->find(text, index, from, to) : Match{};
        const int32_t before = bare ? bare.start : to;
        // (After the longest run before a prefixed literal failed, the
        // shorter ones are passed over when they would fail as well.)
        // Each literal found is kept until the search passes it (-2: not
        // looked for yet, -1: none left).
        int32_t at = leading_.texts.empty() ? -1 : -2, q = prefixed_.texts.empty() ? -1 : -2;
        for (int32_t cur = from, afterRun = from; cur < before;) {
            if (at != -1 && at < cur) at = leading_.first(text, index, cur, to);
            if (q != -1 && q < std::max(cur, afterRun)) q = prefixed_.first(text, index, std::max(cur, afterRun), to);
            const int32_t w = q >= 0 && (at < 0 || q - back_ < at) ? runStart(text, q, cur) : -1;
            const int32_t next = w >= 0 && (at < 0 || w < at) ? w : at;
            if (next < 0 || next >= before) break;
            if (Match m = lookingAtLiteral(text, next, to)) return m;
            if (next == w && sameRun_) afterRun = q + 1;
            cur = next + 1;
        }
        // Where the bare way matches, the whole pattern does, perhaps by an earlier way.
        return bare ? lookingAtLiteral(text, bare.start, to) : Match{};
    }
    if (rest_) {
        if (Match m = lookingAt(text, index, from, to)) return m;
        const bool pair = U16_IS_LEAD(text[from]) && from + 1 < to && U16_IS_TRAIL(text[from + 1]);
        return rest_->find(text, index, from + (pair ? 2 : 1), to);
    }
    if (!literals_.empty() && firstLiteral(text, index, from, to) < 0) return {};
    // (With literals, the test above was mayMatch's.)
    if (literals_.empty() && !mayMatch(text, index, from, to, true)) return {};
    UErrorCode status = U_ZERO_ERROR;
    auto& m = matcherIn(text, from, to, status);
    if (!m.find(status) || U_FAILURE(status)) return {};
    return {m.start(status), m.end(status)};
}

Match Regex::lookingAt(const icu::UnicodeString& text, const IndexedText* index, int32_t from, int32_t to) const {
    if (to < 0 || to > text.length()) to = text.length();
    if (from > to) return {};
    if (!mayMatch(text, index, from, to, false)) return {};
    return lookingAtLiteral(text, from, to);
}

Match Regex::lookingAtLiteral(const icu::UnicodeString& text, int32_t from, int32_t to) const {
    UErrorCode status = U_ZERO_ERROR;
    auto& m = matcherIn(text, from, to, status);
    if (!m.lookingAt(status) || U_FAILURE(status)) return {};
    return {m.start(status), m.end(status)};
}

bool Regex::matches(const icu::UnicodeString& text, const IndexedText* index, int32_t from, int32_t to) const {
    if (to < 0 || to > text.length()) to = text.length();
    // A whole match is a match at `from`: what rules that out rules this out.
    if (from >= 0 && from <= to && !mayMatch(text, index, from, to, false)) return false;
    auto& m = matcher(text);
    UErrorCode status = U_ZERO_ERROR;
    m.region(from, to, status);
    m.useAnchoringBounds(true);
    return m.matches(status) && U_SUCCESS(status);
}

}  // namespace svarbrev
