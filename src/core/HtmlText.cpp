#include "HtmlText.hpp"

#include "CharClass.hpp"

#include <algorithm>
#include <string>

namespace svarbrev {

namespace {

char32_t lowerAscii(char32_t c) { return c >= 'A' && c <= 'Z' ? c + 32 : c; }

struct Tag {
    std::string name;  // lower case
    bool closing = false;
    std::size_t end = 0;  // one past '>'
};

// The tag at in[i] ('<'), or a tag with an empty name when there is none.
Tag readTag(const Units& in, std::size_t i) {
    Tag t;
    std::size_t j = i + 1;
    if (j < in.size() && in[j].c == '/') t.closing = true, ++j;
    while (j < in.size() && (isAsciiLetter(in[j].c) || (!t.name.empty() && isAsciiDigit(in[j].c))) && t.name.size() < 12) {
        t.name += static_cast<char>(lowerAscii(in[j].c));
        ++j;
    }
    if (t.name.empty()) return {};
    // Attributes up to '>' (a quoted value may hold one).
    char32_t quote = 0;
    for (const std::size_t limit = std::min(in.size(), i + 2000); j < limit; ++j) {
        const char32_t c = in[j].c;
        if (quote) { if (c == quote) quote = 0; continue; }
        if (c == '"' || c == '\'') quote = c;
        else if (c == '<') return {};
        else if (c == '>') { t.end = j + 1; return t; }
    }
    return {};
}

// Tags that open a document, a paragraph or a table: one of them makes the text HTML.
bool isStructural(const std::string& n) {
    return n == "html" || n == "body" || n == "p" || n == "br" || n == "div" || n == "table" || n == "tr" || n == "td";
}

bool isBlock(const std::string& n) {
    return n == "p" || n == "div" || n == "table" || n == "ul" || n == "ol" || n == "blockquote" ||
           (n.size() == 2 && n[0] == 'h' && n[1] >= '1' && n[1] <= '6');
}

// The entity at in[i] ('&') and its length, or 0 when there is none.
std::size_t readEntity(const Units& in, std::size_t i, const DomainData& data, char32_t& out) {
    std::string name;
    std::size_t j = i + 1;
    while (j < in.size() && j - i <= 10 && (isAsciiLetter(in[j].c) || isAsciiDigit(in[j].c) || in[j].c == '#')) name += static_cast<char>(in[j++].c);
    if (j >= in.size() || in[j].c != ';' || name.empty()) return 0;
    if (name[0] == '#') {
        const bool hex = name.size() > 1 && (name[1] == 'x' || name[1] == 'X');
        const std::string digits = name.substr(hex ? 2 : 1);
        if (digits.empty() || digits.size() > 6) return 0;
        try {
            out = static_cast<char32_t>(std::stoul(digits, nullptr, hex ? 16 : 10));
        } catch (...) {
            return 0;
        }
        return j + 1 - i;
    }
    const auto it = data.htmlEntities.find(name);
    if (it == data.htmlEntities.end()) return 0;
    out = it->second;
    return j + 1 - i;
}

}  // namespace

Units htmlToText(Units in, const DomainData& data) {
    // Where the markup starts: text before it (mail headers) keeps its lines.
    std::size_t start = in.size();
    for (std::size_t i = 0; i < in.size() && start == in.size(); ++i) {
        if (in[i].c == '<' && isStructural(readTag(in, i).name)) start = i;
    }
    if (start == in.size()) return in;
    Units out(in.begin(), in.begin() + static_cast<std::ptrdiff_t>(start));
    out.reserve(in.size());
    auto trailingNewlines = [&] {
        std::size_t k = out.size(), n = 0;
        while (k > 0 && (out[k - 1].c == ' ' || out[k - 1].c == '\n')) n += out[--k].c == '\n';
        return k == 0 ? 2 : n;
    };
    // Ends the line (or, for a paragraph, leaves a blank line) where the tag stood.
    auto breakLines = [&](std::size_t want, const Unit& at) {
        while (!out.empty() && out.back().c == ' ') out.pop_back();
        for (std::size_t n = trailingNewlines(); n < want; ++n) out.push_back({U'\n', at.origStart, at.origEnd});
    };
    int cellsInRow = 0;
    for (std::size_t i = start; i < in.size(); ++i) {
        const char32_t c = in[i].c;
        if (c == '<') {
            if (i + 3 < in.size() && in[i + 1].c == '!' && in[i + 2].c == '-' && in[i + 3].c == '-') {
                std::size_t j = i + 4;
                while (j + 2 < in.size() && !(in[j].c == '-' && in[j + 1].c == '-' && in[j + 2].c == '>')) ++j;
                i = std::min(in.size(), j + 3) - 1;
                continue;
            }
            const Tag t = readTag(in, i);
            if (!t.name.empty()) {
                const Unit at{U' ', in[i].origStart, in[t.end - 1].origEnd};
                if (!t.closing && (t.name == "head" || t.name == "style" || t.name == "script")) {
                    // Skip to its closing tag: what it holds is not text.
                    std::size_t j = t.end;
                    for (; j < in.size(); ++j) {
                        if (in[j].c != '<') continue;
                        const Tag e = readTag(in, j);
                        if (e.closing && e.name == t.name) { j = e.end; break; }
                    }
                    i = j - 1;
                    continue;
                }
                if (isBlock(t.name)) breakLines(2, at);
                else if (t.name == "br" || t.name == "tr" || t.name == "li") breakLines(1, at);
                if (t.name == "tr") cellsInRow = 0;
                if (!t.closing && (t.name == "td" || t.name == "th")) {
                    if (cellsInRow++ > 0) out.push_back({U'\t', at.origStart, at.origEnd});
                }
                i = t.end - 1;
                continue;
            }
        }
        Unit u = in[i];
        if (c == '&') {
            char32_t decoded = 0;
            if (const std::size_t n = readEntity(in, i, data, decoded)) {
                u = {decoded, in[i].origStart, in[i + n - 1].origEnd};
                i += n - 1;
                if (decoded == 0xAD) continue;  // a soft hyphen: nothing
            }
        } else if (c == '\n' || c == '\r' || c == '\t') {
            u.c = U' ';  // the source's own line breaks are spaces in HTML
        }
        // Runs of white space are one space, and none opens a line.
        if (u.c == ' ' && (out.empty() || out.back().c == ' ' || out.back().c == '\n' || out.back().c == '\t')) continue;
        out.push_back(u);
    }
    return out;
}

}  // namespace svarbrev
