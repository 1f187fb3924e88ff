#include "ReviewSession.hpp"

#include "NumberFormat.hpp"

#include <map>
#include <stdexcept>

namespace svarbrev {
namespace {

// The contract's vocabulary (../shared/contract/README.md).
const std::map<std::string, std::vector<std::string>>& vocabulary() {
    static const std::map<std::string, std::vector<std::string>> v = {
        {"target_group", {"over_5_years", "without_offer", "flere_skal_med_gross", "flere_skal_med_remaining"}},
        {"intervention",
         {"ikke_i_tilbud", "virksomhedspraktik", "mentor", "loentilskud", "nytteindsats", "vejledning_opkvalificering",
          "psykolog", "misbrugsbehandling", "sundhedsfaglig", "ordinaere_timer", "uddannelse", "andet"}},
        {"active_intervention", {"active", "not_active", "active_share_pct"}},
        {"rehab_team", {"to_present", "planned", "under_clarification", "presented"}},
        {"outcome",
         {"job", "uddannelse", "fleksjob", "ledighedsydelse", "ressourceforloeb", "foertidspension", "flyttet", "doed",
          "selvforsoergelse", "andet", "total"}},
        {"status", {"jobparat", "aktivitetsparat", "aktivitetsparat_tta", "aktivitetsparat_afklaring", "ungecenter"}},
    };
    return v;
}

void apply(Fact& f, const FactEdit& edit) {
    if (!vocabulary().count(edit.section)) throw std::invalid_argument("unknown section: " + edit.section);
    f.section = edit.section;
    f.benefit = edit.benefit;
    f.category = edit.category;
    f.value = edit.value;
    f.period = edit.period;
    f.corrected = true;
    f.confidence = 1.0;  // the analyst's word
}

}  // namespace

ReviewSession::ReviewSession(Extraction extraction) : extraction_(std::move(extraction)) {
    for (std::size_t l = 0; l < extraction_.letters.size(); ++l) {
        dropped_.emplace_back(extraction_.letters[l].facts.size(), false);
        for (std::size_t f = 0; f < extraction_.letters[l].facts.size(); ++f) rows_.push_back({l, f});
    }
}

const Fact& ReviewSession::fact(std::size_t row) const {
    const Slot& s = rows_.at(row);
    return extraction_.letters[s.letter].facts[s.fact];
}

const Letter& ReviewSession::letterOf(std::size_t row) const { return extraction_.letters[rows_.at(row).letter]; }

std::string ReviewSession::line(std::size_t row) const {
    const Fact& f = fact(row);
    std::string s = f.corrected ? "(rettet) " : f.confidence < kDoubtfulBelow ? "(?) " : "";
    s += f.section + " · " + f.benefit + " · " + f.category + ": ";
    s += f.value ? (f.approx ? "ca. " : "") + formatNumber(*f.value) : std::string("nævnt");
    if (f.ofTotal) s += " af " + formatNumber(*f.ofTotal);
    if (f.period) s += " [" + *f.period + "]";
    return s;
}

std::string ReviewSession::header() const {
    std::string s;
    for (const auto& l : extraction_.letters) {
        if (!s.empty()) s += "\n";
        s += (l.municipality ? l.municipality->name + " (" + l.municipality->code + ")" : std::string("Ukendt kommune")) +
             ", " + l.date.value_or("uden dato") + ", sagsnr. " + l.caseNumber.value_or("-");
    }
    return s;
}

void ReviewSession::correct(std::size_t row, const FactEdit& edit) {
    const Slot& s = rows_.at(row);
    apply(extraction_.letters[s.letter].facts[s.fact], edit);
    changed_ = true;
}

void ReviewSession::drop(std::size_t row) {
    const Slot s = rows_.at(row);
    dropped_[s.letter][s.fact] = true;
    rows_.erase(rows_.begin() + static_cast<std::ptrdiff_t>(row));
    changed_ = true;
}

std::size_t ReviewSession::add(std::size_t row, const FactEdit& edit) {
    if (extraction_.letters.empty()) throw std::logic_error("no letter to add a fact to");
    const std::size_t letter = row < rows_.size() ? rows_[row].letter : 0;
    Fact f;
    apply(f, edit);
    f.quote = "(tilføjet ved gennemsyn)";
    extraction_.letters[letter].facts.push_back(f);
    dropped_[letter].push_back(false);
    rows_.push_back({letter, extraction_.letters[letter].facts.size() - 1});
    changed_ = true;
    return rows_.size() - 1;
}

Extraction ReviewSession::result() const {
    Extraction out = extraction_;
    for (std::size_t l = 0; l < out.letters.size(); ++l) {
        std::vector<Fact> kept;
        for (std::size_t f = 0; f < out.letters[l].facts.size(); ++f)
            if (!dropped_[l][f]) kept.push_back(out.letters[l].facts[f]);
        out.letters[l].facts = std::move(kept);
    }
    return out;
}

const std::vector<std::string>& ReviewSession::sections() {
    static const std::vector<std::string> s = [] {
        std::vector<std::string> keys;
        for (const auto& [section, categories] : vocabulary()) keys.push_back(section);
        return keys;
    }();
    return s;
}

const std::vector<std::string>& ReviewSession::benefits() {
    static const std::vector<std::string> b = {"all", "kontanthjaelp", "uddannelseshjaelp", "integrationsydelse"};
    return b;
}

std::vector<std::string> ReviewSession::categories(const std::string& section) {
    const auto it = vocabulary().find(section);
    return it == vocabulary().end() ? std::vector<std::string>{} : it->second;
}

}  // namespace svarbrev
