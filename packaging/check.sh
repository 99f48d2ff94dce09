#!/usr/bin/env bash
# Builds Stilla's .deb and checks it, in one command, without questions (Debian 12, as root or
# as a user with sudo):
#
#   packaging/check.sh               build, validate, install the .deb with apt and start it
#   packaging/check.sh --no-install  build and validate only; leave the machine's packages alone
#
# Steps: install what is missing (build dependencies via ./dev.sh deps, plus desktop-file-utils,
# appstream, lintian, dpkg-dev, file), configure and build the `package` preset (Release, no
# tests, prefix /usr, Debian's hardening flags), cpack -G DEB, then desktop-file-validate,
# appstreamcli validate --no-net and lintian (any error fails), the Flatpak manifest parse,
# and unless --no-install: apt-get install ./stilla_*.deb, stilla --version, stilla-cli
# --help/paths/check/foods search, and the installed stilla started offscreen with a temporary
# home: still running after 3 s, with a new diary opened. Exits non-zero on the first failure.
# Takes 3 to 5 minutes from scratch on 2 cores (nearly all of it the build), about 15 s when
# the build is up to date.
set -euo pipefail
cd "$(dirname "$0")/.."

install=1
case "${1:-}" in
    --no-install) install=0 ;;
    "") ;;
    *)
        sed -n '2,15p' "$0" | sed 's/^# \{0,1\}//'
        exit 2
        ;;
esac

sudo=()
if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || { echo "check.sh: run as root, or install sudo." >&2; exit 1; }
    sudo=(sudo)
fi

step_start=$SECONDS
step() {
    echo
    echo "== $* (at $((SECONDS - step_start)) s)"
}

step "Installing what is missing"
./dev.sh deps
tools=(desktop-file-utils appstream lintian dpkg-dev file python3-yaml)
missing=()
for package in "${tools[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" \
        || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
    "${sudo[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq "${missing[@]}"
fi

step "Configuring and building (preset package)"
# Debian's hardening flags, as a Debian build would pass them; lintian checks for them.
export DEB_BUILD_MAINT_OPTIONS=hardening=+bindnow
cxxflags="$(dpkg-buildflags --get CPPFLAGS) $(dpkg-buildflags --get CXXFLAGS)"
ldflags="$(dpkg-buildflags --get LDFLAGS)"
cmake --preset package -DCMAKE_CXX_FLAGS="$cxxflags" -DCMAKE_EXE_LINKER_FLAGS="$ldflags" >/dev/null
cmake --build --preset package

step "Packaging (cpack -G DEB)"
build=build/package
rm -f "$build"/stilla_*.deb
(cd "$build" && cpack -G DEB)
deb=$(ls "$build"/stilla_*.deb)
echo "Built $deb"
dpkg-deb --field "$deb"
dpkg-deb --contents "$deb" | awk '{print $6}'

step "desktop-file-validate"
desktop-file-validate packaging/linux/org.stilla.Stilla.desktop
echo "desktop-file-validate: no problems"

step "appstreamcli validate --no-net"
appstreamcli validate --no-net "$build/packaging/linux/org.stilla.Stilla.metainfo.xml"
# The screenshots and homepage appear only when their addresses are configured: check that
# form too, with example addresses (--no-net: nothing is fetched).
sample=$(mktemp -d)
cmake -DSTILLA_APP_ID=org.stilla.Stilla -DPROJECT_VERSION=0.1.0 \
    -DSTILLA_PROJECT_URL=https://example.org/stilla \
    -DSTILLA_SCREENSHOT_BASE_URL=https://example.org/stilla/screenshots \
    -DSTILLA_METAINFO_OUTPUT="$sample/org.stilla.Stilla.metainfo.xml" \
    -P packaging/linux/ConfigureMetainfo.cmake
appstreamcli validate --no-net "$sample/org.stilla.Stilla.metainfo.xml"
rm -rf "$sample"

step "lintian"
# lintian leaves a Perl MLDBM file of its ELF findings (mldbm-elf-*) in TMPDIR on every run:
# give it a folder of its own, removed afterwards.
lintian_tmp=$(mktemp -d)
TMPDIR=$lintian_tmp lintian --fail-on error --display-info --tag-display-limit 0 "$deb"
rm -rf "$lintian_tmp"
echo "lintian: no errors"

step "Flatpak manifest"
python3 -c '
import sys, yaml
manifest = yaml.safe_load(open("packaging/flatpak/org.stilla.Stilla.yml"))
assert manifest["app-id"] == "org.stilla.Stilla", "app-id"
assert manifest["command"] == "stilla", "command"
assert all(m["sources"] for m in manifest["modules"]), "every module has sources"
print("The Flatpak manifest parses; modules:", ", ".join(m["name"] for m in manifest["modules"]))
'
if command -v flatpak-builder >/dev/null; then
    # flatpak-builder keeps state in .flatpak-builder of the current folder: use a temporary one.
    state=$(mktemp -d)
    (cd "$state" && flatpak-builder --show-manifest "$OLDPWD/packaging/flatpak/org.stilla.Stilla.yml") >/dev/null
    rm -rf "$state"
    echo "flatpak-builder --show-manifest: ok"
fi

if [ "$install" = 1 ]; then
    step "Installing the .deb with apt"
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --reinstall "$PWD/$deb"

    step "Starting the installed binaries"
    home=$(mktemp -d)
    trap 'rm -rf "$home"' EXIT
    run() { env -i HOME="$home" PATH=/usr/bin:/bin LANG=C.UTF-8 XDG_RUNTIME_DIR="$home" "$@"; }
    run /usr/bin/stilla --version
    run /usr/bin/stilla-cli --help | head -n 3
    run /usr/bin/stilla-cli paths
    run /usr/bin/stilla-cli check
    run /usr/bin/stilla-cli foods search "pumpkin seeds" --limit 3
    man -w stilla-cli >/dev/null && echo "man stilla-cli: found"
    env -i HOME="$home" PATH=/usr/bin:/bin LANG=C.UTF-8 XDG_RUNTIME_DIR="$home" \
        QT_QPA_PLATFORM=offscreen /usr/bin/stilla &
    pid=$!
    sleep 3
    if ! kill -0 "$pid" 2>/dev/null; then
        wait "$pid" && status=0 || status=$?
        echo "check.sh: the installed stilla stopped within 3 s (exit code $status)." >&2
        exit 1
    fi
    kill "$pid"
    wait "$pid" 2>/dev/null || true
    # It opened (created) the diary, so the SQLite driver plugin was found.
    data="$home/.local/share/org.stilla.Stilla"
    if [ ! -f "$data/diary.sqlite" ] || ! grep -q "Opened the diary" "$data/logs/stilla.log"; then
        echo "check.sh: the installed stilla ran but did not open a diary in $data." >&2
        exit 1
    fi
    echo "The installed stilla started, opened a new diary and was still running after 3 s."
fi

step "All packaging checks passed"
