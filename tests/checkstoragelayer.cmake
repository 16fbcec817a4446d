# Fails, naming the file and the line, when a source file of core/storage includes a header of
# a room above it (municipalities, programs, reports...). Storage knows the schema and the file,
# not the domain: what the domain must do at an open or a migration it hands to storage as
# DomainSteps (core/datafile). The libraries alone would not catch it, since every program links
# both. Run by ctest (storage_knows_no_domain): cmake -DSOURCE_DIR=<repository> -P
# checkstoragelayer.cmake
cmake_minimum_required(VERSION 3.25)

if(NOT SOURCE_DIR)
    message(FATAL_ERROR "SOURCE_DIR is not set")
endif()

file(GLOB sources ${SOURCE_DIR}/core/storage/*.cpp ${SOURCE_DIR}/core/storage/*.h)
list(SORT sources)
set(found "")
foreach(source IN LISTS sources)
    file(RELATIVE_PATH relative ${SOURCE_DIR} ${source})
    file(STRINGS ${source} lines REGEX "^#include \"core/")
    foreach(line IN LISTS lines)
        if(NOT line MATCHES "^#include \"core/(storage|foundation)/")
            list(APPEND found "${relative}: ${line}")
        endif()
    endforeach()
endforeach()

if(found)
    list(JOIN found "\n  " listed)
    message(FATAL_ERROR "Storage includes the domain (hand it a DomainSteps instead):\n  ${listed}")
endif()
list(LENGTH sources count)
message(STATUS "${count} files of core/storage: foundation and storage only")
