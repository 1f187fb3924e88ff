// Passes over a letter's facts once all are read: what one fact says about
// another (a part's benefit, a period named once, an old figure beside its
// update, a complement) and repeats.
#pragma once

#include "DomainData.hpp"
#include "Records.hpp"

#include <string>
#include <vector>

namespace svarbrev {

// A part of the letter under a heading that is a benefit alone ("KONTANTHJÆLP",
// "Uddannelseshjælp"), up to the next heading: [start, end) in the original.
struct BenefitSection {
    std::size_t start, end;
    std::string benefit;
};

// A part that names no benefit ("Otte er sat på dagsordenen") has that of
// the count it is part of (the latest before it), when that one is counted
// for one benefit (breakdowns.tsv).
void inheritWholeBenefit(std::vector<Fact>& facts, const DomainData& data);
// The rest of a group just split ("Af de 63 kontanthjælpsmodtagere har 53
// været i mindst ét aktivt tilbud. 10 har ikke været aktive"): a count that
// names no benefit and with the count before it makes up that one's total,
// as its complement (complements.tsv), is of the same benefit.
void inheritComplementBenefit(std::vector<Fact>& facts, const DomainData& data);
// In a letter that answers for one benefit alone (scopedBenefit), a count
// that names none is of that one, unless another count names another.
void scopeToBenefit(std::vector<Fact>& facts, const std::string& benefit);
// Under a heading that is a benefit alone ("KONTANTHJÆLP" over its four
// answers), a count that names none is of that benefit.
void scopeToBenefitSections(std::vector<Fact>& facts, const std::vector<BenefitSection>& sections);
// A count that names no period, in the answer to a question about one
// period ("De øvrige 18 har ikke været i aktivt tilbud"), is of the period
// the nearest count of that answer names, the one before it first.
void inheritQuestionPeriod(std::vector<Fact>& facts, const DomainData& data);
// Counts of a pool across the benefits (pooled.tsv) are of no one benefit.
void poolAcrossBenefits(std::vector<Fact>& facts, const DomainData& data);
// Counts of people as they stand (undated.tsv) have no period: a time named
// beside one is when they were counted.
void dropPeriodsOfUndated(std::vector<Fact>& facts, const DomainData& data);
// Complements ("70 active" from "4 of 74 not active") and de-duplication.
void deriveAndDedupe(std::vector<Fact>& facts, const DomainData& data);

// Superseded figures: the same count given at an earlier date and at a
// later one ("pr. 31. december 2017" beside "pr. 30. juni 2018", the old
// figures repeated for comparison) is the later one's.
void dropSupersededFigures(std::vector<Fact>& facts);

// Looking back: a share given after this period's for a period that had
// ended before it began ("I 3. kvartal ... godt 87 pct. ... I 1. halvår lå
// andelen på 86 pct.") is the figure it is compared with, not an answer.
void dropSharesOfPastPeriods(std::vector<Fact>& facts, const DomainData& data);
// A row of a table whose columns are periods ("Aktive | 49 | 48" under "1.
// halvår 2018 | 1.7.-30.11.2018"), in the answer to a question about one
// period: the latest column answers it, the others are the figures of before.
void dropEarlierColumnsOfOnePeriod(std::vector<Fact>& facts, const DomainData& data);

// Bases: a count that a later count of the same kind is read against ("i alt
// 164 aktivitetsparate ... Af dem havde 38 været ... i mindst 5 år") is the
// base the part is taken from, not a count of that kind itself.
void dropBasesOfTheirParts(std::vector<Fact>& facts);

// Breakdowns: parts read against a count of their own kind ("6 er fortsat
// under afklaring. I fire af dem venter vi på en speciallægeerklæring, i to
// på ..."; "29 borgere har en mentor; for 11 af dem er mentoren den eneste
// indsats") split it by reason; the count holds them, and with them go the
// other parts of their sentence.
void dropBreakdownsOfACount(std::vector<Fact>& facts);

// Owed offers split by benefit: "Tre havde ingen gyldig fritagelse: to på
// kontanthjælp og én på uddannelseshjælp" records the parts; the sentence's
// count is their sum, told by them.
void dropOwedTotalsSplitByBenefit(std::vector<Fact>& facts);

// Totals over periods: a count that names no period and is the sum of two or
// three of its kind that each name their own ("10 af sagerne er allerede
// behandlet" in a summary, "4 i september" and "6 i 4. kvartal" in the
// answer) is told by its parts.
void dropTotalsOfPeriodParts(std::vector<Fact>& facts);

// Row totals: a table row split by benefit ("Ikke i tilbud | 7 | 1 | 1 | 9")
// records its parts, not its total column; a count of the whole group in
// the prose after it that is that row's sum ("Ni borgere er uden tilbud")
// says the table again and is dropped from `prose` too.
void dropRestatedRowTotals(std::vector<Fact>& prose, const std::vector<Fact>& fromTables);

}  // namespace svarbrev
