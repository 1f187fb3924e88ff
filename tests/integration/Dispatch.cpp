#include "Dispatch.hpp"

#include "UnoStrings.hpp"

#include <com/sun/star/frame/Desktop.hpp>
#include <com/sun/star/frame/DispatchHelper.hpp>
#include <com/sun/star/frame/DispatchResultEvent.hpp>
#include <com/sun/star/frame/DispatchResultState.hpp>
#include <com/sun/star/frame/XController.hpp>
#include <com/sun/star/frame/XDispatchProvider.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/util/XCloseable.hpp>

using namespace css;

namespace svarbrev::testing {

DispatchOutcome dispatchCommand(const uno::Reference<uno::XComponentContext>& context,
                                const uno::Reference<frame::XFrame>& frame, const std::string& url,
                                const uno::Sequence<beans::PropertyValue>& args) {
    const uno::Any result = frame::DispatchHelper::create(context)->executeDispatch(
        uno::Reference<frame::XDispatchProvider>(frame, uno::UNO_QUERY_THROW), office::toOUString(url), "", 0, args);
    DispatchOutcome outcome;
    frame::DispatchResultEvent event;
    if (result >>= event) {
        outcome.success = event.State == frame::DispatchResultState::SUCCESS;
        OUString message;
        event.Result >>= message;
        outcome.message = office::toUtf8(message);
    } else {
        outcome.message = "no result from the dispatch (is the protocol handler registered?)";
    }
    return outcome;
}

uno::Sequence<beans::PropertyValue> silentArgs(const std::string& workbookPath, const std::vector<std::string>& files) {
    uno::Sequence<beans::PropertyValue> args(files.empty() ? 3 : 4);
    args[0].Name = "Workbook";
    args[0].Value <<= office::fileUrlOf(workbookPath);
    args[1].Name = "Review";
    args[1].Value <<= false;
    args[2].Name = "Interactive";
    args[2].Value <<= false;
    if (!files.empty()) {
        uno::Sequence<OUString> urls(static_cast<sal_Int32>(files.size()));
        for (std::size_t i = 0; i < files.size(); ++i) urls[static_cast<sal_Int32>(i)] = office::fileUrlOf(files[i]);
        args[3].Name = "Files";
        args[3].Value <<= urls;
    }
    return args;
}

OpenDocument::OpenDocument(const uno::Reference<uno::XComponentContext>& context, const std::string& urlOrPath) {
    uno::Sequence<beans::PropertyValue> args(1);
    args[0].Name = "Hidden";
    args[0].Value <<= true;
    const OUString url =
        urlOrPath.rfind("private:", 0) == 0 ? office::toOUString(urlOrPath) : office::fileUrlOf(urlOrPath);
    component_ = frame::Desktop::create(context)->loadComponentFromURL(url, "_blank", 0, args);
}

OpenDocument::~OpenDocument() {
    try {
        uno::Reference<util::XCloseable>(component_, uno::UNO_QUERY_THROW)->close(true);
    } catch (const uno::Exception&) {
    }
}

uno::Reference<frame::XFrame> OpenDocument::frame() const {
    return uno::Reference<frame::XModel>(component_, uno::UNO_QUERY_THROW)->getCurrentController()->getFrame();
}

}  // namespace svarbrev::testing
