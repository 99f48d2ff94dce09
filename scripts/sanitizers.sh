#!/usr/bin/env bash
# Sanitizers and memory (issue 10) in one command, for the CI and by hand:
#   1. builds the asan preset (AddressSanitizer, LeakSanitizer, UndefinedBehaviorSanitizer) and
#      runs the whole test suite in it with ctest; any finding aborts the program and fails its
#      test, in the test binaries and in the programs they start;
#   2. runs tests/memcheck.sh: valgrind memcheck over core_tests, in the ci preset's build
#      (reused when ./dev.sh test has built it already).
# Ends with the wall time of each step. Exits non-zero on any finding or failed test.
#
#   scripts/sanitizers.sh
#
# CMAKE_BUILD_PARALLEL_LEVEL sets the build jobs, STILLA_TEST_JOBS the ctest jobs (default: the
# number of processors). What runs and why: docs/reliability.md, "Sanitizers and memory".
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
export QT_QPA_PLATFORM=offscreen

./dev.sh deps

timings=()
# Runs a step, then records how long it took.
timed() {
    local name=$1
    shift
    local start=$SECONDS
    "$@"
    timings+=("$name $((SECONDS - start)) s")
}

echo "== sanitizers.sh: asan preset build"
timed "asan configure" cmake --preset asan
timed "asan build" cmake --build --preset asan
echo "== sanitizers.sh: whole test suite under ASan, LSan and UBSan"
timed "asan tests" ctest --preset asan --parallel "${STILLA_TEST_JOBS:-$(nproc)}"
echo "== sanitizers.sh: valgrind memcheck on core_tests"
timed "memcheck (with its build)" tests/memcheck.sh ci

summary=$(printf '%s, ' "${timings[@]}")
echo "== sanitizers.sh: no findings; wall time: ${summary%, }"
