// SPDX-License-Identifier: MIT
// What the Markdown and plain-text writers print the same way: whether a
// report reads as CJK, and its metadata line in the conventions of the
// report's language (时间:… 作者:… 来源:…, or Date: … Author: …).
#pragma once

#include <reportdoc/detail/line_breaking.hpp>
#include <reportdoc/detail/utf8.hpp>
#include <reportdoc/model.hpp>

#include <string_view>
#include <vector>

namespace reportdoc::detail {

/// True when a report is written in Chinese, Japanese or Korean: by its
/// language tag, or without one, by the first character of its title or text.
inline bool is_cjk_report(const report& doc) {
    const std::string_view lang = doc.meta.language;
    if (!lang.empty()) {
        const std::string_view primary = lang.substr(0, lang.find('-'));
        const auto is = [&](std::string_view code) {
            if (primary.size() != code.size()) return false;
            for (std::size_t i = 0; i < code.size(); ++i)
                if ((primary[i] | 0x20) != code[i]) return false;
            return true;
        };
        return is("zh") || is("ja") || is("ko");
    }
    std::string_view sample = doc.meta.title;
    if (sample.empty() && !doc.body.empty())
        if (const paragraph* p = doc.body.front().as<paragraph>())
            if (!p->content.empty())
                if (const text* t = p->content.front().as<text>()) sample = t->content;
    for (std::size_t i = 0; i < sample.size();) {
        const utf8_char c = decode_utf8(sample, i);
        if (!is_space_char(c.code_point)) return reads_as_cjk(c.code_point);
        i += c.length;
    }
    return false;
}

/// One field of a metadata line.
struct metadata_item {
    std::string_view key;    ///< As printed before the colon: "时间", "Author".
    std::string_view value;  ///< As written in the model.
    std::string_view url;    ///< The source's address, printed after its name; may be empty.
    bool extra = false;      ///< An entry of metadata::extra, whose key may be anything.
};

/// What follows a key on a metadata line: "时间:2023…", "Date: June 2023".
constexpr std::string_view metadata_colon(bool cjk) noexcept { return cjk ? ":" : ": "; }

/// The fields of a report's metadata line, in the order a report prints
/// them: date, authors, source (with its address), category, extra fields.
inline std::vector<metadata_item> metadata_items(const metadata& m, bool cjk) {
    std::vector<metadata_item> items;
    const std::string_view date = m.date.text.empty() ? std::string_view(m.date.iso) : std::string_view(m.date.text);
    if (!date.empty()) items.push_back({cjk ? "时间" : "Date", date, {}});
    for (const std::string& author : m.authors) items.push_back({cjk ? "作者" : "Author", author, {}});
    if (!m.source.empty() || !m.source_url.empty()) items.push_back({cjk ? "来源" : "Source", m.source, m.source_url});
    if (!m.category.empty()) items.push_back({cjk ? "分类" : "Category", m.category, {}});
    for (const metadata_field& f : m.extra) items.push_back({f.key, f.value, {}, true});
    return items;
}

}  // namespace reportdoc::detail
