cmake_policy(SET CMP0007 NEW)
# ctest: fails when a translatable string in the sources is missing from a .ts file, when a
# Swedish translation (or an English plural form) is unfinished, or when lupdate would change a
# committed .ts file in any other way (its format included), so that Qt Linguist's normal
# workflow (update_translations, translate, commit) changes only what changed.
# Runs lupdate on temporary copies, so the committed .ts files are never touched.
#   -DLUPDATE=... -DLRELEASE=... -DSOURCES_FILE=<file with one source per line>
#   -DTS_DIR=<translations folder> -DWORK_DIR=<scratch folder> -DINCLUDES=<dirs;...>
file(STRINGS "${SOURCES_FILE}" sources)
file(MAKE_DIRECTORY "${WORK_DIR}")
set(failed FALSE)
foreach(language sv en)
    set(committed "${TS_DIR}/stilla_${language}.ts")
    set(copy "${WORK_DIR}/stilla_${language}.ts")
    file(COPY_FILE "${committed}" "${copy}")
    set(options -no-obsolete -locations none -silent)
    if(language STREQUAL "en")
        list(APPEND options -pluralonly)
    endif()
    set(include_args)
    foreach(dir ${INCLUDES})
        list(APPEND include_args "-I${dir}")
    endforeach()
    execute_process(COMMAND "${LUPDATE}" ${options} ${include_args} ${sources} -ts "${copy}"
        RESULT_VARIABLE lupdate_result OUTPUT_QUIET)
    if(NOT lupdate_result EQUAL 0)
        message(SEND_ERROR "lupdate failed on ${committed}")
        set(failed TRUE)
        continue()
    endif()
    file(READ "${committed}" before)
    file(READ "${copy}" after)
    string(REGEX MATCHALL "<source>" before_sources "${before}")
    string(REGEX MATCHALL "<source>" after_sources "${after}")
    list(LENGTH before_sources before_count)
    list(LENGTH after_sources after_count)
    if(NOT before_count EQUAL after_count)
        message(SEND_ERROR "stilla_${language}.ts is out of date: the sources have ${after_count} "
            "translatable strings for it, the file has ${before_count}. Run: cmake --build "
            "--preset dev --target update_translations, then translate.")
        set(failed TRUE)
    endif()
    if(before_count EQUAL after_count AND NOT before STREQUAL after)
        execute_process(COMMAND diff -u "${committed}" "${copy}" OUTPUT_VARIABLE difference)
        string(SUBSTRING "${difference}" 0 2000 difference)
        message(SEND_ERROR "stilla_${language}.ts is not what lupdate writes for these sources "
            "(a string moved, was changed, or the file was edited by hand). Run: cmake --build "
            "--preset dev --target update_translations, and commit the result. The first "
            "differences:\n${difference}")
        set(failed TRUE)
    endif()
    string(REGEX MATCHALL "type=\"unfinished\"" unfinished "${after}")
    list(LENGTH unfinished unfinished_count)
    if(unfinished_count GREATER 0)
        string(REGEX MATCHALL "<source>[^<]*</source>[ \n\t]*(<oldsource>[^<]*</oldsource>[ \n\t]*)?(<comment>[^<]*</comment>[ \n\t]*)?<translation type=\"unfinished\"" examples "${after}")
        list(SUBLIST examples 0 5 examples)
        string(REPLACE ";" "\n" examples "${examples}")
        message(SEND_ERROR "stilla_${language}.ts has ${unfinished_count} unfinished "
            "translations, for example:\n${examples}")
        set(failed TRUE)
    endif()
endforeach()
if(failed)
    message(FATAL_ERROR "translations are incomplete or not in lupdate's form")
endif()
message(STATUS "translations complete")
