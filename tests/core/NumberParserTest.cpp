#include "NumberParser.hpp"

#include <gtest/gtest.h>

using namespace svarbrev;

namespace {

struct NumberCase {
    const char* text;
    double value;  // of the first number found; -1: none
    bool glued;
};

class NumberParserCases : public ::testing::TestWithParam<NumberCase> {};

TEST_P(NumberParserCases, FindsFirstNumber) {
    const auto& c = GetParam();
    const auto t = icu::UnicodeString::fromUTF8(c.text);
    const auto found = NumberParser::get().find(t, 0, t.length());
    if (c.value < 0) {
        EXPECT_TRUE(found.empty()) << c.text << " gave " << found[0].value;
        return;
    }
    ASSERT_FALSE(found.empty()) << c.text;
    EXPECT_DOUBLE_EQ(found[0].value, c.value) << c.text;
    EXPECT_EQ(found[0].glued, c.glued) << c.text;
}

INSTANTIATE_TEST_SUITE_P(
    Danish, NumberParserCases,
    ::testing::Values(NumberCase{"i alt 74 borgere", 74, false}, NumberCase{"har 1 117 af de 1 306", 1117, false}, NumberCase{"tlf. 32 47 13 00", 32, false}, NumberCase{"1.250 sager", 1250, false},
                      NumberCase{"2,5 procent", 2.5, false}, NumberCase{"otte borgere", 8, false},
                      NumberCase{"OTTE borgere", 8, false}, NumberCase{"femogtyve sager", 25, false},
                      NumberCase{"fireogfyrre", 44, false}, NumberCase{"Treogfyrretyve af borgerne", 43, false},
                      NumberCase{"halvtredsindstyve virksomheder", 50, false}, NumberCase{"seks og tyve sager", 26, false},
                      NumberCase{"et hundrede og fire borgere", 104, false},
                      NumberCase{"tolv personer", 12, false},
                      NumberCase{"enogfyrre borgere", 41, false}, NumberCase{"enogtyve", 21, false},
                      NumberCase{"Tre af disse", 3, false},
                      // Hundreds over several words.
                      NumberCase{"hundrede og enogtredive borgere", 131, false}, NumberCase{"to hundrede og tolv", 212, false},
                      NumberCase{"treoghalvfjerds af de toogfirs", 73, false},
                      // Lenient ICU parsing reads prefixes of ordinary words: refused.
                      NumberCase{"tilbud", -1, false}, NumberCase{"torsdag", -1, false},
                      NumberCase{"treårig", -1, false}, NumberCase{"anden", -1, false},
                      // The accent marks the numeral: "én borger", "ét tilbud" are one; "en borger" is an article.
                      NumberCase{"én borger", 1, false}, NumberCase{"ét tilbud", 1, false},
                      NumberCase{"en borger", -1, false}, NumberCase{"og", -1, false}, NumberCase{"enog", -1, false}, NumberCase{"tiden", -1, false},
                      NumberCase{"kl. 10.00-14.00", 10, true}, NumberCase{"hver 4-6 uge", 4, true},
                      NumberCase{"15.20.00-G01", 15, true},
                      // A share with a decimal point, as spreadsheets export it; a date stays glued.
                      NumberCase{"84.2%", 84.2, false}, NumberCase{"100.0 %", 100, false}, NumberCase{"den 15.8 kl. 10", 15, true},
                      // Counting nouns with their article: "et dusin", "en snes", halved by "halv(t)".
                      NumberCase{"Et dusin har en mentor", 12, false}, NumberCase{"Godt en snes af sagerne", 20, false},
                      NumberCase{"en halv snes borgere", 10, false}, NumberCase{"et halvt dusin", 6, false},
                      NumberCase{"snes", -1, false}, NumberCase{"dusinvis af sager", -1, false}),
    [](const auto& info) { return "case" + std::to_string(info.index); });

}  // namespace
