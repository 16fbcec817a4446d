# Fails when a translation catalogue has strings without a finished translation, so that no
# release shows untranslated text. Run by ctest; refresh the catalogues with the
# update_translations target and translate what it adds.
file(GLOB catalogues "${TS_DIR}/*.ts")
set(problems "")
foreach(catalogue IN LISTS catalogues)
    file(READ "${catalogue}" text)
    string(REGEX MATCHALL "type=\"(unfinished|vanished|obsolete)\"" marks "${text}")
    list(LENGTH marks count)
    if(count GREATER 0)
        string(APPEND problems "${catalogue}: ${count} unfinished or obsolete strings\n")
    endif()
endforeach()
if(problems)
    message(FATAL_ERROR "${problems}")
endif()
list(LENGTH catalogues count)
message(STATUS "${count} catalogues complete")
