# The LibreOffice 7.4 SDK as Debian ships it: libraries and IDL, but no C++
# API headers. They are generated here with cppumaker, together with the
# headers of Svarbrev's own IDL, and wrapped in one imported target.

set(LO_PROGRAM_DIR "/usr/lib/libreoffice/program" CACHE PATH "LibreOffice program folder")
set(LO_SDK_DIR "/usr/lib/libreoffice/sdk" CACHE PATH "LibreOffice SDK folder")

foreach(required "${LO_SDK_DIR}/bin/cppumaker" "${LO_SDK_DIR}/bin/unoidl-write"
                 "${LO_PROGRAM_DIR}/types.rdb" "${LO_PROGRAM_DIR}/types/offapi.rdb")
    if(NOT EXISTS "${required}")
        message(FATAL_ERROR "LibreOffice SDK incomplete: ${required} is missing "
                            "(apt-get install libreoffice-dev libreoffice-calc libreoffice-writer)")
    endif()
endforeach()

set(LO_TYPES_RDB "${LO_PROGRAM_DIR}/types.rdb")
set(LO_OFFAPI_RDB "${LO_PROGRAM_DIR}/types/offapi.rdb")
set(SVARBREV_RDB "${CMAKE_BINARY_DIR}/svarbrev.rdb")
set(LO_GENERATED_INCLUDE "${CMAKE_BINARY_DIR}/uno-headers")
set(SVARBREV_IDL "${CMAKE_SOURCE_DIR}/idl/org/svarbrev/XSvarbrev.idl")

add_custom_command(
    OUTPUT "${SVARBREV_RDB}"
    COMMAND "${LO_SDK_DIR}/bin/unoidl-write" "${LO_TYPES_RDB}" "${LO_OFFAPI_RDB}"
            ${SVARBREV_IDL} "${SVARBREV_RDB}"
    DEPENDS ${SVARBREV_IDL}
    COMMENT "Compiling Svarbrev's IDL"
    VERBATIM)

add_custom_command(
    OUTPUT "${LO_GENERATED_INCLUDE}/stamp"
    COMMAND "${LO_SDK_DIR}/bin/cppumaker" -Gc "-O${LO_GENERATED_INCLUDE}"
            "${LO_TYPES_RDB}" "${LO_OFFAPI_RDB}" "${SVARBREV_RDB}"
    COMMAND "${CMAKE_COMMAND}" -E touch "${LO_GENERATED_INCLUDE}/stamp"
    DEPENDS "${SVARBREV_RDB}"
    COMMENT "Generating UNO C++ headers"
    VERBATIM)
file(MAKE_DIRECTORY "${LO_GENERATED_INCLUDE}")
add_custom_target(uno_headers DEPENDS "${LO_GENERATED_INCLUDE}/stamp")

add_library(LibreOffice::SDK INTERFACE IMPORTED)
target_include_directories(LibreOffice::SDK SYSTEM INTERFACE
    "${LO_SDK_DIR}/include" "${LO_GENERATED_INCLUDE}")
target_compile_definitions(LibreOffice::SDK INTERFACE UNX GCC LINUX CPPU_ENV=gcc3)
target_link_libraries(LibreOffice::SDK INTERFACE
    "${LO_SDK_DIR}/lib/libuno_cppuhelpergcc3.so"
    "${LO_SDK_DIR}/lib/libuno_cppu.so"
    "${LO_SDK_DIR}/lib/libuno_sal.so")
# Executables that bootstrap UNO resolve the office's own libraries at link
# and run time.
target_link_options(LibreOffice::SDK INTERFACE
    "-Wl,-rpath-link,${LO_PROGRAM_DIR}" "-Wl,-rpath,${LO_PROGRAM_DIR}")
