// The user interface's words, from the extension's strings/<lang>.properties:
// Danish for a Danish user interface, English otherwise, and the other
// language for a key one of them lacks.
#pragma once

#include <com/sun/star/uno/XComponentContext.hpp>

#include <initializer_list>
#include <map>
#include <string>

namespace svarbrev::component {

class UiText {
public:
    // Loaded once per office session from the installed extension.
    static const UiText& forUser(const css::uno::Reference<css::uno::XComponentContext>& context);

    // From .properties text (tests, and the files above).
    UiText(const std::string& primary, const std::string& fallback, bool danish);

    // The words for `key`, {0}, {1}… replaced by `args`; the key itself
    // when neither language has it.
    std::string operator()(const std::string& key, std::initializer_list<std::string> args = {}) const;
    bool danish() const { return danish_; }

private:
    std::map<std::string, std::string> primary_, fallback_;
    bool danish_;
};

// key=value lines; # and ! start comments; \uXXXX and \n escapes.
std::map<std::string, std::string> parseProperties(const std::string& text);

}  // namespace svarbrev::component
