// The "Overblik" sheet: one row per municipality (its latest letter's key
// figures, see OverviewTable) and a bar chart over them, rebuilt from the
// data sheets whenever the workbook is saved by Svarbrev.
#pragma once

#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>

namespace svarbrev::office {

inline constexpr const char* kOverviewSheet = "Overblik";

void refreshOverview(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document);

}  // namespace svarbrev::office
