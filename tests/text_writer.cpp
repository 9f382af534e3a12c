// SPDX-License-Identifier: MIT
// The plain-text writer: exact layout of Chinese and Latin reports, GB/T 9704
// indentation, wrapping by display width, and depth.
#include <reportdoc/builder.hpp>
#include <reportdoc/text_writer.hpp>

#include <doctest/doctest.h>

#include <string>

using namespace reportdoc;

namespace {
report chinese_report() {
    return report_builder{}
        .title("工作汇报")
        .subtitle("——在推进会上的讲话")
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
        .closing("郴州市人民政府", paragraph_role::signature)
        .closing("2023年6月15日", paragraph_role::date_line)
        .appendix("附件1", "评分表")
        .paragraph("按百分制评分。")
        .related_heading("相关文章")
        .related("消防工作汇报", "", date_value{"2023-06-14 07:56:44", "2023-06-14T07:56:44"})
        .build();
}

// The blocks of a Latin report at the margin: body_indent is tested on its own.
text_render_options flat() {
    text_render_options options;
    options.body_indent = 0;
    return options;
}

std::string text_of(block b, const text_render_options& options = flat()) {
    report doc;
    doc.body.push_back(std::move(b));
    return render_text(doc, options);
}
}  // namespace

TEST_CASE("text: a Chinese report") {
    CHECK(render_text(chinese_report()) ==
          "工作汇报\n"
          "——在推进会上的讲话\n"
          "时间:2023-06-15 16:51:36 作者:黄飞 来源:北考网 www.beiweimall.com\n"
          "\n"
          "尊敬的各位领导:\n"
          "\n"
          "一、基本认识\n"
          "\n"
          "多年来,工作看得很重。\n"
          "\n"
          "第一,创建是推手。\n"
          "第二,创建是要求。\n"
          "\n"
          "(一)加强领导。市委把工作纳入规划。\n"
          "\n"
          "谢谢!\n"
          "\n"
          "郴州市人民政府\n"
          "\n"
          "2023年6月15日\n"
          "\n"
          "附件1 评分表\n"
          "\n"
          "按百分制评分。\n"
          "\n"
          "相关文章\n"
          "消防工作汇报 2023-06-14 07:56:44\n");
}

TEST_CASE("text: GB/T 9704 indentation and wrapping at 20 columns") {
    text_render_options options;
    options.width = 20;
    options.cjk_indent = true;
    CHECK(render_text(chinese_report(), options) ==
          "工作汇报\n"
          "——在推进会上的讲话\n"
          "时间:2023-06-15 16:51:36 作者:黄飞 来源:北考网 www.beiweimall.com\n"
          "\n"
          "尊敬的各位领导:\n"
          "\n"
          "一、基本认识\n"
          "\n"
          "　　多年来,工作看得\n"
          "很重。\n"
          "\n"
          "第一,创建是推手。\n"
          "第二,创建是要求。\n"
          "\n"
          "(一)加强领导。市委把\n"
          "工作纳入规划。\n"
          "\n"
          "谢谢!\n"
          "\n"
          "郴州市人民政府\n"
          "\n"
          "2023年6月15日\n"
          "\n"
          "附件1 评分表\n"
          "\n"
          "　　按百分制评分。\n"
          "\n"
          "相关文章\n"
          "消防工作汇报 2023-06-14 07:56:44\n");
}

TEST_CASE("text: a Latin report with inlines") {
    const report doc =
        report_builder{}
            .title("The Report Format")
            .author("J. Smith")
            .date("June 2023", "2023-06")
            .language("en")
            .section("1.", "Introduction")
            .paragraph(inline_list{text{"See ", {}}, emphasis{{text{"the", {}}}, {}}, text{" ", {}},
                                   link{"https://example.org/", "", {text{"site", {}}}, {}}, text{" and ", {}},
                                   link{"https://x.org/", "", {text{"https://x.org/", {}}}, {}}, line_break{},
                                   code{"f()", {}}})
            .run_in_section("1.1.", "Scope")
            .paragraph("This covers everything.")
            .bullet_list({{"", "first"}, {"*", "second"}})
            .end_section()
            .end_section()
            .related("RFC 2119", "https://www.rfc-editor.org/rfc/rfc2119")
            .build();
    CHECK(render_text(doc) ==
          "The Report Format\n"
          "Date: June 2023 Author: J. Smith\n"
          "\n"
          "1. Introduction\n"
          "\n"
          "   See the site <https://example.org/> and https://x.org/\n"
          "   f()\n"
          "\n"
          "1.1. Scope. This covers everything.\n"
          "\n"
          "   - first\n"
          "   * second\n"
          "\n"
          "See also\n"
          "RFC 2119 https://www.rfc-editor.org/rfc/rfc2119\n");
    text_render_options bare;
    bare.link_targets = false;
    CHECK(render_text(doc, bare).find("See the site and https://x.org/\n") != std::string::npos);
}

TEST_CASE("text: wrapping never starts a line with a label") {
    text_render_options options = flat();
    options.width = 24;
    CHECK(text_of(paragraph{{text{"The rule is stated in section 2. 1. It is not a list item here, nor is (a) one.", {}}},
                            paragraph_role::body, {}},
                  options) ==
          "The rule is stated in\n"
          "section 2. 1. It is not\n"
          "a list item here, nor\n"
          "is (a) one.\n");
    // A space next to CJK text is not a break: a reader would join the lines without it.
    options.width = 10;
    CHECK(text_of(paragraph{{text{"abc 中文 def ghi", {}}}, paragraph_role::body, {}}, options) == "abc 中\n文 def ghi\n");
}

TEST_CASE("text: hostile text is written as it is, repaired") {
    CHECK(text_of(paragraph{{text{"<b>&amp; *x* \xFF\x01", {}}}, paragraph_role::body, {}}) ==
          "<b>&amp; *x* \xEF\xBF\xBD\xEF\xBF\xBD\n");
    CHECK(text_of(preformatted{"  a\n\n  b  ", {}}) == "      a\n\n      b  \n");  // four columns in
    CHECK(text_of(preformatted{"", {}}).empty());
}

TEST_CASE("text: deep documents render without recursion") {
    block deep = paragraph{{text{"core", {}}}, paragraph_role::body, {}};
    for (int i = 0; i < 100000; ++i) {
        section s;
        s.level = static_cast<unsigned>(100000 - i);
        s.title = {text{"t", {}}};
        s.children.push_back(std::move(deep));
        deep = std::move(s);
    }
    const std::string out = text_of(std::move(deep));
    CHECK(out.size() == 100000 * 7 + 5);  // "t\n" and its underline "---\n\n" per section, then "core\n"
}

TEST_CASE("text: extra fields on their own lines, page lines above the title") {
    const report doc = report_builder{}
                           .title("Title")
                           .author("A. Author")
                           .language("en")
                           .field("header", "Site Name")
                           .field("Request for Comments", "9999")
                           .field("breadcrumb", "Home > News")
                           .paragraph("Body.")
                           .build();
    CHECK(render_text(doc) ==
          "Site Name\nHome > News\n\nTitle\nAuthor: A. Author\nRequest for Comments: 9999\n\n   Body.\n");
}

TEST_CASE("text: a Latin report in the layout the reader reads back") {
    preformatted example{"[schedule]\nstart = 06:00", {}};
    const report doc = report_builder{}
                           .title("Field Manual")
                           .subtitle("Second Edition")
                           .author("P. Raman")
                           .language("en")
                           .field("Internet-Draft", "")
                           .section("", "Getting Started")
                           .paragraph("Note")
                           .section("", "Unpacking")
                           .add(std::move(example))
                           .ordered_list(numbering_style::arabic, {{"1", "Introduction"}, {"2.1", "Flights"}})
                           .end_section()
                           .end_section()
                           .build();
    CHECK(render_text(doc) ==
          "                              Field Manual\n"
          "\n"
          "                             Second Edition\n"
          "\n"
          "                            Author: P. Raman\n"
          "\n"
          "                            Internet-Draft:\n"
          "\n"
          "Getting Started\n"
          "===============\n"
          "\n"
          "   Note\n"
          "\n"
          "Unpacking\n"
          "---------\n"
          "\n"
          "       [schedule]\n"
          "       start = 06:00\n"
          "\n"
          "   1  Introduction\n"
          "   2.1 Flights\n");
    text_render_options narrow;
    narrow.width = 40;
    narrow.body_indent = 5;
    const std::string out = render_text(doc, narrow);
    CHECK(out.substr(0, 27) == "              Field Manual\n");  // centred in 40 columns
    CHECK(out.find("\n     Note\n") != std::string::npos);
}
