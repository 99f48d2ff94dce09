#!/usr/bin/env bash
# clang-tidy with the repo's .clang-tidy over Stilla's own sources (core/, app/, tools/), using
# the ci preset's compile commands (configured here if missing). Any finding fails.
#
#   scripts/tidy.sh               every source file (a few minutes on 2 cores)
#   scripts/tidy.sh FILE...       only these files, e.g. $(git diff --name-only main -- '*.cpp')
#
# STILLA_TIDY_JOBS sets how many run at once (default: the number of processors).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

if ! command -v clang-tidy >/dev/null; then
    echo "tidy.sh: clang-tidy is missing (Debian: apt install clang-tidy, or ./dev.sh deps)" >&2
    exit 2
fi
[ -f build/ci/compile_commands.json ] || cmake --preset ci >/dev/null
if [ $# -gt 0 ]; then
    files=("$@")
else
    mapfile -t files < <(git ls-files 'core/*.cpp' 'app/*.cpp' 'tools/*.cpp')
fi
# Qt's generated files (moc, rcc) are built but are not ours; the compile commands have them.
printf '%s\0' "${files[@]}" | xargs -0 -n 4 -P "${STILLA_TIDY_JOBS:-$(nproc)}" \
    clang-tidy -p build/ci --quiet
echo "tidy.sh: no findings in ${#files[@]} file(s)"
