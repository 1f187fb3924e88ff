#include "WorkbookLayout.hpp"

#include "LetterKey.hpp"

#include <map>

namespace svarbrev {
namespace {

const std::vector<std::string> kFactHeadings = {
    "Nøgle",   "Kommune", "Kommunekode", "Brevdato",  "Sektion",   "Ydelse",
    "Kategori", "Antal",  "Ud af i alt", "Cirka",     "Periode",   "Opgjort pr.",
    "Beregnet", "Sikkerhed", "Rettet manuelt", "Citat", "Start", "Slut", "Kildefil"};

const std::map<std::string, std::string> kSheetOfSection = {
    {"target_group", "Målgruppe"},
    {"intervention", "Indsatser"},
    {"active_intervention", "Aktive indsatser"},
    {"rehab_team", "Rehabiliteringsteam"},
    {"outcome", "Tabeller"},
    {"status", "Tabeller"},
};

const std::string kLetterSheet = "Breve";

Cell optionalText(const std::optional<std::string>& s) { return s ? Cell::of(*s) : Cell{}; }
Cell optionalNumber(const std::optional<double>& v) { return v ? Cell::of(*v) : Cell{}; }
Cell yesNo(bool b) { return Cell::of(std::string(b ? "ja" : "nej")); }

std::string joined(const std::vector<std::string>& parts, const char* sep) {
    std::string out;
    for (const auto& p : parts) {
        if (!out.empty()) out += sep;
        out += p;
    }
    return out;
}

}  // namespace

const std::vector<SheetSpec>& workbookSheets() {
    static const std::vector<SheetSpec> sheets = [] {
        std::vector<SheetSpec> s;
        s.push_back({kLetterSheet,
                     {"Nøgle", "Kommune", "Kommunekode", "Brevdato", "Sagsnummer",
                      "Svar på brev af", "Underskrivere", "Antal fakta", "Advarsler", "Kildefil",
                      "Importeret"}});
        for (const char* name :
             {"Målgruppe", "Indsatser", "Aktive indsatser", "Rehabiliteringsteam", "Tabeller"})
            s.push_back({name, kFactHeadings});
        return s;
    }();
    return sheets;
}

const std::string& sheetForSection(const std::string& section) {
    const auto it = kSheetOfSection.find(section);
    return it != kSheetOfSection.end() ? it->second : kSheetOfSection.at("outcome");
}

WorkbookRows toWorkbookRows(const Extraction& extraction, std::string_view documentText,
                            const ImportContext& context) {
    WorkbookRows out;
    std::map<std::string, std::size_t> sheetIndex;
    for (const auto& spec : workbookSheets()) {
        sheetIndex[spec.name] = out.sheets.size();
        out.sheets.push_back({spec.name, {}});
    }
    for (const auto& letter : extraction.letters) {
        const std::string key = letterKey(letter, documentText);
        out.letterKeys.push_back(key);
        const Cell name = letter.municipality ? Cell::of(letter.municipality->name) : Cell{};
        const Cell code = letter.municipality ? Cell::of(letter.municipality->code) : Cell{};
        std::vector<std::string> signatories;
        for (const auto& s : letter.signatories)
            signatories.push_back(s.title.empty() ? s.name : s.name + " (" + s.title + ")");
        out.sheets[sheetIndex[kLetterSheet]].rows.push_back(
            {Cell::of(key), name, code, optionalText(letter.date), optionalText(letter.caseNumber),
             optionalText(letter.inReplyTo), Cell::of(joined(signatories, "; ")),
             Cell::of(static_cast<double>(letter.facts.size())),
             Cell::of(joined(letter.warnings, "; ")), Cell::of(context.sourceFile),
             Cell::of(context.importedAt)});
        for (const auto& f : letter.facts) {
            out.sheets[sheetIndex[sheetForSection(f.section)]].rows.push_back(
                {Cell::of(key), name, code, optionalText(letter.date), Cell::of(f.section),
                 Cell::of(f.benefit), Cell::of(f.category), optionalNumber(f.value),
                 optionalNumber(f.ofTotal), yesNo(f.approx), optionalText(f.period),
                 optionalText(f.asOf), yesNo(f.derived), Cell::of(f.confidence), yesNo(f.corrected),
                 Cell::of(f.quote), Cell::of(static_cast<double>(f.start)),
                 Cell::of(static_cast<double>(f.end)), Cell::of(context.sourceFile)});
        }
    }
    return out;
}

}  // namespace svarbrev
