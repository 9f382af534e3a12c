// SPDX-License-Identifier: MIT
// Copy, comparison and destruction of the node tree with explicit work lists,
// so that their stack use does not grow with the depth of the document.
//
// Each operation splits a node into its "shallow" part (every member except
// nested blocks or inlines) and its child lists; the fields of the shallow
// part are listed once per type in *_fields() below and shared by copy and ==.
#pragma once

#include <reportdoc/model.hpp>


namespace reportdoc {
namespace detail {

// Each calls f(a.field, b.field) for every shallow field of two nodes of a type
// (a visitor, not std::tie: tuples cost every includer more to compile).
template <class A, class B, class F>
void section_fields(A& a, B& b, F&& f) {
    f(a.level, b.level);
    f(a.label, b.label);
    f(a.style, b.style);
    f(a.ordinal, b.ordinal);
    f(a.title, b.title);
    f(a.run_in, b.run_in);
    f(a.role, b.role);
}
template <class A, class B, class F>
void list_fields(A& a, B& b, F&& f) {
    f(a.ordered, b.ordered);
    f(a.style, b.style);
    f(a.start, b.start);
}
template <class A, class B, class F>
void link_fields(A& a, B& b, F&& f) {
    f(a.href, b.href);
    f(a.title, b.title);
}
// The visits: section_fields(to, from, assign_field{}) copies the fields;
// section_fields(a, b, same) leaves same.equal false when one differs.
struct assign_field {
    template <class T>
    void operator()(T& to, const T& from) const {
        to = from;
    }
};
struct equal_fields {
    bool equal = true;
    template <class T>
    void operator()(const T& a, const T& b) {
        equal = equal && a == b;
    }
};

struct tree_access {
    // ----- inlines ---------------------------------------------------------

    template <class Union>
    static auto* children_of(Union& v) noexcept {
        using list_ptr = std::conditional_t<std::is_const_v<Union>, const inline_list*, inline_list*>;
        if (auto* e = v.template held_if<emphasis>()) return list_ptr{&e->children};
        if (auto* s = v.template held_if<strong>()) return list_ptr{&s->children};
        if (auto* l = v.template held_if<link>()) return list_ptr{&l->children};
        return list_ptr{nullptr};
    }

    static inline_node::union_type shallow(const inline_node::union_type& v) {
        switch (v.index()) {
            case 1: return emphasis{{}, v.held_if<emphasis>()->span};
            case 2: return strong{{}, v.held_if<strong>()->span};
            case 4:
                if (const link* from = v.held_if<link>()) {
                    link to;
                    link_fields(to, *from, assign_field{});
                    to.span = from->span;
                    return to;
                }
                return v;  // moved from: an empty box
            default: return v;  // text, code, line_break: no children
        }
    }

    static bool shallow_equal(const inline_node::union_type& a, const inline_node::union_type& b) {
        if (a.index() != b.index()) return false;
        if (auto* x = a.held_if<text>()) return x->content == b.held_if<text>()->content;
        if (auto* x = a.held_if<code>()) return x->content == b.held_if<code>()->content;
        if (auto* x = a.held_if<link>()) {
            const link* y = b.held_if<link>();
            if (!y) return false;
            equal_fields same;
            link_fields(*x, *y, same);
            return same.equal;
        }
        return b.held_if<link>() == nullptr;  // both moved from, or neither a link
    }

    static void copy_children(const inline_node& from, inline_node& to) {
        const inline_list* first = children_of(from.value_);
        if (!first || first->empty()) return;
        std::vector<std::pair<const inline_list*, inline_list*>> work{{first, children_of(to.value_)}};
        while (!work.empty()) {
            auto [src, dst] = work.back();
            work.pop_back();
            dst->reserve(src->size());  // no reallocation below: pointers into dst stay valid
            for (const inline_node& n : *src) {
                dst->push_back(inline_node(inline_node::shallow_tag{}, shallow(n.value_)));
                const inline_list* grand = children_of(n.value_);
                if (grand && !grand->empty()) work.emplace_back(grand, children_of(dst->back().value_));
            }
        }
    }

    static bool equal(const inline_node& a, const inline_node& b) {
        if (!shallow_equal(a.value_, b.value_)) return false;
        const inline_list* first = children_of(a.value_);
        if (!first) return true;
        std::vector<std::pair<const inline_list*, const inline_list*>> work{{first, children_of(b.value_)}};
        while (!work.empty()) {
            auto [x, y] = work.back();
            work.pop_back();
            if (x->size() != y->size()) return false;
            for (std::size_t i = 0; i < x->size(); ++i) {
                if (!shallow_equal((*x)[i].value_, (*y)[i].value_)) return false;
                if (const inline_list* cx = children_of((*x)[i].value_)) work.emplace_back(cx, children_of((*y)[i].value_));
            }
        }
        return true;
    }

    static void dismantle(inline_node& n) noexcept {
        inline_list* own = children_of(n.value_);
        if (!own) return;
        bool deep = false;
        for (inline_node& c : *own) {
            const inline_list* grand = children_of(c.value_);
            if (grand && !grand->empty()) deep = true;
        }
        if (!deep) return;  // destroying the children recurses one level only
        inline_list pending;
        auto take = [&](inline_list* l) {
            if (!l) return;
            for (inline_node& c : *l) pending.push_back(std::move(c));
            l->clear();
        };
        take(own);
        while (!pending.empty()) {
            inline_node n2 = std::move(pending.back());
            pending.pop_back();
            take(children_of(n2.value_));
        }
    }

    // ----- blocks ----------------------------------------------------------

    template <class Union, class F>
    static void for_each_child_list(Union& v, F&& f) {
        if (auto* s = v.template held_if<section>()) {
            f(s->children);
        } else if (auto* l = v.template held_if<list>()) {
            for (auto& item : l->items) f(item.children);
        } else if (auto* q = v.template held_if<block_quote>()) {
            f(q->children);
        }
    }

    // a and b hold the same alternative with the same number of list items.
    template <class A, class B, class F>
    static void for_each_child_list_pair(A& a, B& b, F&& f) {
        if (auto* s = a.template held_if<section>()) {
            if (auto* t = b.template held_if<section>()) f(s->children, t->children);
        } else if (auto* l = a.template held_if<list>()) {
            auto& other = *b.template held_if<list>();
            for (std::size_t i = 0; i < l->items.size(); ++i) f(l->items[i].children, other.items[i].children);
        } else if (auto* q = a.template held_if<block_quote>()) {
            f(q->children, b.template held_if<block_quote>()->children);
        }
    }

    static block::union_type shallow(const block::union_type& v) {
        if (auto* s = v.held_if<section>()) {
            section to;
            section_fields(to, *s, assign_field{});
            to.span = s->span;
            return to;
        }
        if (auto* l = v.held_if<list>()) {
            list to;
            list_fields(to, *l, assign_field{});
            to.span = l->span;
            to.items.reserve(l->items.size());
            for (const list_item& item : l->items) to.items.push_back(list_item{item.label, {}, item.span});
            return to;
        }
        if (auto* q = v.held_if<block_quote>()) return block_quote{{}, q->span};
        return v;  // paragraph, preformatted: no nested blocks
    }

    static bool shallow_equal(const block::union_type& a, const block::union_type& b) {
        if (a.index() != b.index()) return false;
        if (auto* s = a.held_if<section>()) {
            const section* t = b.held_if<section>();
            if (!t) return false;
            equal_fields same;
            section_fields(*s, *t, same);
            return same.equal;
        }
        if (a.index() == block::union_type::slot_of<section>())
            return b.held_if<section>() == nullptr;  // both moved from
        if (auto* p = a.held_if<paragraph>()) return *p == *b.held_if<paragraph>();
        if (auto* f = a.held_if<preformatted>()) return *f == *b.held_if<preformatted>();
        if (auto* l = a.held_if<list>()) {
            const list& m = *b.held_if<list>();
            equal_fields same;
            list_fields(*l, m, same);
            if (!same.equal || l->items.size() != m.items.size()) return false;
            for (std::size_t i = 0; i < l->items.size(); ++i)
                if (l->items[i].label != m.items[i].label) return false;
        }
        return true;
    }

    static void copy_children(const block& from, block& to) {
        std::vector<std::pair<const block_list*, block_list*>> work;
        auto push = [&](const block_list& src, block_list& dst) {
            if (!src.empty()) work.emplace_back(&src, &dst);
        };
        for_each_child_list_pair(from.value_, to.value_, push);
        while (!work.empty()) {
            auto [src, dst] = work.back();
            work.pop_back();
            dst->reserve(src->size());  // no reallocation below: pointers into dst stay valid
            for (const block& b : *src) {
                dst->push_back(block(block::shallow_tag{}, shallow(b.value_)));
                for_each_child_list_pair(b.value_, dst->back().value_, push);
            }
        }
    }

    static bool equal_lists(const block_list& a, const block_list& b) {
        std::vector<std::pair<const block_list*, const block_list*>> work{{&a, &b}};
        auto push = [&](const block_list& x, const block_list& y) { work.emplace_back(&x, &y); };
        while (!work.empty()) {
            auto [x, y] = work.back();
            work.pop_back();
            if (x->size() != y->size()) return false;
            for (std::size_t i = 0; i < x->size(); ++i) {
                if (!shallow_equal((*x)[i].value_, (*y)[i].value_)) return false;
                for_each_child_list_pair((*x)[i].value_, (*y)[i].value_, push);
            }
        }
        return true;
    }

    static bool equal(const block& a, const block& b) {
        if (!shallow_equal(a.value_, b.value_)) return false;
        bool same = true;
        for_each_child_list_pair(a.value_, b.value_,
                                 [&](const block_list& x, const block_list& y) { same = same && equal_lists(x, y); });
        return same;
    }

    static bool has_children(block& b) noexcept {
        bool any = false;
        for_each_child_list(b.value_, [&](block_list& children) { any = any || !children.empty(); });
        return any;
    }

    static bool has_grandchildren(block& b) noexcept {
        bool deep = false;
        for_each_child_list(b.value_, [&](block_list& children) {
            for (block& c : children) deep = deep || has_children(c);
        });
        return deep;
    }

    static void dismantle(block& b) noexcept {
        if (!has_grandchildren(b)) return;  // destroying the children recurses one level only
        // Only a block with children of its own is moved out (moving a block
        // tests its alternatives); the rest, most of a document, are destroyed in
        // place. (Taking out whole lists instead, so that no block moves, frees
        // the model in an order that leaves glibc's malloc one consolidation of
        // every small chunk at the end: slower at 10 MB than the moves it saves.)
        block_list pending;
        auto take = [&](block_list& l) {
            for (block& c : l)
                if (has_children(c)) pending.push_back(std::move(c));
            l.clear();
        };
        for_each_child_list(b.value_, take);
        while (!pending.empty()) {
            block next = std::move(pending.back());
            pending.pop_back();
            for_each_child_list(next.value_, take);
        }
    }

    template <class Node>
    static auto& span_of(Node& n) noexcept {
        std::conditional_t<std::is_const_v<Node>, const source_span*, source_span*> span = nullptr;
        n.value_.with_held([&](auto* alternative) {
            if (alternative) span = &alternative->span;  // null: a box moved from
        });
        REPORTDOC_ASSERT(span != nullptr);
        return *span;
    }
};

}  // namespace detail

REPORTDOC_FUNC std::string_view to_string(node_kind kind) noexcept {
    constexpr std::string_view names[] = {
        "report",    "front-matter", "body",        "closing",      "back-matter", "section",
        "heading",   "paragraph",    "list",        "list-item",    "block-quote", "preformatted",
        "text",      "emphasis",     "strong",      "code",         "link",        "line-break",
    };
    const auto i = static_cast<std::size_t>(kind);
    return i < std::size(names) ? names[i] : std::string_view{};
}

REPORTDOC_FUNC std::string_view to_string(numbering_style style) noexcept {
    constexpr std::string_view names[] = {
        "none",        "cjk-ideographic", "cjk-parenthesized", "arabic",      "dotted-path", "roman-upper",
        "roman-lower", "latin-upper",     "latin-lower",       "cjk-ordinal", "circled",
    };
    const auto i = static_cast<std::size_t>(style);
    return i < std::size(names) ? names[i] : std::string_view{};
}

REPORTDOC_FUNC std::string_view to_string(section_role role) noexcept {
    constexpr std::string_view names[] = {"none", "appendix", "notes", "glossary"};
    const auto i = static_cast<std::size_t>(role);
    return i < std::size(names) ? names[i] : std::string_view{};
}

REPORTDOC_FUNC std::string_view to_string(paragraph_role role) noexcept {
    constexpr std::string_view names[] = {"body", "salutation", "byline", "closing", "signature", "date-line"};
    const auto i = static_cast<std::size_t>(role);
    return i < std::size(names) ? names[i] : std::string_view{};
}

REPORTDOC_FUNC inline_node::inline_node(const inline_node& other)
    : node_holder(detail::tree_access::shallow(other.value_)) {
    detail::tree_access::copy_children(other, *this);
}

REPORTDOC_FUNC inline_node& inline_node::operator=(const inline_node& other) {
    if (this != &other) *this = inline_node(other);
    return *this;
}

REPORTDOC_FUNC inline_node::~inline_node() { detail::tree_access::dismantle(*this); }

REPORTDOC_FUNC const source_span& inline_node::span() const noexcept { return detail::tree_access::span_of(*this); }
REPORTDOC_FUNC source_span& inline_node::span() noexcept { return detail::tree_access::span_of(*this); }

REPORTDOC_FUNC bool detail::nodes_equal(const inline_node& a, const inline_node& b) { return tree_access::equal(a, b); }

REPORTDOC_FUNC block::block(const block& other) : node_holder(detail::tree_access::shallow(other.value_)) {
    detail::tree_access::copy_children(other, *this);
}

REPORTDOC_FUNC block& block::operator=(const block& other) {
    if (this != &other) *this = block(other);
    return *this;
}

REPORTDOC_FUNC block::~block() { detail::tree_access::dismantle(*this); }

REPORTDOC_FUNC const source_span& block::span() const noexcept { return detail::tree_access::span_of(*this); }
REPORTDOC_FUNC source_span& block::span() noexcept { return detail::tree_access::span_of(*this); }

REPORTDOC_FUNC bool detail::blocks_equal(const block& a, const block& b) { return tree_access::equal(a, b); }

REPORTDOC_FUNC bool operator==(const section& a, const section& b) {
    detail::equal_fields same;
    detail::section_fields(a, b, same);
    return same.equal && detail::tree_access::equal_lists(a.children, b.children);
}

REPORTDOC_FUNC bool operator==(const list_item& a, const list_item& b) {
    return a.label == b.label && detail::tree_access::equal_lists(a.children, b.children);
}

REPORTDOC_FUNC bool operator==(const list& a, const list& b) {
    detail::equal_fields same;
    detail::list_fields(a, b, same);
    if (!same.equal || a.items.size() != b.items.size()) return false;
    for (std::size_t i = 0; i < a.items.size(); ++i)
        if (!(a.items[i] == b.items[i])) return false;
    return true;
}

REPORTDOC_FUNC bool operator==(const block_quote& a, const block_quote& b) {
    return detail::tree_access::equal_lists(a.children, b.children);
}

}  // namespace reportdoc
