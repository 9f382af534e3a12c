// SPDX-License-Identifier: MIT
// What the XML reader and writer share: the namespace, the spelling of source
// spans and of enumerations (docs/xml.md describes the whole vocabulary).
#pragma once

#include <reportdoc/detail/decimal.hpp>
#include <reportdoc/detail/utf8.hpp>
#include <reportdoc/model.hpp>

#include <array>
#include <charconv>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <string_view>
#include <system_error>

namespace reportdoc::detail {

/// The namespace of every reportdoc XML element.
inline constexpr std::string_view xml_namespace = "https://reportdoc.dev/ns/1";

/// Appends a span as `LINE:COLUMN+OFFSET-LINE:COLUMN+OFFSET` (begin, then end) to
/// anything with append(first, last) and push_back(char).
template <class Output>
void format_span(const source_span& span, Output& out) {
    const auto number = [&out](std::uint64_t value, char after) {
        decimal_buffer buffer;
        const std::string_view digits = decimal(value, buffer);
        out.append(digits.data(), digits.data() + digits.size());
        if (after) out.push_back(after);
    };
    number(span.begin.line, ':');
    number(span.begin.column, '+');
    number(span.begin.offset, '-');
    number(span.end.line, ':');
    number(span.end.column, '+');
    number(span.end.offset, '\0');
}

/// Reads an unsigned decimal number that is all of `s`: digits only, no sign or space.
template <class Unsigned>
bool parse_decimal(std::string_view s, Unsigned& value) noexcept {
    if (s.empty() || s[0] < '0' || s[0] > '9') return false;
    const char* const end = s.data() + s.size();
    const auto [ptr, ec] = std::from_chars(s.data(), end, value);
    return ec == std::errc() && ptr == end;
}

namespace span_detail {
// A decimal number that fits `value` at s, then `separator` ('\0': the end of
// s); s moves past the separator. Inlined into parse_span: a call for each of
// its six numbers cost as much as reading them.
template <class Number>
REPORTDOC_ALWAYS_INLINE inline bool take(const char*& s, char separator, Number& value,
                                         const char* readable_end) noexcept {
    static_assert(std::numeric_limits<Number>::digits10 >= 7,
                  "the word-wise read below takes up to seven digits unchecked");
    constexpr Number max = std::numeric_limits<Number>::max();
    constexpr int unchecked = std::numeric_limits<Number>::digits10;  // this many digits cannot overflow
    const char* p = s;                                                // a local: the loop keeps it in a register
    if (readable_end && readable_end - p >= 8) {
        // Each byte less '0': a digit is 0..9; the first byte that is not gets
        // its high bit set by the subtraction or the addition (borrows and
        // carries only reach the bytes after it).
        const std::uint64_t d = load_word(p) - low_bits * '0';
        if (const std::uint64_t stops = (d | (d + low_bits * 0x76)) & high_bits) {
            const unsigned digits = first_high_byte(stops);
            if (digits == 0 || p[digits] != separator) return false;
            // The digits moved to the top bytes, leading zeros below them;
            // then pairs, fours and eights of digits combined.
            std::uint64_t v = d << (64 - 8 * digits);
            v = ((v & 0x0F0F0F0F0F0F0F0Fu) * 2561) >> 8;
            v = ((v & 0x00FF00FF00FF00FFu) * 6553601) >> 16;
            v = ((v & 0x0000FFFF0000FFFFu) * 42949672960001u) >> 32;
            s = p + digits + 1;
            value = static_cast<Number>(v);  // seven digits at most: it fits
            return true;
        }
    }
    Number v = 0;
    for (; static_cast<unsigned char>(*p - '0') < 10; ++p)
        v = static_cast<Number>(v * 10 + static_cast<Number>(*p - '0'));
    if (p - s > unchecked) {
        // Long enough to have wrapped around: read again, checked.
        v = 0;
        for (const char* q = s; q != p; ++q) {
            const auto digit = static_cast<Number>(*q - '0');
            if (v > max / 10 || (v == max / 10 && digit > max % 10)) return false;
            v = static_cast<Number>(v * 10 + digit);
        }
    }
    if (p == s || *p != separator) return false;
    s = p + 1;
    value = v;
    return true;
}
}  // namespace span_detail

/// Reads what format_span writes from a NUL-terminated string (an attribute
/// value as pugixml holds it: no strlen first); false (and `span` unspecified)
/// when it is not such a span. One pass over the characters: every element of
/// a converted document has a span. `readable_end`, when given, is where the
/// buffer s lies in ends (s may be read up to it, past its NUL): a number
/// with eight bytes readable from its start is then read eight digits at a
/// time (the numbers of a document under 10 MB have at most seven digits).
inline bool parse_span(const char* s, source_span& span, const char* readable_end = nullptr) noexcept {
    using span_detail::take;
    return take(s, ':', span.begin.line, readable_end) && take(s, '+', span.begin.column, readable_end) &&
           take(s, '-', span.begin.offset, readable_end) && take(s, ':', span.end.line, readable_end) &&
           take(s, '+', span.end.column, readable_end) && take(s, '\0', span.end.offset, readable_end);
}

/// The enumerator of E whose to_string() is `name`; false when there is none.
template <class E>
bool enum_from_string(std::string_view name, E& value) noexcept {
    // The names, asked of to_string once: a call for each candidate of each
    // value read was most of reading a section's attributes.
    static const auto names = [] {
        std::array<std::string_view, std::numeric_limits<std::uint8_t>::max() + 1> all{};
        for (std::size_t i = 0; i < all.size(); ++i) {
            all[i] = to_string(static_cast<E>(i));
            if (all[i].empty()) break;
        }
        return all;
    }();
    for (std::size_t i = 0; i < names.size() && !names[i].empty(); ++i) {
        if (names[i] == name) {
            value = static_cast<E>(i);
            return true;
        }
    }
    return false;
}

}  // namespace reportdoc::detail
