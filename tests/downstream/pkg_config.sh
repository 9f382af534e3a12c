#!/bin/sh
# SPDX-License-Identifier: MIT
# Compiles and runs consumer.cpp with the flags that reportdoc's installed
# pkg-config file gives, as a Makefile-based project would.
#   pkg_config.sh PREFIX WORK_DIR [CXX]
set -eu
prefix=$1
work=$2
cxx=${3:-c++}
here=$(cd "$(dirname "$0")" && pwd)

PKG_CONFIG_PATH="$prefix/share/pkgconfig${PKG_CONFIG_PATH:+:$PKG_CONFIG_PATH}"
export PKG_CONFIG_PATH
pkg-config --exists --print-errors 'reportdoc >= 0.1'
if pkg-config --exists 'reportdoc >= 1.0'; then
    echo "pkg-config accepted reportdoc >= 1.0 for version $(pkg-config --modversion reportdoc)" >&2
    exit 1
fi
# The include directory must be the prefix's, wherever the prefix was moved to.
includedir=$(pkg-config --variable=includedir reportdoc)
if [ "$(cd "$includedir" && pwd -P)" != "$(cd "$prefix/include" && pwd -P)" ]; then
    echo "reportdoc.pc's includedir $includedir is not $prefix/include" >&2
    exit 1
fi

mkdir -p "$work"
# shellcheck disable=SC2046 # pkg-config's output is meant to be split
"$cxx" -std=c++17 -Wall -Wextra -Werror "$here/consumer.cpp" -o "$work/consumer" \
    $(pkg-config --cflags --libs reportdoc)
"$work/consumer"
