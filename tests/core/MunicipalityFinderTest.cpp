#include "DomainData.hpp"
#include "MunicipalityFinder.hpp"

#include <gtest/gtest.h>

#include <set>

using namespace svarbrev;

namespace {

struct MuniCase {
    const char* text;
    const char* code;  // "" for none
};

class MunicipalityCases : public ::testing::TestWithParam<MuniCase> {};

TEST_P(MunicipalityCases, FindsTheSender) {
    const auto t = icu::UnicodeString::fromUTF8(GetParam().text);
    const auto m = MunicipalityFinder::get().find(t, 0, t.length());
    if (!*GetParam().code) {
        EXPECT_FALSE(m) << GetParam().text << " gave " << m->name;
        return;
    }
    ASSERT_TRUE(m) << GetParam().text;
    EXPECT_EQ(m->code, GetParam().code) << GetParam().text;
}

INSTANTIATE_TEST_SUITE_P(
    Letters, MunicipalityCases,
    ::testing::Values(
        MuniCase{"I Syddjurs Kommune ser vi", "706"},
        // The recipient's address names København; the sender is elsewhere.
        MuniCase{"Beskæftigelsesministeriet\nVed Stranden 8\n1061 København K\n\nEgedal Kommune har", "240"},
        MuniCase{"Beskæftigelsesministeriet\n1061 København K\n\nTak for brevet.", ""},
        MuniCase{"Københavns Kommune svarer", "101"},
        MuniCase{"Aarhus Kommune", "751"}, MuniCase{"Århus Kommune", "751"},
        MuniCase{"E-mail: gihar@holb.dk", "316"}, MuniCase{"www.bronderslev.dk", "810"},
        MuniCase{"Web egedalkommune.dk", "240"}, MuniCase{"Høje-Taastrup Kommune", "169"},
        MuniCase{"Lyngby-Taarbæk Kommune", "173"}, MuniCase{"Vesthimmerlands Kommune", "820"},
        MuniCase{"hjælp på vejen til job", ""},  // "vejen" is a road, not Vejen
        MuniCase{"Hjørring kommunes indsats", "860"}, MuniCase{"Ærø Kommune", "492"}),
    [](const auto& info) { return "case" + std::to_string(info.index); });

TEST(MunicipalityData, HasAll98WithUniqueThreeDigitCodes) {
    const auto& d = DomainData::get();
    ASSERT_EQ(d.municipalities.size(), 98u);
    std::set<std::string> codes, names;
    for (const auto& m : d.municipalities) {
        EXPECT_EQ(m.code.size(), 3u) << m.name;
        codes.insert(m.code);
        names.insert(m.name);
    }
    EXPECT_EQ(codes.size(), 98u);
    EXPECT_EQ(names.size(), 98u);
}

TEST(MunicipalityData, KnowsTheOfficialCodes) {
    const std::map<std::string, std::string> known{{"Hjørring", "860"}, {"Syddjurs", "706"}, {"Brønderslev", "810"},
                                                   {"Egedal", "240"},   {"Holbæk", "316"},   {"København", "101"},
                                                   {"Aarhus", "751"},   {"Aalborg", "851"},  {"Odense", "461"},
                                                   {"Frederiksberg", "147"}, {"Bornholm", "400"}, {"Læsø", "825"}};
    for (const auto& m : DomainData::get().municipalities) {
        auto it = known.find(m.name);
        if (it != known.end()) EXPECT_EQ(m.code, it->second) << m.name;
    }
}

}  // namespace
