#include "SvarbrevService.hpp"

#include "Errors.hpp"
#include "Extractor.hpp"
#include "Importer.hpp"
#include "JsonWriter.hpp"
#include "Names.hpp"
#include "Settings.hpp"
#include "UnoStrings.hpp"

#include <com/sun/star/io/IOException.hpp>
#include <com/sun/star/lang/IllegalArgumentException.hpp>
#include <cppuhelper/supportsservice.hxx>

using namespace css;

namespace svarbrev::component {
namespace {

office::WorkbookTarget targetOf(const uno::Reference<uno::XComponentContext>& context, const OUString& workbookURL) {
    if (workbookURL.isEmpty()) throw lang::IllegalArgumentException("workbookURL is empty", nullptr, 0);
    return {workbookPathOf(workbookURL), templateUrl(context)};
}

// Macro callers get UNO exceptions they can catch in Basic or Python.
template <class F>
sal_Int32 translatingErrors(F&& run) {
    try {
        return static_cast<sal_Int32>(run());
    } catch (const office::WorkbookUnavailable& e) {
        throw io::IOException(office::toOUString(e.what()));
    } catch (const std::exception& e) {
        throw lang::IllegalArgumentException(office::toOUString(e.what()), nullptr, 0);
    }
}

}  // namespace

SvarbrevService::SvarbrevService(const uno::Reference<uno::XComponentContext>& context) : context_(context) {}

OUString SvarbrevService::implementationName() { return OUString::createFromAscii(uno_names::kServiceImpl); }

uno::Sequence<OUString> SvarbrevService::serviceNames() {
    uno::Sequence<OUString> names(1);
    names[0] = "org.svarbrev.Svarbrev";
    return names;
}

OUString SvarbrevService::extract(const OUString& text, const OUString& source) {
    return office::toOUString(toJson(svarbrev::extract(office::toUtf8(text), office::toUtf8(source))));
}

sal_Int32 SvarbrevService::appendToWorkbook(const OUString& workbookURL, const OUString& text, const OUString& source) {
    return translatingErrors([&] {
        office::ImportObserver silent;
        return office::importTexts(context_, {{office::toUtf8(source), office::toUtf8(text)}},
                                   targetOf(context_, workbookURL), silent)
            .lettersWritten;
    });
}

sal_Int32 SvarbrevService::importFiles(const OUString& workbookURL, const uno::Sequence<OUString>& fileURLs) {
    return translatingErrors([&] {
        std::vector<std::string> paths;
        for (const OUString& url : fileURLs) paths.push_back(workbookPathOf(url));
        office::ImportObserver silent;
        return office::importFiles(context_, paths, targetOf(context_, workbookURL), silent).lettersWritten;
    });
}

OUString SvarbrevService::getImplementationName() { return implementationName(); }

sal_Bool SvarbrevService::supportsService(const OUString& name) { return cppu::supportsService(this, name); }

uno::Sequence<OUString> SvarbrevService::getSupportedServiceNames() { return serviceNames(); }

}  // namespace svarbrev::component
