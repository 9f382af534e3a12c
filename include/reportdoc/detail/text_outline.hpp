// SPDX-License-Identifier: MIT
// Units into an outline. A marker at the start of a unit is a heading or a
// list item by its family (一、 and (一) head sections; 第一, 一是 and bullets
// make lists; 1. (1) ① either, by shape). Families nest in the order they
// first appear, as reStructuredText's underline styles do, and a marker only
// counts when its ordinal continues its siblings (一 after nothing, 二 after 一);
// otherwise the line is text.
#pragma once

#include <reportdoc/detail/markers.hpp>
#include <reportdoc/detail/text_state.hpp>
#include <reportdoc/detail/width.hpp>

#include <algorithm>
#include <array>
#include <string>
#include <string_view>
#include <vector>

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

inline bool is_latin_letter_run(std::string_view s) {
    bool any = false;
    for (char c : s) {
        if (static_cast<unsigned char>(c) >= 0x80) return false;
        any = any || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
    return any;
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
    std::vector<sibling_sequence> sequences;  // of this section's child sections
};
// The last list of the current container: an item may continue it, or
// continue its numbering in a new list after a paragraph interrupted it.
struct open_list {
    family_key family;
    block_list* where = nullptr;
    std::size_t index = 0;  // of the list in *where
    std::uint32_t last = 0;
};

enum class shape { standalone, run_in, item };

// What a marker's unit looks like: a heading line, a heading running into its
// paragraph, or an item (a whole paragraph after its marker).
inline shape shape_of(const text_unit& u, std::size_t* title_end) {
    const std::string_view rest = std::string_view(u.text).substr(u.mark.content);
    // The first sentence: up to 。！？ (or ". " before a capital in Latin text).
    std::size_t end = std::string_view::npos, next = 0;
    for (std::size_t i = 0; i < rest.size();) {
        const utf8_char c = decode_utf8(rest, i);
        if (c.code_point == U'。' || c.code_point == U'！' || c.code_point == U'？') {
            end = i;
            next = i + c.length;
            break;
        }
        if ((c.code_point == U'.' || c.code_point == U'!' || c.code_point == U'?') && i + 2 < rest.size() &&
            rest[i + 1] == ' ' && rest[i + 2] >= 'A' && rest[i + 2] <= 'Z' && is_latin_letter_run(rest.substr(0, i))) {
            end = i;
            next = i + 2;
            break;
        }
        i += c.length;
    }
    if (end == std::string_view::npos || next >= rest.size()) {
        // One sentence or none: a heading when short.
        std::string_view title = rest;
        if (end != std::string_view::npos) title = rest.substr(0, end);
        if (display_width(title) <= 80 && !has_clause_punctuation(title.substr(0, title.size()))) {
            if (title_end) *title_end = u.mark.content + title.size();
            return shape::standalone;
        }
        if (display_width(title) <= 60 && end == std::string_view::npos && !ends_sentence(rest)) {
            if (title_end) *title_end = u.mark.content + title.size();
            return shape::standalone;
        }
        return shape::item;
    }
    // GB/T run-in headings are one clause-rich sentence, up to about 80 characters.
    const std::string_view title = rest.substr(0, end);
    if (display_width(title) > 160) return shape::item;
    if (title_end) *title_end = u.mark.content + end;
    return shape::run_in;
}

class outline_builder {
public:
    explicit outline_builder(text_state& state) : st(state) {}

    bool followed_by_body(const std::vector<text_unit>& units, std::size_t k) const {
        return k + 1 < units.size() && !units[k + 1].mark;
    }

    void build_outline(std::vector<text_unit>& units, block_list& root, unsigned base_level) {
        // Roles of ambiguous families, by the shape of their members.
        struct family_vote {
            family_key family;
            int heading = 0, item = 0;
        };
        std::vector<family_vote> votes;
        for (std::size_t k = 0; k < units.size(); ++k) {
            const text_unit& u = units[k];
            if (!u.mark || role_of(u.mark) != family_role::either) continue;
            const family_key f = family_of(u.mark);
            auto it = std::find_if(votes.begin(), votes.end(), [&](const family_vote& v) { return v.family == f; });
            if (it == votes.end()) it = votes.insert(votes.end(), family_vote{f, 0, 0});
            const shape sh = shape_of(u, nullptr);
            const bool heading = sh == shape::run_in || (sh == shape::standalone && followed_by_body(units, k));
            (heading ? it->heading : it->item) += 1;
        }
        auto is_heading_family = [&](const marker& m) {
            const family_role r = role_of(m);
            if (r == family_role::heading) return true;
            if (r == family_role::list) return false;
            const family_key f = family_of(m);
            for (const family_vote& v : votes)
                if (v.family == f) return v.heading > 0 && v.heading * 2 >= v.item;
            return false;
        };

        std::vector<open_section> stack;
        stack.push_back(open_section{{}, 1, {}, &root, nullptr, false, {}});
        std::vector<family_key> ranks;  // families in order of first appearance
        open_list current_list;
        const auto rank_of = [&](const family_key& f) -> std::size_t {
            const auto it = std::find(ranks.begin(), ranks.end(), f);
            return it == ranks.end() ? ranks.size() : static_cast<std::size_t>(it - ranks.begin());
        };

        for (std::size_t k = 0; k < units.size(); ++k) {
            text_unit& u = units[k];
            const source_span span = span_of(st.line(u.first), st.line(u.last));
            const marker& m = u.mark;

            if (m && is_heading_family(m) && try_heading(units, k, stack, ranks, rank_of, base_level)) {
                current_list = {};
                continue;
            }
            if (m && st.opt.lists && !is_heading_family(m) && try_list_item(u, span, stack, current_list)) continue;
            if (st.opt.unnumbered_headings && is_unnumbered_heading(units, k)) {
                marker none;
                if (place_heading(u, span, none, unnumbered_family, 1, {}, shape::standalone, u.text.size(), stack, ranks,
                                  base_level, 0, rank_of)) {
                    current_list = {};
                    continue;
                }
            }
            // A paragraph: a run-in section holds only its own paragraph, unless that one leads in with a colon.
            while (stack.size() > 1 && stack.back().run_in && !leads_in(*stack.back().children)) stack.pop_back();
            stack.back().children->push_back(st.make_paragraph(std::move(u.text), span));
        }
    }

    inline bool leads_in(const block_list& children) {
        if (children.empty()) return false;
        const paragraph* p = children.back().as<paragraph>();
        if (!p || p->content.empty()) return false;
        const text* t = p->content.back().as<text>();
        if (!t) return false;
        const utf8_char c = last_char(t->content);
        return c.code_point == U':' || c.code_point == U'：';
    }

    bool is_unnumbered_heading(const std::vector<text_unit>& units, std::size_t k) const {
        const text_unit& u = units[k];
        if (u.mark || u.first != u.last || u.width > 40 || u.width < 4 || has_clause_punctuation(u.text) ||
            ends_sentence(u.text) || !u.blank_before)
            return false;
        if (k + 1 >= units.size()) return false;
        const text_unit& next = units[k + 1];
        // Runs of short lines (addresses, signatures, poems) are not headings.
        if (!next.mark && next.width <= 40 && !has_clause_punctuation(next.text)) return false;
        return true;
    }

    template <class RankOf>
    bool try_heading(std::vector<text_unit>& units, std::size_t k, std::vector<open_section>& stack,
                     std::vector<family_key>& ranks, const RankOf& rank_of, unsigned base_level) {
        text_unit& u = units[k];
        const source_span span = span_of(st.line(u.first), st.line(u.last));
        std::size_t title_end = u.text.size();
        shape sh = shape_of(u, &title_end);
        if (!st.opt.run_in_headings && sh == shape::run_in) sh = shape::item;
        // A short line ending in 。 is a heading only above its own paragraph.
        if (sh == shape::standalone && ends_sentence(u.text) && !followed_by_body(units, k) && role_of(u.mark) != family_role::heading)
            sh = shape::item;

        // Roman or latin: "I." may be either; try roman first, then latin.
        marker m = u.mark;
        const family_key f = family_of(m);
        std::array<std::uint32_t, 8> path = m.path;
        if (f.style != numbering_style::dotted_path) path[0] = m.ordinal;
        if (place_heading(u, span, m, f, m.depth, path, sh, title_end, stack, ranks, base_level, m.ordinal, rank_of))
            return true;
        if (m.latin_ordinal) {
            m.style = m.style == numbering_style::roman_upper ? numbering_style::latin_upper : numbering_style::latin_lower;
            m.ordinal = m.latin_ordinal;
            path[0] = m.ordinal;
            return place_heading(u, span, m, family_of(m), 1, path, sh, title_end, stack, ranks, base_level, m.ordinal, rank_of);
        }
        return false;
    }

    // Checks an ordinal against the last sibling; warns on a skipped or repeated number.
    bool continues_sequence(std::uint32_t last, std::uint32_t ordinal, const text_unit& u, bool first) {
        if (first) {
            if (ordinal <= 1) return true;
            if (ordinal == 2) {
                st.warning("numbering-skipped", "numbering starts at 2: " + quoted(u.text.substr(0, u.mark.length)),
                        st.line(u.first).start());
                return true;
            }
            return false;
        }
        if (ordinal == last + 1) return true;
        if (ordinal == last + 2 || ordinal == last) {
            st.warning(ordinal == last ? "numbering-repeated" : "numbering-skipped",
                    std::string(ordinal == last ? "number repeats the one before: " : "a number is skipped before ") +
                        quoted(u.text.substr(0, u.mark.length)),
                    st.line(u.first).start());
            return true;
        }
        return false;
    }

    template <class RankOf>
    bool place_heading(text_unit& u, const source_span& span, const marker& m, const family_key& f, std::uint8_t depth,
                       const std::array<std::uint32_t, 8>& path, shape sh, std::size_t title_end,
                       std::vector<open_section>& stack, std::vector<family_key>& ranks, unsigned base_level,
                       std::uint32_t ordinal, const RankOf& rank_of) {
        const bool numbered = f != unnumbered_family;
        // 1. A sibling: the nearest open section whose children include this family at this depth.
        std::size_t container = stack.size();
        sibling_sequence* sequence = nullptr;
        for (std::size_t s = stack.size(); s-- > 0 && !sequence;) {
            for (sibling_sequence& q : stack[s].sequences)
                if (q.family == f && q.depth == depth) {
                    container = s;
                    sequence = &q;
                    break;
                }
        }
        if (sequence) {
            if (numbered && depth > 1 && !std::equal(path.begin(), path.begin() + depth - 1, sequence->path.begin()))
                sequence = nullptr;  // 2.1 is no sibling of 1.3
            else if (numbered && !continues_sequence(sequence->last, ordinal, u, false))
                sequence = nullptr;
        }
        if (!sequence) {
            // 2. A first child: under the dotted parent, or under the open sections ranked above this family.
            container = stack.size() - 1;
            if (f.style == numbering_style::dotted_path && depth > 1) {
                container = stack.size();
                for (std::size_t s = stack.size(); s-- > 1;)
                    if (stack[s].family == f && stack[s].depth == depth - 1 &&
                        std::equal(path.begin(), path.begin() + depth - 1, stack[s].path.begin())) {
                        container = s;
                        break;
                    }
                if (container == stack.size()) return false;
            } else if (rank_of(f) < ranks.size()) {
                while (container > 0 && rank_of(stack[container].family) >= rank_of(f)) --container;
            }
            if (numbered && !continues_sequence(0, ordinal, u, true)) return false;
            if (stack.size() > st.opt.limits.max_depth) return false;
        }
        if (container + 1 > st.opt.limits.max_depth) {
            st.warning("limit-depth", "sections nested deeper than max_depth are kept as paragraphs", st.line(u.first).start());
            return false;
        }
        stack.resize(container + 1);
        if (rank_of(f) == ranks.size()) ranks.push_back(f);
        open_section& parent = stack.back();
        if (sequence) {
            sequence->last = ordinal;
            sequence->path = path;
        } else {
            parent.sequences.push_back(sibling_sequence{f, depth, ordinal, path});
        }

        section s;
        s.level = base_level + static_cast<unsigned>(stack.size());
        s.label = u.text.substr(0, m.length);
        s.style = m.style;
        s.ordinal = numbered ? ordinal : 0;
        s.span = span;
        s.run_in = sh == shape::run_in;
        std::string_view title = std::string_view(u.text).substr(numbered ? m.content : 0, title_end - (numbered ? m.content : 0));
        s.title = st.text_content(std::string(title), span);
        ++st.nodes;
        if (sh == shape::run_in) {
            std::size_t rest = title_end;
            rest += decode_utf8(u.text, rest).length;  // the 。 that ended the title
            while (rest < u.text.size() && u.text[rest] == ' ') ++rest;
            if (rest < u.text.size()) s.children.push_back(st.make_paragraph(u.text.substr(rest), span));
        }
        parent.children->push_back(std::move(s));
        section* node = parent.children->back().as<section>();
        stack.push_back(open_section{f, depth, path, &node->children, node, sh == shape::run_in, {}});
        return true;
    }

    bool try_list_item(text_unit& u, const source_span& span, std::vector<open_section>& stack, open_list& current) {
        const marker& m = u.mark;
        const family_key f = family_of(m);
        const bool bullet = m.shape == marker_shape::bullet;
        while (stack.size() > 1 && stack.back().run_in && !leads_in(*stack.back().children)) stack.pop_back();
        block_list& where = *stack.back().children;
        const bool continuing = current.where == &where && current.family == f;
        if (!bullet && !(continuing ? continues_sequence(current.last, m.ordinal, u, false)
                                    : continues_sequence(0, m.ordinal, u, true)))
            return false;
        if (!continuing || current.index + 1 != where.size()) {
            list l;
            l.ordered = !bullet;
            l.style = m.style;
            l.start = bullet ? 1 : std::max<std::uint32_t>(m.ordinal, 1);
            l.span = span;
            where.push_back(std::move(l));
            current = open_list{f, &where, where.size() - 1, 0};
            ++st.nodes;
        }
        list& node = *where[current.index].as<list>();
        list_item item;
        item.label = u.text.substr(0, m.length);
        item.span = span;
        if (m.content < u.text.size()) item.children.push_back(st.make_paragraph(u.text.substr(m.content), span));
        node.items.push_back(std::move(item));
        node.span.end = span.end;
        current.last = m.ordinal;
        ++st.nodes;
        return true;
    }

private:
    text_state& st;
};

/// Builds the outline of `units` into `root`; sections get levels from base_level + 1.
inline void build_outline(text_state& st, std::vector<text_unit>& units, block_list& root, unsigned base_level) {
    outline_builder(st).build_outline(units, root, base_level);
}

}  // namespace reportdoc::detail
