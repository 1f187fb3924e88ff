// The five sample letters, scored against their gold records by the
// project's scorer; the targets are the floor.
#include "GoldenSupport.hpp"

#include <gtest/gtest.h>

namespace {

// The letters of `letters` (the samples unless told), scored against `gold`,
// at least at these figures.
void expectScores(const std::string& name, const golden::Scores& floor, const std::filesystem::path& letters = golden::sharedDir() / "letters",
                  const std::filesystem::path& gold = golden::sharedDir() / "gold") {
    const auto s = golden::score(golden::extractAll(name, [](std::string t) { return t; }, letters), gold);
    std::cout << s.report;
    ASSERT_GE(s.core, 0) << "no TOTAL line from score.py";
    EXPECT_GE(s.core, floor.core);
    EXPECT_GE(s.mentions, floor.mentions);
    EXPECT_GE(s.tables, floor.tables);
    EXPECT_GE(s.header, floor.header);
}

// The targets.
const golden::Scores kTargets{0.95, 0.85, 0.90, 0.95, {}};

}  // namespace

TEST(GoldenLetters, MeetTheTargets) { expectScores("svarbrev_golden_clean", kTargets); }

// Damaged copies (scanner confusions on a fifth of the words, three seeds)
// score within 0.05 of the clean letters.
TEST(GoldenLetters, HoldUnderOcrDamage) {
    const auto clean = golden::score(golden::extractAll("svarbrev_golden_clean2", [](std::string s) { return s; }));
    ASSERT_GE(clean.core, 0);
    for (unsigned seed : {1u, 2u, 3u}) {
        const auto dir = golden::extractAll("svarbrev_golden_ocr" + std::to_string(seed),
                                            [seed](const std::string& s) { return golden::damage(s, seed, 0.2); });
        const auto d = golden::score(dir);
        std::cout << "seed " << seed << ":\n" << d.report;
        EXPECT_GE(d.core, clean.core - 0.05) << "seed " << seed;
        EXPECT_GE(d.mentions, clean.mentions - 0.05) << "seed " << seed;
        EXPECT_GE(d.tables, clean.tables - 0.05) << "seed " << seed;
        EXPECT_GE(d.header, clean.header - 0.05) << "seed " << seed;
    }
}

// A batch of unseen letters: its letters/ and gold/ folders.
void expectBatch(const std::string& name, const golden::Scores& floor, const std::filesystem::path& dir) {
    expectScores(name, floor, dir / "letters", dir / "gold");
}

// Letters of other municipalities, written with their gold records by a
// colleague who did not see the extractor's rules (tests/data/unseen): the
// same targets hold there.
TEST(UnseenLetters, MeetTheTargets) {
    expectBatch("svarbrev_unseen", kTargets, SVARBREV_UNSEEN_DIR);
}

// A second batch by another colleague, scored once before any rule was
// changed for it (core 0.784): the targets do not hold there yet, and this
// floor keeps what has been reached (see tests/data/unseen-2/README.md).
TEST(UnseenLetters, SecondBatchKeepsItsFloor) {
    expectBatch("svarbrev_unseen2", {0.97, 0.99, 0.90, 0.95, {}}, SVARBREV_UNSEEN2_DIR);
}

// A third batch, harder (an OCR scan with number words, tables with a
// "heraf" column, a dash list under "Det svarer til:"), scored before any
// rule was changed for it: core 0.714 (see tests/data/unseen-3/README.md).
TEST(UnseenLetters, ThirdBatchKeepsItsFloor) {
    expectBatch("svarbrev_unseen3", {0.95, 0.95, 0.90, 0.95, {}}, SVARBREV_UNSEEN3_DIR);
}

// A fourth batch (one 1,900-character sentence, a two-line table heading,
// leader dots, a transposed benefit table, a correction letter), scored
// before any rule was changed for it: core 0.471 (see
// tests/data/unseen-4/README.md).
TEST(UnseenLetters, FourthBatchKeepsItsFloor) {
    expectBatch("svarbrev_unseen4", {0.98, 0.88, 0.65, 0.99, {}}, SVARBREV_UNSEEN4_DIR);
}

// A fifth batch (a transposed benefit-by-kind table, a terse "Label: N"
// letter, a chatty one, a German-trained OCR scan, dash lists of outcomes),
// scored before any rule was changed for it: core 0.252, 0.302 once a
// UTF-8 bug in warnings was fixed (see
// tests/data/unseen-5/README.md).
TEST(UnseenLetters, FifthBatchKeepsItsFloor) {
    expectBatch("svarbrev_unseen5", {0.91, 0.66, 0.74, 0.83, {}}, SVARBREV_UNSEEN5_DIR);
}

// A sixth batch (an e-mail reply, quoted questions, a table split over a
// page break with last year's figures in brackets, number words in the
// hundreds, an overview of "label (count)" entries, a correction, a
// column-wise OCR table), scored before any rule was changed for it:
// core 0.473 (see tests/data/unseen-6/README.md).
TEST(UnseenLetters, SixthBatchKeepsItsFloor) {
    expectBatch("svarbrev_unseen6", {0.93, 0.85, 0.99, 0.90, {}}, SVARBREV_UNSEEN6_DIR);
}

// A seventh batch (a terse e-mail with short forms of the benefits, tabbed
// tables with group headings and a table continued sideways, a formal
// letter dated above its signature, an errata sheet, an OCR scan with
// ligatures and q for g), scored before any rule was changed for it:
// core 0.367 (see tests/data/unseen-7/README.md).
TEST(UnseenLetters, SeventhBatchKeepsItsFloor) {
    expectBatch("svarbrev_unseen7", {0.89, 0.88, 0.95, 0.96, {}}, SVARBREV_UNSEEN7_DIR);
}

// An eighth batch (small counts withheld, ranges, tables in an appendix
// after the signature, a transposed table with its totals first, footnote
// marks after counts, an old period's figures before the current ones, an
// ASCII question/answer grid, new OCR confusions), scored before any rule
// was changed for it: core 0.541 (see tests/data/unseen-8/README.md).
TEST(UnseenLetters, EighthBatchKeepsItsFloor) {
    expectBatch("svarbrev_unseen8", {0.93, 0.99, 0.93, 0.93, {}}, SVARBREV_UNSEEN8_DIR);
}

// A ninth batch (questions quoted and answered out of order, "henholdsvis"
// before the list of what its counts are, headings cut over two lines with
// a spacer column, rules under a fixed-width heading, an older letter
// attached, a new OCR scan), scored before any rule was changed for it:
// core 0.697 (see tests/data/unseen-9/README.md).
TEST(UnseenLetters, NinthBatchKeepsItsFloor) {
    expectBatch("svarbrev_unseen9", {0.93, 0.90, 0.99, 0.96, {}}, SVARBREV_UNSEEN9_DIR);
}

// A tenth batch (two columns of prose side by side, a table with a column
// per date, a P.S. correcting the body, "-parate" nouns in the status of
// "Flere skal med", jobparate figures beside the target group, a scan with
// new OCR confusions), scored before any rule was changed for it: core
// 0.632 (see tests/data/unseen-10/README.md).
TEST(UnseenLetters, TenthBatchKeepsItsFloor) {
    expectBatch("svarbrev_unseen10", {0.91, 0.99, 0.99, 0.81, {}}, SVARBREV_UNSEEN10_DIR);
}

// An eleventh batch (mojibake, ASCII transliteration of æ/ø/å, a table
// drawn with box characters, semicolon rows from a spreadsheet, a table of
// questions and answers exported from Word, ISO weeks, a scan reading i
// for 1), scored before any rule was changed for it: core 0.413 (see
// tests/data/unseen-11/README.md).
TEST(UnseenLetters, EleventhBatchKeepsItsFloor) {
    expectBatch("svarbrev_unseen11", {0.94, 0.85, 0.28, 0.87, {}}, SVARBREV_UNSEEN11_DIR);
}

// A twelfth batch (a letterhead sidebar interleaved with the body, footnote
// digits glued to words, a reply that survives only as quoted mail, a
// correction given as a difference, an English-influenced memo, fractions
// beside counts), scored before any rule was changed for it: core 0.589
// (see tests/data/unseen-12/README.md). Stevns' correction names its
// traineeships with a figure derived from the attached letter, which the
// rules do not derive: that it names them is a mention, so mentions stay
// at 0.80.
TEST(UnseenLetters, TwelfthBatchKeepsItsFloor) {
    expectBatch("svarbrev_unseen12", {0.90, 0.80, 0.86, 0.87, {}}, SVARBREV_UNSEEN12_DIR);
}

// A thirteenth batch (suspended compounds, a flattened Word table with merged
// cells, tertials, weeks for years, a raw HTML e-mail, a reply form, a fax
// with a cover sheet, Roman-numeral months, old number words), scored before
// any rule was changed for it: core 0.378 (see tests/data/unseen-13/README.md).
TEST(UnseenLetters, ThirteenthBatchKeepsItsFloor) {
    expectBatch("svarbrev_unseen13", {0.75, 0.61, 0.21, 0.96, {}}, SVARBREV_UNSEEN13_DIR);
}

// A fourteenth batch, written to be ordinary rather than tricky (questions
// quoted or not, benefit columns aligned with spaces, number words, one OCR
// scan, a supplement in the same file), scored before any rule was changed
// for it: core 0.821 (see tests/data/unseen-14/README.md).
TEST(UnseenLetters, FourteenthBatchKeepsItsFloor) {
    expectBatch("svarbrev_unseen14", {0.96, 0.99, 0.99, 0.96, {}}, SVARBREV_UNSEEN14_DIR);
}

// A fifteenth batch, ordinary again (prose that restates each question, a
// bullet list, an OCR scan, a benefit table aligned with spaces, a forwarded
// older letter), scored before any rule was changed for it: core 0.854 (see
// tests/data/unseen-15/README.md).
TEST(UnseenLetters, FifteenthBatchKeepsItsFloor) {
    expectBatch("svarbrev_unseen15", {0.99, 0.94, 0.99, 0.99, {}}, SVARBREV_UNSEEN15_DIR);
}

// A sixteenth batch, ordinary, from municipalities first met in batches 1 to 3
// (questions 2 and 3 answered together, a share before its count, age and
// gender splits, counts in brackets, a supplement that corrects the group),
// scored before any rule was changed for it: core 0.940 (see
// tests/data/unseen-16/README.md).
TEST(UnseenLetters, SixteenthBatchKeepsItsFloor) {
    expectBatch("svarbrev_unseen16", {0.99, 0.99, 0.99, 0.99, {}}, SVARBREV_UNSEEN16_DIR);
}

// A seventeenth batch, ordinary, from municipalities first met in batches 4
// to 8 (the letter's own short questions as headings, a total row that does
// not add up, outcomes listed after their total, a supplement whose subject
// names its question), scored before any rule was changed for it: core 0.884
// (see tests/data/unseen-17/README.md).
TEST(UnseenLetters, SeventeenthBatchKeepsItsFloor) {
    expectBatch("svarbrev_unseen17", {0.99, 0.99, 0.99, 0.97, {}}, SVARBREV_UNSEEN17_DIR);
}

// An eighteenth batch, ordinary, from municipalities first met in batches 9
// to 13 (a plain column beside one benefit's column, a later
// second letter answering question 4 alone, prose with counts in words, an
// outcome list after "Flere skal med"), scored before any rule was changed
// for it: core 0.876 (see tests/data/unseen-18/README.md).
TEST(UnseenLetters, EighteenthBatchKeepsItsFloor) {
    expectBatch("svarbrev_unseen18", {0.99, 0.99, 0.92, 0.96, {}}, SVARBREV_UNSEEN18_DIR);
}

// A nineteenth batch, ordinary, from municipalities first met in batches 4
// to 8 (questions headed by ordinals, a table answering questions 1 and 3
// together, "kind for N" lists, narrow OCR columns headed by cut benefit
// names, a supplement with a twelve-month count), scored before any rule was
// changed for it: core 0.747 (see tests/data/unseen-19/README.md).
TEST(UnseenLetters, NineteenthBatchKeepsItsFloor) {
    expectBatch("svarbrev_unseen19", {0.95, 0.99, 0.99, 0.93, {}}, SVARBREV_UNSEEN19_DIR);
}

// A twentieth batch, ordinary, from municipalities first met in batches 4 to
// 9 (a table of benefit columns whose first row is the group's size, status
// tables of the cases to present, short questions as headings, a 2017
// attachment, an OCR scan with "Flere skal med" in prose), scored before any
// rule was changed for it: core 0.803 (see tests/data/unseen-20/README.md).
TEST(UnseenLetters, TwentiethBatchKeepsItsFloor) {
    expectBatch("svarbrev_unseen20", {0.99, 0.99, 0.92, 0.93, {}}, SVARBREV_UNSEEN20_DIR);
}

// A twenty-first batch, ordinary, from municipalities first met in batches
// 10 to 13 (an island's mayor in prose with number words, a reply with its
// later correction, counts in brackets, tab and space-aligned tables by
// benefit, an OCR scan with "Punkt N:" headings), scored before any rule was
// changed for it: core 0.794 (see tests/data/unseen-21/README.md).
TEST(UnseenLetters, TwentyFirstBatchKeepsItsFloor) {
    expectBatch("svarbrev_unseen21", {0.97, 0.88, 0.99, 0.93, {}}, SVARBREV_UNSEEN21_DIR);
}

// A twenty-second batch, ordinary, from the last municipalities never met as
// senders (Gentofte, Gladsaxe, København, Aabenraa) and two met once (Randers,
// Thisted): a mayor's prose with number words, quoted questions with tables
// of thousands, a space-aligned table, dash lists with long labels, a table
// of benefits by kind, a reply with its correction, an OCR scan in capitals;
// scored before any rule was changed for it: core 0.855 (see
// tests/data/unseen-22/README.md).
TEST(UnseenLetters, TwentySecondBatchKeepsItsFloor) {
    expectBatch("svarbrev_unseen22", {0.99, 0.99, 0.99, 0.90, {}}, SVARBREV_UNSEEN22_DIR);
}

// A twenty-third batch, ordinary, from six municipalities met once in the
// oldest batches (Bornholm, Herning, Kolding, Lolland, Odense, Slagelse):
// quoted questions over tab tables, questions and answers over a transposed
// table, run-in headings with a "•" list and an outcome table, a PDF export
// with space-aligned tables and a later answer to question 4, a mayor's
// prose with number words, an OCR scan with a dot-leader list; scored before
// any rule was changed for it: core 0.858 (see tests/data/unseen-23/README.md).
TEST(UnseenLetters, TwentyThirdBatchKeepsItsFloor) {
    expectBatch("svarbrev_unseen23", {0.99, 0.99, 0.99, 0.99, {}}, SVARBREV_UNSEEN23_DIR);
}

// A twenty-fourth batch, ordinary, from six municipalities met once in the
// oldest batches (Ærø, Roskilde, Vejle, Faaborg-Midtfyn, Norddjurs, Horsens):
// a mayor's prose with number words, an OCR scan with a "label: N" list, a
// preliminary reply and the final one (a PDF export), a transposed table with
// a "Småjob" column, short answers with their elaboration, quoted questions
// over tab tables; scored before any rule was changed for it: core 0.812 (see
// tests/data/unseen-24/README.md).
TEST(UnseenLetters, TwentyFourthBatchKeepsItsFloor) {
    expectBatch("svarbrev_unseen24", {0.99, 0.99, 0.99, 0.96, {}}, SVARBREV_UNSEEN24_DIR);
}

// A twenty-fifth batch, ordinary, from six municipalities met once before
// (Hvidovre, Fredensborg, Rudersdal, Lejre, Albertslund, Fredericia): an OCR
// scan with a space-aligned table, a mayor's prose with number words, a PDF
// export whose target-group table has benefit columns under a row of all the
// activity-ready, questions quoted in »…« over "label: N" lists, an answer
// split between the job centre and the rehabilitation team's chair, and an
// activity table with a row of shares; scored before any rule was changed
// for it: core 0.862 (see tests/data/unseen-25/README.md).
TEST(UnseenLetters, TwentyFifthBatchKeepsItsFloor) {
    expectBatch("svarbrev_unseen25", {0.99, 0.99, 0.99, 0.99, {}}, SVARBREV_UNSEEN25_DIR);
}

// A twenty-sixth batch, ordinary, from six municipalities met once before
// (Ishøj, Aarhus, Varde, Morsø, Glostrup, Vejen): a secretariat's cover mail
// forwarding the job centre's reply and giving the figures its pdf lost, a
// PDF export with benefit columns, a mayor's prose with number words, an OCR
// scan with "Svar:" answers, bullet lists and a transposed tab table; scored
// before any rule was changed for it: core 0.912 (see
// tests/data/unseen-26/README.md).
TEST(UnseenLetters, TwentySixthBatchKeepsItsFloor) {
    expectBatch("svarbrev_unseen26", {0.99, 0.99, 0.99, 0.99, {}}, SVARBREV_UNSEEN26_DIR);
}

// A twenty-seventh batch, ordinary, from six municipalities met once before
// (Dragør, Herlev, Høje-Taastrup, Ringsted, Tårnby, Vallensbæk): "label: N"
// lists, a transposed tab table, a PDF export with benefit columns, a reply
// followed by the committee's minutes excerpt that changes one figure, a
// mayor's prose with number words and an OCR scan; scored before any rule was
// changed for it: core 0.885 (see tests/data/unseen-27/README.md).
TEST(UnseenLetters, TwentySeventhBatchKeepsItsFloor) {
    expectBatch("svarbrev_unseen27", {0.96, 0.85, 0.99, 0.81, {}}, SVARBREV_UNSEEN27_DIR);
}

// A twenty-eighth batch, from six municipalities met once before (Aabenraa,
// Fanø, Frederikssund, Helsingør, Køge, Nordfyns): an e-mail answer written
// over the ministry's quoted mail, one file holding two letters that split the
// answer by benefit between the job centre and the integration unit, PDF
// exports with space-aligned tables and an OCR scan; scored before any rule
// was changed for it: core 0.699 (see tests/data/unseen-28/README.md).
TEST(UnseenLetters, TwentyEighthBatchKeepsItsFloor) {
    expectBatch("svarbrev_unseen28", {0.96, 0.88, 0.99, 0.93, {}}, SVARBREV_UNSEEN28_DIR);
}

// A twenty-ninth batch, from six municipalities met once before (Brønderslev,
// Gentofte, Guldborgsund, Hjørring, Holbæk, Vesthimmerland): a reply followed
// by an erratum from the analysis unit that supplied its figures, an OCR scan,
// a PDF export whose active column stands before the group's dated column,
// benefit columns and prose with number words; scored before any rule was
// changed for it: core 0.885 (see tests/data/unseen-29/README.md).
TEST(UnseenLetters, TwentyNinthBatchKeepsItsFloor) {
    expectBatch("svarbrev_unseen29", {0.98, 0.99, 0.99, 0.99, {}}, SVARBREV_UNSEEN29_DIR);
}

// A thirtieth batch, from six municipalities met once before (Billund, Egedal,
// Halsnæs, Langeland, Skive, Syddjurs): a reply followed by the integration
// council's comments on it, a table whose "I alt" rows do not add up, a change
// column since the last reply, a PDF export, an OCR scan and a chair's prose
// with number words; scored before any rule was changed for it: core 0.776
// (see tests/data/unseen-30/README.md).
TEST(UnseenLetters, ThirtiethBatchKeepsItsFloor) {
    expectBatch("svarbrev_unseen30", {0.97, 0.79, 0.99, 0.96, {}}, SVARBREV_UNSEEN30_DIR);
}

// A thirty-first batch, from six municipalities met once before (Allerød,
// Brøndby, Hedensted, Hørsholm, Solrød, Stevns): a reply followed by the job
// centre's statement on a citizen's complaint the ministry forwarded, tables
// whose rows are months or tertials, a PDF export, an OCR scan and a prose
// letter in number words; scored before any rule was changed for it: core
// 0.830 (see tests/data/unseen-31/README.md).
TEST(UnseenLetters, ThirtyFirstBatchKeepsItsFloor) {
    expectBatch("svarbrev_unseen31", {0.96, 0.66, 0.99, 0.86, {}}, SVARBREV_UNSEEN31_DIR);
}

// A thirty-second batch, from the six municipalities met once before
// (Frederiksberg, Gladsaxe, Greve, København, Ringkøbing-Skjern, Samsø): a
// reply followed by the deputy mayor's application for a trial, which answers
// no letter of the ministry; earlier figures in brackets beside a list's
// counts, a heading in capitals naming the period, a PDF export, an OCR scan
// and prose in number words; scored before any rule was changed for it: core
// 0.811 (see tests/data/unseen-32/README.md).
TEST(UnseenLetters, ThirtySecondBatchKeepsItsFloor) {
    expectBatch("svarbrev_unseen32", {0.96, 0.66, 0.99, 0.96, {}}, SVARBREV_UNSEEN32_DIR);
}

// A thirty-third batch, third letters from six municipalities met twice
// before (Frederikshavn, Næstved, Viborg, Favrskov, Lemvig, Rebild): a reply
// followed by a copy of the municipality's letter to the region's
// psychiatry, addressed to a third party; a PDF export, an OCR scan, prose
// in number words and a question table; scored before any rule was changed
// for it: core 0.854 (see tests/data/unseen-33/README.md).
TEST(UnseenLetters, ThirtyThirdBatchKeepsItsFloor) {
    expectBatch("svarbrev_unseen33", {0.98, 0.79, 0.99, 0.93, {}}, SVARBREV_UNSEEN33_DIR);
}

// A thirty-fourth batch, third letters from six municipalities met twice
// before (Furesø, Haderslev, Jammerbugt, Kalundborg, Middelfart, Silkeborg):
// a reply followed by the municipality's request for access to the other
// municipalities' replies (aktindsigt); an e-mail of "label: N" lists, a PDF
// export, prose in number words, an OCR scan and questions and answers with
// a correction; scored before any rule was changed for it: core 0.762 (see
// tests/data/unseen-34/README.md).
TEST(UnseenLetters, ThirtyFourthBatchKeepsItsFloor) {
    expectBatch("svarbrev_unseen34", {0.97, 0.74, 0.77, 0.96, {}}, SVARBREV_UNSEEN34_DIR);
}

// A thirty-fifth batch, third letters from six municipalities met twice
// before (Esbjerg, Rødovre, Svendborg, Hillerød, Kerteminde, Odsherred): a
// reply followed by an invitation for the minister to visit; an e-mail, a
// question-and-answer form, prose in number words, an OCR scan, a PDF export
// with a table of quarters and "label: N (M)" lists; scored before any rule
// was changed for it: core 0.788 (see tests/data/unseen-35/README.md).
TEST(UnseenLetters, ThirtyFifthBatchKeepsItsFloor) {
    expectBatch("svarbrev_unseen35", {0.99, 0.85, 0.93, 0.96, {}}, SVARBREV_UNSEEN35_DIR);
}

// A thirty-sixth batch, third letters from six municipalities met twice
// before (Gribskov, Holstebro, Mariagerfjord, Nyborg, Tønder, Vordingborg): a
// status memo followed by the job centre's question to STAR with the
// ministry copied; spreadsheet rows with semicolons, a PDF export with a side
// column, an OCR scan with a box-drawn table, prose in number words and an
// appendix of tables after the signature; scored before any rule was changed
// for it: core 0.741 (see tests/data/unseen-36/README.md).
TEST(UnseenLetters, ThirtySixthBatchKeepsItsFloor) {
    expectBatch("svarbrev_unseen36", {0.95, 0.80, 0.87, 0.95, {}}, SVARBREV_UNSEEN36_DIR);
}

// A thirty-seventh batch (Aalborg, Faxe, Ikast-Brande, Lyngby-Taarbæk,
// Skanderborg, Sønderborg): a status reply followed by the job centre's
// invitation template to citizens; pipe tables with abbreviated headings and a
// legend, capital topic headings, a cover letter before the answer, square
// bullets with notes, a heading spanning two rows and an OCR scan; scored
// before any rule was changed for it: core 0.648 (see tests/data/unseen-37/README.md).
TEST(UnseenLetters, ThirtySeventhBatchKeepsItsFloor) {
    expectBatch("svarbrev_unseen37", {0.95, 0.95, 0.85, 0.95, {}}, SVARBREV_UNSEEN37_DIR);
}

// A thirty-eighth batch (Assens, Ballerup, Læsø, Odder, Sorø, Struer): a
// status reply followed by the job centre's letter to a local company; a
// summary box over a PDF export with one cell per line, answers in another
// order as lettered lists, a timeline of dated events, an OCR scan, answers
// between a quoted mail's lines and tables whose columns are two dates;
// scored before any rule was changed for it: core 0.633, now 0.996 (see
// tests/data/unseen-38/README.md).
TEST(UnseenLetters, ThirtyEighthBatchKeepsItsFloor) {
    expectBatch("svarbrev_unseen38", {0.97, 0.60, 0.85, 0.90, {}}, SVARBREV_UNSEEN38_DIR);
}

// A thirty-ninth batch (Bornholm, Herning, Kolding, Lolland, Randers,
// Thisted): a status reply followed by the administration's answer to a
// council member's question; "Ad spm." headings over dense parentheses, a
// Word export with tracked changes in its margin, a fax OCR scan, slides
// saved as text, count-and-share tables with footnotes, and figures per
// department to be added up; scored before any rule was changed for it:
// core 0.616, now 0.974 (see tests/data/unseen-39/README.md). Mentions hold
// two facts, so one miss moves them by a third or more.
TEST(UnseenLetters, ThirtyNinthBatchKeepsItsFloor) {
    expectBatch("svarbrev_unseen39", {0.95, 0.60, 0.90, 0.95, {}}, SVARBREV_UNSEEN39_DIR);
}

// A fortieth batch (Odense, Slagelse, Faaborg-Midtfyn, Horsens, Norddjurs,
// Roskilde): a status reply followed by the job centre's remarks to the
// external auditor; tables with a row per month's end of which the last is
// the status, a forwarded e-mail with running lists split by semicolons, a
// filled-in template of fields, one table per benefit, an OCR scan that lost
// its spaces, and number-word prose; scored before any rule was changed for
// it: core 0.708, now 0.982 (see tests/data/unseen-40/README.md).
TEST(UnseenLetters, FortiethBatchKeepsItsFloor) {
    expectBatch("svarbrev_unseen40", {0.96, 0.60, 0.95, 0.95, {}}, SVARBREV_UNSEEN40_DIR);
}

// A forty-first batch (Ærø, Albertslund, Fredensborg, Fredericia, Hvidovre,
// Vejle): a status reply followed by the job centre's answer to a journalist;
// a spreadsheet pasted as CSV, an outline of "heraf" rows with dot leaders, a
// ranked list, numbered paragraphs, a table of citizens by letter and an OCR
// scan that closes h to b; scored before any rule was changed for it: core
// 0.619, now 0.945 (see tests/data/unseen-41/README.md). Mentions hold three
// facts, so one miss moves them by a third.
TEST(UnseenLetters, FortyFirstBatchKeepsItsFloor) {
    expectBatch("svarbrev_unseen41", {0.93, 0.30, 0.95, 0.90, {}}, SVARBREV_UNSEEN41_DIR);
}

// A forty-second batch (Glostrup, Ishøj, Lejre, Morsø, Rudersdal, Varde): a
// status reply followed by the mayor's request to a committee of the
// Folketing; a reply written benefit by benefit under capital headings,
// plus/minus bridges from the earlier count, a raw e-mail in quoted-printable,
// a spreadsheet's charts saved as text, "henholdsvis" prose with counts under
// five withheld, and an OCR scan that reads ri as n; scored before any rule
// was changed for it: core 0.531, now 0.839 (see
// tests/data/unseen-42/README.md). Mentions hold three facts.
TEST(UnseenLetters, FortySecondBatchKeepsItsFloor) {
    expectBatch("svarbrev_unseen42", {0.82, 0.10, 0.75, 0.90, {}}, SVARBREV_UNSEEN42_DIR);
}

// A forty-third batch (Aarhus, Dragør, Herlev, Høje-Taastrup, Ringsted,
// Vejen): a status reply followed by the data protection officer's letter to
// Datatilsynet; tables headed by codes a legend explains, a traffic light, a
// table wrapped at a mail's line length, a web form's receipt that lost its
// line breaks, a Windows-1252 plain-text export, and an OCR scan that reads
// o as 0; scored before any rule was changed for it: core 0.613, now 0.955
// (see tests/data/unseen-43/README.md). Mentions hold one fact.
TEST(UnseenLetters, FortyThirdBatchKeepsItsFloor) {
    expectBatch("svarbrev_unseen43", {0.93, 0.9, 0.95, 0.95, {}}, SVARBREV_UNSEEN43_DIR);
}

// A forty-fourth batch (Fanø, Frederikssund, Helsingør, Køge, Tårnby,
// Vallensbæk): a status reply followed by the job centre's letter to a
// neighbouring municipality; Excel pivot tables, a sheet saved as formatted
// text with cut labels and glued headings, a mail that lost its Danish letters
// to question marks, case-system report printouts, Wingdings bullets, and an
// OCR scan that reads s as 5; scored before any rule was changed for it:
// core 0.527, now 0.558 (see tests/data/unseen-44/README.md). Mentions hold
// two facts.
TEST(UnseenLetters, FortyFourthBatchKeepsItsFloor) {
    expectBatch("svarbrev_unseen44", {0.54, 0.6, 0.95, 0.95, {}}, SVARBREV_UNSEEN44_DIR);
}
