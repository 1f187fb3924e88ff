#include "Gold.hpp"

#include "OfficeEnvironment.hpp"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>

namespace svarbrev::testing {

std::vector<std::string> goldCodes(const std::string& stem) {
    std::ifstream in(goldDir() + "/" + stem + ".json");
    std::stringstream json;
    json << in.rdbuf();
    const std::string text = json.str();
    static const std::regex code(R"re("code":\s*"(\d{3})")re");
    std::vector<std::string> codes;
    for (auto it = std::sregex_iterator(text.begin(), text.end(), code); it != std::sregex_iterator(); ++it)
        codes.push_back((*it)[1]);
    return codes;
}

std::vector<std::string> sampleLetters() {
    std::vector<std::string> stems;
    for (const auto& entry : std::filesystem::directory_iterator(lettersDir()))
        if (entry.path().extension() == ".txt") stems.push_back(entry.path().stem().string());
    std::sort(stems.begin(), stems.end());
    return stems;
}

}  // namespace svarbrev::testing
