// Text set in two columns side by side, as a PDF or a scanned page gives it
// when its lines are read straight across: "1. Målgruppen      3. Aktive
// tilbud", each line half of one column's sentence and half of the other's.
#pragma once

#include "Document.hpp"

#include <optional>

namespace svarbrev {

// Each run of lines laid out as two columns of prose (the right one starting
// at one fixed position, after a gap of spaces) becomes its left column's
// lines followed by its right column's; a line one column leaves empty is
// an empty line in that column, so paragraphs stay paragraphs. Other text
// is copied as is; every unit keeps its span in the original. None when
// the text has no such run.
std::optional<Units> readColumns(const Units& in);

}  // namespace svarbrev
