#include "MessageBox.hpp"

#include "UnoStrings.hpp"

#include <com/sun/star/awt/MessageBoxButtons.hpp>
#include <com/sun/star/awt/MessageBoxResults.hpp>
#include <com/sun/star/awt/Toolkit.hpp>
#include <com/sun/star/awt/XMessageBox.hpp>
#include <com/sun/star/awt/XMessageBoxFactory.hpp>
#include <com/sun/star/awt/XWindowPeer.hpp>

using namespace css;

namespace svarbrev::component {

uno::Reference<awt::XWindowPeer> parentOf(const uno::Reference<frame::XFrame>& frame) {
    return {frame.is() ? frame->getContainerWindow() : nullptr, uno::UNO_QUERY};
}

bool showMessage(const uno::Reference<uno::XComponentContext>& context, const uno::Reference<frame::XFrame>& frame,
                 BoxKind kind, const std::string& title, const std::string& text) {
    const uno::Reference<awt::XWindowPeer> parent = parentOf(frame);
    const uno::Reference<awt::XMessageBoxFactory> factory(awt::Toolkit::create(context), uno::UNO_QUERY_THROW);
    const bool asks = kind == BoxKind::Question || kind == BoxKind::YesNo;
    const auto type = asks                     ? awt::MessageBoxType_QUERYBOX
                      : kind == BoxKind::Error ? awt::MessageBoxType_ERRORBOX
                                               : awt::MessageBoxType_INFOBOX;
    const sal_Int32 buttons = kind == BoxKind::Question ? awt::MessageBoxButtons::BUTTONS_OK_CANCEL
                              : kind == BoxKind::YesNo  ? awt::MessageBoxButtons::BUTTONS_YES_NO
                                                        : awt::MessageBoxButtons::BUTTONS_OK;
    const uno::Reference<awt::XMessageBox> box =
        factory->createMessageBox(parent, type, buttons, office::toOUString(title), office::toOUString(text));
    const sal_Int16 result = box->execute();
    if (kind == BoxKind::YesNo) return result == awt::MessageBoxResults::YES;
    return kind != BoxKind::Question || result == awt::MessageBoxResults::OK;
}

}  // namespace svarbrev::component
