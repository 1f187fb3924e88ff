// Table-driven: a sentence inside a minimal letter, and the one fact (or
// none) it must give. Modelled on libphonenumber's NumberContext tests.
#include "Extractor.hpp"
#include "NumberFormat.hpp"

#include <gtest/gtest.h>

#include <map>
#include <set>

using namespace svarbrev;

namespace {

struct FactCase {
    const char* name;
    const char* sentence;
    const char* section;   // "" when no counted fact may come out
    const char* category;
    double value;
    double ofTotal;        // -1: none
    const char* benefit;
    bool approx;
    const char* period;    // "" for none
};

std::string letter(const std::string& body) {
    return "Beskæftigelsesministeriet\nVed Stranden 8\n1061 København K\n\nDato: 1. august 2018\n\nKære minister\n\n" + body +
           "\n\nMed venlig hilsen\n\nAnne Jensen\nBorgmester\n";
}

std::vector<Fact> counted(const Extraction& e) {
    std::vector<Fact> out;
    for (const auto& l : e.letters)
        for (const auto& f : l.facts)
            if (f.value && !f.derived) out.push_back(f);
    return out;
}

class FactCases : public ::testing::TestWithParam<FactCase> {};

TEST_P(FactCases, GivesTheFact) {
    const auto& c = GetParam();
    const std::string text = letter(c.sentence);
    const auto e = extract(text, "t.txt");
    ASSERT_EQ(e.letters.size(), 1u);
    const auto facts = counted(e);
    if (!*c.section) {
        EXPECT_TRUE(facts.empty()) << c.sentence << " gave " << facts[0].category << " " << *facts[0].value;
        return;
    }
    ASSERT_EQ(facts.size(), 1u) << c.sentence;
    const Fact& f = facts[0];
    EXPECT_EQ(f.section, c.section);
    EXPECT_EQ(f.category, c.category);
    EXPECT_DOUBLE_EQ(*f.value, c.value);
    if (c.ofTotal < 0) EXPECT_FALSE(f.ofTotal);
    else { ASSERT_TRUE(f.ofTotal); EXPECT_DOUBLE_EQ(*f.ofTotal, c.ofTotal); }
    EXPECT_EQ(f.benefit, c.benefit);
    EXPECT_EQ(f.approx, c.approx);
    EXPECT_EQ(f.period.value_or(""), c.period);
    // The quote is the sentence of the original text, where start/end say.
    EXPECT_EQ(f.quote, c.sentence);
    EXPECT_EQ(text.find(f.quote), text.find(c.sentence));
}

INSTANTIATE_TEST_SUITE_P(
    Sentences, FactCases,
    ::testing::Values(
        FactCase{"RecipientsInTheGroupBeforeAComparison", "Den 1. november var 26 kontanthjælpsmodtagere i målgruppen, én færre end i juli.", "target_group", "over_5_years", 26, -1, "kontanthjaelp", false, ""},
        FactCase{"AllInTheGroupAgainstAnEarlierCount", "Den 1. november 2018 var der i alt 37 borgere i målgruppen mod 39 den 31. juli.", "target_group", "over_5_years", 37, -1, "all", false, ""},
        FactCase{"UpskillingAndGuidanceInEitherOrder", "Fem borgere er i opkvalificering og vejledning.", "intervention", "vejledning_opkvalificering", 5, -1, "all", false, ""},
        FactCase{"ThereAreNowThreeInTheGroup", "På uddannelseshjælp er der nu tre i målgruppen.", "target_group", "over_5_years", 3, -1, "uddannelseshjaelp", false, ""},
        FactCase{"ActiveAfterMedAndALabel", "Med mindst ét aktivt tilbud i perioden: 121 personer.", "active_intervention", "active", 121, -1, "all", false, ""},
        FactCase{"AllButCountsThoseLeftOut", "I første halvår 2018 har alle på nær nitten af de et hundrede og fire borgere deltaget i mindst ét aktivt tilbud.", "active_intervention", "not_active", 19, 104, "all", false, "2018-H1"},
        FactCase{"ShouldHaveBeenActivated", "Vi havde 9 aktivitetsparate borgere uden fritagelse, der efter lovens regler burde have været aktiveret.", "target_group", "without_offer", 9, -1, "all", false, ""},
        FactCase{"TheLastOneIsOne", "Den sidste burde have været i tilbud.", "target_group", "without_offer", 1, -1, "all", false, ""},
        FactCase{"AModalVerbAfterACount", "7 skulle efter reglerne have været i tilbud.", "target_group", "without_offer", 7, -1, "all", false, ""},
        FactCase{"ARestBetweenDashesOwedByTheRules", "Resten – 3 borgere – skulle ifølge reglerne have haft et tilbud, men deres praktikforløb sluttede i foråret.", "target_group", "without_offer", 3, -1, "all", false, ""},
        FactCase{"AnAdverbBetweenACountAndItsVerb", "De fleste er i tilbud, mens to efter reglerne skulle have været i gang med et tilbud.", "target_group", "without_offer", 2, -1, "all", false, ""},
        FactCase{"CountBetweenDashesAfterAShare", "Knap 40 pct. af kontanthjælpsmodtagerne i målgruppen – 44 personer – bør efter jobcentrets vurdering have deres sag forelagt rehabiliteringsteamet.", "rehab_team", "to_present", 44, -1, "kontanthjaelp", false, ""},
        FactCase{"CountBetweenDashesBeforeItsVerb", "Størstedelen – 64 – modtager kontanthjælp og har været mindst 5 år i systemet.", "target_group", "over_5_years", 64, -1, "kontanthjaelp", false, ""},
        FactCase{"AShareInBracketsBetweenACountAndItsVerb", "Hertil kommer, at 27 (19 pct.) har et mentorforløb.", "intervention", "mentor", 27, -1, "all", false, ""},
        FactCase{"ASmallCountWithheld", "Ansat med løntilskud hos en privat arbejdsgiver er under 5 borgere.", "", "", 0, -1, "", false, ""},
        FactCase{"ASmallCountWithheldInWords", "Færre end fem borgere i målgruppen modtager misbrugsbehandling.", "", "", 0, -1, "", false, ""},
        FactCase{"JustUnderIsAbout", "I virksomhedspraktik er der lige under 5 borgere.", "intervention", "virksomhedspraktik", 5, -1, "all", true, ""},
        FactCase{"NotActiveAfterUden", "Uden aktivt tilbud i perioden: 25 personer.", "active_intervention", "not_active", 25, -1, "all", false, ""},
        FactCase{"SubjectDeIsNoAnaphor", "Da jobcentret talte op, fandt de 38 borgere, der er aktivitetsparate og har været i kontanthjælpssystemet i fem år eller mere.", "target_group", "over_5_years", 38, -1, "all", false, ""},
        FactCase{"CountBeforeIAlt", "Vi har et lille hold – fem i alt – som går i nytteindsats.", "intervention", "nytteindsats", 5, -1, "all", false, ""},
        FactCase{"VerbBeforeItsCount", "I kvartalet deltog 493 borgere i mindst én aktiv indsats – 4 procentpoint over landsgennemsnittet.", "active_intervention", "active", 493, -1, "all", false, ""},
        FactCase{"DigitsOver5Years", "Vi har i alt 74 aktivitetsparate borgere med mere end 5 år i kontanthjælpssystemet.", "target_group", "over_5_years", 74, -1, "all", false, ""},
        FactCase{"NumberWord", "Aktuelt er der otte borgere, som modtager kontanthjælp, og som har været mindst fem år i systemet.", "target_group", "over_5_years", 8, -1, "kontanthjaelp", false, ""},
        FactCase{"CompoundNumberWord", "Der er femogtyve borgere, der har været mindst 5 år på uddannelseshjælp.", "target_group", "over_5_years", 25, -1, "uddannelseshjaelp", false, ""},
        FactCase{"OutOfTotal", "Kontanthjælp: 78 ud af i alt 369 sager har varet over 5 år.", "target_group", "over_5_years", 78, 369, "kontanthjaelp", false, ""},
        FactCase{"SeveralBenefitsIsAll", "Der er ca. 40 modtagere af kontanthjælp og integrationsydelse, der skal have deres sag forelagt rehabiliteringsteamet.", "rehab_team", "to_present", 40, -1, "all", true, ""},
        FactCase{"PlannedHalfYear", "Det forventes, at cirka 25 sager behandles på rehabiliteringsmøde i 2. halvår af 2018.", "rehab_team", "planned", 25, -1, "all", true, "2018-H2"},
        FactCase{"ToPresentAfterAnAside", "To af kontanthjælpsmodtagerne bør efter vores vurdering have deres sag forbi rehabiliteringsteamet.", "rehab_team", "to_present", 2, -1, "kontanthjaelp", false, ""},
        FactCase{"WithoutOfferShouldHaveBeen", "Pr. 1. november 2017 var der 21 aktivitetsparate borgere, som efter reglerne skulle have været i et tilbud, men som ikke var det.", "target_group", "without_offer", 21, -1, "all", false, ""},
        FactCase{"PlannedQuarter", "Vi forventer, at knap 12 borgere får sagen behandlet i rehabiliteringsteamet i 1. kvartal 2019.", "rehab_team", "planned", 12, -1, "all", true, "2019-Q1"},
        FactCase{"ToPresentForbiTheTeam", "Jeg skønner, at omkring ti af kontanthjælpsmodtagerne bør forbi teamet for rehabilitering.", "rehab_team", "to_present", 10, -1, "kontanthjaelp", true, ""},
        FactCase{"SubjectAfterItsVerbJustUnder", "I nytteindsatsen hos kommunens materielgård deltager lige under 10.", "intervention", "nytteindsats", 10, -1, "all", true, ""},
        FactCase{"PlannedComesOnTheMeeting", "Fire sager kommer på rehabiliteringsteamets møder i september 2018.", "rehab_team", "planned", 4, -1, "all", false, "2018-09-01/2018-09-30"},
        FactCase{"WaitingForMedicalCertificates", "For rehabiliteringsteamet gælder, at 9 sager afventer lægeattester.", "rehab_team", "under_clarification", 9, -1, "all", false, ""},
        FactCase{"MedicalInformationBeingGathered", "For de sidste otte sager til rehabiliteringsteamet indhenter vi fortsat lægelige oplysninger.", "rehab_team", "under_clarification", 8, -1, "all", false, ""},
        FactCase{"MonthAsOfIsNoPeriod", "Pr. september 2018 var 12 sager fra målgruppen planlagt til behandling i rehabiliteringsteamet.", "rehab_team", "planned", 12, -1, "all", false, ""},
        FactCase{"UnderClarification", "Tre af disse borgere er under udredning i forhold til forelæggelse af sagen på rehabiliteringsteamet.", "rehab_team", "under_clarification", 3, -1, "all", false, ""},
        FactCase{"WithoutOffer", "Pr. 1. december 2017 har vi 39 aktivitetsparate kontanthjælpsmodtagere, som burde have været i aktivering.", "target_group", "without_offer", 39, -1, "kontanthjaelp", false, ""},
        FactCase{"NotActiveOfTotal", "I perioden 1. juli 2017-30. juni 2018 er der kun fire borgere af de 74, der ikke har været i en aktiv indsats.", "active_intervention", "not_active", 4, 74, "all", false, "2017-07-01/2018-06-30"},
        FactCase{"SharePercent", "Det svarer til, at 95 pct. af gruppen har modtaget en indsats.", "active_intervention", "active_share_pct", 95, -1, "all", false, ""},
        FactCase{"FlereSkalMedGross", "Kommunen havde 106 borgere i bruttomålgruppen for \"Flere skal med\".", "target_group", "flere_skal_med_gross", 106, -1, "all", false, ""},
        FactCase{"SetForAMeeting", "Der er 12 borgere på kontanthjælp, som er sat til møde i rehabiliteringsteamet i 4. kvartal 2018.", "rehab_team", "planned", 12, -1, "kontanthjaelp", false, "2018-Q4"},
        FactCase{"CoordinatedCompound", "Sundheds- og socialfaglige forløb: 11 ud af 104 deltager i forløb hos kommunens sundhedsafdeling.", "intervention", "sundhedsfaglig", 11, 104, "all", false, ""},
        FactCase{"InAllAfterTheNoun", "Der er tale om aktivitetsparate borgere, i alt 47, som har været mindst 5 år i kontanthjælpssystemet.", "target_group", "over_5_years", 47, -1, "all", false, ""},
        FactCase{"TheNumberIs", "Blandt borgerne med mindst 5 år på integrationsydelse er antallet 9.", "target_group", "over_5_years", 9, -1, "integrationsydelse", false, ""},
        FactCase{"GivenActiveOffers", "Der er i perioden givet aktive tilbud til 42 af de 47 borgere.", "active_intervention", "active", 42, 47, "all", false, ""},
        FactCase{"WhatACountIncludesIsNotWhatItCounts", "I sundhedsfaglige forløb, herunder samtaler med psykolog, deltager 7.", "intervention", "sundhedsfaglig", 7, -1, "all", false, ""},
        FactCase{"APlacesOwnPsychologistIsAPsychologist", "Tre af borgerne i sundhedsforløbene taler også med sundhedscentrets psykolog.", "intervention", "psykolog", 3, -1, "all", false, ""},
        FactCase{"ShouldHaveHadAnOffer", "2 borgere er ikke fritaget og skulle derfor have haft et tilbud.", "target_group", "without_offer", 2, -1, "all", false, ""},
        FactCase{"GivenToN", "Mentorstøtte gives til godt 20 af borgerne i målgruppen.", "intervention", "mentor", 20, -1, "all", true, ""},
        FactCase{"ReceivedByN", "Misbrugsbehandling modtages af 4 borgere i målgruppen.", "intervention", "misbrugsbehandling", 4, -1, "all", false, ""},
        FactCase{"NotGoingInTheHalfYear", "23 borgere var ikke i gang i halvåret, og for næsten alle skyldes det sygdom.", "active_intervention", "not_active", 23, -1, "all", false, ""},
        FactCase{"StillNInTheGroup", "Der er stadig seks borgere i gruppen, men det er ikke de samme seks som i juli.", "target_group", "over_5_years", 6, -1, "all", false, ""},
        FactCase{"NEmployed", "I løntilskud er 3 ansat, primært på kommunale arbejdspladser.", "intervention", "loentilskud", 3, -1, "all", false, ""},
        FactCase{"OpMod", "Vi vurderer, at op mod 30 borgere på kontanthjælp bør have deres sag forelagt rehabiliteringsteamet.", "rehab_team", "to_present", 30, -1, "kontanthjaelp", true, ""},
        // Distractors: no fact.
        FactCase{"ThePopulation", "Kommunen har ca. 30.000 indbyggere.", "", "", 0, -1, "", false, ""},
        FactCase{"ARange", "I nytteindsats er der typisk mellem 10 og 12 borgere.", "", "", 0, -1, "", false, ""},
        FactCase{"Phone", "Ring på telefon 87 53 50 00 om kontanthjælp til borgere med mere end 5 år.", "", "", 0, -1, "", false, ""},
        FactCase{"Amount", "Kommunen har afsat 1.020.000 kr. til borgere med mere end 5 år på kontanthjælp.", "", "", 0, -1, "", false, ""},
        FactCase{"Durations", "Alle sager over 3 år på uddannelseshjælp gennemgås hver 4. uge.", "", "", 0, -1, "", false, ""},
        FactCase{"Anaphor", "En del af de 44 borgeres sag er på vej til at blive forelagt rehabiliteringsteamet.", "", "", 0, -1, "", false, ""},
        FactCase{"National", "På landsplan er der 14.000 borgere, der har været på kontanthjælp i mere end 5 år.", "", "", 0, -1, "", false, ""},
        FactCase{"OtherProject", "I projektet deltager 35 borgere, som alle har været på kontanthjælp i over 5 år.", "", "", 0, -1, "", false, ""},
        FactCase{"OwnPool", "I projektet \"Flere skal med\" havde vi 106 borgere i bruttomålgruppen.", "target_group", "flere_skal_med_gross", 106, -1, "all", false, ""},
        FactCase{"Places", "Vi har oprettet 30 nye pladser i virksomhedspraktik til borgere i målgruppen.", "", "", 0, -1, "", false, ""},
        FactCase{"RateOfAMeeting", "Rehabiliteringsteamet kan nu behandle op til seks sager pr. møde fra målgruppen.", "", "", 0, -1, "", false, ""},
        FactCase{"NoCue", "Fra projektets start deltog 29 borgere i forløbet.", "", "", 0, -1, "", false, ""},
        FactCase{"Law", "Efter § 69 j og § 2, stk. 3, skal borgere på kontanthjælp i mere end 5 år have tilbud.", "", "", 0, -1, "", false, ""},
        FactCase{"SubClauseOtherGroup", "Målgruppen i initiativet \"Flere skal med\" udgør 108 borgere - hvoraf indsatsgruppen udgør ca. 50 borgere.", "target_group", "flere_skal_med_gross", 108, -1, "all", false, "" }),
    [](const auto& info) { return std::string(info.param.name); });

// The counts of the one letter, by benefit; every one of the category given.
std::map<std::string, double> countsByBenefit(const Extraction& e, const std::string& category, double confidenceBelow = 2) {
    std::map<std::string, double> got;
    if (e.letters.size() != 1) {
        ADD_FAILURE() << e.letters.size() << " letters";
        return got;
    }
    for (const auto& f : e.letters[0].facts) {
        EXPECT_EQ(f.category, category);
        EXPECT_LT(f.confidence, confidenceBelow);
        got[f.benefit] = *f.value;
    }
    return got;
}

TEST(FactExtractor, AnswerToQuestionOneCountsItsUncuedFigures) {
    auto e = extract(letter("Ad spørgsmål 1\nJobcentret har opgjort, at der aktuelt er 312 borgere i målgruppen (241 på kontanthjælp, "
                            "22 på uddannelseshjælp og 49 på integrationsydelse)."),
                     "t.txt");
    // A guess from the question: flagged.
    EXPECT_EQ(countsByBenefit(e, "over_5_years", 0.6),
              (std::map<std::string, double>{{"all", 312}, {"kontanthjaelp", 241}, {"uddannelseshjaelp", 22}, {"integrationsydelse", 49}}));
    EXPECT_FALSE(e.letters[0].warnings.empty());
    // A cue elsewhere in the sentence: the uncued figure is something else.
    e = extract(letter("Ad spørgsmål 1\nKommunen har i alt 1.200 kontanthjælpsmodtagere, hvoraf 78 har været på kontanthjælp i mere end 5 år."), "t.txt");
    ASSERT_EQ(e.letters.size(), 1u);
    ASSERT_EQ(e.letters[0].facts.size(), 1u);
    EXPECT_DOUBLE_EQ(*e.letters[0].facts[0].value, 78);
}

TEST(FactExtractor, RemainderIsDerived) {
    const auto e = extract(letter("Det forventes, at ca. 25 sager ud af de 40 sager får sag behandlet på rehabiliteringsmøde i 2. halvår af 2018. "
                                  "De resterende forventes at kunne klargøres til behandling i 1. halvår 2019."),
                           "t.txt");
    ASSERT_EQ(e.letters.size(), 1u);
    bool found = false;
    for (const auto& f : e.letters[0].facts) {
        if (f.derived && f.category == "planned") {
            found = true;
            EXPECT_DOUBLE_EQ(*f.value, 15);
            EXPECT_EQ(f.period.value_or(""), "2019-H1");
            EXPECT_TRUE(f.approx);
        }
    }
    EXPECT_TRUE(found);
}

TEST(FactExtractor, ComplementIsDerived) {
    const auto e = extract(letter("Der er kun fire borgere af de 74, der ikke har været i en aktiv indsats."), "t.txt");
    ASSERT_EQ(e.letters.size(), 1u);
    bool found = false;
    for (const auto& f : e.letters[0].facts) {
        if (f.category == "active") {
            found = true;
            EXPECT_TRUE(f.derived);
            EXPECT_DOUBLE_EQ(*f.value, 70);
            EXPECT_DOUBLE_EQ(*f.ofTotal, 74);
        }
    }
    EXPECT_TRUE(found);
}

TEST(FactExtractor, MentionsWithoutCount) {
    const auto e = extract(letter("Borgerne modtager en parallel indsats i form af virksomhedspraktik, mentor og sundhedsfaglige behandlingstilbud."), "t.txt");
    ASSERT_EQ(e.letters.size(), 1u);
    std::set<std::string> kinds;
    for (const auto& f : e.letters[0].facts) {
        EXPECT_FALSE(f.value);
        EXPECT_EQ(f.benefit, "all");
        kinds.insert(f.category);
    }
    EXPECT_EQ(kinds, (std::set<std::string>{"virksomhedspraktik", "mentor", "sundhedsfaglig"}));
}

TEST(FactExtractor, TableWithTotalAndIntroBenefit) {
    const auto e = extract(letter("De borgere der er på **kontanthjælp** er i følgende indsatser:\n\nIkke i tilbud\t44\nMentor\t10\n<b>I alt</b>\t<b>55</b>"), "t.txt");
    ASSERT_EQ(e.letters.size(), 1u);
    const auto& l = e.letters[0];
    ASSERT_EQ(l.facts.size(), 2u);
    for (const auto& f : l.facts) {
        EXPECT_EQ(f.section, "intervention");
        EXPECT_EQ(f.benefit, "kontanthjaelp");
    }
    // 44 + 10 is not 55: a warning, not a silent fix.
    ASSERT_FALSE(l.warnings.empty());
    EXPECT_NE(l.warnings[0].find("55"), std::string::npos);
}

TEST(FactExtractor, TransposedStatusTable) {
    const auto e = extract(letter("Tabellen nedenfor viser, hvordan de tilbageværende borgere på kontanthjælp fordeler sig.\n\n"
                                  "Antal i alt\tJobparat\tAktivitetsparat - TTA\tUngeCenter\n12\t7\t3\t2"),
                           "t.txt");
    ASSERT_EQ(e.letters.size(), 1u);
    std::map<std::string, double> got;
    for (const auto& f : e.letters[0].facts) if (f.section == "status") got[f.category] = *f.value;
    EXPECT_EQ(got, (std::map<std::string, double>{{"jobparat", 7}, {"aktivitetsparat_tta", 3}, {"ungecenter", 2}}));
    EXPECT_TRUE(e.letters[0].warnings.empty());
}

TEST(FactExtractor, BenefitColumns) {
    const auto e = extract(letter("Fordelingen fremgår af tabellen:\n\n\tKontanthjælp\tUddannelseshjælp\nMentor\t30\t5\nLøntilskud\t4\t1"), "t.txt");
    ASSERT_EQ(e.letters.size(), 1u);
    int n = 0;
    for (const auto& f : e.letters[0].facts) {
        if (f.category == "mentor" && f.benefit == "kontanthjaelp") { EXPECT_DOUBLE_EQ(*f.value, 30); ++n; }
        if (f.category == "mentor" && f.benefit == "uddannelseshjaelp") { EXPECT_DOUBLE_EQ(*f.value, 5); ++n; }
    }
    EXPECT_EQ(n, 2);
}

}  // namespace

TEST(FactExtractor, CountsThatNameOnlyABenefitBreakDownTheCountBefore) {
    const auto e = extract(letter("Pr. 31. august 2018 har kommunen 87 aktivitetsparate borgere, som har været mindst 5 år i "
                                  "kontanthjælpssystemet: 61 på kontanthjælp, 9 på uddannelseshjælp og 17 på integrationsydelse."),
                           "t.txt");
    EXPECT_EQ(countsByBenefit(e, "over_5_years"),
              (std::map<std::string, double>{{"all", 87}, {"kontanthjaelp", 61}, {"uddannelseshjaelp", 9}, {"integrationsydelse", 17}}));
}

TEST(FactExtractor, PartOfASetKeepsItsBenefit) {
    auto e = extract(letter("Der er 24 kontanthjælpsmodtagere, hvis sag bør forelægges rehabiliteringsteamet. "
                            "12 af sagerne er planlagt til behandling i 4. kvartal 2018. "
                            "De øvrige 12 sager er under afklaring."),
                     "t.txt");
    ASSERT_EQ(e.letters.size(), 1u);
    std::map<std::string, std::string> benefitOf;
    for (const auto& f : e.letters[0].facts) benefitOf[f.category] = f.benefit;
    EXPECT_EQ(benefitOf["to_present"], "kontanthjaelp");
    EXPECT_EQ(benefitOf["planned"], "kontanthjaelp");
    EXPECT_EQ(benefitOf["under_clarification"], "kontanthjaelp");
}

namespace {

// section/category/benefit -> value, of_total and period of the counted facts.
std::map<std::string, std::string> factsBy(const Extraction& e) {
    std::map<std::string, std::string> out;
    for (const auto& f : counted(e)) {
        out[f.section + "/" + f.category + "/" + f.benefit] =
            std::to_string(static_cast<int>(*f.value)) + (f.ofTotal ? " of " + std::to_string(static_cast<int>(*f.ofTotal)) : "") +
            (f.period ? " in " + *f.period : "");
    }
    return out;
}

// factsBy of a letter around `body` (letter()).
std::map<std::string, std::string> factsOf(const std::string& body) { return factsBy(extract(letter(body), "t.txt")); }

// The values of the derived facts of one category in a letter around `body` (a rest: "Resten ...").
std::vector<int> derivedOf(const std::string& body, const std::string& category) {
    std::vector<int> out;
    for (const auto& l : extract(letter(body), "t.txt").letters)
        for (const auto& f : l.facts)
            if (f.derived && f.category == category) out.push_back(static_cast<int>(*f.value));
    return out;
}

// Whether a letter names `category` without a count.
bool mentions(const Extraction& e, const std::string& category) {
    for (const auto& l : e.letters)
        for (const auto& f : l.facts)
            if (f.category == category && !f.value) return true;
    return false;
}

// category -> value of every fact with a figure, derived ones too.
std::map<std::string, double> valuesBy(const Extraction& e) {
    std::map<std::string, double> out;
    for (const auto& l : e.letters)
        for (const auto& f : l.facts)
            if (f.value) out[f.category] = *f.value;
    return out;
}

TEST(FactExtractor, ActiveInterventionTableSplitsItsTotal) {
    const auto e = extract(letter("3. Aktive indsatser\n\n"
                                  "Borgere i 1. halvår 2018\tAntal\tAndel\n"
                                  "Har deltaget i mindst et aktivt tilbud\t57\t62 %\n"
                                  "Har ikke deltaget i et aktivt tilbud\t35\t38 %\n"
                                  "I alt\t92\t100 %"),
                           "t.txt");
    EXPECT_EQ(factsBy(e), (std::map<std::string, std::string>{{"active_intervention/active/all", "57 of 92 in 2018-H1"},
                                                              {"active_intervention/not_active/all", "35 of 92 in 2018-H1"},
                                                              {"active_intervention/active_share_pct/all", "62 in 2018-H1"}}));
}

TEST(FactExtractor, RehabilitationTableRowsArePhrases) {
    const auto e = extract(letter("4. Rehabiliteringsteamet\n\n"
                                  "Status\tAntal\n"
                                  "Borgere på kontanthjælp, der skal forelægges rehabiliteringsteamet\t24\n"
                                  "- heraf sager under afklaring\t16\n"
                                  "- heraf planlagt til møde i 3. kvartal 2018\t8\n"
                                  "Sager behandlet i rehabiliteringsteamet i 1. halvår 2018\t11"),
                           "t.txt");
    EXPECT_EQ(factsBy(e), (std::map<std::string, std::string>{{"rehab_team/to_present/kontanthjaelp", "24"},
                                                              {"rehab_team/under_clarification/kontanthjaelp", "16"},
                                                              {"rehab_team/planned/kontanthjaelp", "8 in 2018-Q3"},
                                                              {"rehab_team/presented/all", "11 in 2018-H1"}}));
}

TEST(FactExtractor, ColumnHeadedByWhatIsCountedIsReadWithItsDenominator) {
    const auto e = extract(letter("1. Målgruppen\n\n"
                                  "Ydelse\tAlle aktivitetsparate\tHeraf over 5 år\n"
                                  "Kontanthjælp\t300\t50\nIntegrationsydelse\t80\t10\nI alt\t380\t60"),
                           "t.txt");
    EXPECT_EQ(factsBy(e), (std::map<std::string, std::string>{{"target_group/over_5_years/kontanthjaelp", "50 of 300"},
                                                              {"target_group/over_5_years/integrationsydelse", "10 of 80"},
                                                              {"target_group/over_5_years/all", "60 of 380"}}));
}

TEST(FactExtractor, PartsOfTheSetCountedInTheSentenceBefore) {
    const auto e = extract(letter("Vi har ni aktivitetsparate borgere, der har været i kontanthjælpssystemet i fem år eller mere. "
                                  "Otte af dem modtager kontanthjælp, og én modtager integrationsydelse.\n\n"
                                  "Fem af de ni er i virksomhedspraktik, heraf to med en mentor ved siden af."),
                           "t.txt");
    EXPECT_EQ(factsBy(e), (std::map<std::string, std::string>{{"target_group/over_5_years/all", "9"},
                                                              {"target_group/over_5_years/kontanthjaelp", "8 of 9"},
                                                              {"target_group/over_5_years/integrationsydelse", "1"},
                                                              {"intervention/virksomhedspraktik/all", "5 of 9"},
                                                              {"intervention/mentor/all", "2 of 5"}}));
}

TEST(FactExtractor, APartOfATotalNamedBeforeHasTheTotalsBenefit) {
    const auto e = extract(letter("Teamlederne har gennemgået samtlige 52 kontanthjælpssager i målgruppen. "
                                  "Gennemgangen viser, at 17 af de 52 bør have deres sag forelagt rehabiliteringsteamet. "
                                  "Tre af de 17 er allerede behandlet på teamets møde den 23. august 2018."),
                           "t.txt");
    const auto by = factsBy(e);
    EXPECT_EQ(by.at("rehab_team/to_present/kontanthjaelp"), "17 of 52");
    EXPECT_EQ(by.at("rehab_team/presented/kontanthjaelp"), "3 of 17");
    // "de 38" refers back: the benefit after it is the part's, not the total's.
    const auto f = extract(letter("Vi har 38 borgere i målgruppen. Hvis tallet skal deles op, modtager 27 af de 38 kontanthjælp. "
                                  "I første halvår 2018 har 35 af de 38 været i et aktivt tilbud."),
                           "t.txt");
    EXPECT_EQ(factsBy(f).count("active_intervention/active/all"), 1u);
}

TEST(FactExtractor, ThePlanForTheCasesToPresentKeepsTheirBenefit) {
    const auto e = extract(letter("Jobcentret vurderer, at ca. 25 af kontanthjælpsmodtagerne i målgruppen bør have deres sag forelagt "
                                  "rehabiliteringsteamet. Otte sager er sat på dagsordenen i august og september 2018, og 9 afventer "
                                  "lægeattester.\n\nI første halvår 2018 har rehabiliteringsteamet behandlet 14 sager fra målgruppen."),
                           "t.txt");
    const auto by = factsBy(e);
    EXPECT_EQ(by.count("rehab_team/planned/kontanthjaelp"), 1u);
    EXPECT_EQ(by.count("rehab_team/under_clarification/kontanthjaelp"), 1u);
    EXPECT_EQ(by.count("rehab_team/presented/all"), 1u);  // the past half-year's cases: no part of the 25
    // Cases to present counted by benefit side by side: a part may be of either.
    const auto f = extract(letter("Antal der bør forelægges rehabiliteringsteamet:\n\nKontanthjælp\t20\nUddannelseshjælp\t5\n\n"
                                  "Otte sager er sat på dagsordenen i september 2018."),
                           "t.txt");
    EXPECT_EQ(factsBy(f).count("rehab_team/planned/all"), 1u);
}

TEST(FactExtractor, InlineListsOfLabelsAndCounts) {
    const auto e = extract(letter("2. Indsatser\n\nEn borger kan indgå i flere indsatser. Fordelingen er: virksomhedspraktik 41; "
                                  "mentorstøtte 37; småjob med ordinære timer 7; ikke i tilbud 29."),
                           "t.txt");
    EXPECT_EQ(factsBy(e), (std::map<std::string, std::string>{{"intervention/virksomhedspraktik/all", "41"},
                                                              {"intervention/mentor/all", "37"},
                                                              {"intervention/ordinaere_timer/all", "7"},
                                                              {"intervention/ikke_i_tilbud/all", "29"}}));
    // A list on a line of its own after the sentence that introduces it,
    // totals in brackets; "de tre ydelser" is no total of the 1.204.
    const auto f = extract(letter("Af kommunens 1.204 aktivitetsparate modtagere af de tre ydelser har i alt 183 været mindst 5 år "
                                  "i kontanthjælpssystemet. Fordelt på ydelser (antal i alt i parentes):\n\n"
                                  "Kontanthjælp: 141 (af 688); uddannelseshjælp: 12 (af 301)."),
                           "t.txt");
    EXPECT_EQ(factsBy(f), (std::map<std::string, std::string>{{"target_group/over_5_years/all", "183 of 1204"},
                                                              {"target_group/over_5_years/kontanthjaelp", "141 of 688"},
                                                              {"target_group/over_5_years/uddannelseshjaelp", "12 of 301"}}));
}

TEST(FactExtractor, RespectivelyPairsBenefitsWithCountsInOrder) {
    const auto e = extract(letter("Vi har 60 aktivitetsparate borgere, der har været mindst 5 år i kontanthjælpssystemet. "
                                  "Kontanthjælpsmodtagerne er de fleste med 45 borgere, mens modtagere af uddannelseshjælp og "
                                  "integrationsydelse tæller henholdsvis 6 og 9 borgere."),
                           "t.txt");
    EXPECT_EQ(countsByBenefit(e, "over_5_years"), (std::map<std::string, double>{
                                                      {"all", 60}, {"kontanthjaelp", 45}, {"uddannelseshjaelp", 6}, {"integrationsydelse", 9}}));
}

TEST(FactExtractor, CountInBracketsCountsTheBenefitBeforeThem) {
    const auto e = extract(letter("I alt har 70 aktivitetsparate borgere været mindst fem år i kontanthjælpssystemet. "
                                  "Langt de fleste modtager kontanthjælp (52 borgere), mens en mindre gruppe modtager "
                                  "integrationsydelse (11 borgere) eller uddannelseshjælp (7 borgere)."),
                           "t.txt");
    EXPECT_EQ(countsByBenefit(e, "over_5_years"), (std::map<std::string, double>{
                                                      {"all", 70}, {"kontanthjaelp", 52}, {"integrationsydelse", 11}, {"uddannelseshjaelp", 7}}));
}

TEST(FactExtractor, WhatRemainsOfAPartOfTheCountBefore) {
    const auto e = extract(letter("Vi vurderer, at 40 kontanthjælpsmodtagere bør have deres sag forelagt rehabiliteringsteamet. "
                                  "15 af sagerne forventes behandlet i 4. kvartal 2018, mens de resterende er under forberedelse."),
                           "t.txt");
    EXPECT_EQ(factsBy(e), (std::map<std::string, std::string>{{"rehab_team/to_present/kontanthjaelp", "40"},
                                                              {"rehab_team/planned/kontanthjaelp", "15 of 40 in 2018-Q4"}}));
    std::vector<double> derived;
    for (const auto& f : e.letters[0].facts)
        if (f.derived && f.category == "under_clarification") derived.push_back(*f.value);
    EXPECT_EQ(derived, std::vector<double>{25});
    // The rest in the genitive.
    EXPECT_EQ(valuesBy(extract(letter("4. Rehabiliteringsteamet\n\nAf de 39 kontanthjælpsmodtagere bør omkring 15 have deres sag "
                                      "for teamet. Fire af dem blev behandlet i juni, og seks står på listen til møderne i "
                                      "september. For de resterendes vedkommende venter vi stadig på en speciallægeerklæring.\n"),
                               "t.txt"))
                  .at("under_clarification"),
              5);
}

TEST(FactExtractor, ASemicolonPartsSentencesThatStandAlone) {
    // The project's figure is left out; the counts before the semicolon are not.
    const auto e = extract(letter("Vi havde tyve aktivitetsparate borgere, der har været i kontanthjælpssystemet i fem år "
                                  "eller længere, og af dem modtager sytten kontanthjælp og tre integrationsydelse; "
                                  "vi deltager desuden i projektet \"Job i Lillebælt\", hvor 40 borgere får et forløb."),
                           "t.txt");
    EXPECT_EQ(countsByBenefit(e, "over_5_years"), (std::map<std::string, double>{
                                                      {"all", 20}, {"kontanthjaelp", 17}, {"integrationsydelse", 3}}));
}

TEST(FactExtractor, AShareInASentenceOfItsOwnRestatesTheCountBefore) {
    const auto e = extract(letter("I perioden 1. februar - 31. juli 2018 har 247 borgere i målgruppen deltaget i mindst ét "
                                  "aktivt tilbud. Det svarer til 85 % af målgruppen."),
                           "t.txt");
    EXPECT_EQ(factsBy(e), (std::map<std::string, std::string>{
                              {"active_intervention/active/all", "247 in 2018-02-01/2018-07-31"},
                              {"active_intervention/active_share_pct/all", "85 in 2018-02-01/2018-07-31"}}));
}

TEST(FactExtractor, OtherMunicipalitiesAreNoRemainder) {
    const auto e = extract(letter("Vi har 40 aktivitetsparate borgere med mere end 5 år i kontanthjælpssystemet. Heraf modtager "
                                  "30 kontanthjælp. Niveauet svarer til de øvrige sønderjyske kommuner."),
                           "t.txt");
    ASSERT_EQ(e.letters.size(), 1u);
    for (const auto& f : e.letters[0].facts) EXPECT_FALSE(f.derived) << f.category << " " << *f.value;
}

TEST(FactExtractor, CountsInBracketsAfterTheirLabels) {
    const auto e = extract(letter("Borgerne i målgruppen er fordelt på følgende primære tilbud: "
                                  "virksomhedspraktik (17), mentor (12), sundhedsfagligt forløb (8) og ikke i tilbud (11)."),
                           "t.txt");
    EXPECT_EQ(factsBy(e), (std::map<std::string, std::string>{{"intervention/virksomhedspraktik/all", "17"},
                                                              {"intervention/mentor/all", "12"},
                                                              {"intervention/sundhedsfaglig/all", "8"},
                                                              {"intervention/ikke_i_tilbud/all", "11"}}));
}

TEST(FactExtractor, BenefitColumnsUnderRowsThatSayWhatTheyCount) {
    const auto e = extract(letter("Tabellen viser antallet af aktivitetsparate modtagere af de tre ydelser.\n\n"
                                  "\tKontanthjælp\tUddannelseshjælp\tIntegrationsydelse\tI alt\n"
                                  "Aktivitetsparate i alt\t412\t176\t98\t686\n"
                                  "Heraf mindst 5 år\t57\t8\t16\t81\n"
                                  "Andel\t14 %\t5 %\t16 %\t12 %"),
                           "t.txt");
    EXPECT_EQ(factsBy(e), (std::map<std::string, std::string>{{"target_group/over_5_years/kontanthjaelp", "57 of 412"},
                                                              {"target_group/over_5_years/uddannelseshjaelp", "8 of 176"},
                                                              {"target_group/over_5_years/integrationsydelse", "16 of 98"},
                                                              {"target_group/over_5_years/all", "81 of 686"}}));
}

TEST(FactExtractor, HeadingsOverTwoLinesAndRulesBetweenRows) {
    const auto e = extract(letter("Tabellen viser borgernes primære indsats, fordelt på ydelse.\n\n"
                                  "                         Kontant-   Integrations-\n"
                                  "Indsats                     hjælp         ydelse   I alt\n"
                                  "-------------------------------------------------------\n"
                                  "Virksomhedspraktik             58             17      75\n"
                                  "Mentorstøtte                   34              8      42\n"
                                  "-------------------------------------------------------\n"
                                  "I alt                          92             25     117"),
                           "t.txt");
    EXPECT_EQ(factsBy(e), (std::map<std::string, std::string>{{"intervention/virksomhedspraktik/kontanthjaelp", "58"},
                                                              {"intervention/virksomhedspraktik/integrationsydelse", "17"},
                                                              {"intervention/mentor/kontanthjaelp", "34"},
                                                              {"intervention/mentor/integrationsydelse", "8"}}));
}

TEST(FactExtractor, NumberWordPartOfASetIsACount) {
    const auto e = extract(letter("Vi vurderer, at 20 kontanthjælpsmodtagere bør forelægges rehabiliteringsteamet. "
                                  "Tolv af dem er sat på dagsordenen i 4. kvartal 2018."),
                           "t.txt");
    EXPECT_EQ(factsBy(e), (std::map<std::string, std::string>{{"rehab_team/to_present/kontanthjaelp", "20"},
                                                              {"rehab_team/planned/kontanthjaelp", "12 of 20 in 2018-Q4"}}));
}

TEST(FactExtractor, ListItemsBreakDownTheCountBeforeTheirIntro) {
    const auto e = extract(letter("Vi havde 30 aktivitetsparate borgere, som har været mindst 5 år i kontanthjælpssystemet. Det svarer til:\n\n"
                                  "- 20 ud af 140 kontanthjælpsmodtagere,\n- 4 ud af 50 uddannelseshjælpsmodtagere og\n"
                                  "- 6 ud af 30 modtagere af integrationsydelse."),
                           "t.txt");
    EXPECT_EQ(countsByBenefit(e, "over_5_years"), (std::map<std::string, double>{
                                                      {"all", 30}, {"kontanthjaelp", 20}, {"uddannelseshjaelp", 4}, {"integrationsydelse", 6}}));
}

TEST(FactExtractor, TotalRowOfABenefitTableCountsThemAll) {
    const auto e = extract(letter("Antallet af aktivitetsparate borgere, der har modtaget ydelse i mindst 5 år, fordeler sig således:\n\n"
                                  "Kontanthjælp\t41\nIntegrationsydelse\t12\nI alt\t53"),
                           "t.txt");
    EXPECT_EQ(countsByBenefit(e, "over_5_years"),
              (std::map<std::string, double>{{"all", 53}, {"kontanthjaelp", 41}, {"integrationsydelse", 12}}));
}

// "kontanthjælp 109 · uddannelseshjælp 13": each benefit followed by its count.
TEST(FactExtractor, ABenefitFollowedByItsCount) {
    const auto e = extract(letter("Spm. 1 – Antal\nMålgruppe i alt: 146 personer.\n"
                                  "Fordeling på ydelse: kontanthjælp 109 · uddannelseshjælp 13 · integrationsydelse 24."),
                           "t.txt");
    EXPECT_EQ(countsByBenefit(e, "over_5_years"), (std::map<std::string, double>{
                                                      {"all", 146}, {"kontanthjaelp", 109}, {"uddannelseshjaelp", 13}, {"integrationsydelse", 24}}));
}

// "  38  virksomhedspraktik": a list of short lines, each opening with its
// count; the total line is no kind of intervention.
TEST(FactExtractor, ShortLinesThatOpenWithTheirCount) {
    const auto e = extract(letter("Spm. 2 – Indsatser\nPrimær indsats (antal personer):\n\n  38  virksomhedspraktik (LAB § 42)\n"
                                  "   6  løntilskud (LAB § 51)\n  30  ikke i tilbud\n ----\n 74  i alt"),
                           "t.txt");
    std::map<std::string, double> got;
    for (const auto& f : counted(e)) got[f.category] = *f.value;
    EXPECT_EQ(got, (std::map<std::string, double>{{"virksomhedspraktik", 38}, {"loentilskud", 6}, {"ikke_i_tilbud", 30}}));
}

// "27 af de 38 modtager kontanthjælp" in a paragraph of its own: part of the
// 38 counted before, so of its category.
TEST(FactExtractor, PartOfACountNamedEarlierKeepsItsCategory) {
    const auto e = extract(letter("Vi har 38 borgere, der er aktivitetsparate og har været i kontanthjælpssystemet i fem år eller mere.\n\n"
                                  "Det lyder ikke af meget.\n\n"
                                  "Delt op modtager 27 af de 38 kontanthjælp, syv får integrationsydelse, og de sidste fire er på uddannelseshjælp."),
                           "t.txt");
    EXPECT_EQ(countsByBenefit(e, "over_5_years"), (std::map<std::string, double>{
                                                      {"all", 38}, {"kontanthjaelp", 27}, {"uddannelseshjaelp", 4}, {"integrationsydelse", 7}}));
}

// The verb is left out after the list's first item: "benefit af N".
TEST(FactExtractor, AListWhoseVerbIsLeftOutAfterItsFirstItem) {
    const auto e = extract(letter("Spørgsmål 1\nVi har fundet 63 aktivitetsparate borgere, der har været i kontanthjælpssystemet i mere end "
                                  "5 år. Kontanthjælp modtages af 47 af dem, uddannelseshjælp af 5 og integrationsydelse af de sidste 11."),
                           "t.txt");
    EXPECT_EQ(countsByBenefit(e, "over_5_years"), (std::map<std::string, double>{
                                                      {"all", 63}, {"kontanthjaelp", 47}, {"uddannelseshjaelp", 5}, {"integrationsydelse", 11}}));
}

// A terse reply: answers that open with their question's number, short
// forms of the benefits, and an inline list of labels and counts.
TEST(FactExtractor, TerseAnswersByNumberWithShortFormsAndInlineLists) {
    const auto e = extract(letter("Ad 1) 30 borgere (KTH 21, UDH 3, IY 6).\n\nAd 2) Praktik 9, mentor 8, nytte 4, løntilskud 1."), "t.txt");
    std::map<std::string, double> got;
    for (const auto& f : counted(e)) got[f.category + "/" + f.benefit] = *f.value;
    EXPECT_EQ(got, (std::map<std::string, double>{{"over_5_years/all", 30}, {"over_5_years/kontanthjaelp", 21},
                                                  {"over_5_years/uddannelseshjaelp", 3}, {"over_5_years/integrationsydelse", 6},
                                                  {"virksomhedspraktik/all", 9}, {"mentor/all", 8}, {"nytteindsats/all", 4},
                                                  {"loentilskud/all", 1}}));
}

// Participles without their verb, a meeting on a date, and a period that
// stays in its own count's clause.
TEST(FactExtractor, TerseRehabilitationCountsKeepTheirOwnPeriods) {
    const auto e = extract(letter("Ad 4) 9 KTH bør forelægges rehab.teamet. 2 behandlet i juli 2018, 4 på mødet 12/9, 3 mangler lægeattest."), "t.txt");
    std::map<std::string, std::string> got;
    for (const auto& f : counted(e)) got[f.category] = formatNumber(*f.value) + " " + f.period.value_or("-");
    EXPECT_EQ(got, (std::map<std::string, std::string>{{"to_present", "9 -"}, {"presented", "2 2018-07-01/2018-07-31"},
                                                       {"planned", "4 -"}, {"under_clarification", "3 -"}}));
}

// "(402), mens uddannelseshjælp tegner sig for 64 og integrationsydelse for
// 105": a count by its lead words opens a list; each keeps its own benefit.
TEST(FactExtractor, ACountByItsLeadWordsOpensAList) {
    const auto e = extract(letter("Spørgsmål 1\nPr. 1. august 2018 var 571 aktivitetsparate borgere registreret med mindst 5 års ophold i "
                                  "kontanthjælpssystemet. Kontanthjælpsmodtagerne er den klart største gruppe (402), mens "
                                  "uddannelseshjælp tegner sig for 64 og integrationsydelse for 105."),
                           "t.txt");
    EXPECT_EQ(countsByBenefit(e, "over_5_years"), (std::map<std::string, double>{
                                                      {"all", 571}, {"kontanthjaelp", 402}, {"uddannelseshjaelp", 64}, {"integrationsydelse", 105}}));
}

// A heading that names its question in brackets, over a table with
// middle-dot leaders and "pers." after each count.
TEST(FactExtractor, HeadingNamingItsQuestionOverALeaderTable) {
    const auto e = extract(letter("Indsatser i dag (spørgsmål 2)\n-----------------------------\nPrimær indsats pr. 1. juli 2018:\n\n"
                                  "Virksomhedspraktik ······························ 34 pers.\n"
                                  "Løntilskud ······································· 5 pers.\n"
                                  "Ikke i tilbud ··································· 23 pers.\n"
                                  "I alt ············································ 62 pers."),
                           "t.txt");
    std::map<std::string, double> got;
    for (const auto& f : counted(e)) got[f.section + "/" + f.category] = *f.value;
    EXPECT_EQ(got, (std::map<std::string, double>{{"intervention/virksomhedspraktik", 34}, {"intervention/loentilskud", 5},
                                                  {"intervention/ikke_i_tilbud", 23}}));
}

// A count between its verb and participle ("blev 6 behandlet"), each count
// with the period of its own clause, and the one benefit named before them.
TEST(FactExtractor, EachClauseOfARehabilitationBreakdownKeepsItsOwnPeriod) {
    const auto e = extract(letter("Spørgsmål 4\nDet anslåede antal på ca. 35 kontanthjælpsmodtagere er nu gennemgået, og resultatet er, at "
                                  "31 bør have deres sag forelagt rehabiliteringsteamet. Heraf blev 6 behandlet på teamets møder i august "
                                  "2018, 11 er berammet til møder i perioden 1. september – 31. oktober 2018, og for de resterende 14 "
                                  "indhentes der fortsat lægelige oplysninger."),
                           "t.txt");
    std::map<std::string, std::string> got;
    for (const auto& f : counted(e)) {
        got[f.category] = formatNumber(*f.value) + " " + f.benefit + " " + f.period.value_or("-");
    }
    EXPECT_EQ(got, (std::map<std::string, std::string>{{"to_present", "31 kontanthjaelp -"},
                                                       {"presented", "6 kontanthjaelp 2018-08-01/2018-08-31"},
                                                       {"planned", "11 kontanthjaelp 2018-09-01/2018-10-31"},
                                                       {"under_clarification", "14 kontanthjaelp -"}}));
}

// The activity question asks about one half-year: a count of its answer that
// names no period is of the one its other counts name.
TEST(FactExtractor, TheActivityAnswerKeepsTheHalfYearItNamedOnce) {
    const auto e = extract(letter("Spørgsmål 3\n\n74 af de 92 borgere har i 1. halvår 2018 haft mindst ét aktivt tilbud. "
                                  "De øvrige 18 har ikke været i aktivt tilbud, primært på grund af sygdom.\n\n"
                                  "Uden aktivt tilbud i halvåret var derfor 18 borgere."),
                           "t.txt");
    EXPECT_EQ(factsBy(e), (std::map<std::string, std::string>{{"active_intervention/active/all", "74 of 92 in 2018-H1"},
                                                              {"active_intervention/not_active/all", "18 of 92 in 2018-H1"}}));
}

// A caption cut in two ("Tabel 3." and its title) still names the benefit,
// and the team is "teamet" once named.
TEST(FactExtractor, ACaptionNamesTheBenefitOfItsTable) {
    const auto e = extract(letter("4. Rehabiliteringsteamet\n\nResultatet fremgår af tabel 3.\n\n"
                                  "Tabel 3. Kontanthjælpsmodtagere i målgruppen og rehabiliteringsteamet\n\n"
                                  "| Status for sagen                              | Antal sager |\n"
                                  "|-----------------------------------------------|------------:|\n"
                                  "| Bør have sagen forelagt rehabiliteringsteamet |         263 |\n"
                                  "| – heraf behandlet i teamet i 1. halvår 2018   |          71 |\n"
                                  "| – heraf under forberedelse                    |         134 |\n"),
                           "t.txt");
    EXPECT_EQ(factsBy(e), (std::map<std::string, std::string>{{"rehab_team/to_present/kontanthjaelp", "263"},
                                                              {"rehab_team/presented/kontanthjaelp", "71 in 2018-H1"},
                                                              {"rehab_team/under_clarification/kontanthjaelp", "134"}}));
}

// Group headings over a date each ("Heraf mindst 5 år" over last year's and
// this year's column): this year's column is read, with this year's total.
TEST(FactExtractor, LastYearsColumnsUnderAGroupHeadingAreNoFacts) {
    const auto e = extract(letter("Tabel 1. Aktivitetsparate modtagere og heraf mindst 5 år i kontanthjælpssystemet\n\n"
                                  "|                    | Aktivitetsparate i alt      | Heraf mindst 5 år           |\n"
                                  "|                    | 1. aug. 2017 | 1. aug. 2018 | 1. aug. 2017 | 1. aug. 2018 |\n"
                                  "|--------------------|-------------:|-------------:|-------------:|-------------:|\n"
                                  "| Kontanthjælp       |        4 381 |        4 012 |        1 108 |        1 046 |\n"
                                  "| Integrationsydelse |        1 493 |        1 604 |          131 |          176 |\n"
                                  "| I alt              |        5 874 |        5 616 |        1 239 |        1 222 |\n"),
                           "t.txt");
    EXPECT_EQ(factsBy(e), (std::map<std::string, std::string>{{"target_group/over_5_years/kontanthjaelp", "1046 of 4012"},
                                                              {"target_group/over_5_years/integrationsydelse", "176 of 1604"},
                                                              {"target_group/over_5_years/all", "1222 of 5616"}}));
}

// "Flere skal med" told in prose: who left the target group and for what,
// and the status of those still in it, also with a list between them.
TEST(FactExtractor, TheFlereSkalMedStatusInProse) {
    const auto e = extract(letter("Status på \"Flere skal med\"\n\nBruttomålgruppen blev i december 2016 opgjort til 120 borgere. "
                                  "Af disse har 52 pr. 30. juni 2018 forladt målgruppen, idet 7 er overgået til ordinær beskæftigelse, "
                                  "9 til fleksjob og 12 til førtidspension, mens de øvrige 24 er ophørt af andre grunde.\n\n"
                                  "Ordinært job: 7\nFleksjob: 9\nFørtidspension: 12\nAndet: 24\n\n"
                                  "Af de 68 borgere, der fortsat er i målgruppen, er 15 i dag vurderet jobparate, mens 53 stadig er aktivitetsparate."),
                           "t.txt");
    std::map<std::string, std::string> got;
    for (const auto& f : e.letters.at(0).facts) {
        if (f.value && (f.section == "outcome" || f.section == "status")) got[f.section + "/" + f.category] = formatNumber(*f.value);
    }
    EXPECT_EQ(got, (std::map<std::string, std::string>{{"outcome/total", "52"}, {"outcome/job", "7"}, {"outcome/fleksjob", "9"},
                                                       {"outcome/foertidspension", "12"}, {"outcome/andet", "24"},
                                                       {"status/jobparat", "15"}, {"status/aktivitetsparat", "53"}}));
    // The gross target group they left is a count too, not a status.
    EXPECT_EQ(factsBy(e).count("target_group/flere_skal_med_gross/all"), 1u);
}

// A heading that names the question's topic ("1. Målgruppen") opens its
// answer, and a footnote's mark after a count ("112¹") is no part of it.
TEST(FactExtractor, ATopicHeadingOpensItsAnswerAndFootnoteMarksAreDropped) {
    const auto e = extract(letter("1. Målgruppen\n\nOpgørelse pr. 30. juni 2018:\n"
                                  "- Kontanthjælp: 112¹\n- Uddannelseshjælp: 14\n- Integrationsydelse: 31²\n- I alt: 157"),
                           "t.txt");
    EXPECT_EQ(factsBy(e), (std::map<std::string, std::string>{{"target_group/over_5_years/kontanthjaelp", "112"},
                                                              {"target_group/over_5_years/uddannelseshjaelp", "14"},
                                                              {"target_group/over_5_years/integrationsydelse", "31"},
                                                              {"target_group/over_5_years/all", "157"}}));
}

}  // namespace

namespace {

TEST(FactExtractor, TheRestWithoutAWordForWhatTheyAreIsNoFact) {
    const auto e = extract(letter("Ikke i tilbud er 10 borgere. Af de 10 uden tilbud burde 3 have haft et tilbud; de øvrige er sygemeldte."), "t.txt");
    ASSERT_EQ(e.letters.size(), 1u);
    for (const auto& f : e.letters[0].facts) EXPECT_FALSE(f.derived) << f.category << " " << *f.value;
}

TEST(FactExtractor, AFigureGivenForComparisonAnswersNothing) {
    // Under question 1 an uncued count would answer it; beside the answer it does not.
    auto e = extract(letter("Ad spørgsmål 1\nTil sammenligning var målgruppen i foråret 2018 på 52 borgere."), "t.txt");
    ASSERT_EQ(e.letters.size(), 1u);
    EXPECT_TRUE(e.letters[0].facts.empty());
    e = extract(letter("Til orientering havde kommunen på samme tidspunkt 768 aktivitetsparate modtagere af de tre ydelser."), "t.txt");
    EXPECT_TRUE(counted(e).empty());
    // What the team did stays a fact, however it is introduced.
    e = extract(letter("Til sammenligning behandlede rehabiliteringsteamet i første halvår af 2018 niogtyve sager fra målgruppen."), "t.txt");
    EXPECT_EQ(factsBy(e), (std::map<std::string, std::string>{{"rehab_team/presented/all", "29 in 2018-H1"}}));
}

TEST(FactExtractor, AnAnswerThatNamesTheQuestionItAddsTo) {
    const auto e = extract(letter("Ad spørgsmål 4\nRehabiliteringsteamet holder to møder om måneden.\n\n"
                                  "Supplerende til spørgsmål 1: Tallet er 46 borgere."),
                           "t.txt");
    EXPECT_EQ(factsBy(e), (std::map<std::string, std::string>{{"target_group/over_5_years/all", "46"}}));
}

TEST(FactExtractor, AQuestionAndAnswerGridIsReadCellByCell) {
    const std::string text = letter(
        "+----+------------------------------+----------------------------------+\n"
        "| Nr | Ministerens spørgsmål        | Kommunens svar                   |\n"
        "+====+==============================+==================================+\n"
        "| 1  | Hvor mange borgere har I     | Pr. 1. september 2018 i alt 46   |\n"
        "|    | aktuelt i målgruppen?        | borgere. Heraf modtager 33       |\n"
        "|    |                              | kontanthjælp og 10 integrations- |\n"
        "|    |                              | ydelse.                          |\n"
        "+----+------------------------------+----------------------------------+\n"
        "| 3  | Har borgerne modtaget aktive | I 1. halvår 2018 har 39 af de 46 |\n"
        "|    | indsatser?                   | haft mindst ét aktivt tilbud.    |\n"
        "+----+------------------------------+----------------------------------+");
    const auto e = extract(text, "t.txt");
    EXPECT_EQ(factsBy(e), (std::map<std::string, std::string>{{"target_group/over_5_years/all", "46"},
                                                              {"target_group/over_5_years/kontanthjaelp", "33 of 46"},
                                                              {"target_group/over_5_years/integrationsydelse", "10 of 46"},
                                                              {"active_intervention/active/all", "39 of 46 in 2018-H1"}}));
    // A quote is the letter's own text, bars and padding of the lines it spans included.
    for (const auto& f : counted(e)) {
        EXPECT_NE(text.find(f.quote), std::string::npos) << f.quote;
        if (*f.value == 10) EXPECT_NE(f.quote.find("|    |"), std::string::npos) << f.quote;
    }
}

TEST(FactExtractor, ATableTakesThePeriodItsCaptionNames) {
    const auto e = extract(letter("Tabel C. Aktive tilbud i 1. halvår 2018\n\n"
                                  "Ydelse\tMålgruppe\tHar haft aktivt tilbud\tHar ikke haft aktivt tilbud\n"
                                  "Kontanthjælp\t61\t50\t11\nIntegrationsydelse\t19\t17\t2\n"),
                           "t.txt");
    EXPECT_EQ(factsBy(e), (std::map<std::string, std::string>{{"active_intervention/active/kontanthjaelp", "50 of 61 in 2018-H1"},
                                                              {"active_intervention/not_active/kontanthjaelp", "11 of 61 in 2018-H1"},
                                                              {"active_intervention/active/integrationsydelse", "17 of 19 in 2018-H1"},
                                                              {"active_intervention/not_active/integrationsydelse", "2 of 19 in 2018-H1"},
                                                              {"target_group/over_5_years/kontanthjaelp", "61"},
                                                              {"target_group/over_5_years/integrationsydelse", "19"}}));
}

TEST(FactExtractor, FiguresGivenAgainAtALaterDateSupersedeTheOldOnes) {
    const auto e = extract(letter("1. Målgruppen\n\nOpgørelse pr. 31. december 2017 (fra vores svar i januar 2018):\n"
                                  "- Kontanthjælp: 58\n- Integrationsydelse: 19\n- I alt: 77\n\n"
                                  "Opgørelse pr. 30. juni 2018 (aktuel):\n- Kontanthjælp: 51\n- Integrationsydelse: 17\n- I alt: 68\n\n"
                                  "Af de 68 er hhv. 40 mænd og 28 kvinder."),
                           "t.txt");
    EXPECT_EQ(factsBy(e), (std::map<std::string, std::string>{{"target_group/over_5_years/kontanthjaelp", "51"},
                                                              {"target_group/over_5_years/integrationsydelse", "17"},
                                                              {"target_group/over_5_years/all", "68"}}));
}

TEST(FactExtractor, RespectivelyBeforeTheListOfWhatTheCountsAre) {
    auto e = extract(letter("I virksomhedspraktik er 31 borgere, heraf henholdsvis 22, 3 og 6 på kontanthjælp, uddannelseshjælp og integrationsydelse."), "t.txt");
    EXPECT_EQ(factsBy(e), (std::map<std::string, std::string>{{"intervention/virksomhedspraktik/all", "31"},
                                                              {"intervention/virksomhedspraktik/kontanthjaelp", "22 of 31"},
                                                              {"intervention/virksomhedspraktik/uddannelseshjaelp", "3"},
                                                              {"intervention/virksomhedspraktik/integrationsydelse", "6"}}));
    e = extract(letter("\"Flere skal med\"\n\nPr. 31. maj 2018 var 98 af de 164 borgere i bruttomålgruppen fortsat i målgruppen, mens 66 havde forladt den. "
                       "Af de 66 er henholdsvis 12, 4 og 7 kommet i ordinært job, uddannelse og fleksjob. "
                       "Dertil kommer 5, der er fraflyttet kommunen, og 2, der er døde."),
                "t.txt");
    std::map<std::string, double> outcomes;
    for (const auto& f : counted(e))
        if (f.section == "outcome") outcomes[f.category] = *f.value;
    EXPECT_EQ(outcomes, (std::map<std::string, double>{{"total", 66}, {"job", 12}, {"uddannelse", 4}, {"fleksjob", 7}, {"flyttet", 5}, {"doed", 2}}));
}

TEST(FactExtractor, TheRestIsWhatAllTheNamedPartsLeave) {
    const auto e = extract(letter("Vi vurderer, at 26 af kontanthjælpsmodtagerne i målgruppen bør have deres sag forelagt rehabiliteringsteamet. "
                                  "Heraf er 9 allerede behandlet på teamets møder i juni–august 2018, og 10 er visiteret til møder i 4. kvartal 2018. "
                                  "For resten indhenter vi fortsat lægelige oplysninger. De to sidste af de 10 uden tilbud burde have været i tilbud."),
                           "t.txt");
    auto got = valuesBy(e);
    EXPECT_EQ(got["under_clarification"], 7);
    EXPECT_EQ(got["without_offer"], 2);
}

TEST(FactExtractor, TheRestOfABenefitSplitIsTheBenefitItNames) {
    auto e = extract(letter("1. Målgruppen\nGennemgangen, der i alt kom til at omfatte 87 borgere, viste, at gruppen er mere sammensat, end vi havde forventet. "
                            "Langt de fleste af dem modtager kontanthjælp, nemlig 64, mens 9 er på uddannelseshjælp. "
                            "Den resterende del af gruppen modtager integrationsydelse."),
                     "t.txt");
    EXPECT_EQ(factsBy(e), (std::map<std::string, std::string>{{"target_group/over_5_years/all", "87"},
                                                              {"target_group/over_5_years/kontanthjaelp", "64"},
                                                              {"target_group/over_5_years/uddannelseshjaelp", "9"}}));
    std::vector<std::string> derived;
    for (const auto& f : e.letters.at(0).facts)
        if (f.derived) derived.push_back(f.benefit + " " + std::to_string(static_cast<int>(*f.value)));
    EXPECT_EQ(derived, std::vector<std::string>{"integrationsydelse 14"});
    // The benefit the rest names already has its count: nothing to derive.
    e = extract(letter("1. Målgruppen\nVi har 87 borgere i målgruppen. 64 modtager kontanthjælp, 9 integrationsydelse. Resten modtager integrationsydelse."), "t.txt");
    for (const auto& f : e.letters.at(0).facts) EXPECT_FALSE(f.derived) << f.quote;
}

TEST(FactExtractor, AStressedOneBeforeAPersonIsACount) {
    const auto e = extract(letter("3. Indsatser\nKun én borger er ansat med løntilskud. Alle har haft mindst ét aktivt tilbud. "
                                  "Der er en 15 stykker i virksomhedspraktik, heraf tre med ordinære timer."),
                           "t.txt");
    EXPECT_EQ(factsBy(e), (std::map<std::string, std::string>{{"intervention/loentilskud/all", "1"},
                                                              {"intervention/virksomhedspraktik/all", "15"},
                                                              {"intervention/ordinaere_timer/all", "3 of 15"}}));
    for (const auto& f : counted(e)) EXPECT_EQ(f.approx, f.category == "virksomhedspraktik") << f.quote;
}

TEST(FactExtractor, TheLastFewNamedByNumberAreACount) {
    const auto e = extract(letter("4. Rehabiliteringsteamet\nVi vurderer, at 23 af de 64 kontanthjælpsmodtagere bør have deres sag forelagt rehabiliteringsteamet. "
                                  "Fem af sagerne er allerede behandlet på teamets møde. For de sidste tolv afventer vi fortsat lægeerklæringer, "
                                  "og for de resterende 6 venter vi på lægeattester."),
                           "t.txt");
    std::map<std::string, std::string> got;
    for (const auto& f : counted(e)) got[f.category] += std::to_string(static_cast<int>(*f.value)) + " ";
    EXPECT_EQ(got, (std::map<std::string, std::string>{{"to_present", "23 "}, {"presented", "5 "}, {"under_clarification", "12 6 "}}));
}

TEST(FactExtractor, RespectivelyPairsCountsWithPeriods) {
    const auto e = extract(letter("4. Rehabiliteringsteamet\nVi vurderer, at 23 af de 64 kontanthjælpsmodtagere bør have deres sag forelagt rehabiliteringsteamet. "
                                  "Af de øvrige forventer vi at forelægge henholdsvis 8 og 7 sager i 3. og 4. kvartal 2018, mens de sidste 3 afventer en speciallægeerklæring."),
                           "t.txt");
    std::vector<std::string> got;
    for (const auto& f : counted(e)) got.push_back(f.category + " " + std::to_string(static_cast<int>(*f.value)) + (f.period ? " " + *f.period : ""));
    EXPECT_EQ(got, (std::vector<std::string>{"to_present 23", "planned 8 2018-Q3", "planned 7 2018-Q4", "under_clarification 3"}));
}

// The list after "henholdsvis" ends at the comma after its last item; counts
// given "x af y" are paired like bare ones; months are periods to pair with.
TEST(FactExtractor, RespectivelyListsEndAtTheirClauseAndPairTotalsAndMonths) {
    EXPECT_EQ(factsOf("1. Målgruppen\nDen 1. juli 2018 var 44 aktivitetsparate borgere nået op på mindst fem års anciennitet i systemet. "
                      "Af dem modtog henholdsvis 31 og 10 kontanthjælp og integrationsydelse, mens antallet på uddannelseshjælp er under 5."),
              (std::map<std::string, std::string>{{"target_group/over_5_years/all", "44"},
                                                  {"target_group/over_5_years/kontanthjaelp", "31 of 44"},
                                                  {"target_group/over_5_years/integrationsydelse", "10 of 44"}}));
    EXPECT_EQ(factsOf("2. Indsatser\nSom primær indsats er henholdsvis 13, 9, 6 og 6 borgere i virksomhedspraktik, mentorforløb, nytteindsats og "
                      "sundhedsfagligt forløb, mens løntilskud hver har færre end fem."),
              (std::map<std::string, std::string>{{"intervention/virksomhedspraktik/all", "13"},
                                                  {"intervention/mentor/all", "9"},
                                                  {"intervention/nytteindsats/all", "6"},
                                                  {"intervention/sundhedsfaglig/all", "6"}}));
    EXPECT_EQ(factsOf("3. Aktive\nI første halvår 2018 har 38 af de 44 været aktive i et eller flere tilbud. "
                      "Blandt kontanthjælps- og integrationsydelsesmodtagerne er det henholdsvis 27 af 31 og 9 af 10."),
              (std::map<std::string, std::string>{{"active_intervention/active/all", "38 of 44 in 2018-H1"},
                                                  {"active_intervention/active/kontanthjaelp", "27 of 31 in 2018-H1"},
                                                  {"active_intervention/active/integrationsydelse", "9 of 10 in 2018-H1"}}));
    const auto e = extract(letter("4. Rehabiliteringsteamet\nVi vurderer, at 19 af de 31 kontanthjælpsmodtagere bør have deres sag forelagt rehabiliteringsteamet. "
                                  "Af de 19 blev henholdsvis 3 og 6 behandlet i maj og i juni–juli 2018."),
                           "t.txt");
    std::vector<std::string> got;
    for (const auto& f : counted(e)) got.push_back(f.category + " " + std::to_string(static_cast<int>(*f.value)) + (f.period ? " " + *f.period : ""));
    EXPECT_EQ(got, (std::vector<std::string>{"to_present 19", "presented 3 2018-05-01/2018-05-31", "presented 6 2018-06-01/2018-07-31"}));
}

// A table whose columns a legend explains ("(2) Heraf med mindst fem år …"),
// dated by the sentence that says what period the activity figures cover.
TEST(FactExtractor, ATableOfLegendCodesIsReadByItsLegend) {
    EXPECT_EQ(factsOf("Opgørelsesdatoen er 1. juli 2018, og aktivitetstallene gælder første halvår 2018.\n\nTabel 1. Nøgletal pr. ydelse\n\n"
                      "                  (1)     (2)     (3)     (4)\nKontanthjælp      300     120      98      22\nI alt             400     150     120      30\n\n"
                      "(1) Aktivitetsparate modtagere af ydelsen i alt\n(2) Heraf med mindst fem år i kontanthjælpssystemet\n"
                      "(3) Af (2): har været i aktivt tilbud i halvåret\n(4) Af (2): har ikke været i aktivt tilbud\n\nVi står til rådighed."),
              (std::map<std::string, std::string>{{"target_group/over_5_years/kontanthjaelp", "120 of 300"},
                                                  {"target_group/over_5_years/all", "150 of 400"},
                                                  {"active_intervention/active/kontanthjaelp", "98 of 120 in 2018-H1"},
                                                  {"active_intervention/active/all", "120 of 150 in 2018-H1"},
                                                  {"active_intervention/not_active/kontanthjaelp", "22 of 120 in 2018-H1"},
                                                  {"active_intervention/not_active/all", "30 of 150 in 2018-H1"}}));
}

// A traffic light of the team's cases: each colour's count is what the legend says the colour means.
TEST(FactExtractor, ATrafficLightIsReadByItsLegend) {
    const auto e = extract(letter("4. Rehabiliteringsteamet\nJobcentret følger kontanthjælpssagerne i et trafiklys. Farverne betyder:\n\n"
                                  "   GRØN  sagen har været behandlet i teamet mellem 1. maj og 30. juni 2018\n"
                                  "   GUL   sagen har fået en dato på et af teamets møder i september\n"
                                  "   RØD   sagen kan ikke forelægges endnu, fordi der mangler lægelige oplysninger\n\n"
                                  "Den 1. juli 2018 så trafiklyset sådan ud:\n\n   GRØN  ■■■■■■    6\n   GUL   ■■■■       4\n   RØD   ■■         2\n"),
                           "t.txt");
    std::map<std::string, std::string> got;
    for (const auto& f : counted(e)) got[f.category] = std::to_string(static_cast<int>(*f.value)) + (f.period ? " " + *f.period : "") + " | " + f.quote;
    EXPECT_EQ(got["presented"], "6 2018-05-01/2018-06-30 |    GRØN  ■■■■■■    6");
    EXPECT_EQ(got["planned"].substr(0, 2), "4 ");
    EXPECT_EQ(got["under_clarification"].substr(0, 2), "2 ");
}

TEST(FactExtractor, ASentenceAmongCountedInterventionsNamesMoreWithoutCounts) {
    const auto e = extract(letter("Borgernes indsatser i dag\n\nIndsats\tAntal\nVirksomhedspraktik\t25\nMentor\t13\nI alt\t38\n\n"
                                  "En håndfuld af borgerne i virksomhedspraktik har desuden fået nogle ordinære løntimer, "
                                  "og et par stykker modtager misbrugsbehandling.\n\nVi takker for henvendelsen og står til rådighed."),
                           "t.txt");
    std::vector<std::string> mentions;
    for (const auto& f : e.letters.at(0).facts)
        if (!f.value) mentions.push_back(f.section + "/" + f.category);
    std::sort(mentions.begin(), mentions.end());
    EXPECT_EQ(mentions, (std::vector<std::string>{"intervention/misbrugsbehandling", "intervention/ordinaere_timer"}));
}

TEST(FactExtractor, APartOfAPossessedTotal) {
    const auto e = extract(letter("4. Rehabiliteringsteamet\nDet er jobcentrets vurdering, at 14 af målgruppens 45 kontanthjælpsmodtagere bør have deres sag forelagt "
                                  "rehabiliteringsteamet. For de sidste seks mangler vi fortsat lægelige oplysninger."),
                           "t.txt");
    EXPECT_EQ(factsBy(e), (std::map<std::string, std::string>{{"rehab_team/to_present/kontanthjaelp", "14 of 45"},
                                                              {"rehab_team/under_clarification/kontanthjaelp", "6"}}));
}

// "Af de resterende 52 aktivitetsparate vurderes 17 at være tæt på
// arbejdsmarkedet": the status named right after its count, under the noun before.
TEST(FactExtractor, CloseToTheLabourMarketRightAfterItsCount) {
    const auto e = extract(letter("\"Flere skal med\"\n\nBruttomålgruppen blev opgjort til 97 borgere. Pr. 30. juni 2018 er 62 af dem fortsat i "
                                  "målgruppen. 10 er jobparate. Af de resterende 52 aktivitetsparate vurderes 17 at være tæt på arbejdsmarkedet."),
                           "t.txt");
    std::map<std::string, double> status;
    for (const auto& f : counted(e))
        if (f.section == "status") status[f.category] = *f.value;
    EXPECT_EQ(status.count("aktivitetsparat_tta") ? status.at("aktivitetsparat_tta") : -1, 17);
}

TEST(FactExtractor, TheStatusOfThoseStillInTheGroupByItsParateNouns) {
    const auto e = extract(letter("\"Flere skal med\"\n\nBruttomålgruppen blev opgjort til 97 borgere. Pr. 30. juni 2018 er 49 af dem fortsat i målgruppen, "
                                  "mens 48 har forladt den. Af de 49, der fortsat er i målgruppen, er 8 jobparate, 11 aktivitetsparate tæt på "
                                  "arbejdsmarkedet og 26 aktivitetsparate under afklaring, mens 4 er unge under 30 år i Ungeindsatsen."),
                           "t.txt");
    std::map<std::string, double> status;
    for (const auto& f : counted(e))
        if (f.section == "status") status[f.category] = *f.value;
    EXPECT_EQ(status, (std::map<std::string, double>{{"jobparat", 8}, {"aktivitetsparat_tta", 11}, {"aktivitetsparat_afklaring", 26}, {"ungecenter", 4}}));
}

TEST(FactExtractor, TheEarlierFigureOfAChangeIsNoCount) {
    const auto e = extract(letter("Målgruppen af aktivitetsparate borgere med mindst 5 år i kontanthjælpssystemet er faldet fra 43 borgere ved årsskiftet til 36 "
                                  "borgere pr. 1. juli 2018."),
                           "t.txt");
    EXPECT_EQ(factsBy(e), (std::map<std::string, std::string>{{"target_group/over_5_years/all", "36"}}));
    // "fra godt 84 pct. i halvåret før til knap 85 pct.": the approximate earlier share too.
    std::vector<int> shares;
    for (const auto& f : counted(extract(letter("3. Aktive tilbud\nAktiveringsgraden er steget en anelse, fra godt 84 pct. i halvåret før til knap 85 pct."), "t.txt")))
        if (f.category == "active_share_pct") shares.push_back(static_cast<int>(*f.value));
    EXPECT_EQ(shares, std::vector<int>{85});
}

TEST(FactExtractor, OnePersonAsTheSubjectOfAClause) {
    const auto e = extract(letter("Af de 4 borgere i målgruppen har to en mentor, en er i nytteindsats, og en er ikke i tilbud."), "t.txt");
    EXPECT_EQ(factsBy(e), (std::map<std::string, std::string>{{"intervention/mentor/all", "2 of 4"},
                                                              {"intervention/nytteindsats/all", "1 of 4"},
                                                              {"intervention/ikke_i_tilbud/all", "1 of 4"}}));
}

TEST(FactExtractor, AmongThoseNamedBefore) {
    const auto e = extract(letter("Der er 27 aktivitetsparate kontanthjælpsmodtagere, som har været mindst 5 år i kontanthjælpssystemet.\n\nBlandt de 27 kontanthjælpsmodtagere i målgruppen er der 9, "
                                  "hvis sag bør forelægges rehabiliteringsteamet."),
                           "t.txt");
    EXPECT_EQ(factsBy(e).at("rehab_team/to_present/kontanthjaelp"), "9 of 27");
}

TEST(FactExtractor, TheTeamsWorkOnThoseJustCountedAndTheirRest) {
    const auto e = extract(letter("Vi vurderer, at 15 af de 41 kontanthjælpsmodtagere bør have deres sag forelagt rehabiliteringsteamet. "
                                  "4 blev forelagt i juni og juli, 6 er booket til møder i september, og resten er under afklaring."),
                           "t.txt");
    EXPECT_EQ(factsBy(e), (std::map<std::string, std::string>{{"rehab_team/to_present/kontanthjaelp", "15 of 41"},
                                                              {"rehab_team/presented/kontanthjaelp", "4 in 2018-06-01/2018-07-31"},
                                                              {"rehab_team/planned/kontanthjaelp", "6 in 2018-09-01/2018-09-30"}}));
    // The rest is of the 15, not of the 41.
    std::vector<double> rest;
    for (const auto& f : e.letters[0].facts)
        if (f.derived && f.category == "under_clarification") rest.push_back(*f.value);
    EXPECT_EQ(rest, std::vector<double>{5});
}

TEST(FactExtractor, CountsByTheMonthTheyHappenIn) {
    const auto e = extract(letter("9 kontanthjælpsmodtagere bør forelægges rehabiliteringsteamet. Sagerne er planlagt med 2 i august, 3 i "
                                  "september og 1 i oktober 2018."),
                           "t.txt");
    std::multiset<std::string> planned;
    for (const auto& f : counted(e))
        if (f.category == "planned") planned.insert(std::to_string(static_cast<int>(*f.value)) + " in " + f.period.value_or(""));
    EXPECT_EQ(planned, (std::multiset<std::string>{"2 in 2018-08-01/2018-08-31", "3 in 2018-09-01/2018-09-30", "1 in 2018-10-01/2018-10-31"}));
}

TEST(FactExtractor, ATargetGroupWrittenAsASumWithBenefitsInBrackets) {
    const auto e = extract(letter("Målgruppen af aktivitetsparate med mindst 5 år i kontanthjælpssystemet pr. 1. august 2018: 41 (kontanthjælp) "
                                  "+ 6 (uddannelseshjælp) + 11 (integrationsydelse) = 58 borgere."),
                           "t.txt");
    const auto by = factsBy(e);
    EXPECT_EQ(by.at("target_group/over_5_years/kontanthjaelp"), "41");
    EXPECT_EQ(by.at("target_group/over_5_years/uddannelseshjaelp"), "6");
    EXPECT_EQ(by.at("target_group/over_5_years/integrationsydelse"), "11");
}

TEST(FactExtractor, TheMemberThatOpensAListOfCounts) {
    const auto e = extract(letter("Aktuelt er 14 i virksomhedspraktik, 12 har en mentor, og 3 er ansat med løntilskud."), "t.txt");
    EXPECT_EQ(factsBy(e), (std::map<std::string, std::string>{{"intervention/virksomhedspraktik/all", "14"},
                                                              {"intervention/mentor/all", "12"},
                                                              {"intervention/loentilskud/all", "3"}}));
}

TEST(FactExtractor, AnOrdinalAtALineEndRunsOnIntoItsNoun) {
    const auto e = extract(letter("Vi kan dog allerede nu oplyse, at rehabiliteringsteamet i 1.\nhalvår 2018 har behandlet 6 sager fra målgruppen."), "t.txt");
    EXPECT_EQ(factsBy(e), (std::map<std::string, std::string>{{"rehab_team/presented/all", "6 in 2018-H1"}}));
}

TEST(FactExtractor, PartOfTheGroupTheSentenceBeforePointsBackTo) {
    const auto e = extract(letter("Vi har nu gennemgået sagerne for de 31 kontanthjælpsmodtagere i målgruppen. 11 af dem bør efter vores vurdering "
                                  "have deres sag forelagt rehabiliteringsteamet. 3 blev behandlet på teamets møde den 16. august 2018."),
                           "t.txt");
    EXPECT_EQ(factsBy(e), (std::map<std::string, std::string>{{"rehab_team/to_present/kontanthjaelp", "11 of 31"},
                                                              {"rehab_team/presented/kontanthjaelp", "3"}}));
}

TEST(FactExtractor, ThoseJudgedAmongAGroupAreOfIt) {
    const auto e = extract(letter("Af de 118 kontanthjælpsmodtagere i målgruppen vurderer jobcentret, at 37 bør have deres sag forelagt "
                                  "rehabiliteringsteamet."),
                           "t.txt");
    EXPECT_EQ(factsBy(e), (std::map<std::string, std::string>{{"rehab_team/to_present/kontanthjaelp", "37 of 118"}}));
}

TEST(FactExtractor, ThoseExemptedAreNoCategoryOfTheirOwn) {
    const auto e = extract(letter("Ikke i tilbud er 23 borgere. Heraf er 19 fritaget på grund af sygdom eller barsel, mens 4 efter reglerne "
                                  "burde have haft et tilbud.\n\nAf de 11, der ikke er i tilbud, er 9 fritaget på grund af sygdom."),
                           "t.txt");
    EXPECT_EQ(factsBy(e), (std::map<std::string, std::string>{{"intervention/ikke_i_tilbud/all", "23"}, {"target_group/without_offer/all", "4 of 23"}}));
    // A count of them all that says they are all exempted is still their count.
    const auto all = extract(letter("Ikke i tilbud er 7 borgere, som alle er fritaget på grund af sygdom."), "t.txt");
    EXPECT_EQ(factsBy(all), (std::map<std::string, std::string>{{"intervention/ikke_i_tilbud/all", "7"}}));
}

TEST(FactExtractor, ATableByReadinessCountsTheGroupInItsActivityReadyColumn) {
    const auto e = extract(letter("Spørgsmål 1: Antal borgere i målgruppen\n\n"
                                  "Tabel 1. Borgere med mindst 5 år i kontanthjælpssystemet\n\n"
                                  "Ydelse\tAktivitetsparate\tJobparate\tI alt\n"
                                  "Kontanthjælp\t58\t17\t75\n"
                                  "Uddannelseshjælp\t7\t2\t9\n"
                                  "I alt\t65\t19\t84"),
                           "t.txt");
    EXPECT_EQ(factsBy(e), (std::map<std::string, std::string>{{"target_group/over_5_years/kontanthjaelp", "58"},
                                                              {"target_group/over_5_years/uddannelseshjaelp", "7"},
                                                              {"target_group/over_5_years/all", "65"}}));
}

TEST(FactExtractor, ATableOfDurationsCountsTheGroupOfItsTotalColumn) {
    const auto e = extract(letter("Spørgsmål 1: Antal borgere i målgruppen\n\n"
                                  "Tabel 1. Aktivitetsparate borgere efter tid i kontanthjælpssystemet\n\n"
                                  "| Ydelse | Aktivitetsparate i alt | Under 5 år | 5 år og derover | Andel med 5 år og derover |\n"
                                  "|:---|---:|---:|---:|---:|\n"
                                  "| Kontanthjælp | 214 | 172 | 42 | 20 % |\n"
                                  "| Uddannelseshjælp | 163 | 157 | 6 | 4 % |\n"
                                  "| Integrationsydelse | 88 | 79 | 9 | 10 % |\n"
                                  "| I alt | 465 | 408 | 57 | 12 % |"),
                           "t.txt");
    EXPECT_EQ(factsBy(e), (std::map<std::string, std::string>{{"target_group/over_5_years/kontanthjaelp", "42 of 214"},
                                                              {"target_group/over_5_years/uddannelseshjaelp", "6 of 163"},
                                                              {"target_group/over_5_years/integrationsydelse", "9 of 88"},
                                                              {"target_group/over_5_years/all", "57 of 465"}}));
}

TEST(FactExtractor, LabelCountPairsSideBySideInATable) {
    const auto e = extract(letter("Borgernes primære indsats fremgår af oversigten:\n\n"
                                  "Virksomhedspraktik\t17\t\tLøntilskud\t2\n"
                                  "Mentorforløb\t11\t\tNytteindsats\t4\n"
                                  "\t\t\tI alt\t34"),
                           "t.txt");
    EXPECT_EQ(factsBy(e), (std::map<std::string, std::string>{{"intervention/virksomhedspraktik/all", "17"},
                                                              {"intervention/loentilskud/all", "2"},
                                                              {"intervention/mentor/all", "11"},
                                                              {"intervention/nytteindsats/all", "4"}}));
}

TEST(FactExtractor, AnswersInATableOfQuestionsAreReadAsProse) {
    const auto e = extract(letter("Nr.\tMinisterens spørgsmål\tKommunens svar\n"
                                  "2.\tHvilke indsatser får disse borgere i dag?\tDen primære indsats er virksomhedspraktik for 11 borgere "
                                  "og mentorstøtte for 8. Vi følger op på alle forløb hver måned."),
                           "t.txt");
    EXPECT_EQ(factsBy(e), (std::map<std::string, std::string>{{"intervention/virksomhedspraktik/all", "11"}, {"intervention/mentor/all", "8"}}));
}

TEST(FactExtractor, AnActivationRateIsTheShareOfItsOwnPeriodNotOfTheOneItIsComparedWith) {
    const auto e = extract(letter("I 1. halvår 2018 har 40 af de 48 borgere haft mindst ét aktivt tilbud. "
                                  "Det giver en aktiveringsgrad på 83 pct., hvilket er 5 procentpoint mere end i 2. halvår 2017."),
                           "t.txt");
    EXPECT_EQ(factsBy(e), (std::map<std::string, std::string>{{"active_intervention/active/all", "40 of 48 in 2018-H1"},
                                                              {"active_intervention/active_share_pct/all", "83 in 2018-H1"}}));
}

TEST(FactExtractor, ACountUnderAShareBreaksNothingDown) {
    const auto e = extract(letter("Kort fortalt:\n\n- Aktiveringsgrad i 1. halvår 2018: 87 %.\n"
                                  "- 12 kontanthjælpssager er i pipelinen til rehabiliteringsteamet.\n- Vi følger op i 4. kvartal."),
                           "t.txt");
    EXPECT_EQ(factsBy(e), (std::map<std::string, std::string>{{"active_intervention/active_share_pct/all", "87 in 2018-H1"}}));
}

TEST(FactExtractor, AFootnoteCountsOnlyItsPartsByBenefit) {
    const auto e = extract(letter("1. Målgruppen\n\nMålgruppen er 89 borgere¹.\n\n"
                                  "4. Rehabiliteringsteamet\n\nTeamet har behandlet 6 sager i 1. halvår 2018.\n\n"
                                  "¹ Heraf 61 på kontanthjælp, 9 på uddannelseshjælp og 19 på integrationsydelse.\n"
                                  "² Inkl. 2 borgere med mentor bevilget efter serviceloven.\n"
                                  "______________________________\n3 Sygemeldingen er dokumenteret med lægeattest i alle 17 sager.\n"),
                           "t.txt");
    EXPECT_EQ(factsBy(e), (std::map<std::string, std::string>{{"target_group/over_5_years/all", "89"},
                                                              {"target_group/over_5_years/kontanthjaelp", "61"},
                                                              {"target_group/over_5_years/uddannelseshjaelp", "9"},
                                                              {"target_group/over_5_years/integrationsydelse", "19"},
                                                              {"rehab_team/presented/all", "6 in 2018-H1"}}));
}

TEST(FactExtractor, ACorrectionCountsTheNewFigureNotTheOneItReplaces) {
    const auto e = extract(letter("Rettelse til vores svar: Antallet af borgere, der ikke er i tilbud, er 4 og ikke 9. "
                                  "Dermed falder antallet uden et aktivt tilbud i 1. halvår 2018 fra 8 til 6."),
                           "t.txt");
    EXPECT_EQ(factsBy(e), (std::map<std::string, std::string>{{"intervention/ikke_i_tilbud/all", "4"},
                                                              {"active_intervention/not_active/all", "6 in 2018-H1"}}));
}

TEST(FactExtractor, PeopleLeftWithoutAnOfferAreThoseWhoShouldHaveHadOne) {
    const auto e = extract(letter("Af de 10 uden tilbud burde 3 have haft et tilbud efter reglerne."), "t.txt");
    EXPECT_EQ(factsBy(e), (std::map<std::string, std::string>{{"target_group/without_offer/all", "3 of 10"}}));
}

TEST(FactExtractor, AllTheMunicipalitysActivityReadyPeopleAreTheBaseNotTheTargetGroup) {
    const auto e = extract(letter("Vi har 121 borgere, der har været mindst 5 år i kontanthjælpssystemet. De udgør dermed godt en tredjedel af kommunens i alt 352 aktivitetsparate modtagere af de tre ydelser. "
                                  "Kommunen har ca. 30.000 indbyggere og 412 aktivitetsparate modtagere."),
                           "t.txt");
    EXPECT_EQ(factsBy(e), (std::map<std::string, std::string>{{"target_group/over_5_years/all", "121"}}));
}

TEST(FactExtractor, AReplyFormsFieldsAreATable) {
    const auto e = extract(letter("DEL 2 – INDSATSER (spm. 2)\n"
                                  "2a  Vpr. ................................................. [    14 ]\n"
                                  "2b  Mentor ............................................... [    11 ]\n"
                                  "2h  Ikke i tilbud ........................................ [     9 ]\n"
                                  "2i    – heraf fritaget (sygdom/barsel) ................... [     6 ]\n"
                                  "2j    – heraf burde have været i tilbud .................. [     3 ]\n"),
                           "t.txt");
    EXPECT_EQ(factsBy(e), (std::map<std::string, std::string>{{"intervention/virksomhedspraktik/all", "14"},
                                                              {"intervention/mentor/all", "11"},
                                                              {"intervention/ikke_i_tilbud/all", "9"},
                                                              {"target_group/without_offer/all", "3"}}));
}

TEST(FactExtractor, ASuspendedCompoundSharesItsEndWithTheCountBeforeIt) {
    const auto e = extract(letter("1. Antal borgere i målgruppen\n\nPr. 30. juni 2018 var der 94 aktivitetsparate borgere, der har været i "
                                  "kontanthjælpssystemet i mindst fem år, heraf 61 kontant- og 9 uddannelseshjælpsmodtagere, "
                                  "mens de øvrige 24 modtog integrationsydelse. Gennemsnitsalderen er 46 år, og 12 af borgerne er over 60 år."),
                           "t.txt");
    // The age band is a breakdown the contract has no category for.
    EXPECT_EQ(factsBy(e), (std::map<std::string, std::string>{{"target_group/over_5_years/all", "94"},
                                                              {"target_group/over_5_years/kontanthjaelp", "61 of 94"},
                                                              {"target_group/over_5_years/uddannelseshjaelp", "9"},
                                                              {"target_group/over_5_years/integrationsydelse", "24"}}));
}

TEST(FactExtractor, AHeadingNamesItsQuestionByTopicWhateverItsNumber) {
    const auto e = extract(letter("1. Baggrund\n\nKommunen har gennemgået sagerne.\n\n2. Antal borgere i målgruppen\n\n"
                                  "Der er 52 aktivitetsparate borgere.\n\n4. Aktive tilbud\n\n"
                                  "I 1. halvår 2018 har 40 borgere deltaget i et aktivt tilbud."),
                           "t.txt");
    EXPECT_EQ(factsBy(e), (std::map<std::string, std::string>{{"target_group/over_5_years/all", "52"},
                                                              {"active_intervention/active/all", "40 in 2018-H1"}}));
}

TEST(FactExtractor, TheRestOfTheCasesAfterPartsThatFollowTheirTotal) {
    const auto e = extract(letter("4. Rehabiliteringsteamet\n\nVi vurderer, at omkring 12 af kontanthjælpsmodtagerne i målgruppen bør have "
                                  "deres sag forbi teamet. Heraf fik 3 deres sag behandlet i 2. kvartal 2018, og yderligere fire er "
                                  "booket til møder i 3. kvartal 2018. For resten er vi i gang med at indhente lægelige oplysninger."),
                           "t.txt");
    const auto got = valuesBy(e);
    // "yderligere fire" does not say it is part of the 12, but it follows them.
    EXPECT_EQ(got, (std::map<std::string, double>{{"to_present", 12}, {"presented", 3}, {"planned", 4}, {"under_clarification", 5}}));
}

TEST(FactExtractor, AShareColumnWrittenWithItsSignIsTheShareOfTheKindBeforeIt) {
    const auto e = extract(letter("3. Aktive indsatser\n\nTabellen viser, hvor mange der har haft mindst ét aktivt tilbud i 1. halvår 2018.\n\n"
                                  "Ydelse\tMålgruppe\tAktive i 1. halvår 2018\tAndel\n"
                                  "Kontanthjælp\t19\t16\t84.2%\nIntegrationsydelse\t15\t13\t87 %\n"),
                           "t.txt");
    std::map<std::string, double> got;
    for (const auto& f : e.letters.at(0).facts) {
        if (f.value && f.category == "active_share_pct") got[f.benefit] = *f.value;
    }
    // "84.2%": a point before one digit is a decimal point, not thousands.
    EXPECT_EQ(got, (std::map<std::string, double>{{"kontanthjaelp", 84.2}, {"integrationsydelse", 87}}));
}

TEST(FactExtractor, ActiveInOneOrMoreOffers) {
    const auto e = extract(letter("3. Aktive indsatser\n\nSet over hele første halvår 2018 har 97 af de 118 borgere været aktive i et eller flere tilbud."),
                           "t.txt");
    EXPECT_EQ(factsBy(e).count("active_intervention/active/all"), 1u);
}

TEST(FactExtractor, AGroupNamedFirstByDeAndItsFigure) {
    const auto e = extract(letter("3. Aktive indsatser\n\nI 1. halvår 2018 har 79 af de 95 borgere haft mindst ét aktivt tilbud. "
                                  "De 16 borgere uden aktivt tilbud i halvåret har primært været sygemeldt."),
                           "t.txt");
    EXPECT_EQ(factsBy(e).at("active_intervention/not_active/all"), "16 of 95 in 2018-H1");
}

TEST(FactExtractor, AnApproximateTotalTheCountsArePartOf) {
    const auto e = extract(letter("4. Rehabiliteringsteamet\n\nVi vurderer, at ca. 45 af de 109 kontanthjælpsmodtagere bør have deres sag "
                                  "forelagt rehabiliteringsteamet. Af de ca. 45 sager forventes 20 at blive behandlet i 4. kvartal 2018, "
                                  "mens vi for resten fortsat indhenter laegelige oplysninger."),
                           "t.txt");
    const auto got = valuesBy(e);
    // "laegelige": the scanner's "ae" for "æ", repaired against the lexicon.
    EXPECT_EQ(got, (std::map<std::string, double>{{"to_present", 45}, {"planned", 20}, {"under_clarification", 25}}));
}

TEST(FactExtractor, AnInterventionTheMunicipalityDeniesHavingIsNoMention) {
    const auto e = extract(letter("2. Indsatser\n\nIndsats\tAntal\nVirksomhedspraktik\t25\nMentor\t13\nI alt\t38\n\n"
                                  "Kommunen har ikke nytteindsats. Flere borgere går også til samtaler hos psykolog, "
                                  "og vi tilbyder ikke kun mentor, men også misbrugsbehandling."),
                           "t.txt");
    std::vector<std::string> mentions;
    for (const auto& f : e.letters.at(0).facts)
        if (!f.value) mentions.push_back(f.category);
    std::sort(mentions.begin(), mentions.end());
    EXPECT_EQ(mentions, (std::vector<std::string>{"misbrugsbehandling", "psykolog"}));
}

TEST(FactExtractor, WhyPeopleAreWithoutAnOfferIsNoCountOfThem) {
    const auto e = extract(letter("2. Indsatser\n\nIndsats\tAntal\nVirksomhedspraktik\t25\nIkke i tilbud\t5\nI alt\t30\n\n"
                                  "Af de 5 borgere, der ikke er i tilbud, er 3 sygemeldte og 1 på barsel. "
                                  "Én borger skulle efter reglerne have været i tilbud."),
                           "t.txt");
    EXPECT_EQ(factsBy(e), (std::map<std::string, std::string>{{"intervention/virksomhedspraktik/all", "25"},
                                                              {"intervention/ikke_i_tilbud/all", "5"},
                                                              {"target_group/without_offer/all", "1"}}));
}

TEST(FactExtractor, ProseThatRestatesEachQuestionAnswersIt) {
    // No headings: each paragraph says which question it answers, in words.
    const auto e = extract(letter("For det første spørger De, hvor mange aktivitetsparate borgere kommunen har, som har været "
                                  "mindst fem år i kontanthjælpssystemet. Det drejer sig om et hundrede og fire borgere.\n\n"
                                  "For det andet spørger De til borgernes indsatser. Toogtyve af borgerne er i virksomhedspraktik.\n\n"
                                  "For det fjerde spørger De til rehabiliteringsteamet. Vi vurderer, at 30 kontanthjælpsmodtagere bør have deres sag "
                                  "forelagt teamet. Hver fjortende dag gennemgår to af jobcentrets tre teamledere sagerne, "
                                  "og halvandet årsværk er afsat til koordinering."),
                           "t.txt");
    EXPECT_EQ(factsBy(e), (std::map<std::string, std::string>{{"target_group/over_5_years/all", "104"},
                                                              {"intervention/virksomhedspraktik/all", "22"},
                                                              {"rehab_team/to_present/kontanthjaelp", "30"}}));
}

TEST(FactExtractor, ActiveAndNotActiveRowsUnderBenefitColumnsAlignedWithSpaces) {
    // The row of the group is each column's denominator and the target group
    // by benefit; the year ending a row's label is the label's, not a count;
    // "I alt" counts them all.
    const auto e = extract(letter("3. Aktive indsatser\n\n"
                                  "                          Kontanthjælp   Uddannelseshjælp   I alt\n"
                                  "Borgere i målgruppen                26                  4      30\n"
                                  "Aktive i 1. halvår 2018             22                  3      25\n"
                                  "Ikke aktive                          4                  1       5\n"),
                           "t.txt");
    EXPECT_EQ(factsBy(e), (std::map<std::string, std::string>{
                              {"active_intervention/active/kontanthjaelp", "22 of 26 in 2018-H1"},
                              {"active_intervention/active/uddannelseshjaelp", "3 of 4 in 2018-H1"},
                              {"active_intervention/active/all", "25 of 30 in 2018-H1"},
                              {"active_intervention/not_active/kontanthjaelp", "4 of 26 in 2018-H1"},
                              {"active_intervention/not_active/uddannelseshjaelp", "1 of 4 in 2018-H1"},
                              {"active_intervention/not_active/all", "5 of 30 in 2018-H1"},
                              {"target_group/over_5_years/kontanthjaelp", "26"},
                              {"target_group/over_5_years/uddannelseshjaelp", "4"},
                              {"target_group/over_5_years/all", "30"}}));
}

TEST(FactExtractor, LastYearsEndAndTheTeamsPlanAndAShareThatRestatesTheCount) {
    const auto e = extract(letter("1. Målgruppen\n\nPr. 31. juli 2018 er 186 borgere omfattet af målgruppen. Ved udgangen af "
                                  "2017 var der 212 borgere i gruppen.\n\n3. Aktive indsatser\n\nFra 1. februar til 31. juli "
                                  "2018 har 161 af de 186 borgere deltaget i et eller flere aktive tilbud. Det er knap 87 pct. af "
                                  "målgruppen.\n\n4. Rehabiliteringsteamet\n\nVi vurderer, at ca. 50 af de 136 "
                                  "kontanthjælpsmodtagere bør have deres sag behandlet i rehabiliteringsteamet. 12 af sagerne blev "
                                  "behandlet i 2. kvartal 2018, og omkring 20 ventes at komme på teamets dagsorden i 2. halvår 2018."),
                           "t.txt");
    EXPECT_EQ(factsBy(e), (std::map<std::string, std::string>{
                              {"target_group/over_5_years/all", "186"},
                              {"active_intervention/active/all", "161 of 186 in 2018-02-01/2018-07-31"},
                              {"active_intervention/active_share_pct/all", "87 in 2018-02-01/2018-07-31"},
                              {"rehab_team/to_present/kontanthjaelp", "50 of 136"},
                              {"rehab_team/presented/kontanthjaelp", "12 of 50 in 2018-Q2"},
                              {"rehab_team/planned/kontanthjaelp", "20 in 2018-H2"}}));
}

TEST(FactExtractor, ThoseExemptedTakeNoOfferNamedInAnotherClause) {
    const auto e = extract(letter("2. Indsatser\n\nOmkring 15 er i virksomhedspraktik. Syv borgere er ikke i tilbud i øjeblikket. "
                                  "Fem af dem er fritaget på grund af sygdom, men de sidste to skulle efter reglerne have været i "
                                  "gang, og de starter i praktik i næste uge."),
                           "t.txt");
    EXPECT_EQ(factsBy(e), (std::map<std::string, std::string>{{"intervention/virksomhedspraktik/all", "15"},
                                                              {"intervention/ikke_i_tilbud/all", "7"},
                                                              {"target_group/without_offer/all", "2"}}));
}

TEST(FactExtractor, CasesThatWereAtTheTeamsMeetingAndCasesStillGatheringHealthData) {
    const auto e = extract(letter("4. Rehabiliteringsteamet\n\nVi vurderer, at omkring elleve af de niogtyve "
                                  "kontanthjælpsmodtagere bør have deres sag forbi rehabiliteringsteamet. To af dem var på teamets "
                                  "møde i juni, og fire er sat på dagsordenen til møderne i september. I de sidste fem sager arbejder "
                                  "vi stadig på at skaffe de nødvendige helbredsoplysninger."),
                           "t.txt");
    EXPECT_EQ(valuesBy(e), (std::map<std::string, double>{{"to_present", 11}, {"presented", 2}, {"planned", 4}, {"under_clarification", 5}}));
}

TEST(FactExtractor, AllTheActivityReadyAreTheBaseTheTargetGroupIsTakenFrom) {
    // The list of benefits after the first count is all three of them; the
    // count read against it that names the five years is the target group.
    const auto e = extract(letter("1. Målgruppen\n\nKommunen havde pr. 30. juni 2018 i alt 164 aktivitetsparate modtagere af "
                                  "kontanthjælp, uddannelseshjælp og integrationsydelse. Af dem havde 38 været i "
                                  "kontanthjælpssystemet i mindst 5 år efter afsluttet integrationsprogram."),
                           "t.txt");
    EXPECT_EQ(factsBy(e), (std::map<std::string, std::string>{{"target_group/over_5_years/all", "38 of 164"}}));
}

TEST(FactExtractor, TheActivityReadyExpectedBackAtWorkByTheirAbbreviation) {
    const auto e = extract(letter("5. \"Flere skal med\"\n\nAf de 31, som stadig er i målgruppen, er 4 jobparate, 6 aktivitetsparate "
                                  "med forventning om at kunne vende tilbage til arbejdsmarkedet (TTA) og 17 aktivitetsparate under "
                                  "afklaring af arbejdsevnen."),
                           "t.txt");
    const auto got = valuesBy(e);
    EXPECT_EQ(got.count("aktivitetsparat_tta") ? got.at("aktivitetsparat_tta") : -1, 6);
    EXPECT_EQ(got.count("aktivitetsparat_afklaring") ? got.at("aktivitetsparat_afklaring") : -1, 17);
}

TEST(FactExtractor, TheRestOfAListOpenedByItsTotal) {
    const auto e = extract(letter("2. Indsatser\n\nAf de 38 borgere er 14 i virksomhedspraktik, 8 har en mentor tilknyttet, 3 "
                                  "deltager i nytteindsats, og 5 følger et vejledende og opkvalificerende forløb. Resten står i "
                                  "øjeblikket uden tilbud."),
                           "t.txt");
    EXPECT_EQ(valuesBy(e).at("ikke_i_tilbud"), 8);
}

TEST(FactExtractor, AllOfAGroupNamedBeforeInTheSameAnswerIsNoNewCount) {
    const auto e = extract(letter("1. Målgruppen\n\nVi har 7 borgere i målgruppen.\n\n3. Aktive indsatser\n\nAlle syv har haft et "
                                  "aktivt tilbud i 1. halvår 2018.\n\n4. Rehabiliteringsteamet\n\nVi vurderer, at 5 "
                                  "kontanthjælpsmodtagere bør have deres sag forelagt rehabiliteringsteamet. Vi forventer, at alle 5 "
                                  "sager har været forbi teamet inden udgangen af 1. kvartal 2019."),
                           "t.txt");
    EXPECT_EQ(factsBy(e), (std::map<std::string, std::string>{{"target_group/over_5_years/all", "7"},
                                                              {"active_intervention/active/all", "7 in 2018-H1"},
                                                              {"rehab_team/to_present/kontanthjaelp", "5"}}));
}

TEST(FactExtractor, SharesRestatingTheCountTakeTheBenefitOfTheirOwnClause) {
    const auto e = extract(letter("3. Aktive indsatser\n\nFra 1. januar til 30. juni 2018 har 83 af de 97 borgere haft mindst ét "
                                  "aktivt tilbud. Det giver en andel på 86 pct. for hele målgruppen, og for "
                                  "kontanthjælpsmodtagerne alene er andelen 84 pct."),
                           "t.txt");
    EXPECT_EQ(factsBy(e), (std::map<std::string, std::string>{{"active_intervention/active/all", "83 of 97 in 2018-H1"},
                                                              {"active_intervention/active_share_pct/all", "86 in 2018-H1"},
                                                              {"active_intervention/active_share_pct/kontanthjaelp", "84 in 2018-H1"}}));
}

TEST(FactExtractor, FiguresOfAnEarlierTimeOrAimedAtAreNoAnswers) {
    const auto e = extract(letter("3. Aktive indsatser\n\nI 1. halvår 2018 har 45 af de 52 borgere haft mindst ét aktivt tilbud. "
                                  "På samme tidspunkt sidste år lå aktiveringsgraden på 79 pct. Vi har som mål, at andelen skal op "
                                  "på 90 pct.\n\n4. Rehabiliteringsteamet\n\nI hele 2017 behandlede teamet 212 sager på tværs af "
                                  "alle ydelser."),
                           "t.txt");
    EXPECT_EQ(factsBy(e), (std::map<std::string, std::string>{{"active_intervention/active/all", "45 of 52 in 2018-H1"}}));
}

TEST(FactExtractor, ThoseSortedOutOfTheGroupAreNoAnswer) {
    EXPECT_EQ(factsOf("1. Målgruppen\n\nVed kontrollen har vi sorteret 5 borgere fra, som havde klaret sig selv. Den endelige "
                      "målgruppe er derfor på 171 borgere."),
              (std::map<std::string, std::string>{{"target_group/over_5_years/all", "171"}}));
}

TEST(FactExtractor, TheGroupLastSummerIsNoAnswer) {
    EXPECT_EQ(factsOf("1. Målgruppens størrelse\n\nMålgruppen tæller 124 borgere. Sidste sommer talte gruppen 109 borgere."),
              (std::map<std::string, std::string>{{"target_group/over_5_years/all", "124"}}));
}

TEST(FactExtractor, TheGroupInAMonthOfLastYearIsNoAnswer) {
    EXPECT_EQ(factsOf("1. Målgruppen\n\nMålgruppen tæller 26 borgere. Tallet er næsten det samme som i juni 2017, hvor det var 27."),
              (std::map<std::string, std::string>{{"target_group/over_5_years/all", "26"}}));
}

TEST(FactExtractor, AnAsideOpeningASentenceSetsAllOfItAside) {
    const auto e = extract(letter("1. Målgruppen\n\nVi har 118 borgere i målgruppen. Til sammenligning har jobcentret lidt over "
                                  "1.000 aktivitetsparate modtagere, og i januar 2017 talte gruppen med mindst fem års anciennitet 131 "
                                  "borgere."),
                           "t.txt");
    EXPECT_EQ(factsBy(e), (std::map<std::string, std::string>{{"target_group/over_5_years/all", "118"}}));
}

TEST(FactExtractor, OfOverlappingCuesTheOneHoldingTheOtherWins) {
    // "står lige nu uden et tilbud" is no offer today; its "uden et tilbud"
    // alone could be one owed.
    const auto e = extract(letter("Svar:\nAf de 30 borgere er 7 i virksomhedspraktik. De øvrige 23 står lige nu uden et tilbud."), "t.txt");
    EXPECT_EQ(factsBy(e), (std::map<std::string, std::string>{{"intervention/virksomhedspraktik/all", "7 of 30"},
                                                              {"intervention/ikke_i_tilbud/all", "23"}}));
}

TEST(FactExtractor, OfCuesOverTheSameWordsTheAnsweredQuestionsWins) {
    // Under question 2 "står uden et tilbud" is no offer today; in a letter
    // about those owed one it is one owed.
    EXPECT_EQ(factsOf("2. Indsatser\n\n23 borgere står uden et tilbud."),
              (std::map<std::string, std::string>{{"intervention/ikke_i_tilbud/all", "23"}}));
    EXPECT_EQ(factsOf("Pr. 1. december 2017 var der 23 aktivitetsparate borgere, der stod uden et tilbud."),
              (std::map<std::string, std::string>{{"target_group/without_offer/all", "23"}}));
}

TEST(FactExtractor, AgeBandsOfTheGroupAreNoCounts) {
    const auto e = extract(letter("1. Målgruppen\n\nVi har 52 aktivitetsparate borgere i målgruppen. Aldersmæssigt er 9 af dem "
                                  "under 30 år, 27 mellem 30 og 49 år, mens 16 er fyldt 50."),
                           "t.txt");
    EXPECT_EQ(factsBy(e), (std::map<std::string, std::string>{{"target_group/over_5_years/all", "52"}}));
}

TEST(FactExtractor, ACorrectedGroupSizeAndItsBenefit) {
    // A supplement answers no question: "Målgruppen er" says what is counted;
    // the benefit of the smaller count is not the whole group's.
    const auto e = extract(letter("Ved en kontrol har vi fundet en fejl i opgørelsen. Målgruppen er derfor 50 borgere og ikke 52, "
                                  "og antallet på integrationsydelse er 6."),
                           "t.txt");
    EXPECT_EQ(factsBy(e), (std::map<std::string, std::string>{{"target_group/over_5_years/all", "50"},
                                                              {"target_group/over_5_years/integrationsydelse", "6"}}));
}

TEST(FactExtractor, OneSingleInAnUpskillingCourse) {
    const auto e = extract(letter("2. Indsatser\n\nSyv borgere følger et sundhedsfagligt forløb, og en enkelt er i gang med et "
                                  "opkvalificerende forløb. En del får behandling i kommunens rusmiddelcenter."),
                           "t.txt");
    EXPECT_EQ(factsBy(e), (std::map<std::string, std::string>{{"intervention/sundhedsfaglig/all", "7"},
                                                              {"intervention/vejledning_opkvalificering/all", "1"}}));
    EXPECT_TRUE(mentions(e, "misbrugsbehandling"));
}

// Treatment for alcohol, named without a count, is substance-abuse treatment.
TEST(FactExtractor, TreatmentForAlcoholIsNamedAsSubstanceAbuseTreatment) {
    for (const char* said : {"Et par af borgerne i psykologforløb er samtidig i behandling for et alkoholproblem.",
                             "Nogle af borgerne i sundhedsfagligt forløb går samtidig til alkohol- eller hashbehandling."}) {
        const auto e = extract(letter(std::string("2. Indsatser\n\nSyv borgere følger et sundhedsfagligt forløb. ") + said), "t.txt");
        EXPECT_TRUE(mentions(e, "misbrugsbehandling")) << said;
    }
}

// A supplement with no headings answers the question its subject names.
TEST(FactExtractor, TheSubjectLineNamesTheQuestion) {
    const auto e = extract("Beskæftigelsesministeriet\nVed Stranden 8\n1061 København K\n\nDato: 23. august 2018\n\n"
                           "Målgruppen fordelt på ydelser – supplement\n\nKære minister\n\n"
                           "Af de 47 borgere fik 34 kontanthjælp, 4 uddannelseshjælp og 9 integrationsydelse den 30. juni 2018."
                           "\n\nMed venlig hilsen\n\nAnne Jensen\nBorgmester\n",
                           "t.txt");
    EXPECT_EQ(factsBy(e), (std::map<std::string, std::string>{{"target_group/over_5_years/kontanthjaelp", "34 of 47"},
                                                              {"target_group/over_5_years/uddannelseshjaelp", "4"},
                                                              {"target_group/over_5_years/integrationsydelse", "9"}}));
}

// Headings that are the letter's own short questions.
TEST(FactExtractor, ShortQuestionsInTheLettersOwnWords) {
    const auto e = extract(letter("Hvilke indsatser får de?\nEn del af borgerne går til psykologsamtaler.\n\n"
                                  "Hvad med rehabiliteringsteamet?\nEfter jobcentrets vurdering bør 11 kontanthjælpsmodtagere i målgruppen "
                                  "have deres sag forelagt. 6 er på dagsordenen i 4. kvartal 2018."),
                           "t.txt");
    const auto got = factsBy(e);
    EXPECT_EQ(got.at("rehab_team/to_present/kontanthjaelp"), "11");
    EXPECT_EQ(got.at("rehab_team/planned/kontanthjaelp").substr(0, 1), "6");
    EXPECT_TRUE(mentions(e, "psykolog"));
}

// "Siden er 42 gået ud": a count before the participle of an inverted clause.
TEST(FactExtractor, OutcomesListedAfterTheirTotal) {
    const auto e = extract(letter("Flere skal med\nI december 2016 bestod bruttomålgruppen af 121 borgere. Siden er 42 gået ud af "
                                  "målgruppen: 9 er kommet i ordinært job, 3 er begyndt på en uddannelse, og 30 har fået fleksjob."),
                           "t.txt");
    const auto got = valuesBy(e);
    EXPECT_EQ(got.at("total"), 42);
    EXPECT_EQ(got.at("job"), 9);
    EXPECT_EQ(got.at("uddannelse"), 3);
    EXPECT_EQ(got.at("fleksjob"), 30);
}

// A correction in the next sentence replaces the figure and keeps its kind;
// the reason it gives ("to borgere ... to gange") counts nothing.
TEST(FactExtractor, AFigureCorrectedInTheNextSentence) {
    const auto e = extract(letter("4. Rehabiliteringsteamet\n\nGennemgangen viser, at 31 af de 86 kontanthjælpsmodtagere i målgruppen "
                                  "bør have deres sag forelagt rehabiliteringsteamet. Det korrekte tal er dog 29, da to borgere ved "
                                  "en fejl var kommet med to gange i udtrækket."),
                           "t.txt");
    EXPECT_EQ(factsBy(e), (std::map<std::string, std::string>{{"rehab_team/to_present/kontanthjaelp", "29 of 86"}}));
}

// "for de 43 ..., og 16 af dem": the group the part is of is named earlier in its own sentence.
TEST(FactExtractor, PartOfAGroupNamedEarlierInItsSentence) {
    const auto e = extract(letter("4. Rehabiliteringsteamet\n\nSagerne for de 43 kontanthjælpsmodtagere i målgruppen er gennemgået, "
                                  "og 16 af dem bør efter vores vurdering forelægges rehabiliteringsteamet."),
                           "t.txt");
    EXPECT_EQ(factsBy(e), (std::map<std::string, std::string>{{"rehab_team/to_present/kontanthjaelp", "16 of 43"}}));
}

// Counts in brackets after the phrases they count; "juni og juli 2018" is
// one time, and "fjorten (14)" only spells out its number.
TEST(FactExtractor, CountsInBracketsAfterTheirPhrases) {
    const auto e = extract(letter("4. Rehabiliteringsteamet\n\nVi vurderer, at 16 kontanthjælpsmodtagere i målgruppen bør forelægges "
                                  "rehabiliteringsteamet. De 16 sager er enten behandlet på teamets møder i juni og juli 2018 (4), "
                                  "sat på dagsordenen til september og oktober (7) eller stadig under forberedelse (5)."),
                           "t.txt");
    const auto got = valuesBy(e);
    EXPECT_EQ(got.at("presented"), 4);
    EXPECT_EQ(got.at("planned"), 7);
    EXPECT_EQ(got.at("under_clarification"), 5);
    const auto spelt = valuesBy(extract(letter("4. Rehabiliteringsteamet\n\n36 kontanthjælpsmodtagere bør have deres sag forelagt "
                                               "rehabiliteringsteamet. Ti (10) af dem har fået deres sag behandlet i juli, og "
                                               "fjorten (14) er sat på dagsordenen for møderne i 4. kvartal 2018."),
                                        "t.txt"));
    EXPECT_EQ(spelt.at("presented"), 10);
    EXPECT_EQ(spelt.at("planned"), 14);
}

// "alle 35 ... 13 af dem"; the month the cases were gone through is no
// period of those who should be presented (undated.tsv).
TEST(FactExtractor, PartOfAllNamedEarlierAndNoPeriodForAStandingCount) {
    const auto e = extract(letter("4. Rehabiliteringsteamet\n\nJobcentret har i juli gennemgået sagerne for alle 35 "
                                  "kontanthjælpsmodtagere i målgruppen og vurderer, at 13 af dem bør have deres sag forelagt "
                                  "rehabiliteringsteamet."),
                           "t.txt");
    ASSERT_EQ(e.letters.size(), 1u);
    ASSERT_EQ(e.letters[0].facts.size(), 1u);
    const Fact& f = e.letters[0].facts[0];
    EXPECT_EQ(f.category, "to_present");
    EXPECT_EQ(*f.value, 13);
    EXPECT_EQ(f.ofTotal, std::optional<double>(35));
    EXPECT_FALSE(f.period.has_value());
}

// "højst 35 sager hver": a caseworker's load, no count of the group.
TEST(FactExtractor, ACaseloadIsNoCount) {
    const auto e = extract(letter("4. Rehabiliteringsteamet\n\nVi vurderer, at 13 kontanthjælpsmodtagere bør have deres sag forelagt "
                                  "rehabiliteringsteamet. Fremdriften sikres ved, at sagsbehandlerne har højst 35 sager hver."),
                           "t.txt");
    EXPECT_EQ(factsBy(e), (std::map<std::string, std::string>{{"rehab_team/to_present/kontanthjaelp", "13"}}));
    // "En sagsbehandler har typisk omkring 30 borgere".
    EXPECT_EQ(factsOf("4. Rehabiliteringsteamet\nVi vurderer, at 19 af de 31 kontanthjælpsmodtagere bør have deres sag forelagt rehabiliteringsteamet. "
                      "En sagsbehandler har typisk omkring 30 borgere, heraf en halv snes fra målgruppen."),
              (std::map<std::string, std::string>{{"rehab_team/to_present/kontanthjaelp", "19 of 31"}}));
}

// The team's work told in one sentence of prose, the counts in words.
TEST(FactExtractor, TheTeamsWorkInOneSentenceOfProse) {
    const auto e = extract(letter("Du spørger også til rehabiliteringsteamet. Af de 25 kontanthjælpsmodtagere skal 7 efter "
                                  "jobcentrets vurdering have deres sag forbi teamet. To af sagerne blev behandlet på teamets møde "
                                  "den 21. juni, tre kommer på i september, og for de sidste to venter vi på svar fra sygehuset."),
                           "t.txt");
    const auto got = factsBy(e);
    EXPECT_EQ(got.at("rehab_team/to_present/kontanthjaelp"), "7 of 25");
    EXPECT_EQ(valuesBy(e).at("presented"), 2);
    EXPECT_EQ(valuesBy(e).at("planned"), 3);
    EXPECT_EQ(valuesBy(e).at("under_clarification"), 2);
}

// "har 7 en lægeerklæring": those without an offer for a doctor's reason
// are exempt, no count of people without an offer.
TEST(FactExtractor, ThoseWithADoctorsNoteAreExempt) {
    const auto e = extract(letter("2. Indsatser\n\n21 borgere er ikke i tilbud. Heraf har 17 en lægeerklæring, mens 4 ifølge reglerne "
                                  "burde være i gang med et tilbud."),
                           "t.txt");
    const auto got = factsBy(e);
    EXPECT_EQ(got.at("intervention/ikke_i_tilbud/all"), "21");
    EXPECT_EQ(got.at("target_group/without_offer/all").substr(0, 1), "4");
    EXPECT_EQ(got.size(), 2u);
}

// A list of offers ends with those without one; of them, those with a valid
// exemption are no count, the rest who should have been activated are.
TEST(FactExtractor, ThoseWithoutAnOfferInAListAndTheirExemptions) {
    const auto e = extract(letter("2. Indsatser\n\nBorgernes primære indsats:\n\n• 11 med en mentor\n• 5 i nytteindsats\n• 8 uden tilbud\n\n"
                                  "Af de 8 uden tilbud har 6 en gyldig fritagelse på grund af sygdom. De sidste 2 havde hverken en "
                                  "lægeerklæring eller en anden grund til fritagelse og burde efter reglerne have været aktiveret."),
                           "t.txt");
    const auto got = factsBy(e);
    EXPECT_EQ(got.at("intervention/ikke_i_tilbud/all"), "8");
    EXPECT_EQ(got.at("target_group/without_offer/all").substr(0, 1), "2");
    EXPECT_EQ(got.count("intervention/mentor/all"), 1u);
    EXPECT_EQ(got.size(), 4u);
}

// A bullet item opens with its count and runs on with a part of it.
TEST(FactExtractor, ABulletItemRunsOnAfterItsCount) {
    const auto e = extract(letter("2. Indsatser\n\nBorgernes primære indsats:\n\n• 18 i virksomhedspraktik, heraf 3 med enkelte ordinære "
                                  "løntimer ved siden af\n• 11 med en mentor som vigtigste støtte\n• 8 uden tilbud"),
                           "t.txt");
    const auto got = factsBy(e);
    EXPECT_EQ(got.at("intervention/virksomhedspraktik/all"), "18");
    EXPECT_EQ(got.at("intervention/ordinaere_timer/all"), "3 of 18");
    EXPECT_EQ(got.at("intervention/mentor/all"), "11");
}

// Of one benefit's part ("for kontanthjælp har 30 af de 35"), the letter
// says nothing of that benefit's others: only the whole group's complement
// is derived.
TEST(FactExtractor, OnlyTheWholeGroupsComplementIsDerived) {
    const auto e = extract(letter("3. Aktive indsatser\n\nI 1. halvår 2018 har 43 af de 49 borgere deltaget i mindst ét aktivt tilbud. "
                                  "Opgjort særskilt for "
                                  "kontanthjælp har 30 af de 35 været aktive."),
                           "t.txt");
    const auto got = factsBy(e);
    EXPECT_EQ(got.at("active_intervention/active/all"), "43 of 49 in 2018-H1");
    EXPECT_EQ(got.at("active_intervention/active/kontanthjaelp"), "30 of 35 in 2018-H1");
    std::vector<std::string> derived;
    for (const auto& f : e.letters.at(0).facts) {
        if (f.derived) derived.push_back(f.category + "/" + f.benefit + " " + std::to_string(static_cast<int>(*f.value)));
    }
    EXPECT_EQ(derived, std::vector<std::string>{"not_active/all 6"});
}

// "To af borgerne i virksomhedspraktik har fået ordinære timer": the words
// naming the set count the set; the part counts what its verb says.
TEST(FactExtractor, APartCountsWhatItsVerbSaysNotItsSet) {
    const auto e = extract(letter("2. Indsatser\n\n15 borgere er i virksomhedspraktik, og 11 har en mentor. To af borgerne i "
                                  "virksomhedspraktik har fået ordinære timer på praktikstedet."),
                           "t.txt");
    const auto got = factsBy(e);
    EXPECT_EQ(got.at("intervention/virksomhedspraktik/all"), "15");
    EXPECT_EQ(got.at("intervention/ordinaere_timer/all").substr(0, 1), "2");
    EXPECT_EQ(got.size(), 3u);
}

// A single case waiting for a specialist's statement is under
// clarification; one citizen who has moved away is no case for the team.
TEST(FactExtractor, OneWaitingForASpecialistAndOneWhoMovedAway) {
    const auto e = extract(letter("4. Rehabiliteringsteamet\n\nGennemgangen viser, at 10 af de 31 bør have deres sag forelagt "
                                  "rehabiliteringsteamet. 4 af de 10 var på teamets møde den 28. august 2018, 5 er sat på møderne "
                                  "i oktober 2018, og en enkelt afventer stadig en erklæring fra en speciallæge.\n\nSiden vores "
                                  "første svar er én borger fra målgruppen flyttet til en anden kommune."),
                           "t.txt");
    const auto got = valuesBy(e);
    EXPECT_EQ(got.at("to_present"), 10);
    EXPECT_EQ(got.at("under_clarification"), 1);
    EXPECT_EQ(counted(e).size(), 4u);
}

// ", hvilket er lidt over landsgennemsnittet på 83 procent" comments on
// the clause before it: the national figure sets aside only its own clause.
TEST(FactExtractor, ACommentOnAShareSetsAsideOnlyItself) {
    const auto e = extract(letter("3. Aktive tilbud\n\nI 1. halvår 2018 har 89 af de 104 borgere deltaget i mindst ét aktivt tilbud. "
                                  "Aktiveringsgraden er dermed 86 procent, hvilket er lidt over landsgennemsnittet på 83 procent."),
                           "t.txt");
    const auto got = factsBy(e);
    EXPECT_EQ(got.at("active_intervention/active_share_pct/all"), "86 in 2018-H1");
    EXPECT_EQ(got.size(), 2u);
}

// "Den sidste havde ingen gyldig grund til fritagelse og skulle have haft et
// tilbud": the last one, subject of "havde", is one who should have had an offer.
TEST(FactExtractor, TheLastOneHadNoGroundForExemption) {
    const auto e = extract(letter("2. Indsatser\n\n8 er ikke i tilbud. Blandt de 8 borgere, der ikke er i tilbud, har 7 en "
                                  "lægeerklæring. Den sidste havde ingen gyldig grund til fritagelse og skulle have haft et tilbud."),
                           "t.txt");
    const auto got = factsBy(e);
    EXPECT_EQ(got.at("intervention/ikke_i_tilbud/all"), "8");
    EXPECT_EQ(got.at("target_group/without_offer/all"), "1");
    EXPECT_EQ(got.size(), 2u);
}

// "De 57, der har forladt målgruppen": a sentence that opens with "De" and
// a figure not named before, made the subject by ", der har", counts it.
TEST(FactExtractor, TheGroupThatLeftNamedFirstWithDe) {
    const auto e = extract(letter("\"Flere skal med\"\n\nBruttomålgruppen var i december 2016 på 131 borgere. Pr. 31. august 2018 "
                                  "var 74 af dem stadig i målgruppen. De 57, der har forladt målgruppen, er gået til:\n\n"
                                  "- ordinært job: 10\n- fleksjob: 8\n- andre årsager: 39"),
                           "t.txt");
    const auto got = valuesBy(e);
    EXPECT_EQ(got.at("total"), 57);
    EXPECT_EQ(got.at("fleksjob"), 8);
}

// "virksomhedspraktik for 31 borgere, mentorstøtte for 17, ...": each count
// after "for" counts the words before it, however long the item.
TEST(FactExtractor, ListItemsOfKindForCount) {
    const auto e = extract(letter("2. Indsatser\n\nDen primære indsats er virksomhedspraktik for 31 borgere, mentorstøtte for 17, "
                                  "nytteindsats for 6, et sundhedsfagligt forløb for 9 og vejledning og opkvalificering for 4, "
                                  "mens 14 ikke er i tilbud."),
                           "t.txt");
    EXPECT_EQ(factsBy(e), (std::map<std::string, std::string>{{"intervention/virksomhedspraktik/all", "31"},
                                                              {"intervention/mentor/all", "17"},
                                                              {"intervention/nytteindsats/all", "6"},
                                                              {"intervention/sundhedsfaglig/all", "9"},
                                                              {"intervention/vejledning_opkvalificering/all", "4"},
                                                              {"intervention/ikke_i_tilbud/all", "14"}}));
}

// Questions headed by ordinals ("Første spørgsmål:", "Tredje spørgsmål:").
TEST(FactExtractor, QuestionsHeadedByOrdinals) {
    const auto e = extract(letter("Første spørgsmål: Hvor mange borgere er der tale om?\n\nDen 31. august 2018 var 73 aktivitetsparate "
                                  "borgere omfattet af målgruppen.\n\nTredje spørgsmål: Har borgerne modtaget aktive indsatser?\n\n"
                                  "I 1. halvår 2018 var 64 af de 73 borgere i et aktivt tilbud."),
                           "t.txt");
    const auto got = factsBy(e);
    EXPECT_EQ(got.at("target_group/over_5_years/all"), "73");
    EXPECT_EQ(got.at("active_intervention/active/all"), "64 of 73 in 2018-H1");
}

// "Blandt de 44 kontanthjælpsmodtagere er tallet 38": the part just counted
// for the whole group, given again for those on one benefit; not for a group
// outside the target group ("For de jobparate var tallet 23 af 25").
TEST(FactExtractor, SameFigureForTheGroupOnOneBenefit) {
    const auto e = extract(letter("3. Aktive indsatser\n\nI 1. halvår 2018 har 50 af de 57 borgere haft mindst ét aktivt tilbud. "
                                  "Blandt de 44 kontanthjælpsmodtagere er tallet 38. For de jobparate var tallet 23 af 25."),
                           "t.txt");
    EXPECT_EQ(factsBy(e), (std::map<std::string, std::string>{{"active_intervention/active/all", "50 of 57 in 2018-H1"},
                                                              {"active_intervention/active/kontanthjaelp", "38 of 44 in 2018-H1"}}));
}

// "Af de 61, der er gået ud af den, er 13 kommet i ordinært job": a group
// not named before, opening the sentence and named by its own clause, is
// counted as well as broken down.
TEST(FactExtractor, LeaversNamedByTheirOwnClause) {
    const auto e = extract(letter("Holstebro er med i \"Flere skal med\". Da projektet gik i gang i december 2016, bestod "
                                  "bruttomålgruppen af 142 borgere. Pr. 1. august 2018 er 81 af dem fortsat i målgruppen. Af de 61, "
                                  "der er gået ud af den, er 13 kommet i ordinært job og 4 i uddannelse, og 9 har fået fleksjob."),
                           "t.txt");
    const auto got = valuesBy(e);
    EXPECT_EQ(got.at("total"), 61);
    EXPECT_EQ(got.at("job"), 13);
    EXPECT_EQ(got.at("fleksjob"), 9);
}

// "Af kommunens 388 modtagere af kontanthjælp, uddannelseshjælp og
// integrationsydelse har 64": a list of benefits naming the total, commas
// and all, does not part the total from its part.
TEST(FactExtractor, TotalNamedByAListOfBenefits) {
    const auto e = extract(letter("Af kommunens 388 aktivitetsparate modtagere af kontanthjælp, uddannelseshjælp og integrationsydelse "
                                  "har 64 været i kontanthjælpssystemet i mindst 5 år efter afsluttet integrationsprogram."),
                           "t.txt");
    EXPECT_EQ(factsBy(e), (std::map<std::string, std::string>{{"target_group/over_5_years/all", "64 of 388"}}));
}

// "Nytteindsats bruger vi kun, når det giver mening; lige nu deltager to
// borgere": a first half that counts nothing names what the second counts;
// one that counts ("8 borgere er ikke i tilbud; 2 af dem burde ...") does not.
// Danish lessons are "vejledning og opkvalificering", as analysts record them.
TEST(FactExtractor, SemicolonHalfNamesWhatTheNextCounts) {
    const auto e = extract(letter("2. Indsatser\n\nTolv har en mentor. Nytteindsats bruger vi kun, når det giver mening for den "
                                  "enkelte; lige nu deltager to borgere. Syv følger et sundhedsfagligt forløb, og fire går på "
                                  "danskundervisning hos sprogcentret."),
                           "t.txt");
    EXPECT_EQ(factsBy(e), (std::map<std::string, std::string>{{"intervention/mentor/all", "12"},
                                                              {"intervention/nytteindsats/all", "2"},
                                                              {"intervention/sundhedsfaglig/all", "7"},
                                                              {"intervention/vejledning_opkvalificering/all", "4"}}));
}

// The team's work in colloquial words: "har været forbi teamet" (presented),
// "er i kalenderen til møder" (planned), "mangler vi stadig en
// speciallægeerklæring" (under clarification, the rest of the cases).
TEST(FactExtractor, RehabTeamWorkInColloquialWords) {
    const auto e = extract(letter("4. Rehabiliteringsteamet\n\nJobcentret har vurderet, at omkring 20 af de 47 "
                                  "kontanthjælpsmodtagere bør have deres sag forelagt teamet. Seks af dem har været forbi teamet i "
                                  "2. kvartal 2018, og otte er i kalenderen til møder i 4. kvartal. For resten mangler vi stadig en "
                                  "speciallægeerklæring."),
                           "t.txt");
    const auto got = valuesBy(e);
    EXPECT_EQ(got.at("presented"), 6);
    EXPECT_EQ(got.at("planned"), 8);
    EXPECT_EQ(got.at("under_clarification"), 6);
}

// "31 kontanthjælpsmodtagere og 2 uddannelseshjælpsmodtagere med mindst 5
// år i kontanthjælpssystemet": counts by benefit joined as a list share the
// words after the last of them.
TEST(FactExtractor, CountsByBenefitShareTheWordsAfterTheList) {
    const auto e = extract(letter("Den 31. juli 2018 havde vi 31 aktivitetsparate kontanthjælpsmodtagere og 2 aktivitetsparate "
                                  "uddannelseshjælpsmodtagere med mindst 5 år i kontanthjælpssystemet efter afsluttet integrationsprogram."),
                           "t.txt");
    EXPECT_EQ(factsBy(e), (std::map<std::string, std::string>{{"target_group/over_5_years/kontanthjaelp", "31"},
                                                              {"target_group/over_5_years/uddannelseshjaelp", "2"}}));
}

// "Hertil kommer 8 på integrationsydelse, så målgruppen i alt tæller 41
// borgere": the whole group's count, not that of the benefit another count
// names as its own.
TEST(FactExtractor, GroupTotalAfterTheLastBenefitsCount) {
    const auto e = extract(letter("Vi havde 31 aktivitetsparate kontanthjælpsmodtagere og 2 aktivitetsparate uddannelseshjælpsmodtagere "
                                  "med mindst 5 år i kontanthjælpssystemet. Hertil kommer 8 på integrationsydelse, så målgruppen i "
                                  "alt tæller 41 borgere."),
                           "t.txt");
    EXPECT_EQ(factsBy(e), (std::map<std::string, std::string>{{"target_group/over_5_years/kontanthjaelp", "31"},
                                                              {"target_group/over_5_years/uddannelseshjaelp", "2"},
                                                              {"target_group/over_5_years/integrationsydelse", "8"},
                                                              {"target_group/over_5_years/all", "41"}}));
}

// A status table of the cases just counted: rows that name no benefit and
// sum to that count are its parts, of its benefit, presented cases too; a
// row's month the cases go before the team in is its period; "16 blandt de
// 45" is 16 of 45.
TEST(FactExtractor, StatusTableOfTheCasesJustCounted) {
    const auto e = extract(letter("4. Rehabiliteringsteamet\n\nEfter vores gennemgang er der 16 blandt de 45 kontanthjælpsmodtagere, "
                                  "som skal forbi rehabiliteringsteamet. Sagerne fordeler sig sådan:\n\n"
                                  "Rehabiliteringssager\tAntal\n"
                                  "Forelagt teamet i maj–juli 2018\t5\n"
                                  "Sat på teamets møder i september 2018\t5\n"
                                  "Forventes forelagt i 4. kvartal 2018\t4\n"
                                  "Afventer lægelige oplysninger\t2\n"),
                           "t.txt");
    const auto got = factsBy(e);
    EXPECT_EQ(got.at("rehab_team/to_present/kontanthjaelp"), "16 of 45");
    EXPECT_EQ(got.at("rehab_team/presented/kontanthjaelp"), "5 of 16 in 2018-05-01/2018-07-31");
    EXPECT_EQ(got.at("rehab_team/under_clarification/kontanthjaelp"), "2 of 16");
}

// "Alle 44 kontanthjælpssager ... er set igennem, og i 17 af dem bør sagen
// forelægges rehabiliteringsteamet": the 44 is the set the 17 are of, not a
// count of cases to present.
TEST(FactExtractor, TheSetAPartIsOfIsNotCountedByThePartsWords) {
    const auto e = extract(letter("4. Rehabiliteringsteamet\n\nSvar: Alle 44 kontanthjælpssager i målgruppen er set igennem af "
                                  "jobcentret, og i 17 af dem bør sagen efter vores vurdering forelægges rehabiliteringsteamet."),
                           "t.txt");
    EXPECT_EQ(factsBy(e), (std::map<std::string, std::string>{{"rehab_team/to_present/kontanthjaelp", "17 of 44"}}));
}

// The team's work in other words ("hører sagen hjemme i
// rehabiliteringsteamet", "har været igennem teamet", "har fået en tid på
// teamets møder"), and a share named before its figure ("en
// aktiveringsprocent på 85").
TEST(FactExtractor, TeamWorkInOtherWordsAndAShareNamedBeforeItsFigure) {
    const auto e = extract(letter("3. Aktive indsatser\n\nI første halvår 2018 har 243 af de 286 borgere været aktive i et eller "
                                  "flere tilbud, hvilket giver en aktiveringsprocent på 85.\n\n4. Rehabiliteringsteamet\n\nAlle 214 "
                                  "kontanthjælpssager i målgruppen er blevet gennemgået, og i omkring 70 af dem hører sagen efter vores "
                                  "vurdering hjemme i rehabiliteringsteamet. 22 af sagerne har været igennem teamet i 2. kvartal 2018, og "
                                  "31 har fået en tid på teamets møder i 4. kvartal."),
                           "t.txt");
    const auto got = factsBy(e);
    EXPECT_EQ(got.at("active_intervention/active_share_pct/all"), "85 in 2018-H1");
    EXPECT_EQ(got.at("rehab_team/to_present/kontanthjaelp"), "70 of 214");
    EXPECT_EQ(got.at("rehab_team/presented/kontanthjaelp"), "22 of 70 in 2018-Q2");
    EXPECT_EQ(got.at("rehab_team/planned/kontanthjaelp"), "31 in 2018-Q4");
}

// "Af de 58 står 42 på kontanthjælp, mens 3 modtager uddannelseshjælp og 13
// integrationsydelse", under a heading that names no question: parts of the
// count of 58 named before, whatever stands between.
TEST(FactExtractor, PartsByBenefitOfTheGroupNamedBeforeWithoutAQuestion) {
    const auto e = extract(letter("Hvor mange drejer det sig om?\n\nDen 31. juli 2018 havde kommunen 58 aktivitetsparate borgere med "
                                  "mindst 5 år i kontanthjælpssystemet. Det er 6 færre end ved årsskiftet. Af de 58 står 42 på "
                                  "kontanthjælp, mens 3 modtager uddannelseshjælp og 13 integrationsydelse."),
                           "t.txt");
    const auto got = factsBy(e);
    EXPECT_EQ(got.at("target_group/over_5_years/kontanthjaelp"), "42 of 58");
    EXPECT_EQ(got.at("target_group/over_5_years/uddannelseshjaelp"), "3");
    EXPECT_EQ(got.at("target_group/over_5_years/integrationsydelse"), "13");
}

// Citizens without an offer, told in ways that say whether the rules were
// kept: "Uden tilbud står syv" (none today) beside "manglede et tilbud, som
// de havde krav på", "uden tilbud i strid med reglerne" and "hverken i et
// tilbud eller fritaget" (owed one), whose parts by benefit follow.
TEST(FactExtractor, WithoutAnOfferByTheRulesOrNot) {
    EXPECT_EQ(factsOf("2. Indsatser\n\nTretten af de niogtredive er i virksomhedspraktik. Uden tilbud står syv "
                      "borgere.")
                  .at("intervention/ikke_i_tilbud/all"),
              "7");
    const auto e = extract(letter("2. Indsatser\n\n10 borgere var ikke i tilbud på opgørelsesdagen. Otte af dem var fritaget på "
                                  "grund af sygdom, mens to var uden tilbud i strid med reglerne.\n\nFire af praktikanterne er "
                                  "samtidig ansat nogle timer om ugen på ordinære løn- og ansættelsesvilkår."),
                           "t.txt");
    const auto got = factsBy(e);
    EXPECT_EQ(got.at("intervention/ikke_i_tilbud/all"), "10");
    EXPECT_EQ(got.at("target_group/without_offer/all"), "2");
    EXPECT_EQ(got.at("intervention/ordinaere_timer/all"), "4");
    EXPECT_EQ(factsOf("2. Indsatser\n\n56 er i et tilbud. De 2 øvrige manglede et tilbud, som de efter reglerne "
                      "havde krav på.")
                  .at("target_group/without_offer/all"),
              "2");
    const auto old = factsOf("Jobcentret har gennemgået alle sager. Pr. 1. december 2017 var der 14 aktivitetsparate "
                             "borgere, som hverken var i et tilbud eller fritaget. 12 af dem fik kontanthjælp, og 2 "
                             "fik uddannelseshjælp.");
    EXPECT_EQ(old.at("target_group/without_offer/all"), "14");
    EXPECT_EQ(old.at("target_group/without_offer/kontanthjaelp"), "12 of 14");
    EXPECT_EQ(old.at("target_group/without_offer/uddannelseshjaelp"), "2");
}

// The team's calendar and its preparation in everyday words ("skal på
// teamets møder i september", "ved at blive gjort klar"), a share told with
// the verb split round it ("Samlet blev 86 pct. af målgruppen aktiveret"),
// a Danish course and a status "med behov for afklaring".
TEST(FactExtractor, PlannedMeetingsPreparationAndASplitVerbShare) {
    const auto e = extract(letter("2. Indsatser\n\nFire går på et forløb med dansk og it.\n\n3. Aktive indsatser\n\nSamlet blev "
                                  "86 pct. af målgruppen aktiveret i 1. halvår 2018.\n\n4. Rehabiliteringsteamet\n\n15 af de 42 "
                                  "kontanthjælpsmodtagere bør forbi rehabiliteringsteamet. Fem er behandlet i 2. kvartal 2018, og "
                                  "seks skal på teamets møder i september, mens de fire øvrige er ved at blive gjort klar."),
                           "t.txt");
    const auto got = factsBy(e);
    EXPECT_EQ(got.at("intervention/vejledning_opkvalificering/all"), "4");
    EXPECT_EQ(got.at("active_intervention/active_share_pct/all"), "86 in 2018-H1");
    EXPECT_EQ(got.at("rehab_team/planned/kontanthjaelp"), "6 in 2018-09-01/2018-09-30");
    EXPECT_EQ(got.at("rehab_team/under_clarification/kontanthjaelp"), "4");
    const auto status = extract(letter("5. Flere skal med\n\nI \"Flere skal med\" talte bruttomålgruppen 188 borgere. Pr. 30. juni "
                                       "2018 er 104 af dem stadig i målgruppen. Af de 104 er 15 i dag jobparate. 57 er "
                                       "aktivitetsparate med behov for afklaring."),
                                "t.txt");
    EXPECT_EQ(valuesBy(status).at("aktivitetsparat_afklaring"), 57);
}

// "Langt størstedelen, 109, er på kontanthjælp": a count set off by commas
// after the share of the group it is; "2. Indsatserne lige nu": a numbered
// heading in the letter's own words names its question's topic, so "står
// uden tilbud" under it is no offer today; "i årets første seks måneder" is
// the first half.
TEST(FactExtractor, ApposedCountTopicHeadingAndTheFirstSixMonths) {
    const auto e = extract(letter("1. Størrelsen af målgruppen\n\nBallerup havde den 31. juli 2018 i alt 152 aktivitetsparate "
                                  "borgere med mindst 5 års anciennitet i kontanthjælpssystemet. Langt størstedelen, 109, er på "
                                  "kontanthjælp. 13 modtager uddannelseshjælp og 30 integrationsydelse.\n\n2. Indsatserne lige "
                                  "nu\n\nDen primære indsats er virksomhedspraktik (41) og mentorforløb (79), mens 32 står uden "
                                  "tilbud.\n\n3. Aktivitet\n\nI årets første seks måneder har 49 af de 57 været i mindst ét "
                                  "aktivt tilbud."),
                           "t.txt");
    const auto got = factsBy(e);
    EXPECT_EQ(got.at("target_group/over_5_years/kontanthjaelp"), "109");
    EXPECT_EQ(got.at("target_group/over_5_years/uddannelseshjaelp"), "13");
    EXPECT_EQ(got.at("intervention/ikke_i_tilbud/all"), "32");
    EXPECT_EQ(got.count("target_group/without_offer/all"), 0u);
    EXPECT_EQ(got.at("active_intervention/active/all"), "49 of 57 in 2018-H1");
}

// More everyday words for the active, the owed and the team's work: "har
// været aktive", "et aktivt forløb har ikke været muligt", "hverken
// fritaget eller i gang", "fristen for et nyt tilbud var overskredet",
// "Teamet nåede 5 af dem", "står på listen til møderne", "mangler vi stadig
// en attest", and a status row "Behandlet i juli 2018".
TEST(FactExtractor, ActiveOwedAndTeamWorkInEverydayWords) {
    const auto e = extract(letter("2. Indsatser\n\nDe sidste fem var hverken fritaget eller i gang. For én borger på kontanthjælp "
                                  "var fristen for et nyt tilbud overskredet.\n\n3. Aktive indsatser\n\n128 af de 152 borgere har "
                                  "været aktive i løbet af 1. halvår 2018. For fem borgere har et aktivt forløb ikke været "
                                  "muligt.\n\n4. Rehabiliteringsteamet\n\nJobcentret har fundet 15 kontanthjælpsmodtagere, hvis sag "
                                  "bør forbi rehabiliteringsteamet. Teamet nåede 5 af dem på møderne i maj og juni 2018. Yderligere 6 "
                                  "står på listen til møderne i september 2018, og for de 4 tilbageværende mangler vi stadig en "
                                  "attest fra egen læge."),
                           "t.txt");
    const auto got = factsBy(e);
    EXPECT_EQ(got.at("target_group/without_offer/all"), "5");
    EXPECT_EQ(got.at("target_group/without_offer/kontanthjaelp"), "1");
    EXPECT_EQ(got.at("active_intervention/active/all"), "128 of 152 in 2018-H1");
    EXPECT_EQ(got.at("active_intervention/not_active/all"), "5 in 2018-H1");
    EXPECT_EQ(got.at("rehab_team/presented/kontanthjaelp"), "5 of 15 in 2018-05-01/2018-06-30");
    EXPECT_EQ(got.at("rehab_team/planned/kontanthjaelp"), "6 in 2018-09-01/2018-09-30");
    EXPECT_EQ(got.at("rehab_team/under_clarification/kontanthjaelp"), "4");
    const auto table = factsOf("4. Rehabiliteringsteamet\n\nI juli skal 10 af de 27 kontanthjælpsmodtagere have "
                               "sagen behandlet i rehabiliteringsteamet.\n\nStatus\tAntal sager\nBehandlet i juli "
                               "2018\t2\nUnder afklaring\t8\nI alt\t10\n");
    EXPECT_EQ(table.at("rehab_team/presented/kontanthjaelp"), "2 in 2018-07-01/2018-07-31");
}

// A list of the team's cases whose labels end in a year ("- behandlet i
// juni–juli 2018: 4") is a list of counts, each of its label's period.
TEST(FactExtractor, ListLabelsEndingInAYear) {
    const auto got = factsOf("4. Rehabiliteringsteamet\n\nUd af de 33 kontanthjælpsmodtagere er der efter "
                             "jobcentrets vurdering 14, hvis sag skal forbi teamet. Sådan står det til med "
                             "dem:\n\n- behandlet i juni–juli 2018: 4\n- booket til møderne i september 2018: 5\n"
                             "- mangler lægelige oplysninger: 5\n");
    EXPECT_EQ(got.at("rehab_team/presented/kontanthjaelp"), "4 of 14 in 2018-06-01/2018-07-31");
    EXPECT_EQ(got.at("rehab_team/planned/kontanthjaelp"), "5 of 14 in 2018-09-01/2018-09-30");
}

// "Planlagt til oktober 2018": the month the planned cases go to the team
// is their period; "frem til" a month ends a period instead.
TEST(FactExtractor, PlannedForAMonth) {
    const auto got = factsOf("4. Rehabiliteringsteamet\n\nI juli skal 10 af de 27 kontanthjælpsmodtagere have "
                             "sagen behandlet i rehabiliteringsteamet.\n\nStatus\tAntal sager\nBehandlet i juli "
                             "2018\t2\nPlanlagt til oktober 2018\t3\nUnder afklaring\t5\nI alt\t10\n");
    EXPECT_EQ(got.at("rehab_team/planned/kontanthjaelp"), "3 in 2018-10-01/2018-10-31");
    const auto until = factsOf("4. Rehabiliteringsteamet\n\nFrem til oktober 2018 er 3 kontanthjælpsmodtagere "
                               "planlagt til møderne.\n");
    EXPECT_EQ(until.at("rehab_team/planned/kontanthjaelp").find("2018-10-01/2018-10-31"), std::string::npos);
}

// "Ni borgere er uden tilbud" after a table row "Ikke i tilbud | 7 | 1 | 1 |
// 9" says the row's total again: the row's parts are the facts.
TEST(FactExtractor, ProseRestatingARowTotal) {
    const std::string table = "2. Indsatser\n\nIndsats\tKontanthjælp\tUddannelseshjælp\tIntegrationsydelse\tI alt\n"
                              "Virksomhedspraktik\t12\t1\t5\t18\nIkke i tilbud\t7\t1\t1\t9\nI alt\t19\t2\t6\t27\n\n";
    const auto got = factsOf(table + "Ni borgere er uden tilbud. Seks af dem har en lægeerklæring.\n");
    EXPECT_EQ(got.at("intervention/ikke_i_tilbud/kontanthjaelp"), "7");
    EXPECT_EQ(got.count("intervention/ikke_i_tilbud/all"), 0u);
    const auto alone = factsOf("2. Indsatser\n\nNi borgere er uden tilbud. Seks af dem har en lægeerklæring.\n");
    EXPECT_EQ(alone.at("intervention/ikke_i_tilbud/all"), "9");
}

// "læst alle 41 sager igennem og fundet 15": the cases read are the base
// of those found among them.
TEST(FactExtractor, CasesReadAreTheBaseOfThoseFound) {
    const auto got = factsOf("4. Rehabiliteringsteamet\n\nJobcentret har i juli læst alle 41 "
                             "kontanthjælpssager igennem og fundet 15, hvor sagen bør forelægges "
                             "rehabiliteringsteamet.\n");
    EXPECT_EQ(got.at("rehab_team/to_present/kontanthjaelp"), "15 of 41");
}

// "..., det vil sige knap 90 pct.": a share restating the count before it.
TEST(FactExtractor, ShareAfterDetVilSige) {
    const auto got = factsOf("3. Aktive indsatser\n\nI første halvår 2018 har 41 af de 46 haft et eller flere "
                             "aktive tilbud, det vil sige knap 90 pct.\n");
    EXPECT_EQ(got.at("active_intervention/active_share_pct/all"), "90 in 2018-H1");
}

// "Den ene er sygemeldt. Den anden burde være startet i et tilbud": one
// person, after "den ene" in an earlier sentence of the paragraph; "Den
// tredje venter ..." after two "én".
TEST(FactExtractor, OrdinalPronounsAcrossSentences) {
    const auto got = factsOf("2. Indsatser\n\nTilbage står to borgere, som ikke er i tilbud. Den ene er sygemeldt "
                             "efter en operation. Den anden burde være startet i et tilbud for længe siden.\n\n"
                             "4. Rehabiliteringsteamet\n\nJobcentret har sat tre af de seks kontanthjælpsmodtagere på "
                             "listen. Én af de tre var på teamets møde den 27. juni 2018, og én er skrevet op til "
                             "mødet i oktober. Den tredje venter på en udtalelse fra sygehuset.\n");
    EXPECT_EQ(got.at("target_group/without_offer/all"), "1");
    EXPECT_EQ(got.at("rehab_team/under_clarification/kontanthjaelp"), "1");
}

// "Fire af de ni er i virksomhedspraktik – to på fiskefabrikken, ...": the
// nine are the four's total; the two after them are no second part of it.
TEST(FactExtractor, ATotalsPartIsTheCountBeforeIt) {
    const auto got = factsOf("På opgørelsesdagen havde ni borgere været mindst 5 år i kontanthjælpssystemet, "
                             "og alle ni er aktivitetsparate.\n\nFire af de ni er i virksomhedspraktik – to på "
                             "fiskefabrikken ved havnen, én på campingpladsen og én i kommunens driftsafdeling.\n");
    EXPECT_EQ(got.at("intervention/virksomhedspraktik/all"), "4 of 9");
    EXPECT_EQ(got.at("target_group/over_5_years/all"), "9");
}

// "havde den 31. juli 2018 142 aktivitetsparate": a count right after a
// date's year is no group of a phone number; "i Aabenraa Kommune var der
// 88" in Favrskov's letter is another municipality's figure.
TEST(FactExtractor, CountAfterADatesYearAndOtherMunicipalities) {
    const auto got = factsBy(extract("Favrskov Kommune\n" + letter("1. Målgruppen\n\nKommunen havde den 31. juli 2018 142 aktivitetsparate borgere med "
                                            "mindst fem års anciennitet. Niveauet svarer til nabokommunernes; i Aabenraa Kommune var "
                                            "der således pr. 1. juli 2018 88 borgere i en tilsvarende situation.\n"),
                                     "t.txt"));
    EXPECT_EQ(got.at("target_group/over_5_years/all"), "142");
    const auto values = valuesBy(extract("Favrskov Kommune\n" + letter("1. Målgruppen\n\nI Aabenraa Kommune var der 88 borgere i målgruppen.\n"), "t.txt"));
    EXPECT_EQ(values.count("over_5_years"), 0u);
}

// List labels "sundheds- og behandlingsforløb" and "uden aktuelt tilbud".
TEST(FactExtractor, HealthAndNoOfferLabelsWithMoreWords) {
    const auto got = valuesBy(extract(letter("2. Indsatser\n\nHver borger er talt med én gang:\n\n– virksomhedsrettet praktik: 38\n"
                                             "– sundheds- og behandlingsforløb: 17\n– uden aktuelt tilbud: 35\n"),
                                      "t.txt"));
    EXPECT_EQ(got.at("sundhedsfaglig"), 17);
    EXPECT_EQ(got.at("ikke_i_tilbud"), 35);
}

// "Blandt kontanthjælpsmodtagerne var 82 af 101 aktive": "aktive" after the
// total says what the part is.
TEST(FactExtractor, PartOfTotalActive) {
    const auto got = factsOf("3. Aktive indsatser\n\nI 1. halvår 2018 har 118 af de 142 borgere deltaget i aktive "
                             "tilbud. Blandt kontanthjælpsmodtagerne var 82 af 101 aktive.\n");
    EXPECT_EQ(got.at("active_intervention/active/kontanthjaelp"), "82 of 101 in 2018-H1");
}

// Ordinary hours in everyday words: "løn på almindelige vilkår", "løn for et
// par timer", "timerne omlagt til almindelig lønnet ansættelse", "nogle få
// timer om ugen på almindelige lønvilkår".
TEST(FactExtractor, OrdinaryHoursInEverydayWords) {
    const auto got = valuesBy(extract(letter("2. Indsatser\n\nFire er i virksomhedspraktik. Den ene af praktikanterne på "
                                             "fiskefabrikken arbejder desuden nogle lørdage med løn på almindelige vilkår.\n"),
                                      "t.txt"));
    EXPECT_EQ(got.at("ordinaere_timer"), 1);
    const auto two = valuesBy(extract(letter("2. Indsatser\n\nSyv er i praktik, og to af praktikanterne får nu også løn for et "
                                             "par timer om ugen.\n"),
                                      "t.txt"));
    EXPECT_EQ(two.at("ordinaere_timer"), 2);
    const auto six = valuesBy(extract(letter("2. Indsatser\n\nFor seks af praktikanterne er en del af timerne nu omlagt til "
                                             "almindelig lønnet ansættelse.\n"),
                                      "t.txt"));
    EXPECT_EQ(six.at("ordinaere_timer"), 6);
    const auto named = extract(letter("2. Indsatser\n\nEnkelte af praktikanterne arbejder også nogle få timer om ugen på "
                                      "almindelige lønvilkår.\n"),
                               "t.txt");
    bool mentioned = false;
    for (const auto& f : named.letters.at(0).facts) mentioned |= f.category == "ordinaere_timer" && !f.value;
    EXPECT_TRUE(mentioned);
}

// Bullets whose "label: N" says more, with commas and figures: "- forelagt
// teamet i maj, juni og juli 2018: 8", "- planlagt til 4. kvartal 2018: 6".
TEST(FactExtractor, LongBulletLabelsWithFigures) {
    const auto e = extract(letter("4. Rehabiliteringsteamet\n\nJobcentret har udpeget 26 kontanthjælpsmodtagere, hvis sag "
                                            "skal forelægges rehabiliteringsteamet. Status for de 26 sager:\n\n- forelagt teamet i "
                                            "maj, juni og juli 2018: 8\n- på dagsordenen til møderne i august og september 2018: 7\n"
                                            "- planlagt til 4. kvartal 2018: 6\n- mangler fortsat helbredsoplysninger: 5\n"),
                           "t.txt");
    std::vector<std::string> planned;
    for (const auto& f : counted(e)) {
        if (f.category == "planned") planned.push_back(formatNumber(*f.value) + " in " + f.period.value_or("-"));
    }
    EXPECT_EQ(planned, (std::vector<std::string>{"7 in 2018-08-01/2018-09-30", "6 in 2018-Q4"}));
    EXPECT_EQ(factsBy(e).at("rehab_team/presented/kontanthjaelp"), "8 of 26 in 2018-05-01/2018-07-31");
}

// The team's work in other words: cases "drøftet på teamets møder", and
// "mangler vi en erklæring fra en psykiatrisk speciallæge" or "lægelige akter".
TEST(FactExtractor, DiscussedCasesAndMissingStatements) {
    const auto got = factsOf("4. Rehabiliteringsteamet\n\nJobcentret vurderer, at 4 kontanthjælpsmodtagere skal forbi "
                             "rehabiliteringsteamet. To af dem blev drøftet på teamets møder i juni 2018, og i de "
                             "sidste to sager mangler vi en erklæring fra en psykiatrisk speciallæge.\n");
    EXPECT_EQ(got.at("rehab_team/presented/kontanthjaelp"), "2 of 4 in 2018-06-01/2018-06-30");
    EXPECT_EQ(got.at("rehab_team/under_clarification/kontanthjaelp"), "2");
    const auto acts = factsOf("4. Rehabiliteringsteamet\n\nJobcentret vurderer, at 14 kontanthjælpsmodtagere skal forbi "
                              "rehabiliteringsteamet. For de øvrige 10 mangler vi endnu lægelige akter.\n");
    EXPECT_EQ(acts.at("rehab_team/under_clarification/kontanthjaelp"), "10");
}

// An offer owed and not given, in the words of a letter that admits it:
// "skulle altså have været i gang", "ikke havde fulgt op i tide", "selv om
// reglerne kræver det", "en fejl i jobcentrets sagsgang"; "men den sidste"
// is one, like "og den sidste".
TEST(FactExtractor, OwedOffersInOtherWords) {
    const std::string head = "2. Indsatser\n\n";
    EXPECT_EQ(factsOf(head + "96 borgere havde imidlertid ingen registreret fritagelse og skulle altså have været i gang.\n")
                  .at("target_group/without_offer/all"), "96");
    EXPECT_EQ(factsOf(head + "Jobcentret havde for 3 borgeres vedkommende ikke fulgt op i tide.\n").at("target_group/without_offer/all"), "3");
    EXPECT_EQ(factsOf(head + "Hos 4 borgere skyldtes det manglende tilbud en fejl i jobcentrets sagsgang.\n")
                  .at("target_group/without_offer/all"), "4");
    EXPECT_EQ(factsOf(head + "De sidste seks er ikke i tilbud. Fire er sygemeldt, én holder barselsorlov, men den sidste har vi "
                             "ikke fået sat i gang, selv om reglerne kræver det.\n")
                  .at("target_group/without_offer/all"), "1");
}

// "Blandt de 35 uden tilbud er 28 sygemeldt": the total's words name the set
// (here the list's "uden aktuelt tilbud: 35"), not what its part counts; the
// verb ends those words, a passive too ("forventes 20 at blive behandlet").
TEST(FactExtractor, TheTotalsWordsAreNotThePartsCue) {
    const auto got = factsOf("2. Indsatser\n\nHver borger er talt med én gang:\n\n– virksomhedsrettet praktik: 38\n"
                             "– uden aktuelt tilbud: 35\n\nBlandt de 35 uden tilbud er 28 sygemeldt, og 4 er fritaget af andre grunde.\n");
    EXPECT_EQ(got.at("intervention/ikke_i_tilbud/all"), "35");
    EXPECT_EQ(got.count("target_group/without_offer/all"), 0u);
    const auto planned = factsOf("4. Rehabiliteringsteamet\n\nJobcentret vurderer, at 45 kontanthjælpsmodtagere skal forbi "
                                 "teamet. Af de 45 sager forventes 20 at blive behandlet i 4. kvartal 2018.\n");
    EXPECT_EQ(planned.at("rehab_team/planned/kontanthjaelp"), "20 of 45 in 2018-Q4");
}

// "Andelen af aktiverede er 84 pct. ... For integrationsydelsesmodtagerne
// alene ligger andelen på 91 pct.": the paragraph's share again, for one
// benefit, in its period.
TEST(FactExtractor, AShareGivenAgainForOneBenefit) {
    const auto got = factsOf("3. Aktive indsatser\n\nI perioden 1. januar – 30. juni 2018 har 81 af de 96 deltaget i et "
                             "aktivt tilbud. Andelen af aktiverede er dermed 84 pct. De 15, der ikke har været i gang, har "
                             "været syge. For integrationsydelsesmodtagerne alene ligger andelen på 91 pct.\n");
    EXPECT_EQ(got.at("active_intervention/active_share_pct/all"), "84 in 2018-H1");
    EXPECT_EQ(got.at("active_intervention/active_share_pct/integrationsydelse"), "91 in 2018-H1");
}

// Headings in the letter's own words, with a time: "INDSATSER LIGE NU",
// "AKTIVE TILBUD I 1. HALVÅR 2018" head questions 2 and 3, so "De resterende
// 19 har ikke deltaget i noget aktivt" answers no question 1.
TEST(FactExtractor, TopicHeadingsWithATime) {
    const auto got = factsOf("MÅLGRUPPEN\nKommunen havde 118 aktivitetsparate borgere med fem år eller mere.\n\n"
                             "AKTIVE TILBUD I 1. HALVÅR 2018\nI 1. halvår 2018 har 99 af de 118 været i aktivt tilbud. "
                             "De resterende\n19 har ikke deltaget i noget aktivt, fordi de har været for syge.\n");
    EXPECT_EQ(got.at("target_group/over_5_years/all"), "118");
    EXPECT_EQ(got.at("active_intervention/active/all"), "99 of 118 in 2018-H1");
    const auto e = extract(letter("MÅLGRUPPEN\nKommunen havde 118 aktivitetsparate borgere med fem år eller mere.\n\n"
                                  "AKTIVE TILBUD I 1. HALVÅR 2018\nDe resterende 19 har ikke deltaget i noget aktivt.\n"), "t.txt");
    for (const auto& f : counted(e)) EXPECT_NE(f.section + "/" + formatNumber(*f.value), "target_group/19");
}

// "Heraf er 20 syge og 2 på barsel": the sick among those with no offer are
// exempted, no count of their own; "tilmeldt teamets møder i 3. kvartal" is planned.
TEST(FactExtractor, SickPartsAndSignedUpCases) {
    const auto got = factsOf("2. Indsatser\n\n37 borgere er i virksomhedspraktik. De sidste 25 er ikke i tilbud. Heraf er 20 "
                             "syge og 2 på barsel.\n");
    EXPECT_EQ(got.at("intervention/ikke_i_tilbud/all"), "25");
    const auto team = factsOf("4. Rehabiliteringsteamet\n\nVi skønner, at 30 af de 84 kontanthjælpsmodtagere bør få deres sag "
                              "vurderet af rehabiliteringsteamet. 9 er tilmeldt teamets møder i 3. kvartal 2018.\n");
    EXPECT_EQ(team.at("rehab_team/planned/kontanthjaelp"), "9 in 2018-Q3");
}

// The target group is the activity-ready: "fireogtredive jobparate borgere"
// are not of it, nor are their parts in the sentence after ("Af dem er tolv
// i virksomhedspraktik").
TEST(FactExtractor, JobReadyPeopleAreNotTheGroup) {
    const auto got = factsOf("1. Målgruppen\n\nKommunen har 112 aktivitetsparate borgere med mindst fem års anciennitet.\n\n"
                             "Ved samme gennemgang fandt vi i øvrigt fireogtredive jobparate borgere med mindst fem års "
                             "anciennitet. Af dem er tolv i virksomhedspraktik og seks i løntilskud.\n");
    EXPECT_EQ(got.at("target_group/over_5_years/all"), "112");
    EXPECT_EQ(got.count("intervention/virksomhedspraktik/all"), 0u);
}

// "Otteogtredive af dem er på kontanthjælp, ..." breaks down the group
// before the sentence that only gave a figure of a year ago ("for et år
// siden"), which is no count of the letter.
TEST(FactExtractor, PartsByBenefitOverAnEarlierFigure) {
    const auto got = factsOf("1. Målgruppen\n\nPå den dato havde vi fireoghalvtreds aktivitetsparate borgere med mindst fem år "
                             "på ydelserne. Det er det samme som for et år siden, hvor vi talte tooghalvtreds. Otteogtredive af "
                             "dem er på kontanthjælp, fem på uddannelseshjælp og elleve på integrationsydelse.\n");
    EXPECT_EQ(got.at("target_group/over_5_years/kontanthjaelp"), "38 of 54");
    EXPECT_EQ(got.at("target_group/over_5_years/all"), "54");
    EXPECT_EQ(got.at("target_group/over_5_years/integrationsydelse"), "11");
}

// A mayor's everyday words: "et par løntimer om ugen" are ordinary hours,
// "skulle have været startet i nytteindsats" an owed offer, "har allerede
// været der på møderne" presented, "skrevet på til teamets møder" planned,
// "venter stadig på journaloplysninger" under clarification; "indtil alle
// tolv sager er behandlet" is a goal, and "118,6 helårspersoner" no count.
TEST(FactExtractor, EverydayWordsOfAMayor) {
    const auto work = valuesBy(extract(letter("2. Indsatser\n\nSytten borgere er i virksomhedspraktik. Tre af praktikanterne har "
                                              "efterhånden fået et par løntimer om ugen. Ni er ikke i noget tilbud: seks af de ni er "
                                              "sygemeldte, og to er på barsel. Den sidste skulle have været startet i nytteindsats i "
                                              "juni, men det blev ikke til noget.\n"),
                                       "t.txt"));
    EXPECT_EQ(work.at("ordinaere_timer"), 3);
    EXPECT_EQ(work.at("virksomhedspraktik"), 17);
    EXPECT_EQ(work.at("without_offer"), 1);
    EXPECT_EQ(work.count("nytteindsats"), 0u);
    const auto team = factsOf("4. Rehabiliteringsteamet\n\nJobcentret vurderer, at tolv af de otteogtredive kontanthjælpsmodtagere "
                              "skal have deres sag forbi rehabiliteringsteamet. Fire af dem har allerede været der på møderne i maj "
                              "og juni 2018, fem er skrevet på til teamets møder i oktober 2018, og de sidste tre venter stadig på "
                              "journaloplysninger fra hospitalet. Jeg får en status hvert kvartal, indtil alle tolv sager er behandlet.\n");
    EXPECT_EQ(team.at("rehab_team/presented/kontanthjaelp"), "4 of 12 in 2018-05-01/2018-06-30");
    EXPECT_EQ(team.at("rehab_team/planned/kontanthjaelp"), "5 in 2018-10-01/2018-10-31");
    EXPECT_EQ(team.at("rehab_team/under_clarification/kontanthjaelp"), "3");
    const auto fte = factsOf("1. Målgruppen\n\nKommunen har 131 aktivitetsparate borgere med fem år eller mere. Målt i "
                             "fuldtidspersoner svarer målgruppen til 118,6 helårspersoner, fordi en del af borgerne har haft løntimer.\n");
    EXPECT_EQ(fte.at("target_group/over_5_years/all"), "131");
    EXPECT_EQ(fte.count("intervention/ordinaere_timer/all"), 0u);
}

// "Til sammenligning lå aktiveringsgraden på 79 pct. i 2. halvår 2017. 13
// borgere har ikke haft et aktivt tilbud i halvåret": a year ends the first
// sentence; its earlier figure is set aside, and "i halvåret" is not its
// half-year but the answer's. "Ved årsskiftet var gruppen på 96" is earlier too.
TEST(FactExtractor, AComparisonWithAnEarlierHalfYear) {
    const auto got = factsOf("1. Målgruppen\n\nKommunen har 87 aktivitetsparate borgere med fem år eller mere. Ved årsskiftet "
                             "var gruppen på 96 borgere.\n\n3. Aktive indsatser\n\nI 1. halvår 2018 har 74 af de 87 borgere deltaget "
                             "i mindst ét aktivt tilbud, og aktiveringsgraden bliver dermed 85 pct. Til sammenligning lå "
                             "aktiveringsgraden på 79 pct. i 2. halvår 2017. 13 borgere har ikke haft et aktivt tilbud i halvåret.\n");
    EXPECT_EQ(got.at("target_group/over_5_years/all"), "87");
    EXPECT_EQ(got.at("active_intervention/active_share_pct/all"), "85 in 2018-H1");
    EXPECT_EQ(got.at("active_intervention/not_active/all"), "13 of 87 in 2018-H1");
}

// "vurderet alle 61 kontanthjælpssager i målgruppen, og resultatet er, at 21
// borgere ...": the cases judged are the base of those found; "mangler der
// fortsat en beskrivelse fra egen læge" is under clarification; "stået uden
// det tilbud, de havde krav på" an owed offer; "Intet tilbud p.t." a row of
// those with no offer.
TEST(FactExtractor, JudgedCasesAndOffersOwed) {
    const auto team = factsOf("4. Rehabiliteringsteamet\n\nI juni og juli har sagsbehandlerne vurderet alle 61 kontanthjælpssager "
                              "i målgruppen, og resultatet er, at 21 borgere bør have sagen forelagt rehabiliteringsteamet. For de "
                              "sidste seks mangler der fortsat en beskrivelse fra egen læge.\n");
    EXPECT_EQ(team.at("rehab_team/to_present/kontanthjaelp"), "21 of 61");
    EXPECT_EQ(team.at("rehab_team/under_clarification/kontanthjaelp"), "6");
    const auto work = factsOf("2. Indsatser\n\nIndsats\tAntal\nVirksomhedspraktik\t30\nIntet tilbud p.t.\t18\n\nFor de sidste 3 "
                              "gik sagerne i stå, og de har derfor stået uden det tilbud, de havde krav på.\n");
    EXPECT_EQ(work.at("intervention/ikke_i_tilbud/all"), "18");
    EXPECT_EQ(work.at("target_group/without_offer/all"), "3");
}

// A PDF export's words: "Borgernes tilbud i dag" and "Aktivering i første
// halvår" head questions 2 and 3; an "Aktiveringsgrad" column of "83 %" is
// the share of the active column before it; "manglede en indsats, som de
// efter loven havde ret og pligt til" is an owed offer, and "12 på grund af
// barsel" exempted; "en række borgere samtaler med en psykolog" under a table
// of interventions, three sentences on, is a mention.
TEST(FactExtractor, APdfExportsHeadingsAndShareColumn) {
    const std::string body =
        "Borgernes tilbud i dag\n\nIndsats                 Antal\nVirksomhedspraktik       143\nIngen aktuel indsats      98\n"
        "I alt                    241\n\nAf de 98 borgere uden aktuel indsats er 71 fritaget på grund af sygdom og 12 på grund af "
        "barsel. 15 borgere manglede en indsats, som de efter loven havde ret og pligt til. De er nu kaldt ind. Derudover har "
        "en række borgere samtaler med en psykolog.\n\nAktivering i første halvår\n\nTabellen viser, hvor mange der har været i "
        "mindst ét aktivt tilbud fra 1. januar til 30. juni 2018.\n\n                        I målgruppen   Aktive i 1. halvår 2018   Aktiveringsgrad\n"
        "Kontanthjælp                     412                       341              83 %\n"
        "Uddannelseshjælp                  38                        33              87 %\n"
        "Integrationsydelse                96                        85              89 %\n"
        "I alt                            546                       459              84 %\n";
    const auto e = extract(letter(body), "t.txt");
    const auto got = factsBy(e);
    EXPECT_EQ(got.at("target_group/without_offer/all"), "15");
    EXPECT_EQ(got.at("active_intervention/active_share_pct/kontanthjaelp"), "83 in 2018-H1");
    EXPECT_EQ(got.at("active_intervention/active_share_pct/all"), "84 in 2018-H1");
    for (const auto& f : counted(e)) EXPECT_NE(formatNumber(*f.value), "12");
    bool psychologist = false;
    for (const auto& l : e.letters)
        for (const auto& f : l.facts) psychologist |= f.category == "psykolog" && !f.value;
    EXPECT_TRUE(psychologist);
    // The share column's "84 %" is no total of the rows.
    EXPECT_EQ(e.letters.at(0).warnings, std::vector<std::string>{});
}

// "Jobcentret gennemgår i øjeblikket samtlige 412 kontanthjælpssager ... for at
// finde ud af, hvem der skal forbi rehabiliteringsteamet": the group counted
// before, screened, no count of cases to present; "ligger på dagsordenen" is
// planned, "indhenter vi stadig oplysninger fra egen læge" under clarification.
TEST(FactExtractor, ScreenedCasesAndTheAgenda) {
    const auto first = factsOf("1. Målgruppen\n\nKommunen har 412 aktivitetsparate kontanthjælpsmodtagere med fem år eller "
                               "mere.\n\n4. Rehabiliteringsteamet\n\nJobcentret gennemgår i øjeblikket samtlige 412 "
                               "kontanthjælpssager i målgruppen for at finde ud af, hvem der skal forbi rehabiliteringsteamet.\n");
    EXPECT_EQ(first.count("rehab_team/to_present/kontanthjaelp"), 0u);
    const auto later = factsOf("4. Rehabiliteringsteamet\n\nJobcentret vurderer, at 25 kontanthjælpsmodtagere bør forbi "
                               "rehabiliteringsteamet. 10 sager ligger på dagsordenen i september og oktober 2018. For de øvrige 7 "
                               "indhenter vi stadig oplysninger fra egen læge.\n");
    EXPECT_EQ(later.at("rehab_team/planned/kontanthjaelp"), "10 in 2018-09-01/2018-10-31");
    EXPECT_EQ(later.at("rehab_team/under_clarification/kontanthjaelp"), "7");
}

// The owed part in the words of a clause before it: "8 borgere er ikke i
// tilbud; 2 af dem burde efter reglerne have været det" ("det" is the offer,
// as in "burde have haft et, og"), and "burde dog efter reglerne have haft et
// tilbud".
TEST(FactExtractor, OwedOffersByEllipsis) {
    const auto got = factsOf("2. Indsatser\n\n21 borgere er i virksomhedspraktik. 8 borgere er ikke i tilbud; 2 af dem burde "
                             "efter reglerne have været det.\n");
    EXPECT_EQ(got.at("target_group/without_offer/all"), "2");
    const auto dog = factsOf("2. Indsatser\n\n23 borgere er fritaget på grund af sygdom. 4 burde dog efter reglerne have haft "
                             "et tilbud og er indkaldt til samtale.\n");
    EXPECT_EQ(dog.at("target_group/without_offer/all"), "4");
    const auto et = factsOf("2. Indsatser\n\nTilbage står otteogtyve borgere, som i dag ikke er i et tilbud. Tre af dem burde "
                            "efter reglerne have haft et, og de er nu i gang.\n");
    EXPECT_EQ(et.at("target_group/without_offer/all"), "3");
    const auto none = factsOf("2. Indsatser\n\n11 borgere er ikke i tilbud. Ingen af dem burde have været det.\n");
    EXPECT_EQ(none.count("target_group/without_offer/all"), 0u);
}

// "fem er på vej til møderne i september": cases on their way to the team's
// meetings are planned for them.
TEST(FactExtractor, CasesOnTheirWayToTheMeetings) {
    const auto got = factsOf("4. Rehabiliteringsteamet\n\nJobcentret vurderer, at 20 kontanthjælpsmodtagere bør have deres sag "
                             "forelagt teamet. Seks er allerede behandlet på møder i juni og juli, og fem er på vej til møderne "
                             "i september.\n");
    EXPECT_EQ(got.at("rehab_team/planned/kontanthjaelp"), "5 in 2018-09-01/2018-09-30");
}

// "Opgørelsen dækker februar til og med juli 2018. I de seks måneder har 94 af
// de 109 ...": "de seks måneder" are the months just named.
TEST(FactExtractor, TheSixMonthsJustNamed) {
    const auto got = factsOf("3. Aktive tilbud\n\nOpgørelsen dækker februar til og med juli 2018. I de seks måneder har 94 af "
                             "de 109 borgere deltaget i et aktivt tilbud, og det svarer til 86 pct.\n");
    EXPECT_EQ(got.at("active_intervention/active/all"), "94 of 109 in 2018-02-01/2018-07-31");
    EXPECT_EQ(got.at("active_intervention/active_share_pct/all"), "86 in 2018-02-01/2018-07-31");
}

// Dates the cases have got, and a short answer's share: "skal for teamet i 4.
// kvartal: 6", "14 har fået en dato i september eller oktober", "ni har fået en
// tid i 3. kvartal", "23 af dem bør efter deres vurdering forelægges", a status
// row "På dagsordenen i august og september", and "Kort svar: Ja, 85 pct."
// under question 3 (not "De øvrige 14 pct.", nor last year's share).
TEST(FactExtractor, DatesTheCasesHaveGotAndAShortAnswersShare) {
    const auto list = factsOf("4. Rehabiliteringsteamet\n\nJobcentret vurderer, at 29 af de 82 kontanthjælpsmodtagere bør have "
                              "deres sag forelagt rehabiliteringsteamet. Sagerne står sådan i dag:\n\n"
                              "• var på teamets møder i juni og juli: 7\n• skal for teamet i 4. kvartal: 6\n");
    EXPECT_EQ(list.at("rehab_team/planned/kontanthjaelp"), "6 of 29 in 2018-Q4");
    const auto prose = factsOf("4. Rehabiliteringsteamet\n\nVi har gennemgået alle 132 kontanthjælpssager, og i 38 af dem skal "
                               "sagen forelægges teamet. 11 af de 38 har allerede været på teamets møder i 2. kvartal 2018, 14 "
                               "har fået en dato i september eller oktober, og de sidste 13 venter på lægeattester.\n");
    EXPECT_EQ(prose.at("rehab_team/planned/kontanthjaelp"), "14 in 2018-09-01/2018-10-31");
    const auto tid = factsOf("4. Rehabiliteringsteamet\n\n24 kontanthjælpsmodtagere bør have deres sag forelagt teamet. Seks "
                             "blev behandlet i maj og juni, og ni har fået en tid i 3. kvartal 2018.\n");
    EXPECT_EQ(tid.at("rehab_team/planned/kontanthjaelp"), "9 in 2018-Q3");
    const auto table = factsOf("4. Rehabiliteringsteamet\n\nSagsbehandlerne har været alle 52 kontanthjælpssager igennem, og 23 "
                               "af dem bør efter deres vurdering forelægges rehabiliteringsteamet. Sådan stod det til:\n\n"
                               "Status\tSager\nBehandlet i 2. kvartal 2018\t6\nPå dagsordenen i august og september\t7\n"
                               "Under forberedelse\t10\nI alt\t23\n");
    EXPECT_EQ(table.at("rehab_team/to_present/kontanthjaelp"), "23 of 52");
    EXPECT_EQ(table.at("rehab_team/planned/kontanthjaelp"), "7 of 23 in 2018-08-01/2018-09-30");
    EXPECT_EQ(table.at("rehab_team/under_clarification/kontanthjaelp"), "10 of 23");
    const auto share = factsOf("3. Har borgerne været i aktive tilbud?\n\nKort svar: Ja, 85 pct. af dem.\n\nI 2. halvår "
                               "2017 var andelen 81 pct. De øvrige 15 pct. har været syge.\n");
    EXPECT_EQ(share.at("active_intervention/active_share_pct/all"), "85");
}

// "Aktiveringsgraden for kvartalet er 84 pct. mod 80 pct. i 1. kvartal": the
// figure after "mod" is the one compared with, and its quarter is not the
// share's ("kvartalet" is the one just named); "22 borgere var ikke i et
// aktivt tilbud" are not active; "39 af de 74 er kvinder" counts no one.
TEST(FactExtractor, AShareAgainstLastQuartersAndWomenAmongTheGroup) {
    const auto got = factsOf("3. Aktive tilbud\n\nI 2. kvartal 2018 har 116 af de 138 borgere haft mindst ét aktivt tilbud. "
                             "Aktiveringsgraden for kvartalet er 84 pct. mod 80 pct. i 1. kvartal. 22 borgere var ikke i et "
                             "aktivt tilbud på noget tidspunkt i 2. kvartal.\n");
    EXPECT_EQ(got.at("active_intervention/active_share_pct/all"), "84 in 2018-Q2");
    EXPECT_EQ(got.at("active_intervention/not_active/all"), "22 of 138 in 2018-Q2");
    EXPECT_EQ(got.at("active_intervention/active/all"), "116 of 138 in 2018-Q2");
    // "samme niveau som i første halvår": the half-year is the one compared with.
    const auto same = factsOf("3. Aktive tilbud\n\nI de fem måneder fra juli til november 2018 har 104 af de 122 deltaget i mindst ét aktivt tilbud. "
                              "Aktiveringsgraden for perioden er dermed 85 pct., samme niveau som i første halvår. 18 har ikke været aktive i perioden.\n");
    EXPECT_EQ(same.at("active_intervention/active_share_pct/all"), "85 in 2018-07-01/2018-11-30");
    EXPECT_EQ(same.at("active_intervention/not_active/all"), "18 of 122 in 2018-07-01/2018-11-30");
    const auto women = factsOf("1. Målgruppen\n\nDen 1. august 2018 havde vi 74 aktivitetsparate borgere med fem år eller mere. "
                               "52 af dem får kontanthjælp, 6 uddannelseshjælp og 16 integrationsydelse. 39 af de 74 er kvinder.\n");
    EXPECT_EQ(women.at("target_group/over_5_years/integrationsydelse"), "16");
}

// Owed offers admitted in other words: "og det skulle vi have gjort", "ikke
// fået det tilbud, som loven giver dem ret til", "selv om de ikke var
// fritaget"; the month of what happened next is no period of the count.
TEST(FactExtractor, OwedOffersAdmitted) {
    const auto gjort = factsOf("2. Indsatser\n\nAf de 14 uden tilbud er 10 sygemeldt. For 2 borgere havde vi ikke fået planlagt "
                               "et nyt forløb, efter at det forrige sluttede, og det skulle vi have gjort.\n");
    EXPECT_EQ(gjort.at("target_group/without_offer/all"), "2");
    const auto fritaget = factsOf("2. Indsatser\n\nBlandt de 23 uden tilbud er 16 sygemeldte. For 3 kontanthjælpsmodtagere "
                                  "sluttede praktikken i maj, og der blev ikke lagt en ny plan i tide, selv om de ikke var "
                                  "fritaget.\n");
    EXPECT_EQ(fritaget.at("target_group/without_offer/kontanthjaelp"), "3");
    const auto krav = factsOf("2. Indsatser\n\nAf de 18 uden tilbud er 11 sygemeldte og 3 på barsel. De resterende 4 havde krav på "
                              "et tilbud, men deres plan løb ud under sagsbehandlerskiftet i foråret.\n");
    EXPECT_EQ(krav.at("target_group/without_offer/all"), "4");
    const auto reglerne = factsOf("2. Indsatser\n\nAf de 211 uden indsats er 164 fritaget. 47 stod uden tilbud, selv om de efter reglerne skulle have haft et.\n");
    EXPECT_EQ(reglerne.at("target_group/without_offer/all"), "47");
    const auto juli = factsOf("2. Indsatser\n\nDe sidste 3 skulle have haft et tilbud, og de er alle startet i praktik i juli.\n");
    EXPECT_EQ(juli.at("target_group/without_offer/all"), "3");
}

TEST(FactExtractor, WhatTheOwedWaitedForOrEndedIsNotWhatTheyAreIn) {
    const auto venteliste = factsOf("2. Indsatser\n\nAf de 19 uden tilbud er 14 sygemeldte og 2 på barsel. De sidste 3 stod på "
                                    "venteliste til et mentorforløb og har derfor ikke fået det tilbud, som loven giver dem ret til.\n");
    EXPECT_EQ(venteliste.at("target_group/without_offer/all"), "3");
    EXPECT_EQ(venteliste.count("intervention/mentor/all"), 0u);
    const auto sluttede = factsOf("2. Indsatser\n\nAf de 14 uden tilbud er 9 sygemeldte og 2 på barsel. For de sidste 3 blev "
                                  "indkaldelsen til et nyt forløb aldrig sendt ud, efter at deres praktik sluttede i maj, og de har "
                                  "derfor stået uden tilbud i juni og juli, selv om reglerne kræver det.\n");
    EXPECT_EQ(sluttede.at("target_group/without_offer/all"), "3");
    EXPECT_EQ(sluttede.count("intervention/virksomhedspraktik/all"), 0u);
    const auto nyt = factsOf("2. Indsatser\n\nAf de 10, der ikke er i tilbud, er 6 sygemeldte, og 2 er på barsel. De 2 sidste "
                             "skulle have haft et nyt tilbud, da deres nytteindsats sluttede i juni.\n");
    EXPECT_EQ(nyt.at("target_group/without_offer/all"), "2");
}

TEST(FactExtractor, OneCaseEachByPronounAndTheRestAwaitingDocuments) {
    const auto sag = factsOf("4. Rehabiliteringsteamet\n\nAf de fire kontanthjælpsmodtagere mener jobcentret, at to skal have deres "
                             "sag forbi rehabiliteringsteamet. Den ene kommer på teamets møde i september, og i den anden sag "
                             "venter vi stadig på en udtalelse fra en psykiater.\n");
    EXPECT_EQ(sag.at("rehab_team/planned/kontanthjaelp"), "1 in 2018-09-01/2018-09-30");
    EXPECT_EQ(sag.at("rehab_team/under_clarification/kontanthjaelp"), "1");
    const auto rest = valuesBy(extract(letter("4. Rehabiliteringsteamet\n\nEfter sagsbehandlernes vurdering bør omkring 40 af de 101 "
                              "kontanthjælpsmodtagere have sagen behandlet i rehabiliteringsteamet. 12 af dem blev behandlet i 1. "
                              "halvår 2018, og 15 forventes at komme på i 3. kvartal 2018. I de øvrige sager venter vi på "
                              "dokumentation fra læger og behandlere.\n"),
                                       "t.txt"));
    EXPECT_EQ(rest.at("under_clarification"), 13);
}

TEST(FactExtractor, TheCasesReadThroughAreNoCount) {
    EXPECT_EQ(factsOf("4. Rehabiliteringsteamet\n\nSagsbehandlerne har i juni og juli set på alle 68 kontanthjælpssager i "
                      "målgruppen. I 23 af sagerne er vi enige om, at teamet skal have sagen på bordet.\n")
                  .at("rehab_team/to_present/kontanthjaelp")
                  .substr(0, 2),
              "23");
    EXPECT_EQ(factsOf("4. Rehabiliteringsteamet\n\nJobcentret har i juli gennemgået alle 81 kontanthjælpssager i målgruppen.\n"),
              (std::map<std::string, std::string>{}));
}

TEST(FactExtractor, TheFourthOfASetByBenefitIsOfItsBenefit) {
    const auto e = factsOf("2. Indsatser\n\nTre af de fire på kontanthjælp har en mentor. Den fjerde er ikke i tilbud, fordi "
                           "vedkommende er sygemeldt.\n");
    EXPECT_EQ(e.at("intervention/ikke_i_tilbud/kontanthjaelp"), "1");
}

TEST(FactExtractor, TheFourthWithAnApposition) {
    const auto e = factsOf("2. Indsatser\n\nTre af de fire uden indsats er sygemeldte. Den fjerde, en borger på integrationsydelse, "
                           "skulle have været startet i praktik i juni, men opstartssamtalen blev aflyst to gange.\n");
    EXPECT_EQ(e, (std::map<std::string, std::string>{{"target_group/without_offer/integrationsydelse", "1"}}));
}

TEST(FactExtractor, CasesSetForTreatmentAndAwaitingAMedicalAssessment) {
    const auto e = factsOf("4. Rehabiliteringsteamet\n\nEfter jobcentrets vurdering bør ca. 45 af de 124 kontanthjælpsmodtagere komme "
                           "forbi rehabiliteringsteamet. Godt 15 er sat til behandling i 4. kvartal 2018, og 13 sager afventer "
                           "stadig en lægefaglig vurdering.\n");
    EXPECT_EQ(e.at("rehab_team/planned/kontanthjaelp"), "15 in 2018-Q4");
    EXPECT_EQ(e.at("rehab_team/under_clarification/kontanthjaelp"), "13");
    const auto mens = factsOf("4. Rehabiliteringsteamet\n\nTo kontanthjælpsmodtagere skal forelægges teamet. Den ene er sat til "
                              "behandling på teamets møde den 28. august, mens den anden afventer en speciallægeerklæring.\n");
    EXPECT_EQ(mens.at("rehab_team/planned/kontanthjaelp").substr(0, 1), "1");
    EXPECT_EQ(mens.at("rehab_team/under_clarification/kontanthjaelp"), "1");
}

TEST(FactExtractor, CasesTreatedAtAMonthsMeeting) {
    EXPECT_EQ(factsOf("4. Rehabiliteringsteamet\n\nAf de 39 kontanthjælpsmodtagere bør omkring 15 have deres sag for "
                      "rehabiliteringsteamet. Fire af dem blev behandlet på teamets junimøde.\n")
                  .at("rehab_team/presented/kontanthjaelp"),
              "4 of 15 in 2018-06-01/2018-06-30");
}

TEST(FactExtractor, APlaceAtTheMeetingsAndTheRestAwaitingRecords) {
    const auto e = extract(letter("4. Rehabiliteringsteamet\n\nI 26 af sagerne mener de, at rehabiliteringsteamet bør tage stilling. 8 "
                                  "af de 26 har været på teamets møder i 2. kvartal 2018, og 10 har fået plads på møderne i august og "
                                  "september. For resten venter vi på journaler fra sygehuset eller fra egen læge.\n"),
                           "t.txt");
    EXPECT_EQ(factsBy(e).at("rehab_team/planned/all"), "10 in 2018-08-01/2018-09-30");
    EXPECT_EQ(valuesBy(e).at("under_clarification"), 8);
}

TEST(FactExtractor, AShareAfterAltsaAndCasesReadyForTheMeetings) {
    EXPECT_EQ(factsOf("3. Aktive indsatser\n\nVi har gjort 2. kvartal 2018 op for sig: Her var 45 af de 52 borgere i et aktivt "
                      "tilbud, altså godt 86 pct.\n")
                  .at("active_intervention/active_share_pct/all"),
              "86 in 2018-Q2");
    EXPECT_EQ(factsOf("4. Rehabiliteringsteamet\n\nJobcentret har vurderet, at 13 af de 41 kontanthjælpsmodtagere skal have deres "
                      "sag vurderet i rehabiliteringsteamet. Sådan står sagerne:\n\n- behandlet i 1. halvår 2018: 5\n- ligger "
                      "klar til møderne i september 2018: 4\n- mangler speciallægeerklæring: 4\n")
                  .at("rehab_team/planned/kontanthjaelp"),
              "4 of 13 in 2018-09-01/2018-09-30");
}

TEST(FactExtractor, ThoseStillInTheProjectsGroup) {
    EXPECT_EQ(factsOf("\"Flere skal med\"\n\nHorsens Kommune deltager i \"Flere skal med\". Bruttomålgruppen talte 212 borgere, da "
                      "den blev fastlagt i uge 52 i 2016, og den 30. juni 2018 hørte 131 af dem stadig til målgruppen. De 131 stod "
                      "sådan:\n"),
              (std::map<std::string, std::string>{{"target_group/flere_skal_med_gross/all", "212"},
                                                  {"target_group/flere_skal_med_remaining/all", "131 of 212"}}));
}

TEST(FactExtractor, ARatioAfterAltsaRestatesTheCountBeforeIt) {
    EXPECT_EQ(factsOf("3. Aktive tilbud\n\nFra januar til juni i år har fem af de seks været i et aktivt tilbud, altså mere end "
                      "fire ud af fem.\n"),
              (std::map<std::string, std::string>{{"active_intervention/active/all", "5 of 6 in 2018-H1"}}));
    EXPECT_EQ(factsOf("3. Aktive tilbud\n\nI 1. halvår 2018 var 73 af de 82 i et aktivt tilbud, dvs. knap ni ud af ti.\n"),
              (std::map<std::string, std::string>{{"active_intervention/active/all", "73 of 82 in 2018-H1"}}));
}

TEST(FactExtractor, APlacementThatEndedWithNoNewPlaceFoundIsAnOwedOffer) {
    EXPECT_EQ(factsOf("2. Indsatser\n\nDe sidste to er ikke i noget tilbud lige nu. Den ene er fritaget. Den anden var i praktik "
                      "på et plejehjem indtil maj, men praktikken stoppede, og vi fik ikke fundet et nyt sted til ham.\n")
                  .at("target_group/without_offer/all"),
              "1");
    EXPECT_EQ(factsOf("2. Indsatser\n\nDen ene har været i praktik indtil videre, og den anden er i løntilskud.\n")
                  .count("intervention/virksomhedspraktik/all"),
              1u);
}

TEST(FactExtractor, APartNamedInAnAppositionAndARestToldByItsParts) {
    const auto facts = factsOf("Tak for dit brev.\n\nVi har hundrede og tolv aktivitetsparate borgere, som har været mindst fem år på "
                               "ydelse.\n\nStørstedelen af de hundrede og tolv, nemlig femoghalvfjerds, får kontanthjælp. Det er også "
                               "i den gruppe, at de fleste findes.\n\nDe sidste syvogtredive i målgruppen fordeler sig med femten på "
                               "uddannelseshjælp og toogtyve på integrationsydelse.\n");
    EXPECT_EQ(facts, (std::map<std::string, std::string>{{"target_group/over_5_years/all", "112"},
                                                         {"target_group/over_5_years/kontanthjaelp", "75 of 112"},
                                                         {"target_group/over_5_years/uddannelseshjaelp", "15"},
                                                         {"target_group/over_5_years/integrationsydelse", "22"}}));
}

TEST(FactExtractor, ActiveInAnOfferWithTheCountBetweenHaveAndBeen) {
    EXPECT_EQ(factsOf("Aktive tilbud\n\nI 1. halvår 2018 har 79 af de 84 borgere været aktive i mindst ét tilbud.\n")
                  .at("active_intervention/active/all"),
              "79 of 84 in 2018-H1");
}

TEST(FactExtractor, TheSentenceAfterACountGoesOnAboutItsPeopleByPronoun) {
    EXPECT_EQ(factsOf("2. Indsatser\n\nAf de 6 uden tilbud er 3 sygemeldte, og 1 er på barsel. De 2 sidste er flyttet hertil i løbet "
                      "af sommeren, og deres sager kom først med i slutningen af juli. De har derfor endnu ikke fået det tilbud, de har "
                      "krav på.\n")
                  .at("target_group/without_offer/all"),
              "2");
}

TEST(FactExtractor, CasesThatHaveBeenBeforeTheTeamInALabelsList) {
    EXPECT_EQ(factsOf("4. Rehabiliteringsteamet\n\nJobcentret vurderer, at omkring 10 af de 27 kontanthjælpsmodtagere skal forelægges "
                      "rehabiliteringsteamet. Sådan står sagerne:\n\n• har været for teamet i juni og juli: 3\n• på dagsordenen i "
                      "august–oktober 2018: 4\n• venter på attester fra læge eller speciallæge: 3\n")
                  .at("rehab_team/presented/kontanthjaelp"),
              "3 of 10 in 2018-06-01/2018-07-31");
}

TEST(FactExtractor, HoursOnOrdinaryWorkingTermsOrAtTheAgreedWage) {
    EXPECT_EQ(factsOf("2. Indsatser\n\n7 af praktikanterne arbejder desuden nogle timer om ugen på almindelige løn- og arbejdsvilkår i "
                      "praktikvirksomheden.\n")
                  .at("intervention/ordinaere_timer/all"),
              "7");
    EXPECT_EQ(factsOf("2. Indsatser\n\nFire af praktikanterne er tillige ansat et par timer ugentligt til overenskomstmæssig løn.\n")
                  .at("intervention/ordinaere_timer/all"),
              "4");
}

TEST(FactExtractor, TheRestLackInformationFromTheirDoctor) {
    EXPECT_EQ(factsOf("4. Rehabiliteringsteamet\n\nJobcentret vurderer, at 24 af de 70 kontanthjælpssager bør forelægges "
                      "rehabiliteringsteamet. 7 af de 24 sager blev behandlet af teamet i maj og juni 2018. 9 er booket til møderne i "
                      "august og september, og for de øvrige 8 mangler vi fortsat oplysninger fra egen læge eller fra psykiatrien.\n")
                  .at("rehab_team/under_clarification/kontanthjaelp"),
              "8");
}

TEST(FactExtractor, BothRightAndDutyANeedForTheTeamToLookAndThoseLeftAtTheLatestCount) {
    EXPECT_EQ(factsOf("2. Indsatser\n\nFjorten er ikke i tilbud. Ni af dem er syge, og to er på barsel. De sidste tre har både ret og "
                      "pligt til et tilbud, men stod uden, fordi deres praktiksteder holdt sommerlukket i juli.\n")
                  .at("target_group/without_offer/all"),
              "3");
    const auto team = factsOf("4. Rehabiliteringsteamet\n\nJobcentret skønner, at cirka toogtyve af de seksogtres "
                              "kontanthjælpsmodtagere har brug for, at rehabiliteringsteamet ser på deres sag. Syv af dem har allerede "
                              "været forbi teamet i maj eller juni, og ni er skrevet op til teamets møder i oktober.\n");
    EXPECT_EQ(team.at("rehab_team/to_present/kontanthjaelp"), "22 of 66");
    EXPECT_EQ(team.at("rehab_team/presented/kontanthjaelp"), "7 of 22 in 2018-05-01/2018-06-30");
    EXPECT_EQ(factsOf("\"Flere skal med\"\n\nVarde er med i \"Flere skal med\". Projektets bruttomålgruppe var på 164 borgere i "
                      "december 2016, og ved seneste opfølgning den 31. juli 2018 var der 91 tilbage.\n")
                  .at("target_group/flere_skal_med_remaining/all"),
              "91");
}

TEST(FactExtractor, AStatusListRightUnderTheCountIsOfItsCasesThoughSomeAreLeftOver) {
    const auto facts = factsOf("4. Sager til rehabiliteringsteamet\n\nJobcentret anslår, at ca. 25 af de 69 kontanthjælpsmodtagere bør "
                               "have deres sag forelagt rehabiliteringsteamet. Status pr. 1. august 2018:\n\nForelagt teamet i 2. "
                               "kvartal 2018: 8\nSkrevet op til møder i august–oktober 2018: 10\n");
    EXPECT_EQ(facts.at("rehab_team/presented/kontanthjaelp"), "8 of 25 in 2018-Q2");
    EXPECT_EQ(facts.at("rehab_team/planned/kontanthjaelp"), "10 of 25 in 2018-08-01/2018-10-31");
    // Further down, rows are not the count's parts unless they add up to it
    // (though still the team's work on those cases, of their benefit).
    const auto apart = factsOf("4. Sager til rehabiliteringsteamet\n\nJobcentret anslår, at ca. 25 af de 69 kontanthjælpsmodtagere "
                               "bør have deres sag forelagt rehabiliteringsteamet. Teamet mødes hver anden uge, og jobcentret har sat "
                               "en koordinator på opgaven, som følger sagerne tæt. Status pr. 1. august 2018:\n\nForelagt teamet i 2. "
                               "kvartal 2018: 8\nSkrevet op til møder i august–oktober 2018: 10\n");
    EXPECT_EQ(apart.at("rehab_team/presented/kontanthjaelp"), "8 in 2018-Q2");
}

TEST(FactExtractor, NoReasonTheyWereNotActiveAsTheirPlacementWasOver) {
    EXPECT_EQ(factsOf("2. Indsatser\n\nAf de 21 uden et aktuelt tilbud er 15 sygemeldte, og 4 er på barsel. For de sidste 2 var der "
                      "ingen grund til, at de ikke var i gang: deres praktik var slut, og en ny var ikke kommet på plads.\n")
                  .at("target_group/without_offer/all"),
              "2");
}

TEST(FactExtractor, TheGroupThisSpringIsNoAnswerAndOwedWhoShouldHaveStartedANewCourse) {
    EXPECT_EQ(factsOf("1. Målgruppen\n\nVi har 45 borgere i målgruppen. I foråret var gruppen på 49.\n"),
              (std::map<std::string, std::string>{{"target_group/over_5_years/all", "45"}}));
    EXPECT_EQ(factsOf("2. Indsatser\n\n8 borgere er ikke i tilbud. 5 er sygemeldte og 1 er på barsel. De 2 sidste skulle være startet "
                      "i et nyt forløb i juni, men de blev overset.\n")
                  .at("target_group/without_offer/all"),
              "2");
}

TEST(FactExtractor, TheRestAfterPartsOfTheCasesIsTheRestOfTheirTotal) {
    const auto e = extract(letter("4. Rehabiliteringsteamet\n\nVi vurderer, at omkring 15 af kontanthjælpsmodtagerne i målgruppen bør "
                                  "have deres sag forelagt rehabiliteringsteamet. Teamet har behandlet 6 af sagerne i 2. kvartal 2018, 5 "
                                  "er sat på dagsordenen i 3. kvartal 2018, og resten er under forberedelse.\n"),
                           "t.txt");
    EXPECT_EQ(valuesBy(e).at("under_clarification"), 4);
}

TEST(FactExtractor, AShareAfterHvilketAndATeamToBeInvolved) {
    EXPECT_EQ(factsOf("3. Aktive tilbud\n\nSet over første halvår 2018 har 37 ud af 44 borgere haft et eller flere aktive tilbud, "
                      "hvilket er 84 pct.\n")
                  .at("active_intervention/active_share_pct/all"),
              "84 in 2018-H1");
    EXPECT_EQ(factsOf("4. Rehabiliteringsteamet\n\nAlle 68 kontanthjælpssager i målgruppen er gennemgået i juli. I 21 af dem bør "
                      "rehabiliteringsteamet inddrages.\n")
                  .at("rehab_team/to_present/kontanthjaelp"),
              "21 of 68");
}

TEST(FactExtractor, ThoseWhoHadNoOffer) {
    EXPECT_EQ(factsOf("2. Indsatsen lige nu\n\nDen 1. august 2018 var 15 af borgerne i virksomhedspraktik og 9 i et mentorforløb. 6 "
                      "havde intet tilbud.\n")
                  .at("intervention/ikke_i_tilbud/all"),
              "6");
}

TEST(FactExtractor, APartThatGivesAReasonIsNoCount) {
    const auto facts = factsOf("3. Aktive tilbud\n\nSet over første halvår 2018 har 37 ud af 44 borgere haft et eller flere aktive "
                               "tilbud. 7 borgere har ikke været aktive i halvåret; heraf har 5 været indlagt eller i længerevarende "
                               "behandling.\n");
    EXPECT_EQ(facts.at("active_intervention/not_active/all"), "7 of 44 in 2018-H1");
    EXPECT_EQ(facts.size(), 2u);
}

TEST(FactExtractor, TheQuestionsAskedAreNoCount) {
    EXPECT_EQ(factsOf("1. Målgruppen\n\nMinisteren har bedt alle kommuner besvare fire spørgsmål om aktivitetsparate borgere. "
                      "Målgruppen tæller 44 borgere.\n"),
              (std::map<std::string, std::string>{{"target_group/over_5_years/all", "44"}}));
}

TEST(FactExtractor, TheRestOfASetBrokenDownIntoUncountedParts) {
    const auto e = extract(letter("2. Indsatser\n\nHovedindsatsen den 1. august 2018:\n\n    Virksomhedspraktik: 36\n    Intet tilbud: 25\n\n"
                                  "Af de 25 uden tilbud er 19 sygemeldte, og 3 er på barsel. De resterende skulle have haft et tilbud; "
                                  "de er indkaldt.\n"),
                           "t.txt");
    EXPECT_EQ(valuesBy(e).at("without_offer"), 3);
}

TEST(FactExtractor, AShareOfThoseWhoHaveHadAnOfferAndNotOneAimedAt) {
    const auto facts = factsOf("3. Aktive tilbud\n\nOmkring 85 pct. har haft aktive tilbud i første halvår 2018. Vores mål er, at "
                               "mindst 90 pct. skal have haft et aktivt tilbud.\n");
    EXPECT_EQ(facts.at("active_intervention/active_share_pct/all"), "85 in 2018-H1");
    EXPECT_EQ(facts.size(), 1u);
}

TEST(FactExtractor, ACountAfterItsVerbAndAGappedListOfPartsOfTotals) {
    const auto facts = factsOf("3. Aktive tilbud i første halvår 2018\n\nRegnet på de 135 borgere har 114 haft mindst ét aktivt tilbud "
                               "fra januar til juni 2018. For kontanthjælp er det 76 af 93, for uddannelseshjælp 13 af 14 og for "
                               "integrationsydelse 25 af 28.\n");
    EXPECT_EQ(facts.at("active_intervention/active/all"), "114 of 135 in 2018-H1");
    EXPECT_EQ(facts.at("active_intervention/active/kontanthjaelp"), "76 of 93 in 2018-H1");
    EXPECT_EQ(facts.at("active_intervention/active/uddannelseshjaelp"), "13 of 14 in 2018-H1");
    EXPECT_EQ(facts.at("active_intervention/active/integrationsydelse"), "25 of 28 in 2018-H1");
}

TEST(FactExtractor, ThoseExemptAmongAGroupNamedFirstAreNoCount) {
    const auto facts = factsOf("1. Målgruppen\n\nMålgruppen tæller 60 borgere. Blandt de 18 uden tilbud har 15 været fritaget på grund "
                               "af sygdom.\n");
    EXPECT_EQ(facts.count("target_group/without_offer/all"), 0u);
}

TEST(FactExtractor, AGroupOfTheJobCentreAndTheSameFigureForAnotherBenefit) {
    const auto facts = factsOf("1. Målgruppen\n\nBlandt jobcentrets 702 aktivitetsparate kontanthjælpsmodtagere har 63 en samlet tid i "
                               "kontanthjælpssystemet på fem år eller mere. På uddannelseshjælp gælder det 9 ud af 188 aktivitetsparate.\n");
    EXPECT_EQ(facts, (std::map<std::string, std::string>{{"target_group/over_5_years/kontanthjaelp", "63 of 702"},
                                                          {"target_group/over_5_years/uddannelseshjaelp", "9 of 188"}}));
}

TEST(FactExtractor, CasesThatWereOnTheTeamsAgenda) {
    EXPECT_EQ(factsOf("4. Rehabiliteringsteamet\n\nDerudover var 4 kontanthjælpssager fra målgruppen på teamets dagsorden i maj "
                      "og juni.\n")
                  .at("rehab_team/presented/kontanthjaelp"),
              "4 in 2018-05-01/2018-06-30");
}

TEST(FactExtractor, ALetterForOneBenefitAloneCountsItsRecipients) {
    const auto facts = factsOf("Jobcentret har i sit brev svaret for kontanthjælp og uddannelseshjælp. Dette brev handler om de borgere "
                               "på integrationsydelse, som Integrationsenheden har ansvaret for.\n\nHvor mange det drejer sig om\n\n"
                               "Kommunen har 236 aktivitetsparate modtagere af integrationsydelse. 14 af dem har tilbragt fem år eller "
                               "mere i kontanthjælpssystemet.\n\nHvad de laver i dag\n\n    virksomhedspraktik: 6\n    mentor: 5\n"
                               "    uden tilbud: 3\n\nRehabiliteringsteamet\n\nIngen af vores 14 borgere er i dag indstillet til "
                               "teamet. Integrationsenheden har 7 medarbejdere og følger i alt godt 400 borgere på integrationsydelse og "
                               "i integrationsprogram.\n");
    EXPECT_EQ(facts, (std::map<std::string, std::string>{{"target_group/over_5_years/integrationsydelse", "14 of 236"},
                                                          {"intervention/virksomhedspraktik/integrationsydelse", "6"},
                                                          {"intervention/mentor/integrationsydelse", "5"},
                                                          {"intervention/ikke_i_tilbud/integrationsydelse", "3"}}));
}

TEST(FactExtractor, WithoutAnOfferThoughNotExemptIsOwedUnderTheQuestionOfOffers) {
    EXPECT_EQ(factsOf("2. Indsatser\n\n9 borgere stod uden tilbud, selv om de ikke var fritaget.\n"),
              (std::map<std::string, std::string>{{"target_group/without_offer/all", "9"}}));
}

TEST(FactExtractor, TheRestOfAGroupJustSplitKeepsItsBenefit) {
    const auto facts = factsOf("1. Målgruppen\n\nMålgruppen tæller 63 borgere. Af de 21 kontanthjælpsmodtagere uden tilbud er 18 "
                               "sygemeldte. De 3 øvrige skulle have været i gang.\n\n3. Aktive tilbud\n\nAf de 63 "
                               "kontanthjælpsmodtagere har 53 været i mindst ét aktivt tilbud i første halvår 2018. 10 har ikke været "
                               "aktive i perioden. Af de 9 på uddannelseshjælp har 8 været aktive.\n");
    EXPECT_EQ(facts.at("target_group/without_offer/kontanthjaelp"), "3");
    EXPECT_EQ(facts.at("active_intervention/not_active/kontanthjaelp"), "10 of 63 in 2018-H1");
    EXPECT_EQ(facts.at("active_intervention/active/uddannelseshjaelp"), "8 of 9 in 2018-H1");
}

TEST(FactExtractor, ATableWhoseColumnsSayWhatTheyCountNeedsNoIntroduction) {
    const auto facts = factsOf("3. Aktive tilbud\n\nYdelse\tMålgruppe\tHeraf aktive i 1. halvår 2018\nKontanthjælp\t106\t89\n"
                               "Uddannelseshjælp\t14\t12\nI alt\t120\t101\n");
    EXPECT_EQ(facts.at("active_intervention/active/kontanthjaelp"), "89 of 106 in 2018-H1");
    EXPECT_EQ(facts.at("active_intervention/active/uddannelseshjaelp"), "12 of 14 in 2018-H1");
    EXPECT_EQ(facts.at("active_intervention/active/all"), "101 of 120 in 2018-H1");
}

TEST(FactExtractor, ThoseWithoutAnOfferAndNotExemptAreOwedOne) {
    EXPECT_EQ(factsOf("1. Målgruppen\n\nMålgruppen tæller 60 borgere. Af de 18 uden tilbud var 12 sygemeldte og 2 på barsel, mens "
                      "4 manglede et tilbud uden at være fritaget.\n")
                  .at("target_group/without_offer/all"),
              "4 of 18");
}

TEST(FactExtractor, ARowOfCasesThatHaveBeenInTheTeam) {
    EXPECT_EQ(factsOf("4. Rehabiliteringsteamet\n\nHer er status for de 44 kontanthjælpssager:\n\nStatus\tSager\n"
                      "Har været i teamet i juli–august 2018\t9\nHar fået tid i teamet i september 2018\t20\n"
                      "Mangler lægelige oplysninger\t15\nI alt\t44\n")
                  .at("rehab_team/presented/kontanthjaelp"),
              "9 in 2018-07-01/2018-08-31");
}

TEST(FactExtractor, TheRestOfThoseWithoutAnOfferAfterTheExemptOfThem) {
    const auto e = extract(letter("Hvad de er i gang med\n\n19 har mentor, og 10 følger et sundhedsfagligt forløb. 12 borgere står "
                                  "uden tilbud, og 10 af dem er fritaget på grund af sygdom, jf. § 13, stk. 7, i aktivloven. De øvrige "
                                  "burde have været i gang.\n"),
                           "t.txt");
    EXPECT_EQ(factsBy(e).at("intervention/ikke_i_tilbud/all"), "12");
    EXPECT_EQ(valuesBy(e).at("without_offer"), 2);
}

TEST(FactExtractor, ACountInAppositionRestatesTheShareBeforeIt) {
    EXPECT_EQ(factsOf("3. Aktive tilbud\n\nOmkring 85 pct. af de 116 har haft aktive tilbud på et tidspunkt i første halvår 2018, i "
                      "alt 98 borgere.\n")
                  .at("active_intervention/active/all"),
              "98 of 116 in 2018-H1");
}

TEST(FactExtractor, TalksWithTheHealthConsultantAreAHealthCourse) {
    EXPECT_EQ(factsOf("2. Indsatser\n\nTre af kontanthjælpsmodtagerne har fast mentor, og to af de tre går desuden til samtaler hos "
                      "kommunens sundhedskonsulent.\n")
                  .at("intervention/sundhedsfaglig/kontanthjaelp"),
              "2 of 3");
}

TEST(FactExtractor, AGroupARelativeClauseDescribesIsTheTotalOfItsPart) {
    const auto facts = factsOf("3. Aktive tilbud\n\nVed opgørelsen den 30. juni var gruppen på 58. Af de 58 borgere, der var i "
                               "målgruppen den 30. juni, havde 49 mindst ét aktivt tilbud i første halvår 2018.\n");
    EXPECT_EQ(facts.at("active_intervention/active/all"), "49 of 58 in 2018-H1");
}

TEST(FactExtractor, AnActiveColumnBeforeTheGroupsColumnIsOfThatGroup) {
    const auto facts = factsOf("3. Aktive tilbud\n\nFordelt på ydelser:\n\nYdelse\tAktive\tMålgruppe\nKontanthjælp\t37\t44\n"
                               "Uddannelseshjælp\t3\t4\n");
    EXPECT_EQ(facts.at("active_intervention/active/kontanthjaelp"), "37 of 44");
    EXPECT_EQ(facts.at("active_intervention/active/uddannelseshjaelp"), "3 of 4");
}

TEST(FactExtractor, AHeadingOfTheGroupWithItsDateAndAnEarlierGroupColumnAsBaseOnly) {
    const auto facts = factsOf("Målgruppen den 31. august 2018\n\nDet drejer sig om 42 ud af 236 på kontanthjælp og 4 ud af 71 på "
                               "uddannelseshjælp.\n\nAktive tilbud i første halvår 2018\n\nFordelt på ydelser:\n\n"
                               "Ydelse\tAktive\tMålgruppe 30.06.2018\nKontanthjælp\t37\t44\nUddannelseshjælp\t3\t4\n");
    EXPECT_EQ(facts.at("target_group/over_5_years/kontanthjaelp"), "42 of 236");
    EXPECT_EQ(facts.at("target_group/over_5_years/uddannelseshjaelp"), "4 of 71");
    EXPECT_EQ(facts.at("active_intervention/active/kontanthjaelp"), "37 of 44");
}

TEST(FactExtractor, ThoseStillOnBenefitsOfThePoolAreItsRemainderOfNoOneBenefit) {
    const auto facts = factsOf("\"Flere skal med\"\n\nMålgruppen for \"Flere skal med\" er faldet yderligere. Af de 106 borgere i "
                               "bruttomålgruppen var 46 fortsat på kontanthjælp den 31. august 2018.\n");
    EXPECT_EQ(facts.at("target_group/flere_skal_med_remaining/all"), "46 of 106");
    EXPECT_EQ(facts.count("target_group/flere_skal_med_remaining/kontanthjaelp"), 0u);
}

TEST(FactExtractor, CasesThatHaveBeenAtTheRehabilitationMeeting) {
    EXPECT_EQ(factsOf("4. Rehabiliteringsteamet\n\nAf kontanthjælpsmodtagerne i målgruppen bør 12 forelægges teamet. 7 har været på "
                      "rehabiliteringsmøde i juni og juli 2018.\n")
                  .at("rehab_team/presented/kontanthjaelp"),
              "7 in 2018-06-01/2018-07-31");
}

TEST(FactExtractor, TheTeamsMeetingsAreNoCountAndTheLastCasesAwaitStatements) {
    const auto facts = factsOf("4. Rehabiliteringsteamet\n\nJobcentret vurderer nu, at otte af de atten kontanthjælpsmodtagere bør have "
                               "deres sag forelagt rehabiliteringsteamet. Tre af sagerne blev behandlet på teamets to møder i "
                               "september, to står på dagsordenen i oktober, og i de sidste tre sager venter vi stadig på erklæringer "
                               "fra speciallæger.\n");
    EXPECT_EQ(facts.at("rehab_team/presented/kontanthjaelp"), "3 of 8 in 2018-09-01/2018-09-30");
    EXPECT_EQ(facts.at("rehab_team/planned/kontanthjaelp"), "2 in 2018-10-01/2018-10-31");
    EXPECT_EQ(facts.at("rehab_team/under_clarification/kontanthjaelp"), "3");
}

TEST(FactExtractor, TheRestOfASetNamedAfterItsPart) {
    const auto e = extract(letter("2. Indsatser\n\n    Virksomhedspraktik: 30\n    Ikke i tilbud: 8\n\nSeks af de 8 borgere uden "
                                  "tilbud er fritaget, fordi de er syge. Resten burde have været i gang.\n"),
                           "t.txt");
    EXPECT_EQ(valuesBy(e).at("without_offer"), 2);
}

TEST(FactExtractor, WhatAnEarlierAnswerSaidIsNoCountNow) {
    EXPECT_TRUE(factsOf("4. Rehabiliteringsteamet\n\nI borgmesterens svar skrev vi, at omkring 30 kontanthjælpsmodtagere i målgruppen "
                        "burde forbi rehabiliteringsteamet.\n")
                    .empty());
}

TEST(FactExtractor, AGroupNamedBeforeCountedWholeByBegge) {
    EXPECT_EQ(factsOf("2. Indsatser\n\nVi har seks borgere i målgruppen: fire modtager kontanthjælp, og to modtager integrationsydelse. "
                      "De to på integrationsydelse er begge i virksomhedspraktik.\n")
                  .at("intervention/virksomhedspraktik/integrationsydelse"),
              "2");
}

TEST(FactExtractor, AListItemsLabelSaysWhatItsPartOfATotalCounts) {
    const auto facts = factsOf("Fejlen ændrer disse tal i jobcentrets svar:\n\n- Målgruppen i alt er dermed 150 og ikke 153.\n"
                               "- Aktive tilbud i første halvår 2018: 125 af de 150, svarende til 83 pct. (tidligere oplyst 128 af 153 "
                               "og knap 84 pct.).\n");
    EXPECT_EQ(facts.at("target_group/over_5_years/all"), "150");
    EXPECT_EQ(facts.at("active_intervention/active/all"), "125 of 150 in 2018-H1");
    EXPECT_EQ(facts.at("active_intervention/active_share_pct/all"), "83 in 2018-H1");
}

TEST(FactExtractor, CasesBookedForTheMeetingsArePlanned) {
    EXPECT_EQ(factsOf("4. Rehabiliteringsteamet\n\n8 er booket ind til møderne i oktober og november 2018.\n")
                  .at("rehab_team/planned/all"),
              "8 in 2018-10-01/2018-11-30");
}

// Another office's erratum after the reply in the file: its figures are of the kinds of those they replace.
TEST(FactExtractor, AnErratumAfterTheReplyCorrectsItsFigures) {
    const std::string reply = letter("1. Målgruppen\n\nKontanthjælp: 118\nIntegrationsydelse: 26\n\n2. Indsatser\n\nVirksomhedspraktik: 46\nMentorforløb: 31\n");
    const std::string erratum =
        "\fHolbæk Kommune\nØkonomi og Analyse\n\nDato: 29. august 2018\n\nKære minister\n\n"
        "Ved vores kontrol af dataudtrækket har vi fundet en fejl i beregningen af tiden på integrationsydelse.\n\n"
        "- Integrationsydelse: Det rigtige antal er 23, ikke 26.\n- Praktiklinjen skal derfor lyde på 43 i stedet for 46.\n\n"
        "Med venlig hilsen\n\nSanne Mosbæk\nAnalysechef\n";
    const Extraction e = extract(reply + erratum, "t.txt");
    ASSERT_EQ(e.letters.size(), 2u);
    Extraction second;
    second.letters.push_back(e.letters[1]);
    EXPECT_EQ(factsBy(second), (std::map<std::string, std::string>{{"target_group/over_5_years/integrationsydelse", "23"},
                                                                   {"intervention/virksomhedspraktik/all", "43"}}));
    Extraction first;
    first.letters.push_back(e.letters[0]);
    EXPECT_EQ(factsBy(first).at("target_group/over_5_years/integrationsydelse"), "26");
}

// "Alle aktivitetsparate | Heraf 5 år + | Aktive 1.3.–31.8.2018": the group of
// the population column, the active of the group in the column's period.
TEST(FactExtractor, AGroupColumnBesideItsPopulationAndItsActive) {
    const auto f = factsOf("1. Antal borgere\n\nTabel 1 viser, hvordan de fordeler sig på ydelse.\n\n"
                           "Ydelse\tAlle aktivitetsparate\tHeraf 5 år +\tAktive 1.3.–31.8.2018\n"
                           "Kontanthjælp\t248\t43\t36\nUddannelseshjælp\t121\t6\t5\nI alt\t369\t49\t41\n");
    EXPECT_EQ(f.at("target_group/over_5_years/kontanthjaelp"), "43 of 248");
    EXPECT_EQ(f.at("active_intervention/active/uddannelseshjaelp"), "5 of 6 in 2018-03-01/2018-08-31");
    EXPECT_EQ(f.at("active_intervention/active/all"), "41 of 49 in 2018-03-01/2018-08-31");
}

// The team's cases told part by part: "de seneste to" of the ten treated is no count of its own, "Af de
// resterende fire er to" is two of the four, and one sentence's two counts of one kind at two times are two.
TEST(FactExtractor, ATeamsCasesToldPartByPart) {
    const Extraction e = extract(letter("4. Rehabiliteringsteamet\n\nJobcentret vurderer nu, at fjorten ud af de treogfyrre "
                                        "kontanthjælpsmodtagere bør have deres sag forbi rehabiliteringsteamet. Ti af de fjorten har allerede "
                                        "været behandlet i teamet, de seneste to på mødet den 18. september. Af de resterende fire er to sat på "
                                        "teamets møde i oktober. 2 af sagerne blev behandlet i maj, og 2 var på teamets møde den 30. august. "
                                        "Tallene er små, og én borger mere eller mindre giver store udsving."),
                                 "t.txt");
    std::multiset<std::string> got;
    for (const Fact& f : counted(e)) got.insert(f.category + " " + std::to_string(static_cast<int>(*f.value)));
    EXPECT_EQ(got, (std::multiset<std::string>{"to_present 14", "presented 10", "planned 2", "presented 2", "presented 2"}));
}

// One person by an ordinal, with or without a noun ("Den sjette burde …", "Den fjerde kontanthjælpsmodtager har …").
TEST(FactExtractor, OnePersonByAnyOrdinal) {
    EXPECT_EQ(factsOf("2. Indsatser\n\nFem af de seks uden tilbud er fritaget, fordi de har en lægeerklæring. Den sjette burde "
                      "efter reglerne have haft et tilbud og er startet i nytteindsats.")
                  .at("target_group/without_offer/all"),
              "1");
    EXPECT_EQ(factsOf("2. Indsatser\n\nTre af kontanthjælpsmodtagerne har fast mentor. Den fjerde kontanthjælpsmodtager har ikke noget "
                      "tilbud i øjeblikket, fordi han er sygemeldt.")
                  .at("intervention/ikke_i_tilbud/kontanthjaelp"),
              "1");
}

// Letters whose facts (not derived) are exactly these: "section/category/benefit" -> "V[ of T][ in P]".
struct LetterFactsCase {
    const char* name;
    const char* body;
    std::map<std::string, std::string> facts;
};

class LetterFactsCases : public ::testing::TestWithParam<LetterFactsCase> {};

TEST_P(LetterFactsCases, GivesExactlyTheseFacts) { EXPECT_EQ(factsOf(GetParam().body), GetParam().facts); }

INSTANTIATE_TEST_SUITE_P(
    Rules, LetterFactsCases,
    ::testing::Values(
        // A figure that names the one it replaces takes that one's kind; the one replaced, stated or in a table, goes.
        LetterFactsCase{"AFigureThatNamesTheOneItReplacesTakesItsPlace",
                        "2. Indsatser\n\nMentorforløb\t11\nVirksomhedspraktik\t20\n\nAf de 12 borgere uden tilbud er 8 fritaget på grund af sygdom, "
                        "mens 4 burde have været i tilbud.\n\nP.S. To borgere var startet i mentorforløb i juni. Antallet i mentorforløb er derfor 13 og ikke 11. "
                        "De to hørte til blandt dem, der burde have haft et tilbud, så det tal er 2 og ikke 4.",
                        {{"intervention/mentor/all", "13"},
                         {"intervention/virksomhedspraktik/all", "20"},
                         {"target_group/without_offer/all", "2 of 12"}}},
        // A team's status table in words of its own: a date with the team is planned, prepared by the caseworker is under clarification.
        LetterFactsCase{"ATeamStatusTableInItsOwnWords",
                        "4. Rehabiliteringsteamet\n\nStatus for sagerne står i tabellen.\n\nStatus\tSager\n"
                        "Behandlet i teamet i august 2018\t5\nDato hos teamet i september–november 2018\t9\n"
                        "Forberedes af sagsbehandler\t8\nI alt\t22\n",
                        {{"rehab_team/presented/all", "5 in 2018-08-01/2018-08-31"},
                         {"rehab_team/planned/all", "9 in 2018-09-01/2018-11-30"},
                         {"rehab_team/under_clarification/all", "8"}}},
        // A column of changes since the last reply ("Ændring": "+2", "-27", "0") counts nothing.
        LetterFactsCase{"AChangeColumnCountsNothing",
                        "2. Indsatser\n\nDen primære indsats for de 74 borgere.\n\n"
                        "  Indsats                 Borgere     Ændring\n  Virksomhedspraktik           27          +2\n"
                        "  Mentor                       19           0\n  Ikke i tilbud                28         -27\n"
                        "  I alt                        74         -25\n",
                        {{"intervention/virksomhedspraktik/all", "27"},
                         {"intervention/mentor/all", "19"},
                         {"intervention/ikke_i_tilbud/all", "28"}}},
        // Headings in a letter's own words ("Hvor mange der er i målgruppen", "Aktivitet i de seneste seks
        // måneder"); a benefit's figure given as "er det x af de y" two sentences after the whole group's.
        LetterFactsCase{"HeadingsInOwnWordsAndABenefitsSameFigure",
                        "Hvor mange der er i målgruppen\n\nDen 31. august 2018 havde kommunen 61 borgere i målgruppen.\n\n"
                        "Aktivitet i de seneste seks måneder\n\nI perioden 1. marts – 31. august 2018 har 54 af de 61 borgere været i "
                        "mindst ét aktivt tilbud. Det er knap 89 pct. For integrationsydelse er det 11 af de 12.\n\n"
                        "Rehabiliteringsteamet\n\n16 kontanthjælpsmodtagere bør behandles i rehabiliteringsteamet. 5 sager blev behandlet "
                        "i første halvår 2018, og 8 står fortsat på listen til teamets møder i 4. kvartal 2018.",
                        {{"target_group/over_5_years/all", "61"},
                         {"active_intervention/active/all", "54 of 61 in 2018-03-01/2018-08-31"},
                         {"active_intervention/active_share_pct/all", "89 in 2018-03-01/2018-08-31"},
                         {"active_intervention/active/integrationsydelse", "11 of 12 in 2018-03-01/2018-08-31"},
                         {"rehab_team/to_present/kontanthjaelp", "16"},
                         {"rehab_team/presented/kontanthjaelp", "5 in 2018-H1"},
                         {"rehab_team/planned/kontanthjaelp", "8 in 2018-Q4"}}},
        // What an earlier reply said is no figure of this one ("I augustsvaret skønnede vi", "I svaret af
        // 22. august …", "I december 2017 skrev borgmesteren …"); the figure given now is.
        LetterFactsCase{"WhatAnEarlierReplySaidIsNoFigure",
                        "4. Rehabiliteringsteamet\n\nI augustsvaret skønnede vi, at ca. 40 kontanthjælpsmodtagere burde have deres sag "
                        "forbi teamet. I svaret af 22. august nævnte vi 18 sager under afklaring. I december 2017 skrev borgmesteren til dig, "
                        "at 14 aktivitetsparate stod uden tilbud. Efter gennemgangen bør 38 kontanthjælpsmodtagere forelægges teamet.",
                        {{"rehab_team/to_present/kontanthjaelp", "38"}}},
        // A list's intro dates its items ("Opgjort for perioden 1. februar – 31. juli 2018:" over "• Aktive: 7 af 8").
        LetterFactsCase{"AListsIntroDatesItsItems",
                        "3. Aktive tilbud\n\nOpgjort for perioden 1. februar – 31. juli 2018:\n\n• Aktive: 7 af 8\n• Ikke aktive: 1\n",
                        {{"active_intervention/active/all", "7 of 8 in 2018-02-01/2018-07-31"},
                         {"active_intervention/not_active/all", "1 in 2018-02-01/2018-07-31"}}},
        // A workplace named by a compound ("i kommunens genbrugsprojekt") is no other project; "projektet" is.
        LetterFactsCase{"AWorkplaceProjectIsNoOtherProject",
                        "2. Indsatser\n\nFjorten har en mentor, tre er i løntilskud, og fem arbejder i nytteindsats i kommunens "
                        "genbrugsprojekt. I projektet \"Job i Nord\" har 12 en mentor.",
                        {{"intervention/mentor/all", "14"},
                         {"intervention/loentilskud/all", "3"},
                         {"intervention/nytteindsats/all", "5"}}},
        // What the team can take is no count of cases ("kan nå 5 sager på et møde", "fire til seks sager pr. møde", "max 4 sager/møde").
        // The group by a pronoun and in number words, beside its earlier size ("Den tæller i dag niogtyve … mod enogtredive i juli").
        LetterFactsCase{"TheGroupByAPronounInNumberWords",
                        "Målgruppen er blevet lidt mindre. Den tæller i dag niogtyve aktivitetsparate borgere mod enogtredive i juli. "
                        "Enogtyve af dem modtager kontanthjælp, tre modtager uddannelseshjælp, og fem får integrationsydelse.",
                        {{"target_group/over_5_years/all", "29"},
                         {"target_group/over_5_years/kontanthjaelp", "21 of 29"},
                         {"target_group/over_5_years/uddannelseshjaelp", "3"},
                         {"target_group/over_5_years/integrationsydelse", "5"}}},
        // An earlier month's figure, and what the reply to the minister's letter said, are of that time.
        LetterFactsCase{"AnEarlierMonthsFigureAndAnEarlierReply",
                        "1. Målgruppen\n\nMålgruppen tæller 73 borgere. I juni var tallet 76.\n\n4. Rehabiliteringsteamet\n\n"
                        "I vores svar af 10. september 2018 på dit brev af 18. juni skrev vi, at 6 sager var berammet til oktober. "
                        "Nu bør 20 kontanthjælpsmodtagere forelægges teamet.",
                        {{"target_group/over_5_years/all", "73"}, {"rehab_team/to_present/kontanthjaelp", "20"}}},
        LetterFactsCase{"TheTeamsCapacityIsNoCount",
                        "4. Rehabiliteringsteamet\n\nAf de 40 kontanthjælpsmodtagere bør 30 forelægges rehabiliteringsteamet. Teamet "
                        "mødes ugentligt og kan nå 5 sager på et møde. Det behandler fire til seks sager pr. møde, max 4 sager/møde "
                        "om sommeren. 12 skal på et møde i 3. kvartal 2018.",
                        {{"rehab_team/to_present/kontanthjaelp", "30 of 40"},
                         {"rehab_team/planned/kontanthjaelp", "12 in 2018-Q3"}}}),
    [](const ::testing::TestParamInfo<LetterFactsCase>& info) { return std::string(info.param.name); });

// Every fact with a figure, derived ones too, as "section/category/benefit V[ of T][ in P]".
std::multiset<std::string> everyFigure(const std::string& body) {
    std::multiset<std::string> got;
    for (const auto& l : extract(letter(body), "t.txt").letters) {
        for (const auto& f : l.facts) {
            if (!f.value) continue;
            got.insert(f.section + "/" + f.category + "/" + f.benefit + " " + std::to_string(static_cast<int>(*f.value)) +
                       (f.ofTotal ? " of " + std::to_string(static_cast<int>(*f.ofTotal)) : "") + (f.period ? " in " + *f.period : ""));
        }
    }
    return got;
}

// A table whose rows are months under columns that say what they count: each
// row's active count of its own group size and its share, in its month; a
// month's rest is unsaid, the quarter's (the sentence under it) is summed up.
TEST(FactExtractor, ATableWhoseRowsAreMonths) {
    EXPECT_EQ(everyFigure("3. Aktive tilbud\n\nTabel 2. Aktive borgere i 2. kvartal 2018\nMåned\tI målgruppen\tAktive i måneden\tAndel\n"
                          "April 2018\t50\t41\t82 %\nMaj 2018\t50\t43\t86 %\nJuni 2018\t49\t40\t82 %\n\n"
                          "I hele 2. kvartal 2018 har 45 af de 49 borgere været aktive i mindst én af månederne."),
              (std::multiset<std::string>{
                  "active_intervention/active/all 41 of 50 in 2018-04-01/2018-04-30", "active_intervention/active_share_pct/all 82 in 2018-04-01/2018-04-30",
                  "active_intervention/active/all 43 of 50 in 2018-05-01/2018-05-31", "active_intervention/active_share_pct/all 86 in 2018-05-01/2018-05-31",
                  "active_intervention/active/all 40 of 49 in 2018-06-01/2018-06-30", "active_intervention/active_share_pct/all 82 in 2018-06-01/2018-06-30",
                  "active_intervention/active/all 45 of 49 in 2018-Q2", "active_intervention/not_active/all 4 of 49 in 2018-Q2"}));
}

// The team's cases in a table of tertials, "Behandlet" and "Berammet" across
// the top: each count in its tertial, parts of the cases the words leading
// into the table name again ("hvor de 15 sager står"), of their benefit.
TEST(FactExtractor, ATeamTableWhoseRowsAreTertials) {
    EXPECT_EQ(everyFigure("4. Rehabiliteringsteamet\n\nJobcentret vurderer, at 15 af de 40 kontanthjælpsmodtagere i målgruppen bør komme for "
                          "teamet. Teamets møder planlægges pr. tertial, og tabellen viser, hvor de 15 sager står.\n\n"
                          "  Tertial                                  Behandlet      Berammet\n"
                          "  1. tertial 2018 (januar–april)                   3             –\n"
                          "  2. tertial 2018 (maj–august)                     4             2\n"
                          "  3. tertial 2018 (september–december)             –             5\n"),
              (std::multiset<std::string>{"rehab_team/to_present/kontanthjaelp 15 of 40",
                                          "rehab_team/presented/kontanthjaelp 3 of 15 in 2018-01-01/2018-04-30",
                                          "rehab_team/presented/kontanthjaelp 4 of 15 in 2018-05-01/2018-08-31",
                                          "rehab_team/planned/kontanthjaelp 2 of 15 in 2018-05-01/2018-08-31",
                                          "rehab_team/planned/kontanthjaelp 5 of 15 in 2018-09-01/2018-12-31"}));
}

// Quarters down the side and only the active count and its share across: the
// total the table's introduction names ("hvor mange af de 120 borgere") is
// each row's, and no quarter's rest is summed up.
TEST(FactExtractor, ATableOfQuartersTakesTheTotalItsIntroductionNames) {
    EXPECT_EQ(everyFigure("3. Aktive tilbud\n\nTabellen viser, hvor mange af de 120 borgere i målgruppen der har deltaget i mindst ét "
                          "aktivt tilbud, kvartal for kvartal.\n\n"
                          "  Periode                  Aktive     Andel\n"
                          "  1. kvartal 2018             96      80 %\n"
                          "  2. kvartal 2018            102      85 %\n"),
              (std::multiset<std::string>{"active_intervention/active/all 96 of 120 in 2018-Q1", "active_intervention/active_share_pct/all 80 in 2018-Q1",
                                          "active_intervention/active/all 102 of 120 in 2018-Q2", "active_intervention/active_share_pct/all 85 in 2018-Q2"}));
}

// "har 40 af de 45 borgere været aktive", "deltaget aktivt i et eller flere tilbud": active, with the part before the verb.
TEST(FactExtractor, ActiveWithThePartBeforeTheVerb) {
    EXPECT_EQ(factsOf("3. Aktive tilbud\n\nI 2. kvartal 2018 har 40 af de 45 borgere været aktive i mindst én af månederne.")
                  .at("active_intervention/active/all"),
              "40 of 45 in 2018-Q2");
    EXPECT_EQ(factsOf("3. Aktive tilbud\n\nI perioden 1. april – 30. juni 2018 har 36 af de 42 borgere deltaget aktivt i et eller flere tilbud.")
                  .at("active_intervention/active/all"),
              "36 of 42 in 2018-Q2");
}

// The rest of those counted active, told or derived, is of their total.
TEST(FactExtractor, TheRestOfThoseActiveIsOfTheirTotal) {
    EXPECT_EQ(everyFigure("3. Aktive tilbud\n\nI 1. halvår 2018 har 57 af de 92 borgere været i mindst ét aktivt tilbud. De resterende 35 "
                          "borgere har ikke været i aktivt tilbud i perioden."),
              (std::multiset<std::string>{"active_intervention/active/all 57 of 92 in 2018-H1", "active_intervention/not_active/all 35 of 92 in 2018-H1"}));
    EXPECT_EQ(everyFigure("3. Aktive tilbud\n\nI 1. halvår 2018 har 81 ud af de 96 borgere deltaget i mindst ét aktivt tilbud. De resterende "
                          "har ikke været i aktive tilbud i perioden, typisk på grund af sygdom."),
              (std::multiset<std::string>{"active_intervention/active/all 81 of 96 in 2018-H1", "active_intervention/not_active/all 15 of 96 in 2018-H1"}));
}

// "bør 45 af dem forelægges et af kommunens to rehabiliteringsteams": to be
// presented, under a heading in the letter's own words that names no question.
TEST(FactExtractor, ToBePresentedWithTheCountBeforeTheVerb) {
    EXPECT_EQ(factsOf("Hvad gør kommunen?\n\nJobcentret har gennemgået de 136 kontanthjælpssager igen. Efter vores vurdering bør 45 af dem "
                      "forelægges et af kommunens to rehabiliteringsteams.")
                  .at("rehab_team/to_present/kontanthjaelp"),
              "45 of 136");
}

// The group as it stood before, after the count of now: "I juli var der 96.",
// "(1. maj: 61)" beside the count in a list, are no counts of the group.
TEST(FactExtractor, TheGroupAsItStoodBeforeIsNoCount) {
    EXPECT_EQ(factsOf("1. Målgruppen\n\nDen 30. juni 2018 var 93 borgere i målgruppen. 62 af dem får kontanthjælp. I maj var der 96. "
                      "To er siden kommet i fleksjob."),
              (std::map<std::string, std::string>{{"target_group/over_5_years/all", "93"}, {"target_group/over_5_years/kontanthjaelp", "62 of 93"}}));
    EXPECT_EQ(factsOf("MÅLGRUPPEN\n\nAlle tal er opgjort den 30. juni 2018, og i parentes står tallet fra 1. maj.\n\n"
                      "  Kontanthjælp: 59 borgere (1. maj: 61)\n  Uddannelseshjælp: 8 borgere (1. maj: 9)\n"
                      "  Målgruppen i alt: 67 borgere (1. maj: 70)\n"),
              (std::map<std::string, std::string>{{"target_group/over_5_years/all", "67"},
                                                  {"target_group/over_5_years/kontanthjaelp", "59"},
                                                  {"target_group/over_5_years/uddannelseshjaelp", "8"}}));
}

// A heading in capitals that names the answer's period ("AKTIVE TILBUD I 2.
// KVARTAL 2018") gives it to the counts under it that name none.
TEST(FactExtractor, TheAnswersHeadingNamesItsPeriod) {
    EXPECT_EQ(factsOf("AKTIVE TILBUD I 2. KVARTAL 2018\n\n  Borgere med mindst ét aktivt tilbud: 73 af 86\n  Borgere uden aktivt tilbud: 13\n"
                      "  Andel aktive: knap 85 pct. (1. halvår 2017: 83 pct.)\n"),
              (std::map<std::string, std::string>{{"active_intervention/active/all", "73 of 86 in 2018-Q2"},
                                                  {"active_intervention/not_active/all", "13 in 2018-Q2"},
                                                  {"active_intervention/active_share_pct/all", "85 in 2018-Q2"}}));
}

// "Sagerne fordeler sig således:" over rows that pass an estimate ("ca. 1.050")
// a little: the rows are its parts all the same, of its benefit.
TEST(FactExtractor, RowsThatSplitAnEstimate) {
    EXPECT_EQ(everyFigure("4. Rehabiliteringsteamene\n\nForvaltningen vurderer, at ca. 1.050 af de 3.452 kontanthjælpsmodtagere i målgruppen bør "
                          "have deres sag forelagt et rehabiliteringsteam. Tallet er lidt lavere end i maj, fordi en del har forladt målgruppen. "
                          "Sagerne fordeler sig således:\n\n- behandlet i 1. halvår 2018: 608\n- under afklaring: 444\n"),
              (std::multiset<std::string>{"rehab_team/to_present/kontanthjaelp 1050 of 3452",
                                          "rehab_team/presented/kontanthjaelp 608 of 1050 in 2018-H1",
                                          "rehab_team/under_clarification/kontanthjaelp 444 of 1050"}));
}

// A column of all the activity-ready after the group's column is its base,
// though the group's column names no cue ("I målgruppen").
TEST(FactExtractor, ATotalColumnAfterAnUncuedGroupColumnIsItsBase) {
    EXPECT_EQ(factsOf("1  Målgruppen\n\nTabellen viser, hvor mange af de aktivitetsparate på hver ydelse der har været i systemet i mindst fem år.\n\n"
                      "Ydelse\tI målgruppen\tAlle aktivitetsparate\tAndel i målgruppen\n"
                      "Kontanthjælp\t312\t790\t39 %\nUddannelseshjælp\t25\t204\t12 %\nI alt\t337\t994\t34 %\n"),
              (std::map<std::string, std::string>{{"target_group/over_5_years/kontanthjaelp", "312 of 790"},
                                                  {"target_group/over_5_years/uddannelseshjaelp", "25 of 204"},
                                                  {"target_group/over_5_years/all", "337 of 994"}}));
}

// A change since an earlier count ("tre færre end i juli", "47 borgere
// mindre end i august", "3 borgere mindre siden juni", "fem færre end den 1.
// juli 2018") counts nobody.
TEST(FactExtractor, AChangeSinceAnEarlierCountIsNoCount) {
    EXPECT_EQ(factsOf("Spørgsmål 1\nDer er nu 84 aktivitetsparate borgere i målgruppen, tre færre end i juli. "
                      "Gruppen er blevet 3 borgere mindre siden juni, og den er 47 borgere mindre end i august sidste år."),
              (std::map<std::string, std::string>{{"target_group/over_5_years/all", "84"}}));
    EXPECT_EQ(factsOf("Spørgsmål 1\nDen 1. januar 2019 var der 88 borgere i målgruppen, fem færre end den 1. juli 2018."),
              (std::map<std::string, std::string>{{"target_group/over_5_years/all", "88"}}));
}

// A table of questions and answers whose answers are prose: the row's
// number and question open the question its answer counts for.
TEST(FactExtractor, AQuestionInItsOwnCellOpensItsAnswer) {
    EXPECT_EQ(factsOf("Her er vores svar på dit brev af 18. juni 2018.\n\nNr.\tSpørgsmål i kort form\tSvar\n"
                      "1.\tHvor mange er i målgruppen?\t32 borgere i alt. 24 får kontanthjælp, 3 uddannelseshjælp og 5 integrationsydelse. "
                      "En enkelt er overgået til ressourceforløb.\n"),
              (std::map<std::string, std::string>{{"target_group/over_5_years/all", "32"},
                                                  {"target_group/over_5_years/kontanthjaelp", "24"},
                                                  {"target_group/over_5_years/uddannelseshjaelp", "3"},
                                                  {"target_group/over_5_years/integrationsydelse", "5"}}));
}

// What the municipality estimated or answered before ("I august skønnede
// vi, at …", "Da vi i september svarede på dit brev, var …") is of that
// time, not a count of now.
TEST(FactExtractor, WhatWasEstimatedOrAnsweredBeforeIsOfThatTime) {
    EXPECT_EQ(factsOf("Spørgsmål 4\nAf de 60 kontanthjælpsmodtagere bør 18 have deres sag forelagt rehabiliteringsteamet. "
                      "I juni skønnede vi, at knap 30 af kontanthjælpsmodtagerne burde forbi rehabiliteringsteamet. "
                      "I maj regnede vi med, at omkring 35 skulle have deres sag på et møde i teamet. "
                      "Da vi i april svarede på et brev fra ministeriet, var 12 sager planlagt til rehabiliteringsteamet."),
              (std::map<std::string, std::string>{{"rehab_team/to_present/kontanthjaelp", "18 of 60"}}));
}

// Those with no valid reason to be without an offer are owed one
// ("manglede en gyldig grund til fritagelse", "ingen gyldig grund til, at
// de stod uden tilbud"), though "stod uden tilbud" alone is no offer today.
TEST(FactExtractor, NoValidReasonForNoOfferIsAnOfferOwed) {
    EXPECT_EQ(factsOf("Spørgsmål 2\n4 manglede en gyldig grund til fritagelse."), (std::map<std::string, std::string>{{"target_group/without_offer/all", "4"}}));
    EXPECT_EQ(factsOf("Spørgsmål 2\nFor de sidste to var der ingen gyldig grund til, at de stod uden tilbud."),
              (std::map<std::string, std::string>{{"target_group/without_offer/all", "2"}}));
}

// Treatment at the addiction centre, hours with pay beside a placement and
// Danish lessons are interventions of their own.
TEST(FactExtractor, TreatmentHoursWithPayAndDanishLessons) {
    EXPECT_EQ(factsOf("Spørgsmål 2\n11 borgere går til behandling i rusmiddelcentret. Sytten er i virksomhedspraktik, og fire af dem har fået et par "
                      "timer med løn i samme virksomhed. Seks følger danskundervisning."),
              (std::map<std::string, std::string>{{"intervention/misbrugsbehandling/all", "11"},
                                                  {"intervention/virksomhedspraktik/all", "17"},
                                                  {"intervention/ordinaere_timer/all", "4 of 17"},
                                                  {"intervention/vejledning_opkvalificering/all", "6"}}));
}

// "Det er ikke de samme personer som i jobcentrets opgørelse": the rest of
// the paragraph counts other people.
TEST(FactExtractor, APassageAboutOtherPeopleCountsNone) {
    EXPECT_EQ(factsOf("Spørgsmål 2\n17 er i virksomhedspraktik.\n\nRådet holdt tre møder med 34 borgere. Det er ikke de samme personer som i "
                      "jobcentrets opgørelse. 21 af deltagerne havde været i praktik mere end én gang.\n\n5 har en mentor."),
              (std::map<std::string, std::string>{{"intervention/virksomhedspraktik/all", "17"}, {"intervention/mentor/all", "5"}}));
}

// Every item of a list is as near the sentence before its opening as the
// first one is: "- 5 venter på en erklæring" at the end of a list still
// answers the rehabilitation team's question; "var for teamet" was presented.
TEST(FactExtractor, ALongListsLastItemsKeepItsContext) {
    EXPECT_EQ(factsOf("Jobcentret vurderer, at 14 af de 34 kontanthjælpsmodtagere i målgruppen skal forelægges rehabiliteringsteamet. "
                      "Sagerne fordeler sig sådan:\n\n- 3 var for teamet i juni 2018\n- 5 blev behandlet i juli 2018\n"
                      "- 1 er berammet til mødet tirsdag den 20. november\n- 5 venter på en psykiatrisk speciallægeerklæring\n"),
              (std::map<std::string, std::string>{{"rehab_team/to_present/kontanthjaelp", "14 of 34"},
                                                  {"rehab_team/presented/kontanthjaelp", "5 in 2018-07-01/2018-07-31"},
                                                  {"rehab_team/planned/kontanthjaelp", "1"},
                                                  {"rehab_team/under_clarification/kontanthjaelp", "5"}}));
}

// "Opdelt efter den primære indsats er 24 i virksomhedspraktik": the words
// before say the figures after part the group; "vejledning eller
// opkvalificering" is the one intervention.
TEST(FactExtractor, CountsAfterTheWordsThatPartTheGroup) {
    EXPECT_EQ(factsOf("Spørgsmål 2\nOpdelt efter den primære indsats er 24 i virksomhedspraktik og 18 i et mentorforløb. "
                      "13 får vejledning eller opkvalificering."),
              (std::map<std::string, std::string>{{"intervention/virksomhedspraktik/all", "24"},
                                                  {"intervention/mentor/all", "18"},
                                                  {"intervention/vejledning_opkvalificering/all", "13"}}));
    // "   15  i virksomhedspraktik – fire af dem …": a count set first, however long its item.
    EXPECT_EQ(factsOf("Spørgsmål 2\nHver borger står ét sted.\n\n   15  i virksomhedspraktik – fire af dem har også nogle lønnede timer hos "
                      "arbejdsgiveren\n    9  med mentor som den bærende indsats\n    3  i job med løntilskud\n"),
              (std::map<std::string, std::string>{{"intervention/virksomhedspraktik/all", "15"},
                                                  {"intervention/ordinaere_timer/all", "4"},
                                                  {"intervention/mentor/all", "9"},
                                                  {"intervention/loentilskud/all", "3"}}));
    // "Derefter følger 21 med et mentorforløb": the next in a ranking.
    EXPECT_EQ(factsOf("Spørgsmål 2\nDen største gruppe er borgerne i virksomhedspraktik, i alt 37. Derefter følger 21 med et mentorforløb "
                      "og 13 i et sundhedsfagligt forløb."),
              (std::map<std::string, std::string>{{"intervention/virksomhedspraktik/all", "37"},
                                                  {"intervention/mentor/all", "21"},
                                                  {"intervention/sundhedsfaglig/all", "13"}}));
}

// A period said of an earlier figure ("de 85 procent, vi oplyste for
// første halvår") is not the period of the share beside it.
TEST(FactExtractor, APeriodOfTheFigureReportedBeforeIsNotTheShares) {
    EXPECT_EQ(factsOf("Spørgsmål 3\nI 2. kvartal 2018 har 33 af de 38 været i et aktivt tilbud. "
                      "Det er knap 87 procent, lidt mere end de 85 procent, vi oplyste for første halvår 2017."),
              (std::map<std::string, std::string>{{"active_intervention/active/all", "33 of 38 in 2018-Q2"},
                                                  {"active_intervention/active_share_pct/all", "87 in 2018-Q2"}}));
}

// A paragraph that opens with the rehabilitation team is about it to its
// end, past the three sentences a cue's context is otherwise looked for in.
TEST(FactExtractor, AParagraphsOpeningNamesWhatItIsAbout) {
    EXPECT_EQ(factsOf("Rehabiliteringsteamet har haft travlt i efteråret. Teamet mødes hver anden tirsdag. Jobcentret mener, at 16 af de 38 "
                      "kontanthjælpsmodtagere bør have deres sag for teamet. Fem blev behandlet i juni, og fire har været "
                      "for teamet i juli. To står på dagsordenen tirsdag den 11. december, og for de fem sidste venter vi stadig på "
                      "svar fra egen læge."),
              (std::map<std::string, std::string>{{"rehab_team/to_present/kontanthjaelp", "16 of 38"},
                                                  {"rehab_team/presented/kontanthjaelp", "4 in 2018-07-01/2018-07-31"},
                                                  {"rehab_team/planned/kontanthjaelp", "2"},
                                                  {"rehab_team/under_clarification/kontanthjaelp", "5"}}));
}

// "i kvartalet" refers back to the quarter named before, not to the
// half-year a figure was compared with ("mod 83,5 pct. i 1. halvår").
TEST(FactExtractor, APeriodReferredBackIsNotOneComparedWith) {
    EXPECT_EQ(factsOf("Spørgsmål 3\nI 2. kvartal 2018 har 339 af de 409 borgere deltaget i mindst én aktiv indsats. "
                      "Det giver en aktiveringsgrad på 82,9 pct. mod 83,5 pct. i 2. halvår 2017. "
                      "Resten – 70 borgere – har ikke deltaget i nogen aktiv indsats i kvartalet."),
              (std::map<std::string, std::string>{{"active_intervention/active/all", "339 of 409 in 2018-Q2"},
                                                  {"active_intervention/active_share_pct/all", "82 in 2018-Q2"},
                                                  {"active_intervention/not_active/all", "70 of 409 in 2018-Q2"}}));
}

// "Den første sag", "Den fjerde": an ordinal standing for one case counts
// one; a statement from a psychiatrist is awaited like a doctor's.
TEST(FactExtractor, OrdinalsCountOneCaseEach) {
    const auto e = extract(letter("Efter vores vurdering skal fire af de ti kontanthjælpsmodtagere have deres sag behandlet i rehabiliteringsteamet. "
                                  "Den første sag blev behandlet i maj. To fik deres sag behandlet på teamets møde den 19. juni. "
                                  "Den fjerde venter stadig på en erklæring fra en psykiater i Aarhus."),
                           "t.txt");
    std::multiset<std::string> got;
    for (const auto& f : counted(e)) got.insert(f.category + " " + std::to_string(static_cast<int>(*f.value)));
    EXPECT_EQ(got, (std::multiset<std::string>{"to_present 4", "presented 1", "presented 2", "under_clarification 1"}));
}

// "I tilbud i alt" and "Målgruppen i alt" under a table's interventions are
// its sums, no intervention of their own.
TEST(FactExtractor, AnInterventionTablesSumRowsAreNoInterventions) {
    EXPECT_EQ(factsOf("2  Indsatser\n\nIndsats\tBorgere\nVirksomhedspraktik\t84\nMentorstøtte\t66\nI tilbud i alt\t150\nIkke i tilbud\t25\n"
                      "Målgruppen i alt\t175\n"),
              (std::map<std::string, std::string>{{"intervention/virksomhedspraktik/all", "84"},
                                                  {"intervention/mentor/all", "66"},
                                                  {"intervention/ikke_i_tilbud/all", "25"}}));
}

// "De resterende sager ..." after the rows of a list that break down the
// count before them ("bør 29 ... forelægges:" over "Behandlet ...: 9") is the
// rest of that count once the rows are taken, not of its total.
TEST(FactExtractor, TheRestAfterAListsRowsIsOfTheCountTheyBreakDown) {
    const auto e = extract(letter("Spørgsmål 4\nJobcentret anslår, at ca. 25 af de 69 kontanthjælpsmodtagere bør have deres sag forelagt "
                                  "rehabiliteringsteamet. Status pr. 1. juli 2018:\n\nForelagt teamet i 2. kvartal 2018: 8\n"
                                  "Behandlet på møderne i juni 2018: 6\nSkrevet op til møder i august–oktober 2018: 4\n\n"
                                  "De øvrige sager er under forberedelse, fordi vi venter på lægelige oplysninger.\n"),
                           "t.txt");
    EXPECT_EQ(valuesBy(e)["under_clarification"], 7);
}

// The team's cases of every group ("på tværs af alle ydelser") are not the
// target group's.
TEST(FactExtractor, TheTeamsCasesOfEveryGroupAreNotTheTargetGroups) {
    EXPECT_EQ(factsOf("Spørgsmål 4\nAf de 60 kontanthjælpsmodtagere bør 18 have deres sag forelagt rehabiliteringsteamet. "
                      "I år har teamet indtil nu behandlet 131 sager på tværs af alle ydelser."),
              (std::map<std::string, std::string>{{"rehab_team/to_present/kontanthjaelp", "18 of 60"}}));
}

// A list's "label: ca. N" rows are rows too, however long the label.
TEST(FactExtractor, AListRowWithAnEstimateAfterItsColon) {
    EXPECT_EQ(factsOf("Spørgsmål 4\nForvaltningen vurderer, at ca. 1.050 af de 3.452 kontanthjælpsmodtagere bør have deres sag forelagt et "
                      "rehabiliteringsteam. Sagerne fordeler sig således:\n\n- behandlet i 1. halvår 2018: 208\n"
                      "- under forberedelse, oftest fordi vi venter på lægelige oplysninger: ca. 530\n"),
              (std::map<std::string, std::string>{{"rehab_team/to_present/kontanthjaelp", "1050 of 3452"},
                                                  {"rehab_team/presented/kontanthjaelp", "208 of 1050 in 2018-H1"},
                                                  {"rehab_team/under_clarification/kontanthjaelp", "530 of 1050"}}));
}

// A share for a period that had ended before the answer's began, given
// after it, is what the answer is compared with.
TEST(FactExtractor, AShareOfAnEndedPeriodAfterTheAnswerIsItsComparison) {
    EXPECT_EQ(factsOf("Spørgsmål 3\nI 3. kvartal 2018 har 82 af de 94 borgere været i mindst ét aktivt tilbud, eller godt 87 pct. "
                      "I 1. halvår lå andelen på 86 pct."),
              (std::map<std::string, std::string>{{"active_intervention/active/all", "82 of 94 in 2018-Q3"},
                                                  {"active_intervention/active_share_pct/all", "87 in 2018-Q3"}}));
}

// Cases that "kom igennem" the team's meetings were presented to it.
TEST(FactExtractor, CasesThatCameThroughTheTeamsMeetingsWerePresented) {
    EXPECT_EQ(factsOf("Spørgsmål 4\nJobcentret vurderer, at ni af de enogtyve kontanthjælpsmodtagere bør have deres sag behandlet i "
                      "rehabiliteringsteamet. Fire kom igennem på teamets to møder i september."),
              (std::map<std::string, std::string>{{"rehab_team/to_present/kontanthjaelp", "9 of 21"},
                                                  {"rehab_team/presented/kontanthjaelp", "4 in 2018-09-01/2018-09-30"}}));
}

// "og for den sidste venter vi": the last one opens its clause after "for"
// and counts what the clause says of it, not the words before "for".
TEST(FactExtractor, TheLastOneAfterForOpensItsClause) {
    EXPECT_EQ(factsOf("Spørgsmål 4\nJobcentret vurderer, at ni af de enogtyve kontanthjælpsmodtagere bør have deres sag behandlet i "
                      "rehabiliteringsteamet. Én står på dagsordenen til mødet onsdag den 24. oktober, og for den sidste venter vi "
                      "stadig på en erklæring fra en speciallæge."),
              (std::map<std::string, std::string>{{"rehab_team/to_present/kontanthjaelp", "9 of 21"},
                                                  {"rehab_team/planned/kontanthjaelp", "1"},
                                                  {"rehab_team/under_clarification/kontanthjaelp", "1"}}));
}

// ", så ingen af dem går uden et tilbud" says what follows for them all; its
// words are not the kind of the one counted before it.
TEST(FactExtractor, NoneAfterSoIsAClauseOfItsOwn) {
    const auto facts = factsOf("Spørgsmål 2\nFire borgere er ikke i tilbud i øjeblikket. Tre af de fire har en lægeerklæring, og den "
                               "fjerde er på barselsorlov, så ingen af dem går uden et tilbud, de har krav på.");
    EXPECT_EQ(facts.count("target_group/without_offer/all"), 0u);
}

// "38 (heraf 28 på kontanthjælp)": the bracket's benefit is its part's; the
// count is the whole group's, row after row.
TEST(FactExtractor, AHerafBracketAfterACountNamesItsPartsBenefit) {
    EXPECT_EQ(factsOf("Spørgsmål 2\nHver borger er placeret under sin primære indsats:\n– virksomhedspraktik: 38 (heraf 28 på kontanthjælp)\n"
                      "– mentor: 21 (heraf 15 på kontanthjælp)\n– ikke i tilbud: 16 (heraf 12 på kontanthjælp)\n"),
              (std::map<std::string, std::string>{{"intervention/virksomhedspraktik/all", "38"},
                                                  {"intervention/virksomhedspraktik/kontanthjaelp", "28 of 38"},
                                                  {"intervention/mentor/all", "21"},
                                                  {"intervention/mentor/kontanthjaelp", "15 of 21"},
                                                  {"intervention/ikke_i_tilbud/all", "16"},
                                                  {"intervention/ikke_i_tilbud/kontanthjaelp", "12 of 16"}}));
}

// "I august kom jobcentret frem til, at …": what it found then, not now.
TEST(FactExtractor, WhatTheJobCentreCameToInAnEarlierMonthIsOfThatTime) {
    EXPECT_EQ(factsOf("Spørgsmål 1\nI august nåede vi frem til 183 borgere ved at tælle i fagsystemet. Målgruppen tæller nu 179 borgere."),
              (std::map<std::string, std::string>{{"target_group/over_5_years/all", "179"}}));
}

// A figure of an earlier time given again as it is now ("er tallet nu
// sytten af de toogfyrre") counts what that one counted, for its benefit.
TEST(FactExtractor, AnEarlierFigureGivenAgainAsItIsNowCountsWhatItCounted) {
    EXPECT_EQ(factsOf("Tak for dit brev af 18. juni 2018.\n\nMålgruppen rummer nu 56 aktivitetsparate borgere. Toogfyrre af dem "
                      "modtager kontanthjælp.\n\nSå til rehabiliteringsteamet. I august vurderede jobcentret, at seksten "
                      "kontanthjælpsmodtagere skulle have deres sag forbi teamet. Efter endnu en gennemgang er tallet nu sytten af de "
                      "toogfyrre, fordi en borger har fået en ny diagnose."),
              (std::map<std::string, std::string>{{"target_group/over_5_years/all", "56"},
                                                  {"target_group/over_5_years/kontanthjaelp", "42 of 56"},
                                                  {"rehab_team/to_present/kontanthjaelp", "17 of 42"}}));
}

// "Om rehabiliteringsteamet skrev vi i august, at 24 af de 71 …" tells the
// earlier reply; "Nu er det 23 af 67" gives its figure as it is now. The cases
// of the next sentence may be those of then or of now: of no total.
TEST(FactExtractor, NowItIsGivesTheEarlierReplysFigureAsItIsNow) {
    EXPECT_EQ(factsOf("Tak for dit brev af 18. juni 2018.\n\nMålgruppen rummer nu 91 aktivitetsparate borgere. Syvogtres af dem får "
                      "kontanthjælp.\n\nOm rehabiliteringsteamet skrev vi i august, at 24 af de 71 kontanthjælpsmodtagere skulle have "
                      "deres sag for teamet. Nu er det 23 af 67. Fem af sagerne blev behandlet i maj og juni 2018."),
              (std::map<std::string, std::string>{{"target_group/over_5_years/all", "91"},
                                                  {"target_group/over_5_years/kontanthjaelp", "67 of 91"},
                                                  {"rehab_team/to_present/kontanthjaelp", "23 of 67"},
                                                  {"rehab_team/presented/kontanthjaelp", "5 in 2018-05-01/2018-06-30"}}));
    // "… og resultatet blev 24 af de 66": the review's result is the figure now.
    EXPECT_EQ(factsOf("4. Rehabiliteringsteamet\nI august anslog jobcentret, at ca. 25 af de 69 kontanthjælpsmodtagere skulle have deres sag "
                      "forelagt rehabiliteringsteamet. Gennemgangen er nu afsluttet, og resultatet blev 24 af de 66."),
              (std::map<std::string, std::string>{{"rehab_team/to_present/kontanthjaelp", "24 of 66"}}));
}

// "blev otte behandlet, men to af de otte … tæller ikke længere med, så seks
// står tilbage": the count left is the count. "har teamet i 4. kvartal
// behandlet fem", "to har været på i januar": the team's work in a period.
TEST(FactExtractor, WhatIsLeftOnceAPartIsTakenOutIsTheCount) {
    const Extraction e = extract(letter("Spørgsmål 4\nJobcentret vurderer, at 23 af de 67 kontanthjælpsmodtagere bør forelægges "
                                        "rehabiliteringsteamet. Af de ni, der havde fået en tid i 3. kvartal, blev otte behandlet, men to af de "
                                        "otte er nu i ressourceforløb og tæller ikke længere med, så seks står tilbage. I alt har teamet i 4. "
                                        "kvartal behandlet fem sager fra listen, og to har været på i januar 2019."),
                                 "t.txt");
    std::vector<std::string> presented;
    for (const auto& f : counted(e)) {
        if (f.category == "presented") presented.push_back(std::to_string(static_cast<int>(*f.value)) + " in " + f.period.value_or("-"));
    }
    EXPECT_EQ(presented, (std::vector<std::string>{"6 in 2018-Q3", "5 in 2018-Q4", "2 in 2019-01-01/2019-01-31"}));
}

// "Atten har ikke et tilbud lige nu": no offer today.
TEST(FactExtractor, HasNoOfferNowCountsThoseWithout) {
    EXPECT_EQ(factsOf("Spørgsmål 2\nFemogtyve er i virksomhedspraktik. Atten har ikke et tilbud lige nu."),
              (std::map<std::string, std::string>{{"intervention/virksomhedspraktik/all", "25"}, {"intervention/ikke_i_tilbud/all", "18"}}));
}

// Items run on with semicolons, each a label and its count as a table row
// has them: "aktive 104 af 121; knap 86 pct.; ikke aktive 17", "behandlet i
// 2. kvartal 9; …". The figure for one benefit given again ("er tallet 73 af
// 87") is the count its complement completes, not the complement.
TEST(FactExtractor, SemicolonItemsOfActivityAndTheTeam) {
    EXPECT_EQ(factsOf("Målgruppen tæller 121, heraf 87 på kontanthjælp.\n\nAktive tilbud\nVi har set på halvåret 1. maj – 31. oktober "
                      "2018: aktive 104 af 121; knap 86 pct.; ikke aktive 17. For kontanthjælpsmodtagerne alene er tallet 73 af 87.\n\n"
                      "Rehabiliteringsteamet\nEfter en ny gennemgang skal 31 af de 87 kontanthjælpsmodtagere have deres sag for teamet. "
                      "Status for de 31: behandlet i 2. kvartal 9; under afklaring 4."),
              (std::map<std::string, std::string>{{"target_group/over_5_years/all", "121"},
                                                  {"target_group/over_5_years/kontanthjaelp", "87 of 121"},
                                                  {"active_intervention/active/all", "104 of 121 in 2018-05-01/2018-10-31"},
                                                  {"active_intervention/active_share_pct/all", "86 in 2018-05-01/2018-10-31"},
                                                  {"active_intervention/not_active/all", "17 of 121 in 2018-05-01/2018-10-31"},
                                                  {"active_intervention/active/kontanthjaelp", "73 of 87 in 2018-05-01/2018-10-31"},
                                                  {"rehab_team/to_present/kontanthjaelp", "31 of 87"},
                                                  {"rehab_team/presented/kontanthjaelp", "9 in 2018-Q2"},
                                                  {"rehab_team/under_clarification/kontanthjaelp", "4"}}));
}

// "Ændringerne hænger sådan sammen: …" accounts for the figures given; "uden
// at det næste tilbud var klar" is one owed an offer.
TEST(FactExtractor, AnAccountOfTheChangesCountsNothingNew) {
    EXPECT_EQ(factsOf("Spørgsmål 2\nDe 21 uden tilbud: sygemeldte 15; på barsel 3; fritaget af andre grunde 2. Tilbage er én kvinde på "
                      "integrationsydelse, hvis danskforløb sluttede i september, uden at det næste tilbud var klar.\n\nSpørgsmål 4\n"
                      "Jobcentret vurderer, at 31 af de 87 kontanthjælpsmodtagere bør forelægges rehabiliteringsteamet.\n\nÆndringerne hænger sådan "
                      "sammen: én af de 12 sager, der var sat på i 3. kvartal, blev udsat til oktober; af de 11 sager, vi var ved at gøre "
                      "klar, er 3 behandlet i oktober og 3 berammet."),
              (std::map<std::string, std::string>{{"outcome/andet/all", "2"},
                                                  {"target_group/without_offer/integrationsydelse", "1"},
                                                  {"rehab_team/to_present/kontanthjaelp", "31 of 87"}}));
}

// A form's fields: "Aktiveringsgrad i pct.: 86,5" is a share named before its
// figure; "… ved kommunens seneste svar: 86" the earlier reply's, no figure now.
TEST(FactExtractor, AFormsShareFieldAndItsEarlierReplysField) {
    const Extraction e = extract(letter("Spørgsmål 3: Aktive indsatser i perioden\nSvar:\n   Periode (fra–til)*: 01.06.2018–30.11.2018\n"
                                        "   Antal med mindst ét aktivt tilbud i perioden*: 90\n   Antal uden aktivt tilbud i perioden*: 14\n"
                                        "   Aktiveringsgrad i pct.: 86,5\n   Aktiveringsgrad ved kommunens seneste svar: 86\n"),
                                 "t.txt");
    EXPECT_EQ(valuesBy(e)["active_share_pct"], 86.5);
    EXPECT_EQ(factsBy(e),
              (std::map<std::string, std::string>{{"active_intervention/active/all", "90 in 2018-06-01/2018-11-30"},
                                                  {"active_intervention/not_active/all", "14 in 2018-06-01/2018-11-30"},
                                                  {"active_intervention/active_share_pct/all", "86 in 2018-06-01/2018-11-30"}}));
}

// A table under a caption of its own is of what the paragraph pointing at it
// names ("listen over kontanthjælpsmodtagere … Tabel 3 viser …"); "Ud over de
// 73 sager, som teamene allerede har behandlet" names a part the rest is less.
TEST(FactExtractor, ATeamTableUnderItsPointerAndTheRestBesidesAKnownPart) {
    const Extraction e = extract(letter("4. Rehabiliteringsteamet\n\nOgså listen over kontanthjælpsmodtagere, hvis sag skal forelægges et "
                                        "rehabiliteringsteam, følger vi fra måned til måned. Tabel 3 viser, hvor mange sager fra listen teamene "
                                        "har behandlet i hver måned.\n\nTabel 3. Sager fra listen til rehabiliteringsteamene\n\n"
                                        "Måned\tBehandlet i måneden\tPå listen ved månedens udgang\nOktober 2018\t20\t125\n"
                                        "November 2018\t18\t124\n\nPr. 30. november står 124 af de 398 kontanthjælpsmodtagere på listen. Ud "
                                        "over de 73 sager, som teamene allerede har behandlet, er 15 berammet til møderne i december, og resten "
                                        "er under afklaring."),
                                 "t.txt");
    std::vector<std::string> team;
    for (const auto& f : e.letters.at(0).facts) {
        if (f.section == "rehab_team" && f.value) team.push_back(f.category + " " + f.benefit + " " + std::to_string(static_cast<int>(*f.value)));
    }
    std::sort(team.begin(), team.end());
    EXPECT_EQ(team, (std::vector<std::string>{"planned kontanthjaelp 15", "presented kontanthjaelp 18", "presented kontanthjaelp 20",
                                              "to_present kontanthjaelp 124", "under_clarification kontanthjaelp 36"}));
}

// "Den trettende er en mand …": an ordinal past the tenth is one person
// before its verb; "den tolvte sag, der var planlagt, blev udsat" is not counted.
TEST(FactExtractor, AnOrdinalPastTheTenthBeforeItsVerbIsOnePerson) {
    EXPECT_EQ(factsOf("Spørgsmål 2\nBorgernes vigtigste tilbud: 20 er i virksomhedspraktik, og 13 er uden tilbud. Blandt de 13 uden tilbud er "
                      "10 sygemeldte og 2 på barsel. Den trettende er en mand på kontanthjælp, hvis praktik sluttede i september; han var "
                      "ikke fritaget, så han skulle have haft et nyt tilbud."),
              (std::map<std::string, std::string>{{"intervention/virksomhedspraktik/all", "20"},
                                                  {"intervention/ikke_i_tilbud/all", "13"},
                                                  {"target_group/without_offer/kontanthjaelp", "1"}}));
    EXPECT_EQ(factsOf("Spørgsmål 4\n12 af de 40 kontanthjælpsmodtagere bør forelægges rehabiliteringsteamet. 11 er behandlet, og den tolvte "
                      "sag, der var planlagt, blev udsat."),
              (std::map<std::string, std::string>{{"rehab_team/to_present/kontanthjaelp", "12 of 40"}, {"rehab_team/presented/kontanthjaelp", "11"}}));
}

// "Rehabiliteringsteamet: I juli skønnede vi, at …" tells the earlier reply
// after a run-in heading; "og i januar og februar 2019 én" is a count with its
// verb left out, the first keeping the period opening the sentence; "Forskellen
// fra juli:" opens an account of the changes.
TEST(FactExtractor, ARunInHeadingsEarlierEstimateAndAGappedPeriod) {
    const Extraction e = extract(letter("Rehabiliteringsteamet: I juli skønnede vi, at omkring femten af de niogtredive kontanthjælpsmodtagere "
                                        "skulle forbi teamet. Nu er tallet 13 af de 36. I 4. kvartal 2018 behandlede teamet 3 af sagerne og i "
                                        "januar og februar 2019 én.\n\nForskellen fra juli: Af de seks sager fra september blev én udsat til "
                                        "oktober."),
                                 "t.txt");
    std::vector<std::string> team;
    for (const auto& f : e.letters.at(0).facts) {
        if (f.section == "rehab_team" && f.value)
            team.push_back(f.category + " " + std::to_string(static_cast<int>(*f.value)) + (f.ofTotal ? " of " + std::to_string(static_cast<int>(*f.ofTotal)) : "") +
                           " " + f.period.value_or("-"));
    }
    EXPECT_EQ(team, (std::vector<std::string>{"to_present 13 of 36 -", "presented 3 2018-Q4", "presented 1 2019-01-01/2019-02-28"}));
    // "… 61 af sagerne og i 4. kvartal 57. 70 sager står …": a quarter, and a sentence that runs on past its full stop.
    EXPECT_EQ(factsOf("4. Rehabiliteringsteamet\n252 af de 983 kontanthjælpssager i målgruppen bør forelægges teamet. I 3. kvartal 2018 behandlede "
                      "teamene 61 af sagerne og i 4. kvartal 57. 70 sager står på dagsordenen til møderne i februar og marts 2019.")
                  .at("rehab_team/presented/kontanthjaelp"),
              "57 in 2018-Q4");
}

// "Ved årsskiftet var 163 …" in a letter of February is the status now; a
// numbered list's "3. Sundhed og trivsel: 18" reads its label as a row's.
TEST(FactExtractor, TheYearEndInTheNewYearAndANumberedListsLabels) {
    const Extraction e = extract("Vejle Kommune\nBeskæftigelsesministeriet\n\nVejle, 5. februar 2019\n\nKære Troels Lund Poulsen\n\n"
                                 "Tak for dit brev af 18. juni 2018.\n\nVed årsskiftet var 163 aktivitetsparate borgere i målgruppen: 126 på "
                                 "kontanthjælp, 12 på uddannelseshjælp og 25 på integrationsydelse.\n\nIndsatserne\n\n1. Virksomhedspraktik: 49\n"
                                 "2. Mentorforløb: 30\n3. Sundhed og trivsel: 18\n4. Opkvalificering: 15\n\nMed venlig hilsen\n\nJens Hansen\n"
                                 "Jobcenterchef\n",
                                 "v.txt");
    EXPECT_EQ(factsBy(e), (std::map<std::string, std::string>{{"target_group/over_5_years/all", "163"},
                                                              {"target_group/over_5_years/kontanthjaelp", "126"},
                                                              {"target_group/over_5_years/uddannelseshjaelp", "12"},
                                                              {"target_group/over_5_years/integrationsydelse", "25"},
                                                              {"intervention/virksomhedspraktik/all", "49"},
                                                              {"intervention/mentor/all", "30"},
                                                              {"intervention/sundhedsfaglig/all", "18"},
                                                              {"intervention/vejledning_opkvalificering/all", "15"}}));
}

// "(9) Formanden for rehabiliteringsteamet skrev den 9. august, at 29 af de
// 81 … skulle for teamet, og at 12 var planlagt …. Nu er tallet 27 af de 78":
// the earlier reply's x af y is what is given again; "(11) Forskellen fra
// august hænger sådan sammen: …" counts nothing new.
TEST(FactExtractor, AChairsEarlierFigureGivenAgainInNumberedParagraphs) {
    EXPECT_EQ(factsOf("(9) Formanden for rehabiliteringsteamet skrev den 9. august, at 29 af de 81 kontanthjælpssager skulle for teamet, "
                      "og at 12 var planlagt til møderne i september, oktober og november. Nu er tallet 27 af de 78.\n\n(11) Forskellen fra "
                      "august hænger sådan sammen: Af de 9 sager under forberedelse er 3 sat på i december og 2 i januar."),
              (std::map<std::string, std::string>{{"rehab_team/to_present/kontanthjaelp", "27 of 78"}}));
}

// "de fire andre har hver sin indsats: mentor, løntilskud, et kursus … og et
// sundhedsforløb …": one of each kind, as many as the count before.
TEST(FactExtractor, EachHasAKindOfTheirOwn) {
    EXPECT_EQ(factsOf("Spørgsmål 2\nTo er i virksomhedspraktik, og de fire andre har hver sin indsats: mentor, løntilskud, et kursus til "
                      "truckcertifikat og et sundhedsforløb med fysioterapeut."),
              (std::map<std::string, std::string>{{"intervention/virksomhedspraktik/all", "2"},
                                                  {"intervention/mentor/all", "1"},
                                                  {"intervention/loentilskud/all", "1"},
                                                  {"intervention/vejledning_opkvalificering/all", "1"},
                                                  {"intervention/sundhedsfaglig/all", "1"}}));
}

// The relative clause after a set ("af de 17 kontanthjælpsmodtagere, som vi
// vurderede burde forelægges teamet,") names the set, not what its part counts.
TEST(FactExtractor, ASetsRelativeClauseIsNotWhatItsPartCounts) {
    const auto facts = factsOf("Tak for dit brev af 18. juni 2018.\n\nMålgruppen tæller 63. Tre af de 17 kontanthjælpsmodtagere, som vi "
                               "vurderede burde forelægges rehabiliteringsteamet, er blandt dem, der er overgået til ressourceforløb.");
    EXPECT_EQ(facts.count("rehab_team/to_present/kontanthjaelp"), 0u);
}

// "for de sidste tre mangler vi stadig svar fra en speciallæge": the last
// ones wait for a doctor, even after a count of the same size.
TEST(FactExtractor, TheLastOnesWaitingForASpecialistsAnswerAreUnderClarification) {
    EXPECT_EQ(factsOf("Spørgsmål 4\nJobcentret vurderer, at 17 af de 42 kontanthjælpsmodtagere bør forelægges rehabiliteringsteamet. "
                      "Tre står på dagsordenen i november, og for de sidste tre mangler vi stadig svar fra en speciallæge."),
              (std::map<std::string, std::string>{{"rehab_team/to_present/kontanthjaelp", "17 of 42"},
                                                  {"rehab_team/planned/kontanthjaelp", "3 in 2018-11-01/2018-11-30"},
                                                  {"rehab_team/under_clarification/kontanthjaelp", "3"}}));
}

// A scan without æ, ø and å ("venter vi fortsat pa en erklaering fra en
// speciallaege") reads as the words it lost them from.
TEST(FactExtractor, AStatementFromASpecialistInAsciiIsStillAwaited) {
    const auto facts = factsOf("Spørgsmål 4\nJobcentret vurderer, at 10 af de 48 kontanthjælpsmodtagere bør forelægges rehabiliteringsteamet. "
                               "For de sidste 2 venter vi fortsat pa en erklaering fra en speciallaege.");
    EXPECT_EQ(facts.at("rehab_team/under_clarification/kontanthjaelp"), "2");
}

// Hours on ordinary pay among the trainees: "4 af de 22 i praktik arbejder
// også nogle timer om ugen på almindelig løn", ", hvor fire ... har fået
// nogle timer med løn" count those hours, not the traineeship.
TEST(FactExtractor, TraineesWithSomePaidHoursCountThoseHours) {
    EXPECT_EQ(factsOf("Spørgsmål 2\n22 borgere er i virksomhedspraktik. 4 af de 22 i praktik arbejder også nogle timer om ugen på "
                      "almindelig løn hos praktikværten.").at("intervention/ordinaere_timer/all"),
              "4 of 22");
    EXPECT_EQ(factsOf("Spørgsmål 2\nTyve af borgerne er i virksomhedspraktik, hvor fire efterhånden har fået nogle timer med løn "
                      "ved siden af.").at("intervention/ordinaere_timer/all"),
              "4");
}

// Over rows by benefit, a row whose words count the target group and name
// no benefit ("Aktivitetsparate med mindst fem år i systemet: 45") is the whole group.
TEST(FactExtractor, ARowCountingTheWholeGroupOverItsBenefitsRows) {
    EXPECT_EQ(factsOf("Tak for dit brev af 18. juni 2018.\n\nMÅLGRUPPEN\nAktivitetsparate med mindst fem år i systemet: 45\n"
                      "Kontanthjælp: 33\nUddannelseshjælp: 3\nIntegrationsydelse: 9\n"),
              (std::map<std::string, std::string>{{"target_group/over_5_years/all", "45"},
                                                  {"target_group/over_5_years/kontanthjaelp", "33"},
                                                  {"target_group/over_5_years/uddannelseshjaelp", "3"},
                                                  {"target_group/over_5_years/integrationsydelse", "9"}}));
}

// A "Periode:" line right under a section's heading dates its counts (and a
// "label: count" line over a one-line table gives it no benefit); a
// count listed under a share ("(knap 87 pct.)") counts what the share is of.
TEST(FactExtractor, APeriodLineUnderAHeadingDatesItsList) {
    EXPECT_EQ(factsOf("Tak for dit brev af 18. juni 2018.\n\nAKTIVE TILBUD\nPeriode: 1. januar – 30. september 2018\n"
                      "Mindst ét aktivt tilbud: 39 af 45 borgere (knap 87 pct.)\nHeraf kontanthjælpsmodtagere: 29 af 33\n"
                      "Intet aktivt tilbud i perioden: 6\n"),
              (std::map<std::string, std::string>{{"active_intervention/active/all", "39 of 45 in 2018-01-01/2018-09-30"},
                                                  {"active_intervention/not_active/all", "6 in 2018-01-01/2018-09-30"},
                                                  {"active_intervention/active_share_pct/all", "87 in 2018-01-01/2018-09-30"},
                                                  {"active_intervention/active/kontanthjaelp", "29 of 33 in 2018-01-01/2018-09-30"}}));
}

// "Blandt de 47 kontanthjælpsmodtagere gælder det for 41. 8 borgere ...":
// the figure again for one benefit, and a sentence ends after a number no
// day of a month can be.
TEST(FactExtractor, TheSameFigureForOneBenefitEndsItsSentence) {
    EXPECT_EQ(factsOf("Spørgsmål 3\nI 1. halvår 2018 har 58 af de 66 borgere været i et eller flere aktive tilbud. Blandt de 47 "
                      "kontanthjælpsmodtagere gælder det for 41. 8 borgere har været uden aktive tilbud hele halvåret."),
              (std::map<std::string, std::string>{{"active_intervention/active/all", "58 of 66 in 2018-H1"},
                                                  {"active_intervention/active/kontanthjaelp", "41 of 47 in 2018-H1"},
                                                  {"active_intervention/not_active/all", "8 of 66 in 2018-H1"}}));
}

// Cases that "nåede teamet" were presented to it.
TEST(FactExtractor, CasesThatReachedTheTeamWerePresented) {
    EXPECT_EQ(factsOf("Spørgsmål 4\nJobcentret vurderer, at 17 af de 42 kontanthjælpsmodtagere bør forelægges rehabiliteringsteamet. "
                      "Fire af sagerne nåede teamet i juni.").at("rehab_team/presented/kontanthjaelp"),
              "4 of 17 in 2018-06-01/2018-06-30");
}

// A status table's "Lægelige oplysninger indhentes | 5": cases waiting for a doctor.
TEST(FactExtractor, AStatusRowOfMedicalInformationBeingObtained) {
    EXPECT_EQ(factsOf("Spørgsmål 4\nJobcentret vurderer, at 24 af de 69 kontanthjælpsmodtagere bør forelægges rehabiliteringsteamet, "
                      "og de står sådan:\n\n     Status                                     Sager\n"
                      "     Forelagt i 1. halvår 2018                      8\n"
                      "     Lægelige oplysninger indhentes                 5\n").at("rehab_team/under_clarification/kontanthjaelp"),
              "5");
}

// The team's room ("med plads til op til 5 sager") is no count of cases.
TEST(FactExtractor, TheTeamsRoomIsNoCountOfCases) {
    EXPECT_EQ(factsOf("Spørgsmål 4\nJobcentret vurderer, at 24 af de 69 kontanthjælpsmodtagere bør forelægges rehabiliteringsteamet. "
                      "Teamet holder fortsat møde hver tirsdag med plads til op til 5 sager."),
              (std::map<std::string, std::string>{{"rehab_team/to_present/kontanthjaelp", "24 of 69"}}));
}

// A scan's page footer "Side l af 1" (the digit read as a letter) is page furniture, no count.
TEST(FactExtractor, AScannedPageFooterIsNoCount) {
    EXPECT_EQ(factsOf("Spørgsmål 4\nJobcentret vurderer, at 10 af de 48 kontanthjælpsmodtagere bør forelægges rehabiliteringsteamet.\n\n"
                      "                                  Side l af 1\n"),
              (std::map<std::string, std::string>{{"rehab_team/to_present/kontanthjaelp", "10 of 48"}}));
}

// "Den sidste flyttede hertil i september og burde efter reglerne have haft
// et tilbud": the last one, subject of "flyttede", is owed an offer.
TEST(FactExtractor, TheLastOneWhoMovedHereIsOwedAnOffer) {
    EXPECT_EQ(factsOf("Spørgsmål 2\nSyv er ikke i tilbud. Seks af de syv har en lægeerklæring eller er på barsel. Den sidste flyttede "
                      "hertil i september og burde efter reglerne have haft et tilbud.").at("target_group/without_offer/all"),
              "1");
}

// "Af de 84 borgere, der fortsat er i målgruppen, er 11 jobparate": a group
// its own relative clause names after the count's noun is news, the
// "Flere skal med" people still in the group.
TEST(FactExtractor, TheGroupStillInFlereSkalMedAfterItsNoun) {
    const auto f = factsOf("Spørgsmål 1\nBruttomålgruppen i \"Flere skal med\" talte 112 borgere i december 2016. Siden er 28 af dem "
                           "gået ud af målgruppen. Af de 84 borgere, der fortsat er i målgruppen, er 10 jobparate.");
    EXPECT_EQ(f.at("target_group/flere_skal_med_remaining/all"), "84");
    EXPECT_EQ(f.at("status/jobparat/all"), "10 of 84");
}

// "Af de 57, der stadig er med": still with it, the people left in the group.
TEST(FactExtractor, ThoseStillWithItAreTheRemainingGroup) {
    EXPECT_EQ(factsOf("Spørgsmål 1\nBruttomålgruppen i \"Flere skal med\" talte 112 borgere i december 2016. Siden er 55 af dem "
                      "gået ud af målgruppen. Af de 57, der stadig er med, er 12 jobparate.").at("target_group/flere_skal_med_remaining/all"),
              "57");
}

// "Af de 12 sager, der var planlagt til 4. kvartal, blev 7 behandlet": a set
// its clause says what it was is one named before, not a count of its own.
TEST(FactExtractor, ASetDescribedInThePastIsNoNews) {
    const auto f = factsOf("Spørgsmål 4\nJobcentret vurderer, at 20 af de 60 kontanthjælpsmodtagere bør forelægges rehabiliteringsteamet. "
                           "Af de 12 sager, der var planlagt til 4. kvartal, blev 7 behandlet på teamets møde i oktober.");
    EXPECT_EQ(f.count("rehab_team/planned/kontanthjaelp"), 0u);
}

// A line of a two-column table with its second cell empty ("Ressourceforløb
// (19)") is still a row: the sentences before it that frame what follows are
// counted past it.
TEST(FactExtractor, ALineBetweenTableRowsIsARow) {
    EXPECT_EQ(factsOf("Spørgsmål 1\nBruttomålgruppen blev i december 2016 opgjort til 131 borgere. Pr. 30. juni 2018 var 59 af dem "
                      "ikke længere i målgruppen. Oversigten viser, hvad de er overgået til:\n\n"
                      "    Ordinært job (9)                      Fraflyttet kommunen (6)\n"
                      "    Uddannelse (2)                        Død (1)\n"
                      "    Fleksjob (7)                          Andet (4)\n"
                      "    Ressourceforløb (19)\n"
                      "    Førtidspension (11)                   I alt (59)\n\n"
                      "Af de 72 borgere, der fortsat er i målgruppen, er 11 i dag jobparate.").at("target_group/flere_skal_med_remaining/all"),
              "72");
}

// "og de sidste 4 mangler stadig en helbredsvurdering fra egen læge": cases
// waiting for a health assessment are under clarification.
TEST(FactExtractor, CasesWaitingForAHealthAssessment) {
    EXPECT_EQ(factsOf("Spørgsmål 4\nVi vurderer, at 12 af de 31 kontanthjælpsmodtagere i målgruppen bør have deres sag vurderet i "
                      "rehabiliteringsteamet. 3 af dem var på teamets møder i juni 2018, 5 er på dagsordenen i august og september "
                      "2018, og de sidste 4 mangler stadig en helbredsvurdering fra egen læge.").at("rehab_team/under_clarification/kontanthjaelp"),
              "4");
}

// "Resten venter på, at egen læge sender de oplysninger": the rest wait for their doctor.
TEST(FactExtractor, TheRestWaitForTheirDoctorToSend) {
    EXPECT_EQ(derivedOf("Spørgsmål 4\nJobcentret vurderer, at 10 af de 24 kontanthjælpsmodtagere bør have deres sag forelagt "
                        "rehabiliteringsteamet. Tre af sagerne blev behandlet i juni, og fire er sat på teamets møder i september. "
                        "Resten venter på, at egen læge sender de oplysninger, teamet skal bruge.",
                        "under_clarification"),
              std::vector<int>{3});
}

// "er 26, hvis sager bør forelægges rehabiliteringsteamet, hvoraf 8 ...": the
// eight are part of the 26 before "hvoraf", not of the 71 those are part of,
// and the rest is the 26's.
TEST(FactExtractor, AWhereofPartIsOfTheItemBeforeIt) {
    const std::string body = "Spørgsmål 4\nJobcentret har vurderet, at der blandt de 71 kontanthjælpsmodtagere i målgruppen er 26, hvis "
                             "sager bør forelægges rehabiliteringsteamet, hvoraf 8 allerede er blevet forelagt teamet, medens 10 forventes "
                             "forelagt i 4. kvartal 2018, og der for de resterende fortsat indhentes lægelige oplysninger.";
    EXPECT_EQ(factsOf(body).at("rehab_team/presented/kontanthjaelp"), "8 of 26");
    EXPECT_EQ(derivedOf(body, "under_clarification"), std::vector<int>{8});
}

// A list under the heading "Rehabiliteringsteamet", more than three
// sentences below it: the heading says what the answer is about.
TEST(FactExtractor, AHeadingFramesTheAnswerUnderIt) {
    const auto f = factsOf("Rehabiliteringsteamet\nI brevet af 31. juli skrev vi, at 17 af de 52 kontanthjælpsmodtagere burde "
                           "forelægges teamet. Efter at to er gået ud af målgruppen, er tallet nu 16 af 50. Status for de 16 sager er:\n\n"
                           " - 3 blev behandlet på teamets møde den 23. august 2018\n"
                           " - 7 venter stadig på lægelige oplysninger\n");
    EXPECT_EQ(f.at("rehab_team/presented/kontanthjaelp"), "3");
    EXPECT_EQ(f.at("rehab_team/under_clarification/kontanthjaelp"), "7");
}

// "aktivitetsparate under afklaring" is a status of the people still in
// "Flere skal med", even under the question about the team.
TEST(FactExtractor, ActivityReadyUnderClarificationIsAStatus) {
    const auto f = factsOf("Spørgsmål 4\nJobcentret vurderer, at 12 af de 40 kontanthjælpsmodtagere bør forelægges rehabiliteringsteamet.\n\n"
                           "Bruttomålgruppen i \"Flere skal med\" talte 80 borgere. Af de 49, der fortsat er i målgruppen, er 8 jobparate "
                           "og 26 aktivitetsparate under afklaring.");
    EXPECT_EQ(f.count("rehab_team/under_clarification/kontanthjaelp"), 0u);
    EXPECT_EQ(f.at("status/aktivitetsparat_afklaring/all"), "26");
}

// "forventer vi, at målgruppen falder til under halvfjerds": a forecast, no count.
TEST(FactExtractor, AForecastOfTheGroupIsNoCount) {
    EXPECT_EQ(factsOf("Spørgsmål 4\nJobcentret vurderer, at 12 af de 40 kontanthjælpsmodtagere bør forelægges rehabiliteringsteamet. "
                      "Med den nye opgørelse pr. 1. september forventer vi, at målgruppen falder til under halvfjerds."),
              (std::map<std::string, std::string>{{"rehab_team/to_present/kontanthjaelp", "12 of 40"}}));
}

// "2 · Indsatser": a heading numbered with a middle dot opens its question,
// and its number is no count; the answer "Vi svarer: 10 af de 30
// kontanthjælpsmodtagere." under "4 · Rehabiliteringsteamet" is the team's.
TEST(FactExtractor, HeadingsNumberedWithAMiddleDot) {
    const auto f = factsOf("1 · Målgruppen\n\nVi har 42 aktivitetsparate borgere i målgruppen.\n\n2 · Indsatser\n\n"
                           "Alle er i tilbud.\n\n4 · Rehabiliteringsteamet\n\nVi svarer: 10 af de 30 kontanthjælpsmodtagere.\n");
    EXPECT_EQ(f.at("target_group/over_5_years/all"), "42");
    EXPECT_EQ(f.at("rehab_team/to_present/kontanthjaelp"), "10 of 30");
    EXPECT_EQ(f.size(), 2u);
}

// Two rows of a list one under the other with the same figure are two counts.
TEST(FactExtractor, TwoRowsWithTheSameFigureAreTwoCounts) {
    const auto e = extract(letter("4 · Rehabiliteringsteamet\n\nVi svarer: 10 af de 30 kontanthjælpsmodtagere. Sådan står sagerne i dag:\n\n"
                                  "    • behandlet på mødet 28. august: 4\n"
                                  "    • behandlet på teamets to møder i oktober: 4\n"
                                  "    • afventer fortsat erklæring fra speciallæge: 2\n"),
                           "t.txt");
    int presented = 0;
    for (const auto& f : counted(e)) presented += f.category == "presented" && f.benefit == "kontanthjaelp" && *f.value == 4;
    EXPECT_EQ(presented, 2);
}

// A table whose columns are quarters ("2. kvt. 2018 | 3. kvt. 2018 | 4. kvt.
// 2018") over rows of kinds: each cell counts its row's kind in its column's
// quarter, and the team's table of the cases just counted is of their benefit.
TEST(FactExtractor, ATableWhoseColumnsAreQuarters) {
    const auto e = extract(letter("4. Rehabiliteringsteamet\n\n59 af de 154 kontanthjælpsmodtagere bør forelægges rehabiliteringsteamet. "
                                  "Hvor langt sagerne er nået, fremgår af tabel 3.\n\nTabel 3. Sager til rehabiliteringsteamet efter kvartal\n\n"
                                  "                          2. kvt. 2018      3. kvt. 2018      4. kvt. 2018\n"
                                  "Behandlet i teamet                  11                13                 9\n"
                                  "Berammet                             –                 –                12\n"),
                           "t.txt");
    std::vector<std::string> got;
    for (const auto& f : counted(e))
        if (f.section == "rehab_team" && f.category != "to_present") got.push_back(f.category + " " + f.benefit + " " + std::to_string(static_cast<int>(*f.value)) + " " + f.period.value_or("-"));
    EXPECT_EQ(got, (std::vector<std::string>{"presented kontanthjaelp 11 2018-Q2", "presented kontanthjaelp 13 2018-Q3",
                                             "presented kontanthjaelp 9 2018-Q4", "planned kontanthjaelp 12 2018-Q4"}));
}

// "Status for de 20:" over items four sentences below the count: the items
// are the team's work on those 20, of their benefit; "venter fortsat på en
// speciallæge" is a case under clarification.
TEST(FactExtractor, AStatusListOfTheCasesCountedFurtherUp) {
    const auto f = factsOf("4  Rehabiliteringsteamet\nJobcentret vurderer nu, at 20 af de 53 kontanthjælpsmodtagere bør have deres sag for "
                           "teamet. I august var tallet 21, men borgeren i ressourceforløb er ikke længere i gruppen. Hun var en af de 7, "
                           "der blev behandlet i 2. kvartal. Status for de 20:\n- 6 blev behandlet i 2. kvartal 2018\n"
                           "- 5 blev behandlet på møderne i oktober\n- 2 venter fortsat på en speciallæge\n");
    EXPECT_EQ(f.at("rehab_team/presented/kontanthjaelp"), "5 in 2018-10-01/2018-10-31");
    EXPECT_EQ(f.count("rehab_team/presented/all"), 0u);
    EXPECT_EQ(f.at("rehab_team/under_clarification/kontanthjaelp"), "2");
}

// "Fra 1. maj og til og med 31. oktober 2018": a span, and a scan's
// "smajob" is a small job all the same.
TEST(FactExtractor, FromAndUpToAndIncludingIsASpan) {
    const auto f = factsOf("Spørgsmål 2\nSeks af praktikanterne er samtidig ansat i smajob pa fa timer i praktikvirksomheden.\n\n"
                           "Spørgsmål 3\nFra 1. maj og til og med 31. oktober 2018 har 64 af de 75 borgere deltaget i mindst ét aktivt tilbud.");
    EXPECT_EQ(f.at("active_intervention/active/all"), "64 of 75 in 2018-05-01/2018-10-31");
    EXPECT_EQ(f.at("intervention/ordinaere_timer/all"), "6");
}

// "label: N (M)" under "…, og tallet i parentes er de borgere, der får
// kontanthjælp:": the count is all of them, the bracket that benefit's part.
TEST(FactExtractor, ALegendSaysWhatTheBracketsCount) {
    const auto f = factsOf("Spørgsmål 2\nHver borger står kun under sin primære indsats, og tallet i parentes er de borgere, der får kontanthjælp:\n"
                           "Virksomhedspraktik: 36 (24)\nMentorstøtte: 22 (15)\nIkke i tilbud: 18 (12)\n\n"
                           "Fire af praktikanterne er også ansat nogle få timer om ugen i den samme virksomhed.");
    EXPECT_EQ(f.at("intervention/virksomhedspraktik/all"), "36");
    EXPECT_EQ(f.at("intervention/virksomhedspraktik/kontanthjaelp"), "24");
    EXPECT_EQ(f.at("intervention/ikke_i_tilbud/kontanthjaelp"), "12");
    EXPECT_EQ(f.at("intervention/ordinaere_timer/all"), "4");
}

// Svendborg's prose: "mod seksoghalvtreds i sommer" is the earlier figure; a
// share past a sentence of no figure restates the count before; its
// comparison's period ("lavere end de seksogfirs procent i første halvår")
// is not its own; "Blandt kontanthjælpsmodtagerne er det treogtredive af
// niogtredive" is the same figure for one benefit; "listen rummer" counts the
// team's cases, "én kommet til" is a change; "taget op" is presented.
TEST(FactExtractor, ProseOfAFollowUpInNumberWords) {
    const auto f = factsOf("Tak for dit brev af 18. juni 2018.\n\nMålgruppen er skrumpet lidt. I dag er der treoghalvtreds aktivitetsparate "
                           "borgere, som har været fem år eller mere i kontanthjælpssystemet, mod seksoghalvtreds i sommer. Niogtredive af dem "
                           "får kontanthjælp, fem uddannelseshjælp og ni integrationsydelse.\n\nSeks følger et forløb i Sundhedshuset, hvor "
                           "nogle af dem også taler med husets psykolog.\n\nSer vi på de fire måneder fra 1. juli til 31. oktober, har "
                           "femogfyrre af de treoghalvtreds været aktive i et tilbud. For de øvrige har sygdom gjort det umuligt at deltage. "
                           "Andelen er knap femogfirs procent og dermed lidt lavere end de seksogfirs procent i første halvår. Blandt "
                           "kontanthjælpsmodtagerne er det treogtredive af niogtredive.\n\nSå til rehabiliteringsteamet. I august var der "
                           "tolv kontanthjælpsmodtagere på jobcentrets liste. Siden er én kommet til, fordi hans helbred er blevet dårligere, "
                           "så listen nu rummer tretten af de niogtredive. Fire af sagerne blev taget op i juli.");
    EXPECT_EQ(f.at("target_group/over_5_years/all"), "53");
    EXPECT_EQ(f.at("intervention/sundhedsfaglig/all"), "6");
    EXPECT_EQ(f.at("active_intervention/active_share_pct/all"), "85 in 2018-07-01/2018-10-31");
    EXPECT_EQ(f.at("active_intervention/active/kontanthjaelp"), "33 of 39 in 2018-07-01/2018-10-31");
    EXPECT_EQ(f.at("rehab_team/to_present/kontanthjaelp"), "13 of 39");
    EXPECT_EQ(f.at("rehab_team/presented/kontanthjaelp"), "4 of 13 in 2018-07-01/2018-07-31");
}

// "havde ikke en gyldig fritagelse", "ikke har nogen lovlig grund til at stå
// uden": owed an offer; "Tre af de 14 sager … er ikke med": left out, no count.
TEST(FactExtractor, NoValidExemptionAndCasesLeftOut) {
    const auto f = factsOf("Spørgsmål 2\nAf de 28 borgere uden tilbud er 25 sygemeldte. Tre kontanthjælpsmodtagere havde ikke en gyldig "
                           "fritagelse, og de er alle startet i virksomhedspraktik i november.\n\nSpørgsmål 4\n59 af de 154 "
                           "kontanthjælpsmodtagere bør forelægges rehabiliteringsteamet. Tre af de 14 sager, teamet behandlede i 2. kvartal, "
                           "er ikke med, fordi borgerne er gået ud af målgruppen.");
    EXPECT_EQ(f.at("target_group/without_offer/kontanthjaelp"), "3");
    EXPECT_EQ(f.count("intervention/virksomhedspraktik/kontanthjaelp"), 0u);
    EXPECT_EQ(f.count("rehab_team/presented/kontanthjaelp"), 0u);
    EXPECT_EQ(factsOf("Spørgsmål 2\nBlandt de ni uden tilbud er otte sygemeldte eller på barsel, mens én borger ikke har nogen lovlig grund "
                      "til at stå uden – hun kom til kommunen i september og starter i praktik i uge 42.").at("target_group/without_offer/all"),
              "1");
}

// A run-in heading ("Rehabiliteringsteamet. Jobcentret har …") opens its
// question: after the table under it, "For de resterende 3 venter vi på svar
// fra psykiatrien" is still the team's.
TEST(FactExtractor, ARunInHeadingOpensItsQuestion) {
    const auto f = factsOf("Tak for dit brev af 18. juni 2018.\n\nRehabiliteringsteamet. Jobcentret har gået listen igennem igen. 22 af de 77 "
                           "kontanthjælpsmodtagere bør nu forbi teamet, to flere end i august. Tabellen viser sagerne måned for måned:\n\n"
                           "| Måned | Behandlet | Berammet |\n|---|---:|---:|\n| Juni 2018 | 10 | |\n| December 2018 | – | 9 |\n\n"
                           "For de resterende 3 venter vi på svar fra psykiatrien. Teamet mødes stadig to gange om måneden.");
    EXPECT_EQ(f.at("rehab_team/under_clarification/kontanthjaelp"), "3");
}

// "Af bruttomålgruppen på 186 borgere … er 63 stadig i målgruppen": the
// people still in "Flere skal med"; "arbejdsevnen stadig er ved at blive
// afklaret for de øvrige 30" is a status of theirs.
TEST(FactExtractor, StillInTheGroupOfFlereSkalMed) {
    const auto f = factsOf("Tak for dit brev af 18. juni 2018.\n\n»Flere skal med«. Af bruttomålgruppen på 186 borgere fra uge 52 2016 er 63 "
                           "stadig i målgruppen pr. 30. november 2018, mens 123 har forladt den. De 63, der er tilbage, fordeler sig sådan: "
                           "10 er jobparate, og af de 46 aktivitetsparate er 16 tæt på arbejdsmarkedet, mens arbejdsevnen stadig er ved at "
                           "blive afklaret for de øvrige 30.");
    EXPECT_EQ(f.at("target_group/flere_skal_med_remaining/all"), "63");
    EXPECT_EQ(f.at("status/aktivitetsparat_afklaring/all"), "30");
}

// A list row "På dagsordenen tirsdag den 16. oktober: 2" counts cases planned.
TEST(FactExtractor, ARowOnTheAgendaIsPlanned) {
    EXPECT_EQ(factsOf("Spørgsmål 4\nVi vurderer, at 14 af de 37 kontanthjælpsmodtagere bør forelægges rehabiliteringsteamet:\n"
                      "Behandlet i september: 5\nPå dagsordenen tirsdag den 16. oktober: 2\nMangler stadig speciallægeerklæring: 7\n")
                  .at("rehab_team/planned/kontanthjaelp"),
              "2");
}

// "Da vi lavede samme opgørelse i juli 2017, talte den 68 borgere", "Ved
// opgørelsen i juni talte gruppen 63": figures of an earlier count.
TEST(FactExtractor, FiguresOfAnEarlierCount) {
    EXPECT_EQ(factsOf("Spørgsmål 1\nMålgruppen tæller i dag 62 borgere. Da vi lavede samme opgørelse i juli 2017, talte den 68 borgere."),
              (std::map<std::string, std::string>{{"target_group/over_5_years/all", "62"}}));
    EXPECT_EQ(factsOf("Spørgsmål 1\nVed opgørelsen i juni talte gruppen 63; nu er den på 60 borgere."),
              (std::map<std::string, std::string>{{"target_group/over_5_years/all", "60"}}));
    // "I 1. halvår 2017 var det tilsvarende tal 19 ud af 84": last year's, for comparison.
    EXPECT_EQ(factsOf("Spørgsmål 3\nI 1. halvår 2018 har 60 af de 70 kontanthjælpsmodtagere haft et aktivt tilbud. I 1. halvår 2017 var det "
                      "tilsvarende tal 19 ud af 84.").count("target_group/over_5_years/kontanthjaelp"),
              0u);
}

// "To af de fem i sundhedsfagligt forløb går desuden til samtaler hos en
// psykolog": the set's words name what the five are in, the part counts the
// psychologist, a set in number words as in digits.
TEST(FactExtractor, APartOfASetInNumberWordsCountsItsOwnKind) {
    EXPECT_EQ(factsOf("Spørgsmål 2\nFem er i et sundhedsfagligt forløb. To af de fem i sundhedsfagligt forløb går desuden til samtaler "
                      "hos en psykolog gennem Sundhedscentret.").at("intervention/psykolog/all"),
              "2 of 5");
}

// "uddannelseshjælp og integrationsydelse tegner sig for 3 henholdsvis 5":
// "henholdsvis" between its two counts pairs them with the benefits in order.
TEST(FactExtractor, RespectivelyBetweenItsTwoCounts) {
    const auto f = factsOf("Spørgsmål 1\nDet antal borgere, der opfylder alle kriterierne, er 34. Heraf er 26 på kontanthjælp, mens "
                           "uddannelseshjælp og integrationsydelse tegner sig for 3 henholdsvis 5.");
    EXPECT_EQ(f.at("target_group/over_5_years/uddannelseshjaelp"), "3 of 34");
    EXPECT_EQ(f.at("target_group/over_5_years/integrationsydelse"), "5 of 34");
}

// A table row "Sundheds- og rehabiliterende forløb | 5 | 15 %" is a health course.
TEST(FactExtractor, AHealthAndRehabilitationCourseRow) {
    EXPECT_EQ(factsOf("Spørgsmål 2\n\n| Indsats | Antal | Andel |\n|---|---|---|\n| Virksomhedspraktik | 12 | 35 % |\n"
                      "| Sundheds- og rehabiliterende forløb | 5 | 15 % |\n").at("intervention/sundhedsfaglig/all"),
              "5");
}

// A memo's shorthand: "26/30 har haft aktivt tilbud seneste 12 mdr. (aug. 17
// - jul. 18) = 87 %." is one sentence (a month's abbreviation before a year
// in two digits ends none), a ratio by its slash and the months' span.
TEST(FactExtractor, AMemosShorthandRatioAndSpan) {
    const auto f = factsOf("Ad 3) 26/30 har haft aktivt tilbud seneste 12 mdr. (aug. 17 - jul. 18) = 87 %.\n");
    EXPECT_EQ(f.at("active_intervention/active/all"), "26 of 30 in 2017-08-01/2018-07-31");
    EXPECT_EQ(f.at("active_intervention/active_share_pct/all"), "87 in 2017-08-01/2018-07-31");
}

// "Ikke i tilbud 8 - heraf 2 som burde være i tilbud": an inline list item
// whose parts follow a dash.
TEST(FactExtractor, AnInlineItemWithItsPartsAfterADash) {
    const auto f = factsOf("Ad 2) Praktik 9, mentor 8, nytte 4, løntilskud 1. Ikke i tilbud 8 - heraf 2 som burde være i tilbud (opstart "
                           "aftalt), resten fritaget pga. sygdom.");
    EXPECT_EQ(f.at("intervention/ikke_i_tilbud/all"), "8");
    EXPECT_EQ(f.at("target_group/without_offer/all"), "2 of 8");
}

// "alle på nær to har deltaget i et aktivt tilbud": all of the group the
// letter counted but two, without a total of its own.
TEST(FactExtractor, AllButTwoOfTheGroupCounted) {
    const auto e = extract(letter("Spørgsmål 1\nVi har 36 aktivitetsparate borgere i målgruppen.\n\nSpørgsmål 3\nAlle på nær to har deltaget i et "
                                  "aktivt tilbud inden for de seneste seks måneder."),
                           "t.txt");
    std::vector<std::string> got;
    for (const auto& l : e.letters)
        for (const auto& f : l.facts)
            if (f.section == "active_intervention") got.push_back(f.category + " " + std::to_string(static_cast<int>(*f.value)) + " of " + std::to_string(static_cast<int>(f.ofTotal.value_or(0))));
    std::sort(got.begin(), got.end());
    EXPECT_EQ(got, (std::vector<std::string>{"active 34 of 36", "not_active 2 of 36"}));
    // "Alle paa naer en" (a system without æ, ø, å): the one is a count after "på nær".
    EXPECT_EQ(factsOf("Spørgsmål 1\nVi har 7 aktivitetsparate borgere i målgruppen.\n\nSpørgsmål 3\nAlle paa naer en har haft et aktivt "
                      "tilbud i foerste halvaar 2018.").at("active_intervention/not_active/all"),
              "1 of 7 in 2018-H1");
}

// "har 57 pct. af målgruppen deltaget i mindst ét aktivt tilbud, svarende til
// 46 ud af de 81 borgere": the count restating the share counts what it counts.
TEST(FactExtractor, ACountRestatingTheShareBeforeIt) {
    EXPECT_EQ(factsOf("Spørgsmål 3\nI 1. halvår 2018 har 57 pct. af målgruppen deltaget i mindst ét aktivt tilbud, svarende til 46 ud af "
                      "de 81 borgere.").at("active_intervention/active/all"),
              "46 of 81 in 2018-H1");
}

// An appendix of tables after the signature: "Tabel A. Målgruppen …" is the
// target group by its caption's topic, not the last answer's; "Tabel B.
// Aktive tilbud i 2018" over rows "1. kvartal" … "Hele året" gives each row
// its quarter of the caption's year, and the share column its share.
TEST(FactExtractor, AnAppendixOfCaptionedTables) {
    const auto e = extract(letter("Rehabiliteringsteamet\n\nAf de 55 kontanthjælpsmodtagere vurderer jobcentret nu, at 20 skal have deres sag "
                                  "forelagt rehabiliteringsteamet.\n\nBilag – tabeller\n\nTabel A. Målgruppen pr. 31.12.2018 fordelt på ydelse\n"
                                  "Ydelse\tAntal\tÆndring siden 31.07.2018\nKontanthjælp\t55\t-3\nUddannelseshjælp\t6\t-1\nIntegrationsydelse\t20\t+1\n"
                                  "I alt\t81\t-3\n\nTabel B. Aktive tilbud i 2018 for de borgere, der er i målgruppen pr. 31.12.2018\n"
                                  "Periode\tMålgruppe\tAktive\tIkke aktive\tAndel aktive\n1. kvartal\t81\t64\t17\t79 %\n4. kvartal\t81\t71\t10\t88 %\n"
                                  "Hele året\t81\t75\t6\t93 %\n"),
                           "t.txt");
    std::set<std::string> got;
    for (const auto& f : counted(e))
        got.insert(f.section + "/" + f.category + "/" + f.benefit + " " + std::to_string(static_cast<int>(*f.value)) + " " + f.period.value_or("-"));
    for (const char* want : {"target_group/over_5_years/kontanthjaelp 55 -", "active_intervention/active/all 64 2018-Q1",
                             "active_intervention/active_share_pct/all 88 2018-Q4", "active_intervention/active/all 75 2018"})
        EXPECT_TRUE(got.count(want)) << want;
    EXPECT_FALSE(got.count("rehab_team/to_present/kontanthjaelp 55 -"));
}

// "Heraf er 5 behandlet i maj og juni, 7 i 3. kvartal og 4 i 4. kvartal":
// the later members leave out the verb; "2 sager hænger fortsat på en
// psykiatrisk udredning" wait for an assessment; "I juli var vi på 84" is then.
TEST(FactExtractor, ListMembersThatLeaveOutTheVerb) {
    const auto e = extract(letter("Målgruppen\n\nVed årets udgang bestod målgruppen af 81 borgere. I juli var vi på 84.\n\nRehabiliteringsteamet\n\n"
                                  "Af de 55 kontanthjælpsmodtagere vurderer jobcentret nu, at 20 skal have deres sag forelagt "
                                  "rehabiliteringsteamet. Heraf er 5 behandlet i maj og juni, 7 i 3. kvartal 2018 og 4 i 4. kvartal 2018. 2 er "
                                  "sat på teamets møde den 16. januar, og 2 sager hænger fortsat på en psykiatrisk udredning."),
                           "t.txt");
    std::set<std::string> got;
    for (const auto& f : counted(e)) got.insert(f.category + " " + std::to_string(static_cast<int>(*f.value)) + " " + f.period.value_or("-"));
    for (const char* want : {"presented 7 2018-Q3", "presented 4 2018-Q4", "under_clarification 2 -", "over_5_years 81 -"}) EXPECT_TRUE(got.count(want)) << want;
    EXPECT_FALSE(got.count("over_5_years 84 -"));
}

// Months as columns without a year ("Status;apr.-jun.;jul.;…;I alt") take
// the letter's year; a zero cell counts none; a share column "Andel aktive"
// beside counts by benefit is the activation share.
TEST(FactExtractor, MonthColumnsOfTheLettersYearAndAShareColumn) {
    const auto e = extract(letter("Spørgsmål 3\n\nYdelse;Målgruppe 30.11.2018;Aktive jun.-nov.;Ikke aktive;Andel aktive\nKontanthjælp;56;48;8;86 %\n"
                                  "Integrationsydelse;14;13;1;93 %\nI alt;70;61;9;87 %\n\nSpørgsmål 4\n\nAf de 56 kontanthjælpsmodtagere skal 16 have "
                                  "deres sag for rehabiliteringsteamet. Rækkerne nedenfor viser, hvornår sagerne er behandlet.\n\n"
                                  "Status;apr.-jun.;jul.;aug.;okt.;nov.;dec.;I alt\nBehandlet;5;0;0;4;2;;11\nBerammet;;;;;;3;3\n"),
                           "t.txt");
    std::set<std::string> got;
    for (const auto& f : counted(e))
        got.insert(f.category + "/" + f.benefit + " " + std::to_string(static_cast<int>(*f.value)) + " " + f.period.value_or("-"));
    for (const char* want : {"presented/kontanthjaelp 4 2018-10-01/2018-10-31", "planned/kontanthjaelp 3 2018-12-01/2018-12-31",
                             "active_share_pct/kontanthjaelp 86 2018-06-01/2018-11-30"})
        EXPECT_TRUE(got.count(want)) << want;
    EXPECT_FALSE(got.count("presented/kontanthjaelp 0 2018-07-01/2018-07-31"));
}

// "De to hørte til blandt dem, der burde have haft et tilbud, så det tal er 2
// og ikke 4": the figure replaced is of the kind the sentence names, not the
// latest 4 of a table of months.
TEST(FactExtractor, AReplacedFigureOfTheKindTheSentenceNames) {
    const auto f = factsOf("Spørgsmål 2\nAf de 12 borgere, der ikke er i tilbud, er 8 fritaget på grund af sygdom, mens 4 efter reglerne burde "
                           "have haft et tilbud.\n\nSpørgsmål 4\nJobcentret vurderer, at 19 af de 38 kontanthjælpsmodtagere bør have deres sag "
                           "forelagt rehabiliteringsteamet. De øvrige forventes forelagt efter denne plan:\n\n\tAug.\tSep.\tOkt.\tNov.\n"
                           "Forventet forelagt\t3\t4\t4\t3\n\nP.S. De to hørte til blandt dem, der burde have haft et tilbud, så det tal er 2 og ikke 4.");
    EXPECT_EQ(f.at("target_group/without_offer/all"), "2 of 12");
}

// "har 38 af de 44 borgere deltaget aktivt i mindst ét tilbud": active.
TEST(FactExtractor, TakenPartActivelyInAnOffer) {
    EXPECT_EQ(factsOf("4.1 Fra 1. juli til 31. oktober 2018 har 38 af de 44 borgere deltaget aktivt i mindst ét tilbud.")
                  .at("active_intervention/active/all"),
              "38 of 44 in 2018-07-01/2018-10-31");
}

// What an earlier letter said: "5.1 I rettelsen af 3. september skrev vi, at
// 15 …", "Vi skrev bl.a., at ca. 20 …", "I august opgjorde vi antallet … til 14".
TEST(FactExtractor, WhatAnEarlierLetterSaid) {
    for (const char* then : {"5.1 I rettelsen af 3. september skrev vi, at 15 kontanthjælpsmodtagere i målgruppen burde forelægges rehabiliteringsteamet.",
                             "Vi skrev bl.a., at 15 kontanthjælpsmodtagere burde have deres sag for rehabiliteringsteamet.",
                             "I august opgjorde vi antallet af kontanthjælpsmodtagere, hvis sag bør forelægges rehabiliteringsteamet, til 15."}) {
        EXPECT_EQ(factsOf(std::string("Spørgsmål 4\n") + then + " Nu bør 13 af de 33 kontanthjælpsmodtagere forelægges rehabiliteringsteamet.")
                      .at("rehab_team/to_present/kontanthjaelp"),
                  "13 of 33")
            << then;
    }
}

// "»Flere skal med«" in number words: "er fireoghalvfjerds af dem ude af
// målgruppen" left it, "Tilbage er fireogtres borgere, hvoraf otte nu er
// visiteret jobparate" are still in it.
TEST(FactExtractor, FlereSkalMedInNumberWords) {
    const auto e = extract(letter("»Flere skal med«\n\nBruttomålgruppen blev ved projektstarten i januar 2017 opgjort til hundrede og "
                                  "otteogtredive borgere. Ved udgangen af oktober 2018 er fireoghalvfjerds af dem ude af målgruppen. Heraf er "
                                  "tretten kommet i ordinært job, og fjorten har fået tilkendt førtidspension. Tilbage er fireogtres borgere, "
                                  "hvoraf otte nu er visiteret jobparate, mens seksoghalvtreds fortsat er aktivitetsparate."),
                           "t.txt");
    std::set<std::string> got;
    for (const auto& l : e.letters)
        for (const auto& f : l.facts)
            if (f.value) got.insert(f.section + "/" + f.category + " " + std::to_string(static_cast<int>(*f.value)));
    for (const char* want : {"outcome/total 74", "outcome/job 13", "outcome/foertidspension 14", "target_group/flere_skal_med_remaining 64",
                             "status/jobparat 8", "status/aktivitetsparat 56"})
        EXPECT_TRUE(got.count(want)) << want;
}

// A PDF's table whose labels wrap onto the line before the count ("Behandlet
// i juli og august 2018," over "fortsat i målgruppen      6", "Berammet til
// teamets møde" over "23. januar 2019      1"): one row each.
TEST(FactExtractor, RowsWhoseLabelsWrapBeforeTheirCount) {
    const auto e = extract(letter("Rehabiliteringsteamet\n\nAf de 49 kontanthjælpsmodtagere skal 18 forbi rehabiliteringsteamet.\n\n"
                                  "Tabel 2. Kontanthjælpssager, der skal forbi rehabiliteringsteamet\n\n"
                                  "Status                                      Antal\n"
                                  "Behandlet i juli og august 2018,\n"
                                  "fortsat i målgruppen                            6\n"
                                  "Behandlet i december 2018                       2\n"
                                  "Berammet til teamets møde\n"
                                  "23. januar 2019                                 1\n"
                                  "Venter på svar fra psykiatrien                  2\n"),
                           "t.txt");
    std::set<std::string> got;
    for (const auto& f : counted(e)) got.insert(f.category + " " + std::to_string(static_cast<int>(*f.value)) + " " + f.period.value_or("-"));
    for (const char* want : {"presented 6 2018-07-01/2018-08-31", "planned 1 -", "under_clarification 2 -"}) EXPECT_TRUE(got.count(want)) << want;
}

// "Tre af deltagerne i sundhedsforløbene får sideløbende behandling i
// Rusmiddelcenter …": a part of the participants counts its own kind; "I
// august var vurderingen 17", "Her skrev vi, at otte …" are of then.
TEST(FactExtractor, PartsOfTheParticipantsAndFiguresOfThen) {
    const auto f = factsOf("Spørgsmål 2\nElleve følger et sundhedsforløb. Tre af deltagerne i sundhedsforløbene får sideløbende behandling i "
                           "Rusmiddelcenter Holstebro.\n\nSpørgsmål 4\nAf de 56 kontanthjælpsmodtagere skal 16 have deres sag for "
                           "rehabiliteringsteamet. I august var vurderingen 17; forskellen er borgeren, der kom i fleksjob. Her skrev vi, at "
                           "otte sager fra målgruppen var indstillet til rehabiliteringsteamets møder i oktober og november.");
    EXPECT_EQ(f.at("intervention/misbrugsbehandling/all"), "3 of 11");
    EXPECT_EQ(f.at("rehab_team/to_present/kontanthjaelp"), "16 of 56");
    EXPECT_EQ(f.count("rehab_team/planned/all"), 0u);
}

// "tre kom på i oktober" (came on the agenda) were presented; "fire … et par
// timers lønnet arbejde om ugen" are ordinary hours.
TEST(FactExtractor, CameOnInOctoberAndHoursOfPaidWork) {
    EXPECT_EQ(factsOf("Spørgsmål 4\nJobcentret vurderer, at 14 af de 35 kontanthjælpsmodtagere bør forelægges rehabiliteringsteamet. Fire af "
                      "sagerne var på teamets dagsorden i september, og tre kom på i oktober.").at("rehab_team/presented/kontanthjaelp"),
              "3 in 2018-10-01/2018-10-31");
    EXPECT_EQ(factsOf("Spørgsmål 2\nFjorten borgere er i virksomhedspraktik, hvoraf fire også har fået et par timers lønnet arbejde om ugen i "
                      "virksomheden.").at("intervention/ordinaere_timer/all"),
              "4 of 14");
}

// "Det gælder ikke de 2 unge på uddannelseshjælp, som står uden tilbud: de
// skulle efter reglerne have haft et": a group the sentence names anew, owed
// an offer though the answer is about interventions.
TEST(FactExtractor, TheTwoItDoesNotApplyToWereOwedAnOffer) {
    const auto f = factsOf("Spørgsmål 2\nAf de 11 uden tilbud har 9 en gyldig grund, nemlig sygdom eller barsel. Det gælder ikke de 2 unge på "
                           "uddannelseshjælp, som står uden tilbud: de skulle efter reglerne have haft et og begynder på et brobygningsforløb i uge 50.");
    EXPECT_EQ(f.at("target_group/without_offer/uddannelseshjaelp"), "2");
    EXPECT_EQ(f.count("intervention/ikke_i_tilbud/uddannelseshjaelp"), 0u);
}

// "38 af de 44 … deltaget aktivt … Det gælder alle 9 på integrationsydelse":
// the count just given, said of the whole of one benefit's group.
TEST(FactExtractor, ItAppliesToAllOnOneBenefit) {
    const auto f = factsOf("Spørgsmål 1\nPr. 31. oktober 2018 omfatter målgruppen 44 aktivitetsparate borgere. 35 af dem er på kontanthjælp, og 9 er "
                           "på integrationsydelse.\n\nSpørgsmål 3\nFra 1. juli til 31. oktober 2018 har 38 af de 44 borgere deltaget aktivt i "
                           "mindst ét tilbud. Andelen er godt 86 pct. Det gælder alle 9 på integrationsydelse.");
    EXPECT_EQ(f.at("active_intervention/active/integrationsydelse"), "9 in 2018-07-01/2018-10-31");
}

// "Uden dem var fordelingen den 1. juli virksomhedspraktik 15, mentor 11 …":
// a distribution of an earlier day, corrected, is no count of now.
TEST(FactExtractor, TheDistributionOnAnEarlierDayIsOfThen) {
    const auto f = factsOf("Spørgsmål 2\nBorgerne er fordelt efter deres primære indsats: virksomhedspraktik 15, mentor 10, nytteindsats 3.\n\n"
                           "Rettelse til brevet af 10. juli 2018: Fordelingen dengang talte også 6 borgere med, som vi tog ud. Uden dem var "
                           "fordelingen den 1. juli virksomhedspraktik 15, mentor 11, nytteindsats 4 og ikke i tilbud 9, altså 46 i alt.");
    EXPECT_EQ(f.at("intervention/mentor/all"), "10");
    EXPECT_EQ(f.at("intervention/nytteindsats/all"), "3");
    EXPECT_EQ(f.count("intervention/ikke_i_tilbud/all"), 0u);
}

// "Ved udgangen af 2018 var der 149 aktivitetsparate borgere i målgruppen":
// the group's size, said under a heading that is no question; "De sidste to
// kolonner" are columns of a table, no people.
TEST(FactExtractor, ActivityReadyInTheTargetGroupAndColumnsOfATable) {
    const auto f = factsOf("HVEM DET DREJER SIG OM\n\nVed udgangen af 2018 var der 149 aktivitetsparate borgere i målgruppen. 107 af dem får "
                           "kontanthjælp, 12 uddannelseshjælp og 30 integrationsydelse.\n\nDe sidste to kolonner deler denne gruppe op efter, "
                           "om borgeren har været i aktive tilbud i halvåret.");
    EXPECT_EQ(f.at("target_group/over_5_years/all"), "149");
    EXPECT_EQ(f.at("target_group/over_5_years/kontanthjaelp"), "107 of 149");
    EXPECT_EQ(f.count("active_intervention/active/all"), 0u);
}

// "REHABILITERINGSTEAMET – TAL FRA 30. SEPTEMBER 2018" heads the team's
// answer; "var tallet 42 af de 110" there is the team's figure, not the
// activity answer's before it; "var behandlet", "manglede" in a list of then.
TEST(FactExtractor, TheTeamsAnswerUnderADatedHeading) {
    const auto f = factsOf("AKTIVITET I ANDET HALVÅR\n\nFra 1. juli til 31. december 2018 har 126 af de 149 haft mindst ét aktivt tilbud. "
                           "De 23 andre har ikke været aktive.\n\nREHABILITERINGSTEAMET – TAL FRA 30. SEPTEMBER 2018\n\nI september skrev vi, at "
                           "44 kontanthjælpsmodtagere i målgruppen burde forelægges rehabiliteringsteamet. Pr. 30. september 2018 var tallet 42 af "
                           "de 110 kontanthjælpsmodtagere, som målgruppen dengang talte.\n\nStatus for de 42 sager den 30. september:\n\n"
                           "– 14 var behandlet i teamet i 1. halvår 2018\n– 9 var berammet til møder i 4. kvartal\n"
                           "– 8 manglede fortsat lægelige oplysninger\n");
    EXPECT_EQ(f.at("rehab_team/to_present/kontanthjaelp"), "42 of 110");
    EXPECT_EQ(f.at("rehab_team/presented/kontanthjaelp"), "14 in 2018-H1");
    EXPECT_EQ(f.at("rehab_team/under_clarification/kontanthjaelp"), "8");
    EXPECT_EQ(f.count("active_intervention/not_active/kontanthjaelp"), 0u);
}

// Items under "▪": "behandlet i juli: 3" were presented, "dansk og it: 3" is
// tuition, "uden tilbud: 6" the interventions' rest; a note's number ("2)
// Heraf har 3 …") is no count; "I august pegede jobcentret på 11" is of then.
TEST(FactExtractor, SquareBulletItemsAndTheirNotes) {
    const auto f = factsOf("Indsatser\n\nHver borger tælles én gang, efter sin primære indsats:\n\n▪ virksomhedspraktik: 12  2)\n"
                           "▪ dansk og it: 3\n▪ uden tilbud: 6\n\n\nRehabiliteringsteamet\n\nI august pegede jobcentret på 11 "
                           "kontanthjælpsmodtagere, hvis sag skulle forbi teamet. Status:\n\n▪ behandlet i juli: 3\n"
                           "▪ behandlet i november: 1\n\n\nNoter\n\n2) Heraf har 3 også fået løntimer på ordinære vilkår i praktikvirksomheden.\n");
    EXPECT_EQ(f.at("intervention/vejledning_opkvalificering/all"), "3");
    EXPECT_EQ(f.at("intervention/ikke_i_tilbud/all"), "6");
    EXPECT_EQ(f.count("target_group/without_offer/all"), 0u);
    EXPECT_EQ(f.at("rehab_team/presented/kontanthjaelp"), "1 in 2018-11-01/2018-11-30");
    EXPECT_EQ(f.count("rehab_team/to_present/kontanthjaelp"), 0u);
    EXPECT_EQ(f.at("intervention/ordinaere_timer/all"), "3");
}

// "Syv af deltagerne i sundhedsforløbene taler … med en psykolog": what the
// set's words name is the set's; "har ikke haft et tilbud …, selv om hun
// ikke var fritaget" is an offer owed; "er der indtil nu behandlet 4" were presented.
TEST(FactExtractor, PsychologistTalksOwedOffersAndCasesTreatedSoFar) {
    const auto f = factsOf("Spørgsmål 2\nElleve følger et sundhedsforløb. Syv af deltagerne i sundhedsforløbene taler desuden jævnligt med en "
                           "psykolog. Den sidste, en kvinde på integrationsydelse, har ikke haft et tilbud siden maj, selv om hun ikke var "
                           "fritaget.\n\nSpørgsmål 4\nJobcentret vurderer, at 10 af de 24 kontanthjælpsmodtagere bør forelægges "
                           "rehabiliteringsteamet. På møderne i juli er der indtil nu behandlet 4 sager fra gruppen.");
    EXPECT_EQ(f.at("intervention/psykolog/all"), "7 of 11");
    EXPECT_EQ(f.at("target_group/without_offer/integrationsydelse"), "1");
    EXPECT_EQ(f.at("rehab_team/presented/kontanthjaelp"), "4 in 2018-07-01/2018-07-31");
}

// "I juli tog teamet yderligere to": the team took (treated) two more.
TEST(FactExtractor, TheTeamTookTwoMore) {
    const auto f = factsOf("Spørgsmål 2\nElleve følger et sundhedsforløb.\n\nSpørgsmål 4\nJobcentret vurderer, at 14 af de 40 "
                           "kontanthjælpsmodtagere bør forelægges rehabiliteringsteamet. I juli tog teamet yderligere to.");
    EXPECT_EQ(f.at("rehab_team/presented/kontanthjaelp"), "2 in 2018-07-01/2018-07-31");
}

// "2.741 aktivitetsparate borgere på de tre ydelser i alt" are all the
// activity-ready, not the target group the sentence before counts.
TEST(FactExtractor, AllTheActivityReadyOnTheThreeBenefits) {
    const auto f = factsOf("Spørgsmål 1\nMålgruppen er på 279 aktivitetsparate borgere med mindst fem år i kontanthjælpssystemet. På samme "
                           "dato var der 2.741 aktivitetsparate borgere på de tre ydelser i alt.");
    EXPECT_EQ(f.at("target_group/over_5_years/all"), "279");
}

// "næsten den samme som i første halvår, hvor den var 85 pct.": the share of
// then, compared with.
TEST(FactExtractor, TheShareOfTheHalfYearComparedWith) {
    const auto f = factsOf("Spørgsmål 3\nI 2. halvår 2018 har 237 af de 279 borgere været i aktive tilbud. Andelen er næsten den samme som i "
                           "første halvår, hvor den var 85 pct.");
    EXPECT_EQ(f.count("active_intervention/active_share_pct/all"), 0u);
}

// "stod derimod uden tilbud den 31. december uden at være fritaget": owed an
// offer, the adverb and the date in between.
TEST(FactExtractor, WithoutAnOfferWithoutBeingExempt) {
    const auto f = factsOf("Spørgsmål 2\nElleve følger et sundhedsforløb. 27 er uden tilbud. Tre kontanthjælpsmodtagere stod derimod uden tilbud "
                           "den 31. december uden at være fritaget.");
    EXPECT_EQ(f.at("target_group/without_offer/kontanthjaelp"), "3");
    EXPECT_EQ(f.count("intervention/ikke_i_tilbud/kontanthjaelp"), 0u);
}

// A heading that names no question ("Samtalerne") ends the team's answer;
// "i behandling for alkoholmisbrug" is treatment for abuse.
TEST(FactExtractor, AHeadingOfAnotherTopicEndsTheAnswer) {
    const auto f = factsOf("Spørgsmål 2\nFem følger et sundhedsfagligt forløb. To af de fem går desuden i behandling for alkoholmisbrug.\n\n"
                           "Spørgsmål 4\nJobcentret vurderer, at 10 af de 26 kontanthjælpsmodtagere bør forelægges rehabiliteringsteamet.\n\n"
                           "Samtalerne\n\nAlle 36 har fået brevet i bilaget.\n");
    EXPECT_EQ(f.at("intervention/misbrugsbehandling/all"), "2 of 5");
    EXPECT_EQ(f.at("rehab_team/to_present/kontanthjaelp"), "10 of 26");
    EXPECT_EQ(f.count("rehab_team/to_present/all"), 0u);
    // "får desuden hjælp af kommunens misbrugskonsulent": help against abuse.
    const auto helped = factsOf("Spørgsmål 2\nNi er i et sundhedsforløb. Omkring fem af borgerne i sundhedsforløbene får desuden hjælp af "
                                "kommunens misbrugskonsulent.\n");
    EXPECT_EQ(helped.at("intervention/misbrugsbehandling/all"), "5 of 9");
    // "behandlet i Misbrugscenter Aarhus": treated there, whatever else the sentence names.
    const auto center = factsOf("Spørgsmål 2\nOmkring 90 af borgerne i sundhedsforløb bliver desuden behandlet i Misbrugscenter Aarhus, "
                                "og samtaler med psykolog er stadig en fast del af mange forløb.\n");
    EXPECT_EQ(center.count("intervention/misbrugsbehandling/all"), 1u);
    EXPECT_EQ(center.count("intervention/psykolog/all"), 0u);
}

// "fire af sagerne i andet kvartal og seks på møderne i september": the
// later member names its period after another preposition, and is still
// the same kind of count.
TEST(FactExtractor, AListMemberWithItsOwnPeriodAfterAnotherPreposition) {
    const auto f = factsOf("Spørgsmål 4\nRehabiliteringsteamet behandlede fire af sagerne om kontanthjælp i første kvartal 2018 og seks på møderne i juni. "
                           "Seks på venteliste.");
    EXPECT_EQ(f.at("rehab_team/presented/kontanthjaelp"), "6 in 2018-06-01/2018-06-30");
}

// "hvis sag skulle forbi teamet" is a case owed the team, told in the past;
// "I dag er tallet 10 af de 26" gives it again as it is now, whatever the
// clause after it tells of one of them.
TEST(FactExtractor, TheFigureOfNowUpdatesTheCasesOwedTheTeam) {
    const auto f = factsOf("Spørgsmål 4\nI maj pegede jobcentret på 11 kontanthjælpsmodtagere, hvis sag skulle forbi rehabiliteringsteamet. "
                           "I dag er tallet 10 af de 26, fordi en af dem, der kom for teamet i juli, har fået fleksjob.");
    EXPECT_EQ(f.at("rehab_team/to_present/kontanthjaelp"), "10 of 26");
}

// Offers are counted as they stand; "To af dem er startet i praktik i juni"
// is news of two who began one, not a count of those in it.
TEST(FactExtractor, ThoseWhoStartedAnOfferInAMonthAreNoStock) {
    const auto f = factsOf("Spørgsmål 2\nElleve følger et sundhedsforløb. Tre stod uden tilbud den 31. maj uden at være fritaget. "
                           "To af dem er startet i praktik i juni, og den tredje er indkaldt til samtale.");
    EXPECT_EQ(f.count("intervention/virksomhedspraktik/all"), 0u);
    EXPECT_EQ(f.at("intervention/sundhedsfaglig/all"), "11");
}

// "Tallene var dengang fra 31. marts, og vi skrev, at ...": the earlier
// answer's figures, retold.
TEST(FactExtractor, TheFiguresOfThenRetold) {
    const auto f = factsOf("Spørgsmål 2\nElleve følger et sundhedsforløb.\n\nTallene var dengang fra 31. marts, og vi skrev, at 31 kontanthjælpssager "
                           "havde fået en tid på rehabiliteringsteamets møder i 2. kvartal.");
    EXPECT_EQ(f.count("rehab_team/planned/kontanthjaelp"), 0u);
}

// "ingen af dem har mere end 30 sager": a ceiling the staff keep, no count.
TEST(FactExtractor, ACeilingIsNoCount) {
    const auto f = factsOf("Spørgsmål 4\nRehabiliteringsteamet holder 9 møder om måneden. De 5 ekstra sagsbehandlere er ansat, og ingen af dem har mere "
                           "end 30 sager.");
    EXPECT_EQ(f.count("rehab_team/to_present/all"), 0u);
}

// "9 på uddannelseshjælp og resten på integrationsydelse": the count's own
// words end where the rest's begin.
TEST(FactExtractor, TheRestsBenefitIsNotTheCounts) {
    const auto f = factsOf("Spørgsmål 1\nMålgruppen tæller 92 borgere. 64 modtager kontanthjælp, 9 er på uddannelseshjælp og resten på "
                           "integrationsydelse.\n\nSpørgsmål 2\nElleve følger et sundhedsforløb.");
    EXPECT_EQ(f.at("target_group/over_5_years/uddannelseshjaelp"), "9");
    EXPECT_EQ(f.at("target_group/over_5_years/all"), "92");
}

// "praktik 18 · mentor 13 · ingen indsats 6": items parted by middle dots,
// each label read as a table row's is; "kontanthjælp 109 · uddannelseshjælp
// 13": a benefit as the label names the count's benefit.
TEST(FactExtractor, AnInlineListPartedByMiddleDots) {
    const auto f = factsOf("Spørgsmål 1\nKontanthjælp 30 · uddannelseshjælp 4 · integrationsydelse 9\n\n"
                           "Spørgsmål 2\npraktik 18 · mentor 13 · løntilskud 3 · ingen indsats 6");
    EXPECT_EQ(f.at("target_group/over_5_years/uddannelseshjaelp"), "4");
    EXPECT_EQ(f.at("intervention/virksomhedspraktik/all"), "18");
    EXPECT_EQ(f.at("intervention/mentor/all"), "13");
    EXPECT_EQ(f.at("intervention/ikke_i_tilbud/all"), "6");
}

// A reply written between the lines of the ministry's quoted mail: a
// two-line quote after the long one is a quote too, a question wrapped over
// two lines opens its answer, and "47 af de 55" under "Hvor mange har været
// i aktive tilbud i 1. halvår 2018?" counts what it asks, of its period.
TEST(FactExtractor, AnswersBetweenTheQuotedQuestions) {
    const auto f = factsOf("Tak for din mail. Svarene står under dine spørgsmål.\n\n"
                           "> Fra: Ministeriet\n> Sendt: 2. juli 2018\n>\n> Vi beder om tal på fire punkter:\n>\n"
                           "> 1. Hvor mange borgere er der nu i målgruppen, og hvordan fordeler de sig på\n> ydelser?\n\n"
                           "Pr. 1. juli er der 55: 39 på kontanthjælp, 5 på uddannelseshjælp og 11 på integrationsydelse.\n\n"
                           "> 3. Hvor mange har været i aktive tilbud i 1. halvår 2018, og hvor mange\n> ikke?\n\n"
                           "47 af de 55. Blandt kontanthjælpsmodtagerne 33 af 39.\n");
    EXPECT_EQ(f.at("target_group/over_5_years/all"), "55");
    EXPECT_EQ(f.at("target_group/over_5_years/integrationsydelse"), "11");
    EXPECT_EQ(f.at("active_intervention/active/all"), "47 of 55 in 2018-H1");
    EXPECT_EQ(f.at("active_intervention/active/kontanthjaelp"), "33 of 39 in 2018-H1");
}

// "4. I skrev, at ca. 15 … burde forbi / rehabiliteringsteamet. Hvad er
// tallet nu?": a numbered paragraph that ends in its question opens the
// answer; the figure it quotes from the earlier reply is none of now; "læst
// alle 39 kontanthjælpssager igennem, og tallet er 16" is 16 of the 39 read.
TEST(FactExtractor, ANumberedParagraphEndingInItsQuestion) {
    const auto f = factsOf("Spørgsmål 2\nElleve følger et sundhedsforløb.\n\n"
                           "4. I skrev, at ca. 15 kontanthjælpsmodtagere burde forbi\nrehabiliteringsteamet. Hvad er tallet nu, og hvor langt "
                           "er sagerne?\n\nVi har i juli læst alle 39 kontanthjælpssager igennem, og tallet er 16.\n");
    EXPECT_EQ(f.at("rehab_team/to_present/kontanthjaelp"), "16 of 39");
    EXPECT_EQ(f.count("target_group/over_5_years/kontanthjaelp"), 0u);
}

// "Målgruppen: 8 borgere, …", "Rehabiliteringsteamet: Af de 6 …": a run-in
// heading before a colon opens the answer its topic names.
TEST(FactExtractor, ARunInHeadingBeforeAColon) {
    const auto f = factsOf("Tidslinje\n\n06.07.2018 Kvinden begyndte i praktik.\n\nStatus\n\n"
                           "Målgruppen: 8 borgere, 6 på kontanthjælp og 2 på integrationsydelse.\n\n"
                           "Rehabiliteringsteamet: Af de 6 kontanthjælpsmodtagere står 3 på teamets liste.");
    EXPECT_EQ(f.at("target_group/over_5_years/all"), "8");
    EXPECT_EQ(f.at("target_group/over_5_years/integrationsydelse"), "2");
    EXPECT_EQ(f.at("rehab_team/to_present/kontanthjaelp"), "3 of 6");
}

// "De 2 ekstra sagsbehandlere … betyder, at hver sagsbehandler nu har omkring
// 45 sager": the staff's caseload answers no question.
TEST(FactExtractor, TheStaffsCaseloadAnswersNoQuestion) {
    const auto f = factsOf("Spørgsmål 4\n12 kontanthjælpsmodtagere skal forbi rehabiliteringsteamet.\n\nTeamet holder møde hver tirsdag. "
                           "De 2 ekstra sagsbehandlere betyder, at hver sagsbehandler nu har omkring 45 sager mod 60 før.");
    EXPECT_EQ(f.at("rehab_team/to_present/kontanthjaelp"), "12");
    EXPECT_EQ(f.count("rehab_team/to_present/all"), 0u);
}

// Answers as lettered lists: each "b)" item is a sentence of its own (not
// run on after "knap 83 pct."), its letter no part of a label ("h) uden
// tilbud: 31") nor of the words that open it ("a) I maj skønnede vi, …").
TEST(FactExtractor, ALetteredList) {
    const auto f = factsOf("Spørgsmål 1\na) Målgruppen tæller 146 borgere.\nb) Kontanthjælp: 104.\nc) Uddannelseshjælp: 12.\n\n"
                           "Spørgsmål 2\na) virksomhedspraktik: 40\nh) uden tilbud: 31\n\n"
                           "Spørgsmål 3\na) I 1. halvår 2018 har 121 af de 146 haft mindst ét aktivt forløb. Det er knap 83 pct.\n"
                           "b) For kontanthjælpsmodtagerne er tallet 85 af 104.\n\n"
                           "Spørgsmål 4\na) I maj skønnede vi, at ca. 40 af de 109 kontanthjælpsmodtagere skulle forelægges teamet.\n"
                           "b) Nu er tallet 38 af de 104.\n");
    EXPECT_EQ(f.at("target_group/over_5_years/kontanthjaelp"), "104");
    EXPECT_EQ(f.at("target_group/over_5_years/uddannelseshjaelp"), "12");
    EXPECT_EQ(f.at("intervention/ikke_i_tilbud/all"), "31");
    EXPECT_EQ(f.count("target_group/without_offer/all"), 0u);
    EXPECT_EQ(f.at("active_intervention/active_share_pct/all"), "83 in 2018-H1");
    EXPECT_EQ(f.at("active_intervention/active/kontanthjaelp"), "85 of 104 in 2018-H1");
    EXPECT_EQ(f.at("rehab_team/to_present/kontanthjaelp"), "38 of 104");
}

// "Tre er kommet til, fordi de har rundet de fem år", "to borgere har rundet
// de fem år, én på kontanthjælp og én på integrationsydelse": those who
// joined the group, not its size, nor its parts.
TEST(FactExtractor, ThoseWhoJoinedTheGroupAreNotItsSize) {
    const auto f = factsOf("Spørgsmål 1\nMålgruppen tæller 78 borgere. Fire har fået fleksjob. Til gengæld har to borgere rundet de fem år, "
                           "én på kontanthjælp og én på integrationsydelse. Tre er kommet til, fordi de i foråret har rundet de fem år.");
    EXPECT_EQ(f.at("target_group/over_5_years/all"), "78");
    EXPECT_EQ(f.count("target_group/over_5_years/kontanthjaelp"), 0u);
    EXPECT_EQ(f.count("outcome/fleksjob/kontanthjaelp"), 0u);
}

// "De to andre nye får kontanthjælp": newcomers by benefit, not the benefit's count.
TEST(FactExtractor, NewcomersByBenefitAreNotTheBenefitsCount) {
    const auto f = factsOf("Spørgsmål 1\nMålgruppen tæller 48 borgere. En kvinde på integrationsydelse er kommet til. "
                           "De to andre nye får kontanthjælp.");
    EXPECT_EQ(f.at("target_group/over_5_years/all"), "48");
    EXPECT_EQ(f.count("target_group/over_5_years/kontanthjaelp"), 0u);
}

// Columns that are periods, in the answer to a question about one period:
// the latest column answers it; the earlier one is the figure of before.
TEST(FactExtractor, TheLatestPeriodColumnAnswersAOnePeriodQuestion) {
    const auto e = extract(letter("Spørgsmål 3\nTabel 3. Aktive tilbud\nOpgørelse\t2. halvår 2017\t1.1.-30.6.2018\n"
                                  "Borgere i målgruppen\t57\t55\nAktive\t49\t48\nIkke aktive\t8\t7\n"),
                           "t.txt");
    std::vector<std::string> active;
    for (const auto& f : counted(e)) {
        if (f.section == "active_intervention") active.push_back(f.category + " " + std::to_string(static_cast<int>(*f.value)) + " " + f.period.value_or(""));
    }
    EXPECT_EQ(active, (std::vector<std::string>{"active 48 2018-H1", "not_active 7 2018-H1"}));
}

// Bullets whose verb comes first under the list's subject ("Af de 14 sager"
// over "- er 1 sat på teamets møde …", "- mangler 2 fortsat en attest …");
// "I maj fandt jobcentret 15 sager" is the earlier reply's figure.
TEST(FactExtractor, BulletsWhoseVerbComesFirst) {
    const auto f = factsOf("4. Rehabiliteringsteamet\n\nI maj fandt jobcentret 15 sager, der burde forbi teamet. I dag er det 14 af de 39 "
                           "kontanthjælpsmodtagere.\n\nAf de 14 sager\n- blev 4 behandlet i maj og juni 2018,\n- er 3 sat på teamets møde i "
                           "september,\n- mangler 2 fortsat en attest fra egen læge.\n");
    EXPECT_EQ(f.at("rehab_team/to_present/kontanthjaelp"), "14 of 39");
    EXPECT_EQ(f.count("rehab_team/to_present/all"), 0u);
    EXPECT_EQ(f.at("rehab_team/planned/kontanthjaelp"), "3 in 2018-09-01/2018-09-30");
    EXPECT_EQ(f.at("rehab_team/under_clarification/kontanthjaelp"), "2");
}

// A compound split at a line's end whose hyphen a scan lost ("kontanthjælps
// / modtagere", "integrations / ydelse") still names its benefit.
TEST(FactExtractor, ABenefitSplitOverALineEnd) {
    const auto f = factsOf("Rehabilitering\n\nJobcentret vurderer, at 11 af de 26 kontanthjælps\nmodtagere skal have deres sag behandlet i "
                           "rehabiliteringsteamet.\n");
    EXPECT_EQ(f.at("rehab_team/to_present/kontanthjaelp"), "11 of 26");
}

// The same split in "lcontant / hjælp", with a scan's "lc" for k.
TEST(FactExtractor, KontantHjaelpSplitOverALineEnd) {
    const auto f = factsOf("Målgruppen\n\nDer er 36 aktivitetsparate borgere, som har modtaget ydelse i fem år eller mere. 26 får lcontant\n"
                           "hjælp, 3 uddannelseshjælp og 7 integrationsydelse.\n");
    EXPECT_EQ(f.at("target_group/over_5_years/kontanthjaelp"), "26");
}

// "Tre af dem i sundhedsforløb ser desuden kommunens psykolog": the offer
// that names the group they are picked from is not what they are counted for.
TEST(FactExtractor, TheGroupPickedFromIsNotWhatIsCounted) {
    const auto f = factsOf("Spørgsmål 2\nElleve følger et sundhedsforløb. Tre af dem i sundhedsforløb ser desuden kommunens psykolog hver anden uge.");
    EXPECT_EQ(f.at("intervention/psykolog/all"), "3 of 11");
    EXPECT_EQ(f.at("intervention/sundhedsfaglig/all"), "11");
}

// "For den tredje, som kom på listen i juli, venter vi på journaloplysninger":
// one person, named by a relative clause before the verb.
TEST(FactExtractor, OnePersonBeforeARelativeClause) {
    const auto f = factsOf("Rehabiliteringsteamet: Af de 6 kontanthjælpsmodtagere står 3 på teamets liste. To er behandlet i juni. For den "
                           "tredje, som kom på listen den 2. juli, venter vi på journaloplysninger fra egen læge.");
    EXPECT_EQ(f.at("rehab_team/under_clarification/kontanthjaelp"), "1");
}

// Parts read against a count of their own kind split it by reason: the
// count holds them ("6 er fortsat under afklaring. I fire af dem venter vi
// ..., i to på ..."), however the parts are worded.
TEST(FactExtractor, ReasonsUnderACountAreNoCountsOfTheirOwn) {
    for (const char* reasons : {"I fire af dem venter vi på en speciallægeerklæring, i to på en udtalelse fra misbrugscentret.",
                                "Af dem venter 4 på en speciallægeerklæring og 2 på en udtalelse fra misbrugscentret."}) {
        const auto f = factsOf(std::string("Rehabiliteringsteamet\n\n12 af de 38 sager blev behandlet i 2. kvartal 2018. 6 er fortsat under afklaring. ") +
                               reasons + "\n");
        EXPECT_EQ(f.at("rehab_team/under_clarification/all"), "6") << reasons;
    }
}

// One person picked from a named few ("En af de to på fiskefabrikken får")
// or described by a relative clause after a copula ("Kvinden … er den eneste,
// som ikke er i tilbud") is a count of one; wages for shifts are ordinary hours.
TEST(FactExtractor, OnePersonOfAFewOrTheOnlyOne) {
    const auto f = factsOf("Indsatser\n\n4 er i virksomhedspraktik – fiskefabrikken har to af dem. En af de to på fiskefabrikken får stadig løn "
                           "for et par lørdagsvagter om måneden. Kvinden, der blev opereret, er den eneste, som ikke er i tilbud.\n");
    EXPECT_EQ(f.at("intervention/ordinaere_timer/all"), "1");
    EXPECT_EQ(f.at("intervention/ikke_i_tilbud/all"), "1");
    EXPECT_EQ(factsOf("Indsatser\n\n4 er i virksomhedspraktik. Én, der ikke er i tilbud, er fritaget.\n").at("intervention/ikke_i_tilbud/all"), "1");
}

// A list's lines give the answer by period: a sentence opened by a group a
// line named ("De 4 sager, vi i august havde sat på til september, er alle
// blevet behandlet") is no count, nor is the parts' total that names no
// period ("10 af sagerne er allerede behandlet", in a summary above).
TEST(FactExtractor, AListByPeriodHoldsItsTotalAndItsRestatements) {
    const std::string text = "Rehabiliteringsteamet\n\n19 kontanthjælpsmodtagere skal forbi teamet, og 10 af sagerne er allerede behandlet.\n\n"
                             "Status:\n– behandlet på teamets møder i september 2018: 4\n– behandlet i 4. kvartal 2018: 6\n\n"
                             "De 4 sager, vi i august havde sat på til september, er alle blevet behandlet.\n";
    const auto f = factsOf(text);
    EXPECT_EQ(f.count("rehab_team/planned/kontanthjaelp"), 0u);
    EXPECT_EQ(f.at("rehab_team/presented/kontanthjaelp"), "6 of 19 in 2018-Q4");
    const auto all = extract(letter(text), "t.txt");
    ASSERT_EQ(all.letters.size(), 1u);
    for (const auto& fact : all.letters[0].facts) EXPECT_FALSE(fact.category == "presented" && fact.value == 10.0) << fact.quote;
}

// "Den sidste af de seks" is one person; an offer its relative clause says
// has ended ("hvis praktik stoppede i oktober") is not what it counts, and
// gives way to the next sentence that goes on about her ("hun burde have haft
// et nyt tilbud"), a week's number there no count of its own.
TEST(FactExtractor, TheLastOfAFewWhoseOfferEnded) {
    const auto f = factsOf("2. Indsatser\n\nAf de 6 uden tilbud har 4 en lægeerklæring, og 1 er på barselsorlov. Den sidste af de seks er en "
                           "kvinde på kontanthjælp, hvis praktik stoppede i oktober; hun burde have haft et nyt tilbud inden for fristen og "
                           "begynder i løntilskud i uge 50.\n");
    EXPECT_EQ(f.at("target_group/without_offer/kontanthjaelp"), "1");
    EXPECT_EQ(f.count("intervention/virksomhedspraktik/kontanthjaelp"), 0u);
}

// A list to the team is its cases to present ("har nu 42 af de 85 … på listen
// til rehabiliteringsteamet"); a list to its meetings is planned; one put on
// the list ("satte … én på listen til teamet") adds to it, no count of it.
TEST(FactExtractor, TheTeamsListAndItsMeetingsList) {
    EXPECT_EQ(factsOf("Rehabiliteringsteamet\n\nJobcentret har nu 42 af de 85 kontanthjælpsmodtagere på listen til rehabiliteringsteamet.\n")
                  .at("rehab_team/to_present/kontanthjaelp"),
              "42 of 85");
    EXPECT_EQ(factsOf("Rehabiliteringsteamet\n\n6 står på listen til teamets møder i september.\n").count("rehab_team/planned/all"), 1u);
}

// Slides: a title in capitals names the question ("AKTIVITETSPARATE MED 5+ ÅR
// I SYSTEMET") or restates a count given before ("UDEN TILBUD – 15 BORGERE");
// newcomers under a label ("Nye i gruppen: 2") and a note that each counts
// once ("hver borger tæller én gang") count nothing.
TEST(FactExtractor, SlideTitlesAndNotes) {
    const auto f = factsOf("AKTIVITETSPARATE MED 5+ ÅR I SYSTEMET\n\n• Kontanthjælp: 58\n• Uddannelseshjælp: 6\n• Integrationsydelse: 19\n\n"
                           "TIL OG FRA SIDEN JULI\n\n• Nye i gruppen: 2 (1 på kontanthjælp, 1 på integrationsydelse)\n\n"
                           "PRIMÆR INDSATS\n(hver borger tæller én gang)\n\n• Mentor: 14\n• Intet tilbud p.t.: 15\n\nUDEN TILBUD – 15 BORGERE\n\n"
                           "• Sygemeldt m. lægeerklæring: 11\n");
    EXPECT_EQ(f.at("target_group/over_5_years/kontanthjaelp"), "58");
    EXPECT_EQ(f.at("target_group/over_5_years/integrationsydelse"), "19");
    EXPECT_EQ(f.count("target_group/over_5_years/all"), 0u);
    EXPECT_EQ(f.count("target_group/without_offer/all"), 0u);
}

// Figures of an earlier time in brackets beside a count ("Ikke aktive: 11
// (13)", "19 af 58 kth.-modtagere (21 af 61)") and a period that opens such a
// bracket ("87 % (1. halvår: 85 %)") are the comparison's; the heading's period
// ("AKTIVE TILBUD 2. HALVÅR 2018", no "i") is the counts'.
TEST(FactExtractor, BracketedFiguresOfBefore) {
    const auto f = factsOf("AKTIVE TILBUD 2. HALVÅR 2018\n\n• Aktive: 72 af 83\n• Aktiveringsgrad: 87 % (1. halvår: 85 %)\n• Ikke aktive: 11 (13)\n\n"
                           "REHABILITERINGSTEAMET\n\n• Skal forbi teamet: 19 af 58 kth.-modtagere (21 af 61)\n");
    EXPECT_EQ(f.at("active_intervention/active/all"), "72 of 83 in 2018-H2");
    EXPECT_EQ(f.at("active_intervention/active_share_pct/all"), "87 in 2018-H2");
    EXPECT_EQ(f.at("rehab_team/to_present/kontanthjaelp"), "19 of 58");
    // (A denominator in brackets, and a count in brackets after a year, stay.)
    EXPECT_EQ(factsOf("Målgruppen\n\nKontanthjælp: 141 (af 688);\n").at("target_group/over_5_years/kontanthjaelp"), "141 of 688");
    // (A few words may part them; a share in brackets is the count's own.)
    EXPECT_EQ(factsOf("Indsatser\n\nPr. 31. oktober har 21 et mentorforløb (22), og 32 har ikke noget tilbud lige nu (35).\n")
                  .at("intervention/mentor/all"),
              "21");
    EXPECT_EQ(factsOf("Aktive tilbud\n\nI 1. halvår 2018 har 39 af de 46 haft mindst ét aktivt tilbud (85 %).\n").at("active_intervention/active_share_pct/all"),
              "85 in 2018-H1");
}

// A table of benefit rows with counts and shares under a caption "Aktive i
// september–november 2018": active counts of the period, the shares theirs,
// and each count of its benefit's group counted before (58 of 68 is 85 %).
TEST(FactExtractor, ActiveCountsAndSharesByBenefit) {
    const auto f = factsOf("1. Målgruppen\n\nTabel 1. Målgruppen fordelt på ydelse\nYdelse                         Antal\n"
                           "Kontanthjælp                      68\nUddannelseshjælp                   7\nIntegrationsydelse                19\n"
                           "I alt                             94\n\n3. Aktive tilbud\n\nTabel 3. Aktive i september–november 2018\n"
                           "Ydelse                         Antal    Andel\nKontanthjælp                      58     85 %\n"
                           "Uddannelseshjælp                   6     86 %\nIntegrationsydelse                17     89 %\nI alt                             81     86 %\n");
    EXPECT_EQ(f.at("active_intervention/active/kontanthjaelp"), "58 of 68 in 2018-09-01/2018-11-30");
    EXPECT_EQ(f.at("active_intervention/active_share_pct/integrationsydelse"), "89 in 2018-09-01/2018-11-30");
    EXPECT_EQ(f.at("active_intervention/active/all"), "81 of 94 in 2018-09-01/2018-11-30");
}

// A figure whose parts a bracket gives is a count of its own ("36 i
// virksomhedsrettet praktik (heraf 5, …)"), and "sundheds- eller
// behandlingsforløb" is a health course.
TEST(FactExtractor, ACountWithItsPartsInBrackets) {
    const auto f = factsOf("Ad spm. 2 – Hvilke indsatser får de?\n\nPr. 31. oktober er 36 i virksomhedsrettet praktik (heraf 5, der også har fået "
                           "ordinære løntimer), 21 har et mentorforløb, 19 er i et sundheds- eller behandlingsforløb (heraf 4 i "
                           "misbrugsbehandling), og 32 har ikke noget tilbud lige nu.\n");
    EXPECT_EQ(f.at("intervention/virksomhedspraktik/all"), "36");
    EXPECT_EQ(f.at("intervention/ordinaere_timer/all"), "5 of 36");
    EXPECT_EQ(f.at("intervention/sundhedsfaglig/all"), "19");
}

// "Den syvende, en mand paa integrationsydelse, afsluttede sin praktik … og
// skulle have haft et nyt tilbud": one person as a clause's subject, whatever
// its verb; the offer she ended is not what she counts. Help to stop smoking
// hash is treatment for abuse.
TEST(FactExtractor, TheSeventhWhoEndedHerOffer) {
    const auto f = factsOf("Indsatserne\n\nFire er i et sundhedsfagligt forløb; to af de fire får også hjælp til at stoppe med at ryge hash. Syv er "
                           "ikke i tilbud. Den syvende, en mand på integrationsydelse, afsluttede sin praktik i starten af september og skulle "
                           "have haft et nyt tilbud.\n");
    EXPECT_EQ(f.at("target_group/without_offer/integrationsydelse"), "1");
    EXPECT_EQ(f.count("intervention/virksomhedspraktik/integrationsydelse"), 0u);
    EXPECT_EQ(f.at("intervention/misbrugsbehandling/all"), "2 of 4");
}

// "mod knap 85 pct. i første halvår": an estimate compared with names the
// comparison's period, not the share's.
TEST(FactExtractor, AnEstimateComparedWith) {
    const auto f = factsOf("Spørgsmål 3: Har de været i aktive tilbud?\n\nI andet halvår 2018 har 98 af de 114 deltaget i aktive tilbud. For "
                           "kommunen som helhed er aktiveringsgraden 86 pct., mod knap 85 pct. i første halvår.\n");
    EXPECT_EQ(f.at("active_intervention/active_share_pct/all"), "86 in 2018-H2");
}

// A count said again with its total in the same sentence gives the first
// its total ("at 9 kontanthjælpsmodtagere skal … – nu 9 af 24").
TEST(FactExtractor, ACountSaidAgainWithItsTotal) {
    EXPECT_EQ(factsOf("Rehabiliteringsteamet\n\nJobcentret vurderer stadig, at 9 kontanthjælpsmodtagere skal have deres sag forbi "
                      "rehabiliteringsteamet – nu 9 af 24.\n")
                  .at("rehab_team/to_present/kontanthjaelp"),
              "9 of 24");
}

// A list's "Målgruppe i alt: 83" over its benefits is the whole group; a
// list's "Berammet januar 2019: 1" is of that month.
TEST(FactExtractor, AListsWholeGroupAndItsMonth) {
    const auto f = factsOf("AKTIVITETSPARATE MED 5+ ÅR I SYSTEMET\n\n• Målgruppe i alt: 83\n• Kontanthjælp: 58\n• Uddannelseshjælp: 6\n"
                           "• Integrationsydelse: 19\n\nREHABILITERINGSTEAMET\n\n• Skal forbi teamet: 19 af 58 kth.-modtagere\n"
                           "• Behandlet 4. kvt. 2018: 4\n• Berammet januar 2019: 1\n");
    EXPECT_EQ(f.at("target_group/over_5_years/all"), "83");
    EXPECT_EQ(f.at("rehab_team/planned/kontanthjaelp"), "1 of 19 in 2019-01-01/2019-01-31");
}

// A footnote counts what its own words count ("³ 3 af de 11 er samtidig i
// behandling i kommunens rusmiddelcenter"), not what a figure includes
// ("¹ Inkl. 2 borgere med mentor bevilget efter serviceloven").
TEST(FactExtractor, FootnotesThatCountAndFootnotesThatInclude) {
    const std::string table = "Indsatser\n\nIndsats                        Antal\nMentorstøtte¹                     16\n"
                              "Sundhedsfagligt forløb³           11\nIkke i tilbud                     17\n\n";
    const auto f = factsOf(table + "Noter\n\n¹ Inkl. 2 borgere med mentor bevilget efter serviceloven.\n"
                                   "³ 3 af de 11 er samtidig i behandling i kommunens rusmiddelcenter.\n");
    EXPECT_EQ(f.at("intervention/misbrugsbehandling/all"), "3 of 11");
    EXPECT_EQ(f.at("intervention/mentor/all"), "16");
    // (A footnote's "heraf" is of the figure its mark stands on, wherever that is; what it
    // names is no mention of an offer: "² Heraf har 5 også ordinære løntimer".)
    const auto e = extract(letter(table + "Noter\n\n² Heraf har 5 også ordinære løntimer hos praktikstedet.\n"), "t.txt");
    ASSERT_EQ(e.letters.size(), 1u);
    for (const auto& fact : e.letters[0].facts) EXPECT_TRUE(fact.value.has_value()) << fact.quote;
    EXPECT_EQ(factsBy(e).at("intervention/ordinaere_timer/all"), "5");
}

// A remark in brackets, a clause of its own among the counts ("6 i august og
// september (teamet nåede 7 af de 8 berammede sager, men den ene borger har
// siden fået sit ressourceforløb …), 4 i oktober"), counts nothing and names
// nothing the counts around it count; a bracket of parts of the count before
// it ("7 fortsat er under forberedelse (fem af dem venter …)") breaks it down.
TEST(FactExtractor, RemarksInBracketsAmongCounts) {
    const auto f = factsOf("Ad spm. 4 – Rehabiliteringsteamet\n\nAf de 30 blev 8 behandlet i 1. halvår 2018, 6 i august og september (teamet nåede "
                           "7 af de 8 berammede sager, men den ene borger har siden fået sit ressourceforløb, og den ottende sag blev udsat), "
                           "4 i oktober, mens 5 skal på teamets møder i november og december, og 7 fortsat er under forberedelse hos "
                           "sagsbehandleren (fem af dem venter på en speciallægeerklæring).\n");
    EXPECT_EQ(f.at("rehab_team/presented/all"), "4 in 2018-10-01/2018-10-31");
    EXPECT_EQ(f.at("rehab_team/planned/all"), "5 in 2018-11-01/2018-12-31");
    EXPECT_EQ(f.at("rehab_team/under_clarification/all"), "7");
    EXPECT_EQ(f.count("outcome/ressourceforloeb/all"), 0u);
}

// Staff counted in words ("til to ekstra sagsbehandlere, så der bliver 13 i
// alt", "otte medarbejdere") makes a sentence about the staff.
TEST(FactExtractor, StaffCountedInWords) {
    const auto f = factsOf("Rehabiliteringsteamet\n\n9 af de 24 kontanthjælpsmodtagere skal forbi teamet. Byrådet har afsat 1,2 mio. kr. til to "
                           "ekstra sagsbehandlere, så der bliver 13 i alt til den her gruppe.\n");
    EXPECT_EQ(f.at("rehab_team/to_present/kontanthjaelp"), "9 of 24");
}

// "For de sidste 2, begge på kontanthjælp, var der ikke grundlag for at
// fritage dem": those not exempted were owed an offer.
TEST(FactExtractor, NoGroundsToExempt) {
    EXPECT_EQ(factsOf("Indsatser\n\nAf de 17 uden tilbud er 13 sygemeldte og 2 på barsel. For de sidste 2, begge på kontanthjælp, var der ikke "
                      "grundlag for at fritage dem; de startede i praktik i uge 49.\n")
                  .at("target_group/without_offer/kontanthjaelp"),
              "2");
}

// Counts given per part of the municipality, one for each, are the
// municipality's count: their sum, derived, of their totals' sum. Parts in
// brackets only split the count before them.
TEST(FactExtractor, CountsOfTheMunicipalitysPartsAreSummed) {
    const std::string parts = "3. Aktive tilbud\n\nI andet halvår 2018 har 58 af de 67 borgere i Nakskov og 40 af de 47 i Maribo deltaget i aktive tilbud.";
    EXPECT_TRUE(factsOf(parts).empty());
    EXPECT_EQ(derivedOf(parts, "active"), (std::vector<int>{98}));
    const auto whole = extract(letter(parts), "t.txt").letters.at(0).facts;
    ASSERT_EQ(whole.size(), 1u);
    EXPECT_EQ(whole[0].ofTotal, 114);
    EXPECT_EQ(factsOf("2. Indsatser\n\n5 af praktikanterne (3 i Nakskov og 2 i Maribo) har fået et småjob ved siden af praktikken."),
              (std::map<std::string, std::string>{{"intervention/ordinaere_timer/all", "5"}}));
}

// "Seks har ikke været i gang": those not active, of the group the count of
// the active just before is of; unless two counts before fit the rest.
TEST(FactExtractor, TheNotActiveAreOfTheGroupJustCounted) {
    EXPECT_EQ(factsOf("3. Aktive tilbud\n\nI 3. kvartal 2018 har 46 af de 52 været i et aktivt tilbud. Seks har ikke været i gang i kvartalet."),
              (std::map<std::string, std::string>{{"active_intervention/active/all", "46 of 52 in 2018-Q3"},
                                                  {"active_intervention/not_active/all", "6 of 52 in 2018-Q3"}}));
    const auto both = factsOf("3. Aktive tilbud\n\nI 3. kvartal 2018 har 39 af de 41 borgere været aktive. Blandt de 31 kontanthjælpsmodtagere er det 29. "
                              "De to borgere, der ikke har været aktive i kvartalet, har været syge.");
    EXPECT_EQ(both.at("active_intervention/not_active/all"), "2 in 2018-Q3");
}

// The figures of the earlier reply are no counts now: "Dengang kunne vi kun
// skønne, at …", and the figure a new one replaces ("i stedet for omkring
// 40 af 101 er tallet nu 36 af de 96").
TEST(FactExtractor, WhatWasGuessedThenIsNoCountNow) {
    EXPECT_EQ(factsOf("4. Rehabiliteringsteamet\n\nDengang kunne vi kun skønne, at omkring 40 kontanthjælpsmodtagere skulle forbi "
                      "rehabiliteringsteamet. I stedet for omkring 40 af 101 er tallet nu 36 af de 96 kontanthjælpsmodtagere."),
              (std::map<std::string, std::string>{{"rehab_team/to_present/kontanthjaelp", "36 of 96"}}));
}

// "Én af de 11 sager fra 2. kvartal er taget af listen" opens an account of
// what became of the earlier reply's groups, and "Tallet i september var 38
// af 132" / "I august var 26 af de 68 …" give the earlier figure: the counts
// of now were given before them.
TEST(FactExtractor, WhatBecameOfTheEarlierGroupsCountsNothingNew) {
    EXPECT_EQ(factsOf("Rehabiliteringsteamet\n\nAf de 126 kontanthjælpsmodtagere skal 35 have deres sag for rehabiliteringsteamet. "
                      "Tallet i september var 38 af 132. Af de 35 er 10 behandlet i 2. kvartal 2018 og 13 i september og "
                      "oktober.\n\nÉn af de 11 sager fra 2. kvartal "
                      "er taget af listen, fordi borgeren har fået fleksjob. Af de 14 sager, der var berammet til september eller oktober, "
                      "blev én udsat til november. Af de 13 sager, hvor der manglede lægelige oplysninger, er 5 behandlet i november."),
              (std::map<std::string, std::string>{{"rehab_team/to_present/kontanthjaelp", "35 of 126"},
                                                  {"rehab_team/presented/kontanthjaelp", "13 in 2018-09-01/2018-10-31"}}));
    EXPECT_EQ(factsOf("Rehabiliteringsteamet\n\n25 af de 65 kontanthjælpssager skal forelægges teamet.\n\nTil punkt 4: I august var "
                      "26 af de 68 kontanthjælpssager på listen."),
              (std::map<std::string, std::string>{{"rehab_team/to_present/kontanthjaelp", "25 of 65"}}));
    // "Af de fire sager, der blev behandlet i juni, har tre borgere forladt målgruppen": what became of them.
    EXPECT_EQ(factsOf("Rehabiliteringsteamet\n\nEfter en ny gennemgang er tallet 14 af de 29 kontanthjælpsmodtagere.\n\nAf de fire sager, der blev "
                      "behandlet i juni, har tre borgere forladt målgruppen. Af de otte sager, som udvalget rettede tallet til, blev fem "
                      "behandlet i september og oktober."),
              (std::map<std::string, std::string>{{"rehab_team/to_present/kontanthjaelp", "14 of 29"}}));
}

// "Tre havde ingen gyldig fritagelse: to på kontanthjælp og én på
// uddannelseshjælp" and "To var ikke fritaget …: en kvinde på kontanthjælp,
// hvis …, og en mand på integrationsydelse, som …" give the parts by benefit;
// the count before the colon is their sum.
TEST(FactExtractor, OwedOffersSplitByBenefitAfterAColon) {
    EXPECT_EQ(factsOf("Uden tilbud\n\nAf de 28 uden tilbud er 21 sygemeldt. Tre havde ingen gyldig fritagelse: to på kontanthjælp og én på "
                      "uddannelseshjælp."),
              (std::map<std::string, std::string>{{"target_group/without_offer/kontanthjaelp", "2"},
                                                  {"target_group/without_offer/uddannelseshjaelp", "1"}}));
    EXPECT_EQ(factsOf("Uden tilbud\n\nTo var ikke fritaget og skulle have været i gang: en kvinde på kontanthjælp, hvis praktikforløb "
                      "sluttede i begyndelsen af november, og en mand på integrationsydelse, som flyttede til kommunen i oktober."),
              (std::map<std::string, std::string>{{"target_group/without_offer/kontanthjaelp", "1"},
                                                  {"target_group/without_offer/integrationsydelse", "1"}}));
    EXPECT_EQ(factsOf("Uden tilbud\n\nAf de 11 uden tilbud er 7 sygemeldte. De sidste to manglede et tilbud, som de skulle have haft: en "
                      "kontanthjælpsmodtager, hvis job med løntilskud stoppede ved nytår, og en kvinde på integrationsydelse, som har været indlagt."),
              (std::map<std::string, std::string>{{"target_group/without_offer/kontanthjaelp", "1"},
                                                  {"target_group/without_offer/integrationsydelse", "1"}}));
}

// "Tallene står som aktive/målgruppe." over rows "Kontanthjælp   107/126":
// each ratio is the active part of its benefit's group.
TEST(FactExtractor, RatioRowsUnderTheirLegend) {
    EXPECT_EQ(factsOf("Aktive tilbud i 2. halvår 2018\n\nTallene står som aktive/målgruppe.\n\nKontanthjælp                107/126\n"
                      "Uddannelseshjælp             11/12\nI alt                       118/138\n\nDet svarer til en aktiveringsgrad på 86 pct."),
              (std::map<std::string, std::string>{{"active_intervention/active/kontanthjaelp", "107 of 126 in 2018-H2"},
                                                  {"active_intervention/active/uddannelseshjaelp", "11 of 12 in 2018-H2"},
                                                  {"active_intervention/active/all", "118 of 138 in 2018-H2"},
                                                  {"active_intervention/active_share_pct/all", "86 in 2018-H2"},
                                                  {"target_group/over_5_years/kontanthjaelp", "126"},
                                                  {"target_group/over_5_years/uddannelseshjaelp", "12"},
                                                  {"target_group/over_5_years/all", "138"}}));
}

// In a letter of March, "var på teamets møde i juni" has passed: last year's
// June; "er berammet til teamets møde i juni" is this year's.
TEST(FactExtractor, AMonthToldInThePastHasPassed) {
    auto inMarch = [](const std::string& body) {
        std::string text = letter(body);
        text.replace(text.find("1. august 2018"), 14, "7. marts 2019");
        return factsBy(extract(text, "t.txt"));
    };
    EXPECT_EQ(inMarch("Rehabiliteringsteamet\n\n3 af kontanthjælpssagerne var på teamets møde i juni."),
              (std::map<std::string, std::string>{{"rehab_team/presented/kontanthjaelp", "3 in 2018-06-01/2018-06-30"}}));
    EXPECT_EQ(inMarch("Rehabiliteringsteamet\n\n3 af kontanthjælpssagerne er berammet til teamets møde i juni."),
              (std::map<std::string, std::string>{{"rehab_team/planned/kontanthjaelp", "3 in 2019-06-01/2019-06-30"}}));
}

// "93 af de 108 … Blandt kontanthjælpsmodtagerne er det 66 af 78. De øvrige
// 15 har ikke været aktive": the rest is what is left of the 108, all benefits.
TEST(FactExtractor, ARestIsOfTheSetItIsLeftOf) {
    const auto facts = factsOf("Aktiviteten\n\nFra 1. juni til 30. november har 93 af de 108 borgere deltaget i aktive tilbud. Blandt "
                               "kontanthjælpsmodtagerne er det 66 af 78. De øvrige 15 har ikke været aktive, og 12 af dem var sygemeldt.");
    EXPECT_EQ(facts.count("active_intervention/not_active/all"), 1u);
    EXPECT_EQ(facts.count("active_intervention/not_active/kontanthjaelp"), 0u);
}

// A reply written benefit by benefit, under headings that are a benefit
// alone: a count under "KONTANTHJÆLP" that names no benefit is of it, up to
// the next heading ("HELE MÅLGRUPPEN" is of all).
TEST(FactExtractor, AnswersUnderAHeadingThatIsABenefit) {
    EXPECT_EQ(factsOf("KONTANTHJÆLP\n\nNi er i virksomhedspraktik. Fem har en mentor.\n\n\nINTEGRATIONSYDELSE\n\nTo er i praktik.\n\n\n"
                      "HELE MÅLGRUPPEN\n\n11 har en mentor."),
              (std::map<std::string, std::string>{{"intervention/virksomhedspraktik/kontanthjaelp", "9"},
                                                  {"intervention/mentor/kontanthjaelp", "5"},
                                                  {"intervention/virksomhedspraktik/integrationsydelse", "2"},
                                                  {"intervention/mentor/all", "11"}}));
}

}  // namespace

