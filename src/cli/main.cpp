// svarbrev: the command line for headless and batch use. Argument parsing
// and output only; the work is the core's and the office side's.
#include "Arguments.hpp"
#include "CsvWriter.hpp"
#include "Errors.hpp"
#include "Extractor.hpp"
#include "Importer.hpp"
#include "JsonWriter.hpp"
#include "LetterReader.hpp"
#include "OfficeProcess.hpp"
#include "UnoStrings.hpp"
#include "WorkbookWriter.hpp"

#include <com/sun/star/uno/Exception.hpp>

#include <filesystem>
#include <iostream>
#include <memory>

namespace fs = std::filesystem;
using namespace svarbrev;

namespace {

enum Exit { kOk = 0, kUsage = 2, kNoLetter = 3, kUnreadable = 4, kWorkbook = 5 };

// The office starts only when a command needs it: extracting plain text
// does not.
class LazyOffice {
public:
    explicit LazyOffice(std::string profile) : profile_(std::move(profile)) {}
    office::OfficeProcess& get() {
        if (!office_) office_ = std::make_unique<office::OfficeProcess>(profile_);
        return *office_;
    }

private:
    std::string profile_;
    std::unique_ptr<office::OfficeProcess> office_;
};

int extractCommand(const cli::Arguments& args) {
    LazyOffice office(args.profile);
    int status = kOk;
    if (args.format == cli::Format::Csv) std::cout << csvHeader();
    for (const auto& file : args.files) {
        std::string text;
        try {
            text = office::letterFormatOf(file) == office::LetterFormat::OfficeDocument
                       ? office::readOfficeDocument(office.get().context(), file)
                       : office::readLetter({}, file);  // plain text and PDF need no office
        } catch (const office::UnreadableFile& e) {
            std::cerr << "svarbrev: " << e.what() << "\n";
            status = std::max<int>(status, kUnreadable);
            continue;
        }
        const Extraction extraction = extract(text, fs::path(file).filename().string());
        if (args.format == cli::Format::Json) std::cout << toJson(extraction);
        else std::cout << toCsvRows(extraction);
        for (const auto& w : extraction.warnings) std::cerr << "svarbrev: " << file << ": " << w << "\n";
        if (extraction.letters.empty()) {
            if (extraction.warnings.empty())
                std::cerr << "svarbrev: " << file << ": no reply letter found / intet svarbrev fundet\n";
            status = std::max<int>(status, kNoLetter);
        }
    }
    return status;
}

std::string defaultTemplate(const char* argv0) {
    const fs::path beside = fs::absolute(argv0).parent_path() / "svarbrev.ots";
    return fs::exists(beside) ? beside.string() : std::string();
}

int importCommand(const cli::Arguments& args, const char* argv0) {
    const std::string templatePath = args.templatePath.empty() ? defaultTemplate(argv0) : args.templatePath;
    office::OfficeProcess office(args.profile);
    office::ImportObserver silent;
    const office::WorkbookTarget target{fs::absolute(args.workbook).string(),
                                        templatePath.empty() ? OUString() : office::fileUrlOf(templatePath)};
    const office::ImportReport report = office::importFiles(office.context(), args.files, target, silent);
    std::cerr << office::describe(report) << "\n";
    if (report.lettersWritten > 0) {
        std::cout << "Workbook: " << target.path << "\n";
        return kOk;
    }
    for (const auto& s : report.skipped)
        if (s.why == office::SkippedFile::Why::NotALetter) return kNoLetter;
    return kUnreadable;
}

int run(const cli::Arguments& args, const char* argv0) {
    switch (args.command) {
    case cli::Command::Help: std::cout << cli::kUsage; return kOk;
    case cli::Command::Version: std::cout << "svarbrev " SVARBREV_VERSION "\n"; return kOk;
    case cli::Command::Extract: return extractCommand(args);
    case cli::Command::Import: return importCommand(args, argv0);
    case cli::Command::InstallExtension: {
        office::OfficeProcess office(args.profile);
        office.installExtension(args.files.front());
        std::cout << "Installed " << args.files.front() << " into " << office.profileDir() << "\n";
        return kOk;
    }
    case cli::Command::Template: {
        office::OfficeProcess office(args.profile);
        office::WorkbookWriter::writeTemplate(office.context(), fs::absolute(args.files.front()).string());
        return kOk;
    }
    }
    return kUsage;
}

}  // namespace

int main(int argc, char** argv) {
    cli::Arguments args;
    try {
        args = cli::parseArguments(std::vector<std::string>(argv + 1, argv + argc));
    } catch (const std::invalid_argument& e) {
        std::cerr << "svarbrev: " << e.what() << "\n" << cli::kUsage;
        return kUsage;
    }
    try {
        return run(args, argv[0]);
    } catch (const office::WorkbookUnavailable& e) {
        std::cerr << "svarbrev: " << e.what() << "\n";
        return kWorkbook;
    } catch (const office::UnreadableFile& e) {
        std::cerr << "svarbrev: " << e.what() << "\n";
        return kUnreadable;
    } catch (const css::uno::Exception& e) {
        std::cerr << "svarbrev: LibreOffice: " << office::toUtf8(e.Message) << "\n";
        return kUnreadable;
    } catch (const std::exception& e) {
        std::cerr << "svarbrev: " << e.what() << "\n";
        return kUnreadable;
    }
}
