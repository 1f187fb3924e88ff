#include "FilePicker.hpp"

#include "LetterReader.hpp"
#include "UiText.hpp"
#include "UnoStrings.hpp"

#include <com/sun/star/ui/dialogs/ExecutableDialogResults.hpp>
#include <com/sun/star/ui/dialogs/FilePicker.hpp>
#include <com/sun/star/ui/dialogs/TemplateDescription.hpp>
#include <com/sun/star/ui/dialogs/FolderPicker.hpp>
#include <com/sun/star/ui/dialogs/XFilePicker3.hpp>
#include <com/sun/star/ui/dialogs/XFolderPicker2.hpp>

#include <algorithm>
#include <filesystem>
#include <vector>

using namespace css;

namespace svarbrev::component {

uno::Sequence<OUString> pickLetterFiles(const uno::Reference<uno::XComponentContext>& context,
                                        const uno::Reference<frame::XFrame>&) {
    const uno::Reference<ui::dialogs::XFilePicker3> picker =
        ui::dialogs::FilePicker::createWithMode(context, ui::dialogs::TemplateDescription::FILEOPEN_SIMPLE);
    const UiText& text = UiText::forUser(context);
    picker->setTitle(office::toOUString(text("pick.files")));
    picker->setMultiSelectionMode(true);
    picker->appendFilter(office::toOUString(text("pick.filter") + " (*.odt, *.docx, *.doc, *.rtf, *.pdf, *.txt)"),
                         "*.odt;*.docx;*.doc;*.rtf;*.pdf;*.txt");
    picker->appendFilter("*", "*");
    if (picker->execute() != ui::dialogs::ExecutableDialogResults::OK) return {};
    return picker->getSelectedFiles();
}

uno::Sequence<OUString> pickLetterFolder(const uno::Reference<uno::XComponentContext>& context) {
    const uno::Reference<ui::dialogs::XFolderPicker2> picker = ui::dialogs::FolderPicker::create(context);
    picker->setTitle(office::toOUString(UiText::forUser(context)("pick.folder")));
    if (picker->execute() != ui::dialogs::ExecutableDialogResults::OK) return {};
    std::vector<std::string> files;
    std::error_code ec;
    for (const auto& entry : std::filesystem::directory_iterator(office::systemPathOf(picker->getDirectory()), ec))
        if (entry.is_regular_file() && office::letterFormatOf(entry.path().string()) != office::LetterFormat::Unsupported)
            files.push_back(entry.path().string());
    std::sort(files.begin(), files.end());
    uno::Sequence<OUString> urls(static_cast<sal_Int32>(files.size()));
    for (std::size_t i = 0; i < files.size(); ++i) urls[static_cast<sal_Int32>(i)] = office::fileUrlOf(files[i]);
    return urls;
}

}  // namespace svarbrev::component
