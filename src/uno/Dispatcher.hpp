// The protocol handler behind the menu items: "svarbrev:ExtractToWorkbook"
// in Writer and "svarbrev:ImportFiles" in Calc. It gathers what the command
// needs from the frame and the arguments, runs the shared import and tells
// the user (or the dispatch listener) how it went.
#pragma once

#include "UnoStrings.hpp"

#include <com/sun/star/frame/XDispatchProvider.hpp>
#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/frame/XNotifyingDispatch.hpp>
#include <com/sun/star/lang/XInitialization.hpp>
#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <cppuhelper/implbase4.hxx>

namespace svarbrev::component {

class Dispatcher : public cppu::WeakImplHelper4<css::frame::XDispatchProvider, css::frame::XNotifyingDispatch,
                                                css::lang::XInitialization, css::lang::XServiceInfo> {
public:
    explicit Dispatcher(const css::uno::Reference<css::uno::XComponentContext>& context);

    static OUString implementationName();
    static css::uno::Sequence<OUString> serviceNames();

    // XInitialization: the frame the handler serves.
    void SAL_CALL initialize(const css::uno::Sequence<css::uno::Any>& arguments) override;

    // XDispatchProvider
    css::uno::Reference<css::frame::XDispatch> SAL_CALL queryDispatch(const css::util::URL& url,
                                                                      const OUString& targetFrame,
                                                                      sal_Int32 searchFlags) override;
    css::uno::Sequence<css::uno::Reference<css::frame::XDispatch>> SAL_CALL
    queryDispatches(const css::uno::Sequence<css::frame::DispatchDescriptor>& requests) override;

    // XDispatch, XNotifyingDispatch
    void SAL_CALL dispatch(const css::util::URL& url,
                           const css::uno::Sequence<css::beans::PropertyValue>& args) override;
    void SAL_CALL dispatchWithNotification(const css::util::URL& url,
                                           const css::uno::Sequence<css::beans::PropertyValue>& args,
                                           const css::uno::Reference<css::frame::XDispatchResultListener>& listener) override;
    void SAL_CALL addStatusListener(const css::uno::Reference<css::frame::XStatusListener>&,
                                    const css::util::URL&) override {}
    void SAL_CALL removeStatusListener(const css::uno::Reference<css::frame::XStatusListener>&,
                                       const css::util::URL&) override {}

    // XServiceInfo
    OUString SAL_CALL getImplementationName() override;
    sal_Bool SAL_CALL supportsService(const OUString& name) override;
    css::uno::Sequence<OUString> SAL_CALL getSupportedServiceNames() override;

private:
    css::uno::Reference<css::uno::XComponentContext> context_;
    css::uno::Reference<css::frame::XFrame> frame_;
};

}  // namespace svarbrev::component
