// Shows a fact's sentence in the open Writer document: selects its quote.
#pragma once

#include "Records.hpp"

#include <com/sun/star/frame/XModel.hpp>

namespace svarbrev::component {

// Selects the quote's first line (its first cell in a table row: a search
// cannot cross paragraphs or cells) at the occurrence the fact's offset
// points to in `documentText`; does nothing when it is not found.
void selectQuote(const css::uno::Reference<css::frame::XModel>& document, const std::string& documentText,
                 const Fact& fact);

}  // namespace svarbrev::component
