// The text the stages read: the original letter normalised (NFC, markup and
// soft hyphens gone, hyphenated line breaks joined, OCR damage repaired) as
// UTF-16 for ICU, with each unit's span in the original kept, so every fact
// can quote the original text and give code point offsets into it.
#pragma once

#include <unicode/unistr.h>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace svarbrev {

// One character of the working text and the original code points it came from.
struct Unit {
    char32_t c;
    int32_t origStart;
    int32_t origEnd;
};

using Units = std::vector<Unit>;

struct Document {
    std::string original;       // sanitized UTF-8, what offsets count into
    icu::UnicodeString text;    // working text
    std::vector<int32_t> origStart, origEnd;  // per UTF-16 unit of `text`
    std::vector<uint32_t> byteOfCodePoint;    // byte offset in `original` of each code point (and the end)

    static Document fromUnits(std::string original, const Units& units);

    // Code point span in the original of text[s, e).
    int32_t originalStart(int32_t s) const;
    int32_t originalEnd(int32_t e) const;
    // The original code point at code point offset `cp`; U_SENTINEL past the end.
    UChar32 originalCodePoint(int32_t cp) const;
    // The original text behind text[s, e).
    std::string quote(int32_t s, int32_t e) const;
    std::string utf8(int32_t s, int32_t e) const;
};

// Decodes UTF-8 into units that each point at their own code point.
Units decodeUnits(std::string_view utf8);

}  // namespace svarbrev
