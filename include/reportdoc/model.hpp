// SPDX-License-Identifier: MIT
// The document model: a report with metadata, front matter, body, closing,
// back matter and related links; blocks and inlines as closed unions of
// plain value types.
//
// Copy, move, == and destruction never recurse in proportion to the depth of
// the document: a section nested 100,000 levels deep is as safe to copy,
// compare and destroy as a flat one (see detail/tree.inl).
#pragma once

#include <reportdoc/config.hpp>
#include <reportdoc/detail/closed_union.hpp>

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

namespace reportdoc {

// ---------------------------------------------------------------------------
// Source positions

/// A position in a reader's input. Line and column are 1-based; a zero line
/// means "unknown" (the node was not made by a reader).
struct source_position {
    std::uint32_t line = 0;    ///< 1-based line number, 0 when unknown.
    std::uint32_t column = 0;  ///< 1-based column, counted in Unicode scalar values.
    std::size_t offset = 0;    ///< Byte offset from the start of the input.

    /// True when the position is known.
    explicit operator bool() const noexcept { return line != 0; }
    /// Same line, column and offset.
    friend bool operator==(const source_position& a, const source_position& b) noexcept {
        return a.line == b.line && a.column == b.column && a.offset == b.offset;
    }
    /// The negation of operator==.
    friend bool operator!=(const source_position& a, const source_position& b) noexcept { return !(a == b); }
};

/// Where a node came from: its first character and the position just past its last.
struct source_span {
    source_position begin;  ///< First character of the node.
    source_position end;    ///< Position just past the node's last character.

    /// True when the span is known.
    explicit operator bool() const noexcept { return static_cast<bool>(begin); }
    /// Same beginning and end.
    friend bool operator==(const source_span& a, const source_span& b) noexcept {
        return a.begin == b.begin && a.end == b.end;
    }
    /// The negation of operator==.
    friend bool operator!=(const source_span& a, const source_span& b) noexcept { return !(a == b); }
};

// ---------------------------------------------------------------------------
// Node kinds

/// Every kind of node the walker reports. `front_matter`, `body`, `closing` and
/// `back_matter` are the regions of a report; `heading` is a section's title.
enum class node_kind : std::uint8_t {
    report,
    front_matter,
    body,
    closing,
    back_matter,
    section,
    heading,
    paragraph,
    list,
    list_item,
    block_quote,
    preformatted,
    text,
    emphasis,
    strong,
    code,
    link,
    line_break,
};

/// The stable lowercase name of a node kind ("section", "list-item", ...).
REPORTDOC_FUNC std::string_view to_string(node_kind kind) noexcept;

/// How a label numbers its section or list item.
enum class numbering_style : std::uint8_t {
    none,               ///< Unnumbered, or a bullet.
    cjk_ideographic,    ///< 一、 二、
    cjk_parenthesized,  ///< (一) (二)
    arabic,             ///< 1. 1、 (1) 1)
    dotted_path,        ///< 1.1 1.2.3.
    roman_upper,        ///< I. II.
    roman_lower,        ///< i. ii.
    latin_upper,        ///< A. B.
    latin_lower,        ///< a) b)
    cjk_ordinal,        ///< 第一 第二 (also 第一章, 第一节, 一是, 首先 ...)
    circled,            ///< ① ②
};

/// The stable lowercase name of a numbering style ("cjk-ideographic", ...).
REPORTDOC_FUNC std::string_view to_string(numbering_style style) noexcept;

// ---------------------------------------------------------------------------
// Inlines

class inline_node;
/// A sequence of inlines: a paragraph's content, a heading, a link's text.
using inline_list = std::vector<inline_node>;
namespace detail {
REPORTDOC_FUNC bool nodes_equal(const inline_node& a, const inline_node& b);
}

/// Plain text.
struct text {
    /// The text, UTF-8.
    std::string content;
    /// Where a reader found the node; empty when it was made in code.
    source_span span;
    /// Deep comparison of content; source spans are not compared.
    friend bool operator==(const text& a, const text& b) { return a.content == b.content; }
    /// The negation of operator==.
    friend bool operator!=(const text& a, const text& b) { return !(a == b); }
};

/// Emphasised inlines (usually rendered in italics).
struct emphasis {
    /// The emphasised inlines.
    inline_list children;
    /// Where a reader found the node; empty when it was made in code.
    source_span span;
    /// Deep comparison of content; source spans are not compared.
    friend bool operator==(const emphasis& a, const emphasis& b);
    /// The negation of operator==.
    friend bool operator!=(const emphasis& a, const emphasis& b) { return !(a == b); }
};

/// Strongly emphasised inlines (usually rendered in bold).
struct strong {
    /// The strongly emphasised inlines.
    inline_list children;
    /// Where a reader found the node; empty when it was made in code.
    source_span span;
    /// Deep comparison of content; source spans are not compared.
    friend bool operator==(const strong& a, const strong& b);
    /// The negation of operator==.
    friend bool operator!=(const strong& a, const strong& b) { return !(a == b); }
};

/// Inline code, kept verbatim.
struct code {
    /// The code, UTF-8, verbatim.
    std::string content;
    /// Where a reader found the node; empty when it was made in code.
    source_span span;
    /// Deep comparison of content; source spans are not compared.
    friend bool operator==(const code& a, const code& b) { return a.content == b.content; }
    /// The negation of operator==.
    friend bool operator!=(const code& a, const code& b) { return !(a == b); }
};

/// A hyperlink around inlines.
struct link {
    std::string href;   ///< The target as written; writers decide whether it is safe to emit.
    std::string title;  ///< Advisory title, may be empty.
    /// The link text.
    inline_list children;
    /// Where a reader found the node; empty when it was made in code.
    source_span span;
    /// Deep comparison of content; source spans are not compared.
    friend bool operator==(const link& a, const link& b);
    /// The negation of operator==.
    friend bool operator!=(const link& a, const link& b) { return !(a == b); }
};

/// A forced line break inside a paragraph.
struct line_break {
    /// Where a reader found the node; empty when it was made in code.
    source_span span;
    /// Deep comparison of content; source spans are not compared.
    friend bool operator==(const line_break&, const line_break&) { return true; }
    /// The negation of operator==.
    friend bool operator!=(const line_break&, const line_break&) { return false; }
};

namespace detail {
struct tree_access;

/// What inline_node and block share: a closed union of alternatives and the
/// ways to ask which one it holds.
template <class Union>
class node_holder {
public:
    /// True when the node holds a T.
    template <class T>
    [[nodiscard]] bool is() const noexcept {
        return value_.template held_if<T>() != nullptr;
    }
    /// The T this node holds, or nullptr.
    template <class T>
    [[nodiscard]] T* as() noexcept {
        return value_.template held_if<T>();
    }
    /// The T this node holds, or nullptr (const).
    template <class T>
    [[nodiscard]] const T* as() const noexcept {
        return value_.template held_if<T>();
    }
    /// Calls f with the alternative if f accepts it (a partial visitor is fine).
    template <class F>
    void visit(F&& f) {
        visit_held(value_, static_cast<F&&>(f));
    }
    /// Calls f with the alternative if f accepts it (const).
    template <class F>
    void visit(F&& f) const {
        visit_held(value_, static_cast<F&&>(f));
    }

protected:
    using union_type = Union;
    // The test of the converting constructors: T is one of the alternatives' types.
    template <class T>
    static constexpr bool holds_type = Union::template slot_of<std::decay_t<T>>() < Union::size;
    node_holder() = default;
    explicit node_holder(Union&& value) noexcept : value_(std::move(value)) {}
    Union value_;

private:
    template <class U, class F>
    static void visit_held(U& u, F&& f) {
        u.with_held([&](auto* value) {
            if constexpr (std::is_invocable_v<F&&, decltype(*value)>)
                if (value) static_cast<F&&>(f)(*value);
        });
    }
};
}  // namespace detail

/// One inline: text, emphasis, strong, code, link or line_break.
class inline_node
    : public detail::node_holder<detail::closed_union<text, emphasis, strong, code, detail::boxed<link>, line_break>> {
public:
    /// An empty text.
    inline_node() = default;
    static_assert(union_type::slot_of<text>() == 0, "readers fill empty inlines where they lie");
    /// Makes a node from a value of one of the alternative types, exactly
    /// (`text{"a"}`, `emphasis{...}` ...).
    template <class T, class = std::enable_if_t<holds_type<T>>>
    inline_node(T&& value) : node_holder(union_type(static_cast<T&&>(value))) {}  // NOLINT: implicit by design

    /// Deep copy; does not recurse with the depth of the tree.
    REPORTDOC_FUNC inline_node(const inline_node& other);
    /// Move.
    inline_node(inline_node&&) noexcept = default;
    /// Deep copy assignment; does not recurse with the depth of the tree.
    REPORTDOC_FUNC inline_node& operator=(const inline_node& other);
    /// Move assignment.
    inline_node& operator=(inline_node&&) noexcept = default;
    REPORTDOC_FUNC ~inline_node();

    /// Which alternative this node holds.
    [[nodiscard]] node_kind kind() const noexcept {
        constexpr node_kind kinds[] = {node_kind::text, node_kind::emphasis, node_kind::strong,
                                       node_kind::code, node_kind::link,     node_kind::line_break};
        return kinds[value_.index()];
    }
    /// The node's source span, if a reader made it. Not on a link node moved
    /// from: its box is empty.
    [[nodiscard]] REPORTDOC_FUNC const source_span& span() const noexcept;
    /// The node's source span, to set or change it.
    REPORTDOC_FUNC source_span& span() noexcept;

    /// Deep comparison ignoring source spans. (Defined here, a hidden friend: declared
    /// in the namespace, every == in it would ask whether its operands convert to an
    /// inline_node, instantiating the converting constructor's test for each type.)
    friend bool operator==(const inline_node& a, const inline_node& b) { return detail::nodes_equal(a, b); }
    /// The negation of operator==.
    friend bool operator!=(const inline_node& a, const inline_node& b) { return !(a == b); }

private:
    struct shallow_tag {};
    inline_node(shallow_tag, union_type&& v) noexcept : node_holder(std::move(v)) {}
    friend struct detail::tree_access;
};

// Defined here, where inline_node is complete: comparing children compares inline_nodes.
inline bool operator==(const emphasis& a, const emphasis& b) { return a.children == b.children; }
inline bool operator==(const strong& a, const strong& b) { return a.children == b.children; }
inline bool operator==(const link& a, const link& b) {
    return a.href == b.href && a.title == b.title && a.children == b.children;
}

// ---------------------------------------------------------------------------
// Blocks

class block;
/// A sequence of blocks: a section's children, a list item, a region of a report.
using block_list = std::vector<block>;
namespace detail {
REPORTDOC_FUNC bool blocks_equal(const block& a, const block& b);
}

/// What a section is in its report beyond its outline position.
enum class section_role : std::uint8_t {
    none,      ///< An ordinary section.
    appendix,  ///< An attachment or appendix (附件1, Appendix A).
    notes,     ///< Notes or endnotes (注释).
    glossary,  ///< A glossary (名词解释).
};
/// The stable lowercase name of a section role.
REPORTDOC_FUNC std::string_view to_string(section_role role) noexcept;

/// A numbered or unnumbered section: a heading and the blocks under it.
struct section {
    unsigned level = 1;  ///< Outline level, >= 1; deeper than its parent section's.
    std::string label;   ///< The numbering label as written ("一、", "(一)", "1.1.", "II."); may be empty.
    /// The numbering style its label shows.
    numbering_style style = numbering_style::none;
    std::uint32_t ordinal = 0;  ///< The label's value (一 = 1, 1.2.3 = 3); 0 when unnumbered.
    inline_list title;          ///< The heading text, without the label.
    bool run_in = false;        ///< The heading ran into its first paragraph in the source.
    /// What the section is beyond its outline position.
    section_role role = section_role::none;
    /// The blocks under the heading, nested sections included.
    block_list children;
    /// Where a reader found the node; empty when it was made in code.
    source_span span;

    /// Deep comparison ignoring source spans.
    friend REPORTDOC_FUNC bool operator==(const section& a, const section& b);
    /// The negation of operator==.
    friend bool operator!=(const section& a, const section& b) { return !(a == b); }
};

/// What a paragraph is in its report beyond being text.
enum class paragraph_role : std::uint8_t {
    body,        ///< Ordinary text.
    salutation,  ///< The addressee line (尊敬的…:, Dear …:).
    byline,      ///< The speaker or author line under a title.
    closing,     ///< Closing remarks (谢谢, Thank you).
    signature,   ///< The signing person or office.
    date_line,   ///< The date a document was signed (2023年6月15日).
};
/// The stable lowercase name of a paragraph role.
REPORTDOC_FUNC std::string_view to_string(paragraph_role role) noexcept;

/// A paragraph of inlines.
struct paragraph {
    /// The paragraph's inlines.
    inline_list content;
    /// What the paragraph is beyond being text.
    paragraph_role role = paragraph_role::body;
    /// Where a reader found the node; empty when it was made in code.
    source_span span;
    /// Deep comparison of content; source spans are not compared.
    friend bool operator==(const paragraph& a, const paragraph& b) {
        return a.role == b.role && a.content == b.content;
    }
    /// The negation of operator==.
    friend bool operator!=(const paragraph& a, const paragraph& b) { return !(a == b); }
};

/// One item of a list: its label as written and its blocks.
struct list_item {
    std::string label;  ///< "第一,", "(1)", "•", "——"; may be empty.
    /// The item's blocks.
    block_list children;
    /// Where a reader found the node; empty when it was made in code.
    source_span span;
    /// Deep comparison ignoring source spans.
    friend REPORTDOC_FUNC bool operator==(const list_item& a, const list_item& b);
    /// The negation of operator==.
    friend bool operator!=(const list_item& a, const list_item& b) { return !(a == b); }
};

/// An ordered or unordered list.
struct list {
    /// True for a numbered list, false for bullets.
    bool ordered = false;
    numbering_style style = numbering_style::none;  ///< none for bullets.
    std::uint32_t start = 1;                         ///< Ordinal of the first item.
    /// The items, in order.
    std::vector<list_item> items;
    /// Where a reader found the node; empty when it was made in code.
    source_span span;
    /// Deep comparison ignoring source spans.
    friend REPORTDOC_FUNC bool operator==(const list& a, const list& b);
    /// The negation of operator==.
    friend bool operator!=(const list& a, const list& b) { return !(a == b); }
};

/// Quoted blocks.
struct block_quote {
    /// The quoted blocks.
    block_list children;
    /// Where a reader found the node; empty when it was made in code.
    source_span span;
    /// Deep comparison ignoring source spans.
    friend REPORTDOC_FUNC bool operator==(const block_quote& a, const block_quote& b);
    /// The negation of operator==.
    friend bool operator!=(const block_quote& a, const block_quote& b) { return !(a == b); }
};

/// Text kept byte for byte: figures, tables and code drawn in plain text.
struct preformatted {
    std::string content;  ///< Lines joined by '\n', without a final newline.
    /// Where a reader found the node; empty when it was made in code.
    source_span span;
    /// Deep comparison of content; source spans are not compared.
    friend bool operator==(const preformatted& a, const preformatted& b) { return a.content == b.content; }
    /// The negation of operator==.
    friend bool operator!=(const preformatted& a, const preformatted& b) { return !(a == b); }
};

/// One block: section, paragraph, list, block_quote or preformatted.
class block
    : public detail::node_holder<detail::closed_union<paragraph, detail::boxed<section>, list, block_quote, preformatted>> {
public:
    /// An empty paragraph (no allocation: a section would be boxed).
    block() = default;
    static_assert(union_type::slot_of<paragraph>() == 0, "readers fill empty blocks where they lie");
    /// Makes a block from a value of one of the alternative types, exactly (a
    /// type derived from one, or converting to one, must be converted first).
    template <class T, class = std::enable_if_t<holds_type<T>>>
    block(T&& value) : node_holder(union_type(static_cast<T&&>(value))) {}  // NOLINT: implicit by design

    /// Deep copy; does not recurse with the depth of the tree.
    REPORTDOC_FUNC block(const block& other);
    /// Move.
    block(block&&) noexcept = default;
    /// Deep copy assignment; does not recurse with the depth of the tree.
    REPORTDOC_FUNC block& operator=(const block& other);
    /// Move assignment.
    block& operator=(block&&) noexcept = default;
    REPORTDOC_FUNC ~block();

    /// Which alternative this block holds.
    [[nodiscard]] node_kind kind() const noexcept {
        constexpr node_kind kinds[] = {node_kind::paragraph, node_kind::section, node_kind::list,
                                       node_kind::block_quote, node_kind::preformatted};
        return kinds[value_.index()];
    }
    /// The block's source span, if a reader made it. Not on a section block
    /// moved from: its box is empty.
    [[nodiscard]] REPORTDOC_FUNC const source_span& span() const noexcept;
    /// The block's source span, to set or change it.
    REPORTDOC_FUNC source_span& span() noexcept;

    /// Deep comparison ignoring source spans (a hidden friend, as inline_node's).
    friend bool operator==(const block& a, const block& b) { return detail::blocks_equal(a, b); }
    /// The negation of operator==.
    friend bool operator!=(const block& a, const block& b) { return !(a == b); }

private:
    struct shallow_tag {};
    block(shallow_tag, union_type&& v) noexcept : node_holder(std::move(v)) {}
    friend struct detail::tree_access;
};

// ---------------------------------------------------------------------------
// The report

/// A date as written, with its ISO 8601 form when the reader could read it.
struct date_value {
    std::string text;  ///< As written: "2023-06-15 16:51:36", "2023年6月15日", "June 2023".
    std::string iso;   ///< "2023-06-15T16:51:36", "2023-06-15", "2023-06"; empty when unreadable.
    /// True when neither form is known.
    [[nodiscard]] bool empty() const noexcept { return text.empty() && iso.empty(); }
    /// Field-by-field comparison.
    friend bool operator==(const date_value& a, const date_value& b) { return a.text == b.text && a.iso == b.iso; }
    /// The negation of operator==.
    friend bool operator!=(const date_value& a, const date_value& b) { return !(a == b); }
};

/// A metadata entry without a field of its own ("编辑: 张三", "Category: Standards Track").
struct metadata_field {
    /// The field name as written ("编辑", "Category").
    std::string key;
    /// The value as written.
    std::string value;
    /// Field-by-field comparison.
    friend bool operator==(const metadata_field& a, const metadata_field& b) {
        return a.key == b.key && a.value == b.value;
    }
    /// The negation of operator==.
    friend bool operator!=(const metadata_field& a, const metadata_field& b) { return !(a == b); }
};

/// What a report says about itself.
struct metadata {
    /// The title.
    std::string title;
    /// The subtitle, empty when none.
    std::string subtitle;
    /// The authors, in input order.
    std::vector<std::string> authors;
    /// When the report was written or published.
    date_value date;
    std::string source;      ///< Publisher or site name.
    std::string source_url;  ///< Publisher or site address, as written.
    /// The category or column the report was filed under.
    std::string category;
    std::string language;  ///< BCP 47 tag: "zh-CN", "en".
    std::vector<metadata_field> extra;  ///< Everything else, in input order.
    /// Field-by-field comparison.
    friend bool operator==(const metadata& a, const metadata& b) {
        return a.title == b.title && a.subtitle == b.subtitle && a.authors == b.authors && a.date == b.date &&
               a.source == b.source && a.source_url == b.source_url && a.category == b.category &&
               a.language == b.language && a.extra == b.extra;
    }
    /// The negation of operator==.
    friend bool operator!=(const metadata& a, const metadata& b) { return !(a == b); }
};

/// An entry of a "related articles" list.
struct related_link {
    /// The linked article's title.
    std::string title;
    std::string url;  ///< May be empty.
    date_value date;  ///< May be empty.
    /// Field-by-field comparison.
    friend bool operator==(const related_link& a, const related_link& b) {
        return a.title == b.title && a.url == b.url && a.date == b.date;
    }
    /// The negation of operator==.
    friend bool operator!=(const related_link& a, const related_link& b) { return !(a == b); }
};

/// A whole report.
struct report {
    /// What the report says about itself.
    metadata meta;
    block_list front_matter;  ///< Salutation, byline, abstract: what precedes the body.
    /// The main text: paragraphs, lists and sections.
    block_list body;
    block_list closing;  ///< Closing remarks, signature, date line.
    std::vector<section> back_matter;  ///< Attachments, appendices, notes, glossaries.
    std::string related_heading;       ///< The heading of the related links as written ("相关文章").
    /// The entries of the related-links list.
    std::vector<related_link> related;

    /// Deep comparison of content; source spans are not compared.
    friend bool operator==(const report& a, const report& b) {
        return a.meta == b.meta && a.front_matter == b.front_matter && a.body == b.body && a.closing == b.closing &&
               a.back_matter == b.back_matter && a.related_heading == b.related_heading && a.related == b.related;
    }
    /// The negation of operator==.
    friend bool operator!=(const report& a, const report& b) { return !(a == b); }
};

}  // namespace reportdoc

#if REPORTDOC_DEFINE_FUNCTIONS
#include <reportdoc/detail/tree.inl>
#endif
