// A developer's helper (not a test): runs the core over letter files and
// writes <name>.json for each into a directory, for ../shared/tools/score.py.
#include "Extractor.hpp"
#include "JsonWriter.hpp"

#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

int main(int argc, char** argv) {
    if (argc < 3) {
        std::cerr << "usage: dump_letters OUTDIR FILE...\n";
        return 2;
    }
    const std::filesystem::path out = argv[1];
    std::filesystem::create_directories(out);
    for (int i = 2; i < argc; ++i) {
        const std::filesystem::path in = argv[i];
        std::ifstream f(in, std::ios::binary);
        std::stringstream ss;
        ss << f.rdbuf();
        const auto e = svarbrev::extract(ss.str(), in.filename().string());
        std::ofstream(out / (in.stem().string() + ".json")) << svarbrev::toJson(e);
    }
    return 0;
}
