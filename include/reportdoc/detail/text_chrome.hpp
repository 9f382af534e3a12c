// SPDX-License-Identifier: MIT
// What surrounds the text without being part of it, removed (or moved to
// metadata) with a note for each line:
// - scraper chrome: breadcrumbs, font-size widgets, toolbars, photo captions,
//   editor lines, empty trailers;
// - page furniture of paginated text: footers, running headers, page numbers.
#pragma once

#include <reportdoc/detail/array_list.hpp>
#include <reportdoc/detail/index_sort.hpp>
#include <reportdoc/detail/string_match.hpp>
#include <reportdoc/detail/text_metadata.hpp>
#include <reportdoc/detail/text_state.hpp>
#include <reportdoc/detail/utf8.hpp>

#include <algorithm>
#include <cstdint>
#include <string_view>
#include <utility>

namespace reportdoc::detail {

inline bool is_toolbar_word(std::string_view w) {
    // Brackets and a trailing colon do not change what a toolbar button is.
    while (starts_with(w, "【") || starts_with(w, "［") || starts_with(w, "[")) w.remove_prefix(w[0] == '[' ? 1 : 3);
    while (ends_with(w, "】") || ends_with(w, "］") || ends_with(w, "：")) w.remove_suffix(3);
    while (!w.empty() && (w.back() == ']' || w.back() == ':')) w.remove_suffix(1);
    static constexpr word_list words{{
        "分享到", "分享", "微信", "微博", "QQ", "QQ空间", "朋友圈", "打印", "打印本页", "打印此页", "关闭",
        "关闭窗口", "关闭本页", "收藏", "加入收藏", "返回顶部", "扫一扫", "复制链接", "纠错", "我要纠错", "保存",
        "上一篇", "下一篇", "返回", "返回首页", "手机版", "分享至", "点赞",
    }};
    return words.contains(w);
}

// A line of toolbar words only ("分享到： 微信 微博", "【打印本页】【关闭窗口】");
// the first word decides most lines.
inline bool is_toolbar(std::string_view s) {
    const auto buttons = [](std::string_view word, auto&& each) {  // 【打印】【关闭】 is two buttons
        for (std::size_t at = word.find("】【"); at != std::string_view::npos; at = word.find("】【")) {
            if (!each(word.substr(0, at + 3))) return false;
            word.remove_prefix(at + 3);
        }
        return each(word);
    };
    // Every button is CJK, QQ or bracketed: most lines stop at their first byte.
    if (s.empty() || (static_cast<unsigned char>(s[0]) < 0x80 && s[0] != '[' && s[0] != 'Q')) return false;
    std::size_t first_end = 0;
    while (first_end < s.size() && s[first_end] != ' ' && s[first_end] != '\t' && s[first_end] != '|') ++first_end;
    const std::string_view first = s.substr(0, first_end);
    if (!is_toolbar_word(first.substr(0, first.find("】【") == std::string_view::npos ? first.size() : first.find("】【") + 3)))
        return false;
    const auto words = metadata_detail::tokens(s);
    if (words.empty()) return false;
    for (const std::string_view w : words)  // a loop, not std::all_of: one algorithm fewer to compile
        if (!buttons(w, [](std::string_view b) { return is_toolbar_word(b); })) return false;
    return true;
}

inline bool is_font_widget(std::string_view s) {
    // 【字体:大 中 小】, 字号：大 中 小, [字体：小 中 大]. The length first: a
    // search for a Chinese word stops at every character that shares its lead byte.
    return s.size() <= 60 && (s.find("字体") != std::string_view::npos || s.find("字号") != std::string_view::npos) &&
           s.find("大") != std::string_view::npos && s.find("小") != std::string_view::npos;
}

inline bool is_breadcrumb(std::string_view s) {
    // Counting separators: '>' (" > " counts twice, as a spaced separator and
    // as a '>'), » › ＞ →. Compared only where a separator's first byte is:
    // most lines have none, and Chinese text is full of other characters led by
    // E2 and EF (quotes, its commas).
    if (s.size() > 240) return false;
    const auto next_lead = [&](std::size_t from) { return find_any_byte(s, from, '>', 0xC2, 0xE2, 0xEF); };
    std::size_t separators = 0;
    for (std::size_t i = next_lead(0); i < s.size(); i = next_lead(i + 1)) {
        const std::string_view rest = s.substr(i);
        switch (static_cast<unsigned char>(s[i])) {
            case '>': separators += i > 0 && s[i - 1] == ' ' && starts_with(rest, "> ") ? 2 : 1; break;
            case 0xC2: separators += starts_with(rest, "»") ? 1 : 0; break;
            case 0xE2: separators += starts_with(rest, "›") || starts_with(rest, "→") ? 1 : 0; break;
            case 0xEF: separators += starts_with(rest, "＞") ? 1 : 0; break;
            default: break;
        }
    }
    if (separators == 0) return false;
    const bool starts = starts_with(s, "首页") || starts_with(s, "当前位置") || starts_with(s, "您的位置") ||
                        starts_with(s, "您现在的位置") || starts_with(s, "Home");
    return starts || separators >= 2;
}

inline bool is_photo_caption(std::string_view s) {
    // "（记者 张三 摄）", "图为…。新华社记者 李四 摄"
    const std::string_view trimmed = s.substr(0, ends_with(s, "）")              ? s.size() - 3
                                                 : !s.empty() && s.back() == ')' ? s.size() - 1
                                                                                 : s.size());
    if (!ends_with(trimmed, "摄")) return false;
    return s.find("记者") != std::string_view::npos || s.find("摄影") != std::string_view::npos ||
           s.find("图为") != std::string_view::npos || s.find("供图") != std::string_view::npos || s.size() <= 45;
}

inline bool is_empty_trailer(std::string_view s) {
    if (!starts_with(s, "相") && !starts_with(s, "附")) return false;  // every trailer starts with one of them
    static constexpr std::string_view trailers[] = {"相关报道", "相关文档", "相关链接", "相关附件", "附件下载", "相关新闻"};
    for (std::string_view t : trailers)
        if (s == t || (s.substr(0, t.size()) == t && (s.substr(t.size()) == ":" || s.substr(t.size()) == "：")))
            return true;
    return false;
}

inline void remove_chrome(text_state& st) {
    const std::size_t n = st.text.lines.size();
    constexpr std::size_t longest_chrome = 240;  // bytes: chrome is short, and prose is not scanned twice
    array_list<std::size_t> single_chars;  // usable lines of one character, for split widgets
    for (std::size_t i = 0; i < n; ++i) {
        if (!st.usable(i) || st.line(i).content.size() > longest_chrome) continue;
        const std::string_view s = st.line(i).content;
        if (s.size() <= 4 && st.line(i).chars() == 1) single_chars.push_back(i);
        // Every sign below but a breadcrumb's '>' and a toolbar's "QQ" is Chinese:
        // English text stops here.
        if (st.line(i).ascii() && find_any_byte(s, 0, '>', 'Q') == s.size()) continue;
        if (is_font_widget(s)) {
            st.drop(i, "page-chrome", "font-size widget");
            continue;
        }
        if (is_breadcrumb(s)) {
            st.skip[i] = 1;
            st.doc.meta.extra.push_back(metadata_field{"breadcrumb", std::string(s)});
            st.note("page-chrome", "breadcrumb moved to metadata: " + quote_for_message(s), st.line(i).start());
            continue;
        }
        if (is_toolbar(s)) {
            st.drop(i, "page-chrome", "toolbar");
            continue;
        }
        if (is_photo_caption(s) && st.line(i).width <= 120) {
            st.drop(i, "page-chrome", "photo caption");
            continue;
        }
        // 责任编辑/编辑 lines anywhere are metadata printed in the page's footer.
        if (starts_with(s, "责任编辑") || starts_with(s, "编辑") || starts_with(s, "审核")) {
            array_list<meta_field> fields = parse_metadata_line(s);
            if (!fields.empty() && st.line(i).width <= 80) {
                for (meta_field& f : fields) st.doc.meta.extra.push_back(metadata_field{f.key, f.value});
                st.skip[i] = 1;
                st.note("page-chrome", "editor line moved to metadata: " + quote_for_message(s), st.line(i).start());
                continue;
            }
        }
        // A "related reports" label with nothing under it.
        if (is_empty_trailer(s)) {
            const std::size_t next = st.next_usable(i + 1, n);
            if (next == n || is_empty_trailer(st.line(next).content)) {
                st.drop(i, "page-chrome", "empty trailer");
                continue;
            }
        }
    }
    // A widget's words split one per line: 大 / 中 / 小.
    for (std::size_t k = 0; k + 2 < single_chars.size(); ++k) {
        const std::size_t a = single_chars[k], b = single_chars[k + 1], c = single_chars[k + 2];
        if (st.line(a).content == "大" && st.line(b).content == "中" && st.line(c).content == "小" &&
            st.next_usable(a + 1, n) == b && st.next_usable(b + 1, n) == c) {
            st.drop(a, "page-chrome", "font-size widget");
            st.drop(b, "page-chrome", "font-size widget");
            st.drop(c, "page-chrome", "font-size widget");
        }
    }
}

/// What scraped pages print again below the text: the title, and the share text
/// a social widget fills with the opening sentence. Read from the end of the
/// body up, so the text itself is never taken for an echo.
inline void remove_trailing_echoes(text_state& st) {
    const std::size_t first = st.next_usable(st.body_begin, st.body_end);
    if (first == st.body_end) return;
    const std::string_view opening = st.line(first).content;
    bool title_seen = false, share_seen = false;  // a page prints each once: more is the text's own
    std::size_t i = st.body_end;
    while (i > first) {
        --i;
        if (!st.usable(i)) continue;
        const std::string_view s = st.line(i).content;
        if (!title_seen && !st.doc.meta.title.empty() && s == st.doc.meta.title) {
            st.drop(i, "repeated-title", "repeated title");
            title_seen = true;
        } else if (!share_seen && s.size() >= 30 && s.size() < opening.size() && opening.substr(0, s.size()) == s &&
                   ends_sentence(s)) {
            st.drop(i, "page-chrome", "share text repeating the opening sentence");
            share_seen = true;
        } else {
            break;
        }
    }
}

// One to max_size ASCII digits and nothing else: the page numbers below. A loop,
// not std::all_of with a lambda at each use (each lambda compiles the algorithm again).
inline bool ascii_digits(std::string_view s, std::size_t max_size) noexcept {
    if (s.empty() || s.size() > max_size) return false;
    for (const char c : s)
        if (c < '0' || c > '9') return false;
    return true;
}

// "- 4 -", "-iii-": a page number alone, framed by dashes.
inline bool is_dashed_page_number(std::string_view t) {
    if (t.size() < 3 || t.front() != '-' || t.back() != '-') return false;
    t = t.substr(1, t.size() - 2);
    while (!t.empty() && t.front() == ' ') t.remove_prefix(1);
    while (!t.empty() && t.back() == ' ') t.remove_suffix(1);
    return ascii_digits(t, 5) || (!t.empty() && roman_value(t) != 0);
}

// "Smith   Informational   [Page 2]", "Page 3", "Page 3 of 10"
inline bool is_page_footer(std::string_view s) {
    const auto digits = [](std::string_view d) { return ascii_digits(d, 5); };
    if (s.size() >= 8 && s.back() == ']') {
        const std::size_t open = s.rfind("[Page ");
        if (open != std::string_view::npos && digits(s.substr(open + 6, s.size() - open - 7))) return true;
    }
    std::string_view t = s;
    if (starts_with(t, "Page ") || starts_with(t, "page ")) {
        t.remove_prefix(5);
        const std::size_t of = t.find(" of ");
        return of == std::string_view::npos ? digits(t) : digits(t.substr(0, of)) && digits(t.substr(of + 4));
    }
    return false;
}

inline bool is_bare_page_number(std::string_view s) {
    return ascii_digits(s, 4);
}

// The first and last words of a line, which a running header repeats on every page.
inline std::pair<std::string_view, std::string_view> outer_words(std::string_view s) {
    std::pair<std::string_view, std::string_view> outer;
    std::size_t count = 0;
    metadata_detail::for_each_token(s, [&](std::string_view token) {
        if (count++ == 0) outer.first = token;
        outer.second = token;
    });
    if (count < 2) return {};
    return outer;
}

// st.next_usable(i, n) for many questions: a walk over unusable lines leaves a
// shortcut to where it ended for the walks after it. Lines only ever become
// unusable here, so a shortcut always lands at or before the answer. (Pages of
// dropped lines once made every question walk to the end: quadratic.)
class usable_finder {
public:
    explicit usable_finder(const text_state& st) : st_(st), jump_(st.text.lines.size(), 0) {}
    std::size_t next(std::size_t i) {
        const std::size_t n = jump_.size();
        std::size_t found = i;
        while (found < n && !st_.usable(found)) found = step(found);
        for (std::size_t k = i; k < found;) {  // every line passed now leads to `found`
            const std::size_t up = step(k);
            jump_[k] = found;
            k = up;
        }
        return found;
    }

private:
    std::size_t step(std::size_t k) const { return jump_[k] > k ? jump_[k] : k + 1; }
    const text_state& st_;
    array_list<std::size_t> jump_;  // past line k, the walk may resume here; 0 for k + 1
};

inline void remove_page_furniture(text_state& st) {
    const std::size_t n = st.text.lines.size();
    array_list<std::size_t> page_ends;  // the first line after which a new page starts
    for (std::size_t i = 0; i < n; ++i) {
        if (st.line(i).page_break) page_ends.push_back(i);
        if (!st.usable(i) || st.line(i).content.size() > 200) continue;
        if (is_page_footer(st.line(i).content)) {
            st.drop(i, "page-footer", "page footer");
            page_ends.push_back(i);
        } else if (is_dashed_page_number(st.line(i).content)) {
            st.drop(i, "page-number", "page number");
            page_ends.push_back(i);
        }
    }
    if (page_ends.empty()) return;
    usable_finder usable(st);
    std::sort(page_ends.begin(), page_ends.end());
    // One end per page: a footer and its form feed end the same one. (A loop, not
    // std::unique: one algorithm fewer to compile.)
    std::size_t pages = 0;
    for (const std::size_t end : page_ends)
        if (pages == 0 || usable.next(page_ends[pages - 1] + 1) != usable.next(end + 1)) page_ends[pages++] = end;
    page_ends.resize(pages);

    // Running headers: the first line of each new page, when pages repeat its outer words.
    array_list<std::size_t> firsts;
    for (std::size_t end : page_ends) {
        const std::size_t first = usable.next(end + 1);
        if (first < n) firsts.push_back(first);
    }
    // Each page's words once, sorted so that equal ones are neighbours: comparing
    // every page with every other was quadratic in the number of pages.
    using words_key = std::pair<std::string_view, std::string_view>;
    array_list<words_key> keys;
    keys.reserve(firsts.size());
    for (std::size_t a : firsts) keys.push_back(outer_words(st.line(a).content));
    const array_list<std::size_t> order =
        sorted_indices(keys.size(), {&keys, [](const void* all, std::size_t x, std::size_t y) {
                                         const auto& keys = *static_cast<const array_list<words_key>*>(all);
                                         return keys[x] < keys[y];
                                     }});
    std::string repeated(firsts.size(), '\0');  // per page: another page has the same outer words
    for (std::size_t k = 0; k + 1 < order.size(); ++k)
        if (keys[order[k]] == keys[order[k + 1]]) repeated[order[k]] = repeated[order[k + 1]] = 1;
    for (std::size_t k = 0; k < firsts.size(); ++k) {
        const std::size_t a = firsts[k];
        const words_key& key = keys[k];
        if (key.first.empty() || st.line(a).content.size() > 200) continue;
        // One page break: an RFC-style header names the document and ends with its year.
        const bool rfc_style = (key.first == "RFC" || key.first == "Internet-Draft") && key.second.size() == 4 &&
                               ascii_digits(key.second, 4);
        if (repeated[k] || rfc_style) st.drop(a, "page-header", "running page header");
    }
    // Page numbers alone on the last line of a page or the first of the next. The
    // last line is looked for back to the page end before it (a form feed's line
    // is the page's own), not past it into the pages before.
    for (std::size_t k = 0; k < page_ends.size(); ++k) {
        const std::size_t end = page_ends[k];
        const std::size_t floor = k > 0 ? page_ends[k - 1] : 0;
        std::size_t before = end + 1;
        while (before - 1 > floor && !st.usable(before - 1) && !st.line(before - 1).page_break) --before;
        if (st.usable(before - 1) && is_bare_page_number(st.line(before - 1).content))
            st.drop(before - 1, "page-number", "page number");
        const std::size_t after = usable.next(end + 1);
        if (after < n && is_bare_page_number(st.line(after).content)) st.drop(after, "page-number", "page number");
    }
    for (std::size_t end : page_ends) {
        const std::size_t next = usable.next(end + 1);
        if (next < n) st.page_break_before[next] = 1;
    }
}

}  // namespace reportdoc::detail
