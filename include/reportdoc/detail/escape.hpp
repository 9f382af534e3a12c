// SPDX-License-Identifier: MIT
// All escaping of reportdoc, in one place: one table per target language and
// one engine that copies runs of safe bytes at once (as cmark's houdini does).
// Every escape also repairs the text: an invalid UTF-8 sequence becomes U+FFFD,
// so no writer can emit invalid UTF-8 whatever the model holds.
#pragma once

#include <reportdoc/detail/simd.hpp>
#include <reportdoc/detail/utf8.hpp>
#include <reportdoc/output.hpp>

#include <algorithm>
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
    /// The printable ASCII bytes (' ' to '~') whose action is not 0, for the
    /// vector scan; it is used only when they fit (count <= size).
    std::array<unsigned char, 5> printable_actions{};
    std::size_t printable_action_count = 0;
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
    for (unsigned b = 0x20; b < 0x7F; ++b) {
        if (t.action[b] == 0) continue;
        if (t.printable_action_count < t.printable_actions.size())
            t.printable_actions[t.printable_action_count] = static_cast<unsigned char>(b);
        ++t.printable_action_count;
    }
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

namespace escape_detail {

// Sixteen bytes at a time where SSE2 is there (every x86-64): the two scans
// below skip what the table surely copies, and stop at or before the first
// byte that needs a look; the scalar loops of the engine take it from there.
// Elsewhere they skip nothing and the scalar loops do all the work. Tests run
// the engine both ways (escape_with<true> and <false>).
#if REPORTDOC_SSE2
inline constexpr bool has_vector_scan = true;
using simd::load16;
using simd::lowest_set_bit;
using simd::splat;

// Where a run of ASCII bytes the table copies ends, at or after i: a byte
// below ' ' or DEL (one signed comparison of the byte plus one, which flags
// every byte past 0x7F too), or one of the table's first `Compares`
// printable_actions (all it has: a comparison for each), is flagged.
template <int Compares>
inline std::size_t skip_copied_with(std::string_view s, std::size_t i, const escape_table& table) noexcept {
    static_assert(Compares >= 0 && Compares <= 5);
    if (i + 16 > s.size()) return i;
    const auto& p = table.printable_actions;
    const __m128i one = splat(1), below = splat(' ' + 1), p0 = splat(p[0]), p1 = splat(p[1]), p2 = splat(p[2]),
                  p3 = splat(p[3]), p4 = splat(p[4]);
    for (; i + 16 <= s.size(); i += 16) {
        const __m128i v = load16(s.data() + i);
        __m128i flagged = _mm_cmplt_epi8(_mm_add_epi8(v, one), below);
        if constexpr (Compares > 0) flagged = _mm_or_si128(flagged, _mm_cmpeq_epi8(v, p0));
        if constexpr (Compares > 1) flagged = _mm_or_si128(flagged, _mm_cmpeq_epi8(v, p1));
        if constexpr (Compares > 2) flagged = _mm_or_si128(flagged, _mm_cmpeq_epi8(v, p2));
        if constexpr (Compares > 3) flagged = _mm_or_si128(flagged, _mm_cmpeq_epi8(v, p3));
        if constexpr (Compares > 4) flagged = _mm_or_si128(flagged, _mm_cmpeq_epi8(v, p4));
        if (const int mask = _mm_movemask_epi8(flagged); mask != 0)
            return i + lowest_set_bit(static_cast<unsigned>(mask));
    }
    return i;
}

// The scan with as many comparisons as the table has printable actions; a
// table with more than fit is left to the scalar loops.
inline std::size_t skip_copied(std::string_view s, std::size_t i, const escape_table& table) noexcept {
    switch (table.printable_action_count) {
        case 0: return skip_copied_with<0>(s, i, table);
        case 1: return skip_copied_with<1>(s, i, table);
        case 2: return skip_copied_with<2>(s, i, table);
        case 3: return skip_copied_with<3>(s, i, table);
        case 4: return skip_copied_with<4>(s, i, table);
        case 5: return skip_copied_with<5>(s, i, table);
        default: return i;
    }
}

// Where a run of plain three-byte characters starting at s[i] ends, five
// characters (15 bytes) a step: the characters skip_plain_three_byte
// (utf8.hpp) takes, which finishes a run that reaches the text's last 15
// bytes. Each byte is checked against the shape lead 1110xxxx, continuation
// 10xxxxxx, 10xxxxxx; then a lead E0 (overlong forms) or ED (surrogates), or
// EF followed by B7 or BF (where the noncharacters are), is not plain. Once
// the shape holds, those bytes can only be leads, so they are looked for
// everywhere. The run ends at the first character one of whose three bytes
// fails: not all or nothing, since Chinese text puts an ASCII comma or digit
// every few characters: one byte the table copies between two runs (the
// comma) is stepped over here. The sixteenth byte loaded is not looked at.
inline std::size_t skip_three_byte(std::string_view s, std::size_t i, const escape_table& table) noexcept {
    constexpr unsigned char lead = 0xE0, continuation = 0x80;
    alignas(16) static constexpr unsigned char shape_bits[16] = {0xF0, 0xC0, 0xC0, 0xF0, 0xC0, 0xC0, 0xF0, 0xC0,
                                                                 0xC0, 0xF0, 0xC0, 0xC0, 0xF0, 0xC0, 0xC0, 0};
    alignas(16) static constexpr unsigned char shape[16] = {
        lead,         continuation, continuation, lead,         continuation, continuation, lead,         continuation,
        continuation, lead,         continuation, continuation, lead,         continuation, continuation, 0};
    const __m128i bits = load16(shape_bits), want = load16(shape), e0 = splat(0xE0), ed = splat(0xED), ef = splat(0xEF),
                  b7_or_bf = splat(0xBF), bit_3 = splat(0x08);
    while (i + 16 <= s.size()) {
        const __m128i v = load16(s.data() + i);
        const __m128i shaped = _mm_cmpeq_epi8(_mm_and_si128(v, bits), want);
        const __m128i second = _mm_srli_si128(v, 1);  // the byte after each
        const __m128i decoded_apart =
            _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, e0), _mm_cmpeq_epi8(v, ed)),
                         _mm_and_si128(_mm_cmpeq_epi8(v, ef), _mm_cmpeq_epi8(_mm_or_si128(second, bit_3), b7_or_bf)));
        const auto good = static_cast<unsigned>(_mm_movemask_epi8(_mm_andnot_si128(decoded_apart, shaped)));
        const unsigned bad = ~good & 0x7FFFu;
        if (bad == 0) {
            i += 15;
            continue;
        }
        // At most twelve bytes on: the byte and the character after it are there.
        const std::size_t end = i + lowest_set_bit(bad) / 3 * 3;
        if (table.action[static_cast<unsigned char>(s[end])] != 0 || !is_skippable_three_byte(s, end + 1)) return end;
        i = end + 4;  // past the byte and the character after it
    }
    return i;
}
#else
inline constexpr bool has_vector_scan = false;

// Without vectors, the scans skip nothing.
inline std::size_t skip_copied(std::string_view, std::size_t i, const escape_table&) noexcept { return i; }
inline std::size_t skip_three_byte(std::string_view, std::size_t i, const escape_table&) noexcept { return i; }
#endif

}  // namespace escape_detail

/// The engine, with or without the vector scans (escape uses them where the
/// machine has them; tests compare both).
template <bool Vectors>
void escape_with(output_sink& out, std::string_view s, const escape_table& table) {
    using escape_detail::skip_copied;
    using escape_detail::skip_three_byte;
    const char* const data = s.data();
    const std::size_t n = s.size();
    const auto action_at = [&](std::size_t k) { return table.action[static_cast<unsigned char>(data[k])]; };
    // The end of the run of plain three-byte characters at s[k] (k when none).
    // No table forbids their values: skip_plain_three_byte leaves out those
    // led by EF B7 or EF BF (U+FDD0..U+FDEF, U+FFFE, U+FFFF).
    const auto skip_three_byte_run = [&](std::size_t k) {
        if constexpr (Vectors) {
            k = skip_three_byte(s, k, table);
            if (k + 16 <= n) return k;  // stopped at the end of the run
        }
        return skip_plain_three_byte(s, k);
    };
    std::size_t run = 0;  // start of the pending run of bytes to copy
    std::size_t i = 0;
    while (i < n) {
        const std::uint8_t action = action_at(i);
        if (action == 0) {
            ++i;
            if constexpr (Vectors) {
                i = skip_copied(s, i, table);
                if (i + 16 <= n) continue;  // stopped at a byte to look at
            }
            // Latin text: eight bytes to copy are skipped at once, then the
            // last few one by one (not through the outer loop, which would
            // start a scan for each).
            while (i + 8 <= n && (action_at(i) | action_at(i + 1) | action_at(i + 2) | action_at(i + 3) |
                                  action_at(i + 4) | action_at(i + 5) | action_at(i + 6) | action_at(i + 7)) == 0)
                i += 8;
            while (i < n && action_at(i) == 0) ++i;
            continue;
        }
        if (action == 1) {
            // CJK text: a run of three-byte characters at once.
            if (const std::size_t end = skip_three_byte_run(i); end != i) {
                i = end;
                // CJK text punctuated in ASCII (a comma, digits): the few
                // bytes to copy between two runs are stepped over here, not by
                // the loop above, which is set up for long runs. (The vector
                // scan already steps over a lone byte between runs; this takes
                // up to eight, where the scan stopped or without vectors.)
                for (std::size_t ascii_end = i; ascii_end < n; i = ascii_end) {
                    const std::size_t limit = std::min(n, i + 8);
                    while (ascii_end < limit && action_at(ascii_end) == 0) ++ascii_end;
                    if (ascii_end == i || ascii_end == limit || action_at(ascii_end) != 1) break;
                    const std::size_t next = skip_three_byte_run(ascii_end);
                    if (next == ascii_end) break;
                    ascii_end = next;
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

/// Writes s to out, escaped by the table.
inline void escape(output_sink& out, std::string_view s, const escape_table& table) {
    escape_with<escape_detail::has_vector_scan>(out, s, table);
}

}  // namespace reportdoc::detail
