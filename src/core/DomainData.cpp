#include "DomainData.hpp"

#include "EmbeddedData.hpp"

#include <unicode/uchar.h>

#include <algorithm>
#include <stdexcept>

namespace svarbrev {

std::vector<std::vector<std::string>> readTsv(std::string_view text) {
    std::vector<std::vector<std::string>> rows;
    std::size_t pos = 0;
    while (pos < text.size()) {
        std::size_t eol = text.find('\n', pos);
        if (eol == std::string_view::npos) eol = text.size();
        std::string_view line = text.substr(pos, eol - pos);
        pos = eol + 1;
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        if (line.empty() || line.front() == '#') continue;
        std::vector<std::string> cells;
        std::size_t c = 0;
        while (true) {
            const std::size_t tab = line.find('\t', c);
            cells.emplace_back(line.substr(c, tab == std::string_view::npos ? line.size() - c : tab - c));
            if (tab == std::string_view::npos) break;
            c = tab + 1;
        }
        rows.push_back(std::move(cells));
    }
    return rows;
}

namespace {

std::string cell(const std::vector<std::string>& row, std::size_t i) {
    return i < row.size() ? row[i] : std::string();
}

std::vector<std::string> splitBar(const std::string& s) {
    std::vector<std::string> out;
    std::size_t p = 0;
    while (p <= s.size()) {
        std::size_t q = s.find('|', p);
        if (q == std::string::npos) q = s.size();
        if (q > p) out.push_back(s.substr(p, q - p));
        p = q + 1;
    }
    return out;
}

std::string_view fileOf(const std::map<std::string, std::string_view>& files, const char* name) {
    auto it = files.find(name);
    return it == files.end() ? std::string_view{} : it->second;
}

// "define <name> <pattern>" rows name a pattern that later rows use as
// {name}: one context shared by many cues is written once. The rows
// without the defines.
std::vector<std::vector<std::string>> withDefines(std::vector<std::vector<std::string>> rows) {
    std::vector<std::vector<std::string>> out;
    std::map<std::string, std::string> defined;
    for (auto& r : rows) {
        for (auto& c : r) {
            for (const auto& [name, pattern] : defined) {
                for (std::size_t at; (at = c.find(name)) != std::string::npos;) c.replace(at, name.size(), pattern);
            }
        }
        if (cell(r, 0) == "define") defined["{" + cell(r, 1) + "}"] = "(?:" + cell(r, 2) + ")";
        else out.push_back(std::move(r));
    }
    return out;
}

}  // namespace

std::unique_ptr<DomainData> DomainData::fromFiles(const std::map<std::string, std::string_view>& files) {
    auto d = std::make_unique<DomainData>();
    for (auto& r : readTsv(fileOf(files, "municipalities.tsv"))) {
        d->municipalities.push_back({cell(r, 0), cell(r, 1), splitBar(cell(r, 2))});
    }
    std::vector<std::vector<std::string>> vocabulary = withDefines(readTsv(fileOf(files, "vocabulary.tsv")));
    for (auto& r : vocabulary) {
        VocabEntry e;
        e.kind = cell(r, 0);
        e.section = cell(r, 1);
        e.category = cell(r, 2);
        e.pattern = std::make_unique<Regex>(cell(r, 3), true);
        e.unit = cell(r, 4).empty() ? "count" : cell(r, 4);
        if (!cell(r, 5).empty()) e.context = std::make_unique<Regex>(cell(r, 5), true);
        if (!cell(r, 6).empty()) e.contextScope = cell(r, 6)[0];
        d->vocabulary.push_back(std::move(e));
    }
    {
        std::string all;
        for (auto& r : vocabulary) {
            if (cell(r, 0) == "mention") all += (all.empty() ? "(?:" : "|(?:") + cell(r, 3) + ")";
        }
        if (!all.empty()) d->anyMention = std::make_unique<Regex>(all, true);
    }
    for (auto& r : readTsv(fileOf(files, "benefits.tsv"))) {
        d->benefits.push_back({cell(r, 0), std::make_unique<Regex>(cell(r, 1), true)});
    }
    for (auto& r : readTsv(fileOf(files, "questions.tsv"))) {
        d->questions.push_back({std::stoi(cell(r, 0)), cell(r, 1), std::make_unique<Regex>(cell(r, 2), true), cell(r, 3),
                                cell(r, 4) == "one_period", std::make_unique<Regex>(cell(r, 5).empty() ? "(?!)" : cell(r, 5), true), cell(r, 6)});
    }
    for (auto& r : withDefines(readTsv(fileOf(files, "markers.tsv")))) {
        d->markers[cell(r, 0)] = std::make_unique<Regex>(cell(r, 1), true);
    }
    for (auto& r : readTsv(fileOf(files, "lexicon.txt"))) {
        if (!r.empty() && !r[0].empty()) d->lexicon.insert(r[0]);
    }
    for (const auto& v : d->vocabulary) {
        if (v.kind == "cue" && v.unit == "count") d->countCues.push_back(&v);
    }
    for (auto& r : readTsv(fileOf(files, "complements.tsv"))) {
        d->complements.push_back({cell(r, 0), cell(r, 1), cell(r, 2), cell(r, 3)});
    }
    for (auto& r : readTsv(fileOf(files, "undated.tsv"))) d->undated.insert({cell(r, 0), cell(r, 1)});
    for (auto& r : readTsv(fileOf(files, "pooled.tsv"))) d->pooled.insert({cell(r, 0), cell(r, 1)});
    for (auto& r : readTsv(fileOf(files, "name_repairs.tsv"))) {
        if (!cell(r, 0).empty()) d->nameRepairs.push_back({cell(r, 0), cell(r, 1)});
    }
    for (auto& r : readTsv(fileOf(files, "breakdowns.tsv"))) {
        d->breakdowns.push_back({cell(r, 0), cell(r, 1), cell(r, 2), cell(r, 3) == "of_total"});
    }
    for (auto& r : readTsv(fileOf(files, "html_entities.tsv"))) {
        if (r.size() >= 2) d->htmlEntities[r[0]] = static_cast<char32_t>(std::stoul(r[1], nullptr, 16));
    }
    for (auto& r : readTsv(fileOf(files, "abbreviations.txt"))) {
        if (!r.empty() && !r[0].empty()) d->abbreviations.push_back(r[0]);
    }
    for (auto& r : readTsv(fileOf(files, "number_words.txt"))) {
        if (!r.empty() && !r[0].empty()) d->numberWords.push_back(r[0]);
    }
    for (auto& r : readTsv(fileOf(files, "counting_nouns.tsv"))) {
        if (r.size() >= 2 && !r[0].empty()) d->countingNouns.emplace_back(r[0], std::stod(r[1]));
    }
    for (auto& r : readTsv(fileOf(files, "lexicon_suffixes.txt"))) {
        if (!r.empty() && !r[0].empty()) d->suffixes.push_back(r[0]);
    }
    for (auto& r : readTsv(fileOf(files, "ocr_confusions.tsv"))) {
        d->confusions.push_back({cell(r, 0), cell(r, 1), std::stod(cell(r, 2).empty() ? "1" : cell(r, 2)),
                                 static_cast<std::size_t>(std::stoul(cell(r, 3).empty() ? "0" : cell(r, 3)))});
    }
    return d;
}

const DomainData& DomainData::get() {
    static const std::unique_ptr<DomainData> instance = [] {
        std::map<std::string, std::string_view> files;
        for (const char* name : {"municipalities.tsv", "vocabulary.tsv", "benefits.tsv", "questions.tsv",
                                 "markers.tsv", "lexicon.txt", "lexicon_suffixes.txt", "ocr_confusions.tsv", "number_words.txt", "counting_nouns.tsv", "abbreviations.txt", "html_entities.tsv", "complements.tsv", "breakdowns.tsv", "undated.tsv", "pooled.tsv", "name_repairs.tsv"}) {
            files[name] = data::embeddedFile(name);
        }
        return fromFiles(files);
    }();
    return *instance;
}

const QuestionEntry* DomainData::question(int number) const {
    for (const auto& q : questions) {
        if (q.number == number) return &q;
    }
    return nullptr;
}

const DomainData::Complement* DomainData::complementOf(const std::string& section, const std::string& category) const {
    for (const auto& c : complements) {
        if (c.section == section && c.category == category) return &c;
    }
    return nullptr;
}

bool DomainData::isBrokenDown(const std::string& section, const std::string& category) const {
    return std::any_of(breakdowns.begin(), breakdowns.end(), [&](const Breakdown& b) { return b.section == section && b.whole == category; });
}

bool DomainData::isBreakdownPart(const std::string& section, const std::string& category) const {
    return std::any_of(breakdowns.begin(), breakdowns.end(), [&](const Breakdown& b) { return b.section == section && b.part == category; });
}

bool DomainData::isShare(const std::string& section, const std::string& category) const {
    for (const auto& c : complements) {
        if (c.section == section && c.share == category) return true;
    }
    return false;
}

bool DomainData::namesAPart(const icu::UnicodeString& words) const {
    if (words.isEmpty()) return false;
    const icu::UnicodeString l = lowerSameLength(words);
    if (marker("unit_column").find(l)) return true;
    if (l.indexOf(u' ') >= 0 || !u_isupper(words.char32At(0))) return false;
    std::string w;
    l.toUTF8String(w);
    return !lexicon.contains(w);
}

const Regex& DomainData::marker(const std::string& kind) const {
    auto it = markers.find(kind);
    if (it == markers.end()) throw std::runtime_error("no marker " + kind);
    return *it->second;
}

}  // namespace svarbrev
