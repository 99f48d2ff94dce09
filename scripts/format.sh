#!/usr/bin/env bash
# The house format (.clang-format) over every C++ file in git, and every new one git does not
# ignore (so a file not yet added is formatted too), with clang-format 14 (Debian 12):
#
#   scripts/format.sh           rewrites the files that differ
#   scripts/format.sh --check   changes nothing; lists each file that differs and exits 1
#
# The CI runs --check first, so a change that is not formatted fails in seconds.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

if ! command -v clang-format >/dev/null; then
    echo "format.sh: clang-format is missing (Debian: apt install clang-format, or ./dev.sh deps)" >&2
    exit 2
fi
mapfile -t files < <(git ls-files --cached --others --exclude-standard '*.cpp' '*.h')
case "${1:-}" in
    "")
        clang-format -i "${files[@]}"
        ;;
    --check)
        # One run over every file; each line that differs is reported as "file:line:col: error".
        mapfile -t unformatted < <(clang-format --dry-run --Werror "${files[@]}" 2>&1 \
            | sed -n 's/^\([^:]*\):[0-9]*:[0-9]*: error: .*/\1/p' | sort -u)
        if [ ${#unformatted[@]} -gt 0 ]; then
            echo "format.sh: ${#unformatted[@]} file(s) differ from .clang-format:" >&2
            printf '  %s\n' "${unformatted[@]}" >&2
            echo "format.sh: run scripts/format.sh to format them." >&2
            exit 1
        fi
        echo "format.sh: all ${#files[@]} C++ files are formatted"
        ;;
    *)
        sed -n '2,8p' "$0" | sed 's/^# \{0,1\}//'
        exit 2
        ;;
esac
