#include "Extractor.hpp"
#include "Utf8.hpp"

#include <gtest/gtest.h>

#include <map>
#include <set>

using namespace svarbrev;

namespace {

const char* const kLetter =
    "Beskæftigelsesministeriet\nVed Stranden 8\n1061 København K\n\n"
    "Egedal Kommune\nDen 23.07.2018\n\nSagsnummer  \n18/10613\n\nKære Troels Lund Poulsen\n\n"
    "Tak for dit brev af 18. juni 2018 vedrørende kontanthjælp.\n\n"
    "Aktuelt er der i alt otte borgere, som modtager kontanthjælp, uddannelseshjælp eller integrationsydelse, "
    "og som har været mindst fem år i kontanthjælpsystemet.\n\n"
    "Med venlig hilsen\n\nKarsten Søndergaard  \nBorgmester i Egedal Kommune\n";

// The one letter of a short reply: `head` over a sentence of figures, `signature` under it.
Letter replyOf(const std::string& head, const std::string& signature) {
    const auto e = extract(head + "\n\nKære minister\n\nVi har nu 96 aktivitetsparate borgere på kontanthjælp i mere end fem år.\n\n"
                                  "Med venlig hilsen\n\n" + signature,
                           "r.txt");
    EXPECT_EQ(e.letters.size(), 1u) << head;
    return e.letters.empty() ? Letter{} : e.letters[0];
}

TEST(Extractor, ReadsTheHeadOfALetter) {
    const auto e = extract(kLetter, "egedal.txt");
    ASSERT_EQ(e.letters.size(), 1u);
    const auto& l = e.letters[0];
    ASSERT_TRUE(l.municipality);
    EXPECT_EQ(l.municipality->code, "240");
    EXPECT_EQ(l.date.value_or(""), "2018-07-23");
    EXPECT_EQ(l.caseNumber.value_or(""), "18/10613");
    EXPECT_EQ(l.inReplyTo.value_or(""), "2018-06-18");
    ASSERT_EQ(l.signatories.size(), 1u);
    EXPECT_EQ(l.signatories[0].name, "Karsten Søndergaard");
    EXPECT_EQ(l.signatories[0].title, "Borgmester");
    EXPECT_EQ(l.textStart, 0u);
    EXPECT_GT(l.textEnd, 300u);
}

TEST(Extractor, QuotesAreSubstringsAtTheirOffsets) {
    const std::string text = kLetter;
    const auto e = extract(text, "egedal.txt");
    ASSERT_EQ(e.letters.size(), 1u);
    ASSERT_FALSE(e.letters[0].facts.empty());
    for (const auto& f : e.letters[0].facts) {
        EXPECT_EQ(codePointSlice(text, f.start, f.end), f.quote);
        EXPECT_GT(f.confidence, 0.0);
        EXPECT_LE(f.confidence, 1.0);
    }
}

TEST(Extractor, EmptyCaseNumberLabelGivesNone) {
    const auto e = extract("Holbæk Kommune\nDato: 18. december 2017\nSagsnr.:\nDir.tlf.: 72364633\n\nKære minister\n\n"
                           "Vi har 39 aktivitetsparate kontanthjælpsmodtagere, som burde have været i aktivering.\n",
                           "h.txt");
    ASSERT_EQ(e.letters.size(), 1u);
    EXPECT_FALSE(e.letters[0].caseNumber);
    EXPECT_EQ(e.letters[0].date.value_or(""), "2017-12-18");
}

struct HeadCase {
    const char* head;
    const char* caseNumber;  // "" for none
    const char* date;
};

class HeadCases : public ::testing::TestWithParam<HeadCase> {};

TEST_P(HeadCases, ReadsCaseNumberAndDate) {
    const std::string text = std::string("Vejle Kommune\n") + GetParam().head +
                             "\n\nKære minister\n\nVi har 23 borgere på kontanthjælp i mere end fem år i beskæftigelsesindsatsen.\n\n"
                             "Med venlig hilsen\n\nBorgmester Jens Ejner Christensen\n";
    const auto e = extract(text, "v.txt");
    ASSERT_EQ(e.letters.size(), 1u);
    EXPECT_EQ(e.letters[0].caseNumber.value_or(""), GetParam().caseNumber);
    EXPECT_EQ(e.letters[0].date.value_or(""), GetParam().date);
    ASSERT_EQ(e.letters[0].signatories.size(), 1u);
    EXPECT_EQ(e.letters[0].signatories[0].name, "Jens Ejner Christensen");
    EXPECT_EQ(e.letters[0].signatories[0].title, "Borgmester");
}

// The date read for a text that holds one letter.
std::string dateOfTheOneLetter(const std::string& text) {
    const auto e = extract(text, "v.txt");
    EXPECT_EQ(e.letters.size(), 1u);
    return e.letters.empty() ? std::string() : e.letters[0].date.value_or("");
}

// A letter pasted into a web form lost its line breaks: its place and date
// stand inside a line, and the form's own date of receipt is not the letter's.
TEST(Extractor, APlaceAndDateInsideALineDateALetterWithoutLineBreaks) {
    const std::string text = "Kvittering for henvendelse\nModtaget: 29-10-2018 09:17\n\nBesked:\nVejle Kommune · Jobcentret Vejle, den 26. oktober "
                             "2018 Sag nr. 18/1234 Kære minister Vi har 23 borgere på kontanthjælp i mere end fem år i beskæftigelsesindsatsen, og "
                             "vi sender hermed status på de tal, du spurgte til i dit brev af 18. juni 2018. Med venlig hilsen Jens Ejner Christensen\n";
    EXPECT_EQ(dateOfTheOneLetter(text), "2018-10-26");
}

// A raw mail dates itself in its own "Date:" header, among the transport headers over the greeting.
TEST(Extractor, ARawMailIsDatedByItsDateHeader) {
    const std::string text = "Received: from exch02.vejle.local (10.40.2.18) by mx1.bm.dk (192.168.140.21)\n with Microsoft SMTP Server id 14.3.319.2; "
                             "Fri, 25 Jan 2019 10:14:52 +0100\nFrom: Jens Ejner Christensen <jec@vejle.dk>\nTo: bm@bm.dk\nSubject: Status\n"
                             "Date: Fri, 25 Jan 2019 09:14:31 +0000\nMIME-Version: 1.0\n\nKære minister\n\nVi har 23 borgere på kontanthjælp i mere "
                             "end fem år i beskæftigelsesindsatsen.\n\nMed venlig hilsen\n\nBorgmester Jens Ejner Christensen\n";
    EXPECT_EQ(dateOfTheOneLetter(text), "2019-01-25");
}

INSTANTIATE_TEST_SUITE_P(
    Heads, HeadCases,
    ::testing::Values(HeadCase{"Sagsnr.: 18/33587\n09-08-2018", "18/33587", "2018-08-09"},
                      HeadCase{"Sags nr.: 15.20.00-G01-88-17\nDato: 02-07-2018", "15.20.00-G01-88-17", "2018-07-02"},
                      HeadCase{"Sagsnummer  \n18/10613\nDen 23.07.2018", "18/10613", "2018-07-23"},
                      HeadCase{"J.nr. 2018-1234\nVejle, den 3. september 2018", "2018-1234", "2018-09-03"},
                      HeadCase{"Sag nr.: 27.00.00-P20-1-18\n9/8 2018", "27.00.00-P20-1-18", "2018-08-09"},
                      HeadCase{"Sagsnr.:\nDir.tlf.: 72364633\nDato: 18. december 2017", "", "2017-12-18"},
                      // The sender's own number, not the ministry's; a weekday before the date.
                      HeadCase{"Vejle, fredag den 24. august 2018\nDeres j.nr.: 2018-4422\nVores sagsnr.: 18/15390", "18/15390", "2018-08-24"},
                      HeadCase{"Nykøbing F., den 24.11.2017\nSagsnr. 17/30211", "17/30211", "2017-11-24"},
                      // The number of the letter answered is the ministry's; the sender's own stays.
                      HeadCase{"Dato: 24-08-2018\nEmne: Svar på ministerens brev af 18. juni 2018 (j.nr. 2018-3507)", "", "2018-08-24"},
                      HeadCase{"Dato: 24-08-2018\nEmne: Svar på ministerens brev af 18. juni 2018 (vores sagsnr. 18/9265)", "18/9265", "2018-08-24"},
                      // A scan's letters for digits inside the figures of a case number; the journal code's G stays.
                      HeadCase{"Sags nr.: 15.00.00-G0l-41-18\nDato: 02-07-2018", "15.00.00-G01-41-18", "2018-07-02"},
                      HeadCase{"Hinnerup, 4. oktober 2018\nVores sag: 18/17823", "18/17823", "2018-10-04"},
                      // E-mail headers, in Danish and in English.
                      HeadCase{"Fra: Jobcenter Vejle\nSendt: 14. august 2018 10:12\nSagsnr. 18/1", "18/1", "2018-08-14"},
                      HeadCase{"From: Jobcenter Vejle\nSent: Monday, August 13, 2018 9:04 AM\nSubject: SV: Svar", "", "2018-08-13"},
                      // A forwarded mail: the municipality's message is the innermost, sent last.
                      HeadCase{"From: BM Postkasse\nSent: Thursday, November 15, 2018 8:12 AM\nSubject: FW: Svar\n\nVideresendt til rette kontor.\n\n"
                               "From: Jobcenter Vejle\nSent: Wednesday, November 14, 2018 1:52 PM\nSubject: Svar",
                               "", "2018-11-14"},
                      // The case number in brackets in the subject of an e-mail.
                      HeadCase{"Fra: Borgmestersekretariatet\nSendt: 13. august 2018 09:41\nEmne: VS: Svar til ministeren (sagsnr. 18/15208)",
                               "18/15208", "2018-08-13"},
                      // A letterhead of fields, however many words, opens the head, not the body.
                      HeadCase{"Vejle Kommune · Beskæftigelse og Integration · Skolegade 1 · 7100 Vejle\n\nDato: 21. august 2018\nSagsnr.: 18/16092",
                               "18/16092", "2018-08-21"}),
    [](const auto& info) { return "case" + std::to_string(info.index); });

// A letter dated only above its signature, with its case number in a
// footer of fields.
TEST(Extractor, ADateAboveTheSignatureAndACaseNumberInTheFooter) {
    const auto e = extract("Vejle Kommune\n\nKære minister\n\nVi har 23 borgere på kontanthjælp i mere end fem år i beskæftigelsesindsatsen.\n\n"
                           "Vejle, den 20. august 2018\n\nMed venlig hilsen\n\nBorgmester Jens Ejner Christensen\n\n"
                           "Vejle Kommune · Skolegade 1 · 7100 Vejle\nTlf. 76 81 00 00 · J.nr. 18/11764\n",
                           "v.txt");
    ASSERT_EQ(e.letters.size(), 1u);
    EXPECT_EQ(e.letters[0].date.value_or(""), "2018-08-20");
    EXPECT_EQ(e.letters[0].caseNumber.value_or(""), "18/11764");
}

// A filled-in form: dated and signed in fields of its own, with no sign-off.
TEST(Extractor, AFormDatedAndSignedInFields) {
    const auto e = extract("FÆLLES SVARSKABELON\nVejledning: Skabelonen udfyldes af det enkelte jobcenter, og antal borgere skrives med tal.\n\n"
                           "Kommune*: Vejle Kommune\nSagsnr.*: 18/31874\nSkabelonen er udfyldt den*: 20.12.2018\n\n"
                           "Spørgsmål 1\nSvar: Vi har 23 borgere på kontanthjælp i mere end fem år i beskæftigelsesindsatsen.\n\n"
                           "UNDERSKRIFT\nDato: 20.12.2018\nNavn: Birthe Ollerup Damkjær\nStilling: Jobcenterchef, Jobcenter Vejle\n",
                           "f.txt");
    ASSERT_EQ(e.letters.size(), 1u);
    EXPECT_EQ(e.letters[0].date.value_or(""), "2018-12-20");
    ASSERT_EQ(e.letters[0].signatories.size(), 1u);
    EXPECT_EQ(e.letters[0].signatories[0].name, "Birthe Ollerup Damkjær");
    EXPECT_EQ(e.letters[0].signatories[0].title, "Jobcenterchef, Jobcenter Vejle");
}

// A reply bundled with a letter to someone else that answers no letter of
// the minister's (remarks to the auditor): that letter's figures are not read.
TEST(Extractor, ALetterToOthersBesideTheReplyCountsNothing) {
    const auto e = extract("Vejle Kommune\nBeskæftigelsesministeriet\nVed Stranden 8\n\nVejle, 6. december 2018\n\n"
                           "Kære Troels Lund Poulsen\n\nTak for dit brev af 18. juni 2018. Vi har 23 borgere på kontanthjælp i mere "
                           "end fem år i beskæftigelsesindsatsen.\n\nMed venlig hilsen\n\nJens Hansen\nJobcenterchef\n\n\n"
                           "Revisionsfirmaet A/S\nAtt.: Statsautoriseret revisor Gitte Rishøj\nVestre Stationsvej 7\n5000 Odense C\n\n\n"
                           "Vejle, 23. november 2018\nSagsnr.: 18/58207\n\n\nJobcentrets bemærkninger til delberetning nr. 2\n\n"
                           "Kære Gitte Rishøj\n\nTak for delberetningen. I 7 af sagerne om kontanthjælp kom det næste tilbud for sent. To "
                           "af de syv borgere hører til den gruppe med mindst fem år på ydelse.\n\nJobcentret er enigt i revisionens "
                           "vurdering, og vi har sat flere ting i gang for at rette op på det.\n\nMed venlig hilsen\n\nLotte Nørrelykke\n"
                           "Afdelingschef\n",
                           "v.txt");
    ASSERT_EQ(e.letters.size(), 2u);
    EXPECT_FALSE(e.letters[0].facts.empty());
    EXPECT_TRUE(e.letters[1].facts.empty());
    EXPECT_FALSE(e.letters[1].warnings.empty());
}

// Signatures side by side, one signed for another ("/ Name"), "p.b.v."
// between the sign-off and the name.
TEST(Extractor, ReadsSignaturesInColumnsAndOnBehalf) {
    const std::string body = "Vejle Kommune\nDato: 3. september 2018\n\nKære minister\n\n"
                             "Vi har 23 borgere på kontanthjælp i mere end fem år i beskæftigelsesindsatsen.\n\nMed venlig hilsen\n\n";
    auto names = [&](const std::string& signature) {
        std::vector<std::string> out;
        const auto e = extract(body + signature, "v.txt");
        for (const auto& s : e.letters.at(0).signatories) out.push_back(s.name + "/" + s.title);
        return out;
    };
    EXPECT_EQ(names("Mads Kjærgaard Holm                           Birgitte Vestergaard\n"
                    "Rådmand                                       Direktør\n"
                    "Familie- og Beskæftigelsesforvaltningen       Familie- og Beskæftigelsesforvaltningen\n"),
              (std::vector<std::string>{"Mads Kjærgaard Holm/Rådmand", "Birgitte Vestergaard/Direktør"}));
    EXPECT_EQ(names("(sign.) Jakob Grue Sandberg\nBorgmester\n"), (std::vector<std::string>{"Jakob Grue Sandberg/Borgmester"}));
    EXPECT_EQ(names("p.b.v.\n\nUlla Dam Rasmussen\nArbejdsmarkedschef\n"),
              (std::vector<std::string>{"Ulla Dam Rasmussen/Arbejdsmarkedschef"}));
    EXPECT_EQ(names("Laust Brodersen Ries\nBorgmester\n\n/ Karin Jessen\nDirektør for Beskæftigelse\n"),
              (std::vector<std::string>{"Laust Brodersen Ries/Borgmester", "Karin Jessen/Direktør for Beskæftigelse"}));
}

// A follow-up names the municipality's own earlier letter before the
// minister's: the reply is to the minister's.
TEST(Extractor, InReplyToSkipsTheSendersOwnLetter) {
    const auto e = extract("Vejle Kommune\nDato: 3. september 2018\n\nKære minister\n\n"
                           "Rettelse af tal i Vejle Kommunes brev af 10. juli 2018.\n\n"
                           "Vejle Kommune besvarede den 10. juli 2018 dit brev af 18. juni 2018. "
                           "Det korrekte antal er 23 borgere på kontanthjælp i mere end fem år.\n\n"
                           "Med venlig hilsen\n\nBorgmester Jens Ejner Christensen\n",
                           "v.txt");
    ASSERT_EQ(e.letters.size(), 1u);
    EXPECT_EQ(e.letters[0].inReplyTo.value_or(""), "2018-06-18");
}

// "ministerens brev af 18. juni" in a reply of February 2019: the letter
// answered came before it, so it is of 2018.
TEST(Extractor, InReplyToAYearlessDateBeforeTheLetter) {
    const auto e = extract("Sorø Kommune\nDato: 12. februar 2019\n\nKære Nanna\n\n"
                           "Vores svar af 10. august 2018 på ministerens brev af 18. juni byggede på tal fra 1. august. "
                           "Nu er der 55 aktivitetsparate borgere på kontanthjælp i mere end fem år.\n\n"
                           "Venlig hilsen\n\nCamilla Nyholt\nTeamleder\n",
                           "s.txt");
    ASSERT_EQ(e.letters.size(), 1u);
    EXPECT_EQ(e.letters[0].inReplyTo.value_or(""), "2018-06-18");
}

// A short letter with no greeting and no line of prose still has its
// place-and-date line.
TEST(Extractor, TheDateOfAShortLetterWithNoGreeting) {
    const auto e = extract("Jobcenter Faxe\n4690 Haslev\n\nFaxe, 1. august 2018\n\nSpørgsmål 1\nMålgruppen tæller 93 borgere.\n\n"
                           "Med venlig hilsen\n\nHanne Jensen\nJobcenterchef\n",
                           "f.txt");
    ASSERT_EQ(e.letters.size(), 1u);
    EXPECT_EQ(e.letters[0].date.value_or(""), "2018-08-01");
}

// A case system's label ("Sbsys-sag:") heads a case number; a team named
// after its leader's title ("Teamleder, Team Kompas") is no signatory.
TEST(Extractor, ACaseSystemsLabelAndATeamAfterATitle) {
    const Letter l = replyOf("Assens Kommune\nSbsys-sag: 27.00.00-A00-3-18\nDato: 22. januar 2019", "Camilla Hjerrild Nyholt\nTeamleder, Team Kompas\n");
    EXPECT_EQ(l.caseNumber.value_or(""), "27.00.00-A00-3-18");
    ASSERT_EQ(l.signatories.size(), 1u);
    EXPECT_EQ(l.signatories[0].name, "Camilla Hjerrild Nyholt");
}

// "Vores sagsnr./dok.nr.: 18/20714 / 112233-18": a second label after the
// first; two signatories on one line parted by a slash, over their titles.
TEST(Extractor, ASecondCaseLabelAndSignatoriesPartedByASlash) {
    const Letter l = replyOf("Køge Kommune\nVores sagsnr./dok.nr.: 18/20714 / 112233-18\nDato: 23. august 2018",
                             "Lene Dahl Mortensen / Bo Kragh Jessen\nBorgmester / Direktør for Beskæftigelse og Integration\n");
    EXPECT_EQ(l.caseNumber.value_or(""), "18/20714");
    ASSERT_EQ(l.signatories.size(), 2u);
    EXPECT_EQ(l.signatories[1].name, "Bo Kragh Jessen");
}

// A scanned signature: "Mgrup" for "Mørup" and "Kjaerbo" for "Kjærbo"
// (patterns no Danish name has); "Michael" keeps its ae.
TEST(Extractor, AScannedSignatorysNameIsMended) {
    const Letter l = replyOf("Haderslev Kommune\nDato: 24. august 2018", "Lise Mgrup Kjaerbo\nJobcenterchef\n\nMichael Frgsig\nAfdelingsleder\n");
    ASSERT_EQ(l.signatories.size(), 2u);
    EXPECT_EQ(l.signatories[0].name, "Lise Mørup Kjærbo");
    EXPECT_EQ(l.signatories[1].name, "Michael Frøsig");
}

// A c read for the e of a surname's "-sen" or "-ersen".
TEST(Extractor, AScannedSurnamesSenIsMended) {
    const Letter l = replyOf("Haderslev Kommune\nDato: 24. august 2018", "Tine Bjerg Jenscn\nJobcenterchef\n\nJens Ole Kristoffcrsen\nAfdelingsleder\n");
    ASSERT_EQ(l.signatories.size(), 2u);
    EXPECT_EQ(l.signatories[0].name, "Tine Bjerg Jensen");
    EXPECT_EQ(l.signatories[1].name, "Jens Ole Kristoffersen");
}

// A mail's head, however long its subject, is no prose of the body: the
// letter's date is the head's "Dato:"; a quoted reply's is its "Den … skrev …:".
TEST(Extractor, AMailsHeadAndAQuotedReplysDate) {
    const auto e = extract("Fra: Lone Ravn <lora@stevns.dk>\nEmne: SV: Svar fra Stevns Kommune om de langvarige modtagere af kontanthjælp (sagsnr. 18/6620)\n"
                           "Dato: 27. august 2018 kl. 14.05.21 CEST\n\nKære Troels Lund Poulsen\n\n"
                           "Det korrekte antal aktivitetsparate borgere på uddannelseshjælp i mere end fem år er 5, og målgruppen er 46.\n\n"
                           "Med venlig hilsen\nLone Ravn\n",
                           "s.txt");
    ASSERT_EQ(e.letters.size(), 1u);
    EXPECT_EQ(e.letters[0].date.value_or(""), "2018-08-27");
}

// A reply followed by the minutes excerpt that approved it: the excerpt
// closes with "Udskriftens rigtighed bekræftes", is dated by its meeting and
// corrects a figure "fra 6 til 8".
TEST(Extractor, AMinutesExcerptAfterTheReply) {
    const auto e = extract("Ringsted Kommune\nDato: 28. august 2018\n\nKære minister\n\n"
                           "Vi har 212 aktivitetsparate borgere på kontanthjælp, og 31 af dem har været i systemet i mere end fem år.\n"
                           "Seks kontanthjælpssager står på listen til rehabiliteringsteamets møder i september.\n\n"
                           "Med venlig hilsen\n\nGitte Valbjørn Skaarup\nFormand for Beskæftigelsesudvalget\n\n\f"
                           "UDDRAG AF BESLUTNINGSPROTOKOL\n\nMøde: mandag den 27. august 2018 kl. 16.00, mødelokale 2, Rådhuset\n\n"
                           "Resumé\nBeskæftigelsesministeren har bedt alle kommuner besvare fire spørgsmål om aktivitetsparate borgere med lang tid i "
                           "kontanthjælpssystemet.\n\nBeslutning\nGodkendt, dog med den rettelse, at antallet af kontanthjælpssager, der står på "
                           "listen til rehabiliteringsteamets møder i september, rettes fra 6 til 8. To sager har fået de manglende lægelige akter.\n\n"
                           "Udskriftens rigtighed bekræftes\n\nLene Vestbjerg Aamand\nUdvalgssekretær\n",
                           "r.txt");
    ASSERT_EQ(e.letters.size(), 2u);
    EXPECT_EQ(e.letters[1].date.value_or(""), "2018-08-27");
    ASSERT_EQ(e.letters[1].signatories.size(), 1u);
    EXPECT_EQ(e.letters[1].signatories[0].name, "Lene Vestbjerg Aamand");
    bool eight = false;
    for (const auto& f : e.letters[1].facts) eight |= f.category == "planned" && f.value && *f.value == 8;
    EXPECT_TRUE(eight);
}

// The ministry's own mail quoted under the reply, signed by the ministry
// alone or only sent by it, is no letter of the reply's.
TEST(Extractor, TheMinistrysQuotedMailIsNoLetter) {
    const std::string reply = "Fanø Kommune\nDato: 9. august 2018\n\nKære minister\n\n"
                              "Vi har i alt seks aktivitetsparate borgere på kontanthjælp, der har været mere end fem år i systemet.\n\n"
                              "Venlig hilsen\n\nKaren Thaysen Bork\nLeder af Jobcenter Fanø\n\n-----Oprindelig meddelelse-----\n"
                              "Fra: Beskæftigelsesministeriet <bm@bm.dk>\nSendt: 18. juni 2018 11:26\n"
                              "Emne: Brev fra beskæftigelsesministeren om langvarige kontanthjælpsmodtagere\n\nTil borgmesteren\n\n"
                              "Ministeren beder kommunen svare på, hvor mange aktivitetsparate modtagere af kontanthjælp der har været mindst 5 år i "
                              "kontanthjælpssystemet.\n\n";
    EXPECT_EQ(extract(reply + "Med venlig hilsen\nBeskæftigelsesministeriet\n", "f.txt").letters.size(), 1u);
    EXPECT_EQ(extract(reply, "f.txt").letters.size(), 1u);
}

// Case numbers where case systems and subjects put them: "Acadre-sag
// 18/7620", "ESDH-nr.: 18/11735", "Vores reference: 18-021553", "Emne: J.nr.
// 18/15527 – …", "[BRK sagsnr. 18/04517]", "Deres ref.: 2018-4411 / Vores ref.: 18/21009",
// "Emne: SV: … (jeres sagsnr. 18/9265)".
TEST(Extractor, CaseNumbersWhereSystemsAndSubjectsPutThem) {
    for (const auto& [line, number] : std::vector<std::pair<std::string, std::string>>{
             {"Acadre-sag 18/7620", "18/7620"}, {"ESDH-nr.: 18/11735    Dok.-nr.: 142387/18", "18/11735"},
             {"Vores reference: 18-021553", "18-021553"}, {"Emne: J.nr. 18/15527 – status på de langvarige modtagere", "18/15527"},
             {"Emne: SV: Hvilken indsats tilbyder I? [BRK sagsnr. 18/04517]", "18/04517"},
             {"Deres ref.: 2018-4411 / Vores ref.: 18/21009", "18/21009"},
             // (An answer's subject keeps the "jeres" of the mail it answers: the number is the answerer's.)
             {"Emne: SV: Opfølgning på kommunens svar af 10. august 2018 (jeres sagsnr. 18/9265)", "18/9265"},
             {"Emne: Opfølgning på kommunens svar (jeres sagsnr. 18/9265)", ""}}) {
        EXPECT_EQ(replyOf("Fra: Jobcentret\n" + line + "\nDato: 10. august 2018", "Anne Holm\nJobcenterchef\n").caseNumber.value_or(""), number) << line;
    }
}

// A scanned signature ("hi1sen", "J0rgen B0gh Andresen") and names with
// their titles after a dash ("Henrik Bo Lindhardt – borgmester").
TEST(Extractor, ScannedAndDashedSignatures) {
    const std::string body = "Tønder Kommune\nDato: 13. august 2018\n\nKære minister\n\n"
                             "Vi har 52 aktivitetsparate borgere på kontanthjælp, der har været mere end fem år i systemet.\n\n";
    const auto scanned = extract(body + "Med venlig hi1sen\n\n\nJ0rgen B0gh Andresen\nBorgmester\n", "t.txt");
    ASSERT_EQ(scanned.letters.size(), 1u);
    ASSERT_EQ(scanned.letters[0].signatories.size(), 1u);
    EXPECT_EQ(scanned.letters[0].signatories[0].name, "Jørgen Bøgh Andresen");
    const Letter dashed = replyOf("Ballerup Kommune\nDato: 16. august 2018", "Henrik Bo Lindhardt – borgmester\n\nPia Dam Ravnsborg – direktør for Beskæftigelse\n");
    ASSERT_EQ(dashed.signatories.size(), 2u);
    EXPECT_EQ(dashed.signatories[0].name, "Henrik Bo Lindhardt");
    EXPECT_EQ(dashed.signatories[1].title, "Direktør for Beskæftigelse");
}

// "brevet af": the letter in its definite form; a surname the lexicon
// knows in another spelling ("Sløth") is left as written.
TEST(Extractor, InReplyToTheDefiniteLetterAndASurnameLeftAsWritten) {
    const auto e = extract("Samsø Kommune\nDato: 8. august 2018\n\nKære minister\n\n"
                           "Samsø Kommune takker for brevet af 18. juni 2018. "
                           "Vi har 14 aktivitetsparate borgere på kontanthjælp i mere end fem år.\n\n"
                           "Med venlig hilsen\n\nKaren Sloth Madsen\nLeder af Job og Velfærd\n",
                           "s.txt");
    ASSERT_EQ(e.letters.size(), 1u);
    EXPECT_EQ(e.letters[0].inReplyTo.value_or(""), "2018-06-18");
    ASSERT_EQ(e.letters[0].signatories.size(), 1u);
    EXPECT_EQ(e.letters[0].signatories[0].name, "Karen Sloth Madsen");
}

TEST(Extractor, ARecipeIsNoLetter) {
    const auto e = extract("Æblekage\n\nTag 500 g æbler og 2 dl sukker. Kog æblerne i 10 minutter.\n", "opskrift.txt");
    EXPECT_TRUE(e.letters.empty());
    EXPECT_FALSE(e.warnings.empty());
}

TEST(Extractor, BundledLettersAreSeparate) {
    const std::string two = std::string(kLetter) +
                            "\nJobcenter\n\nDato: 24-05-2017\nSags nr.: 15.20.00-G01-88-17\n\n"
                            "Beskæftigelsesudvalget i Egedal Kommune har besluttet, at kommunen ikke deltager i satspuljen \"Flere skal med\" for kontanthjælpsmodtagere.\n\n"
                            "Egedal Kommunes målgruppe i initiativet \"Flere skal med\" udgør 108 borgere - hvoraf indsatsgruppen udgør ca. 50 borgere.\n\n"
                            "Med venlig hilsen\n\nEskild Sløth Andersen\nFormand for Beskæftigelsesudvalget\n";
    const auto e = extract(two, "two.txt");
    ASSERT_EQ(e.letters.size(), 2u);
    EXPECT_EQ(e.letters[1].date.value_or(""), "2017-05-24");
    EXPECT_EQ(e.letters[0].textEnd <= e.letters[1].textStart, true);
    ASSERT_EQ(e.letters[1].signatories.size(), 1u);
    EXPECT_EQ(e.letters[1].signatories[0].name, "Eskild Sløth Andersen");
    int counted = 0;
    for (const auto& f : e.letters[1].facts) {
        if (!f.value) continue;
        ++counted;
        EXPECT_EQ(f.category, "flere_skal_med_gross");
        EXPECT_DOUBLE_EQ(*f.value, 108);
    }
    EXPECT_EQ(counted, 1);
}

TEST(Extractor, AnAttachmentAfterTheSignatureBelongsToTheLetter) {
    const auto e = extract("Favrskov Kommune\nDato: 1. august 2018\n\nKære Troels Lund Poulsen\n\n"
                           "Tak for dit brev af 18. juni 2018. Vores svar på dine spørgsmål fremgår af vedlagte bilag.\n\n"
                           "Med venlig hilsen\n\nNils Borring\nBorgmester\n\n"
                           "Bilag 1 - Favrskov Kommunes svar på spørgsmål om langvarige kontanthjælpsmodtagere\n\n"
                           "Favrskov Kommune har aktuelt 31 aktivitetsparate borgere, som har været mindst 5 år i kontanthjælpssystemet.\n\n"
                           "Borgerne modtager blandt andet virksomhedspraktik og mentorstøtte, og 26 af de 31 borgere har været i en aktiv indsats det seneste år.\n",
                           "favrskov.txt");
    ASSERT_EQ(e.letters.size(), 1u);
    std::map<std::string, double> counted;
    std::set<std::string> named;
    for (const auto& f : e.letters[0].facts) {
        if (f.value) counted[f.category] = *f.value;
        else named.insert(f.category);
    }
    EXPECT_EQ(counted, (std::map<std::string, double>{{"over_5_years", 31}, {"active", 26}, {"not_active", 5}}));
    EXPECT_EQ(named, (std::set<std::string>{"virksomhedspraktik", "mentor"}));
}

TEST(Extractor, SurvivesInvalidUtf8AndEmptyInput) {
    EXPECT_TRUE(extract("", "empty.txt").letters.empty());
    const auto e = extract(std::string("Kontanthj\xff" "lp og besk\xe6" "ftigelse\n"), "bad.txt");
    (void)e;
}

// A council's letter: its own journal number after a possessive ("Rådets j.nr.", not the addressee's
// "Deres j.nr."), and a signature opened by "På Integrationsrådets vegne".
TEST(Extractor, ACouncilsJournalNumberAndSignature) {
    const auto e = extract("BILLUND KOMMUNE\nIntegrationsrådet\n\nGrindsted, 12. september 2018\nDeres j.nr.: 2018-3507\nRådets j.nr.: 18/15544\n\n"
                           "Kære minister\n\nRådet har læst svaret om de langvarige modtagere af kontanthjælp og integrationsydelse.\n\n"
                           "På Integrationsrådets vegne\n\n\nFarhad Karimi\nFormand for Integrationsrådet\n",
                           "council.txt");
    ASSERT_EQ(e.letters.size(), 1u);
    EXPECT_EQ(e.letters[0].caseNumber.value_or(""), "18/15544");
    ASSERT_EQ(e.letters[0].signatories.size(), 1u);
    EXPECT_EQ(e.letters[0].signatories[0].name, "Farhad Karimi");
    EXPECT_EQ(e.letters[0].signatories[0].title, "Formand for Integrationsrådet");
}

// A row of labels over a row of values ("Vores sagsnr.  Deres ref.  Dato"):
// each value stands under its label.
TEST(Extractor, ARowOfLabelsOverARowOfValues) {
    const auto e = extract("                ESBJERG KOMMUNE\n\nBeskæftigelsesministeriet\nVed Stranden 8\n1061 København K\n\n"
                           "Vores sagsnr.     Deres ref.     Sagsbehandler     Dato\n"
                           "18/27615          2018-3507      MOJ               4. december 2018\n\n"
                           "Kære Troels Lund Poulsen\n\nVi har 39 aktivitetsparate kontanthjælpsmodtagere i målgruppen.\n",
                           "e.txt");
    ASSERT_EQ(e.letters.size(), 1u);
    EXPECT_EQ(e.letters[0].caseNumber.value_or(""), "18/27615");
    EXPECT_EQ(e.letters[0].date.value_or(""), "2018-12-04");
}

// An e-mail's subject names the case after a comma ("Emne: Rødovre Kommune, sagsnr. 18/16092 – …").
TEST(Extractor, ACaseNumberAfterACommaInTheSubject) {
    const auto e = extract("Fra: Sanne Holm <sh@rodovre.dk>\nSendt: onsdag 10. oktober 2018 09:41\nTil: bm@bm.dk\n"
                           "Emne: Rødovre Kommune, sagsnr. 18/16092 – opfølgning på de langvarige kontanthjælpssager\n\nKære Troels Lund Poulsen\n\n"
                           "Tak for dit brev af 18. juni 2018. Målgruppen er nu på 48 aktivitetsparate borgere.\n\nMed venlig hilsen\n\nSanne Holm\nAfdelingsleder\n",
                           "r.txt");
    ASSERT_EQ(e.letters.size(), 1u);
    EXPECT_EQ(e.letters[0].caseNumber.value_or(""), "18/16092");
}

// A column of fields beside the letter's text: "Vores ref." after a gap, its
// value under it in the same column.
TEST(Extractor, ACaseNumberInAColumnBesideTheText) {
    const auto e = extract("                                            Mariagerfjord Kommune\nBeskæftigelsesministeriet\nVed Stranden 8\n"
                           "1061 København K                            Dato\n                                            16. januar 2019\n\n"
                           "Kære Troels Lund Poulsen                    Vores ref.\n"
                           "Tak for dit brev af 18. juni 2018. Vi har   18/28904\n"
                           "i dag 70 aktivitetsparate borgere med mindst fem års anciennitet i kontanthjælpssystemet, og vi skriver med tallene.\n\n"
                           "Med venlig hilsen\n\nNiels Rydahl\nJobcenterchef\n",
                           "m.txt");
    ASSERT_EQ(e.letters.size(), 1u);
    EXPECT_EQ(e.letters[0].caseNumber.value_or(""), "18/28904");
}

}  // namespace
