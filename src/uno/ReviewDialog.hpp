// The review dialog: a view of a ReviewSession. Lists every fact with its
// quote, lets the analyst correct, drop or add facts, and reports where a
// selected fact's quote is so the caller can show it in the document.
#pragma once

#include "ReviewSession.hpp"
#include "UiText.hpp"
#include "UnoStrings.hpp"

#include <com/sun/star/awt/XControlContainer.hpp>
#include <com/sun/star/awt/XDialog.hpp>
#include <com/sun/star/awt/XWindowPeer.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>

#include <functional>

namespace svarbrev::component {

class ReviewDialog {
public:
    using ShowSource = std::function<void(const Fact&)>;

    ReviewDialog(const css::uno::Reference<css::uno::XComponentContext>& context, ReviewSession& session,
                 const std::string& title, ShowSource showSource, const UiText& text);
    ~ReviewDialog();

    // Builds the window (hidden until execute).
    void create(const css::uno::Reference<css::awt::XWindowPeer>& parent);
    // Modal; true when the analyst chose to write.
    bool execute();

    // The controls, for the handlers and for tests that drive the dialog.
    css::uno::Reference<css::awt::XControlContainer> controls() const { return controls_; }

    // What the buttons and the list do (the listeners call these).
    void selected(sal_Int32 row);
    void applyCorrection();
    void dropSelected();
    void addFact();
    void showHelp();

private:
    void refreshList(sal_Int32 select);
    FactEdit editedFact() const;
    void fillCategories(const std::string& section);

    css::uno::Reference<css::uno::XComponentContext> context_;
    ReviewSession& session_;
    std::string title_;
    ShowSource showSource_;
    const UiText& text_;
    css::uno::Reference<css::awt::XDialog> dialog_;
    css::uno::Reference<css::awt::XControlContainer> controls_;
    css::uno::Reference<css::uno::XInterface> listener_;
};

}  // namespace svarbrev::component
