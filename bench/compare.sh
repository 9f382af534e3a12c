#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# reportdoc-convert beside cmark, pandoc and a bare pugixml load on the same
# content, peak memory, scaling 1 -> 10 -> 100 MB, and compile cost; prints
# markdown tables (bench/README.md shows the latest).
#
#   bench/compare.sh [BUILD_DIR]
#
# BUILD_DIR: a Release build with -DREPORTDOC_BUILD_BENCHMARKS=ON (default
# /tmp/reportdoc-bench-build, configured and built when missing).
# Environment:
#   CORPUS      corpus folder (default /tmp/reportdoc-bench-corpus; generated when missing)
#   SIZES       sizes in MB (default "1 10 100")
#   ROUNDS      hyperfine invocations per size; the commands alternate between
#               rounds, and the median is over every run of every round (default 3)
#   RUNS        runs per command per round at 1 MB; 10 MB does RUNS/3, 100 MB one (default 6)
#   PUGIXML_SRC folder with pugixml.hpp and pugixml.cpp of the installed version,
#               for the header-only compile baseline (Debian ships no pugixml.cpp:
#               `apt-get source pugixml`); without it that row is left out
#   CXX         compiler of the compile-cost rows (default g++)
# Needs hyperfine, cmark, pandoc, /usr/bin/time and python3.
set -euo pipefail

cd "$(dirname "$0")/.."
source_dir=$PWD
build=${1:-/tmp/reportdoc-bench-build}
corpus=${CORPUS:-/tmp/reportdoc-bench-corpus}
read -r -a sizes <<<"${SIZES:-1 10 100}"
rounds=${ROUNDS:-3}
runs=${RUNS:-6}
cxx=${CXX:-g++}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

if [[ ! -x $build/bench/reportdoc-bench-pugixml-load ]]; then
    cmake -S "$source_dir" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DREPORTDOC_BUILD_BENCHMARKS=ON >/dev/null
fi
cmake --build "$build" --target reportdoc-convert reportdoc-bench-pugixml-load >/dev/null
convert=$build/examples/reportdoc-convert
pugixml_load=$build/bench/reportdoc-bench-pugixml-load

for size in "${sizes[@]}"; do
    for style in zh en; do
        [[ -f $corpus/$style-${size}mb.xml && -f $corpus/$style-${size}mb.md ]] && continue
        python3 bench/generate_corpus.py --sizes "$size" --convert "$convert" "$corpus"
    done
done

# times.json: {"label": [seconds, ...]} over all rounds; rss.tsv: label, input bytes, peak KiB.
echo '{}' >"$work/times.json"
: >"$work/rss.tsv"

runs_for() {
    case $1 in
        1) echo "$runs" ;;
        10) echo $(((runs + 2) / 3)) ;;
        *) echo 1 ;;
    esac
}

# label|input file|command (word-split; no shell, so hyperfine -N measures the program alone)
commands_for() {
    local size=$1 style=$2 base=$corpus/$2-$1mb
    echo "reportdoc text→html|$base.txt|$convert --to html $base.txt"
    echo "cmark md→html|$base.md|cmark $base.md"
    [[ $size == 1 ]] && echo "pandoc md→html|$base.md|pandoc -f commonmark -t html $base.md"
    echo "reportdoc xml→html|$base.xml|$convert --to html $base.xml"
    echo "pugixml load|$base.xml|$pugixml_load $base.xml"
}

for size in "${sizes[@]}"; do
    for style in zh en; do
        mapfile -t commands < <(commands_for "$size" "$style")
        names=() cmds=()
        for c in "${commands[@]}"; do
            IFS='|' read -r label file cmd <<<"$c"
            names+=(-n "$style-${size}mb $label")
            cmds+=("$cmd")
        done
        for ((round = 1; round <= rounds; ++round)); do
            echo "== $style ${size} MB, round $round/$rounds" >&2
            hyperfine -N --style none --warmup 1 --runs "$(runs_for "$size")" \
                --export-json "$work/round.json" "${names[@]}" "${cmds[@]}" >/dev/null
            python3 - "$work/times.json" "$work/round.json" <<'EOF'
import json, sys
times = json.load(open(sys.argv[1]))
for r in json.load(open(sys.argv[2]))["results"]:
    t = times.setdefault(r["command"], {"wall": [], "cpu": []})
    t["wall"].extend(r["times"])
    t["cpu"].append(r["user"] + r["system"])  # hyperfine keeps only the round's mean
json.dump(times, open(sys.argv[1], "w"))
EOF
        done
        for c in "${commands[@]}"; do
            IFS='|' read -r label file cmd <<<"$c"
            # shellcheck disable=SC2086 # cmd is a list of words
            /usr/bin/time -f '%M' -o "$work/rss" $cmd >/dev/null
            printf '%s\t%s\t%s\n' "$style-${size}mb $label" "$(stat -c %s "$file")" "$(cat "$work/rss")" >>"$work/rss.tsv"
        done
    done
done

# Compile cost: one TU, best of three, each configuration.
compile_row() {
    local label=$1 best=
    shift
    for _ in 1 2 3; do
        local start end t
        start=$(date +%s.%N)
        "$cxx" -std=c++17 -c -o /dev/null "$@"
        end=$(date +%s.%N)
        t=$(python3 -c "print(f'{$end - $start:.2f}')")
        if [[ -z $best ]] || python3 -c "import sys; sys.exit(not ($t < $best))"; then best=$t; fi
    done
    printf '%s\t%s\n' "$label" "$best" >>"$work/compile.tsv"
}
: >"$work/compile.tsv"
for opt in -O0 -O2; do
    compile_row "reportdoc header-only $opt" "$opt" -I include bench/compile/reportdoc.cpp
    compile_row "reportdoc compiled mode (declarations) $opt" "$opt" -DREPORTDOC_HEADER_ONLY=0 -I include bench/compile/reportdoc.cpp
    if [[ -n ${PUGIXML_SRC:-} ]]; then
        compile_row "fmt + pugixml header-only $opt" "$opt" -I "$PUGIXML_SRC" bench/compile/fmt_pugixml.cpp
        compile_row "fmt header-only $opt" "$opt" -DPROBE_PUGIXML=0 bench/compile/fmt_pugixml.cpp
        compile_row "pugixml header-only $opt" "$opt" -DPROBE_FMT=0 -I "$PUGIXML_SRC" bench/compile/fmt_pugixml.cpp
    fi
done

python3 - "$work" "${sizes[@]}" <<'EOF'
import json, statistics, sys, os
work, sizes = sys.argv[1], sys.argv[2:]
raw = json.load(open(os.path.join(work, "times.json")))
rss = {}
for line in open(os.path.join(work, "rss.tsv")):
    label, size, kib = line.rstrip("\n").split("\t")
    rss[label] = (int(size), int(kib) * 1024)

scaling = {}  # metric -> label -> median seconds
for metric, title in (("wall", "wall-clock medians"), ("cpu", "CPU time, user + system, median of the rounds' means")):
    times = {k: statistics.median(v[metric]) for k, v in raw.items()}
    print(f"### Throughput: {title}\n")
    print("| input | reportdoc text→html | cmark md→html | pandoc md→html | reportdoc ÷ cmark | reportdoc ÷ pandoc "
          "| reportdoc xml→html | pugixml load | xml→html ÷ pugixml |")
    print("|---|---|---|---|---|---|---|---|---|")
    for size in sizes:
        for style in ("zh", "en"):
            p = f"{style}-{size}mb "
            t, c, x, l = (times[p + k] for k in ("reportdoc text→html", "cmark md→html", "reportdoc xml→html", "pugixml load"))
            tb, cb = rss[p + "reportdoc text→html"][0], rss[p + "cmark md→html"][0]
            pan = times.get(p + "pandoc md→html")
            cell = lambda s, b: f"{s * 1000:.1f} ms ({b / s / 1e6:.0f} MB/s)"
            print(f"| {style} {size} MB | {cell(t, tb)} | {cell(c, cb)} | "
                  + (cell(pan, cb) if pan else "–") + f" | {c / t:.2f}× | " + (f"{pan / t:.0f}×" if pan else "–")
                  + f" | {x * 1000:.1f} ms | {l * 1000:.1f} ms | {x / l:.2f}× |")
    print()
    scaling[metric] = times

print("reportdoc ÷ cmark and ÷ pandoc: how many times faster reportdoc is (their time ÷ ours); "
      "xml→html ÷ pugixml: our time ÷ the bare load's. MB/s: 10^6 bytes of each tool's own input per second.\n")
print("### Peak RSS as a multiple of the input size (/usr/bin/time -v)\n")
labels = ["reportdoc text→html", "cmark md→html", "pandoc md→html", "reportdoc xml→html", "pugixml load"]
print("| input | " + " | ".join(labels) + " |")
print("|---|" + "---|" * len(labels))
for size in sizes:
    for style in ("zh", "en"):
        p = f"{style}-{size}mb "
        cells = [f"{rss[p + l][1] / rss[p + l][0]:.2f}×" if p + l in rss else "–" for l in labels]
        print(f"| {style} {size} MB | " + " | ".join(cells) + " |")

if len(sizes) > 1:
    print("\n### Scaling: time ratio for 10× the input (linear = 10×), wall / CPU\n")
    steps = list(zip(sizes, sizes[1:]))
    print("| command | " + " | ".join(f"{a}→{b} MB" for a, b in steps) + " |")
    print("|---|" + "---|" * len(steps))
    for style in ("zh", "en"):
        for l in ["reportdoc text→html", "cmark md→html", "reportdoc xml→html", "pugixml load"]:
            ratio = lambda m, a, b: scaling[m][f"{style}-{b}mb {l}"] / scaling[m][f"{style}-{a}mb {l}"]
            cells = [f"{ratio('wall', a, b):.2f}× / {ratio('cpu', a, b):.2f}×" for a, b in steps]
            print(f"| {style} {l} | " + " | ".join(cells) + " |")
print("\n### Compile cost of one translation unit (best of 3, seconds)\n")
print("| translation unit | time |")
print("|---|---|")
compile_times = {}
for line in open(os.path.join(work, "compile.tsv")):
    label, t = line.rstrip("\n").split("\t")
    compile_times[label] = float(t)
    print(f"| {label} | {t} |")
for opt in ("-O0", "-O2"):
    base = compile_times.get(f"fmt + pugixml header-only {opt}")
    if base:
        print(f"\nreportdoc header-only ÷ fmt + pugixml header-only at {opt}: "
              f"{compile_times[f'reportdoc header-only {opt}'] / base:.2f}×")
EOF
