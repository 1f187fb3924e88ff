#include "LetterKey.hpp"

#include <gtest/gtest.h>

using namespace svarbrev;

namespace {
Letter letterFrom(std::size_t start, std::size_t end) {
    Letter l;
    l.municipality = Municipality{"Syddjurs", "706"};
    l.date = "2018-08-09";
    l.textStart = start;
    l.textEnd = end;
    return l;
}
}  // namespace

TEST(LetterKey, SameLetterTextGivesSameKey) {
    EXPECT_EQ(letterKey(letterFrom(0, 5), "hello world"), letterKey(letterFrom(0, 5), "hello there"));
}

TEST(LetterKey, DifferentTextGivesDifferentKey) {
    EXPECT_NE(letterKey(letterFrom(0, 11), "hello world"), letterKey(letterFrom(0, 11), "hello there"));
}

TEST(LetterKey, StartsWithCodeAndDate) {
    EXPECT_EQ(letterKey(letterFrom(0, 3), "abc").rfind("706|2018-08-09|", 0), 0u);
}
