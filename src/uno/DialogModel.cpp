#include "DialogModel.hpp"

#include <com/sun/star/awt/Toolkit.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>

using namespace css;

namespace svarbrev::component {

DialogModel::DialogModel(const uno::Reference<uno::XComponentContext>& context, sal_Int32 width, sal_Int32 height,
                         const std::string& title)
    : context_(context) {
    model_.set(context_->getServiceManager()->createInstanceWithContext("com.sun.star.awt.UnoControlDialogModel",
                                                                        context_),
               uno::UNO_QUERY_THROW);
    const uno::Reference<beans::XPropertySet> props(model_, uno::UNO_QUERY_THROW);
    props->setPropertyValue("PositionX", uno::Any(sal_Int32(40)));
    props->setPropertyValue("PositionY", uno::Any(sal_Int32(30)));
    props->setPropertyValue("Width", uno::Any(width));
    props->setPropertyValue("Height", uno::Any(height));
    props->setPropertyValue("Title", uno::Any(office::toOUString(title)));
}

uno::Reference<beans::XPropertySet> DialogModel::add(const char* service, const char* name, sal_Int32 x, sal_Int32 y,
                                                     sal_Int32 w, sal_Int32 h) {
    const uno::Reference<beans::XPropertySet> m(uno::Reference<lang::XMultiServiceFactory>(model_, uno::UNO_QUERY_THROW)
                                                    ->createInstance(OUString::createFromAscii(service)),
                                                uno::UNO_QUERY_THROW);
    m->setPropertyValue("PositionX", uno::Any(x));
    m->setPropertyValue("PositionY", uno::Any(y));
    m->setPropertyValue("Width", uno::Any(w));
    m->setPropertyValue("Height", uno::Any(h));
    model_->insertByName(OUString::createFromAscii(name), uno::Any(m));
    return m;
}

void DialogModel::label(const char* name, const std::string& text, sal_Int32 x, sal_Int32 y, sal_Int32 w,
                        sal_Int32 h, bool multiLine) {
    const auto m = add("com.sun.star.awt.UnoControlFixedTextModel", name, x, y, w, h);
    m->setPropertyValue("Label", uno::Any(office::toOUString(text)));
    m->setPropertyValue("MultiLine", uno::Any(multiLine));
}

void DialogModel::button(const char* name, const std::string& text, sal_Int32 x, sal_Int32 y, sal_Int32 w,
                         sal_Int16 pushButtonType) {
    const auto m = add("com.sun.star.awt.UnoControlButtonModel", name, x, y, w, 14);
    m->setPropertyValue("Label", uno::Any(office::toOUString(text)));
    m->setPropertyValue("PushButtonType", uno::Any(pushButtonType));
}

uno::Reference<beans::XPropertySet> DialogModel::control(const char* name) const {
    return {model_->getByName(OUString::createFromAscii(name)), uno::UNO_QUERY_THROW};
}

uno::Reference<awt::XControl> DialogModel::create(const uno::Reference<awt::XWindowPeer>& parent) const {
    const uno::Reference<awt::XControl> control(
        context_->getServiceManager()->createInstanceWithContext("com.sun.star.awt.UnoControlDialog", context_),
        uno::UNO_QUERY_THROW);
    control->setModel(uno::Reference<awt::XControlModel>(model_, uno::UNO_QUERY_THROW));
    control->createPeer(uno::Reference<awt::XToolkit>(awt::Toolkit::create(context_).get()), parent);
    return control;
}

}  // namespace svarbrev::component
