#include "ReviewDialog.hpp"

#include "DialogModel.hpp"
#include "NumberFormat.hpp"
#include "Settings.hpp"
#include "Utf8.hpp"

#include <com/sun/star/awt/PushButtonType.hpp>
#include <com/sun/star/awt/Toolkit.hpp>
#include <com/sun/star/awt/XActionListener.hpp>
#include <com/sun/star/awt/XButton.hpp>
#include <com/sun/star/awt/XComboBox.hpp>
#include <com/sun/star/awt/XControl.hpp>
#include <com/sun/star/awt/XFixedText.hpp>
#include <com/sun/star/awt/XItemListener.hpp>
#include <com/sun/star/awt/XListBox.hpp>
#include <com/sun/star/awt/XTextComponent.hpp>
#include <com/sun/star/awt/XWindow.hpp>
#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XNameContainer.hpp>
#include <com/sun/star/frame/Desktop.hpp>
#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>
#include <cppuhelper/implbase2.hxx>

#include <cstdlib>

using namespace css;

namespace svarbrev::component {
namespace {

class Listener : public cppu::WeakImplHelper2<awt::XActionListener, awt::XItemListener> {
public:
    explicit Listener(ReviewDialog& dialog) : dialog_(dialog) {}
    void SAL_CALL actionPerformed(const awt::ActionEvent& e) override {
        if (e.ActionCommand == "apply") dialog_.applyCorrection();
        else if (e.ActionCommand == "drop") dialog_.dropSelected();
        else if (e.ActionCommand == "add") dialog_.addFact();
        else if (e.ActionCommand == "help") dialog_.showHelp();
    }
    void SAL_CALL itemStateChanged(const awt::ItemEvent& e) override { dialog_.selected(e.Selected); }
    void SAL_CALL disposing(const lang::EventObject&) override {}

private:
    ReviewDialog& dialog_;
};

uno::Sequence<OUString> toSequence(const std::vector<std::string>& items) {
    uno::Sequence<OUString> out(static_cast<sal_Int32>(items.size()));
    for (std::size_t i = 0; i < items.size(); ++i) out[static_cast<sal_Int32>(i)] = office::toOUString(items[i]);
    return out;
}

template <class I>
uno::Reference<I> get(const uno::Reference<awt::XControlContainer>& c, const char* name) {
    return uno::Reference<I>(c->getControl(OUString::createFromAscii(name)), uno::UNO_QUERY_THROW);
}

}  // namespace

ReviewDialog::ReviewDialog(const uno::Reference<uno::XComponentContext>& context, ReviewSession& session,
                           const std::string& title, ShowSource showSource, const UiText& text)
    : context_(context), session_(session), title_(title), showSource_(std::move(showSource)), text_(text) {}

ReviewDialog::~ReviewDialog() {
    if (dialog_.is()) uno::Reference<lang::XComponent>(dialog_, uno::UNO_QUERY_THROW)->dispose();
}

void ReviewDialog::create(const uno::Reference<awt::XWindowPeer>& parent) {
    DialogModel b(context_, 400, 262, title_);
    b.label("Header", session_.header(), 6, 6, 388, 20, true);
    b.add("com.sun.star.awt.UnoControlListBoxModel", "Facts", 6, 28, 388, 112);
    b.label("Quote", "", 6, 144, 388, 28, true);
    const sal_Int32 y = 186;
    b.label("SectionLabel", text_("review.section"), 6, y - 10, 90, 10);
    const auto section = b.add("com.sun.star.awt.UnoControlListBoxModel", "Section", 6, y, 90, 14);
    section->setPropertyValue("Dropdown", uno::Any(true));
    section->setPropertyValue("StringItemList", uno::Any(toSequence(ReviewSession::sections())));
    b.label("BenefitLabel", text_("review.benefit"), 100, y - 10, 80, 10);
    const auto benefit = b.add("com.sun.star.awt.UnoControlListBoxModel", "Benefit", 100, y, 80, 14);
    benefit->setPropertyValue("Dropdown", uno::Any(true));
    benefit->setPropertyValue("StringItemList", uno::Any(toSequence(ReviewSession::benefits())));
    b.label("CategoryLabel", text_("review.category"), 184, y - 10, 110, 10);
    b.add("com.sun.star.awt.UnoControlComboBoxModel", "Category", 184, y, 110, 14)
        ->setPropertyValue("Dropdown", uno::Any(true));
    b.label("ValueLabel", text_("review.value"), 298, y - 10, 40, 10);
    b.add("com.sun.star.awt.UnoControlEditModel", "Value", 298, y, 40, 14);
    b.label("PeriodLabel", text_("review.period"), 342, y - 10, 52, 10);
    b.add("com.sun.star.awt.UnoControlEditModel", "Period", 342, y, 52, 14);
    b.button("Apply", text_("review.correct"), 6, 208, 60);
    b.button("Drop", text_("review.drop"), 70, 208, 60);
    b.button("Add", text_("review.add"), 134, 208, 60);
    b.button("Help", text_("review.help"), 334, 208, 60);
    b.button("Ok", text_("review.ok"), 214, 240, 100, static_cast<sal_Int16>(awt::PushButtonType_OK));
    b.button("Cancel", text_("cancel"), 318, 240, 76, static_cast<sal_Int16>(awt::PushButtonType_CANCEL));

    const uno::Reference<awt::XControl> control = b.create(parent);
    dialog_.set(control, uno::UNO_QUERY_THROW);
    controls_.set(control, uno::UNO_QUERY_THROW);

    auto* listener = new Listener(*this);
    listener_ = static_cast<cppu::OWeakObject*>(listener);
    const std::pair<const char*, const char*> commands[] = {
        {"Apply", "apply"}, {"Drop", "drop"}, {"Add", "add"}, {"Help", "help"}};
    for (const auto& [name, command] : commands) {
        const auto button = get<awt::XButton>(controls_, name);
        button->setActionCommand(OUString::createFromAscii(command));
        button->addActionListener(listener);
    }
    get<awt::XListBox>(controls_, "Facts")->addItemListener(listener);
    refreshList(session_.size() ? 0 : -1);
}

bool ReviewDialog::execute() { return dialog_->execute() == 1; }

void ReviewDialog::refreshList(sal_Int32 select) {
    const auto list = get<awt::XListBox>(controls_, "Facts");
    list->removeItems(0, list->getItemCount());
    // Each value with the start of its quote beside it; the whole quote
    // shows below the list for the selected one.
    std::vector<std::string> lines;
    for (std::size_t i = 0; i < session_.size(); ++i) {
        const std::string& whole = session_.fact(i).quote;
        std::string quote(codePointSlice(whole, 0, 70));
        for (char& c : quote)
            if (c == '\t' || c == '\n') c = ' ';
        lines.push_back(session_.line(i) + "    «" + quote + (quote.size() < whole.size() ? "…»" : "»"));
    }
    list->addItems(toSequence(lines), 0);
    if (select >= 0 && select < list->getItemCount()) {
        list->selectItemPos(static_cast<sal_Int16>(select), true);
        selected(select);
    }
}

void ReviewDialog::fillCategories(const std::string& section) {
    const auto combo = get<awt::XComboBox>(controls_, "Category");
    combo->removeItems(0, combo->getItemCount());
    combo->addItems(toSequence(ReviewSession::categories(section)), 0);
}

void ReviewDialog::selected(sal_Int32 row) {
    if (row < 0 || static_cast<std::size_t>(row) >= session_.size()) return;
    const Fact& f = session_.fact(static_cast<std::size_t>(row));
    std::string quote = f.quote;
    for (std::size_t tab; (tab = quote.find('\t')) != std::string::npos;) quote.replace(tab, 1, " | ");
    get<awt::XFixedText>(controls_, "Quote")->setText(office::toOUString("«" + quote + "»"));
    get<awt::XListBox>(controls_, "Section")->selectItem(office::toOUString(f.section), true);
    get<awt::XListBox>(controls_, "Benefit")->selectItem(office::toOUString(f.benefit), true);
    fillCategories(f.section);
    get<awt::XTextComponent>(controls_, "Category")->setText(office::toOUString(f.category));
    get<awt::XTextComponent>(controls_, "Value")->setText(office::toOUString(f.value ? formatNumber(*f.value) : ""));
    get<awt::XTextComponent>(controls_, "Period")->setText(office::toOUString(f.period.value_or("")));
    if (showSource_) showSource_(f);
}

FactEdit ReviewDialog::editedFact() const {
    FactEdit e;
    e.section = office::toUtf8(get<awt::XListBox>(controls_, "Section")->getSelectedItem());
    e.benefit = office::toUtf8(get<awt::XListBox>(controls_, "Benefit")->getSelectedItem());
    e.category = office::toUtf8(get<awt::XTextComponent>(controls_, "Category")->getText().trim());
    std::string value = office::toUtf8(get<awt::XTextComponent>(controls_, "Value")->getText().trim());
    for (char& c : value)
        if (c == ',') c = '.';  // Danish decimal comma
    if (!value.empty()) e.value = std::strtod(value.c_str(), nullptr);
    const std::string period = office::toUtf8(get<awt::XTextComponent>(controls_, "Period")->getText().trim());
    if (!period.empty()) e.period = period;
    return e;
}

void ReviewDialog::applyCorrection() {
    const sal_Int16 row = get<awt::XListBox>(controls_, "Facts")->getSelectedItemPos();
    if (row < 0) return;
    session_.correct(static_cast<std::size_t>(row), editedFact());
    refreshList(row);
}

void ReviewDialog::dropSelected() {
    const sal_Int16 row = get<awt::XListBox>(controls_, "Facts")->getSelectedItemPos();
    if (row < 0) return;
    session_.drop(static_cast<std::size_t>(row));
    refreshList(std::min<sal_Int32>(row, static_cast<sal_Int32>(session_.size()) - 1));
}

void ReviewDialog::addFact() {
    const sal_Int16 row = get<awt::XListBox>(controls_, "Facts")->getSelectedItemPos();
    const std::size_t added = session_.add(row < 0 ? 0 : static_cast<std::size_t>(row), editedFact());
    refreshList(static_cast<sal_Int32>(added));
}

void ReviewDialog::showHelp() {
    const OUString location = extensionLocation(context_);
    if (location.isEmpty()) return;
    uno::Sequence<beans::PropertyValue> args;
    frame::Desktop::create(context_)->loadComponentFromURL(location + "/" + office::toOUString(text_("help.page")),
                                                           "_blank", 0, args);
}

}  // namespace svarbrev::component
