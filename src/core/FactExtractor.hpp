// Turns a letter's sentences and tables into facts. A number becomes a fact
// when it counts people or cases (or is a share), is no date, year, phone
// number, postcode, amount, duration or reference back ("de 44"), and a cue
// of the vocabulary gives it a category. Benefit: the one benefit its clause
// (or the list's intro) names, "all" when several or none. "x ud af (i alt)
// y" gives of_total; "de resterende" and complements are derived.
#pragma once

#include "DateParser.hpp"
#include "Document.hpp"
#include "DomainData.hpp"
#include "FactPasses.hpp"
#include "Records.hpp"
#include "Segmenter.hpp"
#include "TableReader.hpp"

#include <vector>

namespace svarbrev {

struct LetterContext {
    const Document& doc;
    const Segmentation& seg;
    const DomainData& data;
    int firstSentence = 0, lastSentence = -1;  // body sentences, inclusive
    std::vector<int> question;                 // per body sentence: 1..4, 0 before any question heading
    bool hasQuestions = false;
    std::vector<DateMention> dates;            // the letter's, with years inferred
    int year = 0;                              // the letter's (or the latest it names); 0 unknown
    int month = 0;                             // the letter date's; 0 unknown
    std::string municipalityCode;              // the sender's, when known: another one's figures are not the letter's
    const std::vector<Letter>* earlier = nullptr;  // the file's letters before this one
    std::vector<int> questionOpened;           // per question number: the sentence its answer opens with, -1 none
};

// Marks which question each body sentence answers (quoted or numbered
// question headings of the minister's letter).
void locateQuestions(LetterContext& ctx);

std::vector<Fact> extractCountFacts(const LetterContext& ctx, std::vector<std::string>& warnings);
std::vector<Fact> tableFacts(const LetterContext& ctx, const std::vector<Table>& tables, const std::vector<Fact>& prose);
std::vector<Fact> extractMentions(const LetterContext& ctx, const std::vector<Fact>& counted);
// A figure that names the one it replaces ("23, ikke 26") takes its place and kind.
void replaceNamedFigures(const LetterContext& ctx, std::vector<Fact>& facts);
// The one benefit a letter says it answers for alone, or "" (letter_scope).
std::string scopedBenefit(const LetterContext& ctx);

// The parts of the letter under a heading that is a benefit alone.
std::vector<BenefitSection> benefitSections(const LetterContext& ctx);
// Which benefit a text names: a key, "all" for several, "" for none.
std::string namedBenefit(const IndexedText& text, int32_t from, int32_t to, const DomainData& data);

}  // namespace svarbrev
