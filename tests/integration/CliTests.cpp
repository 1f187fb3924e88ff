// The command line as a user runs it: the built binary, real files, exit
// statuses from the contract.
#include "Gold.hpp"
#include "LetterFixtures.hpp"
#include "OfficeEnvironment.hpp"
#include "WorkbookReader.hpp"

#include <gtest/gtest.h>

#include <sys/wait.h>

#include <cstdio>
#include <filesystem>
#include <fstream>

using namespace svarbrev::testing;
namespace fs = std::filesystem;

namespace {

struct CliRun {
    int status;
    std::string out;
};

CliRun svarbrev(const std::string& arguments) {
    const std::string command = buildDir() + "/svarbrev " + arguments + " 2>/dev/null";
    CliRun run{-1, {}};
    FILE* pipe = ::popen(command.c_str(), "r");
    char buffer[4096];
    while (std::size_t n = std::fread(buffer, 1, sizeof buffer, pipe)) run.out.append(buffer, n);
    const int raw = ::pclose(pipe);
    run.status = WIFEXITED(raw) ? WEXITSTATUS(raw) : -1;
    return run;
}

std::string quoted(const std::string& path) { return "'" + path + "'"; }

TEST(CliExtract, NamesTheMunicipalityOfEverySampleLetter) {
    for (const auto& stem : sampleLetters()) {
        const CliRun run = svarbrev("extract --format json " + quoted(lettersDir() + "/" + stem + ".txt"));
        EXPECT_EQ(run.status, 0) << stem;
        for (const auto& code : goldCodes(stem))
            EXPECT_NE(run.out.find("\"code\": \"" + code + "\""), std::string::npos) << stem;
        EXPECT_NE(run.out.find("\"schema\": \"svarbrev/1\""), std::string::npos);
    }
}

TEST(CliExtract, ReadsOfficeDocumentsThroughLibreOffice) {
    const std::string dir = OfficeEnvironment::scratchDir("cli-docx");
    const std::string stem = sampleLetters().back();
    const std::string docx = makeLetterDocument(OfficeEnvironment::context(), lettersDir() + "/" + stem + ".txt", dir,
                                                FixtureFormat::Docx);
    const CliRun run = svarbrev("extract --format json " + quoted(docx));
    EXPECT_EQ(run.status, 0);
    EXPECT_NE(run.out.find("\"code\": \"" + goldCodes(stem).front() + "\""), std::string::npos) << run.out;
}

TEST(CliExtract, ReadsPdfLettersWithoutAnOffice) {
    const std::string dir = OfficeEnvironment::scratchDir("cli-pdf");
    for (const auto& stem : sampleLetters()) {
        const std::string pdf = makeLetterDocument(OfficeEnvironment::context(), lettersDir() + "/" + stem + ".txt",
                                                   dir, FixtureFormat::Pdf);
        const CliRun run = svarbrev("extract --format json " + quoted(pdf));
        EXPECT_EQ(run.status, 0) << stem;
        for (const auto& code : goldCodes(stem))
            EXPECT_NE(run.out.find("\"code\": \"" + code + "\""), std::string::npos) << stem;
    }
    const std::string scan = dir + "/scanning-uden-tekst.pdf";
    std::ofstream(scan) << "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
                           "2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
                           "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\n"
                           "trailer<</Root 1 0 R>>\n%%EOF\n";
    EXPECT_EQ(svarbrev("extract " + quoted(scan)).status, 4);
}

TEST(CliExtract, WritesCsvWithAHeader) {
    const CliRun run = svarbrev("extract --format csv " + quoted(lettersDir() + "/" + sampleLetters().front() + ".txt"));
    EXPECT_EQ(run.status, 0);
    EXPECT_EQ(run.out.rfind("source,municipality,code,", 0), 0u);
}

TEST(CliExtract, ExitStatusesFollowTheContract) {
    const std::string dir = OfficeEnvironment::scratchDir("cli-bad");
    EXPECT_EQ(svarbrev("").status, 2);
    EXPECT_EQ(svarbrev("extract --format xml x.txt").status, 2);
    EXPECT_EQ(svarbrev("extract " + quoted(dir + "/missing.txt")).status, 4);
    EXPECT_EQ(svarbrev("extract " + quoted(sourceDir() + "/tests/data/opskrift.txt")).status, 3);
    const std::string corrupt = dir + "/beskadiget.docx";
    std::ofstream(corrupt, std::ios::binary) << std::string("PK\x03\x04\x14\x00garbage\x00\x01\x02", 18);
    const CliRun run = svarbrev("extract " + quoted(corrupt));
    EXPECT_TRUE(run.status == 4 || run.status == 3) << run.status;
    EXPECT_EQ(run.out.find("\"letters\": [{"), std::string::npos);
}

TEST(CliImport, AppendsAllSampleLettersToAWorkbook) {
    const std::string dir = OfficeEnvironment::scratchDir("cli-import");
    std::string files;
    std::size_t letters = 0;
    for (const auto& stem : sampleLetters()) {
        files += " " + quoted(lettersDir() + "/" + stem + ".txt");
        letters += goldCodes(stem).size();
    }
    const std::string workbook = dir + "/arbejdsbog.ods";
    const CliRun run = svarbrev("import --workbook " + quoted(workbook) + files);
    ASSERT_EQ(run.status, 0);
    EXPECT_EQ(readWorkbook(OfficeEnvironment::context(), workbook).sheets.at("Breve").rows.size(), letters);
    ASSERT_EQ(svarbrev("import --workbook " + quoted(workbook) + files).status, 0);
    EXPECT_EQ(readWorkbook(OfficeEnvironment::context(), workbook).sheets.at("Breve").rows.size(), letters);
}

}  // namespace
