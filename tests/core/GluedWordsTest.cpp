#include "Document.hpp"
#include "GluedWords.hpp"
#include "OcrRepair.hpp"

#include <gtest/gtest.h>

using namespace svarbrev;

namespace {

std::string split(const char* in) {
    const Units u = splitGluedWords(decodeUnits(in), OcrRepair::get());
    const Document d = Document::fromUnits(in, u);
    return d.utf8(0, d.text.length());
}

TEST(GluedWords, FiguresPartFromKnownWords) {
    EXPECT_EQ(split("det 41af 50, uden for de13 i uge44"), "det 41 af 50, uden for de 13 i uge 44");
}

TEST(GluedWords, CodesAndAddressesKeepTogether) {
    EXPECT_EQ(split("J.nr. 15.20.00-G01-27-18, H1, jobcenter2@odense.dk"), "J.nr. 15.20.00-G01-27-18, H1, jobcenter2@odense.dk");
}

TEST(GluedWords, KnownWordsPartOnlyWhereFiguresShowLostSpaces) {
    // One glued figure is a slip; two show a scan that lost its spaces.
    EXPECT_EQ(split("50 afdem er påkontanthjælp, 12af 20"), "50 afdem er påkontanthjælp, 12 af 20");
    EXPECT_EQ(split("50 afdem er påkontanthjælp. Nuer det 41af 50, og 22af 50"),
              "50 af dem er på kontanthjælp. Nu er det 41 af 50, og 22 af 50");
}

TEST(GluedWords, KnownCompoundsAndNamesStayWhole) {
    EXPECT_EQ(split("Tallene heraf: 41af 50 og 22af 50, skriver Annemette"), "Tallene heraf: 41 af 50 og 22 af 50, skriver Annemette");
}

TEST(GluedWords, OffsetsStillPointIntoTheOriginal) {
    const char* in = "det 41af 50";
    const Document d = Document::fromUnits(in, splitGluedWords(decodeUnits(in), OcrRepair::get()));
    EXPECT_EQ(d.utf8(4, 12), "41 af 50");
    EXPECT_EQ(d.quote(4, 12), "41af 50");
}

}  // namespace
