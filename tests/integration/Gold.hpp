// What the gold records say of a sample letter file, as far as the
// integration tests check it: the municipality code of each letter.
#pragma once

#include <string>
#include <vector>

namespace svarbrev::testing {

// Municipality codes of the letters in ../shared/gold/<stem>.json, in order.
std::vector<std::string> goldCodes(const std::string& stem);

// The stems of the sample letters.
std::vector<std::string> sampleLetters();

}  // namespace svarbrev::testing
