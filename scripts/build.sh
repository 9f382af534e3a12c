#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Configures an optimised build in build/ and builds reportdoc-convert:
#
#   scripts/build.sh           build/examples/reportdoc-convert
#   scripts/build.sh all       everything, tests included (then: ctest --test-dir build)
#
# Environment: REPORTDOC_BUILD_DIR (default: build).
set -euo pipefail

cd "$(dirname "$0")/.."
build_dir=${REPORTDOC_BUILD_DIR:-build}

generator=()
if [[ ! -f $build_dir/CMakeCache.txt ]]; then
    generator=(-G Ninja)    # an existing build directory keeps its own
fi
cmake -S . -B "$build_dir" "${generator[@]}" -DCMAKE_BUILD_TYPE=Release
cmake --build "$build_dir" --target "${1:-reportdoc-convert}"
