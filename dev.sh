#!/usr/bin/env bash
# Stilla's one entry point for newcomers and CI.
#
#   ./dev.sh run [stilla options]   install what is missing, build (release) and start Stilla
#   ./dev.sh test                   install what is missing, build (ci preset) and run every test
#   ./dev.sh fuzz [SECONDS]         install what is missing, build the fuzz preset, fuzz each target
#   ./dev.sh deps                   only install what is missing
#
# Works on a fresh Debian 12 machine as root or as a user with sudo.
set -euo pipefail
cd "$(dirname "$0")"

# Debian 12 packages Stilla needs to build, test and run.
PACKAGES=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-translations-l10n qt6-charts-dev qt6-svg-dev libqt6sql6-sqlite libgl-dev
    libspdlog-dev libgtest-dev libgmock-dev libbenchmark-dev
    clang libclang-rt-14-dev clang-format clang-tidy valgrind ccache
    fonts-dejavu-core dbus-daemon poppler-utils
    xvfb at-spi2-core python3-pyatspi
)

install_missing() {
    local missing=()
    for package in "${PACKAGES[@]}"; do
        if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
            missing+=("$package")
        fi
    done
    if [ ${#missing[@]} -eq 0 ]; then
        return
    fi
    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        if ! command -v sudo >/dev/null; then
            echo "dev.sh: these packages are missing: ${missing[*]}" >&2
            echo "dev.sh: run this script as root, or install sudo, to install them." >&2
            exit 1
        fi
        sudo=(sudo)
    fi
    echo "dev.sh: installing ${missing[*]}"
    "${sudo[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq "${missing[@]}"
}

command=${1:-}
[ $# -gt 0 ] && shift
case "$command" in
    deps)
        install_missing
        ;;
    run)
        install_missing
        cmake --preset release
        cmake --build --preset release --target stilla stilla-cli
        if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
            echo "dev.sh: built build/release/bin/stilla, but there is no display to show it on." >&2
            echo "dev.sh: start it from a desktop session, or under Xvfb: xvfb-run build/release/bin/stilla" >&2
            exit 1
        fi
        exec build/release/bin/stilla "$@"
        ;;
    fuzz)
        install_missing
        tests/fuzz/run.sh "$@"
        ;;
    test)
        install_missing
        cmake --preset ci
        cmake --build --preset ci
        ctest --preset ci
        ;;
    *)
        sed -n '2,9p' "$0" | sed 's/^# \{0,1\}//'
        [ -z "$command" ] || [ "$command" = "-h" ] || [ "$command" = "--help" ] || exit 2
        ;;
esac
