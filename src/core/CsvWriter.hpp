// One CSV row per fact, for analysts who want the records in any
// spreadsheet without LibreOffice.
#pragma once

#include "Records.hpp"

#include <string>

namespace svarbrev {

std::string csvHeader();
std::string toCsvRows(const Extraction& extraction);

}  // namespace svarbrev
