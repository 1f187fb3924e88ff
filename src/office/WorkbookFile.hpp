// The workbook on disk: who may write it, and how a new version replaces
// the old one without a moment where neither exists.
#pragma once

#include <optional>
#include <string>

namespace svarbrev::office {

// Holds an exclusive advisory lock on the workbook for Svarbrev processes
// (a side file beside it), so two offices importing at once take turns
// instead of each saving over the other's rows.
class WorkbookGuard {
public:
    explicit WorkbookGuard(const std::string& workbookPath);  // throws WorkbookUnavailable
    ~WorkbookGuard();
    WorkbookGuard(const WorkbookGuard&) = delete;
    WorkbookGuard& operator=(const WorkbookGuard&) = delete;

private:
    int fd_ = -1;
};

// LibreOffice's lock file beside the workbook: ".~lock.NAME#".
std::string lockFileOf(const std::string& workbookPath);

// The person named in LibreOffice's lock file ".~lock.NAME#" when another
// office has the workbook open.
std::optional<std::string> lockHolder(const std::string& workbookPath);

// Throws WorkbookUnavailable when the workbook or its folder cannot be
// written (checked from the mode bits, since root ignores them).
void requireWritable(const std::string& workbookPath);

// A scratch path in the workbook's folder, so the final rename stays on
// one file system and is atomic.
std::string scratchPathFor(const std::string& workbookPath);

// Keeps the previous version as NAME.bak, then renames `scratch` over the
// workbook.
void replaceWorkbook(const std::string& scratch, const std::string& workbookPath);

}  // namespace svarbrev::office
