#include "UnoStrings.hpp"

#include <osl/file.hxx>
#include <osl/process.h>

#include <filesystem>

namespace svarbrev::office {

OUString fileUrlOf(const std::string& systemPath) {
    const std::string absolute = std::filesystem::absolute(systemPath).lexically_normal().string();
    OUString url;
    osl::FileBase::getFileURLFromSystemPath(toOUString(absolute), url);
    return url;
}

std::string systemPathOf(const OUString& fileUrl) {
    OUString path;
    if (osl::FileBase::getSystemPathFromFileURL(fileUrl, path) != osl::FileBase::E_None)
        return toUtf8(fileUrl);
    return toUtf8(path);
}

}  // namespace svarbrev::office
