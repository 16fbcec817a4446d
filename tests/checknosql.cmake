# Fails, naming the file and the line, when a source file of app/ or ui/ runs SQL — a query
# class of Qt SQL, or a statement in a string — instead of asking a repository or query class of
# core. SQL stands only in core, so that a second database engine touches core alone. Run by
# ctest (sql_only_in_core): cmake -DSOURCE_DIR=<repository> -P checknosql.cmake
cmake_minimum_required(VERSION 3.25)

if(NOT SOURCE_DIR)
    message(FATAL_ERROR "SOURCE_DIR is not set")
endif()

set(query_classes "QSqlQuery|QSqlQueryModel|QSqlTableModel|QSqlRelationalTableModel|QSqlRecord|QSqlResult")
set(statements "(SELECT|INSERT|UPDATE|DELETE|PRAGMA|WITH|CREATE|ALTER|DROP|BEGIN|COMMIT|ROLLBACK)[ \t]")

file(GLOB_RECURSE sources
    ${SOURCE_DIR}/app/*.cpp ${SOURCE_DIR}/app/*.h
    ${SOURCE_DIR}/ui/*.cpp ${SOURCE_DIR}/ui/*.h)
list(SORT sources)
set(found "")
foreach(source IN LISTS sources)
    file(RELATIVE_PATH relative ${SOURCE_DIR} ${source})
    file(STRINGS ${source} lines REGEX "(${query_classes})|u?\"${statements}")
    foreach(line IN LISTS lines)
        string(STRIP "${line}" line)
        list(APPEND found "${relative}: ${line}")
    endforeach()
endforeach()

if(found)
    list(JOIN found "\n  " listed)
    message(FATAL_ERROR "SQL outside core (ask a repository or a query class of core):\n  ${listed}")
endif()
list(LENGTH sources count)
message(STATUS "${count} files of app/ and ui/: no SQL")
