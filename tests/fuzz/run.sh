#!/usr/bin/env bash
# Builds the fuzz preset (clang, libFuzzer, ASan, UBSan; stilla_core and the fuzz targets only)
# and runs each fuzz target for a bounded time over a copy of its seed corpus.
#
#   tests/fuzz/run.sh [SECONDS] [TARGET...]
#
# SECONDS per target (default 30); TARGETs from diary_csv, diary_json, article (default all,
# one after the other). Prints executions, coverage and corpus size per target, and fails
# (exit 1) on any crash, broken invariant, timeout, leak or out-of-memory; the input that did it
# is kept in build/fuzz/fuzz-run/TARGET/artifacts/ and the log beside it. The committed corpus
# (tests/fuzz/corpus/) is only read: new inputs go to build/fuzz/fuzz-run/TARGET/corpus/.
# Needs Debian's clang and libclang-rt-14-dev.
set -euo pipefail
cd "$(dirname "$0")/../.."

seconds=${1:-30}
if ! [[ $seconds =~ ^[1-9][0-9]*$ ]]; then
    echo "usage: tests/fuzz/run.sh [SECONDS] [TARGET...]" >&2
    exit 2
fi
[ $# -gt 0 ] && shift
all_targets=(diary_csv diary_json article)
targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=("${all_targets[@]}")
for target in "${targets[@]}"; do
    if [[ ! " ${all_targets[*]} " =~ " $target " ]]; then
        echo "run.sh: unknown target $target (known: ${all_targets[*]})" >&2
        exit 2
    fi
done

started=$SECONDS
cmake --preset fuzz >/dev/null
cmake --build --preset fuzz -j2 --target "${targets[@]/#/fuzz_}"
echo "run.sh: configured and built in $((SECONDS - started)) s"

# Timeouts (-timeout) and slow inputs fail the run as crashes do; leaks are reported by
# LeakSanitizer, undefined behaviour stops at once (-fno-sanitize-recover).
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}

run_dir=build/fuzz/fuzz-run
failed=()
for target in "${targets[@]}"; do
    dir=$run_dir/$target
    rm -rf "$dir"
    mkdir -p "$dir/corpus" "$dir/artifacts"
    cp tests/fuzz/corpus/"$target"/* "$dir/corpus/"
    seeds=$(find "$dir/corpus" -type f | wc -l)
    echo "run.sh: fuzzing $target for ${seconds}s from $seeds seeds"
    status=0
    build/fuzz/bin/fuzz_"$target" \
        -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=16384 \
        -dict=tests/fuzz/dict/"$target".dict -print_final_stats=1 \
        -artifact_prefix="$dir/artifacts/" "$dir/corpus" >"$dir/log.txt" 2>&1 || status=$?

    done_line=$(grep -E '^#[0-9]+[[:space:]]+DONE' "$dir/log.txt" | tail -n 1 || true)
    [ -z "$done_line" ] && done_line=$(grep -E '^#[0-9]+' "$dir/log.txt" | tail -n 1 || true)
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$dir/log.txt")
    rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$dir/log.txt")
    cov=$(grep -oE 'cov: [0-9]+' <<<"$done_line" | grep -oE '[0-9]+' || true)
    ft=$(grep -oE 'ft: [0-9]+' <<<"$done_line" | grep -oE '[0-9]+' || true)
    corpus=$(find "$dir/corpus" -type f | wc -l)
    echo "run.sh: $target: ${runs:-?} executions (${rate:-?}/s), coverage ${cov:-?} edges," \
        "${ft:-?} features, corpus $seeds -> $corpus inputs"
    if [ "$status" -ne 0 ] || [ -n "$(ls -A "$dir/artifacts")" ]; then
        echo "run.sh: $target FAILED (exit $status); the end of $dir/log.txt:" >&2
        tail -n 40 "$dir/log.txt" >&2
        ls "$dir/artifacts" | sed "s|^|run.sh: input kept: $dir/artifacts/|" >&2
        failed+=("$target")
    fi
done

if [ ${#failed[@]} -gt 0 ]; then
    echo "run.sh: ${#failed[@]} of ${#targets[@]} fuzz targets failed: ${failed[*]}" \
        "($((SECONDS - started)) s in all)" >&2
    exit 1
fi
echo "run.sh: ${#targets[@]} fuzz targets ran ${seconds}s each without a crash" \
    "($((SECONDS - started)) s in all)"
