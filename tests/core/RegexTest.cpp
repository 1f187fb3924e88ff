#include "Regex.hpp"

#include <gtest/gtest.h>

using namespace svarbrev;

namespace {

std::vector<std::string> literals(const char* pattern) {
    std::vector<std::string> out;
    const Regex rx(pattern, true);
    for (const auto& l : rx.literals()) {
        std::string s;
        l.toUTF8String(s);
        out.push_back(s);
    }
    return out;
}

TEST(Regex, FindsLeadingLiteralsForAQuickTest) {
    EXPECT_EQ(literals("(mindst|over)\\s+(5|fem)\\s+år"), (std::vector<std::string>{"mindst", "over"}));
    EXPECT_EQ(literals("\\bkontanthjælp(en)?\\b|mentor\\w*"), (std::vector<std::string>{"kontanthjælp", "mentor"}));
    EXPECT_EQ(literals("knap(t|pe)?"), (std::vector<std::string>{"knap"}));
    EXPECT_EQ(literals("ab?c"), (std::vector<std::string>{}));  // one letter is too little
    EXPECT_TRUE(literals("^\\s*(år|uge)").empty());
    EXPECT_TRUE(literals("(ca\\.)?\\s*\\d+").empty());
    EXPECT_TRUE(literals("x|\\d+").empty());
}

TEST(Regex, QuickTestDoesNotChangeResults) {
    const Regex rx("(mindst|over)\\s+(5|fem)\\s+år", true);
    const auto t = icu::UnicodeString::fromUTF8("har været mindst fem år i systemet");
    const Match m = rx.find(t);
    ASSERT_TRUE(m);
    EXPECT_EQ(m.start, 10);
    EXPECT_FALSE(rx.find(icu::UnicodeString::fromUTF8("i tre år")));
}

TEST(Regex, LowerSameLengthKeepsOffsets) {
    const auto t = icu::UnicodeString::fromUTF8("ÆØÅ Kommune");
    const auto l = lowerSameLength(t);
    EXPECT_EQ(l.length(), t.length());
    std::string s;
    l.toUTF8String(s);
    EXPECT_EQ(s, "æøå kommune");
}

}  // namespace
