// SPDX-License-Identifier: MIT
// The HTML writer: a report as semantic, safe HTML5, either a fragment (one
// <article>) or a whole page with a built-in stylesheet.
//
//     reportdoc::html_options options;
//     options.standalone = true;                      // <!DOCTYPE html> ... </html>
//     std::vector<reportdoc::diagnostic> refused;
//     options.diagnostics = &refused;                 // learn about neutralised links
//     std::string page = reportdoc::render_html(doc, options);
//
// Every text and attribute is escaped for its context; link targets other
// than http, https, mailto and relative references are not written (the link
// text is kept) and reported. Labels are kept as written and visible
// ("一、", "第一,", "(1)"); see docs/html.md for the element and class vocabulary.
#pragma once

#include <reportdoc/config.hpp>
#include <reportdoc/model.hpp>
#include <reportdoc/output.hpp>
#include <reportdoc/result.hpp>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace reportdoc {

/// The built-in stylesheet of a standalone page.
enum class html_theme : std::uint8_t {
    automatic,  ///< official for reports whose language starts with "zh", neutral for the rest.
    official,   ///< Chinese official documents in the spirit of GB/T 9704 (fangsong body, heiti and kaiti headings).
    neutral,    ///< Clean Western typography with the system fonts.
    none,       ///< No stylesheet.
};

/// How render_html writes.
struct html_options {
    /// Write a whole page (doctype, `<html lang>`, `<head>` with charset, viewport,
    /// title and stylesheet) instead of a fragment holding one `<article>`.
    bool standalone = false;
    /// The stylesheet of a standalone page; ignored for fragments (see html_stylesheet).
    html_theme theme = html_theme::automatic;
    /// Write a table of contents (`<nav class="toc">`) after the header.
    bool toc = false;
    /// Set a run-in heading on one line with the paragraph it runs into: both
    /// get class "run-in", which the built-in stylesheets display inline. The
    /// heading stays a heading element, so the outline does not change.
    bool run_in_inline = false;
    /// Write `data-src="line:column-line:column"` on blocks that have a source span.
    bool source_positions = false;
    /// When set, receives a warning with code "unsafe-url" for every link
    /// target that was not written because the URL policy refused it.
    std::vector<diagnostic>* diagnostics = nullptr;
};

/// Renders a report as HTML.
REPORTDOC_FUNC std::string render_html(const report& doc, const html_options& options = {});
/// Renders a report as HTML into a sink.
REPORTDOC_FUNC void render_html(const report& doc, output_sink& out, const html_options& options = {});

/// The CSS of a theme, to style fragments the way standalone pages are styled;
/// `automatic` is resolved with `language` as render_html does. Empty for `none`.
REPORTDOC_FUNC std::string_view html_stylesheet(html_theme theme, std::string_view language = {}) noexcept;

}  // namespace reportdoc

#if REPORTDOC_DEFINE_FUNCTIONS
#include <reportdoc/detail/html_writer.inl>
#endif
