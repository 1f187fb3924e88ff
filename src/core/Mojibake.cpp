#include "Mojibake.hpp"

#include <unicode/ucnv.h>
#include <unicode/utf8.h>

#include <array>
#include <optional>
#include <unordered_map>

namespace svarbrev {

namespace {

// Windows-1252's bytes 0x80-0xFF by the character each reads as, from ICU's
// own table of the code page.
const std::unordered_map<char32_t, uint8_t>& cp1252Bytes() {
    static const std::unordered_map<char32_t, uint8_t> table = [] {
        std::unordered_map<char32_t, uint8_t> t;
        UErrorCode status = U_ZERO_ERROR;
        UConverter* cnv = ucnv_open("windows-1252", &status);
        for (int b = 0x80; U_SUCCESS(status) && b <= 0xFF; ++b) {
            const char in = static_cast<char>(b);
            UChar out[2];
            UErrorCode s = U_ZERO_ERROR;
            const int32_t n = ucnv_toUChars(cnv, out, 2, &in, 1, &s);
            if (U_SUCCESS(s) && n == 1 && out[0] != 0xFFFD && out[0] != 0x1A) t.emplace(out[0], static_cast<uint8_t>(b));
        }
        if (cnv) ucnv_close(cnv);
        return t;
    }();
    return table;
}

std::optional<uint8_t> byteOf(char32_t c) {
    const auto& t = cp1252Bytes();
    const auto it = t.find(c);
    if (it == t.end()) return std::nullopt;
    return it->second;
}

// The length of the UTF-8 sequence a lead byte opens, or 0.
int sequenceLength(uint8_t lead) {
    if (lead >= 0xC2 && lead <= 0xDF) return 2;
    if (lead >= 0xE0 && lead <= 0xEF) return 3;
    if (lead >= 0xF0 && lead <= 0xF4) return 4;
    return 0;
}

// The character the units from `i` were written for, and how many units
// they are; nothing when they are not a mis-read UTF-8 sequence.
std::optional<std::pair<char32_t, int>> mended(const Units& in, std::size_t i) {
    if (in[i].c < 0xC2 || in[i].c > 0xF4) return std::nullopt;  // all leads are Latin-1 letters
    const int n = sequenceLength(static_cast<uint8_t>(in[i].c));
    if (n == 0 || i + static_cast<std::size_t>(n) > in.size()) return std::nullopt;
    std::array<uint8_t, 4> bytes{static_cast<uint8_t>(in[i].c)};
    for (int k = 1; k < n; ++k) {
        // Every continuation byte reads as a character past ASCII: most
        // letters (æ, ø, å before a plain letter) stop here.
        if (in[i + static_cast<std::size_t>(k)].c < 0x80) return std::nullopt;
        const auto b = byteOf(in[i + static_cast<std::size_t>(k)].c);
        if (!b || (*b & 0xC0) != 0x80) return std::nullopt;
        bytes[static_cast<std::size_t>(k)] = *b;
    }
    int32_t at = 0;
    UChar32 c;
    U8_NEXT(bytes.data(), at, n, c);
    if (c < 0x80 || at != n) return std::nullopt;
    return std::pair{static_cast<char32_t>(c), n};
}

}  // namespace

Units undoMojibake(Units in) {
    // One such sequence may be a real "Ã" before a sign; two or more are the
    // damage, never Danish.
    int found = 0;
    for (std::size_t i = 0; i + 1 < in.size() && found < 2; ++i) {
        if (in[i + 1].c < 0x80) continue;  // the test below, inlined: it runs over every unit of a letter
        if (const auto m = mended(in, i)) { ++found; i += static_cast<std::size_t>(m->second) - 1; }
    }
    if (found < 2) return in;
    Units out;
    out.reserve(in.size());
    for (std::size_t i = 0; i < in.size();) {
        if (const auto m = mended(in, i)) {
            const std::size_t last = i + static_cast<std::size_t>(m->second) - 1;
            out.push_back({m->first, in[i].origStart, in[last].origEnd});
            i = last + 1;
        } else {
            out.push_back(in[i++]);
        }
    }
    return out;
}

}  // namespace svarbrev
