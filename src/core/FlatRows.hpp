// A table whose line breaks were lost (a web form's receipt, text pasted
// into one field): "Indsats Kontanthjælp Uddannelseshjælp Integrationsydelse
// Virksomhedspraktik 7 1 3 Mentor 4 - 1 … I alt 19 2 6" on one line. The
// table reader reads a row per line, so the rows are set out again.
#pragma once

#include "Document.hpp"

namespace svarbrev {

// Three rows or more in a row, each a label of words and as many figures
// or dashes as there are capitalised words just before the first label,
// become a tab heading of those words and tab rows, on lines of their own.
// Other text is copied as is; every unit keeps its span in the original.
Units setOutFlatRows(const Units& in);

}  // namespace svarbrev
