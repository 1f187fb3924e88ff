#include "UserSettings.hpp"

#include <com/sun/star/beans/NamedValue.hpp>
#include <com/sun/star/configuration/theDefaultProvider.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/container/XNameReplace.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>
#include <com/sun/star/util/XChangesBatch.hpp>

using namespace css;

namespace svarbrev::component {
namespace {

constexpr const char* kSettingsNode = "/org.svarbrev.Svarbrev/Settings";

uno::Reference<uno::XInterface> configAccess(const uno::Reference<uno::XComponentContext>& context,
                                             const char* node, bool forUpdate) {
    const uno::Reference<lang::XMultiServiceFactory> provider = configuration::theDefaultProvider::get(context);
    uno::Sequence<uno::Any> args(1);
    args[0] <<= beans::NamedValue("nodepath", uno::Any(OUString::createFromAscii(node)));
    return provider->createInstanceWithArguments(forUpdate ? OUString("com.sun.star.configuration.ConfigurationUpdateAccess")
                                                           : OUString("com.sun.star.configuration.ConfigurationAccess"),
                                                 args);
}

}  // namespace

UserSettings loadUserSettings(const uno::Reference<uno::XComponentContext>& context) {
    UserSettings s;
    try {
        const uno::Reference<container::XNameAccess> node(configAccess(context, kSettingsNode, false),
                                                          uno::UNO_QUERY_THROW);
        node->getByName("WorkbookPath") >>= s.workbookPath;
        node->getByName("TemplatePath") >>= s.templatePath;
        node->getByName("Review") >>= s.review;
    } catch (const uno::Exception&) {
        // No schema (the extension is not installed, e.g. the CLI): defaults.
    }
    return s;
}

void saveUserSettings(const uno::Reference<uno::XComponentContext>& context, const UserSettings& s) {
    const uno::Reference<uno::XInterface> access = configAccess(context, kSettingsNode, true);
    const uno::Reference<container::XNameReplace> node(access, uno::UNO_QUERY_THROW);
    node->replaceByName("WorkbookPath", uno::Any(s.workbookPath));
    node->replaceByName("TemplatePath", uno::Any(s.templatePath));
    node->replaceByName("Review", uno::Any(s.review));
    uno::Reference<util::XChangesBatch>(access, uno::UNO_QUERY_THROW)->commitChanges();
}

bool danishUserInterface(const uno::Reference<uno::XComponentContext>& context) {
    try {
        const uno::Reference<container::XNameAccess> node(configAccess(context, "/org.openoffice.Setup/L10N", false),
                                                          uno::UNO_QUERY_THROW);
        OUString locale;
        node->getByName("ooLocale") >>= locale;
        return locale.startsWith("da");
    } catch (const uno::Exception&) {
        return true;
    }
}

}  // namespace svarbrev::component
