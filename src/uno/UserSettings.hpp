// The settings the analyst keeps in the LibreOffice profile
// (org.svarbrev.Svarbrev/Settings, schema extension/Svarbrev.xcs).
#pragma once

#include "UnoStrings.hpp"

#include <com/sun/star/uno/XComponentContext.hpp>

namespace svarbrev::component {

struct UserSettings {
    OUString workbookPath;  // empty: the default
    OUString templatePath;  // empty: the shipped template
    bool review = true;
};

UserSettings loadUserSettings(const css::uno::Reference<css::uno::XComponentContext>& context);
void saveUserSettings(const css::uno::Reference<css::uno::XComponentContext>& context, const UserSettings& settings);

// Whether the office speaks Danish to the user (else English).
bool danishUserInterface(const css::uno::Reference<css::uno::XComponentContext>& context);

}  // namespace svarbrev::component
