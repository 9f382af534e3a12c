#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# reportdoc-convert's exit status on hostile and broken input stays as
# documented: 0 success (warnings allowed), 1 input errors or unreadable or
# unwritable files, 2 usage errors; and diagnostics name FILE:LINE:COL.
#
#   fuzz/convert_exit_codes.sh PATH/TO/reportdoc-convert
set -uo pipefail

if (($# != 1)); then
    echo "usage: fuzz/convert_exit_codes.sh PATH/TO/reportdoc-convert" >&2
    exit 2
fi
convert=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0

# expect STATUS STDERR_PATTERN ARGS... (the pattern is an extended regex; '' for any)
expect() {
    local want=$1 pattern=$2
    shift 2
    "$convert" "$@" >"$work/out" 2>"$work/err"
    local got=$?
    if [[ $got != "$want" ]]; then
        echo "FAIL: reportdoc-convert $*: exit $got, expected $want; stderr: $(head -c 300 "$work/err")"
        failures=$((failures + 1))
    elif [[ -n $pattern ]] && ! grep -Eq -- "$pattern" "$work/err"; then
        echo "FAIL: reportdoc-convert $*: stderr lacks /$pattern/: $(head -c 300 "$work/err")"
        failures=$((failures + 1))
    fi
}

report='<report xmlns="https://reportdoc.dev/ns/1" version="1">'
printf '标题\n\n正文。\n' >"$work/ok.txt"
printf '%s<body><paragraph>a</paragraph></body></report>' "$report" >"$work/ok.xml"
printf 'Title\n\nab\xffc \xed\xa0\x80 \xc0\xaf n\0l\n' >"$work/bad-utf8.txt"
printf '' >"$work/empty.txt"
printf '%s\n<body>\n  <paragraph>a</body>\n</report>' "$report" >"$work/malformed.xml"
printf '<!DOCTYPE r [<!ENTITY e SYSTEM "file:///etc/passwd">]>\n%s<body><paragraph>&e;</paragraph></body></report>' \
    "$report" >"$work/doctype.xml"
printf '%s<body><paragraph>a&#0;b</paragraph></body></report>' "$report" >"$work/nul-reference.xml"
printf '%s<body><paragraph>\xff</paragraph></body></report>' "$report" >"$work/bad-utf8.xml"
head -c 100000 /dev/zero >"$work/zeros.bin"

# 0: success, warnings allowed.
expect 0 '' "$work/ok.txt"
expect 0 '' "$work/ok.xml" --to markdown
expect 0 '' --from text --to xml - <"$work/ok.txt"
expect 0 '' "$work/empty.txt"
expect 0 'bad-utf8\.txt:3:3: warning: invalid UTF-8' "$work/bad-utf8.txt" --to text
expect 0 'zeros\.bin:1:1: warning: control character' --from text "$work/zeros.bin"
# 1: input errors, unreadable input, unwritable output.
expect 1 'malformed\.xml:3:[0-9]+: error: .*\[xml-syntax\]' "$work/malformed.xml"
expect 1 'doctype\.xml:1:1: error: .*\[xml-doctype\]' "$work/doctype.xml"
expect 1 'nul-reference\.xml:1:74: error: character reference &#0;' "$work/nul-reference.xml"
expect 1 'bad-utf8\.xml:1:73: error: .*\[invalid-utf8\]' "$work/bad-utf8.xml"
expect 1 'error: .*\[invalid-utf8\]' --strict "$work/bad-utf8.txt"
expect 1 'zeros\.bin:1:1: error: NUL character' --from xml "$work/zeros.bin"
expect 1 'cannot read' "$work/missing.txt"
expect 1 'cannot write' "$work/ok.txt" -o "$work/no/such/dir/out.html"
# 2: usage errors.
expect 2 'unknown option' --no-such-option "$work/ok.txt"
expect 2 'unknown input format' --from pdf "$work/ok.txt"
expect 2 'unknown output format' --to docx "$work/ok.txt"
expect 2 'needs a number' --width abc "$work/ok.txt"
expect 2 'unknown theme' --theme loud "$work/ok.txt"
expect 2 'needs a file name' "$work/ok.txt" -o
expect 2 'more than one input' "$work/ok.txt" "$work/ok.xml"

if ((failures)); then
    echo "convert_exit_codes.sh: $failures failed"
    exit 1
fi
echo "convert_exit_codes.sh: all passed"
