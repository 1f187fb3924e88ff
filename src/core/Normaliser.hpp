// First stage: makes the letter text regular without losing where each
// character came from. NFC; soft hyphens and zero-width marks dropped;
// no-break spaces to spaces; CR LF to LF; stray markup (**, <b>, leading #)
// removed; words hyphenated across a line break ("kom-\nmunes") joined.
#pragma once

#include "Document.hpp"

namespace svarbrev {

Units normalise(const Units& in);

}  // namespace svarbrev
