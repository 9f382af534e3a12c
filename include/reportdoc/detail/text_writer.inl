// SPDX-License-Identifier: MIT
// The plain-text writer (see text_writer.hpp for the layout): one walk over
// the blocks with a stack of frames parallel to the walker's; the inlines of
// a paragraph or heading are flattened to text with an explicit stack.
#pragma once

#include <reportdoc/detail/escape.hpp>
#include <reportdoc/detail/inline_edges.hpp>
#include <reportdoc/detail/line_writer.hpp>
#include <reportdoc/detail/report_text.hpp>
#include <reportdoc/detail/text_metadata.hpp>
#include <reportdoc/text_writer.hpp>
#include <reportdoc/walk.hpp>

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

namespace reportdoc::detail {

namespace text_writer_detail {

// A wrapped line is read back joined to the one before: with a space between
// Latin text, without one where CJK meets anything. So a space may become a
// break only between Latin characters, and no line may start with what reads
// as a label.
inline bool rejoinable_break(std::string_view text, std::size_t at, break_kind kind) {
    if (kind == break_kind::space) {
        std::size_t before = at - 1;  // the space
        while (before > 0 && (static_cast<unsigned char>(text[before - 1]) & 0xC0) == 0x80) --before;
        if (before == 0) return false;
        std::size_t prev = before - 1;
        while (prev > 0 && (static_cast<unsigned char>(text[prev]) & 0xC0) == 0x80) --prev;
        if (reads_as_cjk(decode_utf8(text, prev).code_point) || reads_as_cjk(decode_utf8(text, at).code_point))
            return false;
    }
    return !find_marker(text.substr(at));
}

// The text of a run of inlines, repaired, without recursion.
inline void flatten(const inline_list& inlines, std::string& out, bool link_targets) {
    struct step {
        const inline_list* list;
        std::size_t index;
        const link* closing;  // the link whose address follows the list
        std::size_t start;    // where the link's text starts in out
    };
    std::vector<step> stack{{&inlines, 0, nullptr, 0}};
    output_sink sink(out);
    while (!stack.empty()) {
        step& top = stack.back();
        if (top.index >= top.list->size()) {
            const link* l = top.closing;
            const std::size_t start = top.start;
            stack.pop_back();
            if (l && link_targets && !l->href.empty()) {
                if (std::string_view(out).substr(start) != l->href) {
                    out.append(" <");
                    escape(sink, l->href, plain_text_table);
                    out.push_back('>');
                }
            }
            continue;
        }
        const inline_node& n = (*top.list)[top.index++];
        switch (n.kind()) {
            case node_kind::text: escape(sink, n.as<text>()->content, plain_text_table); break;
            case node_kind::code: escape(sink, n.as<code>()->content, plain_text_table); break;
            case node_kind::line_break: out.push_back('\n'); break;
            case node_kind::emphasis: stack.push_back({&n.as<emphasis>()->children, 0, nullptr, 0}); break;
            case node_kind::strong: stack.push_back({&n.as<strong>()->children, 0, nullptr, 0}); break;
            case node_kind::link: stack.push_back({&n.as<link>()->children, 0, n.as<link>(), out.size()}); break;
            default: break;
        }
    }
}

}  // namespace text_writer_detail

class text_writer {
public:
    text_writer(output_sink& out, const text_render_options& options)
        : opt_(options), line_(out, line_writer_options{options.width, true, &text_writer_detail::rejoinable_break}) {}

    void write(const report& doc) {
        cjk_ = is_cjk_report(doc);
        if (!cjk_) {
            body_indent_.assign(opt_.body_indent, ' ');
            underline_ = true;
            for (const_walker w(doc); underline_ && w.next();)
                if (w.event() == walk_event::enter && w.node().kind() == node_kind::section)
                    underline_ = w.node().as<section>()->label.empty();
        }
        write_title_block(doc.meta);
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
    struct frame {
        node_ref node;
        std::size_t next_child = 0;
        bool tight = false;     // list: items on consecutive lines
        bool indented = false;  // list_item, block_quote: pushed a prefix
        bool run_in = false;    // section: its first paragraph went on the heading's line
        std::uint32_t number = 1;
    };

    bool enter(node_ref n) {
        const std::size_t index = stack_.empty() ? 0 : stack_.back().next_child++;
        stack_.push_back(frame{n});
        frame& f = stack_.back();
        frame* parent = stack_.size() > 1 ? &stack_[stack_.size() - 2] : nullptr;
        if (n.kind() != node_kind::section && open_containers_ == 0) indent_body(n.kind() != node_kind::heading);
        count_open(n.kind(), true);
        switch (n.kind()) {
            case node_kind::heading: write_heading(*n.as<section>(), *parent); return false;
            case node_kind::paragraph:
                if (parent->run_in && index == 1) return false;  // already on the heading's line
                write_paragraph(*n.as<paragraph>());
                return false;
            case node_kind::list: {
                const list& l = *n.as<list>();
                f.tight = true;
                for (const list_item& item : l.items) f.tight = f.tight && item.children.size() <= 1;
                f.number = l.start;
                return true;
            }
            case node_kind::list_item: {
                const list_item& item = *n.as<list_item>();
                const list& l = *parent->node.as<list>();
                std::string marker;
                if (item.label.empty()) {
                    marker = l.ordered ? std::to_string(parent->number) + "." : "-";
                } else {
                    output_sink sink(marker);  // labels are text like any other: repaired
                    escape(sink, item.label, plain_text_table);
                }
                ++parent->number;
                char32_t start = 0;
                if (!item.children.empty())
                    if (const paragraph* p = item.children.front().as<paragraph>()) {
                        scratch_.clear();
                        text_writer_detail::flatten(p->content, scratch_, opt_.link_targets);
                        start = edge_character(scratch_, false);
                    }
                // Preformatted text and a list start under their marker: on the marker's line they
                // would read as the item's text ("1. - t").
                const bool own_line = !item.children.empty() &&
                                      (item.children.front().is<preformatted>() || item.children.front().is<list>());
                const bool space =
                    !own_line && (label_needs_space(edge_character(marker, true), start) ||
                                  (item.children.empty() ? false : !item.children.front().is<paragraph>()));
                if (space) marker.push_back(' ');
                // A bare number reads as a label only before a wide gap ("1  Introduction").
                if (space && marker.find_first_not_of("0123456789 ") == std::string::npos) marker.push_back(' ');
                line_.marker(marker);
                line_.push_prefix(std::string(display_width(marker), ' '));
                if (own_line) line_.end_block(block_gap::blank);
                f.indented = true;
                return true;
            }
            case node_kind::block_quote:
                line_.marker("> ");
                line_.push_prefix("> ");
                f.indented = true;
                return true;
            case node_kind::preformatted: write_preformatted(n.as<preformatted>()->content); return false;
            default: return true;
        }
    }

    void exit(node_ref n) {
        const frame f = stack_.back();
        stack_.pop_back();
        count_open(n.kind(), false);
        switch (n.kind()) {
            case node_kind::list_item:
            case node_kind::block_quote:
                if (f.indented) line_.pop_prefix();
                line_.end_block(gap());
                break;
            case node_kind::heading:
            case node_kind::paragraph:
            case node_kind::preformatted:
            case node_kind::list:
            case node_kind::section: line_.end_block(gap()); break;
            default: break;
        }
    }

    block_gap gap() const noexcept {
        if (stack_.empty()) return block_gap::blank;
        const frame& container = stack_.back();
        return container.node.kind() == node_kind::list && container.tight ? block_gap::line : block_gap::blank;
    }

    // ----- blocks -----------------------------------------------------------

    void write_heading(const section& s, frame& section_frame) {
        scratch_.clear();
        text_writer_detail::flatten(s.title, scratch_, opt_.link_targets);
        std::string line = scratch_;
        // A run-in heading carries its first paragraph, after the punctuation that ends the heading;
        // so does a numbered section without a title in CJK (第一条　为了…). In Latin text "1. Text"
        // reads as the title: the label stands alone there, the paragraph under it.
        const bool carries = s.run_in || (s.title.empty() && !s.label.empty() && cjk_);
        const paragraph* first = carries && !s.children.empty() ? s.children.front().as<paragraph>() : nullptr;
        if (first && first->role == paragraph_role::body) {
            scratch_.clear();
            text_writer_detail::flatten(first->content, scratch_, opt_.link_targets);
            const char32_t end = edge_character(line, true);
            const bool latin = !reads_as_cjk(end) && !reads_as_cjk(edge_character(scratch_, false));
            if (!line.empty() && !is_sentence_end(end)) line.append(latin ? "." : "。");
            if (latin && !scratch_.empty()) line.push_back(' ');
            line.append(scratch_);
            section_frame.run_in = true;
        }
        line_.begin_block();
        if (!s.label.empty()) {
            std::string label = s.label;
            if (label_needs_space(edge_character(label, true), edge_character(line, false))) label.push_back(' ');
            write_escaped_literal(label);
        }
        // A heading line is never wrapped (its second half would read as a paragraph);
        // a run-in heading wraps with its paragraph.
        if (section_frame.run_in) write_lines(line);
        else write_escaped_literal(line);
        if (underline_ && !section_frame.run_in) underline(s.level, line);
    }

    // Unnumbered Latin headings are underlined, a character per level as
    // reStructuredText does, so that each reads as a heading wherever it
    // stands. Only where no heading is numbered: beside numbered ones, a
    // heading at the margin over indented text reads as one of their level
    // (RFC style), and an underline would make it a family of its own.
    void underline(unsigned level, std::string_view title) {
        constexpr std::string_view by_level = "=-~^\"+#*";
        if (title.empty() || title.find('\n') != std::string_view::npos) return;
        const char c = by_level[std::min<std::size_t>(level, by_level.size()) - 1];
        line_.newline();
        line_.literal(std::string(std::max<std::size_t>(3, display_width(title)), c));
    }

    static bool is_sentence_end(char32_t c) noexcept {
        switch (c) {
            case U'。': case U'.': case U'!': case U'?': case U'！': case U'？': case U'…': case U'：': case U':':
                return true;
            default: return false;
        }
    }

    void write_paragraph(const paragraph& p) {
        scratch_.clear();
        text_writer_detail::flatten(p.content, scratch_, opt_.link_targets);
        line_.begin_block();
        if (opt_.cjk_indent && cjk_ && p.role == paragraph_role::body && line_.at_content_start() &&
            open_list_items_ == 0)
            line_.literal("\u3000\u3000");
        // A salutation, byline or signature stays one line: wrapped, it would read back as two.
        write_lines(scratch_, p.role == paragraph_role::body);
    }

    // Headings stand at the margin, the blocks between them at body_indent.
    void indent_body(bool on) {
        if (body_indent_.empty() || on == body_indented_) return;
        if (on) line_.push_prefix(body_indent_);
        else line_.pop_prefix();
        body_indented_ = on;
    }

    // Counts of the lists, list items and quotes open around the node being
    // written (a walk up the stack per node would be quadratic in depth).
    void count_open(node_kind k, bool opening) noexcept {
        const auto step = [opening](std::size_t& count) { opening ? ++count : --count; };
        if (k == node_kind::list || k == node_kind::list_item || k == node_kind::block_quote) step(open_containers_);
        if (k == node_kind::list_item) step(open_list_items_);
    }

    // Text that may hold line breaks: each piece wrapped, each break a new line.
    void write_lines(std::string_view s, bool wrap = true) {
        std::size_t start = 0;
        while (true) {
            const std::size_t nl = s.find('\n', start);
            const std::string_view piece = s.substr(start, nl == std::string_view::npos ? std::string_view::npos : nl - start);
            if (wrap) line_.text(piece);
            else line_.literal(piece);
            if (nl == std::string_view::npos) return;
            line_.newline();
            start = nl + 1;
        }
    }

    // Text never wrapped (labels, titles, preformatted lines); a newline in it ends the line.
    void write_escaped_literal(std::string_view s) {
        literal_.clear();
        output_sink sink(literal_);
        escape(sink, s, plain_text_table);
        std::size_t start = 0;
        while (true) {
            const std::size_t nl = literal_.find('\n', start);
            line_.literal(std::string_view(literal_).substr(start, nl == std::string::npos ? std::string::npos : nl - start));
            if (nl == std::string::npos) return;
            line_.newline();
            start = nl + 1;
        }
    }

    // Four columns deeper than the text around it, as Markdown and RFCs set
    // examples: the reader keeps such lines as written.
    void write_preformatted(std::string_view content) {
        line_.push_prefix("    ");
        line_.begin_block();
        write_escaped_literal(content);
        line_.pop_prefix();  // the open line keeps the prefix it began with
    }

    // ----- report parts -----------------------------------------------------

    void write_title_block(const metadata& m) {
        // A Latin subtitle has no mark of its own ("——" opens a Chinese one): set
        // as a title page, centred, it reads as the subtitle, not as more title.
        const bool centred = !cjk_ && !m.subtitle.empty();
        bool any = false;
        const auto line = [&](std::string_view s) {
            if (s.empty()) return;
            if (any && centred) line_.end_block(block_gap::blank);  // a title page spaces its lines
            if (!any || centred) line_.begin_block();
            else line_.newline();
            any = true;
            if (centred) {
                constexpr std::size_t page_width = 72, least = 8;  // the reader takes 8 columns in as centred
                const std::size_t width = opt_.width ? opt_.width : page_width, used = display_width(s);
                line_.literal(std::string(std::max(least, used < width ? (width - used) / 2 : 0), ' '));
            }
            write_escaped_literal(s);
        };
        // Lines a page printed above the title, which the reader keeps as
        // "header" and "breadcrumb" fields, go back above the title, a blank
        // line apart (lines next to the title would read as more of it).
        for (const metadata_field& f : m.extra)
            if (is_page_line(f)) line(f.value);
        if (any) {
            line_.end_block(block_gap::blank);
            any = false;
        }
        line(m.title);
        line(m.subtitle);
        // The fields a report prints on one line, then each extra field on a
        // line of its own (its key may hold spaces: "Request for Comments: 9999").
        // A field without a key is a value the reader found on a metadata line
        // after a field that takes no more words (a date, a source's address,
        // a value with CJK in it): it goes back after the first such field
        // ("Date: 2024-01-10 late edition"), else at the end of the line.
        std::string meta;
        const std::vector<metadata_item> items = metadata_items(m, cjk_);
        const auto unlabelled = [&] {
            for (const metadata_item& item : items)
                if (item.extra && item.key.empty()) {
                    meta.push_back(' ');
                    meta.append(item.value);
                }
        };
        bool placed = false;  // the unlabelled values
        for (const metadata_item& item : items) {
            if (item.extra) continue;
            if (!meta.empty()) meta.push_back(' ');
            meta.append(item.key);
            meta.append(metadata_colon(cjk_));
            meta.append(item.value);
            if (!item.url.empty()) {
                if (!item.value.empty()) meta.push_back(' ');
                meta.append(item.url);
            }
            if (!placed && ((&item == &items.front() && !m.date.empty()) || !item.url.empty() ||
                            (!item.value.empty() && !metadata_detail::is_latin_word(item.value)))) {
                unlabelled();
                placed = true;
            }
        }
        if (!placed && !meta.empty()) {
            unlabelled();
            placed = true;
        }
        for (const metadata_item& item : items) {
            if (!item.extra || item.key == "header" || item.key == "breadcrumb") continue;
            if (item.key.empty() && placed) continue;
            line(meta);
            meta.assign(item.key);
            meta.append(metadata_colon(cjk_));
            meta.append(item.value);
            while (!meta.empty() && meta.back() == ' ') meta.pop_back();  // "Internet-Draft:" has no value
        }
        line(meta);
        if (any) line_.end_block(block_gap::blank);
    }

    static bool is_page_line(const metadata_field& f) noexcept { return f.key == "header" || f.key == "breadcrumb"; }

    void write_related(const report& doc) {
        indent_body(false);
        if (doc.related.empty()) return;
        line_.begin_block();
        const std::string_view heading =
            !doc.related_heading.empty() ? std::string_view(doc.related_heading) : cjk_ ? "相关文章" : "See also";
        write_escaped_literal(heading);
        for (const related_link& r : doc.related) {
            line_.newline();
            std::string entry = r.title;
            const std::string_view date = r.date.text.empty() ? std::string_view(r.date.iso) : std::string_view(r.date.text);
            for (std::string_view part : {std::string_view(r.url), date}) {
                if (part.empty()) continue;
                if (!entry.empty()) entry.push_back(' ');
                entry.append(part);
            }
            write_escaped_literal(entry);  // one line per link, as a reader expects
        }
        line_.end_block(block_gap::blank);
    }

    const text_render_options& opt_;
    line_writer line_;
    std::vector<frame> stack_;
    std::string scratch_;
    std::string literal_;
    std::string body_indent_;
    bool body_indented_ = false;
    std::size_t open_containers_ = 0;  // lists, list items and block quotes around the node
    std::size_t open_list_items_ = 0;
    bool underline_ = false;  // unnumbered headings
    bool cjk_ = false;
};

}  // namespace reportdoc::detail

namespace reportdoc {

REPORTDOC_FUNC void render_text(const report& doc, output_sink& out, const text_render_options& options) {
    detail::text_writer(out, options).write(doc);
}

REPORTDOC_FUNC std::string render_text(const report& doc, const text_render_options& options) {
    std::string result;
    output_sink out(result);
    render_text(doc, out, options);
    return result;
}

}  // namespace reportdoc
