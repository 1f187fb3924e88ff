// Tables drawn with bars in plain text: markdown rows ("| Job | 4 |") and
// ASCII grids ("+----+----+" borders between rows), as pasted from a word
// processor or an e-mail. A grid's row may run over several lines, a
// sentence cut by the cell width on every line.
#pragma once

#include "Document.hpp"

namespace svarbrev {

// Bar rows become tab-separated rows, and rule lines ("|---|", "+----+")
// go. A grid's cells have their lines joined: a row of prose (a question
// and its answer) becomes one paragraph per cell, its row number dropped;
// a row of short cells (a heading over two lines) one row. Other text is
// copied as is; every unit keeps its span in the original.
Units readBarTables(const Units& in);

}  // namespace svarbrev
