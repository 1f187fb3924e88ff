// The data files of data/, compiled in by EmbedData.cmake.
#pragma once

#include <string_view>

namespace svarbrev::data {

// Contents of data/<name> (e.g. "municipalities.tsv"); empty if unknown.
std::string_view embeddedFile(std::string_view name);

}  // namespace svarbrev::data
