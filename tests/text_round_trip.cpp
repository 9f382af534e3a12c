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
