#include "CsvWriter.hpp"

#include <gtest/gtest.h>

using namespace svarbrev;

TEST(CsvWriter, QuotesFieldsWithCommasAndQuotes) {
    Extraction e;
    e.source = "b.txt";
    Letter l;
    l.municipality = Municipality{"Egedal", "240"};
    Fact f;
    f.section = "intervention";
    f.benefit = "all";
    f.category = "mentor";
    f.quote = "mentor, \"og\" praktik";
    l.facts.push_back(f);
    e.letters.push_back(l);
    const std::string rows = toCsvRows(e);
    EXPECT_EQ(rows.rfind("b.txt,Egedal,240,,,intervention,all,mentor,,,false,,,false,0,0,0,", 0), 0u);
    EXPECT_NE(rows.find("\"mentor, \"\"og\"\" praktik\"\r\n"), std::string::npos);
}

TEST(CsvWriter, HeaderNamesEveryColumn) {
    EXPECT_EQ(csvHeader().rfind("source,municipality,code,", 0), 0u);
}
