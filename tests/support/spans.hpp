// SPDX-License-Identifier: MIT
// Source spans in tests: give every node of a document a distinct span, and
// compare the spans of two documents of the same shape (operator== ignores them).
#pragma once

#include <reportdoc/walk.hpp>

#include <cstdint>
#include <string>
#include <type_traits>

namespace reportdoc::testing {

/// The span of the node, or nullptr for nodes without one (report, regions, headings).
template <bool Const>
auto* span_of(basic_node_ref<Const> n) {
    using span_ptr = std::conditional_t<Const, const source_span*, source_span*>;
    switch (n.kind()) {
        case node_kind::section: return span_ptr{&n.template as<section>()->span};
        case node_kind::paragraph: return span_ptr{&n.template as<paragraph>()->span};
        case node_kind::list: return span_ptr{&n.template as<list>()->span};
        case node_kind::list_item: return span_ptr{&n.template as<list_item>()->span};
        case node_kind::block_quote: return span_ptr{&n.template as<block_quote>()->span};
        case node_kind::preformatted: return span_ptr{&n.template as<preformatted>()->span};
        case node_kind::text: return span_ptr{&n.template as<reportdoc::text>()->span};
        case node_kind::emphasis: return span_ptr{&n.template as<emphasis>()->span};
        case node_kind::strong: return span_ptr{&n.template as<strong>()->span};
        case node_kind::code: return span_ptr{&n.template as<code>()->span};
        case node_kind::link: return span_ptr{&n.template as<reportdoc::link>()->span};
        case node_kind::line_break: return span_ptr{&n.template as<line_break>()->span};
        default: return span_ptr{nullptr};
    }
}

/// The document with a distinct span on every node that has one: node i
/// (1-based, in walk order) gets i:(i%7+1)+10i - (i+1):(i%5+1)+10i+9.
inline report with_spans(report doc) {
    std::uint32_t i = 0;
    for (walker w(doc); w.next();) {
        if (w.event() != walk_event::enter) continue;
        if (source_span* span = span_of(w.node())) {
            ++i;
            *span = source_span{{i, i % 7 + 1, std::size_t{10} * i}, {i + 1, i % 5 + 1, std::size_t{10} * i + 9}};
        }
    }
    return doc;
}

inline std::string describe(const source_span& s) {
    const auto pos = [](const source_position& p) {
        return std::to_string(p.line) + ":" + std::to_string(p.column) + "+" + std::to_string(p.offset);
    };
    return pos(s.begin) + "-" + pos(s.end);
}

/// Empty when a and b (documents of the same shape) have the same spans
/// everywhere; else a description of the first difference.
inline std::string span_difference(const report& a, const report& b) {
    const_walker wa(a), wb(b);
    std::size_t step = 0;
    while (true) {
        const bool more_a = wa.next(), more_b = wb.next();
        if (more_a != more_b) return "the documents differ in shape";
        if (!more_a) return {};
        ++step;
        const node_ref na = wa.node(), nb = wb.node();
        if (na.kind() != nb.kind()) return "the documents differ in shape at step " + std::to_string(step);
        if (wa.event() != walk_event::enter) continue;
        const source_span* x = span_of(na);
        const source_span* y = span_of(nb);
        if (x && *x != *y)
            return std::string(to_string(na.kind())) + " at step " + std::to_string(step) + ": " + describe(*x) +
                   " != " + describe(*y);
    }
}

}  // namespace reportdoc::testing
