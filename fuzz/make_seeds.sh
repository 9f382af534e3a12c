#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Writes seed corpora for the fuzz targets (generated, never committed):
#
#   fuzz/make_seeds.sh SEEDS_TOOL OUT_DIR
#
# SEEDS_TOOL is reportdoc-fuzz-seeds from a build of fuzz/CMakeLists.txt.
# OUT_DIR gets text/ (the text fixtures of tests/data, examples/data and
# ../shared/samples, the test suite's inline documents, and the model corpus
# written by render_text), xml/ (examples/data/*.xml, the model corpus by
# render_xml, and every text seed read and written as XML) and writers/ (the
# text seeds again: fuzz_writers reads any bytes as a recipe for a document).
set -euo pipefail

if (($# != 2)); then
    echo "usage: fuzz/make_seeds.sh SEEDS_TOOL OUT_DIR" >&2
    exit 2
fi
tool=$(realpath "$1")
out=$2
cd "$(dirname "$0")/.."
rm -rf "$out"
mkdir -p "$out/inline"

# The tests' inline documents: raw strings, and ordinary literals that hold a
# line break (adjacent literals joined, as the compiler joins them).
python3 - "$out/inline" tests/*.cpp <<'PY'
import re, sys
out, files = sys.argv[1], sys.argv[2:]
raw = re.compile(r'R"([^(\s]*)\((.*?)\)\1"', re.S)
ordinary = re.compile(r'"((?:[^"\\\n]|\\.)*)"')
simple = {'n': 10, 't': 9, 'r': 13, 'f': 12, '0': 0, '\\': 92, '"': 34, "'": 39}
def unescape(s):
    out, i = bytearray(), 0
    while i < len(s):
        if s[i] == '\\' and i + 1 < len(s):
            c = s[i + 1]
            if c == 'x':
                digits = re.match(r'[0-9A-Fa-f]{1,2}', s[i + 2:]).group(0)
                out.append(int(digits, 16))
                i += 2 + len(digits)
                continue
            out.append(simple.get(c, ord(c) if c.isascii() else 63))
            i += 2
            continue
        out += s[i].encode()
        i += 1
    return bytes(out)
n = 0
for path in files:
    source = open(path, encoding='utf-8').read()
    docs = [m.group(2).encode() for m in raw.finditer(source)]
    for statement in raw.sub('""', source).split(';'):
        joined = b''.join(unescape(l) for l in ordinary.findall(statement))
        if b'\n' in joined and len(joined) > 8:
            docs.append(joined)
    for d in docs:
        n += 1
        open(f'{out}/inline-{n:04d}.txt', 'wb').write(d)
PY

mapfile -t texts < <(find tests/data examples/data ../shared/samples "$out/inline" -name '*.txt' -type f 2>/dev/null | sort)
"$tool" "$out" "${texts[@]}"
rm -rf "$out/inline"
cp examples/data/*.xml "$out/xml/"
cp -r "$out/text" "$out/writers"
for dir in text xml writers; do
    echo "make_seeds.sh: $(find "$out/$dir" -type f | wc -l) seeds in $out/$dir ($(du -sh "$out/$dir" | cut -f1))"
done
