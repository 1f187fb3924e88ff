// Broken and hostile input through the command line's import: a clear
// message, the documented exit status, and the workbook byte for byte as
// it was.
#include "Gold.hpp"
#include "LetterFixtures.hpp"
#include "LetterReader.hpp"
#include "OfficeEnvironment.hpp"
#include "TestFiles.hpp"

#include <gtest/gtest.h>

#include <sys/wait.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <functional>
#include <random>
#include <sstream>

using namespace svarbrev::testing;
namespace fs = std::filesystem;

namespace {

struct Outcome {
    int status;
    std::string message;
};

Outcome import(const std::string& workbook, const std::string& file) {
    const std::string err = workbook + ".stderr";
    const std::string command =
        buildDir() + "/svarbrev import --workbook '" + workbook + "' '" + file + "' >/dev/null 2>'" + err + "'";
    const int raw = std::system(command.c_str());
    return {WIFEXITED(raw) ? WEXITSTATUS(raw) : -1, fileBytes(err)};
}

std::string randomBytes(std::size_t n, unsigned seed) {
    std::mt19937 random(seed);
    std::string s(n, '\0');
    for (auto& c : s) c = static_cast<char>(random() & 0xFF);
    return s;
}

struct BadInput {
    std::string name;
    std::function<std::string(const std::string& dir)> make;  // returns the file's path
    int status;
};

class BadInputImport : public ::testing::TestWithParam<BadInput> {};

TEST_P(BadInputImport, IsRefusedWithAMessageAndTheWorkbookUnchanged) {
    const BadInput& input = GetParam();
    const std::string dir = OfficeEnvironment::scratchDir("bad-" + input.name);
    const std::string workbook = dir + "/arbejdsbog.ods";
    ASSERT_EQ(import(workbook, lettersDir() + "/" + sampleLetters().front() + ".txt").status, 0);
    const std::string before = fileBytes(workbook);

    const Outcome outcome = import(workbook, input.make(dir));
    EXPECT_EQ(outcome.status, input.status) << outcome.message;
    EXPECT_FALSE(outcome.message.empty());
    EXPECT_TRUE(fileBytes(workbook) == before) << "the workbook changed";
}

std::string truncated(const std::string& dir, FixtureFormat format) {
    const std::string good = makeLetterDocument(OfficeEnvironment::context(),
                                                lettersDir() + "/" + sampleLetters().back() + ".txt", dir, format);
    const std::string bytes = fileBytes(good);
    const std::string bad = dir + "/beskadiget" + extensionOf(format);
    writeBytes(bad, bytes.substr(0, bytes.size() / 2));
    return bad;
}

const BadInput kBadInputs[] = {
    {"empty_document",
     [](const std::string& dir) {
         writeBytes(dir + "/tom.txt", "");
         return makeLetterDocument(OfficeEnvironment::context(), dir + "/tom.txt", dir, FixtureFormat::Odt);
     },
     3},
    {"recipe", [](const std::string&) { return sourceDir() + "/tests/data/opskrift.txt"; }, 3},
    {"ministers_letter", [](const std::string&) { return sourceDir() + "/tests/data/ministerbrev.txt"; }, 3},
    {"corrupt_docx", [](const std::string& dir) { return truncated(dir, FixtureFormat::Docx); }, 4},
    {"corrupt_odt", [](const std::string& dir) { return truncated(dir, FixtureFormat::Odt); }, 4},
    {"binary_renamed_docx",
     [](const std::string& dir) {
         writeBytes(dir + "/program.docx", randomBytes(200000, 7));
         return dir + "/program.docx";
     },
     4},
    {"text_of_50_MB",
     [](const std::string& dir) {
         std::string text;
         const std::string line = "Dette er en meget lang tekst uden et svarbrev i, linje efter linje.\n";
         while (text.size() < 50u * 1024 * 1024) text += line;
         writeBytes(dir + "/stor.txt", text);
         return dir + "/stor.txt";
     },
     3},
    {"table_of_10000_rows",
     [](const std::string& dir) {
         std::string text = svarbrev::office::readPlainText(lettersDir() + "/" + sampleLetters().back() + ".txt");
         for (int i = 0; i < 10000; ++i) text += "Virksomhedspraktik\t" + std::to_string(i) + "\n";
         writeBytes(dir + "/eksport.txt", text);
         return dir + "/eksport.txt";
     },
     3},
    {"invalid_utf8",
     [](const std::string& dir) {
         std::string bytes = randomBytes(1000, 3);
         for (auto& c : bytes) c = static_cast<char>(0x80 | (c & 0x7F));  // no NUL: text, but not UTF-8
         writeBytes(dir + "/ugyldig.txt", "\xff\xfe\xfd kontanthj\xe6lp \xc3\x28 " + bytes);
         return dir + "/ugyldig.txt";
     },
     3},
    {"missing_file", [](const std::string& dir) { return dir + "/findes-ikke.docx"; }, 4},
};

INSTANTIATE_TEST_SUITE_P(Files, BadInputImport, ::testing::ValuesIn(kBadInputs),
                         [](const ::testing::TestParamInfo<BadInput>& info) { return info.param.name; });

}  // namespace
