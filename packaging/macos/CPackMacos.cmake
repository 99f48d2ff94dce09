# CPack DragNDrop settings, included from packaging/CMakeLists.txt on macOS: a compressed
# disk image holding Stilla.app, to drag into Applications.
set(CPACK_DMG_VOLUME_NAME "Stilla ${PROJECT_VERSION}")
set(CPACK_DMG_FORMAT "UDZO")
set(CPACK_PACKAGE_ICON "${PROJECT_SOURCE_DIR}/packaging/icons/stilla.icns")
set(CPACK_SYSTEM_NAME "macos")
