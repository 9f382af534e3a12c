#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Builds the libFuzzer targets (clang++, ASan + UBSan), writes their seeds and
# runs each for a while with the dictionary:
#
#   fuzz/run.sh SECONDS [TARGET...]     targets: text_reader xml_reader writers text_round_trip
#                                       (default: all)
#
# Environment: REPORTDOC_FUZZ_BUILD (build directory, default build-fuzz),
# JOBS. The corpus each target grows is kept in BUILD/corpus/TARGET and
# reused by the next run; a crash, leak, timeout (10 s for one input) or
# failed invariant stops the run with status 1 and leaves the input in
# BUILD/artifacts/ (replay it: BUILD/fuzz_TARGET FILE).
set -euo pipefail

if (($# < 1)) || [[ ! $1 =~ ^[0-9]+$ ]]; then
    echo "usage: fuzz/run.sh SECONDS [text_reader|xml_reader|writers|text_round_trip]..." >&2
    exit 2
fi
seconds=$1
shift
targets=("$@")
((${#targets[@]})) || targets=(text_reader xml_reader writers text_round_trip)

cd "$(dirname "$0")/.."
build=${REPORTDOC_FUZZ_BUILD:-$PWD/build-fuzz}
cmake -S fuzz -B "$build" -G Ninja -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=None >/dev/null
cmake --build "$build" -j "${JOBS:-$(nproc)}"
fuzz/make_seeds.sh "$build/reportdoc-fuzz-seeds" "$build/seeds"
mkdir -p "$build/artifacts"

for target in "${targets[@]}"; do
    case $target in
        text_reader) seeds=text max_len=16384 ;;
        xml_reader) seeds=xml max_len=65536 ;;
        writers | text_round_trip) seeds=writers max_len=4096 ;;
        *) echo "fuzz/run.sh: no target '$target'" >&2; exit 2 ;;
    esac
    corpus=$build/corpus/$target
    mkdir -p "$corpus"
    log=$build/fuzz_$target.log
    echo "==== fuzz_$target for ${seconds}s (log: $log)"
    if ! "$build/fuzz_$target" -max_total_time="$seconds" -max_len="$max_len" -timeout=10 -rss_limit_mb=2048 \
        -dict=fuzz/reportdoc.dict -artifact_prefix="$build/artifacts/" -print_final_stats=1 \
        "$corpus" "$build/seeds/$seeds" >"$log" 2>&1; then
        grep -a -A 40 -E 'invariant failed|ERROR: (libFuzzer|AddressSanitizer|LeakSanitizer)|runtime error' "$log" | head -n 60
        echo "fuzz/run.sh: fuzz_$target failed; the input is in $build/artifacts/" >&2
        exit 1
    fi
    grep -a -E '^(stat::number_of_executed_units|stat::average_exec_per_sec|stat::peak_rss_mb)' "$log" | tr '\n' ' '
    echo
done
