#include "Mojibake.hpp"

#include "UnitsText.hpp"

#include <gtest/gtest.h>

#include <string>

using namespace svarbrev;
using svarbrev::test::textOf;

namespace {

TEST(Mojibake, UTF8ReadAsWindows1252IsMended) {
    const Units u = undoMojibake(decodeUnits("SorÃ¸ Kommune: 41 pÃ¥ kontanthjÃ¦lp â€“ mindst Ã©t tilbud"));
    EXPECT_EQ(textOf(u), "Sorø Kommune: 41 på kontanthjælp – mindst ét tilbud");
}

TEST(Mojibake, AMendedCharacterKeepsTheOffsetsOfTheUnitsItWasReadFrom) {
    const Units u = undoMojibake(decodeUnits("SorÃ¸ og KÃ¸ge"));
    ASSERT_GE(u.size(), 4u);
    EXPECT_EQ(u[3].c, U'ø');
    EXPECT_EQ(u[3].origStart, 3);
    EXPECT_EQ(u[3].origEnd, 5);
}

TEST(Mojibake, CleanTextAndALoneSequenceAreLeftAsTheyAre) {
    for (const char* s : {"Sorø Kommune, kontanthjælp", "Firmaet Ã© ApS har 12 ansatte"}) {
        EXPECT_EQ(textOf(undoMojibake(decodeUnits(s))), s);
    }
}

}  // namespace
