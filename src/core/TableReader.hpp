// Reads label-count tables: rows of "label<TAB>count" (stray ** and <b> are
// gone by now), a header row of labels over a row of counts, and tables
// whose columns are benefit types. Labels are matched against the
// vocabulary; the section is the one most labels belong to. A total row
// ("I alt") is checked against the sum of the rows.
#pragma once

#include "Document.hpp"
#include "DomainData.hpp"
#include "Segmenter.hpp"

#include <optional>
#include <string>
#include <vector>

namespace svarbrev {

struct TableCell {
    std::string section;
    std::string category;  // "total" for a total row/column
    std::string benefit;   // from a benefit column header; empty if none
    double value = 0;
    int32_t quoteStart = 0, quoteEnd = 0;  // working text span of the row (or header..row)
    std::string label;
    bool emit = true;      // false for a total the contract has no category for
    std::optional<double> ofTotal;  // the table's total, for categories that split it (complements.tsv)
    // The heading cells of a column that says what it counts: its period is
    // theirs, not the table's.
    std::vector<std::pair<int32_t, int32_t>> heading;
    std::optional<std::string> period;  // of a row that is a period ("Juli 2018")
    bool derived = false;  // the sum of the municipality's parts' columns
    // The share beside the count ("Kontanthjælp | 58 | 85 %") in a table of
    // benefit rows, whose kind only the text around it says.
    std::optional<double> share;
};

struct Table {
    int firstLine = 0, lastLine = 0;
    std::string section;  // empty for a table of benefit rows whose category comes from the text
    int32_t headStart = -1, headEnd = -1;  // a header row of labels without counts, if any
    std::vector<TableCell> cells;
    std::vector<std::string> warnings;
};

// `year`: the letter's, for periods a table names without one ("jul.", "1. kvartal"); 0 unknown.
std::vector<Table> readTables(const Document& doc, const Segmentation& seg, int firstLine, int lastLine,
                              const DomainData& data, int year = 0);

// The vocabulary category of a table label in `section`, or empty: a label
// row's pattern matching the whole label, else the first count cue of the
// section found in it (long labels are phrases: "Har ikke modtaget aktiv
// indsats", "heraf sager planlagt til behandling i 2. halvår").
std::string labelCategory(const icu::UnicodeString& label, const std::string& section, const DomainData& data);

}  // namespace svarbrev
