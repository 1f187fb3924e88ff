#include "Document.hpp"

#include "Utf8.hpp"

#include <algorithm>

#include <unicode/utf16.h>
#include <unicode/utf8.h>

namespace svarbrev {

Units decodeUnits(std::string_view s) {
    Units out;
    out.reserve(s.size());
    int32_t i = 0, n = static_cast<int32_t>(s.size()), cp = 0;
    while (i < n) {
        UChar32 c;
        U8_NEXT(s.data(), i, n, c);
        if (c < 0) c = 0xFFFD;
        out.push_back({static_cast<char32_t>(c), cp, cp + 1});
        ++cp;
    }
    return out;
}

Document Document::fromUnits(std::string original, const Units& units) {
    Document d;
    d.original = std::move(original);
    d.byteOfCodePoint.reserve(d.original.size() + 1);
    for (std::size_t b = 0; b < d.original.size(); ++b) {
        if ((static_cast<unsigned char>(d.original[b]) & 0xC0) != 0x80) d.byteOfCodePoint.push_back(static_cast<uint32_t>(b));
    }
    d.byteOfCodePoint.push_back(static_cast<uint32_t>(d.original.size()));
    // Sized once and filled in place: this runs over every unit of a letter.
    std::size_t total = 0;
    for (const Unit& u : units) total += static_cast<std::size_t>(U16_LENGTH(u.c));
    d.origStart.resize(total);
    d.origEnd.resize(total);
    std::u16string buf(total, u'\0');
    std::size_t k = 0;
    for (const Unit& u : units) {
        if (u.c <= 0xFFFF) {
            buf[k] = static_cast<char16_t>(u.c);
            d.origStart[k] = u.origStart;
            d.origEnd[k] = u.origEnd;
            ++k;
        } else {
            buf[k] = static_cast<char16_t>(U16_LEAD(u.c));
            buf[k + 1] = static_cast<char16_t>(U16_TRAIL(u.c));
            d.origStart[k] = d.origStart[k + 1] = u.origStart;
            d.origEnd[k] = d.origEnd[k + 1] = u.origEnd;
            k += 2;
        }
    }
    d.text = icu::UnicodeString(buf.data(), static_cast<int32_t>(buf.size()));
    return d;
}

UChar32 Document::originalCodePoint(int32_t cp) const {
    if (cp < 0 || static_cast<std::size_t>(cp) + 1 >= byteOfCodePoint.size()) return U_SENTINEL;
    int32_t b = static_cast<int32_t>(byteOfCodePoint[cp]);
    UChar32 c;
    U8_NEXT(original.data(), b, static_cast<int32_t>(original.size()), c);
    return c;
}

int32_t Document::originalStart(int32_t s) const {
    if (origStart.empty()) return 0;
    if (s >= static_cast<int32_t>(origStart.size())) return origEnd.back();
    return origStart[s];
}

int32_t Document::originalEnd(int32_t e) const {
    if (origEnd.empty() || e <= 0) return 0;
    if (e > static_cast<int32_t>(origEnd.size())) e = static_cast<int32_t>(origEnd.size());
    return origEnd[e - 1];
}

std::string Document::quote(int32_t s, int32_t e) const {
    const auto n = static_cast<int32_t>(byteOfCodePoint.size()) - 1;
    const int32_t a = std::clamp(originalStart(s), 0, n), b = std::clamp(originalEnd(e), 0, n);
    if (b <= a) return {};
    return original.substr(byteOfCodePoint[a], byteOfCodePoint[b] - byteOfCodePoint[a]);
}

std::string Document::utf8(int32_t s, int32_t e) const {
    std::string out;
    text.tempSubStringBetween(s, e).toUTF8String(out);
    return out;
}

}  // namespace svarbrev
