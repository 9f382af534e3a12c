// SPDX-License-Identifier: MIT
// render_xml: the model as reportdoc XML (docs/xml.md, schema/reportdoc.rng),
// written by hand into the output sink with the escaping engine and driven by
// the walker, so neither speed nor stack depends on a DOM or on the document's depth.
#pragma once

#include <reportdoc/detail/escape.hpp>
#include <reportdoc/detail/xml_vocabulary.hpp>
#include <reportdoc/walk.hpp>
#include <reportdoc/xml.hpp>

#include <cstdint>
#include <string>
#include <string_view>

namespace reportdoc {
namespace detail {

class xml_writer {
public:
    xml_writer(output_sink& out, const xml_render_options& options) : out_(out), options_(options) {}

    void write(const report& doc) {
        bool previous_was_text = false;  // the previous inline sibling was a text node
        for (const_walker w(doc); w.next();) {
            const bool after_text = previous_was_text;
            previous_was_text = false;
            const node_ref n = w.node();
            const std::size_t depth = w.depth();
            if (w.event() == walk_event::enter) {
                enter(n, depth, after_text);
            } else if (n.kind() == node_kind::text) {
                previous_was_text = true;
            } else if (has_children(n)) {
                exit(n, depth);
            }
        }
    }

private:
    // True when a node's element has content between its tags: an element
    // without it is written as <name/>, or not at all for an empty region.
    static bool has_children(node_ref n) noexcept {
        switch (n.kind()) {
            case node_kind::report:
            case node_kind::section: return true;
            case node_kind::front_matter:
            case node_kind::body:
            case node_kind::closing: return !n.as<block_list>()->empty();
            case node_kind::back_matter: return !n.as<std::vector<section>>()->empty();
            case node_kind::heading: return !n.as<section>()->title.empty();
            case node_kind::paragraph: return !n.as<paragraph>()->content.empty();
            case node_kind::list: return !n.as<list>()->items.empty();
            case node_kind::list_item: return !n.as<list_item>()->children.empty();
            case node_kind::block_quote: return !n.as<block_quote>()->children.empty();
            case node_kind::emphasis: return !n.as<emphasis>()->children.empty();
            case node_kind::strong: return !n.as<strong>()->children.empty();
            case node_kind::link: return !n.as<link>()->children.empty();
            default: return false;  // preformatted, text, code, line_break: written whole on enter
        }
    }

    // Writes a node's start tag, or the whole node when it has no children.
    void enter(node_ref n, std::size_t depth, bool after_text) {
        const node_kind kind = n.kind();
        switch (kind) {
            case node_kind::report:
                out_.append(R"(<?xml version="1.0" encoding="UTF-8"?>)" "\n<report");
                attribute("xmlns", xml_namespace);
                attribute("version", xml_vocabulary_version);
                out_.push_back('>');
                write_metadata(n.as<report>()->meta);
                return;
            case node_kind::front_matter:
            case node_kind::body:
            case node_kind::closing:
            case node_kind::back_matter:
                if (!has_children(n)) return;  // an empty region is left out
                start_tag(kind, depth);
                break;
            case node_kind::section: {
                const section& s = *n.as<section>();
                start_tag(kind, depth);
                number_attribute("level", s.level);
                if (!s.label.empty()) attribute("label", s.label);
                if (s.style != numbering_style::none) attribute("style", to_string(s.style));
                if (s.ordinal != 0) number_attribute("ordinal", s.ordinal);
                if (s.run_in) attribute("run-in", "true");
                if (s.role != section_role::none) attribute("role", to_string(s.role));
                span_attribute(s.span);
                break;
            }
            case node_kind::heading: start_tag(kind, depth); break;
            case node_kind::paragraph: {
                const paragraph& p = *n.as<paragraph>();
                start_tag(kind, depth);
                if (p.role != paragraph_role::body) attribute("role", to_string(p.role));
                span_attribute(p.span);
                break;
            }
            case node_kind::list: {
                const list& l = *n.as<list>();
                start_tag(kind, depth);
                if (l.ordered) attribute("ordered", "true");
                if (l.style != numbering_style::none) attribute("style", to_string(l.style));
                if (l.start != 1) number_attribute("start", l.start);
                span_attribute(l.span);
                break;
            }
            case node_kind::list_item: {
                const list_item& item = *n.as<list_item>();
                start_tag(kind, depth);
                if (!item.label.empty()) attribute("label", item.label);
                span_attribute(item.span);
                break;
            }
            case node_kind::block_quote:
                start_tag(kind, depth);
                span_attribute(n.as<block_quote>()->span);
                break;
            case node_kind::preformatted: {
                const preformatted& p = *n.as<preformatted>();
                start_tag(kind, depth);
                span_attribute(p.span);
                text_content(to_string(kind), p.content);
                return;
            }
            case node_kind::text: {
                const text& t = *n.as<text>();
                // Character data is a text node unless it would merge with the
                // previous one, vanish (empty) or lose its span.
                if (after_text || t.content.empty() || (options_.spans && has_span(t.span))) {
                    inline_start_tag(kind, t.span);
                    text_content(to_string(kind), t.content);
                } else {
                    escape(out_, t.content, xml_text_table);
                }
                return;
            }
            case node_kind::emphasis: inline_start_tag(kind, n.as<emphasis>()->span); break;
            case node_kind::strong: inline_start_tag(kind, n.as<strong>()->span); break;
            case node_kind::code: {
                const code& c = *n.as<code>();
                inline_start_tag(kind, c.span);
                text_content(to_string(kind), c.content);
                return;
            }
            case node_kind::link: {
                const link& l = *n.as<link>();
                out_.push_back('<');
                out_.append(to_string(kind));
                attribute("href", l.href);
                if (!l.title.empty()) attribute("title", l.title);
                span_attribute(l.span);
                break;
            }
            case node_kind::line_break: inline_start_tag(kind, n.as<line_break>()->span); break;
        }
        out_.append(has_children(n) ? std::string_view(">") : std::string_view("/>"));
    }

    void exit(node_ref n, std::size_t depth) {
        switch (n.kind()) {
            case node_kind::report:
                write_related(*n.as<report>());
                newline(0);
                out_.append("</report>\n");
                return;
            case node_kind::front_matter:
            case node_kind::body:
            case node_kind::closing:
            case node_kind::back_matter:
            case node_kind::section:
            case node_kind::list:
            case node_kind::list_item:
            case node_kind::block_quote:
                newline(depth);  // these hold only elements
                end_tag(to_string(n.kind()));
                return;
            default:  // mixed content: no whitespace may be added
                end_tag(to_string(n.kind()));
                return;
        }
    }

    void write_metadata(const metadata& m) {
        const bool empty = m.title.empty() && m.subtitle.empty() && m.authors.empty() && m.date.empty() &&
                           m.source.empty() && m.source_url.empty() && m.category.empty() && m.language.empty() &&
                           m.extra.empty();
        if (empty) return;
        newline(1);
        out_.append("<metadata>");
        optional_field("title", m.title);
        optional_field("subtitle", m.subtitle);
        for (const std::string& author : m.authors) field("author", author);
        if (!m.date.empty()) {
            open_field("date");
            if (!m.date.iso.empty()) attribute("iso", m.date.iso);
            text_content("date", m.date.text);
        }
        if (!m.source.empty() || !m.source_url.empty()) {
            open_field("source");
            if (!m.source_url.empty()) attribute("url", m.source_url);
            text_content("source", m.source);
        }
        optional_field("category", m.category);
        optional_field("language", m.language);
        for (const metadata_field& f : m.extra) {
            open_field("field");
            attribute("key", f.key);
            text_content("field", f.value);
        }
        newline(1);
        out_.append("</metadata>");
    }

    void write_related(const report& r) {
        if (r.related_heading.empty() && r.related.empty()) return;
        newline(1);
        out_.append("<related");
        if (!r.related_heading.empty()) attribute("heading", r.related_heading);
        if (r.related.empty()) {
            out_.append("/>");
            return;
        }
        out_.push_back('>');
        for (const related_link& link : r.related) {
            open_field("related-link");
            if (!link.url.empty()) attribute("url", link.url);
            if (!link.date.text.empty()) attribute("date", link.date.text);
            if (!link.date.iso.empty()) attribute("date-iso", link.date.iso);
            text_content("related-link", link.title);
        }
        newline(1);
        out_.append("</related>");
    }

    // Metadata entries sit at depth 2, inside <metadata> or <related>.
    void open_field(std::string_view name) {
        newline(2);
        out_.push_back('<');
        out_.append(name);
    }
    // Writes the text content and end tag of an element opened with its attributes.
    void text_content(std::string_view name, std::string_view content) {
        if (content.empty()) {
            out_.append("/>");
            return;
        }
        out_.push_back('>');
        escape(out_, content, xml_text_table);
        end_tag(name);
    }
    void field(std::string_view name, std::string_view content) {
        open_field(name);
        text_content(name, content);
    }
    void optional_field(std::string_view name, std::string_view content) {
        if (!content.empty()) field(name, content);
    }

    void start_tag(node_kind kind, std::size_t depth) {
        newline(depth);
        out_.push_back('<');
        out_.append(to_string(kind));
    }
    void inline_start_tag(node_kind kind, const source_span& span) {
        out_.push_back('<');
        out_.append(to_string(kind));
        span_attribute(span);
    }
    void end_tag(std::string_view name) {
        out_.append("</");
        out_.append(name);
        out_.push_back('>');
    }

    void attribute(std::string_view name, std::string_view value) {
        out_.push_back(' ');
        out_.append(name);
        out_.append("=\"");
        escape(out_, value, xml_attribute_table);
        out_.push_back('"');
    }
    void number_attribute(std::string_view name, std::uint64_t value) {
        decimal_buffer buffer;
        out_.push_back(' ');
        out_.append(name);
        out_.append("=\"");
        out_.append(decimal(value, buffer));
        out_.push_back('"');
    }
    static bool has_span(const source_span& span) noexcept { return span != source_span{}; }
    void span_attribute(const source_span& span) {
        if (!options_.spans || !has_span(span)) return;
        out_.append(" src=\"");
        format_span(span, out_);
        out_.push_back('"');
    }

    // Element-only content is indented; indentation stops growing past
    // max_indent_depth so that a deeply nested document does not make output
    // quadratic in its depth.
    void newline(std::size_t depth) {
        if (!options_.indent) return;
        static constexpr std::size_t max_indent_depth = 32;
        static constexpr std::string_view spaces =
            "\n                                                                ";
        static_assert(spaces.size() == 1 + 2 * max_indent_depth);
        out_.append(spaces.substr(0, 1 + 2 * (depth < max_indent_depth ? depth : max_indent_depth)));
    }

    output_sink& out_;
    const xml_render_options& options_;
};

}  // namespace detail

REPORTDOC_FUNC void render_xml(const report& doc, output_sink& out, const xml_render_options& options) {
    detail::xml_writer(out, options).write(doc);
}

REPORTDOC_FUNC std::string render_xml(const report& doc, const xml_render_options& options) {
    std::string out;
    output_sink sink(out);
    render_xml(doc, sink, options);
    return out;
}

}  // namespace reportdoc
