#include "Regex.hpp"

#include <unicode/uchar.h>
#include <unicode/utf16.h>

#include <stdexcept>
#include <string>
#include <unordered_map>

namespace svarbrev {

icu::UnicodeString lowerSameLength(const icu::UnicodeString& s) {
    icu::UnicodeString out(s);
    const int32_t n = out.length();
    UChar* buf = out.getBuffer(n);
    for (int32_t i = 0; i < n; ++i) {
        const UChar c = buf[i];
        if (c < 0x80) { if (c >= 'A' && c <= 'Z') buf[i] = static_cast<UChar>(c + 32); }
        else if (!U16_IS_SURROGATE(c)) {
            const UChar32 l = u_tolower(c);
            if (l <= 0xFFFF) buf[i] = static_cast<UChar>(l);
        }
    }
    out.releaseBuffer(n);
    return out;
}

Regex::Regex(std::string_view utf8Pattern, bool caseSensitive) {
    UErrorCode status = U_ZERO_ERROR;
    UParseError pe;
    const uint32_t flags = caseSensitive ? 0 : UREGEX_CASE_INSENSITIVE;
    pattern_.reset(icu::RegexPattern::compile(
        icu::UnicodeString::fromUTF8(icu::StringPiece(utf8Pattern.data(), static_cast<int32_t>(utf8Pattern.size()))),
        flags, pe, status));
    if (U_FAILURE(status)) {
        throw std::runtime_error("bad pattern: " + std::string(utf8Pattern));
    }
}

Regex::~Regex() = default;

icu::RegexMatcher& Regex::matcher(const icu::UnicodeString& text) const {
    // One matcher per pattern and thread; ICU matchers are not thread-safe.
    thread_local std::unordered_map<const Regex*, std::unique_ptr<icu::RegexMatcher>> cache;
    auto& m = cache[this];
    UErrorCode status = U_ZERO_ERROR;
    if (!m) m.reset(pattern_->matcher(text, status));
    else m->reset(text);
    return *m;
}

Match Regex::find(const icu::UnicodeString& text, int32_t from, int32_t to) const {
    if (to < 0 || to > text.length()) to = text.length();
    if (from >= to) return {};
    auto& m = matcher(text);
    UErrorCode status = U_ZERO_ERROR;
    m.region(from, to, status);
    m.useTransparentBounds(true);
    m.useAnchoringBounds(true);
    if (!m.find(status) || U_FAILURE(status)) return {};
    return {m.start(status), m.end(status)};
}

Match Regex::lookingAt(const icu::UnicodeString& text, int32_t from, int32_t to) const {
    if (to < 0 || to > text.length()) to = text.length();
    if (from > to) return {};
    auto& m = matcher(text);
    UErrorCode status = U_ZERO_ERROR;
    m.region(from, to, status);
    m.useTransparentBounds(true);
    m.useAnchoringBounds(true);
    if (!m.lookingAt(status) || U_FAILURE(status)) return {};
    return {m.start(status), m.end(status)};
}

bool Regex::matches(const icu::UnicodeString& text, int32_t from, int32_t to) const {
    if (to < 0 || to > text.length()) to = text.length();
    auto& m = matcher(text);
    UErrorCode status = U_ZERO_ERROR;
    m.region(from, to, status);
    m.useAnchoringBounds(true);
    return m.matches(status) && U_SUCCESS(status);
}

}  // namespace svarbrev
