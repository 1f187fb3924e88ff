// The two menu commands, run through the dispatch framework of a real
// headless LibreOffice with the built extension installed, checked by
// opening the workbook they wrote.
#include "Dispatch.hpp"
#include "DocumentText.hpp"
#include "Extractor.hpp"
#include "Gold.hpp"
#include "LetterFixtures.hpp"
#include "LetterReader.hpp"
#include "OfficeEnvironment.hpp"
#include "TestFiles.hpp"
#include "WorkbookLayout.hpp"
#include "WorkbookReader.hpp"

#include <com/sun/star/text/XTextDocument.hpp>

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

using namespace svarbrev;
using namespace svarbrev::testing;
namespace fs = std::filesystem;

namespace {

std::size_t factsIn(const Extraction& e, const std::string& sheet) {
    std::size_t n = 0;
    for (const auto& l : e.letters)
        for (const auto& f : l.facts) n += sheetForSection(f.section) == sheet;
    return n;
}

using WriterCase = std::tuple<std::string, FixtureFormat>;

class WriterCommand : public ::testing::TestWithParam<WriterCase> {};

TEST_P(WriterCommand, AppendsTheLettersRecordsOnceWithQuotes) {
    const auto& [stem, format] = GetParam();
    const std::string dir = OfficeEnvironment::scratchDir("writer-" + stem + extensionOf(format));
    const auto& context = OfficeEnvironment::context();
    const std::string letter =
        makeLetterDocument(context, lettersDir() + "/" + stem + ".txt", dir, format);
    const std::string workbook = dir + "/arbejdsbog.ods";

    OpenDocument document(context, letter);
    const std::string text = office::documentText(
        css::uno::Reference<css::text::XTextDocument>(document.component(), css::uno::UNO_QUERY_THROW)->getText());
    const Extraction expected = extract(text, fs::path(letter).filename().string());

    const DispatchOutcome first =
        dispatchCommand(context, document.frame(), "svarbrev:ExtractToWorkbook", silentArgs(workbook));
    ASSERT_TRUE(first.success) << first.message;
    const WorkbookContent once = readWorkbook(context, workbook);

    EXPECT_EQ(once.column("Breve", "Kommunekode"), goldCodes(stem));
    for (const auto& spec : workbookSheets()) {
        if (spec.name == "Breve") continue;
        EXPECT_EQ(once.sheets.at(spec.name).rows.size(), factsIn(expected, spec.name)) << spec.name;
        for (const auto& quote : once.column(spec.name, "Citat")) EXPECT_FALSE(quote.empty()) << spec.name;
        for (const auto& source : once.column(spec.name, "Kildefil"))
            EXPECT_EQ(source, fs::path(letter).filename().string());
    }

    const DispatchOutcome second =
        dispatchCommand(context, document.frame(), "svarbrev:ExtractToWorkbook", silentArgs(workbook));
    ASSERT_TRUE(second.success) << second.message;
    const WorkbookContent twice = readWorkbook(context, workbook);
    for (const auto& spec : workbookSheets())
        EXPECT_EQ(twice.sheets.at(spec.name).rows.size(), once.sheets.at(spec.name).rows.size())
            << "re-import duplicated rows on " << spec.name;
    EXPECT_TRUE(fs::exists(workbook + ".bak"));
}

std::vector<WriterCase> writerCases() {
    std::vector<WriterCase> cases;
    for (const auto& stem : sampleLetters())
        for (auto format : {FixtureFormat::Odt, FixtureFormat::Docx}) cases.emplace_back(stem, format);
    return cases;
}

INSTANTIATE_TEST_SUITE_P(SampleLetters, WriterCommand, ::testing::ValuesIn(writerCases()),
                         [](const ::testing::TestParamInfo<WriterCase>& info) {
                             std::string name = std::get<0>(info.param) +
                                                (std::get<1>(info.param) == FixtureFormat::Odt ? "_odt" : "_docx");
                             for (char& c : name)
                                 if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
                             return name;
                         });

TEST(CalcCommand, ImportsManyLetterFilesIntoOneWorkbook) {
    const auto& context = OfficeEnvironment::context();
    const std::string dir = OfficeEnvironment::scratchDir("calc-import");
    std::vector<std::string> files;
    std::multiset<std::string> expectedCodes;
    const FixtureFormat formats[] = {FixtureFormat::Odt, FixtureFormat::Docx, FixtureFormat::Pdf};
    std::size_t next = 0;
    for (const auto& stem : sampleLetters()) {
        files.push_back(makeLetterDocument(context, lettersDir() + "/" + stem + ".txt", dir, formats[next++ % 3]));
        for (const auto& code : goldCodes(stem)) expectedCodes.insert(code);
    }
    // Plain text too: a letter's text with a note added is another letter
    // (the same text would replace the rows of its twin in the batch).
    const std::string stem = sampleLetters().back();
    files.push_back(dir + "/" + stem + "-med-note.txt");
    std::ofstream(files.back()) << office::readPlainText(lettersDir() + "/" + stem + ".txt") << "\nKopi til arkivet.\n";
    for (const auto& code : goldCodes(stem)) expectedCodes.insert(code);
    const std::string workbook = dir + "/arbejdsbog.ods";

    OpenDocument calc(context, "private:factory/scalc");
    const DispatchOutcome outcome =
        dispatchCommand(context, calc.frame(), "svarbrev:ImportFiles", silentArgs(workbook, files));
    ASSERT_TRUE(outcome.success) << outcome.message;

    const WorkbookContent content = readWorkbook(context, workbook);
    const auto codes = content.column("Breve", "Kommunekode");
    EXPECT_EQ(std::multiset<std::string>(codes.begin(), codes.end()), expectedCodes);
    std::set<std::string> sources;
    for (const auto& s : content.column("Breve", "Kildefil")) sources.insert(s);
    EXPECT_EQ(sources.size(), files.size());

    // The overview: a row per municipality, refreshed by the import.
    const auto overviewCodes = content.column("Overblik", "Kommunekode");
    EXPECT_EQ(std::set<std::string>(overviewCodes.begin(), overviewCodes.end()),
              std::set<std::string>(expectedCodes.begin(), expectedCodes.end()));
    const auto targetGroups = content.column("Overblik", "Målgruppe (mindst 5 år)");
    const auto syddjurs = std::find(overviewCodes.begin(), overviewCodes.end(), "706") - overviewCodes.begin();
    EXPECT_EQ(targetGroups[static_cast<std::size_t>(syddjurs)], "109");  // 78 + 18 + 13
}

TEST(DrawCommand, ExtractsAPdfLetterOpenInLibreOffice) {
    const auto& context = OfficeEnvironment::context();
    const std::string dir = OfficeEnvironment::scratchDir("draw-pdf");
    const std::string stem = sampleLetters().back();
    const std::string pdf = makeLetterDocument(context, lettersDir() + "/" + stem + ".txt", dir, FixtureFormat::Pdf);
    const std::string workbook = dir + "/arbejdsbog.ods";
    OpenDocument document(context, pdf);
    ASSERT_TRUE(document.component().is());
    const DispatchOutcome outcome =
        dispatchCommand(context, document.frame(), "svarbrev:ExtractToWorkbook", silentArgs(workbook));
    ASSERT_TRUE(outcome.success) << outcome.message;
    const WorkbookContent content = readWorkbook(context, workbook);
    EXPECT_EQ(content.column("Breve", "Kommunekode"), goldCodes(stem));
    EXPECT_EQ(content.column("Breve", "Kildefil"), std::vector<std::string>{fs::path(pdf).filename().string()});
}

TEST(WriterCommandRefuses, ADocumentThatIsNotAReplyLetterAndLeavesTheWorkbookAlone) {
    const auto& context = OfficeEnvironment::context();
    const std::string dir = OfficeEnvironment::scratchDir("not-a-letter");
    const std::string workbook = dir + "/arbejdsbog.ods";
    {
        OpenDocument letter(context, makeLetterDocument(context, lettersDir() + "/" + sampleLetters().front() + ".txt",
                                                        dir, FixtureFormat::Odt));
        ASSERT_TRUE(dispatchCommand(context, letter.frame(), "svarbrev:ExtractToWorkbook", silentArgs(workbook)).success);
    }
    const std::string before = fileBytes(workbook);
    OpenDocument recipe(context, makeLetterDocument(context, sourceDir() + "/tests/data/opskrift.txt", dir,
                                                    FixtureFormat::Odt));
    const DispatchOutcome outcome =
        dispatchCommand(context, recipe.frame(), "svarbrev:ExtractToWorkbook", silentArgs(workbook));
    EXPECT_FALSE(outcome.success);
    EXPECT_NE(outcome.message.find("nothing was written"), std::string::npos) << outcome.message;  // en-US office
    EXPECT_TRUE(fileBytes(workbook) == before);
}

TEST(Template, HasEverySheetAndHeadingOfTheLayout) {
    const WorkbookContent content =
        readWorkbook(OfficeEnvironment::context(), sourceDir() + "/extension/templates/svarbrev.ots");
    std::vector<std::string> expectedOrder = {"Overblik"};
    for (const auto& spec : workbookSheets()) {
        expectedOrder.push_back(spec.name);
        EXPECT_EQ(content.sheets.at(spec.name).headings, spec.headings) << spec.name;
        EXPECT_TRUE(content.sheets.at(spec.name).rows.empty()) << spec.name;
    }
    EXPECT_EQ(content.order, expectedOrder);
}

}  // namespace

int main(int argc, char** argv) {
    ::testing::InitGoogleTest(&argc, argv);
    ::testing::AddGlobalTestEnvironment(new OfficeEnvironment);
    return RUN_ALL_TESTS();
}
