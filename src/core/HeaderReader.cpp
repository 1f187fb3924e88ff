#include "HeaderReader.hpp"
#include "NameRepair.hpp"

#include "CharClass.hpp"

#include <unicode/uchar.h>

#include <cctype>

namespace svarbrev {
namespace {

icu::UnicodeString lineText(const Document& doc, const Line& l) {
    icu::UnicodeString s = doc.text.tempSubStringBetween(l.start, l.end);
    s.trim();
    return s;
}

std::string utf8(const icu::UnicodeString& s) {
    std::string out;
    s.toUTF8String(out);
    return out;
}

// "Vejle Kommune · Skolegade 1 | Tlf. 76 81 00 00": what parts a line of fields.
// ("Emne: VS: Svar til ministeren (sagsnr. 18/15208)": a bracket opens a field too.)
bool isFieldSeparator(UChar c) { return c == u'·' || c == u'|' || c == u'('; }

// The figure in line `below` that stands under `field` of line `above`, from
// the field's column to the next gap of two spaces ("Vores ref." over
// "18/28904", "Dato" over "4. december 2018" is no one figure); empty for none.
icu::UnicodeString valueUnder(const Document& doc, const Line& above, const Line& below, const icu::UnicodeString& field) {
    const icu::UnicodeString a = doc.text.tempSubStringBetween(above.start, above.end);
    const icu::UnicodeString b = doc.text.tempSubStringBetween(below.start, below.end);
    const int32_t col = a.indexOf(field.tempSubStringBetween(0, std::min<int32_t>(field.length(), 6)));
    if (col < 0 || col >= b.length() || (col > 0 && b[col - 1] != ' ') || b[col] == ' ') return {};
    int32_t e = col;
    while (e < b.length() && !(b[e] == ' ' && (e + 1 >= b.length() || b[e + 1] == ' '))) ++e;
    icu::UnicodeString value = b.tempSubStringBetween(col, e);
    return value.indexOf(u' ') < 0 && holdsDigit(value, 0, value.length()) ? value : icu::UnicodeString();
}

// Words that start with a letter: a line of prose has many, a line of
// phone numbers and addresses few.
int proseWords(const icu::UnicodeString& t) {
    int n = 0;
    bool in = false;
    for (int32_t i = 0; i < t.length(); ++i) {
        const bool w = u_isalnum(t[i]) || t[i] == '.';
        if (w && !in && u_isalpha(t[i])) ++n;
        in = w;
    }
    return n;
}

}  // namespace

int bodyStartLine(const Document& doc, const Segmentation& seg, const LetterSpan& letter, const DomainData& data) {
    const Regex& greeting = data.marker("greeting");
    const int limit = std::min(letter.lastLine, letter.firstLine + 60);
    for (int i = letter.firstLine; i <= limit; ++i) {
        const Line& l = seg.lines[i];
        if (l.blank) continue;
        icu::UnicodeString t = lineText(doc, l);
        if (greeting.find(lowerSameLength(t))) return i;
        // "Rødovre Kommune · Beskæftigelse og Integration · Rødovre Parkvej
        // 150": a letterhead's fields, however many words, are no prose.
        int fields = 0;
        for (int32_t k = 0; k < t.length(); ++k) fields += isFieldSeparator(t[k]);
        // ("Emne: SV: Svar fra Stevns Kommune – …", "Den 20. aug. 2018 kl. 09.12 skrev Lone Ravn <…>:": a mail's head.)
        if (l.words >= 10 && !l.tabular && fields < 2 && proseWords(t) >= 8 && !data.marker("mail_head_field").find(lowerSameLength(t))) {
            // Headings right above the first prose ("Ad spørgsmål 1") belong to the body.
            int k = i;
            while (k - 1 > letter.firstLine && !seg.lines[k - 1].blank && seg.lines[k - 1].words <= 10) {
                icu::UnicodeString above = lineText(doc, seg.lines[k - 1]);
                if (!findDates(doc.text, seg.lines[k - 1].start, seg.lines[k - 1].end, 0).empty() ||
                    above.indexOf(u':') >= 0) break;
                --k;
            }
            return k;
        }
    }
    return letter.firstLine;
}

namespace {

// The first day's date on a line, or none.
std::optional<std::string> dayOn(const Document& doc, const Line& l) {
    for (const auto& d : findDates(doc.text, l.start, l.end, 0)) {
        if (d.kind == DateMention::Day) return d.iso;
    }
    return std::nullopt;
}

}  // namespace

std::optional<std::string> readLetterDate(const Document& doc, const Segmentation& seg, const LetterSpan& letter,
                                          int bodyLine, const DomainData& data) {
    const Regex& label = data.marker("date_label");
    const Regex& placeDate = data.marker("date_place");
    std::optional<std::string> first;
    // A labelled date ("Dato:", "Sendt:", "Haderslev, den ..."); a date alone
    // on its line (in the head only) is the letter's date too.
    auto scan = [&](int from, int to, bool alone) -> std::optional<std::string> {
        for (int i = from; i < to; ++i) {
            const Line& l = seg.lines[i];
            // Every date read here has a day number: a line without a figure holds none.
            if (l.blank || !holdsDigit(doc.text, l.start, l.end)) continue;
            const icu::UnicodeString lower = lowerSameLength(lineText(doc, l));
            // (Or under a row of labels that holds "Dato": "Vores sagsnr.  Deres ref.  Dato".)
            auto namesDate = [&](const icu::UnicodeString& row) {
                const int32_t at = row.indexOf(u"dato");
                return at >= 0 && (at == 0 || row[at - 1] == ' ') && (at + 4 == row.length() || !u_isalpha(row[at + 4]));
            };
            const bool labelRowAbove = i > from && !seg.lines[i - 1].blank && !holdsDigit(doc.text, seg.lines[i - 1].start, seg.lines[i - 1].end) &&
                                       namesDate(lowerSameLength(lineText(doc, seg.lines[i - 1])));
            const bool labelled = label.find(lower) || placeDate.find(lower) || labelRowAbove;
            for (const auto& d : findDates(doc.text, l.start, l.end, 0)) {
                if (d.kind != DateMention::Day) continue;
                if (labelled) return d.iso;
                if (alone && !first && l.words <= 5) first = d.iso;
            }
            // An e-mail header in English ("Sent: Monday, August 13, 2018 9:04 AM").
            if (labelled) {
                if (auto d = englishDate(lineText(doc, l))) return d;
            }
        }
        return std::nullopt;
    };
    // A forwarded e-mail stacks its headers outermost first: the letter is
    // the innermost message, sent last ("Sent: Thursday, November 15" of the
    // forward over "Sent: Wednesday, November 14" of the municipality's mail).
    std::optional<std::string> lastSent;
    int sentLines = 0;
    for (int i = letter.firstLine; i < bodyLine; ++i) {
        const icu::UnicodeString t = lowerSameLength(lineText(doc, seg.lines[i])).trim();
        if (!t.startsWith(u"sent:") && !t.startsWith(u"sendt:")) continue;
        std::optional<std::string> d = englishDate(lineText(doc, seg.lines[i]));
        if (!d) d = dayOn(doc, seg.lines[i]);
        if (d) lastSent = d, ++sentLines;
    }
    if (sentLines >= 2) return lastSent;
    if (auto d = scan(letter.firstLine, bodyLine, true)) return d;
    // A raw mail opens with its own headers, up to the first blank line
    // ("Received: from …", …, "Date: Fri, 25 Jan 2019 09:14:31 +0000").
    auto headerName = [&](const icu::UnicodeString& t) {
        const int32_t colon = t.indexOf(u':');
        return colon > 0 && (t.indexOf(u' ') < 0 || t.indexOf(u' ') > colon);
    };
    if (letter.firstLine <= letter.lastLine && headerName(lineText(doc, seg.lines[letter.firstLine]))) {
        for (int i = letter.firstLine; i <= letter.lastLine && i < letter.firstLine + 40 && !seg.lines[i].blank; ++i) {
            const icu::UnicodeString t = lineText(doc, seg.lines[i]);
            if (!headerName(t) || !lowerSameLength(t).startsWith(u"date:")) continue;
            if (auto d = englishDate(t)) return d;
        }
    }
    if (first) return first;
    // A short letter with no greeting and no line of prose: its head is not
    // told from its body, and only a labelled date ("Faxe, 1. august 2018") is its date.
    if (bodyLine == letter.firstLine) {
        if (auto d = scan(letter.firstLine, std::min(letter.lastLine + 1, letter.firstLine + 20), false)) return d;
    }
    // Dated only above the signature, at the letter's end.
    if (letter.signoffLine >= 0) return scan(std::max(bodyLine, letter.signoffLine - 8), std::min(letter.lastLine + 1, letter.signoffLine + 1), false);
    // A filled-in form dates itself in a field of its own ("Dato: 20.12.2018",
    // "Skabelonen er udfyldt den*: 20.12.2018"), wherever it stands.
    const Regex& field = data.marker("date_field");
    for (int i = letter.firstLine; i <= letter.lastLine; ++i) {
        const Line& l = seg.lines[i];
        if (l.blank || !field.find(lowerSameLength(lineText(doc, l)))) continue;
        if (auto d = dayOn(doc, l)) return d;
    }
    // A letter whose line breaks were lost (pasted into a web form) has its
    // place and date inside a line ("… Borgerservice Dragør, den 26. oktober 2018 Sag nr. …").
    const Regex& inside = data.marker("date_place_inside");
    for (int i = letter.firstLine; i <= std::min(letter.lastLine, letter.firstLine + 40); ++i) {
        const Line& l = seg.lines[i];
        if (l.blank || !holdsDigit(doc.text, l.start, l.end)) continue;
        const icu::UnicodeString lower = lowerSameLength(lineText(doc, l));
        const Match m = inside.find(lower);
        if (!m) continue;
        for (const auto& d : findDates(doc.text, l.start + m.end, l.end, 0)) {
            if (d.kind == DateMention::Day && d.start == l.start + m.end) return d.iso;
        }
    }
    return std::nullopt;
}

namespace {

// A scan's letter for a digit inside a case number's figures ("15.20.00-G01-2g-17",
// "G0l"): after a digit and before a digit, a separator or the end. A letter
// that opens a part ("G01") is the journal code's own.
std::string mendCaseNumber(std::string n) {
    for (std::size_t k = 1; k < n.size(); ++k) {
        const char c = n[k];
        const char digit = c == 'l' || c == 'I' || c == '|' ? '1' : c == 'O' || c == 'o' ? '0' : c == 'g' ? '9' : c == 'S' ? '5' : c == 'B' ? '8' : 0;
        const bool before = std::isdigit(static_cast<unsigned char>(n[k - 1])) != 0;
        const bool after = k + 1 == n.size() || std::isdigit(static_cast<unsigned char>(n[k + 1])) || n[k + 1] == '-' || n[k + 1] == '.' || n[k + 1] == '/';
        if (digit && before && after) n[k] = digit;
    }
    return n;
}

std::optional<std::string> findCaseNumber(const Document& doc, const Segmentation& seg, const LetterSpan& letter,
                                          int bodyLine, const DomainData& data) {
    const Regex& label = data.marker("case_label");
    const Regex& answering = data.marker("answering_subject");
    const Regex& theirLetter = data.marker("their_letter_number");
    auto scan = [&](int from, int to) -> std::optional<std::optional<std::string>> {
        for (int i = from; i <= to; ++i) {
            const Line& l = seg.lines[i];
            // (A footer with a page mark is no content, but may hold the case number: "Sag nr. 18/24113 · Side 1 af 1".)
            if (l.blank && l.words == 0) continue;
            icu::UnicodeString t = lineText(doc, l);
            const bool answeringSubject = static_cast<bool>(answering.lookingAt(lowerSameLength(t), 0));
            // A line of fields ("Tlf. 32 47 13 00 · J.nr. 18/11764"): the field the label opens.
            Match m;
            for (int32_t k = 0; k < t.length(); ++k) {
                // ("Emne: Rødovre Kommune, sagsnr. 18/16092 – …": after a comma too.)
                // (… or after a column's gap: "Kære Troels Lund Poulsen            Vores ref.")
                // (… or after a subject's label, a bracket or a spaced slash: "Emne: J.nr. 18/15527 – …",
                // "[BRK sagsnr. 18/04517]", "Deres ref.: 2018-4411 / Vores ref.: 18/21009".)
                const bool afterMark = k >= 2 && t[k - 1] == ' ' && (t[k - 2] == ',' || t[k - 2] == ':' || t[k - 2] == '/');
                if (k > 0 && !isFieldSeparator(t[k - 1]) && !afterMark && t[k - 1] != '[' &&
                    !(k >= 3 && t[k - 1] == ' ' && t[k - 2] == ' ' && t[k - 3] == ' ')) continue;
                icu::UnicodeString field = t.tempSubStringBetween(k);
                field.trim();
                if (answeringSubject) {
                    for (const std::u16string_view own : {u"jeres ", u"deres "}) {
                        if (lowerSameLength(field).startsWith(icu::UnicodeString(false, own.data(), static_cast<int32_t>(own.size())))) field.remove(0, static_cast<int32_t>(own.size()));
                    }
                }
                const icu::UnicodeString lowerField = lowerSameLength(field);
                m = label.find(lowerField);
                // ("Svar på ministerens brev af 18. juni 2018 (j.nr. 2018-3507)": the number of the letter answered;
                // not "… brev af 18. juni 2018 (vores sagsnr. 18/9265)".)
                if (m && m.start == 0 && !lowerField.startsWith(u"vor") && theirLetter.find(lowerSameLength(t), 0, k)) m = Match{};
                if (m && m.start == 0) { t = field; break; }
            }
            if (!m || m.start != 0) continue;
            icu::UnicodeString rest = t.tempSubStringBetween(m.end);
            rest.trim();
            if (rest.isEmpty()) {
                // The value may sit on the next line; another label there means none was given.
                for (int k = i + 1; k <= to && k <= i + 2; ++k) {
                    if (seg.lines[k].blank) continue;
                    icu::UnicodeString nx = lineText(doc, seg.lines[k]);
                    // (In a column of its own beside the letter's text: "Vores ref." over "18/28904".)
                    if (const icu::UnicodeString v = valueUnder(doc, l, seg.lines[k], t); !v.isEmpty()) return std::optional<std::string>(utf8(v));
                    bool digit = false;
                    for (int32_t c = 0; c < nx.length(); ++c) digit |= u_isdigit(nx[c]) != 0;
                    if (digit && nx.indexOf(u':') < 0 && nx.indexOf(u' ') < 0 && nx.length() <= 30) return std::optional<std::string>(utf8(nx));
                    break;
                }
                return std::optional<std::string>();
            }
            int32_t sp = rest.indexOf(u' ');
            if (sp > 0) rest.truncate(sp);
            // "Vores sagsnr.     Deres ref.     Dato" over "18/27615     2018-3507     4. december 2018":
            // a row of labels over a row of values; the value stands under its label.
            if (!holdsDigit(rest, 0, rest.length()) && i + 1 <= to && !seg.lines[i + 1].blank) {
                if (const icu::UnicodeString v = valueUnder(doc, l, seg.lines[i + 1], t); !v.isEmpty()) return std::optional<std::string>(utf8(v));
            }
            // ("(sagsnr. 18/9265).": the bracket and the sentence's stop are not the number's.)
            while (!rest.isEmpty() && (icu::UnicodeString(u".,;:").indexOf(rest[rest.length() - 1]) >= 0 || (rest.endsWith(u")") && rest.indexOf(u'(') < 0) ||
                                       (rest.endsWith(u"]") && rest.indexOf(u'[') < 0))) {
                rest.truncate(rest.length() - 1);
            }
            return std::optional<std::string>(utf8(rest));
        }
        return std::nullopt;
    };
    if (auto r = scan(letter.firstLine, std::max(letter.firstLine, bodyLine - 1))) return *r;
    if (auto r = scan(letter.firstLine, letter.lastLine)) return *r;
    return std::nullopt;
}

}  // namespace

std::optional<std::string> readCaseNumber(const Document& doc, const Segmentation& seg, const LetterSpan& letter,
                                          int bodyLine, const DomainData& data) {
    std::optional<std::string> n = findCaseNumber(doc, seg, letter, bodyLine, data);
    if (n) n = mendCaseNumber(*n);
    return n;
}

namespace {

// One line (or cell) of a signature block, read into the signatories so far.
void readSignatureLine(icu::UnicodeString t, const DomainData& data, std::vector<Signatory>& out) {
    if (looksLikeName(t, data)) {
        const auto [cut, from] = nameTitleCut(t);
        if (cut > 0 && looksLikeTitle(t.tempSubStringBetween(from), data)) {
            icu::UnicodeString title = t.tempSubStringBetween(from);
            title.setCharAt(0, static_cast<UChar>(u_toupper(title[0])));
            out.push_back({utf8(t.tempSubStringBetween(0, cut)), utf8(title)});
        } else {
            out.push_back({utf8(t), {}});
        }
    } else if (looksLikeTitle(t, data) && t.indexOf(u' ') > 0 &&
               looksLikeName(t.tempSubStringBetween(t.indexOf(u' ') + 1), data)) {
        // "Borgmester Jens Hansen": title and name on one line.
        const int32_t sp = t.indexOf(u' ');
        out.push_back({utf8(t.tempSubStringBetween(sp + 1)), utf8(t.tempSubStringBetween(0, sp))});
    } else if (looksLikeTitle(t, data) && !out.empty() && out.back().title.empty()) {
        // "Borgmester i Egedal Kommune": the title, not the organisation.
        int32_t cut = t.indexOf(u" i ");
        if (cut > 0 && looksLikeOrg(t.tempSubStringBetween(cut + 3), data)) t.truncate(cut);
        out.back().title = utf8(t);
    }
}

// A filled-in form signed in fields of its own, "Navn: Birthe Ollerup
// Damkjær" over "Stilling: Jobcenterchef, Jobcenter Faaborg-Midtfyn".
std::vector<Signatory> formSigner(const Document& doc, const Segmentation& seg, const LetterSpan& letter, const DomainData& data) {
    const Regex& nameField = data.marker("form_name_field");
    const Regex& titleField = data.marker("form_title_field");
    auto valueOf = [&](const Regex& field, int line) -> icu::UnicodeString {
        const icu::UnicodeString t = lineText(doc, seg.lines[line]);
        const Match m = field.lookingAt(lowerSameLength(t), 0);
        return m ? icu::UnicodeString(t.tempSubStringBetween(m.end)).trim() : icu::UnicodeString();
    };
    for (int i = letter.firstLine; i <= letter.lastLine; ++i) {
        const icu::UnicodeString name = valueOf(nameField, i);
        if (name.isEmpty() || !looksLikeName(name, data)) continue;
        Signatory s{mendName(utf8(name), data), {}};
        for (int k = i + 1; k <= std::min(letter.lastLine, i + 2); ++k) {
            if (const icu::UnicodeString title = valueOf(titleField, k); !title.isEmpty()) s.title = utf8(title);
        }
        return {s};
    }
    return {};
}

}  // namespace

std::vector<Signatory> readSignatories(const Document& doc, const Segmentation& seg, const LetterSpan& letter,
                                       const DomainData& data) {
    std::vector<Signatory> out;
    if (letter.signoffLine < 0) return formSigner(doc, seg, letter, data);
    // Signatures side by side are read a column at a time, left to right.
    std::vector<std::vector<icu::UnicodeString>> columns;
    for (int i = letter.signoffLine + 1; i <= letter.signatureEnd; ++i) {
        const Line& l = seg.lines[i];
        if (l.blank) continue;
        const auto cells = signatureCells(lineText(doc, l));
        if (cells.size() > columns.size()) columns.resize(cells.size());
        for (std::size_t c = 0; c < cells.size(); ++c) columns[c].push_back(cells[c]);
    }
    for (const auto& column : columns) {
        for (const auto& t : column) readSignatureLine(t, data, out);
    }
    for (auto& s : out) s.name = mendName(s.name, data);
    return out;
}

std::optional<std::string> readInReplyTo(const Segmentation& seg, const LetterSpan& letter,
                                         const std::vector<DateMention>& dates, const DomainData& data,
                                         const std::optional<std::string>& letterDate) {
    auto before = [&](const DateMention& d) {
        if (!d.yearInferred || !letterDate || d.iso.size() != 10 || d.iso <= *letterDate) return d.iso;
        return std::to_string(std::stoi(d.iso.substr(0, 4)) - 1) + d.iso.substr(4);
    };
    const Regex& ref = data.marker("reply_ref");
    const Regex& own = data.marker("own_ref");
    int seen = 0;
    for (const auto& s : seg.sentences) {
        if (s.start < letter.start || s.end > letter.end) continue;
        if (++seen > 25) break;
        Match m = ref.find(seg.lower, s.start, s.end);
        while (m && own.find(seg.lower, std::max(s.start, m.start - 30), m.start)) m = ref.find(seg.lower, m.end, s.end);
        if (!m) continue;
        for (const auto& d : dates) {
            if (d.kind == DateMention::Day && d.start >= m.end && d.start - m.end <= 60 && d.end <= s.end) return before(d);
        }
    }
    return std::nullopt;
}

}  // namespace svarbrev
