#include "Utf8.hpp"

#include <gtest/gtest.h>

using namespace svarbrev;

TEST(Utf8, CountsCodePointsNotBytes) {
    EXPECT_EQ(codePointCount("Hjørring"), 8u);
    EXPECT_EQ(codePointCount(""), 0u);
}

TEST(Utf8, SlicesByCodePoints) {
    EXPECT_EQ(codePointSlice("Kære Brønderslev", 5, 16), "Brønderslev");
    EXPECT_EQ(codePointSlice("abc", 2, 99), "c");
    EXPECT_EQ(codePointSlice("abc", 3, 1), "");
}

TEST(Utf8, ReplacesInvalidSequences) {
    EXPECT_EQ(sanitizeUtf8("a\xff" "b"), "a\xEF\xBF\xBD" "b");
    EXPECT_EQ(sanitizeUtf8("\xC3"), "\xEF\xBF\xBD");            // truncated
    EXPECT_EQ(sanitizeUtf8("\xC0\xAF"), "\xEF\xBF\xBD\xEF\xBF\xBD");  // overlong
    EXPECT_EQ(sanitizeUtf8("æøå"), "æøå");
}

// A plain-text letter in Windows-1252 (Word's export) reads as the same
// letter in UTF-8; UTF-8 stays as it is, without its byte-order mark.
TEST(Utf8, PlainTextInWindows1252IsReadAsSuch) {
    EXPECT_EQ(svarbrev::plainTextToUtf8("K\xE6re minister \xB7 m\xE5lgruppen"), "Kære minister · målgruppen");
    EXPECT_EQ(svarbrev::plainTextToUtf8("\xEF\xBB\xBFKære minister"), "Kære minister");
}
