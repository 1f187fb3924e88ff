// Identifies one letter across imports, so that importing the same letter
// again replaces its rows instead of duplicating them, while a newer letter
// from the same municipality lands beside the older one.
#pragma once

#include "Records.hpp"

#include <string>
#include <string_view>

namespace svarbrev {

// "<kommunekode>|<date>|<16 hex digits of the letter text's hash>"
std::string letterKey(const Letter& letter, std::string_view documentText);

}  // namespace svarbrev
