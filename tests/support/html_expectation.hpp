// SPDX-License-Identifier: MIT
// What an HTML rendering of a report must show and hold, derived from the
// model alone: the texts in document order, and how many elements of each
// counted kind. Shared by the parse5 check (tests/tools/dump_corpus.cpp) and
// the writers' fuzz target (fuzz/fuzz_writers.cpp).
#pragma once

#include <reportdoc/model.hpp>
#include <reportdoc/walk.hpp>

#include <cstddef>
#include <string>
#include <string_view>

namespace reportdoc::testing {

/// Elements the HTML writer makes one of per node of a kind.
struct html_element_counts {
    std::size_t h1 = 0, sections = 0, em = 0, strong = 0, code = 0, pre = 0, quotes = 0, br = 0;
    std::size_t links = 0;  ///< At most this many <a>: a link whose URL is refused has none.
};

/// Calls shown(text) for every text the HTML shows, in document order (the
/// table of contents aside), and counts the elements the document asks for.
template <class Shown>
html_element_counts expect_html(const report& doc, Shown&& shown) {
    html_element_counts e;
    const auto shown_date = [&](const date_value& d) {
        if (!d.empty()) shown(std::string_view(d.text.empty() ? d.iso : d.text));
    };
    const metadata& m = doc.meta;
    e.h1 = m.title.empty() ? 0 : 1;
    shown(std::string_view(m.title));
    shown(std::string_view(m.subtitle));
    for (const std::string& author : m.authors) shown(std::string_view(author));
    shown_date(m.date);
    shown(std::string_view(m.source));
    shown(std::string_view(m.source_url));
    shown(std::string_view(m.category));
    for (const metadata_field& f : m.extra) {
        shown(std::string_view(f.key));
        shown(std::string_view(f.value));
    }
    for (const_walker w(doc); w.next();) {
        if (w.event() != walk_event::enter) continue;
        const node_ref n = w.node();
        switch (n.kind()) {
            case node_kind::section: ++e.sections; break;
            case node_kind::heading: shown(std::string_view(n.as<section>()->label)); break;
            case node_kind::list_item: shown(std::string_view(n.as<list_item>()->label)); break;
            case node_kind::preformatted:
                shown(std::string_view(n.as<preformatted>()->content));
                ++e.pre;
                break;
            case node_kind::text: shown(std::string_view(n.as<text>()->content)); break;
            case node_kind::code:
                shown(std::string_view(n.as<code>()->content));
                ++e.code;
                break;
            case node_kind::emphasis: ++e.em; break;
            case node_kind::strong: ++e.strong; break;
            case node_kind::block_quote: ++e.quotes; break;
            case node_kind::line_break: ++e.br; break;
            case node_kind::link: ++e.links; break;
            default: break;
        }
    }
    shown(std::string_view(doc.related_heading));
    for (const related_link& r : doc.related) {
        shown(std::string_view(r.title));
        shown_date(r.date);
        e.links += !r.url.empty();
    }
    e.links += !m.source_url.empty();
    return e;
}

}  // namespace reportdoc::testing
