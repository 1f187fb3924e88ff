// Runs the core over letter texts, writes the JSON into a directory and
// scores it with ../shared/tools/score.py against the gold records.
#pragma once

#include "Extractor.hpp"
#include "JsonWriter.hpp"
#include "Utf8.hpp"

#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <map>
#include <random>
#include <regex>
#include <sstream>
#include <string>

namespace golden {

inline std::filesystem::path sharedDir() { return SVARBREV_SHARED_DIR; }

inline std::string readFile(const std::filesystem::path& p) {
    std::ifstream f(p, std::ios::binary);
    std::stringstream ss;
    ss << f.rdbuf();
    return ss.str();
}

// A letter file's text as the product reads it (LetterReader: UTF-8, or Windows-1252).
inline std::string readLetterFile(const std::filesystem::path& p) { return svarbrev::plainTextToUtf8(readFile(p)); }

struct Scores {
    double core = -1, mentions = -1, tables = -1, header = -1;
    std::string report;
};

inline Scores score(const std::filesystem::path& predDir, const std::filesystem::path& goldDir = sharedDir() / "gold") {
    Scores s;
    const std::string cmd = "python3 \"" + (sharedDir() / "tools" / "score.py").string() + "\" --dirs \"" +
                            goldDir.string() + "\" \"" + predDir.string() + "\"";
    FILE* p = popen(cmd.c_str(), "r");
    if (!p) return s;
    char buf[4096];
    while (fgets(buf, sizeof buf, p)) s.report += buf;
    pclose(p);
    std::smatch m;
    const std::regex total(R"(TOTAL core_f1=([0-9.]+).*mentions_f1=([0-9.]+) tables_recall=([0-9.]+) header_acc=([0-9.]+))");
    if (std::regex_search(s.report, m, total)) {
        s.core = std::stod(m[1]);
        s.mentions = std::stod(m[2]);
        s.tables = std::stod(m[3]);
        s.header = std::stod(m[4]);
    }
    return s;
}

// Extracts every letter of `letters` (the samples unless told) after
// `transform` into a fresh directory.
template <class Transform>
std::filesystem::path extractAll(const std::string& dirName, Transform transform,
                                 const std::filesystem::path& letters = sharedDir() / "letters") {
    const auto out = std::filesystem::temp_directory_path() / dirName;
    std::filesystem::remove_all(out);
    std::filesystem::create_directories(out);
    for (const auto& entry : std::filesystem::directory_iterator(letters)) {
        if (entry.path().extension() != ".txt") continue;
        const std::string text = transform(readLetterFile(entry.path()));
        const auto e = svarbrev::extract(text, entry.path().filename().string());
        std::ofstream(out / (entry.path().stem().string() + ".json")) << svarbrev::toJson(e);
    }
    return out;
}

// OCR-style damage: ø->g, å->a or d, æ->ae or ee, l->I, rn->m, applied to a
// fraction of the words by a seeded generator.
inline std::string damage(const std::string& text, unsigned seed, double fraction) {
    std::mt19937 rng(seed);
    std::uniform_real_distribution<double> pick(0, 1);
    std::string out;
    std::size_t i = 0;
    while (i < text.size()) {
        std::size_t j = i;
        while (j < text.size() && text[j] != ' ' && text[j] != '\n' && text[j] != '\t') ++j;
        std::string w = text.substr(i, j - i);
        if (!w.empty() && pick(rng) < fraction) {
            std::string d;
            for (std::size_t k = 0; k < w.size();) {
                auto at = [&](const char* s) { return w.compare(k, std::strlen(s), s) == 0; };
                if (at("ø")) { d += "g"; k += 2; }
                else if (at("å")) { d += pick(rng) < 0.5 ? "a" : "d"; k += 2; }
                else if (at("æ")) { d += pick(rng) < 0.5 ? "ae" : "ee"; k += 2; }
                else if (at("rn")) { d += "m"; k += 2; }
                else if (w[k] == 'l') { d += "I"; k += 1; }
                else { d += w[k]; k += 1; }
            }
            w = d;
        }
        out += w;
        if (j < text.size()) out += text[j];
        i = j + 1;
    }
    return out;
}

}  // namespace golden
