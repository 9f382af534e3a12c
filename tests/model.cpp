// SPDX-License-Identifier: MIT
#include <reportdoc/reportdoc.hpp>

#include <doctest/doctest.h>

#include <string>
#include <utility>

using namespace reportdoc;

namespace {

report sample_report() {
    return report_builder{}
        .title("文明城市创建工作汇报")
        .author("黄飞")
        .date("2023-06-15 16:51:36", "2023-06-15T16:51:36")
        .source("北考网", "www.beiweimall.com")
        .category("汇报")
        .language("zh-CN")
        .field("编辑", "张三")
        .salutation("尊敬的宋智富主任,检查验收团的各位领导,同志们:")
        .paragraph("今天,省委宣传部部务会成员……")
        .section("一、", "基本认识")
        .paragraph("多年来……")
        .ordered_list(numbering_style::cjk_ordinal, {{"第一,", "创建文明城市是……"}, {"第二,", "……"}})
        .end_section()
        .section("二、", "主要措施及成效")
        .run_in_section("(一)", "加强领导,落实责任")
        .paragraph("市委、市政府把……")
        .end_section()
        .end_section()
        .closing("再次向宋智富主任及各位领导、同志们表示衷心感谢!")
        .appendix("附件1", "检查验收评分表")
        .section("一、", "评分办法")
        .end_section()
        .end_section()
        .related_heading("相关文章")
        .related("消防工作汇报(精选五篇)", "", date_value{"2023-06-14 07:56:44", "2023-06-14T07:56:44"})
        .build();
}

// A chain of sections nested `depth` levels deep, built without recursion.
report deep_report(unsigned depth) {
    report_builder b;
    for (unsigned i = 0; i < depth; ++i) b.section("1.", "deep");
    b.paragraph("bottom");
    return b.build();
}

}  // namespace

TEST_CASE("the builder makes the report it describes") {
    const report doc = sample_report();
    CHECK(doc.meta.title == "文明城市创建工作汇报");
    CHECK(doc.meta.authors == std::vector<std::string>{"黄飞"});
    CHECK(doc.meta.date.iso == "2023-06-15T16:51:36");
    CHECK(doc.meta.source_url == "www.beiweimall.com");
    REQUIRE(doc.meta.extra.size() == 1);
    CHECK(doc.meta.extra[0].key == "编辑");

    REQUIRE(doc.front_matter.size() == 1);
    CHECK(doc.front_matter[0].as<paragraph>()->role == paragraph_role::salutation);

    REQUIRE(doc.body.size() == 3);
    CHECK(doc.body[0].kind() == node_kind::paragraph);
    const section* one = doc.body[1].as<section>();
    REQUIRE(one);
    CHECK(one->label == "一、");
    CHECK(one->style == numbering_style::cjk_ideographic);
    CHECK(one->ordinal == 1);
    CHECK(one->level == 1);
    REQUIRE(one->children.size() == 2);
    const list* items = one->children[1].as<list>();
    REQUIRE(items);
    CHECK(items->ordered);
    CHECK(items->style == numbering_style::cjk_ordinal);
    CHECK(items->start == 1);
    REQUIRE(items->items.size() == 2);
    CHECK(items->items[1].label == "第二,");

    const section* two = doc.body[2].as<section>();
    REQUIRE(two);
    const section* sub = two->children.at(0).as<section>();
    REQUIRE(sub);
    CHECK(sub->level == 2);
    CHECK(sub->run_in);
    CHECK(sub->style == numbering_style::cjk_parenthesized);

    REQUIRE(doc.closing.size() == 1);
    CHECK(doc.closing[0].as<paragraph>()->role == paragraph_role::closing);
    REQUIRE(doc.back_matter.size() == 1);
    CHECK(doc.back_matter[0].role == section_role::appendix);
    CHECK(doc.back_matter[0].style == numbering_style::arabic);
    CHECK(doc.back_matter[0].children.at(0).as<section>()->level == 2);
    REQUIRE(doc.related.size() == 1);
    CHECK(doc.related[0].date.iso == "2023-06-14T07:56:44");
}

TEST_CASE("copies are equal and independent") {
    const report a = sample_report();
    report b = a;
    CHECK(a == b);
    b.body[1].as<section>()->children[1].as<list>()->items[0].label = "第〇,";
    CHECK(a != b);
    b = a;
    CHECK(a == b);
    b.body[2].as<section>()->children[0].as<section>()->run_in = false;
    CHECK(a != b);
}

TEST_CASE("equality compares every field and ignores source spans") {
    const report a = sample_report();
    auto changed = [&](auto&& mutate) {
        report b = a;
        mutate(b);
        return a != b;
    };
    CHECK(changed([](report& r) { r.meta.language = "en"; }));
    CHECK(changed([](report& r) { r.meta.extra[0].value = "李四"; }));
    CHECK(changed([](report& r) { r.related_heading.clear(); }));
    CHECK(changed([](report& r) { r.body[1].as<section>()->ordinal = 9; }));
    CHECK(changed([](report& r) { r.body[1].as<section>()->level = 2; }));
    CHECK(changed([](report& r) { r.body[1].as<section>()->role = section_role::notes; }));
    CHECK(changed([](report& r) { r.body[1].as<section>()->style = numbering_style::arabic; }));
    CHECK(changed([](report& r) { r.body[1].as<section>()->title[0] = emphasis{{text{"基本认识", {}}}, {}}; }));
    CHECK(changed([](report& r) { r.body[1].as<section>()->children[1].as<list>()->start = 2; }));
    CHECK(changed([](report& r) { r.body[1].as<section>()->children[1].as<list>()->ordered = false; }));
    CHECK(changed([](report& r) { r.front_matter[0].as<paragraph>()->role = paragraph_role::body; }));
    CHECK(changed([](report& r) { r.back_matter[0].children.clear(); }));

    report b = a;
    b.body[0].span() = source_span{{11, 3, 400}, {11, 90, 800}};
    b.body[1].as<section>()->title[0].span() = source_span{{17, 5, 900}, {17, 9, 912}};
    CHECK(a == b);
}

TEST_CASE("inline trees compare and copy deeply") {
    inline_node a = reportdoc::link{"https://example.org", "t", {text{"see ", {}}, strong{{emphasis{{code{"x", {}}}, {}}}, {}}}, {}};
    inline_node b = a;
    CHECK(a == b);
    b.as<reportdoc::link>()->children[1].as<strong>()->children[0].as<emphasis>()->children[0].as<code>()->content = "y";
    CHECK(a != b);
    inline_node c = a;
    c.as<reportdoc::link>()->title = "other";
    CHECK(a != c);
    CHECK(inline_node{line_break{}} == inline_node{line_break{}});
    CHECK(inline_node{text{"a", {}}} != inline_node{code{"a", {}}});
}

TEST_CASE("sections and links are boxed: small nodes, and the box shows through no accessor") {
    if constexpr (sizeof(void*) == 8) {
        // The memory budget of a paragraph: a block and its text node, not a section's width each.
        CHECK(sizeof(block) <= 72);
        CHECK(sizeof(inline_node) <= 72);
    }
    // A default block is an empty paragraph: making one allocates nothing.
    CHECK(block{}.kind() == node_kind::paragraph);
    CHECK(block{} == block{paragraph{}});
    section s;
    s.label = "一、";
    s.children.push_back(paragraph{{text{"x", {}}}, paragraph_role::body, {}});
    s.span = source_span{{3, 1, 10}, {3, 9, 20}};
    block b = s;
    REQUIRE(b.is<section>());
    CHECK(b.kind() == node_kind::section);
    CHECK(b.as<section>()->label == "一、");
    CHECK(b.as<paragraph>() == nullptr);
    CHECK(b.span().begin.offset == 10);
    std::string seen;
    b.visit([&](const section& v) { seen = v.label; });
    CHECK(seen == "一、");
    // A visitor with an overload for every alternative is called with the one
    // held, the boxed section seen through its box.
    struct label_of {
        std::string& out;
        void operator()(const section& v) const { out = v.label; }
        void operator()(const paragraph&) const { out = "paragraph"; }
        void operator()(const list&) const { out = "list"; }
        void operator()(const block_quote&) const { out = "quote"; }
        void operator()(const preformatted&) const { out = "pre"; }
    };
    std::as_const(b).visit(label_of{seen});
    CHECK(seen == "一、");
    block(list{}).visit(label_of{seen});
    CHECK(seen == "list");
    CHECK(node_ref(b).as<section>() == b.as<section>());

    inline_node l = reportdoc::link{"https://example.org", "", {text{"see", {}}}, {}};
    CHECK(l.kind() == node_kind::link);
    CHECK(l.as<reportdoc::link>()->href == "https://example.org");
    CHECK(node_ref(l).as<reportdoc::link>() == l.as<reportdoc::link>());

    // A moved-from node is empty but safe to copy, compare, assign and destroy.
    block moved = std::move(b);
    CHECK(moved.as<section>()->children.size() == 1);
    CHECK(b.kind() == node_kind::section);
    CHECK(b.as<section>() == nullptr);  // the box is empty
    CHECK(!b.is<section>());
    const block copy = b;
    CHECK(copy == b);
    CHECK(copy != moved);
    b = moved;
    CHECK(b == moved);
}

TEST_CASE("visit passes the visitor on as it was given, and nodes are made without throwing") {
    static_assert(std::is_nothrow_default_constructible_v<block> && std::is_nothrow_default_constructible_v<inline_node>);
    static_assert(std::is_nothrow_move_constructible_v<block> && std::is_nothrow_move_assignable_v<block>);
    // A visitor callable only as an rvalue is called when given as one.
    struct once {
        int* calls;
        void operator()(const paragraph&) && { ++*calls; }
    };
    int calls = 0;
    block{}.visit(once{&calls});
    const block empty;
    empty.visit(once{&calls});
    CHECK(calls == 2);
}

TEST_CASE("a node given its own descendant keeps the descendant") {
    // The child lives inside what the node holds: it must move out before that goes.
    block quote = block_quote{{paragraph{{text{"inner", {}}}, paragraph_role::body, {}}}, {}};
    quote = std::move(quote.as<block_quote>()->children[0]);
    REQUIRE(quote.is<paragraph>());
    CHECK(quote.as<paragraph>()->content[0].as<text>()->content == "inner");

    section outer;
    outer.children.push_back(section{});
    outer.children[0].as<section>()->label = "1.1";
    block s = std::move(outer);
    s = std::move(s.as<section>()->children[0]);  // the same alternative, boxed
    REQUIRE(s.is<section>());
    CHECK(s.as<section>()->label == "1.1");

    inline_node e = emphasis{{inline_node{strong{{text{"deep", {}}}, {}}}}, {}};
    e = std::move(e.as<emphasis>()->children[0]);
    REQUIRE(e.is<strong>());
    CHECK(e.as<strong>()->children[0].as<text>()->content == "deep");
}

namespace {
// An alternative that counts its live instances and remembers its value, so
// that a skipped or doubled construction or destruction shows in the count.
struct counted {
    static inline int live = 0;
    int value = 0;
    explicit counted(int v = 0) : value(v) { ++live; }
    counted(const counted& other) : value(other.value) { ++live; }
    counted(counted&& other) noexcept : value(other.value) {
        other.value = -1;
        ++live;
    }
    counted& operator=(const counted&) = delete;
    counted& operator=(counted&&) = delete;
    ~counted() { --live; }
};
}  // namespace

TEST_CASE("closed_union holds one alternative, boxed or not, and constructs and destroys each once") {
    using detail::boxed;
    using detail::closed_union;
    using u = closed_union<std::string, counted, boxed<counted>, int>;
    static_assert(u::slot_of<std::string>() == 0 && u::slot_of<counted>() == 1 && u::slot_of<int>() == 3);
    static_assert(u::slot_of<double>() == u::size);
    static_assert(std::is_nothrow_move_constructible_v<u> && !std::is_constructible_v<u, double*>);
    using boxes = closed_union<std::string, boxed<counted>>;
    static_assert(boxes::slot_of<counted>() == 1);  // a type held only boxed goes in its box
    counted::live = 0;
    {
        u first;  // value-initialised first alternative
        CHECK(first.index() == 0);
        CHECK(*first.held_if<std::string>() == "");
        u a = counted(7);
        CHECK(a.index() == 1);
        CHECK(counted::live == 1);
        REQUIRE(a.held_if<counted>() != nullptr);
        CHECK(a.held_if<counted>()->value == 7);
        CHECK(a.held_if<std::string>() == nullptr);
        CHECK(a.held_if<int>() == nullptr);

        u b = a;  // copy
        CHECK(counted::live == 2);
        CHECK(b.held_if<counted>()->value == 7);
        u c = std::move(b);  // move: the source keeps a moved-from alternative
        CHECK(counted::live == 3);
        CHECK(c.held_if<counted>()->value == 7);
        CHECK(b.held_if<counted>()->value == -1);

        u text = std::string("a string too long for the small-string buffer");
        text = a;  // copy assignment across alternatives: the string goes, a counted comes
        CHECK(counted::live == 4);
        CHECK(text.index() == 1);
        c = u(std::string("x"));  // move assignment across alternatives
        CHECK(counted::live == 3);
        CHECK(*c.held_if<std::string>() == "x");
        u& alias = c;
        c = alias;  // self-assignment keeps the value
        CHECK(*c.held_if<std::string>() == "x");
        c = std::move(alias);  // self-move keeps it too
        CHECK(*c.held_if<std::string>() == "x");

        u number = 42;
        CHECK(number.index() == 3);
        CHECK(*number.held_if<int>() == 42);
        std::string seen;
        number.with_held([&](auto* p) {
            if constexpr (std::is_same_v<decltype(p), int*>) seen = std::to_string(*p);
        });
        CHECK(seen == "42");
    }
    CHECK(counted::live == 0);
    {
        boxes held = counted(5);  // into the box
        CHECK(held.index() == 1);
        CHECK(counted::live == 1);
        CHECK(held.held_if<counted>()->value == 5);
        boxes moved = std::move(held);  // a box moves its pointer: nothing is constructed
        CHECK(counted::live == 1);
        CHECK(held.held_if<counted>() == nullptr);  // an empty box shows as nothing held
        const void* address = &*moved.held_if<counted>();
        int calls = 0;
        held.with_held([&](auto* p) { calls += p == nullptr; });
        CHECK(calls == 1);  // called, with the empty box's null
        moved.with_held([&](auto* p) { calls += static_cast<const void*>(p) == address; });
        CHECK(calls == 2);
        boxes copy = moved;
        CHECK(counted::live == 2);
        CHECK(copy.held_if<counted>() != moved.held_if<counted>());
        copy = held;  // copying an empty box gives an empty box, and frees the old value
        CHECK(counted::live == 1);
        CHECK(copy.held_if<counted>() == nullptr);
    }
    CHECK(counted::live == 0);
}

TEST_CASE("deep documents are built, copied, compared and destroyed without recursion") {
    constexpr unsigned depth = 100'000;
    report a = deep_report(depth);
    report b = a;
    CHECK(a == b);

    // Change the innermost paragraph: the comparison must reach the bottom.
    section* s = b.body[0].as<section>();
    while (!s->children.empty() && s->children[0].is<section>()) s = s->children[0].as<section>();
    CHECK(s->level == depth);
    s->children[0].as<paragraph>()->content[0].as<text>()->content = "changed";
    CHECK(a != b);

    // Deep inline nesting too.
    inline_node deep = text{"core", {}};
    for (unsigned i = 0; i < depth; ++i) {
        emphasis e;
        e.children.push_back(std::move(deep));
        deep = std::move(e);
    }
    inline_node copy = deep;
    CHECK(copy == deep);
}

TEST_CASE("a deep tree of every kind of block list is destroyed without recursion") {
    // Quotes, list items and sections in turn, with a sibling at each level:
    // the destructor takes out each kind of child list, not only the first.
    constexpr unsigned depth = 150'000;
    block inner = paragraph{{text{"bottom", {}}}, {}, {}};
    for (unsigned i = 0; i < depth; ++i) {
        block_list children;
        children.push_back(std::move(inner));
        children.push_back(paragraph{{text{"beside", {}}}, {}, {}});
        if (i % 3 == 0) {
            inner = block_quote{std::move(children), {}};
        } else if (i % 3 == 1) {
            list l;
            l.items.push_back(list_item{"-", {}, {}});
            l.items.push_back(list_item{"-", std::move(children), {}});
            inner = std::move(l);
        } else {
            section s;
            s.children = std::move(children);
            inner = std::move(s);
        }
    }
    CHECK(inner.is<section>() == (depth % 3 == 0));
}

TEST_CASE("to_string names are stable") {
    CHECK(to_string(node_kind::list_item) == "list-item");
    CHECK(to_string(node_kind::line_break) == "line-break");
    CHECK(to_string(numbering_style::cjk_parenthesized) == "cjk-parenthesized");
    CHECK(to_string(numbering_style::circled) == "circled");
    CHECK(to_string(section_role::glossary) == "glossary");
    CHECK(to_string(paragraph_role::date_line) == "date-line");
    CHECK(to_string(severity::warning) == "warning");
}

TEST_CASE("parse_result keeps warnings beside a value and errors without one") {
    parse_result<int> ok(42, {diagnostic{severity::warning, "w", "careful", {3, 4, 20}}});
    REQUIRE(ok);
    CHECK(*ok == 42);
    CHECK(ok.count(severity::warning) == 1);
    CHECK(format_diagnostic(ok.diagnostics()[0], "in.txt") == "in.txt:3:4: warning: careful [w]");

    parse_result<int> failed({diagnostic{severity::error, "xml-syntax", "bad", {1, 2, 1}}});
    CHECK_FALSE(failed);
    CHECK(format_diagnostic(failed.diagnostics()[0]) == "1:2: error: bad [xml-syntax]");
#if REPORTDOC_EXCEPTIONS
    CHECK_THROWS_WITH_AS((void)failed.value(), "1:2: error: bad [xml-syntax]", parse_error);
#endif
}

#include "support/documents.hpp"

TEST_CASE("every corpus document equals its copy and differs from the others") {
    const auto corpus = testing::test_documents();
    for (std::size_t i = 0; i < corpus.size(); ++i) {
        CAPTURE(corpus[i].name);
        const report copy = corpus[i].doc;
        CHECK(copy == corpus[i].doc);
        for (std::size_t j = 0; j < corpus.size(); ++j)
            if (j != i) CHECK(copy != corpus[j].doc);
    }
}
