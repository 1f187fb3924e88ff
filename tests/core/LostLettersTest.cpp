#include "Document.hpp"
#include "LostLetters.hpp"
#include "OcrRepair.hpp"

#include <gtest/gtest.h>

using namespace svarbrev;

namespace {

std::string restored(const std::string& in) {
    std::string out;
    for (const Unit& u : restoreLostLetters(decodeUnits(in), OcrRepair::get())) out += fromU32(std::u32string(1, u.c));
    return out;
}

}  // namespace

TEST(LostLetters, GivesEachMarkTheLetterThatMakesItsWordKnown) {
    EXPECT_EQ(restored("M?lgruppen er nu p? fem borgere: tre p? kontanthj?lp, og ?n af dem b?r for teamet. Jobcenter Fan? ? Skolevej 5"),
              "Målgruppen er nu på fem borgere: tre på kontanthjælp, og én af dem bør for teamet. Jobcenter Fanø – Skolevej 5");
}

TEST(LostLetters, LeavesRealQuestionMarksAndCleanText) {
    const std::string asked = "Hvad er tallet nu? Er det nok? Ring, hvis der er spørgsmål?";
    EXPECT_EQ(restored(asked), asked);
    // A mark no letter explains stays.
    EXPECT_EQ(restored("M?lgruppen p? kontanthj?lp: Xq?zt"), "Målgruppen på kontanthjælp: Xq?zt");
}
