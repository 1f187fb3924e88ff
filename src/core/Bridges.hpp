// A bridge from an earlier count to today's ("opstilling med plus og minus"):
// the earlier figure, lines of people who left ("– overgået til fleksjob
// -2") and came ("+ har rundet fem års anciennitet +3"), and a line with
// "=" that is the count now ("= I målgruppen 31.12.2018   48"). Only that
// line counts; the others account for the change.
#pragma once

#include "Document.hpp"

namespace svarbrev {

// Each block of lines with two signed lines or more and one "=" line
// becomes that line alone, as "label: count" ("I målgruppen 31.12.2018:
// 48"); the block's other lines are left out, their line breaks kept. Other
// text is copied as is; every unit keeps its span in the original.
Units bridgeResults(const Units& in);

}  // namespace svarbrev
