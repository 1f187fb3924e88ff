// Whole files as bytes: the tests compare workbooks byte for byte.
#pragma once

#include <fstream>
#include <sstream>
#include <string>

namespace svarbrev::testing {

inline std::string fileBytes(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

inline void writeBytes(const std::string& path, const std::string& bytes) {
    std::ofstream(path, std::ios::binary) << bytes;
}

}  // namespace svarbrev::testing
