#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Renders HTML pages to PNG with headless Chromium at a phone width (390px)
# and a desktop width (1280px), to look at reportdoc's HTML as a reader would.
#
#   scripts/screenshot.sh [-o DIR] [-H HEIGHT] PAGE.html...
#
# Writes DIR/PAGE-phone.png and DIR/PAGE-desktop.png (DIR defaults to the
# page's directory). HEIGHT is the height of the captured window in CSS pixels
# (default 2400 for the phone, 1600 for the desktop); what lies below is cut.
# Needs the Debian packages chromium and fonts-noto-cjk.
set -euo pipefail

out_dir=""
height=""
while getopts "o:H:h" opt; do
    case "$opt" in
        o) out_dir="$OPTARG" ;;
        H) height="$OPTARG" ;;
        *) sed -n '3,11p' "$0" | sed 's/^# \{0,1\}//'; exit 2 ;;
    esac
done
shift $((OPTIND - 1))
if [ $# -eq 0 ]; then
    sed -n '3,11p' "$0" | sed 's/^# \{0,1\}//'
    exit 2
fi

browser=""
for candidate in chromium chromium-browser google-chrome; do
    if command -v "$candidate" >/dev/null 2>&1; then browser="$candidate"; break; fi
done
if [ -z "$browser" ]; then
    echo "screenshot.sh: no chromium found (apt-get install chromium fonts-noto-cjk)" >&2
    exit 1
fi

profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT

shoot() {  # page width height png
    "$browser" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
        --disable-background-networking --disable-component-update --disable-sync \
        --hide-scrollbars --user-data-dir="$profile" \
        --window-size="$2,$3" --screenshot="$4" "file://$1" >/dev/null 2>&1
    if [ ! -s "$4" ]; then
        echo "screenshot.sh: chromium wrote no $4" >&2
        exit 1
    fi
    echo "$4"
}

for page in "$@"; do
    path=$(realpath "$page")
    dir=${out_dir:-$(dirname "$path")}
    mkdir -p "$dir"
    base=$(basename "$path" .html)
    shoot "$path" 390 "${height:-2400}" "$dir/$base-phone.png"
    shoot "$path" 1280 "${height:-1600}" "$dir/$base-desktop.png"
done
