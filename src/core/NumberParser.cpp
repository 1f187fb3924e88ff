#include "NumberParser.hpp"

#include "CharClass.hpp"

#include <unicode/fmtable.h>
#include <unicode/parsepos.h>
#include <unicode/rbnf.h>
#include <unicode/uchar.h>

#include <cmath>
#include <memory>
#include <string>
#include <unordered_map>

namespace svarbrev {

NumberParser::NumberParser(const DomainData& data) {
    for (const auto& w : data.numberWords) {
        const icu::UnicodeString m = icu::UnicodeString::fromUTF8(w);
        if (m.isEmpty()) continue;
        morphemes_.emplace_back(reinterpret_cast<const char16_t*>(m.getBuffer()), static_cast<std::size_t>(m.length()));
        byFirst_[m[0] & 63].push_back(morphemes_.size() - 1);
        if (m.length() >= 2) prefixes_.insert((static_cast<uint32_t>(m[0]) << 16) | m[1]);
    }
    for (const auto& [noun, value] : data.countingNouns) {
        const icu::UnicodeString m = icu::UnicodeString::fromUTF8(noun);
        countingNouns_.emplace_back(std::u16string(reinterpret_cast<const char16_t*>(m.getBuffer()), static_cast<std::size_t>(m.length())), value);
        nounFirsts_ |= uint64_t{1} << (m[0] & 63);
        if (m.length() < 64) nounLengths_ |= uint64_t{1} << m.length();
    }
}

const NumberParser& NumberParser::get() {
    static const NumberParser instance(DomainData::get());
    return instance;
}

bool NumberParser::composed(const char16_t* w, int32_t n) const {
    // Most words fail on their first two letters.
    if (n < 2 || !prefixes_.count((static_cast<uint32_t>(w[0]) << 16) | w[1])) return false;
    // Can the word be cut into number morphemes? (dynamic programming)
    char ok[kMaxWord + 1] = {};
    ok[0] = 1;
    for (int32_t i = 0; i < n; ++i) {
        if (!ok[i]) continue;
        for (const std::size_t k : byFirst_[w[i] & 63]) {
            const std::u16string& m = morphemes_[k];
            const auto len = static_cast<int32_t>(m.size());
            if (i + len <= n && std::char_traits<char16_t>::compare(w + i, m.data(), m.size()) == 0) ok[i + len] = 1;
        }
    }
    return ok[n];
}

namespace {
char16_t lowerUnit(char16_t c) {
    if (c < 0x80) return c >= 'A' && c <= 'Z' ? static_cast<char16_t>(c + 32) : c;
    return static_cast<char16_t>(u_tolower(c));
}
}  // namespace

std::optional<double> NumberParser::parseWord(const icu::UnicodeString& word) const {
    const int32_t n = word.length();
    if (n < 2 || n > kMaxWord) return std::nullopt;
    if (!prefixes_.count((static_cast<uint32_t>(lowerUnit(word[0])) << 16) | static_cast<uint32_t>(lowerUnit(word[1])))) return std::nullopt;
    std::u16string key(static_cast<std::size_t>(n), u' ');
    for (int32_t i = 0; i < n; ++i) key[static_cast<std::size_t>(i)] = lowerUnit(word[i]);
    if (!composed(key.data(), n)) return std::nullopt;
    thread_local std::unordered_map<std::u16string, std::optional<double>> cache;
    if (auto it = cache.find(key); it != cache.end()) return it->second;
    thread_local std::unique_ptr<icu::RuleBasedNumberFormat> rbnf = [] {
        UErrorCode status = U_ZERO_ERROR;  // "da" gives U_USING_DEFAULT_WARNING: not a failure
        auto f = std::make_unique<icu::RuleBasedNumberFormat>(icu::URBNF_SPELLOUT, icu::Locale("da"), status);
        if (U_FAILURE(status)) return std::unique_ptr<icu::RuleBasedNumberFormat>();
        f->setLenient(true);
        return f;
    }();
    std::optional<double> result;
    if (rbnf) {
        // "én", "ét": the accent marks the numeral; ICU's rules spell it "en".
        icu::UnicodeString w(key.data(), n);
        w.findAndReplace(icu::UnicodeString(static_cast<UChar>(0xE9)), icu::UnicodeString(u'e'));
        // The old long forms of the tens are the short ones ICU knows: "fyrretyve" is
        // "fyrre", "halvtredsindstyve" "halvtreds".
        w.findAndReplace(u"fyrretyve", u"fyrre");
        w.findAndReplace(u"sindstyve", u"s");
        icu::Formattable f;
        icu::ParsePosition pos(0);
        rbnf->parse(w, f, pos);
        // Accept only a parse that ends on the word's end.
        if (pos.getIndex() == w.length() && pos.getErrorIndex() < 0) {
            UErrorCode st = U_ZERO_ERROR;
            const double v = f.getDouble(st);
            if (U_SUCCESS(st) && v > 0) result = v;
        }
    }
    cache.emplace(std::move(key), result);
    return result;
}

std::optional<NumberToken> NumberParser::countingNoun(const icu::UnicodeString& t, int32_t from, int32_t i, int32_t j) const {
    for (const auto& [noun, value] : countingNouns_) {
        if (j - i != static_cast<int32_t>(noun.size())) continue;
        bool same = true;
        for (int32_t k = i; k < j && same; ++k) same = lowerUnit(t[k]) == noun[static_cast<std::size_t>(k - i)];
        if (!same) continue;
        // The words before it, back to the article: "en", "et", and "halv(t)".
        auto wordBefore = [&](int32_t end, int32_t& start) {
            if (end - 1 < from || t[end - 1] != ' ') return icu::UnicodeString();
            start = end - 1;
            while (start > from && isAlphaFast(t[start - 1])) --start;
            icu::UnicodeString w = t.tempSubStringBetween(start, end - 1);
            return w.toLower();
        };
        NumberToken tok;
        tok.end = j;
        tok.value = value;
        tok.word = true;
        int32_t start = i;
        icu::UnicodeString w = wordBefore(i, start);
        if (w == u"halv" || w == u"halvt") {
            tok.value /= 2;
            w = wordBefore(start, start);
        }
        if (w != u"en" && w != u"et") return std::nullopt;
        tok.start = start;
        return tok;
    }
    return std::nullopt;
}

namespace {
// "84.2%", "100.0 %": a share written with a decimal point (spreadsheets set
// English decimals); one or two digits then the sign, never a thousands group.
bool englishDecimalShare(const icu::UnicodeString& t, int32_t k, int32_t to) {
    int32_t d = 0;
    while (k < to && t[k] >= '0' && t[k] <= '9') ++k, ++d;
    if (d < 1 || d > 2) return false;
    if (k < to && (t[k] == ' ' || t[k] == 0xA0)) ++k;
    return k < to && t[k] == '%';
}

std::optional<double> pointDecimal(const icu::UnicodeString& s) {
    icu::UnicodeString c(s);
    c.findAndReplace(u".", u",");
    return NumberParser::parseDigits(c);
}
}  // namespace

std::optional<double> NumberParser::parseDigits(const icu::UnicodeString& s) {
    std::string digits;
    bool seenComma = false;
    for (int32_t i = 0; i < s.length(); ++i) {
        const UChar c = s[i];
        if (c >= '0' && c <= '9') digits += static_cast<char>(c);
        else if (c == '.' || c == ' ' || c == 0xA0 || c == 0x202F) continue;  // thousands separators
        else if (c == ',' && !seenComma) { digits += '.'; seenComma = true; }
        else return std::nullopt;
    }
    if (digits.empty() || digits == ".") return std::nullopt;
    return std::stod(digits);
}

std::vector<NumberToken> NumberParser::find(const icu::UnicodeString& t, int32_t from, int32_t to) const {
    std::vector<NumberToken> out;
    if (to < 0 || to > t.length()) to = t.length();
    int32_t i = from;
    const UChar* u = t.getBuffer();  // indices below stay in [from, to): no checked access
    auto isDigit = [&](int32_t k) { return k >= from && k < to && u[k] >= '0' && u[k] <= '9'; };
    while (i < to) {
        const UChar c = u[i];
        if (c >= '0' && c <= '9') {
            int32_t j = i;
            while (isDigit(j)) ++j;
            NumberToken tok;
            tok.start = i;
            // Thousands groups "1.250.000" and a decimal part "2,5".
            while (j + 3 < to + 1 && t[j] == '.' && isDigit(j + 1) && isDigit(j + 2) && isDigit(j + 3) && !isDigit(j + 4) && j - i <= 3 + 4 * 3) j += 4;
            // "1 306", "4 381": groups of three after a space, as tables set
            // them; not "32 47 13 00" (a phone number) nor "2018 212".
            auto spaceGroup = [&](int32_t k) {
                return k + 3 < to && (t[k] == ' ' || t[k] == 0xA0 || t[k] == 0x202F) && isDigit(k + 1) && isDigit(k + 2) && isDigit(k + 3) &&
                       !isDigit(k + 4) && !(k + 5 < to && (t[k + 4] == ' ' || t[k + 4] == '.' || t[k + 4] == ',') && isDigit(k + 5));
            };
            if (j - i <= 3 && (i == from || !isDigit(i - 1)) && !(i - 2 >= from && t[i - 1] == ' ' && isDigit(i - 2)) && spaceGroup(j)) j += 4;
            bool point = false;  // "84.2%": a decimal point, not a comma
            if (j + 1 < to && t[j] == ',' && isDigit(j + 1)) {
                j += 1;
                while (isDigit(j)) ++j;
                tok.decimal = true;
            } else if (j + 1 < to && t[j] == '.' && isDigit(j + 1) && englishDecimalShare(t, j + 1, to)) {
                j += 1;
                while (isDigit(j)) ++j;
                tok.decimal = true;
                point = true;
            }
            tok.end = j;
            auto v = point ? pointDecimal(t.tempSubStringBetween(tok.start, tok.end)) : parseDigits(t.tempSubStringBetween(tok.start, tok.end));
            if (v) {
                tok.value = *v;
                const UChar before = i > from ? t[i - 1] : u' ';
                const UChar after = j < to ? t[j] : u' ';
                const bool digitAfterSep = j + 1 < to && (after == '.' || after == '/' || after == '-' || after == ':' || after == 0x2013) && isDigit(j + 1);
                const bool digitBeforeSep = i - 2 >= from && (before == '.' || before == '/' || before == '-' || before == ':' || before == 0x2013) && isDigit(i - 2);
                tok.glued = digitAfterSep || digitBeforeSep || u_isalpha(before) || u_isalpha(after);
                out.push_back(tok);
            }
            i = j;
            continue;
        }
        if (isAlphaFast(c)) {
            int32_t j = i;
            while (j < to && isAlphaFast(u[j])) ++j;
            // parseWord's own first test, before a substring is made.
            const bool maybe = j - i >= 2 && j - i <= kMaxWord &&
                               prefixes_.count((static_cast<uint32_t>(lowerUnit(u[i])) << 16) | static_cast<uint32_t>(lowerUnit(u[i + 1])));
            const bool mayBeNoun = j - i < 64 && (nounLengths_ >> (j - i) & 1) && (nounFirsts_ >> (lowerUnit(u[i]) & 63) & 1);
            if (auto noun = mayBeNoun ? countingNoun(t, from, i, j) : std::nullopt) {
                out.push_back(*noun);
            } else if (auto v = maybe ? parseWord(t.tempSubStringBetween(i, j)) : std::nullopt) {
                NumberToken tok;
                tok.start = i;
                tok.end = j;
                tok.value = *v;
                tok.word = true;
                // "et hundrede og fire": the article is the hundred's count
                // (left out of the number words as a count of its own).
                if ((tok.value == 100 || tok.value == 1000) && i - 3 >= from && t[i - 1] == ' ' && lowerUnit(t[i - 3]) == 'e' &&
                    (lowerUnit(t[i - 2]) == 't' || lowerUnit(t[i - 2]) == 'n') && (i - 3 == from || !isAlphaFast(t[i - 4]))) {
                    tok.start = i - 3;
                }
                // "to hundrede", "hundrede og enogtredive": a number of words.
                NumberToken* prev = out.empty() || !out.back().word ? nullptr : &out.back();
                const icu::UnicodeString between = prev ? t.tempSubStringBetween(prev->end, tok.start) : icu::UnicodeString();
                if (prev && prev->value < 10 && (tok.value == 100 || tok.value == 1000) && between == u" ") {
                    prev->value *= tok.value;
                    prev->end = tok.end;
                } else if (prev && prev->value < 10 && tok.value >= 20 && tok.value < 100 && std::fmod(tok.value, 10) == 0 && between == u" og ") {
                    // "seks og tyve": the ones before the tens, written apart.
                    prev->value += tok.value;
                    prev->end = tok.end;
                } else if (prev && prev->value >= 100 && std::fmod(prev->value, 100) == 0 && tok.value < 100 && between == u" og ") {
                    prev->value += tok.value;
                    prev->end = tok.end;
                } else {
                    out.push_back(tok);
                }
            }
            i = j;
            continue;
        }
        ++i;
    }
    return out;
}

}  // namespace svarbrev
