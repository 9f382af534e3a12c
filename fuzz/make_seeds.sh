#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Writes seed corpora for the fuzz targets (nothing here is committed):
#
#   fuzz/make_seeds.sh BUILD_DIR OUT_DIR
#
# BUILD_DIR is a build of fuzz/CMakeLists.txt (it has reportdoc-fuzz-corpus and
# reportdoc-convert). OUT_DIR gets:
#   text/  the text fixtures (tests/data, examples/data, ../shared/samples),
#          the test suite's inline documents (string literals holding a line
#          break) and the plain-text rendering of the model corpus;
#   xml/   examples/data/*.xml, the model corpus as XML (indented, compact, with
#          spans) and every text seed read and written as XML;
#   writers/ the text seeds again: fuzz_writers reads any bytes as a document recipe.
set -euo pipefail

if (($# != 2)); then
    echo "usage: fuzz/make_seeds.sh BUILD_DIR OUT_DIR" >&2
    exit 2
fi
cd "$(dirname "$0")/.."
build=$(cd "$1" && pwd)
out=$2
rm -rf "$out"
mkdir -p "$out/text" "$out/xml" "$out/writers"

convert=$(find "$build" -name reportdoc-convert -type f -perm -u+x | head -n 1)
[[ -n $convert ]] || { echo "make_seeds.sh: no reportdoc-convert under $build" >&2; exit 1; }

find tests/data examples/data ../shared/samples -name '*.txt' -type f 2>/dev/null |
    while read -r file; do cp "$file" "$out/text/$(echo "$file" | tr '/' '_')"; done

# The inline documents of the tests: raw strings and ordinary literals with \n,
# adjacent literals joined as the compiler joins them.
python3 - "$out/text" tests/*.cpp <<'PY'
import re, sys
out, files = sys.argv[1], sys.argv[2:]
raw = re.compile(r'R"([^(\s]*)\((.*?)\)\1"', re.S)
ordinary = re.compile(r'"((?:[^"\\\n]|\\.)*)"')
def unescape(s):
    out, i = bytearray(), 0
    simple = {'n': 10, 't': 9, 'r': 13, 'f': 12, '0': 0, '\\': 92, '"': 34, "'": 39}
    while i < len(s):
        if s[i] == '\\' and i + 1 < len(s):
            c = s[i + 1]
            if c == 'x':
                m = re.match(r'[0-9A-Fa-f]{1,2}', s[i + 2:])
                out.append(int(m.group(0), 16)); i += 2 + len(m.group(0)); continue
            out.append(simple.get(c, ord(c) if c.isascii() else 63)); i += 2; continue
        out += s[i].encode(); i += 1
    return bytes(out)
n = 0
for path in files:
    source = open(path, encoding='utf-8').read()
    docs = [m.group(2).encode() for m in raw.finditer(source)]
    source = raw.sub('""', source)
    for statement in re.split(r';', source):
        literals = ordinary.findall(statement)
        joined = b''.join(unescape(l) for l in literals)
        if b'\n' in joined and len(joined) > 8: docs.append(joined)
    for d in docs:
        n += 1
        open(f'{out}/inline-{n:04d}.txt', 'wb').write(d)
print(f'make_seeds.sh: {n} inline documents from the tests')
PY

"$build/reportdoc-fuzz-corpus" --format xml "$out/xml" >/dev/null
cp examples/data/*.xml "$out/xml/"
for xml in "$out"/xml/*.xml; do
    "$convert" --from xml --to text "$xml" -o "$out/text/corpus-$(basename "$xml" .xml).txt" 2>/dev/null || true
done
for txt in "$out"/text/*.txt; do
    "$convert" --from text --to xml "$txt" -o "$out/xml/from-$(basename "$txt" .txt).xml" 2>/dev/null || true
done
cp "$out"/text/* "$out/writers/"
for dir in text xml writers; do
    echo "make_seeds.sh: $(find "$out/$dir" -type f | wc -l) seeds in $out/$dir ($(du -sh "$out/$dir" | cut -f1))"
done
