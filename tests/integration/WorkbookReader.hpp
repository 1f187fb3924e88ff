// Reads a workbook back through Calc, as the analyst would see it.
#pragma once

#include <com/sun/star/uno/XComponentContext.hpp>

#include <map>
#include <string>
#include <vector>

namespace svarbrev::testing {

struct SheetContent {
    std::vector<std::string> headings;
    std::vector<std::vector<std::string>> rows;  // numbers as the core formats them
    std::vector<std::vector<bool>> isFormula;
};

// Sheet name → content, sheets in document order in `order`.
struct WorkbookContent {
    std::vector<std::string> order;
    std::map<std::string, SheetContent> sheets;

    // Value of column `heading` in every row of `sheet`.
    std::vector<std::string> column(const std::string& sheet, const std::string& heading) const;
};

WorkbookContent readWorkbook(const css::uno::Reference<css::uno::XComponentContext>& context,
                             const std::string& path);

}  // namespace svarbrev::testing
