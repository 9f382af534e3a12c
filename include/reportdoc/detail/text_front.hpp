// SPDX-License-Identifier: MIT
// The front of a report: header lines before the title (site name,
// breadcrumbs), the title (a repeated title is dropped), metadata lines,
// subtitle, date, byline, and the salutation that opens the body.
#pragma once

#include <reportdoc/detail/array_list.hpp>
#include <reportdoc/detail/dates.hpp>
#include <reportdoc/detail/string_match.hpp>
#include <reportdoc/detail/text_chrome.hpp>
#include <reportdoc/detail/text_metadata.hpp>
#include <reportdoc/detail/text_state.hpp>
#include <reportdoc/detail/text_units.hpp>
#include <reportdoc/detail/width.hpp>

#include <algorithm>
#include <string>
#include <string_view>
#include <utility>

namespace reportdoc::detail {

inline bool is_salutation(const text_line& l) {
    const std::string_view s = l.content;
    if (l.width > 120) return false;
    const utf8_char last = last_char(s);
    const bool colon = last.code_point == U':' || last.code_point == U'：';
    static constexpr std::string_view openings[] = {"尊敬的", "各位", "亲爱的", "同志们", "女士们", "朋友们", "老师们",
                                             "同学们", "Dear ", "To "};
    for (std::string_view o : openings)
        if (s.substr(0, o.size()) == o)
            return colon || (o == "Dear " && (last.code_point == U',' || last.code_point == U'，'));
    // "…同志们:" "…各位代表:" without a set opening
    if (!colon) return false;
    // and the addressees of an official notice: "各区县人民政府，市政府各部门，有关单位："
    static constexpr std::string_view endings[] = {"同志们", "代表", "委员", "朋友们", "来宾", "领导", "单位", "部门",
                                            "政府", "机关", "机构", "委员会", "企业", "学校"};
    const std::string_view body = s.substr(0, s.size() - last.length);
    for (std::string_view e : endings)
        if (body.size() >= e.size() && body.substr(body.size() - e.size()) == e)
            return l.width <= 80 || (l.width <= 160 && body.find("。") == std::string_view::npos);
    return false;
}

inline bool is_subtitle_start(std::string_view s) {
    return starts_with(s, "——") || starts_with(s, "――") || starts_with(s, "—") || starts_with(s, "--") ||
           starts_with(s, "－－");
}

// A loop, not std::find: one algorithm fewer to compile.
inline bool names_author(const metadata& meta, std::string_view name) {
    for (const std::string& a : meta.authors)
        if (a == name) return true;
    return false;
}

inline void apply_metadata(text_state& st, const array_list<meta_field>& fields) {
    for (const meta_field& f : fields) {
        switch (f.kind) {
            case meta_kind::date:
                if (st.doc.meta.date.empty()) st.doc.meta.date = date_value{f.value, f.iso};
                else st.doc.meta.extra.push_back(metadata_field{f.key, f.value});
                break;
            case meta_kind::author:
                // A byline and an Author line may name the same person. (A std::string made
                // here, as everywhere authors are added: each other argument type of
                // push_back would be one more growth routine to compile.)
                if (!f.value.empty() && !names_author(st.doc.meta, f.value))
                    st.doc.meta.authors.push_back(std::string(f.value));
                break;
            case meta_kind::category:
                if (st.doc.meta.category.empty()) st.doc.meta.category = f.value;
                else st.doc.meta.extra.push_back(metadata_field{f.key, f.value});
                break;
            case meta_kind::source: {
                std::string name = f.value;
                // "汇报北考网www.beiweimall.com": the category glued to the site name
                // printed in the page header.
                if (f.key.empty() && !st.site_name.empty() && name.size() > st.site_name.size() &&
                    name.compare(name.size() - st.site_name.size(), st.site_name.size(), st.site_name) == 0) {
                    if (st.doc.meta.category.empty()) st.doc.meta.category = name.substr(0, name.size() - st.site_name.size());
                    name = st.site_name;
                }
                if (st.doc.meta.source.empty() || st.doc.meta.source == name || st.doc.meta.source == st.site_name) {
                    st.doc.meta.source = name.empty() ? st.doc.meta.source : name;
                    if (!f.url.empty()) st.doc.meta.source_url = f.url;
                } else {
                    st.doc.meta.extra.push_back(metadata_field{f.key.empty() ? "source" : f.key, f.value + f.url});
                }
                break;
            }
            case meta_kind::other: st.doc.meta.extra.push_back(metadata_field{f.key, f.value}); break;
        }
    }
}

inline void read_salutation(text_state& st) {
    const std::size_t i = st.next_usable(st.body_begin, st.text.lines.size());
    if (i < st.text.lines.size() && is_salutation(st.line(i))) {
        st.doc.front_matter.push_back(st.make_paragraph(std::string(st.line(i).content), span_of(st.line(i), st.line(i)),
                                                   paragraph_role::salutation));
        st.skip[i] = 1;
        st.body_begin = i + 1;
    }
}

// The second line of a subtitle split in two: short, one phrase, and the first line not yet done.
inline bool continues_subtitle(std::string_view subtitle, const text_line& l) {
    for (std::string_view done : {"讲话", "报告", "发言", "致辞", "讲稿"})
        if (subtitle.size() >= done.size() && subtitle.substr(subtitle.size() - done.size()) == done) return false;
    return l.width <= 40 && metadata_detail::tokens(l.content).size() == 1 && !has_clause_punctuation(l.content);
}

// Line i and the lines run on from it (no blank between, none set in deeper) make one sentence
// or more, ended by a full stop on the last line only: a paragraph, hard-wrapped, perhaps with its
// first line indented. (Lines that each end a phrase, or a colon, are a title page's.)
inline bool wraps_a_sentence(const text_state& st, std::size_t i) {
    constexpr std::size_t max_lines = 12;  // bounds the look-ahead of each front line
    std::size_t last = i;
    while (!ends_sentence(st.line(last).content) && last + 1 < st.text.lines.size() && last - i < max_lines &&
           st.usable(last + 1) && st.line(last + 1).indent <= st.line(i).indent &&
           parse_metadata_line(st.line(last + 1).content).empty())
        ++last;
    switch (last_char(st.line(last).content).code_point) {
        case U'。': case U'.': case U'！': case U'!': case U'？': case U'?': return last > i;
        default: return false;
    }
}

/// Section titles that open the front matter of a document rather than name its title.
inline bool is_front_section_title(std::string_view s) {
    static constexpr word_list titles{{"Abstract", "ABSTRACT", "Status of This Memo", "Status of this Memo",
                                       "STATUS OF THIS MEMO", "Copyright Notice", "COPYRIGHT NOTICE", "Table of Contents",
                                       "TABLE OF CONTENTS", "Contents", "CONTENTS", "Executive Summary",
                                       "EXECUTIVE SUMMARY", "Summary", "Preface", "Foreword", "摘要", "内容摘要", "目录",
                                       "目 录", "前言"}};
    return titles.contains(s);
}

// "J. Smith", "A. B. Jones", "J. Smith, Ed.", "T. de Vries": initials, then a surname.
inline bool looks_like_initials_name(std::string_view s) {
    if (s.size() > 5 && ends_with(s, ", Ed.")) s.remove_suffix(5);
    std::size_t i = 0, initials = 0;
    while (i + 1 < s.size() && s[i] >= 'A' && s[i] <= 'Z' && s[i + 1] == '.') {
        ++initials;
        i += 2;
        if (i < s.size() && (s[i] == ' ' || s[i] == '-')) ++i;
    }
    if (initials == 0 || i >= s.size()) return false;
    const std::string_view surname = s.substr(i);
    return surname.size() >= 2 && surname.size() <= 30 && surname.find_first_of(".:,;") == std::string_view::npos;
}

// What the front block takes for a title when it stands on one line: no breadcrumb (page
// chrome), no whole sentence, not over 160 columns.
inline bool reads_as_title_line(std::string_view s) {
    const std::size_t width = display_width(s);
    return width <= 160 && !is_breadcrumb(s) && !(width > 20 && ends_sentence(s) && read_date(s).length != s.size());
}

// A site name that a source line gives back: "Source: Daily News", "来源:新华网 www.xinhuanet.com"
// (not "Source: > News", a breadcrumb).
inline bool reads_as_source(std::string_view name) {
    const std::string line = "Source: " + std::string(name);
    const array_list<meta_field> fields = parse_metadata_line(line);
    return fields.size() == 1 && fields[0].kind == meta_kind::source && !is_breadcrumb(line) &&
           (fields[0].url.empty() ? fields[0].value == name : fields[0].value + ' ' + fields[0].url == name);
}

// Line i set in after a blank (previous is the front line before it) under a front block whose
// first line stands at the margin: a byline, as Latin reports and the writer set their front matter.
inline bool set_in_under(const text_state& st, std::size_t block_first, std::size_t previous, std::size_t i) {
    return st.line(block_first).indent == 0 && st.line(i).indent > 0 && previous + 1 != i;
}

// The two columns of an RFC-style header line: left text, then at least three spaces, then right text.
inline std::pair<std::string_view, std::string_view> header_columns(const text_line& l) {
    if (l.indent >= 20) return {{}, l.content};
    const std::size_t gap = l.content.find("   ");
    if (gap == std::string_view::npos) return {l.content, {}};
    std::string_view right = l.content.substr(gap);
    while (!right.empty() && right.front() == ' ') right.remove_prefix(1);
    return {l.content.substr(0, gap), right};
}

// An RFC-style header block at the top: working group, RFC number and category
// on the left, authors, organisations and date on the right. Then a centred title.
inline bool read_header_block(text_state& st, std::size_t first) {
    const std::size_t n = st.text.lines.size();
    array_list<std::size_t> block;
    std::size_t two_columns = 0, aligned = 0;
    std::uint32_t right_edge = 0;  // where the first two-column line ends
    for (std::size_t i = first; i < n && st.usable(i); ++i) {
        const auto [left, right] = header_columns(st.line(i));
        if (!left.empty() && !right.empty()) {  // centred lines have no left column
            const std::uint32_t edge = st.line(i).indent + st.line(i).width;
            if (two_columns++ == 0) right_edge = edge;
            aligned += edge == right_edge ? 1 : 0;
        }
        block.push_back(i);
    }
    // The right column is set flush right: two lines that merely hold wide gaps are no header.
    if (two_columns < 2 || two_columns * 2 < block.size() || aligned < 2) return false;
    bool have_source = false;
    for (std::size_t i : block) {
        const auto [left, right] = header_columns(st.line(i));
        if (!left.empty()) {
            const std::size_t colon = left.find(':');
            if (colon != std::string_view::npos) {
                std::string_view key = left.substr(0, colon), value = left.substr(colon + 1);
                while (!value.empty() && value.front() == ' ') value.remove_prefix(1);
                if (key == "Category") st.doc.meta.category = std::string(value);
                else st.doc.meta.extra.push_back(metadata_field{std::string(key), std::string(value)});
            } else if (!have_source) {
                st.doc.meta.source = std::string(left);
                have_source = true;
            } else {
                st.doc.meta.extra.push_back(metadata_field{std::string(left), ""});
            }
        }
        if (!right.empty()) {
            const date_match d = read_date(right);
            if (d && d.length == right.size()) st.doc.meta.date = date_value{std::string(right), d.iso};
            else if (looks_like_initials_name(right)) st.doc.meta.authors.push_back(std::string(right));
            else st.doc.meta.extra.push_back(metadata_field{"organization", std::string(right)});
        }
        st.skip[i] = 1;
    }
    st.note("header-block", "document header block read into metadata", st.line(block.front()).start());

    // The centred title, possibly over several lines, then centred lines such as the draft name.
    std::size_t i = st.next_usable(block.back() + 1, n);
    bool title_done = false;
    while (i < n && st.line(i).indent >= 8 && !looks_like_prose(st.line(i)) && st.line(i).width <= 72) {
        const std::string_view s = st.line(i).content;
        if (starts_with(s, "draft-")) {  // the draft's file name, right under its title or not
            st.doc.meta.extra.push_back(metadata_field{"document", std::string(s)});
        } else if (!title_done) {
            append_wrapped(st.doc.meta.title, s);
        } else {
            append_wrapped(st.doc.meta.subtitle, s);
        }
        st.skip[i] = 1;
        const std::size_t next = st.next_usable(i + 1, n);
        if (next != i + 1) title_done = true;  // a blank line ends the title
        i = next;
    }
    st.body_begin = i;
    return true;
}

inline void read_front_matter(text_state& st) {
    const std::size_t n = st.text.lines.size();
    std::size_t i = st.next_usable(0, n);
    if (i < n && read_header_block(st, i)) return;
    // The front block: lines before the first that reads as body text. Lines set in after a blank
    // under a block at the margin (bylines, as the writer sets them) have a cap of their own: how
    // many of them are front matter must not depend on how many lines the title block took.
    constexpr std::size_t max_front_lines = 12;
    // Metadata lines have no cap of their own; the whole block has this one, so that
    // the questions asked of its lines in pairs below stay few.
    constexpr std::size_t max_front_block = 48;
    std::size_t margin_lines = 0, set_in_lines = 0;
    array_list<std::size_t> front;  // usable lines of the front block
    std::size_t body = n;
    bool underlined_title = false;  // then only metadata and date lines follow it in the front block
    bool front_has_metadata = false;
    while (i < n) {
        const text_line& l = st.line(i);
        if (front.size() >= max_front_block) {
            body = i;
            break;
        }
        const marker m = find_marker(l.content);
        const bool metadata = !parse_metadata_line(l.content).empty();
        if (underlined_title && !metadata && read_date(l.content).length != l.content.size()) {
            body = i;
            break;
        }
        // A line with clauses that runs on into the next is the text, hard-wrapped (it need not end
        // a sentence); under the metadata, any line with clauses is, and so is one whose clauses
        // start on the line it runs on into (wrapped before its first comma).
        const bool runs_on = i + 1 < n && st.usable(i + 1) && st.line(i + 1).width > 20;
        if (!front.empty() && !metadata && l.width > 30 &&
            ((has_clause_punctuation(l.content) && (runs_on || front_has_metadata)) ||
             (runs_on && has_clause_punctuation(st.line(i + 1).content) && front_has_metadata))) {
            body = i;
            break;
        }
        // An underlined line under the title heads the first section.
        const bool underlined = !front.empty() && i + 1 < n && st.usable(i + 1) && underline_char(st.line(i + 1), l);
        // Lines set in four columns deeper than the writer sets bylines, under a front block at the
        // margin, are an example (the writer's preformatted text), not more bylines.
        const bool set_in_line = !front.empty() && set_in_under(st, front[0], front.back(), i);
        std::size_t& count = set_in_line ? set_in_lines : margin_lines;
        const bool example = !front.empty() && st.line(front[0]).indent == 0 && l.indent >= 7 && i + 1 < n &&
                             st.usable(i + 1) && st.line(i + 1).indent >= 7;
        // A whole sentence is text, not a title ("Sentence one ends here."), and so is a wide line
        // wrapped into lines that end one.
        const bool sentence = l.width > 20 && ((ends_sentence(l.content) && read_date(l.content).length != l.content.size()) ||
                                               (!front.empty() && wraps_a_sentence(st, i)));
        if (!metadata && (underlined || sentence || example || is_salutation(l) || looks_like_prose(l) ||
                          is_front_section_title(l.content) ||
                          (m && m.shape != marker_shape::keyword && (m.shape != marker_shape::bullet || !is_subtitle_start(l.content))) ||
                          count >= max_front_lines || l.width > 160)) {
            body = i;
            break;
        }
        front.push_back(i);
        front_has_metadata = front_has_metadata || metadata;
        ++count;
        if (front.size() == 1 && i + 1 < n && st.usable(i + 1) && underline_char(st.line(i + 1), l)) {
            st.skip[i + 1] = 1;  // "Title" over "=====": the underline is the title's
            underlined_title = true;
            ++i;
        }
        i = st.next_usable(i + 1, n);
    }
    if (front.empty()) {  // the document starts with its body
        st.body_begin = body;
        read_salutation(st);
        return;
    }

    // Classify the front lines.
    enum class kind { plain, metadata, metadata_value, field, subtitle, date };
    array_list<kind> kinds(front.size(), kind::plain);
    array_list<array_list<meta_field>> fields(front.size());
    for (std::size_t k = 0; k < front.size(); ++k) {
        if (kinds[k] == kind::metadata_value) continue;
        const std::string_view s = st.line(front[k]).content;
        fields[k] = parse_metadata_line(s);
        if (!fields[k].empty()) {
            kinds[k] = kind::metadata;
            // A label alone on its line ("来源：") whose value is the next line ("四川日报").
            const text_line* next = k + 1 < front.size() && front[k] + 1 == front[k + 1] ? &st.line(front[k + 1]) : nullptr;
            if (fields[k].back().value.empty() && !fields[k].back().key.empty() && next && next->width <= 40 &&
                parse_metadata_line(next->content).empty() && !has_clause_punctuation(next->content)) {
                array_list<meta_field> joined = parse_metadata_line(std::string(s) + std::string(next->content));
                if (joined.size() == fields[k].size()) {
                    fields[k] = std::move(joined);
                    kinds[k + 1] = kind::metadata_value;
                    st.note("joined-metadata", "metadata label joined with its value on the next line: " + quote_for_message(s),
                            st.line(front[k]).start());
                }
            }
        } else if (std::string_view key, value; k > 0 && front[k - 1] + 1 == front[k] &&
                   (kinds[k - 1] == kind::metadata || kinds[k - 1] == kind::field) && split_field_line(s, key, value)) {
            kinds[k] = kind::field;  // "ISSN: 2070-1721" under "Date: … Author: …"
        } else if (is_subtitle_start(s)) {
            kinds[k] = kind::subtitle;
        } else if (date_match d = read_date(is_bracketed(s) ? unbracket(s) : s);
                   d && d.length == (is_bracketed(s) ? unbracket(s) : s).size()) {
            kinds[k] = kind::date;
        }
    }

    // The title: a line the page repeats; else the last plain line before the first
    // metadata line; else the last plain line. Plain lines before it are header lines.
    // A set-in line is under the title (a byline), not the title.
    const auto set_in = [&](std::size_t k) { return k > 0 && set_in_under(st, front[0], front[k - 1], front[k]); };
    // The repeat stands apart from the line (lines of one run are header lines, as the writer
    // sets them, or text) and at the margin (a set-in line is a byline).
    const auto apart = [&](std::size_t a, std::size_t b) {
        for (std::size_t k = a; k < b; ++k)
            if (front[k] + 1 != front[k + 1]) return true;
        return false;
    };
    std::size_t title = front.size();
    for (std::size_t a = 0; a < front.size() && title == front.size(); ++a)
        for (std::size_t b = a + 1; b < front.size() && !set_in(a); ++b)
            if (kinds[a] == kind::plain && !set_in(b) && apart(a, b) &&
                st.line(front[a]).content == st.line(front[b]).content) {
                title = a;
                break;
            }
    // A centred title page: the first line is the title, the plain lines under it subtitles.
    bool centred = true;
    for (const std::size_t k : front) centred = centred && st.line(k).indent >= 8;
    for (std::size_t k = 0; centred && k < front.size() && title == front.size(); ++k)
        if (kinds[k] == kind::plain) title = k;
    // Else the line above a subtitle ("——在…会议上的讲话").
    for (std::size_t k = 1; k < front.size() && title == front.size(); ++k)
        if (kinds[k] == kind::subtitle && kinds[k - 1] == kind::plain) title = k - 1;
    if (title == front.size()) {
        std::size_t first_meta = front.size();
        for (std::size_t k = 0; k < front.size(); ++k)
            if (kinds[k] == kind::metadata) {
                first_meta = k;
                break;
            }
        for (std::size_t k = 0; k < first_meta; ++k)
            if (kinds[k] == kind::plain && !set_in(k)) title = k;
        if (title == front.size())
            for (std::size_t k = 0; k < front.size(); ++k)
                if (kinds[k] == kind::plain) {
                    title = k;
                    break;
                }
    }

    // A title wrapped over adjacent lines (no blank between) is one title, as far as it still
    // reads as one on a line of its own, as the writer writes it.
    const auto reads_as_title = [&](std::size_t from, std::size_t to) {
        std::string t;
        for (std::size_t k = from; k <= to; ++k) append_wrapped(t, st.line(front[k]).content);
        return reads_as_title_line(t);
    };
    std::size_t title_end = title;  // last front index of the title
    if (title < front.size()) {
        while (title > 0 && kinds[title - 1] == kind::plain && front[title - 1] + 1 == front[title] &&
               !st.line(front[title]).page_break && reads_as_title(title - 1, title_end))
            --title;
        while (title_end + 1 < front.size() && kinds[title_end + 1] == kind::plain &&
               front[title_end] + 1 == front[title_end + 1] && st.line(front[title_end + 1]).width <= 60 &&
               !has_clause_punctuation(st.line(front[title_end + 1]).content) && reads_as_title(title, title_end + 1))
            ++title_end;
    }

    // Header lines before the title: the first short one names the site.
    std::size_t site_at = 0;  // where among the extra fields the site's line stood
    for (std::size_t k = 0; k < title && k < front.size(); ++k) {
        if (kinds[k] != kind::plain) continue;
        const std::string_view s = st.line(front[k]).content;
        if (st.site_name.empty() && st.line(front[k]).width <= 30 && !has_clause_punctuation(s)) {
            st.site_name = std::string(s);
            site_at = st.doc.meta.extra.size();
            st.note("header-line", "header line taken as the site name: " + quote_for_message(s), st.line(front[k]).start());
        } else {
            st.doc.meta.extra.push_back(metadata_field{"header", std::string(s)});
            st.note("header-line", "header line moved to metadata: " + quote_for_message(s), st.line(front[k]).start());
        }
    }
    if (title < front.size()) {
        std::string t;
        for (std::size_t k = title; k <= title_end; ++k) append_wrapped(t, st.line(front[k]).content);
        st.doc.meta.title = std::move(t);
    }

    // After the title: metadata, subtitles (possibly over two lines), dates, repeats and bylines.
    const bool have_title = title < front.size();
    bool in_subtitle = false;  // the previous front line was (part of) the subtitle
    for (std::size_t k = 0; k < front.size(); ++k) {
        // Plain lines before the title were header lines; metadata there is still metadata.
        if (k >= title && k <= title_end) continue;
        if (k < title && kinds[k] == kind::plain) continue;
        const text_line& l = st.line(front[k]);
        const std::string_view s = l.content;
        const bool adjacent = k > 0 && front[k - 1] + 1 == front[k];
        bool subtitle_line = false;
        switch (kinds[k]) {
            case kind::metadata: apply_metadata(st, fields[k]); break;
            case kind::metadata_value: break;
            case kind::field: {
                std::string_view key, value;
                split_field_line(s, key, value);
                st.doc.meta.extra.push_back(metadata_field{std::string(key), std::string(value)});
                break;
            }
            case kind::subtitle:
                st.doc.meta.subtitle = std::string(s);
                subtitle_line = true;
                break;
            case kind::date: {
                const std::string_view d = is_bracketed(s) ? unbracket(s) : s;
                if (st.doc.meta.date.empty()) st.doc.meta.date = date_value{std::string(d), read_date(d).iso};
                else st.doc.meta.extra.push_back(metadata_field{"date", std::string(s)});
                break;
            }
            case kind::plain:
                if (have_title && s == st.doc.meta.title) {
                    st.note("repeated-title", "repeated title removed: " + quote_for_message(s), l.start());
                } else if (in_subtitle && adjacent && continues_subtitle(st.doc.meta.subtitle, l)) {
                    append_wrapped(st.doc.meta.subtitle, s);  // a subtitle split over two lines
                    subtitle_line = false;  // and no more
                } else if ((is_bracketed(s) || centred) && st.doc.meta.subtitle.empty()) {
                    st.doc.meta.subtitle = std::string(s);
                } else {
                    // A speaker or office line under the title; its last word names the speaker.
                    st.doc.front_matter.push_back(st.make_paragraph(std::string(s), span_of(l, l), paragraph_role::byline));
                    const auto words = metadata_detail::tokens(s);
                    if (!words.empty() && words.back().size() >= 6 && words.back().size() <= 12 &&
                        is_cjk_char(decode_utf8(words.back(), 0).code_point))
                        apply_metadata(st, {meta_field{meta_kind::author, {}, std::string(words.back()), {}, {}}});
                }
                break;
        }
        in_subtitle = subtitle_line;
    }
    // The site names the source, unless a metadata line names another or a source line would not
    // read back as this name ("Source: 新华 网" is two fields): then its line stays a header line.
    if (!st.site_name.empty() && st.doc.meta.source.empty() && reads_as_source(st.site_name))
        st.doc.meta.source = st.site_name;
    else if (!st.site_name.empty() && st.doc.meta.source != st.site_name) {
        // Added at the end and swapped back to its place: std::vector::insert would be
        // one more shifting routine to compile, for a list of a few fields.
        auto& extra = st.doc.meta.extra;
        extra.push_back(metadata_field{"header", st.site_name});
        for (std::size_t k = extra.size() - 1; k > site_at; --k) std::swap(extra[k], extra[k - 1]);
    }
    // The site's line printed again is the site's too: kept, it would read back as the site.
    if (!st.site_name.empty() && st.doc.meta.source == st.site_name) {
        auto& extra = st.doc.meta.extra;
        std::size_t kept = 0;  // a loop, not std::remove_if: one algorithm fewer to compile
        for (std::size_t k = 0; k < extra.size(); ++k) {
            if (extra[k].key == "header" && extra[k].value == st.site_name) continue;
            if (k != kept) extra[kept] = std::move(extra[k]);
            ++kept;
        }
        while (extra.size() > kept) extra.pop_back();
    }
    for (std::size_t k : front) st.skip[k] = 1;
    st.body_begin = body;
    read_salutation(st);
}

}  // namespace reportdoc::detail
