// A private headless LibreOffice for the CLI and the integration tests:
// started with its own profile and pipe, connected over UNO, terminated
// (or killed) when done. The profile is where the extension gets installed.
#pragma once

#include <com/sun/star/uno/XComponentContext.hpp>

#include <string>
#include <sys/types.h>

namespace svarbrev::office {

class OfficeProcess {
public:
    // `profileDir` empty: a fresh temporary profile, removed afterwards.
    explicit OfficeProcess(std::string profileDir = {});
    ~OfficeProcess();
    OfficeProcess(const OfficeProcess&) = delete;
    OfficeProcess& operator=(const OfficeProcess&) = delete;

    const css::uno::Reference<css::uno::XComponentContext>& context() const { return context_; }
    pid_t pid() const { return pid_; }
    const std::string& profileDir() const { return profile_; }

    // Installs (or updates) an .oxt into this profile through the office's
    // extension manager; unopkg refuses user installs as root.
    void installExtension(const std::string& oxtPath);

    // Stops the office and starts it again on the same profile.
    void restart();

    void terminate();

private:
    void start();
    void spawn();

    std::string profile_;
    bool ownsProfile_ = false;
    std::string pipeName_;
    pid_t pid_ = -1;
    css::uno::Reference<css::uno::XComponentContext> context_;
};

}  // namespace svarbrev::office
