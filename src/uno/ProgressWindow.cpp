#include "ProgressWindow.hpp"

#include "DialogModel.hpp"

#include <com/sun/star/awt/Toolkit.hpp>
#include <com/sun/star/awt/XActionListener.hpp>
#include <com/sun/star/awt/XButton.hpp>
#include <com/sun/star/awt/XControlContainer.hpp>
#include <com/sun/star/awt/XFixedText.hpp>
#include <com/sun/star/awt/XProgressBar.hpp>
#include <com/sun/star/awt/XToolkitExperimental.hpp>
#include <com/sun/star/awt/XWindow.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XNameContainer.hpp>
#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>
#include <cppuhelper/implbase1.hxx>

using namespace css;

namespace svarbrev::component {
namespace {

class CancelListener : public cppu::WeakImplHelper1<awt::XActionListener> {
public:
    explicit CancelListener(std::shared_ptr<std::atomic<bool>> flag) : flag_(std::move(flag)) {}
    void SAL_CALL actionPerformed(const awt::ActionEvent&) override { *flag_ = true; }
    void SAL_CALL disposing(const lang::EventObject&) override {}

private:
    std::shared_ptr<std::atomic<bool>> flag_;
};

}  // namespace

ProgressWindow::ProgressWindow(const uno::Reference<uno::XComponentContext>& context,
                               const uno::Reference<awt::XWindowPeer>& parent, std::size_t files, const UiText& text)
    : context_(context), text_(text) {
    DialogModel model(context_, 240, 64, text_("progress.title"));
    model.label("File", "", 6, 6, 228, 10);
    model.add("com.sun.star.awt.UnoControlProgressBarModel", "Bar", 6, 20, 228, 12)
        ->setPropertyValue("ProgressValueMax", uno::Any(static_cast<sal_Int32>(files)));
    model.button("Cancel", text_("cancel"), 174, 42, 60);
    control_ = model.create(parent);
    uno::Reference<awt::XButton>(uno::Reference<awt::XControlContainer>(control_, uno::UNO_QUERY_THROW)
                                     ->getControl("Cancel"),
                                 uno::UNO_QUERY_THROW)
        ->addActionListener(new CancelListener(cancelled_));
    uno::Reference<awt::XWindow>(control_, uno::UNO_QUERY_THROW)->setVisible(true);
}

ProgressWindow::~ProgressWindow() {
    try {
        uno::Reference<lang::XComponent>(control_, uno::UNO_QUERY_THROW)->dispose();
    } catch (const uno::Exception&) {
    }
}

void ProgressWindow::show(std::size_t index, const std::string& file) {
    const uno::Reference<awt::XControlContainer> c(control_, uno::UNO_QUERY_THROW);
    uno::Reference<awt::XFixedText>(c->getControl("File"), uno::UNO_QUERY_THROW)
        ->setText(office::toOUString(text_("reading.file", {file})));
    uno::Reference<awt::XProgressBar>(c->getControl("Bar"), uno::UNO_QUERY_THROW)
        ->setValue(static_cast<sal_Int32>(index));
    processEvents();
}

bool ProgressWindow::cancelled() {
    processEvents();
    return *cancelled_;
}

void ProgressWindow::processEvents() {
    uno::Reference<awt::XToolkitExperimental> toolkit(awt::Toolkit::create(context_), uno::UNO_QUERY);
    if (toolkit.is()) toolkit->processEventsToIdle();
}

}  // namespace svarbrev::component
