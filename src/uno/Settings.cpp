#include "Settings.hpp"

#include "Names.hpp"
#include "UnoStrings.hpp"
#include "UserSettings.hpp"

#include <com/sun/star/deployment/PackageInformationProvider.hpp>

#include <cstdlib>
#include <string>

using namespace css;

namespace svarbrev::component {

OUString extensionLocation(const uno::Reference<uno::XComponentContext>& context) {
    try {
        return deployment::PackageInformationProvider::get(context)->getPackageLocation(
            OUString::createFromAscii(uno_names::kExtensionId));
    } catch (const uno::Exception&) {
        return {};
    }
}

OUString templateUrl(const uno::Reference<uno::XComponentContext>& context) {
    const OUString location = extensionLocation(context);
    return location.isEmpty() ? OUString() : location + "/templates/svarbrev.ots";
}

std::string workbookPathOf(const OUString& urlOrPath) {
    if (urlOrPath.startsWith("file:")) return office::systemPathOf(urlOrPath);
    std::string path = office::toUtf8(urlOrPath);
    // Typed into the Options page the way people write it.
    if (path.rfind("~/", 0) == 0) {
        const char* home = std::getenv("HOME");
        path = std::string(home ? home : ".") + path.substr(1);
    }
    return path;
}

CommandSettings readSettings(const uno::Reference<uno::XComponentContext>& context,
                             const uno::Sequence<beans::PropertyValue>& args) {
    // Dispatch arguments over the environment over the Options page over
    // the defaults.
    CommandSettings s;
    const UserSettings user = loadUserSettings(context);
    if (const char* env = std::getenv("SVARBREV_WORKBOOK"); env && *env) {
        s.target.path = env;
    } else if (!user.workbookPath.isEmpty()) {
        s.target.path = workbookPathOf(user.workbookPath);
    } else {
        const char* home = std::getenv("HOME");
        s.target.path = std::string(home ? home : ".") + "/Documents/svarbrev.ods";
    }
    s.target.templateUrl = user.templatePath.isEmpty() ? templateUrl(context)
                           : user.templatePath.startsWith("file:")
                               ? user.templatePath
                               : office::fileUrlOf(office::toUtf8(user.templatePath));
    s.review = user.review;
    for (const auto& arg : args) {
        OUString text;
        if (arg.Name == "Workbook" && (arg.Value >>= text) && !text.isEmpty()) s.target.path = workbookPathOf(text);
        else if (arg.Name == "Template" && (arg.Value >>= text) && !text.isEmpty()) s.target.templateUrl = text;
        else if (arg.Name == "Review") arg.Value >>= s.review;
        else if (arg.Name == "Interactive") arg.Value >>= s.interactive;
        else if (arg.Name == "Files") arg.Value >>= s.files;
    }
    return s;
}

}  // namespace svarbrev::component
