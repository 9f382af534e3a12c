// SPDX-License-Identifier: MIT
#include <reportdoc/reportdoc.hpp>

#include <doctest/doctest.h>

#include <string>

using namespace reportdoc;

namespace {

// "+kind" on enter, "-kind" on exit, text content on entering text.
std::string trace(const_walker w) {
    std::string out;
    while (w.next()) {
        out += w.event() == walk_event::enter ? '+' : '-';
        out += to_string(w.node().kind());
        if (w.event() == walk_event::enter)
            if (const text* t = w.node().as<text>()) out += "(" + t->content + ")";
        out += ' ';
    }
    return out;
}

}  // namespace

TEST_CASE("the walker visits a report in document order with balanced events") {
    const report doc = report_builder{}
                           .salutation("Dear all:")
                           .section("1.", "Scope")
                           .paragraph(inline_list{text{"a ", {}}, emphasis{{text{"b", {}}}, {}}})
                           .bullet_list({{"-", "x"}})
                           .end_section()
                           .closing("Thanks")
                           .appendix("Appendix A", "Data")
                           .build();
    CHECK(trace(const_walker(doc)) ==
          "+report +front-matter +paragraph +text(Dear all:) -text -paragraph -front-matter "
          "+body +section +heading +text(Scope) -text -heading "
          "+paragraph +text(a ) -text +emphasis +text(b) -text -emphasis -paragraph "
          "+list +list-item +paragraph +text(x) -text -paragraph -list-item -list -section -body "
          "+closing +paragraph +text(Thanks) -text -paragraph -closing "
          "+back-matter +section +heading +text(Data) -text -heading -section -back-matter -report ");
}

TEST_CASE("skip_children jumps to the exit event and depth follows the path") {
    const report doc = report_builder{}.section("1.", "A").paragraph("p").end_section().section("2.", "B").build();
    std::string out;
    for (const_walker w(doc); w.next();) {
        if (w.event() == walk_event::enter && w.node().kind() == node_kind::section) {
            out += std::to_string(w.depth()) + ":" + w.node().as<section>()->label + " ";
            w.skip_children();
        }
        if (w.event() == walk_event::exit && w.node().kind() == node_kind::section) out += "exit@" + std::to_string(w.depth()) + " ";
        CHECK(w.node().kind() != node_kind::paragraph);
    }
    CHECK(out == "2:1. exit@2 2:2. exit@2 ");
}

TEST_CASE("a walker can start at any node") {
    const block b = paragraph{{text{"x", {}}, line_break{}, code{"y", {}}}, paragraph_role::body, {}};
    CHECK(trace(const_walker(b)) == "+paragraph +text(x) -text +line-break -line-break +code -code -paragraph ");
    const inline_node n = text{"only", {}};
    CHECK(trace(const_walker(n)) == "+text(only) -text ");
}

TEST_CASE("a mutable walker changes nodes in place") {
    report doc = report_builder{}.section("1.", "one").paragraph("two").end_section().build();
    for (walker w(doc); w.next();)
        if (w.event() == walk_event::enter)
            if (text* t = w.node().as<text>()) t->content += "!";
    CHECK(doc.body[0].as<section>()->title[0].as<text>()->content == "one!");
    CHECK(doc.body[0].as<section>()->children[0].as<paragraph>()->content[0].as<text>()->content == "two!");
}

TEST_CASE("node_ref::as checks the kind") {
    report doc;
    const_walker w(doc);
    REQUIRE(w.next());
    CHECK(w.node().as<report>() == &doc);
    CHECK(w.node().as<section>() == nullptr);
    REQUIRE(w.next());
    CHECK(w.node().kind() == node_kind::front_matter);
    CHECK(w.node().as<block_list>() == &doc.front_matter);
    CHECK(w.node().as<std::vector<section>>() == nullptr);
}

TEST_CASE("walking 100,000 nested sections uses no recursion") {
    report_builder b;
    for (int i = 0; i < 100'000; ++i) b.section("1.", "x");
    const report doc = b.build();
    std::size_t enters = 0, max_depth = 0;
    for (const_walker w(doc); w.next();) {
        if (w.event() == walk_event::enter) ++enters;
        if (w.depth() > max_depth) max_depth = w.depth();
    }
    // report + 4 regions + 100,000 × (section + heading + text)
    CHECK(enters == 5 + 300'000);
    // body, the sections, the innermost heading and its text, below the report at depth 0
    CHECK(max_depth == 1 + 100'000 + 2);
}
