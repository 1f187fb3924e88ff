#include "ProgressWindow.hpp"

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

void addModel(const uno::Reference<container::XNameContainer>& dialog, const char* service, const char* name,
              sal_Int32 x, sal_Int32 y, sal_Int32 w, sal_Int32 h, const char* label = nullptr) {
    const uno::Reference<beans::XPropertySet> m(uno::Reference<lang::XMultiServiceFactory>(dialog, uno::UNO_QUERY_THROW)
                                                    ->createInstance(OUString::createFromAscii(service)),
                                                uno::UNO_QUERY_THROW);
    m->setPropertyValue("PositionX", uno::Any(x));
    m->setPropertyValue("PositionY", uno::Any(y));
    m->setPropertyValue("Width", uno::Any(w));
    m->setPropertyValue("Height", uno::Any(h));
    if (label) m->setPropertyValue("Label", uno::Any(OUString::fromUtf8(label)));
    dialog->insertByName(OUString::createFromAscii(name), uno::Any(m));
}

}  // namespace

ProgressWindow::ProgressWindow(const uno::Reference<uno::XComponentContext>& context,
                               const uno::Reference<awt::XWindowPeer>& parent, std::size_t files, bool danish)
    : context_(context), danish_(danish) {
    const auto smgr = context_->getServiceManager();
    const uno::Reference<container::XNameContainer> model(
        smgr->createInstanceWithContext("com.sun.star.awt.UnoControlDialogModel", context_), uno::UNO_QUERY_THROW);
    const uno::Reference<beans::XPropertySet> props(model, uno::UNO_QUERY_THROW);
    props->setPropertyValue("PositionX", uno::Any(sal_Int32(80)));
    props->setPropertyValue("PositionY", uno::Any(sal_Int32(60)));
    props->setPropertyValue("Width", uno::Any(sal_Int32(240)));
    props->setPropertyValue("Height", uno::Any(sal_Int32(64)));
    props->setPropertyValue("Title", uno::Any(OUString::fromUtf8(danish ? "Svarbrev: importerer svarbreve"
                                                                        : "Svarbrev: importing reply letters")));
    addModel(model, "com.sun.star.awt.UnoControlFixedTextModel", "File", 6, 6, 228, 10, "");
    addModel(model, "com.sun.star.awt.UnoControlProgressBarModel", "Bar", 6, 20, 228, 12);
    addModel(model, "com.sun.star.awt.UnoControlButtonModel", "Cancel", 174, 42, 60, 14,
             danish ? "Annullér" : "Cancel");
    uno::Reference<beans::XPropertySet>(model->getByName("Bar"), uno::UNO_QUERY_THROW)
        ->setPropertyValue("ProgressValueMax", uno::Any(static_cast<sal_Int32>(files)));

    control_.set(smgr->createInstanceWithContext("com.sun.star.awt.UnoControlDialog", context_), uno::UNO_QUERY_THROW);
    control_->setModel(uno::Reference<awt::XControlModel>(model, uno::UNO_QUERY_THROW));
    control_->createPeer(uno::Reference<awt::XToolkit>(awt::Toolkit::create(context_).get()), parent);
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
        ->setText(office::toOUString((danish_ ? "Læser " : "Reading ") + file));
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
