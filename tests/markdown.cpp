// SPDX-License-Identifier: MIT
// The Markdown writer: exact output for small documents, escaping of hostile
// text, emphasis that CommonMark's flanking rules would not read back,
// wrapping, and depth. (tests/js/check-markdown.mjs reads every corpus
// document's Markdown back with the reference parser.)
#include <reportdoc/builder.hpp>
#include <reportdoc/markdown.hpp>

#include <doctest/doctest.h>

#include <string>

using namespace reportdoc;

namespace {
paragraph para(inline_list content) { return paragraph{std::move(content), paragraph_role::body, {}}; }
paragraph para(std::string s) { return para(inline_list{text{std::move(s), {}}}); }

std::string markdown_of(block b, const markdown_options& options = {}) {
    report doc;
    doc.body.push_back(std::move(b));
    return render_markdown(doc, options);
}
}  // namespace

TEST_CASE("markdown: a Chinese report") {
    const report doc = report_builder{}
                           .title("工作汇报")
                           .author("黄飞")
                           .date("2023-06-15 16:51:36", "2023-06-15T16:51:36")
                           .source("北考网", "www.beiweimall.com")
                           .language("zh-CN")
                           .salutation("尊敬的各位领导:")
                           .section("一、", "基本认识")
                           .paragraph("多年来,工作看得很重。")
                           .ordered_list(numbering_style::cjk_ordinal, {{"第一,", "创建是推手。"}, {"第二,", "创建是要求。"}})
                           .run_in_section("(一)", "加强领导")
                           .paragraph("市委把工作纳入规划。")
                           .end_section()
                           .end_section()
                           .closing("谢谢!")
                           .closing("2023年6月15日", paragraph_role::date_line)
                           .appendix("附件1", "评分表")
                           .paragraph("按百分制评分。")
                           .related_heading("相关文章")
                           .related("消防工作汇报", "", date_value{"2023-06-14", "2023-06-14"})
                           .build();
    CHECK(render_markdown(doc) ==
          "# 工作汇报\n"
          "\n"
          "时间:2023-06-15 16:51:36 作者:黄飞 来源:北考网 www.beiweimall.com\n"
          "\n"
          "尊敬的各位领导:\n"
          "\n"
          "## 一、基本认识\n"
          "\n"
          "多年来,工作看得很重。\n"
          "\n"
          "1. 第一,创建是推手。\n"
          "2. 第二,创建是要求。\n"
          "\n"
          "### (一)加强领导\n"
          "\n"
          "市委把工作纳入规划。\n"
          "\n"
          "谢谢\\!\n"
          "\n"
          "2023年6月15日\n"
          "\n"
          "## 附件1 评分表\n"
          "\n"
          "按百分制评分。\n"
          "\n"
          "## 相关文章\n"
          "\n"
          "- 消防工作汇报 2023-06-14\n");
}

TEST_CASE("markdown: YAML front matter") {
    markdown_options options;
    options.front_matter = true;
    const report doc = report_builder{}
                           .title("T \"q\"")
                           .subtitle("S")
                           .author("A")
                           .author("B")
                           .date("June 2023", "2023-06")
                           .category("C")
                           .language("en")
                           .field("k", "v")
                           .field("k", "w")
                           .field("编辑", "x\ny")
                           .build();
    CHECK(render_markdown(doc, options) ==
          "---\n"
          "title: \"T \\\"q\\\"\"\n"
          "subtitle: \"S\"\n"
          "author:\n"
          "  - \"A\"\n"
          "  - \"B\"\n"
          "date: \"2023-06\"\n"
          "category: \"C\"\n"
          "lang: \"en\"\n"
          "fields:\n"
          "  \"k\":\n"
          "    - \"v\"\n"
          "    - \"w\"\n"
          "  \"编辑\": \"x\\ny\"\n"
          "---\n"
          "\n");
    CHECK(render_markdown(report{}, options).empty());
}

TEST_CASE("markdown: lists, quotes and code blocks") {
    report doc = report_builder{}
                     .section("1.", "Scope")
                     .ordered_list(numbering_style::arabic, {{"3.", "three"}, {"4.", "four"}})
                     .bullet_list({{"-", "a"}, {"-", "b"}})
                     .bullet_list({{"•", "c"}})
                     .build();
    list outer;
    list inner;
    inner.ordered = true;
    inner.style = numbering_style::arabic;
    inner.items.push_back(list_item{"1)", {para("x")}, {}});
    outer.items.push_back(list_item{"-", {para("p"), inner}, {}});
    outer.items.push_back(list_item{"-", {}, {}});
    doc.body.push_back(outer);
    doc.body.push_back(block_quote{{para("q1"), para("q2")}, {}});
    doc.body.push_back(preformatted{"a ``` b\n\n  indented", {}});
    list loose;
    loose.items.push_back(list_item{"", {para("one"), para("two")}, {}});
    loose.items.push_back(list_item{"", {block_quote{{para("q")}, {}}}, {}});
    doc.body.push_back(loose);
    CHECK(render_markdown(doc) ==
          "## 1. Scope\n"
          "\n"
          "3. three\n"
          "4. four\n"
          "\n"
          "- a\n"
          "- b\n"
          "\n"
          "* c\n"
          "\n"
          "- p\n"
          "  1) x\n"
          "-\n"
          "\n"
          "> q1\n"
          ">\n"
          "> q2\n"
          "\n"
          "````\n"
          "a ``` b\n"
          "\n"
          "  indented\n"
          "````\n"
          "\n"
          "- one\n"
          "\n"
          "  two\n"
          "\n"
          "- > q\n");
}

TEST_CASE("markdown: text that would be markup is escaped") {
    const std::pair<const char*, const char*> cases[] = {
        {"# x", "\\# x\n"},
        {"- x", "\\- x\n"},
        {"+ x", "\\+ x\n"},
        {"* x", "\\* x\n"},
        {"1. x", "1\\. x\n"},
        {"12) x", "12\\) x\n"},
        {"> x", "\\> x\n"},
        {"===", "\\===\n"},
        {"---", "\\---\n"},
        {"  lead and trail  ", "&#32;&#32;lead and trail&#32;&#32;\n"},
        {"a\n- b\n  c", "a\n\\- b\n&#32;&#32;c\n"},
        {"&amp; &#60; & x &", "\\&amp; \\&\\#60; & x &\n"},
        {"*a* _b_", "\\*a\\* \\_b\\_\n"},
        {"<div>", "\\<div>\n"},
        {"[a](b)", "\\[a\\](b)\n"},
        {"![i](s)", "\\!\\[i\\](s)\n"},
        {"`c`", "\\`c\\`\n"},
        {"| t |", "\\| t \\|\n"},
        {"~~~", "\\~\\~\\~\n"},
        {"a\\", "a\\\\\n"},
        {"\tx", "&#9;x\n"},
        {"a  \nb", "a&#32;&#32;\nb\n"},
        {"x\r\ny", "x&#13;\ny\n"},
        {"2023年6月", "2023年6月\n"},
        {"bad \xFF utf-8 \x01", "bad \xEF\xBF\xBD utf-8 \xEF\xBF\xBD\n"},
    };
    for (const auto& [input, expected] : cases) CHECK(markdown_of(para(input)) == expected);
    // In a heading, a line break cannot be written: it is a character reference.
    CHECK(markdown_of(section{1, "", numbering_style::none, 0, {text{"a\nb ", {}}}, false, section_role::none, {}, {}}) ==
          "## a&#10;b&#32;\n");
}

TEST_CASE("markdown: emphasis falls back to HTML where * would not read back") {
    CHECK(markdown_of(para({text{"中", {}}, emphasis{{text{"“引语”", {}}}, {}}, text{"文 a ", {}},
                            emphasis{{text{"b", {}}}, {}}, strong{{emphasis{{text{"c", {}}}, {}}}, {}}, text{" ", {}},
                            emphasis{{text{" d", {}}}, {}}})) ==
          "中<em>“引语”</em>文 a <em>b</em><strong>*c*</strong> <em> d</em>\n");
    CHECK(markdown_of(para({text{"a ", {}}, emphasis{{text{"b", {}}}, {}}, text{" c ", {}}, strong{{text{"d", {}}}, {}},
                            text{".", {}}})) == "a *b* c **d**.\n");
    CHECK(markdown_of(para({emphasis{{}, {}}})) == "<em></em>\n");
}

TEST_CASE("markdown: code spans, links and line breaks") {
    CHECK(markdown_of(para({code{"a`b", {}}, text{" ", {}}, code{"`x`", {}}, text{" ", {}}, code{"l1\nl2", {}},
                            text{" ", {}}, code{"", {}}, text{" ", {}}, code{" a ", {}}})) ==
          "``a`b`` `` `x` `` <code>l1\nl2</code> <code></code> `  a  `\n");
    CHECK(markdown_of(para({link{"http://a.b/c d(e)", "t \"q\"", {text{"x", {}}}, {}}, text{" ", {}},
                            link{"", "", {text{"empty", {}}}, {}}, text{" trailing", {}}, line_break{}})) ==
          "[x](<http://a.b/c d\\(e\\)> \"t \\\"q\\\"\") [empty](<>) trailing<br />\n");
    CHECK(markdown_of(para({text{"a", {}}, line_break{}, text{"- b", {}}})) == "a\\\n\\- b\n");
    // Refused targets keep their text; a link inside a link is its text.
    CHECK(markdown_of(para({link{"javascript:alert(1)", "", {text{"js", {}}}, {}}, text{" ", {}},
                            link{"https://a/", "", {link{"https://b/", "", {text{"in", {}}, {}}, {}}}, {}}})) ==
          "js [in](https://a/)\n");
}

TEST_CASE("markdown: wrapping never starts a line with markup") {
    markdown_options options;
    options.width = 20;
    CHECK(markdown_of(para("The quick brown fox jumps over the lazy dog - 1. not a list, but 2 words."), options) ==
          "The quick brown fox\n"
          "jumps over the lazy\n"
          "dog - 1. not a list,\n"
          "but 2 words.\n");
    // CJK text is not broken: a soft line break would add a space in HTML.
    CHECK(markdown_of(para("一二三四五六七八九十一二三四五六七八九十"), options) ==
          "一二三四五六七八九十一二三四五六七八九十\n");
}

TEST_CASE("markdown: deep documents render without recursion") {
    block deep = para("core");
    for (int i = 0; i < 100000; ++i) {
        block_quote q;
        q.children.push_back(std::move(deep));  // an initializer list would copy the whole chain
        deep = std::move(q);
    }
    const std::string md = markdown_of(std::move(deep));
    // Quotes past max_nesting (64) are not indented further.
    std::string expected;
    for (int i = 0; i < 64; ++i) expected += "> ";
    CHECK(md == expected + "core\n");
}
