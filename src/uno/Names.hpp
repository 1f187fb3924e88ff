// Names the extension's files and configuration refer to; keep in step
// with extension/*.xcu, svarbrev.components.in and description.xml.in.
#pragma once

namespace svarbrev::uno_names {

inline constexpr const char* kExtensionId = "org.svarbrev.extension";
inline constexpr const char* kDispatcherImpl = "org.svarbrev.comp.Dispatcher";
inline constexpr const char* kServiceImpl = "org.svarbrev.comp.Svarbrev";
inline constexpr const char* kProtocol = "svarbrev:";
inline constexpr const char* kExtractCommand = "ExtractToWorkbook";  // Writer
inline constexpr const char* kImportCommand = "ImportFiles";         // Calc
inline constexpr const char* kImportFolderCommand = "ImportFolder";  // Calc

}  // namespace svarbrev::uno_names
