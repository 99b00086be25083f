# What `cmake --install` puts where, and the Debian package (`cpack -G DEB`, scripts/package).
# Included from the top CMakeLists.txt after the programs are defined.
#
# Translations (.qm) and the document templates are compiled into the programs as Qt resources,
# so there is nothing to install for them; the templates are installed once more as examples,
# for an office that sets its own template directory (DocumentSettings::templateDirectory).
include(GNUInstallDirs)

set(CASETRACK_APP_ID cn.casetrack.CaseTrack)
set(CASETRACK_PACKAGE_MAINTAINER "CaseTrack developers <maintainers@casetrack.cn>"
    CACHE STRING "Maintainer field of the Debian package (name <e-mail>)")
set(casetrack_packaging ${CMAKE_CURRENT_LIST_DIR})
set(casetrack_docdir ${CMAKE_INSTALL_DATADIR}/doc/casetrack)

install(TARGETS casetrack casetrack-cli RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})

# Icons: the hicolor theme under the application id, as the .desktop entry and AppStream name it.
foreach(size 16 32 48 64 128 256)
    install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/casetrack-${size}.png
            DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps
            RENAME ${CASETRACK_APP_ID}.png)
endforeach()
install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/casetrack.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps
        RENAME ${CASETRACK_APP_ID}.svg)

install(FILES ${casetrack_packaging}/${CASETRACK_APP_ID}.desktop
        DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${casetrack_packaging}/${CASETRACK_APP_ID}.metainfo.xml
        DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)

# Manual pages and the Debian changelog, compressed as Debian wants them: gzip -9 without the
# name and time stamp (-n), so that two builds give the same bytes.
find_program(CASETRACK_GZIP gzip REQUIRED)
set(casetrack_compressed ${CMAKE_CURRENT_BINARY_DIR}/packaging)
set(casetrack_man_pages)
foreach(page casetrack.1 casetrack-cli.1)
    add_custom_command(OUTPUT ${casetrack_compressed}/${page}.gz
        COMMAND ${CMAKE_COMMAND} -E copy ${PROJECT_SOURCE_DIR}/docs/man/${page} ${casetrack_compressed}/${page}
        COMMAND ${CASETRACK_GZIP} -9nf ${casetrack_compressed}/${page}
        DEPENDS ${PROJECT_SOURCE_DIR}/docs/man/${page}
        COMMENT "Compressing the manual page ${page}" VERBATIM)
    list(APPEND casetrack_man_pages ${casetrack_compressed}/${page}.gz)
endforeach()
add_custom_command(OUTPUT ${casetrack_compressed}/changelog.Debian.gz
    COMMAND ${CMAKE_COMMAND} -E copy ${casetrack_packaging}/changelog ${casetrack_compressed}/changelog.Debian
    COMMAND ${CASETRACK_GZIP} -9nf ${casetrack_compressed}/changelog.Debian
    DEPENDS ${casetrack_packaging}/changelog
    COMMENT "Compressing the Debian changelog" VERBATIM)
add_custom_target(casetrack_packaging_files ALL
    DEPENDS ${casetrack_man_pages} ${casetrack_compressed}/changelog.Debian.gz)
install(FILES ${casetrack_man_pages} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)

install(FILES ${PROJECT_SOURCE_DIR}/LICENSE
              ${PROJECT_SOURCE_DIR}/resources/THIRD-PARTY-NOTICES.txt
              ${casetrack_packaging}/copyright
              ${casetrack_compressed}/changelog.Debian.gz
        DESTINATION ${casetrack_docdir})
install(DIRECTORY ${PROJECT_SOURCE_DIR}/resources/templates/
        DESTINATION ${casetrack_docdir}/examples/templates)
# The package's own lintian overrides, each with its reason (see the file).
install(FILES ${casetrack_packaging}/lintian-overrides
        DESTINATION ${CMAKE_INSTALL_DATADIR}/lintian/overrides RENAME casetrack)

# The Debian package. Dependencies on libraries come from dpkg-shlibdeps; what it cannot see
# (fonts the documents are typeset in, Qt's translations) is listed by hand.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME casetrack)
set(CPACK_PACKAGE_VENDOR "CaseTrack developers")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Party disciplinary case tracker (desktop and command line)")
# The extended description: lines of at most 80 characters (lintian), "." for an empty line.
set(CPACK_PACKAGE_DESCRIPTION
    "CaseTrack takes every Party disciplinary case through the procedure of the\n\
Provisions on the Procedures for Party Groups to Discuss and Decide on\n\
Disciplinary Sanctions against Party Members (revised 2025). It refuses a wrong\n\
or premature step and names the article, shows every deadline before it is\n\
missed, counting statutory holidays, prints documents in the GB/T 9704 layout,\n\
and keeps a hash-chained audit trail. The data lives in one SQLCipher-encrypted\n\
database file with a key slot per account.\n\
.\n\
This package contains the desktop application (casetrack) and the command line\n\
for scripts (casetrack-cli).")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER ${CASETRACK_PACKAGE_MAINTAINER})
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Qt's own translations: without them Qt's file, print and message dialogs stay English.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "fonts-noto-cjk, qt6-translations-l10n")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "fonts-arphic-ukai")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "sqlcipher")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
set(CPACK_DEBIAN_COMPRESSION_TYPE xz)
set(CPACK_SOURCE_IGNORE_FILES "/build.*/;/\\\\.git/")
include(CPack)
