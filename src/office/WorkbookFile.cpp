#include "WorkbookFile.hpp"

#include "Errors.hpp"

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <thread>

namespace fs = std::filesystem;

namespace svarbrev::office {
namespace {

fs::path sidePath(const std::string& workbookPath, const std::string& prefix, const std::string& suffix) {
    const fs::path p(workbookPath);
    return p.parent_path() / (prefix + p.filename().string() + suffix);
}

bool hasWriteBits(const fs::path& p) {
    std::error_code ec;
    const auto perms = fs::status(p, ec).permissions();
    return !ec && (perms & (fs::perms::owner_write | fs::perms::group_write | fs::perms::others_write)) !=
                      fs::perms::none;
}

}  // namespace

WorkbookGuard::WorkbookGuard(const std::string& workbookPath) {
    const fs::path lock = sidePath(workbookPath, ".~svarbrev.", ".lock");
    fd_ = ::open(lock.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
    if (fd_ < 0)
        throw WorkbookUnavailable("Kan ikke låse arbejdsbogen / cannot lock the workbook: " + lock.string());
    // Another import into the same workbook finishes within seconds; wait
    // for it rather than fail the analyst's click.
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(120);
    while (::flock(fd_, LOCK_EX | LOCK_NB) != 0) {
        if (std::chrono::steady_clock::now() > deadline) {
            ::close(fd_);
            throw WorkbookUnavailable("Arbejdsbogen bruges af en anden import; prøv igen / "
                                      "another import is writing the workbook; try again");
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
}

WorkbookGuard::~WorkbookGuard() {
    if (fd_ >= 0) ::close(fd_);  // closing releases the flock
}

std::string lockFileOf(const std::string& workbookPath) { return sidePath(workbookPath, ".~lock.", "#").string(); }

std::optional<std::string> lockHolder(const std::string& workbookPath) {
    std::ifstream in(lockFileOf(workbookPath));
    if (!in) return std::nullopt;
    // ".~lock.NAME#" holds "Full Name,login,host,date,profile;".
    std::string line;
    std::getline(in, line);
    const auto first = line.find(',');
    std::string name = line.substr(0, first);
    if (name.empty() && first != std::string::npos) {
        const auto second = line.find(',', first + 1);
        name = line.substr(first + 1, second == std::string::npos ? std::string::npos : second - first - 1);
    }
    return name.empty() ? std::string("en anden bruger / another user") : name;
}

void requireWritable(const std::string& workbookPath) {
    const fs::path p(workbookPath);
    std::error_code ec;
    const fs::path folder = p.parent_path().empty() ? fs::path(".") : p.parent_path();
    if (fs::exists(p, ec) && !hasWriteBits(p))
        throw WorkbookUnavailable("Arbejdsbogen er skrivebeskyttet / the workbook is read-only: " + workbookPath);
    if (fs::exists(folder, ec) && !hasWriteBits(folder))
        throw WorkbookUnavailable("Mappen med arbejdsbogen er skrivebeskyttet / the workbook's folder is "
                                  "read-only: " + folder.string());
}

std::string scratchPathFor(const std::string& workbookPath) {
    return sidePath(workbookPath, ".~svarbrev-" + std::to_string(::getpid()) + "-", "").string();
}

void replaceWorkbook(const std::string& scratch, const std::string& workbookPath) {
    std::error_code ec;
    if (fs::exists(workbookPath, ec)) {
        const std::string backup = workbookPath + ".bak";
        fs::copy_file(workbookPath, backup, fs::copy_options::overwrite_existing, ec);
    }
    fs::rename(scratch, workbookPath, ec);
    if (ec) {
        fs::remove(scratch);
        throw WorkbookUnavailable("Arbejdsbogen kunne ikke gemmes / could not save the workbook: " +
                                  workbookPath + ": " + ec.message());
    }
}

}  // namespace svarbrev::office
