#include "Normaliser.hpp"

#include "BarTables.hpp"
#include "Bridges.hpp"
#include "CharClass.hpp"
#include "ColumnLayout.hpp"
#include "FlatRows.hpp"
#include "LegendColumns.hpp"
#include "RatioColumns.hpp"
#include "Segmenter.hpp"
#include "WrappedRows.hpp"
#include "UnitLines.hpp"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>

namespace svarbrev {
namespace {

const icu::Normalizer2* nfcInstance() {
    UErrorCode status = U_ZERO_ERROR;
    static const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
    return nfc;
}

// Already NFC for sure (most letters): no copy is made then.
bool nfcClean(const Units& in) {
    const icu::Normalizer2* nfc = nfcInstance();
    if (!nfc) return true;
    for (const Unit& u : in) {
        if (u.c >= 0x300 && nfc->getCombiningClass(u.c) != 0) return false;
        if (u.c >= 0x300 && !nfc->isInert(u.c)) return false;
    }
    return true;
}

Units toNfc(const Units& in) {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* nfc = nfcInstance();
    if (!nfc || nfcClean(in)) return in;
    Units out;
    out.reserve(in.size());
    std::size_t i = 0;
    while (i < in.size()) {
        // A run from one normalisation boundary to the next maps as a whole.
        std::size_t j = i + 1;
        while (j < in.size() && !nfc->hasBoundaryBefore(in[j].c)) ++j;
        if (j == i + 1) { out.push_back(in[i]); i = j; continue; }
        icu::UnicodeString run;
        for (std::size_t k = i; k < j; ++k) run.append(static_cast<UChar32>(in[k].c));
        icu::UnicodeString norm = nfc->normalize(run, status);
        for (int32_t k = 0; k < norm.length();) {
            UChar32 c = norm.char32At(k);
            out.push_back({static_cast<char32_t>(c), in[i].origStart, in[j - 1].origEnd});
            k += U16_LENGTH(c);
        }
        i = j;
    }
    return out;
}

// Length of a markup tag like <b>, </strong>, <br/> at i, or 0.
std::size_t tagLength(const Units& in, std::size_t i) {
    if (in[i].c != '<') return 0;
    std::size_t j = i + 1;
    if (j < in.size() && in[j].c == '/') ++j;
    const std::size_t nameStart = j;
    while (j < in.size() && (isAsciiLetter(in[j].c) || isAsciiDigit(in[j].c)) && j - nameStart < 12) ++j;
    if (j == nameStart || !isAsciiLetter(static_cast<UChar32>(in[nameStart].c))) return 0;
    while (j < in.size() && in[j].c == ' ') ++j;
    if (j < in.size() && in[j].c == '/') ++j;
    if (j < in.size() && in[j].c == '>') return j + 1 - i;
    return 0;
}

// A box-drawing character as the ASCII grid tables draw it with.
char32_t boxAsGrid(char32_t c) {
    switch (c) {
    case 0x2500: case 0x2501: case 0x2504: case 0x2505: case 0x2508: case 0x2509: case 0x254C: case 0x254D: return '-';
    case 0x2550: return '=';
    case 0x2502: case 0x2503: case 0x2506: case 0x2507: case 0x250A: case 0x250B: case 0x254E: case 0x254F: case 0x2551: return '|';
    default: return '+';  // corners and joints
    }
}

// Rows exported from a spreadsheet as text ("Fleksjob;9;4,2"): three lines
// or more in a row, each with a semicolon between cells (none before a
// space, as prose has it), become tab rows.
void semicolonRowsToTabs(Units& u) {
    std::vector<Span> rows;  // lines that read as such rows
    auto flush = [&] {
        if (rows.size() >= 3) {
            for (auto [a, b] : rows)
                for (std::size_t k = a; k < b; ++k)
                    if (u[k].c == ';') u[k].c = '\t';
        }
        rows.clear();
    };
    for (const Span& l : lines(u)) {
        bool semicolon = false, prose = false;
        for (std::size_t k = l.first; k < l.second; ++k) {
            if (u[k].c != ';') continue;
            semicolon = true;
            prose |= k + 1 < u.size() && u[k + 1].c == ' ';
        }
        if (semicolon && !prose) rows.push_back(l);
        else flush();
    }
    flush();
}

// A spreadsheet pasted as CSV ("\"Virksomhedspraktik\",12,1,3,16"): two
// lines or more in a row, each of three cells or more, its text in quotes and
// its other cells figures, become tab rows without the quotes.
Units csvRowsToTabs(const Units& u) {
    // The cells' [start, end) of a line that reads as such a row, or none.
    auto cellsOf = [&](std::size_t a, std::size_t b) {
        std::vector<Span> cells;
        if (a >= b || u[a].c != '"') return cells;
        std::size_t k = a;
        while (k <= b) {
            if (k < b && u[k].c == '"') {
                std::size_t close = k + 1;
                while (close < b && u[close].c != '"') ++close;
                if (close >= b) return std::vector<Span>();
                cells.push_back({k + 1, close});
                k = close + 1;
            } else {
                std::size_t end = k;
                while (end < b && u[end].c != ',') ++end;
                for (std::size_t x = k; x < end; ++x) {
                    const char32_t c = u[x].c;
                    if (!((c >= '0' && c <= '9') || c == '.' || c == '-' || c == '%' || c == 0x2013 || c == ' ')) return std::vector<Span>();
                }
                cells.push_back({k, end});
                k = end;
            }
            if (k == b) break;
            if (u[k].c != ',') return std::vector<Span>();
            ++k;
        }
        return cells.size() >= 3 ? cells : std::vector<Span>();
    };
    const std::vector<Span> all = lines(u);
    std::vector<std::vector<Span>> rowCells(all.size());
    for (std::size_t l = 0; l < all.size(); ++l) rowCells[l] = cellsOf(all[l].first, all[l].second);
    Units out;
    out.reserve(u.size());
    std::size_t next = 0;  // the next unit of u to copy
    for (std::size_t l = 0; l < all.size(); ++l) {
        const bool inBlock = !rowCells[l].empty() && ((l > 0 && !rowCells[l - 1].empty()) || (l + 1 < all.size() && !rowCells[l + 1].empty()));
        if (!inBlock) continue;
        out.insert(out.end(), u.begin() + static_cast<std::ptrdiff_t>(next), u.begin() + static_cast<std::ptrdiff_t>(all[l].first));
        const auto& cells = rowCells[l];
        const std::size_t rowStart = out.size();
        for (std::size_t c = 0; c < cells.size(); ++c) {
            if (c > 0) out.push_back({U'\t', u[cells[c].first - 1].origStart, u[cells[c].first - 1].origEnd});
            out.insert(out.end(), u.begin() + static_cast<std::ptrdiff_t>(cells[c].first), u.begin() + static_cast<std::ptrdiff_t>(cells[c].second));
        }
        // (A row's quote is its whole line: the first cell's opening quote mark is its first character's.)
        if (const std::size_t a = all[l].first; u[a].c == '"' && cells[0].second > cells[0].first) out[rowStart].origStart = u[a].origStart;
        next = all[l].second;
    }
    out.insert(out.end(), u.begin() + static_cast<std::ptrdiff_t>(next), u.end());
    return out;
}

// A Word document saved with its tracked changes and comments shows them as
// balloons in a right margin, after a gap on the body's lines ("… svarende
// til 88 pct.        Slettet: 29", "Kommenteret [MVK1]: Kim – skal vi …"),
// a comment running on down the margin's column. None of it is the letter's.
void stripMarginBalloons(Units& u) {
    static const std::u32string kLabels[] = {U"Slettet:", U"Indsat:", U"Formateret:", U"Kommenteret [", U"Deleted:", U"Inserted:", U"Formatted:", U"Commented ["};
    constexpr std::size_t kGap = 4;
    auto labelAt = [&](std::size_t k, std::size_t end) -> const std::u32string* {
        for (const auto& l : kLabels) {
            if (k + l.size() > end) continue;
            bool same = true;
            for (std::size_t x = 0; x < l.size() && same; ++x) same = u[k + x].c == l[x];
            if (same) return &l;
        }
        return nullptr;
    };
    auto blank = [&](std::size_t a, std::size_t b) {
        for (std::size_t k = a; k < b; ++k) u[k].c = ' ';
    };
    std::size_t column = 0;  // of the comment running on, 0 for none
    for (const Span& l : lines(u)) {
        const auto [a, b] = l;
        std::size_t found = SIZE_MAX;
        for (std::size_t k = a + kGap; k < b && found == SIZE_MAX; ++k) {
            bool gap = true;
            for (std::size_t x = k - kGap; x < k && gap; ++x) gap = u[x].c == ' ';
            if (gap && labelAt(k, b)) found = k;
        }
        if (found != SIZE_MAX) {
            const std::u32string* label = labelAt(found, b);
            blank(found, b);
            column = label->back() == U'[' ? found - a : 0;
            continue;
        }
        // The comment's next line: text at its column after a gap, or alone there.
        if (column && b - a > column) {
            std::size_t k = a + column;
            while (k > a && u[k - 1].c != ' ') --k;
            bool gap = k == a || k >= a + kGap;
            for (std::size_t x = k >= kGap ? k - kGap : a; x < k && gap; ++x) gap = x < a || u[x].c == ' ';
            if (gap && k + 2 >= a + column) {
                blank(k, b);
                continue;
            }
        }
        column = 0;
    }
}

// An inline list of label and count split by slashes ("Aktuel primær
// indsats: praktik 19 / mentor 14 / løntilskud 2"), a line of its own:
// three items or more become label-and-count rows under their lead.
void slashListToRows(Units& u) {
    for (const Span& l : lines(u)) {
        std::vector<std::size_t> slashes;
        for (std::size_t k = l.first + 1; k + 1 < l.second; ++k)
            if (u[k].c == '/' && u[k - 1].c == ' ' && u[k + 1].c == ' ') slashes.push_back(k);
        if (slashes.size() < 2) continue;
        // Where each item's count starts: digits before the next slash (or
        // the line's end, past a full stop), after a space.
        std::vector<std::size_t> countStarts;
        std::size_t itemStart = l.first;
        bool list = true;
        for (std::size_t i = 0; i <= slashes.size() && list; ++i) {
            std::size_t e = i < slashes.size() ? slashes[i] : l.second;
            while (e > itemStart && (u[e - 1].c == ' ' || (i == slashes.size() && u[e - 1].c == '.'))) --e;
            std::size_t d = e;
            while (d > itemStart && u[d - 1].c >= '0' && u[d - 1].c <= '9') --d;
            list = d < e && d > itemStart + 1 && u[d - 1].c == ' ' && u_isalpha(static_cast<UChar32>(u[d - 2].c));
            countStarts.push_back(d - 1);
            if (i < slashes.size()) itemStart = slashes[i] + 1;
        }
        if (!list) continue;
        for (std::size_t k : slashes) u[k].c = '\n';
        for (std::size_t k : countStarts) u[k].c = '\t';
        // The lead ("Aktuel primær indsats:") is the rows' caption.
        for (std::size_t k = l.first; k + 1 < slashes[0]; ++k)
            if (u[k].c == ':' && u[k + 1].c == ' ') { u[k + 1].c = '\n'; break; }
    }
}

// E-mail quoting ("> Kontanthjælp\t31", ">> Til borgmesteren"): the marks
// that open each line of a quoted mail (three lines or more in a row) are
// no part of its text; the quoted letter is read as any other. Once a mail
// quotes so, shorter runs are its quotes too: an answer written between the
// quoted lines parts them ("> 2. Hvilken indsats har borgerne i dag?").
Units unquoteMail(const Units& u) {
    const std::vector<Span> ls = lines(u);
    auto quoted = [&](const Span& l) { return l.first < l.second && u[l.first].c == '>'; };
    std::vector<std::pair<std::size_t, std::size_t>> runs;
    bool quotes = false;
    for (std::size_t i = 0; i < ls.size();) {
        std::size_t j = i;
        while (j < ls.size() && quoted(ls[j])) ++j;
        if (j > i) runs.push_back({i, j});
        quotes |= j - i >= 3;
        i = j == i ? i + 1 : j;
    }
    if (!quotes) return u;
    std::vector<char> strip(ls.size(), 0);
    for (const auto& [i, j] : runs) std::fill(strip.begin() + static_cast<std::ptrdiff_t>(i), strip.begin() + static_cast<std::ptrdiff_t>(j), 1);
    Units out;
    out.reserve(u.size());
    std::size_t next = 0;  // the first unit not yet copied
    for (std::size_t i = 0; i < ls.size(); ++i) {
        if (!strip[i]) continue;
        std::size_t k = ls[i].first;
        out.insert(out.end(), u.begin() + static_cast<std::ptrdiff_t>(next), u.begin() + static_cast<std::ptrdiff_t>(k));
        while (k < ls[i].second && u[k].c == '>') ++k;
        if (k < ls[i].second && u[k].c == ' ') ++k;
        next = k;
    }
    out.insert(out.end(), u.begin() + static_cast<std::ptrdiff_t>(next), u.end());
    return out;
}

}  // namespace

Units normalise(const Units& input) {
    Units converted;
    const Units& in = nfcClean(input) ? input : (converted = toNfc(input));
    Units out;
    out.reserve(in.size());
    bool lineStart = true;
    // What the later passes look for; most letters have neither, and skip them.
    bool barRow = false, breakHyphen = false, wideGap = false, tightSemicolon = false, spacedSlash = false, digitSlash = false, columnCodes = false, equalsLine = false, wrappedRow = false, lineEndedInFigure = false, quoteMark = false, quotedRow = false;
    std::size_t lineLength = 0, longestLine = 0;  // a table's rows flattened onto one line make a long one
    bool bulletOpensLine = false;                  // the unit before is a bullet sign that opens its line
    bool capitalKey = false, openingWord = false;  // a line's first word is being read
    std::size_t openingCapitals = 0;               // its capitals so far
    char32_t lastSolid = 0;  // the last unit that is no space or tab
    int spaces = 0;          // the run of spaces just before
    std::size_t fieldClose = SIZE_MAX;  // the ']' of a form field opened before
    for (std::size_t i = 0; i < in.size(); ++i) {
        char32_t c = in[i].c;
        // A form's item code opening a line ("2b  Mentor .... 11") is no
        // count: read as the gap it stands in (and so never mended to "26").
        if (lineStart && c >= '0' && c <= '9') {
            std::size_t j = i;
            while (j < in.size() && j - i < 2 && in[j].c >= '0' && in[j].c <= '9') ++j;
            if (j + 2 < in.size() && in[j].c >= 'a' && in[j].c <= 'z' && in[j + 1].c == ' ' && in[j + 2].c == ' ') {
                for (; i <= j; ++i) out.push_back({U' ', in[i].origStart, in[i].origEnd});
                --i;
                continue;
            }
        }
        // A footnote's mark after a count or word ("112¹") is no part of it.
        if (isSuperscriptDigit(static_cast<UChar32>(c)) && !out.empty() && u_isalnum(static_cast<UChar32>(out.back().c))) continue;
        switch (c) {
        case 0x00AD: case 0x200B: case 0x200C: case 0x200D: case 0x2060: case 0xFEFF:
            continue;  // invisible: soft hyphen, zero-width marks, BOM
        case '\r':
            if (i + 1 < in.size() && in[i + 1].c == '\n') continue;
            c = '\n';
            break;
        case 0x2028: case 0x2029: case 0x0B: case 0x0C: c = '\n'; break;
        case 0x00A0: case 0x202F: case 0x2007: case 0x2009: c = ' '; break;
        case 0x2010: case 0x2011: c = '-'; break;
        case 0xAC: c = '-'; break;  // "¬": a scanner's line-end hyphen
        case 0xFB00: case 0xFB01: case 0xFB02: case 0xFB03: case 0xFB04: case 0xFB06: {
            // Ligatures from PDF text ("ﬁ", "ﬂ"): their letters, all pointing at the one original character.
            static const char* const letters[] = {"ff", "fi", "fl", "ffi", "ffl", "", "st"};
            for (const char* p = letters[c - 0xFB00]; *p; ++p) out.push_back({static_cast<char32_t>(*p), in[i].origStart, in[i].origEnd});
            lineStart = false;
            continue;
        }
        case '*': {
            // Markdown emphasis (**, *); a lone "* " bullet at line start stays a bullet.
            if (lineStart && i + 1 < in.size() && in[i + 1].c == ' ') { c = '-'; break; }
            continue;
        }
        case '<': {
            const std::size_t n = tagLength(in, i);
            if (n) { i += n - 1; continue; }
            break;
        }
        case '.': case 0x2026: case 0xB7: {
            // Leader dots ("Mentorforløb ........ 10", "Løntilskud ·······
            // 5", "Job . . . . 9") are a column gap, as spaces are.
            auto leader = [&](std::size_t k) { return in[k].c == '.' || in[k].c == 0x2026 || in[k].c == 0xB7; };
            std::size_t j = i, dots = 0;
            while (j < in.size() && (leader(j) || (in[j].c == ' ' && j + 1 < in.size() && leader(j + 1)))) dots += leader(j++);
            if (dots >= 4) {
                for (; i < j; ++i) out.push_back({U' ', in[i].origStart, in[i].origEnd});
                --i;
                continue;
            }
            break;
        }
        case '[': {
            // A form's field ("Mentor ...... [    11 ]", "[ ca. 12 ]"): its
            // brackets are a column gap, as the leader dots before it are.
            // Checkboxes ("[X]") and bracketed words stay.
            std::size_t j = i + 1;
            bool digit = false, word = false;
            for (; j < in.size() && j - i <= 20 && in[j].c != ']' && in[j].c != '\n'; ++j) {
                digit |= in[j].c >= '0' && in[j].c <= '9';
                word |= u_isalpha(static_cast<UChar32>(in[j].c)) && !(in[j].c == 'c' || in[j].c == 'a');
            }
            if (j < in.size() && in[j].c == ']' && digit && !word) {
                c = ' ';
                fieldClose = j;
            }
            break;
        }
        case ']':
            if (i == fieldClose) c = ' ';
            break;
        case '#':
            if (lineStart) {
                std::size_t j = i;
                while (j < in.size() && in[j].c == '#') ++j;
                if (j < in.size() && in[j].c == ' ') { i = j; continue; }
            }
            break;
        default:
            // A table drawn with box characters ("│ Job │ 4 │", "├───┼───┤")
            // is a grid table: bars, rules and the joints between them.
            if (c >= 0x2500 && c <= 0x257F) c = boxAsGrid(c);
            break;
        }
        // A bullet and a tab opening a line (a word processor's plain text:
        // "·\tbehandlet …: 5") is a bullet item, no table row.
        if (c == '\t' && bulletOpensLine && !out.empty() && isBulletSign(static_cast<UChar>(out.back().c))) c = ' ';
        bulletOpensLine = lineStart && isBulletSign(static_cast<UChar>(c));
        lineLength = c == '\n' ? 0 : lineLength + 1;
        longestLine = std::max(longestLine, lineLength);
        Unit u = in[i];
        u.c = c;
        out.push_back(u);
        barRow |= c == '|' && lineStart;
        quoteMark |= c == '>' && lineStart;
        quotedRow |= c == '"' && lineStart;
        tightSemicolon |= c == ';' && i + 1 < in.size() && in[i + 1].c != ' ';
        spacedSlash |= c == '/' && spaces == 1;
        digitSlash |= c == '/' && i > 0 && in[i - 1].c >= '0' && in[i - 1].c <= '9';
        // "= I målgruppen …   48": perhaps the result of a bridge of plus and minus.
        equalsLine |= lineStart && c == '=' && i + 1 < in.size() && (in[i + 1].c == ' ' || in[i + 1].c == '\t');
        // A line that opens with a figure after one that ends in one: perhaps a row's second line.
        wrappedRow |= lineStart && c >= '0' && c <= '9' && lineEndedInFigure;
        if (c == '\n') lineEndedInFigure = lastSolid >= '0' && lastSolid <= '9';
        // "GRØN  …": a word in capitals and a gap opening a line, perhaps a key a legend explains.
        if (lineStart && c != ' ' && c != '\t' && c != '\n') openingWord = true, openingCapitals = 0;
        if (openingWord && u_isupper(static_cast<UChar32>(c))) {
            ++openingCapitals;
        } else if (openingWord) {
            capitalKey |= openingCapitals >= 2 && (c == '\t' || (c == ' ' && i + 1 < in.size() && in[i + 1].c == ' '));
            openingWord = false;
        }
        // "(2)" or "A   B": perhaps a heading of column codes.
        columnCodes |= (c == ')' && i > 1 && in[i - 1].c == '2' && in[i - 2].c == '(') || (c == 'B' && spaces >= 2 && lastSolid == 'A');
        breakHyphen |= c == '\n' && lastSolid == '-';
        // Text resuming after a wide gap mid-line: perhaps a second column.
        wideGap |= spaces >= 3 && !lineStart && u_isalpha(static_cast<UChar32>(c));
        spaces = c == ' ' ? spaces + 1 : 0;
        if (c != ' ' && c != '\t') lastSolid = c;
        if (c == '\n') lineStart = true;
        else if (c != ' ' && c != '\t') lineStart = false;
    }
    if (quoteMark) out = unquoteMail(out);
    if (wideGap) stripMarginBalloons(out);
    // A column's own line-end hyphens are joined as its lines are read.
    if (auto columns = wideGap ? readColumns(out) : std::nullopt) out = std::move(*columns);
    if (barRow) out = readBarTables(out);  // its rows may end in a hyphen too
    if (tightSemicolon) semicolonRowsToTabs(out);
    if (quotedRow) out = csvRowsToTabs(out);
    if (spacedSlash) slashListToRows(out);
    if (digitSlash) out = ratioRowsToColumns(out);
    if (columnCodes) out = legendCodesToHeadings(out);
    if (capitalKey) out = legendKeysToLabels(out);
    if (wrappedRow) out = joinWrappedRows(out);
    if (equalsLine) out = bridgeResults(out);
    if (longestLine >= 200) out = setOutFlatRows(out);
    if (!breakHyphen && !barRow) return out;
    // Join words hyphenated across a line break: "kom-\nmunes" -> "kommunes";
    // in a scan, a letter read as a digit may end the first part ("a1-\nlerede").
    Units joined;
    joined.reserve(out.size());
    for (std::size_t i = 0; i < out.size(); ++i) {
        const bool wordBefore = i > 0 && (u_isalpha(out[i - 1].c) || (i > 1 && u_isdigit(out[i - 1].c) && u_isalpha(out[i - 2].c)));
        if (out[i].c == '-' && wordBefore) {
            std::size_t j = i + 1;
            while (j < out.size() && (out[j].c == ' ' || out[j].c == '\t')) ++j;
            if (j < out.size() && out[j].c == '\n') {
                std::size_t k = j + 1;
                while (k < out.size() && (out[k].c == ' ' || out[k].c == '\t')) ++k;
                if (k < out.size() && u_islower(out[k].c)) {
                    i = k - 1;
                    continue;
                }
            }
        }
        joined.push_back(out[i]);
    }
    return joined;
}

}  // namespace svarbrev
