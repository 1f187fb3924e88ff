// The workbook survives the office dying at any moment of an import: after
// every cycle it opens, and it holds exactly the letters whose import
// reported success — none lost, none half-written.
#include "Importer.hpp"
#include "LetterReader.hpp"
#include "OfficeProcess.hpp"
#include "WorkbookReader.hpp"

#include <gtest/gtest.h>

#include <signal.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <random>
#include <set>
#include <thread>

using namespace svarbrev;
namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

namespace {

int cycles() {
    const char* env = std::getenv("SVARBREV_KILL_CYCLES");
    return env ? std::atoi(env) : 200;
}

std::string scratch(const std::string& name) {
    const fs::path dir = fs::path(SVARBREV_BUILD_DIR) / "test-scratch" / name;
    fs::remove_all(dir);
    fs::create_directories(dir);
    return dir.string();
}

// Each cycle imports a letter of its own (its text and so its key differ).
office::LetterText letterFor(const std::string& base, int cycle) {
    return {"brev-" + std::to_string(cycle) + ".txt", base + "\n\nKopi nr. " + std::to_string(cycle) + "\n"};
}

std::set<std::string> sourcesIn(const office::OfficeProcess& office, const std::string& workbook) {
    const auto content = svarbrev::testing::readWorkbook(office.context(), workbook);
    const auto column = content.column("Breve", "Kildefil");
    return {column.begin(), column.end()};
}

TEST(KillLoop, WorkbookHoldsEveryReportedLetterWhateverMomentTheOfficeDies) {
    const std::string dir = scratch("kill-loop");
    const office::WorkbookTarget target{dir + "/arbejdsbog.ods",
                                        office::fileUrlOf(std::string(SVARBREV_BUILD_DIR) + "/svarbrev.ots")};
    const std::string base =
        office::readPlainText(std::string(SVARBREV_SHARED_DIR) + "/letters/syddjurs_2018-08-09.txt");
    office::OfficeProcess office;
    office::ImportObserver silent;

    // Undisturbed imports (the second one warm) tell how long one takes here.
    ASSERT_EQ(office::importTexts(office.context(), {letterFor(base, -2)}, target, silent).lettersWritten, 1u);
    const auto t0 = Clock::now();
    ASSERT_EQ(office::importTexts(office.context(), {letterFor(base, -1)}, target, silent).lettersWritten, 1u);
    const auto importTime = Clock::now() - t0;
    std::set<std::string> reported = {"brev--2.txt", "brev--1.txt"};

    std::mt19937 random(20261122);
    // The kill comes at a random moment within a window that follows how
    // long imports take right now (a loaded machine slows them): it widens
    // after a kill and narrows after a completed import, so both keep
    // happening.
    const double calibrated = static_cast<double>(std::chrono::duration_cast<std::chrono::microseconds>(importTime).count());
    double window = 1.5 * calibrated;
    std::uniform_real_distribution<double> fraction(0.0, 1.0);
    int killsDuringImport = 0;
    const int n = cycles();
    for (int cycle = 1; cycle <= n; ++cycle) {
        std::atomic<bool> finished{false};
        std::atomic<bool> killed{false};
        const auto delay = std::chrono::microseconds(static_cast<long>(fraction(random) * window));
        const pid_t pid = office.pid();
        std::thread killer([&] {
            const auto deadline = Clock::now() + delay;
            while (Clock::now() < deadline && !finished) std::this_thread::sleep_for(std::chrono::microseconds(200));
            if (!finished) {
                ::kill(pid, SIGKILL);
                killed = true;
            }
        });
        const office::LetterText letter = letterFor(base, cycle);
        try {
            if (office::importTexts(office.context(), {letter}, target, silent).lettersWritten == 1)
                reported.insert(letter.source);
        } catch (...) {
            // The office died under the import: it must not have reported success.
        }
        finished = true;
        killer.join();
        if (killed) {
            ++killsDuringImport;
            office.restart();
        }
        window = std::clamp(window * (killed ? 1.15 : 0.9), calibrated / 2, 50 * calibrated);
        ASSERT_EQ(sourcesIn(office, target.path), reported) << "after cycle " << cycle;
    }
    std::cout << "kill loop: " << n << " cycles survived, " << killsDuringImport
              << " kills during an import, " << reported.size() << " letters reported and all present, 0 rows lost\n";
    EXPECT_GT(killsDuringImport, n / 10);
    EXPECT_GT(reported.size(), static_cast<std::size_t>(n / 10));
}

TEST(TwoOffices, ImportingIntoOneWorkbookAtOnceLoseNoRows) {
    const std::string dir = scratch("two-offices");
    const office::WorkbookTarget target{dir + "/arbejdsbog.ods",
                                        office::fileUrlOf(std::string(SVARBREV_BUILD_DIR) + "/svarbrev.ots")};
    const std::string base =
        office::readPlainText(std::string(SVARBREV_SHARED_DIR) + "/letters/egedal_2018-07-23.txt");
    office::OfficeProcess first;
    office::OfficeProcess second;
    constexpr int kPerOffice = 8;
    auto importer = [&](office::OfficeProcess& office, int offset) {
        office::ImportObserver silent;
        for (int i = 0; i < kPerOffice; ++i)
            office::importTexts(office.context(), {letterFor(base, offset + i)}, target, silent);
    };
    std::thread a(importer, std::ref(first), 0);
    std::thread b(importer, std::ref(second), 100);
    a.join();
    b.join();
    EXPECT_EQ(sourcesIn(first, target.path).size(), 2u * kPerOffice);
}

}  // namespace
