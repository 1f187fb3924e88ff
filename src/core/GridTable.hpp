// Grid tables drawn in ASCII ("+----+----+" borders between rows, "| a | b |"
// lines) whose rows run over several lines, as a question/answer form pasted
// from a word processor is: a sentence is cut by the cell width on every line.
#pragma once

#include "Document.hpp"

namespace svarbrev {

// Joins each cell's lines. A row of prose (a question and its answer) becomes
// one paragraph per cell, its row number dropped; a row of short cells (a
// header over two lines) becomes one row of bars. Other text is copied as is.
Units unwrapGridTables(const Units& in);

}  // namespace svarbrev
