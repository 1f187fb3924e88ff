// Serialises an Extraction as the contract's "svarbrev/1" JSON.
#pragma once

#include "Records.hpp"

#include <string>

namespace svarbrev {

std::string toJson(const Extraction& extraction);

}  // namespace svarbrev
