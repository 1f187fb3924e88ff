#include "Arguments.hpp"

#include <map>
#include <stdexcept>

namespace svarbrev::cli {

const char* const kUsage =
    "Usage:\n"
    "  svarbrev extract [--format json|csv] FILE...\n"
    "      Print the records of each reply letter (.txt, .pdf, .odt, .docx, .doc, .rtf).\n"
    "  svarbrev import --workbook BOOK.ods [--template T.ots] [--profile DIR] FILE...\n"
    "      Append the letters' records to the workbook through LibreOffice.\n"
    "  svarbrev install-extension [--profile DIR] svarbrev.oxt\n"
    "      Install the extension into a LibreOffice profile.\n"
    "  svarbrev template OUT.ots\n"
    "      Write an empty workbook template.\n"
    "Exit status: 0 records written; 2 bad usage; 3 no reply letter in the file;\n"
    "4 file cannot be read; 5 workbook cannot be written (nothing changed).\n";

Arguments parseArguments(const std::vector<std::string>& argv) {
    static const std::map<std::string, Command> commands = {
        {"extract", Command::Extract},         {"import", Command::Import},
        {"install-extension", Command::InstallExtension}, {"template", Command::Template},
        {"help", Command::Help},               {"--help", Command::Help},
        {"-h", Command::Help},                 {"--version", Command::Version},
    };
    Arguments a;
    if (argv.empty()) throw std::invalid_argument("no command given");
    const auto command = commands.find(argv[0]);
    if (command == commands.end()) throw std::invalid_argument("unknown command: " + argv[0]);
    a.command = command->second;
    for (std::size_t i = 1; i < argv.size(); ++i) {
        const std::string& arg = argv[i];
        auto value = [&]() -> const std::string& {
            if (i + 1 >= argv.size()) throw std::invalid_argument(arg + " needs a value");
            return argv[++i];
        };
        if (arg == "--format") {
            const std::string& f = value();
            if (f == "json") a.format = Format::Json;
            else if (f == "csv") a.format = Format::Csv;
            else throw std::invalid_argument("--format takes json or csv, not " + f);
        } else if (arg == "--workbook") {
            a.workbook = value();
        } else if (arg == "--template") {
            a.templatePath = value();
        } else if (arg == "--profile") {
            a.profile = value();
        } else if (arg.size() > 1 && arg[0] == '-' && arg != "-") {
            throw std::invalid_argument("unknown option: " + arg);
        } else {
            a.files.push_back(arg);
        }
    }
    const bool needsFiles = a.command == Command::Extract || a.command == Command::Import ||
                            a.command == Command::InstallExtension || a.command == Command::Template;
    if (needsFiles && a.files.empty()) throw std::invalid_argument("no file given");
    if (a.command == Command::Import && a.workbook.empty()) throw std::invalid_argument("import needs --workbook");
    return a;
}

}  // namespace svarbrev::cli
