// Real office documents made from the sample letters at test time: each
// line a paragraph, each run of tab-separated lines a real Writer table,
// stored as .odt or .docx, or exported as PDF.
#pragma once

#include <com/sun/star/uno/XComponentContext.hpp>

#include <string>

namespace svarbrev::testing {

enum class FixtureFormat { Odt, Docx, Pdf };

// Writes `letterTxt` as an office document into `dir`; returns its path.
std::string makeLetterDocument(const css::uno::Reference<css::uno::XComponentContext>& context,
                               const std::string& letterTxt, const std::string& dir, FixtureFormat format);

const char* extensionOf(FixtureFormat format);

}  // namespace svarbrev::testing
