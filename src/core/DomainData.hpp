// The rules of the domain, read once from the data files compiled into the
// library (data/*.tsv): municipalities, vocabulary and cues, benefits, the
// minister's questions, markers, the lexicon and OCR confusions.
#pragma once

#include "Regex.hpp"

#include <map>
#include <set>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace svarbrev {

struct MunicipalityEntry {
    std::string code;
    std::string name;
    std::vector<std::string> variants;  // names as written; lower-case ones are domain labels
};

struct VocabEntry {
    std::string kind;      // label, cue, mention
    std::string section;
    std::string category;
    std::unique_ptr<Regex> pattern;
    std::string unit;      // count or pct (cues)
    std::unique_ptr<Regex> context;
    char contextScope = 'S';
};

struct BenefitEntry {
    std::string key;
    std::unique_ptr<Regex> pattern;
};

struct QuestionEntry {
    int number = 0;
    std::string section;
    std::unique_ptr<Regex> pattern;
    std::string defaultCategory;  // for a count in its answer with no cue of its own
    bool onePeriod = false;       // the question asks about one period
    std::unique_ptr<Regex> topic; // names the question's topic in a subject line
    std::string defaultShare;     // for a share in its answer with no cue of its own ("Kort svar: Ja, 85 pct.")
};

struct Confusion {
    std::string from, to;
    double cost = 1;
    std::size_t minLength = 0;  // read so only in words this long (a short word is too often another)
};

class DomainData {
public:
    // The data compiled into the library (loaded once, thread-safe).
    static const DomainData& get();
    // Data from explicit file contents (tests use small files of their own).
    static std::unique_ptr<DomainData> fromFiles(const std::map<std::string, std::string_view>& files);

    std::vector<MunicipalityEntry> municipalities;
    std::vector<VocabEntry> vocabulary;
    std::vector<const VocabEntry*> countCues;  // the vocabulary's cues of unit "count", in file order
    std::vector<BenefitEntry> benefits;
    std::vector<QuestionEntry> questions;
    std::map<std::string, std::unique_ptr<Regex>> markers;
    std::unordered_set<std::string> lexicon;  // lower-case UTF-8
    struct Complement { std::string section, category, complement, share; };
    std::vector<Complement> complements;      // categories that add up to a known total
    std::set<std::pair<std::string, std::string>> undated;  // {section, category} counted as they stand, no period (undated.tsv)
    std::set<std::pair<std::string, std::string>> pooled;   // {section, category} counted across the benefits (pooled.tsv)
    std::vector<std::pair<std::string, std::string>> nameRepairs;  // {pattern, replacement} for a scanned name (name_repairs.tsv)
    // A category counted as a part of another's count (breakdowns.tsv);
    // `byTotal`: only a part whose total is the whole's value.
    struct Breakdown { std::string section, whole, part; bool byTotal = false; };
    std::vector<Breakdown> breakdowns;
    std::vector<std::string> abbreviations;   // no sentence break after these
    std::vector<std::string> numberWords;     // morphemes of Danish number words
    std::vector<std::pair<std::string, double>> countingNouns;  // "dusin" 12 (counting_nouns.tsv)
    std::map<std::string, char32_t> htmlEntities;  // "aelig" -> æ
    std::vector<std::string> suffixes;        // inflections tried on lexicon words
    std::vector<Confusion> confusions;

    std::unique_ptr<Regex> anyMention;  // all mention patterns in one, to skip sentences fast

    const Regex& marker(const std::string& kind) const;
    // The complements.tsv row of a category, or null.
    const Complement* complementOf(const std::string& section, const std::string& category) const;
    // A share category ("active_share_pct"): a percentage, never a count a part can break down.
    bool isShare(const std::string& section, const std::string& category) const;
    // Whether a category is counted whole and broken down, or is a part of such a count (breakdowns.tsv).
    bool isBrokenDown(const std::string& section, const std::string& category) const;
    bool isBreakdownPart(const std::string& section, const std::string& category) const;
    // Whether a word as written names a part of the municipality (a town, a
    // district: "Nakskov", "Nord"): capitalised and no word the lexicon knows,
    // or a part's own word ("Afdeling Nord").
    bool namesAPart(const icu::UnicodeString& words) const;
    // The question of that number; null for none.
    const QuestionEntry* question(int number) const;
};

// Tab-separated rows of a data file, without comments and blank lines.
std::vector<std::vector<std::string>> readTsv(std::string_view text);

}  // namespace svarbrev
