// The lines of a run of units, for the layout passes that read plain text
// line by line (bar tables, side-by-side columns) before it is segmented.
#pragma once

#include "Document.hpp"

#include <utility>
#include <vector>

namespace svarbrev {

using Span = std::pair<std::size_t, std::size_t>;  // [start, end) of a line in units, its break left out

std::vector<Span> lines(const Units& in);

inline bool blank(char32_t c) { return c == ' ' || c == '\t'; }

// A digit whose value is c - '0': the figures the layout passes read.
inline bool asciiDigit(char32_t c) { return c >= '0' && c <= '9'; }

// in[a, b) appended to out, each unit with its span.
void appendUnits(Units& out, const Units& in, std::size_t a, std::size_t b);

// A unit c appended to out that stands where in[at] stands (its span): a
// tab or line break a layout pass puts in.
void appendAs(Units& out, char32_t c, const Units& in, std::size_t at);

// The line as it stands, with its line break.
void copyLine(Units& out, const Units& in, Span l);

// The first unit of the line that is no space or tab (its end when none is).
std::size_t firstSolid(const Units& in, Span l);

// The words of a line: runs of units without a space or tab.
std::vector<Span> wordsOf(const Units& in, Span l);

// The parts of a line parted by a tab or two blanks or more: the cells of a
// row set out with spaces ("Kontanthjælp      18      11").
std::vector<Span> gapParts(const Units& in, Span l);

}  // namespace svarbrev
