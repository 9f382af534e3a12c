// SPDX-License-Identifier: MIT
// render_html: the model as semantic HTML5, written by hand into the output
// sink with the escaping engine and driven by the walker, so that neither
// speed nor stack depends on a DOM or on the document's depth.
#pragma once

#include <reportdoc/detail/array_list.hpp>
#include <reportdoc/detail/dates.hpp>
#include <reportdoc/detail/decimal.hpp>
#include <reportdoc/detail/escape.hpp>
#include <reportdoc/detail/html_themes.hpp>
#include <reportdoc/detail/inline_edges.hpp>
#include <reportdoc/detail/line_breaking.hpp>
#include <reportdoc/detail/url_policy.hpp>
#include <reportdoc/detail/utf8.hpp>
#include <reportdoc/html.hpp>
#include <reportdoc/walk.hpp>

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace reportdoc {
namespace detail {

namespace html_detail {

constexpr bool digit(char c) noexcept { return c >= '0' && c <= '9'; }
constexpr bool alpha(char c) noexcept { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// Reads exactly `count` digits at s[i] into v.
constexpr bool digits(std::string_view s, std::size_t& i, std::size_t count, int& v) noexcept {
    if (s.size() - i < count) return false;
    v = 0;
    for (std::size_t k = 0; k < count; ++k, ++i) {
        if (!digit(s[i])) return false;
        v = v * 10 + (s[i] - '0');
    }
    return true;
}

// ":MM" after the hours, with its range check.
constexpr bool minutes(std::string_view s, std::size_t& i) noexcept {
    int v = 0;
    return i < s.size() && s[i++] == ':' && digits(s, i, 2, v) && v <= 59;
}

}  // namespace html_detail

/// True when `iso` is a value HTML accepts in <time datetime>: a year, a
/// month, a date, or a date and time ("2023", "2023-06", "2023-06-15",
/// "2023-06-15T16:51:36", with optional fraction and Z or ±hh:mm zone).
constexpr bool is_html_datetime(std::string_view iso) noexcept {
    using namespace html_detail;
    std::size_t i = 0;
    int year = 0, month = 0, day = 0, v = 0;
    while (i < iso.size() && digit(iso[i]) && i < 6) year = year * 10 + (iso[i++] - '0');
    if (i < 4 || year == 0) return false;
    if (i == iso.size()) return true;
    if (iso[i++] != '-' || !digits(iso, i, 2, month) || month < 1 || month > 12) return false;
    if (i == iso.size()) return true;
    if (iso[i++] != '-' || !digits(iso, i, 2, day) || day < 1 || day > date_detail::days_in_month(year, month))
        return false;
    if (i == iso.size()) return true;
    if ((iso[i] != 'T' && iso[i] != ' ') || !digits(iso, ++i, 2, v) || v > 23 || !minutes(iso, i)) return false;
    if (i < iso.size() && iso[i] == ':') {
        ++i;
        if (!digits(iso, i, 2, v) || v > 59) return false;
        if (i < iso.size() && iso[i] == '.') {
            const std::size_t first = ++i;
            while (i < iso.size() && digit(iso[i]) && i - first < 3) ++i;
            if (i == first) return false;
        }
    }
    if (i == iso.size()) return true;
    if (iso[i] == 'Z') return i + 1 == iso.size();
    if (iso[i] != '+' && iso[i] != '-') return false;
    ++i;
    return digits(iso, i, 2, v) && v <= 23 && minutes(iso, i) && i == iso.size();
}

/// True when `tag` has the shape of a BCP 47 language tag ("zh-CN", "en",
/// "zh-Hans-CN"): an alphabetic primary subtag of 2 to 8 letters, then
/// subtags of 1 to 8 letters or digits.
constexpr bool is_language_tag(std::string_view tag) noexcept {
    std::size_t start = 0;
    bool primary = true;
    while (start <= tag.size()) {
        std::size_t end = start;
        while (end < tag.size() && tag[end] != '-') {
            if (!html_detail::alpha(tag[end]) && (primary || !html_detail::digit(tag[end]))) return false;
            ++end;
        }
        const std::size_t length = end - start;
        if (length > 8 || length < (primary ? 2u : 1u)) return false;
        primary = false;
        start = end + 1;
    }
    return true;
}

/// True for a Chinese language tag ("zh", "zh-CN", "ZH-hans").
constexpr bool is_chinese(std::string_view language) noexcept {
    return language.size() >= 2 && url_detail::lower(language[0]) == 'z' && url_detail::lower(language[1]) == 'h' &&
           (language.size() == 2 || language[2] == '-');
}

/// Stable, unique section ids from the position of each section among the
/// sections of its parent section: "sec-2-1" is the first section inside the
/// second top-level section of the body. Every region, and every role of a
/// back-matter section ("appendix-1", "notes-1"), has its own prefix, so ids
/// cannot collide and the same document always gets the same ids. Below
/// max_path_depth levels a section is numbered in document order instead
/// ("deep-1"), so that ids do not grow with the depth: the HTML of a document
/// 100,000 levels deep stays proportional to its size.
class html_section_ids {
public:
    static constexpr std::size_t max_path_depth = 8;

    /// Starts numbering the top-level sections of a region.
    void begin_region(node_kind region) noexcept {
        region_ = region;
        top_counts_ = {};
    }

    /// The id of a section being entered.
    std::string_view enter(const section& s) {
        const std::size_t depth = counts_.size();
        lengths_.push_back(id_.size());
        counts_.push_back(0);
        if (depth >= max_path_depth) {
            deep_id_ = "deep-";
            append_number(deep_id_, ++deep_count_);
            return deep_id_;
        }
        std::size_t number = 0;
        if (depth == 0) {
            const std::size_t role = region_ == node_kind::back_matter ? static_cast<std::size_t>(s.role) : 0;
            id_ = prefix(role);
            number = ++top_counts_[role < top_counts_.size() ? role : 0];
        } else {
            number = ++counts_[depth - 1];
        }
        id_ += '-';
        append_number(id_, number);
        return id_;
    }

    /// Leaves the innermost section.
    void exit() noexcept {
        id_.resize(lengths_.back());
        lengths_.pop_back();
        counts_.pop_back();
    }

private:
    static void append_number(std::string& into, std::uint64_t n) {
        decimal_buffer buffer;
        const std::string_view digits = decimal(n, buffer);
        into.append(digits.data(), digits.size());
    }

    std::string_view prefix(std::size_t role) const noexcept {
        switch (region_) {
            case node_kind::front_matter: return "front";
            case node_kind::closing: return "closing";
            case node_kind::back_matter: {
                constexpr std::string_view by_role[] = {"back", "appendix", "notes", "glossary"};
                return role < std::size(by_role) ? by_role[role] : by_role[0];
            }
            default: return "sec";
        }
    }

    node_kind region_ = node_kind::body;
    std::array<std::uint32_t, 4> top_counts_{};
    array_list<std::size_t> counts_;    // per open section: sections entered inside it so far
    array_list<std::size_t> lengths_;   // per open section: id_.size() before its own number
    std::string id_;
    std::string deep_id_;
    std::uint64_t deep_count_ = 0;
};

class html_writer {
public:
    html_writer(output_sink& out, const html_options& options) : out_(out), options_(options) {}

    void write(const report& doc) {
        if (options_.standalone) write_page_start(doc.meta);
        for (const_walker w(doc); w.next();) {
            if (w.event() == walk_event::enter)
                enter(w.node(), doc);
            else
                exit(w.node(), doc);
        }
        if (options_.standalone) out_.append("</body>\n</html>\n");
    }

private:
    // --- the page and the article ------------------------------------------

    void write_page_start(const metadata& meta) {
        out_.append("<!DOCTYPE html>\n<html");
        if (is_language_tag(meta.language)) attribute("lang", meta.language);
        out_.append(
            ">\n<head>\n<meta charset=\"utf-8\">\n"
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>");
        write_text(page_title(meta));
        out_.append("</title>\n");
        const std::string_view css = html_stylesheet(options_.theme, meta.language);
        if (!css.empty()) {
            out_.append("<style>\n");
            out_.append(css);
            out_.append("</style>\n");
        }
        out_.append("</head>\n<body>\n");
    }

    // <title> must not be empty: the title, else the first other name the report has.
    static std::string_view page_title(const metadata& meta) noexcept {
        for (std::string_view candidate : {std::string_view(meta.title), std::string_view(meta.subtitle),
                                           std::string_view(meta.source), std::string_view(meta.category)})
            if (candidate.find_first_not_of(" \t\n\r\f") != std::string_view::npos) return candidate;
        return "Untitled";
    }

    void write_article_start(const report& doc) {
        out_.append("<article class=\"report\"");
        if (!options_.standalone && is_language_tag(doc.meta.language)) attribute("lang", doc.meta.language);
        out_.append(">\n");
        write_header(doc.meta);
        if (options_.toc) write_toc(doc);
    }

    void write_header(const metadata& m) {
        const bool meta_line = !m.authors.empty() || !m.date.empty() || !m.source.empty() || !m.source_url.empty() ||
                               !m.category.empty();
        if (m.title.empty() && m.subtitle.empty() && !meta_line && m.extra.empty()) return;
        out_.append("<header>\n");
        if (!m.title.empty()) element("h1", m.title, "\n");
        if (!m.subtitle.empty()) element("p class=\"subtitle\"", m.subtitle, "\n");
        if (meta_line) {
            out_.append("<p class=\"meta\">");
            bool first = true;
            auto separate = [&] {
                if (!first) out_.push_back(' ');
                first = false;
            };
            // No space between authors: the stylesheet writes the separator
            // the language uses ("、" or ", "), which text cannot know.
            if (!m.authors.empty()) separate();
            for (const std::string& author : m.authors) element("span class=\"author\"", author);
            if (!m.date.empty()) {
                separate();
                write_date(m.date);
            }
            if (!m.source.empty()) {
                separate();
                element("span class=\"source\"", m.source);
            }
            if (!m.source_url.empty()) {
                separate();
                out_.append("<span class=\"source-url\">");
                // The address is shown as text; it is a link only when it is
                // absolute, since a report has no base to resolve "www.x.com" against.
                const url_verdict v = classify_url(m.source_url);
                if (v.kind == url_kind::web || v.kind == url_kind::mailto) {
                    link_start(v.url, {});
                    write_text(m.source_url);
                    out_.append("</a>");
                } else {
                    if (!v.allowed()) refuse(m.source_url, {});
                    write_text(m.source_url);
                }
                out_.append("</span>");
            }
            if (!m.category.empty()) {
                separate();
                element("span class=\"category\"", m.category);
            }
            out_.append("</p>\n");
        }
        if (!m.extra.empty()) {
            out_.append("<dl class=\"fields\">\n");
            for (const metadata_field& f : m.extra) {
                element("dt", f.key);
                element("dd", f.value, "\n");
            }
            out_.append("</dl>\n");
        }
        out_.append("</header>\n");
    }

    void write_date(const date_value& d) {
        const std::string_view shown = d.text.empty() ? std::string_view(d.iso) : std::string_view(d.text);
        if (is_html_datetime(d.iso)) {
            out_.append("<time");
            attribute("datetime", d.iso);
            out_.push_back('>');
            write_text(shown);
            out_.append("</time>");
        } else {
            element("span class=\"date\"", shown);
        }
    }

    void write_related(const report& doc) {
        if (doc.related.empty() && doc.related_heading.empty()) return;
        out_.append("<aside class=\"related\">\n");
        if (!doc.related_heading.empty()) element("h2", doc.related_heading, "\n");
        if (!doc.related.empty()) {
            out_.append("<ul>\n");
            for (const related_link& r : doc.related) {
                out_.append("<li>");
                const url_verdict v = classify_url(r.url);
                if (!r.url.empty() && v.allowed()) {
                    link_start(v.url, {});
                    write_text(r.title);
                    out_.append("</a>");
                } else {
                    if (!r.url.empty()) refuse(r.url, {});
                    write_text(r.title);
                }
                if (!r.date.empty()) {
                    out_.push_back(' ');
                    write_date(r.date);
                }
                out_.append("</li>\n");
            }
            out_.append("</ul>\n");
        }
        out_.append("</aside>\n");
    }

    // The table of contents: its own walk, with the same ids as the body's.
    void write_toc(const report& doc) {
        html_section_ids ids;
        std::string list_open;  // per open level: whether its <ol> has been started (flags, as text_state::skip)
        suppress_links_ = true;       // a link inside the TOC's <a> would nest
        for (const_walker w(doc); w.next();) {
            const node_ref n = w.node();
            const bool entering = w.event() == walk_event::enter;
            switch (n.kind()) {
                case node_kind::front_matter:
                case node_kind::body:
                case node_kind::closing:
                case node_kind::back_matter:
                    if (entering) ids.begin_region(n.kind());
                    break;
                case node_kind::section:
                    if (entering) {
                        if (list_open.empty()) {
                            out_.append("<nav class=\"toc\" aria-label=\"");
                            out_.append(is_chinese(doc.meta.language) ? "目录" : "Contents");
                            out_.append("\">\n");
                            list_open.push_back('\0');
                        }
                        if (!list_open.back()) out_.append("<ol>\n");
                        list_open.back() = 1;
                        out_.append("<li><a href=\"#");
                        out_.append(ids.enter(*n.as<section>()));
                        out_.append("\">");
                        list_open.push_back('\0');
                    } else {
                        ids.exit();
                        if (list_open.back()) out_.append("</ol>\n");
                        list_open.pop_back();
                        out_.append("</li>\n");
                    }
                    break;
                case node_kind::heading:
                    if (entering)
                        label(n.as<section>()->label, n.as<section>()->title);
                    else
                        out_.append("</a>");
                    break;
                case node_kind::paragraph:
                case node_kind::preformatted:
                    if (entering) w.skip_children();
                    break;
                default:
                    if (entering)
                        enter_inline(n);
                    else
                        exit_inline(n);
            }
        }
        if (!list_open.empty()) out_.append(list_open.front() ? "</ol>\n</nav>\n" : "</nav>\n");
        suppress_links_ = false;
    }

    // --- the walk ------------------------------------------------------------

    void enter(node_ref n, const report& doc) {
        switch (n.kind()) {
            case node_kind::report: write_article_start(doc); return;
            case node_kind::front_matter:
            case node_kind::body:
            case node_kind::back_matter: ids_.begin_region(n.kind()); return;
            case node_kind::closing:
                ids_.begin_region(n.kind());
                if (!n.as<block_list>()->empty()) out_.append("<footer>\n");
                return;
            case node_kind::section: {
                const section& s = *n.as<section>();
                out_.append("<section id=\"");
                out_.append(ids_.enter(s));
                out_.push_back('"');
                if (s.role != section_role::none) class_attribute(to_string(s.role));
                source_attribute(s.span);
                out_.append(">\n");
                ++section_depth_;
                run_in_ = options_.run_in_inline && s.run_in && !s.children.empty() &&
                          s.children.front().is<paragraph>() &&
                          s.children.front().as<paragraph>()->role == paragraph_role::body;
                return;
            }
            case node_kind::heading: {
                const section& s = *n.as<section>();
                const std::size_t rank = heading_rank();
                out_.append("<h");
                out_.push_back(static_cast<char>('0' + (rank > 6 ? 6 : rank)));
                if (rank > 6) number_attribute("aria-level", rank);
                if (run_in_) class_attribute("run-in");
                out_.push_back('>');
                label(s.label, s.title);
                return;
            }
            case node_kind::paragraph: {
                const paragraph& p = *n.as<paragraph>();
                out_.append("<p");
                if (p.role != paragraph_role::body) class_attribute(to_string(p.role));
                if (run_in_paragraph_) class_attribute("run-in");
                run_in_paragraph_ = false;
                source_attribute(p.span);
                out_.push_back('>');
                if (pending_label_) {
                    label(*pending_label_, p.content);
                    pending_label_ = nullptr;
                }
                return;
            }
            case node_kind::list: {
                const list& l = *n.as<list>();
                bool labelled = !l.items.empty();
                for (const list_item& item : l.items) labelled = labelled && !item.label.empty();
                out_.append(l.ordered ? "<ol" : "<ul");
                if (l.style != numbering_style::none || labelled) {
                    out_.append(" class=\"");
                    if (l.style != numbering_style::none) out_.append(to_string(l.style));
                    if (l.style != numbering_style::none && labelled) out_.push_back(' ');
                    if (labelled) out_.append("labelled");
                    out_.push_back('"');
                }
                if (l.ordered && l.start != 1) number_attribute("start", l.start);
                source_attribute(l.span);
                out_.append(">\n");
                return;
            }
            case node_kind::list_item: {
                const list_item& item = *n.as<list_item>();
                out_.append("<li");
                source_attribute(item.span);
                out_.push_back('>');
                // The label goes into the first paragraph so that it sits on its line.
                if (!item.label.empty()) {
                    if (!item.children.empty() && item.children.front().is<paragraph>())
                        pending_label_ = &item.label;
                    else
                        label(item.label, {});
                }
                return;
            }
            case node_kind::block_quote:
                out_.append("<blockquote");
                source_attribute(n.as<block_quote>()->span);
                out_.append(">\n");
                return;
            case node_kind::preformatted: {
                const preformatted& p = *n.as<preformatted>();
                out_.append("<pre");
                source_attribute(p.span);
                out_.push_back('>');
                // The parser drops one newline right after <pre>.
                if (!p.content.empty() && p.content.front() == '\n') out_.push_back('\n');
                write_text(p.content);
                out_.append("</pre>\n");
                return;
            }
            default: enter_inline(n);
        }
    }

    void exit(node_ref n, const report& doc) {
        switch (n.kind()) {
            case node_kind::report:
                write_related(doc);
                out_.append("</article>\n");
                return;
            case node_kind::closing:
                if (!n.as<block_list>()->empty()) out_.append("</footer>\n");
                return;
            case node_kind::section:
                ids_.exit();
                --section_depth_;
                out_.append("</section>\n");
                return;
            case node_kind::heading: {
                const section& s = *n.as<section>();
                const std::size_t rank = heading_rank();
                out_.append("</h");
                out_.push_back(static_cast<char>('0' + (rank > 6 ? 6 : rank)));
                out_.push_back('>');
                if (run_in_) {
                    // The stylesheet sets the heading and the paragraph on one
                    // line; whitespace between them would show as a space.
                    const char32_t end = s.title.empty() ? edge_character(s.label, true) : edge_character(s.title, true);
                    if (label_needs_space(end, edge_character(s.children.front().as<paragraph>()->content, false)))
                        out_.push_back(' ');
                    run_in_ = false;
                    run_in_paragraph_ = true;
                } else {
                    out_.push_back('\n');
                }
                return;
            }
            case node_kind::paragraph: out_.append("</p>\n"); return;
            case node_kind::list: out_.append(n.as<list>()->ordered ? "</ol>\n" : "</ul>\n"); return;
            case node_kind::list_item: out_.append("</li>\n"); return;
            case node_kind::block_quote: out_.append("</blockquote>\n"); return;
            case node_kind::front_matter:
            case node_kind::body:
            case node_kind::back_matter:
            case node_kind::preformatted: return;
            default: exit_inline(n);
        }
    }

    void enter_inline(node_ref n) {
        switch (n.kind()) {
            case node_kind::text: write_text(n.as<text>()->content); return;
            case node_kind::emphasis: out_.append("<em>"); return;
            case node_kind::strong: out_.append("<strong>"); return;
            case node_kind::code: element("code", n.as<code>()->content); return;
            case node_kind::line_break: out_.append("<br>"); return;
            case node_kind::link: {
                // Links never nest in HTML: an inner link keeps only its text.
                if (suppress_links_ || open_link_) return;
                const link& l = *n.as<link>();
                const url_verdict v = classify_url(l.href);
                if (!v.allowed()) {
                    refuse(l.href, l.span);
                    return;
                }
                link_start(v.url, l.title);
                open_link_ = n.address();
                return;
            }
            default: return;
        }
    }

    void exit_inline(node_ref n) {
        switch (n.kind()) {
            case node_kind::emphasis: out_.append("</em>"); return;
            case node_kind::strong: out_.append("</strong>"); return;
            case node_kind::link:
                if (open_link_ == n.address()) {
                    out_.append("</a>");
                    open_link_ = nullptr;
                }
                return;
            default: return;
        }
    }

    // --- pieces --------------------------------------------------------------

    // The rank of the current section's heading follows the nesting of
    // sections, not the model's level, so that the outline never skips a rank
    // (h2 then h4) when a report skips a level of numbering; h1 is the title.
    std::size_t heading_rank() const noexcept { return section_depth_ + 1; }

    void write_text(std::string_view s) { escape(out_, s, html_text_table); }

    // <tag>text</tag>; `tag` may carry attributes ("span class=\"x\"").
    void element(std::string_view tag, std::string_view content, std::string_view after = {}) {
        out_.push_back('<');
        out_.append(tag);
        out_.push_back('>');
        write_text(content);
        out_.append("</");
        out_.append(tag.substr(0, tag.find(' ')));
        out_.push_back('>');
        out_.append(after);
    }

    void attribute(std::string_view name, std::string_view value) {
        out_.push_back(' ');
        out_.append(name);
        out_.append("=\"");
        escape(out_, value, html_attribute_table);
        out_.push_back('"');
    }

    void class_attribute(std::string_view name) {
        out_.append(" class=\"");
        out_.append(name);
        out_.push_back('"');
    }

    void number(std::uint64_t v) {
        decimal_buffer buffer;
        out_.append(decimal(v, buffer));
    }

    void number_attribute(std::string_view name, std::uint64_t v) {
        out_.push_back(' ');
        out_.append(name);
        out_.append("=\"");
        number(v);
        out_.push_back('"');
    }

    void source_attribute(const source_span& span) {
        if (!options_.source_positions || !span) return;
        out_.append(" data-src=\"");
        number(span.begin.line);
        out_.push_back(':');
        number(span.begin.column);
        if (span.end) {
            out_.push_back('-');
            number(span.end.line);
            out_.push_back(':');
            number(span.end.column);
        }
        out_.push_back('"');
    }

    // A label kept as written, and the space Latin text needs after it.
    void label(std::string_view label, const inline_list& followed_by) {
        if (label.empty()) return;
        out_.append("<span class=\"label\">");
        write_text(label);
        out_.append("</span>");
        if (label_needs_space(edge_character(label, true), edge_character(followed_by, false))) out_.push_back(' ');
    }

    // <a href="..." title="...">. The URL is one the policy allowed; what HTML
    // validators still reject in it is percent-encoded (html_url_table), except
    // in the authority, where "[" and "]" delimit an IPv6 address; a '%' that
    // starts no escape becomes "%25" and a second '#' "%23".
    void link_start(std::string_view url, std::string_view title) {
        out_.append("<a href=\"");
        const std::size_t scheme_end = url.find_first_of(":/?#");
        const std::size_t hier_part = scheme_end != std::string_view::npos && url[scheme_end] == ':' ? scheme_end + 1 : 0;
        std::size_t authority_end = 0;
        if (url.substr(hier_part, 2) == "//") {
            authority_end = std::min(url.find_first_of("/?#", hier_part + 2), url.size());
            escape(out_, url.substr(0, authority_end), html_attribute_table);
        }
        bool in_fragment = false;
        std::size_t run = authority_end;
        for (std::size_t i = authority_end; i < url.size(); ++i) {
            const char c = url[i];
            std::string_view replacement;
            if (c == '%' && !(i + 2 < url.size() && url_detail::hex(url[i + 1]) && url_detail::hex(url[i + 2])))
                replacement = "%25";
            else if (c == '#' && in_fragment)
                replacement = "%23";
            in_fragment = in_fragment || c == '#';
            if (replacement.empty()) continue;
            escape(out_, url.substr(run, i - run), html_url_table);
            out_.append(replacement);
            run = i + 1;
        }
        escape(out_, url.substr(run), html_url_table);
        out_.push_back('"');
        if (!title.empty()) attribute("title", title);
        out_.push_back('>');
    }

    // Reports a link target that was not written.
    void refuse(std::string_view url, const source_span& span) {
        if (!options_.diagnostics) return;
        constexpr std::size_t shown = 80;
        std::size_t cut = url.size();
        if (cut > shown) {
            cut = shown;
            while (cut > 0 && (static_cast<unsigned char>(url[cut]) & 0xC0u) == 0x80u) --cut;
        }
        diagnostic d;
        d.level = severity::warning;
        d.code = "unsafe-url";
        d.where = span.begin;
        d.message = "link target \"";
        {
            output_sink message(d.message);
            escape(message, url.substr(0, cut), plain_text_table);
        }
        if (cut < url.size()) d.message += "...";
        d.message += "\" not written: only http, https, mailto and relative URLs are allowed";
        options_.diagnostics->push_back(std::move(d));
    }

    output_sink& out_;
    const html_options& options_;
    html_section_ids ids_;
    const std::string* pending_label_ = nullptr;  // a list item's label, for its first paragraph
    const void* open_link_ = nullptr;             // the link whose <a> is open
    std::size_t section_depth_ = 0;               // sections open around the current node
    bool run_in_ = false;                         // the current section's heading runs into its paragraph
    bool run_in_paragraph_ = false;               // the next paragraph is the one a heading runs into
    bool suppress_links_ = false;                 // inside the table of contents
};

}  // namespace detail

REPORTDOC_FUNC std::string_view html_stylesheet(html_theme theme, std::string_view language) noexcept {
    if (theme == html_theme::automatic)
        theme = detail::is_chinese(language) ? html_theme::official : html_theme::neutral;
    switch (theme) {
        case html_theme::official: return detail::official_stylesheet;
        case html_theme::neutral: return detail::neutral_stylesheet;
        default: return {};
    }
}

REPORTDOC_FUNC void render_html(const report& doc, output_sink& out, const html_options& options) {
    detail::html_writer(out, options).write(doc);
}

REPORTDOC_FUNC std::string render_html(const report& doc, const html_options& options) {
    std::string html;
    output_sink out(html);
    render_html(doc, out, options);
    return html;
}

}  // namespace reportdoc
