// SPDX-License-Identifier: MIT
// The plain-text writer writes what the plain-text reader reads back:
// parse_text(render_text(parse_text(x))) == parse_text(x), source spans aside,
// unwrapped and wrapped at 72 and 40 columns, for every fixture, Chinese and
// English, and the reference sample; Chinese ones also with paragraphs
// indented by two U+3000.
#include <reportdoc/reportdoc.hpp>
#include "support/files.hpp"
#include "support/outline.hpp"
#include <doctest/doctest.h>

#include <string>

using namespace reportdoc;

namespace {

void check_round_trip(const std::string& path, unsigned width, bool cjk_indent = false) {
    INFO(path << " at width " << width << (cjk_indent ? ", indented with U+3000" : ""));
    const parse_result<report> first = parse_text(testing::read_file(path));
    REQUIRE(first);
    text_render_options options;
    options.width = width;
    options.cjk_indent = cjk_indent;
    const std::string written = render_text(*first, options);
    const parse_result<report> second = parse_text(written);
    REQUIRE(second);
    CHECK(testing::outline(*second, true) == testing::outline(*first, true));  // shows where, when it fails
    CHECK(*second == *first);
}

const char* const zh_fixtures[] = {
    "chapters.txt", "hard-wrapped.txt", "mixed-levels.txt", "mixed-levels-halfwidth.txt",
    "notice-with-attachments.txt", "notice-with-attachments-halfwidth.txt", "recommended-reading.txt",
    "related-reading.txt", "scraped-page.txt", "scraped-page-halfwidth.txt", "speech-part-heading.txt",
    "speech-part-heading-halfwidth.txt", "standalone-headings.txt", "standalone-headings-fullwidth.txt",
    "starts-at-paren.txt", "starts-at-paren-halfwidth.txt", "blank-separated.txt"};

const char* const en_fixtures[] = {"false-positives.txt", "manual.txt",    "policy.txt",    "rfc-memo.txt",
                                   "toc-before-title.txt", "toc-draft.txt", "toc-paged.txt", "wordprocessor-export.txt"};

}  // namespace

TEST_CASE("text round trip: every Chinese fixture, unwrapped and wrapped") {
    for (const char* name : zh_fixtures) {
        const std::string path = std::string(REPORTDOC_TEST_DATA) + "/text/zh/" + name;
        for (unsigned width : {0u, 72u, 40u}) check_round_trip(path, width);
        for (unsigned width : {0u, 40u}) check_round_trip(path, width, true);  // GB/T 9704 indentation
    }
}

TEST_CASE("text round trip: every English fixture, unwrapped and wrapped") {
    for (const char* name : en_fixtures) {
        const std::string path = std::string(REPORTDOC_TEST_DATA) + "/text/en/" + name;
        for (unsigned width : {0u, 72u, 40u}) check_round_trip(path, width);
    }
}

TEST_CASE("text round trip: the reference sample, unwrapped and wrapped") {
    const std::string path = std::string(REPORTDOC_SAMPLES_DIR) + "/000_1fb2c3fc90a75667.txt";
    for (unsigned width : {0u, 72u, 40u}) check_round_trip(path, width);
}

// Arbitrary text need not come back from the writer as it was read (the
// writer normalizes), but what the writer wrote does: reading, writing and
// reading again gives the second reading once more (fuzz/fuzz_text_reader.cpp
// checks this on arbitrary bytes). Each case below is an input the fuzzer
// found, made readable; its expected outline is the first reading's, which
// each case also checks reads back unchanged.
namespace {

void check_fixed_point(const std::string& input, const std::string& expected) {
    INFO(input);
    const parse_result<report> first = parse_text(input);
    REQUIRE(first);
    CHECK(testing::outline(*first, true) == expected);
    const parse_result<report> second = parse_text(render_text(*first));
    REQUIRE(second);
    CHECK(testing::outline(*second, true) == expected);
    CHECK(*second == *first);
    const parse_result<report> third = parse_text(render_text(*second));
    REQUIRE(third);
    CHECK(*third == *second);
}

}  // namespace

TEST_CASE("text fixed point: a site line beside another source stays a header line") {
    // The first short header line names the site; a Source line naming another kept it out of the model.
    check_fixed_point("Daily\nNews Desk\n\nTitle\nSource: Wire Service\n",
                      "title: Title\n"
                      "source: Wire Service \n"
                      "language: en\n"
                      "field: header = Daily\n"
                      "field: header = News Desk\n");
}

TEST_CASE("text fixed point: metadata lines with no title above them are read") {
    check_fixed_point("Source: Daily News\nISSN: 1234-5678\n\nThe survey counted seabirds on the coast.\n",
                      "source: Daily News \n"
                      "language: en\n"
                      "field: ISSN = 1234-5678\n"
                      "paragraph The survey counted seabirds on the coast.\n");
}

TEST_CASE("text fixed point: unlabelled values go back onto the metadata line they were read from") {
    // Written on lines of their own as ": late", they read back as bylines.
    check_fixed_point("Title\nDate: 2024-01-10 late edition\n",
                      "title: Title\n"
                      "date: 2024-01-10 = 2024-01-10\n"
                      "language: en\n"
                      "field:  = late\n"
                      "field:  = edition\n");
}

TEST_CASE("text fixed point: a Latin name or source runs over words that are not ASCII") {
    // "García" was an unlabelled value of its own, and "Source: \xEF\xBF\xBD _" lost its "_" so.
    check_fixed_point("Title\nAuthor: José García\n",
                      "title: Title\n"
                      "author: José García\n"
                      "language: en\n");
    check_fixed_point("\xEF\xBF\xBD _\n\nTitle\n",
                      "title: Title\n"
                      "source: \xEF\xBF\xBD _ \n"
                      "language: en\n");
}

TEST_CASE("text fixed point: a line set in under the title is a byline, not the title") {
    // With no metadata line, the last plain line was the title and the title above it the site.
    check_fixed_point("Seabird Count\n\n   Jane Smith\n\n   The survey counted seabirds on the coast, twice a year.\n",
                      "title: Seabird Count\n"
                      "language: en\n"
                      "front-matter:\n"
                      "paragraph (byline) Jane Smith\n"
                      "paragraph The survey counted seabirds on the coast, twice a year.\n");
}

TEST_CASE("text fixed point: an unlabelled value goes back after a field that takes no more words") {
    // At the end of the line, "Daily" ran on into the category's value.
    check_fixed_point("Title\nSource: 人民日报 Daily Category: News\n",
                      "title: Title\n"
                      "source: 人民日报 \n"
                      "category: News\n"
                      "language: en\n"
                      "field:  = Daily\n");
}

TEST_CASE("text fixed point: a byline the front block repeats is not the title") {
    check_fixed_point("Seabird Count\nSource: News Desk\n\n   Jane Smith\n\n   Jane Smith\n",
                      "title: Seabird Count\n"
                      "source: News Desk \n"
                      "language: en\n"
                      "front-matter:\n"
                      "paragraph (byline) Jane Smith\n"
                      "paragraph (byline) Jane Smith\n");
}

TEST_CASE("text fixed point: a title joins wrapped lines only while it reads as a title on one line") {
    // "Notes> News>" is a breadcrumb, "Notes on: the seabird counts:" a sentence.
    check_fixed_point("Notes>\nNews>\n",
                      "title: News>\n"
                      "source: Notes> \n"
                      "language: en\n");
    check_fixed_point("Notes on:\nthe seabird counts:\n",
                      "title: the seabird counts:\n"
                      "source: Notes on: \n"
                      "language: en\n");
}

TEST_CASE("text fixed point: a Latin section without a title has its label alone on the line") {
    // "1.  Counts were made at dawn." read back as the section's title.
    check_fixed_point("1.\n\n   Counts were made at dawn.\n\n2.\n\n   Counts were repeated.\n",
                      "language: en\n"
                      "section 1 [1.] \n"
                      "  paragraph Counts were made at dawn.\n"
                      "section 1 [2.] \n"
                      "  paragraph Counts were repeated.\n");
}

TEST_CASE("text fixed point: a site line that would not read back as a source stays a header line") {
    // As the source, "新华 网" was written "来源:新华 网" and read back as the source 新华 and a value 网.
    check_fixed_point("新华 网\n\n标题\n",
                      "title: 标题\n"
                      "language: zh-CN\n"
                      "field: header = 新华 网\n");
    // "Source: > News" is a breadcrumb.
    check_fixed_point("> News\n\nTitle\n",
                      "title: Title\n"
                      "language: en\n"
                      "field: header = > News\n");
}

TEST_CASE("text fixed point: the title's repeat stands apart from it, at the margin") {
    // Header lines the writer sets in one run repeat one another; a byline repeats a header line.
    // Either repeat took the header line for the title.
    check_fixed_point("Tide\nGull\nGull\n\nSeabird Count\n",
                      "title: Seabird Count\n"
                      "source: Tide \n"
                      "language: en\n"
                      "field: header = Gull\n"
                      "field: header = Gull\n");
    check_fixed_point("Tide\nGull\n\nSeabird Count\nSource: Desk\n\n   Gull\n",
                      "title: Seabird Count\n"
                      "source: Desk \n"
                      "language: en\n"
                      "field: header = Tide\n"
                      "field: header = Gull\n"
                      "front-matter:\n"
                      "paragraph (byline) Gull\n");
}

TEST_CASE("text fixed point: preformatted text in the front matter is no byline") {
    // Set in four columns deeper than the bylines, it read as the title block's lines.
    check_fixed_point("Seabird Count\n\n   Jane Smith\n\n       +--+\n       |  |\n",
                      "title: Seabird Count\n"
                      "language: en\n"
                      "front-matter:\n"
                      "paragraph (byline) Jane Smith\n"
                      "pre +--+\n"
                      "|  |\n");
}

TEST_CASE("text fixed point: the site's line printed twice is the source's") {
    // The second "Desk" stayed a header line, which read back as the site, the source, and went.
    check_fixed_point("Desk\nDesk\n\nSeabird Count\nSource: Desk\n",
                      "title: Seabird Count\n"
                      "source: Desk \n"
                      "language: en\n");
}

TEST_CASE("text fixed point: bylines have a cap of their own in the front block") {
    // The cap counted the title block's lines too: a short paragraph after the bylines became
    // one more byline when the title block came back shorter (its repeat of the title dropped).
    std::string input = "Seabird Count\nSource: Desk\n\n";
    std::string expected = "title: Seabird Count\nsource: Desk \nlanguage: en\nfront-matter:\n";
    for (int i = 0; i < 12; ++i) {
        input += "   Jane\n\n";
        expected += "paragraph (byline) Jane\n";
    }
    check_fixed_point(input + "   Gull\n", expected + "paragraph Gull\n");
}

TEST_CASE("text fixed point: a number that starts no numbering has no say in its family's role") {
    // "11." reads as a paragraph, yet its vote as a heading made "2." a section once both stood
    // at the body's indentation, as the writer sets them.
    check_fixed_point("   11.\n\n   A station is a fixed place that a team visits\n\n   2.\n",
                      "language: en\n"
                      "paragraph 11.\n"
                      "paragraph A station is a fixed place that a team visits\n"
                      "list arabic 2\n"
                      "  item [2.]\n");
    // Nor has "1.1" first in its family (no section "1." holds it).
    check_fixed_point("   1.1\n\n   A station is a fixed place that a team visits\n\n   2.\n",
                      "language: en\n"
                      "paragraph 1.1\n"
                      "paragraph A station is a fixed place that a team visits\n"
                      "list arabic 2\n"
                      "  item [2.]\n");
}

TEST_CASE("text fixed point: preformatted text that opens a list item starts under its marker") {
    // On the marker's line ("1. +--+") its first line read as a paragraph.
    check_fixed_point("   1.\n\n         +--+\n         |  |\n",
                      "list arabic 1\n"
                      "  item [1.]\n"
                      "    pre +--+\n"
                      "|  |\n");
}

TEST_CASE("text fixed point: preformatted text after a list is the list's only when set in past its items' text") {
    // The writer sets preformatted text four columns in from the text around it: after a list
    // at the body's indentation (3), at 7, right of the items' text (5), where it read as the
    // last item's; written again, four columns further in.
    check_fixed_point("   - x\n\n       +--+\n       |  |\n",
                      "language: en\n"
                      "list none\n"
                      "  item [-]\n"
                      "    paragraph x\n"
                      "pre +--+\n"
                      "|  |\n");
    // Set in past the items' text, as the writer sets an item's own, it is the item's.
    check_fixed_point("   - x\n\n         +--+\n         |  |\n",
                      "language: en\n"
                      "list none\n"
                      "  item [-]\n"
                      "    paragraph x\n"
                      "    pre +--+\n"
                      "|  |\n");
}

TEST_CASE("text fixed point: the page's lines come first among the extra fields") {
    // The editor line was read before a breadcrumb found further down, which the writer sets above
    // the title: read back, the two swapped places.
    check_fixed_point("编辑:张三\n\n同志们:\n\n首页 > 新闻\n",
                      "language: zh-CN\n"
                      "field: breadcrumb = 首页 > 新闻\n"
                      "field: 编辑 = 张三\n"
                      "front-matter:\n"
                      "paragraph (salutation) 同志们:\n");
}

TEST_CASE("text fixed point: a back matter heading's underline is the heading's") {
    // The writer underlines "Notes" as any unnumbered heading; the underline read as a paragraph,
    // one more at each round.
    check_fixed_point("Seabird Count\n\n   The survey counted seabirds on the coast, twice a year.\n\nNotes\n=====\n",
                      "title: Seabird Count\n"
                      "language: en\n"
                      "paragraph The survey counted seabirds on the coast, twice a year.\n"
                      "back-matter:\n"
                      "section 1 [] Notes (notes)\n");
}

TEST_CASE("text fixed point: lines with wide gaps are no header block unless their right column is flush") {
    // Read as an RFC header block, "n   y" / "~   ，" gave a source, an organization and a field
    // "~" that the writer's key lines could not give back. An RFC sets the right column flush
    // right (tests/data/text/en/rfc-memo.txt); these two lines end at different columns.
    check_fixed_point("n   y\n~   ，\n",
                      "title: n   y ~   ，\n"
                      "language: en\n");
}

// Reports in the reader's conventions read back as written (fuzz/fuzz_text_round_trip.cpp checks
// this on reports made from fuzz bytes). Each case below is one it found, made readable.
namespace {

void check_writes_back(const report& doc, unsigned width, bool cjk_indent = false) {
    text_render_options options;
    options.width = width;
    options.cjk_indent = cjk_indent;
    const std::string written = render_text(doc, options);
    INFO(written);
    const parse_result<report> read = parse_text(written);
    REQUIRE(read);
    CHECK(testing::outline(*read, true) == testing::outline(doc, true));
    CHECK(*read == doc);
}

}  // namespace

TEST_CASE("text round trip: an ASCII bullet keeps its space before CJK text") {
    // "-第一项" is no item: "-" is a bullet only before a space.
    const report doc = report_builder{}
                           .title("关于明年财政预算的说明")
                           .language("zh-CN")
                           .section("一、", "基本情况")
                           .paragraph("全市各区县按照年度目标要求，扎实推进各项工作，大部分任务按期完成。")
                           .bullet_list({{"-", "第一项工作按期完成。"}, {"-", "第二项工作推迟到明年。"}})
                           .end_section()
                           .build();
    CHECK(render_text(doc) ==
          "关于明年财政预算的说明\n\n一、基本情况\n\n全市各区县按照年度目标要求，扎实推进各项工作，大部分任务按期完成。\n\n"
          "- 第一项工作按期完成。\n- 第二项工作推迟到明年。\n");
    check_writes_back(doc, 0);
}

TEST_CASE("text round trip: a wrapped first paragraph under the title is text, not front matter") {
    // Set in under the title and wrapped, its lines read as a byline, header lines or the title.
    const report en = report_builder{}
                          .title("Annual Report on Water Quality")
                          .language("en")
                          .paragraph("Funding for the second phase was approved in March after a public consultation.")
                          .section("1.", "Scope")
                          .paragraph("The council reviewed every district and found that most targets were met on time.")
                          .end_section()
                          .section("2.", "Costs")
                          .paragraph("Costs remained within the budget agreed at the start of the programme.")
                          .end_section()
                          .build();
    for (unsigned width : {72u, 40u}) check_writes_back(en, width);
    const report zh = report_builder{}
                          .title("关于2023年水质监测工作的报告")
                          .language("zh-CN")
                          .paragraph("有关结果已在随本报告公布的表格中列明。全年监测的河流中，有三条水质明显改善。")
                          .section("一、", "基本情况")
                          .paragraph("全市各区县按照年度目标要求，扎实推进各项工作，大部分任务按期完成。")
                          .end_section()
                          .section("二、", "下一步工作安排")
                          .paragraph("建议将监测网络进一步延伸到农村地区。")
                          .end_section()
                          .build();
    check_writes_back(zh, 40, true);
}

TEST_CASE("text round trip: a heading over a list is a heading") {
    // "1.组织领导" over "第一，…", its siblings over lists too, read as items holding lists; so did
    // "2. Findings" at the margin over "(1) …" set in as the body is.
    const report zh = report_builder{}
                          .title("关于明年财政预算的说明")
                          .language("zh-CN")
                          .section("一、", "主要做法")
                          .paragraph("全市各区县按照年度目标要求，扎实推进各项工作，大部分任务按期完成。")
                          .section("（一）", "组织保障")
                          .section("1.", "组织领导")
                          .ordered_list(numbering_style::cjk_ordinal,
                                        {{"第一，", "成立领导小组。"}, {"第二，", "明确工作责任。"}})
                          .end_section()
                          .section("2.", "资金保障")
                          .bullet_list({{"-", "各项支出控制在预算范围之内。"}, {"-", "资金按季度拨付。"}})
                          .end_section()
                          .end_section()
                          .end_section()
                          .build();
    check_writes_back(zh, 0);
    const report en = report_builder{}
                          .title("Annual Report on Water Quality")
                          .language("en")
                          .section("1.", "Scope")
                          .paragraph("The council reviewed every district and found that most targets were met on time.")
                          .end_section()
                          .section("2.", "Findings")
                          .ordered_list(numbering_style::arabic,
                                        {{"(1)", "Water quality improved in nine rivers."},
                                         {"(2)", "Three projects were delayed by a year."}})
                          .end_section()
                          .section("3.", "Costs")
                          .bullet_list({{"-", "Costs remained within the budget."}, {"-", "Funding was approved in March."}})
                          .end_section()
                          .build();
    check_writes_back(en, 0);
}

TEST_CASE("text round trip: items that end a sentence stay items before a paragraph") {
    // The last item, followed by text, voted its family headings: "(4) Four." became a paragraph
    // and, with three items, "(1)" to "(3)" became sections.
    const std::string expected_list = "  list arabic 1\n"
                                      "    item [(1)]\n      paragraph One.\n"
                                      "    item [(2)]\n      paragraph Two.\n"
                                      "    item [(3)]\n      paragraph Three.\n";
    const char* const page = "Title\n\n1. Scope\n\n   Some text here.\n\n%s\n   Text again.\n\n2. Costs\n\n   Text.\n";
    for (const std::string items : {"   (1) One.\n   (2) Two.\n   (3) Three.\n",
                                    "   (1) One.\n   (2) Two.\n   (3) Three.\n   (4) Four.\n"}) {
        std::string input = page;
        input.replace(input.find("%s"), 2, items);
        const parse_result<report> doc = parse_text(input);
        REQUIRE(doc);
        const std::string last = items.size() > 40 ? "    item [(4)]\n      paragraph Four.\n" : "";
        CHECK(testing::outline(*doc, true) == "title: Title\nlanguage: en\nsection 1 [1.] Scope\n"
                                               "  paragraph Some text here.\n" +
                                                   expected_list + last +
                                                   "  paragraph Text again.\nsection 1 [2.] Costs\n  paragraph Text.\n");
    }
}

TEST_CASE("text round trip: short paragraphs, hard-wrapped, read as wrapped") {
    // Few lines end at the wrap column when paragraphs are short, but those that run on do (in
    // Latin text, or would with the next line's first word: "public" / "consultation.").
    const report en = report_builder{}
                          .title("Progress of the Housing Programme")
                          .author("Maria Garcia")
                          .date("27 March 2023", "2023-03-27")
                          .language("en")
                          .section("1.", "Recommendations for Area 2")
                          .paragraph("The committee recommends that network 3 be extended to rural areas. Funding for "
                                     "phase 4 was approved in March after a public consultation. Project 5 was delayed "
                                     "by the late delivery of equipment and will finish next year.")
                          .end_section()
                          .section("2.", "Risks in Region 6")
                          .paragraph("Funding for phase 7 was approved in March after a public consultation. Residents "
                                     "of ward 8 reported fewer complaints about noise and traffic than before. The "
                                     "committee recommends that network 9 be extended to rural areas.")
                          .end_section()
                          .closing("Regional Water Authority", paragraph_role::signature)
                          .closing("21 February 2023", paragraph_role::date_line)
                          .build();
    check_writes_back(en, 72);
    const report zh = report_builder{}
                          .title("关于2023年水质监测工作的报告")
                          .language("zh-CN")
                          .paragraph("全年监测的河流中，有2条水质明显改善。")
                          .section("一、", "类别3风险防控")
                          .paragraph("全年监测的河流中，有4条水质明显改善。全年持续开展业务培训，共有5人参加。"
                                     "全年监测的河流中，有6条水质明显改善。")
                          .paragraph("全市第7项支出控制在年初确定的预算范围之内。")
                          .section("（一）", "阶段8工作安排")
                          .paragraph("本市第10阶段资金在公开征求意见后于三月获得批准。")
                          .end_section()
                          .section("（二）", "片区9基本情况")
                          .paragraph("本市第11阶段资金在公开征求意见后于四月获得批准。")
                          .end_section()
                          .end_section()
                          .section("二、", "片区11基本情况")
                          .paragraph("全年监测的河流中，有12条水质明显改善。本市第13阶段资金在公开征求意见后于"
                                     "三月获得批准。全市第14项支出控制在年初确定的预算范围之内。")
                          .end_section()
                          .build();
    check_writes_back(zh, 72);
}

TEST_CASE("text round trip: a list that opens a list item starts under its marker") {
    // On the marker's line, "1. - Rivers" read as the item's text.
    list inner;
    for (const char* sentence : {"Rivers were sampled monthly.", "Lakes were sampled twice."}) {
        list_item item;
        item.label = "-";
        item.children.push_back(paragraph{{reportdoc::text{sentence, {}}}, paragraph_role::body, {}});
        inner.items.push_back(std::move(item));
    }
    list outer;
    outer.ordered = true;
    outer.style = numbering_style::arabic;
    list_item first;
    first.label = "1.";
    first.children.push_back(std::move(inner));
    outer.items.push_back(std::move(first));
    const report doc = report_builder{}
                           .title("Annual Report on Water Quality")
                           .language("en")
                           .paragraph("The council reviewed every district and found that most targets were met on time.")
                           .add(std::move(outer))
                           .build();
    CHECK(render_text(doc).find("   1.\n\n     - Rivers were sampled monthly.\n") != std::string::npos);
    check_writes_back(doc, 0);
}
