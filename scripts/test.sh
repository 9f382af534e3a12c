#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Builds reportdoc in every configuration CI checks and runs the test suite in
# each, every one in a fresh build directory:
#
#   scripts/test.sh              all stages, in the order below
#   scripts/test.sh STAGE...     only these stages (names as listed by --list)
#   scripts/test.sh --list
#
# Environment: JOBS (parallel jobs, default: the number of cores),
# REPORTDOC_BUILD_ROOT (where the build directories go, default: build-test).
# Needs the packages of scripts/install-deps.sh.
set -euo pipefail

cd "$(dirname "$0")/.."
source_dir=$PWD
build_root=${REPORTDOC_BUILD_ROOT:-$source_dir/build-test}
jobs=${JOBS:-$(nproc)}

sanitize='-fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer'
# doctest turns exceptions off by itself; this keeps CHECK_THROWS* compiling (as no-ops).
no_exceptions='-fno-exceptions -fno-rtti -DDOCTEST_CONFIG_NO_EXCEPTIONS_BUT_WITH_ALL_ASSERTS'

# name | compiler | C++ standard | build type | extra CXXFLAGS | extra CMake options
# Release is CMake's -O3 -DNDEBUG, what users build (GCC warns differently at
# -O3, and differently again per standard); the others keep assertions on. The first stage also tests every
# downstream consumption path (tests/downstream) against its build. meson
# builds with clang++ in C++20, a pairing the CMake stages leave out; portable
# builds without the SSE2 scans (REPORTDOC_SSE2 0), as a machine without SSE2
# would, so that every scan's portable path runs the whole suite; readme
# runs the README's main job as written there.
stages=(
    "gcc-c++17-release|g++|17|Release||-DREPORTDOC_TEST_DOWNSTREAM=ON -DREPORTDOC_BUILD_BENCHMARKS=ON"
    "clang-c++17|clang++|17|None|-O2|"
    "gcc-c++20-release|g++|20|Release||"
    "clang-c++17-asan-ubsan|clang++|17|None|-O1 -g $sanitize|"
    "gcc-c++17-no-exceptions|g++|17|None|-O2 $no_exceptions|"
    "gcc-c++17-portable|g++|17|None|-O1 -U__SSE2__|"
    "meson|clang++|20|||"
    "readme|||||"
    "fuzz|||||"
)

stage_names() {
    local stage
    for stage in "${stages[@]}"; do echo "${stage%%|*}"; done
}

section() {
    printf '\n==== %s ====\n' "$*"
}

cmake_stage() {
    local name=$1 compiler=$2 standard=$3 build_type=$4 flags=$5 options=$6
    local dir=$build_root/$name
    rm -rf "$dir"
    # shellcheck disable=SC2086 # options is a list of words
    cmake -S "$source_dir" -B "$dir" -G Ninja \
        -DCMAKE_CXX_COMPILER="$compiler" \
        -DCMAKE_CXX_STANDARD="$standard" -DCMAKE_CXX_STANDARD_REQUIRED=ON -DCMAKE_CXX_EXTENSIONS=OFF \
        -DCMAKE_BUILD_TYPE="$build_type" \
        -DCMAKE_CXX_FLAGS="$flags" \
        $options
    cmake --build "$dir" -j "$jobs"
    ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1 \
        ctest --test-dir "$dir" -j "$jobs" --output-on-failure --no-tests=error
}

meson_stage() {
    local name=$1 compiler=$2 standard=$3
    local dir=$build_root/$name
    rm -rf "$dir"
    CXX=$compiler meson setup "$dir" "$source_dir" -Dcpp_std="c++$standard" -Dwerror=true
    meson compile -C "$dir" -j "$jobs"
    meson test -C "$dir" --print-errorlogs
}

# The README's first command: scripts/build.sh, then the converter on the sample.
readme_stage() {
    local dir=$build_root/$1
    rm -rf "$dir"
    REPORTDOC_BUILD_DIR=$dir scripts/build.sh
    "$dir/examples/reportdoc-convert" "$source_dir/../shared/samples/000_1fb2c3fc90a75667.txt" \
        --standalone -o "$dir/sample.html"
    grep -q '文明城市创建工作汇报' "$dir/sample.html"
    echo "readme: $dir/sample.html has $(wc -c <"$dir/sample.html") bytes"
}

run_stage() {
    local name compiler standard build_type flags options
    IFS='|' read -r name compiler standard build_type flags options <<<"$1"
    case $name in
        meson) meson_stage "$name" "$compiler" "$standard" ;;
        readme) readme_stage "$name" ;;
        # Each libFuzzer target for 45 s under ASan and UBSan (fuzz/run.sh).
        fuzz) REPORTDOC_FUZZ_BUILD=$build_root/fuzz JOBS=$jobs fuzz/run.sh 45 ;;
        *) cmake_stage "$name" "$compiler" "$standard" "$build_type" "$flags" "$options" ;;
    esac
}

if [[ ${1:-} == --list ]]; then
    stage_names
    exit 0
fi
wanted=("$@")
if ((${#wanted[@]} == 0)); then
    mapfile -t wanted < <(stage_names)
fi

declare -A stage_by_name
for stage in "${stages[@]}"; do stage_by_name[${stage%%|*}]=$stage; done
for name in "${wanted[@]}"; do
    if [[ -z ${stage_by_name[$name]:-} ]]; then
        echo "test.sh: no stage '$name'; stages: $(stage_names | tr '\n' ' ')" >&2
        exit 2
    fi
done

mkdir -p "$build_root"
summary=()
total_start=$SECONDS
for name in "${wanted[@]}"; do
    section "$name"
    start=$SECONDS
    # A subshell outside any condition: bash ignores set -e in a function
    # called from an if, which would let a failed build go on to its tests.
    set +e
    (set -e; run_stage "${stage_by_name[$name]}")
    status=$?
    set -e
    if ((status != 0)); then
        summary+=("$(printf '%-28s FAILED after %4ss' "$name" $((SECONDS - start)))")
        section "summary"
        printf '%s\n' "${summary[@]}"
        echo "test.sh: stage $name failed" >&2
        exit 1
    fi
    summary+=("$(printf '%-28s passed in %4ss' "$name" $((SECONDS - start)))")
done

section "summary"
printf '%s\n' "${summary[@]}"
printf '%-28s %4ss\n' "all ${#wanted[@]} stages passed in" $((SECONDS - total_start))
printf 'stages: %s passed, 0 failed\n' "${#wanted[@]}"
