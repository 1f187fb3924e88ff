// What the extractor refuses to read as a reply letter, and says why.
#include "Extractor.hpp"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

using namespace svarbrev;

namespace {

std::string sample(const char* name) {
    std::ifstream in(std::string(SVARBREV_SHARED_DIR) + "/letters/" + name, std::ios::binary);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

}  // namespace

TEST(ExtractorGuards, TextFarLargerThanALetterIsRefusedQuickly) {
    const std::string huge = sample("egedal_2018-07-23.txt") + std::string(5u << 20, 'x');
    const Extraction e = extract(huge, "stor.txt");
    EXPECT_TRUE(e.letters.empty());
    ASSERT_EQ(e.warnings.size(), 1u);
    EXPECT_NE(e.warnings[0].find("MB"), std::string::npos);
}

TEST(ExtractorGuards, ATableOfThousandsOfRowsIsADataExport) {
    std::string text = sample("syddjurs_2018-08-09.txt");
    for (int i = 0; i < 10000; ++i) text += "Mentor\t" + std::to_string(i) + "\n";
    const Extraction e = extract(text, "eksport.txt");
    EXPECT_TRUE(e.letters.empty());
    ASSERT_FALSE(e.warnings.empty());
    EXPECT_NE(e.warnings[0].find("table rows"), std::string::npos);
}

TEST(ExtractorGuards, TheMinistersOwnLetterIsNoReply) {
    std::ifstream in(std::string(SVARBREV_SOURCE_DIR) + "/tests/data/ministerbrev.txt");
    std::stringstream s;
    s << in.rdbuf();
    const Extraction e = extract(s.str(), "ministerbrev.txt");
    EXPECT_TRUE(e.letters.empty());
}

TEST(ExtractorGuards, ARealReplyPassesEveryGuard) {
    EXPECT_EQ(extract(sample("syddjurs_2018-08-09.txt"), "s.txt").letters.size(), 1u);
}
