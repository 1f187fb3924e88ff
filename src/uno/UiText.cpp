#include "UiText.hpp"

#include "Settings.hpp"
#include "UnoStrings.hpp"
#include "UserSettings.hpp"


#include <fstream>
#include <sstream>

using namespace css;

namespace svarbrev::component {
namespace {

std::string readFile(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

void appendUtf8(std::string& out, char32_t c) {
    if (c < 0x80) {
        out += static_cast<char>(c);
    } else if (c < 0x800) {
        out += static_cast<char>(0xC0 | (c >> 6));
        out += static_cast<char>(0x80 | (c & 0x3F));
    } else {
        out += static_cast<char>(0xE0 | (c >> 12));
        out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (c & 0x3F));
    }
}

std::string unescape(const std::string& v) {
    std::string out;
    for (std::size_t i = 0; i < v.size(); ++i) {
        if (v[i] != '\\' || i + 1 == v.size()) {
            out += v[i];
            continue;
        }
        const char e = v[++i];
        if (e == 'n') out += '\n';
        else if (e == 't') out += '\t';
        else if (e == 'u' && i + 4 < v.size()) {
            appendUtf8(out, static_cast<char32_t>(std::stoul(v.substr(i + 1, 4), nullptr, 16)));
            i += 4;
        } else out += e;
    }
    return out;
}

std::string trim(const std::string& s) {
    const auto b = s.find_first_not_of(" \t\r");
    const auto e = s.find_last_not_of(" \t\r");
    return b == std::string::npos ? std::string() : s.substr(b, e - b + 1);
}

}  // namespace

std::map<std::string, std::string> parseProperties(const std::string& text) {
    std::map<std::string, std::string> out;
    std::istringstream lines(text);
    for (std::string line; std::getline(lines, line);) {
        const std::string t = trim(line);
        if (t.empty() || t[0] == '#' || t[0] == '!') continue;
        const auto eq = t.find('=');
        if (eq == std::string::npos) continue;
        out[trim(t.substr(0, eq))] = unescape(trim(t.substr(eq + 1)));
    }
    return out;
}

UiText::UiText(const std::string& primary, const std::string& fallback, bool danish)
    : primary_(parseProperties(primary)), fallback_(parseProperties(fallback)), danish_(danish) {}

const UiText& UiText::forUser(const uno::Reference<uno::XComponentContext>& context) {
    static const UiText text = [&] {
        const OUString location = extensionLocation(context);
        const std::string folder = location.isEmpty() ? std::string() : office::systemPathOf(location) + "/strings/";
        const bool danish = danishUserInterface(context);
        const std::string da = readFile(folder + "da.properties"), en = readFile(folder + "en.properties");
        return danish ? UiText(da, en, true) : UiText(en, da, false);
    }();
    return text;
}

std::string UiText::operator()(const std::string& key, std::initializer_list<std::string> args) const {
    const std::string* found = nullptr;
    if (const auto p = primary_.find(key); p != primary_.end()) found = &p->second;
    else if (const auto f = fallback_.find(key); f != fallback_.end()) found = &f->second;
    std::string s = found ? *found : key;
    std::size_t n = 0;
    for (const auto& arg : args) {
        const std::string slot = "{" + std::to_string(n++) + "}";
        for (std::size_t at; (at = s.find(slot)) != std::string::npos;) s.replace(at, slot.size(), arg);
    }
    return s;
}

}  // namespace svarbrev::component
