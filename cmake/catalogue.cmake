# Builds one language's message catalogue (README, "Language"): checks each
# piece (PO_FILES, |-separated) with msgfmt, refuses a message defined in two
# pieces, joins them with msgcat into JOINED and compiles that into MO.
# Run by CMake with -P; MSGCAT and MSGFMT are the programs.
string(REPLACE "|" ";" PO_FILES "${PO_FILES}")
if(NOT PO_FILES)
  message(FATAL_ERROR "no .po files for ${MO}")
endif()

# A broken piece (syntax, a duplicate inside it, a bad header) is named by
# msgfmt with its file and line.
foreach(po IN LISTS PO_FILES)
  execute_process(COMMAND ${MSGFMT} --check -o /dev/null ${po}
    RESULT_VARIABLE status ERROR_VARIABLE errors)
  if(NOT status EQUAL 0)
    message(FATAL_ERROR "${po} is not a valid catalogue piece:\n${errors}")
  endif()
endforeach()

# msgcat would merge a message found in two pieces into one fuzzy entry,
# silently dropping both translations; --more-than=1 writes exactly those
# messages (and writes no file when there are none).
get_filename_component(dir ${JOINED} DIRECTORY)
file(MAKE_DIRECTORY ${dir})
set(duplicates ${JOINED}.duplicates)
file(REMOVE ${duplicates})
execute_process(COMMAND ${MSGCAT} --more-than=1 -o ${duplicates} ${PO_FILES}
  RESULT_VARIABLE status ERROR_VARIABLE errors)
if(NOT status EQUAL 0)
  message(FATAL_ERROR "msgcat failed:\n${errors}")
endif()
if(EXISTS ${duplicates})
  # Each message by its msgid line (a long one: the whole entry).
  file(STRINGS ${duplicates} ids REGEX "^msgid \"[^\"]")
  if(NOT ids)
    file(READ ${duplicates} ids)
  endif()
  list(JOIN ids "\n" ids)
  file(REMOVE ${duplicates})
  message(FATAL_ERROR "a message is translated in more than one piece of "
    "lib/i18n/id/; keep it in one of them:\n${ids}")
endif()

execute_process(COMMAND ${MSGCAT} --use-first -o ${JOINED}.tmp ${PO_FILES}
  RESULT_VARIABLE status ERROR_VARIABLE errors)
if(NOT status EQUAL 0)
  message(FATAL_ERROR "msgcat failed:\n${errors}")
endif()
file(RENAME ${JOINED}.tmp ${JOINED})

get_filename_component(dir ${MO} DIRECTORY)
file(MAKE_DIRECTORY ${dir})
execute_process(COMMAND ${MSGFMT} --check -o ${MO}.tmp ${JOINED}
  RESULT_VARIABLE status ERROR_VARIABLE errors)
if(NOT status EQUAL 0)
  message(FATAL_ERROR "msgfmt failed on ${JOINED}:\n${errors}")
endif()
file(RENAME ${MO}.tmp ${MO})
