// SPDX-License-Identifier: MIT
// A corpus of model documents for the writer and round-trip tests: every node
// kind, every numbering style, every role, and text that is hostile to each
// output language. Append to it; every writer test runs over all of it.
#pragma once

#include <reportdoc/reportdoc.hpp>

#include <string>
#include <utility>
#include <vector>

namespace reportdoc::testing {

struct named_document {
    std::string name;
    report doc;
};

inline std::vector<named_document> test_documents() {
    std::vector<named_document> all;

    all.push_back({"empty", report{}});

    all.push_back({"chinese-work-report",
                   report_builder{}
                       .title("文明城市创建工作汇报")
                       .subtitle("——在全市文明创建推进会上的讲话")
                       .author("黄飞")
                       .date("2023-06-15 16:51:36", "2023-06-15T16:51:36")
                       .source("北考网", "www.beiweimall.com")
                       .category("汇报")
                       .language("zh-CN")
                       .field("编辑", "张三")
                       .salutation("尊敬的宋智富主任,检查验收团的各位领导,同志们:")
                       .paragraph("今天,省委宣传部部务会成员、省文明办主任宋智富同志亲临郴州检查指导。")
                       .section("一、", "基本认识")
                       .paragraph("多年来,市委、市政府对文明城市创建工作看得很重。")
                       .ordered_list(numbering_style::cjk_ordinal,
                                     {{"第一,", "创建文明城市是落实科学发展观的重要推手。"},
                                      {"第二,", "创建文明城市是重塑城市形象的现实要求。"}})
                       .end_section()
                       .section("二、", "主要措施及成效")
                       .run_in_section("(一)", "加强领导,落实责任")
                       .paragraph("市委、市政府把文明城市创建工作纳入总体规划。")
                       .section("1.", "组织保障")
                       .section("(1)", "领导小组")
                       .paragraph("成立领导小组。")
                       .end_section()
                       .end_section()
                       .end_section()
                       .end_section()
                       .closing("再次向宋智富主任及各位领导、同志们表示衷心感谢!")
                       .closing("郴州市人民政府", paragraph_role::signature)
                       .closing("2023年6月15日", paragraph_role::date_line)
                       .appendix("附件1", "检查验收评分表")
                       .section("一、", "评分办法")
                       .paragraph("按百分制评分。")
                       .end_section()
                       .appendix("注释", "", section_role::notes)
                       .paragraph("［1］十一五:第十一个五年规划。")
                       .related_heading("相关文章")
                       .related("消防工作汇报(精选五篇)", "", date_value{"2023-06-14 07:56:44", "2023-06-14T07:56:44"})
                       .related("新员工个人工作汇报", "https://example.org/a?b=1&c=2",
                                date_value{"2023-06-12 04:58:31", "2023-06-12T04:58:31"})
                       .build()});

    all.push_back({"western-spec",
                   report_builder{}
                       .title("The Report Format")
                       .author("J. Smith")
                       .author("A. Jones")
                       .date("June 2023", "2023-06")
                       .language("en")
                       .field("Category", "Standards Track")
                       .front(paragraph{{text{"This memo defines a format.", {}}}, paragraph_role::body, {}})
                       .section("1.", "Introduction")
                       .paragraph(inline_list{text{"Text with ", {}}, emphasis{{text{"emphasis", {}}}, {}},
                                              text{", ", {}}, strong{{text{"strong", {}}}, {}}, text{", ", {}},
                                              code{"code()", {}}, text{" and a ", {}},
                                              link{"https://example.org/", "Example", {text{"link", {}}}, {}},
                                              line_break{}, text{"after a break.", {}}})
                       .section("1.1.", "Scope")
                       .bullet_list({{"-", "first"}, {"-", "second"}})
                       .ordered_list(numbering_style::latin_lower, {{"a)", "alpha"}, {"b)", "beta"}})
                       .ordered_list(numbering_style::roman_lower, {{"(i)", "one"}, {"(ii)", "two"}})
                       .end_section()
                       .end_section()
                       .section("II.", "Roman")
                       .add(block_quote{{paragraph{{text{"Quoted text.", {}}}, paragraph_role::body, {}}}, {}})
                       .add(preformatted{"+---+---+\n| a | b |\n+---+---+", {}})
                       .end_section()
                       .section("Appendix A.", "Tables")
                       .ordered_list(numbering_style::circled, {{"①", "circled"}, {"②", "again"}})
                       .ordered_list(numbering_style::latin_upper, {{"A.", "upper"}})
                       .ordered_list(numbering_style::roman_upper, {{"IV.", "four"}})
                       .ordered_list(numbering_style::arabic, {{"3)", "three"}})
                       .ordered_list(numbering_style::cjk_parenthesized, {{"(三)", "三"}})
                       .ordered_list(numbering_style::cjk_ideographic, {{"五、", "五"}})
                       .ordered_list(numbering_style::dotted_path, {{"1.2.3", "path"}})
                       .end_section()
                       .closing("Thank you.")
                       .appendix("Appendix B", "Glossary", section_role::glossary)
                       .paragraph("Term: meaning.")
                       .related_heading("See also")
                       .related("RFC 2119", "https://www.rfc-editor.org/rfc/rfc2119")
                       .build()});

    // Text that means something in HTML, XML, Markdown or to a terminal.
    const std::string hostile =
        "<script>alert(1)</script> \"><img src=x onerror=alert(1)> &amp; &#60; &lt;b&gt; ]]> "
        "*star* _under_ `tick` [link](http://x) ![img](y) # hash > quote + plus - minus 1. one "
        "\\back\\slash | pipe ~tilde~ <!-- c --> {{tpl}} \u00A0nbsp \u3000ideographic";
    all.push_back({"hostile",
                   report_builder{}
                       .title(hostile)
                       .subtitle("# not a heading")
                       .author("<b>me</b>")
                       .date("<2023>", "2023-01-01")
                       .source("x\" onmouseover=\"alert(1)", "javascript:alert(1)")
                       .category("&lt;")
                       .field("<key>", "\"value\"")
                       .salutation("* not a list:")
                       .section("1.", hostile)
                       .paragraph(hostile)
                       .paragraph(inline_list{
                           link{"javascript:alert(1)", "\"><script>", {text{"js link", {}}}, {}},
                           link{" JaVaScRiPt:alert(1)", "", {text{"spaced", {}}}, {}},
                           link{"data:text/html,<script>alert(1)</script>", "", {text{"data", {}}}, {}},
                           link{"vbscript:msgbox", "", {text{"vb", {}}}, {}},
                           link{"java\tscript:alert(1)", "", {text{"tab", {}}}, {}},
                           link{"&#106;avascript:alert(1)", "", {text{"entity", {}}}, {}},
                           link{"https://example.org/?q=\"<>&", "", {text{"ok", {}}}, {}},
                           link{"mailto:a@example.org", "", {text{"mail", {}}}, {}},
                           link{"../relative/path.html#frag", "", {text{"relative", {}}}, {}},
                           code{"`` code with `ticks` ``", {}},
                       })
                       .bullet_list({{"-", "- dash"}, {"*", "1. number"}})
                       .add(preformatted{"<pre> & </pre>\n```\nfence\n```", {}})
                       .end_section()
                       .related("<a href=x>", "javascript:void(0)")
                       .build()});

    return all;
}

}  // namespace reportdoc::testing
