#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Installs everything reportdoc needs to build and test on Debian 12 (bookworm).
# Idempotent: when every package is already there it only checks and exits.
# Run as root (CI does) or as a user with sudo.
#
#   scripts/install-deps.sh
set -euo pipefail

cd "$(dirname "$0")/.."

# One Debian package a line; add yours with a comment saying who needs it.
packages=(
    # compilers and build systems
    g++
    clang
    libclang-rt-14-dev       # clang's sanitizer and libFuzzer runtimes
    cmake
    ninja-build
    meson
    pkg-config
    git
    # libraries reportdoc uses, and its test framework
    libpugixml-dev
    libfmt-dev
    doctest-dev
    libbenchmark-dev         # benchmarks
    # external validators and reference tools used by the tests
    libxml2-utils            # xmllint --relaxng
    default-jre-headless     # runs vnu-jar, the Nu HTML checker (npm, tests/js)
    cmark                    # reference CommonMark renderer
    pandoc
    hyperfine
    chromium                 # headless screenshots of rendered HTML
    fonts-noto-cjk           # so that CJK text renders in those screenshots
    doxygen                  # API reference
)

# The machine may come with Node.js from elsewhere; Debian's nodejs and npm
# packages conflict with it, so they are only wanted when node or npm is missing.
if ! { command -v node && command -v npm && node --version && npm --version; } >/dev/null 2>&1; then
    packages+=(nodejs npm)
fi

as_root=()
if [[ $(id -u) -ne 0 ]]; then
    as_root=(sudo)
fi

missing=()
for package in "${packages[@]}"; do
    status=$(dpkg-query -W -f='${db:Status-Status}' "$package" 2>/dev/null || true)
    if [[ $status != installed ]]; then
        missing+=("$package")
    fi
done

if ((${#missing[@]})); then
    echo "install-deps: installing ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    "${as_root[@]}" apt-get update -q
    "${as_root[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
else
    echo "install-deps: all ${#packages[@]} Debian packages are installed"
fi

# JavaScript tools of the tests (validators, reference parsers), pinned by the
# lock file. npm ci wipes node_modules, so it only runs when the lock file changed.
if [[ -f tests/js/package-lock.json ]]; then
    if [[ ! -f tests/js/node_modules/.package-lock.json ||
          tests/js/package-lock.json -nt tests/js/node_modules/.package-lock.json ]]; then
        echo "install-deps: npm ci in tests/js"
        npm ci --prefix tests/js --no-audit --no-fund
    else
        echo "install-deps: tests/js/node_modules is up to date"
    fi
fi
