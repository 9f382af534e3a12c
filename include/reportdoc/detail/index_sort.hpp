// SPDX-License-Identifier: MIT
// Sorting indices by an order the caller defines. Each std::sort with a comparison
// type of its own is some thirty functions for every program that includes the
// reader to compile; orders passed as a function pointer share one.
#pragma once

#include <reportdoc/detail/array_list.hpp>

#include <algorithm>
#include <cstddef>

namespace reportdoc::detail {

/// An order of indices into what `context` points at: `less(context, a, b)`.
struct index_order {
    const void* context;
    bool (*less)(const void* context, std::size_t a, std::size_t b);
    bool operator()(std::size_t a, std::size_t b) const { return less(context, a, b); }
};

/// The indices 0 .. n-1, sorted by `order` (not stable: an order that must keep
/// equal entries in place breaks ties by index).
inline array_list<std::size_t> sorted_indices(std::size_t n, index_order order) {
    array_list<std::size_t> indices(n);
    for (std::size_t k = 0; k < n; ++k) indices[k] = k;
    std::sort(indices.begin(), indices.end(), order);
    return indices;
}

}  // namespace reportdoc::detail
