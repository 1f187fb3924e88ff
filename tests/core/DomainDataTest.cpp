#include "DomainData.hpp"

#include <gtest/gtest.h>

#include <set>
#include <stdexcept>

using namespace svarbrev;

namespace {

TEST(DomainData, ReadsTsvWithoutCommentsAndBlankLines) {
    const auto rows = readTsv("# comment\n\na\tb\r\n\tc\n");
    ASSERT_EQ(rows.size(), 2u);
    EXPECT_EQ(rows[0], (std::vector<std::string>{"a", "b"}));
    EXPECT_EQ(rows[1], (std::vector<std::string>{"", "c"}));
}

// A small data set of its own, as libphonenumber's tests use their own metadata.
TEST(DomainData, LoadsFromExplicitFiles) {
    const auto d = DomainData::fromFiles({
        {"municipalities.tsv", "999\tTestby\tTestbye|tb\n"},
        {"vocabulary.tsv", "cue\ttarget_group\tover_5_years\tover 5 år\tcount\trehab\tW\n"},
        {"markers.tsv", "approx\tca\\.\n"},
        {"questions.tsv", "1\ttarget_group\thvor mange\tover_5_years\n"},
    });
    ASSERT_EQ(d->municipalities.size(), 1u);
    EXPECT_EQ(d->municipalities[0].variants, (std::vector<std::string>{"Testbye", "tb"}));
    ASSERT_EQ(d->vocabulary.size(), 1u);
    EXPECT_EQ(d->vocabulary[0].contextScope, 'W');
    EXPECT_TRUE(d->vocabulary[0].context);
    EXPECT_EQ(d->questions[0].defaultCategory, "over_5_years");
    EXPECT_TRUE(d->marker("approx").find(icu::UnicodeString::fromUTF8("ca. 40")));
    EXPECT_THROW(d->marker("missing"), std::runtime_error);
}

// A pattern named once by a "define" row is what later rows write as {name}.
TEST(DomainData, VocabularyRowsUseDefinedPatterns) {
    const auto d = DomainData::fromFiles({
        {"vocabulary.tsv", "define\tleft\tforladt|gået ud af\n"
                           "cue\toutcome\tjob\tordinært job\tcount\t{left} målgruppen\tW\n"},
        {"questions.tsv", "1\ttarget_group\thvor mange\tover_5_years\t\tmålgruppe\n"},
    });
    ASSERT_EQ(d->vocabulary.size(), 1u);
    EXPECT_TRUE(d->vocabulary[0].context->find(icu::UnicodeString::fromUTF8("42 er gået ud af målgruppen")));
    EXPECT_TRUE(d->questions[0].topic->find(icu::UnicodeString::fromUTF8("målgruppen fordelt på ydelser")));
}

TEST(DomainData, CompiledInDataIsComplete) {
    const auto& d = DomainData::get();
    EXPECT_EQ(d.municipalities.size(), 98u);
    EXPECT_FALSE(d.lexicon.empty());
    EXPECT_FALSE(d.numberWords.empty());
    EXPECT_FALSE(d.abbreviations.empty());
    for (const char* m : {"approx", "count_noun", "of_total", "anaphor", "remainder", "unit_after", "pct_after", "not_before",
                          "signoff", "case_label", "date_label", "reply_ref", "asof", "domain", "elsewhere", "clause_cut"}) {
        EXPECT_NO_THROW(d.marker(m)) << m;
    }
    // Every section of the contract has its vocabulary.
    std::set<std::string> sections;
    for (const auto& v : d.vocabulary) sections.insert(v.section);
    EXPECT_EQ(sections, (std::set<std::string>{"target_group", "intervention", "active_intervention", "rehab_team", "outcome", "status"}));
}

}  // namespace
