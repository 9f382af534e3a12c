// SPDX-License-Identifier: MIT
// A depth-first walker over a report or any node in it, reporting enter and
// exit events (as cmark's iterator does), with an explicit stack instead of
// recursion: walking a document 100,000 levels deep uses heap, not stack.
#pragma once

#include <reportdoc/detail/array_list.hpp>
#include <reportdoc/model.hpp>

#include <cstddef>
#include <type_traits>
#include <vector>

namespace reportdoc {

/// What the walker reports about a node.
enum class walk_event : std::uint8_t {
    enter,  ///< Before the node's children.
    exit,   ///< After the node's children (every node gets one, leaves included).
};

namespace detail {
template <class T>
struct kind_of;
template <> struct kind_of<report> { static constexpr node_kind value = node_kind::report; };
template <> struct kind_of<section> { static constexpr node_kind value = node_kind::section; };
template <> struct kind_of<paragraph> { static constexpr node_kind value = node_kind::paragraph; };
template <> struct kind_of<list> { static constexpr node_kind value = node_kind::list; };
template <> struct kind_of<list_item> { static constexpr node_kind value = node_kind::list_item; };
template <> struct kind_of<block_quote> { static constexpr node_kind value = node_kind::block_quote; };
template <> struct kind_of<preformatted> { static constexpr node_kind value = node_kind::preformatted; };
template <> struct kind_of<text> { static constexpr node_kind value = node_kind::text; };
template <> struct kind_of<emphasis> { static constexpr node_kind value = node_kind::emphasis; };
template <> struct kind_of<strong> { static constexpr node_kind value = node_kind::strong; };
template <> struct kind_of<code> { static constexpr node_kind value = node_kind::code; };
template <> struct kind_of<link> { static constexpr node_kind value = node_kind::link; };
template <> struct kind_of<line_break> { static constexpr node_kind value = node_kind::line_break; };

template <class T>
inline constexpr bool accepts_kind(node_kind k) noexcept {
    if constexpr (std::is_same_v<T, block_list>)
        return k == node_kind::front_matter || k == node_kind::body || k == node_kind::closing;
    else if constexpr (std::is_same_v<T, std::vector<section>>)
        return k == node_kind::back_matter;
    else if constexpr (std::is_same_v<T, section>)
        return k == node_kind::section || k == node_kind::heading;
    else
        return k == kind_of<T>::value;
}
}  // namespace detail

/// A typed reference to one node of a report: its kind and where it is.
/// `basic_node_ref<true>` (node_ref) sees a const tree, `<false>` (mutable_node_ref) a mutable one.
template <bool Const>
class basic_node_ref {
    template <class T>
    using ptr = std::conditional_t<Const, const T*, T*>;
    template <class T>
    using ref = std::conditional_t<Const, const T&, T&>;
    using void_ptr = std::conditional_t<Const, const void*, void*>;

public:
    basic_node_ref() = default;
    /// Refers to a report, a block or inline alternative, or a list item.
    template <class T, class = decltype(detail::kind_of<std::remove_const_t<T>>::value),
              class = std::enable_if_t<Const || !std::is_const_v<T>>>
    basic_node_ref(T& node) noexcept  // NOLINT: implicit by design
        : kind_(detail::kind_of<std::remove_const_t<T>>::value), node_(&node) {}
    /// Refers to whichever alternative the block holds.
    basic_node_ref(ref<block> b) noexcept  // NOLINT: implicit by design
        : kind_(b.kind()) {
        b.visit([this](auto& alternative) { node_ = &alternative; });
    }
    /// Refers to whichever alternative the inline holds.
    basic_node_ref(ref<inline_node> n) noexcept  // NOLINT: implicit by design
        : kind_(n.kind()) {
        n.visit([this](auto& alternative) { node_ = &alternative; });
    }
    /// Refers to a region of a report: front_matter, body or closing.
    static basic_node_ref region(node_kind kind, ref<block_list> blocks) noexcept {
        REPORTDOC_ASSERT(detail::accepts_kind<block_list>(kind));
        return basic_node_ref(kind, &blocks);
    }
    /// Refers to the back matter of a report.
    static basic_node_ref region(ref<std::vector<section>> sections) noexcept {
        return basic_node_ref(node_kind::back_matter, &sections);
    }
    /// Refers to the heading of a section.
    static basic_node_ref heading(ref<section> s) noexcept { return basic_node_ref(node_kind::heading, &s); }

    /// The kind of the node referred to.
    [[nodiscard]] node_kind kind() const noexcept { return kind_; }
    /// The node as a T, or nullptr when it is not one. Regions are `block_list`
    /// (front_matter, body, closing) and `std::vector<section>` (back_matter);
    /// a heading is its `section`.
    template <class T>
    [[nodiscard]] ptr<T> as() const noexcept {
        return node_ && detail::accepts_kind<T>(kind_) ? static_cast<ptr<T>>(node_) : nullptr;
    }
    /// True when the reference points at a node.
    explicit operator bool() const noexcept { return node_ != nullptr; }
    /// The raw address of the node (for identity comparisons).
    [[nodiscard]] void_ptr address() const noexcept { return node_; }

private:
    basic_node_ref(node_kind k, void_ptr p) noexcept : kind_(k), node_(p) {}
    node_kind kind_ = node_kind::report;
    void_ptr node_ = nullptr;
};

using node_ref = basic_node_ref<true>;           ///< A reference into a const report.
using mutable_node_ref = basic_node_ref<false>;  ///< A reference into a mutable report.

/// Walks a report (or one node and everything under it) depth first:
///
///     for (reportdoc::walker w(doc); w.next();)
///         if (w.event() == reportdoc::walk_event::enter && w.node().kind() == reportdoc::node_kind::section)
///             ...
///
/// Order: report → front_matter, body, closing, back_matter regions → blocks;
/// a section yields its heading (whose children are the title inlines) before
/// its child blocks. Every node is entered and exited. A mutable walker may change
/// the current node and anything below it at its enter event, but must not add
/// or remove siblings of the nodes on the current path.
template <bool Const>
class basic_walker {
    template <class T>
    using ref = std::conditional_t<Const, const T&, T&>;

public:
    /// node_ref or mutable_node_ref, as the walker is const or not.
    using node_ref_type = basic_node_ref<Const>;

    /// Walks `root` and everything under it.
    explicit basic_walker(node_ref_type root) : root_(root) {}
    /// Walks a whole report.
    explicit basic_walker(ref<report> doc) : root_(doc) {}

    /// Moves to the next event; false when the walk is over.
    REPORTDOC_ALWAYS_INLINE bool next() {
        if (stack_.empty()) {
            if (started_ || !root_) return false;
            started_ = true;
            stack_.push_back(frame{root_, 0});
            event_ = walk_event::enter;
            return true;
        }
        frame& top = stack_.back();
        node_ref_type child;
        if (skip_) {
            skip_ = false;
        } else {
            child = child_at(top.node, top.index++);
        }
        if (child) {
            stack_.push_back(frame{child, 0});
            event_ = walk_event::enter;
        } else {
            current_exit_ = top.node;
            stack_.pop_back();
            event_ = walk_event::exit;
        }
        return true;
    }

    /// The event of the current step.
    [[nodiscard]] walk_event event() const noexcept { return event_; }
    /// The node of the current step.
    [[nodiscard]] node_ref_type node() const noexcept {
        return event_ == walk_event::enter ? stack_.back().node : current_exit_;
    }
    /// Number of nodes above the current one (the root has depth 0).
    [[nodiscard]] std::size_t depth() const noexcept {
        return event_ == walk_event::enter ? stack_.size() - 1 : stack_.size();
    }
    /// After an enter event: go straight to this node's exit event.
    void skip_children() noexcept {
        if (event_ == walk_event::enter) skip_ = true;
    }

private:
    struct frame {
        node_ref_type node;
        std::size_t index;
    };

    template <class List>
    static node_ref_type element(List& items, std::size_t i) {
        if (i >= items.size()) return {};
        return node_ref_type(items[i]);
    }

    static node_ref_type child_at(node_ref_type n, std::size_t i) {
        switch (n.kind()) {
            case node_kind::report: {
                auto* r = n.template as<report>();
                switch (i) {
                    case 0: return node_ref_type::region(node_kind::front_matter, r->front_matter);
                    case 1: return node_ref_type::region(node_kind::body, r->body);
                    case 2: return node_ref_type::region(node_kind::closing, r->closing);
                    case 3: return node_ref_type::region(r->back_matter);
                    default: return {};
                }
            }
            case node_kind::front_matter:
            case node_kind::body:
            case node_kind::closing: return element(*n.template as<block_list>(), i);
            case node_kind::back_matter: return element(*n.template as<std::vector<section>>(), i);
            case node_kind::section: {
                auto* s = n.template as<section>();
                return i == 0 ? node_ref_type::heading(*s) : element(s->children, i - 1);
            }
            case node_kind::heading: return element(n.template as<section>()->title, i);
            case node_kind::paragraph: return element(n.template as<paragraph>()->content, i);
            case node_kind::list: return element(n.template as<list>()->items, i);
            case node_kind::list_item: return element(n.template as<list_item>()->children, i);
            case node_kind::block_quote: return element(n.template as<block_quote>()->children, i);
            case node_kind::emphasis: return element(n.template as<emphasis>()->children, i);
            case node_kind::strong: return element(n.template as<strong>()->children, i);
            case node_kind::link: return element(n.template as<link>()->children, i);
            default: return {};  // preformatted, text, code, line_break
        }
    }

    node_ref_type root_;
    detail::array_list<frame> stack_;  // not std::vector: every user of the walker compiles its machinery
    node_ref_type current_exit_;
    walk_event event_ = walk_event::enter;
    bool started_ = false;
    bool skip_ = false;
};

using walker = basic_walker<false>;       ///< Walks a mutable report.
using const_walker = basic_walker<true>;  ///< Walks a const report.

}  // namespace reportdoc
