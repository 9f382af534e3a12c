#!/bin/sh
# SPDX-License-Identifier: MIT
# Regenerates the punctuation-width twins of the fixtures: each twin must read
# into the same outline as its original, modulo the width of the punctuation.
set -eu
cd "$(dirname "$0")"
to_half() { sed -e 's/，/,/g; s/：/:/g; s/（/(/g; s/）/)/g; s/；/;/g; s/！/!/g; s/？/?/g; s/．/./g' "$1"; }
# Only delimiters become full width: 1.5亿元 and 85.3% keep their points.
to_full() { sed -E -e 's/,/，/g; s/:/：/g; s/\(/（/g; s/\)/）/g; s/;/；/g; s/!/！/g; s/\?/？/g' \
                   -e 's/^([　 ]*[0-9]+)\.([^0-9])/\1．\2/' "$1"; }
for f in scraped-page notice-with-attachments starts-at-paren mixed-levels speech-part-heading; do
    to_half "$f.txt" > "$f-halfwidth.txt"
done
to_full standalone-headings.txt > standalone-headings-fullwidth.txt
