#include "OverviewSheet.hpp"

#include "OverviewTable.hpp"
#include "SheetAccess.hpp"
#include "UnoStrings.hpp"
#include "WorkbookLayout.hpp"

#include <com/sun/star/awt/FontWeight.hpp>
#include <com/sun/star/awt/Rectangle.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/sheet/XCellRangeAddressable.hpp>
#include <com/sun/star/sheet/XCellRangeData.hpp>
#include <com/sun/star/sheet/CellFlags.hpp>
#include <com/sun/star/sheet/XSheetCellCursor.hpp>
#include <com/sun/star/sheet/XSheetOperation.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XSpreadsheets.hpp>
#include <com/sun/star/sheet/XUsedAreaCursor.hpp>
#include <com/sun/star/table/CellRangeAddress.hpp>
#include <com/sun/star/table/XCellRange.hpp>
#include <com/sun/star/table/XColumnRowRange.hpp>
#include <com/sun/star/table/XTableChart.hpp>
#include <com/sun/star/table/XTableCharts.hpp>
#include <com/sun/star/table/XTableChartsSupplier.hpp>

#include <algorithm>
#include <map>

using namespace css;

namespace svarbrev::office {
namespace {

using Table = uno::Sequence<uno::Sequence<uno::Any>>;

uno::Reference<sheet::XSpreadsheet> sheetNamed(const uno::Reference<sheet::XSpreadsheetDocument>& doc,
                                               const std::string& name) {
    return {doc->getSheets()->getByName(toOUString(name)), uno::UNO_QUERY_THROW};
}

// The data rows of a layout sheet, read in one call.
Table rowsOf(const uno::Reference<sheet::XSpreadsheet>& sheet, std::size_t width) {
    const sal_Int32 last = lastUsedRow(sheet);
    return last < 1 ? Table() : readRange(sheet, 0, 1, static_cast<sal_Int32>(width) - 1, last);
}

std::size_t column(const SheetSpec& spec, const char* heading) {
    return static_cast<std::size_t>(std::find(spec.headings.begin(), spec.headings.end(), heading) -
                                    spec.headings.begin());
}

std::string text(const uno::Any& a) {
    OUString s;
    if (a >>= s) return toUtf8(s);
    double d;
    return (a >>= d) ? std::to_string(static_cast<long long>(d)) : std::string();
}

std::optional<double> number(const uno::Any& a) {
    double d;
    if (a >>= d) return d;
    return std::nullopt;
}

uno::Any cellOf(const std::optional<double>& v) { return v ? uno::Any(*v) : uno::Any(OUString()); }

void ensureSheet(const uno::Reference<sheet::XSpreadsheetDocument>& doc) {
    const uno::Reference<sheet::XSpreadsheets> sheets = doc->getSheets();
    const OUString name = OUString::createFromAscii(kOverviewSheet);
    if (sheets->hasByName(name)) return;
    sheets->insertNewByName(name, 0);  // first: the analyst opens the workbook on the overview
    const auto& headings = overviewHeadings();
    Table row(1);
    row[0].realloc(static_cast<sal_Int32>(headings.size()));
    for (std::size_t i = 0; i < headings.size(); ++i) row[0][static_cast<sal_Int32>(i)] <<= toOUString(headings[i]);
    const uno::Reference<table::XCellRange> range = sheetNamed(doc, kOverviewSheet)->getCellRangeByPosition(
        0, 0, static_cast<sal_Int32>(headings.size()) - 1, 0);
    uno::Reference<sheet::XCellRangeData>(range, uno::UNO_QUERY_THROW)->setDataArray(row);
    uno::Reference<beans::XPropertySet>(range, uno::UNO_QUERY_THROW)
        ->setPropertyValue("CharWeight", uno::Any(awt::FontWeight::BOLD));
}

// The chart shows the target group and those without an offer per
// municipality; its range follows the rows written.
void updateChart(const uno::Reference<sheet::XSpreadsheet>& sheet, sal_Int32 rows) {
    const uno::Reference<table::XTableCharts> charts =
        uno::Reference<table::XTableChartsSupplier>(sheet, uno::UNO_QUERY_THROW)->getCharts();
    const sal_Int16 sheetIndex = uno::Reference<sheet::XCellRangeAddressable>(sheet, uno::UNO_QUERY_THROW)
                                     ->getRangeAddress()
                                     .Sheet;
    uno::Sequence<table::CellRangeAddress> ranges(2);
    ranges[0] = table::CellRangeAddress(sheetIndex, 0, 0, 0, std::max<sal_Int32>(rows, 1));  // Kommune
    ranges[1] = table::CellRangeAddress(sheetIndex, 3, 0, 4, std::max<sal_Int32>(rows, 1));  // figures
    const OUString name = OUString::createFromAscii(kOverviewSheet);
    if (charts->hasByName(name)) {
        uno::Reference<table::XTableChart>(charts->getByName(name), uno::UNO_QUERY_THROW)->setRanges(ranges);
        return;
    }
    // To the right of the table, in 1/100 mm.
    charts->addNewByName(name, awt::Rectangle(25000, 500, 16000, 10000), ranges, true, true);
}

}  // namespace

void refreshOverview(const uno::Reference<sheet::XSpreadsheetDocument>& doc) {
    ensureSheet(doc);
    const auto& specs = workbookSheets();
    std::vector<LetterRow> letters;
    const SheetSpec& letterSpec = specs.front();
    for (const auto& r : rowsOf(sheetNamed(doc, letterSpec.name), letterSpec.headings.size()))
        letters.push_back({text(r[column(letterSpec, "Nøgle")]), text(r[column(letterSpec, "Kommune")]),
                           text(r[column(letterSpec, "Kommunekode")]), text(r[column(letterSpec, "Brevdato")])});
    std::vector<FactRow> facts;
    for (std::size_t s = 1; s < specs.size(); ++s) {
        const SheetSpec& spec = specs[s];
        for (const auto& r : rowsOf(sheetNamed(doc, spec.name), spec.headings.size()))
            facts.push_back({text(r[column(spec, "Nøgle")]), text(r[column(spec, "Sektion")]),
                             text(r[column(spec, "Ydelse")]), text(r[column(spec, "Kategori")]),
                             number(r[column(spec, "Antal")])});
    }
    const std::vector<OverviewRow> rows = overview(letters, facts);

    const uno::Reference<sheet::XSpreadsheet> sheet = sheetNamed(doc, kOverviewSheet);
    const sal_Int32 width = static_cast<sal_Int32>(overviewHeadings().size());
    const sal_Int32 old = lastUsedRow(sheet);
    if (old >= 1)
        uno::Reference<sheet::XSheetOperation>(sheet->getCellRangeByPosition(0, 1, width - 1, old), uno::UNO_QUERY_THROW)
            ->clearContents(sheet::CellFlags::VALUE | sheet::CellFlags::STRING);
    if (!rows.empty()) {
        Table data(static_cast<sal_Int32>(rows.size()));
        for (std::size_t i = 0; i < rows.size(); ++i) {
            const OverviewRow& o = rows[i];
            const uno::Any cells[] = {uno::Any(toOUString(o.municipality)), uno::Any(toOUString(o.code)),
                                      uno::Any(toOUString(o.latestLetter)), cellOf(o.targetGroup),
                                      cellOf(o.withoutOffer), cellOf(o.shareWithoutOfferPct), cellOf(o.toRehabTeam)};
            data[static_cast<sal_Int32>(i)] = uno::Sequence<uno::Any>(cells, width);
        }
        uno::Reference<sheet::XCellRangeData>(
            sheet->getCellRangeByPosition(0, 1, width - 1, static_cast<sal_Int32>(rows.size())), uno::UNO_QUERY_THROW)
            ->setDataArray(data);
    }
    const uno::Reference<container::XIndexAccess> columns(
        uno::Reference<table::XColumnRowRange>(sheet, uno::UNO_QUERY_THROW)->getColumns(), uno::UNO_QUERY_THROW);
    for (sal_Int32 c = 0; c < width; ++c)
        uno::Reference<beans::XPropertySet>(columns->getByIndex(c), uno::UNO_QUERY_THROW)
            ->setPropertyValue("OptimalWidth", uno::Any(true));
    updateChart(sheet, static_cast<sal_Int32>(rows.size()));
}

}  // namespace svarbrev::office
