// Where the workbook and its template are, and whether to review: from the
// dispatch arguments when given (macros, tests), else the environment, else
// the defaults a new user expects.
#pragma once

#include "Importer.hpp"

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/uno/Sequence.hxx>
#include <com/sun/star/uno/XComponentContext.hpp>

namespace svarbrev::component {

struct CommandSettings {
    office::WorkbookTarget target;
    bool review = true;
    bool interactive = true;  // false: no message boxes at all (headless runs)
    css::uno::Sequence<OUString> files;  // Calc import: file URLs, else ask
};

CommandSettings readSettings(const css::uno::Reference<css::uno::XComponentContext>& context,
                             const css::uno::Sequence<css::beans::PropertyValue>& args);

// Where the installed extension's files are (a URL); empty when it is not
// installed, as for the CLI.
OUString extensionLocation(const css::uno::Reference<css::uno::XComponentContext>& context);

// The template shipped inside the installed extension.
OUString templateUrl(const css::uno::Reference<css::uno::XComponentContext>& context);

// A workbook given as a file URL or a system path.
std::string workbookPathOf(const OUString& urlOrPath);

}  // namespace svarbrev::component
