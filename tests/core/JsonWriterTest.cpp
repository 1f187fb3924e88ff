#include "JsonWriter.hpp"

#include <gtest/gtest.h>

using namespace svarbrev;

TEST(JsonWriter, EmptyExtractionHasSchemaAndNoLetters) {
    Extraction e;
    e.source = "tom.txt";
    EXPECT_EQ(toJson(e),
              "{\"schema\": \"svarbrev/1\", \"source\": \"tom.txt\", \"letters\": [], \"warnings\": []}\n");
}

TEST(JsonWriter, WritesFactFieldsAndEscapesQuotes) {
    Extraction e;
    e.source = "a.txt";
    Letter l;
    l.municipality = Municipality{"Hjørring", "860"};
    l.date = "2018-06-30";
    Fact f;
    f.section = "target_group";
    f.benefit = "all";
    f.category = "over_5_years";
    f.value = 74;
    f.ofTotal = 2.5;
    f.quote = "i alt \"74\"\tborgere";
    f.start = 3;
    f.end = 20;
    f.confidence = 0.9;
    f.derived = true;
    l.facts.push_back(f);
    e.letters.push_back(l);
    const std::string json = toJson(e);
    EXPECT_NE(json.find("\"municipality\": {\"name\": \"Hjørring\", \"code\": \"860\"}"), std::string::npos);
    EXPECT_NE(json.find("\"value\": 74, \"of_total\": 2.5"), std::string::npos);
    EXPECT_NE(json.find("\"quote\": \"i alt \\\"74\\\"\\tborgere\""), std::string::npos);
    EXPECT_NE(json.find("\"derived\": true"), std::string::npos);
    EXPECT_NE(json.find("\"case_number\": null"), std::string::npos);
    EXPECT_NE(json.find("\"confidence\": 0.9"), std::string::npos);
}
