// The review dialog and the batch progress window, built in a real
// LibreOffice and driven through their controls. A button's listener is
// called from the office's event loop, which a remote test cannot run, so
// the tests call what each button's listener calls.
#include "Extractor.hpp"
#include "Gold.hpp"
#include "Importer.hpp"
#include "LetterReader.hpp"
#include "OfficeEnvironment.hpp"
#include "ProgressWindow.hpp"
#include "ReviewDialog.hpp"
#include "TestFiles.hpp"
#include "UiText.hpp"
#include "UnoStrings.hpp"
#include "WorkbookLayout.hpp"
#include "WorkbookReader.hpp"

#include <com/sun/star/awt/XControl.hpp>
#include <com/sun/star/awt/XListBox.hpp>
#include <com/sun/star/awt/XTextComponent.hpp>

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>

using namespace css;
using namespace svarbrev;
using namespace svarbrev::testing;
using svarbrev::component::ProgressWindow;
using svarbrev::component::ReviewDialog;
using svarbrev::component::UiText;

namespace {
std::string danishWords() { return fileBytes(sourceDir() + "/extension/strings/da.properties"); }
}  // namespace

namespace {

uno::Reference<awt::XTextComponent> field(const uno::Reference<awt::XControlContainer>& controls, const char* name) {
    return {controls->getControl(OUString::createFromAscii(name)), uno::UNO_QUERY_THROW};
}

void selectRow(ReviewDialog& dialog, sal_Int16 row) {
    uno::Reference<awt::XListBox>(dialog.controls()->getControl("Facts"), uno::UNO_QUERY_THROW)
        ->selectItemPos(row, true);
    dialog.selected(row);  // what the list's item listener does on a click
}

// Hands the reviewed extraction to the import, as the dialog's OK does.
class Reviewed : public office::ImportObserver {
public:
    explicit Reviewed(const ReviewSession* accepted) : accepted_(accepted) {}
    bool review(Extraction& e, const std::string&) override {
        if (!accepted_) return false;
        e = accepted_->result();
        return true;
    }

private:
    const ReviewSession* accepted_;
};

std::vector<std::string> columnOf(const WorkbookContent& w, const std::string& sheet, const std::string& h) {
    return w.column(sheet, h);
}

TEST(ReviewDialog, CorrectDropAndAddReachTheWorkbookMarked) {
    const auto& ctx = OfficeEnvironment::context();
    const std::string dir = OfficeEnvironment::scratchDir("review-accept");
    const std::string text = office::readPlainText(lettersDir() + "/syddjurs_2018-08-09.txt");
    ReviewSession session(extract(text, "syddjurs.txt"));
    const std::size_t before = session.size();
    ASSERT_GE(before, 3u);
    std::vector<const Fact*> seen;
    const UiText words(danishWords(), "", true);
    ReviewDialog dialog(ctx, session, "Svarbrev – test", [&](const Fact& f) { seen.push_back(&f); }, words);
    dialog.create(nullptr);
    const auto controls = dialog.controls();

    selectRow(dialog, 0);
    EXPECT_EQ(office::toUtf8(field(controls, "Value")->getText()), "78");
    EXPECT_FALSE(seen.empty());  // a selected fact is shown in the document
    EXPECT_EQ(seen.back()->quote, session.fact(0).quote);
    field(controls, "Value")->setText("77");
    dialog.applyCorrection();
    EXPECT_EQ(session.fact(0).value, 77.0);
    EXPECT_TRUE(session.fact(0).corrected);

    selectRow(dialog, 1);
    const std::string droppedCategory = session.fact(1).category;
    dialog.dropSelected();
    EXPECT_EQ(session.size(), before - 1);

    uno::Reference<awt::XListBox>(controls->getControl("Section"), uno::UNO_QUERY_THROW)->selectItem("intervention", true);
    field(controls, "Category")->setText("uddannelse");
    field(controls, "Value")->setText("3");
    field(controls, "Period")->setText("");
    dialog.addFact();
    EXPECT_EQ(session.size(), before);

    Reviewed accept(&session);
    const office::WorkbookTarget target{dir + "/arbejdsbog.ods", office::fileUrlOf(buildDir() + "/svarbrev.ots")};
    ASSERT_EQ(office::importTexts(ctx, {{"syddjurs.txt", text}}, target, accept).lettersWritten, 1u);
    const WorkbookContent w = readWorkbook(ctx, target.path);
    const auto values = columnOf(w, "Målgruppe", "Antal");
    const auto corrected = columnOf(w, "Målgruppe", "Rettet manuelt");
    ASSERT_FALSE(values.empty());
    EXPECT_EQ(values[0], "77");
    EXPECT_EQ(corrected[0], "ja");
    const auto categories = columnOf(w, "Indsatser", "Kategori");
    EXPECT_NE(std::find(categories.begin(), categories.end(), "uddannelse"), categories.end());
    std::size_t rows = 0;
    for (const auto& spec : workbookSheets())
        if (spec.name != "Breve") rows += w.sheets.at(spec.name).rows.size();
    EXPECT_EQ(rows, before);  // one dropped, one added
    (void)droppedCategory;
}

TEST(ReviewDialog, CancelWritesNothing) {
    const auto& ctx = OfficeEnvironment::context();
    const std::string dir = OfficeEnvironment::scratchDir("review-cancel");
    const std::string text = office::readPlainText(lettersDir() + "/egedal_2018-07-23.txt");
    Reviewed cancel(nullptr);
    const office::WorkbookTarget target{dir + "/arbejdsbog.ods", office::fileUrlOf(buildDir() + "/svarbrev.ots")};
    const auto report = office::importTexts(ctx, {{"egedal.txt", text}}, target, cancel);
    EXPECT_EQ(report.lettersWritten, 0u);
    ASSERT_EQ(report.skipped.size(), 1u);
    EXPECT_EQ(report.skipped[0].why, office::SkippedFile::Why::Declined);
    EXPECT_FALSE(std::filesystem::exists(target.path));
}

// Cancels through the progress window's button once `after` files were read.
class CancelAfter : public office::ImportObserver {
public:
    CancelAfter(ProgressWindow& window, std::size_t after) : window_(window), after_(after) {}
    void fileStarted(std::size_t index, std::size_t, const std::string& file) override {
        window_.show(index, file);
        if (index + 1 == after_) window_.cancel();  // the Cancel button's listener
    }
    bool cancelRequested() override { return window_.cancelled(); }

private:
    ProgressWindow& window_;
    std::size_t after_;
};

TEST(BatchImport, CancelledRunLeavesOnlyWholeLetters) {
    const auto& ctx = OfficeEnvironment::context();
    const std::string dir = OfficeEnvironment::scratchDir("batch-cancel");
    std::vector<std::string> files;
    for (const auto& stem : sampleLetters()) files.push_back(lettersDir() + "/" + stem + ".txt");
    const UiText text(danishWords(), "", true);
    ProgressWindow window(ctx, nullptr, files.size(), text);
    CancelAfter observer(window, 2);
    const office::WorkbookTarget target{dir + "/arbejdsbog.ods", office::fileUrlOf(buildDir() + "/svarbrev.ots")};
    const office::ImportReport report = office::importFiles(ctx, files, target, observer);
    EXPECT_TRUE(report.cancelled);
    EXPECT_EQ(report.filesRead, 2u);

    const WorkbookContent w = readWorkbook(ctx, target.path);
    std::size_t expectedLetters = 0, expectedFacts = 0;
    for (std::size_t i = 0; i < 2; ++i) {
        const Extraction e = extract(office::readPlainText(files[i]), "x");
        expectedLetters += e.letters.size();
        for (const auto& l : e.letters) expectedFacts += l.facts.size();
    }
    EXPECT_EQ(w.sheets.at("Breve").rows.size(), expectedLetters);
    std::size_t facts = 0;
    for (const auto& spec : workbookSheets())
        if (spec.name != "Breve") facts += w.sheets.at(spec.name).rows.size();
    EXPECT_EQ(facts, expectedFacts);  // every letter written whole
}

}  // namespace

namespace {

TEST(UiText, BothLanguagesHaveEveryKey) {
    const auto da = svarbrev::component::parseProperties(danishWords());
    const auto en =
        svarbrev::component::parseProperties(fileBytes(sourceDir() + "/extension/strings/en.properties"));
    ASSERT_FALSE(da.empty());
    for (const auto& [key, value] : da) EXPECT_TRUE(en.count(key)) << key;
    for (const auto& [key, value] : en) EXPECT_TRUE(da.count(key)) << key;
}

TEST(UiText, FillsSlotsAndFallsBack) {
    const UiText text("a=Læser {0} af {1}\nb=\\u00e6ble\n", "c=English only\n", true);
    EXPECT_EQ(text("a", {"brev.odt", "3"}), "Læser brev.odt af 3");
    EXPECT_EQ(text("b"), "æble");
    EXPECT_EQ(text("c"), "English only");
    EXPECT_EQ(text("missing"), "missing");
}

}  // namespace
