// Reading a sheet's extent and cells in one UNO call each, as the workbook
// writer and the overview both do.
#pragma once

#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/uno/Sequence.hxx>

namespace svarbrev::office {

// The last row holding anything (0 for a sheet with only its headings).
sal_Int32 lastUsedRow(const css::uno::Reference<css::sheet::XSpreadsheet>& sheet);

css::uno::Sequence<css::uno::Sequence<css::uno::Any>> readRange(
    const css::uno::Reference<css::sheet::XSpreadsheet>& sheet, sal_Int32 left, sal_Int32 top, sal_Int32 right,
    sal_Int32 bottom);

}  // namespace svarbrev::office
