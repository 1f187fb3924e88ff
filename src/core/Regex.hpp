// A compiled ICU regular expression, matched with a per-thread matcher so a
// pattern is compiled once (at data load) and never per call.
#pragma once

#include <cstdint>

#include "IndexedText.hpp"

#include <unicode/regex.h>
#include <unicode/unistr.h>

#include <memory>
#include <string_view>
#include <vector>

namespace svarbrev {

struct Match {
    int32_t start = -1;
    int32_t end = -1;
    explicit operator bool() const { return start >= 0; }
};

// Lower case, unit by unit, so offsets stay those of the input. The data
// patterns are lower case and run case-sensitively on such text: ICU's
// case-insensitive matching folds every character and costs far more.
icu::UnicodeString lowerSameLength(const icu::UnicodeString& s);

// Which pairs of adjacent units (6 bits of each) and which single units a
// range of text holds: read once per sentence, it rules out at once every
// pattern none of whose literals can be there (Regex::mayOccurIn).
class UnitPairs {
public:
    UnitPairs(const icu::UnicodeString& text, int32_t from, int32_t to);
    bool hasPair(char16_t a, char16_t b) const { return pairs_[a & 63] >> (b & 63) & 1; }
    bool hasUnit(char16_t a) const { return units_ >> (a & 63) & 1; }

private:
    uint64_t pairs_[64] = {};
    uint64_t units_ = 0;
};

class Regex {
public:
    // Whether matcher() must hold what the groups matched: most callers only
    // want where a match is.
    enum class Groups { Dropped, Kept };
    // Case-insensitive unless `caseSensitive`; throws std::runtime_error on a bad pattern.
    explicit Regex(std::string_view utf8Pattern, bool caseSensitive = false, Groups groups = Groups::Dropped);
    ~Regex();
    Regex(const Regex&) = delete;
    Regex& operator=(const Regex&) = delete;

    // First match in text[from, to). On an IndexedText the literal tests
    // are look-ups (the same answers).
    Match find(const icu::UnicodeString& text, int32_t from = 0, int32_t to = -1) const { return find(text, nullptr, from, to); }
    Match find(const IndexedText& text, int32_t from = 0, int32_t to = -1) const { return find(text, &text, from, to); }
    // False when no match can lie in the range `pairs` was read from: none
    // of the literals every match holds is there. True when unsure.
    bool mayOccurIn(const UnitPairs& pairs) const;
    // A match starting at `from` (for patterns read right after a position).
    Match lookingAt(const icu::UnicodeString& text, int32_t from, int32_t to = -1) const { return lookingAt(text, nullptr, from, to); }
    Match lookingAt(const IndexedText& text, int32_t from, int32_t to = -1) const { return lookingAt(text, &text, from, to); }
    // Whole of text[from, to) matches.
    bool matches(const icu::UnicodeString& text, int32_t from = 0, int32_t to = -1) const { return matches(text, nullptr, from, to); }
    bool matches(const IndexedText& text, int32_t from = 0, int32_t to = -1) const { return matches(text, &text, from, to); }
    // The matcher positioned after a successful find, for groups (of a
    // pattern made with Groups::Kept).
    icu::RegexMatcher& matcher(const icu::UnicodeString& text) const;

    // The literal texts one of which every match must start with (after
    // \\b), when the pattern says so plainly; empty when it does not.
    const std::vector<icu::UnicodeString>& literals() const { return literals_; }

private:
    // The matcher on text[from, to), with transparent and anchoring bounds.
    icu::RegexMatcher& matcherIn(const icu::UnicodeString& text, int32_t from, int32_t to, UErrorCode& status) const;
    // Names this pattern in the per-thread matcher cache: an address may be
    // reused by a later pattern, an id never is.
    std::uint64_t id_;
    std::unique_ptr<icu::RegexPattern> pattern_;
    std::vector<icu::UnicodeString> literals_;  // a cheap test before the regex runs
    // Literals found in one pass over a text.
    struct LiteralSet {
        std::vector<std::u16string> texts;
        // The first two units of the literals, 6 bits of each, as bits: most
        // places of a text fail this test.
        uint64_t pairBits[64] = {};
        void add(const std::u16string& l);
        // Where the first of them starts in text[from, to), or -1; asks
        // `index` (the same text) when there is one.
        int32_t first(const icu::UnicodeString& text, const IndexedText* index, int32_t from, int32_t to) const;
    };
    // The literals the ways start with (literals_ again, when no way starts
    // with a run of letters), and those after such a run, which may be up
    // to back_ word characters long.
    LiteralSet leading_, prefixed_;
    int32_t back_ = 0;
    bool sameRun_ = false;  // runs of \\p{L}, all as long, after nothing but \\b
    // Where the run of word characters before text[q] starts, at most back_
    // of them and not before `from`.
    int32_t runStart(const icu::UnicodeString& text, int32_t q, int32_t from) const;
    // The ways not anchored at the region's start, of a pattern with ways
    // that are: only they can match past `from`.
    std::unique_ptr<Regex> rest_;
    // The ways with no literal to look for, of a pattern with ways that have
    // one: ICU searches for them alone.
    std::unique_ptr<Regex> bare_;
    LiteralSet requiredSet_;  // required_ again
    // Every match starts at a literal or in the run of letters before a
    // prefixed one: only those places are tried (with lookingAt), unless the
    // pattern anchors at the region's start (^, \G, \A), which a region
    // starting there would move.
    bool startAtLiteral_ = false;
    // Every way starts with ^ (which, without (?m), holds only at the
    // region's start): ICU spots that for one way but for several tries
    // every place of the range, so find is a lookingAt at `from`.
    bool anchoredOnly_ = false;
    int32_t firstLiteral(const icu::UnicodeString& text, const IndexedText* index, int32_t from, int32_t to) const { return leading_.first(text, index, from, to); }
    // Patterns with ways anchored at the start ("^\\s*(år|uge)", "x|^\\s*y"):
    // literals read after the white space that opens the region (anchored_),
    // and those of the other ways, which may start anywhere (unanchored_).
    // Only set when every way starts with a literal.
    std::vector<icu::UnicodeString> anchored_, unanchored_;
    // Texts one of which every match holds somewhere ("\\p{L}*minister" holds
    // "minister"), when they rule out more than the leading literals do.
    std::vector<icu::UnicodeString> required_;
    // Can a match start at `from` (lookingAt, matches) or anywhere in
    // text[from, to) (find)? False only when the literals rule it out.
    bool mayMatch(const icu::UnicodeString& text, const IndexedText* index, int32_t from, int32_t to, bool anywhere) const;
    // lookingAt where the literal tests have passed: the regex alone.
    Match lookingAtLiteral(const icu::UnicodeString& text, int32_t from, int32_t to) const;
    Match find(const icu::UnicodeString& text, const IndexedText* index, int32_t from, int32_t to) const;
    Match lookingAt(const icu::UnicodeString& text, const IndexedText* index, int32_t from, int32_t to) const;
    bool matches(const icu::UnicodeString& text, const IndexedText* index, int32_t from, int32_t to) const;
};

}  // namespace svarbrev
