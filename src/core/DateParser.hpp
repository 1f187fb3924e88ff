// Finds dates and periods in Danish text: "09-08-2018", "23.07.2018",
// "18. december 2017", "9/8 2018", "ultimo juni", "ved udgangen af juni",
// "2. halvår af 2018", "1. kvartal 2019", spans "1. juli 2017-30. juni 2018".
// A missing year is taken from the reference year (the letter's).
#pragma once

#include <unicode/unistr.h>

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace svarbrev {

struct DateMention {
    enum Kind { Day, Month, HalfYear, Quarter, Year, Span };
    Kind kind = Day;
    int32_t start = 0, end = 0;   // in the text
    std::string iso;              // YYYY-MM-DD, YYYY-MM, YYYY-H1, YYYY-Q3, YYYY, or A/B for spans
    bool yearInferred = false;
    bool endOfPeriod = false;     // "ultimo", "ved udgangen af": the period's last day
    // A point in time usable as as_of (day, or month read as its end).
    std::string pointIso() const;
    bool isPeriod() const { return kind == HalfYear || kind == Quarter || kind == Span; }
    // A month as the span of its days ("2018-09-01/2018-09-30"); empty for other kinds.
    std::string monthSpanIso() const;
    // As a fact's period gives it: a month as the span of its days, else iso.
    std::string periodIso() const { return kind == Month ? monthSpanIso() : iso; }
};

// Whether the n units at w are a month's name, in any case ("juni", "Juni").
bool isMonthWord(const UChar* w, int32_t n);

// referenceYear 0: unknown; dates without a year are then dropped. With the
// letter's month (referenceMonth 1-12), a date without a year that would
// start more than four months after it is of the year before ("dit brev af
// 18. juni" in a letter of January 2019).
std::vector<DateMention> findDates(const icu::UnicodeString& text, int32_t from, int32_t to, int referenceYear, int referenceMonth = 0);

// "Monday, August 13, 2018": a date as an English e-mail header writes it,
// as YYYY-MM-DD; none when the text holds no such date.
std::optional<std::string> englishDate(const icu::UnicodeString& text);

// The first and last day ("YYYY-MM-DD") of a period as the contract writes
// it ("2018", "2018-07", "2018-Q3", "2018-H1", "A/B", a day); none for others.
std::optional<std::pair<std::string, std::string>> periodDays(const std::string& period);

// Highest year among the fully dated mentions of the text (0 if none).
int latestYear(const std::vector<DateMention>& dates);

}  // namespace svarbrev
