// SPDX-License-Identifier: MIT
// Character classes the readers and the writers must agree on: what counts
// as space, as a Latin letter, as a CJK character, and as text that joins CJK
// without a space.
#pragma once

namespace reportdoc::detail {

/// Spaces that may separate a marker from its text or indent a line.
constexpr bool is_space_char(char32_t c) noexcept {
    return c == U' ' || c == U'\t' || c == U'\u3000' || c == U'\u00A0' || c == U'\u2002' || c == U'\u2003' ||
           c == U'\u2009' || c == U'\u202F';
}

/// A..Z and a..z. Setting bit 5 maps A..Z onto a..z and nothing else onto
/// them: one comparison.
constexpr bool is_ascii_letter(char32_t c) noexcept { return (c | 0x20u) - U'a' < 26u; }

/// CJK ideographs (with extensions and compatibility forms), kana and hangul syllables.
constexpr bool is_cjk_char(char32_t c) noexcept {
    return (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xF900 && c <= 0xFAFF) ||
           (c >= 0x20000 && c <= 0x3FFFF) || (c >= 0x3040 && c <= 0x30FF) || (c >= 0xAC00 && c <= 0xD7AF);
}

/// True when c reads as CJK text at a line edge: a wrapped line ending or
/// starting with it is joined to its neighbour without a space.
constexpr bool reads_as_cjk(char32_t c) noexcept {
    // U+2014 is the least of them: Latin text, most of what is asked, stops at once.
    return c >= 0x2014 &&
           (is_cjk_char(c) || (c >= 0x3000 && c <= 0x303F) || (c >= 0xFF00 && c <= 0xFFEF) || c == U'\u2026' ||
            c == U'\u2014' || c == U'\u201C' || c == U'\u201D' || c == U'\u2018' || c == U'\u2019');
}

}  // namespace reportdoc::detail
