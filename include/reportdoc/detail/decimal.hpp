// SPDX-License-Identifier: MIT
// The decimal digits of an unsigned number. std::to_chars compiles a routine
// for every base it offers (2, 8, 10, 16 and the rest) into each program that
// calls it; the writers (numbers, ids, source spans) need base 10 only.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace reportdoc::detail {

/// Room for the digits of any std::uint64_t.
using decimal_buffer = char[20];

/// The digits of n, written at the end of `buffer`.
inline std::string_view decimal(std::uint64_t n, decimal_buffer& buffer) noexcept {
    char* const last = buffer + sizeof buffer;
    char* first = last;
    do {
        *--first = static_cast<char>('0' + n % 10);
        n /= 10;
    } while (n != 0);
    return {first, static_cast<std::size_t>(last - first)};
}

}  // namespace reportdoc::detail
