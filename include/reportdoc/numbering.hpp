// SPDX-License-Identifier: MIT
// What a numbering label says: its style, ordinal and depth.
#pragma once

#include <reportdoc/config.hpp>
#include <reportdoc/model.hpp>

#include <cstdint>
#include <string_view>

namespace reportdoc {

/// What a label such as "一、", "(二)", "1.2.3", "IV." or "第三条" says.
struct label_info {
    /// The numbering style the label shows.
    numbering_style style = numbering_style::none;
    std::uint32_t ordinal = 0;  ///< 0 when the label is not a number (a bullet, or empty).
    unsigned depth = 1;         ///< Components of a dotted path ("1.2.3" = 3); 1 otherwise.
};

/// Reads a label as written. Full-width and half-width punctuation are the
/// same; a single letter that is also a roman numeral ("I.", "C.") reads as roman.
///
///     classify_label("(三)")  → {cjk_parenthesized, 3, 1}
///     classify_label("2.4.1") → {dotted_path, 1, 3}
REPORTDOC_FUNC label_info classify_label(std::string_view label) noexcept;

}  // namespace reportdoc

#if REPORTDOC_DEFINE_FUNCTIONS
#include <reportdoc/detail/markers.hpp>

namespace reportdoc {
REPORTDOC_FUNC label_info classify_label(std::string_view label) noexcept {
    while (!label.empty() && (label.back() == ' ' || label.back() == '\t')) label.remove_suffix(1);
    while (!label.empty() && (label.front() == ' ' || label.front() == '\t')) label.remove_prefix(1);
    const detail::marker m = detail::find_marker(label);
    if (!m) return {};
    return {m.style, m.ordinal, m.depth};
}
}  // namespace reportdoc
#endif
