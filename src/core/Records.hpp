// The records a reply letter becomes, exactly as ../shared/contract/README.md
// fixes them. Everything downstream (JSON, CSV, workbook rows, the UNO
// interface) is a translation of these structs.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace svarbrev {

struct Municipality {
    std::string name;  // e.g. "Hjørring"
    std::string code;  // official three-digit kommunekode, e.g. "860"
};

struct Signatory {
    std::string name;
    std::string title;
};

// Below this a fact's kind is only the question's guess: the letter gets a
// warning, and a count read against it may show what it really was.
inline constexpr double kDoubtful = 0.6;

struct Fact {
    std::string section;   // target_group, intervention, ...
    std::string benefit;   // kontanthjaelp, uddannelseshjaelp, integrationsydelse, all
    std::string category;  // a key of the contract's vocabulary
    std::optional<double> value;    // empty when a kind is only named
    std::optional<double> ofTotal;  // "78 ud af i alt 369"
    bool approx = false;
    std::optional<std::string> period;  // 2018-H2, 2019-Q1, 2017-07-01/2018-06-30, 2018
    std::optional<std::string> asOf;    // YYYY-MM-DD
    bool derived = false;
    std::string quote;
    std::size_t start = 0;  // code point offsets of quote in the document text
    std::size_t end = 0;
    double confidence = 0.0;  // below kDoubtful: its kind is a guess (warned of)
    bool corrected = false;  // changed or added by the analyst in review
};

// Facts that count the same thing, whatever the figure.
inline bool sameKind(const Fact& a, const Fact& b) { return a.section == b.section && a.category == b.category && a.benefit == b.benefit; }

struct Letter {
    std::optional<Municipality> municipality;
    std::optional<std::string> date;
    std::optional<std::string> caseNumber;
    std::optional<std::string> inReplyTo;
    std::vector<Signatory> signatories;
    std::vector<Fact> facts;
    std::vector<std::string> warnings;
    // Code point span of this letter in the document text; a file may bundle
    // several letters, and the span is what identifies one on re-import.
    std::size_t textStart = 0;
    std::size_t textEnd = 0;
};

struct Extraction {
    std::string source;  // file name the text came from
    std::vector<Letter> letters;
    std::vector<std::string> warnings;  // about the file as a whole
};

}  // namespace svarbrev
