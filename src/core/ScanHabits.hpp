// Each scanner damages letters in habits of its own ("ri" read as "n", "m"
// as "in", f as t), and a new scanner brings one that no confusion class in
// the data foresees. The habit shows in the document itself: one
// substitution that turns several of its unknown words into known ones.
// Learned from a damaged scan only, and applied only where it makes a word
// known, so a clean letter and a word the lexicon lacks stay as written.
#pragma once

#include "Document.hpp"
#include "OcrRepair.hpp"

#include <string>
#include <vector>

namespace svarbrev {

// How many repairs by the confusion classes make a text worth searching for habits.
constexpr std::size_t kSuspectScan = 4;

// A scan's habit: `meant` read as `damaged`.
struct Substitution {
    std::u32string damaged, meant;
};

// The substitutions each of which makes known words of several unknown
// words of the text, the most telling first.
std::vector<Substitution> learnScanHabits(const Units& text, const OcrRepair& words);

// The text with each unknown word that the habits (and the confusion
// classes) make a known word repaired, and a count's "af" read back where a
// habit made it another word ("13 at dem").
Units applyScanHabits(const Units& text, const std::vector<Substitution>& habits, const OcrRepair& words);

}  // namespace svarbrev
