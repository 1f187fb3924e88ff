#include "OverviewTable.hpp"

#include <algorithm>
#include <cmath>
#include <map>

namespace svarbrev {
namespace {

// A figure given per benefit and as a whole ("all") is counted once: the
// whole when the letter states it, else the sum of the parts.
std::optional<double> figure(const std::vector<const FactRow*>& facts, const std::string& section,
                             const std::string& category) {
    std::optional<double> whole, parts;
    for (const FactRow* f : facts) {
        if (f->section != section || f->category != category || !f->value) continue;
        if (f->benefit == "all") whole = whole.value_or(0) + *f->value;
        else parts = parts.value_or(0) + *f->value;
    }
    return whole ? whole : parts;
}

}  // namespace

const std::vector<std::string>& overviewHeadings() {
    static const std::vector<std::string> h = {"Kommune", "Kommunekode", "Seneste brev", "Målgruppe (mindst 5 år)",
                                               "Uden tilbud", "Andel uden tilbud (%)", "Til rehabiliteringsteam"};
    return h;
}

std::vector<OverviewRow> overview(const std::vector<LetterRow>& letters, const std::vector<FactRow>& facts) {
    std::map<std::string, const LetterRow*> latest;  // by municipality code
    for (const auto& l : letters) {
        if (l.code.empty()) continue;
        const LetterRow*& current = latest[l.code];
        if (!current || l.date > current->date) current = &l;
    }
    std::map<std::string, std::vector<const FactRow*>> factsOf;
    for (const auto& f : facts) factsOf[f.key].push_back(&f);

    std::vector<OverviewRow> rows;
    for (const auto& [code, letter] : latest) {
        const auto& fs = factsOf[letter->key];
        OverviewRow r{letter->municipality, code, letter->date, {}, {}, {}, {}};
        r.targetGroup = figure(fs, "target_group", "over_5_years");
        r.withoutOffer = figure(fs, "intervention", "ikke_i_tilbud");
        if (!r.withoutOffer) r.withoutOffer = figure(fs, "target_group", "without_offer");
        if (r.targetGroup && r.withoutOffer && *r.targetGroup > 0)
            r.shareWithoutOfferPct = std::round(*r.withoutOffer / *r.targetGroup * 1000) / 10;
        r.toRehabTeam = figure(fs, "rehab_team", "to_present");
        rows.push_back(std::move(r));
    }
    std::sort(rows.begin(), rows.end(),
              [](const OverviewRow& a, const OverviewRow& b) { return a.municipality < b.municipality; });
    return rows;
}

}  // namespace svarbrev
