// Builds a dialog in code: its model, controls placed in dialog units,
// and the live dialog control over a parent window.
#pragma once

#include "UnoStrings.hpp"

#include <com/sun/star/awt/XControl.hpp>
#include <com/sun/star/awt/XWindowPeer.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XNameContainer.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>

#include <string>

namespace svarbrev::component {

class DialogModel {
public:
    DialogModel(const css::uno::Reference<css::uno::XComponentContext>& context, sal_Int32 width, sal_Int32 height,
                const std::string& title);

    css::uno::Reference<css::beans::XPropertySet> add(const char* service, const char* name, sal_Int32 x,
                                                      sal_Int32 y, sal_Int32 w, sal_Int32 h);
    void label(const char* name, const std::string& text, sal_Int32 x, sal_Int32 y, sal_Int32 w, sal_Int32 h,
               bool multiLine = false);
    void button(const char* name, const std::string& text, sal_Int32 x, sal_Int32 y, sal_Int32 w,
                sal_Int16 pushButtonType = 0 /* STANDARD */);
    css::uno::Reference<css::beans::XPropertySet> control(const char* name) const;

    // The dialog control, with a peer under `parent` (may be empty).
    css::uno::Reference<css::awt::XControl> create(const css::uno::Reference<css::awt::XWindowPeer>& parent) const;

private:
    css::uno::Reference<css::uno::XComponentContext> context_;
    css::uno::Reference<css::container::XNameContainer> model_;
};

}  // namespace svarbrev::component
