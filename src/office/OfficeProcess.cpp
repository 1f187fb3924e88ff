#include "OfficeProcess.hpp"

#include "UnoStrings.hpp"

#include <com/sun/star/bridge/UnoUrlResolver.hpp>
#include <com/sun/star/connection/NoConnectException.hpp>
#include <com/sun/star/deployment/ExtensionManager.hpp>
#include <com/sun/star/frame/Desktop.hpp>
#include <com/sun/star/task/XInteractionApprove.hpp>
#include <com/sun/star/task/XInteractionHandler.hpp>
#include <com/sun/star/ucb/XCommandEnvironment.hpp>
#include <cppuhelper/bootstrap.hxx>
#include <cppuhelper/implbase2.hxx>

#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <stdexcept>
#include <thread>
#include <vector>

using namespace css;
namespace fs = std::filesystem;

namespace svarbrev::office {
namespace {

constexpr const char* kProgramDir = "/usr/lib/libreoffice/program";

// Approves whatever the extension manager asks (license, replacing an older
// version): the caller asked for the install explicitly.
class ApprovingEnvironment
    : public cppu::WeakImplHelper2<ucb::XCommandEnvironment, task::XInteractionHandler> {
public:
    uno::Reference<task::XInteractionHandler> SAL_CALL getInteractionHandler() override { return this; }
    uno::Reference<ucb::XProgressHandler> SAL_CALL getProgressHandler() override { return {}; }
    void SAL_CALL handle(const uno::Reference<task::XInteractionRequest>& request) override {
        for (const auto& continuation : request->getContinuations()) {
            uno::Reference<task::XInteractionApprove> approve(continuation, uno::UNO_QUERY);
            if (approve.is()) {
                approve->select();
                return;
            }
        }
    }
};

// soffice.bin exits with this after creating a new profile, expecting its
// launcher (oosplash) to start it again.
constexpr int kRestartRequested = 81;

enum class ChildState { Running, Restart, Gone };

ChildState childState(pid_t pid) {
    int status = 0;
    if (pid <= 0) return ChildState::Gone;
    if (::waitpid(pid, &status, WNOHANG) == 0) return ChildState::Running;
    return WIFEXITED(status) && WEXITSTATUS(status) == kRestartRequested ? ChildState::Restart : ChildState::Gone;
}

bool waitForExit(pid_t pid, std::chrono::seconds limit) {
    const auto deadline = std::chrono::steady_clock::now() + limit;
    while (std::chrono::steady_clock::now() < deadline) {
        int status = 0;
        if (::waitpid(pid, &status, WNOHANG) != 0) return true;
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    return false;
}

uno::Reference<uno::XComponentContext> localContext() {
    // The CLI is not started from the office's program folder, so tell the
    // UNO runtime where the office's type and service registries are.
    ::setenv("URE_BOOTSTRAP", (std::string("vnd.sun.star.pathname:") + kProgramDir + "/fundamentalrc").c_str(), 0);
    static const uno::Reference<uno::XComponentContext> context = cppu::defaultBootstrap_InitialComponentContext();
    return context;
}

}  // namespace

OfficeProcess::OfficeProcess(std::string profileDir) : profile_(std::move(profileDir)) {
    if (profile_.empty()) {
        std::string pattern = (fs::temp_directory_path() / "svarbrev-profile-XXXXXX").string();
        if (!::mkdtemp(pattern.data())) throw std::runtime_error("cannot create a temporary office profile");
        profile_ = pattern;
        ownsProfile_ = true;
    }
    profile_ = fs::absolute(profile_).string();
    fs::create_directories(profile_);
    pipeName_ = "svarbrev-" + std::to_string(::getpid()) + "-" +
                std::to_string(std::chrono::steady_clock::now().time_since_epoch().count());
    start();
}

OfficeProcess::~OfficeProcess() {
    terminate();
    if (ownsProfile_) {
        std::error_code ec;
        fs::remove_all(profile_, ec);
    }
}

void OfficeProcess::start() {
    spawn();
    const auto resolver = bridge::UnoUrlResolver::create(localContext());
    const OUString url = toOUString("uno:pipe,name=" + pipeName_ + ";urp;StarOffice.ComponentContext");
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(90);
    while (true) {
        try {
            context_.set(resolver->resolve(url), uno::UNO_QUERY_THROW);
            return;
        } catch (const connection::NoConnectException&) {
        }
        const ChildState state = childState(pid_);
        if (state == ChildState::Restart) {
            spawn();
            continue;
        }
        if (state == ChildState::Gone || std::chrono::steady_clock::now() > deadline) {
            pid_ = state == ChildState::Gone ? -1 : pid_;
            terminate();
            throw std::runtime_error("LibreOffice did not start (see " + profile_ + "/office.log)");
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
}

void OfficeProcess::spawn() {
    const std::string program = std::string(kProgramDir) + "/soffice.bin";
    std::vector<std::string> args = {
        program, "--headless", "--invisible", "--norestore", "--nologo", "--nodefault", "--nolockcheck",
        "--nofirststartwizard", "-env:UserInstallation=" + toUtf8(fileUrlOf(profile_)),
        "--accept=pipe,name=" + pipeName_ + ";urp;StarOffice.ComponentContext"};
    const std::string log = profile_ + "/office.log";
    pid_ = ::fork();
    if (pid_ < 0) throw std::runtime_error("cannot start LibreOffice (fork failed)");
    if (pid_ == 0) {
        ::setpgid(0, 0);
        if (FILE* f = std::freopen(log.c_str(), "a", stdout)) ::dup2(::fileno(f), STDERR_FILENO);
        std::vector<char*> argv;
        for (auto& a : args) argv.push_back(a.data());
        argv.push_back(nullptr);
        ::execv(program.c_str(), argv.data());
        std::_Exit(127);
    }
}

void OfficeProcess::terminate() {
    if (pid_ <= 0) return;
    if (context_.is()) {
        try {
            frame::Desktop::create(context_)->terminate();
        } catch (const uno::Exception&) {
            // The bridge goes down with the office mid-call; that is the goal.
        }
    }
    context_.clear();
    if (!waitForExit(pid_, std::chrono::seconds(30))) {
        ::kill(-pid_, SIGKILL);
        ::kill(pid_, SIGKILL);
        waitForExit(pid_, std::chrono::seconds(10));
    }
    pid_ = -1;
}

void OfficeProcess::restart() {
    terminate();
    start();
}

void OfficeProcess::installExtension(const std::string& oxtPath) {
    const auto manager = deployment::ExtensionManager::get(context_);
    const uno::Reference<ucb::XCommandEnvironment> environment(new ApprovingEnvironment);
    manager->addExtension(fileUrlOf(oxtPath), {}, "user", manager->createAbortChannel(), environment);
}

}  // namespace svarbrev::office
