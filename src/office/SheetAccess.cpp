#include "SheetAccess.hpp"

#include <com/sun/star/sheet/XCellRangeAddressable.hpp>
#include <com/sun/star/sheet/XCellRangeData.hpp>
#include <com/sun/star/sheet/XSheetCellCursor.hpp>
#include <com/sun/star/sheet/XUsedAreaCursor.hpp>
#include <com/sun/star/table/XCellRange.hpp>

using namespace css;

namespace svarbrev::office {

sal_Int32 lastUsedRow(const uno::Reference<sheet::XSpreadsheet>& sheet) {
    const uno::Reference<sheet::XSheetCellCursor> cursor = sheet->createCursor();
    uno::Reference<sheet::XUsedAreaCursor>(cursor, uno::UNO_QUERY_THROW)->gotoEndOfUsedArea(false);
    return uno::Reference<sheet::XCellRangeAddressable>(cursor, uno::UNO_QUERY_THROW)->getRangeAddress().EndRow;
}

uno::Sequence<uno::Sequence<uno::Any>> readRange(const uno::Reference<sheet::XSpreadsheet>& sheet, sal_Int32 left,
                                                 sal_Int32 top, sal_Int32 right, sal_Int32 bottom) {
    return uno::Reference<sheet::XCellRangeData>(sheet->getCellRangeByPosition(left, top, right, bottom),
                                                 uno::UNO_QUERY_THROW)
        ->getDataArray();
}

}  // namespace svarbrev::office
