// SPDX-License-Identifier: MIT
// The plain-text writer: a report in the layout plain-text reports use, so
// that parse_text reads it back into the same model.
//
//     reportdoc::text_render_options options;
//     options.width = 72;         // wrap at 72 display columns (CJK counts two)
//     options.cjk_indent = true;  // GB/T 9704: indent paragraphs by two U+3000
//     std::string txt = reportdoc::render_text(doc, options);
//
// Layout, one blank line between blocks:
//
//     文明城市创建工作汇报                       title
//     ——在全市文明创建推进会上的讲话             subtitle
//     时间:2023-06-15 16:51:36 作者:黄飞 来源:北考网 www.beiweimall.com 分类:汇报
//                                                metadata line (Date: … Author: … in Latin reports)
//     编辑:张三                                   each extra field on a line of its own
//     尊敬的宋智富主任,……同志们:                front matter (salutation, byline, abstract)
//     今天,……                                    paragraphs ("　　今天,……" with cjk_indent)
//     一、基本认识                               heading: label as written, then the title
//     (一)加强领导,落实责任。市委、市政府把……   run-in heading: title, 。 or ., paragraph
//     第一,创建文明城市……                        list items on consecutive lines, each
//     第二,创建文明城市……                        starting with its label; an item's further
//                                                blocks are indented under its text
//     谢谢!                                      closing remarks, signature, date line
//     附件1 检查验收评分表                        back matter: label, a space after a label
//                                                ending in a letter or digit, title
//     相关文章                                   related links: the heading as written
//     消防工作汇报(精选五篇) 2023-06-14 07:56:44  (or 相关文章 / See also), then one line
//                                                per link: title, address, date
//
// Extra fields named "header" and "breadcrumb" (lines the plain-text reader
// found above a page's title) are written above the title, a blank line apart.
// An extra field without a key (a value the reader found unlabelled on the
// metadata line) goes back on that line, after the first field that takes no
// more words: a date, a source with its address, a value with CJK in it.
//
// Latin reports are laid out as RFCs and typed memos are: headings at the
// margin, everything between them indented by body_indent (3) columns, so
// that a short body line ("Note") stays a paragraph; unnumbered headings
// underlined (= - ~ ^ " + # * by level) when no heading is numbered; a
// subtitle on a centred title page; a bare-number label followed by two
// spaces ("1  Introduction"). Their parts read as in Chinese reports:
// "1. Introduction", "1.1. Scope", "- item", "Date: June 2023 Author: J. Smith",
// "Request for Comments: 9999", "See also". A label and its text are
// separated by a space when both are Latin ("1. Scope", "(i) one"), never in
// CJK ("一、基本认识", "1.组织保障", "第一,创建"). Unlabelled list items get "-"
// (bullets) or "N." (ordered). Block quotes are prefixed with "> ";
// preformatted text is written as it is, four columns in, never wrapped. Emphasis and strong
// are their text; code is its content; a link is its text followed by
// " <address>" (unless the address is the text); a line break ends the line.
//
// Wrapping breaks at a single space between Latin words or between two
// characters where either reads as CJK, never before closing punctuation
// (,。、;:?!)》」』 …) or after an opening bracket, and never so that the next
// line would start with a label (it would read as a new item), so that a
// reader joining the lines (CJK without a space, Latin with one) gets the
// text back.
#pragma once

#include <reportdoc/config.hpp>
#include <reportdoc/model.hpp>
#include <reportdoc/output.hpp>

#include <string>

namespace reportdoc {

/// How render_text writes.
struct text_render_options {
    /// Wrap paragraphs at this many display columns (CJK characters count
    /// two, combining marks none); 0 never wraps.
    unsigned width = 0;
    /// Indent the first line of each paragraph of a CJK report with two
    /// ideographic spaces (U+3000), as GB/T 9704 sets official documents.
    bool cjk_indent = false;
    /// Indent everything under the title block of a Latin report but its
    /// headings by this many spaces, as RFCs and typed memos do: a short body
    /// line ("Note") then reads back as a paragraph, not as a heading. CJK
    /// reports are never indented so (see cjk_indent).
    unsigned body_indent = 3;
    /// Follow a link's text with its address in angle brackets.
    bool link_targets = true;
};

/// Renders a report as plain text.
REPORTDOC_FUNC std::string render_text(const report& doc, const text_render_options& options = {});
/// Renders a report as plain text into a sink.
REPORTDOC_FUNC void render_text(const report& doc, output_sink& out, const text_render_options& options = {});

}  // namespace reportdoc

#if REPORTDOC_DEFINE_FUNCTIONS
#include <reportdoc/detail/text_writer.inl>
#endif
