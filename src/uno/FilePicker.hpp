// The office's own file dialog, for choosing letters to import from Calc.
#pragma once

#include "UnoStrings.hpp"

#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/uno/Sequence.hxx>
#include <com/sun/star/uno/XComponentContext.hpp>

namespace svarbrev::component {

// File URLs the user chose; empty when cancelled.
css::uno::Sequence<OUString> pickLetterFiles(const css::uno::Reference<css::uno::XComponentContext>& context,
                                             const css::uno::Reference<css::frame::XFrame>& frame);

// The letter files (by ending) directly in a folder the user picks, sorted;
// empty when cancelled.
css::uno::Sequence<OUString> pickLetterFolder(const css::uno::Reference<css::uno::XComponentContext>& context);

}  // namespace svarbrev::component
