// SPDX-License-Identifier: MIT
// Units into an outline. A marker at the start of a unit is a heading or a
// list item by its family (一、 and (一) head sections; 第一, 一是 and bullets
// make lists; 1. (1) ① either, by shape). Families nest in the order they
// first appear, as reStructuredText's underline styles do, and a marker only
// counts when its ordinal continues its siblings (一 after nothing, 二 after 一);
// otherwise the line is text.
#pragma once

#include <reportdoc/detail/array_list.hpp>
#include <reportdoc/detail/index_sort.hpp>
#include <reportdoc/detail/markers.hpp>
#include <reportdoc/detail/string_match.hpp>
#include <reportdoc/detail/text_state.hpp>
#include <reportdoc/detail/width.hpp>

#include <algorithm>
#include <array>
#include <string>
#include <string_view>

namespace reportdoc::detail {

/// A family of markers numbering one kind of sibling sequence.
struct family_key {
    numbering_style style = numbering_style::none;
    marker_shape shape = marker_shape::bullet;
    char32_t tag = 0;
    friend bool operator==(const family_key& a, const family_key& b) {
        return a.style == b.style && a.shape == b.shape && a.tag == b.tag;
    }
    friend bool operator!=(const family_key& a, const family_key& b) { return !(a == b); }
};

/// The family of unnumbered headings (short unpunctuated lines).
inline constexpr family_key unnumbered_family{numbering_style::none, marker_shape::bare, U'U'};

/// Whether a family's markers are headings, list items, or either by shape.
enum class family_role : std::uint8_t { heading, list, either };

inline family_key family_of(const marker& m) {
    // "1." is the first level of the dotted-path family 1.1, 1.1.1.
    if (m.style == numbering_style::arabic && m.shape == marker_shape::suffix && m.tag == U'.')
        return {numbering_style::dotted_path, marker_shape::bare, U'.'};
    // 附件 numbered 1, 一 or A is one family.
    if (m.shape == marker_shape::keyword) return {numbering_style::none, marker_shape::keyword, m.tag};
    return {m.style, m.shape, m.tag};
}

inline family_role role_of(const marker& m) {
    switch (m.shape) {
        case marker_shape::ordinal: return m.tag == U',' ? family_role::list : family_role::heading;
        case marker_shape::ordinal_word:
        case marker_shape::sequence_word:
        case marker_shape::bullet: return family_role::list;
        case marker_shape::keyword: return family_role::heading;
        default: break;
    }
    switch (m.style) {
        case numbering_style::cjk_ideographic:
        case numbering_style::cjk_parenthesized: return family_role::heading;
        default: return family_role::either;
    }
}

// Markers at the start of a unit, as headings or list items, nest and
// number by family: a family continues when its ordinal follows the last
// sibling of that family under the same parent.
struct sibling_sequence {
    family_key family;
    std::uint8_t depth;
    std::uint32_t last;
    std::array<std::uint32_t, 8> path;
};
struct open_section {
    family_key family;
    std::uint8_t depth = 1;
    std::array<std::uint32_t, 8> path{};  // of a dotted-path section
    block_list* children = nullptr;
    section* node = nullptr;  // nullptr for the region itself
    bool run_in = false;
    array_list<sibling_sequence> sequences;  // of this section's child sections
};

enum class shape { standalone, run_in, item };

// What a marker's unit looks like: a heading line, a heading running into its
// paragraph, or an item (a whole paragraph after its marker). `title_end`: the
// bytes of the unit's text up to the end of the title, which keeps a question
// or exclamation mark that ends it (a period is the heading's punctuation, not
// its words); `body_begin`: where a run-in heading's paragraph starts.
inline shape shape_of(const text_unit& u, const marker& mark, std::size_t& title_end, std::size_t& body_begin) {
    const std::string_view rest = std::string_view(u.text).substr(mark.content);
    // The first sentence: up to 。！？ (or ". " before a capital in Latin text:
    // text of ASCII only, with a letter, before it). Matched as bytes (。 E3 80 82,
    // ！ EF BC 81, ？ EF BC 9F): in valid UTF-8 a lead byte only starts a character,
    // and ASCII is never inside one.
    std::size_t end = std::string_view::npos, next = 0, kept = 0;
    // What is known of rest[0, checked), advanced only at a ". X" and never read
    // twice, so that text with many of them stays linear.
    std::size_t checked = 0;
    bool latin = true, letter = false;
    // Only the bytes that may start one are looked at closer.
    const auto next_stop = [&](std::size_t from) { return find_any_byte(rest, from, 0xE3, 0xEF, '.', '!', '?'); };
    for (std::size_t i = next_stop(0); i < rest.size(); i = next_stop(i + 1)) {
        const char b = rest[i];
        if ((b == '\xE3' && rest.compare(i, 3, "。") == 0) ||
            (b == '\xEF' && (rest.compare(i, 3, "！") == 0 || rest.compare(i, 3, "？") == 0))) {
            end = i;
            next = i + 3;
            kept = b == '\xEF' ? 3 : 0;
            break;
        }
        if ((b == '.' || b == '!' || b == '?') && i + 2 < rest.size() && rest[i + 1] == ' ' && rest[i + 2] >= 'A' &&
            rest[i + 2] <= 'Z') {
            for (; latin && checked < i; ++checked) {
                const char p = rest[checked];
                latin = static_cast<unsigned char>(p) < 0x80;
                letter = letter || (p >= 'a' && p <= 'z') || (p >= 'A' && p <= 'Z');
            }
            if (latin && letter) {
                end = i;
                next = i + 2;
                kept = b == '.' ? 0 : 1;
                break;
            }
        }
    }
    if (end == std::string_view::npos || next >= rest.size()) {
        // One sentence or none: a heading when short.
        std::string_view title = rest;
        if (end != std::string_view::npos) title = rest.substr(0, end);
        const std::size_t width = display_width(title, 80);
        if ((width <= 80 && !has_clause_punctuation(title)) ||
            (width <= 60 && end == std::string_view::npos && !ends_sentence(rest))) {
            title_end = mark.content + title.size() + kept;
            return shape::standalone;
        }
        return shape::item;
    }
    // GB/T run-in headings are one clause-rich sentence, up to about 80 characters.
    const std::string_view title = rest.substr(0, end);
    if (display_width(title, 160) > 160) return shape::item;
    title_end = mark.content + end + kept;
    body_begin = mark.content + next;
    return shape::run_in;
}

// Families of unnumbered headings: short lines, ALL-CAPS lines, underlined titles.
inline constexpr family_key all_caps_family{numbering_style::none, marker_shape::bare, U'A'};
// Known section titles that stand at the top level of a report whatever is open
// (Abstract, Table of Contents, References, Authors' Addresses): they never hold numbered sections.
inline constexpr family_key top_level_family{numbering_style::none, marker_shape::bare, U'F'};

/// Titles of sections that stand at the top level of a report: its front matter and its end.
inline bool is_top_level_title(std::string_view s) {
    static constexpr word_list titles{{
        "Abstract", "ABSTRACT", "Status of This Memo", "Status of this Memo", "STATUS OF THIS MEMO",
        "Copyright Notice", "COPYRIGHT NOTICE", "Table of Contents", "TABLE OF CONTENTS", "Contents", "CONTENTS",
        "Executive Summary", "EXECUTIVE SUMMARY", "Summary", "SUMMARY", "Preface", "Foreword", "Acknowledgements", "Acknowledgments",
        "ACKNOWLEDGEMENTS", "ACKNOWLEDGMENTS", "Contributors", "References", "REFERENCES", "Index", "INDEX",
        "Authors' Addresses", "Author's Address", "AUTHORS' ADDRESSES", "AUTHOR'S ADDRESS", "Bibliography"}};
    return titles.contains(s);
}

inline bool is_all_caps(std::string_view s) {
    std::size_t upper = 0;
    for (char c : s) {
        if (c >= 'a' && c <= 'z') return false;
        if (static_cast<unsigned char>(c) >= 0x80) return false;
        upper += c >= 'A' && c <= 'Z';
    }
    return upper >= 3;
}

class outline_builder {
public:
    outline_builder(text_state& state, unit_list& units, block_list& root, unsigned base_level)
        : st(state), units_(units), base_level_(base_level) {
        stack_.push_back(open_section{{}, 1, {}, &root, nullptr, false, {}});
        // Latin text separates outline levels by indentation (headings at 0, paragraphs and
        // list items at 3 in an RFC); scraped CJK text indents everything alike.
        std::size_t bytes = 0, columns = 0;
        std::uint32_t counts[17] = {};
        for (std::size_t k = 0; k < units_.size(); ++k) {
            const text_unit& u = units_[k];
            if (u.placed != no_block) continue;
            bytes += u.text.size();
            columns += u.width;
            if (!mark_of(u) && u.width >= 40) ++counts[std::min<std::uint32_t>(u.indent, 16)];
        }
        latin_ = bytes * 4 <= columns * 5;  // CJK takes 3 bytes per 2 columns
        for (std::uint32_t k = 1; k < 17; ++k)
            if (counts[k] > counts[body_indent_]) body_indent_ = k;
    }

    void build() {
        // Every marked unit's shape, once: finding the first sentence scans the whole unit.
        shapes_.resize(units_.size());
        for (std::size_t k = 0; k < units_.size(); ++k) {
            shapes_[k].title_end = shapes_[k].body_begin = units_[k].text.size();
            if (mark_of(units_[k]) && units_[k].placed == no_block)
                shapes_[k].form = shape_of(units_[k], mark_of(units_[k]), shapes_[k].title_end, shapes_[k].body_begin);
        }
        find_contents_entries();
        for (std::size_t k = 0; k < units_.size(); ++k)
            if (mark_of(units_[k]) && units_[k].placed == no_block && first_seen(family_of(mark_of(units_[k]))) == units_.size())
                first_seen_.push_back({family_of(mark_of(units_[k])), k});
        count_votes();
        for (std::size_t k = 0; k < units_.size(); ++k) {
            place(k);
            // Only later units are looked at from here on: the units go as the model
            // grows, so memory peaks at about the larger of the two, not their sum.
            // (A heading or item copied its parts out of this one's text.)
            std::string().swap(units_[k].text);
            units_.release_before(k + 1);
        }
    }

private:
    // Unit k into the outline: a block placed earlier, a contents entry, a heading, a list item or a paragraph.
    void place(std::size_t k) {
        text_unit& u = units_[k];
        const source_span span = u.span();
        if (u.placed != no_block) {
            add_block(std::move(st.placed[u.placed].second), u.indent);
            return;
        }
        if (contents_entry_[k]) {
            add_contents_entry(k, span);
            return;
        }
        if (u.underline) {
            const family_key f{numbering_style::none, marker_shape::bare, u.underline};
            if (place_heading(u, span, heading_candidate::unnumbered(f, u.text.size()))) return;
        }
        if (mark_of(u)) {
            const family_role role = unit_role(k);
            if (role == family_role::heading && try_heading(k)) return;
            if (role == family_role::list && st.opt.lists && try_list_item(k, span)) return;
        }
        if (st.opt.unnumbered_headings) {
            const family_key f = unnumbered_kind(k);
            if (f != family_key{} && place_heading(u, span, heading_candidate::unnumbered(f, u.text.size()))) return;
        }
        add_block(st.make_paragraph(std::move(u.text), span), u.indent);
    }

    struct list_level {
        family_key family;
        std::uint32_t indent = 0;          // of the items' markers
        std::uint32_t content_indent = 0;  // where the items' text starts
        block_list* where = nullptr;       // the blocks holding the list
        std::size_t index = 0;             // of the list in *where
        std::uint32_t last = 0;            // the last item's ordinal
    };
    struct family_vote {
        family_key family;
        int heading = 0, item = 0;
        std::uint32_t last = 0;  // the last voter's ordinal
    };
    struct heading_candidate {
        family_key family;
        std::uint8_t depth = 1;
        std::array<std::uint32_t, 8> path{};
        std::uint32_t ordinal = 0;
        bool numbered = true;
        numbering_style style = numbering_style::none;
        std::size_t label_end = 0;    // bytes of the label in the unit's text
        std::size_t title_begin = 0;  // bytes where the title starts
        std::size_t title_end = 0;
        std::size_t body_begin = 0;  // of a run-in heading's paragraph
        shape form = shape::standalone;
        static heading_candidate unnumbered(const family_key& f, std::size_t end) {
            heading_candidate h;
            h.family = f;
            h.numbered = false;
            h.title_end = end;
            return h;
        }
    };

    // The family of a marker in this region: in Latin text, markers left of the
    // body's indentation (headings) and at or right of it (list items) number apart.
    family_key unit_family(const text_unit& u, const marker& m) const {
        family_key f = family_of(m);
        if (latin_ && body_indent_ > 0 && u.indent < body_indent_) f.tag |= 0x200000;  // outside Unicode
        return f;
    }

    // A chapter's own contents: a run of two or more marker lines that come round
    // again later as the chapter's headings ("1.1  Earlier studies" / "1.2  Scope").
    void find_contents_entries() {
        contents_entry_.assign(units_.size(), '\0');
        // The marked units that stand alone (only those can be entries; a unit's
        // shape follows from its text), equal texts together and in order of position:
        // sorted by length and first bytes, the text itself compared only on a tie.
        // (A hash map would be one more container to compile in every program that
        // includes the reader.)
        struct keyed {
            std::size_t size;
            std::uint64_t head;  // the first eight bytes
            const std::string* text;
            std::size_t unit;
        };
        array_list<keyed> keys;
        for (std::size_t k = 0; k < units_.size(); ++k) {
            const std::string& t = units_[k].text;
            if (!mark_of(units_[k]) || units_[k].placed != no_block || shape_at(k) != shape::standalone) continue;
            char head[8] = {};
            t.copy(head, sizeof head);
            keys.push_back({t.size(), load_word(head), &t, k});
        }
        const array_list<std::size_t> by_text =
            sorted_indices(keys.size(), {&keys, [](const void* all, std::size_t x, std::size_t y) {
                                             const keyed& a = (*static_cast<const array_list<keyed>*>(all))[x];
                                             const keyed& b = (*static_cast<const array_list<keyed>*>(all))[y];
                                             if (a.size != b.size) return a.size < b.size;
                                             if (a.head != b.head) return a.head < b.head;
                                             const int c = a.text->compare(*b.text);
                                             return c != 0 ? c < 0 : a.unit < b.unit;
                                         }});
        std::string recurs(units_.size(), '\0');  // per unit: a later marked unit has the same text
        for (std::size_t i = 0; i + 1 < by_text.size(); ++i) {
            const keyed& a = keys[by_text[i]];
            const keyed& b = keys[by_text[i + 1]];
            if (a.size == b.size && a.head == b.head && *a.text == *b.text) recurs[a.unit] = 1;
        }
        for (std::size_t k = 0; k < units_.size();) {
            std::size_t j = k;
            while (j < units_.size() && mark_of(units_[j]) && units_[j].placed == no_block && recurs[j] &&
                   (j == k || !units_[j].blank_before) && shape_at(j) == shape::standalone)
                ++j;
            if (j - k >= 2)
                for (std::size_t e = k; e < j; ++e) contents_entry_[e] = 1;
            k = std::max(j, k + 1);
        }
    }

    void add_contents_entry(std::size_t k, const source_span& span) {
        text_unit& u = units_[k];
        if (k == 0 || !contents_entry_[k - 1]) {
            list l;
            l.span = span;
            ++st.nodes;
            add_block(std::move(l), u.indent);
        }
        block_list& where = lists_.empty() ? *stack_.back().children
                                           : lists_.back().where->at(lists_.back().index).as<list>()->items.back().children;
        list& l = *where.back().as<list>();
        list_item item;
        item.label = u.text.substr(0, mark_of(u).length);
        item.span = span;
        item.children.push_back(st.make_paragraph(u.text.substr(mark_of(u).content), span));
        l.items.push_back(std::move(item));
        l.span.end = span.end;
        ++st.nodes;
    }

    shape shape_at(std::size_t k) const { return shapes_[k].form; }
    const marker& mark_of(const text_unit& u) const { return units_.mark(u); }

    bool followed_by_body(std::size_t k) const {
        return k + 1 < units_.size() && !mark_of(units_[k + 1]) && units_[k + 1].placed == no_block && !units_[k + 1].underline;
    }

    // "A. Allocation" above "1. Who may apply" and its paragraph: a section holding a deeper one.
    // So does a title over a list not set in under it ("1.组织领导" over "第一，…" or "- …"), or
    // standing left of the body.
    // A Latin line that ends with a full stop is an item's sentence, not a title ("(3) Three.").
    bool heads_section(std::size_t k) const {
        if (latin_ && units_[k].text.back() == '.' && mark_of(units_[k]).content < units_[k].text.size()) return false;
        if (followed_by_body(k)) return true;
        if (k + 1 >= units_.size() || !mark_of(units_[k + 1]) || units_[k + 1].placed != no_block) return false;
        const text_unit& next = units_[k + 1];
        const marker& mark = mark_of(units_[k]);
        const bool at_margin = latin_ && body_indent_ > 0 && units_[k].indent < body_indent_;  // RFC style: the body's set in
        if (role_of(mark_of(next)) == family_role::list && (next.indent <= units_[k].indent || at_margin) &&
            shape_at(k) == shape::standalone && !has_clause_punctuation(std::string_view(units_[k].text).substr(mark.content)))
            return true;
        return first_seen(family_of(mark_of(next))) > first_seen(family_of(mark)) &&
               role_of(mark_of(next)) != family_role::list && shape_at(k + 1) == shape::standalone &&
               followed_by_body(k + 1);
    }

    // Where a family's first marker stands: outer families show up first.
    std::size_t first_seen(const family_key& f) const {
        for (const auto& [family, k] : first_seen_)
            if (family == f) return k;
        return units_.size();
    }

    // A standalone marker line heads a section when a paragraph follows it; the
    // other members of its family decide for one followed by its sibling.
    void count_votes() {
        for (std::size_t k = 0; k < units_.size(); ++k) {
            const text_unit& u = units_[k];
            if (!mark_of(u) || u.placed != no_block || role_of(mark_of(u)) != family_role::either) continue;
            if (shape_at(k) != shape::standalone) continue;
            const family_key f = unit_family(u, mark_of(u));
            auto it = votes_.begin();
            while (it != votes_.end() && it->family != f) ++it;
            if (it == votes_.end()) it = votes_.insert(votes_.end(), family_vote{f, 0, 0, 0});
            // A number that neither starts nor continues the family's numbering ("11." alone, "1.1"
            // first in its family) is a paragraph, and has no say.
            const auto numbers = [&](std::uint32_t n) {
                return n <= 2 || (it->last && n >= it->last && n <= it->last + 2);
            };
            if (mark_of(u).depth > 1 ? !it->last
                                 : !numbers(mark_of(u).ordinal) && !(mark_of(u).latin_ordinal && numbers(mark_of(u).latin_ordinal)))
                continue;
            if (mark_of(u).depth == 1) it->last = mark_of(u).ordinal;
            (heads_section(k) ? it->heading : it->item) += 1;
        }
    }

    family_role unit_role(std::size_t k) const {
        const text_unit& u = units_[k];
        const family_role r = role_of(mark_of(u));
        if (r == family_role::heading && mark_of(u).shape != marker_shape::keyword) {
            // （一）…； and the items after it: an enumeration, not sections.
            const char32_t last = last_char(u.text).code_point;
            if (last == U'；' || last == U';') return family_role::list;
            if (!lists_.empty() && lists_.back().family == family_of(mark_of(u)) && shape_at(k) != shape::run_in)
                return family_role::list;
        }
        if (r != family_role::either) return r;
        // The next item of the list above it, wherever it stands.
        if (!lists_.empty() && lists_.back().family == family_of(mark_of(u)) && lists_.back().last + 1 == mark_of(u).ordinal &&
            lists_.back().indent + 1 >= u.indent && u.indent + 1 >= lists_.back().indent)
            return family_role::list;
        const shape sh = shape_at(k);
        if (sh == shape::run_in) {
            if (!st.opt.run_in_headings) return family_role::list;
            // Western text runs a heading into its paragraph only where the family has headings of its own:
            // "1. Connect the cable.  The light turns blue." is a step.
            return latin_ && !has_heading_votes(unit_family(u, mark_of(u))) ? family_role::list : family_role::heading;
        }
        if (sh == shape::item) return continues_open_heading(k) ? family_role::heading : family_role::list;
        if (heads_section(k)) return family_role::heading;
        const family_key f = unit_family(u, mark_of(u));
        for (const family_vote& v : votes_)
            if (v.family == f) return v.heading > 0 && v.heading * 2 >= v.item ? family_role::heading : family_role::list;
        return family_role::list;
    }

    // "2.…" after the section "1." of the same family stays a section, whatever its shape.
    bool continues_open_heading(std::size_t k) const {
        const text_unit& u = units_[k];
        const family_key f = unit_family(u, mark_of(u));
        for (const open_section& o : stack_)
            for (const sibling_sequence& q : o.sequences)
                if (q.family == f && q.depth == mark_of(u).depth && q.last + 1 == mark_of(u).ordinal) return true;
        return false;
    }

    bool has_heading_votes(const family_key& f) const {
        for (const family_vote& v : votes_)
            if (v.family == f) return v.heading > 0;
        return false;
    }

    // A short line standing alone above a paragraph: which unnumbered family it heads, or none.
    family_key unnumbered_kind(std::size_t k) const {
        const text_unit& u = units_[k];
        if (mark_of(u) || u.first != u.last || !u.blank_before || u.width < 4 || u.width > 60 || ends_sentence(u.text) ||
            has_clause_punctuation(u.text) || k + 1 >= units_.size())
            return {};
        if (latin_ && body_indent_ > 0 && u.indent >= body_indent_) return {};  // a pseudo heading in the body
        if (is_top_level_title(u.text)) return top_level_family;
        const text_unit& next = units_[k + 1];
        // Runs of short lines (addresses, signatures, poems) are not headings.
        if (!mark_of(next) && next.placed == no_block && next.width <= 40 && !has_clause_punctuation(next.text)) return {};
        if (latin_ && is_all_caps(u.text)) return all_caps_family;
        if (u.width > 40) return {};
        return unnumbered_family;
    }

    // Where a paragraph, figure or table goes: into the list item it is indented
    // under, else the open section (a run-in section holds only its own paragraph,
    // unless that one leads in with a colon). A figure is set in past the text
    // it belongs to (three columns in an RFC, four in Markdown and as the writer
    // sets it): one set in less after a list is the text's, not the last item's.
    void add_block(block b, std::uint32_t indent) {
        const std::uint32_t deeper = b.is<preformatted>() ? 4 : 0;
        while (!lists_.empty() && indent + 1 < lists_.back().content_indent + deeper) close_list();
        // Where paragraphs open with a tab and bullets stand at the margin, a tab-indented
        // paragraph after the list is the text going on, not more of the last item.
        while (!lists_.empty() && body_indent_ > 0 && indent == body_indent_ && lists_.front().indent < body_indent_)
            close_list();
        if (!lists_.empty()) {
            list& l = *lists_.back().where->at(lists_.back().index).as<list>();
            l.items.back().children.push_back(std::move(b));
            return;
        }
        leave_run_in();
        if (section* s = b.as<section>()) {
            // A table of contents after Abstract or Copyright Notice stands beside them.
            while (stack_.size() > 1 && stack_.back().family == top_level_family) stack_.pop_back();
            s->level = container_level() + 1;
        }
        stack_.back().children->push_back(std::move(b));
    }

    unsigned container_level() const {
        return stack_.back().node ? stack_.back().node->level : base_level_;
    }

    void leave_run_in() {
        while (stack_.size() > 1 && stack_.back().run_in && !leads_in(*stack_.back().children)) {
            stack_.pop_back();
            lists_.clear();
            closed_ = {};
        }
    }

    void close_list() {
        closed_ = lists_.back();
        lists_.pop_back();
    }

    static bool leads_in(const block_list& children) {
        if (children.empty()) return false;
        const paragraph* p = children.back().as<paragraph>();
        if (!p || p->content.empty()) return false;
        const text* t = p->content.back().as<text>();
        if (!t) return false;
        const utf8_char c = last_char(t->content);
        return c.code_point == U':' || c.code_point == U'：';
    }

    bool try_heading(std::size_t k) {
        text_unit& u = units_[k];
        const source_span span = u.span();
        heading_candidate h;
        h.form = shape_at(k);
        h.title_end = shapes_[k].title_end;
        h.body_begin = shapes_[k].body_begin;
        if (!st.opt.run_in_headings && h.form == shape::run_in) return false;  // a paragraph, marker and all
        // 第八条　本条例自…施行。: articles hold sentences, never titles.
        if (unit_rank(family_of(mark_of(u))) >= unit_rank({numbering_style::cjk_ordinal, marker_shape::ordinal, U'条'}) &&
            ends_sentence(u.text))
            h.form = shape::item;
        marker m = mark_of(u);
        h.family = unit_family(u, m);
        h.depth = m.depth;
        h.path = m.path;
        if (h.family.style != numbering_style::dotted_path) h.path[0] = m.ordinal;
        h.ordinal = m.ordinal;
        h.style = m.style;
        h.label_end = m.length;
        h.title_begin = m.content;
        if (place_heading(u, span, h)) return true;
        // "I." reads as roman first; failing that, as the ninth letter.
        if (m.latin_ordinal) {
            m.style = m.style == numbering_style::roman_upper ? numbering_style::latin_upper : numbering_style::latin_lower;
            m.ordinal = m.latin_ordinal;
            h.family = unit_family(u, m);
            h.ordinal = h.path[0] = m.ordinal;
            h.style = m.style;
            return place_heading(u, span, h);
        }
        return false;
    }

    // 一是, 首先, 第一，: words that begin a sentence as often as they number one.
    static bool is_word_marker(const marker& m) {
        return m.shape == marker_shape::ordinal_word || m.shape == marker_shape::sequence_word ||
               (m.shape == marker_shape::ordinal && m.tag == U',');
    }
    bool is_last_word(const text_unit& u) const {
        return mark_of(u).shape == marker_shape::sequence_word && starts_with(u.text, "最后");
    }

    // Whether one of the next few units continues unit k's numbering (二是 after 一是).
    bool next_in_sequence(std::size_t k) const {
        constexpr std::size_t lookahead = 12;
        const family_key f = family_of(mark_of(units_[k]));
        for (std::size_t j = k + 1; j < units_.size() && j <= k + lookahead; ++j) {
            const text_unit& v = units_[j];
            if (!mark_of(v) || family_of(mark_of(v)) != f) continue;
            return mark_of(v).ordinal == mark_of(units_[k]).ordinal + 1 || is_last_word(v);
        }
        return false;
    }

    // Checks an ordinal against the last sibling; warns on a skipped or repeated number.
    bool continues_sequence(std::uint32_t last, std::uint32_t ordinal, const text_unit& u, bool first) {
        if (!first && is_last_word(u) && ordinal > last) return true;  // 最后 closes 首先, 其次 wherever they stopped
        if (first) {
            if (ordinal <= 1) return true;
            if (ordinal == 2) {
                st.warning("numbering-skipped", "numbering starts at 2: " + quote_for_message(u.text.substr(0, mark_of(u).length)),
                           u.span().begin);
                return true;
            }
            return false;
        }
        if (ordinal == last + 1) return true;
        if (ordinal == last + 2 || ordinal == last) {
            st.warning(ordinal == last ? "numbering-repeated" : "numbering-skipped",
                       std::string(ordinal == last ? "number repeats the one before: " : "a number is skipped before ") +
                           quote_for_message(u.text.substr(0, mark_of(u).length)),
                       u.span().begin);
            return true;
        }
        return false;
    }

    std::size_t rank_of(const family_key& f) const {
        std::size_t rank = 0;  // a loop, not std::find: one algorithm fewer to compile
        while (rank < ranks_.size() && ranks_[rank] != f) ++rank;
        return rank;
    }

    // The fixed order of 第N编 > 第N部分 > 第N章 > 第N节 > 第N条 > 第N款 > 第N项, whatever comes first.
    static int unit_rank(const family_key& f) {
        if (f.shape != marker_shape::ordinal) return -1;
        constexpr char32_t units[] = {U'卷', U'编', U'篇', U'部', U'章', U'节', U'条', U'款', U'项'};
        for (int r = 0; r < static_cast<int>(std::size(units)); ++r)
            if (f.tag == units[r]) return r;
        return -1;
    }

    // Whether sections of family a may hold sections of family b.
    bool ranks_above(const family_key& a, const family_key& b) const {
        const int ra = unit_rank(a), rb = unit_rank(b);
        if (ra >= 0 && rb >= 0) return ra < rb;
        return rank_of(a) < rank_of(b);
    }

    // 第四条 after 第三条 in the chapter before: articles number through the whole document.
    bool continues_globally(const heading_candidate& h) const {
        if (unit_rank(h.family) < 0) return false;
        for (const auto& [family, last] : last_ordinals_)
            if (family == h.family) return h.ordinal == last + 1;
        return false;
    }

    bool place_heading(text_unit& u, const source_span& span, const heading_candidate& h) {
        const family_key& f = h.family;
        std::size_t container = stack_.size();
        sibling_sequence* sequence = nullptr;
        if (f == top_level_family) {
            container = 0;  // Abstract, References: at the top whatever is open
        } else {
            // 1. A sibling: the nearest open section whose children include this family at this depth.
            for (std::size_t s = stack_.size(); s-- > 0 && !sequence;)
                for (sibling_sequence& q : stack_[s].sequences)
                    if (q.family == f && q.depth == h.depth) {
                        container = s;
                        sequence = &q;
                        break;
                    }
            if (sequence && h.numbered) {
                if (h.depth > 1 && !std::equal(h.path.begin(), h.path.begin() + h.depth - 1, sequence->path.begin()))
                    sequence = nullptr;  // 2.1 is no sibling of 1.3
                else if (!continues_sequence(sequence->last, h.ordinal, u, false))
                    sequence = nullptr;
            }
            if (!sequence) {
                // 2. A first child: under its dotted parent, or under the open sections ranked above its family.
                container = stack_.size() - 1;
                if (f.style == numbering_style::dotted_path && h.depth > 1) {
                    container = stack_.size();
                    for (std::size_t s = stack_.size(); s-- > 1;)
                        if (stack_[s].family == f && stack_[s].depth == h.depth - 1 &&
                            std::equal(h.path.begin(), h.path.begin() + h.depth - 1, stack_[s].path.begin())) {
                            container = s;
                            break;
                        }
                    if (container == stack_.size()) return false;
                } else if (rank_of(f) < ranks_.size() || unit_rank(f) >= 0) {
                    while (container > 0 && !ranks_above(stack_[container].family, f)) --container;
                }
                // Top-level sections hold no numbered sections.
                while (container > 0 && h.numbered && stack_[container].family == top_level_family) --container;
                if (h.numbered && !continues_globally(h) && !continues_sequence(0, h.ordinal, u, true)) return false;
            }
        }
        if (container + 1 > st.opt.limits.max_depth) {
            exceed_depth(u);
            return false;
        }
        stack_.resize(container + 1);
        lists_.clear();
        closed_ = {};
        if (rank_of(f) == ranks_.size() && f != top_level_family) ranks_.push_back(f);
        open_section& parent = stack_.back();
        if (sequence) {
            sequence->last = h.ordinal;
            sequence->path = h.path;
        } else {
            parent.sequences.push_back(sibling_sequence{f, h.depth, h.ordinal, h.path});
        }
        if (h.numbered && unit_rank(f) >= 0) {
            auto it = last_ordinals_.begin();
            while (it != last_ordinals_.end() && it->first != f) ++it;
            if (it == last_ordinals_.end()) last_ordinals_.push_back({f, h.ordinal});
            else it->second = h.ordinal;
        }

        section s;
        s.level = container_level() + 1;
        s.label = u.text.substr(0, h.label_end);
        s.style = h.style;
        s.ordinal = h.numbered ? h.ordinal : 0;
        s.span = span;
        s.run_in = h.form == shape::run_in;
        ++st.nodes;
        if (h.form == shape::item) {
            // 第一条　为了…。: a numbered paragraph, under a section with no title of its own.
            if (h.title_begin < u.text.size()) s.children.push_back(st.make_paragraph(u.text.substr(h.title_begin), span));
        } else {
            s.title = st.text_content(u.text.substr(h.title_begin, h.title_end - h.title_begin), span);
        }
        if (h.form == shape::run_in) {
            std::size_t rest = h.body_begin;
            while (rest < u.text.size() && u.text[rest] == ' ') ++rest;
            if (rest < u.text.size()) s.children.push_back(st.make_paragraph(u.text.substr(rest), span));
        }
        parent.children->push_back(std::move(s));
        section* node = parent.children->back().as<section>();
        stack_.push_back(open_section{f, h.depth, h.path, &node->children, node, h.form == shape::run_in, {}});
        return true;
    }

    // An error, as in the XML reader: the outline would not be the document's.
    // Reported once, where the limit is first exceeded.
    void exceed_depth(const text_unit& u) {
        if (!depth_exceeded_)
            st.error("limit-depth", "blocks nested deeper than max_depth (" + std::to_string(st.opt.limits.max_depth) + ")",
                     u.span().begin);
        depth_exceeded_ = true;
    }

    // A list item: continues the list at its indentation, nests under the item
    // above when deeper, or starts a list where the builder is.
    bool try_list_item(std::size_t k, const source_span& span) {
        text_unit& u = units_[k];
        // "(c)" after "(b)" is the third letter, not roman one hundred.
        if (mark_of(u).latin_ordinal && !lists_.empty() && lists_.back().last + 1 == mark_of(u).latin_ordinal) {
            marker latin = mark_of(u);
            latin.style = latin.style == numbering_style::roman_upper ? numbering_style::latin_upper : numbering_style::latin_lower;
            latin.ordinal = latin.latin_ordinal;
            if (family_of(latin) == lists_.back().family) units_.set_mark(k, latin);
        }
        const marker& m = mark_of(u);
        const family_key f = family_of(m);
        const bool bullet = m.shape == marker_shape::bullet;
        const std::uint32_t indent = u.indent;
        const std::uint32_t content_indent =
            indent + static_cast<std::uint32_t>(display_width(std::string_view(u.text).substr(0, m.content)));
        while (!lists_.empty() && lists_.back().indent > indent + 1) close_list();

        block_list* where = nullptr;
        if (!lists_.empty() && lists_.back().indent + 1 >= indent) {
            list_level& level = lists_.back();
            if (level.family == f && (bullet || continues_sequence(level.last, m.ordinal, u, false))) {
                append_item(level, u, span);
                return true;
            }
            where = level.where;  // a list of another kind at the same indentation follows this one
            close_list();
        } else if (!lists_.empty()) {
            list& outer = *lists_.back().where->at(lists_.back().index).as<list>();
            where = &outer.items.back().children;
        } else {
            leave_run_in();
            where = stack_.back().children;
        }
        // A list interrupted by a paragraph keeps its numbering in the list that follows.
        const bool resumes = closed_.where == where && closed_.family == f && !bullet && m.ordinal == closed_.last + 1;
        if (!bullet && !resumes && !continues_sequence(0, m.ordinal, u, true)) return false;
        if (is_word_marker(m) && !next_in_sequence(k)) return false;  // 一是… alone is a sentence

        if (stack_.size() + lists_.size() > st.opt.limits.max_depth) {  // sections above, and a list in each item above
            exceed_depth(u);
            return false;
        }
        list l;
        l.ordered = !bullet;
        l.style = m.style;
        l.start = bullet ? 1 : std::max<std::uint32_t>(m.ordinal, 1);
        l.span = span;
        where->push_back(std::move(l));
        ++st.nodes;
        lists_.push_back(list_level{f, indent, content_indent, where, where->size() - 1, 0});
        append_item(lists_.back(), u, span);
        return true;
    }

    void append_item(list_level& level, text_unit& u, const source_span& span) {
        list& node = *level.where->at(level.index).as<list>();
        list_item item;
        item.label = u.text.substr(0, mark_of(u).length);
        item.span = span;
        if (mark_of(u).content < u.text.size()) item.children.push_back(st.make_paragraph(u.text.substr(mark_of(u).content), span));
        node.items.push_back(std::move(item));
        node.span.end = span.end;
        level.last = mark_of(u).ordinal;
        ++st.nodes;
    }

    text_state& st;
    unit_list& units_;
    unsigned base_level_;
    array_list<open_section> stack_;
    array_list<family_key> ranks_;  // families in order of first appearance
    array_list<list_level> lists_;  // open lists, innermost last
    list_level closed_;              // the list closed last, whose numbering a new list may resume
    array_list<family_vote> votes_;
    struct unit_shape {
        shape form = shape::item;
        std::size_t title_end = 0;   // bytes of the unit's text up to the end of its title
        std::size_t body_begin = 0;  // and to the paragraph a run-in title runs into
    };
    array_list<unit_shape> shapes_;    // of the marked units
    std::string contents_entry_;  // units that list a chapter's contents (flags, as text_state::skip)
    array_list<std::pair<family_key, std::size_t>> first_seen_;      // each family's first unit
    array_list<std::pair<family_key, std::size_t>> last_ordinals_;  // of 第N章/节/条 families, document-wide
    bool depth_exceeded_ = false;
    bool latin_ = false;
    std::uint32_t body_indent_ = 0;
};

/// Builds the outline of `units` into `root`, consuming them; sections get levels from base_level + 1.
inline void build_outline(text_state& st, unit_list units, block_list& root, unsigned base_level) {
    outline_builder(st, units, root, base_level).build();
}

}  // namespace reportdoc::detail
