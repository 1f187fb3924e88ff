// Finds the municipality that wrote a letter: "<Name> Kommune" in letterhead,
// body and signature, e-mail and web domains (bronderslev.dk,
// egedalkommune.dk), and names alone. The recipient's address ("1061
// København K") names a town, not a sender, and is not counted.
#pragma once

#include "DomainData.hpp"
#include "Records.hpp"

#include <unicode/unistr.h>

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace svarbrev {

class MunicipalityFinder {
public:
    explicit MunicipalityFinder(const DomainData& data);
    static const MunicipalityFinder& get();

    std::optional<Municipality> find(const icu::UnicodeString& text, int32_t from, int32_t to) const;

private:
    struct Name {
        std::size_t entry;
        icu::UnicodeString folded;  // Latin-ASCII, lower case: "bronderslev"
        bool domainOnly;
    };
    const DomainData& data_;
    std::vector<Name> names_;
    // Looked up with views into one buffer of the text's folded words.
    struct ViewHash {
        using is_transparent = void;
        std::size_t operator()(std::u16string_view v) const { return std::hash<std::u16string_view>{}(v); }
    };
    std::unordered_map<std::u16string, std::vector<std::size_t>, ViewHash, std::equal_to<>> index_;  // folded name -> names_
    std::unordered_set<std::u16string, ViewHash, std::equal_to<>> firstWords_;  // first word of each folded name
};

// Lower-case ASCII folding: "Brønderslev" -> "bronderslev", "Århus" -> "arhus".
icu::UnicodeString foldName(const icu::UnicodeString& s);

}  // namespace svarbrev
