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

/// Valid scalar values that a target language forbids; the engine replaces
/// them by U+FFFD as it does invalid UTF-8.
enum class forbidden_scalars : std::uint8_t {
    none,
    xml,   ///< U+FFFE and U+FFFF: not XML characters.
    html,  ///< C1 controls and every noncharacter: parse errors in HTML.
};

/// True when `forbidden` excludes the scalar value cp.
constexpr bool is_forbidden(char32_t cp, forbidden_scalars forbidden) noexcept {
    switch (forbidden) {
        case forbidden_scalars::none: return false;
        case forbidden_scalars::xml: return cp == 0xFFFE || cp == 0xFFFF;
        case forbidden_scalars::html:
            return (cp >= 0x80 && cp <= 0x9F) || (cp >= 0xFDD0 && cp <= 0xFDEF) || (cp & 0xFFFEu) == 0xFFFEu;
    }
    return false;
}

/// What the engine does with each byte value.
struct escape_table {
    /// 0: copy; 1: start of a multi-byte sequence, validated and copied (or
    /// replaced by U+FFFD); k >= 2: write replacement[k - 2] instead.
    std::array<std::uint8_t, 256> action{};
    std::array<std::string_view, 16> replacement{};
    /// Valid scalar values to replace as well.
    forbidden_scalars forbidden = forbidden_scalars::none;
};

namespace escape_detail {
struct entry {
    unsigned char byte;
    std::string_view replacement;
};

template <std::size_t N>
constexpr escape_table make_table(const entry (&entries)[N], bool controls_to_fffd, forbidden_scalars forbidden) {
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
    t.forbidden = forbidden;
    return t;
}

inline constexpr entry no_entries[1] = {{0, replacement_utf8}};  // NUL, already replaced as a control
}  // namespace escape_detail

/// XML character data (element content). CR is a character reference because
/// a parser's end-of-line handling would turn a literal CR (or CR LF) into LF.
/// DEL is a character XML allows: written as a reference, so it survives the round trip visibly.
inline constexpr escape_table xml_text_table = escape_detail::make_table<5>(
    {{'&', "&amp;"}, {'<', "&lt;"}, {'>', "&gt;"}, {'\r', "&#13;"}, {0x7F, "&#127;"}}, true, forbidden_scalars::xml);
/// XML attribute values in double quotes; whitespace other than space is kept
/// as character references because attribute normalisation would turn it into spaces.
inline constexpr escape_table xml_attribute_table = escape_detail::make_table<8>(
    {{'&', "&amp;"}, {'<', "&lt;"}, {'>', "&gt;"}, {'"', "&quot;"}, {'\n', "&#10;"}, {'\t', "&#9;"}, {'\r', "&#13;"},
     {0x7F, "&#127;"}},
    true, forbidden_scalars::xml);
/// HTML text content.
inline constexpr escape_table html_text_table = escape_detail::make_table<3>(
    {{'&', "&amp;"}, {'<', "&lt;"}, {'>', "&gt;"}}, true, forbidden_scalars::html);
/// HTML attribute values in double quotes.
inline constexpr escape_table html_attribute_table = escape_detail::make_table<5>(
    {{'&', "&amp;"}, {'<', "&lt;"}, {'>', "&gt;"}, {'"', "&quot;"}, {'\'', "&#39;"}}, true, forbidden_scalars::html);
/// A URL in a double-quoted HTML attribute: attribute escaping, plus
/// percent-encoding of the printable ASCII characters that are not URL code
/// points (browsers encode most of them anyway; validators reject them raw).
inline constexpr escape_table html_url_table = escape_detail::make_table<13>(
    {{'&', "&amp;"}, {'"', "%22"}, {'<', "%3C"}, {'>', "%3E"}, {' ', "%20"}, {'[', "%5B"}, {'\\', "%5C"},
     {']', "%5D"}, {'^', "%5E"}, {'`', "%60"}, {'{', "%7B"}, {'|', "%7C"}, {'}', "%7D"}},
    true, forbidden_scalars::html);
/// CommonMark inline text: the ASCII punctuation that can start markup
/// anywhere in a line is backslash-escaped, CR (a line ending to a Markdown
/// parser) is a character reference. Scalars HTML forbids are replaced as the
/// HTML writer replaces them, since Markdown is read to become HTML. What
/// depends on the position (line starts, `&` before a name, leading and
/// trailing spaces, `>` `-` `+` `=` `1.` at the start of a line) is the
/// writer's (detail/markdown_writer.inl).
inline constexpr escape_table markdown_text_table = escape_detail::make_table<12>(
    {{'\\', "\\\\"}, {'`', "\\`"}, {'*', "\\*"}, {'_', "\\_"}, {'[', "\\["}, {']', "\\]"}, {'<', "\\<"},
     {'#', "\\#"}, {'!', "\\!"}, {'|', "\\|"}, {'~', "\\~"}, {'\r', "&#13;"}},
    true, forbidden_scalars::html);
/// A CommonMark link destination, bare or in <...> (the writer uses <...>
/// when it holds a space or tab): what would end it or be decoded is escaped,
/// line endings (never allowed there) are percent-encoded.
inline constexpr escape_table markdown_destination_table = escape_detail::make_table<8>(
    {{'\\', "\\\\"}, {'<', "\\<"}, {'>', "\\>"}, {'&', "\\&"}, {'(', "\\("}, {')', "\\)"}, {'\n', "%0A"}, {'\r', "%0D"}},
    true, forbidden_scalars::html);
/// A CommonMark link title in double quotes.
inline constexpr escape_table markdown_title_table = escape_detail::make_table<5>(
    {{'\\', "\\\\"}, {'"', "\\\""}, {'&', "\\&"}, {'\n', "&#10;"}, {'\r', "&#13;"}}, true, forbidden_scalars::html);
/// Markdown code (spans and fenced blocks): nothing to escape, but repaired
/// like every other Markdown text.
inline constexpr escape_table markdown_verbatim_table =
    escape_detail::make_table(escape_detail::no_entries, true, forbidden_scalars::html);
/// A YAML 1.2 double-quoted scalar (the Markdown writer's front matter).
inline constexpr escape_table yaml_double_quoted_table = escape_detail::make_table<5>(
    {{'\\', "\\\\"}, {'"', "\\\""}, {'\n', "\\n"}, {'\r', "\\r"}, {'\t', "\\t"}}, true, forbidden_scalars::html);
/// Plain text: nothing to escape, but the UTF-8 is repaired and controls other
/// than tab and newline are replaced.
inline constexpr escape_table plain_text_table =
    escape_detail::make_table(escape_detail::no_entries, true, forbidden_scalars::none);

/// Writes s to out, escaped by the table.
inline void escape(output_sink& out, std::string_view s, const escape_table& table) {
    const char* const data = s.data();
    const std::size_t n = s.size();
    const auto action_at = [&](std::size_t k) { return table.action[static_cast<unsigned char>(data[k])]; };
    std::size_t run = 0;  // start of the pending run of bytes to copy
    std::size_t i = 0;
    while (i < n) {
        const std::uint8_t action = action_at(i);
        if (action == 0) {
            // Latin text: eight bytes to copy are skipped at once.
            ++i;
            while (i + 8 <= n && (action_at(i) | action_at(i + 1) | action_at(i + 2) | action_at(i + 3) |
                                  action_at(i + 4) | action_at(i + 5) | action_at(i + 6) | action_at(i + 7)) == 0)
                i += 8;
            continue;
        }
        if (action == 1) {
            // CJK text: a run of three-byte characters at once. No table forbids
            // their values: skip_plain_three_byte leaves out those led by EF B7
            // or EF BF (U+FDD0..U+FDEF, U+FFFE, U+FFFF).
            if (const std::size_t end = skip_plain_three_byte(s, i); end != i) {
                i = end;
                // CJK text punctuated in ASCII (a comma, a digit): one byte to copy
                // between two runs is stepped over here, not by the loop above
                // that looks eight bytes ahead.
                while (i + 1 < n && action_at(i) == 0 && action_at(i + 1) == 1) {
                    const std::size_t next = skip_plain_three_byte(s, i + 1);
                    if (next == i + 1) break;
                    i = next;
                }
                continue;
            }
            const utf8_char c = decode_utf8(s, i);
            if (c.valid && !is_forbidden(c.code_point, table.forbidden)) {
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
