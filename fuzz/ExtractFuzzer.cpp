// libFuzzer target: any bytes, as a letter's text, must come back as
// well-formed records without a crash, a hang or undefined behaviour.
#include "Extractor.hpp"
#include "JsonWriter.hpp"
#include "Utf8.hpp"
#include "WorkbookLayout.hpp"

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string text = svarbrev::sanitizeUtf8(std::string(reinterpret_cast<const char*>(data), size));
    const svarbrev::Extraction e = svarbrev::extract(text, "fuzz.txt");
    const std::size_t length = svarbrev::codePointCount(text);
    for (const auto& letter : e.letters) {
        if (letter.textStart > letter.textEnd || letter.textEnd > length) std::abort();
        for (const auto& f : letter.facts) {
            if (f.start > f.end || f.end > length) std::abort();
            if (svarbrev::codePointSlice(text, f.start, f.end) != f.quote) std::abort();
        }
    }
    (void)svarbrev::toJson(e);
    (void)svarbrev::toWorkbookRows(e, text, {"fuzz.txt", "2026-01-01T00:00:00"});
    return 0;
}
