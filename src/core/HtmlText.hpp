// Reads a letter that arrives as HTML (a mail body saved as text): tags give
// the lines, paragraphs and table cells, entities ("kontanthj&aelig;lp",
// "19&nbsp;i") their characters, and the source's own line breaks are only
// spaces. Each character keeps the offsets of the markup it came from, so a
// quote shows the letter as it stands, tags and entities included.
#pragma once

#include "Document.hpp"
#include "DomainData.hpp"

namespace svarbrev {

// Text with no HTML (most letters) is handed back as it came.
Units htmlToText(Units in, const DomainData& data);

}  // namespace svarbrev
