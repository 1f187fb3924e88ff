// The five sample letters, scored against their gold records by the
// project's scorer; the targets are the floor.
#include "GoldenSupport.hpp"

#include <gtest/gtest.h>

TEST(GoldenLetters, MeetTheTargets) {
    const auto dir = golden::extractAll("svarbrev_golden_clean", [](std::string s) { return s; });
    const auto s = golden::score(dir);
    std::cout << s.report;
    ASSERT_GE(s.core, 0) << "no TOTAL line from score.py";
    EXPECT_GE(s.core, 0.95);
    EXPECT_GE(s.mentions, 0.85);
    EXPECT_GE(s.tables, 0.90);
    EXPECT_GE(s.header, 0.95);
}

// Damaged copies (scanner confusions on a fifth of the words, three seeds)
// score within 0.05 of the clean letters.
TEST(GoldenLetters, HoldUnderOcrDamage) {
    const auto clean = golden::score(golden::extractAll("svarbrev_golden_clean2", [](std::string s) { return s; }));
    ASSERT_GE(clean.core, 0);
    for (unsigned seed : {1u, 2u, 3u}) {
        const auto dir = golden::extractAll("svarbrev_golden_ocr" + std::to_string(seed),
                                            [seed](const std::string& s) { return golden::damage(s, seed, 0.2); });
        const auto d = golden::score(dir);
        std::cout << "seed " << seed << ":\n" << d.report;
        EXPECT_GE(d.core, clean.core - 0.05) << "seed " << seed;
        EXPECT_GE(d.mentions, clean.mentions - 0.05) << "seed " << seed;
        EXPECT_GE(d.tables, clean.tables - 0.05) << "seed " << seed;
        EXPECT_GE(d.header, clean.header - 0.05) << "seed " << seed;
    }
}

// Letters of other municipalities, written with their gold records by a
// colleague who did not see the extractor's rules (tests/data/unseen): the
// same targets hold there.
TEST(UnseenLetters, MeetTheTargets) {
    const std::filesystem::path unseen = SVARBREV_UNSEEN_DIR;
    const auto dir = golden::extractAll("svarbrev_unseen", [](std::string s) { return s; }, unseen / "letters");
    const auto s = golden::score(dir, unseen / "gold");
    std::cout << s.report;
    ASSERT_GE(s.core, 0) << "no TOTAL line from score.py";
    EXPECT_GE(s.core, 0.95);
    EXPECT_GE(s.mentions, 0.85);
    EXPECT_GE(s.tables, 0.90);
    EXPECT_GE(s.header, 0.95);
}

// A second batch by another colleague, scored once before any rule was
// changed for it (core 0.784): the targets do not hold there yet, and this
// floor keeps what has been reached (see tests/data/unseen-2/README.md).
TEST(UnseenLetters, SecondBatchKeepsItsFloor) {
    const std::filesystem::path unseen = SVARBREV_UNSEEN2_DIR;
    const auto dir = golden::extractAll("svarbrev_unseen2", [](std::string s) { return s; }, unseen / "letters");
    const auto s = golden::score(dir, unseen / "gold");
    std::cout << s.report;
    ASSERT_GE(s.core, 0) << "no TOTAL line from score.py";
    EXPECT_GE(s.core, 0.84);
    EXPECT_GE(s.mentions, 0.77);
    EXPECT_GE(s.tables, 0.90);
    EXPECT_GE(s.header, 0.95);
}
