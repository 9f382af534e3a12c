// SPDX-License-Identifier: MIT
// The Markdown writer (see markdown.hpp for the layout): one walk over the
// report with a stack of frames parallel to the walker's, so that every
// decision that needs a node's siblings or container (tight lists, list
// markers, what follows an emphasis) is made in constant time, at any depth.
#pragma once

#include <reportdoc/detail/escape.hpp>
#include <reportdoc/detail/inline_edges.hpp>
#include <reportdoc/detail/line_writer.hpp>
#include <reportdoc/detail/report_text.hpp>
#include <reportdoc/detail/url_policy.hpp>
#include <reportdoc/markdown.hpp>
#include <reportdoc/walk.hpp>

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

namespace reportdoc::detail {

namespace markdown_detail {

// ----- character classes for the flanking rules of emphasis ----------------
// CommonMark decides whether `*` opens or closes by whether its neighbours are
// whitespace or punctuation (Unicode P and S). The writer only needs to be
// sure, not complete: what it cannot classify, it assumes is the worse case,
// and falls back to HTML tags.

constexpr bool is_ascii_punctuation(char32_t c) noexcept {
    return (c >= U'!' && c <= U'/') || (c >= U':' && c <= U'@') || (c >= U'[' && c <= U'`') || (c >= U'{' && c <= U'~');
}

// Unicode whitespace (Zs, tab, line ending), and 0 for the start or end of a block.
constexpr bool is_whitespace(char32_t c) noexcept {
    return c == 0 || c == U' ' || c == U'\t' || c == U'\n' || c == U'\r' || c == U'\f' || c == 0xA0 || c == 0x1680 ||
           (c >= 0x2000 && c <= 0x200A) || c == 0x202F || c == 0x205F || c == 0x3000;
}

// Certainly Unicode punctuation or a symbol (P or S).
constexpr bool is_punctuation(char32_t c) noexcept {
    if (c < 0x80) return is_ascii_punctuation(c);
    return (c >= 0xA1 && c <= 0xA9) || c == 0xAB || c == 0xAC || (c >= 0xAE && c <= 0xB1) || c == 0xB4 ||
           (c >= 0xB6 && c <= 0xB8) || c == 0xBB || c == 0xBF || c == 0xD7 || c == 0xF7 ||
           (c >= 0x2010 && c <= 0x2027) || (c >= 0x2030 && c <= 0x205E) || (c >= 0x3001 && c <= 0x3003) ||
           (c >= 0x3008 && c <= 0x3020) || c == 0x3030 || (c >= 0xFF01 && c <= 0xFF0F) ||
           (c >= 0xFF1A && c <= 0xFF20) || (c >= 0xFF3B && c <= 0xFF40) || (c >= 0xFF5B && c <= 0xFF65);
}

// Certainly neither whitespace nor punctuation.
constexpr bool is_word_character(char32_t c) noexcept {
    return (c >= U'0' && c <= U'9') || (c >= U'A' && c <= U'Z') || (c >= U'a' && c <= U'z') ||
           (c >= 0xC0 && c <= 0x24F && c != 0xD7 && c != 0xF7) || is_cjk_char(c);
}

// Markers of the characters the writer emits at the edges of an inline,
// standing in for characters whose exact value does not matter.
inline constexpr char32_t delimiter_star = U'*';  // an emphasis delimiter (or its HTML fallback)

// Whether a `*` run between `before` and `after` opens (left-flanking) or
// closes (right-flanking) for certain; `inner` is the content's side.
constexpr bool surely_opens(char32_t before, char32_t inner) noexcept {
    if (before == delimiter_star || inner == delimiter_star || is_whitespace(inner)) return false;
    return is_word_character(inner) || is_whitespace(before) || is_punctuation(before);
}
constexpr bool surely_closes(char32_t inner, char32_t after) noexcept {
    if (after == delimiter_star || inner == delimiter_star || is_whitespace(inner)) return false;
    return is_word_character(inner) || is_whitespace(after) || is_punctuation(after);
}

// A break is safe where the next line starts with nothing a parser could
// read as a block start or a continuation of markup: no ASCII punctuation,
// no digit (ordered list), no whitespace.
inline bool safe_line_start(std::string_view text, std::size_t at, break_kind) {
    const char32_t c = decode_utf8(text, at).code_point;
    return !is_ascii_punctuation(c) && !(c >= U'0' && c <= U'9') && !is_whitespace(c);
}

// The ASCII characters the text table escapes with a backslash.
constexpr bool escaped_by_table(char32_t c) noexcept {
    switch (c) {
        case U'\\': case U'`': case U'*': case U'_': case U'[': case U']': case U'<': case U'#': case U'!': case U'|':
        case U'~':
            return true;
        default: return false;
    }
}

inline bool starts_entity(std::string_view s, std::size_t amp) noexcept {
    if (amp + 1 >= s.size()) return false;
    const char c = s[amp + 1];
    return c == '#' || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}

// The first character an inline renders as (as far as flanking cares).
inline char32_t first_rendered(const inline_node& n) noexcept {
    switch (n.kind()) {
        case node_kind::text: {
            const std::string_view s = n.as<text>()->content;
            if (s.empty()) return U'a';  // unknown: "not punctuation" is the unsafe assumption for a neighbour... see callers
            const char32_t c = decode_utf8(s, 0).code_point;
            if (escaped_by_table(c) || (c == U'&' && starts_entity(s, 0))) return U'\\';
            return c;
        }
        case node_kind::emphasis:
        case node_kind::strong: return delimiter_star;
        case node_kind::code: return U'`';
        case node_kind::link: return U'[';
        default: return U'\n';  // a line break: a backslash, then the end of the line
    }
}

// The last character an inline renders as.
inline char32_t last_rendered(const inline_node& n) noexcept {
    switch (n.kind()) {
        case node_kind::text: {
            const std::string_view s = n.as<text>()->content;
            if (s.empty()) return delimiter_star;  // unknown: assume the worst
            std::size_t i = s.size() - 1;
            while (i > 0 && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) --i;
            return decode_utf8(s, i).code_point;
        }
        case node_kind::emphasis:
        case node_kind::strong: return delimiter_star;
        case node_kind::code: return U'`';
        case node_kind::link: return U')';
        default: return U'\n';  // a line break
    }
}

// The shortest run of backticks that does not occur in s.
inline std::size_t fence_length(std::string_view s, std::size_t minimum) {
    std::string used;  // per run length: it occurs (std::string: std::vector<bool> compiles in every user)
    for (std::size_t i = 0; i < s.size();) {
        if (s[i] != '`') {
            ++i;
            continue;
        }
        std::size_t run = 0;
        while (i < s.size() && s[i] == '`') ++i, ++run;
        if (run >= used.size()) used.resize(run + 1, '\0');
        used[run] = 1;
    }
    std::size_t n = minimum;
    while (n < used.size() && used[n]) ++n;
    return n;
}

inline std::size_t longest_backtick_run(std::string_view s) {
    std::size_t longest = 0, run = 0;
    for (char c : s) {
        run = c == '`' ? run + 1 : 0;
        longest = std::max(longest, run);
    }
    return longest;
}

// "N." or "N)" for the ordinal n: the label CommonMark would print itself.
inline bool is_native_label(std::string_view label, std::uint32_t n, char& delimiter) {
    const std::string digits = std::to_string(n);
    if (label.size() != digits.size() + 1 || label.compare(0, digits.size(), digits) != 0) return false;
    const char d = label.back();
    if (d != '.' && d != ')') return false;
    if (delimiter != 0 && d != delimiter) return false;
    delimiter = d;
    return true;
}

}  // namespace markdown_detail

class markdown_writer {
public:
    markdown_writer(output_sink& out, const markdown_options& options)
        : out_(out), opt_(options), line_(out, line_writer_options{options.width, false, &markdown_detail::safe_line_start}) {}

    void write(const report& doc) {
        cjk_ = is_cjk_report(doc);
        if (opt_.front_matter) write_front_matter(doc.meta);
        else write_title_block(doc.meta);
        for (const_walker w(doc); w.next();) {
            if (w.event() == walk_event::enter) {
                if (!enter(w.node())) w.skip_children();
            } else {
                exit(w.node());
            }
        }
        write_related(doc);
        line_.finish();
    }

private:
    // One frame per node on the walker's stack.
    struct frame {
        node_ref node;
        std::size_t next_child = 0;   // index of the next child to be entered
        char32_t after = 0;           // first character rendered after this inline; 0: end of the block
        bool html_tags = false;       // emphasis/strong written as <em>/<strong>
        bool tight = false;           // list: tight; list_item: in a tight list
        bool native = false;          // list: numbered by CommonMark, labels not repeated
        bool indented = false;        // list_item/block_quote: pushed a prefix
        char marker = '-';            // list: bullet or delimiter
        std::uint32_t number = 1;     // list: the next item's number
        char last_list_marker = 0;    // container: the marker of its last child if that was a list
    };

    // ----- the walk ---------------------------------------------------------

    bool enter(node_ref n) {
        frame* parent = stack_.empty() ? nullptr : &stack_.back();
        const std::size_t index = parent ? parent->next_child++ : 0;
        stack_.push_back(frame{n});
        frame& f = stack_.back();
        parent = stack_.size() > 1 ? &stack_[stack_.size() - 2] : nullptr;
        switch (n.kind()) {
            case node_kind::report:
            case node_kind::front_matter:
            case node_kind::body:
            case node_kind::closing:
            case node_kind::back_matter: return true;
            case node_kind::section: ++section_depth_; return true;
            case node_kind::heading: {
                const section& s = *n.as<section>();
                // The rank follows the nesting of sections, as in the HTML writer,
                // so that a skipped level of numbering does not skip a rank.
                std::string hashes(std::min<unsigned>(6, section_depth_ + 1), '#');
                hashes.push_back(' ');
                line_.marker(hashes);
                in_heading_ = true;
                if (!s.label.empty()) write_label(s.label, s.title);
                return true;
            }
            case node_kind::paragraph: {
                line_.begin_block();
                if (pending_label_) {
                    write_label(*pending_label_, n.as<paragraph>()->content);
                    pending_label_ = nullptr;
                }
                return true;
            }
            case node_kind::list: {
                const list& l = *n.as<list>();
                char last = parent ? parent->last_list_marker : 0;
                // An empty list writes nothing; a parser would not see it anyway.
                if (l.items.empty()) return false;
                if (l.ordered) {
                    char delimiter = 0;
                    f.native = true;
                    for (std::size_t i = 0; i < l.items.size() && f.native; ++i)
                        f.native = markdown_detail::is_native_label(l.items[i].label, l.start + static_cast<std::uint32_t>(i), delimiter);
                    f.native = f.native && l.start + l.items.size() <= 999999999u;
                    f.number = f.native ? l.start : 1;
                    f.marker = f.native ? delimiter : '.';
                    if (f.marker == last) f.marker = f.marker == '.' ? ')' : '.';  // would continue the list before
                } else {
                    f.marker = last == '-' ? '*' : '-';
                }
                f.tight = is_tight(l, l.ordered && !f.native);
                return true;
            }
            case node_kind::list_item: {
                const frame& list_frame = *parent;
                const list_item& item = *n.as<list_item>();
                f.tight = list_frame.tight && nesting_ < opt_.max_nesting;
                const bool label = !item.label.empty() && list_frame.node.as<list>()->ordered && !list_frame.native;
                if (nesting_ < opt_.max_nesting) {
                    std::string marker;
                    if (list_frame.node.as<list>()->ordered) {
                        marker = std::to_string(parent->number++);
                        marker.push_back(list_frame.marker);
                    } else {
                        marker.push_back(list_frame.marker);
                    }
                    const std::size_t indent = marker.size() + 1;
                    if (!item.children.empty() || label) marker.push_back(' ');
                    line_.marker(marker);
                    line_.push_prefix(std::string(indent, ' '));
                    f.indented = true;
                    ++nesting_;
                }
                if (label) {
                    if (!item.children.empty() && item.children.front().is<paragraph>()) {
                        pending_label_ = &item.label;
                    } else {
                        line_.begin_block();
                        write_label(item.label, {});
                        line_.end_block(gap());
                    }
                }
                return true;
            }
            case node_kind::block_quote:
                if (nesting_ < opt_.max_nesting) {
                    line_.marker("> ");
                    line_.push_prefix("> ");
                    f.indented = true;
                    ++nesting_;
                }
                return true;
            case node_kind::preformatted: write_preformatted(n.as<preformatted>()->content); return false;
            default: enter_inline(n, *parent, index); return true;
        }
    }

    void exit(node_ref n) {
        frame f = stack_.back();
        stack_.pop_back();
        frame* parent = stack_.empty() ? nullptr : &stack_.back();
        switch (n.kind()) {
            case node_kind::heading:
                in_heading_ = false;
                line_.end_block(gap());
                break;
            case node_kind::paragraph:
                line_.end_block(gap());
                break;
            case node_kind::list_item:
            case node_kind::block_quote:
                if (f.indented) {
                    line_.pop_prefix();
                    --nesting_;
                }
                line_.end_block(gap());
                break;
            case node_kind::section:
                --section_depth_;
                line_.end_block(gap());
                break;
            case node_kind::list:
            case node_kind::preformatted: line_.end_block(gap()); break;
            case node_kind::emphasis: line_.literal(f.html_tags ? "</em>" : "*"); break;
            case node_kind::strong: line_.literal(f.html_tags ? "</strong>" : "**"); break;
            case node_kind::link: {
                const link& l = *n.as<link>();
                if (f.html_tags) break;  // written as its text only
                line_.literal("](");
                write_destination(l.href);
                if (!l.title.empty()) {
                    line_.literal(" \"");
                    write_escaped(l.title, markdown_title_table);
                    line_.literal("\"");
                }
                line_.literal(")");
                --link_depth_;
                break;
            }
            default: break;
        }
        if (is_block(n.kind())) {
            const char marker = n.kind() == node_kind::list && !n.as<list>()->items.empty() ? f.marker : 0;
            if (parent) parent->last_list_marker = marker;
            last_block_marker_ = marker;
        }
    }

    static bool is_block(node_kind k) noexcept {
        return k == node_kind::section || k == node_kind::paragraph || k == node_kind::list ||
               k == node_kind::block_quote || k == node_kind::preformatted;
    }

    // What separates the block just ended from the next: a line inside a
    // tight list or list item, a blank line everywhere else.
    block_gap gap() const noexcept {
        if (stack_.empty()) return block_gap::blank;
        const frame& container = stack_.back();
        const node_kind k = container.node.kind();
        return (k == node_kind::list || k == node_kind::list_item) && container.tight ? block_gap::line : block_gap::blank;
    }

    // A list is tight (no blank lines) when no item needs a blank line to
    // separate its blocks: a paragraph after anything but a fence would be
    // read as a continuation of the paragraph that ends the block before it,
    // and so would a list that cannot interrupt a paragraph (an empty "-"
    // under a paragraph line would even be a setext underline).
    static bool is_tight(const list& l, bool literal_labels) {
        for (const list_item& item : l.items) {
            for (std::size_t k = 0; k < item.children.size(); ++k) {
                const block& b = item.children[k];
                if (b.is<section>()) return false;
                if (k == 0) {
                    // A label written on its own line is a paragraph before the first block.
                    if (const list* inner = b.as<list>();
                        inner && literal_labels && !item.label.empty() && !interrupts_paragraph(*inner))
                        return false;
                    continue;
                }
                const block& before = item.children[k - 1];
                if (b.is<paragraph>() && !before.is<preformatted>()) return false;
                if (const list* inner = b.as<list>(); inner && !interrupts_paragraph(*inner)) return false;
            }
        }
        return true;
    }

    // Whether a list can start right under a paragraph line: its first item
    // is not empty and, if numbered natively, it starts at 1.
    static bool interrupts_paragraph(const list& l) {
        if (l.items.empty()) return true;
        const list_item& first = l.items.front();
        if (first.children.empty() && (first.label.empty() || !l.ordered)) return false;
        if (!l.ordered) return true;
        char delimiter = 0;
        for (std::size_t i = 0; i < l.items.size(); ++i)
            if (!markdown_detail::is_native_label(l.items[i].label, l.start + static_cast<std::uint32_t>(i), delimiter))
                return true;  // numbered from 1 with literal labels
        return l.start == 1;
    }

    // ----- inlines ----------------------------------------------------------

    void enter_inline(node_ref n, frame& parent, std::size_t index) {
        frame& f = stack_.back();
        f.after = following(parent, index);
        switch (n.kind()) {
            case node_kind::text: write_text(n.as<text>()->content, f.after); return;
            case node_kind::code: write_code(n.as<code>()->content); return;
            case node_kind::line_break:
                if (in_heading_) line_.literal("&#10;");
                else if (f.after == 0) line_.literal("<br />");  // a backslash would be literal at the end
                else {
                    line_.literal("\\");
                    line_.newline();
                }
                return;
            case node_kind::emphasis:
            case node_kind::strong: {
                const inline_list& children =
                    n.kind() == node_kind::emphasis ? n.as<emphasis>()->children : n.as<strong>()->children;
                const bool stars = !children.empty() &&
                                   markdown_detail::surely_opens(line_.last_char(),
                                                                 markdown_detail::first_rendered(children.front())) &&
                                   markdown_detail::surely_closes(markdown_detail::last_rendered(children.back()), f.after);
                f.html_tags = !stars;
                if (n.kind() == node_kind::emphasis) line_.literal(stars ? "*" : "<em>");
                else line_.literal(stars ? "**" : "<strong>");
                return;
            }
            case node_kind::link: {
                const link& l = *n.as<link>();
                // A link inside a link, or one the URL policy refuses, is its text.
                f.html_tags = link_depth_ > 0 || !classify_url(l.href).allowed();
                if (!f.html_tags) {
                    line_.literal("[");
                    ++link_depth_;
                }
                return;
            }
            default: return;
        }
    }

    // The first character rendered after the index-th child of `parent`.
    char32_t following(const frame& parent, std::size_t index) const {
        const inline_list* siblings = nullptr;
        switch (parent.node.kind()) {
            case node_kind::paragraph: siblings = &parent.node.as<paragraph>()->content; break;
            case node_kind::heading: siblings = &parent.node.as<section>()->title; break;
            case node_kind::emphasis: siblings = &parent.node.as<emphasis>()->children; break;
            case node_kind::strong: siblings = &parent.node.as<strong>()->children; break;
            case node_kind::link: siblings = &parent.node.as<link>()->children; break;
            default: return 0;
        }
        if (index + 1 < siblings->size()) return markdown_detail::first_rendered((*siblings)[index + 1]);
        switch (parent.node.kind()) {
            case node_kind::emphasis:
            case node_kind::strong: return parent.html_tags ? U'<' : markdown_detail::delimiter_star;
            case node_kind::link: return parent.html_tags ? parent.after : U']';
            default: return 0;
        }
    }

    // ----- text -------------------------------------------------------------

    // Escapes into scratch_ and hands it to the line writer as wrappable text.
    void write_text(std::string_view s, char32_t after) {
        std::size_t start = 0;
        while (true) {
            const std::size_t nl = s.find('\n', start);
            const std::string_view segment = s.substr(start, nl == std::string_view::npos ? std::string_view::npos : nl - start);
            const bool line_ends = nl != std::string_view::npos || after == 0 || after == U'\n';
            write_segment(segment, line_ends);
            if (nl == std::string_view::npos) return;
            if (in_heading_) line_.literal("&#10;");
            else line_.newline();
            start = nl + 1;
        }
    }

    // One line's worth of text: leading whitespace and line-start markup at
    // the start of a line, trailing whitespace before its end, `&` before a
    // name; the rest by the table.
    void write_segment(std::string_view s, bool line_ends) {
        if (s.empty()) return;
        scratch_.clear();
        output_sink sink(scratch_);
        std::size_t i = 0;
        if (line_.at_content_start()) {
            while (i < s.size() && (s[i] == ' ' || s[i] == '\t')) scratch_.append(s[i++] == ' ' ? "&#32;" : "&#9;");
            if (i == 0 && !in_heading_) {
                std::size_t digits = 0;
                while (digits < s.size() && s[digits] >= '0' && s[digits] <= '9') ++digits;
                if (digits > 0 && digits < s.size() && (s[digits] == '.' || s[digits] == ')')) {
                    scratch_.append(s.substr(0, digits));
                    scratch_.push_back('\\');
                    i = digits;
                } else if (s[0] == '-' || s[0] == '+' || s[0] == '=' || s[0] == '>') {
                    scratch_.push_back('\\');
                }
            }
        }
        std::size_t end = s.size();
        if (line_ends)
            while (end > i && (s[end - 1] == ' ' || s[end - 1] == '\t')) --end;
        std::size_t run = i;
        for (std::size_t k = i; k < end; ++k) {
            if (s[k] == '&' && markdown_detail::starts_entity(s, k)) {
                escape(sink, s.substr(run, k - run), markdown_text_table);
                scratch_.append("\\&");
                run = k + 1;
            }
        }
        escape(sink, s.substr(run, end - run), markdown_text_table);
        for (std::size_t k = end; k < s.size(); ++k) scratch_.append(s[k] == ' ' ? "&#32;" : "&#9;");
        if (in_heading_) line_.literal(scratch_);
        else line_.text(scratch_);
    }

    void write_escaped(std::string_view s, const escape_table& table) {
        scratch_.clear();
        output_sink sink(scratch_);
        escape(sink, s, table);
        line_.literal(scratch_);
    }

    // A label as written, then a space if Latin text follows.
    void write_label(std::string_view label, const inline_list& followed_by) {
        write_text(label, followed_by.empty() ? 0 : U' ');
        std::size_t i = label.size() - 1;
        while (i > 0 && (static_cast<unsigned char>(label[i]) & 0xC0) == 0x80) --i;
        if (label_needs_space(decode_utf8(label, i).code_point, edge_character(followed_by, false)))
            line_.literal(" ");
    }

    void write_code(std::string_view s) {
        // A code span cannot hold a line ending (it would become a space) nor be empty.
        if (s.empty() || s.find_first_of("\r\n") != std::string_view::npos) {
            line_.literal("<code>");
            write_text(s, U'<');
            line_.literal("</code>");
            return;
        }
        const std::size_t ticks = markdown_detail::fence_length(s, 1);
        const std::string fence(ticks, '`');
        const bool pad = s.front() == '`' || s.back() == '`' ||
                         (s.front() == ' ' && s.back() == ' ' && s.find_first_not_of(' ') != std::string_view::npos);
        line_.literal(fence);
        if (pad) line_.literal(" ");
        scratch_.clear();
        output_sink sink(scratch_);
        escape(sink, s, markdown_verbatim_table);
        line_.text(scratch_);
        if (pad) line_.literal(" ");
        line_.literal(fence);
    }

    void write_destination(std::string_view href) {
        const bool angle = href.empty() || href.find_first_of(" \t") != std::string_view::npos;
        if (angle) line_.literal("<");
        write_escaped(href, markdown_destination_table);
        if (angle) line_.literal(">");
    }

    void write_preformatted(std::string_view content) {
        const std::string fence(std::max<std::size_t>(3, markdown_detail::longest_backtick_run(content) + 1), '`');
        line_.begin_block();
        line_.literal(fence);
        line_.newline();
        // CR LF and a lone CR end a line in Markdown as in HTML: lines end at any of them.
        std::size_t start = 0;
        while (true) {
            const std::size_t end = content.find_first_of("\r\n", start);
            const std::string_view l = content.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start);
            scratch_.clear();
            output_sink sink(scratch_);
            escape(sink, l, markdown_verbatim_table);
            line_.literal(scratch_);
            line_.newline();
            if (end == std::string_view::npos) break;
            start = end + (content.compare(end, 2, "\r\n") == 0 ? 2 : 1);
        }
        line_.literal(fence);
    }

    // ----- report parts -----------------------------------------------------

    void write_title_block(const metadata& m) {
        if (!m.title.empty()) {
            line_.marker("# ");
            in_heading_ = true;
            write_text(m.title, 0);
            in_heading_ = false;
            line_.end_block(block_gap::blank);
        }
        if (!m.subtitle.empty()) write_paragraph(m.subtitle);
        const std::vector<metadata_item> items = metadata_items(m, cjk_);
        if (items.empty()) return;
        line_.begin_block();
        for (std::size_t k = 0; k < items.size(); ++k) {
            if (k > 0) line_.text(" ");
            const metadata_item& item = items[k];
            write_text(item.key, U':');
            line_.literal(metadata_colon(cjk_));
            write_text(item.value, U' ');
            if (!item.url.empty()) {
                if (!item.value.empty()) line_.literal(" ");
                write_text(item.url, U' ');
            }
        }
        line_.end_block(block_gap::blank);
    }

    void write_paragraph(std::string_view s) {
        line_.begin_block();
        write_text(s, 0);
        line_.end_block(block_gap::blank);
    }

    void write_front_matter(const metadata& m) {
        const bool any = !m.title.empty() || !m.subtitle.empty() || !m.authors.empty() || !m.date.empty() ||
                         !m.source.empty() || !m.source_url.empty() || !m.category.empty() || !m.language.empty() ||
                         !m.extra.empty();
        if (!any) return;
        out_.append("---\n");
        yaml_field("title", m.title);
        yaml_field("subtitle", m.subtitle);
        if (!m.authors.empty()) {
            out_.append("author:\n");
            for (const std::string& a : m.authors) {
                out_.append("  - ");
                yaml_string(a);
                out_.push_back('\n');
            }
        }
        yaml_field("date", m.date.iso.empty() ? m.date.text : m.date.iso);
        yaml_field("source", m.source);
        yaml_field("source_url", m.source_url);
        yaml_field("category", m.category);
        yaml_field("lang", m.language);
        if (!m.extra.empty()) {
            // A mapping cannot repeat a key: a repeated key lists all its values.
            out_.append("fields:\n");
            for (std::size_t i = 0; i < m.extra.size(); ++i) {
                const std::string& key = m.extra[i].key;
                bool seen = false, repeated = false;
                for (std::size_t j = 0; j < m.extra.size(); ++j)
                    if (j != i && m.extra[j].key == key) (j < i ? seen : repeated) = true;
                if (seen) continue;
                out_.append("  ");
                yaml_string(key);
                if (!repeated) {
                    out_.append(": ");
                    yaml_string(m.extra[i].value);
                    out_.push_back('\n');
                    continue;
                }
                out_.append(":\n");
                for (std::size_t j = i; j < m.extra.size(); ++j) {
                    if (m.extra[j].key != key) continue;
                    out_.append("    - ");
                    yaml_string(m.extra[j].value);
                    out_.push_back('\n');
                }
            }
        }
        out_.append("---\n\n");
    }

    void yaml_field(std::string_view key, std::string_view value) {
        if (value.empty()) return;
        out_.append(key);
        out_.append(": ");
        yaml_string(value);
        out_.push_back('\n');
    }

    void yaml_string(std::string_view s) {
        out_.push_back('"');
        escape(out_, s, yaml_double_quoted_table);
        out_.push_back('"');
    }

    void write_related(const report& doc) {
        if (doc.related.empty() && doc.related_heading.empty()) return;
        if (!doc.related_heading.empty()) {
            line_.marker("## ");
            in_heading_ = true;
            write_text(doc.related_heading, 0);
            in_heading_ = false;
            line_.end_block(block_gap::blank);
        }
        // A bullet list right after one that ended the body must not continue it.
        const char bullet = doc.related_heading.empty() && last_block_marker_ == '-' ? '*' : '-';
        for (const related_link& r : doc.related) {
            line_.marker(std::string(1, bullet) + " ");
            line_.push_prefix("  ");
            line_.begin_block();
            const std::string_view date = r.date.text.empty() ? std::string_view(r.date.iso) : std::string_view(r.date.text);
            const bool linked = !r.url.empty() && classify_url(r.url).allowed();
            if (linked) line_.literal("[");
            write_text(r.title, linked ? U']' : (date.empty() ? 0 : U' '));
            if (linked) {
                line_.literal("](");
                write_destination(r.url);
                line_.literal(")");
            }
            if (!date.empty()) {
                line_.literal(" ");
                write_text(date, 0);
            }
            line_.pop_prefix();
            line_.end_block(block_gap::line);
        }
        line_.end_block(block_gap::blank);
    }

    output_sink& out_;
    const markdown_options& opt_;
    line_writer line_;
    std::vector<frame> stack_;
    std::string scratch_;
    const std::string* pending_label_ = nullptr;
    unsigned nesting_ = 0;
    unsigned section_depth_ = 0;
    unsigned link_depth_ = 0;
    bool in_heading_ = false;
    bool cjk_ = false;
    char last_block_marker_ = 0;  // of the last block written, if it was a list
};

}  // namespace reportdoc::detail

namespace reportdoc {

REPORTDOC_FUNC void render_markdown(const report& doc, output_sink& out, const markdown_options& options) {
    detail::markdown_writer(out, options).write(doc);
}

REPORTDOC_FUNC std::string render_markdown(const report& doc, const markdown_options& options) {
    std::string result;
    output_sink out(result);
    render_markdown(doc, out, options);
    return result;
}

}  // namespace reportdoc
