// The workbook writer against a real Calc: what it refuses, and that text
// from letters never turns into formulas.
#include "Dispatch.hpp"
#include "Errors.hpp"
#include "OfficeEnvironment.hpp"
#include "TestFiles.hpp"
#include "UnoStrings.hpp"
#include "WorkbookReader.hpp"
#include "WorkbookWriter.hpp"

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/frame/XStorable.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/sheet/XSpreadsheets.hpp>
#include <com/sun/star/text/XText.hpp>

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

using namespace svarbrev;
using namespace svarbrev::testing;
namespace fs = std::filesystem;

namespace {

std::string templateUrl() { return office::toUtf8(office::fileUrlOf(buildDir() + "/svarbrev.ots")); }

// Rows for one letter with `quote` as the quote of its one fact.
WorkbookRows rowsWithQuote(const std::string& key, const std::string& quote) {
    Extraction e;
    Letter l;
    l.municipality = Municipality{"Egedal", "240"};
    l.date = "2018-07-23";
    Fact f;
    f.section = "target_group";
    f.benefit = "all";
    f.category = "over_5_years";
    f.value = 8;
    f.quote = quote;
    l.facts.push_back(f);
    e.letters.push_back(l);
    // The key hashes the letter's text: here `key` stands for that text.
    e.letters.front().textEnd = key.size();
    return toWorkbookRows(e, key, {"egedal.txt", "2026-01-01T00:00:00"});
}

void write(const std::string& workbook, const WorkbookRows& rows) {
    office::WorkbookWriter writer(OfficeEnvironment::context(), workbook,
                                  office::toOUString(templateUrl()));
    writer.put(rows);
    writer.save();
}

TEST(WorkbookWriter, KeepsQuotesThatLookLikeFormulasAsText) {
    const std::string dir = OfficeEnvironment::scratchDir("injection");
    const std::string workbook = dir + "/arbejdsbog.ods";
    const std::vector<std::string> hostile = {"=HYPERLINK(\"http://x\";\"klik\")", "+1+1", "-2+3", "@SUM(1;2)",
                                              "\t=1"};
    for (std::size_t i = 0; i < hostile.size(); ++i) write(workbook, rowsWithQuote("tekst " + std::to_string(i), hostile[i]));
    const WorkbookContent content = readWorkbook(OfficeEnvironment::context(), workbook);
    const SheetContent& sheet = content.sheets.at("Målgruppe");
    ASSERT_EQ(sheet.rows.size(), hostile.size());
    std::vector<std::string> expected = hostile;
    expected.back() = "=1";  // Calc trims the leading tab of text input; the rest stays text
    EXPECT_EQ(content.column("Målgruppe", "Citat"), expected);
    for (const auto& row : sheet.isFormula)
        for (bool formula : row) EXPECT_FALSE(formula);
}

TEST(WorkbookWriter, ReplacesALettersRowsAndKeepsOthers) {
    const std::string dir = OfficeEnvironment::scratchDir("replace");
    const std::string workbook = dir + "/arbejdsbog.ods";
    write(workbook, rowsWithQuote("første brev", "første"));
    write(workbook, rowsWithQuote("andet brev", "andet"));
    write(workbook, rowsWithQuote("første brev", "første igen"));
    const WorkbookContent content = readWorkbook(OfficeEnvironment::context(), workbook);
    EXPECT_EQ(content.sheets.at("Breve").rows.size(), 2u);
    EXPECT_EQ(content.column("Målgruppe", "Citat"), (std::vector<std::string>{"andet", "første igen"}));
}

TEST(WorkbookWriter, RefusesAWorkbookOpenElsewhereAndChangesNothing) {
    const std::string dir = OfficeEnvironment::scratchDir("locked");
    const std::string workbook = dir + "/arbejdsbog.ods";
    write(workbook, rowsWithQuote("a", "a"));
    const std::string before = fileBytes(workbook);
    std::ofstream(dir + "/.~lock.arbejdsbog.ods#") << "Karen Jensen,kjensen,pc-17,22.11.2026 10:00,file:///home/kjensen/.config/libreoffice/4;";
    try {
        write(workbook, rowsWithQuote("b", "b"));
        FAIL() << "a locked workbook was written";
    } catch (const office::WorkbookUnavailable& e) {
        EXPECT_NE(std::string(e.what()).find("Karen Jensen"), std::string::npos) << e.what();
    }
    EXPECT_TRUE(fileBytes(workbook) == before);
}

TEST(WorkbookWriter, RefusesAReadOnlyWorkbookAndChangesNothing) {
    const std::string dir = OfficeEnvironment::scratchDir("readonly");
    const std::string workbook = dir + "/arbejdsbog.ods";
    write(workbook, rowsWithQuote("a", "a"));
    const std::string before = fileBytes(workbook);
    fs::permissions(workbook, fs::perms::owner_read | fs::perms::group_read | fs::perms::others_read);
    EXPECT_THROW(write(workbook, rowsWithQuote("b", "b")), office::WorkbookUnavailable);
    EXPECT_TRUE(fileBytes(workbook) == before);
}

TEST(WorkbookWriter, RefusesASpreadsheetThatIsNotSvarbrevsAndChangesNothing) {
    const std::string dir = OfficeEnvironment::scratchDir("foreign");
    const std::string workbook = dir + "/budget.ods";
    {
        OpenDocument calc(OfficeEnvironment::context(), "private:factory/scalc");
        const css::uno::Reference<css::sheet::XSpreadsheetDocument> doc(calc.component(), css::uno::UNO_QUERY_THROW);
        const css::uno::Reference<css::sheet::XSpreadsheets> sheets = doc->getSheets();
        sheets->insertNewByName("Breve", 0);
        const css::uno::Reference<css::sheet::XSpreadsheet> sheet(sheets->getByName("Breve"), css::uno::UNO_QUERY_THROW);
        css::uno::Reference<css::text::XText>(sheet->getCellByPosition(0, 0), css::uno::UNO_QUERY_THROW)->setString("Budget");
        css::uno::Sequence<css::beans::PropertyValue> args(1);
        args[0].Name = "FilterName";
        args[0].Value <<= OUString("calc8");
        css::uno::Reference<css::frame::XStorable>(doc, css::uno::UNO_QUERY_THROW)
            ->storeToURL(office::fileUrlOf(workbook), args);
    }
    const std::string before = fileBytes(workbook);
    try {
        write(workbook, rowsWithQuote("b", "b"));
        FAIL() << "a foreign spreadsheet was written";
    } catch (const office::WorkbookUnavailable& e) {
        EXPECT_NE(std::string(e.what()).find("Breve"), std::string::npos) << e.what();
    }
    EXPECT_TRUE(fileBytes(workbook) == before);
}

}  // namespace
