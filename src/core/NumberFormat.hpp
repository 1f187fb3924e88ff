// Numbers as the records print them: integers without a decimal point,
// decimals with the shortest form that reads back the same.
#pragma once

#include <string>

namespace svarbrev {

std::string formatNumber(double v);

}  // namespace svarbrev
