// SPDX-License-Identifier: MIT
// All escaping of reportdoc, in one place: one table per target language and
// one engine that copies runs of safe bytes at once (as cmark's houdini does).
// Every escape also repairs the text: an invalid UTF-8 sequence becomes U+FFFD,
// so no writer can emit invalid UTF-8 whatever the model holds.
#pragma once

#include <reportdoc/detail/utf8.hpp>
#include <reportdoc/output.hpp>

#include <array>
#include <cstdint>
#include <string_view>

namespace reportdoc::detail {

/// What the engine does with each byte value.
struct escape_table {
    /// 0: copy; 1: start of a multi-byte sequence, validated and copied (or
    /// replaced by U+FFFD); k >= 2: write replacement[k - 2] instead.
    std::array<std::uint8_t, 256> action{};
    std::array<std::string_view, 12> replacement{};
    /// Also replace the noncharacters U+FFFE and U+FFFF (not allowed in XML).
    bool replace_noncharacters = false;
};

namespace escape_detail {
struct entry {
    unsigned char byte;
    std::string_view replacement;
};

template <std::size_t N>
constexpr escape_table make_table(const entry (&entries)[N], bool controls_to_fffd, bool noncharacters) {
    escape_table t;
    for (unsigned b = 0x80; b < 0x100; ++b) t.action[b] = 1;
    std::size_t next = 0;
    if (controls_to_fffd) {
        // C0 controls other than tab, LF and CR, and DEL: not allowed in XML and
        // meaningless in HTML.
        t.replacement[next] = replacement_utf8;
        for (unsigned b = 0; b < 0x20; ++b)
            if (b != '\t' && b != '\n' && b != '\r') t.action[b] = static_cast<std::uint8_t>(next + 2);
        t.action[0x7F] = static_cast<std::uint8_t>(next + 2);
        ++next;
    }
    for (const entry& e : entries) {
        t.replacement[next] = e.replacement;
        t.action[e.byte] = static_cast<std::uint8_t>(next + 2);
        ++next;
    }
    t.replace_noncharacters = noncharacters;
    return t;
}

inline constexpr entry no_entries[1] = {{0, replacement_utf8}};  // NUL, already replaced as a control
}  // namespace escape_detail

/// XML character data (element content). CR is a character reference because
/// a parser's end-of-line handling would turn a literal CR (or CR LF) into LF.
inline constexpr escape_table xml_text_table =
    escape_detail::make_table<4>({{'&', "&amp;"}, {'<', "&lt;"}, {'>', "&gt;"}, {'\r', "&#13;"}}, true, true);
/// XML attribute values in double quotes; whitespace other than space is kept
/// as character references because attribute normalisation would turn it into spaces.
inline constexpr escape_table xml_attribute_table = escape_detail::make_table<7>(
    {{'&', "&amp;"}, {'<', "&lt;"}, {'>', "&gt;"}, {'"', "&quot;"}, {'\n', "&#10;"}, {'\t', "&#9;"}, {'\r', "&#13;"}},
    true, true);
/// HTML text content.
inline constexpr escape_table html_text_table =
    escape_detail::make_table<3>({{'&', "&amp;"}, {'<', "&lt;"}, {'>', "&gt;"}}, true, false);
/// HTML attribute values in double quotes.
inline constexpr escape_table html_attribute_table = escape_detail::make_table<5>(
    {{'&', "&amp;"}, {'<', "&lt;"}, {'>', "&gt;"}, {'"', "&quot;"}, {'\'', "&#39;"}}, true, false);
/// Plain text: nothing to escape, but the UTF-8 is repaired and controls other
/// than tab and newline are replaced.
inline constexpr escape_table plain_text_table = escape_detail::make_table(escape_detail::no_entries, true, false);

/// Writes s to out, escaped by the table.
inline void escape(output_sink& out, std::string_view s, const escape_table& table) {
    const char* const data = s.data();
    const std::size_t n = s.size();
    std::size_t run = 0;  // start of the pending run of bytes to copy
    std::size_t i = 0;
    while (i < n) {
        const std::uint8_t action = table.action[static_cast<unsigned char>(data[i])];
        if (action == 0) {
            ++i;
            continue;
        }
        if (action == 1) {
            const utf8_char c = decode_utf8(s, i);
            const bool nonchar = table.replace_noncharacters && (c.code_point == 0xFFFE || c.code_point == 0xFFFF);
            if (c.valid && !nonchar) {
                i += c.length;
                continue;
            }
            if (i > run) out.append(data + run, data + i);
            out.append(replacement_utf8);
            i += c.length;
            run = i;
            continue;
        }
        if (i > run) out.append(data + run, data + i);
        out.append(table.replacement[action - 2]);
        ++i;
        run = i;
    }
    if (n > run) out.append(data + run, data + n);
}

}  // namespace reportdoc::detail
