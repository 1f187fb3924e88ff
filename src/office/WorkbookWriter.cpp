#include "WorkbookWriter.hpp"

#include "Errors.hpp"
#include "OverviewSheet.hpp"
#include "SheetAccess.hpp"
#include "Properties.hpp"
#include "UnoStrings.hpp"
#include "WorkbookFile.hpp"

#include <com/sun/star/awt/FontWeight.hpp>
#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XEnumeration.hpp>
#include <com/sun/star/container/XEnumerationAccess.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/document/MacroExecMode.hpp>
#include <com/sun/star/frame/Desktop.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/frame/XStorable.hpp>
#include <com/sun/star/sheet/XCellRangeAddressable.hpp>
#include <com/sun/star/sheet/XCellRangeData.hpp>
#include <com/sun/star/sheet/XSheetCellCursor.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XSpreadsheets.hpp>
#include <com/sun/star/sheet/XUsedAreaCursor.hpp>
#include <com/sun/star/table/XCellRange.hpp>
#include <com/sun/star/table/XColumnRowRange.hpp>
#include <com/sun/star/table/XTableRows.hpp>
#include <com/sun/star/util/XCloseable.hpp>
#include <com/sun/star/util/XSearchDescriptor.hpp>
#include <com/sun/star/util/XSearchable.hpp>

#include <algorithm>
#include <filesystem>
#include <set>
#include <vector>

using namespace css;
namespace fs = std::filesystem;

namespace svarbrev::office {
namespace {

uno::Reference<sheet::XSpreadsheetDocument> load(const uno::Reference<uno::XComponentContext>& context,
                                                 const OUString& url, bool asTemplate) {
    const uno::Reference<frame::XDesktop2> desktop = frame::Desktop::create(context);
    uno::Sequence<beans::PropertyValue> args(3);
    args[0] = property("Hidden", uno::Any(true));
    args[1] = property("MacroExecutionMode", uno::Any(document::MacroExecMode::NEVER_EXECUTE));
    args[2] = property("AsTemplate", uno::Any(asTemplate));
    uno::Reference<sheet::XSpreadsheetDocument> doc;
    try {
        doc.set(desktop->loadComponentFromURL(url, "_blank", 0, args), uno::UNO_QUERY);
    } catch (const uno::Exception& e) {
        throw WorkbookUnavailable("Arbejdsbogen kan ikke åbnes / cannot open the workbook: " + toUtf8(url) +
                                  ": " + toUtf8(e.Message));
    }
    if (!doc.is())
        throw WorkbookUnavailable("Filen er ikke et regneark / not a spreadsheet: " + toUtf8(url));
    return doc;
}

// A document this office already has open at `url`: the analyst's own Calc
// window on the workbook.
uno::Reference<sheet::XSpreadsheetDocument> openDocumentAt(
    const uno::Reference<uno::XComponentContext>& context, const OUString& url) {
    const uno::Reference<frame::XDesktop2> desktop = frame::Desktop::create(context);
    const uno::Reference<container::XEnumeration> components =
        desktop->getComponents()->createEnumeration();
    while (components->hasMoreElements()) {
        uno::Reference<frame::XModel> model(components->nextElement(), uno::UNO_QUERY);
        if (model.is() && model->getURL() == url) return {model, uno::UNO_QUERY};
    }
    return {};
}

uno::Any toAny(const Cell& cell) {
    switch (cell.kind) {
    case Cell::Kind::Number: return uno::Any(cell.number);
    // setDataArray enters strings as text input: a quote starting with "="
    // stays text and never becomes a formula.
    case Cell::Kind::Text: return uno::Any(toOUString(cell.text));
    case Cell::Kind::Empty: break;
    }
    return uno::Any(OUString());
}

void writeHeadings(const uno::Reference<sheet::XSpreadsheet>& sheet, const SheetSpec& spec) {
    const sal_Int32 n = static_cast<sal_Int32>(spec.headings.size());
    uno::Sequence<uno::Sequence<uno::Any>> data(1);
    data[0].realloc(n);
    for (sal_Int32 i = 0; i < n; ++i) data[0][i] <<= toOUString(spec.headings[i]);
    const uno::Reference<table::XCellRange> range = sheet->getCellRangeByPosition(0, 0, n - 1, 0);
    uno::Reference<sheet::XCellRangeData>(range, uno::UNO_QUERY_THROW)->setDataArray(data);
    uno::Reference<beans::XPropertySet>(range, uno::UNO_QUERY_THROW)
        ->setPropertyValue("CharWeight", uno::Any(awt::FontWeight::BOLD));
}

// Every sheet of the layout exists with its headings. A sheet that is
// missing is added; one whose headings differ means the file is not a
// Svarbrev workbook (or was rearranged by hand), and writing into it would
// scramble columns, so nothing is written.
void ensureLayout(const uno::Reference<sheet::XSpreadsheetDocument>& doc) {
    const uno::Reference<sheet::XSpreadsheets> sheets = doc->getSheets();
    for (const SheetSpec& spec : workbookSheets()) {
        const OUString name = toOUString(spec.name);
        if (!sheets->hasByName(name)) {
            sheets->insertNewByName(name, uno::Reference<container::XIndexAccess>(sheets, uno::UNO_QUERY_THROW)
                                              ->getCount());
            writeHeadings(uno::Reference<sheet::XSpreadsheet>(sheets->getByName(name), uno::UNO_QUERY_THROW),
                          spec);
            continue;
        }
        const uno::Reference<sheet::XSpreadsheet> sheet(sheets->getByName(name), uno::UNO_QUERY_THROW);
        const auto row = readRange(sheet, 0, 0, static_cast<sal_Int32>(spec.headings.size()) - 1, 0)[0];
        for (std::size_t i = 0; i < spec.headings.size(); ++i) {
            OUString heading;
            row[static_cast<sal_Int32>(i)] >>= heading;
            if (heading != toOUString(spec.headings[i]))
                throw WorkbookUnavailable("Arket \"" + spec.name + "\" har ikke Svarbrevs kolonner (kolonne " +
                                          std::to_string(i + 1) + " skulle hedde \"" + spec.headings[i] +
                                          "\") / the sheet's columns are not Svarbrev's");
        }
    }
}

// Rows (0-based) whose key cell (column A) holds `key`. Calc searches its
// own cells, so an append costs the same on a 50,000-row workbook as on an
// empty one: nothing of the key column crosses the UNO bridge.
std::vector<sal_Int32> rowsWithKey(const uno::Reference<sheet::XSpreadsheet>& sheet, sal_Int32 lastRow,
                                   const OUString& key) {
    std::vector<sal_Int32> rows;
    if (lastRow < 1) return rows;
    const uno::Reference<util::XSearchable> keys(sheet->getCellRangeByPosition(0, 1, 0, lastRow),
                                                 uno::UNO_QUERY_THROW);
    const uno::Reference<util::XSearchDescriptor> search = keys->createSearchDescriptor();
    search->setSearchString(key);
    const uno::Reference<beans::XPropertySet> options(search, uno::UNO_QUERY_THROW);
    options->setPropertyValue("SearchWords", uno::Any(true));  // the whole cell, not a part of it
    options->setPropertyValue("SearchCaseSensitive", uno::Any(true));
    options->setPropertyValue("SearchRegularExpression", uno::Any(false));
    options->setPropertyValue("SearchWildcard", uno::Any(false));
    const uno::Reference<container::XIndexAccess> found = keys->findAll(search);
    if (!found.is()) return rows;
    for (sal_Int32 i = 0; i < found->getCount(); ++i) {
        const uno::Reference<sheet::XCellRangeAddressable> range(found->getByIndex(i), uno::UNO_QUERY);
        if (!range.is()) continue;
        const table::CellRangeAddress a = range->getRangeAddress();
        for (sal_Int32 r = a.StartRow; r <= a.EndRow; ++r) rows.push_back(r);
    }
    return rows;
}

// Removes the rows of these letters, bottom-up so indices stay valid,
// merging adjacent rows into one removal; returns the new last row.
sal_Int32 removeRowsWithKeys(const uno::Reference<sheet::XSpreadsheet>& sheet, sal_Int32 lastRow,
                             const std::set<OUString>& keys) {
    std::vector<sal_Int32> rows;
    for (const OUString& key : keys) {
        const auto found = rowsWithKey(sheet, lastRow, key);
        rows.insert(rows.end(), found.begin(), found.end());
    }
    if (rows.empty()) return lastRow;
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    const uno::Reference<table::XTableRows> tableRows =
        uno::Reference<table::XColumnRowRange>(sheet, uno::UNO_QUERY_THROW)->getRows();
    for (std::size_t end = rows.size(); end > 0;) {
        std::size_t begin = end - 1;
        while (begin > 0 && rows[begin - 1] == rows[begin] - 1) --begin;
        tableRows->removeByIndex(rows[begin], static_cast<sal_Int32>(end - begin));
        end = begin;
    }
    return lastRow - static_cast<sal_Int32>(rows.size());
}

void appendRows(const uno::Reference<sheet::XSpreadsheet>& sheet, sal_Int32 lastRow,
                const std::vector<Row>& rows, std::size_t width) {
    if (rows.empty()) return;
    const sal_Int32 n = static_cast<sal_Int32>(rows.size());
    uno::Sequence<uno::Sequence<uno::Any>> data(n);
    for (sal_Int32 r = 0; r < n; ++r) {
        data[r].realloc(static_cast<sal_Int32>(width));
        for (std::size_t c = 0; c < width && c < rows[r].size(); ++c)
            data[r][static_cast<sal_Int32>(c)] = toAny(rows[r][c]);
    }
    uno::Reference<sheet::XCellRangeData>(
        sheet->getCellRangeByPosition(0, lastRow + 1, static_cast<sal_Int32>(width) - 1, lastRow + n),
        uno::UNO_QUERY_THROW)
        ->setDataArray(data);
}

void store(const uno::Reference<sheet::XSpreadsheetDocument>& doc, const OUString& url, const char* filter) {
    uno::Sequence<beans::PropertyValue> args(2);
    args[0] = property("FilterName", uno::Any(OUString::createFromAscii(filter)));
    args[1] = property("Overwrite", uno::Any(true));
    uno::Reference<frame::XStorable>(doc, uno::UNO_QUERY_THROW)->storeToURL(url, args);
}

void close(const uno::Reference<sheet::XSpreadsheetDocument>& doc) noexcept {
    try {
        uno::Reference<util::XCloseable> closeable(doc, uno::UNO_QUERY);
        if (closeable.is()) closeable->close(true);
    } catch (const uno::Exception&) {
        // Vetoed, or the office is gone (and the hidden document with it).
    }
}

}  // namespace

WorkbookWriter::WorkbookWriter(const uno::Reference<uno::XComponentContext>& context, std::string workbookPath,
                               const OUString& templateUrl)
    : context_(context), path_(fs::absolute(workbookPath).lexically_normal().string()) {
    document_ = openDocumentAt(context_, fileUrlOf(path_));
    if (document_.is()) {
        openInThisOffice_ = true;
        ensureLayout(document_);
        return;
    }
    std::error_code ec;
    fs::create_directories(fs::path(path_).parent_path(), ec);
    requireWritable(path_);
    guard_ = std::make_unique<WorkbookGuard>(path_);
    if (const auto holder = lockHolder(path_))
        throw WorkbookUnavailable("Arbejdsbogen er åben hos " + *holder +
                                  "; luk den dér og prøv igen (er LibreOffice gået ned, så slet låsefilen " +
                                  lockFileOf(path_) + ") / the workbook is open by " + *holder +
                                  "; close it there and try again (after a crash, delete the lock file)");
    scratch_ = scratchPathFor(path_);
    if (fs::exists(path_, ec)) {
        // Edit a copy, so LibreOffice's own lock file never appears beside
        // the workbook on our account and a crash leaves the original as it was.
        fs::copy_file(path_, scratch_, fs::copy_options::overwrite_existing, ec);
        if (ec)
            throw WorkbookUnavailable("Arbejdsbogen kan ikke læses / cannot read the workbook: " + path_);
        document_ = load(context_, fileUrlOf(scratch_), false);
    } else if (!templateUrl.isEmpty() && fs::exists(systemPathOf(templateUrl), ec)) {
        document_ = load(context_, templateUrl, true);
    } else {
        document_ = load(context_, "private:factory/scalc", false);
    }
    try {
        ensureLayout(document_);
    } catch (...) {
        closeDocument();
        throw;
    }
}

WorkbookWriter::~WorkbookWriter() { closeDocument(); }

void WorkbookWriter::closeDocument() {
    if (document_.is() && !openInThisOffice_) close(document_);
    document_.clear();
    if (!scratch_.empty()) {
        std::error_code ec;
        fs::remove(scratch_, ec);
    }
}

void WorkbookWriter::put(const WorkbookRows& rows) {
    const uno::Reference<sheet::XSpreadsheets> sheets = document_->getSheets();
    const auto& specs = workbookSheets();
    auto sheetAt = [&](std::size_t i) {
        return uno::Reference<sheet::XSpreadsheet>(sheets->getByName(toOUString(specs[i].name)), uno::UNO_QUERY_THROW);
    };
    // The letters sheet (first, one row per letter) is the index: only a
    // letter found there was imported before and has rows to replace on the
    // fact sheets, which are twenty times longer.
    const uno::Reference<sheet::XSpreadsheet> letters = sheetAt(0);
    const sal_Int32 lettersLast = lastUsedRow(letters);
    std::set<OUString> known;
    for (const auto& k : rows.letterKeys) {
        const OUString key = toOUString(k);
        if (!rowsWithKey(letters, lettersLast, key).empty()) known.insert(key);
    }
    for (std::size_t i = 0; i < specs.size() && i < rows.sheets.size(); ++i) {
        const uno::Reference<sheet::XSpreadsheet> sheet = i == 0 ? letters : sheetAt(i);
        const sal_Int32 last = removeRowsWithKeys(sheet, i == 0 ? lettersLast : lastUsedRow(sheet), known);
        appendRows(sheet, last, rows.sheets[i].rows, specs[i].headings.size());
    }
}

void WorkbookWriter::save() {
    refreshOverview(document_);
    if (openInThisOffice_) {
        uno::Reference<frame::XStorable>(document_, uno::UNO_QUERY_THROW)->store();
        return;
    }
    try {
        store(document_, fileUrlOf(scratch_), "calc8");
    } catch (const uno::Exception& e) {
        throw WorkbookUnavailable("Arbejdsbogen kunne ikke gemmes / could not save the workbook: " +
                                  toUtf8(e.Message));
    }
    close(document_);
    document_.clear();
    replaceWorkbook(scratch_, path_);
    scratch_.clear();
}

void WorkbookWriter::writeTemplate(const uno::Reference<uno::XComponentContext>& context,
                                   const std::string& templatePath) {
    const auto doc = load(context, "private:factory/scalc", false);
    const uno::Reference<sheet::XSpreadsheets> sheets = doc->getSheets();
    const uno::Sequence<OUString> defaults = sheets->getElementNames();
    ensureLayout(doc);
    refreshOverview(doc);
    for (const OUString& name : defaults) sheets->removeByName(name);
    store(doc, fileUrlOf(templatePath), "calc8_template");
    close(doc);
}

}  // namespace svarbrev::office
