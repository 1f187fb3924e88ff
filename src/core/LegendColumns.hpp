// Tables whose columns are headed only by codes ("(1)   (2)   (3)", "A   B
// C … I alt") and explained in a legend under the table ("(1) Aktivitetsparate
// modtagere i alt", "A: virksomhedspraktik · B: småjob · …"): the table
// reader reads what a column counts from its heading, so each code becomes
// the legend's words for it. (Abbreviated headings a legend spells out with
// "=" are the table reader's, spellOutAbbreviations: they are words already.
// Codes are replaced here, before tables are found, since the legend's own
// "(2)" would otherwise be read as counts.)
#pragma once

#include "Document.hpp"

namespace svarbrev {

// The heading line becomes a tab row of the legend's words (up to the first
// figure or bracket of each, past a leading "Af (2):"), the rows under it
// tab rows, and the legend is left out: its figures are codes, not counts.
// Only a table with three codes or more, each explained, is changed; every
// unit keeps its span in the original.
Units legendCodesToHeadings(const Units& in);

// Rows keyed by a word in capitals that a legend of such words explains
// ("GRØN  sagen har været behandlet i teamet …" over "GRØN  ■■■■■  14"): the
// key and what stands between it and the row's count (a bar) become the
// legend's words, the count a cell after a tab. Those words keep the key's
// span, so the row is quoted as it stands.
Units legendKeysToLabels(const Units& in);

}  // namespace svarbrev
