// SPDX-License-Identifier: MIT
// Lines into units (paragraphs-to-be): the layout is detected per region
// (blank-separated, one paragraph per line, hard-wrapped), wrapped lines are
// joined, and paragraphs broken mid-sentence are rejoined with a note.
#pragma once

#include <reportdoc/detail/array_list.hpp>
#include <reportdoc/detail/string_match.hpp>
#include <reportdoc/detail/text_state.hpp>

#include <algorithm>
#include <cstdint>
#include <string>

namespace reportdoc::detail {

struct layout_info {
    bool wrapped = false;
    std::uint32_t wrap_width = 0;
    std::uint32_t tolerance = 0;
    bool line_per_paragraph = false;
    bool measured = true;  ///< False when too few lines were long enough to tell.
};

// The columns a line's first word takes on the line above, with its space: a line wraps where the
// next word would not fit. A CJK line breaks between any two characters: its first one.
inline std::size_t first_word_width(std::string_view s) {
    const std::size_t end = std::min(s.find(' '), s.size());
    for (std::size_t i = 0; i < end; ++i)
        if (static_cast<unsigned char>(s[i]) >= 0x80) return display_width(s.substr(0, decode_utf8(s, 0).length));
    return end + 1;
}

// Short paragraphs leave few lines at the wrap column w; but of the lines that run on into the next
// (in wrapped text, all but the last of each paragraph, and not the end of a list item), nearly all
// end there, or would pass it with the next line's first word. In CJK text, which fills lines to
// the column, two such lines are enough. Asked only where the lines at w are too few to tell.
inline bool lines_run_on_at(const text_state& st, std::size_t begin, std::size_t end, std::uint32_t w,
                            std::uint32_t tol, bool cjk) {
    std::size_t inner = 0, at_wrap = 0, previous_end = 0;  // previous_end: of the line before, if it counts
    for (std::size_t i = begin; i < end; ++i) {
        if (!st.usable(i)) {
            previous_end = 0;
            continue;
        }
        const text_line& l = st.line(i);
        if (previous_end && !find_marker(l.content)) {
            ++inner;
            at_wrap +=
                previous_end <= w + 2 && (previous_end + tol >= w || previous_end + first_word_width(l.content) > w);
        }
        previous_end = l.width >= 20 ? l.indent + l.width : 0;
    }
    return inner >= (cjk ? 2u : 3u) && at_wrap * 10 >= inner * 8;
}

// The value at nine tenths of `values` in order (not empty): selected, not sorted.
inline std::size_t ninetieth_percentile(array_list<std::size_t> values) {
    const auto at = values.begin() + static_cast<std::ptrdiff_t>(values.size() * 9 / 10);
    std::nth_element(values.begin(), at, values.end());
    return *at;
}

inline layout_info detect_layout(const text_state& st, std::size_t begin, std::size_t end) {
    layout_info info;
    array_list<std::size_t> widths;  // size_t as the reader's other index lists: one vector type fewer to compile
    std::size_t cjk_lines = 0, gaps = 0, lines = 0;
    bool previous_blank = true;
    for (std::size_t i = begin; i < end; ++i) {
        if (!st.usable(i)) {
            previous_blank = true;
            continue;
        }
        ++lines;
        if (previous_blank && lines > 1) ++gaps;
        previous_blank = false;
        const text_line& l = st.line(i);
        if (l.width >= 20) widths.push_back(l.indent + l.width);  // where lines end: items wrap at the same column
        if (l.mostly_wide) ++cjk_lines;
    }
    const bool cjk = cjk_lines * 2 > lines;
    text_layout layout = st.opt.layout;
    if (layout == text_layout::automatic) {
        bool wrapped = false;
        if (widths.size() >= 2) {
            const auto w = static_cast<std::uint32_t>(ninetieth_percentile(widths));
            const std::uint32_t tol = cjk ? 4 : std::max<std::uint32_t>(10, w / 6);
            std::size_t full = 0, past = 0;  // lines that end at the wrap column, and past it
            for (const std::size_t x : widths) {
                if (x + tol >= w && x <= w + 2) ++full;
                if (x > w + 2) ++past;
            }
            // Under four lines long enough to tell, only lines that run on show it.
            wrapped = w >= 30 && w <= 110 && past * 10 <= widths.size() &&
                      ((widths.size() >= 4 && full * 10 >= widths.size() * 4) ||
                       lines_run_on_at(st, begin, end, w, tol, cjk));
            info.wrap_width = w;
            info.tolerance = tol;
        }
        info.measured = widths.size() >= 4 || wrapped;
        layout = wrapped ? text_layout::hard_wrapped
                 : gaps * 2 >= lines ? text_layout::blank_separated
                                     : text_layout::line_per_paragraph;
    } else if (layout == text_layout::hard_wrapped) {
        info.wrap_width = widths.empty() ? 72 : static_cast<std::uint32_t>(ninetieth_percentile(widths));
        info.tolerance = cjk ? 4 : std::max<std::uint32_t>(10, info.wrap_width / 6);
    }
    info.wrapped = layout == text_layout::hard_wrapped;
    info.line_per_paragraph = layout == text_layout::line_per_paragraph;
    return info;
}

// "…the one that" / "A. Smith wrote": a letter marker after a line that stops
// mid-sentence (on a lower-case word or a comma) is an initial or "I. e.", not an item.
inline bool wraps_mid_sentence(const text_line& above, const marker& m) {
    const bool letter = m.style == numbering_style::latin_upper || m.style == numbering_style::roman_upper ||
                        m.style == numbering_style::latin_lower || m.style == numbering_style::roman_lower;
    if (!letter || m.shape != marker_shape::suffix || above.content.empty()) return false;
    const char last = above.content.back();
    return (last >= 'a' && last <= 'z') || last == ',';
}

// True when line b continues the unit whose last line is a (a hard-wrapped paragraph).
// `b_unmarked`: b is known to start with no marker.
inline bool continues(const text_state& st, const layout_info& layout, std::size_t a, std::size_t b, bool a_starts_unit,
                      bool b_unmarked) {
    if (!layout.wrapped) return false;
    const text_line& la = st.line(a);
    const text_line& lb = st.line(b);
    if (lb.page_break) return false;
    if (const marker m = b_unmarked ? marker{} : find_marker(lb.content);
        m && m.shape != marker_shape::keyword && !wraps_mid_sentence(la, m))
        return false;
    // A deeper first-line indent starts a paragraph; a hanging indent under a marker continues one.
    if (lb.indent > la.indent + 1 && !(a_starts_unit && find_marker(la.content))) return false;
    if (a_starts_unit && la.width <= 40 && lb.width > la.width + 10) {
        std::string_view head = la.content;
        if (const marker m = find_marker(head)) head = head.substr(m.content);  // the 、 of 二、 is no clause
        if (!has_clause_punctuation(head)) return false;  // a heading line directly above its paragraph
    }
    return la.indent + la.width + layout.tolerance >= layout.wrap_width || !ends_sentence(la.content);
}

// A line of one repeated character under a title: = - * ~ " ^ # + (as reStructuredText).
inline char32_t underline_char(const text_line& rule, const text_line& title) {
    const std::string_view r = rule.content;
    switch (r.size() < 3 ? '\0' : r[0]) {  // the characters a title is underlined with
        case '=': case '-': case '*': case '~': case '"': case '^': case '#': case '+': break;
        default: return 0;
    }
    if (r.find_first_not_of(r[0]) != std::string_view::npos) return 0;
    if (title.blank() || title.width > 80 || r.size() * 10 < title.width * 6 || ends_sentence(title.content)) return 0;
    if (title.content.find_first_not_of(r[0]) == std::string_view::npos) return 0;  // a rule above a rule
    return static_cast<char32_t>(r[0]);
}

// "Add a section like this one:" over lines indented deeper than the text (four
// columns in Markdown's way, three in an RFC's): an example, kept as written.
inline bool indented_after_lead_in(const text_state& st, std::size_t begin, std::size_t i, std::size_t j,
                                   std::uint32_t body_indent) {
    constexpr std::uint32_t deeper = 3;
    std::size_t above = i;
    while (above > begin && st.line(above - 1).blank()) --above;
    if (above == begin || above == i || !st.usable(above - 1)) return false;
    const text_line& lead = st.line(above - 1);
    if (lead.content.empty() || lead.content.back() != ':' || lead.indent + deeper > st.line(i).indent ||
        find_marker(lead.content))  // under a list item's lead-in, deeper lines are the item's
        return false;
    for (std::size_t k = i; k < j; ++k)
        if (st.line(k).indent < body_indent + deeper || st.line(k).width > 100 || looks_like_prose(st.line(k))) return false;
    return true;
}

inline bool repeats_one_char(std::string_view s) {
    if (s.empty()) return false;
    const std::size_t n = decode_utf8(s, 0).length;
    for (std::size_t i = n; i < s.size(); i += n)
        if (s.compare(i, n, s, 0, n) != 0) return false;
    return s.size() % n == 0;
}

// Lines drawn rather than written: ASCII art, packet diagrams, table rows, code
// and grammars. Scans bytes, not characters: every sign that matters is ASCII,
// or a box-drawing character (E2 94 xx / E2 95 xx).
// The ASCII signs that draw figures and tables, as a switch: this runs on every byte.
constexpr bool is_drawing_symbol(unsigned char b) noexcept {
    switch (b) {
        case '+': case '-': case '|': case '=': case '_': case '*': case '/': case '\\': case '<': case '>': case '[':
        case ']': case '{': case '}': case '(': case ')': case '#': case ':': case ';': case '~': case '^': case '%':
        case '&': case '@': case '!':
            return true;
        default: return false;
    }
}

#if REPORTDOC_SSE2
// True when s is certainly not drawn, as drawn_line would find byte by byte:
// it holds no sign drawn_line takes as strong or needs (a box-drawing character,
// + | =), no run of three spaces, no code's last character, and fewer than a
// third as many ASCII punctuation marks (which include every drawing symbol) as
// ASCII letters, digits and non-ASCII characters (each a glyph). Prose proves
// this sixteen bytes a step; a false answer says only "look closer".
inline bool proves_plain(std::string_view s) noexcept {
    const std::size_t n = s.size();
    // A short line is read as quickly byte by byte; the counts are kept per
    // byte lane, which holds up to 255 blocks.
    if (n < 16 || n > 16 * 255 || s.back() == '{' || s.back() == '}' || s.back() == ';') return false;
    const __m128i plus = simd::splat('+'), bar = simd::splat('|'), equals = simd::splat('='),
                  box_lead = simd::splat(0xE2), space = simd::splat(' '), del = simd::splat(0x7F),
                  zero = _mm_setzero_si128();
    __m128i glyph_lanes = zero, mark_lanes = zero;
    // The sixteen bytes at k, of which the lanes set in `counted` are counted. `before`
    // holds the two bytes before k as space bits (bit 1 the nearer); `spaces` gets the block's.
    const auto plain_block = [&](std::size_t k, __m128i counted, unsigned before, unsigned& spaces) {
        const __m128i v = simd::load16(s.data() + k);
        const __m128i signs =
            _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, plus), _mm_cmpeq_epi8(v, bar)), _mm_cmpeq_epi8(v, equals));
        if (simd::byte_mask(signs) != 0) return false;
        for (unsigned leads = simd::byte_mask(_mm_cmpeq_epi8(v, box_lead)); leads != 0; leads &= leads - 1) {
            const std::size_t next = k + simd::lowest_set_bit(leads) + 1;
            if (next < n && (s[next] == '\x94' || s[next] == '\x95')) return false;
        }
        spaces = simd::byte_mask(_mm_cmpeq_epi8(v, space));
        const unsigned run = (spaces << 2) | before;
        if ((run & (run >> 1) & (run >> 2)) != 0) return false;
        // Signed compares: a digit moved to -128..-119, a letter (case folded) to -128..-103.
        const __m128i digit = _mm_cmplt_epi8(_mm_add_epi8(v, simd::splat(0x80 - '0')), simd::splat(0x80 + 10));
        const __m128i letter = _mm_cmplt_epi8(_mm_add_epi8(_mm_or_si128(v, simd::splat(0x20)), simd::splat(0x80 - 'a')),
                                              simd::splat(0x80 + 26));
        const __m128i lead = _mm_and_si128(_mm_cmpgt_epi8(v, simd::splat(0xBF)), _mm_cmplt_epi8(v, zero));  // C0..FF
        const __m128i alnum = _mm_or_si128(digit, letter);
        const __m128i printable = _mm_and_si128(_mm_cmpgt_epi8(v, space), _mm_cmplt_epi8(v, del));
        // A set lane is -1: subtracting it counts one.
        glyph_lanes = _mm_sub_epi8(glyph_lanes, _mm_and_si128(counted, _mm_or_si128(alnum, lead)));
        mark_lanes = _mm_sub_epi8(mark_lanes, _mm_and_si128(counted, _mm_andnot_si128(alnum, printable)));
        return true;
    };
    unsigned spaces = 0, before = 0;
    std::size_t k = 0;
    for (; k + 16 <= n; k += 16, before = spaces >> 14)
        if (!plain_block(k, _mm_cmpeq_epi8(zero, zero), before, spaces)) return false;
    if (k < n) {  // the last sixteen bytes, counting those not yet counted
        alignas(16) static constexpr unsigned char last_lanes[32] = {
            0,    0,    0,    0,    0,    0,    0,    0,    0,    0,    0,    0,    0,    0,    0,    0,
            0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF};
        const std::size_t at = n - 16;  // n > 16 here
        before = (at >= 2 && s[at - 2] == ' ' ? 1u : 0u) | (s[at - 1] == ' ' ? 2u : 0u);
        if (!plain_block(at, simd::load16(last_lanes + (n - k)), before, spaces)) return false;
    }
    const auto lane_sum = [](__m128i lanes) {
        const __m128i sums = _mm_sad_epu8(lanes, _mm_setzero_si128());
        return static_cast<std::size_t>(_mm_cvtsi128_si32(sums)) + static_cast<std::size_t>(_mm_extract_epi16(sums, 4));
    };
    return lane_sum(mark_lanes) * 3 < lane_sum(glyph_lanes);
}
#endif

// Whether the line s is drawn, read byte by byte; `strong` becomes true at a
// sign that makes the whole chunk drawn.
inline bool drawn_by_bytes(std::string_view s, bool& strong) {
    const std::size_t n = s.size();
    const auto at = [&](std::size_t k) { return k < n ? s[k] : '\0'; };
    std::size_t symbols = 0, words = 0, wide_gaps = 0, glyphs = 0, spaces = 0, bars = 0;
    bool in_word = false, assignment = false, abnf_sign = false;
    // One pass: the signs of tables and grammars ("+--", "|", " = ") are looked
    // for only at the symbols, which prose has few of.
    for (std::size_t i = 0; i < n; ++i) {
        const unsigned char b = static_cast<unsigned char>(s[i]);
        if (b == ' ') {
            ++spaces;
            in_word = false;
            continue;
        }
        if ((b & 0xC0) == 0x80) continue;  // inside a character
        const bool after_space = spaces > 0;
        if (spaces >= 3) ++wide_gaps;
        spaces = 0;
        ++glyphs;
        if (!in_word) ++words;
        in_word = true;
        if (b == 0xE2 && (at(i + 1) == '\x94' || at(i + 1) == '\x95')) return strong = true;  // box drawing
        if (!is_drawing_symbol(b)) continue;
        ++symbols;
        switch (b) {
            case '+':  // a table's corner: "+--", "+-+"
                if (at(i + 1) == '-' && (at(i + 2) == '-' || at(i + 2) == '+')) return strong = true;
                break;
            case '-':
                if (at(i + 1) == '-' && at(i + 2) == '+') return strong = true;
                break;
            case '|':  // two bars: a table row
                if (++bars == 2) return strong = true;
                break;
            case '=': assignment = assignment || (after_space && at(i + 1) == ' '); break;
            case '/': abnf_sign = abnf_sign || (after_space && at(i + 1) == ' '); break;  // alternatives
            case '%': abnf_sign = abnf_sign || at(i + 1) == 'x'; break;                   // %x41
            case '*': abnf_sign = abnf_sign || at(i + 1) == '('; break;                   // repetition
            default: break;
        }
    }
    if (glyphs > 0 && symbols * 3 >= glyphs) return true;  // symbol-dense
    if (wide_gaps >= 2 || (wide_gaps == 1 && words <= 6)) return true;  // aligned columns
    const char last = s.empty() ? ' ' : s.back();
    if ((last == '{' || last == '}' || last == ';') && n < 100) return true;  // code
    return assignment && abnf_sign;  // ABNF: "rule = a / b"
}

inline bool drawn_line(const text_line& l, bool& strong) {
    if (strong) return true;  // the chunk is drawn: every line of it counts
#if REPORTDOC_SSE2
    if (proves_plain(l.content)) return false;  // most lines: prose
#endif
    return drawn_by_bytes(l.content, strong);
}

// Whether s holds a +, a | or a byte E2 (the lead byte of every box-drawing
// character, and of other marks).
template <bool Vectors = REPORTDOC_SSE2 != 0>
bool has_figure_sign(std::string_view s) noexcept {
    return find_any_byte<Vectors>(s, 0, '+', '|', 0xE2) != s.size();
}

// Whether s holds a +, a | or a box-drawing character (U+2500..U+257F: E2 94, E2 95).
inline bool has_drawing_sign(std::string_view s) noexcept {
    const auto next = [&](std::size_t from) { return find_any_byte(s, from, '+', '|', 0xE2); };
    for (std::size_t i = next(0); i < s.size(); i = next(i + 1))
        if (s[i] != '\xE2' || (i + 1 < s.size() && (s[i + 1] == '\x94' || s[i + 1] == '\x95'))) return true;
    return false;
}

// True when some line of [begin, end) holds a sign of a drawn figure that
// drawn_line takes as strong: a box-drawing character, a + or a |. Found
// faster than drawn_line reads a line. May say true of lines that hold none
// (the caller then reads them all, as it would without asking), never false
// of lines that hold one.
inline bool draws_anywhere(const text_state& st, std::size_t begin, std::size_t end) {
    if (begin >= end) return false;
    // Lines of a chunk follow each other in the input: the bytes from the first
    // to the end of the last are read in one scan. Between the lines stand only
    // their ends and spaces (some non-ASCII spaces are led by E2: a sign too
    // many, which is allowed), and a repaired line's bytes there hold every
    // sign its copy holds. When the first or last line is a repaired copy, the
    // lines are read one by one.
    // Compared as integers: `<` between pointers into different arrays is unspecified,
    // and std::less would cost every includer <functional>.
    const auto address = [](const char* p) { return reinterpret_cast<std::uintptr_t>(p); };
    const char* const first = st.line(begin).content.data();
    const char* const last = st.line(end - 1).content.data() + st.line(end - 1).content.size();
    if (address(first) >= address(st.input.data()) && address(last) <= address(st.input.data() + st.input.size()) &&
        address(first) <= address(last))
        return has_figure_sign(std::string_view(first, static_cast<std::size_t>(last - first)));
    for (std::size_t k = begin; k < end; ++k)
        if (has_figure_sign(st.line(k).content)) return true;
    return false;
}

// Each chunk of adjacent lines that is drawn rather than written becomes a
// preformatted block: its lines byte for byte, less their common indentation.
inline void find_preformatted(text_state& st, std::size_t begin, std::size_t end, std::uint32_t body_indent) {
    std::size_t i = begin;
    while (i < end) {
        if (!st.usable(i)) {
            ++i;
            continue;
        }
        std::size_t j = i;
        while (j < end && st.usable(j) && (j == i || !st.page_break_before[j])) ++j;  // the chunk [i, j)
        std::size_t drawn = 0;
        bool strong = false;
        std::uint32_t min_indent = st.line(i).indent, min_chars = st.line(i).indent_chars;
        const std::size_t count = j - i;
        // Figures are narrow; a lone line is one only when drawn with box characters, + or |,
        // and not when it is a rule (━━━━) that only separates text.
        const std::string_view first = st.line(i).content;
        if (st.line(i).width > 120 || (count == 1 && (!has_drawing_sign(first) || repeats_one_char(first)))) {
            i = j;
            continue;
        }
        // The common indentation of every line, before the scan below may stop: a
        // figure made after a lead-in keeps each line's text whole.
        for (std::size_t k = i + 1; k < j; ++k) {
            min_indent = std::min(min_indent, st.line(k).indent);
            min_chars = std::min(min_chars, st.line(k).indent_chars);
        }
        const bool set_in = min_indent >= body_indent + 2;
        bool asked = false;  // whether the lines after the first line of prose were looked at
        for (std::size_t k = i; k < j; ++k) {
            drawn += drawn_line(st.line(k), strong) ? 1 : 0;
            const std::size_t prose = k - i + 1 - drawn;
            if (prose * 10 > count * 4) break;  // too much prose already: not a figure
            // Past a line of prose, a chunk at the body's indentation is a figure only
            // with a line drawn with boxes, + or |: without one, the scan can stop.
            // (Asked once per chunk: asking at every line after it would be quadratic.)
            if (prose > 0 && !strong && !set_in && !asked) {
                asked = true;
                if (!draws_anywhere(st, k + 1, j)) break;
            }
        }
        const bool setext = count == 2 && underline_char(st.line(i + 1), st.line(i)) != 0;
        // A list item is no figure; asked last, as most chunks are plainly prose.
        const bool is_figure = !setext &&
                               ((drawn == count && (count > 1 || strong)) ||
                                (drawn * 10 >= count * 6 && (strong || min_indent >= body_indent + 2)) ||
                                indented_after_lead_in(st, begin, i, j, body_indent)) &&
                               !find_marker(st.line(i).content);
        if (is_figure) {
            std::string content;
            for (std::size_t k = i; k < j; ++k) {
                std::string_view raw = st.line(k).raw();
                for (std::uint32_t c = 0; c < min_chars && !raw.empty(); ++c) raw.remove_prefix(decode_utf8(raw, 0).length);
                if (k > i) content += '\n';
                content.append(raw);
                st.skip[k] = 1;
            }
            ++st.nodes;
            st.place(i, preformatted{std::move(content), span_of(st.line(i), st.line(j - 1))});
        }
        i = j;
    }
}

// The indentation most prose lines start at: paragraphs of an RFC sit at 3.
// Marks in `unmarked` (a flag per line from `begin`) the lines it found no marker
// in, so that they are not searched again.
inline std::uint32_t body_indentation(const text_state& st, std::size_t begin, std::size_t end, std::string& unmarked) {
    std::uint32_t counts[17] = {};
    for (std::size_t i = begin; i < end; ++i) {
        if (!st.usable(i) || st.line(i).width < 30) continue;
        if (find_marker(st.line(i).content)) continue;
        unmarked[i - begin] = 1;
        ++counts[std::min<std::uint32_t>(st.line(i).indent, 16)];
    }
    std::uint32_t best = 0;
    for (std::uint32_t k = 1; k < 17; ++k)
        if (counts[k] > counts[best]) best = k;
    return best;
}

// Justified text pads with runs of spaces; a paragraph keeps one. (Asked only of
// units whose lines hold a run; it is found first, and the text is rewritten from there.)
inline void collapse_spaces(std::string& s) {
    const std::size_t run = s.find("  ");
    if (run == std::string::npos) return;
    std::size_t out = run + 1;
    for (std::size_t i = run + 1; i < s.size(); ++i) {
        if (s[i] == ' ' && out > 0 && s[out - 1] == ' ') continue;
        s[out++] = s[i];
    }
    s.resize(out);
}

// A scraper splits "(三)…" into "(" and "三)…": put them back together.
inline bool split_parenthesis(const text_state& st, std::size_t a, std::size_t b) {
    const std::string_view s = st.line(a).content;
    if (s != "(" && s != "（") return false;
    std::string joined(s);
    joined.append(st.line(b).content);
    return static_cast<bool>(find_marker(joined));
}

// A paragraph that ends mid-sentence continues in the next unit when that
// one starts with no marker: a scraper broke it at a blank line or at inline
// markup (PM / 2.5 / 浓度). A number alone on its line is such a piece, not a marker.
inline void join_broken(text_state& st, unit_list& units) {
    if (units.empty()) return;
    const auto starts_block = [&units](const text_unit& u) {
        const marker& m = units.mark(u);
        if (!m) return false;
        const bool bare_number =
            m.content >= u.text.size() && (m.style == numbering_style::dotted_path || m.style == numbering_style::arabic);
        return !bare_number;
    };
    std::size_t out = 0;
    for (std::size_t k = 1; k < units.size(); ++k) {
        text_unit& prev = units[out];
        text_unit& next = units[k];
        if (prev.placed != no_block || next.placed != no_block) {
            if (++out != k) units[out] = std::move(next);
            continue;
        }
        const bool prose = prev.width > 60 || has_clause_punctuation(prev.text);
        const marker& prev_mark = units.mark(prev);
        const bool heading_like =
            prev_mark && prev.width <= 80 && !has_clause_punctuation(std::string_view(prev.text).substr(prev_mark.content));
        const bool across_page = next.after_page_break;
        if ((prose || across_page) && !heading_like && !ends_sentence(prev.text) && !starts_block(next)) {
            if (across_page)
                st.note("joined-across-page", "text broken by a page break joined to the text before it",
                        next.span().begin);
            else
                st.note("joined-paragraph",
                        "paragraph broken mid-sentence joined to the one before (line " +
                            std::to_string(prev.last + 1) + " ends without sentence-final punctuation)",
                        next.span().begin);
            // Text broken at inline markup had no space there; CJK text never has one.
            if (prev.text.size() * 4 > std::size_t{prev.width} * 5) prev.text += next.text;  // mostly CJK: 3 bytes per 2 columns
            else append_wrapped(prev.text, next.text);
            prev.last = next.last;
            prev.set_end(next.span().end);
            prev.width += next.width;
            units.set_mark(out, find_marker(prev.text));
            continue;
        }
        if (++out != k) units[out] = std::move(next);
    }
    units.truncate(out + 1);
}

/// The layout of lines [begin, end), measured once, on first use: a pass over
/// the whole document is paid only when some short region needs it.
class deferred_layout {
public:
    deferred_layout(const text_state& st, std::size_t begin, std::size_t end) noexcept : st_(st), begin_(begin), end_(end) {}
    const layout_info& get() {
        if (!known_) value_ = detect_layout(st_, begin_, end_);
        known_ = true;
        return value_;
    }

private:
    const text_state& st_;
    std::size_t begin_, end_;
    layout_info value_;
    bool known_ = false;
};

/// The units of lines [begin, end), as the lines give them (finish_units does
/// the rest). A region too short to show its layout (an appendix of two lines)
/// takes `surrounding`'s, when given. With `release_lines`, the line table's
/// chunks are freed as the units pass them: the table (40 bytes a line) and the
/// units it becomes are not kept together.
inline unit_list gather_units(text_state& st, std::size_t begin, std::size_t end, deferred_layout* surrounding,
                              bool release_lines) {
    unit_list units;
    std::string unmarked(end - begin, '\0');
    find_preformatted(st, begin, end, body_indentation(st, begin, end, unmarked));
    layout_info layout = detect_layout(st, begin, end);
    if (!layout.measured && surrounding) layout = surrounding->get();
    bool blank = true;
    std::size_t previous = end;  // last line of the open unit
    // Placed blocks are in line order: the region's first is found by bisection, not by a walk
    // from the start (one walk per back-matter region would be quadratic).
    std::size_t next_placed = static_cast<std::size_t>(
        std::lower_bound(st.placed.begin(), st.placed.end(), begin,
                         [](const std::pair<std::size_t, block>& p, std::size_t line) { return p.first < line; }) -
        st.placed.begin());
    // A unit of lines [first, last] holding text: where it begins and its indentation are
    // taken now, while its lines are there; where it ends, once it is closed.
    const auto make_unit = [&st, &units](std::size_t first, std::size_t last, std::string_view text) {
        text_unit u;
        u.text = std::string(text);
        u.first = static_cast<std::uint32_t>(first);
        u.last = static_cast<std::uint32_t>(last);
        u.set_begin(st.line(first).start());
        u.indent = st.line(first).indent;
        if (starts_with(text, "附")) units.keep_first_line_end(u.first, st.line(first).end());
        return u;
    };
    // Whether the open unit's second line was joined after an opening parenthesis
    // (without a space); its other lines join as wrapped lines do.
    bool parenthesis_joined = false;
    // Closes the last unit (once: its end column, 1 or more, says it is closed), while
    // its lines are there. A unit of several lines gets its text now, in one
    // allocation of its size, not grown (and copied) line by line.
    const auto close_unit = [&st, &units, &parenthesis_joined] {
        text_unit& u = units.back();
        if (u.end_column != 0) return;
        u.set_end(st.line(u.last).end());
        if (u.last == u.first || u.underline || u.placed != no_block) return;
        // At most a space between two lines: the size of Latin text exactly,
        // which the model then keeps without a copy (text_state::text_content).
        std::size_t size = u.last - u.first;
        for (std::size_t k = u.first; k <= u.last; ++k) size += st.line(k).content.size();
        std::string text;
        text.reserve(size);  // from empty: exactly this (grown from the first line, it could double)
        text.append(u.text);
        for (std::size_t k = u.first + 1; k <= u.last; ++k) {
            if (k == u.first + 1 && parenthesis_joined) text.append(st.line(k).content);
            else append_wrapped(text, st.line(k).content);
        }
        u.text = std::move(text);
    };
    // A new unit closes the one before; the lines before it are not looked at again.
    const auto push_unit = [&st, &units, &close_unit, &parenthesis_joined, release_lines](text_unit&& u) {
        if (!units.empty()) close_unit();
        parenthesis_joined = false;
        if (release_lines) st.text.lines.release_before(u.first);
        units.push_back(std::move(u));
    };
    for (std::size_t i = begin; i < end; ++i) {
        if (next_placed < st.placed.size() && st.placed[next_placed].first == i) {
            text_unit u = make_unit(i, i, {});
            u.placed = static_cast<std::uint32_t>(next_placed++);
            push_unit(std::move(u));
            previous = end;
            blank = true;
            continue;
        }
        if (!st.usable(i)) {
            if (st.line(i).blank() || st.skip[i]) blank = true;
            continue;
        }
        const text_line& l = st.line(i);
        // A title underlined (and perhaps overlined) with one repeated character.
        if (i + 1 < end && st.usable(i + 1)) {
            const char32_t c = underline_char(st.line(i + 1), l);
            const bool overlined = c && !units.empty() && units.back().first == units.back().last &&
                                   units.back().last + 1 == i && units.back().placed == no_block &&
                                   units.back().text.size() >= 3 &&
                                   units.back().text.find_first_not_of(static_cast<char>(c)) == std::string::npos;
            if (c && (blank || overlined)) {
                text_unit u = make_unit(overlined ? units.back().first : i, i + 1, l.content);
                u.blank_before = true;
                u.width = l.width;
                u.underline = static_cast<std::uint16_t>(overlined ? c | 0x100 : c);  // over- and underlined: a family of its own
                u.space_run = l.space_run;
                if (overlined) units.pop_back();
                st.skip[i + 1] = 1;
                push_unit(std::move(u));
                previous = end;  // nothing continues a heading
                blank = true;
                continue;
            }
        }
        if (!units.empty() && previous != end && !blank && units.back().first == previous &&
            split_parenthesis(st, previous, i)) {
            parenthesis_joined = true;
            units.back().last = static_cast<std::uint32_t>(i);
            units.back().width += l.width;
            units.back().space_run |= l.space_run != 0;
            st.note("joined-heading", "heading split after its opening parenthesis joined", l.start());
            previous = i;
            continue;
        }
        if (!units.empty() && previous != end && !blank && continues(st, layout, previous, i, units.back().first == previous, unmarked[i - begin] != 0)) {
            units.back().last = static_cast<std::uint32_t>(i);
            units.back().width += l.width;
            units.back().space_run |= l.space_run != 0;
            previous = i;
            continue;
        }
        text_unit u = make_unit(i, i, l.content);
        u.blank_before = blank || layout.line_per_paragraph;  // where every line stands apart, blanks say nothing
        u.after_page_break = st.page_break_before[i] != 0;
        u.width = l.width;
        u.space_run = l.space_run;
        push_unit(std::move(u));
        previous = i;
        blank = false;
    }
    if (!units.empty()) close_unit();
    return units;
}

/// Spaces collapsed, markers found, paragraphs broken mid-sentence rejoined:
/// from the units alone, as the lines may be gone.
inline void finish_units(text_state& st, unit_list& units) {
    for (std::size_t k = 0; k < units.size(); ++k) {
        text_unit& u = units[k];
        if (u.placed != no_block) continue;
        if (u.space_run) collapse_spaces(u.text);
        if (u.underline) continue;
        if (const marker m = find_marker(u.text)) units.set_mark(k, m);
    }
    if (st.opt.join_broken_paragraphs) join_broken(st, units);
}

/// The units of lines [begin, end), finished; see gather_units.
inline unit_list assemble(text_state& st, std::size_t begin, std::size_t end, deferred_layout* surrounding = nullptr) {
    unit_list units = gather_units(st, begin, end, surrounding, false);
    finish_units(st, units);
    return units;
}

}  // namespace reportdoc::detail
