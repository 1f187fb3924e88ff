// The accuracy targets of the extraction, measured the way an analyst's
// files arrive: the sample letters as real .odt, .docx and PDF documents,
// read through the CLI, scored by ../shared/tools/score.py.
#include "Gold.hpp"
#include "LetterFixtures.hpp"
#include "OfficeEnvironment.hpp"

#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <iostream>
#include <regex>
#include <string>

using namespace svarbrev::testing;

namespace {

struct Scores {
    double core = -1, mentions = -1, tables = -1, header = -1;
    std::string report;
};

std::string run(const std::string& command) {
    std::string out;
    FILE* pipe = ::popen(command.c_str(), "r");
    char buffer[4096];
    while (std::size_t n = std::fread(buffer, 1, sizeof buffer, pipe)) out.append(buffer, n);
    ::pclose(pipe);
    return out;
}

Scores scoreFormat(FixtureFormat format) {
    const std::string dir = OfficeEnvironment::scratchDir(std::string("golden") + extensionOf(format));
    const std::string docs = dir + "/docs", predictions = dir + "/pred";
    std::filesystem::create_directories(docs);
    std::filesystem::create_directories(predictions);
    for (const auto& stem : sampleLetters()) {
        const std::string doc = makeLetterDocument(OfficeEnvironment::context(), lettersDir() + "/" + stem + ".txt",
                                                   docs, format);
        run(buildDir() + "/svarbrev extract --format json '" + doc + "' > '" + predictions + "/" + stem +
            ".json' 2>/dev/null");
    }
    Scores s;
    s.report = run("python3 '" + std::string(SVARBREV_SHARED_DIR) + "/tools/score.py' --dirs '" + goldDir() + "' '" +
                   predictions + "'");
    std::smatch m;
    static const std::regex total(
        R"(TOTAL core_f1=([0-9.]+).*mentions_f1=([0-9.]+) tables_recall=([0-9.]+) header_acc=([0-9.]+))");
    if (std::regex_search(s.report, m, total)) {
        s.core = std::stod(m[1]);
        s.mentions = std::stod(m[2]);
        s.tables = std::stod(m[3]);
        s.header = std::stod(m[4]);
    }
    std::cout << extensionOf(format) << " fixtures:\n" << s.report;
    return s;
}

void expectTargets(const Scores& s) {
    EXPECT_GE(s.core, 0.95) << s.report;
    EXPECT_GE(s.mentions, 0.85) << s.report;
    EXPECT_GE(s.tables, 0.90) << s.report;
    EXPECT_GE(s.header, 0.95) << s.report;
}

TEST(GoldenFixtures, OdtLettersMeetTheTargets) { expectTargets(scoreFormat(FixtureFormat::Odt)); }

TEST(GoldenFixtures, DocxLettersMeetTheTargets) { expectTargets(scoreFormat(FixtureFormat::Docx)); }

// PDF text comes in physical layout (prose wrapped at the line's end, table
// cells wrapped inside their column); not yet at the targets, so this holds
// the figures reached (see the closing note of the PDF issue) against
// regression.
TEST(GoldenFixtures, PdfLettersHoldTheirFigures) {
    const Scores s = scoreFormat(FixtureFormat::Pdf);
    EXPECT_GE(s.core, 0.80) << s.report;
    EXPECT_GE(s.mentions, 0.85) << s.report;
    EXPECT_GE(s.tables, 0.70) << s.report;
    EXPECT_GE(s.header, 0.95) << s.report;
}

}  // namespace
