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

    // Text at the edges of what formats keep: empty strings wherever the model
    // holds one, whitespace-only and space-padded text, line ends (LF, CR LF,
    // lone CR) and tabs in text and attributes, adjacent text nodes, empty
    // containers of every kind.
    {
        report r;
        r.meta.title = "  padded title  ";
        r.meta.subtitle = "\n";
        r.meta.authors = {"", " ", "tab\tinside"};
        r.meta.date = date_value{"", "2023-06"};
        r.meta.source_url = "https://example.org/only-a-url";
        r.meta.language = "zh-Hant-TW";
        r.meta.extra = {{"", ""}, {"empty value", ""}, {"", "empty key"}, {"two\nlines", "crlf\r\nlone cr\rlf\n"}};
        r.front_matter.push_back(paragraph{{}, paragraph_role::byline, {}});
        section s;
        s.label = " ";
        s.children.push_back(paragraph{{text{"", {}}, text{" ", {}}, text{"  padded  ", {}}, text{"\n", {}}, text{"\t", {}},
                                        emphasis{{}, {}}, strong{{text{"", {}}}, {}}, reportdoc::link{"", "", {}, {}},
                                        code{"", {}}, code{"  spaced code  ", {}}, line_break{}, line_break{},
                                        text{"crlf\r\nlone cr\rlf\n", {}}},
                                       paragraph_role::body, {}});
        s.children.push_back(paragraph{{text{"   ", {}}}, paragraph_role::body, {}});
        s.children.push_back(paragraph{});
        s.children.push_back(list{});
        s.children.push_back(list{true, numbering_style::arabic, 0, {list_item{}, list_item{" ", {}, {}}}, {}});
        s.children.push_back(block_quote{});
        s.children.push_back(preformatted{});
        s.children.push_back(preformatted{"\n  indented\n\ttabbed\n\n", {}});
        s.children.push_back(preformatted{"   ", {}});
        s.children.push_back(preformatted{"crlf\r\nlone cr\r", {}});
        r.body.push_back(std::move(s));
        r.closing.push_back(paragraph{{text{"", {}}}, paragraph_role::signature, {}});
        r.back_matter.push_back(section{});
        r.related.push_back(related_link{});
        r.related.push_back(related_link{" ", "", date_value{"", "2023-06-12"}});
        all.push_back({"edge-text", std::move(r)});
    }

    // Every numbering style on a section, every section role in the back
    // matter, every paragraph role.
    {
        constexpr numbering_style styles[] = {
            numbering_style::none,        numbering_style::cjk_ideographic, numbering_style::cjk_parenthesized,
            numbering_style::arabic,      numbering_style::dotted_path,     numbering_style::roman_upper,
            numbering_style::roman_lower, numbering_style::latin_upper,     numbering_style::latin_lower,
            numbering_style::cjk_ordinal, numbering_style::circled,
        };
        const char* const labels[] = {"", "三、", "(四)", "5.", "6.1", "VII.", "viii.", "I.", "j)", "第十", "⑪"};
        report r;
        for (std::size_t i = 0; i < std::size(styles); ++i) {
            section s;
            s.label = labels[i];
            s.style = styles[i];
            s.ordinal = styles[i] == numbering_style::none ? 0 : static_cast<std::uint32_t>(i + 3);
            s.title = {text{"style " + std::string(to_string(styles[i])), {}}};
            r.body.push_back(std::move(s));
        }
        constexpr paragraph_role roles[] = {paragraph_role::body,    paragraph_role::salutation,
                                            paragraph_role::byline,  paragraph_role::closing,
                                            paragraph_role::signature, paragraph_role::date_line};
        for (const paragraph_role role : roles)
            r.closing.push_back(paragraph{{text{"role " + std::string(to_string(role)), {}}}, role, {}});
        constexpr section_role section_roles[] = {section_role::none, section_role::appendix, section_role::notes,
                                                  section_role::glossary};
        for (const section_role role : section_roles) {
            section s;
            s.role = role;
            s.title = {text{"role " + std::string(to_string(role)), {}}};
            s.children.push_back(paragraph{{text{"text", {}}}, paragraph_role::body, {}});
            r.back_matter.push_back(std::move(s));
        }
        all.push_back({"every-style-and-role", std::move(r)});
    }

    // Nesting deeper than any real report, yet within the readers' default
    // depth limit: 30 sections, 12 quotes, 12 lists and 100 inlines.
    {
        inline_list inlines{text{"innermost", {}}};
        for (int i = 0; i < 100; ++i) {
            inline_list outer{text{std::to_string(i), {}}};
            if (i % 3 == 0) outer.push_back(emphasis{std::move(inlines), {}});
            else if (i % 3 == 1) outer.push_back(strong{std::move(inlines), {}});
            else outer.push_back(reportdoc::link{"#" + std::to_string(i), "", std::move(inlines), {}});
            inlines = std::move(outer);
        }
        block innermost = paragraph{std::move(inlines), paragraph_role::body, {}};
        for (int i = 0; i < 12; ++i)
            innermost = list{i % 2 == 0, numbering_style::none, 1, {list_item{"*", {std::move(innermost)}, {}}}, {}};
        for (int i = 0; i < 12; ++i) innermost = block_quote{{std::move(innermost)}, {}};
        for (unsigned level = 30; level >= 1; --level) {
            section s;
            s.level = level;
            s.label = std::to_string(level) + ".";
            s.style = numbering_style::arabic;
            s.ordinal = level;
            s.title = {text{"level " + std::to_string(level), {}}};
            s.children.push_back(std::move(innermost));
            innermost = std::move(s);
        }
        report r;
        r.body.push_back(std::move(innermost));
        all.push_back({"deep-nesting", std::move(r)});
    }

    // Structure the other documents lack: no title; sections nested deeper
    // than h6, and a level skipped; a run-in section with subsections; rich
    // headings; unlabelled and partly labelled lists; items that start with a
    // list or hold several blocks; a list in a quote; a link inside a link; a byline.
    {
        auto para = [](std::string_view s) {
            return paragraph{{text{std::string(s), {}}}, paragraph_role::body, {}};
        };
        auto item = [&](std::string_view label, block_list blocks) {
            return list_item{std::string(label), std::move(blocks), {}};
        };
        section skipped;
        skipped.level = 3;
        skipped.label = "(a)";
        skipped.style = numbering_style::latin_lower;
        skipped.ordinal = 1;
        skipped.title = {text{"Skipped level", {}}};
        skipped.children = {para("Level 3 right under level 1.")};
        list inner{false, numbering_style::none, 1, {item("-", {para("inner one")}), item("-", {para("inner two")})}, {}};
        report_builder b;
        b.language("en")
            .front(paragraph{{text{"By the committee", {}}}, paragraph_role::byline, {}})
            .section("1.", inline_list{text{"Rich ", {}}, emphasis{{text{"heading", {}}}, {}}, text{" with ", {}},
                                       link{"https://example.org/h", "", {text{"a link", {}}}, {}}, text{" and ", {}},
                                       code{"code", {}}})
            .add(skipped)
            .end_section()
            .section("2.", "Deep");
        for (int level = 2; level <= 10; ++level) b.section(std::to_string(level) + ".", "Level " + std::to_string(level));
        b.paragraph("At the bottom.");
        for (int level = 2; level <= 10; ++level) b.end_section();
        b.end_section()
            .run_in_section("A.", "Run-in with children")
            .paragraph("Runs in.")
            .section("i.", "Child")
            .paragraph("Child text.")
            .end_section()
            .end_section()
            .section("", "Unlabelled")
            .add(list{true, numbering_style::none, 1, {item("", {para("no label one")}), item("", {para("no label two")})}, {}})
            .add(list{false, numbering_style::none, 1, {item("-", {para("labelled")}), item("", {para("not labelled")})}, {}})
            .add(list{true, numbering_style::arabic, 1,
                      {item("1.", {inner, para("after the inner list")}), item("2.", {para("first"), para("second")}),
                       item("3.", {})},
                      {}})
            .add(block_quote{{list{false, numbering_style::none, 1, {item("•", {para("quoted item")})}, {}}}, {}})
            .paragraph(inline_list{link{"https://outer.example/", "",
                                        {text{"outer ", {}}, link{"https://inner.example/", "", {text{"inner", {}}}, {}}},
                                        {}}})
            .end_section();
        all.push_back({"structure-edge-cases", b.build()});
    }

    // Text full of Markdown: every block start at the start of a paragraph, a
    // line, a list item and a heading; entity and autolink look-alikes;
    // emphasis whose neighbours defeat CommonMark's flanking rules; code with
    // backtick runs; lists that would merge or fail to interrupt a paragraph.
    {
        auto para = [](std::string_view s) {
            return paragraph{{text{std::string(s), {}}}, paragraph_role::body, {}};
        };
        auto item = [&](std::string_view label, block_list blocks) {
            return list_item{std::string(label), std::move(blocks), {}};
        };
        const char* const starts[] = {
            "# not a heading #",  "## also not ##",  "- not a list",    "+ not a list",   "* not a list",
            "1. not a list",      "1) not a list",   "123456789. big", "> not a quote",  "=== setext?",
            "--- rule?",          "***",             "___",             "```not a fence", "~~~ not a fence",
            "    not code",       "\tnot code",     "<div>not html</div>", "<!-- not a comment -->",
            "[ref]: /not-a-definition", "| not | a | table |", "&copy; &#169; &#xA9; &amp",
            "<https://not.an/autolink>", "trailing backslash\\", "two trailing spaces  ",
            "line one\n# line two\n- line three\n    line four\n1. line five",
            "[^1] footnote?", "$math$ and ~~strike~~ and ==mark==", "\\*escaped\\* \\_", "![alt](src \"t\")",
        };
        report_builder b;
        b.language("en").title("# Title * with _ markup [x](y)").subtitle("---").section("1.", "Heading ending in #");
        for (const char* s : starts) b.paragraph(s);
        b.paragraph(inline_list{text{"中", {}}, emphasis{{text{"“引语”", {}}}, {}}, text{"文", {}}});
        b.paragraph(inline_list{text{"a", {}}, strong{{text{"*b*", {}}}, {}}, text{"c ", {}}, emphasis{{text{" spaced ", {}}}, {}},
                                text{" ", {}}, emphasis{{strong{{text{"both", {}}}, {}}}, {}}, emphasis{{text{"x", {}}}, {}},
                                strong{{text{"y", {}}}, {}}, text{"!", {}},
                                reportdoc::link{"https://example.org/a_b*c", "title with \"quotes\" and \\", {text{"[brackets]", {}}}, {}}});
        b.paragraph(inline_list{code{"`", {}}, text{" ", {}}, code{"``two``", {}}, text{" ", {}}, code{" padded ", {}},
                                text{" ", {}}, code{"a\nb", {}}, text{" ", {}}, code{"<b>*x*</b>", {}}, line_break{},
                                text{"- after a break", {}}, line_break{}, text{"1. numbered after a break", {}}});
        b.section("2.", "Lists");
        b.add(list{true, numbering_style::arabic, 7, {item("7.", {para("seven")}), item("8.", {para("eight")})}, {}});
        b.add(list{true, numbering_style::arabic, 9, {item("9.", {para("nine")})}, {}});
        b.add(list{false, numbering_style::none, 1, {item("-", {para("- dash item")}), item("-", {para("1. numbered item")})}, {}});
        b.add(list{false, numbering_style::none, 1, {item("*", {para("# heading-like item")})}, {}});
        b.add(list{true, numbering_style::latin_lower, 1,
                   {item("a)", {para("item"), list{true, numbering_style::arabic, 3, {item("3.", {para("can't interrupt")})}, {}}}),
                    item("b)", {list{false, numbering_style::none, 1, {item("-", {})}, {}}, para("after an empty item")})},
                   {}});
        b.add(list{true, numbering_style::cjk_ordinal, 1, {item("第一,", {para("中文项。")}), item("*第二*", {para("标签有星号。")})}, {}});
        b.add(block_quote{{para("> quoted >"), list{false, numbering_style::none, 1, {item("-", {para("in quote")})}, {}},
                           para("after the list")},
                          {}});
        b.add(preformatted{"```\n~~~\n    ```` four", {}});
        b.end_section();
        b.related("*starred* [title]", "https://example.org/x y");
        all.push_back({"markdown-punctuation", b.build()});
    }

    return all;
}

/// Documents whose text no output format carries as is: C0 and C1 controls,
/// DEL, invalid UTF-8 (stray, overlong, surrogate, truncated sequences),
/// noncharacters, in every place a report holds text. Writers repair such
/// text (U+FFFD), so lossless round trips do not apply to these; every
/// writer must still produce well-formed output from them.
inline std::vector<named_document> repaired_text_documents() {
    const std::string bytes = std::string("nul[") + '\0' +
                              "] bell[\x07] esc[\x1b[31m] del[\x7f] cr[\r] crlf[\r\n] tab[\t] ff[\f] "
                              "invalid[\xff\xfe] overlong[\xc0\xaf] surrogate[\xed\xa0\x80] truncated[\xe4\xb8] "
                              "c1[\xc2\x85\xc2\x9b] nonchar[\xef\xbf\xbe\xef\xbf\xbf\xef\xb7\x90\xf0\x9f\xbf\xbf] end";
    std::vector<named_document> all;
    all.push_back({"repaired-bytes",
                   report_builder{}
                       .title(bytes)
                       .subtitle(bytes)
                       .author(bytes)
                       .date(bytes, "2023-02-30")
                       .source(bytes, "https://example.org/\x01")
                       .category(bytes)
                       .language("zh\x01CN")
                       .field(bytes, bytes)
                       .salutation(bytes)
                       .section(bytes, bytes)
                       .paragraph(inline_list{
                           text{bytes, {}},
                           code{bytes, {}},
                           emphasis{{strong{{text{bytes, {}}}, {}}}, {}},
                           link{"https://example.org/\xff", bytes, {text{"invalid UTF-8 URL", {}}}, {}},
                           link{"https://example.org/\xc2\x85", "", {text{"C1 URL", {}}}, {}},
                           link{"https://example.org/a b/%zz%4g%41?q=\"<>`{|}^[]\\#x#y", "", {text{"messy URL", {}}}, {}},
                           link{"//[::1]:8080/p", "", {text{"IPv6", {}}}, {}},
                       })
                       .bullet_list({{bytes, bytes}})
                       .add(preformatted{bytes, {}})
                       .end_section()
                       .closing(bytes, paragraph_role::signature)
                       .appendix(bytes, bytes)
                       .paragraph(bytes)
                       .related_heading(bytes)
                       .related(bytes, "https://example.org/\x7f", date_value{bytes, "2023-06-15T24:00"})
                       .build()});
    return all;
}

}  // namespace reportdoc::testing
