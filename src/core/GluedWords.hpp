// A badly damaged scan loses the spaces between words as well as letters:
// "50 afdem er påkontanthjælp", "har 60 afde 71 været iet aktivt tilbud",
// "det 41af 50", "blandt de13". Such a run is parted where it is two known
// words, or a figure and a known word. Only for a scan OCR repair found
// damaged: in a clean letter an unknown word is a word the lexicon lacks.
#pragma once

#include "Document.hpp"
#include "OcrRepair.hpp"

namespace svarbrev {

// How many repairs make a text a damaged scan, whose runs may be parted.
constexpr std::size_t kDamagedScan = 12;

// The text with each glued run parted by a space that stands for no
// original character.
Units splitGluedWords(const Units& in, const OcrRepair& words);

}  // namespace svarbrev
