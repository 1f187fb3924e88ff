// Cuts the working text into lines, prose flow, sentences and letters.
// Hard-wrapped prose lines are joined into one flow (a sentence may run over
// lines, even over a page break: "ud af\n\nde 40 sager"); tables, bullets and
// headings keep their own lines. Letters end after a signature block ("Med
// venlig hilsen", names, titles); text after it that reads as a letter of its
// own (an older letter attached) becomes the next letter.
#pragma once

#include "Document.hpp"
#include "DomainData.hpp"
#include "IndexedText.hpp"

#include <unicode/uchar.h>

#include <utility>
#include <vector>

namespace svarbrev {

struct Line {
    int32_t start = 0, end = 0;  // without the line feed
    bool blank = true;
    bool tabular = false;  // holds a tab: a table row
    bool bullet = false;   // "- ", "• ", "1. "
    int words = 0;
};

struct Sentence {
    int32_t start = 0, end = 0;  // trimmed, in the working text
    int line = 0;                // first line
    int paragraph = 0;
    bool tabular = false;
    bool bullet = false;
    bool question = false;       // ends with '?' (a question quoted or asked)
    bool footnote = false;       // "¹ Heraf 3 ...", or "3 Sygemeldingen ..." under a rule: an aside to a figure
    int intro = -1;              // for a list item: the sentence ending in ':' that introduces its list
};

struct LetterSpan {
    int32_t start = 0, end = 0;
    int firstLine = 0, lastLine = 0;  // inclusive
    int signoffLine = -1;             // "Med venlig hilsen", or -1
    int signatureEnd = -1;            // last line of the signature block
};

struct Segmentation {
    std::vector<Line> lines;
    icu::UnicodeString flow;  // the text with soft line breaks as spaces (same length)
    IndexedText lower;        // flow in lower case (same length): what data patterns run on
    std::vector<Sentence> sentences;
    std::vector<LetterSpan> letters;
    int lineAt(int32_t pos) const;
};

Segmentation segment(const Document& doc, const DomainData& data);

// A sign that opens a list item: "-", "–", "•", "●", "·".
inline bool isBulletSign(UChar c) { return c == '-' || c == 0x2013 || c == 0x2022 || c == 0x25CF || c == 0xB7; }

// "b) " before a list item's words: a lettered item's letter.
inline bool isItemLetter(const icu::UnicodeString& t, int32_t a, int32_t e) {
    return a + 3 < e && t[a] >= 'a' && t[a] <= 'z' && t[a + 1] == ')' && t[a + 2] == ' ';
}

// Where a list item's words start after the number or letter that opens it
// at `s` ("2. ", "3) ", "b) "); `s` itself when none does.
inline int32_t afterItemMark(const icu::UnicodeString& t, int32_t s, int32_t e) {
    if (isItemLetter(t, s, e)) return s + 3;
    int32_t k = s;
    while (k < e && k - s < 3 && u_isdigit(t[k])) ++k;
    return k > s && k - s <= 2 && k + 1 < e && (t[k] == '.' || t[k] == ')') && t[k + 1] == ' ' ? k + 2 : s;
}

// Wrapped prose: a line that ends so closes its sentence; one that starts so
// goes on with the sentence of the line before it.
// A rule ("-----", "=====") drawn between a table's rows, or between the
// slides or pages of an export; `least` rule signs at the least.
inline bool isRuleLine(const icu::UnicodeString& t, const Line& l, int least = 3) {
    int rule = 0;
    for (int32_t k = l.start; k < l.end; ++k) {
        const UChar c = t[k];
        if (c == '-' || c == '=' || c == '_' || c == 0x2013 || c == 0x2014) ++rule;
        else if (c != ' ' && c != '\t') return false;
    }
    return rule >= least;
}
// Whether a span has letters, all of them capitals (a heading set in capitals).
inline bool inCapitals(const icu::UnicodeString& t, int32_t a, int32_t e) {
    bool upper = false;
    for (int32_t k = a; k < e; ++k) {
        if (u_islower(t[k])) return false;
        upper |= u_isupper(t[k]) != 0;
    }
    return upper;
}
inline bool closesSentence(UChar32 c) { return c == '.' || c == '!' || c == '?' || c == ':' || c == ';'; }
inline bool runsOn(UChar32 c) { return u_islower(c) || u_isdigit(c) || c == '('; }

// Classifies signature-block lines.
bool looksLikeName(const icu::UnicodeString& line, const DomainData& data);
// A name and its title on one line ("Jens Hansen, borgmester", "Henrik Bo
// Lindhardt – borgmester"): where the name ends and the title starts, or {-1, -1}.
std::pair<int32_t, int32_t> nameTitleCut(const icu::UnicodeString& line);
bool looksLikeTitle(const icu::UnicodeString& line, const DomainData& data);
bool looksLikeOrg(const icu::UnicodeString& line, const DomainData& data);
// The cells of a signature-block line: signatures may stand side by side,
// parted by wide runs of space, and a name signed for another opens with "/".
std::vector<icu::UnicodeString> signatureCells(const icu::UnicodeString& line);
// A line of a signature block: every cell a name, title or organisation, or
// an "on behalf" line ("p.b.v.").
bool looksLikeSignatureLine(const icu::UnicodeString& line, const DomainData& data);

}  // namespace svarbrev
