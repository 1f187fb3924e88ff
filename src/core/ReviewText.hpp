// What the analyst reads before accepting a letter's records: header
// fields, then every fact with its quote, doubtful ones marked.
#pragma once

#include "Records.hpp"

#include <string>

namespace svarbrev {

// Facts below this confidence are marked for the reviewer.
inline constexpr double kDoubtfulBelow = 0.7;

std::string reviewText(const Extraction& extraction);

}  // namespace svarbrev
