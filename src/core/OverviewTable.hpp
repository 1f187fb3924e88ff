// The workbook's overview: one row per municipality with its key figures,
// taken from its latest letter (a newer reply supersedes an older one).
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace svarbrev {

struct LetterRow {
    std::string key;
    std::string municipality;
    std::string code;
    std::string date;  // ISO, may be empty
};

struct FactRow {
    std::string key;
    std::string section;
    std::string benefit;
    std::string category;
    std::optional<double> value;
};

struct OverviewRow {
    std::string municipality;
    std::string code;
    std::string latestLetter;
    std::optional<double> targetGroup;   // at least 5 years in the system
    std::optional<double> withoutOffer;  // of those, without an offer
    std::optional<double> shareWithoutOfferPct;
    std::optional<double> toRehabTeam;
};

// Overview headings, in column order.
const std::vector<std::string>& overviewHeadings();

// Rows ordered by municipality name.
std::vector<OverviewRow> overview(const std::vector<LetterRow>& letters, const std::vector<FactRow>& facts);

}  // namespace svarbrev
