#include "Utf8.hpp"

#include <unicode/ucnv.h>

namespace svarbrev {
namespace {

bool isContinuation(unsigned char c) { return (c & 0xC0) == 0x80; }

// Length of the valid UTF-8 sequence starting at `i`, or 0 if invalid.
std::size_t validSequenceLength(std::string_view s, std::size_t i) {
    const auto c = static_cast<unsigned char>(s[i]);
    std::size_t len;
    char32_t min;
    if (c < 0x80) return 1;
    if ((c & 0xE0) == 0xC0) { len = 2; min = 0x80; }
    else if ((c & 0xF0) == 0xE0) { len = 3; min = 0x800; }
    else if ((c & 0xF8) == 0xF0) { len = 4; min = 0x10000; }
    else return 0;
    if (i + len > s.size()) return 0;
    char32_t cp = c & (0x7F >> len);
    for (std::size_t k = 1; k < len; ++k) {
        const auto cc = static_cast<unsigned char>(s[i + k]);
        if (!isContinuation(cc)) return 0;
        cp = (cp << 6) | (cc & 0x3F);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
    return len;
}

bool isValidUtf8(std::string_view s) {
    for (std::size_t i = 0; i < s.size();) {
        const std::size_t len = validSequenceLength(s, i);
        if (len == 0) return false;
        i += len;
    }
    return true;
}

}  // namespace

std::size_t byteOffsetOf(std::string_view utf8, std::size_t codePoint) {
    std::size_t i = 0;
    for (std::size_t n = 0; i < utf8.size() && n < codePoint; ++n) {
        ++i;
        while (i < utf8.size() && isContinuation(static_cast<unsigned char>(utf8[i]))) ++i;
    }
    return i;
}

std::string_view codePointSlice(std::string_view utf8, std::size_t start, std::size_t end) {
    const std::size_t b = byteOffsetOf(utf8, start);
    const std::size_t e = byteOffsetOf(utf8, end);
    return e > b ? utf8.substr(b, e - b) : std::string_view{};
}

std::size_t codePointCount(std::string_view utf8) {
    std::size_t n = 0;
    for (unsigned char c : utf8) n += !isContinuation(c);
    return n;
}

std::string sanitizeUtf8(std::string_view bytes) {
    std::string out;
    out.reserve(bytes.size());
    for (std::size_t i = 0; i < bytes.size();) {
        // A valid run (ASCII bytes need no look) is copied at once.
        std::size_t j = i;
        while (j < bytes.size()) {
            if (static_cast<unsigned char>(bytes[j]) < 0x80) { ++j; continue; }
            const std::size_t len = validSequenceLength(bytes, j);
            if (len == 0) break;
            j += len;
        }
        out.append(bytes.substr(i, j - i));
        if (j < bytes.size()) {
            out += "\xEF\xBF\xBD";
            ++j;
        }
        i = j;
    }
    return out;
}

std::string plainTextToUtf8(std::string_view bytes) {
    if (bytes.substr(0, 3) == "\xEF\xBB\xBF") bytes.remove_prefix(3);
    if (isValidUtf8(bytes)) return std::string(bytes);
    UErrorCode status = U_ZERO_ERROR;
    // Each byte becomes at most three of UTF-8.
    std::string out(bytes.size() * 3 + 1, '\0');
    const int32_t n = ucnv_convert("UTF-8", "windows-1252", out.data(), static_cast<int32_t>(out.size()), bytes.data(),
                                   static_cast<int32_t>(bytes.size()), &status);
    if (U_FAILURE(status)) return sanitizeUtf8(bytes);
    out.resize(static_cast<std::size_t>(n));
    return out;
}

}  // namespace svarbrev
