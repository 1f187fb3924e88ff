#include "WorkbookLayout.hpp"

#include <gtest/gtest.h>

#include <algorithm>

using namespace svarbrev;

TEST(WorkbookLayout, HasOneSheetPerRecordKindWithKeyFirst) {
    const auto& sheets = workbookSheets();
    ASSERT_EQ(sheets.size(), 6u);
    EXPECT_EQ(sheets[0].name, "Breve");
    for (const auto& s : sheets) EXPECT_EQ(s.headings.front(), "Nøgle");
    EXPECT_EQ(sheetForSection("outcome"), "Tabeller");
    EXPECT_EQ(sheetForSection("status"), "Tabeller");
    EXPECT_EQ(sheetForSection("rehab_team"), "Rehabiliteringsteam");
}

TEST(WorkbookLayout, RowsMatchHeadingsAndCarryQuoteAndSource) {
    Extraction e;
    Letter l;
    l.municipality = Municipality{"Syddjurs", "706"};
    l.date = "2018-08-09";
    l.textEnd = 4;
    Fact f;
    f.section = "rehab_team";
    f.benefit = "all";
    f.category = "to_present";
    f.value = 40;
    f.approx = true;
    f.quote = "ca. 40 modtagere";
    l.facts.push_back(f);
    e.letters.push_back(l);
    const auto rows = toWorkbookRows(e, "text", {"syddjurs.odt", "2026-11-22T10:00:00"});
    ASSERT_EQ(rows.letterKeys.size(), 1u);
    for (std::size_t i = 0; i < rows.sheets.size(); ++i) {
        for (const auto& r : rows.sheets[i].rows)
            EXPECT_EQ(r.size(), workbookSheets()[i].headings.size()) << rows.sheets[i].sheet;
    }
    ASSERT_EQ(rows.sheets[0].rows.size(), 1u);
    const auto& rehab = rows.sheets[4];
    EXPECT_EQ(rehab.sheet, "Rehabiliteringsteam");
    ASSERT_EQ(rehab.rows.size(), 1u);
    const auto& headings = workbookSheets()[4].headings;
    auto col = [&](const std::string& h) {
        return static_cast<std::size_t>(std::find(headings.begin(), headings.end(), h) - headings.begin());
    };
    EXPECT_EQ(rehab.rows[0][col("Nøgle")].text, rows.letterKeys[0]);
    EXPECT_EQ(rehab.rows[0][col("Antal")].number, 40);
    EXPECT_EQ(rehab.rows[0][col("Cirka")].text, "ja");
    EXPECT_EQ(rehab.rows[0][col("Citat")].text, "ca. 40 modtagere");
    EXPECT_EQ(rehab.rows[0][col("Kildefil")].text, "syddjurs.odt");
}
