#include "ReviewText.hpp"

#include "NumberFormat.hpp"

namespace svarbrev {

std::string reviewText(const Extraction& e) {
    std::string s;
    for (const auto& l : e.letters) {
        s += "Kommune: " + (l.municipality ? l.municipality->name + " (" + l.municipality->code + ")"
                                           : std::string("ukendt"));
        s += "\nDato: " + l.date.value_or("ukendt") + "    Sagsnr.: " + l.caseNumber.value_or("-") + "\n";
        for (const auto& f : l.facts) {
            s += (f.confidence < kDoubtfulBelow ? "(?) " : "    ");
            s += f.section + " / " + f.benefit + " / " + f.category + ": " +
                 (f.value ? (f.approx ? "ca. " : "") + formatNumber(*f.value) : std::string("nævnt"));
            if (f.period) s += " [" + *f.period + "]";
            s += "  «" + f.quote + "»\n";
        }
        for (const auto& w : l.warnings) s += "Advarsel: " + w + "\n";
        s += "\n";
    }
    return s;
}

}  // namespace svarbrev
