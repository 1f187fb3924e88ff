// One import, whoever starts it (Writer menu, Calc menu, CLI, macro):
// read each letter, extract, let the caller review, then write all letters
// to the workbook in one load and one save.
#pragma once

#include "UnoStrings.hpp"

#include "Records.hpp"

#include <com/sun/star/uno/XComponentContext.hpp>

#include <string>
#include <vector>

namespace svarbrev::office {

struct WorkbookTarget {
    std::string path;     // the .ods to append to
    OUString templateUrl;  // the .ots a new workbook is made from
};

struct LetterText {
    std::string source;  // file name shown in the workbook
    std::string text;
};

struct SkippedFile {
    std::string file;
    std::string reason;
    enum class Why { Unreadable, NotALetter, Declined } why;
};

struct ImportReport {
    std::size_t filesRead = 0;
    std::size_t lettersWritten = 0;
    std::size_t factsWritten = 0;
    std::vector<std::string> warnings;
    std::vector<SkippedFile> skipped;
    bool cancelled = false;
};

// What the caller sees while an import runs. The defaults make a silent,
// unreviewed import (the CLI and tests).
class ImportObserver {
public:
    virtual ~ImportObserver() = default;
    virtual void fileStarted(std::size_t /*index*/, std::size_t /*count*/, const std::string& /*file*/) {}
    // Checked between files; a cancelled import writes the letters read so far.
    virtual bool cancelRequested() { return false; }
    // May edit the extraction; false drops it.
    virtual bool review(Extraction& /*extraction*/, const std::string& /*text*/) { return true; }
};

ImportReport importFiles(const css::uno::Reference<css::uno::XComponentContext>& context,
                         const std::vector<std::string>& paths, const WorkbookTarget& target,
                         ImportObserver& observer);

ImportReport importTexts(const css::uno::Reference<css::uno::XComponentContext>& context,
                         const std::vector<LetterText>& letters, const WorkbookTarget& target,
                         ImportObserver& observer);

// A one-paragraph summary for the analyst, Danish.
std::string describe(const ImportReport& report);

}  // namespace svarbrev::office
