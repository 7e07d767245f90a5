# Writes what `PROGRAM ARGS...` (ARGS |-separated) prints on stdout to OUTPUT,
# in English whatever the builder's language, and gzips it (gzip -9n, as
# Debian wants man pages) when GZIP is given. Fails the build when the
# program fails, so a broken man page or completion never gets installed.
string(REPLACE "|" ";" ARGS "${ARGS}")
set(ENV{LANGUAGE} "")
set(ENV{LC_ALL} "C.UTF-8")
execute_process(COMMAND ${PROGRAM} ${ARGS}
  OUTPUT_FILE ${OUTPUT}.tmp
  ERROR_VARIABLE error
  RESULT_VARIABLE status)
if(NOT status EQUAL 0)
  file(REMOVE ${OUTPUT}.tmp)
  message(FATAL_ERROR "${PROGRAM} ${ARGS} failed (${status}): ${error}")
endif()
file(SIZE ${OUTPUT}.tmp size)
if(size EQUAL 0)
  file(REMOVE ${OUTPUT}.tmp)
  message(FATAL_ERROR "${PROGRAM} ${ARGS} printed nothing")
endif()
if(GZIP)
  execute_process(COMMAND ${GZIP} -9n -c ${OUTPUT}.tmp
    OUTPUT_FILE ${OUTPUT}
    RESULT_VARIABLE status)
  file(REMOVE ${OUTPUT}.tmp)
  if(NOT status EQUAL 0)
    file(REMOVE ${OUTPUT})
    message(FATAL_ERROR "${GZIP} could not compress ${OUTPUT}")
  endif()
else()
  file(RENAME ${OUTPUT}.tmp ${OUTPUT})
endif()
