#include "Document.hpp"
#include "Normaliser.hpp"

#include <gtest/gtest.h>

using namespace svarbrev;

namespace {

struct NormCase {
    const char* name;
    const char* in;
    const char* out;
};

std::string run(const char* in) {
    Units u = normalise(decodeUnits(in));
    return Document::fromUnits(in, u).utf8(0, static_cast<int32_t>(u.size()));
}

class NormaliserCases : public ::testing::TestWithParam<NormCase> {};

TEST_P(NormaliserCases, Normalises) { EXPECT_EQ(run(GetParam().in), GetParam().out); }

INSTANTIATE_TEST_SUITE_P(
    Text, NormaliserCases,
    ::testing::Values(
        NormCase{"LeaderDotsAreAGap", "Mentor ......  10", "Mentor         10"},
        // A spreadsheet pasted as CSV: its rows become tab rows without the quotes; a quote in prose stays.
        NormCase{"CsvRowsAreTabRows", "\"Række\",\"Kontanthjælp\",\"I alt\"\n\"Mentor\",8,10\n\"Ikke i tilbud\",5,7\nDet \"nye\" ark, 2, 3",
                 "Række\tKontanthjælp\tI alt\nMentor\t8\t10\nIkke i tilbud\t5\t7\nDet \"nye\" ark, 2, 3"},
        // Rows of ratios under a legend that says what their figures are: two columns headed by the legend's words.
        NormCase{"RatioRowsAreTwoColumns", "Tallene står som aktive/målgruppe.\n\nKontanthjælp        107/126\nI alt               140/163\nDet er 26/30 i alt.",
                 "Tallene står som aktive/målgruppe.\n\n\taktive\tmålgruppe\nKontanthjælp\t107\t126\nI alt\t140\t163\nDet er 26/30 i alt."},
        // Columns headed only by codes, with a legend under the table: the legend's words (not its dates) head them.
        NormCase{"LegendCodesHeadTheirColumns",
                 "              (1)     (2)     (3)\nKontanthjælp   120      45      38\nI alt          200      60      50\n\n"
                 "(1) Aktivitetsparate i alt pr. 1. juli 2018\n(2) Heraf mindst fem år\n(3) Af (2): aktive i første halvår 2018\n\nTekst.",
                 "\tAktivitetsparate i alt pr.\tHeraf mindst fem år\taktive i første halvår\nKontanthjælp\t120\t45\t38\nI alt\t200\t60\t50\n\n\n\n\n\nTekst."},
        NormCase{"LetterCodesHeadTheirColumns", "                A      B      C    I alt\nKontanthjælp   12      5      3     20\n\nA: virksomhedspraktik · B: mentor · C: løntilskud\n\nTekst.",
                 "\tvirksomhedspraktik\tmentor\tløntilskud\tI alt\nKontanthjælp\t12\t5\t3\t20\n\n\n\nTekst."},
        NormCase{"CodesWithoutALegendStay", "                A      B      C\nKontanthjælp   12      5      3\n\nA: virksomhedspraktik · B: mentor",
                 "                A      B      C\nKontanthjælp   12      5      3\n\nA: virksomhedspraktik · B: mentor"},
        // A table wrapped at a mail's line length: each row and its line of figures are one tab row, so is the heading.
        NormCase{"WrappedRowsAreJoined", "Indsats 1.1.2019  Praktik  Mentor\nSundhed  I alt\nKontanthjælp   18   11\n4   33\nI alt   25   16\n6   47\n\nTekst.",
                 "Indsats 1.1.2019\tPraktik\tMentor\tSundhed\tI alt\nKontanthjælp\t18\t11\t4\t33\nI alt\t25\t16\t6\t47\n\nTekst."},
        NormCase{"OneRowAndAFigureLineStay", "Kontanthjælp   18   11\n4   33\n\nVi har 12\n3 borgere i alt.",
                 "Kontanthjælp   18   11\n4   33\n\nVi har 12\n3 borgere i alt."},
        // A word processor's bullet and tab: a bullet item, no table row.
        NormCase{"ABulletAndTabIsABulletItem", "Status:\n\u00b7\tbehandlet i juni: 5\n\u00b7\tmangler papirer: 3", "Status:\n\u00b7 behandlet i juni: 5\n\u00b7 mangler papirer: 3"},
        // A table whose line breaks were lost: its rows set out again, under the words that head its columns.
        NormCase{"FlatRowsAreSetOutAgain",
                 "Vi har fordelt borgerne sådan, og tallene er fra den seneste opgørelse af indsatserne i jobcentret, som vi sendte til udvalget i sidste uge. "
                 "Indsats Kontanthjælp Integrationsydelse Praktik 7 3 Mentor 4 - Løntilskud 1 - I alt 12 3 Tak.",
                 "Vi har fordelt borgerne sådan, og tallene er fra den seneste opgørelse af indsatserne i jobcentret, som vi sendte til udvalget i sidste uge. "
                 "Indsats \n\tKontanthjælp\tIntegrationsydelse\nPraktik\t7\t3\nMentor\t4\t-\nLøntilskud\t1\t-\nI alt\t12\t3\nTak."},
        // Rows keyed by words in capitals that a legend explains (a traffic light): the legend's words and the count.
        NormCase{"KeyedRowsTakeTheirLegendsWords", "Farverne:\n   GRØN  sagen er behandlet\n   RØD   sagen mangler papirer\n\nStatus:\n   GRØN  ■■■■    4\n   RØD   ■■      2\n",
                 "Farverne:\n   GRØN  sagen er behandlet\n   RØD   sagen mangler papirer\n\nStatus:\n   sagen er behandlet\t4\n   sagen mangler papirer\t2\n"},
        // A bridge of plus and minus from an earlier count: only its "=" line counts, as "label: count".
        NormCase{"ABridgeIsItsResult", "Målgruppen:\n   I august                52\n   – overgået til fleksjob  -2\n   + rundet fem år          +3\n"
                                       "   = I målgruppen nu        53\n\nTekst.",
                 "Målgruppen:\n\n\n\nI målgruppen nu: 53\n\nTekst."},
        NormCase{"ASumLineStays", "   Praktik   3\n   = I alt   3\n", "   Praktik   3\n   = I alt   3\n"},
        NormCase{"RatioRowsWithoutALegendStay", "Kontanthjælp        107/126\nI alt               140/163", "Kontanthjælp        107/126\nI alt               140/163"},
        NormCase{"EllipsisStays", "og så videre... 10", "og så videre... 10"},
        NormCase{"SoftHyphen", "kontant\xC2\xADhj\xC3\xA6lp", "kontanthjælp"},
        NormCase{"HyphenatedLineBreak", "Hjørring kom-\nmunes indsats", "Hjørring kommunes indsats"},
        NormCase{"HyphenatedLineBreakAfterADigitForALetter", "har 8 a1-\n   lerede været", "har 8 a1lerede været"},
        NormCase{"ScannersNotSignIsAHyphen", "integra\xC2\xAC\ntionsydelse", "integrationsydelse"},
        NormCase{"HyphenBeforeCapitalStays", "social-\nOg", "social-\nOg"},
        NormCase{"BoldMarks", "**uddannelseshjælp** og <b>I alt</b>", "uddannelseshjælp og I alt"},
        NormCase{"MarkdownHeading", "## 2. \"Hvilke indsatser\"", "2. \"Hvilke indsatser\""},
        NormCase{"CrLf", "a\r\nb", "a\nb"},
        NormCase{"NoBreakSpace", "ca.\xC2\xA0" "40", "ca. 40"},
        NormCase{"Nfc", "a\xCC\x8A", "å"},  // a + combining ring
        NormCase{"MarkdownTable", "| Job | 4 |\n|---|---|\n| Død | 2 |", " Job \t 4\n Død \t 2"},
        NormCase{"GridRowsOfProseBecomeParagraphs",
                 "+---+----------+-------------+\n"
                 "| 1 | Hvor     | I alt 46    |\n"
                 "|   | mange?   | borgere på  |\n"
                 "|   |          | kontant-    |\n"
                 "|   |          | hjælp.      |\n"
                 "+---+----------+-------------+",
                 "Hvor mange?\n\nI alt 46 borgere på kontanthjælp.\n\n"},
        NormCase{"GridHeaderOverTwoLinesIsOneRow",
                 "+----------+--------+\n| Ydelse   | Antal  |\n|          | borgere|\n+==========+========+\n| Job      | 4      |\n+----------+--------+",
                 " Ydelse \t Antal borgere\n Job \t 4\n"},
        // A bar glued to a letter or digit inside a cell is a scan's 1 or l, no edge.
        NormCase{"GridCellKeepsAScansBar",
                 "+---------------+-----+\n| Mentor        | |5  |\n| Ikke i ti|bud | 9   |\n+---------------+-----+",
                 " Mentor \t |5\n Ikke i ti|bud \t 9\n"},
        NormCase{"TabsKept", "Mentor\t10", "Mentor\t10"},
        NormCase{"SpreadsheetRowsWithSemicolons", "Status;Antal\nJobparat;17\nI alt;135\nSe bilag; tallene er fra juni.",
                 "Status\tAntal\nJobparat\t17\nI alt\t135\nSe bilag; tallene er fra juni."},
        NormCase{"BoxDrawnTable", "┌──────┬────┐\n│ Job  │ 4  │\n├──────┼────┤\n│ Død  │ 2  │\n└──────┴────┘", " Job \t 4\n Død \t 2\n"},
        NormCase{"SlashListOfCounts", "Aktuel indsats: praktik 19 / mentor 14 / ingen indsats 11.\nSe bilag 2 / 3 og tabel 4 / 5.",
                 "Aktuel indsats:\npraktik\t19 \n mentor\t14 \n ingen indsats\t11.\nSe bilag 2 / 3 og tabel 4 / 5."},
        NormCase{"QuotedMail", "skrev:\n\n> Målgruppen\n>\n> Kontanthjælp\t31\n>> Til borgmesteren\nSe > 3", "skrev:\n\nMålgruppen\n\nKontanthjælp\t31\nTil borgmesteren\nSe > 3"},
        NormCase{"FormFieldsAndItemCodesAreGaps", "2b  Mentor ..... [    11 ]\n4a  Anslået .... [ ca. 12 ]\n  [X] Ja   [ ] Nej",
                 "    Mentor            11  \n    Anslået        ca. 12  \n  [X] Ja   [ ] Nej"},
        NormCase{"PdfLigatures", "virksomheds\xEF\xAC\x81rma og \xEF\xAC\x82" "ere", "virksomhedsfirma og flere"}),
    [](const auto& info) { return std::string(info.param.name); });

TEST(Normaliser, KeepsOriginalOffsets) {
    const std::string in = "**Kære** kom-\nmune";
    Units u = normalise(decodeUnits(in));
    Document d = Document::fromUnits(in, u);
    ASSERT_EQ(d.utf8(0, d.text.length()), "Kære kommune");
    // "Kære" starts after the two stars of the original.
    EXPECT_EQ(d.originalStart(0), 2);
    EXPECT_EQ(d.quote(0, 4), "Kære");
    // The joined word quotes the original with its line break.
    EXPECT_EQ(d.quote(5, 12), "kom-\nmune");
}

TEST(Normaliser, GridCellQuotesItsLinesAsTheyStand) {
    const std::string in = "+--+------------+\n|  | I alt 46   |\n|  | borgere i  |\n|  | målgruppen.|\n+--+------------+\n";
    Units u = normalise(decodeUnits(in));
    Document d = Document::fromUnits(in, u);
    const std::string text = d.utf8(0, d.text.length());
    ASSERT_EQ(text.substr(0, 33), "I alt 46 borgere i målgruppen.\n\n");
    // The sentence spans the cell's lines: its quote keeps the bars between them.
    EXPECT_EQ(d.quote(0, 30), "I alt 46   |\n|  | borgere i  |\n|  | målgruppen.");
}

TEST(Normaliser, TwoColumnsSideBySideAreReadOneAfterTheOther) {
    const std::string in =
        "1. Målgruppen                       3. Aktive tilbud\n"
        "Pr. 1. august 2018 har kommunen     I 1. halvår 2018 har 74 af de 89 bor-\n"
        "89¹ aktivitetsparate borgere, som   gere deltaget i mindst ét aktivt til-\n"
        "har været mindst 5 år i systemet.   bud. De øvrige 15 har været syge.\n"
        "                                    \n"
        "2. Indsatser i dag                  4. Rehabiliteringsteamet\n"
        "Den primære indsats er for 27 bor-  Jobcentret vurderer, at 22 af de 61\n"
        "gere virksomhedspraktik.            bør have deres sag forelagt.\n";
    Units u = normalise(decodeUnits(in));
    Document d = Document::fromUnits(in, u);
    EXPECT_EQ(d.utf8(0, d.text.length()),
              "1. Målgruppen\nPr. 1. august 2018 har kommunen 89 aktivitetsparate borgere, som har været mindst 5 år i systemet.\n\n"
              "2. Indsatser i dag\nDen primære indsats er for 27 borgere virksomhedspraktik.\n\n"
              "3. Aktive tilbud\nI 1. halvår 2018 har 74 af de 89 borgere deltaget i mindst ét aktivt tilbud. De øvrige 15 har været syge.\n\n"
              "4. Rehabiliteringsteamet\nJobcentret vurderer, at 22 af de 61 bør have deres sag forelagt.\n");
    // A quote across lines keeps the other column's text between them, as the page has it.
    const int32_t at = d.text.indexOf(u"borgere deltaget");
    EXPECT_EQ(d.quote(at - 12, at + 16), "74 af de 89 bor-\n89¹ aktivitetsparate borgere, som   gere deltaget");
}

TEST(Normaliser, AnAlignedTableIsNoSecondColumn) {
    const std::string in = "Indsats                     Antal\nVirksomhedspraktik          25\nMentor                      13\nLøntilskud                  3\nI alt                       41\n";
    Units u = normalise(decodeUnits(in));
    EXPECT_EQ(Document::fromUnits(in, u).utf8(0, static_cast<int32_t>(u.size())), in);
}

// Tracked changes and comments in a right margin are no part of the letter;
// a comment runs on down its column, and the body's text beside it stays.
TEST(Normaliser, MarginBalloonsOfTrackedChanges) {
    const std::string out = run("har 30 af de 34 været i et aktivt tilbud, svarende til 88 pct.           Slettet: 29\n"
                                "Resten har været syge hele halvåret. Blandt dem er det 21.      Kommenteret [MVK6]: Mødet er rykket\n"
                                "Teamet holder møde hver tredje uge.                              fra 9/1 pga. ferie.\n"
                                "Der er 4 sagsbehandlere.\n");
    EXPECT_EQ(out.find("Slettet"), std::string::npos);
    EXPECT_EQ(out.find("9/1"), std::string::npos);
    EXPECT_NE(out.find("svarende til 88 pct."), std::string::npos);
    EXPECT_NE(out.find("Teamet holder møde hver tredje uge."), std::string::npos);
    EXPECT_NE(out.find("Der er 4 sagsbehandlere."), std::string::npos);
}

}  // namespace
