// SPDX-License-Identifier: MIT
#pragma once

#include <cstdio>
#include <string>

namespace reportdoc::testing {

/// The whole file, or an empty string when it cannot be read.
inline std::string read_file(const std::string& path) {
    std::string out;
    std::FILE* f = std::fopen(path.c_str(), "rb");
    if (!f) return out;
    char buffer[1 << 16];
    std::size_t n;
    while ((n = std::fread(buffer, 1, sizeof buffer, f)) > 0) out.append(buffer, n);
    std::fclose(f);
    return out;
}

}  // namespace reportdoc::testing
