#include "NameRepair.hpp"

#include <memory>
#include <unicode/regex.h>
#include <vector>

namespace svarbrev {

std::string mendName(const std::string& name, const DomainData& data) {
    // Compiled once: the patterns are the same for every letter.
    struct Rule {
        std::unique_ptr<icu::RegexPattern> pattern;
        icu::UnicodeString replacement;
    };
    static const std::vector<Rule> rules = [&] {
        std::vector<Rule> out;
        for (const auto& [pattern, replacement] : data.nameRepairs) {
            UErrorCode st = U_ZERO_ERROR;
            UParseError pe;
            std::unique_ptr<icu::RegexPattern> p(icu::RegexPattern::compile(icu::UnicodeString::fromUTF8(pattern), 0, pe, st));
            if (U_SUCCESS(st)) out.push_back({std::move(p), icu::UnicodeString::fromUTF8(replacement)});
        }
        return out;
    }();
    icu::UnicodeString text = icu::UnicodeString::fromUTF8(name);
    for (const auto& r : rules) {
        UErrorCode st = U_ZERO_ERROR;
        std::unique_ptr<icu::RegexMatcher> m(r.pattern->matcher(text, st));
        if (U_FAILURE(st)) continue;
        icu::UnicodeString mended = m->replaceAll(r.replacement, st);
        if (U_SUCCESS(st)) text = mended;
    }
    std::string out;
    return text.toUTF8String(out);
}

}  // namespace svarbrev
