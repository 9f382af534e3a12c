// SPDX-License-Identifier: MIT
// Lines into units (paragraphs-to-be): the layout is detected per region
// (blank-separated, one paragraph per line, hard-wrapped), wrapped lines are
// joined, and paragraphs broken mid-sentence are rejoined with a note.
#pragma once

#include <reportdoc/detail/text_state.hpp>

#include <algorithm>
#include <string>
#include <vector>

namespace reportdoc::detail {

struct layout_info {
    bool wrapped = false;
    std::uint32_t wrap_width = 0;
    std::uint32_t tolerance = 0;
    bool line_per_paragraph = false;
};

inline layout_info detect_layout(const text_state& st, std::size_t begin, std::size_t end) {
    layout_info info;
    std::vector<std::uint32_t> widths;
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
        if (l.width >= 20) widths.push_back(l.width);
        if (l.width > 2 * l.chars - 2 * l.chars / 3) ++cjk_lines;  // mostly double-width characters
    }
    const bool cjk = cjk_lines * 2 > lines;
    text_layout layout = st.opt.layout;
    if (layout == text_layout::automatic) {
        bool wrapped = false;
        if (widths.size() >= 4) {
            std::vector<std::uint32_t> sorted = widths;
            std::sort(sorted.begin(), sorted.end());
            const std::uint32_t w = sorted[sorted.size() * 9 / 10];
            const std::uint32_t tol = cjk ? 4 : std::max<std::uint32_t>(10, w / 6);
            const std::size_t full = static_cast<std::size_t>(
                std::count_if(widths.begin(), widths.end(), [&](std::uint32_t x) { return x + tol >= w && x <= w + 2; }));
            const std::size_t past = static_cast<std::size_t>(
                std::count_if(widths.begin(), widths.end(), [&](std::uint32_t x) { return x > w + 2; }));
            wrapped = w >= 30 && w <= 110 && full * 10 >= widths.size() * 4 && past * 10 <= widths.size();
            info.wrap_width = w;
            info.tolerance = tol;
        }
        layout = wrapped ? text_layout::hard_wrapped
                 : gaps * 2 >= lines ? text_layout::blank_separated
                                     : text_layout::line_per_paragraph;
    } else if (layout == text_layout::hard_wrapped) {
        std::vector<std::uint32_t> sorted = widths;
        std::sort(sorted.begin(), sorted.end());
        info.wrap_width = sorted.empty() ? 72 : sorted[sorted.size() * 9 / 10];
        info.tolerance = cjk ? 4 : std::max<std::uint32_t>(10, info.wrap_width / 6);
    }
    info.wrapped = layout == text_layout::hard_wrapped;
    info.line_per_paragraph = layout == text_layout::line_per_paragraph;
    return info;
}

// True when line b continues the unit whose last line is a (a hard-wrapped paragraph).
inline bool continues(const text_state& st, const layout_info& layout, std::size_t a, std::size_t b, bool a_starts_unit) {
    if (!layout.wrapped) return false;
    const text_line& la = st.line(a);
    const text_line& lb = st.line(b);
    if (lb.page_break) return false;
    if (const marker m = find_marker(lb.content); m && m.shape != marker_shape::keyword) return false;
    // A deeper first-line indent starts a paragraph; a hanging indent under a marker continues one.
    if (lb.indent > la.indent + 1 && !(a_starts_unit && find_marker(la.content))) return false;
    if (a_starts_unit && la.width <= 40 && !has_clause_punctuation(la.content) && lb.width > la.width + 10)
        return false;  // a heading line directly above its paragraph
    return la.width + layout.tolerance >= layout.wrap_width || !ends_sentence(la.content);
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
inline void join_broken(text_state& st, std::vector<text_unit>& units) {
    if (units.empty()) return;
    const auto starts_block = [](const text_unit& u) {
        if (!u.mark) return false;
        const bool bare_number = u.mark.content >= u.text.size() &&
                                 (u.mark.style == numbering_style::dotted_path || u.mark.style == numbering_style::arabic);
        return !bare_number;
    };
    std::size_t out = 0;
    for (std::size_t k = 1; k < units.size(); ++k) {
        text_unit& prev = units[out];
        text_unit& next = units[k];
        const bool prose = prev.width > 60 || has_clause_punctuation(prev.text);
        const bool heading_like =
            prev.mark && prev.width <= 80 && !has_clause_punctuation(std::string_view(prev.text).substr(prev.mark.content));
        if (prose && !heading_like && !ends_sentence(prev.text) && !starts_block(next)) {
            st.note("joined-paragraph",
                 "paragraph broken mid-sentence joined to the one before (line " +
                     std::to_string(st.line(prev.last).number) + " ends without sentence-final punctuation)",
                 st.line(next.first).start());
            // Text broken at inline markup had no space there; CJK text never has one.
            if (prev.text.size() * 4 > std::size_t{prev.width} * 5) prev.text += next.text;  // mostly CJK: 3 bytes per 2 columns
            else append_wrapped(prev.text, next.text);
            prev.last = next.last;
            prev.width += next.width;
            prev.mark = find_marker(prev.text);
            continue;
        }
        if (++out != k) units[out] = std::move(next);
    }
    units.resize(out + 1);
}

inline std::vector<text_unit> assemble(text_state& st, std::size_t begin, std::size_t end) {
    std::vector<text_unit> units;
    const layout_info layout = detect_layout(st, begin, end);
    bool blank = true;
    std::size_t previous = end;  // last line of the open unit
    for (std::size_t i = begin; i < end; ++i) {
        if (!st.usable(i)) {
            if (st.line(i).blank() || st.skip[i]) blank = true;
            continue;
        }
        const text_line& l = st.line(i);
        if (!units.empty() && previous != end && !blank && units.back().first == previous &&
            split_parenthesis(st, previous, i)) {
            units.back().text.append(l.content);
            units.back().last = i;
            units.back().width += l.width;
            st.note("joined-heading", "heading split after its opening parenthesis joined", l.start());
            previous = i;
            continue;
        }
        if (!units.empty() && previous != end && !blank && continues(st, layout, previous, i, units.back().first == previous)) {
            append_wrapped(units.back().text, l.content);
            units.back().last = i;
            units.back().width += l.width;
            previous = i;
            continue;
        }
        text_unit u;
        u.first = u.last = i;
        u.text = std::string(l.content);
        u.blank_before = blank;
        u.width = l.width;
        units.push_back(std::move(u));
        previous = i;
        blank = false;
    }
    for (text_unit& u : units) u.mark = find_marker(u.text);
    if (st.opt.join_broken_paragraphs) join_broken(st, units);
    return units;
}

}  // namespace reportdoc::detail
