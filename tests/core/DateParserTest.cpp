#include "DateParser.hpp"

#include <gtest/gtest.h>

using namespace svarbrev;

namespace {

struct DateCase {
    const char* text;
    int refYear;
    const char* iso;      // of the first mention
    DateMention::Kind kind;
    const char* point;    // pointIso(), "" if none
};

class DateParserCases : public ::testing::TestWithParam<DateCase> {};

TEST_P(DateParserCases, FindsFirstMention) {
    const auto& c = GetParam();
    const auto text = icu::UnicodeString::fromUTF8(c.text);
    const auto found = findDates(text, 0, text.length(), c.refYear);
    ASSERT_FALSE(found.empty()) << c.text;
    EXPECT_EQ(found[0].iso, c.iso) << c.text;
    EXPECT_EQ(found[0].kind, c.kind) << c.text;
    EXPECT_EQ(found[0].pointIso(), c.point) << c.text;
}

INSTANTIATE_TEST_SUITE_P(
    Danish, DateParserCases,
    ::testing::Values(
        DateCase{"Dato: 09-08-2018", 0, "2018-08-09", DateMention::Day, "2018-08-09"},
        DateCase{"Den 23.07.2018", 0, "2018-07-23", DateMention::Day, "2018-07-23"},
        DateCase{"Dato: 18. december 2017", 0, "2017-12-18", DateMention::Day, "2017-12-18"},
        DateCase{"Odder, den 30. VIII. 2018", 0, "2018-08-30", DateMention::Day, "2018-08-30"},
        DateCase{"modtaget 9/8 2018", 0, "2018-08-09", DateMention::Day, "2018-08-09"},
        DateCase{"målgruppen ultimo juni 2018 er", 0, "2018-06", DateMention::Month, "2018-06-30"},
        // Only paragraphs holding a digit are read (a count needs one).
        DateCase{"ved udgangen af juni måned i alt 74 borgere", 2018, "2018-06", DateMention::Month, "2018-06-30"},
        DateCase{"Pr 1. december 2017 har vi", 0, "2017-12-01", DateMention::Day, "2017-12-01"},
        DateCase{"behandlet i 2. halvår af 2018.", 0, "2018-H2", DateMention::HalfYear, ""},
        DateCase{"klargøres i 1. halvår 2019.", 0, "2019-H1", DateMention::HalfYear, ""},
        DateCase{"i 3. kvartal 2018", 0, "2018-Q3", DateMention::Quarter, ""},
        DateCase{"i første halvdel af 2019", 0, "2019-H1", DateMention::HalfYear, ""},
        DateCase{"(perioden fra 1. juli 2017-30. juni 2018)", 0, "2017-07-01/2018-06-30", DateMention::Span, ""},
        DateCase{"I perioden 01.11.17. – 31.12.18. gennemfører", 0, "2017-11-01/2018-12-31", DateMention::Span, ""},
        DateCase{"i perioden fra den 1. juli 2017 til den 30. juni 2018 har", 0, "2017-07-01/2018-06-30", DateMention::Span, ""},
        DateCase{"I perioden 1. januar 2018 – 30. juni 2018 har", 0, "2018-H1", DateMention::Span, ""},
        DateCase{"brev til kommunen den 18. juni stiller", 2018, "2018-06-18", DateMention::Day, "2018-06-18"},
        DateCase{"har kun eksisteret siden 1.1.2014", 0, "2014-01-01", DateMention::Day, "2014-01-01"},
        // A date glued to what comes before it: months are tried at every word start near them.
        DateCase{"i perioden (1. juli 2017-30. juni 2018)", 0, "2017-07-01/2018-06-30", DateMention::Span, ""},
        DateCase{"opgjort (18.december 2017) af", 0, "2017-12-18", DateMention::Day, "2017-12-18"},
        DateCase{"ved udgangen af   juni 2018 i alt", 0, "2018-06", DateMention::Month, "2018-06-30"},
        DateCase{"Ved udgangen af 2017 var der 212", 2018, "2017", DateMention::Year, "2017-12-31"},
        // Two months joined: the span from the first's start to the second's end.
        DateCase{"visiteret til møder i september og oktober 2018, mens 4", 2018, "2018-09-01/2018-10-31", DateMention::Span, ""},
        DateCase{"i december-januar 2019 har 4", 2018, "2018-12-01/2019-01-31", DateMention::Span, ""},
        DateCase{"forelagt teamet i maj, juni og juli 2018: 8", 2018, "2018-05-01/2018-07-31", DateMention::Span, ""},
        DateCase{"har haft et aktivt tilbud mellem 1. februar og 31. juli 2018", 2018, "2018-02-01/2018-07-31", DateMention::Span, ""},
        DateCase{"Berammet til møde i august eller september 2018", 2018, "2018-08-01/2018-09-30", DateMention::Span, ""},
        DateCase{"I perioden januar til og med juni 2018 har 59", 2018, "2018-H1", DateMention::Span, ""},
        DateCase{"fra 1. april t.o.m. 30. september 2018", 2018, "2018-04-01/2018-09-30", DateMention::Span, ""},
        // Two months without a year take the letter's year.
        DateCase{"4 blev forelagt i juni og juli, 6 er booket", 2018, "2018-06-01/2018-07-31", DateMention::Span, ""},
        DateCase{"Booked: 5 sager er booket til møder i Q3 2018.", 0, "2018-Q3", DateMention::Quarter, ""},
        DateCase{"visiteret til teamets møder i 4. kvt. 2018", 0, "2018-Q4", DateMention::Quarter, ""},
        // The first day of a span takes the second's year.
        DateCase{"Aktive 1.3.–31.8.2018", 0, "2018-03-01/2018-08-31", DateMention::Span, ""},
        DateCase{"berammet til et møde i perioden 1/9–31/12 2018.", 0, "2018-09-01/2018-12-31", DateMention::Span, ""},
        // Weeks as Danish calendars number them (ISO: Monday first, week 1 holds 4 January).
        DateCase{"14 er booket til teamets møder i uge 36–39, og", 2018, "2018-09-03/2018-09-30", DateMention::Span, ""},
        DateCase{"sat på i ugerne 40 til 42 i 2018", 0, "2018-10-01/2018-10-21", DateMention::Span, ""},
        // A time of day with seconds is no date.
        DateCase{"Dato: 27. august 2018 kl. 14.05.21 CEST", 0, "2018-08-27", DateMention::Day, "2018-08-27"},
        // A case system's stamp.
        DateCase{"Dato: 2018-08-29", 0, "2018-08-29", DateMention::Day, "2018-08-29"},
        DateCase{"Dato: 23-aug-2018", 0, "2018-08-23", DateMention::Day, "2018-08-23"}),
    [](const ::testing::TestParamInfo<DateCase>& info) { return "case" + std::to_string(info.index); });

// The dates findDates reads in `text` (a letter of 2018), as ISO strings.
std::vector<std::string> isosIn(const icu::UnicodeString& text) {
    std::vector<std::string> out;
    for (const auto& d : findDates(text, 0, text.length(), 2018)) out.push_back(d.iso);
    return out;
}

TEST(DateParser, IgnoresCodesTimesAndInvalidDates) {
    for (const char* s : {"Sags nr.: 15.20.00-G01-88-17", "Torsdag 10.00-17.30", "Telefon 9945 4545", "31.02.2018", "Sagsnr.: 2018-08-29-0042"}) {
        const auto text = icu::UnicodeString::fromUTF8(s);
        for (const auto& d : findDates(text, 0, text.length(), 0)) {
            EXPECT_NE(d.kind, DateMention::Day) << s << " gave " << d.iso;
        }
    }
}

TEST(DateParser, DropsDatesWithoutYearWhenNoReferenceYear) {
    const auto text = icu::UnicodeString::fromUTF8("den 18. juni");
    for (const auto& d : findDates(text, 0, text.length(), 0)) EXPECT_NE(d.kind, DateMention::Day);
}

TEST(DateParser, AnOrdinalBeforeAnotherSharesItsQuarterOrHalfYear) {
    const auto text = icu::UnicodeString::fromUTF8("henholdsvis 8 og 7 sager i 3. og 4. kvartal 2018 og i 1. eller 2. halvår 2019");
    const auto got = isosIn(text);
    EXPECT_EQ(got, (std::vector<std::string>{"2018-Q3", "2018-Q4", "2019-H1", "2019-H2"}));
}

TEST(DateParser, AMonthOnALineWithoutDigits) {
    // A letter that writes its counts in words has its months on such lines.
    const auto text = icu::UnicodeString::fromUTF8("Vi har tolv borgere.\nÉn af dem blev behandlet på teamets møde i maj, og to er booket i september.\n");
    const auto got = isosIn(text);
    EXPECT_EQ(got, (std::vector<std::string>{"2018-05", "2018-09"}));
}

TEST(DateParser, AMonthsMeeting) {
    const auto text = icu::UnicodeString::fromUTF8("Fire blev behandlet på teamets junimøde, og to kommer på septembermøderne. Et januarmøde.\n");
    const auto got = isosIn(text);
    EXPECT_EQ(got, (std::vector<std::string>{"2018-06", "2018-09", "2018-01"}));
    // No month hides in other words.
    const auto other = icu::UnicodeString::fromUTF8("Et marmorbord og en julemåned, et augustinermøde.\n");
    EXPECT_TRUE(findDates(other, 0, other.length(), 2018).empty());
}

// Months across the turn of a year, without years: in a December letter the
// turn ahead ("tid i december eller januar"), in a March letter the one behind.
TEST(DateParser, MonthsAcrossTheTurnOfTheYear) {
    const auto text = icu::UnicodeString::fromUTF8("To har fået tid i december eller januar.");
    EXPECT_EQ(findDates(text, 0, text.length(), 2018, 12).at(0).iso, "2018-12-01/2019-01-31");
    const auto past = icu::UnicodeString::fromUTF8("Fra november til februar blev seks behandlet.");
    EXPECT_EQ(findDates(past, 0, past.length(), 2019, 3).at(0).iso, "2018-11-01/2019-02-28");
}

// A tertial is four months: a span, as the contract has no name for it.
TEST(DateParser, Tertials) {
    const auto text = icu::UnicodeString::fromUTF8("Heraf er 6 behandlet i 2. tertial 2018, og 8 er planlagt i 3. tertial. Første tertial af 2019.\n");
    const auto got = isosIn(text);
    EXPECT_EQ(got, (std::vector<std::string>{"2018-05-01/2018-08-31", "2018-09-01/2018-12-31", "2019-01-01/2019-04-30"}));
}

// A period as the contract writes it, as its first and last day.
TEST(DateParser, ThePeriodsDays) {
    using Days = std::optional<std::pair<std::string, std::string>>;
    EXPECT_EQ(periodDays("2018-Q3"), (Days{{"2018-07-01", "2018-09-30"}}));
    EXPECT_EQ(periodDays("2018-H1"), (Days{{"2018-01-01", "2018-06-30"}}));
    EXPECT_EQ(periodDays("2016-02"), (Days{{"2016-02-01", "2016-02-29"}}));
    EXPECT_EQ(periodDays("2018"), (Days{{"2018-01-01", "2018-12-31"}}));
    EXPECT_EQ(periodDays("2018-03-01/2018-08-31"), (Days{{"2018-03-01", "2018-08-31"}}));
    EXPECT_EQ(periodDays("2018-09-30"), (Days{{"2018-09-30", "2018-09-30"}}));
    EXPECT_EQ(periodDays("uge 35"), std::nullopt);
}

// A heading in capitals names its dates as well.
TEST(DateParser, AHeadingInCapitals) {
    const auto text = icu::UnicodeString::fromUTF8("AKTIVE TILBUD I 3. KVARTAL 2018\nSTATUS PR. 30. SEPTEMBER 2018\nREHABILITERING I 1. HALVÅR 2018\n");
    const auto got = isosIn(text);
    EXPECT_EQ(got, (std::vector<std::string>{"2018-Q3", "2018-09-30", "2018-H1"}));
}

// A month in capitals and one in lower case near it are both read, and the
// words of a period are found in any case ("Halvår", "TERTIAL", "Q2").
TEST(DateParser, CapitalsBesideLowerCase) {
    const auto text = icu::UnicodeString::fromUTF8("STATUS PR. 30. SEPTEMBER 2018 (opgjort 2. oktober 2018)\nSum for 1. Halvår 2018\n"
                                                   "I 1. TERTIAL 2018 og i Q2 2018 samt i årets første seks måneder af 2017\n");
    const auto got = isosIn(text);
    EXPECT_EQ(got, (std::vector<std::string>{"2018-09-30", "2018-10-02", "2018-H1", "2018-01-01/2018-04-30", "2018-Q2", "2017-H1"}));
}

// Abbreviated months joined by a dash keep their dots ("okt.-nov. 2018"),
// and a form's two-digit year after an abbreviation or "halvår" is a year,
// not where a word it counts follows ("i okt. 18 borgere").
TEST(DateParser, AbbreviatedMonthsAndShortYears) {
    EXPECT_EQ(isosIn(icu::UnicodeString::fromUTF8("møder i okt.-nov. 2018")), (std::vector<std::string>{"2018-10-01/2018-11-30"}));
    EXPECT_EQ(isosIn(icu::UnicodeString::fromUTF8("berammet aug.–okt. 18 ....")), (std::vector<std::string>{"2018-08-01/2018-10-31"}));
    EXPECT_EQ(isosIn(icu::UnicodeString::fromUTF8("behandlet i 1. halvår 18 = 19")), (std::vector<std::string>{"2018-H1"}));
    // (In a letter of 2017 the month keeps the letter's year: "18" is the count.)
    const auto text = icu::UnicodeString::fromUTF8("i okt. 18 borgere");
    const auto found = findDates(text, 0, text.length(), 2017);
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].iso.substr(0, 4), "2017");
    EXPECT_LE(found[0].end, 6);
}

// In a letter of January 2019, a date without a year more than four months
// ahead is of the year before: "dit brev af 18. juni", "i maj og juni", "4. kvartal".
TEST(DateParser, AYearlessDateAheadOfTheLetterIsLastYears) {
    const auto text = icu::UnicodeString::fromUTF8("dit brev af 18. juni, behandlet i maj og juni og i 4. kvartal, møde den 16. januar");
    std::vector<std::string> got;
    for (const auto& d : findDates(text, 0, text.length(), 2019, 1)) got.push_back(d.iso);
    EXPECT_EQ(got, (std::vector<std::string>{"2018-06-18", "2018-05-01/2018-06-30", "2018-Q4", "2019-01-16"}));
}

// "Fra 1. juni til 30. november" in February: June is near enough to be this
// year's alone, but a span ends after it starts, so it is last year's too.
TEST(DateParser, AYearlessSpanOfDaysStartsBeforeItEnds) {
    const auto text = icu::UnicodeString::fromUTF8("Fra 1. juni til 30. november har 93 af de 108");
    const auto found = findDates(text, 0, text.length(), 2019, 2);
    ASSERT_FALSE(found.empty());
    EXPECT_EQ(found[0].iso, "2018-06-01/2018-11-30");
}

// An e-mail header's date, as Outlook writes it in English or as the raw
// mail does (RFC 5322).
TEST(DateParser, AnEmailHeadersDate) {
    EXPECT_EQ(englishDate(icu::UnicodeString::fromUTF8("Sent: Monday, August 13, 2018 9:04 AM")).value_or(""), "2018-08-13");
    EXPECT_EQ(englishDate(icu::UnicodeString::fromUTF8("Date: Fri, 25 Jan 2019 09:14:31 +0000")).value_or(""), "2019-01-25");
    EXPECT_FALSE(englishDate(icu::UnicodeString::fromUTF8("Dato: 25. januar 2019")));
}

// "Aktive 1.6.-30.11." in a column heading: a span in the letter's year;
// opening hours ("9.00-15.00.") are none.
TEST(DateParser, AYearlessSpanOfDaysAndMonths) {
    EXPECT_EQ(isosIn(icu::UnicodeString::fromUTF8("Aktive 1.6.-30.11.   Ikke aktive")), (std::vector<std::string>{"2018-06-01/2018-11-30"}));
    EXPECT_TRUE(isosIn(icu::UnicodeString::fromUTF8("Telefontid 9.00-15.00.")).empty());
}

}  // namespace
