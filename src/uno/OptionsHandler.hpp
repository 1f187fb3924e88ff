// Fills and saves the Tools > Options > Svarbrev page (dialogs/Options.xdl).
#pragma once

#include "UnoStrings.hpp"

#include <com/sun/star/awt/XContainerWindowEventHandler.hpp>
#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <cppuhelper/implbase2.hxx>

namespace svarbrev::component {

class OptionsHandler
    : public cppu::WeakImplHelper2<css::awt::XContainerWindowEventHandler, css::lang::XServiceInfo> {
public:
    explicit OptionsHandler(const css::uno::Reference<css::uno::XComponentContext>& context);

    static OUString implementationName();
    static css::uno::Sequence<OUString> serviceNames();

    // The options dialog calls "external_event" with "initialize", "ok" or "back".
    sal_Bool SAL_CALL callHandlerMethod(const css::uno::Reference<css::awt::XWindow>& window,
                                        const css::uno::Any& event, const OUString& method) override;
    css::uno::Sequence<OUString> SAL_CALL getSupportedMethodNames() override;

    OUString SAL_CALL getImplementationName() override;
    sal_Bool SAL_CALL supportsService(const OUString& name) override;
    css::uno::Sequence<OUString> SAL_CALL getSupportedServiceNames() override;

private:
    css::uno::Reference<css::uno::XComponentContext> context_;
};

}  // namespace svarbrev::component
