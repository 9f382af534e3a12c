#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Times a clean build of the 20-TU project (CMakeLists.txt) header-only and
# compiled, with 1 and 2 jobs, at -O2, with hyperfine:
#
#   tests/downstream/many_tu/measure.sh PREFIX [RUNS] [BUILD_ROOT]
#
# PREFIX: an installed reportdoc (cmake --install BUILD --prefix PREFIX).
# RUNS: hyperfine runs per case (default 3). Needs cmake, ninja, hyperfine.
set -euo pipefail

prefix=$(realpath "$1")
runs=${2:-3}
root=${3:-/tmp/reportdoc-many-tu}
source_dir=$(cd "$(dirname "$0")" && pwd)

for mode in header-only compiled; do
    dir=$root/$mode
    rm -rf "$dir"
    cmake -S "$source_dir" -B "$dir" -G Ninja -DCMAKE_PREFIX_PATH="$prefix" \
        -DCMAKE_BUILD_TYPE=None -DCMAKE_CXX_FLAGS=-O2 -DBUILD_TESTING=OFF \
        -DMANY_TU_COMPILED=$([[ $mode == compiled ]] && echo ON || echo OFF) >/dev/null
    for jobs in 1 2; do
        hyperfine --runs "$runs" --prepare "cmake --build '$dir' --target clean" \
            --command-name "$mode, $jobs job(s)" --export-markdown "$root/$mode-j$jobs.md" \
            "cmake --build '$dir' -j $jobs"
    done
done
cat "$root"/*.md
