#include "WorkbookReader.hpp"

#include "NumberFormat.hpp"
#include "UnoStrings.hpp"

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/frame/Desktop.hpp>
#include <com/sun/star/sheet/XCellRangeAddressable.hpp>
#include <com/sun/star/sheet/XCellRangeData.hpp>
#include <com/sun/star/sheet/XSheetCellCursor.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/sheet/XUsedAreaCursor.hpp>
#include <com/sun/star/sheet/CellFlags.hpp>
#include <com/sun/star/sheet/XCellRangesQuery.hpp>
#include <com/sun/star/sheet/XSheetCellRanges.hpp>
#include <com/sun/star/util/XCloseable.hpp>

#include <algorithm>
#include <set>
#include <utility>
#include <stdexcept>

using namespace css;

namespace svarbrev::testing {

std::vector<std::string> WorkbookContent::column(const std::string& sheet, const std::string& heading) const {
    const SheetContent& s = sheets.at(sheet);
    const auto it = std::find(s.headings.begin(), s.headings.end(), heading);
    if (it == s.headings.end()) throw std::out_of_range("no column " + heading + " in " + sheet);
    const auto index = static_cast<std::size_t>(it - s.headings.begin());
    std::vector<std::string> values;
    for (const auto& row : s.rows) values.push_back(index < row.size() ? row[index] : std::string());
    return values;
}

WorkbookContent readWorkbook(const uno::Reference<uno::XComponentContext>& context, const std::string& path) {
    uno::Sequence<beans::PropertyValue> args(2);
    args[0].Name = "Hidden";
    args[0].Value <<= true;
    args[1].Name = "ReadOnly";
    args[1].Value <<= true;
    const uno::Reference<sheet::XSpreadsheetDocument> doc(
        frame::Desktop::create(context)->loadComponentFromURL(office::fileUrlOf(path), "_blank", 0, args),
        uno::UNO_QUERY_THROW);
    WorkbookContent content;
    for (const OUString& name : doc->getSheets()->getElementNames()) {
        const uno::Reference<sheet::XSpreadsheet> sheet(doc->getSheets()->getByName(name), uno::UNO_QUERY_THROW);
        const uno::Reference<sheet::XSheetCellCursor> cursor = sheet->createCursor();
        uno::Reference<sheet::XUsedAreaCursor>(cursor, uno::UNO_QUERY_THROW)->gotoEndOfUsedArea(false);
        const table::CellRangeAddress end =
            uno::Reference<sheet::XCellRangeAddressable>(cursor, uno::UNO_QUERY_THROW)->getRangeAddress();
        const auto data = uno::Reference<sheet::XCellRangeData>(
                              sheet->getCellRangeByPosition(0, 0, end.EndColumn, end.EndRow), uno::UNO_QUERY_THROW)
                              ->getDataArray();
        // Formula cells, asked of Calc in one call (not cell by cell).
        std::set<std::pair<sal_Int32, sal_Int32>> formulaCells;
        const uno::Reference<sheet::XSheetCellRanges> found =
            uno::Reference<sheet::XCellRangesQuery>(sheet, uno::UNO_QUERY_THROW)
                ->queryContentCells(sheet::CellFlags::FORMULA);
        for (const auto& a : found->getRangeAddresses())
            for (sal_Int32 r = a.StartRow; r <= a.EndRow; ++r)
                for (sal_Int32 c = a.StartColumn; c <= a.EndColumn; ++c) formulaCells.insert({r, c});
        SheetContent s;
        for (sal_Int32 r = 0; r < data.getLength(); ++r) {
            std::vector<std::string> row;
            std::vector<bool> formulas;
            for (sal_Int32 c = 0; c < data[r].getLength(); ++c) {
                double number;
                OUString text;
                if (data[r][c] >>= number) row.push_back(formatNumber(number));
                else if (data[r][c] >>= text) row.push_back(office::toUtf8(text));
                else row.emplace_back();
                formulas.push_back(formulaCells.count({r, c}) > 0);
            }
            if (r == 0) {
                s.headings = row;
            } else {
                s.rows.push_back(row);
                s.isFormula.push_back(formulas);
            }
        }
        const std::string sheetName = office::toUtf8(name);
        content.order.push_back(sheetName);
        content.sheets[sheetName] = s;
    }
    uno::Reference<util::XCloseable>(doc, uno::UNO_QUERY_THROW)->close(true);
    return content;
}

}  // namespace svarbrev::testing
