// SPDX-License-Identifier: MIT
// The characters at the edges of a text or a run of inlines: the writers ask
// them to decide whether a label and the text after it need a space between.
#pragma once

#include <reportdoc/detail/utf8.hpp>
#include <reportdoc/model.hpp>

#include <string_view>

namespace reportdoc::detail {

/// The first or last character of a string; 0 when it is empty.
inline char32_t edge_character(std::string_view s, bool last) noexcept {
    if (s.empty()) return 0;
    return last ? last_char(s).code_point : decode_utf8(s, 0).code_point;
}

/// The first or last character of a run of inlines, found in its first or
/// last text; 0 when that is empty or a line break.
inline char32_t edge_character(const inline_list& inlines, bool last) noexcept {
    const inline_list* run = &inlines;
    while (!run->empty()) {
        const inline_node& edge = last ? run->back() : run->front();
        if (const text* t = edge.as<text>()) return edge_character(t->content, last);
        if (const code* c = edge.as<code>()) return edge_character(c->content, last);
        if (const emphasis* e = edge.as<emphasis>()) {
            run = &e->children;
        } else if (const strong* st = edge.as<strong>()) {
            run = &st->children;
        } else if (const link* l = edge.as<link>()) {
            run = &l->children;
        } else {
            return 0;  // a line break
        }
    }
    return 0;
}

}  // namespace reportdoc::detail
