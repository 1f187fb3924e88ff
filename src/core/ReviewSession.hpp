// What the analyst does with a file's extraction before it is written:
// look at every fact with its quote, correct one, drop one, add a missed
// one, then accept or cancel. The review dialog is a view of this class;
// what changed is kept on the facts (Fact::corrected) and lands in the
// workbook's "Rettet manuelt" column.
#pragma once

#include "Records.hpp"

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace svarbrev {

// Facts below this confidence are marked for the reviewer.
inline constexpr double kDoubtfulBelow = 0.7;

struct FactEdit {
    std::string section;
    std::string benefit;
    std::string category;
    std::optional<double> value;
    std::optional<std::string> period;
};

class ReviewSession {
public:
    explicit ReviewSession(Extraction extraction);

    std::size_t size() const { return rows_.size(); }
    const Fact& fact(std::size_t row) const;
    const Letter& letterOf(std::size_t row) const;

    // One line per fact for the list, doubtful ones marked "(?)".
    std::string line(std::size_t row) const;
    // Municipality, date and case number of each letter, for the header.
    std::string header() const;

    void correct(std::size_t row, const FactEdit& edit);
    void drop(std::size_t row);
    // A fact the extractor missed, in the letter of `row` (or the first
    // letter); returns its row.
    std::size_t add(std::size_t row, const FactEdit& edit);

    bool changed() const { return changed_; }
    Extraction result() const;

    static const std::vector<std::string>& sections();
    static const std::vector<std::string>& benefits();
    // The contract's categories of a section.
    static std::vector<std::string> categories(const std::string& section);

private:
    struct Slot {
        std::size_t letter;
        std::size_t fact;
    };
    Extraction extraction_;
    std::vector<Slot> rows_;
    std::vector<std::vector<bool>> dropped_;
    bool changed_ = false;
};

}  // namespace svarbrev
