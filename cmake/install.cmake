# Installing sopctl (README, "Installing"): `cmake --install build [--prefix P]`
# puts the program, its man page and its shell completions where Debian's
# tools look for them; `cpack -G DEB` (run in build/) makes the .deb an office
# installs with `apt install ./sopctl_*.deb`. The message catalogue's install
# rule lives with its build rule (lib/i18n).
include(GNUInstallDirs)

install(TARGETS sopctl RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})

# The man page and the completion scripts are printed by the built sopctl
# itself (`sopctl manpage`, `sopctl completion SHELL`), from the same
# definitions as its --help, so they cannot drift from the program. Each is
# generated only when cmd/commands.def registers the command that prints it.
set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS
  ${CMAKE_SOURCE_DIR}/cmd/commands.def)
file(READ ${CMAKE_SOURCE_DIR}/cmd/commands.def SOPCTL_COMMANDS_DEF)
string(FIND "${SOPCTL_COMMANDS_DEF}" "\"manpage\")" manpage_at)
string(FIND "${SOPCTL_COMMANDS_DEF}" "\"completion\")" completion_at)
set(SOPCTL_HAS_MANPAGE OFF)
set(SOPCTL_HAS_COMPLETION OFF)
if(manpage_at GREATER -1)
  set(SOPCTL_HAS_MANPAGE ON)
else()
  message(STATUS "sopctl has no `manpage` command (cmd/commands.def): no man page to install")
endif()
if(completion_at GREATER -1)
  set(SOPCTL_HAS_COMPLETION ON)
else()
  message(STATUS "sopctl has no `completion` command (cmd/commands.def): no completions to install")
endif()

set(SOPCTL_SHARE_DIR ${CMAKE_BINARY_DIR}/share)
set(SOPCTL_GENERATED_FILES "")
# sopctl_generated_file(OUTPUT GZIP|PLAIN ARG...): OUTPUT is what
# `sopctl ARG...` prints.
function(sopctl_generated_file output compression)
  set(gzip "")
  if(compression STREQUAL "GZIP")
    find_program(SOPCTL_GZIP gzip REQUIRED)
    set(gzip ${SOPCTL_GZIP})
  endif()
  string(REPLACE ";" "|" args "${ARGN}")
  string(JOIN " " shown ${ARGN})
  get_filename_component(dir ${output} DIRECTORY)
  file(RELATIVE_PATH name ${CMAKE_BINARY_DIR} ${output})
  add_custom_command(
    OUTPUT ${output}
    COMMAND ${CMAKE_COMMAND} -E make_directory ${dir}
    COMMAND ${CMAKE_COMMAND} -DPROGRAM=$<TARGET_FILE:sopctl> "-DARGS=${args}"
            -DOUTPUT=${output} -DGZIP=${gzip}
            -P ${CMAKE_SOURCE_DIR}/cmake/command_output.cmake
    DEPENDS sopctl ${CMAKE_SOURCE_DIR}/cmake/command_output.cmake
    COMMENT "Generating ${name} with sopctl ${shown}"
    VERBATIM)
  set(SOPCTL_GENERATED_FILES ${SOPCTL_GENERATED_FILES} ${output} PARENT_SCOPE)
endfunction()

if(SOPCTL_HAS_MANPAGE)
  set(SOPCTL_MAN_PAGE ${SOPCTL_SHARE_DIR}/man/man1/sopctl.1.gz)
  sopctl_generated_file(${SOPCTL_MAN_PAGE} GZIP manpage)
  install(FILES ${SOPCTL_MAN_PAGE} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
endif()
if(SOPCTL_HAS_COMPLETION)
  # Where bash-completion, zsh and fish look for a package's completions.
  set(completion_bash ${SOPCTL_SHARE_DIR}/bash-completion/completions/sopctl)
  set(completion_zsh ${SOPCTL_SHARE_DIR}/zsh/vendor-completions/_sopctl)
  set(completion_fish ${SOPCTL_SHARE_DIR}/fish/vendor_completions.d/sopctl.fish)
  foreach(shell bash zsh fish)
    sopctl_generated_file(${completion_${shell}} PLAIN completion ${shell})
    file(RELATIVE_PATH relative ${SOPCTL_SHARE_DIR} ${completion_${shell}})
    get_filename_component(relative_dir ${relative} DIRECTORY)
    install(FILES ${completion_${shell}} DESTINATION ${CMAKE_INSTALL_DATADIR}/${relative_dir})
  endforeach()
endif()
# Built by `cmake --build build` (ALL); the quick start's `--target sopctl`
# skips them, so install after a whole build (README, "Installing").
add_custom_target(sopctl_share ALL DEPENDS ${SOPCTL_GENERATED_FILES})

# The Debian package.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME sopctl)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_VENDOR "sopctl maintainers")
set(CPACK_PACKAGE_CONTACT "sopctl maintainers <maintainers@users.noreply.b-seed-37cf2cb1.example>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY
  "drafting runs of Indonesian government SOP AP documents")
set(CPACK_PACKAGE_DESCRIPTION
  "sopctl keeps an office's Standard Operating Procedures (SOP AP,
Permendagri 52/2011 and PermenPAN-RB 35/2012) as YAML files in a git
repository and runs the drafting of each document: who does which step and
by when (mutu baku waktu), an append-only, hash-chained record of every
step, reports of what is late, and the rendered SOP document and letters
(HTML, PDF through Chromium, Word through LibreOffice).")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT) # sopctl_<version>_<arch>.deb
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
# The shared libraries it links (libyaml, libical, libfmt, libxlsxwriter,
# zlib, libc, libstdc++) come from dpkg-shlibdeps; git is run by every command in a
# clone. Chromium prints the PDF (`render`), so it is recommended; LibreOffice
# writes the Word files and poppler-utils reads PDFs back (pdftotext), which
# only some offices want.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "git")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "chromium")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "libreoffice-writer-nogui | libreoffice-writer, poppler-utils")
set(CPACK_STRIP_FILES ON)

include(CPack)

# The package test (tests/package/deb_test.sh): builds the .deb, unpacks and
# runs it, and in CI installs it with apt-get and removes it again, so it
# runs alone.
if(BUILD_TESTING)
  add_test(NAME "package: the .deb installs sopctl, its man page and completions, and runs"
    COMMAND bash ${CMAKE_SOURCE_DIR}/tests/package/deb_test.sh ${CMAKE_BINARY_DIR}
            ${PROJECT_VERSION} ${SOPCTL_HAS_MANPAGE} ${SOPCTL_HAS_COMPLETION})
  set_tests_properties("package: the .deb installs sopctl, its man page and completions, and runs"
    PROPERTIES RUN_SERIAL TRUE TIMEOUT 600)
endif()
