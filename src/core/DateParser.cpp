#include "DateParser.hpp"

#include "CharClass.hpp"
#include "Regex.hpp"

#include <algorithm>
#include <string_view>

#include <unicode/gregocal.h>
#include <unicode/uchar.h>
#include <cstdio>

namespace svarbrev {
namespace {

// Month names, January first, then their abbreviations (longer before
// shorter, as the pattern must try them), all in lower case.
constexpr std::u16string_view kMonthNames[] = {u"januar", u"februar", u"marts", u"april", u"maj", u"juni", u"juli",
                                               u"august", u"september", u"oktober", u"november", u"december", u"jan",
                                               u"febr", u"feb", u"mar", u"apr", u"jun", u"jul", u"aug", u"sept", u"sep",
                                               u"okt", u"nov", u"dec"};

// The names as a pattern group that takes a capital first letter too:
// "([Jj]anuar|[Ff]ebruar|...)", and with `capitals` the names in capitals
// of a heading ("STATUS PR. 30. SEPTEMBER 2018"). Those alternatives cost
// every try a third more, so they are tried only where such a name stands.
std::string monthsPattern(bool capitals) {
    icu::UnicodeString p(u"(");
    for (const auto& name : kMonthNames) {
        if (p.length() > 1) p.append(u'|');
        p.append(u'[').append(static_cast<UChar>(name[0] - 32)).append(static_cast<UChar>(name[0])).append(u']');
        p.append(icu::UnicodeString(name.data() + 1, static_cast<int32_t>(name.size() - 1)));
        if (capitals) p.append(u'|').append(icu::UnicodeString(name.data(), static_cast<int32_t>(name.size())).toUpper());
    }
    p.append(u')');
    std::string out;
    return p.toUTF8String(out);
}

int monthOf(const icu::UnicodeString& name) {
    icu::UnicodeString n(name);
    n.toLower();
    for (int m = 0; m < 12; ++m) {
        if (n.startsWith(icu::UnicodeString(kMonthNames[m].data(), 3))) return m + 1;
    }
    return 0;
}

// A word that is one of kMonthNames (its first letter in either case):
// only those words can hold a month date.

int daysIn(int y, int m) {
    static const int d[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0)) return 29;
    return d[m - 1];
}

std::string iso(int y, int m, int d) {
    char buf[48];
    if (d > 0) std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
    else std::snprintf(buf, sizeof buf, "%04d-%02d", y, m);
    return buf;
}

// The days from the Monday of ISO week `first` to the Sunday of week `last`
// ("uge 36–39" of 2018 is 3 to 30 September), as Danish calendars number them.
std::string weekSpan(int y, int first, int last) {
    UErrorCode status = U_ZERO_ERROR;
    icu::GregorianCalendar cal(status);
    if (U_FAILURE(status)) return {};
    cal.setFirstDayOfWeek(UCAL_MONDAY);
    cal.setMinimalDaysInFirstWeek(4);
    auto dayOf = [&](int week, UCalendarDaysOfWeek weekday) {
        cal.clear();
        cal.set(UCAL_YEAR_WOY, y);
        cal.set(UCAL_WEEK_OF_YEAR, week);
        cal.set(UCAL_DAY_OF_WEEK, weekday);
        return iso(cal.get(UCAL_YEAR, status), cal.get(UCAL_MONTH, status) + 1, cal.get(UCAL_DATE, status));
    };
    std::string span = dayOf(first, UCAL_MONDAY) + "/" + dayOf(last, UCAL_SUNDAY);
    return U_SUCCESS(status) ? span : std::string();
}

int toInt(const icu::UnicodeString& s) {
    int v = 0;
    for (int32_t i = 0; i < s.length(); ++i) {
        if (s[i] < '0' || s[i] > '9') return -1;
        v = v * 10 + (s[i] - '0');
    }
    return s.length() ? v : -1;
}

int fullYear(int y) { return y < 100 ? 2000 + y : y; }

icu::UnicodeString group(icu::RegexMatcher& m, int g) {
    UErrorCode st = U_ZERO_ERROR;
    if (m.start(g, st) < 0) return {};
    return m.group(g, st);
}

struct Pattern {
    DateMention::Kind kind;
    const Regex* rx;
    int id;
    bool capitals = false;  // a month pattern for names in capitals
};

// The words before a month or a year that make it the period's last day
// ("ultimo juni", "ved udgangen af 2017"), lower case.
constexpr const char16_t* kPeriodEnds[] = {u"ultimo", u"udgangen af", u"slutningen af", u"udløbet af"};
bool endsAPeriod(const icu::UnicodeString& lowerMarker) {
    return std::any_of(std::begin(kPeriodEnds), std::end(kPeriodEnds), [&](const char16_t* w) { return lowerMarker == w; });
}

// A year in two digits as forms and tables abbreviate it ("sep.-okt. 18", "1. halvår 18"): after an
// abbreviation's dot or "halvår", and only where no word it would count follows ("i okt. 18 borgere").
constexpr const char* kShortYear = "(?<=\\.\\s|halvår\\s)[1-2]\\d(?!\\d)(?![.,]\\d)(?!\\s*[\\p{L}%])";

const std::vector<Pattern>& patterns() {
    static const std::string months = monthsPattern(false), monthsInCapitals = monthsPattern(true);
    // Case-sensitive patterns (capitals spelled out): case-insensitive ICU
    // matching folds every character and costs several times more.
    static const Regex numeric("\\b(\\d{1,2})[-./](\\d{1,2})(?:[-./]|\\s)\\s?(\\d{4}|\\d{2})\\b\\.?", true, Regex::Groups::Kept);
    // ("23-aug-2018": a case system's day, its parts joined by dashes.)
    auto textualOf = [](const std::string& names) { return "\\b(\\d{1,2})(?:\\.?\\s*|-)" + names + "\\.?(?:(?:\\s+|-)(\\d{4}))?\\b"; };
    auto monthYearOf = [](const std::string& names) {
        return "\\b(?:([Uu]ltimo|[Pp]rimo|[Mm]edio|[Uu]dgangen af|[Ss]lutningen af|[Ss]tarten af|[Bb]egyndelsen af|[Uu]dløbet af)\\s+)?" + names +
               "(?:møde(?:rne|t|r)?|\\s+måned)?\\.?(?:\\s+(\\d{4}|" + kShortYear + "))?\\b";
    };
    static const Regex textual(textualOf(months), true, Regex::Groups::Kept), textualCaps(textualOf(monthsInCapitals), true, Regex::Groups::Kept);
    static const Regex monthYear(monthYearOf(months), true, Regex::Groups::Kept), monthYearCaps(monthYearOf(monthsInCapitals), true, Regex::Groups::Kept);
    // "årets første seks måneder" is the first half too.
    static const Regex half("\\b(?:([12])\\.|([Ff]ørste|[Aa]ndet|[Ss]idste))\\s*(?:[Hh]alvår|HALVÅR|halvdel|(?<=ørste\\s)(?:seks|6)\\s+måneder)(?:\\s+af)?(?:\\s+(\\d{4}|" + std::string(kShortYear) + "))?", true, Regex::Groups::Kept);
    // "Q2 2018", as English-influenced memos write a quarter.
    static const Regex quarter("\\b(?:([1-4])\\.|([Ff]ørste|[Aa]ndet|[Tt]redje|[Ff]jerde|[Ss]idste))\\s*(?:kvartal|Kvartal|KVARTAL|kvt\\.?)(?:\\s+af)?(?:\\s+(\\d{4}))?"
                               "|\\bQ([1-4])[ -]((?:19|20)\\d{2})\\b", true, Regex::Groups::Kept);
    // A tertial, as municipal budget follow-up counts four months ("3. tertial 2018").
    static const Regex tertial("\\b(?:([1-3])\\.|([Ff]ørste|[Aa]ndet|[Tt]redje|[Ss]idste))\\s*(?:tertial|Tertial|TERTIAL)(?:\\s+af)?(?:\\s+(\\d{4}))?", true,
                               Regex::Groups::Kept);
    // "uge 36–39", "ugerne 40 til 42 i 2018": a span of whole weeks.
    static const Regex weeks("\\b[Uu]ge(?:rne)?\\s+(\\d{1,2})\\s*(?:[-–]|til)\\s*(?:uge\\s+)?(\\d{1,2})\\b(?:\\s+(?:i\\s+)?(\\d{4}))?", true,
                             Regex::Groups::Kept);
    static const Regex year("\\b(19[89]\\d|20[0-4]\\d)\\b", true, Regex::Groups::Kept);
    // "30. VIII. 2018": a formal letter's month in Roman numerals.
    static const Regex roman("\\b(\\d{1,2})\\.\\s?(XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I)\\.\\s?(\\d{4})\\b", true, Regex::Groups::Kept);
    // "1.3.–31.8.2018", "1/3-31/8 2018": a span whose first day takes the second's year;
    // "Aktive 1.6.-30.11." (a column heading): the letter's.
    static const Regex numericSpan("\\b(\\d{1,2})([./])(\\d{1,2})\\.?\\s?[-–]\\s?(\\d{1,2})\\2(\\d{1,2})(?:(?:\\2|\\s)\\s?(\\d{4})\\b\\.?|\\.(?!\\s?\\d))", true,
                                   Regex::Groups::Kept);
    // "Dato: 2018-08-29": a date as a case system stamps it.
    static const Regex iso("\\b((?:19|20)\\d{2})-(\\d{2})-(\\d{2})\\b(?!-)", true, Regex::Groups::Kept);
    static const std::vector<Pattern> p{{DateMention::Day, &iso, 10}, {DateMention::Span, &numericSpan, 9}, {DateMention::Day, &numeric, 0}, {DateMention::Day, &textual, 1}, {DateMention::Day, &textualCaps, 1, true},
                                        {DateMention::HalfYear, &half, 2}, {DateMention::Quarter, &quarter, 3}, {DateMention::Span, &tertial, 7},
                                        {DateMention::Span, &weeks, 8},
                                        {DateMention::Month, &monthYear, 4}, {DateMention::Month, &monthYearCaps, 4, true}, {DateMention::Day, &roman, 6},
                                        {DateMention::Year, &year, 5}};
    return p;
}

// A span that is exactly a half-year, a quarter or a year is written as
// one ("2018-01-01/2018-06-30" is "2018-H1"), as the contract has them.
std::string canonicalSpan(const std::string& span) {
    if (span.size() != 21) return span;
    const int y1 = std::stoi(span.substr(0, 4)), m1 = std::stoi(span.substr(5, 2)), d1 = std::stoi(span.substr(8, 2));
    const int y2 = std::stoi(span.substr(11, 4)), m2 = std::stoi(span.substr(16, 2)), d2 = std::stoi(span.substr(19, 2));
    if (y1 != y2 || d1 != 1 || d2 != daysIn(y2, m2)) return span;
    const std::string y = span.substr(0, 4);
    if (m1 == 1 && m2 == 12) return y;
    if ((m1 == 1 || m1 == 7) && m2 == m1 + 5) return y + (m1 == 1 ? "-H1" : "-H2");
    if (m1 % 3 == 1 && m2 == m1 + 2) return y + "-Q" + std::to_string(m1 / 3 + 1);
    return span;
}

}  // namespace

bool isMonthWord(const UChar* w, int32_t n) {
    if (n < 3 || n > 15) return false;
    const char16_t first = w[0] >= 'A' && w[0] <= 'Z' ? static_cast<char16_t>(w[0] + 32) : static_cast<char16_t>(w[0]);
    // Every name starts with one of these: most words end here.
    if (std::u16string_view(u"jfmasond").find(first) == std::u16string_view::npos) return false;
    std::u16string_view rest(reinterpret_cast<const char16_t*>(w) + 1, static_cast<std::size_t>(n - 1));
    // "teamets junimøde", "på septembermøderne": the meeting of a month
    // (only a word with the meeting's "ø" where it stands is tried).
    if (n >= 7 && (w[n - 3] == u'ø' || w[n - 4] == u'ø' || w[n - 6] == u'ø')) {
        for (const std::u16string_view meeting : {u"møderne", u"mødet", u"møder", u"møde"}) {
            if (rest.size() > meeting.size() + 2 && rest.substr(rest.size() - meeting.size()) == meeting) {
                rest.remove_suffix(meeting.size());
                n -= static_cast<int32_t>(meeting.size());
                break;
            }
        }
    }
    if (n > 9) return false;
    // "SEPTEMBER" in a heading in capitals.
    char16_t lower[9];
    if (rest.size() >= 2 && rest[0] >= 'A' && rest[0] <= 'Z') {
        for (std::size_t k = 0; k < rest.size(); ++k) lower[k] = rest[k] >= 'A' && rest[k] <= 'Z' ? static_cast<char16_t>(rest[k] + 32) : rest[k];
        rest = std::u16string_view(lower, rest.size());
    }
    for (const auto& name : kMonthNames) {
        if (name.size() == static_cast<std::size_t>(n) && name[0] == first && name.substr(1) == rest) return true;
    }
    return false;
}

std::optional<std::pair<std::string, std::string>> periodDays(const std::string& period) {
    auto digits = [&](std::size_t at, std::size_t n) {
        return period.size() >= at + n && std::all_of(period.begin() + static_cast<std::ptrdiff_t>(at), period.begin() + static_cast<std::ptrdiff_t>(at + n), [](char c) { return c >= '0' && c <= '9'; });
    };
    if (!digits(0, 4)) return std::nullopt;
    const int y = std::stoi(period.substr(0, 4));
    auto months = [&](int m1, int m2) { return std::pair{iso(y, m1, 1), iso(y, m2, daysIn(y, m2))}; };
    if (period.size() == 4) return months(1, 12);
    if (period.size() == 7 && period[5] == 'Q' && period[6] >= '1' && period[6] <= '4') {
        const int q = period[6] - '0';
        return months(3 * q - 2, 3 * q);
    }
    if (period.size() == 7 && period[5] == 'H' && (period[6] == '1' || period[6] == '2')) return period[6] == '1' ? months(1, 6) : months(7, 12);
    if (period.size() == 7 && digits(5, 2)) {
        const int m = std::stoi(period.substr(5, 2));
        if (m >= 1 && m <= 12) return months(m, m);
    }
    if (period.size() == 10) return std::pair{period, period};
    if (period.size() == 21 && period[10] == '/') return std::pair{period.substr(0, 10), period.substr(11)};
    return std::nullopt;
}

std::string DateMention::monthSpanIso() const {
    if (kind != Month || iso.size() != 7) return {};
    const int y = std::stoi(iso.substr(0, 4)), m = std::stoi(iso.substr(5, 2));
    return svarbrev::iso(y, m, 1) + "/" + svarbrev::iso(y, m, daysIn(y, m));
}

std::string DateMention::pointIso() const {
    if (kind == Day) return iso;
    if (kind == Month && iso.size() == 7) {
        const int y = std::stoi(iso.substr(0, 4)), m = std::stoi(iso.substr(5, 2));
        return endOfPeriod ? svarbrev::iso(y, m, daysIn(y, m)) : svarbrev::iso(y, m, 1);
    }
    if (kind == Year && endOfPeriod) return iso + "-12-31";
    return {};
}

int latestYear(const std::vector<DateMention>& dates) {
    int y = 0;
    for (const auto& d : dates) {
        if (d.yearInferred || d.iso.size() < 4) continue;
        if (d.kind == DateMention::Day || d.kind == DateMention::Span) y = std::max(y, std::stoi(d.iso.substr(d.iso.size() >= 21 ? 11 : 0, 4)));
    }
    return y;
}

std::vector<DateMention> findDates(const icu::UnicodeString& text, int32_t from, int32_t to, int refYear, int refMonth) {
    if (to < 0 || to > text.length()) to = text.length();
    std::vector<DateMention> found;
    std::vector<char> taken(static_cast<std::size_t>(std::max(0, to - from)), 0);
    auto free = [&](int32_t s, int32_t e) {
        for (int32_t k = s; k < e; ++k) if (taken[k - from]) return false;
        return true;
    };
    // Only lines (paragraphs, in flow text) holding a digit can hold a date
    // a count refers to; skipping the others keeps this stage cheap. A letter
    // that writes its counts in words ("Én af dem blev behandlet i maj") has
    // months on lines without one: those lines are looked at for months only.
    std::vector<std::pair<int32_t, int32_t>> lines, chunks;  // all lines; those with a digit
    const UChar* u = text.getBuffer();  // b stays below to: no checked access
    for (int32_t a = from; a < to;) {
        int32_t b = a;
        bool digit = false;
        while (b < to && u[b] != '\n') { digit |= u[b] >= '0' && u[b] <= '9'; ++b; }
        lines.push_back({a, b});
        if (digit) chunks.push_back({a, b});
        a = b + 1;
    }
    // Which chunks name a half-year, a quarter, a tertial or a span of weeks
    // at all: one look at each character, not a search per word.
    std::vector<char> halfq(chunks.size()), tertials(chunks.size()), weekSpans(chunks.size());
    for (std::size_t c = 0; c < chunks.size(); ++c) {
        const int32_t a = chunks[c].first, b = chunks[c].second;  // (no structured binding: clang captures none)
        auto at = [&](int32_t k, char16_t lower) { return k >= a && k < b && (u[k] == lower || u[k] == lower - 32); };
        for (int32_t k = a; k < b; ++k) {
            switch (u[k]) {
            // "halvår", "HALVÅR", "seks måneder"
            case u'å': case u'Å': halfq[c] |= at(k - 1, 'v') || (u[k] == u'å' && at(k - 1, 'm') && at(k + 1, 'n')); break;
            case u'Q': halfq[c] = true; break;
            // "kvartal", "KVARTAL", "kvt."
            case u'v': case u'V': halfq[c] |= at(k - 1, 'k'); break;
            // "halvdel"
            case u'd': halfq[c] |= at(k - 1, 'v') && at(k - 2, 'l'); break;
            // "tertial", "TERTIAL"
            case u'i': case u'I': tertials[c] |= at(k - 1, 't') && at(k + 1, 'a') && at(k + 2, 'l'); break;
            // "uge 36", "ugerne 40": not every "bruge" or "ugen".
            case u'u': case u'U': {
                if (!at(k + 1, 'g') || !at(k + 2, 'e')) break;
                int32_t e = k + 3;
                if (e + 2 < b && u[e] == 'r' && u[e + 1] == 'n' && u[e + 2] == 'e') e += 3;
                weekSpans[c] |= e + 1 < b && u[e] == ' ' && isDigitFast(u[e + 1]);
                break;
            }
            default: break;
            }
        }
    }
    // Month patterns run only in windows around a month name, not over the paragraph.
    std::vector<std::pair<int32_t, int32_t>> monthWindows;
    std::vector<char> inCapitals;  // per window: a month name in capitals stands in it
    std::vector<int32_t> monthStarts;
    for (const auto& [cFrom, cTo] : lines) {
        for (int32_t k = cFrom; k < cTo;) {
            if (!isAlphaFast(u[k])) { ++k; continue; }
            int32_t e = k + 1;
            while (e < cTo && isAlphaFast(u[e])) ++e;
            if (isMonthWord(u + k, e - k)) {
                // A month date starts at a word (\\b) in the month's token or
                // the two before it ("(18.december", "2017-30. juni", "udgangen
                // af juni"): those places are tried, not the whole window.
                int32_t t = k;
                for (int back = 0; back < 3 && t > from; ++back) {
                    while (t > from && u_isUWhiteSpace(u[t - 1])) --t;
                    while (t > from && !u_isUWhiteSpace(u[t - 1])) --t;
                }
                for (int32_t w = t; w <= k; ++w) {
                    if (isAlnumFast(u[w]) && (w == 0 || !isAlnumFast(u[w - 1]))) monthStarts.push_back(w);
                }
                const int32_t a = std::max(cFrom, k - 24), b = std::min(cTo, k + 24);
                const bool capitals = u[k + 1] >= 'A' && u[k + 1] <= 'Z';
                if (!monthWindows.empty() && monthWindows.back().second >= a) {
                    monthWindows.back().second = std::max(monthWindows.back().second, b);
                    inCapitals.back() |= capitals;
                } else {
                    monthWindows.push_back({a, b});
                    inCapitals.push_back(capitals);
                }
            }
            k = e;
        }
    }
    // Extend each window to whole words, so no match starts or ends mid-word.
    for (auto& [a, b] : monthWindows) {
        while (a > from && !u_isWhitespace(text[a - 1])) --a;
        while (b < to && !u_isWhitespace(text[b])) ++b;
    }
    std::sort(monthStarts.begin(), monthStarts.end());
    monthStarts.erase(std::unique(monthStarts.begin(), monthStarts.end()), monthStarts.end());
    for (const Pattern& p : patterns()) {
      const bool byMonth = p.id == 1 || p.id == 4;
      const std::size_t n = byMonth ? monthWindows.size() : chunks.size();
      for (std::size_t c = 0; c < n; ++c) {
        if ((byMonth && p.capitals != static_cast<bool>(inCapitals[c])) || ((p.id == 2 || p.id == 3) && !halfq[c]) || (p.id == 7 && !tertials[c]) || (p.id == 8 && !weekSpans[c])) continue;
        auto [cFrom, cTo] = byMonth ? monthWindows[c] : chunks[c];
        // Numeric dates and years start where a run of digits does: only
        // those places are tried, not every place of the paragraph.
        const bool byDigits = p.id == 0 || p.id == 5 || p.id == 6 || p.id == 9;
        int32_t pos = cFrom;
        while (pos < cTo) {
            Match mt;
            if (byDigits) {
                for (int32_t k = pos; k < cTo && !mt; ++k) {
                    if (!isDigitFast(u[k]) || (k > 0 && isDigitFast(u[k - 1]))) continue;
                    int32_t run = k + 1;
                    while (run < cTo && isDigitFast(u[run])) ++run;
                    // "9-8-2018" or "23.07.18": one or two digits, a separator, a digit;
                    // a year: four digits from 1990 to 2049.
                    const int32_t chunkEnd = cTo;  // a structured binding: clang captures none
                    auto romanAt = [&](int32_t r) { return r < chunkEnd && (u[r] == 'I' || u[r] == 'V' || u[r] == 'X'); };
                    const bool shape = p.id == 0 || p.id == 9 ? run - k <= 2 && run + 1 < cTo && (u[run] == '-' || u[run] == '.' || u[run] == '/') && isDigitFast(u[run + 1])
                                       : p.id == 6 ? run - k <= 2 && run + 1 < cTo && u[run] == '.' && (romanAt(run + 1) || (u[run + 1] == ' ' && romanAt(run + 2)))
                                                   : run - k == 4 && ((u[k] == '1' && u[k + 1] == '9') || (u[k] == '2' && u[k + 1] == '0'));
                    // "kl. 14.05.21": a time of day, not a date.
                    const bool clock = p.id == 0 && ((k >= 3 && text.compare(k - 3, 3, u"kl.") == 0) || (k >= 4 && text.compare(k - 4, 4, u"kl. ") == 0));
                    if (shape && !clock) mt = p.rx->lookingAt(text, k, cTo);
                    k = run - 1;
                }
            } else if (byMonth) {
                // "18. december" starts with its day, "ultimo juni" with a word.
                const bool byDay = p.id == 1;
                for (auto it = std::lower_bound(monthStarts.begin(), monthStarts.end(), pos); it != monthStarts.end() && *it < cTo && !mt; ++it) {
                    if (isDigitFast(u[*it]) == byDay) mt = p.rx->lookingAt(text, *it, cTo);
                }
            } else {
                mt = p.rx->find(text, pos, cTo);
            }
            if (!mt) break;
            pos = std::max(mt.end, mt.start + 1);
            // The matcher still holds the match just found, with its groups.
            auto& m = p.rx->matcher(text);
            DateMention d;
            d.kind = p.kind;
            d.start = mt.start;
            d.end = mt.end;
            int y = -1, mo = 0, day = 0;
            switch (p.id) {
            case 0:
                day = toInt(group(m, 1)); mo = toInt(group(m, 2)); y = fullYear(toInt(group(m, 3)));
                break;
            case 1:
                day = toInt(group(m, 1)); mo = monthOf(group(m, 2)); y = toInt(group(m, 3));
                break;
            case 2: case 3: {
                const icu::UnicodeString n = group(m, 1), w = group(m, 2);
                int k = n.length() ? toInt(n) : 0;
                icu::UnicodeString lw(w);
                lw.toLower();
                if (!k) k = lw == u"første" ? 1 : lw == u"andet" ? 2 : lw == u"tredje" ? 3 : lw == u"fjerde" ? 4 : (p.id == 2 ? 2 : 4);
                y = toInt(group(m, 3));
                if (y >= 0 && y < 100) y += 2000;
                if (const icu::UnicodeString q = group(m, 4); q.length()) k = toInt(q), y = toInt(group(m, 5));
                mo = k;
                break;
            }
            case 9:
                y = toInt(group(m, 6));
                break;
            case 10:
                y = toInt(group(m, 1)); mo = toInt(group(m, 2)); day = toInt(group(m, 3));
                break;
            case 8:
                day = toInt(group(m, 1));  // the first week; `mo` the last
                mo = toInt(group(m, 2));
                y = toInt(group(m, 3));
                if (day < 1 || day > mo || mo > 53) continue;
                break;
            case 7: {
                icu::UnicodeString w = group(m, 2);
                w.toLower();
                mo = group(m, 1).length() ? toInt(group(m, 1)) : w == u"første" ? 1 : w == u"andet" ? 2 : 3;
                y = toInt(group(m, 3));
                break;
            }
            case 4: {
                icu::UnicodeString marker = group(m, 1);
                mo = monthOf(group(m, 2));
                y = toInt(group(m, 3));
                if (y >= 0 && y < 100) y += 2000;
                marker.toLower();
                d.endOfPeriod = endsAPeriod(marker);
                if (marker.isEmpty() && y < 0) {
                    // A bare month name: only "maj" etc. followed by nothing is too weak unless
                    // written in lower case after a preposition; accept it, the year comes later.
                }
                break;
            }
            case 5: {
                y = toInt(group(m, 1));
                // "ved udgangen af 2017", "ultimo 2017": the year's last day.
                icu::UnicodeString before = text.tempSubStringBetween(std::max(from, mt.start - 16), mt.start);
                before.toLower();
                if (before.endsWith(u" ")) {
                    before.truncate(before.length() - 1);
                    for (const char16_t* end : kPeriodEnds) d.endOfPeriod |= before.endsWith(end, -1);
                }
                break;
            }
            case 6: {
                static const char16_t* const numerals[] = {u"I", u"II", u"III", u"IV", u"V", u"VI", u"VII", u"VIII", u"IX", u"X", u"XI", u"XII"};
                day = toInt(group(m, 1));
                for (int k = 0; k < 12; ++k) if (group(m, 2) == numerals[k]) mo = k + 1;
                y = toInt(group(m, 3));
                break;
            }
            }
            if (y < 0) {
                if (refYear <= 0) continue;
                y = refYear;
                d.yearInferred = true;
                // (The month it starts in: a day's or month's own, a quarter's or half-year's first.)
                const int first = p.kind == DateMention::Day || p.kind == DateMention::Month ? mo
                                  : p.kind == DateMention::Quarter                              ? 3 * mo - 2
                                  : p.kind == DateMention::HalfYear                             ? 6 * mo - 5
                                                                                                : 0;
                constexpr int kMonthsAhead = 4;
                if (refMonth > 0 && first > refMonth + kMonthsAhead) --y;
            }
            if (p.kind == DateMention::Day) {
                if (mo < 1 || mo > 12 || day < 1 || day > daysIn(y, mo) || y < 1990 || y > 2049) continue;
                d.iso = iso(y, mo, day);
            } else if (p.kind == DateMention::Month) {
                if (mo < 1) continue;
                d.iso = iso(y, mo, 0);
            } else if (p.kind == DateMention::HalfYear) {
                d.iso = std::to_string(y) + "-H" + std::to_string(mo);
            } else if (p.id == 9) {
                const int m1 = toInt(group(m, 3)), d1 = toInt(group(m, 1)), m2 = toInt(group(m, 5)), d2 = toInt(group(m, 4));
                if (m1 < 1 || m1 > 12 || m2 < m1 || m2 > 12 || d1 < 1 || d1 > daysIn(y, m1) || d2 < 1 || d2 > daysIn(y, m2)) continue;
                d.iso = canonicalSpan(iso(y, m1, d1) + "/" + iso(y, m2, d2));
            } else if (p.id == 8) {
                d.iso = weekSpan(y, day, mo);
                if (d.iso.empty()) continue;
            } else if (p.kind == DateMention::Span) {
                d.iso = iso(y, 4 * mo - 3, 1) + "/" + iso(y, 4 * mo, daysIn(y, 4 * mo));
            } else if (p.kind == DateMention::Quarter) {
                d.iso = std::to_string(y) + "-Q" + std::to_string(mo);
            } else {
                d.iso = std::to_string(y);
            }
            // Trim leading spaces a pattern may have taken.
            while (d.start < d.end && (text[d.start] == ' ' || text[d.start] == '\n')) ++d.start;
            if (!free(d.start, d.end)) continue;
            for (int32_t k = d.start; k < d.end; ++k) taken[k - from] = 1;
            found.push_back(d);
        }
      }
    }
    // "3. og 4. kvartal 2018", "1. og 2. halvår": the first ordinal shares the second's unit and year.
    static const Regex elided("\\b([1-4])\\.\\s*(?:,|og|eller)\\s*$", true, Regex::Groups::Kept);
    for (std::size_t i = 0, n = found.size(); i < n; ++i) {
        const DateMention& d = found[i];
        if (d.kind != DateMention::HalfYear && d.kind != DateMention::Quarter) continue;
        const Match m = elided.find(text, std::max(from, d.start - 12), d.start);
        if (!m) continue;
        const int k = toInt(group(elided.matcher(text), 1));
        if (k > (d.kind == DateMention::HalfYear ? 2 : 4) || !free(m.start, m.start + 2)) continue;
        DateMention e = d;
        e.start = m.start;
        e.end = m.start + 2;
        e.iso = d.iso.substr(0, d.iso.size() - 1) + std::to_string(k);
        found.push_back(e);
    }
    std::sort(found.begin(), found.end(), [](const DateMention& a, const DateMention& b) { return a.start < b.start; });
    // Spans: two days joined by a dash or "til" ("1. juli 2017-30. juni 2018", "01.11.17. – 31.12.18.").
    std::vector<DateMention> out;
    // The words between a date and the next, trimmed.
    auto gap = [&](std::size_t k) {
        icu::UnicodeString between = text.tempSubStringBetween(found[k].end, found[k + 1].start);
        between.trim();
        return between;
    };
    // "til", and "til og med" / "t.o.m." that say the end is counted in ("fra 1. maj og til og med 31. oktober" too).
    auto through = [](const icu::UnicodeString& between) {
        return between == u"til" || between == u"til og med" || between == u"t.o.m." || between == u"og til og med" || between == u"og til";
    };
    for (std::size_t i = 0; i < found.size(); ++i) {
        if (i + 1 < found.size() && found[i].kind == DateMention::Day && found[i + 1].kind == DateMention::Day) {
            icu::UnicodeString between = gap(i);
            // "fra den 1. juli 2017 til den 30. juni 2018" too.
            if (between.endsWith(u" den")) between.truncate(between.length() - 4);
            // "mellem 1. februar og 31. juli 2018": "og" joins a span only after "mellem".
            icu::UnicodeString lead = text.tempSubStringBetween(std::max(from, found[i].start - 11), found[i].start);
            lead.toLower();
            if (lead.endsWith(u" den ")) lead.truncate(lead.length() - 4);
            const bool mellemOg = between == u"og" && (lead.endsWith(u"mellem ") || lead.endsWith(u"mellem"));
            if (between == u"-" || between == u"–" || between == u"—" || through(between) || between == u"- " || between.isEmpty() || mellemOg) {
                DateMention s;
                s.kind = DateMention::Span;
                s.start = found[i].start;
                s.end = found[i + 1].end;
                // ("Fra 1. juni til 30. november" in February: the start without its year is the year of the end, or the one before.)
                std::string first = found[i].iso;
                if (const std::string& last = found[i + 1].iso; found[i].yearInferred && first.size() == 10 && last.size() == 10) {
                    const int y2 = std::stoi(last.substr(0, 4));
                    first = std::to_string(first.substr(5) <= last.substr(5) ? y2 : y2 - 1) + first.substr(4);
                }
                s.iso = canonicalSpan(first + "/" + found[i + 1].iso);
                s.yearInferred = found[i].yearInferred || found[i + 1].yearInferred;
                out.push_back(s);
                ++i;
                continue;
            }
        }
        // "i august og september 2018", "juni-juli 2018": the two months and
        // those between; "i august eller september" is one of them, in that
        // span; "i maj, juni og juli 2018" runs over a list.
        if (i + 1 < found.size() && found[i].kind == DateMention::Month && found[i + 1].kind == DateMention::Month) {
            auto joined = [&](std::size_t k) {
                icu::UnicodeString between = gap(k);
                // ("okt.-nov. 2018": the abbreviation's dot is the first month's.)
                if (between.startsWith(u".")) between.remove(0, 1);
                return between == u"og" || between == u"-" || between == u"–" || through(between) || between == u"eller";
            };
            auto listed = [&](std::size_t k) { return gap(k) == u","; };
            std::size_t last = i;
            while (last + 1 < found.size() && found[last + 1].kind == DateMention::Month && listed(last)) ++last;
            if (last + 1 < found.size() && found[last + 1].kind == DateMention::Month && joined(last)) ++last;
            else last = i;
            if (last > i) {
                const int y2 = std::stoi(found[last].iso.substr(0, 4)), m2 = std::stoi(found[last].iso.substr(5, 2));
                int y1 = std::stoi(found[i].iso.substr(0, 4));
                const int m1 = std::stoi(found[i].iso.substr(5, 2));
                if (found[i].yearInferred) y1 = m1 <= m2 ? y2 : y2 - 1;
                // "tid i december eller januar" in a December letter: the
                // turn of the year ahead, not the one behind.
                if (found[i].yearInferred && found[last].yearInferred && m1 > m2 && y1 < refYear && refMonth >= m1) y1 = refYear;
                const int yEnd = m1 > m2 && found[last].yearInferred ? y1 + 1 : y2;
                DateMention s;
                s.kind = DateMention::Span;
                s.start = found[i].start;
                s.end = found[last].end;
                s.iso = canonicalSpan(iso(y1, m1, 1) + "/" + iso(yEnd, m2, daysIn(yEnd, m2)));
                s.yearInferred = found[last].yearInferred;
                out.push_back(s);
                i = last;
                continue;
            }
        }
        out.push_back(found[i]);
    }
    return out;
}

// "Date: Fri, 25 Jan 2019 09:14:31 +0000": a raw e-mail's own header (RFC 5322), in lower case.
std::optional<std::string> mailDate(const icu::UnicodeString& lower) {
    static const Regex pattern("\\b(mon|tue|wed|thu|fri|sat|sun),\\s+(\\d{1,2})\\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\\s+(\\d{4})\\b", false,
                               Regex::Groups::Kept);
    static const icu::UnicodeString months(u"jan feb mar apr may jun jul aug sep oct nov dec");
    if (!pattern.find(lower, 0, lower.length())) return std::nullopt;
    auto& m = pattern.matcher(lower);
    const int day = toInt(group(m, 2)), month = months.indexOf(group(m, 3)) / 4 + 1, year = toInt(group(m, 4));
    if (day < 1 || day > daysIn(year, month)) return std::nullopt;
    return iso(year, month, day);
}

std::optional<std::string> englishDate(const icu::UnicodeString& text) {
    static const Regex pattern(
        "\\b(january|february|march|april|may|june|july|august|september|october|november|december)\\s+(\\d{1,2}),?\\s+(\\d{4})\\b");
    static constexpr std::u16string_view names[] = {u"january", u"february", u"march",     u"april",   u"may",      u"june",
                                                    u"july",    u"august",   u"september", u"october", u"november", u"december"};
    const icu::UnicodeString lower = lowerSameLength(text);
    const Match m = pattern.find(lower, 0, lower.length());
    if (!m) return mailDate(lower);
    int month = 0;
    for (int k = 0; k < 12 && !month; ++k) {
        const icu::UnicodeString name(names[k].data(), static_cast<int32_t>(names[k].size()));
        if (lower.compare(m.start, name.length(), name) == 0) month = k + 1;
    }
    int day = 0, year = 0, p = m.start;
    while (p < m.end && !u_isdigit(lower[p])) ++p;
    for (; p < m.end && u_isdigit(lower[p]); ++p) day = day * 10 + (lower[p] - '0');
    while (p < m.end && !u_isdigit(lower[p])) ++p;
    for (; p < m.end && u_isdigit(lower[p]); ++p) year = year * 10 + (lower[p] - '0');
    if (day < 1 || day > daysIn(year, month)) return std::nullopt;
    char iso[16];
    std::snprintf(iso, sizeof iso, "%04d-%02d-%02d", year, month, day);
    return std::string(iso);
}

}  // namespace svarbrev
