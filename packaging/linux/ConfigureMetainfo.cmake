# Writes the AppStream metainfo from org.stilla.Stilla.metainfo.xml.in to
# STILLA_METAINFO_OUTPUT. Included by packaging/linux/CMakeLists.txt, or run on its own:
#   cmake -DSTILLA_APP_ID=org.stilla.Stilla -DPROJECT_VERSION=0.1.0
#         -DSTILLA_PROJECT_URL=https://... -DSTILLA_SCREENSHOT_BASE_URL=https://...
#         -DSTILLA_METAINFO_OUTPUT=out.xml -P packaging/linux/ConfigureMetainfo.cmake
# The homepage and the screenshots are written only when their addresses are set.

foreach(required STILLA_APP_ID PROJECT_VERSION STILLA_METAINFO_OUTPUT)
    if(NOT ${required})
        message(FATAL_ERROR "ConfigureMetainfo.cmake needs ${required}.")
    endif()
endforeach()

set(STILLA_METAINFO_URLS "")
if(STILLA_PROJECT_URL)
    set(STILLA_METAINFO_URLS "\n  <url type=\"homepage\">${STILLA_PROJECT_URL}</url>")
endif()

set(STILLA_METAINFO_SCREENSHOTS "")
if(STILLA_SCREENSHOT_BASE_URL)
    # image|English caption|Swedish caption, from docs/screenshots; the first is the default.
    set(stilla_screenshots
        "guide-en.png|The guide to magnesium and restless legs, with contents and find|Guiden om magnesium och restless legs, med innehåll och sökning"
        "foods-en.png|Food search with magnesium per portion and the day's total|Sök bland livsmedel med magnesium per portion och dagens summa"
        "diary-sv.png|The diary in Swedish: sleep, symptoms and magnesium for one day|Dagboken på svenska: sömn, symtom och magnesium för en dag"
        "charts-sv.png|Charts in Swedish: severity, sleep quality and magnesium over time|Diagram på svenska: svårighetsgrad, sömnkvalitet och magnesium över tid")
    string(APPEND STILLA_METAINFO_SCREENSHOTS "\n  <screenshots>\n")
    set(type " type=\"default\"")
    foreach(entry IN LISTS stilla_screenshots)
        string(REPLACE "|" ";" fields "${entry}")
        list(GET fields 0 image)
        list(GET fields 1 caption)
        list(GET fields 2 caption_sv)
        string(APPEND STILLA_METAINFO_SCREENSHOTS
            "    <screenshot${type}>\n"
            "      <caption>${caption}</caption>\n"
            "      <caption xml:lang=\"sv\">${caption_sv}</caption>\n"
            "      <image type=\"source\" width=\"1180\" height=\"691\">"
            "${STILLA_SCREENSHOT_BASE_URL}/${image}</image>\n"
            "    </screenshot>\n")
        set(type "")
    endforeach()
    string(APPEND STILLA_METAINFO_SCREENSHOTS "  </screenshots>")
endif()

configure_file(${CMAKE_CURRENT_LIST_DIR}/org.stilla.Stilla.metainfo.xml.in
    ${STILLA_METAINFO_OUTPUT} @ONLY)
