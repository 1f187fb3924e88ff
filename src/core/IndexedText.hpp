// A text that knows where each pair of adjacent units occurs in it. Every
// data pattern runs on the same lower-case text; asking this index where a
// pattern's literals are costs a look-up, where a scan per pattern cost a
// pass over the sentence for each of a hundred patterns.
#pragma once

#include <unicode/unistr.h>

#include <string>
#include <vector>

namespace svarbrev {

class IndexedText : public icu::UnicodeString {
public:
    IndexedText() = default;
    explicit IndexedText(const icu::UnicodeString& text);

    // Where the first of `literals` starts in [from, to) (the whole literal
    // inside), or -1.
    int32_t first(const std::vector<std::u16string>& literals, int32_t from, int32_t to) const;

private:
    // Pairs are keyed by 6 bits of each unit: a key holds a few pairs, and
    // a candidate is checked against the literal itself.
    static constexpr int kKeys = 64 * 64;
    static int key(char16_t a, char16_t b) { return (a & 63) << 6 | (b & 63); }
    std::vector<int32_t> bucketStart_;  // kKeys + 1 offsets into positions_
    std::vector<int32_t> positions_;    // ascending within a bucket
};

}  // namespace svarbrev
