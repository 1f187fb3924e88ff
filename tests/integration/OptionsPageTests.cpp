// The Tools > Options page, built from the installed extension's dialog
// and driven through its handler as the options dialog drives it; then a
// menu command that relies on what was saved.
#include "Dispatch.hpp"
#include "Gold.hpp"
#include "LetterFixtures.hpp"
#include "OfficeEnvironment.hpp"
#include "UnoStrings.hpp"
#include "WorkbookReader.hpp"

#include <com/sun/star/awt/DialogProvider2.hpp>
#include <com/sun/star/awt/XCheckBox.hpp>
#include <com/sun/star/awt/XContainerWindowEventHandler.hpp>
#include <com/sun/star/awt/XControlContainer.hpp>
#include <com/sun/star/awt/XDialog.hpp>
#include <com/sun/star/awt/XTextComponent.hpp>
#include <com/sun/star/awt/XWindow.hpp>
#include <com/sun/star/deployment/PackageInformationProvider.hpp>
#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/lang/XMultiComponentFactory.hpp>

#include <gtest/gtest.h>

#include <filesystem>

using namespace css;
using namespace svarbrev;
using namespace svarbrev::testing;

namespace {

class OptionsPage {
public:
    OptionsPage() {
        const auto& ctx = OfficeEnvironment::context();
        const OUString location = deployment::PackageInformationProvider::get(ctx)->getPackageLocation(
            "org.svarbrev.extension");
        dialog_ = awt::DialogProvider2::create(ctx)->createDialog(location + "/dialogs/Options.xdl");
        window_.set(dialog_, uno::UNO_QUERY_THROW);
        handler_.set(ctx->getServiceManager()->createInstanceWithContext("org.svarbrev.OptionsHandler", ctx),
                     uno::UNO_QUERY_THROW);
    }
    ~OptionsPage() { uno::Reference<lang::XComponent>(dialog_, uno::UNO_QUERY_THROW)->dispose(); }

    void event(const char* what) {
        ASSERT_TRUE(handler_->callHandlerMethod(window_, uno::Any(OUString::createFromAscii(what)), "external_event"));
    }
    uno::Reference<awt::XTextComponent> text(const char* name) const {
        return {uno::Reference<awt::XControlContainer>(window_, uno::UNO_QUERY_THROW)->getControl(
                    OUString::createFromAscii(name)),
                uno::UNO_QUERY_THROW};
    }
    uno::Reference<awt::XCheckBox> check(const char* name) const {
        return {uno::Reference<awt::XControlContainer>(window_, uno::UNO_QUERY_THROW)->getControl(
                    OUString::createFromAscii(name)),
                uno::UNO_QUERY_THROW};
    }

private:
    uno::Reference<awt::XDialog> dialog_;
    uno::Reference<awt::XWindow> window_;
    uno::Reference<awt::XContainerWindowEventHandler> handler_;
};

TEST(OptionsPage, SavedWorkbookPathIsWhereTheMenuCommandWrites) {
    const auto& ctx = OfficeEnvironment::context();
    const std::string dir = OfficeEnvironment::scratchDir("options");
    const std::string workbook = dir + "/fra-indstillinger.ods";
    {
        OptionsPage page;
        page.event("initialize");
        EXPECT_EQ(office::toUtf8(page.text("WorkbookPath")->getText()), "");  // default until set
        EXPECT_EQ(page.check("Review")->getState(), 1);
        page.text("WorkbookPath")->setText(office::toOUString(workbook));
        page.check("Review")->setState(0);
        page.event("ok");
    }
    {
        OptionsPage reopened;  // remembered, as after a restart of the dialog
        reopened.event("initialize");
        EXPECT_EQ(office::toUtf8(reopened.text("WorkbookPath")->getText()), workbook);
        EXPECT_EQ(reopened.check("Review")->getState(), 0);
    }
    const std::string stem = sampleLetters().front();
    OpenDocument letter(ctx, makeLetterDocument(ctx, lettersDir() + "/" + stem + ".txt", dir, FixtureFormat::Odt));
    uno::Sequence<beans::PropertyValue> args(1);
    args[0].Name = "Interactive";
    args[0].Value <<= false;
    const DispatchOutcome outcome = dispatchCommand(ctx, letter.frame(), "svarbrev:ExtractToWorkbook", args);
    EXPECT_TRUE(outcome.success) << outcome.message;
    ASSERT_TRUE(std::filesystem::exists(workbook));
    EXPECT_EQ(readWorkbook(ctx, workbook).column("Breve", "Kommunekode"), goldCodes(stem));

    OptionsPage reset;  // leave the profile as other tests expect it
    reset.event("initialize");
    reset.text("WorkbookPath")->setText("");
    reset.check("Review")->setState(1);
    reset.event("ok");
}

}  // namespace
