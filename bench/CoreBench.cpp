// Extraction speed over the sample letters: bytes of letter text per second.
#include "Extractor.hpp"

#include <benchmark/benchmark.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace {

std::vector<std::pair<std::string, std::string>> letters() {
    std::vector<std::pair<std::string, std::string>> out;
    const std::filesystem::path dir = std::filesystem::path(SVARBREV_SHARED_DIR) / "letters";
    for (const auto& e : std::filesystem::directory_iterator(dir)) {
        if (e.path().extension() != ".txt") continue;
        std::ifstream f(e.path(), std::ios::binary);
        std::stringstream ss;
        ss << f.rdbuf();
        out.emplace_back(e.path().filename().string(), ss.str());
    }
    return out;
}

void BM_ExtractSamples(benchmark::State& state) {
    const auto docs = letters();
    std::size_t bytes = 0;
    for (const auto& d : docs) bytes += d.second.size();
    for (auto _ : state) {
        for (const auto& [name, text] : docs) benchmark::DoNotOptimize(svarbrev::extract(text, name));
    }
    state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * bytes));
    state.counters["letters"] = static_cast<double>(docs.size());
}
BENCHMARK(BM_ExtractSamples)->Unit(benchmark::kMillisecond);

void BM_ExtractOne(benchmark::State& state) {
    const auto docs = letters();
    const auto& d = docs[static_cast<std::size_t>(state.range(0)) % docs.size()];
    for (auto _ : state) benchmark::DoNotOptimize(svarbrev::extract(d.second, d.first));
    state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * d.second.size()));
    state.SetLabel(d.first);
}
BENCHMARK(BM_ExtractOne)->DenseRange(0, 4)->Unit(benchmark::kMicrosecond);

}  // namespace

BENCHMARK_MAIN();
