// ICU's character classes with the Latin-1 most Danish letter text is made
// of decided by table: the hot loops ask for every unit of a letter, and a
// library call per unit cost more than the rest of those loops. The tables
// are filled from ICU itself, so the answers are ICU's.
#pragma once

#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <cstdint>

namespace svarbrev {

namespace charclass {
enum : uint8_t { kAlpha = 1, kDigit = 2, kUpper = 4, kLower = 8, kWhite = 16 };
struct Latin1 {
    uint8_t bits[256];
    UChar lower[256];
    Latin1() {
        for (UChar32 c = 0; c < 256; ++c) {
            bits[c] = static_cast<uint8_t>((u_isalpha(c) ? kAlpha : 0) | (u_isdigit(c) ? kDigit : 0) | (u_isupper(c) ? kUpper : 0) |
                                           (u_islower(c) ? kLower : 0) | (u_isWhitespace(c) ? kWhite : 0));
            lower[c] = static_cast<UChar>(u_tolower(c));
        }
    }
};
inline const Latin1& latin1() {
    static const Latin1 table;
    return table;
}
// For 0 <= c < 256.
inline bool has(UChar32 c, uint8_t bit) { return (latin1().bits[c] & bit) != 0; }
}  // namespace charclass

// u_isalpha: general category L*.
inline bool isAlphaFast(UChar32 c) {
    if (c < 0x80) return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
    if (c < 256) return charclass::has(c, charclass::kAlpha);
    return u_isalpha(c);
}

// u_isalnum: general category L* or Nd.
inline bool isAlnumFast(UChar32 c) {
    if (c < 0x80) return ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') || (c >= '0' && c <= '9');
    if (c < 256) return charclass::has(c, charclass::kAlpha | charclass::kDigit);
    return u_isalnum(c);
}

// u_isupper: general category Lu.
inline bool isUpperFast(UChar32 c) {
    if (c < 0x80) return c >= 'A' && c <= 'Z';
    if (c < 256) return charclass::has(c, charclass::kUpper);
    return u_isupper(c);
}

// u_islower: general category Ll.
inline bool isLowerFast(UChar32 c) {
    if (c < 0x80) return c >= 'a' && c <= 'z';
    if (c < 256) return charclass::has(c, charclass::kLower);
    return u_islower(c);
}

// u_isdigit: general category Nd.
inline bool isDigitFast(UChar32 c) {
    if (c < 0x80) return c >= '0' && c <= '9';
    if (c < 256) return charclass::has(c, charclass::kDigit);
    return u_isdigit(c);
}

// Whether t[from, to) holds a digit (ICU's \\d).
inline bool holdsDigit(const icu::UnicodeString& t, int32_t from, int32_t to) {
    for (int32_t k = from; k < to; ++k)
        if (isDigitFast(t[k])) return true;
    return false;
}

// u_isWhitespace.
inline bool isWhitespaceFast(UChar32 c) {
    if (c > 0x20 && c < 0x7F) return false;
    if (c >= 0 && c < 256) return charclass::has(c, charclass::kWhite);
    return u_isWhitespace(c);
}

// Where the text of t[s, e) starts and ends, white space left out.
inline int32_t firstNonSpace(const icu::UnicodeString& t, int32_t s, int32_t e) {
    while (s < e && isWhitespaceFast(t[s])) ++s;
    return s;
}
inline int32_t lastNonSpace(const icu::UnicodeString& t, int32_t s, int32_t e) {
    while (e > s && isWhitespaceFast(t[e - 1])) --e;
    return e;
}

// u_tolower, for a unit that is no surrogate.
inline UChar toLowerFast(UChar c) {
    if (c < 0x80) return c >= 'A' && c <= 'Z' ? static_cast<UChar>(c + 32) : c;
    if (c < 256) return charclass::latin1().lower[c];
    const UChar32 l = u_tolower(c);
    return l <= 0xFFFF ? static_cast<UChar>(l) : c;
}

// ASCII only: the names of markup (tags, entities) are never other letters.
inline bool isAsciiLetter(UChar32 c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
inline bool isAsciiDigit(UChar32 c) { return c >= '0' && c <= '9'; }

// "¹", "²", "³", "⁰", "⁴"–"⁹": a footnote's mark.
inline bool isSuperscriptDigit(UChar32 c) { return c == 0xB9 || c == 0xB2 || c == 0xB3 || c == 0x2070 || (c >= 0x2074 && c <= 0x2079); }

}  // namespace svarbrev
