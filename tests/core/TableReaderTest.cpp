#include "Document.hpp"
#include "DomainData.hpp"
#include "Normaliser.hpp"
#include "Segmenter.hpp"
#include "TableReader.hpp"

#include <gtest/gtest.h>

#include <map>

using namespace svarbrev;

namespace {

std::vector<Table> tablesOf(const std::string& text) {
    const Document doc = Document::fromUnits(text, normalise(decodeUnits(text)));
    const Segmentation seg = segment(doc, DomainData::get());
    return readTables(doc, seg, 0, static_cast<int>(seg.lines.size()) - 1, DomainData::get());
}

std::map<std::string, double> cells(const Table& t) {
    std::map<std::string, double> out;
    for (const auto& c : t.cells) if (c.emit) out[c.category] = c.value;
    return out;
}

// A cell's count and its denominator: "55 of 65".
std::string countAndTotal(const TableCell& c) {
    return std::to_string(static_cast<int>(c.value)) + (c.ofTotal ? " of " + std::to_string(static_cast<int>(*c.ofTotal)) : "");
}

// Each emitted cell's count and its denominator, keyed as `key` names the cell.
template <class Key>
std::map<std::string, std::string> countsBy(const Table& t, Key key) {
    std::map<std::string, std::string> out;
    for (const auto& c : t.cells) if (c.emit) out[key(c)] = countAndTotal(c);
    return out;
}

// The same, keyed "category/benefit", for tables that count by benefit.
std::map<std::string, double> cellsByBenefit(const Table& t) {
    std::map<std::string, double> out;
    for (const auto& c : t.cells) if (c.emit) out[c.category + "/" + c.benefit] = c.value;
    return out;
}

TEST(TableReader, LabelCountRowsWithTotal) {
    const auto t = tablesOf("Afslutningsårsag\tAntal\nJob\t4\nFleksjob\t4\nFørtidspension\t10\nDød\t2\nI alt\t20\n");
    ASSERT_EQ(t.size(), 1u);
    EXPECT_EQ(t[0].section, "outcome");
    EXPECT_EQ(cells(t[0]), (std::map<std::string, double>{{"job", 4}, {"fleksjob", 4}, {"foertidspension", 10}, {"doed", 2}, {"total", 20}}));
    EXPECT_TRUE(t[0].warnings.empty());
}

// Benefits down the side, kinds across the top, abbreviated headings; the
// "I alt" row and column are sums, and "–" is no count.
TEST(TableReader, BenefitRowsByKindColumns) {
    const auto t = tablesOf("Ydelse\tVirk.praktik\tMentor\tVejl./opkval.\tMisbrugsbeh.\tI alt\n"
                            "Kontanthjælp\t96\t71\t44\t21\t232\n"
                            "Integrationsydelse\t31\t17\t22\t–\t70\n"
                            "I alt\t127\t88\t66\t21\t302\n");
    ASSERT_EQ(t.size(), 1u);
    EXPECT_EQ(t[0].section, "intervention");
    EXPECT_EQ(cellsByBenefit(t[0]), (std::map<std::string, double>{{"virksomhedspraktik/kontanthjaelp", 96}, {"mentor/kontanthjaelp", 71},
                                                  {"vejledning_opkvalificering/kontanthjaelp", 44}, {"misbrugsbehandling/kontanthjaelp", 21},
                                                  {"virksomhedspraktik/integrationsydelse", 31}, {"mentor/integrationsydelse", 17},
                                                  {"vejledning_opkvalificering/integrationsydelse", 22}}));
}

// A dash list of items that open with their count reads as a table; two
// such items are prose.
TEST(TableReader, ListItemsThatOpenWithTheirCount) {
    const auto t = tablesOf("Frem til 30. juni 2018 har 26 forladt målgruppen:\n\n– 9 i ordinært job\n– 12 på førtidspension\n"
                            "– 3 fraflyttet kommunen\n– 2 afgået ved døden\n");
    ASSERT_EQ(t.size(), 1u);
    EXPECT_EQ(t[0].section, "outcome");
    EXPECT_EQ(cells(t[0]), (std::map<std::string, double>{{"job", 9}, {"foertidspension", 12}, {"flyttet", 3}, {"doed", 2}}));
    EXPECT_TRUE(tablesOf("Vi har:\n\n– 9 i ordinært job\n– 12 på førtidspension\n").empty());
}

// Last year's figures in brackets beside this year's are no counts.
TEST(TableReader, FiguresInBracketsBesideTheCountAreAsides) {
    const auto t = tablesOf("Indsats                          Antal borgere\n"
                            "Virksomhedspraktik               44   (38)\n"
                            "Løntilskud                        7    (5)\n"
                            "Ordinære løntimer (småjob)        5    (–)\n");
    ASSERT_EQ(t.size(), 1u);
    EXPECT_EQ(cells(t[0]), (std::map<std::string, double>{{"virksomhedspraktik", 44}, {"loentilskud", 7}, {"ordinaere_timer", 5}}));
}

// An overview of "label (count)" entries, two to a line, one line with one.
TEST(TableReader, LabelsWithTheirCountsInBrackets) {
    const auto t = tablesOf("    Ordinært job (9)                      Fraflyttet kommunen (6)\n"
                            "    Fleksjob (7)                          Død (1)\n"
                            "    Ressourceforløb (19)\n"
                            "    Førtidspension (11)                   I alt (53)\n");
    ASSERT_EQ(t.size(), 1u);
    EXPECT_EQ(t[0].section, "outcome");
    EXPECT_EQ(cells(t[0]), (std::map<std::string, double>{{"job", 9}, {"flyttet", 6}, {"fleksjob", 7}, {"doed", 1},
                                                          {"ressourceforloeb", 19}, {"foertidspension", 11}, {"total", 53}}));
    EXPECT_TRUE(t[0].warnings.empty());
}

// A scan read column by column: the labels, then as many counts.
TEST(TableReader, ATableReadColumnByColumn) {
    const auto t = tablesOf("Indsats\nVirksomhedspraktik\nMentor\nNytteindsats\nIkke i tilbud\nI alt\n\n"
                            "Antal\n24\n15\n9\n26\n74\n\nHerudover modtager en del af borgerne misbrugsbehandling.\n");
    ASSERT_EQ(t.size(), 1u);
    EXPECT_EQ(t[0].section, "intervention");
    EXPECT_EQ(cells(t[0]), (std::map<std::string, double>{{"virksomhedspraktik", 24}, {"mentor", 15}, {"nytteindsats", 9},
                                                          {"ikke_i_tilbud", 26}}));
    EXPECT_TRUE(t[0].warnings.empty());  // the total row is read, and it adds up
}

// A PDF's table given cell by cell, row after row: the heading cells, then
// each row's label and its figures on lines of their own.
TEST(TableReader, ATableGivenCellByCell) {
    const auto t = tablesOf("Indsats\nAntal\nPct.\nVirksomhedspraktik\n23\n29\nMentor\n14\n18\nIkke i tilbud\n9\n12\nI alt\n46\n59\n\n"
                            "Tre af dem går desuden i behandling.\n");
    ASSERT_EQ(t.size(), 1u);
    EXPECT_EQ(t[0].section, "intervention");
    EXPECT_EQ(cells(t[0]), (std::map<std::string, double>{{"virksomhedspraktik", 23}, {"mentor", 14}, {"ikke_i_tilbud", 9}}));
    EXPECT_TRUE(t[0].warnings.empty());
    // An address or a signature is no such table.
    EXPECT_TRUE(tablesOf("Med venlig hilsen\nJens Hansen\nJobcenterchef\n8\n").empty());
}

// A group heading over tabbed columns that each say what they count: the
// target group, the active ones of it, and their share.
TEST(TableReader, ColumnsThatEachSayWhatTheyCount) {
    const auto t = tablesOf("\tMålgruppe\tAktive i 1. halvår 2018\t\nYdelse\tAntal\tAntal\tPct.\n"
                            "Kontanthjælp\t58\t49\t84\nUddannelseshjælp\t7\t6\t86\nI alt\t65\t55\t85\n");
    ASSERT_EQ(t.size(), 1u);
    std::map<std::string, std::string> got;
    for (const auto& c : t[0].cells) {
        got[c.benefit + "/" + c.section + "/" + c.category] = countAndTotal(c);
    }
    EXPECT_EQ(got, (std::map<std::string, std::string>{
                       {"kontanthjaelp/target_group/over_5_years", "58"}, {"kontanthjaelp/active_intervention/active", "49 of 58"},
                       {"kontanthjaelp/active_intervention/active_share_pct", "84"},
                       {"uddannelseshjaelp/target_group/over_5_years", "7"}, {"uddannelseshjaelp/active_intervention/active", "6 of 7"},
                       {"uddannelseshjaelp/active_intervention/active_share_pct", "86"},
                       {"all/target_group/over_5_years", "65"}, {"all/active_intervention/active", "55 of 65"},
                       {"all/active_intervention/active_share_pct", "85"}}));
}

// A table continued from another: one benefit column beside "I alt", which
// is a sum; a count beside a dash keeps its column's benefit.
TEST(TableReader, ABenefitColumnBesideItsSumAndADash) {
    const auto t = tablesOf("\tAntal borgere\t\nIndsats\tIntegrationsydelse\tI alt\nVirksomhedspraktik\t6\t26\n"
                            "Mentorstøtte\t2\t18\nSundhedsfagligt forløb\t–\t10\nIkke i tilbud\t1\t14\n");
    ASSERT_EQ(t.size(), 1u);
    EXPECT_EQ(cellsByBenefit(t[0]), (std::map<std::string, double>{{"virksomhedspraktik/integrationsydelse", 6}, {"mentor/integrationsydelse", 2},
                                                               {"ikke_i_tilbud/integrationsydelse", 1}}));
}

// Short lines that do not pair up with a run of counts are no table.
TEST(TableReader, ShortLinesWithoutAColumnOfCountsAreNoTable) {
    EXPECT_TRUE(tablesOf("Mentor\nNytteindsats\nLøntilskud\n\nAntal\n24\n15\n9\n3\n").empty());
    EXPECT_TRUE(tablesOf("Med venlig hilsen\nJens Hansen\nJobcenterchef\n\nBilag\n1\n2\n").empty());
}

TEST(TableReader, TotalMismatchIsAWarning) {
    const auto t = tablesOf("Job\t4\nFleksjob\t4\nI alt\t9\n");
    ASSERT_EQ(t.size(), 1u);
    ASSERT_EQ(t[0].warnings.size(), 1u);
    EXPECT_EQ(t[0].warnings[0], "table total 9 does not equal the sum of its rows 8");
}

TEST(TableReader, HeaderRowOverCountRow) {
    const auto t = tablesOf("Antal i alt\tJobparat\tAktivitetsparat - TTA\tAktivitetsparat - afklaring\tUngeCenter\n49\t7\t9\t28\t5\n");
    ASSERT_EQ(t.size(), 1u);
    EXPECT_EQ(t[0].section, "status");
    // "Antal i alt" is the total, checked but no status of its own.
    EXPECT_EQ(cells(t[0]), (std::map<std::string, double>{{"jobparat", 7}, {"aktivitetsparat_tta", 9}, {"aktivitetsparat_afklaring", 28}, {"ungecenter", 5}}));
    EXPECT_TRUE(t[0].warnings.empty());
}

TEST(TableReader, StatisticsTablesAreNoFacts) {
    EXPECT_TRUE(tablesOf("\tHele landet\tBrønderslev\nMaj 2016\t2,9\t3,1\nMaj 2017\t2,2\t1,9\n").empty());
    EXPECT_TRUE(tablesOf("\tDelmål\t\tSlutmål\nMål for fald i antal fuldtidspersoner\t36\t57\t77\n").empty());
}

TEST(TableReader, MarkupAndAlignedColumns) {
    auto t = tablesOf("Ikke i tilbud\t6\nMentor\t5\n<b>I alt</b>\t<b>11</b>\n");
    ASSERT_EQ(t.size(), 1u);
    EXPECT_EQ(t[0].section, "intervention");
    EXPECT_TRUE(t[0].warnings.empty());
    t = tablesOf("Virksomhedspraktik     15\nMentor                 10\n");
    ASSERT_EQ(t.size(), 1u);
    EXPECT_EQ(cells(t[0]), (std::map<std::string, double>{{"virksomhedspraktik", 15}, {"mentor", 10}}));
}

TEST(TableReader, ShareColumnsAreNoCounts) {
    auto t = tablesOf("Indsats\tAntal\tAndel\nMentor\t10\t12,5 %\nVirksomhedspraktik\t30\t37,5 %\n");
    ASSERT_EQ(t.size(), 1u);
    EXPECT_EQ(cells(t[0]), (std::map<std::string, double>{{"mentor", 10}, {"virksomhedspraktik", 30}}));
    t = tablesOf("Indsats\tAntal\tAndel\nMentor\t10\t25\nVirksomhedspraktik\t30\t75\n");
    ASSERT_EQ(t.size(), 1u);
    EXPECT_EQ(cells(t[0]), (std::map<std::string, double>{{"mentor", 10}, {"virksomhedspraktik", 30}}));
}

TEST(TableReader, BenefitColumnsAndBenefitRows) {
    auto t = tablesOf("\tKontanthjælp\tUddannelseshjælp\nMentor\t30\t5\nLøntilskud\t4\t1\n");
    ASSERT_EQ(t.size(), 1u);
    int mentor = 0;
    for (const auto& c : t[0].cells) if (c.category == "mentor") mentor += c.benefit == "kontanthjaelp" ? 30 == c.value : 5 == c.value;
    EXPECT_EQ(mentor, 2);
    t = tablesOf("Kontanthjælp\t41\nUddannelseshjælp\t7\nI alt\t48\n");
    ASSERT_EQ(t.size(), 1u);
    EXPECT_TRUE(t[0].section.empty());
    EXPECT_TRUE(t[0].warnings.empty());
}

// Status labels that explain themselves ("Aktivitetsparat – vurderet til at
// kunne vende tilbage til arbejde (TTA)") still name their category.
TEST(TableReader, LongStatusLabels) {
    const auto t = tablesOf("Visitationskategori\tAntal\nJobparat\t93\n"
                            "Aktivitetsparat – vurderet til at kunne vende tilbage til arbejde (TTA)\t204\n"
                            "Aktivitetsparat – under afklaring\t521\nUnder 30 år, forløb i Ungeindsatsen\t56\nI alt\t874\n");
    ASSERT_EQ(t.size(), 1u);
    EXPECT_EQ(t[0].section, "status");
    EXPECT_EQ(cells(t[0]), (std::map<std::string, double>{{"jobparat", 93}, {"aktivitetsparat_tta", 204}, {"aktivitetsparat_afklaring", 521},
                                                          {"ungecenter", 56}}));
}

// Benefits down the side, kinds across, with small counts withheld ("<5")
// like dashes.
TEST(TableReader, WithheldSmallCountsAreNoCounts) {
    const auto t = tablesOf("Ydelse\tVirksomhedspraktik\tMentor\tLøntilskud\n"
                            "Kontanthjælp\t21\t13\t<5\nIntegrationsydelse\t5\t<5\t–\n");
    ASSERT_EQ(t.size(), 1u);
    EXPECT_EQ(cellsByBenefit(t[0]), (std::map<std::string, double>{{"virksomhedspraktik/kontanthjaelp", 21}, {"mentor/kontanthjaelp", 13},
                                                                   {"virksomhedspraktik/integrationsydelse", 5}}));
}

TEST(TableReader, ACountLeftBesideAMaskedOneIsItsDenominator) {
    const auto t = tablesOf("Ydelse\tAktivitetsparate i alt\tHeraf mindst 5 år\n"
                            "Alle ydelser\t402\t84\nKontanthjælp\t268\t61\nUddannelseshjælp\t71\t<5\nIntegrationsydelse\t63\t19\n");
    ASSERT_EQ(t.size(), 1u);
    std::map<std::string, double> got;
    for (const auto& c : t[0].cells) got[c.benefit] = c.value;
    // "Alle ydelser" is the total row; the 71 is no count of the target group.
    EXPECT_EQ(got, (std::map<std::string, double>{{"all", 84}, {"kontanthjaelp", 61}, {"integrationsydelse", 19}}));
}

TEST(TableReader, AMatrixOfActivityWithTheGroupSizeAndItsTotalRow) {
    const auto t = tablesOf("Ydelse\tMålgruppe\tHar haft aktivt tilbud\tHar ikke haft aktivt tilbud\n"
                            "Alle ydelser\t84\t71\t13\nKontanthjælp\t61\t50\t11\nIntegrationsydelse\t19\t17\t<5\n");
    ASSERT_EQ(t.size(), 1u);
    EXPECT_EQ(t[0].section, "active_intervention");
    const auto got = countsBy(t[0], [](const TableCell& c) { return c.category + "/" + c.benefit; });
    // The group's size is each row's denominator and the target group; the
    // total row counts all benefits, as this section has no total to check.
    EXPECT_EQ(got, (std::map<std::string, std::string>{{"active/all", "71 of 84"}, {"not_active/all", "13 of 84"},
                                                        {"active/kontanthjaelp", "50 of 61"}, {"not_active/kontanthjaelp", "11 of 61"},
                                                        {"active/integrationsydelse", "17 of 19"}, {"over_5_years/all", "84"},
                                                        {"over_5_years/kontanthjaelp", "61"}, {"over_5_years/integrationsydelse", "19"}}));
}

TEST(TableReader, BenefitHeadingsCutOverTwoLinesBesideASpacerColumn) {
    const auto t = tablesOf("Indsats\t\tKontant-\tIntegrations-\tI alt\tHeraf\n"
                            "\t\thjælp\tydelse\t\tover 50 år\n"
                            "Virksomhedspraktik\t\t17\t6\t23\t8\nMentor\t\t9\t0\t9\t5\nI alt\t\t26\t6\t32\t13\n");
    ASSERT_EQ(t.size(), 1u);
    // A zero is no count; the "I alt" row checks each benefit's column.
    EXPECT_EQ(cellsByBenefit(t[0]), (std::map<std::string, double>{{"virksomhedspraktik/kontanthjaelp", 17},
                                                                   {"virksomhedspraktik/integrationsydelse", 6},
                                                                   {"mentor/kontanthjaelp", 9}}));
    EXPECT_TRUE(t[0].warnings.empty()) << t[0].warnings[0];
}

TEST(TableReader, RulesUnderTheHeadingAndAboveTheTotal) {
    const auto t = tablesOf("Status                                      Antal      Pct.\n"
                            "------------------------------------------------------------\n"
                            "Jobparate                                      17        17\n"
                            "Aktivitetsparate – tæt på arbejdsmarkedet      23        24\n"
                            "Aktivitetsparate – under afklaring             49        50\n"
                            "Unge under 30 år i Ungeenheden                  9         9\n"
                            "------------------------------------------------------------\n"
                            "I alt                                          98       100\n");
    ASSERT_EQ(t.size(), 1u);
    EXPECT_EQ(t[0].section, "status");
    EXPECT_EQ(cells(t[0]), (std::map<std::string, double>{{"jobparat", 17}, {"aktivitetsparat_tta", 23}, {"aktivitetsparat_afklaring", 49}, {"ungecenter", 9}}));
    EXPECT_TRUE(t[0].warnings.empty()) << t[0].warnings[0];
}

TEST(TableReader, ABenefitCellMergedDownItsGroupGivesEveryRowUnderItItsBenefit) {
    const auto t = tablesOf("Ydelse\tPrimær indsats\tAntal borgere\n"
                            "Kontanthjælp\tVirksomhedspraktik\t18\n\tMentorforløb\t14\n\tIkke i tilbud\t7\n"
                            "Integrationsydelse\tVirksomhedspraktik\t8\n\tMentorforløb\t5\n"
                            "I alt\t\t52\n");
    ASSERT_EQ(t.size(), 1u);
    EXPECT_EQ(t[0].section, "intervention");
    EXPECT_EQ(cellsByBenefit(t[0]), (std::map<std::string, double>{{"virksomhedspraktik/kontanthjaelp", 18},
                                                                   {"mentor/kontanthjaelp", 14},
                                                                   {"ikke_i_tilbud/kontanthjaelp", 7},
                                                                   {"virksomhedspraktik/integrationsydelse", 8},
                                                                   {"mentor/integrationsydelse", 5}}));
    // The total row sums the groups together.
    EXPECT_TRUE(t[0].warnings.empty()) << t[0].warnings[0];
}

TEST(TableReader, BenefitHeadingsCutOverTwoAlignedLinesOverTheCountColumnsOnly) {
    const auto t = tablesOf("                                  Kontant-   Uddannelses-   Integrations-    I alt\n"
                            "                                  hjælp      hjælp          ydelse\n"
                            "Virksomhedspraktik                   8            1              3            12\n"
                            "Mentor                               4            -              1             5\n"
                            "I alt                               12            1              4            17\n");
    ASSERT_EQ(t.size(), 1u);
    EXPECT_EQ(cellsByBenefit(t[0]), (std::map<std::string, double>{{"virksomhedspraktik/kontanthjaelp", 8},
                                                                   {"virksomhedspraktik/uddannelseshjaelp", 1},
                                                                   {"virksomhedspraktik/integrationsydelse", 3},
                                                                   {"mentor/kontanthjaelp", 4},
                                                                   {"mentor/integrationsydelse", 1}}));
    EXPECT_TRUE(t[0].warnings.empty()) << t[0].warnings[0];
}

// Tables as a PDF gives them: spaces for tabs, single ones where a tab
// stop fell close, and headings wrapped at the page's edge.
TEST(TableReader, AHeadingWrappedAtThePageEdge) {
    const auto t = tablesOf("Primær indsats    Kontanthjælp       Uddannelseshjælp   Integrationsydelse   I\n"
                            "alt\n"
                            "Virksomhedspraktik      38    5      9    52\n"
                            "Mentor      21    4     3     28\n"
                            "I alt 59   9    12    80\n");
    ASSERT_EQ(t.size(), 1u);
    EXPECT_EQ(cellsByBenefit(t[0]), (std::map<std::string, double>{{"virksomhedspraktik/kontanthjaelp", 38}, {"virksomhedspraktik/uddannelseshjaelp", 5},
                                                                   {"virksomhedspraktik/integrationsydelse", 9}, {"mentor/kontanthjaelp", 21},
                                                                   {"mentor/uddannelseshjaelp", 4}, {"mentor/integrationsydelse", 3}}));
}

TEST(TableReader, HeadingCellsSetWithOneSpaceSplitAtTheirCapitals) {
    const auto t = tablesOf("Ydelse      Aktivitetsparate i alt Heraf mindst 5 år\n"
                            "Kontanthjælp      268   71\n"
                            "Uddannelseshjælp 143    9\n"
                            "I alt 411   80\n");
    ASSERT_EQ(t.size(), 1u);
    const auto got = countsBy(t[0], [](const TableCell& c) { return c.benefit.empty() ? "all" : c.benefit; });
    EXPECT_EQ(got, (std::map<std::string, std::string>{{"kontanthjaelp", "71 of 268"}, {"uddannelseshjaelp", "9 of 143"}, {"all", "80 of 411"}}));
}

TEST(TableReader, AWideHeadingWrappedIntoCellsOfItsOwn) {
    const auto t = tablesOf("Ydelse      I alt Virksomhedspraktik      Mentor     Løntilskud   Nytteindsats\n"
                            "      Vejl./opkval.     Sundhedsfagligt forløb Ikke i tilbud\n"
                            "Kontanthjælp      61    21    13    <5    6     <5   9     7\n"
                            "Integrationsydelse      19    5     <5    –     –    7     <5     <5\n");
    ASSERT_EQ(t.size(), 1u);
    const auto got = cellsByBenefit(t[0]);
    EXPECT_EQ(got.at("virksomhedspraktik/kontanthjaelp"), 21);
    EXPECT_EQ(got.at("ikke_i_tilbud/kontanthjaelp"), 7);
    EXPECT_EQ(got.at("vejledning_opkvalificering/integrationsydelse"), 7);
}

// "Pct." under a group heading that says what its counts are is a share.
TEST(TableReader, AShareColumnUnderAGroupHeading) {
    const auto t = tablesOf("      Målgruppe   Aktive i 1. halvår 2018\n"
                            "Ydelse      Antal Antal Pct.\n"
                            "Kontanthjælp      58    49    84\n"
                            "Integrationsydelse      14    13    93\n");
    ASSERT_EQ(t.size(), 1u);
    const auto got = countsBy(t[0], [](const TableCell& c) { return c.section + "/" + c.category + "/" + c.benefit; });
    EXPECT_EQ(got.at("active_intervention/active/kontanthjaelp"), "49 of 58");
    EXPECT_EQ(got.at("active_intervention/active_share_pct/kontanthjaelp"), "84");
    EXPECT_EQ(got.count("active_intervention/active/integrationsydelse"), 1u);
}

TEST(TableReader, AColumnOfAllIsTheTotalOfTheAnswer) {
    const auto t = tablesOf("                        Alle aktivitetsparate    5 år eller mere\n"
                            "Kontanthjælp                              241                 48\n"
                            "Uddannelseshjælp                           88                  6\n");
    ASSERT_EQ(t.size(), 1u);
    const auto got = countsBy(t[0], [](const TableCell& c) { return c.benefit; });
    EXPECT_EQ(got, (std::map<std::string, std::string>{{"kontanthjaelp", "48 of 241"}, {"uddannelseshjaelp", "6 of 88"}}));
}

// "Antal borgere" beside "Heraf på kontanthjælp": the plain column counts
// all benefits, the other its benefit's part.
TEST(TableReader, APlainColumnBesideOneBenefitsColumn) {
    const auto t = tablesOf("Primær indsats\tAntal borgere\tHeraf på kontanthjælp\n"
                            "Virksomhedspraktik\t15\t10\n"
                            "Mentor\t9\t7\n"
                            "I alt\t24\t17\n");
    ASSERT_EQ(t.size(), 1u);
    const auto got = countsBy(t[0], [](const TableCell& c) { return c.category + "/" + c.benefit; });
    EXPECT_EQ(got.at("virksomhedspraktik/all"), "15");
    EXPECT_EQ(got.at("virksomhedspraktik/kontanthjaelp"), "10");
    EXPECT_EQ(got.at("mentor/all"), "9");
}

// Outcomes named by their nouns ("fraflytning", "dødsfald", "andre årsager").
TEST(TableReader, OutcomesNamedByTheirNouns) {
    const auto t = tablesOf("- ordinært job: 10\n- fleksjob: 8\n- fraflytning: 5\n- dødsfald: 1\n- andre årsager: 2\n");
    ASSERT_EQ(t.size(), 1u);
    const auto got = countsBy(t[0], [](const TableCell& c) { return c.category; });
    EXPECT_EQ(got, (std::map<std::string, std::string>{{"job", "10"}, {"fleksjob", "8"}, {"flyttet", "5"}, {"doed", "1"}, {"andet", "2"}}));
}

// Narrow columns headed by cut benefit names ("Kontanthj.", "Uddannelsesh.").
TEST(TableReader, ColumnsHeadedByCutBenefitNames) {
    const auto t = tablesOf("Indsats\tKontanthj.\tUddannelsesh.\tIntegrationsyd.\tI alt\n"
                            "Mentor\t8\t1\t2\t11\n"
                            "Nytteindsats\t3\t2\t1\t6\n"
                            "Sundhed og trivsel\t4\t1\t0\t5\n");
    ASSERT_EQ(t.size(), 1u);
    const auto got = countsBy(t[0], [](const TableCell& c) { return c.category + "/" + c.benefit; });
    EXPECT_EQ(got.at("mentor/kontanthjaelp"), "8");
    EXPECT_EQ(got.at("sundhedsfaglig/kontanthjaelp"), "4");
    EXPECT_EQ(got.at("mentor/uddannelseshjaelp"), "1");
    EXPECT_EQ(got.at("nytteindsats/integrationsydelse"), "1");
}

// A table that answers questions 1 and 3 at once: its column of the group's
// size is the target group by benefit, and the denominator of the rest.
TEST(TableReader, TheGroupsSizeColumnIsTheTargetGroup) {
    const auto t = tablesOf("Ydelse\tMålgruppe\tAktive i 1. halvår 2018\tIkke aktive\n"
                            "Kontanthjælp\t58\t50\t8\n"
                            "Uddannelseshjælp\t7\t6\t1\n"
                            "I alt\t65\t56\t9\n");
    ASSERT_EQ(t.size(), 1u);
    const auto got = countsBy(t[0], [](const TableCell& c) { return c.section + "/" + c.category + "/" + c.benefit; });
    EXPECT_EQ(got.at("target_group/over_5_years/kontanthjaelp"), "58");
    EXPECT_EQ(got.at("target_group/over_5_years/all"), "65");
    EXPECT_EQ(got.at("active_intervention/active/kontanthjaelp"), "50 of 58");
    EXPECT_EQ(got.at("active_intervention/not_active/uddannelseshjaelp"), "1 of 7");
}

// The same table turned: benefits in the columns, and a row of the group's
// size over the rows of its parts.
TEST(TableReader, TheGroupsSizeRowIsTheTargetGroup) {
    const auto t = tablesOf("\tKontanthjælp\tUddannelseshjælp\tIntegrationsydelse\tI alt\n"
                            "Målgruppe pr. 31.7.2018\t45\t5\t14\t64\n"
                            "Aktive i 1. halvår 2018\t38\t5\t12\t55\n"
                            "Ikke aktive\t7\t–\t2\t9\n");
    ASSERT_EQ(t.size(), 1u);
    const auto got = countsBy(t[0], [](const TableCell& c) { return c.section + "/" + c.category + "/" + c.benefit; });
    EXPECT_EQ(got.at("target_group/over_5_years/kontanthjaelp"), "45");
    EXPECT_EQ(got.at("target_group/over_5_years/all"), "64");
    EXPECT_EQ(got.at("active_intervention/active/integrationsydelse"), "12 of 14");
    EXPECT_EQ(got.at("active_intervention/active/all"), "55 of 64");
    EXPECT_EQ(got.at("active_intervention/not_active/kontanthjaelp"), "7 of 45");
}

// Beside the counts by benefit, a column of shares headed by the share it
// holds ("Aktiveringsgrad | 83 %") gives each row's share.
TEST(TableReader, AShareColumnBesideCountsByBenefit) {
    const auto t = tablesOf("Ydelse\tMålgruppe\tAktive\tIkke aktive\tAktiveringsgrad\n"
                            "Kontanthjælp\t132\t110\t22\t83 %\n"
                            "Uddannelseshjælp\t14\t12\t2\t86 %\n"
                            "I alt\t146\t122\t24\t84 %\n");
    ASSERT_EQ(t.size(), 1u);
    const auto got = countsBy(t[0], [](const TableCell& c) { return c.section + "/" + c.category + "/" + c.benefit; });
    EXPECT_EQ(got.at("active_intervention/active/kontanthjaelp"), "110 of 132");
    EXPECT_EQ(got.at("active_intervention/active_share_pct/kontanthjaelp"), "83");
    EXPECT_EQ(got.at("active_intervention/active_share_pct/all"), "84");
    EXPECT_EQ(t[0].warnings, std::vector<std::string>{});
}

TEST(TableReader, LongLabelColonCountLinesInARun) {
    const auto t = tablesOf("Status den 31. juli 2018:\n\nBehandlet på teamets møder i maj–juli 2018: 8\n"
                            "Planlagt til møder i september–november 2018: 12\n"
                            "Under forberedelse (mangler attester eller udtalelser): 9\n\nTeamet mødes hver torsdag.\n");
    ASSERT_EQ(t.size(), 1u);
    const auto got = countsBy(t[0], [](const TableCell& c) { return c.section + "/" + c.category; });
    EXPECT_EQ(got.at("rehab_team/presented"), "8");
    EXPECT_EQ(got.at("rehab_team/planned"), "12");
    EXPECT_EQ(got.at("rehab_team/under_clarification"), "9");
    // One such line alone is prose.
    EXPECT_TRUE(tablesOf("Tallet er opgjort pr. 31. juli 2018 og omfatter borgere med mindst fem års ydelse: 45\n\nTeamet mødes.\n").empty());
}

TEST(TableReader, ARowOfAllTheActivityReadyIsTheBaseOfTheGroupsRow) {
    const auto t = tablesOf("                        Kontanthjælp   Uddannelseshjælp   Integrationsydelse    I alt\n"
                            "Alle aktivitetsparate            212                 64                   58      334\n"
                            "Med 5 år eller mere               29                  3                    9       41\n");
    ASSERT_EQ(t.size(), 1u);
    const auto got = countsBy(t[0], [](const TableCell& c) { return c.section + "/" + c.category + "/" + c.benefit; });
    EXPECT_EQ(got.at("target_group/over_5_years/kontanthjaelp"), "29 of 212");
    EXPECT_EQ(got.at("target_group/over_5_years/all"), "41 of 334");
    EXPECT_EQ(got.size(), 4u);
}

TEST(TableReader, UdenIndsatsIsNoOffer) {
    const auto t = tablesOf("Hovedindsats\tKontanthjælp\tIntegrationsydelse\tSamlet\nMentor\t6\t2\t8\nUden indsats\t3\t1\t4\n"
                            "I alt\t9\t3\t12\n");
    ASSERT_EQ(t.size(), 1u);
    const auto got = countsBy(t[0], [](const TableCell& c) { return c.category + "/" + c.benefit; });
    EXPECT_EQ(got.at("ikke_i_tilbud/kontanthjaelp"), "3");
}

TEST(TableReader, ARowOfSharesUnderBenefitColumns) {
    const auto t = tablesOf("\tKontanthjælp\tUddannelseshjælp\tIntegrationsydelse\tI alt\nI målgruppen\t124\t17\t30\t171\n"
                            "Aktive i 1. halvår 2018\t103\t15\t26\t144\nIkke aktive\t21\t2\t4\t27\n"
                            "Aktiveringsgrad\t83 %\t88 %\t87 %\t84 %\n");
    ASSERT_EQ(t.size(), 1u);
    const auto got = countsBy(t[0], [](const TableCell& c) { return c.section + "/" + c.category + "/" + c.benefit; });
    EXPECT_EQ(got.at("active_intervention/active_share_pct/uddannelseshjaelp"), "88");
    EXPECT_EQ(got.at("active_intervention/active_share_pct/all"), "84");
    EXPECT_EQ(got.at("active_intervention/active/all"), "144 of 171");
    EXPECT_EQ(t[0].warnings, std::vector<std::string>{});
}

// Columns by date: the latest answers, unless a note under the table calls
// it provisional; then the latest final one does.
TEST(TableReader, AProvisionalColumnLeavesTheLatestFinalOne) {
    const std::string head = "Ydelse\t31.12.2017\t30.06.2018\t31.07.2018*\nKontanthjælp\t104\t96\t93\nUddannelseshjælp\t15\t14\t13\nI alt\t119\t110\t106\n";
    auto byBenefit = [](const TableCell& c) { return c.benefit; };
    const auto provisional = tablesOf(head + "\n* Foreløbigt tal.\n");
    ASSERT_EQ(provisional.size(), 1u);
    EXPECT_EQ(countsBy(provisional[0], byBenefit),
              (std::map<std::string, std::string>{{"all", "110"}, {"kontanthjaelp", "96"}, {"uddannelseshjaelp", "14"}}));
    const auto noted = tablesOf(head + "\n* Tallet er opgjort af Jobcenter Køge.\n");
    ASSERT_EQ(noted.size(), 1u);
    EXPECT_EQ(countsBy(noted[0], byBenefit),
              (std::map<std::string, std::string>{{"all", "106"}, {"kontanthjaelp", "93"}, {"uddannelseshjaelp", "13"}}));
}

TEST(TableReader, IntetAktueltTilbudIsNoOffer) {
    const auto t = tablesOf("Forsørgelse\tVirksomhedspraktik\tMentorstøtte\tIntet aktuelt tilbud\tI alt\n"
                            "Kontanthjælp\t22\t13\t14\t49\nUddannelseshjælp\t3\t2\t2\t7\n");
    ASSERT_EQ(t.size(), 1u);
    const auto cells = cellsByBenefit(t[0]);
    EXPECT_EQ(cells.at("ikke_i_tilbud/kontanthjaelp"), 14);
    EXPECT_EQ(cells.at("ikke_i_tilbud/uddannelseshjaelp"), 2);
}

TEST(TableReader, WaitingForDoctorsInformationIsUnderClarification) {
    const auto t = tablesOf("Status\tSager\nBehandlet i 2. kvartal 2018\t6\nVenter på lægeoplysninger\t10\nI alt\t16\n");
    ASSERT_EQ(t.size(), 1u);
    EXPECT_EQ(cells(t[0]).at("under_clarification"), 10);
}

TEST(TableReader, TheGroupBesideAColumnOfAllTheActivityReadyIsOfThem) {
    for (const char* head : {"Ydelse\tAktivitetsparate, alle\tHeraf 5 år og derover\n", "Ydelse\tAktivitetsparate\t5 år og længere\n"}) {
        const auto t = tablesOf(std::string(head) + "Kontanthjælp\t212\t31\nUddannelseshjælp\t64\t5\nI alt\t276\t36\n");
        ASSERT_EQ(t.size(), 1u) << head;
        const auto got = countsBy(t[0], [](const TableCell& c) { return c.category + "/" + c.benefit; });
        EXPECT_EQ(got.at("over_5_years/kontanthjaelp"), "31 of 212") << head;
        EXPECT_EQ(got.at("over_5_years/all"), "36 of 276") << head;
    }
    // Under a row of all the activity-ready, the row of the group is of it.
    const auto t = tablesOf("\tKontanthjælp\tUddannelseshjælp\tI alt\nAlle aktivitetsparate\t212\t64\t276\n"
                            "Med 5 år eller mere\t29\t3\t32\n");
    ASSERT_EQ(t.size(), 1u);
    const auto got = countsBy(t[0], [](const TableCell& c) { return c.category + "/" + c.benefit; });
    EXPECT_EQ(got.at("over_5_years/kontanthjaelp"), "29 of 212");
}

TEST(TableReader, ALabelIsReadBeforeWhatItsBracketAdds) {
    const auto t = tablesOf("Hovedindsatsen den 1. august 2018:\n\n    Virksomhedspraktik: 36\n    Mentor: 20\n"
                            "    Opkvalificering (fx dansk eller matematik): 9\n    Intet tilbud: 25\n");
    ASSERT_EQ(t.size(), 1u);
    const auto got = countsBy(t[0], [](const TableCell& c) { return c.category; });
    EXPECT_EQ(got.at("vejledning_opkvalificering"), "9");
    EXPECT_EQ(got.count("andet"), 0u);
}

// "Løntilsk. = løntilskud. Opkval. = vejledning og opkvalificering." under a
// table: its abbreviated headings read as what they stand for.
TEST(TableReader, ALegendSpellsOutAbbreviatedHeadings) {
    const auto t = tablesOf("| Ydelse | Praktik | Løntilsk. | Opkval. | Sundhed | I alt |\n|---|---:|---:|---:|---:|---:|\n"
                            "| Kontanthjælp | 68 | 8 | 13 | 28 | 117 |\n| Uddannelseshjælp | 7 | 0 | 4 | 2 | 13 |\n\n"
                            "Praktik = virksomhedspraktik. Løntilsk. = løntilskud. Opkval. = vejledning og opkvalificering. "
                            "Sundhed = sundhedsfagligt forløb.\n");
    ASSERT_EQ(t.size(), 1u);
    const auto got = cellsByBenefit(t[0]);
    EXPECT_EQ(got.at("loentilskud/kontanthjaelp"), 8);
    EXPECT_EQ(got.at("vejledning_opkvalificering/uddannelseshjaelp"), 4);
    EXPECT_EQ(got.at("sundhedsfaglig/kontanthjaelp"), 28);
    EXPECT_EQ(got.count("andet/kontanthjaelp"), 0u);
}

// A group heading over three columns on a third heading line ("Heraf mindst 5
// år …" over "I alt  Aktive 1.6.-30.11.  Ikke aktive"), beside headings of
// their own: each column under it says what it counts in its own words.
TEST(TableReader, AThirdHeadingLineUnderAGroupHeading) {
    const auto t = tablesOf("                          Aktivitets-     Heraf mindst 5 år i kontanthjælpssystemet\n"
                            "  Ydelse                  parate i alt    -----------------------------------------\n"
                            "                                          I alt      Aktive 1.6.-30.11.   Ikke aktive\n"
                            "  -------------------------------------------------------------------------------------\n"
                            "  Kontanthjælp                 279          49              42                 7\n"
                            "  Uddannelseshjælp             111           5               4                 1\n");
    ASSERT_EQ(t.size(), 1u);
    const auto got = countsBy(t[0], [](const TableCell& c) { return c.section + "/" + c.category + "/" + c.benefit; });
    EXPECT_EQ(got.at("target_group/over_5_years/kontanthjaelp"), "49 of 279");
    EXPECT_EQ(got.at("active_intervention/active/kontanthjaelp"), "42 of 49");
    EXPECT_EQ(got.at("active_intervention/not_active/uddannelseshjaelp"), "1");
}

// Columns of the municipality's parts ("Nakskov | Maribo", "Afdeling Nord"):
// the municipality's count is their sum (derived), or its own column's
// ("Kommunen") where one stands beside them.
TEST(TableReader, ColumnsOfTheMunicipalitysParts) {
    const auto summed = tablesOf("Primær indsats                       Nakskov    Maribo\n"
                                 "Virksomhedspraktik                        17        12\n"
                                 "Mentor                                    10         7\n"
                                 "Ikke i tilbud                             16        12\n");
    ASSERT_EQ(summed.size(), 1u);
    EXPECT_EQ(cells(summed[0]).at("virksomhedspraktik"), 29);
    EXPECT_EQ(cells(summed[0]).at("ikke_i_tilbud"), 28);
    EXPECT_TRUE(summed[0].cells[0].derived);
    const auto named = tablesOf("Primær indsats          Afdeling Nord    Afdeling Syd\n"
                                "Virksomhedspraktik                 17              12\n"
                                "Mentor                             10               7\n");
    ASSERT_EQ(named.size(), 1u);
    EXPECT_EQ(cells(named[0]).at("mentor"), 17);
    const auto whole = tablesOf("Sagernes status                      Nakskov    Maribo    Kommunen\n"
                                "Behandlet i september 2018                 5         3           8\n"
                                "Under udredning                            2         2           4\n");
    ASSERT_EQ(whole.size(), 1u);
    EXPECT_EQ(cells(whole[0]).at("under_clarification"), 4);
    EXPECT_FALSE(whole[0].cells[0].derived);
}

// A list of why people have no offer: those on sick leave or leave are
// exempt, and with them named the list is of the people without an offer,
// the one owed an offer among them a count of the target group.
TEST(TableReader, ReasonsForNoOfferNameTheOneOwedAnOffer) {
    const auto reasons = tablesOf("• Sygemeldt m. lægeerklæring: 11\n"
                                  "• Barsel/orlov: 3\n"
                                  "• Ikke fritaget, burde have haft tilbud: 1\n");
    ASSERT_EQ(reasons.size(), 1u);
    ASSERT_EQ(reasons[0].cells.size(), 3u);
    const TableCell& owed = reasons[0].cells[2];
    EXPECT_EQ(owed.section, "target_group");
    EXPECT_EQ(owed.category, "without_offer");
    EXPECT_EQ(owed.value, 1);
    EXPECT_FALSE(reasons[0].cells[0].emit);
}

// A benefit's table that answers every question ("Borgere i målgruppen",
// its offers, "Aktive i 2. halvår 2018"): each row is its own question's
// count, the active of the group the table counts; its offers alone are summed.
TEST(TableReader, RowsOfOtherQuestionsAmongTheOffers) {
    const auto t = tablesOf("Borgere i målgruppen pr. 31.12.2018            96\n"
                            "Virksomhedspraktik                              25\n"
                            "Mentor                                          16\n"
                            "Ingen indsats p.t.                              55\n"
                            "Aktive i 2. halvår 2018                         80\n"
                            "Ikke aktive i 2. halvår 2018                    16\n");
    ASSERT_EQ(t.size(), 1u);
    std::map<std::string, std::string> got;
    for (const auto& c : t[0].cells)
        if (c.emit) got[c.section + "/" + c.category] = countAndTotal(c);
    EXPECT_EQ(got, (std::map<std::string, std::string>{{"target_group/over_5_years", "96"},
                                                       {"intervention/virksomhedspraktik", "25"},
                                                       {"intervention/mentor", "16"},
                                                       {"intervention/ikke_i_tilbud", "55"},
                                                       {"active_intervention/active", "80 of 96"},
                                                       {"active_intervention/not_active", "16 of 96"}}));
    EXPECT_TRUE(t[0].warnings.empty());
}

// Rows that are the days a status was taken on: the latest is the status
// now, the rows above it its history.
TEST(TableReader, RowsOfStatusDaysAnswerWithTheLatest) {
    const auto t = tablesOf("Opgjort\tPraktik\tMentor\tIngen indsats\tI alt\n"
                            "31. august 2018\t144\t92\t95\t331\n"
                            "30. september 2018\t143\t91\t92\t326\n"
                            "30. november 2018\t141\t88\t88\t317\n");
    ASSERT_EQ(t.size(), 1u);
    EXPECT_EQ(cells(t[0]), (std::map<std::string, double>{{"virksomhedspraktik", 141}, {"mentor", 88}, {"ikke_i_tilbud", 88}}));
}

// A column of shares of a group ("Pct. af bruttomålgruppen") beside the
// counts does not say what the counts count: the rows still do.
TEST(TableReader, AShareOfTheGroupIsNoColumnOfCounts) {
    const auto tables = tablesOf("Afgangsårsag\tAntal\tPct. af bruttomålgruppen\nOrdinær beskæftigelse\t14\t6,5\nUddannelse\t5\t2,3\n"
                                 "Fleksjob\t9\t4,2\nI alt\t28\t13,0\n");
    ASSERT_EQ(tables.size(), 1u);
    EXPECT_EQ(cells(tables[0]), (std::map<std::string, double>{{"job", 14}, {"uddannelse", 5}, {"fleksjob", 9}, {"total", 28}}));
}

// An outline of "heraf" rows: a part that only names its benefit counts what
// the row over it counts; a part of the group's row is of the group; reasons
// among those without an offer ("heraf på barsel") are no offers.
TEST(TableReader, AnOutlineOfPartsNamedByHeraf) {
    const auto active = tablesOf("Har været i aktivt tilbud i perioden ........ 79\n    heraf på kontanthjælp ........ 54\n"
                                 "Har ikke været i aktivt tilbud i perioden ........ 14\n");
    ASSERT_EQ(active.size(), 1u);
    EXPECT_EQ(countsBy(active[0], [](const TableCell& c) { return c.category + "/" + c.benefit; }),
              (std::map<std::string, std::string>{{"active/", "79"}, {"active/kontanthjaelp", "54"}, {"not_active/", "14"}}));
    const auto team = tablesOf("Kontanthjælpsmodtagere i målgruppen ........ 65\n    heraf bør have sagen forelagt teamet ........ 25\n"
                               "        heraf under afklaring ........ 2\n");
    ASSERT_EQ(team.size(), 1u);
    EXPECT_EQ(countsBy(team[0], [](const TableCell& c) { return c.category; }).at("to_present"), "25 of 65");
    const auto offers = tablesOf("Mentorstøtte ........ 16\nUden tilbud ........ 11\n    heraf sygemeldte ........ 8\n    heraf på barsel ........ 2\n");
    ASSERT_EQ(offers.size(), 1u);
    EXPECT_EQ(cells(offers[0]), (std::map<std::string, double>{{"mentor", 16}, {"ikke_i_tilbud", 11}}));
}

// Offers by benefit with an "I alt" column, and rows of the activity among
// them: the offers' sums count no one, but the active, the not active and
// their share are of all benefits in that column too.
TEST(TableReader, TheActivityRowsTotalColumnAmongOffers) {
    const auto tables = tablesOf("Række\tKontanthjælp\tUddannelseshjælp\tIntegrationsydelse\tI alt\nMålgruppe pr. 28.02.2019\t36\t4\t9\t49\n"
                                 "Virksomhedspraktik\t12\t1\t3\t16\nOpkvalificering og dansk\t2\t1\t3\t6\n"
                                 "Aktive 01.09.2018-28.02.2019\t30\t3\t8\t41\nAktiveringsgrad (%)\t83\t75\t89\t84\n");
    ASSERT_EQ(tables.size(), 1u);
    const auto all = countsBy(tables[0], [](const TableCell& c) { return c.category + "/" + c.benefit; });
    EXPECT_EQ(all.at("vejledning_opkvalificering/kontanthjaelp"), "2");
    EXPECT_EQ(all.at("active/all"), "41 of 49");
    EXPECT_EQ(all.at("active_share_pct/all"), "84");
    EXPECT_EQ(all.count("virksomhedspraktik/all"), 0u);
}

}  // namespace
