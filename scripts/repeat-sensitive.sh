#!/usr/bin/env bash
# Runs the timing- and process-sensitive tests many times in one preset's build, to find a
# test that fails by chance before the CI does (docs/reliability.md, "Tests that must never
# fail by chance"). Each test is repeated until it fails, at most COUNT times.
#
#   scripts/repeat-sensitive.sh [PRESET] [COUNT]     PRESET: ci (default), dev, asan, release
#
# The preset must be built (cmake --build --preset PRESET). STILLA_TEST_JOBS sets the ctest
# jobs (default: the number of processors); running them in parallel on a busy machine is the
# point. Prints each group's time and exits non-zero on the first failure.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
export QT_QPA_PLATFORM=offscreen

preset=${1:-ci}
count=${2:-20}
jobs=${STILLA_TEST_JOBS:-$(nproc)}

# Processes killed on purpose, locks between processes, the background integrity check, the
# worker that prepares the foods, real programs started and stopped, and the widget tests that
# wait for timers, first paints and autosaves.
groups=(
    "kill:DiaryKillTest"
    "processes:InstanceLock|SingleInstance|ProgramsTest|StartupOptions|DiaryOpener|AtomicWrites"
    "threads:DiaryBackgroundCheck|PreparedFoods|DiaryRepair|BackupManager"
    "widgets:AcceptanceWeek|KeyboardTest|MainWindowTest|DiaryPageTest|DiaryProblems|EverydayInput|FindingsPanel|LanguageSwitch|FoodsPageTest|ChartsPageTest|GuidePageTest|DiaryTransfer|DoctorReport|Theme|TranslationCoverage"
)
for group in "${groups[@]}"; do
    name=${group%%:*}
    pattern=${group#*:}
    started=$SECONDS
    echo "== repeat-sensitive.sh: $name ($pattern), up to $count runs each, $jobs jobs, preset $preset"
    ctest --test-dir "build/$preset" -R "$pattern" --repeat "until-fail:$count" \
        --parallel "$jobs" --output-on-failure
    echo "== repeat-sensitive.sh: $name passed $count times in $((SECONDS - started)) s"
done
