// A Writer document as the extractor reads it: every paragraph on its own
// line in reading order, and each table row as one line with a tab between
// cells, so the core sees a table the same whether the letter came as .txt
// (tab-separated lines) or as a real Writer table.
#pragma once

#include "UnoStrings.hpp"

#include <com/sun/star/text/XText.hpp>

#include <string>

namespace svarbrev::office {

std::string documentText(const css::uno::Reference<css::text::XText>& text);

}  // namespace svarbrev::office
