#include "OverviewTable.hpp"

#include <gtest/gtest.h>

using namespace svarbrev;

TEST(OverviewTable, TakesEachMunicipalitysLatestLetter) {
    const std::vector<LetterRow> letters = {{"old", "Brønderslev", "810", "2017-05-24"},
                                            {"new", "Brønderslev", "810", "2018-07-02"},
                                            {"s", "Syddjurs", "706", "2018-08-09"}};
    const std::vector<FactRow> facts = {
        {"old", "rehab_team", "all", "to_present", 99.0},
        {"new", "rehab_team", "all", "to_present", 3.0},
        {"s", "target_group", "kontanthjaelp", "over_5_years", 78.0},
        {"s", "target_group", "uddannelseshjaelp", "over_5_years", 18.0},
        {"s", "target_group", "integrationsydelse", "over_5_years", 13.0},
        {"s", "intervention", "kontanthjaelp", "ikke_i_tilbud", 44.0},
        {"s", "intervention", "uddannelseshjaelp", "ikke_i_tilbud", 6.0},
        {"s", "intervention", "integrationsydelse", "ikke_i_tilbud", 5.0},
        {"s", "rehab_team", "all", "to_present", 40.0},
        {"s", "intervention", "all", "mentor", std::nullopt},
    };
    const auto rows = overview(letters, facts);
    ASSERT_EQ(rows.size(), 2u);
    EXPECT_EQ(rows[0].municipality, "Brønderslev");
    EXPECT_EQ(rows[0].latestLetter, "2018-07-02");
    EXPECT_EQ(rows[0].toRehabTeam, 3.0);
    EXPECT_FALSE(rows[0].targetGroup);
    EXPECT_EQ(rows[1].targetGroup, 109.0);
    EXPECT_EQ(rows[1].withoutOffer, 55.0);
    EXPECT_EQ(rows[1].shareWithoutOfferPct, 50.5);
    EXPECT_EQ(rows[1].toRehabTeam, 40.0);
}

TEST(OverviewTable, AWholeFigureIsNotAddedToItsParts) {
    const auto rows = overview({{"k", "Egedal", "240", "2018-07-23"}},
                               {{"k", "target_group", "all", "over_5_years", 8.0},
                                {"k", "target_group", "kontanthjaelp", "over_5_years", 5.0},
                                {"k", "target_group", "all", "without_offer", 2.0}});
    ASSERT_EQ(rows.size(), 1u);
    EXPECT_EQ(rows[0].targetGroup, 8.0);
    EXPECT_EQ(rows[0].withoutOffer, 2.0);
    EXPECT_EQ(rows[0].shareWithoutOfferPct, 25.0);
}
