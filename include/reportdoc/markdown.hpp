// SPDX-License-Identifier: MIT
// The Markdown writer: a report as CommonMark 0.31, escaped so that any
// CommonMark parser reads back exactly the report's text.
//
//     reportdoc::markdown_options options;
//     options.front_matter = true;   // YAML metadata block for pandoc and static-site generators
//     options.width = 80;            // wrap paragraphs at 80 display columns
//     std::string md = reportdoc::render_markdown(doc, options);
//
// Layout:
// - The title is the `#` heading (or, with front_matter, the YAML `title`);
//   a section of level n is an ATX heading of level n + 1 (at most 6) with its
//   label as written: `## 一、基本认识`, `### (一)加强领导`. A run-in heading
//   becomes a heading followed by its paragraph.
// - Without front_matter, the subtitle and a metadata line
//   (`时间:… 作者:… 来源:…`, or `Date: … Author: …`) follow the title as paragraphs.
// - Lists: CommonMark numbers ordered lists only with arabic numerals, so an
//   ordered list whose labels are exactly `1.` `2.` … (or `1)` `2)` …) from its
//   start is a native ordered list, and any other ordered list (第一, / (1) /
//   一、 / a) / ①) is a native ordered list numbered from 1 whose items begin
//   with their labels as literal text: `1. 第一,创建…`. Bullet lists use `-`,
//   or `*` when they directly follow another bullet list (which `-` would
//   continue); their bullets as written are not repeated.
// - Block quotes are `> `, preformatted text a backtick fence longer than any
//   run of backticks inside it; closing remarks and back matter are
//   paragraphs and sections; related links a bullet list under their heading.
// - Emphasis and strong are `*` and `**` where the CommonMark flanking rules
//   let them open and close; elsewhere (as in `中*“引语”*文`) they are written
//   as <em> and <strong> HTML tags. Links whose target the URL policy refuses
//   (javascript:, data:, …) keep only their text.
// - A line break is a backslash at the end of the line.
// - Escaping: ASCII punctuation that could start markup is backslash-escaped
//   (`\*` `\_` `\#` `\[` `\<` `\!` `\|` `\~` `` \` `` `\\`), `&` before a name or
//   `#`, and `-` `+` `=` `>` `1.` `1)` at the start of a line; leading and
//   trailing spaces and tabs of a paragraph or line, which a parser would
//   strip, are character references (`&#32;`, `&#9;`). Wrapping never starts
//   a line with punctuation or a digit, so it cannot create markup.
#pragma once

#include <reportdoc/config.hpp>
#include <reportdoc/model.hpp>
#include <reportdoc/output.hpp>

#include <string>

namespace reportdoc {

/// How render_markdown writes.
struct markdown_options {
    /// Start with a YAML metadata block (`---` … `---`): title, subtitle,
    /// author (a list), date (ISO 8601 when known), source, source_url,
    /// category, lang and the extra fields under `fields`. The title heading
    /// and the metadata lines are then left out of the body.
    bool front_matter = false;
    /// Wrap paragraphs at this many display columns (CJK characters count
    /// two); 0 never wraps. Headings, link targets and code are never wrapped.
    unsigned width = 0;
    /// List items and block quotes nested deeper than this are written at
    /// this depth's indentation (their text is kept), so that a pathological
    /// document does not produce output quadratic in its depth.
    unsigned max_nesting = 64;
};

/// Renders a report as CommonMark.
REPORTDOC_FUNC std::string render_markdown(const report& doc, const markdown_options& options = {});
/// Renders a report as CommonMark into a sink.
REPORTDOC_FUNC void render_markdown(const report& doc, output_sink& out, const markdown_options& options = {});

}  // namespace reportdoc

#if REPORTDOC_DEFINE_FUNCTIONS
#include <reportdoc/detail/markdown_writer.inl>
#endif
