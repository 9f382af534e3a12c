// SPDX-License-Identifier: MIT
// The plain-text writer writes what the plain-text reader reads back:
// parse_text(render_text(parse_text(x))) == parse_text(x), source spans aside,
// unwrapped and wrapped at 72 and 40 columns.
//
// Every Chinese fixture and the reference sample hold to it. Not yet in the
// list, because plain text cannot say what they need said:
// - the English fixtures: a short line standing in the body ("Note",
//   "Rationale") is a paragraph in the source only by its indentation, which
//   the writer's flat layout drops; tables of contents and front-matter
//   sections (Abstract, Status of This Memo) are written as plain lists and
//   headings, and read back as the body's;
// - blank-separated.txt at 40 columns: its first paragraph, wrapped, stands
//   under the title like a subtitle would.
#include <reportdoc/reportdoc.hpp>
#include "support/files.hpp"
#include "support/outline.hpp"
#include <doctest/doctest.h>

#include <string>

using namespace reportdoc;

namespace {

void check_round_trip(const std::string& path, unsigned width) {
    INFO(path << " at width " << width);
    const parse_result<report> first = parse_text(testing::read_file(path));
    REQUIRE(first);
    text_render_options options;
    options.width = width;
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

}  // namespace

TEST_CASE("text round trip: every Chinese fixture, unwrapped and wrapped") {
    for (const char* name : zh_fixtures) {
        const std::string path = std::string(REPORTDOC_TEST_DATA) + "/text/zh/" + name;
        check_round_trip(path, 0);
        check_round_trip(path, 72);
        if (std::string(name) != "blank-separated.txt") check_round_trip(path, 40);
    }
}

TEST_CASE("text round trip: the reference sample, unwrapped and wrapped") {
    const std::string path = std::string(REPORTDOC_SAMPLES_DIR) + "/000_1fb2c3fc90a75667.txt";
    for (unsigned width : {0u, 72u, 40u}) check_round_trip(path, width);
}
