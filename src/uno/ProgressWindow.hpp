// A small window during a batch import: which file is being read, how far
// the batch is, and a Cancel button honoured between files.
#pragma once

#include "UiText.hpp"
#include "UnoStrings.hpp"

#include <com/sun/star/awt/XControl.hpp>
#include <com/sun/star/awt/XWindowPeer.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>

#include <atomic>
#include <memory>
#include <string>

namespace svarbrev::component {

class ProgressWindow {
public:
    ProgressWindow(const css::uno::Reference<css::uno::XComponentContext>& context,
                   const css::uno::Reference<css::awt::XWindowPeer>& parent, std::size_t files, const UiText& text);
    ~ProgressWindow();

    void show(std::size_t index, const std::string& file);
    // Lets the window handle a pending click first.
    bool cancelled();

    // What the Cancel button does (its listener calls this; so may tests).
    void cancel() { *cancelled_ = true; }
    css::uno::Reference<css::awt::XControl> control() const { return control_; }

private:
    void processEvents();

    css::uno::Reference<css::uno::XComponentContext> context_;
    css::uno::Reference<css::awt::XControl> control_;
    std::shared_ptr<std::atomic<bool>> cancelled_ = std::make_shared<std::atomic<bool>>(false);
    const UiText& text_;
};

}  // namespace svarbrev::component
