# Fails, naming the file and the line, when a source file of app/, core/ or ui/ includes a
# system header of POSIX or Windows: what the program asks of the operating system goes through
# core/foundation/platform.h, whose two implementations alone may include them. Run by ctest
# (system_headers_only_in_platform): cmake -DSOURCE_DIR=<repository> -P checksystemheaders.cmake
if(NOT SOURCE_DIR)
    message(FATAL_ERROR "SOURCE_DIR is not set")
endif()

set(posix_headers "unistd\\.h|pwd\\.h|grp\\.h|fcntl\\.h|dirent\\.h|dlfcn\\.h|poll\\.h|termios\\.h|sys/[^>]+")
set(windows_headers "windows\\.h|winbase\\.h|io\\.h|direct\\.h|lmcons\\.h|shlobj\\.h|process\\.h")

file(GLOB_RECURSE sources
    ${SOURCE_DIR}/app/*.cpp ${SOURCE_DIR}/app/*.h
    ${SOURCE_DIR}/core/*.cpp ${SOURCE_DIR}/core/*.h
    ${SOURCE_DIR}/ui/*.cpp ${SOURCE_DIR}/ui/*.h)
list(SORT sources)
set(found "")
foreach(source IN LISTS sources)
    file(RELATIVE_PATH relative ${SOURCE_DIR} ${source})
    foreach(system IN ITEMS posix windows)
        if(system STREQUAL "posix" AND relative STREQUAL "core/foundation/platform_posix.cpp")
            continue()
        endif()
        if(system STREQUAL "windows" AND relative STREQUAL "core/foundation/platform_windows.cpp")
            continue()
        endif()
        file(STRINGS ${source} lines
            REGEX "^[ \t]*#[ \t]*include[ \t]*[<\"](${${system}_headers})[>\"]")
        foreach(line IN LISTS lines)
            string(STRIP "${line}" line)
            list(APPEND found "${relative}: ${line}")
        endforeach()
    endforeach()
endforeach()

if(found)
    list(JOIN found "\n  " listed)
    message(FATAL_ERROR "System headers outside core/foundation/platform_*.cpp "
                        "(use core/foundation/platform.h):\n  ${listed}")
endif()
list(LENGTH sources count)
message(STATUS "${count} files of app/, core/ and ui/: system headers only in the platform files")
