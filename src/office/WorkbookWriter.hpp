// Appends records to the cross-municipality workbook through Calc, in bulk
// per sheet, so that nothing already there is lost:
// - the workbook is edited as a scratch copy and renamed over the original
//   only after a complete save (one backup kept);
// - rows of a letter already imported (same key) are replaced, not doubled;
// - a workbook open in another office is left alone, with a message naming
//   who has it; one open in this office is written in place.
#pragma once

#include "UnoStrings.hpp"

#include "WorkbookLayout.hpp"

#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>

#include <memory>
#include <string>

namespace svarbrev::office {

class WorkbookGuard;

class WorkbookWriter {
public:
    // Opens the workbook at `workbookPath`, creating it from `templateUrl`
    // (or from scratch when that is empty or missing). Throws
    // WorkbookUnavailable.
    WorkbookWriter(const css::uno::Reference<css::uno::XComponentContext>& context,
                   std::string workbookPath, const OUString& templateUrl);
    ~WorkbookWriter();  // discards unsaved changes

    // Replaces the rows of rows.letterKeys and appends the new rows.
    void put(const WorkbookRows& rows);

    // Atomically replaces the workbook on disk. Throws WorkbookUnavailable.
    void save();

    // Writes a fresh template with every sheet and heading (for
    // extension/templates/svarbrev.ots).
    static void writeTemplate(const css::uno::Reference<css::uno::XComponentContext>& context,
                              const std::string& templatePath);

private:
    void closeDocument();

    css::uno::Reference<css::uno::XComponentContext> context_;
    std::string path_;
    std::string scratch_;
    std::unique_ptr<WorkbookGuard> guard_;
    css::uno::Reference<css::sheet::XSpreadsheetDocument> document_;
    bool openInThisOffice_ = false;
};

}  // namespace svarbrev::office
