# CPack NSIS settings, included from packaging/CMakeLists.txt on Windows. The installer puts
# Stilla in Program Files\Stilla, with Start menu and desktop shortcuts and an uninstaller.
file(TO_NATIVE_PATH "${PROJECT_SOURCE_DIR}/packaging/icons/stilla.ico" stilla_native_ico)
set(CPACK_NSIS_MUI_ICON "${stilla_native_ico}")
set(CPACK_NSIS_MUI_UNIICON "${stilla_native_ico}")
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\stilla.exe")
set(CPACK_NSIS_DISPLAY_NAME "Stilla")
set(CPACK_NSIS_PACKAGE_NAME "Stilla ${PROJECT_VERSION}")
set(CPACK_NSIS_BRANDING_TEXT "Stilla ${PROJECT_VERSION}")
set(CPACK_NSIS_CONTACT "${CPACK_PACKAGE_CONTACT}")
set(CPACK_NSIS_EXECUTABLES_DIRECTORY "bin")
set(CPACK_NSIS_MUI_FINISHPAGE_RUN "stilla.exe")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_MANIFEST_DPI_AWARE ON)
set(CPACK_NSIS_MODIFY_PATH OFF)
set(CPACK_CREATE_DESKTOP_LINKS "stilla")
set(CPACK_PACKAGE_INSTALL_REGISTRY_KEY "${STILLA_APP_ID}")
if(STILLA_PROJECT_URL)
    set(CPACK_NSIS_URL_INFO_ABOUT "${STILLA_PROJECT_URL}")
endif()
# windeployqt --compiler-runtime copies the Visual C++ runtime installer into bin; run it
# quietly, then remove it.
set(CPACK_NSIS_EXTRA_INSTALL_COMMANDS "
    IfFileExists '$INSTDIR\\\\bin\\\\vc_redist.x64.exe' 0 +3
    ExecWait '\\\"$INSTDIR\\\\bin\\\\vc_redist.x64.exe\\\" /install /quiet /norestart'
    Delete '$INSTDIR\\\\bin\\\\vc_redist.x64.exe'
")
