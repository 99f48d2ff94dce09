#!/bin/sh
# Builds the Stilla disk image for macOS: build/macos/stilla-<version>-macos.dmg holding
# Stilla.app (stilla-cli is inside it, in Stilla.app/Contents/MacOS).
#
# Needs: Xcode command line tools, CMake >= 3.25, Ninja, and Qt 6.4 or newer with Qt Charts
# and Qt SVG (Homebrew: brew install cmake ninja qt spdlog; or the Qt online installer, then
# pass its folder as QT_DIR). Run in the source folder:
#
#   packaging/macos/build.sh                        # Homebrew's Qt
#   QT_DIR=~/Qt/6.5.3/macos packaging/macos/build.sh
#
# STILLA_TESTS=1 also builds and runs the GoogleTest suites (brew install googletest
# google-benchmark).
set -eu
build_dir=${BUILD_DIR:-build/macos}
prefix_path=${QT_DIR:-$(brew --prefix qt 2>/dev/null || true)}
if [ -z "$prefix_path" ]; then
    echo "Qt was not found: install it with Homebrew (brew install qt) or set QT_DIR." >&2
    exit 1
fi
brew_prefix=$(brew --prefix 2>/dev/null || true)
tests=OFF
[ "${STILLA_TESTS:-0}" = 1 ] && tests=ON

cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=Release \
    -DCMAKE_PREFIX_PATH="$prefix_path;$brew_prefix" \
    -DCMAKE_OSX_DEPLOYMENT_TARGET=11.0 \
    -DSTILLA_BUILD_TESTS=$tests
cmake --build "$build_dir" --parallel
if [ "$tests" = ON ]; then
    QT_QPA_PLATFORM=offscreen ctest --test-dir "$build_dir" --output-on-failure
fi

# cpack runs the install rules, macdeployqt among them (packaging/macos/CMakeLists.txt).
(cd "$build_dir" && cpack -G DragNDrop)
ls "$build_dir"/stilla-*-macos.dmg
