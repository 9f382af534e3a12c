// SPDX-License-Identifier: MIT
// The end of a report: related-article lists, closing remarks with
// signature and date line, and back matter (attachments, notes, glossaries),
// each attachment with its own outline.
#pragma once

#include <reportdoc/detail/array_list.hpp>
#include <reportdoc/detail/dates.hpp>
#include <reportdoc/detail/string_match.hpp>
#include <reportdoc/detail/text_metadata.hpp>
#include <reportdoc/detail/text_outline.hpp>
#include <reportdoc/detail/text_units.hpp>

#include <string>
#include <string_view>
#include <utility>

namespace reportdoc::detail {

inline bool is_related_heading(std::string_view s) {
    if (!s.empty() && (s.back() == ':')) s.remove_suffix(1);
    if (ends_with(s, "：")) s.remove_suffix(3);
    static constexpr word_list headings{{"相关文章", "相关阅读", "推荐阅读", "相关推荐", "延伸阅读", "猜你喜欢", "热门文章",
                                         "相关新闻", "相关文章推荐", "Related articles", "Related Articles", "Related",
                                         "See also", "See Also", "Further reading"}};
    return headings.contains(s);
}

// The date of a related-article entry: after the title or before it, glued or
// spaced, bare or in brackets — 标题2023-06-12 08:30, 【2023-06-12】标题, 标题（2023-05-28）.
inline related_link read_related_entry(std::string_view s) {
    if (const marker m = find_marker(s); m && m.shape == marker_shape::bullet) s = s.substr(m.content);  // decoration
    s = trim_spaces(s);
    related_link link;
    const auto whole_date = [](std::string_view d, date_value& into) {
        const date_match m = read_date(trim_spaces(d));
        if (!m || m.length != trim_spaces(d).size()) return false;
        into = date_value{std::string(trim_spaces(d)), m.iso};
        return true;
    };
    constexpr std::pair<std::string_view, std::string_view> brackets[] = {
        {"（", "）"}, {"(", ")"}, {"【", "】"}, {"[", "]"}, {"〔", "〕"}};
    bool dated = false;
    for (const auto& [open, close] : brackets) {
        if (dated) break;
        if (s.size() > close.size() && s.substr(s.size() - close.size()) == close) {  // 标题（2023-05-28）
            const std::size_t at = s.rfind(open);
            if (at != std::string_view::npos && at > 0 &&
                whole_date(s.substr(at + open.size(), s.size() - close.size() - at - open.size()), link.date)) {
                s = trim_spaces(s.substr(0, at));
                dated = true;
            }
        }
        if (!dated && s.substr(0, open.size()) == open) {  // 【2023-06-12】标题
            const std::size_t at = s.find(close);
            if (at != std::string_view::npos && at + close.size() < s.size() &&
                whole_date(s.substr(open.size(), at - open.size()), link.date)) {
                s = trim_spaces(s.substr(at + close.size()));
                dated = true;
            }
        }
    }
    if (!dated) {
        date_match date;
        const std::size_t at = find_trailing_date(s, date);
        if (at != std::string_view::npos && at > 0) {
            link.date = date_value{std::string(s.substr(at, date.length)), std::move(date.iso)};
            s = trim_spaces(s.substr(0, at));
        } else if (date_match lead = read_date(s); lead && lead.length < s.size()) {
            link.date = date_value{std::string(s.substr(0, lead.length)), std::move(lead.iso)};
            s = trim_spaces(s.substr(lead.length));
        }
    }
    if (const std::size_t url = find_site_address(s); url != std::string_view::npos && url > 0) {
        link.url = std::string(s.substr(url));
        s = trim_spaces(s.substr(0, url));
    }
    link.title = std::string(s);
    return link;
}

inline void read_related_links(text_state& st) {
    const std::size_t n = st.body_end;
    // The last related heading after which every line reads as a link entry;
    // a few hundred entries at most, and no prose among them.
    constexpr std::size_t most_entries = 500;
    std::size_t heading = n, seen = 0;
    for (std::size_t i = n; i-- > st.body_begin;) {
        if (!st.usable(i)) continue;
        if (is_related_heading(st.line(i).content)) {
            heading = i;
            break;
        }
        const text_line& l = st.line(i);
        if (++seen > most_entries || l.width > 160 || (looks_like_prose(l) && (l.width > 100 || ends_sentence(l.content))))
            return;
    }
    if (heading == n) return;
    array_list<std::size_t> entries;
    for (std::size_t i = heading + 1; i < n; ++i)
        if (st.usable(i)) entries.push_back(i);
    if (entries.empty()) {
        st.drop(heading, "page-chrome", "empty related-links heading");
        st.body_end = heading;
        return;
    }
    st.doc.related_heading = std::string(st.line(heading).content);
    st.skip[heading] = 1;
    for (std::size_t i : entries) {
        st.doc.related.push_back(read_related_entry(st.line(i).content));
        st.skip[i] = 1;
    }
    st.body_end = heading;
}

// The length of "附件：" or "附件:" when s starts with it; 0 otherwise.
inline std::size_t attachment_note_label(std::string_view s) {
    for (std::string_view label : {std::string_view("附件："), std::string_view("附件:")})
        if (s.substr(0, label.size()) == label) return label.size();
    return 0;
}

// 附件1 / 附件：检查表 / Appendix A. Data / 注释 / 名词解释 at the start of a line.
inline section_role back_matter_role(const text_line& l, marker& m) {
    const std::string_view s = l.content;
    // The keywords that open back matter (附件 附录 Appendix Annex) start with 附 or A:
    // the marker search, run on every line of the body, is spared the others.
    m = starts_with(s, "附") || starts_with(s, "A") ? find_marker(s) : marker{};
    if (m && m.shape == marker_shape::keyword && (m.tag == U'附' || m.tag == U'录' || m.tag == U'A' || m.tag == U'N')) {
        const std::string_view rest = s.substr(m.content);
        // "附件：1.检查表 2.名单" lists attachments inside the body.
        if (find_marker(rest) || has_clause_punctuation(rest) || l.width > 60) return section_role::none;
        return section_role::appendix;
    }
    std::string_view word = s;
    if (!word.empty() && word.back() == ':') word.remove_suffix(1);
    if (ends_with(word, "：")) word.remove_suffix(3);
    section_role role = section_role::none;
    if (word.size() > 12) return role;  // longer than every word below: most lines stop here
    if (word == "注释" || word == "注" || word == "注解" || word == "Notes" || word == "NOTES") role = section_role::notes;
    if (word == "名词解释" || word == "术语解释" || word == "Glossary" || word == "GLOSSARY") role = section_role::glossary;
    if (role != section_role::none) m = find_marker(s);
    return role;
}

// The last line that starts a numbered attachment (附件1, 附件二), or npos.
inline std::size_t last_numbered_attachment(const text_state& st) {
    for (std::size_t j = st.body_end; j-- > st.body_begin;) {
        if (!st.usable(j) || !starts_with(st.line(j).content, "附")) continue;
        const marker m = find_marker(st.line(j).content);
        if (m && m.shape == marker_shape::keyword && m.tag == U'附' && m.style != numbering_style::none) return j;
    }
    return std::string_view::npos;
}

inline void read_back_matter(text_state& st) {
    const std::size_t numbered_attachment = last_numbered_attachment(st);
    array_list<std::size_t> starts;  // the lines; each one's role is found again below
    for (std::size_t i = st.body_begin; i < st.body_end; ++i) {
        if (!st.usable(i)) continue;
        marker m;
        const section_role role = back_matter_role(st.line(i), m);
        // "附件：" alone over "1．…" lines is the attachment note of the closing, not an attachment.
        if (role == section_role::appendix && attachment_note_label(st.line(i).content) == st.line(i).content.size()) {
            const std::size_t next = st.next_usable(i + 1, st.body_end);
            const marker item = next < st.body_end ? find_marker(st.line(next).content) : marker{};
            if (item && item.style == numbering_style::arabic) continue;
        }
        if (role == section_role::none) {
            // After an appendix, "Authors' Addresses" or "Index" is back matter of its own.
            if (!starts.empty() && st.line(i).indent == 0 && is_top_level_title(st.line(i).content))
                starts.push_back(i);
            continue;
        }
        if (st.next_usable(i + 1, st.body_end) == st.body_end && st.line(i).content.size() == m.length) continue;  // nothing follows
        // "附件：检查表" above the signature, with 附件1 itself further on, names the attachment.
        if (role == section_role::appendix && starts.empty() && m.style == numbering_style::none && m.tag == U'附' &&
            numbered_attachment != std::string_view::npos && numbered_attachment > i)
            continue;
        starts.push_back(i);
    }
    if (starts.empty()) return;
    const std::size_t end = st.body_end;
    deferred_layout document_layout(st, st.body_begin, end);
    st.body_end = starts.front();
    for (std::size_t k = 0; k < starts.size(); ++k) {
        const std::size_t at = starts[k];
        const std::size_t stop = k + 1 < starts.size() ? starts[k + 1] : end;
        const text_line& l = st.line(at);
        section s;
        s.level = 1;
        marker m;
        s.role = back_matter_role(l, m);
        s.span = span_of(l, l);
        std::size_t content_from = at + 1;
        if (at + 1 < stop && st.usable(at + 1) && underline_char(st.line(at + 1), l)) {  // "Notes" over "====="
            st.skip[at + 1] = 1;
            content_from = at + 2;
        }
        if (s.role == section_role::appendix) {
            s.label = std::string(l.content.substr(0, m.length));
            s.style = m.style;
            s.ordinal = m.ordinal;
            std::string_view title = l.content.substr(m.content);
            if (title.empty()) {
                // The title on the next line: 附件1 / 检查验收评分表
                const std::size_t next = st.next_usable(at + 1, stop);
                if (next < stop && st.line(next).width <= 80 && !has_clause_punctuation(st.line(next).content) &&
                    !find_marker(st.line(next).content)) {
                    title = st.line(next).content;
                    st.skip[next] = 1;
                    content_from = next + 1;
                }
            }
            if (!title.empty()) s.title = st.text_content(std::string(title), span_of(l, l));
        } else {
            s.title = st.text_content(std::string(l.content), span_of(l, l));
        }
        st.skip[at] = 1;
        unit_list units = assemble(st, content_from, stop, &document_layout);
        build_outline(st, std::move(units), s.children, 1);
        st.doc.back_matter.push_back(std::move(s));
    }
}

inline bool is_thanks(std::string_view s) {
    static constexpr std::string_view words[] = {"谢谢", "感谢", "Thank you", "Thanks", "特此报告", "特此通知", "特此函告",
                                          "特此说明", "以上报告", "妥否", "请审议", "请批示", "请予审议"};
    for (std::string_view w : words)
        if (s.find(w) != std::string_view::npos) return true;
    return false;
}

// Units [first, last) as "附件：" and a list of the attachments' names.
inline void read_attachment_note(text_state& st, const unit_list& units, std::size_t first, std::size_t last) {
    const text_unit& head = units[first];
    const std::size_t label = attachment_note_label(head.text);
    const std::string_view named = std::string_view(head.text).substr(label);
    if (!named.empty() && !find_marker(named)) {  // 附件：检查表, one attachment named in the line
        st.doc.closing.push_back(st.make_paragraph(head.text, head.span()));
        return;
    }
    st.doc.closing.push_back(st.make_paragraph(head.text.substr(0, label), {head.span().begin, units.first_line_end(head)}));
    list items;
    items.ordered = true;
    for (std::size_t u = first; u < last; ++u) {
        std::string_view s = units[u].text;
        if (u == first) s.remove_prefix(label);
        if (s.empty()) continue;  // the label alone on its line
        const marker m = find_marker(s);
        if (items.items.empty()) {
            items.style = m.style;
            items.start = m.ordinal;
        }
        const source_span span = units[u].span();
        list_item item;
        item.label = std::string(s.substr(0, m.length));
        item.span = span;
        item.children.push_back(st.make_paragraph(std::string(s.substr(m.content)), span));
        items.items.push_back(std::move(item));
    }
    items.span = {head.span().begin, units[last - 1].span().end};
    st.doc.closing.push_back(std::move(items));
}

inline void read_closing(text_state& st, unit_list& units) {
    // Unit index and role, from the last unit up: a date, three signatures and thanks
    // at most (an array of a plain struct: a vector, or std::pair, would be more to compile).
    struct {
        std::size_t index;
        paragraph_role role;
    } closing[5];
    std::size_t closings = 0;
    std::size_t k = units.size();
    // The date line, then signature lines above it.
    if (k > 0) {
        const text_unit& u = units[k - 1];
        const std::string_view s = is_bracketed(u.text) ? unbracket(u.text) : std::string_view(u.text);
        const date_match d = read_date(s);
        if (u.first == u.last && d && d.length == s.size()) {
            closing[closings++] = {--k, paragraph_role::date_line};
            for (int signatures = 0; k > 0 && signatures < 3; ++signatures) {
                const text_unit& sig = units[k - 1];
                if (sig.first != sig.last || sig.width > 50 || has_clause_punctuation(sig.text) || units.mark(sig) ||
                    is_thanks(sig.text))
                    break;
                closing[closings++] = {--k, paragraph_role::signature};
            }
        }
    }
    // "附件：1．…" with the further items under it: the attachment note above the signature.
    std::size_t note = k;
    if (closings > 0) {
        std::size_t j = k;
        while (j > 0 && units.mark(units[j - 1]) && units.mark(units[j - 1]).style == numbering_style::arabic &&
               !has_clause_punctuation(std::string_view(units[j - 1].text).substr(units.mark(units[j - 1]).content)))
            --j;
        // The label and its items: on one line, or the label alone over them; or one attachment named.
        if (j > 0 && attachment_note_label(units[j - 1].text) != 0) {
            const std::string_view rest = std::string_view(units[j - 1].text).substr(attachment_note_label(units[j - 1].text));
            const bool items = rest.empty() ? j < k : static_cast<bool>(find_marker(rest));
            if (items || (j == k && !rest.empty() && !has_clause_punctuation(rest))) note = j - 1;
        }
    }
    if (note == k && k > 0 && units[k - 1].width <= 120 && is_thanks(units[k - 1].text) && !units.mark(units[k - 1]))
        closing[closings++] = {--k, paragraph_role::closing};
    if (note < k) {
        read_attachment_note(st, units, note, k);
        k = note;
    }
    while (closings > 0) {
        const auto& [index, role] = closing[--closings];
        const text_unit& u = units[index];
        st.doc.closing.push_back(st.make_paragraph(u.text, u.span(), role));
    }
    units.truncate(k);
}

}  // namespace reportdoc::detail
