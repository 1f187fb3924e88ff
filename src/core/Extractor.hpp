// The facade of the core: text in, records out. No UNO, no I/O.
#pragma once

#include "Records.hpp"

#include <string>
#include <string_view>

namespace svarbrev {

// `text` is the document text as UTF-8; offsets in the result count Unicode
// code points of it. `source` is carried into the records untouched.
Extraction extract(std::string_view text, const std::string& source);

}  // namespace svarbrev
