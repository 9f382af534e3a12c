#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Builds bench/pathological/pathological.cpp (-O2, NDEBUG) and runs it:
#
#   bench/pathological/run.sh [--quick] [CASE...]
#
# Environment: CXX (default c++), REPORTDOC_PATHOLOGICAL_BUILD (default
# build-pathological). Exit status 1 when a case is superlinear or fails.
set -euo pipefail
cd "$(dirname "$0")/../.."
build=${REPORTDOC_PATHOLOGICAL_BUILD:-$PWD/build-pathological}
mkdir -p "$build"
"${CXX:-c++}" -std=c++17 -O2 -DNDEBUG -Wall -Wextra -Wpedantic -Werror -Iinclude \
    bench/pathological/pathological.cpp -o "$build/pathological" -lpugixml -lfmt
"$build/pathological" "$@"
