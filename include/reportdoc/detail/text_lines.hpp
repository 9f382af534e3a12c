// SPDX-License-Identifier: MIT
// The first stage of the plain-text reader: the input as lines. Handles the
// BOM, LF / CR LF / lone CR, form feeds, invalid UTF-8 and control characters
// (repaired per line, so that line starts keep their byte offsets), and
// measures each line's indentation and width in display columns.
#pragma once

#include <reportdoc/detail/array_list.hpp>
#include <reportdoc/detail/chunked_list.hpp>
#include <reportdoc/detail/markers.hpp>
#include <reportdoc/detail/simd.hpp>
#include <reportdoc/detail/string_match.hpp>
#include <reportdoc/detail/utf8.hpp>
#include <reportdoc/detail/width.hpp>
#include <reportdoc/result.hpp>

#include <algorithm>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace reportdoc::detail {

/// The largest input the text reader takes: a line keeps its offsets in 32
/// bits, so that the table of lines (one entry per line, blank ones included)
/// stays small. Larger inputs are refused as over reader_limits::max_input_size.
inline constexpr std::size_t max_text_input = 0xFFFF'FFFF;

/// One physical line of the input, 40 bytes: a million short lines are a
/// table of 40 MB, so what can be recomputed cheaply is not stored.
struct text_line {
    std::string_view content;        ///< Without indentation, trailing spaces and the end of line.
    std::uint32_t content_offset = 0;  ///< Byte offset of the content in the input.
    std::uint32_t number = 0;        ///< 1-based.
    std::uint32_t indent = 0;        ///< Display columns of the indentation.
    std::uint32_t indent_chars = 0;  ///< Scalar values of the indentation (the content's column - 1).
    std::uint32_t width = 0;         ///< Display columns of the content.
    std::uint32_t feeds : 29;        ///< Form feeds before the indentation: gone from raw, still columns.
    std::uint32_t page_break : 1;    ///< The line held a form feed.
    std::uint32_t space_run : 1;     ///< The content holds two spaces in a row (justified text).
    /// Mostly double-width characters: more columns than 4/3 of its characters
    /// (as integers, 2c - 2c/3). Counted while measuring, for the layout's CJK test.
    std::uint32_t mostly_wide : 1;

    text_line() noexcept : feeds(0), page_break(0), space_run(0), mostly_wide(0) {}
    [[nodiscard]] bool blank() const noexcept { return content.empty(); }
    /// ASCII only: each ASCII byte is a column, and every other character has
    /// more bytes than columns.
    [[nodiscard]] bool ascii() const noexcept { return width == content.size(); }
    /// Scalar values of the content (valid UTF-8 by now: every byte but a continuation starts one).
    [[nodiscard]] std::uint32_t chars() const noexcept { return static_cast<std::uint32_t>(count_scalar_values(content)); }
    /// With its indentation, without trailing spaces and the end of line: the
    /// indentation is indent_chars characters just before the content.
    [[nodiscard]] std::string_view raw() const noexcept {
        const char* first = content.data();
        for (std::uint32_t k = 0; k < indent_chars; ++k) {
            --first;
            while ((static_cast<unsigned char>(*first) & 0xC0) == 0x80) --first;
        }
        return {first, static_cast<std::size_t>(content.data() - first) + content.size()};
    }
    /// The position of the first character of the content.
    [[nodiscard]] source_position start() const noexcept { return {number, feeds + indent_chars + 1, content_offset}; }
    /// The position just past the last character of the content.
    [[nodiscard]] source_position end() const noexcept {
        return {number, feeds + indent_chars + chars() + 1, std::size_t{content_offset} + content.size()};
    }
};

/// The lines of an input, with the repaired copies of lines that needed repair.
/// In chunks, not one vector: the units' stage frees them as it goes, so that the
/// table and the units it becomes are not in memory together.
struct text_lines {
    chunked_list<text_line> lines;
    std::vector<std::string> repaired;  // complete before any view into them is made: they stay put
    std::size_t input_size = 0;
};

namespace line_detail {

// Form feeds counted in a line's column; a run longer than this counts as this long.
inline constexpr std::size_t max_feeds = (std::size_t{1} << 29) - 1;

constexpr bool is_control(unsigned char b) noexcept { return (b < 0x20 && b != '\t' && b != '\f') || b == 0x7F; }

#if REPORTDOC_SSE2
// Sixteen bytes a step: the end of the run of printable ASCII at s[k] (bytes
// ' ' to '~', a column each), stopping where fewer than sixteen are left
// unless they are printable too;
// `runs` becomes nonzero if two spaces stand together in it (or its first
// byte is a space after one).
inline std::size_t printable_ascii_run(std::string_view s, std::size_t k, std::uint64_t& runs) noexcept {
    const __m128i space = simd::splat(' '), del = simd::splat(0x7F);
    unsigned previous = k > 0 && s[k - 1] == ' ' ? 1u : 0u;  // the byte before the step is a space
    for (; k + 16 <= s.size(); k += 16) {
        const __m128i v = simd::load16(s.data() + k);
        // Signed, bytes 0x80..0xFF are below ' ' too.
        const unsigned other = simd::byte_mask(_mm_or_si128(_mm_cmplt_epi8(v, space), _mm_cmpeq_epi8(v, del)));
        const unsigned spaces = simd::byte_mask(_mm_cmpeq_epi8(v, space));
        if (other != 0) {
            const unsigned before = (1u << simd::lowest_set_bit(other)) - 1;  // the bytes before it
            runs |= spaces & ((spaces << 1) | previous) & before;
            return k + simd::lowest_set_bit(other);
        }
        runs |= spaces & ((spaces << 1) | previous);
        previous = spaces >> 15;
    }
    // The last few bytes, read with the sixteen that end s (k > s.size() - 16,
    // so the byte before k is among them): all printable, or left to the caller.
    if (k < s.size() && s.size() >= 16) {
        const std::size_t from = s.size() - 16;
        const __m128i v = simd::load16(s.data() + from);
        const unsigned other = simd::byte_mask(_mm_or_si128(_mm_cmplt_epi8(v, space), _mm_cmpeq_epi8(v, del)));
        const unsigned spaces = simd::byte_mask(_mm_cmpeq_epi8(v, space));
        const unsigned unread = 0xFFFFu << (k - from);
        if ((other & unread) == 0) {
            runs |= spaces & (spaces << 1);  // (pairs among the bytes read before were counted then)
            return s.size();
        }
    }
    return k;
}
#endif

// The columns of the three-byte punctuation that Chinese text is full of, known
// without decoding it or looking it up: ！（），：；？ and the other full-width
// forms U+FF01..U+FF60, and 、。《》「」【】 U+3000..U+3029, take two; the quotes,
// dashes and ellipsis U+2010..U+2027 one (“ ” — …). These are width.hpp's
// widths, which the tests compare with. 0 for any other character.
inline unsigned punctuation_width(std::string_view s, std::size_t k) noexcept {
    if (k + 3 > s.size()) return 0;
    const auto second = static_cast<unsigned char>(s[k + 1]), third = static_cast<unsigned char>(s[k + 2]);
    if ((third & 0xC0) != 0x80) return 0;
    switch (static_cast<unsigned char>(s[k])) {
        case 0xEF: return (second == 0xBC && third >= 0x81) || (second == 0xBD && third <= 0xA0) ? 2 : 0;
        case 0xE3: return second == 0x80 && third <= 0xA9 ? 2 : 0;
        case 0xE2: return second == 0x80 && third >= 0x90 && third <= 0xA7 ? 1 : 0;
        default: return 0;
    }
}

// Measures indentation, trims, and measures the content in one pass over it.
// False when the line holds invalid UTF-8 or a control character. `Vectors`:
// with the SSE2 scans where there are any (tests measure both ways).
template <bool Vectors = REPORTDOC_SSE2 != 0>
bool measure(text_line& line, std::string_view raw, unsigned tab_width) noexcept {
    std::size_t i = 0;
    std::uint32_t columns = 0, chars = 0;
    while (i < raw.size()) {
        if (raw[i] == ' ') {  // the indentation of most lines: no need to decode it
            ++columns;
            ++chars;
            ++i;
            continue;
        }
        const utf8_char c = decode_utf8(raw, i);
        if (c.code_point == U'\t') columns += tab_width - columns % tab_width;
        else if (is_space_char(c.code_point)) columns += static_cast<std::uint32_t>(display_width(c.code_point));
        else break;
        ++chars;
        i += c.length;
    }
    std::size_t last = raw.size();
    while (last > i) {
        const auto b = static_cast<unsigned char>(raw[last - 1]);
        if (b == ' ' || b == '\t') {
            --last;
            continue;
        }
        if (b < 0x80) break;  // the other spaces are not ASCII
        std::size_t start = last - 1;
        while (start > i && (static_cast<unsigned char>(raw[start]) & 0xC0) == 0x80) --start;
        if (!is_space_char(decode_utf8(raw, start).code_point)) break;
        last = start;
    }
    line.content = std::string_view(raw.data() + i, last - i);  // i <= last <= raw.size(): no check needed
    line.indent = columns;
    line.indent_chars = chars;
    line.width = 0;
    // Bytes past the first of each character of the content, counted where
    // characters longer than a byte are, so that ASCII costs nothing more: the
    // characters are then the bytes less these.
    std::uint32_t trailing_bytes = 0;
    // Runs of spaces are found here, where every byte is looked at anyway, so
    // that only the units holding one are rewritten (text_units.hpp, collapse_spaces).
    std::uint64_t runs = 0;  // nonzero once a run is seen
    std::size_t next_word = 0;  // a failed word is not tried again byte by byte (ASCII amid CJK)
    for (std::size_t k = 0; k < line.content.size();) {
        const unsigned char b = static_cast<unsigned char>(line.content[k]);
        if (b < 0x80) {
#if REPORTDOC_SSE2
            if (Vectors && k >= next_word && k + 16 <= line.content.size()) {
                const std::size_t end = printable_ascii_run(line.content, k, runs);
                line.width += static_cast<std::uint32_t>(end - k);
                // Stopped at a byte to look at: the bytes after it are not scanned again at once.
                if (end + 16 <= line.content.size()) next_word = end + 8;
                if (end != k) {
                    k = end;
                    continue;
                }
            }
#endif
            if (k >= next_word && k + 8 <= line.content.size()) {  // printable ASCII, a column a byte, eight at a time
                const std::uint64_t w = load_word(line.content.data() + k);
                if ((w & high_bits) == 0 && !any_byte_below(w, 0x20) && !bytes_equal(w, 0x7F)) {
                    // A zero byte of `pairs` is a space followed by a space (the top byte pairs with nothing).
                    const std::uint64_t x = w ^ (low_bits * ' ');
                    const std::uint64_t pairs = x | (x >> 8) | (std::uint64_t{0xFF} << 56);
                    runs |= (pairs - low_bits) & ~pairs & high_bits;
                    if ((x & 0xFF) == 0 && k > 0 && line.content[k - 1] == ' ') runs = 1;
                    line.width += 8;
                    k += 8;
                    continue;
                }
                next_word = k + 8;
            }
            if (is_control(b)) return false;
            if (b == ' ' && k > 0 && line.content[k - 1] == ' ') runs = 1;
            ++line.width;
            ++k;
        } else if (width_detail::is_ideograph_at(line.content, k)) {
            line.width += 2;  // U+4E00..U+9FFF: CJK ideographs, all wide; no table lookup needed
            trailing_bytes += 2;
            k += 3;
#if REPORTDOC_SSE2
            for (unsigned run = 5; Vectors && run == 5 && k + 16 <= line.content.size();) {
                run = width_detail::wide_ideographs_at(line.content.data() + k);
                line.width += 2 * run;
                trailing_bytes += 2 * run;
                k += 3 * run;  // at most 12 bytes on: four more are there
                if (run == 5) continue;
                // One punctuation mark between ideographs, printable ASCII (a
                // half-width comma, a digit) or the CJK punctuation known
                // without a lookup (，。、 “”), does not end the run.
                const auto next = static_cast<unsigned char>(line.content[k]);
                unsigned columns = 0, length = 1;
                if (next >= ' ' && next < 0x7F) columns = 1;
                else if ((columns = punctuation_width(line.content, k)) != 0) length = 3;
                if (columns != 0 && width_detail::is_ideograph_at(line.content, k + length)) {
                    line.width += columns + 2;
                    trailing_bytes += length - 1 + 2;
                    k += length + 3;
                    run = 5;
                }
            }
            // Stopped short of the last sixteen bytes: at a character that is no ideograph.
            if (Vectors && k + 16 <= line.content.size()) continue;
#endif
            // The run that follows, two at a step while both lead bytes are E5..E9
            // (a set bit of 0x3E0) and both take two continuation bytes.
            while (k + 8 <= line.content.size()) {
                const std::uint64_t w = load_word(line.content.data() + k);
                if ((w & 0xC0C0F0C0C0F0u) != 0x8080E08080E0u || ((0x3E0u >> (w & 0xF)) & (0x3E0u >> ((w >> 24) & 0xF)) & 1u) == 0)
                    break;
                line.width += 4;
                trailing_bytes += 4;
                k += 6;
            }
        } else if (const unsigned columns = punctuation_width(line.content, k)) {
            line.width += columns;
            trailing_bytes += 2;
            k += 3;
        } else {
            const utf8_char c = decode_utf8(line.content, k);
            if (!c.valid) return false;
            line.width += static_cast<std::uint32_t>(display_width(c.code_point));
            trailing_bytes += c.length - 1;
            k += c.length;
        }
    }
    line.space_run = runs != 0 ? 1 : 0;
    if (trailing_bytes == 0) {
        line.mostly_wide = 0;  // ASCII, a column a character: known without dividing
    } else {
        const auto content_chars = static_cast<std::uint32_t>(line.content.size() - trailing_bytes);
        line.mostly_wide = line.width > 2 * content_chars - 2 * content_chars / 3 ? 1 : 0;
    }
    return true;
}

// The end of the line that starts at `pos`: its '\n' or '\r', or the end of
// the input. `feed` becomes true when a form feed stands before it, so that the
// lines without one (nearly all) are not searched for one again. `Vectors`:
// sixteen bytes a step where SSE2 is, else eight (tests compare both ways).
template <bool Vectors = REPORTDOC_SSE2 != 0>
std::size_t line_end(std::string_view input, std::size_t pos, bool& feed) noexcept {
    std::size_t end = pos;
#if REPORTDOC_SSE2
    if (Vectors) {
        const __m128i newline = simd::splat('\n'), ret = simd::splat('\r'), form_feed = simd::splat('\f');
        for (; end + 16 <= input.size(); end += 16) {
            const __m128i v = simd::load16(input.data() + end);
            const unsigned ends = simd::byte_mask(_mm_or_si128(_mm_cmpeq_epi8(v, newline), _mm_cmpeq_epi8(v, ret)));
            const unsigned feeds = simd::byte_mask(_mm_cmpeq_epi8(v, form_feed));
            if (ends != 0) {
                const unsigned at = simd::lowest_set_bit(ends);
                feed = feed || (feeds & ((1u << at) - 1)) != 0;
                return end + at;
            }
            feed = feed || feeds != 0;
        }
    }
#endif
    for (; end + 8 <= input.size(); end += 8) {
        const std::uint64_t w = load_word(input.data() + end);
        if ((bytes_equal(w, '\n') | bytes_equal(w, '\r')) != 0) break;
        feed = feed || bytes_equal(w, '\f') != 0;
    }
    for (; end < input.size() && input[end] != '\n' && input[end] != '\r'; ++end) feed = feed || input[end] == '\f';
    return end;
}

}  // namespace line_detail

/// Splits and measures; reports invalid UTF-8 and control characters at their line:column.
inline text_lines split_lines(std::string_view input, unsigned tab_width, std::vector<diagnostic>& diagnostics) {
    text_lines out;
    out.input_size = input.size();
    std::size_t pos = starts_with(input, "\xEF\xBB\xBF") ? 3 : 0;
    std::uint32_t number = 0;
    if (tab_width == 0) tab_width = 1;
    array_list<std::size_t> repairs;  // per repaired line: its index and its content's offset in its copy
    while (pos < input.size()) {
        bool feed = false;
        std::size_t end = line_detail::line_end(input, pos, feed);
        std::string_view raw = input.substr(pos, end - pos);
        std::size_t raw_at = pos;  // where raw starts in the input
        text_line line;
        line.number = ++number;

        // Form feeds mark page breaks; they are not content. Most stand first on their line.
        if (const std::size_t feeds = feed ? std::min(raw.find_first_not_of('\f'), raw.size()) : 0; feeds > 0) {
            line.page_break = 1;
            line.feeds = static_cast<std::uint32_t>(std::min<std::size_t>(feeds, line_detail::max_feeds));
            raw.remove_prefix(feeds);
            raw_at += feeds;
        }
        std::string repaired;  // the line without form feeds, or with U+FFFD for what was invalid
        bool was_repaired = false;
        if (feed && raw.find('\f') != std::string_view::npos) {
            line.page_break = 1;
            for (char c : raw)
                if (c != '\f') repaired += c;
            raw = repaired;
            was_repaired = true;
        }
        if (!line_detail::measure(line, raw, tab_width)) {
            // Invalid sequences and control characters become U+FFFD, each reported where it was.
            std::string fixed;
            fixed.reserve(raw.size() + 8);
            std::uint32_t column = line.feeds + 1;
            for (std::size_t i = 0; i < raw.size(); ++column) {
                const unsigned char b = static_cast<unsigned char>(raw[i]);
                const utf8_char c = decode_utf8(raw, i);
                const bool control = b < 0x80 && line_detail::is_control(b);
                if (!c.valid || control) {
                    diagnostics.push_back(diagnostic{
                        severity::warning, c.valid ? "control-character" : "invalid-utf8",
                        c.valid ? "control character replaced by U+FFFD" : "invalid UTF-8 replaced by U+FFFD",
                        {line.number, column, raw_at + i}});
                    fixed += replacement_utf8;
                } else {
                    fixed.append(raw.substr(i, c.length));
                }
                i += c.length;
            }
            repaired = std::move(fixed);
            raw = repaired;
            was_repaired = true;
            line_detail::measure(line, raw, tab_width);
        }
        // The content's offset in the input; approximate on a repaired line.
        line.content_offset = static_cast<std::uint32_t>(raw_at + static_cast<std::size_t>(line.content.data() - raw.data()));
        if (was_repaired) {
            repairs.push_back(out.lines.size());
            repairs.push_back(static_cast<std::size_t>(line.content.data() - raw.data()));
            out.repaired.push_back(std::move(repaired));
        }
        out.lines.push_back(std::move(line));

        if (end + 1 < input.size() && input[end] == '\r' && input[end + 1] == '\n') ++end;
        pos = end + 1;
    }
    // The repaired lines' views, now that their copies no longer move (a vector
    // of them, not a deque: one container type fewer to compile).
    for (std::size_t i = 0; i < repairs.size(); i += 2) {
        text_line& l = out.lines[repairs[i]];
        l.content = std::string_view(out.repaired[i / 2]).substr(repairs[i + 1], l.content.size());
    }
    return out;
}

// ---------------------------------------------------------------------------
// Punctuation

/// Closing quotes and brackets that may follow the end of a sentence.
constexpr bool is_closing_quote(char32_t c) noexcept {
    switch (c) {
        case U'”': case U'’': case U'」': case U'』': case U'）': case U')': case U'》': case U'〉': case U'】':
        case U']': case U'"': case U'\'': case U'］':
            return true;
        default: return false;
    }
}

/// Punctuation that ends a sentence, in both widths; the colon ends a lead-in.
constexpr bool is_sentence_final(char32_t c) noexcept {
    switch (c) {
        case U'。': case U'．': case U'.': case U'！': case U'!': case U'？': case U'?': case U'；': case U';':
        case U'…': case U'：': case U':': case U'‥':
            return true;
        default: return false;
    }
}

/// True when s ends a sentence (looking through closing quotes and brackets).
inline bool ends_sentence(std::string_view s) noexcept {
    while (!s.empty()) {
        std::size_t start = 0;
        const utf8_char c = last_char(s, &start);
        if (is_sentence_final(c.code_point)) return true;
        if (!is_closing_quote(c.code_point)) return false;
        s = s.substr(0, start);
    }
    return false;
}

/// The index of the first byte at or after `from` that is one of `bytes`;
/// s.size() when there is none. For scans that look closer only at the bytes
/// that may start what they look for. Each of `bytes` is a char or a byte value
/// 0..255 (0xE3, a lead byte), compared as unsigned char. `Vectors`: sixteen bytes a step where
/// SSE2 is (tests compare both ways). Inlined into each scan, which then keeps
/// its bytes in registers from call to call.
template <bool Vectors = REPORTDOC_SSE2 != 0, class... Bytes>
REPORTDOC_ALWAYS_INLINE inline std::size_t find_any_byte(std::string_view s, std::size_t from, Bytes... bytes) noexcept {
    static_assert(sizeof...(Bytes) > 0 && (std::is_integral_v<Bytes> && ...), "bytes to find");
    std::size_t i = from;
#if REPORTDOC_SSE2
    if (Vectors) {
        const auto found_at = [&](std::size_t at) {  // a bit per byte of s[at, at + 16) that is one of them
            const __m128i v = simd::load16(s.data() + at);
            __m128i hits = _mm_setzero_si128();
            ((hits = _mm_or_si128(hits, _mm_cmpeq_epi8(v, simd::splat(static_cast<unsigned char>(bytes))))), ...);
            return simd::byte_mask(hits);
        };
        for (; i + 16 <= s.size(); i += 16)
            if (const unsigned found = found_at(i)) return i + simd::lowest_set_bit(found);
        // The last bytes, with the sixteen that end s: those before i hold none.
        if (i < s.size() && i > from) {
            const unsigned found = found_at(s.size() - 16);
            return found != 0 ? s.size() - 16 + simd::lowest_set_bit(found) : s.size();
        }
    }
#endif
    for (; i < s.size(); ++i) {
        const unsigned char x = static_cast<unsigned char>(s[i]);
        if (((x == static_cast<unsigned char>(bytes)) || ...)) return i;
    }
    return s.size();
}

/// Punctuation inside a sentence: a line holding one reads as prose, not as a heading.
/// `Vectors`: sixteen bytes a step where SSE2 is (tests compare both ways).
template <bool Vectors = REPORTDOC_SSE2 != 0>
bool has_clause_punctuation(std::string_view s) noexcept {
    // Read as bytes, not decoded: each full-width mark is three bytes led by
    // EF BC or E3 80, and a lead byte is never part of another character.
    const auto* p = reinterpret_cast<const unsigned char*>(s.data());
    const std::size_t n = s.size();
    const auto next_start = [&](std::size_t from) { return find_any_byte<Vectors>(s, from, ',', ';', 0xEF, 0xE3); };
    for (std::size_t i = next_start(0); i < n; i = next_start(i + 1)) {
        switch (p[i]) {
            case ',': case ';': return true;
            case 0xEF:  // ，；：！？ (U+FF0C U+FF1B U+FF1A U+FF01 U+FF1F)
                if (i + 2 < n && p[i + 1] == 0xBC &&
                    (p[i + 2] == 0x8C || p[i + 2] == 0x9B || p[i + 2] == 0x9A || p[i + 2] == 0x81 || p[i + 2] == 0x9F))
                    return true;
                break;
            case 0xE3:  // 、。 (U+3001 U+3002)
                if (i + 2 < n && p[i + 1] == 0x80 && (p[i + 2] == 0x81 || p[i + 2] == 0x82)) return true;
                break;
            default: break;
        }
    }
    return false;
}

/// s without the spaces (ASCII, ideographic, no-break) at either end.
inline std::string_view trim_spaces(std::string_view s) noexcept {
    while (!s.empty()) {
        const utf8_char c = decode_utf8(s, 0);
        if (!is_space_char(c.code_point)) break;
        s.remove_prefix(c.length);
    }
    while (!s.empty()) {
        std::size_t start = 0;
        const utf8_char c = last_char(s, &start);
        if (!is_space_char(c.code_point)) break;
        s = s.substr(0, start);
    }
    return s;
}

/// Appends `next` to `text` the way a wrapped line continues: CJK to CJK
/// without a space, Latin with one space.
inline void append_wrapped(std::string& text, std::string_view next) {
    if (text.empty()) {
        text.assign(next);
        return;
    }
    if (next.empty()) return;
    // Latin text: ASCII either side reads as no CJK, known without decoding.
    if (static_cast<unsigned char>(text.back()) < 0x80 && static_cast<unsigned char>(next.front()) < 0x80) {
        text += ' ';
        text.append(next);
        return;
    }
    const char32_t before = last_char(text).code_point;
    const char32_t after = decode_utf8(next, 0).code_point;
    if (!reads_as_cjk(before) && !reads_as_cjk(after)) text += ' ';
    text.append(next);
}

}  // namespace reportdoc::detail
