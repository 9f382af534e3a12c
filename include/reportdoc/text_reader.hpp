// SPDX-License-Identifier: MIT
// The plain-text reader: recovers a report's structure from the conventions
// of plain text — scraped web pages, word-processor exports, fixed-width
// documents — in Chinese (GB/T 9704 outlines) and Western styles.
//
//     auto result = reportdoc::parse_text(input);
//     for (const auto& d : result.diagnostics()) puts(reportdoc::format_diagnostic(d, "in.txt").c_str());
//     if (result) use(*result);
//
// Every repair and every line dropped on purpose is reported as a diagnostic
// (a note), so nothing disappears silently.
#pragma once

#include <reportdoc/config.hpp>
#include <reportdoc/model.hpp>
#include <reportdoc/result.hpp>

#include <cstdint>
#include <string>
#include <string_view>

namespace reportdoc {

/// How paragraphs are laid out in the input.
enum class text_layout : std::uint8_t {
    automatic,           ///< Detected per document.
    blank_separated,     ///< Blank lines separate paragraphs; each line is one paragraph.
    line_per_paragraph,  ///< Every line is a paragraph (most scraped pages).
    hard_wrapped,        ///< Fixed-width lines, joined into paragraphs (CJK to CJK without a space).
};

/// How parse_text reads. Every heuristic can be switched off.
struct text_options {
    /// Any guess or repair (every diagnostic) is an error: a strict parse
    /// succeeds only for input that needed none.
    bool strict = false;
    /// How paragraphs are laid out in the input.
    text_layout layout = text_layout::automatic;
    unsigned tab_width = 4;  ///< Columns per tab stop when measuring indentation.

    bool front_matter = true;     ///< Header lines, title, metadata, subtitle, byline, salutation.
    bool closing = true;          ///< Closing remarks, signature and date line at the end.
    bool back_matter = true;      ///< Attachments (附件), notes (注释), glossaries (名词解释), appendices.
    bool related_links = true;    ///< A trailing "相关文章" / "See also" list of titles with dates.
    bool page_chrome = true;      ///< Remove scraper chrome: breadcrumbs, widgets, toolbars, captions.
    bool page_furniture = true;   ///< Remove page footers, running headers and page numbers; rejoin across pages.
    bool tables_of_contents = true;  ///< Keep a table of contents as a section of entries (false: drop it, with a note).
    bool join_broken_paragraphs = true;  ///< Rejoin a paragraph broken mid-sentence.
    bool run_in_headings = true;  ///< "(一)标题。正文…" becomes a run-in section.
    bool lists = true;            ///< 第一, / 一是 / 首先 / ①, bullets and dashes become lists.
    bool unnumbered_headings = true;  ///< A short unpunctuated line between blocks is a heading.

    /// Bounds on input size, depth and node count.
    reader_limits limits;
};

/// Reads a report from plain text (UTF-8, with or without BOM; LF, CR LF or CR).
REPORTDOC_FUNC parse_result<report> parse_text(std::string_view input, const text_options& options = {});
/// As parse_text, with the same result, but takes the input over and frees it
/// once the paragraphs are read, before the outline is built: the input and the
/// whole model are never in memory together, so peak memory is about one input
/// smaller. `input` is moved from.
///
///     std::string text = read_file(path);
///     auto result = reportdoc::parse_text_in_place(std::move(text));
REPORTDOC_FUNC parse_result<report> parse_text_in_place(std::string&& input, const text_options& options = {});

}  // namespace reportdoc

#if REPORTDOC_DEFINE_FUNCTIONS
#include <reportdoc/detail/text_reader.inl>
#endif
