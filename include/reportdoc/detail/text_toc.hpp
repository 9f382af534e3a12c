// SPDX-License-Identifier: MIT
// Tables of contents: a "Table of Contents" / "Contents" / "目录" line and the
// entries under it — with dot leaders and page numbers or without, nested by
// label depth or indentation or as bullets, wrapped with a hanging indent, or
// broken by a page break (the furniture is gone by now). A table of contents
// becomes a section holding a nested list of its entries, never headings.
#pragma once

#include <reportdoc/detail/array_list.hpp>
#include <reportdoc/detail/markers.hpp>
#include <reportdoc/detail/numerals.hpp>
#include <reportdoc/detail/string_match.hpp>
#include <reportdoc/detail/text_state.hpp>
#include <reportdoc/detail/text_units.hpp>
#include <reportdoc/detail/width.hpp>

#include <algorithm>
#include <string>
#include <string_view>

namespace reportdoc::detail {

struct toc_entry {
    std::string label;  ///< As written ("1.1.", "Appendix A."), or empty.
    std::string title;
    std::uint32_t indent = 0;  ///< Of the entry's first line.
    std::uint8_t depth = 1;    ///< Components of a dotted label.
    std::size_t line = 0;
    bool bulleted = false;
};

struct text_toc {
    std::size_t heading = 0;  ///< Line of the "Table of Contents" line.
    std::size_t end = 0;      ///< One past its last entry line.
    array_list<toc_entry> entries;
    bool page_numbers = false;
};

inline bool is_toc_title(std::string_view s) {
    if (!s.empty() && s.back() == ':') s.remove_suffix(1);
    static constexpr word_list titles{{"Table of Contents", "TABLE OF CONTENTS", "Contents", "CONTENTS", "目录", "目 录",
                                       "目　录"}};
    return titles.contains(s);
}

// Splits "Introduction . . . . . 2" into its text and page number; false when
// the line does not end in a page number after a leader or a wide gap.
inline bool strip_page_number(std::string_view& s) {
    std::size_t end = s.size();
    std::size_t start = end;
    while (start > 0 && ((s[start - 1] >= '0' && s[start - 1] <= '9') || std::string_view("ivxlcdm").find(s[start - 1]) != std::string_view::npos))
        --start;
    if (start == end || end - start > 6) return false;
    const std::string_view number = s.substr(start);
    if (!(number[0] >= '0' && number[0] <= '9') && roman_value(number) == 0) return false;
    std::size_t text_end = start;
    std::size_t leader = 0, spaces = 0;
    while (text_end > 0 && (s[text_end - 1] == ' ' || s[text_end - 1] == '.' || s[text_end - 1] == '\t' ||
                            s.substr(0, text_end).substr(text_end >= 3 ? text_end - 3 : 0) == "…")) {
        if (s[text_end - 1] == '.') ++leader;
        else if (s[text_end - 1] == ' ') ++spaces;
        else if (s[text_end - 1] == '\t') spaces += 2;  // a tab stop is a wide gap by itself
        text_end -= s.substr(0, text_end).substr(text_end >= 3 ? text_end - 3 : 0) == "…" ? 3 : 1;
    }
    if (leader < 2 && spaces < 2) return false;  // "Chapter 2" is no entry with page 2
    s = s.substr(0, text_end);
    return true;
}

inline toc_entry read_toc_entry(const text_line& l, std::size_t index, bool& paged) {
    std::string_view s = l.content;
    paged = strip_page_number(s);
    toc_entry e;
    e.indent = l.indent;
    e.line = index;
    marker m = find_marker(s);
    if (m && m.shape == marker_shape::bullet) {  // TOCs written as bullet lists
        s = s.substr(m.content);
        m = find_marker(s);
        e.bulleted = true;
    }
    if (m && m.shape != marker_shape::bullet && m.shape != marker_shape::sequence_word &&
        m.shape != marker_shape::ordinal_word) {
        e.label = std::string(s.substr(0, m.length));
        e.depth = m.depth;
        s = s.substr(m.content);
    } else if (const std::size_t digits = s.find_first_not_of("0123456789");
               digits != 0 && digits != std::string_view::npos && s.substr(digits, 2) == "  ") {
        e.label = std::string(s.substr(0, digits));  // "1  Introduction": a number and a wide gap
        s = s.substr(s.find_first_not_of(' ', digits));
    }
    e.title = std::string(s);
    return e;
}

/// Finds every table of contents and marks its lines as consumed.
inline array_list<text_toc> find_tables_of_contents(text_state& st) {
    array_list<text_toc> found;
    const std::size_t n = st.text.lines.size();
    deferred_layout document_layout(st, 0, n);  // once for every TOC: many "Contents" lines stay linear
    for (std::size_t h = 0; h < n; ++h) {
        if (!st.usable(h) || !is_toc_title(st.line(h).content)) continue;
        text_toc toc;
        toc.heading = h;
        const bool underlined = h + 1 < n && st.usable(h + 1) && underline_char(st.line(h + 1), st.line(h)) != 0;
        std::size_t i = st.next_usable(h + (underlined ? 2 : 1), n);  // "Contents" over "========"
        toc.end = underlined ? h + 2 : h + 1;
        bool first_paged = false;
        while (i < n) {
            const text_line& l = st.line(i);
            bool paged = false;
            toc_entry e = read_toc_entry(l, i, paged);
            if (toc.entries.empty()) {
                first_paged = paged;
            } else {
                // A continuation: no label, no page (or the page at its end), deeper than its entry's start.
                // Only a line too long for the next word to fit wraps ("Method" above "Routes" does not):
                // past the column where the document wraps, or long in any case.
                const toc_entry& prev = toc.entries.back();
                const text_line& above = st.line(i - 1);
                constexpr std::uint32_t shortest_wrapped = 40;
                const auto next_word_overflows = [&] {
                    const layout_info& layout = document_layout.get();
                    const std::string_view word = l.content.substr(0, l.content.find(' '));
                    return layout.wrapped && above.indent + above.width + 1 + display_width(word) > layout.wrap_width;
                };
                if (e.label.empty() && !e.bulleted && l.indent > prev.indent && !st.page_break_before[i] &&
                    st.usable(i - 1) && (above.width >= shortest_wrapped || next_word_overflows()) && !looks_like_prose(l)) {
                    append_wrapped(toc.entries.back().title, e.title);
                    toc.end = i + 1;
                    i = st.next_usable(i + 1, n);
                    continue;
                }
                // Two blank lines end a table of contents.
                if (i >= toc.end + 2 && st.line(i - 1).blank() && st.line(i - 2).blank()) break;
                // The body starts where the first entry comes round again.
                const toc_entry& head = toc.entries.front();
                if (e.title == head.title && e.label.size() >= head.label.size() &&
                    e.label.substr(0, head.label.size()) == head.label.substr(0, head.label.size()))
                    break;
            }
            const bool entry_shaped = l.width <= 100 && !looks_like_prose(l) && !ends_sentence(e.title) &&
                                      !e.title.empty() && (paged || !first_paged);
            if (!entry_shaped) break;
            if (!first_paged && !toc.entries.empty() && e.label.empty() && l.indent <= st.line(h).indent &&
                toc.entries.front().indent > st.line(h).indent)
                break;  // an unindented line after indented entries ends an unpaged TOC
            toc.entries.push_back(std::move(e));
            toc.end = i + 1;
            i = st.next_usable(i + 1, n);
        }
        if (toc.entries.size() < 2) continue;
        toc.page_numbers = first_paged;
        st.skip[h] = 1;
        for (std::size_t k = h; k < toc.end; ++k) st.skip[k] = 1;
        h = toc.end - 1;
        found.push_back(std::move(toc));
    }
    return found;
}

/// The section a table of contents becomes: its title, and its entries as a
/// list nested by dotted depth or indentation.
inline section toc_section(text_state& st, const text_toc& toc) {
    section s;
    s.level = 1;
    const text_line& h = st.line(toc.heading);
    s.span = span_of(h, st.line(toc.end - 1));
    s.title = st.text_content(std::string(h.content), span_of(h, h));
    if (toc.page_numbers)
        st.note("toc-page-numbers", "table of contents: dot leaders and page numbers removed", h.start());

    // Levels: the distinct indentations, refined by dotted depth within one indentation.
    array_list<std::size_t> indents;
    for (const toc_entry& e : toc.entries) indents.push_back(e.indent);
    std::sort(indents.begin(), indents.end());
    indents.erase(std::unique(indents.begin(), indents.end()), indents.end());
    const auto level_of = [&](const toc_entry& e) {
        const std::size_t by_indent = static_cast<std::size_t>(std::lower_bound(indents.begin(), indents.end(), std::size_t{e.indent}) - indents.begin());
        return std::max<std::size_t>(by_indent + 1, indents.size() == 1 ? e.depth : 1);
    };

    // An explicit stack of open lists: (level, list) — never recursion.
    struct open_level {
        std::size_t level;
        list* node;
    };
    list top;
    array_list<open_level> open{{1, &top}};
    for (const toc_entry& e : toc.entries) {
        const std::size_t level = level_of(e);
        while (open.size() > 1 && open.back().level > level) open.pop_back();
        if (level > open.back().level && !open.back().node->items.empty()) {
            list_item& parent = open.back().node->items.back();
            parent.children.push_back(list{});
            ++st.nodes;
            open.push_back({level, parent.children.back().as<list>()});
        }
        list_item item;
        item.label = e.label;
        const text_line& l = st.line(e.line);
        item.span = span_of(l, l);
        item.children.push_back(st.make_paragraph(e.title, item.span));
        open.back().node->items.push_back(std::move(item));
        ++st.nodes;
    }
    s.children.push_back(std::move(top));
    ++st.nodes;
    return s;
}

/// Reads the tables of contents into sections placed where they stood (or drops them).
inline void read_tables_of_contents(text_state& st) {
    for (const text_toc& toc : find_tables_of_contents(st)) {
        if (st.opt.tables_of_contents) {
            st.place(toc.heading, toc_section(st, toc));
        } else {
            st.note("toc-dropped", "table of contents removed (" + std::to_string(toc.entries.size()) + " entries)",
                    st.line(toc.heading).start());
        }
    }
}

}  // namespace reportdoc::detail
