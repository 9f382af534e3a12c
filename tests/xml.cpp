// SPDX-License-Identifier: MIT
// reportdoc XML: round trips over the corpus, exact output, spans, malformed
// input with exact positions, DOCTYPE refusal, unknown markup in lenient and
// strict mode, invalid values and limits.
#include <doctest/doctest.h>

#include <reportdoc/detail/utf8.hpp>
#include <reportdoc/detail/xml_vocabulary.hpp>
#include <reportdoc/xml.hpp>

#include "support/documents.hpp"
#include "support/spans.hpp"

#include <string>
#include <string_view>
#include <vector>

using namespace reportdoc;

namespace {

#define REPORT_START R"(<report xmlns="https://reportdoc.dev/ns/1" version="1">)"

// "LINE:COLUMN+OFFSET severity code" for each diagnostic, joined by "; ".
std::string summary(const parse_result<report>& r) {
    std::string out;
    for (const diagnostic& d : r.diagnostics())
        out += (out.empty() ? "" : "; ") + std::to_string(d.where.line) + ":" + std::to_string(d.where.column) + "+" +
               std::to_string(d.where.offset) + " " + std::string(to_string(d.level)) + " " + std::string(d.code);
    return out;
}

parse_result<report> parse(std::string_view xml, bool strict = false) {
    xml_options options;
    options.strict = strict;
    return parse_xml(xml, options);
}

xml_render_options render_options(bool spans, bool indent) {
    xml_render_options o;
    o.spans = spans;
    o.indent = indent;
    return o;
}

const report& corpus_document(std::string_view name) {
    static const std::vector<testing::named_document> all = testing::test_documents();
    for (const testing::named_document& d : all)
        if (d.name == name) return d.doc;
    FAIL("no corpus document " << name);
    static const report none;
    return none;
}

// Sections nested `depth` levels, each with a one-word heading.
std::string nested_sections_xml(std::size_t depth) {
    std::string xml = REPORT_START "<body>";
    xml.reserve(depth * 40 + 100);
    for (std::size_t i = 0; i < depth; ++i) xml += "<section><heading>h</heading>";
    for (std::size_t i = 0; i < depth; ++i) xml += "</section>";
    return xml + "</body></report>";
}

report nested_sections_model(std::size_t depth) {
    block inner;
    for (std::size_t level = depth; level >= 1; --level) {
        section s;
        s.level = static_cast<unsigned>(level);
        s.title = {text{"h", {}}};
        if (level < depth) s.children.push_back(std::move(inner));
        inner = std::move(s);
    }
    report r;
    r.body.push_back(std::move(inner));
    return r;
}

}  // namespace

TEST_CASE("xml: every corpus document round-trips, indented or not, with or without spans") {
    for (const testing::named_document& d : testing::test_documents()) {
        for (const bool indent : {true, false}) {
            for (const bool spans : {true, false}) {
                CAPTURE(d.name);
                CAPTURE(indent);
                CAPTURE(spans);
                const std::string xml = render_xml(d.doc, render_options(spans, indent));
                const parse_result<report> back = parse_xml(xml, xml_options{true, {}});
                CHECK(summary(back).empty());
                REQUIRE(back);
                CHECK(*back == d.doc);
                // The output is a fixed point: writing what was read gives the same bytes.
                CHECK(render_xml(*back, render_options(false, indent)) == render_xml(d.doc, render_options(false, indent)));
            }
        }
    }
}

TEST_CASE("xml: documents with text no format keeps are repaired into XML that reads back") {
    for (const testing::named_document& d : testing::repaired_text_documents()) {
        CAPTURE(d.name);
        const std::string xml = render_xml(d.doc);
        CHECK(detail::find_invalid_utf8(xml) == std::string_view::npos);
        const parse_result<report> back = parse_xml(xml, xml_options{true, {}});
        CHECK(summary(back).empty());
        REQUIRE(back);
        CHECK(render_xml(*back, render_options(false, true)) == xml);
    }
}

TEST_CASE("xml: spans round-trip through the src attribute") {
    for (const testing::named_document& d : testing::test_documents()) {
        CAPTURE(d.name);
        const report spanned = testing::with_spans(d.doc);
        for (const bool indent : {true, false}) {
            const parse_result<report> back = parse_xml(render_xml(spanned, render_options(true, indent)));
            REQUIRE(back);
            CHECK(*back == spanned);
            CHECK(testing::span_difference(spanned, *back) == "");
        }
    }
    // A span whose begin is unknown but whose end is not is still written.
    report odd = report_builder{}.paragraph("x").build();
    odd.body[0].span().end = source_position{3, 4, 5};
    const parse_result<report> back = parse_xml(render_xml(odd));
    REQUIRE(back);
    CHECK(back->body.at(0).span() == odd.body[0].span());
    // Without spans, the writer leaves src out.
    CHECK(render_xml(testing::with_spans(corpus_document("western-spec")), render_options(false, true)) ==
          render_xml(corpus_document("western-spec")));
}

TEST_CASE("xml: exact output of a small document") {
    report doc = report_builder{}
                     .title("T & <t>")
                     .author("A")
                     .date("June 2023", "2023-06")
                     .field("k\"\n", "v\r\n")
                     .section("1.", "Intro")
                     .paragraph(inline_list{text{"a ", {}}, emphasis{{text{"b", {}}}, {}}, text{" c", {}}, text{"", {}},
                                            line_break{}, reportdoc::link{"https://x.org/?a=1&b=2", "", {}, {}}})
                     .bullet_list({{"-", "item"}})
                     .end_section()
                     .closing("Thanks", paragraph_role::closing)
                     .related_heading("See also")
                     .related("R", "https://r.org/", date_value{"June 2023", "2023-06"})
                     .build();
    CHECK(render_xml(doc) ==
          "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
          "<report xmlns=\"https://reportdoc.dev/ns/1\" version=\"1\">\n"
          "  <metadata>\n"
          "    <title>T &amp; &lt;t&gt;</title>\n"
          "    <author>A</author>\n"
          "    <date iso=\"2023-06\">June 2023</date>\n"
          "    <field key=\"k&quot;&#10;\">v&#13;\n</field>\n"
          "  </metadata>\n"
          "  <body>\n"
          "    <section level=\"1\" label=\"1.\" style=\"arabic\" ordinal=\"1\">\n"
          "      <heading>Intro</heading>\n"
          "      <paragraph>a <emphasis>b</emphasis> c<text/><line-break/><link href=\"https://x.org/?a=1&amp;b=2\"/></paragraph>\n"
          "      <list>\n"
          "        <list-item label=\"-\">\n"
          "          <paragraph>item</paragraph>\n"
          "        </list-item>\n"
          "      </list>\n"
          "    </section>\n"
          "  </body>\n"
          "  <closing>\n"
          "    <paragraph role=\"closing\">Thanks</paragraph>\n"
          "  </closing>\n"
          "  <related heading=\"See also\">\n"
          "    <related-link url=\"https://r.org/\" date=\"June 2023\" date-iso=\"2023-06\">R</related-link>\n"
          "  </related>\n"
          "</report>\n");

    report small = report_builder{}.paragraph(inline_list{text{"x", {}}, text{"y", {}}}).build();
    small.body[0].as<paragraph>()->content[1].span() = source_span{{2, 3, 4}, {5, 6, 7}};
    CHECK(render_xml(small, render_options(true, false)) ==
          "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
          REPORT_START "<body><paragraph>x<text src=\"2:3+4-5:6+7\">y</text></paragraph></body></report>\n");
    CHECK(render_xml(report{}) == "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" REPORT_START "\n</report>\n");

    std::string streamed;
    {
        output_sink sink([](void* into, std::string_view chunk) { static_cast<std::string*>(into)->append(chunk); },
                         &streamed);
        render_xml(doc, sink);
    }
    CHECK(streamed == render_xml(doc));
}

TEST_CASE("xml: nodes read without src get the position of their element") {
    const std::string xml = REPORT_START "\n"
                                         "<body>\n"
                                         "  <section level=\"1\"><heading>标题</heading>\r\n"
                                         "    <paragraph>中文 <emphasis>强调</emphasis></paragraph>\n"
                                         "  </section>\n"
                                         "</body></report>";
    const parse_result<report> r = parse_xml(xml);
    REQUIRE(r);
    const section& s = *r->body.at(0).as<section>();
    CHECK(s.span.begin == source_position{3, 3, 65});
    CHECK(s.span.end == source_position{});
    CHECK(s.title.at(0).span().begin == source_position{3, 31, 93});
    const paragraph& p = *s.children.at(0).as<paragraph>();
    CHECK(p.span.begin == source_position{4, 5, 115});
    CHECK(p.content.at(0).span().begin == source_position{4, 16, 126});  // the character data
    CHECK(p.content.at(1).span().begin == source_position{4, 19, 133});
    CHECK(p.content.at(1).as<emphasis>()->children.at(0).span().begin == source_position{4, 29, 143});
    CHECK(xml.substr(133, 9) == "<emphasis");
}

TEST_CASE("xml: spans at the limits of their numbers") {
    source_span span;
    REQUIRE(detail::parse_span("4294967295:4294967295+4294967295-1:2+3", span));
    CHECK(span.begin == source_position{4294967295u, 4294967295u, 4294967295u});
    CHECK(span.end == source_position{1, 2, 3});
    // Leading zeros are digits like any other, past the count that cannot overflow.
    REQUIRE(detail::parse_span("0000000000000000000001:01+0-1:1+00000000000000000000000000009", span));
    CHECK(span.begin == source_position{1, 1, 0});
    CHECK(span.end.offset == 9);
    if constexpr (sizeof(std::size_t) == 8) {
        REQUIRE(detail::parse_span("1:1+18446744073709551615-1:1+0", span));
        CHECK(span.begin.offset == 18446744073709551615u);
        CHECK_FALSE(detail::parse_span("1:1+18446744073709551616-1:1+0", span));
        CHECK_FALSE(detail::parse_span("1:1+36893488147419103233-1:1+0", span));  // 2^65 + 1: wraps to 1
    }
    for (const char* bad : {"4294967296:1+0-1:1+0", "4294967297:1+0-1:1+0", "1:99999999999+0-1:1+0", "1:1+0-1:1",
                            "1:1+0-1:1+0 ", ":1+0-1:1+0", "1:1+0-1:1+", "1:1-0-1:1+0", "1:1+0-1:-1+0", ""}) {
        CAPTURE(bad);
        CHECK_FALSE(detail::parse_span(bad, span));
    }
}

TEST_CASE("xml: text before an element's first child is read in its place (pugixml keeps it in the element)") {
    const std::string xml = REPORT_START "stray<body>lead<paragraph>a<emphasis>b</emphasis>c</paragraph>"
                                         "<paragraph><![CDATA[c]]>d</paragraph><zzz>q<r>s</r>t</zzz></body>"
                                         "<metadata><title>T<b>x</b>y</title></metadata></report>";
    const parse_result<report> r = parse_xml(xml);
    REQUIRE(r);
    CHECK(summary(r) == "1:56+55 warning xml-unexpected-text; 1:67+66 warning xml-unexpected-text; "
                        "1:155+154 warning xml-unknown-element; 1:201+200 warning xml-unknown-element");
    REQUIRE(r->body.size() == 5);
    CHECK(r->body[0].as<paragraph>()->content.at(0).as<text>()->content == "stray");
    CHECK(r->body[1].as<paragraph>()->content.at(0).as<text>()->content == "lead");
    const inline_list& first = r->body[2].as<paragraph>()->content;
    REQUIRE(first.size() == 3);
    CHECK(first[0].as<text>()->content == "a");
    CHECK(first[0].span().begin == source_position{1, 82, 81});
    CHECK(first[1].as<emphasis>()->children.at(0).span().begin == source_position{1, 93, 92});
    CHECK(first[2].as<text>()->content == "c");
    const inline_list& second = r->body[3].as<paragraph>()->content;
    REQUIRE(second.size() == 1);
    CHECK(second[0].as<text>()->content == "cd");
    CHECK(second[0].span().begin == source_position{1, 129, 128});
    CHECK(r->body[4].as<paragraph>()->content.at(0).as<text>()->content == "qst");
    CHECK(r->meta.title == "Txy");
}

TEST_CASE("xml: position_cursor agrees with position_at") {
    const std::string pieces[] = {"a", "中", "\n", "\r", "\r\n", "é", "\xF0\x9F\x98\x80", "  ", "<tag>"};
    std::string input;
    unsigned seed = 12345;
    for (int i = 0; i < 3000; ++i) {
        seed = seed * 1103515245u + 12345u;
        input += pieces[(seed >> 16) % std::size(pieces)];
    }
    detail::position_cursor cursor(input);
    for (std::size_t offset = 0; offset <= input.size(); offset += 1 + offset % 5)
        REQUIRE(cursor.at(offset) == detail::position_at(input, offset));
    for (const std::size_t offset : {std::size_t{17}, input.size() / 2, std::size_t{3}, input.size(), input.size() + 9})
        CHECK(cursor.at(offset) == detail::position_at(input, offset));
}

namespace {

// skip_plain_ascii as a loop over bytes.
template <unsigned char... stops>
std::size_t plain_ascii_end(std::string_view s, std::size_t i, std::size_t end) {
    for (; i < end; ++i) {
        const auto b = static_cast<unsigned char>(s[i]);
        if (b < 0x20 || b >= 0x80 || ((b == stops) || ...)) return i;
    }
    return end;
}

template <unsigned char... stops>
void check_skip_plain_ascii() {
    // One byte at every offset of a plain run, for every alignment of the run
    // and every end: the one it must stop at, or one it must step over.
    for (const unsigned char b : std::string_view("\x00\x09\x1F\x20\x7E\x7F\x80\xC3\xFF<&\"'>", 14)) {
        for (std::size_t at = 0; at < 40; ++at) {
            std::string s(40, 'a');
            s[at] = static_cast<char>(b);
            for (std::size_t from = 0; from <= 17; ++from) {
                for (const std::size_t end : {std::size_t{40}, at, at + 1, from + 16, from + 15}) {
                    if (end < from || end > s.size()) continue;
                    CAPTURE(int{b});
                    CAPTURE(at);
                    CAPTURE(from);
                    CAPTURE(end);
                    const std::size_t expected = plain_ascii_end<stops...>(s, from, end);
                    REQUIRE(detail::skip_plain_ascii_words<stops...>(s, from, end) == expected);
                    REQUIRE(detail::skip_plain_ascii<stops...>(s, from, end) == expected);
                }
            }
        }
    }
}

}  // namespace

TEST_CASE("xml: the input check's scan of plain ASCII, sixteen or eight bytes a step, agrees with a loop over bytes") {
    check_skip_plain_ascii<>();
    check_skip_plain_ascii<'<'>();
    check_skip_plain_ascii<'<', '&'>();
    check_skip_plain_ascii<'<', '&', '"'>();
    check_skip_plain_ascii<'>', '"', '\''>();
}

TEST_CASE("xml: the input check's scan of CJK text punctuated in ASCII stops only where a plain unit does not follow") {
    // Plain units: printable ASCII but '<' and '&', three-byte characters led
    // by E1..EC, EE or EF (but EF B7, EF BF). The others: leads E0 and ED,
    // noncharacters' blocks, two- and four-byte characters, broken sequences.
    const std::string pieces[] = {"a",
                                  ",",
                                  "7",
                                  "\x7F",
                                  "\xE4\xB8\xAD",
                                  "\xE6\x96\x87",
                                  "\xE1\x80\x80",
                                  "\xEC\xBF\xBF",
                                  "\xEE\x80\x80",
                                  "\xEF\xBC\x8C",
                                  "\xEF\xB7\x90",
                                  "\xEF\xBF\xBD",
                                  "\xE0\xA0\x80",
                                  "\xED\x9F\xBF",
                                  "\xC3\xA9",
                                  "\xF0\x9F\x98\x80",
                                  "\xE4\xB8",
                                  "\x80",
                                  "\xFF",
                                  "<",
                                  "&",
                                  "\n",
                                  "\x1F"};
    const auto plain_unit = [](std::string_view s, std::size_t i) -> std::size_t {  // its length, or 0
        const auto b = static_cast<unsigned char>(s[i]);
        if (b >= 0x20 && b < 0x80) return b == '<' || b == '&' ? 0 : 1;
        return detail::is_plain_three_byte(s, i) && !(b == 0xEF && (s[i + 1] == '\xB7' || s[i + 1] == '\xBF')) ? 3 : 0;
    };
    unsigned seed = 2024;
    for (int round = 0; round < 600; ++round) {
        std::string s;
        const unsigned rare = 2 + round % 5;  // how often a piece is not CJK text: long runs and short ones
        for (int k = 0; k < 30; ++k) {
            seed = seed * 1103515245u + 12345u;
            const unsigned pick = (seed >> 16) % 64;
            s += pick % rare != 0 ? pieces[4 + pick % 2]
                 : pick % 7 == 0  ? pieces[(seed >> 22) % 4]
                                  : pieces[(seed >> 22) % std::size(pieces)];
        }
        CAPTURE(s);
        for (std::size_t from = 0; from <= s.size(); ++from) {
            for (const std::size_t got : {detail::skip_plain_text(s, from), detail::skip_plain_text<false>(s, from)}) {
                // Unit by unit from `from`: got is on the way, before or at the first unit that is not plain.
                std::size_t at = from;
                while (at < got && at < s.size()) {
                    const std::size_t length = plain_unit(s, at);
                    REQUIRE(length != 0);
                    at += length;
                }
                REQUIRE(at == got);
                if (got < s.size() && plain_unit(s, got) != 0) {
                    // Stopped early: only at a word of plain ASCII, which skip_plain_ascii reads.
                    REQUIRE(got + 8 <= s.size());
                    for (std::size_t k = got; k < got + 8; ++k) REQUIRE(static_cast<unsigned char>(s[k]) < 0x80);
                }
            }
        }
    }
}

TEST_CASE("xml: malformed XML is an error at pugixml's offset, as line and column") {
    struct expectation {
        std::string_view input;
        std::string diagnostic;
        std::string_view message;
    };
    const expectation cases[] = {
        // The name of the mismatched end tag.
        {"<report>\n  <a></b>\n</report>", "2:8+16 error xml-syntax", "Start-end tags mismatch"},
        // Columns count characters, offsets bytes: four CJK characters before the error.
        {REPORT_START "\n<metadata><title>中文标题</titel></metadata></report>", "2:24+87 error xml-syntax",
         "Start-end tags mismatch"},
        // CR LF and a lone CR end lines.
        {REPORT_START "\r\n<body>\r\n<paragraph role=body>x</paragraph></body></report>", "3:17+81 error xml-syntax",
         "Error parsing element attribute"},
        {REPORT_START "\r<body>\r<paragraph role=body>x</paragraph></body></report>", "3:17+79 error xml-syntax",
         "Error parsing element attribute"},
        // A byte order mark is not a column.
        {"\xEF\xBB\xBF" REPORT_START "<body><paragraph role=body>x</paragraph></body></report>",
         "1:78+80 error xml-syntax", "Error parsing element attribute"},
        // An element left open: pugixml points at the last byte.
        {REPORT_START "\n<body>\n<paragraph>x", "3:12+74 error xml-syntax", "Start-end tags mismatch"},
        {"<report><!-- unclosed comment </report>", "1:39+38 error xml-syntax", "Error parsing comment"},
        {"<report a=\"1></report>", "1:12+11 error xml-syntax", "Error parsing element attribute"},
        {"", "1:1+0 error xml-syntax", "no root element"},
        {" \n ", "2:2+3 error xml-syntax", "no root element"},
        {REPORT_START "</report><report/>", "1:65+64 error xml-syntax", "more than one root element"},
        {REPORT_START "</report>\ntrailing", "1:65+64 error xml-syntax", "text outside the root element"},
        {"x" REPORT_START "</report>", "1:1+0 error xml-syntax", "text outside the root element"},
        {"<html/>", "1:1+0 error xml-root", "the root element is <html>, not <report>"},
    };
    for (const expectation& c : cases) {
        CAPTURE(c.input);
        const parse_result<report> r = parse_xml(c.input);
        CHECK_FALSE(r);
        REQUIRE(r.diagnostics().size() == 1);
        CHECK(summary(r) == c.diagnostic);
        CHECK(r.diagnostics()[0].message == c.message);
    }
}

TEST_CASE("xml: bytes that cannot be XML") {
    const parse_result<report> bad = parse_xml(REPORT_START "<body><paragraph>中\n\xff</paragraph></body></report>");
    CHECK(summary(bad) == "2:1+76 error invalid-utf8");
    const parse_result<report> cut = parse_xml(REPORT_START "<body><paragraph>\xE4\xB8</paragraph></body></report>");
    CHECK(summary(cut) == "1:73+72 error invalid-utf8");
    const std::string with_nul = std::string(REPORT_START "<body><paragraph>a") + '\0' + "b</paragraph></body></report>";
    const parse_result<report> nul = parse_xml(with_nul);
    CHECK(summary(nul) == "1:74+73 error xml-syntax");
    CHECK(nul.diagnostics()[0].message == "NUL character (not allowed in XML)");
}

TEST_CASE("xml: a DOCTYPE is refused where it starts, and nothing it declares is expanded") {
    const std::string laughs = "<?xml version=\"1.0\"?>\n"
                               "<!DOCTYPE report [\n"
                               "  <!ENTITY a \"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\">\n"
                               "  <!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">\n"
                               "  <!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">\n"
                               "  <!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\">\n"
                               "  <!ENTITY e SYSTEM \"file:///etc/passwd\">\n"
                               "]>\n" REPORT_START "<body><paragraph>&d;&e;</paragraph></body></report>";
    const parse_result<report> r = parse_xml(laughs);
    CHECK_FALSE(r);
    CHECK(summary(r) == "2:1+22 error xml-doctype");
    CHECK(summary(parse_xml("<!DOCTYPE\n report>" REPORT_START "</report>")) ==
          "1:1+0 error xml-doctype");
    CHECK(summary(parse_xml(REPORT_START "</report>\n <!DOCTYPE report>")) ==
          "2:2+66 error xml-doctype");
    // Inside an element a DOCTYPE is a syntax error for pugixml already.
    CHECK(summary(parse_xml(REPORT_START "<!DOCTYPE report></report>")) ==
          "1:56+55 error xml-syntax");
    // Without a DTD an entity reference stays as written.
    const parse_result<report> plain = parse_xml(REPORT_START "<body><paragraph>&d; &lt;</paragraph></body></report>");
    REQUIRE(plain);
    CHECK(plain->body.at(0).as<paragraph>()->content.at(0).as<text>()->content == "&d; <");
}

TEST_CASE("xml: unknown markup warns and keeps its text (lenient) or is an error (strict)") {
    const std::string xml = REPORT_START "\n"
                                         "<metadata><publisher>出版社</publisher><title>T</title><title>again</title></metadata>\n"
                                         "<body>\n"
                                         "  <paragraph foo=\"1\">a <blink>b</blink> c</paragraph>\n"
                                         "  <figure><caption>Fig 1</caption></figure>\n"
                                         "  <aside/>\n"
                                         "  stray text\n"
                                         "</body>\n"
                                         "<back-matter><paragraph>p</paragraph></back-matter>\n"
                                         "<appendix>x</appendix></report>";
    const parse_result<report> lenient = parse(xml);
    REQUIRE(lenient);
    CHECK(summary(lenient) == "2:11+66 warning xml-unknown-element; 2:53+114 warning xml-duplicate; "
                                  "4:14+166 warning xml-unknown-attribute; 4:24+176 warning xml-unknown-element; "
                                  "5:3+209 warning xml-unknown-element; 6:3+253 warning xml-unknown-element; "
                                  "6:11+261 warning xml-unexpected-text; 9:14+296 warning xml-unexpected-element; "
                                  "10:1+335 warning xml-unknown-element");
    CHECK(lenient.diagnostics()[0].message == "unknown element <publisher> in <metadata>: it is kept as an extra field");
    CHECK(lenient.diagnostics()[2].message == "unknown attribute foo on <paragraph> is ignored");
    CHECK(lenient.diagnostics()[4].message == "unknown element <figure> in <body>: it is kept as a paragraph");
    CHECK(lenient.diagnostics()[5].message == "unknown element <aside> in <body>: it has no text and is ignored");
    report expected = report_builder{}
                          .title("T")
                          .field("publisher", "出版社")
                          .field("title", "again")
                          .paragraph(inline_list{text{"a ", {}}, text{"b", {}}, text{" c", {}}})
                          .paragraph("Fig 1")
                          .paragraph("\n  stray text\n")
                          .paragraph("x")
                          .build();
    expected.back_matter.emplace_back().children.push_back(paragraph{{text{"p", {}}}, paragraph_role::body, {}});
    CHECK(*lenient == expected);

    const parse_result<report> strict = parse(xml, true);
    CHECK_FALSE(strict);
    std::string errors = summary(lenient);
    for (std::size_t at; (at = errors.find("warning")) != std::string::npos;) errors.replace(at, 7, "error");
    CHECK(summary(strict) == errors);
    CHECK(strict.diagnostics()[0].message == "unknown element <publisher> in <metadata>");

    // In text-only elements and in lists, and the order of regions is free.
    const parse_result<report> more = parse(REPORT_START
                                            "<related><item>r</item></related>"
                                            "<body><paragraph><code>a<b>x</b>c</code><line-break>y</line-break></paragraph>"
                                            "<list><li>z</li></list></body><metadata><title>T</title></metadata></report>");
    REQUIRE(more);
    CHECK(summary(more) == "1:65+64 warning xml-unknown-element; 1:113+112 warning xml-unknown-element; "
                           "1:129+128 warning xml-unexpected-text; 1:173+172 warning xml-unknown-element");
    const paragraph& p = *more->body.at(0).as<paragraph>();
    CHECK(p.content.at(0).as<code>()->content == "axc");
    CHECK(p.content.at(1).is<line_break>());
    CHECK(p.content.at(2).as<text>()->content == "y");
    CHECK(more->body.at(1).as<list>()->items.at(0).children.at(0) == block(paragraph{{text{"z", {}}}, paragraph_role::body, {}}));
    CHECK(more->related.at(0).title == "r");
    CHECK(more->meta.title == "T");
}

TEST_CASE("xml: the root's namespace and version") {
    CHECK(summary(parse(R"(<report version="1"/>)")) == "1:1+0 warning xml-namespace");
    CHECK(summary(parse(R"(<report version="1"/>)", true)) == "1:1+0 error xml-namespace");
    CHECK(summary(parse(R"(<report xmlns="urn:other" version="1"/>)")) ==
          "1:1+0 warning xml-namespace");
    CHECK(summary(parse(R"(<report xmlns="https://reportdoc.dev/ns/1" version="2"/>)")) ==
          "1:44+43 warning xml-version");
    CHECK(summary(parse(R"(<report xmlns="https://reportdoc.dev/ns/1"/>)", true)) ==
          "1:1+0 error xml-missing-attribute");
    // Other namespace declarations are not attributes.
    CHECK(summary(parse(R"(<report xmlns="https://reportdoc.dev/ns/1" xmlns:x="urn:x" version="1"/>)")).empty());
}

TEST_CASE("xml: invalid values are reported at their attribute and replaced by defaults") {
    const std::string xml = REPORT_START "<body>\n"
                                         "<section level=\"0\" style=\"bogus\" ordinal=\"x\" run-in=\"yes\" role=\"intro\" src=\"1:2\">"
                                         "<heading>h</heading></section>\n"
                                         "<list ordered=\"1\" start=\"-1\"><list-item><paragraph role=\"note\">p</paragraph>"
                                         "</list-item></list>\n"
                                         "<section level=\"+2\" ordinal=\"4294967296\"/></body></report>";
    const parse_result<report> r = parse(xml);
    REQUIRE(r);
    CHECK(summary(r) == "2:10+71 warning xml-invalid-value; 2:20+81 warning xml-invalid-value; "
                        "2:34+95 warning xml-invalid-value; 2:46+107 warning xml-invalid-value; "
                        "2:59+120 warning xml-invalid-value; 2:72+133 warning xml-invalid-value; "
                        "3:7+180 warning xml-invalid-value; 3:19+192 warning xml-invalid-value; "
                        "3:52+225 warning xml-invalid-value; 4:10+279 warning xml-invalid-value; "
                        "4:21+290 warning xml-invalid-value");
    CHECK(r.diagnostics()[0].message == "invalid level=\"0\" on <section>: expected a whole number of at least 1");
    CHECK(r.diagnostics()[1].message ==
          "invalid style=\"bogus\" on <section>: expected one of none, cjk-ideographic, cjk-parenthesized, arabic, "
          "dotted-path, roman-upper, roman-lower, latin-upper, latin-lower, cjk-ordinal, circled");
    const section& s = *r->body.at(0).as<section>();
    CHECK(s.level == 1);
    CHECK(s.style == numbering_style::none);
    CHECK(s.span.begin == source_position{2, 1, 62});  // the element's position stands in for the bad src
    CHECK_FALSE(parse(xml, true));
    // The extremes of each number.
    const parse_result<report> extremes = parse(REPORT_START
                                                "<body><section level=\"4294967295\" ordinal=\"4294967295\"/>"
                                                "<list start=\"4294967295\"/><list start=\"0\"/></body></report>");
    REQUIRE(extremes);
    CHECK(summary(extremes).empty());
    CHECK(extremes->body.at(0).as<section>()->level == 4294967295u);
    CHECK(extremes->body.at(0).as<section>()->ordinal == 4294967295u);
    CHECK(extremes->body.at(1).as<list>()->start == 4294967295u);
    CHECK(extremes->body.at(2).as<list>()->start == 0);
    CHECK(*parse_xml(render_xml(*extremes)) == *extremes);
}

TEST_CASE("xml: what the reader accepts beyond what the writer writes") {
    const parse_result<report> r = parse(REPORT_START
                                         "<body><paragraph>a<!-- c -->b<![CDATA[<c>]]>d<text>e</text>f</paragraph>"
                                         "<section><heading>h</heading><section><heading>deeper</heading></section></section>"
                                         "<section level=\"5\"><section/></section></body>"
                                         "<body><paragraph>second body</paragraph></body></report>");
    REQUIRE(r);
    CHECK(summary(r).empty());
    // Adjacent character data (around comments, CDATA) is one text node; <text> is one of its own.
    const paragraph& p = *r->body.at(0).as<paragraph>();
    REQUIRE(p.content.size() == 3);
    CHECK(p.content[0].as<text>()->content == "ab<c>d");
    CHECK(p.content[1].as<text>()->content == "e");
    CHECK(p.content[2].as<text>()->content == "f");
    // A section without level is one deeper than its parent section.
    CHECK(r->body.at(1).as<section>()->level == 1);
    CHECK(r->body.at(1).as<section>()->children.at(0).as<section>()->level == 2);
    CHECK(r->body.at(2).as<section>()->children.at(0).as<section>()->level == 6);
    // A repeated region continues the first.
    CHECK(r->body.size() == 4);
}

TEST_CASE("xml: limits") {
    SUBCASE("depth: 100,000 nested sections fail cleanly with the default limit") {
        const std::string xml = nested_sections_xml(100'000);
        const parse_result<report> r = parse_xml(xml);
        CHECK_FALSE(r);
        // The heading of section 999 is 1001 levels below <report> (<body> is level 1).
        const std::size_t offset = std::string_view(REPORT_START "<body>").size() + 998 * 29 + 9;
        CHECK(xml.substr(offset, 9) == "<heading>");
        CHECK(summary(r) == "1:" + std::to_string(offset + 1) + "+" + std::to_string(offset) + " error limit-depth");
        CHECK(r.diagnostics()[0].message == "elements nested more than 1000 levels deep (reader_limits::max_depth)");
    }
    SUBCASE("depth: 100,000 nested sections convert with a higher limit, and write back") {
        xml_options options;
        options.limits.max_depth = 200'000;
        const parse_result<report> r = parse_xml(nested_sections_xml(100'000), options);
        REQUIRE(r);
        CHECK(summary(r).empty());
        const report expected = nested_sections_model(100'000);
        CHECK(*r == expected);
        const std::string again = render_xml(*r);
        CHECK(again.size() < 100'000 * 400);  // indentation stops growing: linear in the depth
        const parse_result<report> back = parse_xml(again, options);
        REQUIRE(back);
        CHECK(*back == expected);
    }
    SUBCASE("nodes") {
        xml_options options;
        options.limits.max_nodes = 3;
        const parse_result<report> r =
            parse_xml(REPORT_START "<body><paragraph>a</paragraph><paragraph>b</paragraph></body></report>", options);
        CHECK(summary(r) == "1:97+96 error limit-nodes");
        CHECK(r.diagnostics()[0].message == "more than 3 nodes (reader_limits::max_nodes)");
        options.limits.max_nodes = 4;
        CHECK(parse_xml(REPORT_START "<body><paragraph>a</paragraph><paragraph>b</paragraph></body></report>", options));
    }
    SUBCASE("input size") {
        xml_options options;
        options.limits.max_input_size = 10;
        const parse_result<report> r = parse_xml("<report/>  ", options);
        CHECK(summary(r) == "0:0+0 error limit-input-size");
        CHECK(r.diagnostics()[0].message == "the input is 11 bytes, more than the limit of 10 (reader_limits::max_input_size)");
    }
}

TEST_CASE("xml: parse_xml_in_place reads what parse_xml reads") {
    // Diagnostics, the document and its spans the same, whether the input is
    // parsed in place or, where pugixml's changes would move positions, copied.
    const auto check_same = [](const std::string& xml, bool strict) {
        CAPTURE(xml);
        CAPTURE(strict);
        xml_options options;
        options.strict = strict;
        const parse_result<report> copied = parse_xml(xml, options);
        std::string input = xml;
        const parse_result<report> in_place = parse_xml_in_place(std::move(input), options);
        REQUIRE(in_place.diagnostics().size() == copied.diagnostics().size());
        for (std::size_t i = 0; i < copied.diagnostics().size(); ++i) {
            const diagnostic &a = copied.diagnostics()[i], &b = in_place.diagnostics()[i];
            CHECK(a.level == b.level);
            CHECK(a.code == b.code);
            CHECK(a.message == b.message);
            CHECK(a.where == b.where);
        }
        REQUIRE(bool(in_place) == bool(copied));
        if (!copied) return;
        CHECK(*in_place == *copied);
        CHECK(testing::span_difference(*copied, *in_place) == "");
    };
    // Without src every node's span is its element's position, counted in the
    // input after pugixml has parsed it, unless a line break or tab in a tag,
    // a CR or a reference made it keep a copy.
    const std::string inputs[] = {
        REPORT_START "\n<body>\n  <section level=\"1\"><heading>标题</heading>\n    <paragraph>中文 <emphasis>强调</emphasis>"
                     "<bogus>x</bogus></paragraph>\n  </section>\n</body></report>",
        REPORT_START "\n<body>\n  <section\n level=\"1\"><heading>标题</heading>\n    <paragraph>中文</paragraph>\n"
                     "  </section>\n<paragraph>x<b/></paragraph></body></report>",
        REPORT_START "\n<body>\n  <section\tlevel=\"1\"><heading>h</heading></section>\n<paragraph>x<b/></paragraph>"
                     "</body></report>",
        REPORT_START "\n<body><paragraph role=\"a\nb\">x</paragraph>\n<paragraph>y<b/></paragraph></body></report>",
        REPORT_START "\n<body><paragraph role=\"a\tb\">x</paragraph>\n<paragraph>y<b/></paragraph></body></report>",
        REPORT_START "\r\n<body><paragraph>x</paragraph>\r\n<paragraph>y<b/></paragraph></body></report>",
        REPORT_START "\n<body><paragraph>a &amp; b &#x4E2D;</paragraph>\n<paragraph>y<b/></paragraph></body></report>",
        REPORT_START "\n<body><paragraph><link href=\"?a=1&amp;b=2\">l</link></paragraph>\n<paragraph>y<b/></paragraph>"
                     "</body></report>",
        "\xEF\xBB\xBF" REPORT_START "\n<body><paragraph>中</paragraph>\n<paragraph>y<b/></paragraph></body></report>",
        // The '<' of a DOCTYPE after text is where pugixml ends that text.
        "<?xml version=\"1.0\"?>\n<!DOCTYPE report>" REPORT_START "</report>",
        "<?xml version=\"1.0\"?>\n<!DOCTYPE\nreport>" REPORT_START "</report>",
        REPORT_START "</report>\n <!DOCTYPE report>",
        REPORT_START "\n<body>\n<paragraph>x",
        REPORT_START "\n<body><paragraph role=body>x</paragraph></body></report>",
        REPORT_START "\n<body><paragraph role=\"a<b\">x</paragraph></body></report>",
        REPORT_START "\n<body><paragraph>&#0;</paragraph></body></report>",
        REPORT_START "\n<body><paragraph>x</paragraph></body></report>\ntrailing",
        REPORT_START "\n<metadata><title>a</title>\n<title>b<i>c</i></title></metadata></report>",
        REPORT_START "\n<body><paragraph>x</paragraph></body><body>\n<list><list-item label=\"1\">y</list-item>"
                     "</list></body></report>",
        "",
    };
    for (const std::string& xml : inputs)
        for (const bool strict : {false, true}) check_same(xml, strict);
    for (const testing::named_document& d : testing::test_documents())
        for (const bool spans : {true, false}) check_same(render_xml(d.doc, render_options(spans, true)), false);
}

TEST_CASE("xml: an inline leaf left to go with its paragraph is one without children, however deep they nest") {
    // A <text> is released with its paragraph, in one call into pugixml, which
    // releases recursively: only an inline without children may wait for it.
    // One holding 200,000 nested elements must be released when read, leaf by leaf.
    constexpr std::size_t depth = 200'000;
    std::string xml = R"(<report xmlns="https://reportdoc.dev/ns/1" version="1"><body><paragraph><text>a)";
    for (std::size_t i = 0; i < depth; ++i) xml += "<x>";
    xml += "b";
    for (std::size_t i = 0; i < depth; ++i) xml += "</x>";
    xml += "c</text><text>d</text></paragraph></body></report>";
    const parse_result<report> r = parse_xml(xml);
    REQUIRE(r);
    REQUIRE(r->body.size() == 1);
    const paragraph* p = r->body[0].as<paragraph>();
    REQUIRE(p != nullptr);
    REQUIRE(p->content.size() == 2);
    CHECK(p->content[0].as<text>()->content == "abc");
    CHECK(p->content[1].as<text>()->content == "d");
}
