#!/bin/sh
# SPDX-License-Identifier: MIT
# Builds and tests the meson downstream project with reportdoc as its
# subproject, in a fresh WORK_DIR.
#   meson_subproject.sh REPORTDOC_SOURCE_DIR WORK_DIR
set -eu
source_dir=$(cd "$1" && pwd)
work=$2
here=$(cd "$(dirname "$0")" && pwd)

rm -rf "$work"
mkdir -p "$work/project/subprojects"
cp "$here/meson_subproject/meson.build" "$here/consumer.cpp" "$work/project/"
ln -s "$source_dir" "$work/project/subprojects/reportdoc"

# --force-fallback-for: use the subproject even where an installed reportdoc
# could be found through pkg-config.
meson setup "$work/build" "$work/project" --force-fallback-for=reportdoc
meson compile -C "$work/build"
meson test -C "$work/build" --print-errorlogs
