#include "FilePicker.hpp"

#include <com/sun/star/ui/dialogs/ExecutableDialogResults.hpp>
#include <com/sun/star/ui/dialogs/FilePicker.hpp>
#include <com/sun/star/ui/dialogs/TemplateDescription.hpp>
#include <com/sun/star/ui/dialogs/XFilePicker3.hpp>

using namespace css;

namespace svarbrev::component {

uno::Sequence<OUString> pickLetterFiles(const uno::Reference<uno::XComponentContext>& context,
                                        const uno::Reference<frame::XFrame>&) {
    const uno::Reference<ui::dialogs::XFilePicker3> picker =
        ui::dialogs::FilePicker::createWithMode(context, ui::dialogs::TemplateDescription::FILEOPEN_SIMPLE);
    picker->setTitle("Svarbrev: vælg svarbreve");
    picker->setMultiSelectionMode(true);
    picker->appendFilter("Svarbreve (*.odt, *.docx, *.doc, *.rtf, *.pdf, *.txt)",
                         "*.odt;*.docx;*.doc;*.rtf;*.pdf;*.txt");
    picker->appendFilter("Alle filer", "*");
    if (picker->execute() != ui::dialogs::ExecutableDialogResults::OK) return {};
    return picker->getSelectedFiles();
}

}  // namespace svarbrev::component
