// One real headless LibreOffice for the whole integration suite, with a
// throwaway profile that has the freshly built extension installed.
#pragma once

#include "OfficeProcess.hpp"

#include <gtest/gtest.h>

#include <memory>
#include <string>

namespace svarbrev::testing {

class OfficeEnvironment : public ::testing::Environment {
public:
    void SetUp() override;
    void TearDown() override;

    static office::OfficeProcess& office();
    static const css::uno::Reference<css::uno::XComponentContext>& context() { return office().context(); }

    // A fresh folder for one test's files.
    static std::string scratchDir(const std::string& name);

private:
    static std::unique_ptr<office::OfficeProcess> office_;
};

// Paths the build passes in.
std::string buildDir();
std::string sourceDir();
std::string lettersDir();
std::string goldDir();

}  // namespace svarbrev::testing
