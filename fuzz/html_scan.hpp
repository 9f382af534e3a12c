// SPDX-License-Identifier: MIT
// A small, strict reader of the HTML render_html writes, for the writer fuzz
// target: every '<' must open or close an element of the writer's vocabulary
// with only its attributes, double-quoted; elements nest properly; text and
// attribute values hold only complete character references. It collects the
// text (still escaped) and counts the elements, to compare with the model.
#pragma once

#include <array>
#include <cstddef>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace reportdoc::fuzz {

struct html_scan {
    std::string problem;  // empty when the page is well-formed
    std::string text;     // the text between tags, character references kept, ASCII whitespace removed
    std::map<std::string, std::size_t, std::less<>> counts;
};

namespace html_scan_detail {

struct element_rule {
    std::string_view name;
    std::array<std::string_view, 3> attributes;
};

// The writer's vocabulary (docs/html.md); tests/js/check-html.mjs holds the same list.
inline constexpr element_rule elements[] = {
    {"html", {"lang"}},        {"head", {}},
    {"body", {}},              {"title", {}},
    {"style", {}},             {"meta", {"charset", "name", "content"}},
    {"article", {"class", "lang"}},
    {"header", {}},            {"footer", {}},
    {"nav", {"class", "aria-label"}},
    {"aside", {"class"}},      {"section", {"id", "class", "data-src"}},
    {"h1", {}},                {"h2", {"class"}},
    {"h3", {"class"}},         {"h4", {"class"}},
    {"h5", {"class"}},         {"h6", {"class", "aria-level"}},
    {"p", {"class", "data-src"}},
    {"span", {"class"}},       {"time", {"datetime"}},
    {"a", {"href", "title"}},  {"dl", {"class"}},
    {"dt", {}},                {"dd", {}},
    {"ol", {"class", "start", "data-src"}},
    {"ul", {"class", "data-src"}},
    {"li", {"data-src"}},      {"blockquote", {"data-src"}},
    {"pre", {"data-src"}},     {"em", {}},
    {"strong", {}},            {"code", {}},
    {"br", {}},
};

inline const element_rule* rule_of(std::string_view name) {
    for (const element_rule& e : elements)
        if (e.name == name) return &e;
    return nullptr;
}

inline bool is_void(std::string_view name) { return name == "br" || name == "meta"; }
inline bool is_name_char(char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'; }
inline bool is_ascii_whitespace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

// A complete character reference at s[i] == '&': &name; or &#digits;. Returns its length, 0 if none.
inline std::size_t reference_length(std::string_view s, std::size_t i) {
    std::size_t k = i + 1;
    if (k < s.size() && s[k] == '#') {
        const std::size_t digits = ++k;
        while (k < s.size() && s[k] >= '0' && s[k] <= '9') ++k;
        if (k == digits) return 0;
    } else {
        const std::size_t letters = k;
        while (k < s.size() && s[k] >= 'a' && s[k] <= 'z') ++k;
        if (k == letters) return 0;
    }
    return k < s.size() && s[k] == ';' ? k + 1 - i : 0;
}

}  // namespace html_scan_detail

/// Reads a page or a fragment. The text of <title> (not document text) is
/// checked but not collected; the stylesheet in <style> is skipped.
inline html_scan scan_html(std::string_view html) {
    using namespace html_scan_detail;
    html_scan out;
    std::vector<std::string_view> open;
    bool in_title = false;
    std::size_t i = 0;
    auto fail = [&](std::string what) {
        out.problem = std::move(what) + " at byte " + std::to_string(i);
        return out;
    };
    constexpr std::string_view doctype = "<!DOCTYPE html>";
    if (html.substr(0, doctype.size()) == doctype) i = doctype.size();
    while (i < html.size()) {
        const char c = html[i];
        if (c == '&') {
            const std::size_t n = reference_length(html, i);
            if (n == 0) return fail("'&' that starts no character reference");
            if (!in_title) out.text.append(html.substr(i, n));
            i += n;
            continue;
        }
        if (c == '>') return fail("'>' in text");
        if (c != '<') {
            if (!in_title && !is_ascii_whitespace(c)) out.text += c;
            ++i;
            continue;
        }
        // A tag.
        ++i;
        const bool closing = i < html.size() && html[i] == '/';
        if (closing) ++i;
        const std::size_t name_start = i;
        while (i < html.size() && is_name_char(html[i])) ++i;
        const std::string_view name = html.substr(name_start, i - name_start);
        const element_rule* rule = rule_of(name);
        if (!rule) return fail("element <" + std::string(name) + "> outside the writer's vocabulary");
        if (closing) {
            if (i >= html.size() || html[i] != '>') return fail("malformed end tag </" + std::string(name));
            ++i;
            if (open.empty() || open.back() != name) return fail("</" + std::string(name) + "> closes nothing open");
            open.pop_back();
            in_title = in_title && name != "title";
            continue;
        }
        while (i < html.size() && html[i] == ' ') {
            ++i;
            const std::size_t attribute_start = i;
            while (i < html.size() && is_name_char(html[i])) ++i;
            const std::string_view attribute = html.substr(attribute_start, i - attribute_start);
            bool allowed = false;
            for (std::string_view a : rule->attributes) allowed = allowed || (!a.empty() && a == attribute);
            if (!allowed) return fail("attribute " + std::string(attribute) + " on <" + std::string(name) + ">");
            if (html.substr(i, 2) != "=\"") return fail("attribute value not in double quotes");
            i += 2;
            while (i < html.size() && html[i] != '"') {
                if (html[i] == '<' || html[i] == '>') return fail("'<' or '>' in an attribute value");
                if (html[i] == '&') {
                    const std::size_t n = reference_length(html, i);
                    if (n == 0) return fail("'&' that starts no character reference in an attribute value");
                    i += n;
                } else {
                    ++i;
                }
            }
            if (i >= html.size()) return fail("unterminated attribute value");
            ++i;
        }
        if (i >= html.size() || html[i] != '>') return fail("malformed start tag <" + std::string(name));
        ++i;
        ++out.counts[std::string(name)];
        if (is_void(name)) continue;
        if (name == "style") {
            const std::size_t end = html.find("</style>", i);
            if (end == std::string_view::npos) return fail("<style> is never closed");
            i = end + std::string_view("</style>").size();
            continue;
        }
        open.push_back(rule->name);
        in_title = name == "title";
    }
    if (!open.empty()) return fail("<" + std::string(open.back()) + "> is never closed");
    return out;
}

}  // namespace reportdoc::fuzz
