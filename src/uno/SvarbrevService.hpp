// org.svarbrev.Svarbrev: the extension's API for macros (Basic, Python).
#pragma once

#include "UnoStrings.hpp"

#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <cppuhelper/implbase2.hxx>
#include <org/svarbrev/XSvarbrev.hpp>

namespace svarbrev::component {

class SvarbrevService : public cppu::WeakImplHelper2<org::svarbrev::XSvarbrev, css::lang::XServiceInfo> {
public:
    explicit SvarbrevService(const css::uno::Reference<css::uno::XComponentContext>& context);

    static OUString implementationName();
    static css::uno::Sequence<OUString> serviceNames();

    OUString SAL_CALL extract(const OUString& text, const OUString& source) override;
    sal_Int32 SAL_CALL appendToWorkbook(const OUString& workbookURL, const OUString& text,
                                        const OUString& source) override;
    sal_Int32 SAL_CALL importFiles(const OUString& workbookURL, const css::uno::Sequence<OUString>& fileURLs) override;

    OUString SAL_CALL getImplementationName() override;
    sal_Bool SAL_CALL supportsService(const OUString& name) override;
    css::uno::Sequence<OUString> SAL_CALL getSupportedServiceNames() override;

private:
    css::uno::Reference<css::uno::XComponentContext> context_;
};

}  // namespace svarbrev::component
