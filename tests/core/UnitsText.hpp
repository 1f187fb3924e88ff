// The text a stage's units spell, as UTF-8: what the stage tests compare.
#pragma once

#include "Document.hpp"

#include <unicode/unistr.h>

#include <string>

namespace svarbrev::test {

inline std::string textOf(const Units& u) {
    std::u32string s;
    for (const auto& x : u) s.push_back(x.c);
    const icu::UnicodeString t = icu::UnicodeString::fromUTF32(reinterpret_cast<const UChar32*>(s.data()), static_cast<int32_t>(s.size()));
    std::string out;
    return t.toUTF8String(out);
}

}  // namespace svarbrev::test
