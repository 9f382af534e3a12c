// SPDX-License-Identifier: MIT
// What every fuzz target checks: a failed invariant aborts with a message, so
// that libFuzzer keeps the input as a crash; every writer's output is UTF-8.
#pragma once

#include <reportdoc/reportdoc.hpp>

#include <reportdoc/detail/utf8.hpp>

#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

namespace reportdoc::fuzz {

[[noreturn]] inline void fail(const char* what, std::string_view detail = {}) {
    std::fprintf(stderr, "invariant failed: %s\n", what);
    if (!detail.empty()) std::fprintf(stderr, "%.*s\n", static_cast<int>(detail.size()), detail.data());
    std::abort();
}

inline void require(bool ok, const char* what, std::string_view detail = {}) {
    if (!ok) fail(what, detail);
}

inline void require_utf8(std::string_view output, const char* writer) {
    require(detail::find_invalid_utf8(output) == std::string_view::npos, writer, output);
}

// Every diagnostic points into the input it was made from (or nowhere).
inline void require_positions_inside(const std::vector<diagnostic>& diagnostics, std::size_t input_size) {
    for (const diagnostic& d : diagnostics) {
        require(!d.code.empty(), "a diagnostic without a code", d.message);
        if (d.where) require(d.where.column >= 1 && d.where.offset <= input_size, "a position outside the input", d.message);
    }
}

// Runs every writer with default and non-default options; each must write UTF-8.
inline void render_everything(const report& doc) {
    require_utf8(render_html(doc), "render_html wrote invalid UTF-8");
    html_options page;
    page.standalone = true;
    page.toc = true;
    page.run_in_inline = true;
    page.source_positions = true;
    std::vector<diagnostic> refused;
    page.diagnostics = &refused;
    require_utf8(render_html(doc, page), "render_html (standalone, all options) wrote invalid UTF-8");

    require_utf8(render_markdown(doc), "render_markdown wrote invalid UTF-8");
    markdown_options md;
    md.front_matter = true;
    md.width = 20;
    require_utf8(render_markdown(doc, md), "render_markdown (front matter, width 20) wrote invalid UTF-8");

    require_utf8(render_text(doc), "render_text wrote invalid UTF-8");
    text_render_options txt;
    txt.width = 20;
    txt.cjk_indent = true;
    require_utf8(render_text(doc, txt), "render_text (width 20, cjk_indent) wrote invalid UTF-8");

    require_utf8(render_xml(doc), "render_xml wrote invalid UTF-8");
}

}  // namespace reportdoc::fuzz
