// Finds numbers in text: digits with Danish separators ("1.250", "2,5") and
// number words ("otte", "femogtyve", "fireogfyrre"), the latter read by
// ICU's Danish spell-out rules in lenient mode, accepted only when the parse
// ends on the word's end (lenient parsing reads "tilbud" as 10).
#pragma once

#include "DomainData.hpp"

#include <unicode/unistr.h>

#include <optional>
#include <string>
#include <unordered_set>
#include <vector>

namespace svarbrev {

struct NumberToken {
    int32_t start = 0;
    int32_t end = 0;
    double value = 0;
    bool word = false;      // spelled out
    bool decimal = false;   // has a decimal part
    bool glued = false;     // part of a code, time, range or date ("10.00", "4-6", "15.20.00")
    bool person = false;    // one person as a clause's subject ("den syvende", "en enkelt"), not a numeral
    bool listed = false;    // one person of the list after a count's colon ("To …: en kvinde på kontanthjælp, …"): counts what the count does
};

class NumberParser {
public:
    explicit NumberParser(const DomainData& data);
    static const NumberParser& get();

    std::vector<NumberToken> find(const icu::UnicodeString& text, int32_t from, int32_t to) const;
    // The value of one Danish number word, if it is one ("OTTE" -> 8).
    std::optional<double> parseWord(const icu::UnicodeString& word) const;
    // "1.250" -> 1250, "2,5" -> 2.5.
    static std::optional<double> parseDigits(const icu::UnicodeString& s);

private:
    static constexpr int32_t kMaxWord = 40;  // longer words are no numbers
    bool composed(const char16_t* lowerWord, int32_t length) const;
    std::vector<std::u16string> morphemes_;
    std::vector<std::size_t> byFirst_[64];  // morphemes by 6 bits of their first unit
    std::unordered_set<uint32_t> prefixes_;  // first two letters of the morphemes
    std::vector<std::pair<std::u16string, double>> countingNouns_;  // "dusin" 12
    // Their first units (6 bits) and lengths, as bits: nearly every word
    // fails these before countingNoun is asked.
    uint64_t nounFirsts_ = 0, nounLengths_ = 0;
    // "et dusin", "en halv snes": where the count starts and its value, when
    // text[i, j) is a counting noun after its article.
    std::optional<NumberToken> countingNoun(const icu::UnicodeString& text, int32_t from, int32_t i, int32_t j) const;
};

}  // namespace svarbrev
