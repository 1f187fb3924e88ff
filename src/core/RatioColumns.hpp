// Rows of ratios ("Kontanthjælp        107/126") under a legend that says what
// the two figures are ("Tallene står som aktive/målgruppe"): the table
// reader reads a count per cell, so each ratio becomes two columns, headed
// by the legend's two words.
#pragma once

#include "Document.hpp"

namespace svarbrev {

// Two such rows or more in a row, with the legend on one of the four lines
// above, become tab rows ("Kontanthjælp\t107\t126") under a heading row made
// of the legend's words ("\taktive\tmålgruppe"). Other text is copied as is;
// every unit keeps its span in the original (the heading's, the legend's).
Units ratioRowsToColumns(const Units& in);

}  // namespace svarbrev
