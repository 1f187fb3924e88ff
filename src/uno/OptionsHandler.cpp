#include "OptionsHandler.hpp"

#include "UiText.hpp"
#include "UserSettings.hpp"

#include <com/sun/star/awt/XCheckBox.hpp>
#include <com/sun/star/awt/XControl.hpp>
#include <com/sun/star/awt/XControlContainer.hpp>
#include <com/sun/star/awt/XFixedText.hpp>
#include <com/sun/star/awt/XTextComponent.hpp>
#include <com/sun/star/awt/XWindow.hpp>
#include <cppuhelper/supportsservice.hxx>

using namespace css;

namespace svarbrev::component {
namespace {

template <class I>
uno::Reference<I> control(const uno::Reference<awt::XWindow>& window, const char* name) {
    const uno::Reference<awt::XControlContainer> container(window, uno::UNO_QUERY_THROW);
    return uno::Reference<I>(container->getControl(OUString::createFromAscii(name)), uno::UNO_QUERY_THROW);
}

// The page's labels in the UI language (the .xdl holds the Danish ones).
void localise(const uno::Reference<awt::XWindow>& window, const UiText& text) {
    control<awt::XFixedText>(window, "WorkbookLabel")->setText(office::toOUString(text("options.workbook")));
    control<awt::XFixedText>(window, "TemplateLabel")->setText(office::toOUString(text("options.template")));
    control<awt::XCheckBox>(window, "Review")->setLabel(office::toOUString(text("options.review")));
}

void show(const uno::Reference<awt::XWindow>& window, const UserSettings& s) {
    control<awt::XTextComponent>(window, "WorkbookPath")->setText(s.workbookPath);
    control<awt::XTextComponent>(window, "TemplatePath")->setText(s.templatePath);
    control<awt::XCheckBox>(window, "Review")->setState(s.review ? 1 : 0);
}

UserSettings read(const uno::Reference<awt::XWindow>& window) {
    UserSettings s;
    s.workbookPath = control<awt::XTextComponent>(window, "WorkbookPath")->getText().trim();
    s.templatePath = control<awt::XTextComponent>(window, "TemplatePath")->getText().trim();
    s.review = control<awt::XCheckBox>(window, "Review")->getState() == 1;
    return s;
}

}  // namespace

OptionsHandler::OptionsHandler(const uno::Reference<uno::XComponentContext>& context) : context_(context) {}

OUString OptionsHandler::implementationName() { return "org.svarbrev.comp.OptionsHandler"; }

uno::Sequence<OUString> OptionsHandler::serviceNames() {
    uno::Sequence<OUString> names(1);
    names[0] = "org.svarbrev.OptionsHandler";
    return names;
}

sal_Bool OptionsHandler::callHandlerMethod(const uno::Reference<awt::XWindow>& window, const uno::Any& event,
                                           const OUString& method) {
    if (method != "external_event") return false;
    OUString what;
    event >>= what;
    if (what == "initialize") {
        localise(window, UiText::forUser(context_));
        show(window, loadUserSettings(context_));
    } else if (what == "ok") {
        saveUserSettings(context_, read(window));
    } else if (what == "back") {
        show(window, loadUserSettings(context_));
    } else {
        return false;
    }
    return true;
}

uno::Sequence<OUString> OptionsHandler::getSupportedMethodNames() {
    uno::Sequence<OUString> names(1);
    names[0] = "external_event";
    return names;
}

OUString OptionsHandler::getImplementationName() { return implementationName(); }

sal_Bool OptionsHandler::supportsService(const OUString& name) { return cppu::supportsService(this, name); }

uno::Sequence<OUString> OptionsHandler::getSupportedServiceNames() { return serviceNames(); }

}  // namespace svarbrev::component
