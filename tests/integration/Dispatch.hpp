// Runs a menu command the way a click does: through the frame's dispatch
// provider and the office's DispatchHelper.
#pragma once

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>

#include <string>
#include <vector>

namespace svarbrev::testing {

struct DispatchOutcome {
    bool success = false;
    std::string message;
};

DispatchOutcome dispatchCommand(const css::uno::Reference<css::uno::XComponentContext>& context,
                                const css::uno::Reference<css::frame::XFrame>& frame, const std::string& url,
                                const css::uno::Sequence<css::beans::PropertyValue>& args);

// Arguments that make the command run as in the tests: this workbook, no
// review, no message boxes.
css::uno::Sequence<css::beans::PropertyValue> silentArgs(const std::string& workbookPath,
                                                         const std::vector<std::string>& files = {});

// A document loaded hidden, closed when the object goes.
class OpenDocument {
public:
    OpenDocument(const css::uno::Reference<css::uno::XComponentContext>& context, const std::string& urlOrPath);
    ~OpenDocument();
    css::uno::Reference<css::frame::XFrame> frame() const;
    const css::uno::Reference<css::lang::XComponent>& component() const { return component_; }

private:
    css::uno::Reference<css::lang::XComponent> component_;
};

}  // namespace svarbrev::testing
