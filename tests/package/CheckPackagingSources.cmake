# The packaging sources name the project's version: the newest AppStream release, the Debian
# changelog's top entry and the manual pages' headers. A version bump that forgets one fails.
# cmake -DSOURCE_DIR=... -DVERSION=... -DAPP_ID=... -P CheckPackagingSources.cmake
set(packaging ${SOURCE_DIR}/resources/packaging)
set(problems "")

file(READ ${packaging}/${APP_ID}.metainfo.xml metainfo)
string(REGEX MATCH "<release version=\"([^\"]+)\"" _ "${metainfo}")
if(NOT CMAKE_MATCH_1 STREQUAL VERSION)
    string(APPEND problems "metainfo: newest release is '${CMAKE_MATCH_1}', the project is ${VERSION}\n")
endif()

file(STRINGS ${packaging}/changelog top LIMIT_COUNT 1)
if(NOT top MATCHES "^casetrack \\(${VERSION}-[0-9]+\\) ")
    string(APPEND problems "changelog: top entry '${top}' is not version ${VERSION}\n")
endif()

foreach(page casetrack.1 casetrack-cli.1)
    file(STRINGS ${SOURCE_DIR}/docs/man/${page} header REGEX "^\\.TH ")
    if(NOT header MATCHES "\"CaseTrack ${VERSION}\"")
        string(APPEND problems "${page}: header '${header}' does not name CaseTrack ${VERSION}\n")
    endif()
endforeach()

file(STRINGS ${packaging}/${APP_ID}.desktop icon REGEX "^Icon=")
if(NOT icon STREQUAL "Icon=${APP_ID}")
    string(APPEND problems "desktop entry: '${icon}', expected Icon=${APP_ID}\n")
endif()

if(problems)
    message(FATAL_ERROR "${problems}")
endif()
message(STATUS "packaging sources name version ${VERSION}")
