// Undoes mojibake: UTF-8 that some program read as Windows-1252 and wrote
// out again ("SorÃ¸" for "Sorø", "kontanthjÃ¦lp", "â€“" for "–"). Each such
// run of units becomes the one character it was written for, keeping the
// original offsets of the whole run, so quotes keep the damage as it stands.
#pragma once

#include "Document.hpp"

namespace svarbrev {

// Takes the units by value: clean text (most letters) is handed back as it came.
Units undoMojibake(Units in);

}  // namespace svarbrev
