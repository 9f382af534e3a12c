// SPDX-License-Identifier: MIT
// The plain-text reader. Stages, in order:
//   1. lines        split, repair, measure (text_lines.hpp)
//   2. chrome       scraper furniture removed or moved to metadata
//   3. front        header lines, title, metadata, subtitle, byline, salutation
//   4. related      a trailing list of related articles
//   5. back         attachments, notes, glossaries
//   6. units        lines assembled into paragraphs-to-be per layout; broken
//                   paragraphs rejoined
//   7. closing      thanks, signature and date line at the end of the body
//   8. outline      markers become sections and list items, by family and sequence
#pragma once

#include <reportdoc/text_reader.hpp>
#include <reportdoc/detail/dates.hpp>
#include <reportdoc/detail/markers.hpp>
#include <reportdoc/detail/text_lines.hpp>
#include <reportdoc/detail/text_metadata.hpp>

#include <algorithm>
#include <array>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace reportdoc::detail {

/// One paragraph-to-be: lines joined per the layout.
struct text_unit {
    std::size_t first = 0;  ///< Index of the first line.
    std::size_t last = 0;   ///< Index of the last line.
    std::string text;
    marker mark;
    bool blank_before = true;  ///< A blank line, a page break or the start of the region precedes it.
    std::uint32_t width = 0;   ///< Display columns of the joined text.
};

/// A family of markers numbering one kind of sibling sequence.
struct family_key {
    numbering_style style = numbering_style::none;
    marker_shape shape = marker_shape::bullet;
    char32_t tag = 0;
    friend bool operator==(const family_key& a, const family_key& b) {
        return a.style == b.style && a.shape == b.shape && a.tag == b.tag;
    }
    friend bool operator!=(const family_key& a, const family_key& b) { return !(a == b); }
};

/// The family of unnumbered headings (short unpunctuated lines).
inline constexpr family_key unnumbered_family{numbering_style::none, marker_shape::bare, U'U'};

/// Whether a family's markers are headings, list items, or either by shape.
enum class family_role : std::uint8_t { heading, list, either };

inline family_key family_of(const marker& m) {
    // "1." is the first level of the dotted-path family 1.1, 1.1.1.
    if (m.style == numbering_style::arabic && m.shape == marker_shape::suffix && m.tag == U'.')
        return {numbering_style::dotted_path, marker_shape::bare, U'.'};
    // 附件 numbered 1, 一 or A is one family.
    if (m.shape == marker_shape::keyword) return {numbering_style::none, marker_shape::keyword, m.tag};
    return {m.style, m.shape, m.tag};
}

inline family_role role_of(const marker& m) {
    switch (m.shape) {
        case marker_shape::ordinal: return m.tag == U',' ? family_role::list : family_role::heading;
        case marker_shape::ordinal_word:
        case marker_shape::sequence_word:
        case marker_shape::bullet: return family_role::list;
        case marker_shape::keyword: return family_role::heading;
        default: break;
    }
    switch (m.style) {
        case numbering_style::cjk_ideographic:
        case numbering_style::cjk_parenthesized: return family_role::heading;
        default: return family_role::either;
    }
}

inline bool is_latin_letter_run(std::string_view s) {
    bool any = false;
    for (char c : s) {
        if (static_cast<unsigned char>(c) >= 0x80) return false;
        any = any || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
    return any;
}

class text_reader {
public:
    text_reader(std::string_view input, const text_options& options) : input_(input), opt_(options) {}

    parse_result<report> run() {
        if (input_.size() > opt_.limits.max_input_size) {
            error("limit-input-size",
                  "input of " + std::to_string(input_.size()) + " bytes exceeds max_input_size (" +
                      std::to_string(opt_.limits.max_input_size) + ")",
                  {});
            return parse_result<report>(std::move(diags_));
        }
        text_ = split_lines(input_, opt_.tab_width, diags_);
        skip_.assign(text_.lines.size(), 0);
        body_begin_ = 0;
        body_end_ = text_.lines.size();

        if (opt_.page_chrome) remove_chrome();
        if (opt_.front_matter) read_front_matter();
        if (opt_.related_links) read_related_links();
        if (opt_.back_matter) read_back_matter();

        std::vector<text_unit> units = assemble(body_begin_, body_end_);
        if (opt_.closing) read_closing(units);
        build_outline(units, doc_.body, 0);
        detect_language();

        if (nodes_ > opt_.limits.max_nodes) {
            error("limit-nodes", "the document has more than max_nodes (" + std::to_string(opt_.limits.max_nodes) + ") nodes", {});
        }
        std::stable_sort(diags_.begin(), diags_.end(), [](const diagnostic& a, const diagnostic& b) {
            return a.where.line != b.where.line ? a.where.line < b.where.line : a.where.column < b.where.column;
        });
        if (opt_.strict)
            for (diagnostic& d : diags_) d.level = severity::error;
        for (const diagnostic& d : diags_)
            if (d.level == severity::error) return parse_result<report>(std::move(diags_));
        return parse_result<report>(std::move(doc_), std::move(diags_));
    }

private:
    // ----- diagnostics -------------------------------------------------------

    void report_at(severity level, std::string_view code, std::string message, source_position where) {
        diags_.push_back(diagnostic{level, code, std::move(message), where});
    }
    void note(std::string_view code, std::string message, source_position where) {
        report_at(severity::note, code, std::move(message), where);
    }
    void warning(std::string_view code, std::string message, source_position where) {
        report_at(severity::warning, code, std::move(message), where);
    }
    void error(std::string_view code, std::string message, source_position where) {
        report_at(severity::error, code, std::move(message), where);
    }
    static std::string quoted(std::string_view s) {
        std::string out = "\"";
        out.append(s.substr(0, 200));
        if (s.size() > 200) out += "…";
        out += '"';
        return out;
    }

    // ----- lines -------------------------------------------------------------

    const text_line& line(std::size_t i) const { return text_.lines[i]; }
    bool usable(std::size_t i) const { return !skip_[i] && !line(i).blank(); }
    // The next usable line at or after i, before end; end when none.
    std::size_t next_usable(std::size_t i, std::size_t end) const {
        while (i < end && !usable(i)) ++i;
        return i;
    }
    void drop(std::size_t i, std::string_view code, std::string_view what) {
        skip_[i] = 1;
        note(code, std::string(what) + " removed: " + quoted(line(i).content), line(i).start());
    }
    static source_span span_of(const text_line& first, const text_line& last) { return {first.start(), last.end()}; }

    inline_list text_content(std::string s, source_span span) {
        ++nodes_;
        inline_list content;
        content.push_back(text{std::move(s), span});
        return content;
    }
    block make_paragraph(std::string s, source_span span, paragraph_role role = paragraph_role::body) {
        ++nodes_;
        paragraph p;
        p.content = text_content(std::move(s), span);
        p.role = role;
        p.span = span;
        return p;
    }

    // ----- 2. chrome ---------------------------------------------------------

    static bool is_toolbar_word(std::string_view w) {
        // Brackets and a trailing colon do not change what a toolbar button is.
        while (w.substr(0, 3) == "【" || w.substr(0, 3) == "［" || w.substr(0, 1) == "[") w.remove_prefix(w[0] == '[' ? 1 : 3);
        while (w.size() >= 3 && (w.substr(w.size() - 3) == "】" || w.substr(w.size() - 3) == "］" || w.substr(w.size() - 3) == "："))
            w.remove_suffix(3);
        while (!w.empty() && (w.back() == ']' || w.back() == ':')) w.remove_suffix(1);
        constexpr std::string_view words[] = {
            "分享到", "分享", "微信", "微博", "QQ", "QQ空间", "朋友圈", "打印", "打印本页", "打印此页", "关闭",
            "关闭窗口", "关闭本页", "收藏", "加入收藏", "返回顶部", "扫一扫", "复制链接", "纠错", "我要纠错", "保存",
            "上一篇", "下一篇", "返回", "返回首页", "手机版", "分享至", "点赞",
        };
        return std::find(std::begin(words), std::end(words), w) != std::end(words);
    }

    static bool is_font_widget(std::string_view s) {
        // 【字体:大 中 小】, 字号：大 中 小, [字体：小 中 大]
        return (s.find("字体") != std::string_view::npos || s.find("字号") != std::string_view::npos) &&
               s.find("大") != std::string_view::npos && s.find("小") != std::string_view::npos && s.size() <= 60;
    }

    static bool is_breadcrumb(std::string_view s) {
        const bool starts = s.substr(0, 6) == "首页" || s.substr(0, 12) == "当前位置" || s.substr(0, 12) == "您的位置" ||
                            s.substr(0, 18) == "您现在的位置" || s.substr(0, 4) == "Home";
        std::size_t separators = 0;
        for (std::string_view sep : {std::string_view(" > "), std::string_view(">"), std::string_view("»"),
                                     std::string_view("›"), std::string_view("＞"), std::string_view("→")})
            for (std::size_t at = s.find(sep); at != std::string_view::npos; at = s.find(sep, at + sep.size())) ++separators;
        return separators >= 1 && (starts || separators >= 2) && s.size() <= 240;
    }

    static bool is_photo_caption(std::string_view s) {
        // "（记者 张三 摄）", "图为…。新华社记者 李四 摄"
        const std::string_view trimmed = s.substr(0, s.size() >= 3 && (s.substr(s.size() - 3) == "）") ? s.size() - 3
                                                     : !s.empty() && s.back() == ')'                  ? s.size() - 1
                                                                                                      : s.size());
        if (trimmed.size() < 3 || trimmed.substr(trimmed.size() - 3) != "摄") return false;
        return s.find("记者") != std::string_view::npos || s.find("摄影") != std::string_view::npos ||
               s.find("图为") != std::string_view::npos || s.find("供图") != std::string_view::npos || s.size() <= 45;
    }

    static bool is_empty_trailer(std::string_view s) {
        constexpr std::string_view trailers[] = {"相关报道", "相关文档", "相关链接", "相关附件", "附件下载", "相关新闻"};
        for (std::string_view t : trailers)
            if (s == t || (s.substr(0, t.size()) == t && (s.substr(t.size()) == ":" || s.substr(t.size()) == "：")))
                return true;
        return false;
    }

    void remove_chrome() {
        const std::size_t n = text_.lines.size();
        constexpr std::size_t longest_chrome = 240;  // bytes: chrome is short, and prose is not scanned twice
        std::vector<std::size_t> single_chars;  // usable lines of one character, for split widgets
        for (std::size_t i = 0; i < n; ++i) {
            if (!usable(i) || line(i).content.size() > longest_chrome) continue;
            const std::string_view s = line(i).content;
            if (line(i).chars == 1) single_chars.push_back(i);
            if (is_font_widget(s)) {
                drop(i, "page-chrome", "font-size widget");
                continue;
            }
            if (is_breadcrumb(s)) {
                skip_[i] = 1;
                doc_.meta.extra.push_back(metadata_field{"breadcrumb", std::string(s)});
                note("page-chrome", "breadcrumb moved to metadata: " + quoted(s), line(i).start());
                continue;
            }
            const auto words = metadata_detail::tokens(s);
            if (!words.empty() && std::all_of(words.begin(), words.end(), is_toolbar_word)) {
                drop(i, "page-chrome", "toolbar");
                continue;
            }
            if (is_photo_caption(s) && line(i).width <= 120) {
                drop(i, "page-chrome", "photo caption");
                continue;
            }
            // 责任编辑/编辑 lines anywhere are metadata printed in the page's footer.
            if (s.substr(0, 12) == "责任编辑" || s.substr(0, 6) == "编辑" || s.substr(0, 6) == "审核") {
                std::vector<meta_field> fields = parse_metadata_line(s);
                if (!fields.empty() && line(i).width <= 80) {
                    for (meta_field& f : fields) doc_.meta.extra.push_back(metadata_field{f.key, f.value});
                    skip_[i] = 1;
                    note("page-chrome", "editor line moved to metadata: " + quoted(s), line(i).start());
                    continue;
                }
            }
            // A one-word label whose value sits on the next line: "来源:" then "四川日报".
            if (is_empty_trailer(s)) {
                const std::size_t next = next_usable(i + 1, n);
                if (next == n || is_empty_trailer(line(next).content)) {
                    drop(i, "page-chrome", "empty trailer");
                    continue;
                }
            }
        }
        // A widget's words split one per line: 大 / 中 / 小.
        for (std::size_t k = 0; k + 2 < single_chars.size(); ++k) {
            const std::size_t a = single_chars[k], b = single_chars[k + 1], c = single_chars[k + 2];
            if (line(a).content == "大" && line(b).content == "中" && line(c).content == "小" &&
                next_usable(a + 1, n) == b && next_usable(b + 1, n) == c) {
                drop(a, "page-chrome", "font-size widget");
                drop(b, "page-chrome", "font-size widget");
                drop(c, "page-chrome", "font-size widget");
            }
        }
    }

    // ----- 3. front matter ---------------------------------------------------

    static bool is_salutation(const text_line& l) {
        const std::string_view s = l.content;
        if (l.width > 120) return false;
        const utf8_char last = last_char(s);
        const bool colon = last.code_point == U':' || last.code_point == U'：';
        constexpr std::string_view openings[] = {"尊敬的", "各位", "亲爱的", "同志们", "女士们", "朋友们", "老师们",
                                                 "同学们", "Dear ", "To "};
        for (std::string_view o : openings)
            if (s.substr(0, o.size()) == o)
                return colon || (o == "Dear " && (last.code_point == U',' || last.code_point == U'，'));
        // "…同志们:" "…各位代表:" without a set opening
        if (!colon) return false;
        constexpr std::string_view endings[] = {"同志们", "代表", "委员", "朋友们", "来宾", "领导"};
        const std::string_view body = s.substr(0, s.size() - last.length);
        for (std::string_view e : endings)
            if (body.size() >= e.size() && body.substr(body.size() - e.size()) == e) return l.width <= 80;
        return false;
    }

    // A line of running text: punctuated within, and long, or finished, or indented as a paragraph.
    bool looks_like_prose(const text_line& l) const {
        return has_clause_punctuation(l.content) && (l.width > 60 || ends_sentence(l.content) || l.indent > 0);
    }

    static bool is_subtitle_start(std::string_view s) {
        return s.substr(0, 6) == "——" || s.substr(0, 6) == "――" || s.substr(0, 3) == "—" || s.substr(0, 2) == "--" ||
               s.substr(0, 6) == "－－";
    }

    static bool is_bracketed(std::string_view s) {
        return (s.substr(0, 3) == "（" && s.size() >= 6 && s.substr(s.size() - 3) == "）") ||
               (s.substr(0, 1) == "(" && s.size() >= 2 && s.back() == ')');
    }
    static std::string_view unbracket(std::string_view s) {
        if (s.substr(0, 3) == "（") return s.substr(3, s.size() - 6);
        return s.substr(1, s.size() - 2);
    }

    void apply_metadata(const std::vector<meta_field>& fields) {
        for (const meta_field& f : fields) {
            switch (f.kind) {
                case meta_kind::date:
                    if (doc_.meta.date.empty()) doc_.meta.date = date_value{f.value, f.iso};
                    else doc_.meta.extra.push_back(metadata_field{f.key, f.value});
                    break;
                case meta_kind::author:
                    if (!f.value.empty()) doc_.meta.authors.push_back(f.value);
                    break;
                case meta_kind::category:
                    if (doc_.meta.category.empty()) doc_.meta.category = f.value;
                    else doc_.meta.extra.push_back(metadata_field{f.key, f.value});
                    break;
                case meta_kind::source: {
                    std::string name = f.value;
                    // "汇报北考网www.beiweimall.com": the category glued to the site name
                    // printed in the page header.
                    if (f.key.empty() && !site_name_.empty() && name.size() > site_name_.size() &&
                        name.compare(name.size() - site_name_.size(), site_name_.size(), site_name_) == 0) {
                        if (doc_.meta.category.empty()) doc_.meta.category = name.substr(0, name.size() - site_name_.size());
                        name = site_name_;
                    }
                    if (doc_.meta.source.empty() || doc_.meta.source == name || doc_.meta.source == site_name_) {
                        doc_.meta.source = name.empty() ? doc_.meta.source : name;
                        if (!f.url.empty()) doc_.meta.source_url = f.url;
                    } else {
                        doc_.meta.extra.push_back(metadata_field{f.key.empty() ? "source" : f.key, f.value + f.url});
                    }
                    break;
                }
                case meta_kind::other: doc_.meta.extra.push_back(metadata_field{f.key, f.value}); break;
            }
        }
    }

    void read_front_matter() {
        const std::size_t n = text_.lines.size();
        // The front block: lines before the first that reads as body text.
        constexpr std::size_t max_front_lines = 12;
        std::vector<std::size_t> front;  // usable lines of the front block
        std::size_t i = next_usable(0, n);
        std::size_t body = n;
        while (i < n) {
            const text_line& l = line(i);
            const marker m = find_marker(l.content);
            const bool metadata = !parse_metadata_line(l.content).empty();
            if (!metadata && (is_salutation(l) || looks_like_prose(l) ||
                              (m && m.shape != marker_shape::keyword && m.shape != marker_shape::bullet) ||
                              front.size() >= max_front_lines || l.width > 160)) {
                body = i;
                break;
            }
            front.push_back(i);
            i = next_usable(i + 1, n);
        }
        if (front.empty()) {  // the document starts with its body
            body_begin_ = body;
            read_salutation();
            return;
        }

        // Classify the front lines.
        enum class kind { plain, metadata, subtitle, date };
        std::vector<kind> kinds(front.size(), kind::plain);
        std::vector<std::vector<meta_field>> fields(front.size());
        for (std::size_t k = 0; k < front.size(); ++k) {
            const std::string_view s = line(front[k]).content;
            fields[k] = parse_metadata_line(s);
            if (!fields[k].empty()) {
                kinds[k] = kind::metadata;
            } else if (is_subtitle_start(s)) {
                kinds[k] = kind::subtitle;
            } else if (date_match d = read_date(is_bracketed(s) ? unbracket(s) : s);
                       d && d.length == (is_bracketed(s) ? unbracket(s) : s).size()) {
                kinds[k] = kind::date;
            }
        }

        // The title: a line the page repeats; else the last plain line before the first
        // metadata line; else the last plain line. Plain lines before it are header lines.
        std::size_t title = front.size();
        for (std::size_t a = 0; a < front.size() && title == front.size(); ++a)
            for (std::size_t b = a + 1; b < front.size(); ++b)
                if (kinds[a] == kind::plain && line(front[a]).content == line(front[b]).content) {
                    title = a;
                    break;
                }
        if (title == front.size()) {
            std::size_t first_meta = front.size();
            for (std::size_t k = 0; k < front.size(); ++k)
                if (kinds[k] == kind::metadata) {
                    first_meta = k;
                    break;
                }
            for (std::size_t k = 0; k < first_meta; ++k)
                if (kinds[k] == kind::plain) title = k;
            if (title == front.size())
                for (std::size_t k = 0; k < front.size(); ++k)
                    if (kinds[k] == kind::plain) {
                        title = k;
                        break;
                    }
        }

        // A title wrapped over adjacent lines (no blank between) is one title.
        std::size_t title_end = title;  // last front index of the title
        if (title < front.size()) {
            while (title > 0 && kinds[title - 1] == kind::plain && front[title - 1] + 1 == front[title] &&
                   !line(front[title]).page_break)
                --title;
            while (title_end + 1 < front.size() && kinds[title_end + 1] == kind::plain &&
                   front[title_end] + 1 == front[title_end + 1] && line(front[title_end + 1]).width <= 60 &&
                   !has_clause_punctuation(line(front[title_end + 1]).content))
                ++title_end;
        }

        // Header lines before the title: the first short one names the site.
        for (std::size_t k = 0; k < title && k < front.size(); ++k) {
            if (kinds[k] != kind::plain) continue;
            const std::string_view s = line(front[k]).content;
            if (site_name_.empty() && line(front[k]).width <= 30 && !has_clause_punctuation(s)) {
                site_name_ = std::string(s);
                note("header-line", "header line taken as the site name: " + quoted(s), line(front[k]).start());
            } else {
                doc_.meta.extra.push_back(metadata_field{"header", std::string(s)});
                note("header-line", "header line moved to metadata: " + quoted(s), line(front[k]).start());
            }
        }
        if (title < front.size()) {
            std::string t;
            for (std::size_t k = title; k <= title_end; ++k) append_wrapped(t, line(front[k]).content);
            doc_.meta.title = std::move(t);
        }

        // After the title: metadata, subtitles (possibly over two lines), dates, repeats and bylines.
        const bool have_title = title < front.size();
        bool in_subtitle = false;  // the previous front line was (part of) the subtitle
        for (std::size_t k = have_title ? title_end + 1 : 0; k < front.size(); ++k) {
            if (!have_title && k < title) continue;
            const text_line& l = line(front[k]);
            const std::string_view s = l.content;
            const bool adjacent = k > 0 && front[k - 1] + 1 == front[k];
            bool subtitle_line = false;
            switch (kinds[k]) {
                case kind::metadata: apply_metadata(fields[k]); break;
                case kind::subtitle:
                    doc_.meta.subtitle = std::string(s);
                    subtitle_line = true;
                    break;
                case kind::date: {
                    const std::string_view d = is_bracketed(s) ? unbracket(s) : s;
                    if (doc_.meta.date.empty()) doc_.meta.date = date_value{std::string(d), read_date(d).iso};
                    else doc_.meta.extra.push_back(metadata_field{"date", std::string(s)});
                    break;
                }
                case kind::plain:
                    if (have_title && s == doc_.meta.title) {
                        note("repeated-title", "repeated title removed: " + quoted(s), l.start());
                    } else if (in_subtitle && adjacent) {
                        append_wrapped(doc_.meta.subtitle, s);  // a subtitle split over two lines
                        subtitle_line = true;
                    } else if (is_bracketed(s) && doc_.meta.subtitle.empty()) {
                        doc_.meta.subtitle = std::string(s);
                    } else {
                        // A speaker or office line under the title; its last word names the speaker.
                        doc_.front_matter.push_back(make_paragraph(std::string(s), span_of(l, l), paragraph_role::byline));
                        const auto words = metadata_detail::tokens(s);
                        if (!words.empty() && words.back().size() >= 6 && words.back().size() <= 12 &&
                            is_cjk_char(decode_utf8(words.back(), 0).code_point))
                            doc_.meta.authors.emplace_back(words.back());
                    }
                    break;
            }
            in_subtitle = subtitle_line;
        }
        if (!site_name_.empty() && doc_.meta.source.empty()) doc_.meta.source = site_name_;
        for (std::size_t k : front) skip_[k] = 1;
        body_begin_ = body;
        read_salutation();
    }

    void read_salutation() {
        const std::size_t i = next_usable(body_begin_, text_.lines.size());
        if (i < text_.lines.size() && is_salutation(line(i))) {
            doc_.front_matter.push_back(make_paragraph(std::string(line(i).content), span_of(line(i), line(i)),
                                                       paragraph_role::salutation));
            skip_[i] = 1;
            body_begin_ = i + 1;
        }
    }

    // ----- 4. related links -------------------------------------------------

    static bool is_related_heading(std::string_view s) {
        if (!s.empty() && (s.back() == ':')) s.remove_suffix(1);
        if (s.size() >= 3 && s.substr(s.size() - 3) == "：") s.remove_suffix(3);
        constexpr std::string_view headings[] = {"相关文章", "相关阅读", "推荐阅读", "相关推荐", "延伸阅读", "猜你喜欢",
                                                 "热门文章", "相关新闻", "相关文章推荐", "Related articles",
                                                 "Related Articles", "Related", "See also", "See Also", "Further reading"};
        return std::find(std::begin(headings), std::end(headings), s) != std::end(headings);
    }

    void read_related_links() {
        const std::size_t n = body_end_;
        // The last related heading after which every line reads as a link entry.
        std::size_t heading = n;
        for (std::size_t i = n; i-- > body_begin_;) {
            if (!usable(i)) continue;
            if (is_related_heading(line(i).content)) {
                heading = i;
                break;
            }
            if (line(i).width > 160 || (looks_like_prose(line(i)) && line(i).width > 100)) return;
        }
        if (heading == n) return;
        std::vector<std::size_t> entries;
        for (std::size_t i = heading + 1; i < n; ++i)
            if (usable(i)) entries.push_back(i);
        if (entries.empty()) {
            drop(heading, "page-chrome", "empty related-links heading");
            body_end_ = heading;
            return;
        }
        doc_.related_heading = std::string(line(heading).content);
        skip_[heading] = 1;
        for (std::size_t i : entries) {
            std::string_view s = line(i).content;
            // A bullet before the title is decoration.
            if (const marker m = find_marker(s); m && m.shape == marker_shape::bullet) s = s.substr(m.content);
            related_link link;
            date_match date;
            const std::size_t at = find_trailing_date(s, date);
            if (at != std::string_view::npos && at > 0) {
                std::string_view title = s.substr(0, at);
                while (!title.empty() && (title.back() == ' ' || title.back() == '\t')) title.remove_suffix(1);
                link.title = std::string(title);
                link.date = date_value{std::string(s.substr(at, date.length)), std::move(date.iso)};
            } else if (date_match lead = read_date(s); lead && lead.length < s.size()) {
                std::string_view title = s.substr(lead.length);
                while (!title.empty() && (title.front() == ' ')) title.remove_prefix(1);
                link.title = std::string(title);
                link.date = date_value{std::string(s.substr(0, lead.length)), std::move(lead.iso)};
            } else {
                link.title = std::string(s);
            }
            if (const std::size_t url = find_site_address(link.title); url != std::string_view::npos && url > 0) {
                link.url = link.title.substr(url);
                link.title.erase(url);
                while (!link.title.empty() && link.title.back() == ' ') link.title.pop_back();
            }
            doc_.related.push_back(std::move(link));
            skip_[i] = 1;
        }
        body_end_ = heading;
    }

    // ----- 5. back matter ----------------------------------------------------

    // 附件1 / 附件：检查表 / Appendix A. Data / 注释 / 名词解释 at the start of a line.
    section_role back_matter_role(const text_line& l, marker& m) const {
        const std::string_view s = l.content;
        m = find_marker(s);
        if (m && m.shape == marker_shape::keyword && (m.tag == U'附' || m.tag == U'录' || m.tag == U'A' || m.tag == U'N')) {
            const std::string_view rest = s.substr(m.content);
            // "附件：1.检查表 2.名单" lists attachments inside the body.
            if (find_marker(rest) || has_clause_punctuation(rest) || l.width > 60) return section_role::none;
            return section_role::appendix;
        }
        std::string_view word = s;
        if (!word.empty() && word.back() == ':') word.remove_suffix(1);
        if (word.size() >= 3 && word.substr(word.size() - 3) == "：") word.remove_suffix(3);
        if (word == "注释" || word == "注" || word == "注解" || word == "Notes" || word == "NOTES") return section_role::notes;
        if (word == "名词解释" || word == "术语解释" || word == "Glossary" || word == "GLOSSARY") return section_role::glossary;
        return section_role::none;
    }

    void read_back_matter() {
        std::vector<std::pair<std::size_t, section_role>> starts;
        for (std::size_t i = body_begin_; i < body_end_; ++i) {
            if (!usable(i)) continue;
            marker m;
            const section_role role = back_matter_role(line(i), m);
            if (role == section_role::none) continue;
            if (next_usable(i + 1, body_end_) == body_end_ && line(i).content.size() == m.length) continue;  // nothing follows
            starts.emplace_back(i, role);
        }
        if (starts.empty()) return;
        const std::size_t end = body_end_;
        body_end_ = starts.front().first;
        for (std::size_t k = 0; k < starts.size(); ++k) {
            const std::size_t at = starts[k].first;
            const std::size_t stop = k + 1 < starts.size() ? starts[k + 1].first : end;
            const text_line& l = line(at);
            section s;
            s.level = 1;
            s.role = starts[k].second;
            s.span = span_of(l, l);
            marker m = find_marker(l.content);
            std::size_t content_from = at + 1;
            if (s.role == section_role::appendix) {
                s.label = std::string(l.content.substr(0, m.length));
                s.style = m.style;
                s.ordinal = m.ordinal;
                std::string_view title = l.content.substr(m.content);
                if (title.empty()) {
                    // The title on the next line: 附件1 / 检查验收评分表
                    const std::size_t next = next_usable(at + 1, stop);
                    if (next < stop && line(next).width <= 80 && !has_clause_punctuation(line(next).content) &&
                        !find_marker(line(next).content)) {
                        title = line(next).content;
                        skip_[next] = 1;
                        content_from = next + 1;
                    }
                }
                if (!title.empty()) s.title = text_content(std::string(title), span_of(l, l));
            } else {
                s.title = text_content(std::string(l.content), span_of(l, l));
            }
            skip_[at] = 1;
            std::vector<text_unit> units = assemble(content_from, stop);
            build_outline(units, s.children, 1);
            doc_.back_matter.push_back(std::move(s));
        }
    }

    // ----- 6. units ----------------------------------------------------------

    struct layout_info {
        bool wrapped = false;
        std::uint32_t wrap_width = 0;
        std::uint32_t tolerance = 0;
        bool line_per_paragraph = false;
    };

    layout_info detect_layout(std::size_t begin, std::size_t end) const {
        layout_info info;
        std::vector<std::uint32_t> widths;
        std::size_t cjk_lines = 0, gaps = 0, lines = 0;
        bool previous_blank = true;
        for (std::size_t i = begin; i < end; ++i) {
            if (!usable(i)) {
                previous_blank = true;
                continue;
            }
            ++lines;
            if (previous_blank && lines > 1) ++gaps;
            previous_blank = false;
            const text_line& l = line(i);
            if (l.width >= 20) widths.push_back(l.width);
            if (l.width > 2 * l.chars - 2 * l.chars / 3) ++cjk_lines;  // mostly double-width characters
        }
        const bool cjk = cjk_lines * 2 > lines;
        text_layout layout = opt_.layout;
        if (layout == text_layout::automatic) {
            bool wrapped = false;
            if (widths.size() >= 4) {
                std::vector<std::uint32_t> sorted = widths;
                std::sort(sorted.begin(), sorted.end());
                const std::uint32_t w = sorted[sorted.size() * 9 / 10];
                const std::uint32_t tol = cjk ? 4 : std::max<std::uint32_t>(10, w / 6);
                const std::size_t full = static_cast<std::size_t>(
                    std::count_if(widths.begin(), widths.end(), [&](std::uint32_t x) { return x + tol >= w && x <= w + 2; }));
                const std::size_t past = static_cast<std::size_t>(
                    std::count_if(widths.begin(), widths.end(), [&](std::uint32_t x) { return x > w + 2; }));
                wrapped = w >= 30 && w <= 110 && full * 10 >= widths.size() * 4 && past * 10 <= widths.size();
                info.wrap_width = w;
                info.tolerance = tol;
            }
            layout = wrapped ? text_layout::hard_wrapped
                     : gaps * 2 >= lines ? text_layout::blank_separated
                                         : text_layout::line_per_paragraph;
        } else if (layout == text_layout::hard_wrapped) {
            std::vector<std::uint32_t> sorted = widths;
            std::sort(sorted.begin(), sorted.end());
            info.wrap_width = sorted.empty() ? 72 : sorted[sorted.size() * 9 / 10];
            info.tolerance = cjk ? 4 : std::max<std::uint32_t>(10, info.wrap_width / 6);
        }
        info.wrapped = layout == text_layout::hard_wrapped;
        info.line_per_paragraph = layout == text_layout::line_per_paragraph;
        return info;
    }

    // True when line b continues the unit whose last line is a (a hard-wrapped paragraph).
    bool continues(const layout_info& layout, std::size_t a, std::size_t b, bool a_starts_unit) const {
        if (!layout.wrapped) return false;
        const text_line& la = line(a);
        const text_line& lb = line(b);
        if (lb.page_break) return false;
        if (const marker m = find_marker(lb.content); m && m.shape != marker_shape::keyword) return false;
        // A deeper first-line indent starts a paragraph; a hanging indent under a marker continues one.
        if (lb.indent > la.indent + 1 && !(a_starts_unit && find_marker(la.content))) return false;
        if (a_starts_unit && la.width <= 40 && !has_clause_punctuation(la.content) && lb.width > la.width + 10)
            return false;  // a heading line directly above its paragraph
        return la.width + layout.tolerance >= layout.wrap_width || !ends_sentence(la.content);
    }

    // A scraper splits "(三)…" into "(" and "三)…": put them back together.
    bool split_parenthesis(std::size_t a, std::size_t b) const {
        const std::string_view s = line(a).content;
        if (s != "(" && s != "（") return false;
        std::string joined(s);
        joined.append(line(b).content);
        return static_cast<bool>(find_marker(joined));
    }

    std::vector<text_unit> assemble(std::size_t begin, std::size_t end) {
        std::vector<text_unit> units;
        const layout_info layout = detect_layout(begin, end);
        bool blank = true;
        std::size_t previous = end;  // last line of the open unit
        for (std::size_t i = begin; i < end; ++i) {
            if (!usable(i)) {
                if (line(i).blank() || skip_[i]) blank = true;
                continue;
            }
            const text_line& l = line(i);
            if (!units.empty() && previous != end && !blank && units.back().first == previous &&
                split_parenthesis(previous, i)) {
                units.back().text.append(l.content);
                units.back().last = i;
                units.back().width += l.width;
                note("joined-heading", "heading split after its opening parenthesis joined", l.start());
                previous = i;
                continue;
            }
            if (!units.empty() && previous != end && !blank && continues(layout, previous, i, units.back().first == previous)) {
                append_wrapped(units.back().text, l.content);
                units.back().last = i;
                units.back().width += l.width;
                previous = i;
                continue;
            }
            text_unit u;
            u.first = u.last = i;
            u.text = std::string(l.content);
            u.blank_before = blank;
            u.width = l.width;
            units.push_back(std::move(u));
            previous = i;
            blank = false;
        }
        for (text_unit& u : units) u.mark = find_marker(u.text);
        if (opt_.join_broken_paragraphs) join_broken(units);
        return units;
    }

    // A paragraph that ends mid-sentence continues in the next unit when that
    // one starts with no marker: a scraper broke it at a blank line or at inline
    // markup (PM / 2.5 / 浓度). A number alone on its line is such a piece, not a marker.
    void join_broken(std::vector<text_unit>& units) {
        if (units.empty()) return;
        const auto starts_block = [](const text_unit& u) {
            if (!u.mark) return false;
            const bool bare_number = u.mark.content >= u.text.size() &&
                                     (u.mark.style == numbering_style::dotted_path || u.mark.style == numbering_style::arabic);
            return !bare_number;
        };
        std::size_t out = 0;
        for (std::size_t k = 1; k < units.size(); ++k) {
            text_unit& prev = units[out];
            text_unit& next = units[k];
            const bool prose = prev.width > 60 || has_clause_punctuation(prev.text);
            const bool heading_like =
                prev.mark && prev.width <= 80 && !has_clause_punctuation(std::string_view(prev.text).substr(prev.mark.content));
            if (prose && !heading_like && !ends_sentence(prev.text) && !starts_block(next)) {
                note("joined-paragraph",
                     "paragraph broken mid-sentence joined to the one before (line " +
                         std::to_string(line(prev.last).number) + " ends without sentence-final punctuation)",
                     line(next.first).start());
                // Text broken at inline markup had no space there; CJK text never has one.
                if (prev.text.size() * 4 > std::size_t{prev.width} * 5) prev.text += next.text;  // mostly CJK: 3 bytes per 2 columns
                else append_wrapped(prev.text, next.text);
                prev.last = next.last;
                prev.width += next.width;
                prev.mark = find_marker(prev.text);
                continue;
            }
            if (++out != k) units[out] = std::move(next);
        }
        units.resize(out + 1);
    }

    // ----- 7. closing --------------------------------------------------------

    static bool is_thanks(std::string_view s) {
        constexpr std::string_view words[] = {"谢谢", "感谢", "Thank you", "Thanks", "特此报告", "特此通知", "特此函告",
                                              "特此说明", "以上报告", "妥否", "请审议", "请批示", "请予审议"};
        for (std::string_view w : words)
            if (s.find(w) != std::string_view::npos) return true;
        return false;
    }

    void read_closing(std::vector<text_unit>& units) {
        std::vector<std::pair<std::size_t, paragraph_role>> closing;  // unit index, role
        std::size_t k = units.size();
        // The date line, then signature lines above it.
        if (k > 0) {
            const text_unit& u = units[k - 1];
            const std::string_view s = is_bracketed(u.text) ? unbracket(u.text) : std::string_view(u.text);
            const date_match d = read_date(s);
            if (u.first == u.last && d && d.length == s.size()) {
                closing.emplace_back(--k, paragraph_role::date_line);
                for (int signatures = 0; k > 0 && signatures < 3; ++signatures) {
                    const text_unit& sig = units[k - 1];
                    if (sig.first != sig.last || sig.width > 50 || has_clause_punctuation(sig.text) || sig.mark ||
                        is_thanks(sig.text))
                        break;
                    closing.emplace_back(--k, paragraph_role::signature);
                }
            }
        }
        if (k > 0 && units[k - 1].width <= 120 && is_thanks(units[k - 1].text) && !units[k - 1].mark)
            closing.emplace_back(--k, paragraph_role::closing);
        std::reverse(closing.begin(), closing.end());
        for (const auto& [index, role] : closing) {
            const text_unit& u = units[index];
            doc_.closing.push_back(make_paragraph(u.text, span_of(line(u.first), line(u.last)), role));
        }
        units.resize(k);
    }

    // ----- 8. outline --------------------------------------------------------

    // Markers at the start of a unit, as headings or list items, nest and
    // number by family: a family continues when its ordinal follows the last
    // sibling of that family under the same parent.
    struct sibling_sequence {
        family_key family;
        std::uint8_t depth;
        std::uint32_t last;
        std::array<std::uint32_t, 8> path;
    };
    struct open_section {
        family_key family;
        std::uint8_t depth = 1;
        std::array<std::uint32_t, 8> path{};  // of a dotted-path section
        block_list* children = nullptr;
        section* node = nullptr;  // nullptr for the region itself
        bool run_in = false;
        std::vector<sibling_sequence> sequences;  // of this section's child sections
    };
    // The last list of the current container: an item may continue it, or
    // continue its numbering in a new list after a paragraph interrupted it.
    struct open_list {
        family_key family;
        block_list* where = nullptr;
        std::size_t index = 0;  // of the list in *where
        std::uint32_t last = 0;
    };

    enum class shape { standalone, run_in, item };

    // What a marker's unit looks like: a heading line, a heading running into its
    // paragraph, or an item (a whole paragraph after its marker).
    static shape shape_of(const text_unit& u, std::size_t* title_end) {
        const std::string_view rest = std::string_view(u.text).substr(u.mark.content);
        // The first sentence: up to 。！？ (or ". " before a capital in Latin text).
        std::size_t end = std::string_view::npos, next = 0;
        for (std::size_t i = 0; i < rest.size();) {
            const utf8_char c = decode_utf8(rest, i);
            if (c.code_point == U'。' || c.code_point == U'！' || c.code_point == U'？') {
                end = i;
                next = i + c.length;
                break;
            }
            if ((c.code_point == U'.' || c.code_point == U'!' || c.code_point == U'?') && i + 2 < rest.size() &&
                rest[i + 1] == ' ' && rest[i + 2] >= 'A' && rest[i + 2] <= 'Z' && is_latin_letter_run(rest.substr(0, i))) {
                end = i;
                next = i + 2;
                break;
            }
            i += c.length;
        }
        if (end == std::string_view::npos || next >= rest.size()) {
            // One sentence or none: a heading when short.
            std::string_view title = rest;
            if (end != std::string_view::npos) title = rest.substr(0, end);
            if (display_width(title) <= 80 && !has_clause_punctuation(title.substr(0, title.size()))) {
                if (title_end) *title_end = u.mark.content + title.size();
                return shape::standalone;
            }
            if (display_width(title) <= 60 && end == std::string_view::npos && !ends_sentence(rest)) {
                if (title_end) *title_end = u.mark.content + title.size();
                return shape::standalone;
            }
            return shape::item;
        }
        // GB/T run-in headings are one clause-rich sentence, up to about 80 characters.
        const std::string_view title = rest.substr(0, end);
        if (display_width(title) > 160) return shape::item;
        if (title_end) *title_end = u.mark.content + end;
        return shape::run_in;
    }

    bool followed_by_body(const std::vector<text_unit>& units, std::size_t k) const {
        return k + 1 < units.size() && !units[k + 1].mark;
    }

    void build_outline(std::vector<text_unit>& units, block_list& root, unsigned base_level) {
        // Roles of ambiguous families, by the shape of their members.
        struct family_vote {
            family_key family;
            int heading = 0, item = 0;
        };
        std::vector<family_vote> votes;
        for (std::size_t k = 0; k < units.size(); ++k) {
            const text_unit& u = units[k];
            if (!u.mark || role_of(u.mark) != family_role::either) continue;
            const family_key f = family_of(u.mark);
            auto it = std::find_if(votes.begin(), votes.end(), [&](const family_vote& v) { return v.family == f; });
            if (it == votes.end()) it = votes.insert(votes.end(), family_vote{f, 0, 0});
            const shape sh = shape_of(u, nullptr);
            const bool heading = sh == shape::run_in || (sh == shape::standalone && followed_by_body(units, k));
            (heading ? it->heading : it->item) += 1;
        }
        auto is_heading_family = [&](const marker& m) {
            const family_role r = role_of(m);
            if (r == family_role::heading) return true;
            if (r == family_role::list) return false;
            const family_key f = family_of(m);
            for (const family_vote& v : votes)
                if (v.family == f) return v.heading > 0 && v.heading * 2 >= v.item;
            return false;
        };

        std::vector<open_section> stack;
        stack.push_back(open_section{{}, 1, {}, &root, nullptr, false, {}});
        std::vector<family_key> ranks;  // families in order of first appearance
        open_list current_list;
        const auto rank_of = [&](const family_key& f) -> std::size_t {
            const auto it = std::find(ranks.begin(), ranks.end(), f);
            return it == ranks.end() ? ranks.size() : static_cast<std::size_t>(it - ranks.begin());
        };

        for (std::size_t k = 0; k < units.size(); ++k) {
            text_unit& u = units[k];
            const source_span span = span_of(line(u.first), line(u.last));
            const marker& m = u.mark;

            if (m && is_heading_family(m) && try_heading(units, k, stack, ranks, rank_of, base_level)) {
                current_list = {};
                continue;
            }
            if (m && opt_.lists && !is_heading_family(m) && try_list_item(u, span, stack, current_list)) continue;
            if (opt_.unnumbered_headings && is_unnumbered_heading(units, k)) {
                marker none;
                if (place_heading(u, span, none, unnumbered_family, 1, {}, shape::standalone, u.text.size(), stack, ranks,
                                  base_level, 0, rank_of)) {
                    current_list = {};
                    continue;
                }
            }
            // A paragraph: a run-in section holds only its own paragraph, unless that one leads in with a colon.
            while (stack.size() > 1 && stack.back().run_in && !leads_in(*stack.back().children)) stack.pop_back();
            stack.back().children->push_back(make_paragraph(std::move(u.text), span));
        }
    }

    static bool leads_in(const block_list& children) {
        if (children.empty()) return false;
        const paragraph* p = children.back().as<paragraph>();
        if (!p || p->content.empty()) return false;
        const text* t = p->content.back().as<text>();
        if (!t) return false;
        const utf8_char c = last_char(t->content);
        return c.code_point == U':' || c.code_point == U'：';
    }

    bool is_unnumbered_heading(const std::vector<text_unit>& units, std::size_t k) const {
        const text_unit& u = units[k];
        if (u.mark || u.first != u.last || u.width > 40 || u.width < 4 || has_clause_punctuation(u.text) ||
            ends_sentence(u.text) || !u.blank_before)
            return false;
        if (k + 1 >= units.size()) return false;
        const text_unit& next = units[k + 1];
        // Runs of short lines (addresses, signatures, poems) are not headings.
        if (!next.mark && next.width <= 40 && !has_clause_punctuation(next.text)) return false;
        return true;
    }

    template <class RankOf>
    bool try_heading(std::vector<text_unit>& units, std::size_t k, std::vector<open_section>& stack,
                     std::vector<family_key>& ranks, const RankOf& rank_of, unsigned base_level) {
        text_unit& u = units[k];
        const source_span span = span_of(line(u.first), line(u.last));
        std::size_t title_end = u.text.size();
        shape sh = shape_of(u, &title_end);
        if (!opt_.run_in_headings && sh == shape::run_in) sh = shape::item;
        // A short line ending in 。 is a heading only above its own paragraph.
        if (sh == shape::standalone && ends_sentence(u.text) && !followed_by_body(units, k) && role_of(u.mark) != family_role::heading)
            sh = shape::item;

        // Roman or latin: "I." may be either; try roman first, then latin.
        marker m = u.mark;
        const family_key f = family_of(m);
        std::array<std::uint32_t, 8> path = m.path;
        if (f.style != numbering_style::dotted_path) path[0] = m.ordinal;
        if (place_heading(u, span, m, f, m.depth, path, sh, title_end, stack, ranks, base_level, m.ordinal, rank_of))
            return true;
        if (m.latin_ordinal) {
            m.style = m.style == numbering_style::roman_upper ? numbering_style::latin_upper : numbering_style::latin_lower;
            m.ordinal = m.latin_ordinal;
            path[0] = m.ordinal;
            return place_heading(u, span, m, family_of(m), 1, path, sh, title_end, stack, ranks, base_level, m.ordinal, rank_of);
        }
        return false;
    }

    // Checks an ordinal against the last sibling; warns on a skipped or repeated number.
    bool continues_sequence(std::uint32_t last, std::uint32_t ordinal, const text_unit& u, bool first) {
        if (first) {
            if (ordinal <= 1) return true;
            if (ordinal == 2) {
                warning("numbering-skipped", "numbering starts at 2: " + quoted(u.text.substr(0, u.mark.length)),
                        line(u.first).start());
                return true;
            }
            return false;
        }
        if (ordinal == last + 1) return true;
        if (ordinal == last + 2 || ordinal == last) {
            warning(ordinal == last ? "numbering-repeated" : "numbering-skipped",
                    std::string(ordinal == last ? "number repeats the one before: " : "a number is skipped before ") +
                        quoted(u.text.substr(0, u.mark.length)),
                    line(u.first).start());
            return true;
        }
        return false;
    }

    template <class RankOf>
    bool place_heading(text_unit& u, const source_span& span, const marker& m, const family_key& f, std::uint8_t depth,
                       const std::array<std::uint32_t, 8>& path, shape sh, std::size_t title_end,
                       std::vector<open_section>& stack, std::vector<family_key>& ranks, unsigned base_level,
                       std::uint32_t ordinal, const RankOf& rank_of) {
        const bool numbered = f != unnumbered_family;
        // 1. A sibling: the nearest open section whose children include this family at this depth.
        std::size_t container = stack.size();
        sibling_sequence* sequence = nullptr;
        for (std::size_t s = stack.size(); s-- > 0 && !sequence;) {
            for (sibling_sequence& q : stack[s].sequences)
                if (q.family == f && q.depth == depth) {
                    container = s;
                    sequence = &q;
                    break;
                }
        }
        if (sequence) {
            if (numbered && depth > 1 && !std::equal(path.begin(), path.begin() + depth - 1, sequence->path.begin()))
                sequence = nullptr;  // 2.1 is no sibling of 1.3
            else if (numbered && !continues_sequence(sequence->last, ordinal, u, false))
                sequence = nullptr;
        }
        if (!sequence) {
            // 2. A first child: under the dotted parent, or under the open sections ranked above this family.
            container = stack.size() - 1;
            if (f.style == numbering_style::dotted_path && depth > 1) {
                container = stack.size();
                for (std::size_t s = stack.size(); s-- > 1;)
                    if (stack[s].family == f && stack[s].depth == depth - 1 &&
                        std::equal(path.begin(), path.begin() + depth - 1, stack[s].path.begin())) {
                        container = s;
                        break;
                    }
                if (container == stack.size()) return false;
            } else if (rank_of(f) < ranks.size()) {
                while (container > 0 && rank_of(stack[container].family) >= rank_of(f)) --container;
            }
            if (numbered && !continues_sequence(0, ordinal, u, true)) return false;
            if (stack.size() > opt_.limits.max_depth) return false;
        }
        if (container + 1 > opt_.limits.max_depth) {
            warning("limit-depth", "sections nested deeper than max_depth are kept as paragraphs", line(u.first).start());
            return false;
        }
        stack.resize(container + 1);
        if (rank_of(f) == ranks.size()) ranks.push_back(f);
        open_section& parent = stack.back();
        if (sequence) {
            sequence->last = ordinal;
            sequence->path = path;
        } else {
            parent.sequences.push_back(sibling_sequence{f, depth, ordinal, path});
        }

        section s;
        s.level = base_level + static_cast<unsigned>(stack.size());
        s.label = u.text.substr(0, m.length);
        s.style = m.style;
        s.ordinal = numbered ? ordinal : 0;
        s.span = span;
        s.run_in = sh == shape::run_in;
        std::string_view title = std::string_view(u.text).substr(numbered ? m.content : 0, title_end - (numbered ? m.content : 0));
        s.title = text_content(std::string(title), span);
        ++nodes_;
        if (sh == shape::run_in) {
            std::size_t rest = title_end;
            rest += decode_utf8(u.text, rest).length;  // the 。 that ended the title
            while (rest < u.text.size() && u.text[rest] == ' ') ++rest;
            if (rest < u.text.size()) s.children.push_back(make_paragraph(u.text.substr(rest), span));
        }
        parent.children->push_back(std::move(s));
        section* node = parent.children->back().as<section>();
        stack.push_back(open_section{f, depth, path, &node->children, node, sh == shape::run_in, {}});
        return true;
    }

    bool try_list_item(text_unit& u, const source_span& span, std::vector<open_section>& stack, open_list& current) {
        const marker& m = u.mark;
        const family_key f = family_of(m);
        const bool bullet = m.shape == marker_shape::bullet;
        while (stack.size() > 1 && stack.back().run_in && !leads_in(*stack.back().children)) stack.pop_back();
        block_list& where = *stack.back().children;
        const bool continuing = current.where == &where && current.family == f;
        if (!bullet && !(continuing ? continues_sequence(current.last, m.ordinal, u, false)
                                    : continues_sequence(0, m.ordinal, u, true)))
            return false;
        if (!continuing || current.index + 1 != where.size()) {
            list l;
            l.ordered = !bullet;
            l.style = m.style;
            l.start = bullet ? 1 : std::max<std::uint32_t>(m.ordinal, 1);
            l.span = span;
            where.push_back(std::move(l));
            current = open_list{f, &where, where.size() - 1, 0};
            ++nodes_;
        }
        list& node = *where[current.index].as<list>();
        list_item item;
        item.label = u.text.substr(0, m.length);
        item.span = span;
        if (m.content < u.text.size()) item.children.push_back(make_paragraph(u.text.substr(m.content), span));
        node.items.push_back(std::move(item));
        node.span.end = span.end;
        current.last = m.ordinal;
        ++nodes_;
        return true;
    }

    // ----- language ----------------------------------------------------------

    void detect_language() {
        if (!doc_.meta.language.empty()) return;
        std::size_t cjk = 0, latin = 0, traditional = 0, seen = 0;
        constexpr std::size_t sample_bytes = 1 << 16;  // plenty to tell scripts apart
        for (const text_line& l : text_.lines) {
            if ((seen += l.content.size()) > sample_bytes) break;
            for (std::size_t i = 0; i < l.content.size();) {
                const utf8_char c = decode_utf8(l.content, i);
                if (is_cjk_char(c.code_point)) {
                    ++cjk;
                    switch (c.code_point) {
                        case U'們': case U'這': case U'個': case U'為': case U'與': case U'會': case U'說': case U'對':
                        case U'國': case U'來': case U'時': case U'發': case U'經': case U'實': case U'體': case U'區':
                            ++traditional;
                            break;
                        default: break;
                    }
                } else if ((c.code_point >= 'a' && c.code_point <= 'z') || (c.code_point >= 'A' && c.code_point <= 'Z')) {
                    ++latin;
                }
                i += c.length;
            }
        }
        if (cjk == 0 && latin == 0) return;
        if (cjk * 2 >= latin) doc_.meta.language = traditional * 50 > cjk ? "zh-TW" : "zh-CN";
        else doc_.meta.language = "en";
    }

    std::string_view input_;
    const text_options& opt_;
    text_lines text_;
    std::vector<char> skip_;
    std::vector<diagnostic> diags_;
    report doc_;
    std::size_t body_begin_ = 0;
    std::size_t body_end_ = 0;
    std::size_t nodes_ = 0;
    std::string site_name_;
};

}  // namespace reportdoc::detail

namespace reportdoc {

REPORTDOC_FUNC parse_result<report> parse_text(std::string_view input, const text_options& options) {
    return detail::text_reader(input, options).run();
}

}  // namespace reportdoc
