// A table too wide for a mail's lines: each row goes on over a second line
// that holds only figures ("Kontanthjælp   18   11   3   4" / "4   10   4
// 9   63"), and the heading over two lines of names. The table reader reads a
// row per line, so each row and its second line become one tab row.
#pragma once

#include "Document.hpp"

namespace svarbrev {

// Two such row pairs or more in a row, each row of the same cells, with
// the heading's second line joined when its names are as many as the
// figures of a row's second line. Other text is copied as is; every unit
// keeps its span in the original.
Units joinWrappedRows(const Units& in);

}  // namespace svarbrev
