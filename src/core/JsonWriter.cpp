#include "JsonWriter.hpp"

#include "NumberFormat.hpp"

#include <cstdio>

namespace svarbrev {
namespace {

void appendEscaped(std::string& out, const std::string& s) {
    out += '"';
    for (unsigned char c : s) {
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        default:
            if (c < 0x20) {
                char buf[8];
                std::snprintf(buf, sizeof buf, "\\u%04x", c);
                out += buf;
            } else {
                out += static_cast<char>(c);
            }
        }
    }
    out += '"';
}

// A small streaming writer: enough structure to keep commas right, no more.
class Json {
public:
    std::string out;

    void key(const char* k) {
        comma();
        appendEscaped(out, k);
        out += ": ";
        pendingValue_ = true;
    }
    void str(const std::string& s) { value(); appendEscaped(out, s); }
    void optStr(const std::optional<std::string>& s) {
        if (s) str(*s); else raw("null");
    }
    void num(double v) { value(); out += formatNumber(v); }
    void optNum(const std::optional<double>& v) {
        if (v) num(*v); else raw("null");
    }
    void boolean(bool b) { raw(b ? "true" : "false"); }
    void raw(const char* r) { value(); out += r; }
    void open(char c) { value(); out += c; first_ = true; }
    void close(char c) { out += c; first_ = false; }

private:
    void comma() {
        if (!first_) out += ", ";
        first_ = false;
    }
    void value() {
        if (pendingValue_) pendingValue_ = false;
        else comma();
    }
    bool first_ = true;
    bool pendingValue_ = false;
};

void writeFact(Json& j, const Fact& f) {
    j.open('{');
    j.key("section"); j.str(f.section);
    j.key("benefit"); j.str(f.benefit);
    j.key("category"); j.str(f.category);
    j.key("value"); j.optNum(f.value);
    j.key("of_total"); j.optNum(f.ofTotal);
    j.key("approx"); j.boolean(f.approx);
    j.key("period"); j.optStr(f.period);
    j.key("as_of"); j.optStr(f.asOf);
    if (f.derived) { j.key("derived"); j.boolean(true); }
    j.key("quote"); j.str(f.quote);
    j.key("start"); j.num(static_cast<double>(f.start));
    j.key("end"); j.num(static_cast<double>(f.end));
    j.key("confidence"); j.num(f.confidence);
    j.close('}');
}

void writeLetter(Json& j, const Letter& l) {
    j.open('{');
    j.key("municipality");
    if (l.municipality) {
        j.open('{');
        j.key("name"); j.str(l.municipality->name);
        j.key("code"); j.str(l.municipality->code);
        j.close('}');
    } else {
        j.raw("null");
    }
    j.key("date"); j.optStr(l.date);
    j.key("case_number"); j.optStr(l.caseNumber);
    j.key("in_reply_to"); j.optStr(l.inReplyTo);
    j.key("signatories");
    j.open('[');
    for (const auto& s : l.signatories) {
        j.open('{');
        j.key("name"); j.str(s.name);
        j.key("title"); j.str(s.title);
        j.close('}');
    }
    j.close(']');
    j.key("facts");
    j.open('[');
    for (const auto& f : l.facts) writeFact(j, f);
    j.close(']');
    j.key("warnings");
    j.open('[');
    for (const auto& w : l.warnings) j.str(w);
    j.close(']');
    j.close('}');
}

}  // namespace

std::string toJson(const Extraction& e) {
    Json j;
    j.open('{');
    j.key("schema"); j.str("svarbrev/1");
    j.key("source"); j.str(e.source);
    j.key("letters");
    j.open('[');
    for (const auto& l : e.letters) writeLetter(j, l);
    j.close(']');
    j.key("warnings");
    j.open('[');
    for (const auto& w : e.warnings) j.str(w);
    j.close(']');
    j.close('}');
    j.out += '\n';
    return j.out;
}

}  // namespace svarbrev
