#include "ReviewSession.hpp"
#include "WorkbookLayout.hpp"

#include <gtest/gtest.h>

#include <algorithm>

using namespace svarbrev;

namespace {

Extraction twoFacts() {
    Extraction e;
    e.source = "brev.txt";
    Letter l;
    l.municipality = Municipality{"Syddjurs", "706"};
    l.date = "2018-08-09";
    Fact a;
    a.section = "rehab_team";
    a.benefit = "all";
    a.category = "to_present";
    a.value = 40;
    a.approx = true;
    a.confidence = 0.9;
    a.quote = "ca. 40 modtagere";
    Fact b = a;
    b.category = "planned";
    b.value = 25;
    b.period = "2018-H2";
    b.confidence = 0.5;
    l.facts = {a, b};
    e.letters.push_back(l);
    return e;
}

}  // namespace

TEST(ReviewSession, ListsEveryFactWithDoubtfulOnesMarked) {
    ReviewSession r(twoFacts());
    ASSERT_EQ(r.size(), 2u);
    EXPECT_EQ(r.line(0), "rehab_team · all · to_present: ca. 40");
    EXPECT_EQ(r.line(1), "(?) rehab_team · all · planned: ca. 25 [2018-H2]");
    EXPECT_EQ(r.header(), "Syddjurs (706), 2018-08-09, sagsnr. -");
    EXPECT_FALSE(r.changed());
}

TEST(ReviewSession, UntouchedResultIsTheExtraction) {
    ReviewSession r(twoFacts());
    const Extraction out = r.result();
    ASSERT_EQ(out.letters.front().facts.size(), 2u);
    EXPECT_FALSE(out.letters.front().facts[0].corrected);
}

TEST(ReviewSession, CorrectionIsKeptAndMarked) {
    ReviewSession r(twoFacts());
    r.correct(1, {"rehab_team", "kontanthjaelp", "planned", 24.0, std::string("2018-H2")});
    const Extraction out = r.result();
    const Fact& f = out.letters.front().facts[1];
    EXPECT_EQ(f.value, 24.0);
    EXPECT_EQ(f.benefit, "kontanthjaelp");
    EXPECT_TRUE(f.corrected);
    EXPECT_EQ(f.quote, "ca. 40 modtagere");  // still traceable to its sentence
    EXPECT_TRUE(r.changed());
    EXPECT_EQ(r.line(1).rfind("(rettet) ", 0), 0u);
}

TEST(ReviewSession, DroppedFactIsNotWritten) {
    ReviewSession r(twoFacts());
    r.drop(0);
    ASSERT_EQ(r.size(), 1u);
    EXPECT_EQ(r.fact(0).category, "planned");
    const auto facts = r.result().letters.front().facts;
    ASSERT_EQ(facts.size(), 1u);
    EXPECT_EQ(facts[0].category, "planned");
}

TEST(ReviewSession, AddedFactLandsInTheLetterAndIsMarked) {
    ReviewSession r(twoFacts());
    const std::size_t row = r.add(0, {"target_group", "all", "over_5_years", 8.0, std::nullopt});
    EXPECT_EQ(row, 2u);
    const auto facts = r.result().letters.front().facts;
    ASSERT_EQ(facts.size(), 3u);
    EXPECT_TRUE(facts[2].corrected);
    const auto rows = toWorkbookRows(r.result(), "tekst", {"brev.txt", "2026-01-01T00:00:00"});
    EXPECT_EQ(rows.sheets[1].rows.size(), 1u);  // Målgruppe
    const auto& headings = workbookSheets()[1].headings;
    const auto col = std::find(headings.begin(), headings.end(), "Rettet manuelt") - headings.begin();
    EXPECT_EQ(rows.sheets[1].rows[0][static_cast<std::size_t>(col)].text, "ja");
}

TEST(ReviewSession, RefusesASectionOutsideTheContract) {
    ReviewSession r(twoFacts());
    EXPECT_THROW(r.correct(0, {"weather", "all", "sunny", 1.0, std::nullopt}), std::invalid_argument);
    EXPECT_EQ(ReviewSession::categories("status").size(), 5u);
}
