#include "OfficeEnvironment.hpp"

#include <filesystem>

namespace fs = std::filesystem;

namespace svarbrev::testing {

std::unique_ptr<office::OfficeProcess> OfficeEnvironment::office_;

std::string buildDir() { return SVARBREV_BUILD_DIR; }
std::string sourceDir() { return SVARBREV_SOURCE_DIR; }
std::string lettersDir() { return std::string(SVARBREV_SHARED_DIR) + "/letters"; }
std::string goldDir() { return std::string(SVARBREV_SHARED_DIR) + "/gold"; }

void OfficeEnvironment::SetUp() {
    office_ = std::make_unique<office::OfficeProcess>();
    office_->installExtension(buildDir() + "/svarbrev.oxt");
    // A new profile's first start registers the extension's menus and
    // handler fully only on the next start, as a user's would.
    office_->restart();
}

void OfficeEnvironment::TearDown() { office_.reset(); }

office::OfficeProcess& OfficeEnvironment::office() { return *office_; }

std::string OfficeEnvironment::scratchDir(const std::string& name) {
    const fs::path dir = fs::path(buildDir()) / "test-scratch" / name;
    fs::remove_all(dir);
    fs::create_directories(dir);
    return dir.string();
}

}  // namespace svarbrev::testing
