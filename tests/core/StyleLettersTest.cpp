// Golden tests in the manner of libnumbertext: letters written in other
// municipalities' styles (numbered headings, benefit tables, markdown and
// aligned tables, an attachment after the signature, distractors) and the
// records they must give, as letters/<name>.txt and letters/<name>.expected.
#include "Extractor.hpp"
#include "NumberFormat.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

using namespace svarbrev;

namespace {

const std::filesystem::path kDir = SVARBREV_TEST_LETTERS_DIR;

std::string read(const std::filesystem::path& p) {
    std::ifstream f(p, std::ios::binary);
    std::stringstream ss;
    ss << f.rdbuf();
    return ss.str();
}

std::string num(const std::optional<double>& v) { return v ? formatNumber(*v) : "-"; }

std::string records(const Extraction& e) {
    std::string out;
    for (const auto& l : e.letters) {
        std::string names;
        for (const auto& s : l.signatories) names += (names.empty() ? "" : "|") + s.name;
        out += "letter\t" + (l.municipality ? l.municipality->code : "-") + "\t" + l.date.value_or("-") + "\t" +
               l.caseNumber.value_or("-") + "\t" + (names.empty() ? "-" : names) + "\n";
        for (const auto& f : l.facts) {
            out += "fact\t" + f.section + "\t" + f.benefit + "\t" + f.category + "\t" + num(f.value) + "\t" + num(f.ofTotal) +
                   "\t" + f.period.value_or("-") + "\t" + (f.derived ? "derived" : "-") + "\n";
        }
    }
    return out;
}

std::string withoutComments(const std::string& s) {
    std::string out, line;
    std::istringstream in(s);
    while (std::getline(in, line)) {
        if (!line.empty() && line[0] != '#') out += line + "\n";
    }
    return out;
}

std::vector<std::string> names() {
    std::vector<std::string> out;
    for (const auto& e : std::filesystem::directory_iterator(kDir)) {
        if (e.path().extension() == ".txt") out.push_back(e.path().stem().string());
    }
    std::sort(out.begin(), out.end());
    return out;
}

class StyleLetters : public ::testing::TestWithParam<std::string> {};

TEST_P(StyleLetters, GiveTheExpectedRecords) {
    const auto e = extract(read(kDir / (GetParam() + ".txt")), GetParam() + ".txt");
    EXPECT_EQ(records(e), withoutComments(read(kDir / (GetParam() + ".expected"))));
}

INSTANTIATE_TEST_SUITE_P(Letters, StyleLetters, ::testing::ValuesIn(names()),
                         [](const auto& info) { return info.param; });

}  // namespace
