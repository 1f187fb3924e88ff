// A mail that passed through a system without Danish letters arrives with a
// question mark for each of them ("p? brevet", "kontanthj?lp", "Fan?", "?n
// sag"), and for the dash too ("Kommune ? de langvarige"). Each such mark is
// given back the letter that makes its word a known one; a mark no letter
// explains stays, and a text with only real question marks is not touched.
#pragma once

#include "Document.hpp"
#include "OcrRepair.hpp"

namespace svarbrev {

// Takes the units by value: clean text (most letters) is handed back as it came.
Units restoreLostLetters(Units in, const OcrRepair& words);

}  // namespace svarbrev
