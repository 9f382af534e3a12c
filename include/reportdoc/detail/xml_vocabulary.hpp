// SPDX-License-Identifier: MIT
// What the XML reader and writer share: the namespace, the spelling of source
// spans and of enumerations (docs/xml.md describes the whole vocabulary).
#pragma once

#include <reportdoc/model.hpp>

#include <array>
#include <charconv>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <string_view>
#include <system_error>
#include <type_traits>

namespace reportdoc::detail {

/// The namespace of every reportdoc XML element.
inline constexpr std::string_view xml_namespace = "https://reportdoc.dev/ns/1";

/// Appends a span as `LINE:COLUMN+OFFSET-LINE:COLUMN+OFFSET` (begin, then end) to
/// anything with append(first, last) and push_back(char).
template <class Output>
void format_span(const source_span& span, Output& out) {
    const auto number = [&out](std::uint64_t value, char after) {
        char digits[std::numeric_limits<std::uint64_t>::digits10 + 2];
        const char* const last = std::to_chars(digits, digits + sizeof digits, value).ptr;
        out.append(digits, last);
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

/// Reads what format_span writes from a NUL-terminated string (an attribute
/// value as pugixml holds it: no strlen first); false (and `span` unspecified)
/// when it is not such a span. One pass over the characters: every element of
/// a converted document has a span.
inline bool parse_span(const char* s, source_span& span) noexcept {
    // A decimal number that fits `value`, then `separator` ('\0': the end of s).
    const auto take = [&s](char separator, auto& value) {
        using number = std::remove_reference_t<decltype(value)>;
        constexpr number max = std::numeric_limits<number>::max();
        constexpr int unchecked = std::numeric_limits<number>::digits10;  // this many digits cannot overflow
        const char* p = s;                                                // a local: the loop keeps it in a register
        number v = 0;
        for (; static_cast<unsigned char>(*p - '0') < 10; ++p)
            v = static_cast<number>(v * 10 + static_cast<number>(*p - '0'));
        if (p - s > unchecked) {
            // Long enough to have wrapped around: read again, checked.
            v = 0;
            for (const char* q = s; q != p; ++q) {
                const auto digit = static_cast<number>(*q - '0');
                if (v > max / 10 || (v == max / 10 && digit > max % 10)) return false;
                v = static_cast<number>(v * 10 + digit);
            }
        }
        if (p == s || *p != separator) return false;
        s = p + 1;
        value = v;
        return true;
    };
    return take(':', span.begin.line) && take('+', span.begin.column) && take('-', span.begin.offset) &&
           take(':', span.end.line) && take('+', span.end.column) && take('\0', span.end.offset);
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
