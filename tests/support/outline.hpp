// SPDX-License-Identifier: MIT
// A compact, exact, human-readable dump of a report's structure for tests:
// one line per node, indented by depth, text shown in full.
#pragma once

#include <reportdoc/model.hpp>
#include <reportdoc/walk.hpp>

#include <string>
#include <vector>

namespace reportdoc::testing {

inline std::string inline_text(const inline_list& inlines) {
    std::string out;
    for (const inline_node& n : inlines) {
        for (const_walker w(n); w.next();) {
            if (w.event() != walk_event::enter) continue;
            if (const text* t = w.node().as<text>()) out += t->content;
            if (const code* c = w.node().as<code>()) out += c->content;
            if (w.node().kind() == node_kind::line_break) out += "\\n";
        }
    }
    return out;
}

/// The body, front matter, closing, back matter and related links, one node per line:
///   section 1 [一、] 基本认识
///     paragraph 多年来……
///     list cjk-ordinal 1
///       item [第一,]
///         paragraph 创建文明城市是……
/// With `abbreviate` > 0, paragraph texts longer than that many characters show
/// as their first characters, "…", their last three characters and their length.
inline std::string outline(const report& doc, bool with_meta = true, std::size_t abbreviate = 0) {
    const auto shown = [abbreviate](const std::string& s) {
        if (abbreviate == 0) return s;
        std::vector<std::size_t> starts;  // character boundaries
        for (std::size_t i = 0; i < s.size(); ++i)
            if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80) starts.push_back(i);
        if (starts.size() <= abbreviate + 4) return s;
        return s.substr(0, starts[abbreviate]) + "…" + s.substr(starts[starts.size() - 3]) + " (" +
               std::to_string(starts.size()) + ")";
    };
    std::string out;
    if (with_meta) {
        const metadata& m = doc.meta;
        if (!m.title.empty()) out += "title: " + m.title + "\n";
        if (!m.subtitle.empty()) out += "subtitle: " + m.subtitle + "\n";
        for (const std::string& a : m.authors) out += "author: " + a + "\n";
        if (!m.date.empty()) out += "date: " + m.date.text + " = " + m.date.iso + "\n";
        if (!m.source.empty() || !m.source_url.empty()) out += "source: " + m.source + " " + m.source_url + "\n";
        if (!m.category.empty()) out += "category: " + m.category + "\n";
        if (!m.language.empty()) out += "language: " + m.language + "\n";
        for (const metadata_field& f : m.extra) out += "field: " + f.key + " = " + f.value + "\n";
    }
    for (const_walker w(doc); w.next();) {
        if (w.event() != walk_event::enter) continue;
        const node_ref n = w.node();
        const std::string indent(w.depth() > 1 ? 2 * (w.depth() - 2) : 0, ' ');
        switch (n.kind()) {
            case node_kind::front_matter:
            case node_kind::closing:
            case node_kind::back_matter:
                if (!n.as<block_list>() || !n.as<block_list>()->empty())
                    if (!n.as<std::vector<section>>() || !n.as<std::vector<section>>()->empty())
                        out += std::string(to_string(n.kind())) + ":\n";
                break;
            case node_kind::section: {
                const section* s = n.as<section>();
                out += indent + "section " + std::to_string(s->level) + " [" + s->label + "] " + inline_text(s->title);
                if (s->run_in) out += " (run-in)";
                if (s->role != section_role::none) out += " (" + std::string(to_string(s->role)) + ")";
                out += "\n";
                break;
            }
            case node_kind::heading: w.skip_children(); break;
            case node_kind::paragraph: {
                const paragraph* p = n.as<paragraph>();
                out += indent + "paragraph";
                if (p->role != paragraph_role::body) out += " (" + std::string(to_string(p->role)) + ")";
                out += " " + shown(inline_text(p->content)) + "\n";
                w.skip_children();
                break;
            }
            case node_kind::list: {
                const list* l = n.as<list>();
                out += indent + "list " + std::string(to_string(l->style)) + (l->ordered ? " " + std::to_string(l->start) : "") + "\n";
                break;
            }
            case node_kind::list_item: out += indent + "item [" + n.as<list_item>()->label + "]\n"; break;
            case node_kind::block_quote: out += indent + "quote\n"; break;
            case node_kind::preformatted: out += indent + "pre " + n.as<preformatted>()->content + "\n"; break;
            default: break;
        }
    }
    if (!doc.related.empty() || !doc.related_heading.empty()) {
        out += "related: " + doc.related_heading + "\n";
        for (const related_link& r : doc.related)
            out += "  " + r.title + (r.url.empty() ? "" : " <" + r.url + ">") + (r.date.empty() ? "" : " @ " + r.date.iso) + "\n";
    }
    return out;
}

}  // namespace reportdoc::testing
