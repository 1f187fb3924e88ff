// Repairs OCR damage ("Hjgrring", "spgrgsmal", "5 dr", "pd") by matching each
// unknown word against known words (lexicon, municipality names) under an
// OCR-aware edit distance, never by listing damaged spellings. Candidates are
// found through a skeleton key in which letters a scanner confuses (ø/g/o,
// å/a/d, æ/ae/ee, l/I/|, rn/m) collapse, then ranked by weighted distance.
#pragma once

#include "Document.hpp"
#include "DomainData.hpp"

#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace svarbrev {

class OcrRepair {
public:
    explicit OcrRepair(const DomainData& data);
    // The process-wide repairer over the compiled-in data.
    static const OcrRepair& get();

    // `fixes`, if given, counts the words and figures repaired: how damaged the scan was.
    Units repair(const Units& in, std::size_t* fixes = nullptr) const;
    // Whether a lower-case word is a known one (lexicon, with its endings, or a name).
    bool knows(const std::u32string& lowerWord) const;
    bool knows(const char32_t* lowerWord, std::size_t length) const;
    // Every known word (lower case), once.
    std::vector<std::u32string> knownWords() const;
    // Whether two spellings fall in one confusion class ("g" and "ø").
    bool readAlike(const std::u32string& a, const std::u32string& b) const { return skeleton(a) == skeleton(b); }
    // Whether a lower-case word reads as some known word under the confusion classes (a cheap first test for correct()).
    bool readsAsKnown(const char32_t* lowerWord, std::size_t length) const;
    // The known word a (lower-case) word was damaged from, or empty.
    std::u32string correct(const std::u32string& lowerWord) const;
    // OCR-aware weighted edit distance from a damaged word to a known one.
    double distance(const std::u32string& damaged, const std::u32string& known) const;

private:
    // The known word a scan came from that lost æ's stroke ("kontanthjalp",
    // "uddannelseshjelp") or closed every h inside it to a b ("kontantbjælp"),
    // or empty: æ is no class with a or e, for "Mikael" is no "Mikæl", nor h
    // one with b, which is already one with o.
    std::u32string variantOf(const char32_t* lowerWord, std::size_t length) const;
    // Long words only: a short one is too often another word ("lange", "længe").
    static constexpr std::size_t kLongWord = 7;
    std::unordered_map<uint64_t, std::u32string> variants_;  // hash of a word as such a scan reads it -> the word
    std::u32string skeleton(const std::u32string& w) const;
    uint64_t skeletonHash(const char32_t* lowerWord, std::size_t length) const;  // of skeleton(), as hash64 has it
    template <class Sink> void skeletonInto(const char32_t* w, std::size_t n, Sink&& out) const;
    static constexpr std::size_t kShortWord = 64;  // longer words take the slow way
    struct Rule { std::u32string from, to; double cost; std::size_t minLength; };
    std::vector<Rule> rules_;
    bool ruleStart_[128] = {};                      // ASCII letters a rule starts with
    std::unordered_set<char32_t> ruleStartWide_;   // and the others
    // Pairs of spellings that read alike (damaged, known, cost), by first letter of the damaged one.
    struct Pair { std::u32string damaged, known; double cost; };
    std::unordered_map<char32_t, std::vector<Pair>> pairs_;
    std::unordered_map<std::u32string, std::vector<std::u32string>> index_;  // skeleton -> words
    // Known words and skeletons as 64-bit hashes in flat open-addressing
    // tables: one probe per word, where node-based maps cost a cache miss each.
    struct HashSet {
        std::vector<uint64_t> slots;
        void insert(uint64_t h);
        bool contains(uint64_t h) const;
        void reserve(std::size_t n);
    };
    HashSet known_, skeletons_;
    HashSet names_;  // municipality names and their parts, written with a capital
};

// Appends a repaired word in place of the units it was read from, its
// letters spread over their spans.
void spreadWord(const std::u32string& fixed, const Unit* from, std::size_t count, Units& out);

// FNV-1a over letters, from `h` (its offset basis, or a hash to go on from).
uint64_t fnv1a(const char32_t* s, std::size_t n, uint64_t h = 1469598103934665603ull);
// A letter in lower case (ASCII without a library call).
char32_t lowerChar(char32_t c);

std::u32string toU32(std::string_view utf8);
std::string fromU32(const std::u32string& s);

}  // namespace svarbrev
