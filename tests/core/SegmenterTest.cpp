#include "Document.hpp"
#include "DomainData.hpp"
#include "Normaliser.hpp"
#include "Segmenter.hpp"

#include <gtest/gtest.h>

#include <algorithm>

using namespace svarbrev;

namespace {

struct Segmented {
    Document doc;
    Segmentation seg;
    std::vector<std::string> sentences;
};

Segmented run(const std::string& text) {
    Segmented r{Document::fromUnits(text, normalise(decodeUnits(text))), {}, {}};
    r.seg = segment(r.doc, DomainData::get());
    for (const auto& s : r.seg.sentences) r.sentences.push_back(r.doc.utf8(s.start, s.end));
    return r;
}

TEST(Segmenter, JoinsWrappedProseAndKeepsAbbreviations) {
    const auto r = run("Hjørring Kommune havde ved udgangen af juni i alt 74 aktivitetsparate borgere med en samlet\n"
                       "varighed på over 5 år. Det er ca. 40 pr. 1. december 2017.\n");
    ASSERT_EQ(r.sentences.size(), 2u);
    EXPECT_EQ(r.sentences[1], "Det er ca. 40 pr. 1. december 2017.");
}

// A list of counts set first ("   15  i virksomhedspraktik – fire af dem …")
// is a sentence a line, however long a line is.
TEST(Segmenter, ALineOfACountSetFirstIsASentenceOfItsOwn) {
    const auto r = run("   15  i virksomhedspraktik – fire af dem har også nogle lønnede timer hos arbejdsgiveren\n"
                       "    9  med mentor som den bærende indsats\n    3  i job med løntilskud\n");
    ASSERT_EQ(r.sentences.size(), 3u);
    EXPECT_EQ(r.sentences[1], "9  med mentor som den bærende indsats");
}

// "Bilag: ..." and "Kopi: ..." under a signature are that letter's, not the
// head of the letter after it.
TEST(Segmenter, TheEnclosuresUnderASignatureAreItsLetters) {
    const auto r = run("Kære minister\n\nVi svarer hermed på dit brev om kontanthjælp og aktivitetsparate borgere i kommunen.\n\n"
                       "Med venlig hilsen\n\nSøren Fisker\nFormand for Beskæftigelsesudvalget\n\n"
                       "Bilag: Kopi af brev af 12. november 2018 til Psykiatrien, Region Nordjylland\n"
                       "Rebild Kommune\n\nStøvring, den 12. november 2018\n\nJobcentret har i år haft sværere ved at få erklæringer inden for en rimelig tid.\n"
                       "Vi vil derfor bede Psykiatrien om en fast kontaktperson, som jobcentret kan gå til.\n\n"
                       "Med venlig hilsen\n\nSøren Fisker\nFormand for Beskæftigelsesudvalget\n");
    ASSERT_EQ(r.seg.letters.size(), 2u);
    EXPECT_EQ(r.seg.letters[0].lastLine, 9);
    EXPECT_EQ(r.doc.utf8(r.seg.lines[r.seg.letters[1].firstLine].start, r.seg.lines[r.seg.letters[1].firstLine].end), "Rebild Kommune");
}

TEST(Segmenter, JoinsASentenceAcrossAPageBreak) {
    const auto r = run("Vi har gennemgået sagerne, og det forventes, at ca. 25 sager ud af\n\nde 40 sager får sag behandlet på rehabiliteringsmøde.\n");
    ASSERT_EQ(r.sentences.size(), 1u);
}

// The footer and the next page's running head are stepped over, and a page
// number is never read as content of its own.
TEST(Segmenter, JoinsASentenceOverPageFurniture) {
    const auto r = run("I perioden 1. juli 2017 - 30. juni 2018 har 71 af de\n\n\n   - 1 -\n\f"
                       "Vordingborg Kommune              25. juli 2018\nSvar til ministeriet    Side 2 af 2\n\n"
                       "88 borgere været i mindst ét aktivt tilbud.\n\n   - 2 -\n");
    ASSERT_EQ(r.sentences.size(), 1u);
    EXPECT_EQ(r.sentences[0].substr(0, 20), "I perioden 1. juli 2");
    EXPECT_NE(r.sentences[0].find("88 borgere"), std::string::npos);
}

// A running head with no page number, after a footer with one, is stepped
// over too when the sentence goes on in lower case after it.
TEST(Segmenter, JoinsASentenceOverARunningHeadWithoutAPageNumber) {
    const auto r = run("Af de 18 uden tilbud er 15 fritaget på grund af sygdom eller barsel. De øvrige 3 havde\n\n\n"
                       "Frederikshavn Kommune · Rådhus Allé 100 · 9900 Frederikshavn · www.frederikshavn.dk      Side 1 af 2\n\f"
                       "Frederikshavn Kommune                                  Vores j.nr.: 18/21907\n"
                       "Center for Arbejdsmarked                               7. november 2018\n\n\n"
                       "ikke nogen gyldig grund til at stå uden, og de begynder alle i praktik i uge 46.\n");
    ASSERT_EQ(r.sentences.size(), 2u);
    EXPECT_NE(r.sentences[1].find("ikke nogen gyldig grund"), std::string::npos);
}

TEST(Segmenter, SplitsBeforeANumberThatStartsASentence) {
    const auto r = run("Af de 312 borgere er 17 i løntilskud. 40 borgere er ikke i tilbud.\n");
    EXPECT_EQ(r.sentences.size(), 2u);
    // After the total of an "N af M" too; not after a day's or an ordinal's number.
    const auto total = run("For kontanthjælpsmodtagerne er det 180 af 214. 43 borgere har ikke været i noget aktivt tilbud.\n");
    EXPECT_EQ(total.sentences.size(), 2u);
    const auto date = run("Teamet behandlede sagerne den 3. 4 borgere var syge.\n");
    EXPECT_EQ(date.sentences.size(), 1u);
}

TEST(Segmenter, TableRowsAndBulletsAreUnitsWithTheirIntro) {
    const auto r = run("Følgende sagsantal med varighed over 5 år:\n\n- Kontanthjælp: 78 ud af i alt 369 sager\n"
                       "- Uddannelseshjælp: 18 ud af i alt 195 sager\n\nMentor\t10\nI alt\t10\n");
    ASSERT_EQ(r.sentences.size(), 5u);
    EXPECT_TRUE(r.seg.sentences[1].bullet);
    EXPECT_EQ(r.seg.sentences[1].intro, 0);
    EXPECT_EQ(r.seg.sentences[2].intro, 0);
    EXPECT_TRUE(r.seg.sentences[3].tabular);
}

TEST(Segmenter, AlignedColumnsAreTableRows) {
    const auto r = run("Status:\nJobparat          3\nAktivitetsparat   20\n");
    EXPECT_TRUE(r.seg.lines[1].tabular);
    EXPECT_TRUE(r.seg.lines[2].tabular);
}

TEST(Segmenter, ASignatureEndsALetterAndAnAttachedLetterFollows) {
    const auto r = run("Kære minister\n\nVi svarer hermed på dit brev om kontanthjælp og aktivitetsparate borgere i kommunen.\n\n"
                       "Med venlig hilsen\n\nLene D. Faber\nDirektør\nBrønderslev Kommune\n\n"
                       "Dato: 24-05-2017\n\nBeskæftigelsesudvalget har besluttet, at kommunen ikke deltager i satspuljen for borgere.\n"
                       "Midlerne vurderes ikke at stå mål med puljens form- og proceskrav og de mange krav til kommunen.\n\n"
                       "Med venlig hilsen\n\nEskild Sløth Andersen\nFormand for Beskæftigelsesudvalget\n");
    ASSERT_EQ(r.seg.letters.size(), 2u);
    EXPECT_EQ(r.seg.letters[0].signatureEnd, 8);
}

// A memo signs off with a place and a date over the name, not "Med venlig
// hilsen"; the letter enclosed after it is a letter of its own.
TEST(Segmenter, APlaceAndDateOverANameClosesAMemo) {
    const auto r = run("Gribskov Kommune\n\nNOTAT\n\nDato:       14. november 2018\n\n"
                       "Målgruppen omfatter nu 44 aktivitetsparate borgere på kontanthjælp og integrationsydelse i kommunen.\n"
                       "Af dem har 38 været i et aktivt tilbud i perioden fra 1. juli til 31. oktober 2018 i alt.\n"
                       "Resten har i hele perioden været for syge til at tage imod et tilbud fra jobcentret.\n\n"
                       "Gribskov Kommune, 14. november 2018\n\n\nDorthe Saaby\nCenterchef for Job og Ydelse\n\n"
                       "Bilag: Jobcentrets henvendelse af 13. november 2018\n"
                       "\fGribskov Kommune\n\nHelsinge, 13. november 2018\n\nTil styrelsen\n\n"
                       "Jobcenter Gribskov beder om styrelsens vurdering af, hvordan kriteriet om fem år skal forstås.\n"
                       "Nu er vi i tvivl om tre borgere, som indgår i vores opgørelse af 31. oktober 2018 på 44.\n\n"
                       "Med venlig hilsen\n\nKristian Dahlerup\nSpecialkonsulent\n");
    ASSERT_EQ(r.seg.letters.size(), 2u);
    EXPECT_EQ(r.doc.utf8(r.seg.lines[r.seg.letters[0].signoffLine].start, r.seg.lines[r.seg.letters[0].signoffLine].end),
              "Gribskov Kommune, 14. november 2018");
    EXPECT_EQ(r.seg.letters[0].lastLine, 16);
    // At the head the same kind of line comes before any prose: no letter ends there.
    const auto head = run("Helsinge, 13. november 2018\n\nKristian Dahlerup\n\n"
                          "Jobcenter Gribskov beder om styrelsens vurdering af, hvordan kriteriet om fem år skal forstås.\n");
    EXPECT_EQ(head.seg.letters.size(), 1u);
    EXPECT_EQ(head.seg.letters[0].signoffLine, -1);
}

// The reply after a chair's cover letter has no head of its own: a wrapped
// line of prose that opens "kontanthjælp, 3 …" is no date line.
TEST(Segmenter, AnAnswerAfterACoverLetterIsTheSameLetter) {
    const auto r = run("Kære minister\n\nJobcentrets opdaterede besvarelse om kontanthjælp og aktivitetsparate borgere følger efter min underskrift.\n\n"
                       "Med venlig hilsen\n\nOle Hedegård\nFormand for Arbejdsmarkedsudvalget\n\n"
                       "BESVARELSE\n\nPr. 31. oktober 2018 var der i kommunen 56 aktivitetsparate borgere, der nu har været\n"
                       "fem år eller længere i systemet efter et afsluttet integrationsprogram. 40 af dem får\n"
                       "kontanthjælp, 3 uddannelseshjælp og 13 integrationsydelse. Siden\n"
                       "opgørelsen den 31. juli har to kontanthjælpsmodtagere forladt gruppen, den ene med fleksjob.\n");
    EXPECT_EQ(r.seg.letters.size(), 1u);
}

TEST(Segmenter, ClassifiesSignatureLines) {
    const auto& d = DomainData::get();
    EXPECT_TRUE(looksLikeName(icu::UnicodeString::fromUTF8("Lene D. Faber"), d));
    EXPECT_TRUE(looksLikeName(icu::UnicodeString::fromUTF8("Jens Hansen, borgmester"), d));
    EXPECT_FALSE(looksLikeName(icu::UnicodeString::fromUTF8("Brønderslev Kommune"), d));
    EXPECT_FALSE(looksLikeName(icu::UnicodeString::fromUTF8("Med venlig hilsen"), d));
    EXPECT_TRUE(looksLikeTitle(icu::UnicodeString::fromUTF8("Beskæftigelseschef"), d));
    EXPECT_TRUE(looksLikeOrg(icu::UnicodeString::fromUTF8("Holbæk Kommune"), d));
}

// A PDF wraps lines at the page's edge: a line that then starts like a list
// item ("1. halvår", "– 31. juli"), or is left short in the middle of a
// sentence ("112 borgere"), goes on with its sentence.
TEST(Segmenter, LinesWrappedByAPageEdgeStayInTheirSentence) {
    auto r = run("Til spørgsmålet om aktive indsatser kan jeg oplyse, at 37 af de 43 borgere har deltaget i løbet af\n"
                 "1. halvår 2018. Det svarer til 86 procent.\n");
    ASSERT_EQ(r.sentences.size(), 2u);
    EXPECT_NE(r.sentences[0].find("1. halvår 2018"), std::string::npos);
    r = run("Ja, langt hovedparten. Inden for det seneste halve år, dvs. perioden 1. februar\n"
            "– 31. juli 2018, har 247 borgere i målgruppen deltaget i mindst ét aktivt tilbud.\n");
    ASSERT_EQ(r.sentences.size(), 2u);
    EXPECT_NE(r.sentences[1].find("1. februar\n– 31. juli 2018, har 247"), std::string::npos);
    r = run("Ja. Inden for de seneste 12 måneder (1. juli 2017 - 30. juni 2018) har 98 af de\n"
            "112 borgere\n"
            "været i mindst et aktivt tilbud, svarende til 88 pct.\n");
    ASSERT_EQ(r.sentences.size(), 2u);
    EXPECT_EQ(r.sentences[1].substr(0, 6), "Inden ");
}

// A list is still a list: its items stand after a line that closes.
TEST(Segmenter, ListItemsAfterAnIntroAreNoWrappedLines) {
    const auto r = run("Borgerne fordeler sig på følgende perioder i løbet af det seneste år og frem til nu:\n"
                       "1. halvår 2018: 40\n"
                       "2. halvår 2017: 38\n");
    EXPECT_TRUE(r.seg.lines[1].bullet);
    EXPECT_TRUE(r.seg.lines[2].bullet);
}

// A heading in capitals is one unit: "1. HALVÅR" is no sentence's end.
TEST(Segmenter, AHeadingInCapitalsIsOneSentence) {
    const auto r = run("AKTIVE TILBUD I 1. HALVÅR 2018\nI 1. halvår 2018 har 99 af de 118 været i aktivt tilbud.\n");
    ASSERT_EQ(r.sentences.size(), 2u);
    EXPECT_EQ(r.sentences[0], "AKTIVE TILBUD I 1. HALVÅR 2018");
}

// Slides saved as text: a long rule between them parts them as a blank line
// does, so a slide's title is a line of its own; a footer with its page mark
// ("· Slide 2 af 8") is no content.
TEST(Segmenter, RulesAndFootersBetweenSlides) {
    const std::string rule(72, '=');
    const auto r = run("Kære minister\n\nVi sender dig de slides, som udvalget fik forelagt på sit møde i januar.\n\n" + rule +
                       "\nAKTIVITETSPARATE MED 5+ ÅR I SYSTEMET\n\n• Målgruppe i alt: 83\n\nJobcenter Herning · Udvalget 9.1.2019 · Slide 2 af 8\n" + rule +
                       "\nTIL OG FRA SIDEN JULI\n");
    EXPECT_NE(std::find(r.sentences.begin(), r.sentences.end(), "AKTIVITETSPARATE MED 5+ ÅR I SYSTEMET"), r.sentences.end());
    EXPECT_NE(std::find(r.sentences.begin(), r.sentences.end(), "TIL OG FRA SIDEN JULI"), r.sentences.end());
    for (const auto& s : r.sentences) EXPECT_EQ(s.find("Slide 2"), std::string::npos) << s;
}

}  // namespace
