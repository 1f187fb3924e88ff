// The command line, parsed; nothing is run here.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace svarbrev::cli {

enum class Command { Extract, Import, InstallExtension, Template, Help, Version };
enum class Format { Json, Csv };

struct Arguments {
    Command command = Command::Help;
    Format format = Format::Json;
    std::string workbook;
    std::string templatePath;
    std::string profile;
    std::vector<std::string> files;
};

// Throws std::invalid_argument with a message for the user (exit status 2).
Arguments parseArguments(const std::vector<std::string>& argv);

extern const char* const kUsage;

}  // namespace svarbrev::cli
