// SPDX-License-Identifier: MIT
// The plain-text reader's driver. Stages, in order:
//   1. lines     split, repair, measure                       (text_lines.hpp)
//   2. chrome    page furniture and scraper chrome removed       (text_chrome.hpp)
//   3. contents  tables of contents, wherever they stand         (text_toc.hpp)
//   4. front     header block or lines, title, metadata, salutation (text_front.hpp)
//   5. related   a trailing list of related articles            (text_back.hpp)
//   6. back      attachments, appendices, notes, glossaries     (text_back.hpp)
//   7. units     lines into paragraphs-to-be per layout; figures (text_units.hpp)
//   8. closing   thanks, signature and date line                (text_back.hpp)
//   9. outline   markers into sections and list items           (text_outline.hpp)
#pragma once

#include <reportdoc/text_reader.hpp>
#include <reportdoc/detail/array_list.hpp>
#include <reportdoc/detail/text_back.hpp>
#include <reportdoc/detail/text_chrome.hpp>
#include <reportdoc/detail/text_front.hpp>
#include <reportdoc/detail/text_outline.hpp>
#include <reportdoc/detail/text_state.hpp>
#include <reportdoc/detail/text_toc.hpp>
#include <reportdoc/detail/text_units.hpp>

#include <algorithm>
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace reportdoc::detail {

inline void detect_language(text_state& st) {
    if (!st.doc.meta.language.empty()) return;
    std::size_t cjk = 0, latin = 0, traditional = 0, seen = 0;
    constexpr std::size_t sample_bytes = 1 << 16;  // plenty to tell scripts apart
    for (std::size_t k = 0; k < st.text.lines.size(); ++k) {
        const text_line& l = st.line(k);
        if ((seen += l.content.size()) > sample_bytes) break;
        for (std::size_t i = 0; i < l.content.size();) {
            if (const auto b = static_cast<unsigned char>(l.content[i]); b < 0x80) {  // Latin text, undecoded
                latin += is_ascii_letter(b) ? 1 : 0;
                ++i;
                continue;
            }
            const utf8_char c = decode_utf8(l.content, i);
            if (is_cjk_char(c.code_point)) {
                ++cjk;
                switch (c.code_point) {
                    case U'們': case U'這': case U'個': case U'為': case U'與': case U'會': case U'說': case U'對':
                    case U'國': case U'來': case U'時': case U'發': case U'經': case U'實': case U'體': case U'區':
                        ++traditional;
                        break;
                    default: break;
                }
            }
            i += c.length;
        }
    }
    if (cjk == 0 && latin == 0) return;
    if (cjk * 2 >= latin) st.doc.meta.language = traditional * 50 > cjk ? "zh-TW" : "zh-CN";
    else st.doc.meta.language = "en";
}

// The fields a page printed above the title (header, breadcrumb) first, each part in
// its order. Two passes over the fields, not std::stable_partition: one algorithm
// fewer to compile (a dozen functions) for a list of a few fields.
inline void header_fields_first(std::vector<metadata_field>& extra) {
    std::string above(extra.size(), '\0');
    for (std::size_t k = 0; k < extra.size(); ++k) above[k] = extra[k].key == "header" || extra[k].key == "breadcrumb";
    std::vector<metadata_field> ordered;
    for (const char part : {'\1', '\0'})
        for (std::size_t k = 0; k < extra.size(); ++k)
            if (above[k] == part) ordered.push_back(std::move(extra[k]));
    extra.swap(ordered);
}

// Diagnostics in source order (line, then column); those at one position keep the
// order they were made in. Each goes to the next free place in its position's run of
// the sorted positions: std::sort and std::lower_bound on integers, which the reader
// compiles anyway, instead of a std::stable_sort of diagnostics (some thirty more
// functions to compile).
inline void sort_by_position(std::vector<diagnostic>& diags) {
    const auto key = [](const diagnostic& d) { return std::uint64_t{d.where.line} << 32 | d.where.column; };
    array_list<std::uint64_t> keys;
    keys.reserve(diags.size());
    for (const diagnostic& d : diags) keys.push_back(key(d));
    std::sort(keys.begin(), keys.end());
    array_list<std::size_t> taken(diags.size());  // per run of equal positions: places filled
    array_list<std::size_t> from(diags.size());   // per place: the diagnostic it takes
    for (std::size_t k = 0; k < diags.size(); ++k) {
        const auto run = static_cast<std::size_t>(std::lower_bound(keys.begin(), keys.end(), key(diags[k])) - keys.begin());
        from[run + taken[run]++] = k;
    }
    std::vector<diagnostic> sorted;
    sorted.reserve(diags.size());  // grown by doubling instead, it raised peak memory by a tenth (50,000 notes)
    for (const std::size_t k : from) sorted.push_back(std::move(diags[k]));
    diags.swap(sorted);
}

// `owned`, when given, holds the input, and is freed as soon as nothing refers to it.
inline parse_result<report> read_text(std::string_view input, const text_options& options, std::string* owned = nullptr) {
    text_state st(input, options);
    if (input.size() > std::min(options.limits.max_input_size, max_text_input)) {
        st.error("limit-input-size",
                 "input of " + std::to_string(input.size()) + " bytes exceeds " +
                     (options.limits.max_input_size <= max_text_input
                          ? "max_input_size (" + std::to_string(options.limits.max_input_size) + ")"
                          : "the text reader's largest input (" + std::to_string(max_text_input) + " bytes)"),
                 {});
        return parse_result<report>(std::move(st.diags));
    }
    st.text = split_lines(input, options.tab_width, st.diags);
    st.skip.assign(st.text.lines.size(), '\0');
    st.page_break_before.assign(st.text.lines.size(), '\0');
    st.body_end = st.text.lines.size();

    if (options.page_furniture) remove_page_furniture(st);
    if (options.page_chrome) remove_chrome(st);
    read_tables_of_contents(st);
    if (options.front_matter) read_front_matter(st);
    // What was placed before the body (a table of contents above the title) is front matter.
    // (One erase of them all: erasing the front one at a time was quadratic in their number.)
    std::size_t before_body = 0;
    for (; before_body < st.placed.size() && st.placed[before_body].first < st.body_begin; ++before_body)
        st.doc.front_matter.push_back(std::move(st.placed[before_body].second));
    st.placed.erase(st.placed.begin(), st.placed.begin() + static_cast<std::ptrdiff_t>(before_body));
    if (options.related_links) read_related_links(st);
    if (options.back_matter) read_back_matter(st);
    if (options.page_chrome) remove_trailing_echoes(st);

    detect_language(st);  // before the lines it samples are freed
    // The units hold copies of their text and all the outline needs of the lines: the line
    // table (40 bytes a line, freed as the units passed it) and the input are gone before
    // the units' markers and the model join them, where memory peaks.
    unit_list units = gather_units(st, st.body_begin, st.body_end, nullptr, true);
    st.text = text_lines();
    st.skip = std::string();
    st.page_break_before = std::string();
    if (owned) std::string().swap(*owned);
    finish_units(st, units);
    if (options.closing) read_closing(st, units);
    // Lines the page printed above the title come first among the extra fields, wherever a pass
    // found them: the writer sets them above the title, and reads them back first.
    header_fields_first(st.doc.meta.extra);
    build_outline(st, std::move(units), st.doc.body, 0);
    // Abstract, status and contents sections that open the body are front matter.
    std::size_t leading = 0;
    while (leading < st.doc.body.size()) {
        const section* s = st.doc.body[leading].as<section>();
        if (!s || !s->label.empty() || s->title.size() != 1 || !s->title[0].as<text>() ||
            !is_front_section_title(s->title[0].as<text>()->content))
            break;
        ++leading;
    }
    // The rest move to a new body rather than down the old one: std::vector::erase
    // would compile a move assignment of blocks.
    if (leading > 0) {
        block_list rest;
        for (std::size_t k = 0; k < st.doc.body.size(); ++k)
            (k < leading ? st.doc.front_matter : rest).push_back(std::move(st.doc.body[k]));
        st.doc.body.swap(rest);
    }

    if (st.nodes > options.limits.max_nodes)
        st.error("limit-nodes", "the document has more than max_nodes (" + std::to_string(options.limits.max_nodes) + ") nodes", {});
    sort_by_position(st.diags);
    if (options.strict)
        for (diagnostic& d : st.diags) d.level = severity::error;
    for (const diagnostic& d : st.diags)
        if (d.level == severity::error) return parse_result<report>(std::move(st.diags));
    return parse_result<report>(std::move(st.doc), std::move(st.diags));
}

}  // namespace reportdoc::detail

namespace reportdoc {

REPORTDOC_FUNC parse_result<report> parse_text(std::string_view input, const text_options& options) {
    return detail::read_text(input, options);
}

REPORTDOC_FUNC parse_result<report> parse_text_in_place(std::string&& input, const text_options& options) {
    std::string owned = std::move(input);
    return detail::read_text(owned, options, &owned);
}

}  // namespace reportdoc
