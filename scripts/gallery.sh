#!/usr/bin/env bash
# The screenshot gallery: every page of the real window over the ten-year demo diary, in
# English and Swedish, in the light, dark and system appearances, at 1366×768 and 800×600, and
# the diary with a problem being corrected and scrolled through whole, as PNG files a person can
# look through (tests/gallery/gallery.cpp says what each picture shows).
#
#   scripts/gallery.sh [FOLDER] [SHOT...]   FOLDER: docs/screenshots/gallery (default)
#                                            SHOT: guide diary problems diaryform labs foods charts
#                                                  experiment experimentrun experimentday
#                                                  relationship compare phases settings reminders
#                                                  (default: all)
#
# Builds the gallery program in the ci preset (./dev.sh test builds it too) and runs it
# offscreen, so it works without a display. Names: SHOT-LANGUAGE-APPEARANCE-WIDTHxHEIGHT.png.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

folder=${1:-docs/screenshots/gallery}
[ $# -gt 0 ] && shift
cmake --preset ci >/dev/null
cmake --build --preset ci --target gallery
mkdir -p "$folder"
QT_QPA_PLATFORM=offscreen build/ci/tests/gallery "$folder" "$@"
