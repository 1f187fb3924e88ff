// Plain LibreOffice message boxes over the document's window.
#pragma once

#include <com/sun/star/awt/XWindowPeer.hpp>
#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>

#include <string>

namespace svarbrev::component {

// The document window a dialog belongs over; empty without a frame.
css::uno::Reference<css::awt::XWindowPeer> parentOf(const css::uno::Reference<css::frame::XFrame>& frame);

enum class BoxKind { Info, Error, Question, YesNo };

// For a Question: true when the user pressed OK; for YesNo, Yes. Otherwise true.
bool showMessage(const css::uno::Reference<css::uno::XComponentContext>& context,
                 const css::uno::Reference<css::frame::XFrame>& frame, BoxKind kind, const std::string& title,
                 const std::string& text);

}  // namespace svarbrev::component
