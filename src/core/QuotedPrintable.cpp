#include "QuotedPrintable.hpp"

#include <unicode/ucnv.h>
#include <unicode/unistr.h>

#include <optional>
#include <string>
#include <vector>

namespace svarbrev {
namespace {

int hexValue(char32_t c) {
    if (c >= '0' && c <= '9') return static_cast<int>(c - '0');
    if (c >= 'A' && c <= 'F') return static_cast<int>(c - 'A' + 10);
    if (c >= 'a' && c <= 'f') return static_cast<int>(c - 'a' + 10);
    return -1;
}

// "=E6" at i: the byte; none for other text.
std::optional<uint8_t> escapedByte(const Units& in, std::size_t i) {
    if (i + 2 >= in.size() || in[i].c != '=') return std::nullopt;
    const int hi = hexValue(in[i + 1].c), lo = hexValue(in[i + 2].c);
    if (hi < 0 || lo < 0) return std::nullopt;
    return static_cast<uint8_t>(hi * 16 + lo);
}

bool startsWith(const Units& in, std::size_t i, std::u32string_view s, bool ignoreCase) {
    if (i + s.size() > in.size()) return false;
    for (std::size_t k = 0; k < s.size(); ++k) {
        char32_t c = in[i + k].c;
        if (ignoreCase && c >= 'A' && c <= 'Z') c += 'a' - 'A';
        if (c != s[k]) return false;
    }
    return true;
}

// Where a line ends (its line feed, or the end).
std::size_t lineEnd(const Units& in, std::size_t i) {
    while (i < in.size() && in[i].c != '\n') ++i;
    return i;
}

// The charset a "charset=" parameter names, lower case; "" for none.
std::string charsetAt(const Units& in, std::size_t i, std::size_t end) {
    std::string name;
    if (i < end && in[i].c == '"') ++i;
    for (; i < end && in[i].c != '"' && in[i].c != ';' && in[i].c != ' ' && in[i].c != '?'; ++i) {
        char32_t c = in[i].c;
        if (c >= 'A' && c <= 'Z') c += 'a' - 'A';
        if (c > 0x7F) return {};
        name.push_back(static_cast<char>(c));
    }
    return name;
}

// Appends the characters `bytes` stand for in `charset`, each spanning the
// units of the escapes it was written with (`spans`: a span per byte).
void appendDecoded(Units& out, const std::string& bytes, const std::vector<std::pair<int32_t, int32_t>>& spans, const std::string& charset) {
    UErrorCode status = U_ZERO_ERROR;
    UConverter* cnv = ucnv_open(charset.empty() ? "windows-1252" : charset.c_str(), &status);
    if (U_FAILURE(status)) {
        status = U_ZERO_ERROR;
        cnv = ucnv_open("windows-1252", &status);
    }
    // One character at a time, so each keeps the spans of its own bytes.
    std::size_t k = 0;
    while (k < bytes.size() && U_SUCCESS(status)) {
        const char* src = bytes.data() + k;
        const char* const limit = bytes.data() + bytes.size();
        UErrorCode s = U_ZERO_ERROR;
        const UChar32 c = ucnv_getNextUChar(cnv, &src, limit, &s);
        const std::size_t used = static_cast<std::size_t>(src - (bytes.data() + k));
        if (U_FAILURE(s) || used == 0) break;
        out.push_back({static_cast<char32_t>(c), spans[k].first, spans[k + used - 1].second});
        k += used;
    }
    if (cnv) ucnv_close(cnv);
}

// A run of escapes from k, before `limit` ("=E6", "=C3=A6"), decoded into
// `out`; the index after it, or k when none stands there.
std::size_t decodeEscapes(const Units& in, std::size_t k, std::size_t limit, Units& out, const std::string& charset) {
    std::string bytes;
    std::vector<std::pair<int32_t, int32_t>> spans;
    for (; k < limit; k += 3) {
        const auto b = escapedByte(in, k);
        if (!b) break;
        bytes.push_back(static_cast<char>(*b));
        spans.push_back({in[k].origStart, in[k + 2].origEnd});
    }
    if (!bytes.empty()) appendDecoded(out, bytes, spans, charset);
    return k;
}

// "=?Windows-1252?Q?Signe_W=F8ldike_Thornbech?=" at i: decoded into `out`;
// the index after it, or i when there is none. (Q encoding only: B is rare
// in Danish mail and holds no spans worth keeping.)
std::size_t encodedWord(const Units& in, std::size_t i, Units& out) {
    if (!startsWith(in, i, U"=?", false)) return i;
    const std::size_t end = lineEnd(in, i);
    std::size_t q = i + 2;
    while (q < end && in[q].c != '?') ++q;
    if (q + 3 >= end || (in[q + 1].c != 'Q' && in[q + 1].c != 'q') || in[q + 2].c != '?') return i;
    const std::string charset = charsetAt(in, i + 2, q);
    std::size_t close = q + 3;
    while (close + 1 < end && !(in[close].c == '?' && in[close + 1].c == '=')) ++close;
    if (close + 1 >= end) return i;
    Units word;
    for (std::size_t k = q + 3; k < close;) {
        if (in[k].c == '_') {
            word.push_back({U' ', in[k].origStart, in[k].origEnd});
            ++k;
            continue;
        }
        const std::size_t after = decodeEscapes(in, k, close, word, charset);
        k = after != k ? after : (word.push_back(in[k]), k + 1);
    }
    out.insert(out.end(), word.begin(), word.end());
    return close + 2;
}

}  // namespace

Units decodeQuotedPrintable(Units in) {
    // The body is encoded only under its header ("Content-Transfer-Encoding: quoted-printable"),
    // from the blank line after it; encoded words may stand in any header.
    std::size_t body = in.size();
    bool words = false;
    std::string charset;
    for (std::size_t i = 0, end = 0; i < in.size(); i = end + 1) {
        end = lineEnd(in, i);
        if (startsWith(in, i, U"content-transfer-encoding: quoted-printable", true) && body == in.size()) {
            std::size_t k = i;
            while (k < in.size() && !(in[k].c == '\n' && k + 1 < in.size() && in[k + 1].c == '\n')) ++k;
            body = std::min(in.size(), k + 2);
        }
        // (Only whether an encoded word may stand here: the pass below reads each one, and copies what is none.)
        for (std::size_t k = i; k + 8 < end; ++k) {
            if (startsWith(in, k, U"charset=", true) && charset.empty()) charset = charsetAt(in, k + 8, end);
            words |= in[k].c == '=' && in[k + 1].c == '?';
        }
    }
    if (body == in.size() && !words) return in;
    Units out;
    out.reserve(in.size());
    for (std::size_t i = 0; i < in.size();) {
        if (i < body) {
            // Folded encoded words ("…lan?=\n =?Windows-1252?Q?gvarige…") join with nothing between.
            if (const std::size_t next = encodedWord(in, i, out); next != i) {
                i = next;
                std::size_t k = i;
                while (k < body && (in[k].c == ' ' || in[k].c == '\t' || in[k].c == '\n')) ++k;
                Units scratch;
                if (k > i && encodedWord(in, k, scratch) != k) i = k;
                continue;
            }
            out.push_back(in[i++]);
            continue;
        }
        // A soft line break: "=" at the line's end joins it to the next.
        if (in[i].c == '=' && i + 1 < in.size() && (in[i + 1].c == '\n' || (in[i + 1].c == '\r' && i + 2 < in.size() && in[i + 2].c == '\n'))) {
            i += in[i + 1].c == '\n' ? 2 : 3;
            continue;
        }
        const std::size_t after = decodeEscapes(in, i, in.size(), out, charset);
        i = after != i ? after : (out.push_back(in[i]), i + 1);
    }
    return out;
}

}  // namespace svarbrev
