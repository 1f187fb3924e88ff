// Reads a letter's head and foot: its date (the first date of the letterhead,
// a "Dato:" line preferred), case number ("Sagsnr.", "Sags nr.",
// "Sagsnummer", "J.nr."; an empty label gives none), signatories after "Med
// venlig hilsen", and which letter of the minister it answers ("brev af 18.
// juni 2018", "din henvendelse den 18. juni 2018").
#pragma once

#include "DateParser.hpp"
#include "Document.hpp"
#include "DomainData.hpp"
#include "Records.hpp"
#include "Segmenter.hpp"

#include <optional>
#include <string>
#include <vector>

namespace svarbrev {

// First line of the letter's body: after the greeting ("Kære ..."), or the
// first line of running prose.
int bodyStartLine(const Document& doc, const Segmentation& seg, const LetterSpan& letter, const DomainData& data);

std::optional<std::string> readLetterDate(const Document& doc, const Segmentation& seg, const LetterSpan& letter,
                                          int bodyLine, const DomainData& data);
std::optional<std::string> readCaseNumber(const Document& doc, const Segmentation& seg, const LetterSpan& letter,
                                          int bodyLine, const DomainData& data);
std::vector<Signatory> readSignatories(const Document& doc, const Segmentation& seg, const LetterSpan& letter,
                                       const DomainData& data);
// The date of the letter this one answers; one given without a year is
// before `letterDate` (the minister's "brev af 18. juni" in a reply of
// February 2019 is of 2018).
std::optional<std::string> readInReplyTo(const Segmentation& seg, const LetterSpan& letter,
                                         const std::vector<DateMention>& dates, const DomainData& data,
                                         const std::optional<std::string>& letterDate);

}  // namespace svarbrev
