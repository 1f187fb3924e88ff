#include "LetterKey.hpp"

#include "Utf8.hpp"

#include <cstdint>
#include <cstdio>

namespace svarbrev {
namespace {

// FNV-1a: stable across runs and platforms, unlike std::hash.
std::uint64_t fnv1a(std::string_view s) {
    std::uint64_t h = 14695981039346656037ull;
    for (unsigned char c : s) {
        h ^= c;
        h *= 1099511628211ull;
    }
    return h;
}

}  // namespace

std::string letterKey(const Letter& letter, std::string_view documentText) {
    const auto body = codePointSlice(documentText, letter.textStart, letter.textEnd);
    char hash[17];
    std::snprintf(hash, sizeof hash, "%016llx", static_cast<unsigned long long>(fnv1a(body)));
    return (letter.municipality ? letter.municipality->code : std::string("?")) + "|" +
           letter.date.value_or("") + "|" + hash;
}

}  // namespace svarbrev
