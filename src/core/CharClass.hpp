// ICU's character classes with the ASCII most letter text is made of decided
// inline: the hot loops ask for every unit of a letter, and a library call
// per unit cost more than the rest of those loops. Same answers as ICU.
#pragma once

#include <unicode/uchar.h>

namespace svarbrev {

// u_isalpha: general category L*.
inline bool isAlphaFast(UChar32 c) {
    if (c < 0x80) return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
    return u_isalpha(c);
}

// u_isalnum: general category L* or Nd.
inline bool isAlnumFast(UChar32 c) {
    if (c < 0x80) return ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') || (c >= '0' && c <= '9');
    return u_isalnum(c);
}

// u_isupper: general category Lu.
inline bool isUpperFast(UChar32 c) {
    if (c < 0x80) return c >= 'A' && c <= 'Z';
    return u_isupper(c);
}

// u_isdigit: general category Nd.
inline bool isDigitFast(UChar32 c) {
    if (c < 0x80) return c >= '0' && c <= '9';
    return u_isdigit(c);
}

// u_isWhitespace, sure only for printable ASCII (never white space).
inline bool isWhitespaceFast(UChar32 c) {
    if (c > 0x20 && c < 0x7F) return false;
    return u_isWhitespace(c);
}

}  // namespace svarbrev
