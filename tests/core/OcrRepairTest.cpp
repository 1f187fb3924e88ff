#include "Document.hpp"
#include "OcrRepair.hpp"

#include <gtest/gtest.h>

using namespace svarbrev;

namespace {

struct OcrCase {
    const char* damaged;
    const char* repaired;
};

std::string repair(const char* in) {
    Units u = OcrRepair::get().repair(decodeUnits(in));
    return Document::fromUnits(in, u).utf8(0, static_cast<int32_t>(Document::fromUnits(in, u).text.length()));
}

class OcrRepairCases : public ::testing::TestWithParam<OcrCase> {};

TEST_P(OcrRepairCases, RestoresKnownWords) { EXPECT_EQ(repair(GetParam().damaged), GetParam().repaired); }

// The damage of the scanned Hjørring letter and of the confusion
// list (ø->g, å->a/d, æ->ae/ee, l->I, rn->m): none is listed in the data.
INSTANTIATE_TEST_SUITE_P(
    Scans, OcrRepairCases,
    ::testing::Values(OcrCase{"Hjgrring kommune", "Hjørring kommune"}, OcrCase{"spgrgsmal", "spørgsmål"},
                      OcrCase{"8 gar til dansk, 12 star uden tilbud", "8 går til dansk, 12 står uden tilbud"},
                      OcrCase{"5 uddannelseshjelp", "5 uddannelseshjælp"},
                      OcrCase{"mindst 5 dr", "mindst 5 år"}, OcrCase{"personer pd kontanthjaelp", "personer på kontanthjælp"},
                      OcrCase{"hvad ggr I", "hvad gør I"}, OcrCase{"kontanthjeelp", "kontanthjælp"},
                      OcrCase{"har | aktuelt", "har I aktuelt"}, OcrCase{"OIe BoIIesen", "Ole Bollesen"},
                      OcrCase{"Brgnderslev", "Brønderslev"}, OcrCase{"HoIbeek Kommune", "Holbæk Kommune"},
                      OcrCase{"Igbende", "løbende"}, OcrCase{"i ti1bud med 1gntilskud", "i tilbud med løntilskud"},
                      OcrCase{"R0dovre", "Rødovre"}, OcrCase{"a1vorlig", "alvorlig"},
                      OcrCase{"drejer det sig om l12 borgere", "drejer det sig om 112 borgere"},
                      OcrCase{"havde i alt 5i borgere i 20i8, heraf i4 i praktik", "havde i alt 51 borgere i 2018, heraf 14 i praktik"},
                      OcrCase{"83 pa kontant hjaelp", "83 på kontanthjælp"},
                      // A scanner trained on German reads ø as ö and æ, å as ä.
                      OcrCase{"det förste spörgsmäl", "det første spørgsmål"}, OcrCase{"Sönderborg", "Sønderborg"}, OcrCase{"3O er i praktik, I7 har en mentor", "30 er i praktik, 17 har en mentor"},
                      // q for g; a part of a joined name, with its capital.
                      OcrCase{"Dato: 16. auqust 2018", "Dato: 16. august 2018"}, OcrCase{"lkast-Brande Kommune", "Ikast-Brande Kommune"},
                      // The ligature œ, and a lower-case l in a figure.
                      OcrCase{"modtog 6l kontanthjœlp og l5 har vœret", "modtog 61 kontanthjælp og 15 har været"},
                      OcrCase{"Anne Hansen | Chef | Horsens Kommune", "Anne Hansen | Chef | Horsens Kommune"},
                      OcrCase{"4B modtager l¢ntilskud, 2Z er i praktik og |6 har en mentor", "48 modtager løntilskud, 22 er i praktik og 16 har en mentor"},
                      OcrCase{"Sagsnr. 18/Z1437, 82 °/o af rnâlgruppen", "Sagsnr. 18/21437, 82 % af målgruppen"},
                      // b for 6 and o for 0 inside a figure; li for h and cl for d inside a word.
                      OcrCase{"1b af kontantlijælpsmodtagerne, 1o i 2o18 og 5 udclannelseshjælp",
                              "16 af kontanthjælpsmodtagerne, 10 i 2018 og 5 uddannelseshjælp"},
                      // A capital B read as an 8 before the rest of its word; an 8 read
                      // as a B alone at a row's end, in a column of figures.
                      OcrCase{"8orgernes tilbud, 8 timer, 8landtkontanthjæ1psmodtagerne", "Borgernes tilbud, 8 timer, Blandtkontanthjælpsmodtagerne"},
                      // h closed to b inside a word, g read as q, specks read as marks, 9 as g in a figure or a cell.
                      OcrCase{"121 kontantbjælpsmodtaqere i mål'gruppen, Sundbedsfagligt forløb i kva.rtalet", "121 kontanthjælpsmodtagere i målgruppen, Sundhedsfagligt forløb i kvartalet"},
                      OcrCase{"er 1g syqemeldte i 201g; Bebandlet   16      g      –", "er 19 sygemeldte i 2019; Behandlet   16      9      –"},
                      OcrCase{"se www.fredericia.dk og bl.a. f.eks.", "se www.fredericia.dk og bl.a. f.eks."},
                      OcrCase{"   Løntilskud                  3\n   Sundhedsfagligt forløb      B\n   Misbrug                     3", "   Løntilskud                  3\n   Sundhedsfagligt forløb      8\n   Misbrug                     3"},
                      // Surnames no other name is spelled like without their ø; "en enkelt er" is no split word.
                      OcrCase{"Kirsten Mgller Hviid og Bente Sgrensen Lund", "Kirsten Møller Hviid og Bente Sørensen Lund"},
                      OcrCase{"og en enkelt er i nytteindsats", "og en enkelt er i nytteindsats"},
                      // A journal number's letter facet ("A00") is no digit.
                      OcrCase{"Sagsnr. 15.20.00-A00-3-18", "Sagsnr. 15.20.00-A00-3-18"},
                      // Recipients of a benefit as one compound, and a short word with its ending.
                      OcrCase{"11 uddannelseshjaelpsmodtagere, 3 er dode", "11 uddannelseshjælpsmodtagere, 3 er døde"},
                      // A 1 read as "!" beside one digit, but not a year's exclamation mark.
                      OcrCase{"2! er i praktik, og !7 har en mentor i 2018!", "21 er i praktik, og 17 har en mentor i 2018!"},
                      // A system that cannot write æ, ø and å: ae, oe and aa.
                      OcrCase{"Laesoe Kommune: mindst 5 aar, sagen boer forelaegges paa moedet", "Læsø Kommune: mindst 5 år, sagen bør forelægges på mødet"},
                      // rn for m in a word of the sick; "var den" is no "Varden" joined.
                      OcrCase{"er 15 sygerneldte, og for 4 borgere var den opfglgning forsinket", "er 15 sygemeldte, og for 4 borgere var den opfølgning forsinket"}),
    [](const auto& info) { return "case" + std::to_string(info.index); });

TEST(OcrRepair, LeavesCleanTextAndAddressesAlone) {
    for (const char* s : {"Kære Troels Lund Poulsen", "syddjurs@syddjurs.dk", "www.bronderslev.dk", "Ikke i tilbud",
                          "de borgere der er på uddannelseshjælp", "Karsten Søndergaard",
                          "1. halvår 2018-H1 og 10 borgere", "Sagsnr. 18/14407, tlf. 36 37 70 01", "II. Indsatser", "Lejl. 12"}) {
        EXPECT_EQ(repair(s), s);
    }
}

TEST(OcrRepair, DistanceWeighsConfusionsBelowOtherEdits) {
    const auto& r = OcrRepair::get();
    EXPECT_LT(r.distance(U"hjgrring", U"hjørring"), 1.0);
    EXPECT_LT(r.distance(U"kontanthjeelp", U"kontanthjælp"), 1.0);
    EXPECT_GE(r.distance(U"hjxrring", U"hjørring"), 1.0);
    // Two letters that are read alike only through a third ("0" and "ø" both
    // read "o") are further apart than either is from it: "f0r" is "for".
    EXPECT_GT(r.distance(U"f0r", U"før"), r.distance(U"f0r", U"for"));
    EXPECT_EQ(repair("Status f0r de 14 sager"), "Status for de 14 sager");
    EXPECT_EQ(repair("tre b0rgere har f0rladt gruppen"), "tre borgere har forladt gruppen");
}

// A scan that lost æ's stroke reads a; a long word finds its æ again, a
// name does not get one ("Mikael").
TEST(OcrRepair, AnAeReadAsA) {
    EXPECT_EQ(repair("68 modtog kontanthjalp, 4 i kontanthjalpssystemet"), "68 modtog kontanthjælp, 4 i kontanthjælpssystemet");
    EXPECT_EQ(repair("Mikael Lange og Michael"), "Mikael Lange og Michael");
}

// A scan that breaks k in two ("lc", "|<").
TEST(OcrRepair, AKBrokenInTwo) {
    EXPECT_EQ(repair("én lcontanthjælpsmodtager fik fleksjob"), "én kontanthjælpsmodtager fik fleksjob");
}

// A t read as f, a y read as v, in long words only: a short word or a name
// is too often meant as written.
TEST(OcrRepair, ATReadAsFInLongWords) {
    EXPECT_EQ(repair("Ikke i filbud: 4"), "Ikke i tilbud: 4");
    EXPECT_EQ(repair("Vores ref.: 18/26305, Lene D. Faber"), "Vores ref.: 18/26305, Lene D. Faber");
    // And a y read as v, in longer words still ("vaeret" is "været" with its æ spelt out).
    EXPECT_EQ(repair("en mand på integrationsvdelse har vaeret syg"), "en mand på integrationsydelse har været syg");
}

// A 5 read as a lone S before what is counted; a name's initial stays.
TEST(OcrRepair, AFiveReadAsS) {
    EXPECT_EQ(repair("22 af 26. S borgere har ikke været i gang"), "22 af 26. 5 borgere har ikke været i gang");
    EXPECT_EQ(repair("Anne S. Holm og S Larsen"), "Anne S. Holm og S Larsen");
}

// Words of the letters' own answers the lexicon now holds: "I juli sk0nnede
// vi" (of then) and "5 star pa clagsordenen" (planned).
TEST(OcrRepair, VerbsAndAgendasOfTheAnswers) {
    EXPECT_EQ(repair("I juli sk0nnede vi, at 25 og 5 star pa clagsordenen"), "I juli skønnede vi, at 25 og 5 står på dagsordenen");
}

// A damaged word before a known one is repaired on its own, not joined to it.
TEST(OcrRepair, ADamagedWordBeforeAKnownOne) {
    EXPECT_EQ(repair("De gvrige er ved at blive forberedt"), "De øvrige er ved at blive forberedt");
    EXPECT_EQ(repair("kontant hjaelp"), "kontanthjælp");
}

// A line break where a scan lost the hyphen joins like a stray space, but only
// when the next line keeps the end of the known word as written.
TEST(OcrRepair, AWordSplitOverALineEnd) {
    EXPECT_EQ(repair("26 får lcontant\nhjælp"), "26 får kontanthjælp");
    EXPECT_EQ(repair("svar senest\nden 10. august"), "svar senest\nden 10. august");
}

// Digits a scanner read as letters: "lO" (a capital after a small letter)
// and the day before a month ("l. januar"); a Roman "I." and words stay.
TEST(OcrRepair, DigitsReadAsLetters) {
    EXPECT_EQ(repair("og lO pa integrationsydelse"), "og 10 på integrationsydelse");
    EXPECT_EQ(repair("perioden l. januar - 3O. juni 2018"), "perioden 1. januar - 30. juni 2018");
    EXPECT_EQ(repair("I. halvår, Io, IO og bo"), "I. halvår, Io, IO og bo");
    EXPECT_EQ(repair("I l. halvar 2018 har"), "I 1. halvår 2018 har");
    EXPECT_EQ(repair("i i. kvartal, i alt"), "i 1. kvartal, i alt");
    // A thousands group read wholly as letters, after a number's point.
    EXPECT_EQ(repair("afsat 35O.OOO kr. og 2.lOO kr., kl. 9.Ole"), "afsat 350.000 kr. og 2.100 kr., kl. 9.Ole");
}

// A 1 read as a letter alone in a table's cell, on a line of figures; not a
// lone letter in prose.
TEST(OcrRepair, AOneAloneInATableCell) {
    EXPECT_EQ(repair("Virksomhedspraktik           13             l                5           19"),
              "Virksomhedspraktik           13             1                5           19");
    EXPECT_EQ(repair("Praktik\t4\tl\t5"), "Praktik\t4\t1\t5");
    EXPECT_EQ(repair("Bilag  I  side 2"), "Bilag  I  side 2");
}

TEST(OcrRepair, TheMeetingsAndAPlaceAtThem) {
    EXPECT_EQ(repair("og 10 har faet plads pa rnoderne i august"), "og 10 har fået plads på møderne i august");
}

TEST(OcrRepair, TheSeasons) {
    EXPECT_EQ(repair("I foraret var gruppen pa 49"), "I foråret var gruppen på 49");
}

// A list item's figure after its label's colon, and a lone G before "på" or
// "af" (no Danish word): a journal code's G stays.
TEST(OcrRepair, AListItemsFigureAndALoneSix) {
    EXPECT_EQ(repair("  - mentor: ll\n  - praktik: 9\n"), "  - mentor: 11\n  - praktik: 9\n");
    EXPECT_EQ(repair("Teamet har behandlet G af sagerne"), "Teamet har behandlet 6 af sagerne");
    EXPECT_EQ(repair("37 pa kontanthjalp, G pa uddannelseshjalp"), "37 på kontanthjælp, 6 på uddannelseshjælp");
    EXPECT_EQ(repair("Sags nr.: 15.20.00-G01-88-17, G. Hansen"), "Sags nr.: 15.20.00-G01-88-17, G. Hansen");
}

// A cent sign inside a word is a scanned "ø", in a name the lexicon does not know too.
TEST(OcrRepair, ACentSignInsideAWordIsAnOe) { EXPECT_EQ(repair("Carsten Bregnh\u00a2j Degn"), "Carsten Bregnhøj Degn"); }

// "II" where a count stands before a small word is 11; a Roman numeral after
// a capitalised word stays ("Bilag II viser").
TEST(OcrRepair, OnesReadAsCapitalI) {
    EXPECT_EQ(repair("4 uddannelseshjaelp og\nII integrationsydelse"), "4 uddannelseshjælp og\n11 integrationsydelse");
    EXPECT_EQ(repair("skal II have deres sag"), "skal 11 have deres sag");
    EXPECT_EQ(repair("Bilag II viser tallene"), "Bilag II viser tallene");
}

}  // namespace
