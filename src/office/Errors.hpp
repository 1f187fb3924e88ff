// Failures the user must hear about, each with a message fit to show as is.
// The CLI maps them to the contract's exit statuses; the menu commands show
// them in a message box. Messages are Danish first, English after a " / ".
#pragma once

#include <stdexcept>
#include <string>

namespace svarbrev::office {

// The file cannot be read: missing, corrupt, unsupported (exit status 4).
struct UnreadableFile : std::runtime_error {
    using std::runtime_error::runtime_error;
};

// The file was read but holds no reply letter (exit status 3).
struct NotAReplyLetter : std::runtime_error {
    using std::runtime_error::runtime_error;
};

// The workbook cannot be written now: locked, read-only, not Svarbrev's.
// Nothing was changed.
struct WorkbookUnavailable : std::runtime_error {
    using std::runtime_error::runtime_error;
};

}  // namespace svarbrev::office
