#include "CsvWriter.hpp"

#include "NumberFormat.hpp"

#include <vector>

namespace svarbrev {
namespace {

std::string quoted(const std::string& s) {
    if (s.find_first_of(",\"\n\r") == std::string::npos) return s;
    std::string out = "\"";
    for (char c : s) {
        if (c == '"') out += '"';
        out += c;
    }
    return out + "\"";
}

std::string opt(const std::optional<std::string>& s) { return s ? quoted(*s) : ""; }
std::string opt(const std::optional<double>& v) { return v ? formatNumber(*v) : ""; }

void appendRow(std::string& out, const std::vector<std::string>& fields) {
    for (std::size_t i = 0; i < fields.size(); ++i) {
        if (i) out += ',';
        out += fields[i];
    }
    out += "\r\n";
}

}  // namespace

std::string csvHeader() {
    std::string out;
    appendRow(out, {"source", "municipality", "code", "date", "case_number", "section", "benefit",
                    "category", "value", "of_total", "approx", "period", "as_of", "derived",
                    "confidence", "start", "end", "quote"});
    return out;
}

std::string toCsvRows(const Extraction& e) {
    std::string out;
    for (const auto& l : e.letters) {
        const std::string name = l.municipality ? quoted(l.municipality->name) : "";
        const std::string code = l.municipality ? l.municipality->code : "";
        for (const auto& f : l.facts) {
            appendRow(out, {quoted(e.source), name, code, opt(l.date), opt(l.caseNumber),
                            f.section, f.benefit, f.category, opt(f.value), opt(f.ofTotal),
                            f.approx ? "true" : "false", opt(f.period), opt(f.asOf),
                            f.derived ? "true" : "false", formatNumber(f.confidence),
                            formatNumber(static_cast<double>(f.start)),
                            formatNumber(static_cast<double>(f.end)), quoted(f.quote)});
        }
    }
    return out;
}

}  // namespace svarbrev
