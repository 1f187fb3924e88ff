// The one place where UNO strings meet the core's UTF-8.
#pragma once

#include <rtl/ustring.hxx>

// The SDK declares these only inside LibreOffice itself.
using ::rtl::OString;
using ::rtl::OUString;
using ::rtl::OUStringToOString;

#include <string>
#include <string_view>

namespace svarbrev::office {

inline OUString toOUString(std::string_view utf8) {
    return OUString(utf8.data(), static_cast<sal_Int32>(utf8.size()), RTL_TEXTENCODING_UTF8);
}

inline std::string toUtf8(const OUString& s) {
    const OString o = OUStringToOString(s, RTL_TEXTENCODING_UTF8);
    return std::string(o.getStr(), static_cast<std::size_t>(o.getLength()));
}

// file:///… URL ↔ system path, through osl so that escaping matches the office's.
OUString fileUrlOf(const std::string& systemPath);
std::string systemPathOf(const OUString& fileUrl);

}  // namespace svarbrev::office
