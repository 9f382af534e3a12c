// SPDX-License-Identifier: MIT
// Metadata lines as web pages and reports print them, several fields per line:
//   时间:2023-06-15 16:51:36 文/黄飞 汇报北考网www.beiweimall.com
//   来源：四川日报  作者：张三  浏览次数：1024
//   Date: June 2023    Author: J. Smith    By Jane Doe
#pragma once

#include <reportdoc/detail/array_list.hpp>
#include <reportdoc/detail/char_class.hpp>
#include <reportdoc/detail/dates.hpp>
#include <reportdoc/detail/markers.hpp>
#include <reportdoc/detail/string_match.hpp>
#include <reportdoc/detail/utf8.hpp>

#include <algorithm>
#include <string>
#include <string_view>

namespace reportdoc::detail {

/// What a metadata field is about.
enum class meta_kind : std::uint8_t { date, author, source, category, other };

/// One field of a metadata line.
struct meta_field {
    meta_kind kind = meta_kind::other;
    std::string key;    ///< As written, without the colon ("时间", "文/", "Date"); empty for an unlabelled value.
    std::string value;  ///< As written.
    std::string iso;    ///< For dates: the ISO 8601 form.
    std::string url;    ///< For sources: the site address written after the name.
};

namespace metadata_detail {

struct known_key {
    std::string_view key;
    meta_kind kind;
};

// Longest keys first where one is a prefix of another (发布时间 before 发布).
inline constexpr known_key keys[] = {
    {"发布时间", meta_kind::date},   {"发布日期", meta_kind::date},   {"发表时间", meta_kind::date},
    {"更新时间", meta_kind::date},   {"发文日期", meta_kind::date},   {"成文日期", meta_kind::date},
    {"时间", meta_kind::date},       {"日期", meta_kind::date},       {"Date", meta_kind::date},
    {"Published", meta_kind::date},  {"Updated", meta_kind::date},    {"Posted", meta_kind::date},
    {"作者", meta_kind::author},     {"撰稿", meta_kind::author},     {"撰文", meta_kind::author},
    {"发布者", meta_kind::author},   {"发布人", meta_kind::author},   {"记者", meta_kind::author},
    {"Authors", meta_kind::author},  {"Author", meta_kind::author},   {"信息来源", meta_kind::source},
    {"来源", meta_kind::source},     {"出处", meta_kind::source},     {"发布单位", meta_kind::source},
    {"发布机构", meta_kind::source}, {"Source", meta_kind::source},   {"Publisher", meta_kind::source},
    {"所属栏目", meta_kind::category}, {"栏目", meta_kind::category}, {"分类", meta_kind::category},
    {"类别", meta_kind::category},   {"Category", meta_kind::category}, {"责任编辑", meta_kind::other},
    {"编辑", meta_kind::other},      {"审核", meta_kind::other},      {"校对", meta_kind::other},
    {"浏览次数", meta_kind::other},  {"浏览", meta_kind::other},      {"点击数", meta_kind::other},
    {"点击", meta_kind::other},      {"阅读次数", meta_kind::other},  {"阅读", meta_kind::other},
    {"访问量", meta_kind::other},    {"发文字号", meta_kind::other},  {"文号", meta_kind::other},
    {"索引号", meta_kind::other},    {"主题分类", meta_kind::other},  {"关键词", meta_kind::other},
    {"标签", meta_kind::other},      {"字号", meta_kind::other},      {"Keywords", meta_kind::other},
    {"Tags", meta_kind::other},      {"Editor", meta_kind::other},    {"Status", meta_kind::other},
};

// Splits on ASCII, ideographic and no-break spaces and on the bars some sites print between fields.
template <class Each>
void for_each_token(std::string_view line, Each&& each) {
    std::size_t i = 0, start = std::string_view::npos;
    while (i < line.size()) {
        const utf8_char c = decode_utf8(line, i);
        const bool separator = is_space_char(c.code_point) || c.code_point == U'|' || c.code_point == U'｜';
        if (separator && start != std::string_view::npos) {
            each(line.substr(start, i - start));
            start = std::string_view::npos;
        } else if (!separator && start == std::string_view::npos) {
            start = i;
        }
        i += c.length;
    }
    if (start != std::string_view::npos) each(line.substr(start));
}

inline array_list<std::string_view> tokens(std::string_view line) {
    array_list<std::string_view> out;
    for_each_token(line, [&out](std::string_view token) { out.push_back(token); });
    return out;
}

// "key:" or "key：" at the start of a token: the key's entry and the value's offset.
inline const known_key* keyed(std::string_view token, std::size_t& value_at) {
    for (const known_key& k : keys) {
        if (token.substr(0, k.key.size()) != k.key) continue;
        const std::string_view rest = token.substr(k.key.size());
        if (starts_with(rest, ":")) {
            value_at = k.key.size() + 1;
            return &k;
        }
        if (starts_with(rest, "：")) {
            value_at = k.key.size() + 3;
            return &k;
        }
    }
    return nullptr;
}

// A word with nothing CJK in it: Chinese fields are spaced apart, Latin names and sources
// are spaced within ("José García").
inline bool is_latin_word(std::string_view s) {
    for (std::size_t i = 0; i < s.size();) {
        const utf8_char c = decode_utf8(s, i);
        if (reads_as_cjk(c.code_point)) return false;
        i += c.length;
    }
    return !s.empty();
}

}  // namespace metadata_detail

/// Where a site address starts in a token (www. or a scheme), or npos.
inline std::size_t find_site_address(std::string_view token) {
    for (std::string_view start : {std::string_view("https://"), std::string_view("http://"), std::string_view("www.")}) {
        const std::size_t at = token.find(start);
        if (at != std::string_view::npos) return at;
    }
    return std::string_view::npos;
}

/// A field whose key the reader does not know, alone on its line
/// ("Request for Comments: 9999", "ISSN: 2070-1721", "印发机关：办公厅", or
/// a key with no value, "Internet-Draft:"): true, with key and value, when
/// the line reads so. The key is one to four words without sentence
/// punctuation; the caller decides where such a line may stand (under a
/// metadata line), since body text can look the same.
inline bool split_field_line(std::string_view line, std::string_view& key, std::string_view& value) {
    std::size_t colon = line.find(": ");
    if (colon == std::string_view::npos && !line.empty() && line.back() == ':') colon = line.size() - 1;
    std::size_t after = colon + 2;
    if (const std::size_t wide = line.find("："); wide != std::string_view::npos && wide < colon) {
        colon = wide;
        after = wide + 3;
    }
    if (colon == std::string_view::npos || colon == 0 || colon > 40) return false;
    key = line.substr(0, colon);
    value = line.substr(std::min(after, line.size()));
    while (!value.empty() && value.front() == ' ') value.remove_prefix(1);
    if (key.find_first_of(".,;!?()[]\"") != std::string_view::npos) return false;
    const char32_t first = decode_utf8(key, 0).code_point;
    if (!((first >= U'A' && first <= U'Z') || (first >= U'a' && first <= U'z') || is_cjk_char(first))) return false;
    std::size_t spaces = 0;  // a loop, not std::count: one algorithm fewer to compile
    for (const char c : key) spaces += c == ' ';
    return spaces <= 3;
}

/// The fields of a metadata line; empty when the line is not one (it must
/// start with a known key, "文/" or "By ").
inline array_list<meta_field> parse_metadata_line(std::string_view line) {
    using namespace metadata_detail;
    array_list<meta_field> fields;
    const array_list<std::string_view> toks = tokens(line);
    if (toks.empty()) return fields;
    bool opened = false;  // the last field may take more words (English names and sources)
    for (std::size_t t = 0; t < toks.size(); ++t) {
        const std::string_view tok = toks[t];
        std::size_t value_at = 0;
        if (const known_key* k = keyed(tok, value_at)) {
            meta_field f;
            f.kind = k->kind;
            f.key = std::string(k->key);
            std::string_view value = tok.substr(value_at);
            if (value.empty() && t + 1 < toks.size() && !keyed(toks[t + 1], value_at)) value = toks[++t];
            if (f.kind == meta_kind::date && !value.empty()) {
                // A date may run over the next token ("2023-06-15 16:51:36").
                const std::size_t from = static_cast<std::size_t>(value.data() - line.data());
                date_match d = read_date(line.substr(from));
                if (d) {
                    value = line.substr(from, d.length);
                    f.iso = std::move(d.iso);
                    while (t + 1 < toks.size() && toks[t + 1].data() < value.data() + value.size()) ++t;
                }
            }
            f.value = std::string(value);
            fields.push_back(std::move(f));
            opened = f.kind != meta_kind::date;
            continue;
        }
        // "Prepared by Jane Doe" on a title page
        if (fields.empty() && tok == "Prepared" && t + 2 < toks.size() && toks[t + 1] == "by") {
            fields.push_back(meta_field{meta_kind::author, "Prepared by", std::string(toks[t += 2]), {}, {}});
            opened = true;
            continue;
        }
        if (fields.empty() && tok != "By" && !starts_with(tok, "文/") && !starts_with(tok, "文|")) return {};
        if (starts_with(tok, "文/") || starts_with(tok, "文|")) {
            fields.push_back(meta_field{meta_kind::author, std::string(tok.substr(0, 4)), std::string(tok.substr(4)), {}, {}});
            opened = false;
            continue;
        }
        if (tok == "By" && t + 1 < toks.size()) {
            fields.push_back(meta_field{meta_kind::author, "By", std::string(toks[++t]), {}, {}});
            opened = true;
            continue;
        }
        // An English name or source continues over several words.
        if (opened && is_latin_word(tok) && !fields.back().value.empty() && is_latin_word(fields.back().value) &&
            find_site_address(tok) == std::string_view::npos) {
            fields.back().value += ' ';
            fields.back().value.append(tok);
            continue;
        }
        // "来源: 北考网 www.beiweimall.com": the address of the source just named.
        if (!fields.empty() && fields.back().kind == meta_kind::source && fields.back().url.empty() &&
            find_site_address(tok) == 0) {
            fields.back().url = std::string(tok);
            opened = false;
            continue;
        }
        // An unlabelled value: a date, or a site (name and address), or something else.
        meta_field f;
        if (date_match d = read_date(line.substr(static_cast<std::size_t>(tok.data() - line.data())))) {
            f.kind = meta_kind::date;
            f.value = std::string(line.substr(static_cast<std::size_t>(tok.data() - line.data()), d.length));
            f.iso = std::move(d.iso);
            while (t + 1 < toks.size() && toks[t + 1].data() < tok.data() + d.length) ++t;
        } else if (const std::size_t at = find_site_address(tok); at != std::string_view::npos) {
            f.kind = meta_kind::source;
            f.value = std::string(tok.substr(0, at));
            f.url = std::string(tok.substr(at));
        } else {
            f.value = std::string(tok);
        }
        fields.push_back(std::move(f));
        opened = false;
    }
    return fields;
}

}  // namespace reportdoc::detail
