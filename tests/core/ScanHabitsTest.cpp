#include "Document.hpp"
#include "OcrRepair.hpp"
#include "ScanHabits.hpp"

#include <gtest/gtest.h>

using namespace svarbrev;

namespace {

std::string text(const Units& u) {
    std::string out;
    for (const Unit& x : u) out += fromU32(std::u32string(1, x.c));
    return out;
}

std::vector<std::string> habitsOf(const std::string& in) {
    std::vector<std::string> out;
    for (const Substitution& s : learnScanHabits(decodeUnits(in), OcrRepair::get())) out.push_back(fromU32(s.damaged) + ">" + fromU32(s.meant));
    return out;
}

std::string repaired(const std::string& in) {
    const Units u = decodeUnits(in);
    return text(applyScanHabits(u, learnScanHabits(u, OcrRepair::get()), OcrRepair::get()));
}

// A scanner that reads e as c, which no confusion class in the data holds.
const std::string kReadsEAsC =
    "Tak for dit brcv. Kommunc har 40 borgcre i målgruppen, og 12 af dem er langvarigc "
    "modtagcre af kontanthjælp. Alle tilbydcs et tilbud, og 8 har fået en henvcndelse.";

}  // namespace

TEST(ScanHabits, LearnsAHabitNoClassHoldsFromTheDocumentItself) {
    EXPECT_EQ(habitsOf(kReadsEAsC), std::vector<std::string>{"c>e"});
}

TEST(ScanHabits, RepairsTheWordsTheHabitMakesKnownAndKeepsTheirCapitals) {
    const std::string out = repaired(kReadsEAsC);
    EXPECT_NE(out.find("Kommune har 40 borgere"), std::string::npos) << out;
    EXPECT_NE(out.find("langvarige modtagere"), std::string::npos) << out;
}

TEST(ScanHabits, ACleanLetterTeachesNothing) {
    // Words the lexicon lacks, one letter from known ones ("side", "mand"), are no habit.
    EXPECT_TRUE(habitsOf("Side 2 af 2. En mand fra Brønderslev kom på rådhuset i går, og en kvinde "
                         "fra Hjørring ringede om sin sag. Vi har talt med begge og sendt dem et brev.")
                    .empty());
}

TEST(ScanHabits, ReadsACountsAfBackWhereTheHabitMadeItAnotherWord) {
    // f read as t: "13 at dem" is "13 af dem"; the "at" of "så at" is a word of its own.
    const std::string out = repaired("Optølgning tra juni: 13 at dem tår kontanthjælp, tor de sidste 7 hatt vi tortsat "
                                     "ingen oplysninger, så at de kan torelægges teamet.");
    EXPECT_NE(out.find("13 af dem får"), std::string::npos) << out;
    EXPECT_NE(out.find("så at de"), std::string::npos) << out;
}

TEST(ScanHabits, ADigitThatOpensAWordIsOneOfItsLetters) {
    // s read as 5 at a word's start: "5ager", "5idste"; a count before a word stays a count.
    const std::string out = repaired("Af de ni 5ager i 5eptember blev otte behandlet hos 5agsbehandleren. De 5idste 4 5kulle have "
                                     "været i gang, og 5eks er i praktik. 5 borgere er sygemeldt.");
    EXPECT_NE(out.find("Af de ni sager i september"), std::string::npos) << out;
    EXPECT_NE(out.find("De sidste 4 skulle"), std::string::npos) << out;
    EXPECT_NE(out.find("5 borgere er sygemeldt"), std::string::npos) << out;
}
