// What the cross-municipality workbook holds: its sheets, their Danish
// column headings, and how records become rows. The template
// (extension/templates/svarbrev.ots) and the workbook writer both follow
// this one table, so a heading changes in one place.
#pragma once

#include "Records.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace svarbrev {

struct SheetSpec {
    std::string name;
    std::vector<std::string> headings;
};

// Letters first, then one sheet per fact kind; the key is always column A.
const std::vector<SheetSpec>& workbookSheets();

// The sheet a fact of `section` lands on (outcome and status share "Tabeller").
const std::string& sheetForSection(const std::string& section);

struct Cell {
    enum class Kind { Empty, Number, Text } kind = Kind::Empty;
    double number = 0;
    std::string text;

    static Cell of(double v) { return {Kind::Number, v, {}}; }
    static Cell of(std::string s) { return {Kind::Text, 0, std::move(s)}; }
};
using Row = std::vector<Cell>;

struct SheetRows {
    std::string sheet;
    std::vector<Row> rows;
};

struct ImportContext {
    std::string sourceFile;  // shown to the analyst: which file a row came from
    std::string importedAt;  // ISO timestamp of the import
};

// Rows for every sheet (in workbookSheets() order, empty ones included) and
// the keys of the letters they belong to.
struct WorkbookRows {
    std::vector<SheetRows> sheets;
    std::vector<std::string> letterKeys;
};

WorkbookRows toWorkbookRows(const Extraction& extraction, std::string_view documentText,
                            const ImportContext& context);

}  // namespace svarbrev
