// SPDX-License-Identifier: MIT
// Every writer on documents made from fuzz bytes (any structure, any bytes in
// any string: invalid UTF-8, controls, markup of every output language).
// Invariants: every writer's output is UTF-8; the HTML holds only the
// writer's elements and attributes, properly nested and quoted, with complete
// character references (html_scan.hpp), exactly the document's text, escaped,
// and exactly the inline and block elements the document asked for (at most
// one <a> per link: refused targets have none). (The strings hold any bytes,
// which writers repair, so the XML round trip is fuzz_xml_reader's.)
#include "fuzz_support.hpp"
#include "html_scan.hpp"
#include "../tests/support/html_expectation.hpp"

#include <reportdoc/detail/escape.hpp>

#include <fuzzer/FuzzedDataProvider.h>

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace {

using namespace reportdoc;

// Labels the readers and writers treat specially, and arbitrary bytes.
constexpr std::string_view labels[] = {"一、", "(一)", "(1)", "1.", "1.1.", "第一章", "第一,", "①", "I.",
                                       "a)",   "附件1", "•",   "-",  "1)", "",     "Appendix A", "2."};
// Bounds the model's nesting: the writers' depth handling is tested elsewhere
// (tests/robustness.cpp); here the bytes go into content.
constexpr int max_depth = 6;

class document_maker {
public:
    explicit document_maker(FuzzedDataProvider& in) : in_(in) {}

    report make() {
        report doc;
        metadata& m = doc.meta;
        m.title = string();
        m.subtitle = string();
        for (int n = in_.ConsumeIntegralInRange(0, 2); n > 0; --n) m.authors.push_back(string());
        m.date = date_value{string(), string()};
        m.source = string();
        m.source_url = string();
        m.category = string();
        m.language = in_.ConsumeBool() ? "zh-CN" : string();
        for (int n = in_.ConsumeIntegralInRange(0, 2); n > 0; --n) m.extra.push_back({string(), string()});
        doc.front_matter = blocks(1);
        doc.body = blocks(0);
        doc.closing = blocks(1);
        for (int n = in_.ConsumeIntegralInRange(0, 2); n > 0; --n) doc.back_matter.push_back(make_section(1, 1));
        doc.related_heading = string();
        for (int n = in_.ConsumeIntegralInRange(0, 2); n > 0; --n)
            doc.related.push_back({string(), string(), date_value{string(), string()}});
        return doc;
    }

private:
    std::string string() { return in_.ConsumeRandomLengthString(24); }
    std::string label() {
        return in_.ConsumeBool() ? std::string(in_.PickValueInArray(labels)) : string();
    }

    block_list blocks(int depth) {
        block_list out;
        for (int n = in_.ConsumeIntegralInRange(0, 4); n > 0 && in_.remaining_bytes() > 0; --n) {
            switch (depth >= max_depth ? 1 : in_.ConsumeIntegralInRange(0, 4)) {
                case 0: out.push_back(make_section(depth + 1, static_cast<unsigned>(in_.ConsumeIntegralInRange(1, 9)))); break;
                case 1: {
                    paragraph p;
                    p.role = static_cast<paragraph_role>(in_.ConsumeIntegralInRange(0, 5));
                    p.content = inlines(depth);
                    out.push_back(std::move(p));
                    break;
                }
                case 2: {
                    list l;
                    l.ordered = in_.ConsumeBool();
                    l.style = static_cast<numbering_style>(in_.ConsumeIntegralInRange(0, 10));
                    l.start = in_.ConsumeIntegralInRange<std::uint32_t>(0, 20);
                    for (int k = in_.ConsumeIntegralInRange(0, 3); k > 0; --k) {
                        list_item item;
                        item.label = label();
                        item.children = blocks(depth + 1);
                        l.items.push_back(std::move(item));
                    }
                    out.push_back(std::move(l));
                    break;
                }
                case 3: out.push_back(block_quote{blocks(depth + 1), {}}); break;
                default: out.push_back(preformatted{string(), {}}); break;
            }
        }
        return out;
    }

    section make_section(int depth, unsigned level) {
        section s;
        s.level = level;
        s.label = label();
        s.style = static_cast<numbering_style>(in_.ConsumeIntegralInRange(0, 10));
        s.ordinal = in_.ConsumeIntegralInRange<std::uint32_t>(0, 20);
        s.title = inlines(depth);
        s.run_in = in_.ConsumeBool();
        s.role = static_cast<section_role>(in_.ConsumeIntegralInRange(0, 3));
        s.children = blocks(depth);
        return s;
    }

    inline_list inlines(int depth) {
        inline_list out;
        for (int n = in_.ConsumeIntegralInRange(0, 4); n > 0 && in_.remaining_bytes() > 0; --n) {
            switch (depth >= max_depth ? 0 : in_.ConsumeIntegralInRange(0, 5)) {
                case 0: out.push_back(text{string(), {}}); break;
                case 1: out.push_back(emphasis{inlines(depth + 1), {}}); break;
                case 2: out.push_back(strong{inlines(depth + 1), {}}); break;
                case 3: out.push_back(code{string(), {}}); break;
                case 4: {
                    std::string href = string(), title = string();
                    out.push_back(link{std::move(href), std::move(title), inlines(depth + 1), {}});
                    break;
                }
                default: out.push_back(line_break{}); break;
            }
        }
        return out;
    }

    FuzzedDataProvider& in_;
};

// What the HTML must show, in order, escaped for HTML text with ASCII
// whitespace removed (the writer adds some between elements), and how many
// of each counted element the document asks for.
struct expected_html {
    std::string text;
    testing::html_element_counts counts;
};

expected_html expect_html(const report& doc) {
    expected_html e;
    std::string escaped;
    output_sink sink(escaped);
    e.counts = testing::expect_html(doc, [&](std::string_view s) { detail::escape(sink, s, detail::html_text_table); });
    for (const char c : escaped)
        if (c != ' ' && c != '\t' && c != '\n' && c != '\r') e.text += c;
    return e;
}

void check_html(const report& doc) {
    const std::string html = render_html(doc);
    const fuzz::html_scan page = fuzz::scan_html(html);
    fuzz::require(page.problem.empty(), page.problem.c_str(), html);
    const expected_html want = expect_html(doc);
    fuzz::require(page.text == want.text, "the HTML does not show exactly the document's text", html);
    auto count = [&](std::string_view name) {
        const auto it = page.counts.find(name);
        return it == page.counts.end() ? std::size_t{0} : it->second;
    };
    fuzz::require(count("h1") == want.counts.h1, "<h1> count", html);
    fuzz::require(count("section") == want.counts.sections, "<section> count", html);
    fuzz::require(count("em") == want.counts.em, "<em> count", html);
    fuzz::require(count("strong") == want.counts.strong, "<strong> count", html);
    fuzz::require(count("code") == want.counts.code, "<code> count", html);
    fuzz::require(count("pre") == want.counts.pre, "<pre> count", html);
    fuzz::require(count("blockquote") == want.counts.quotes, "<blockquote> count", html);
    fuzz::require(count("br") == want.counts.br, "<br> count", html);
    fuzz::require(count("a") <= want.counts.links, "more <a> than links", html);

    html_options all;
    all.standalone = true;
    all.toc = true;
    all.run_in_inline = true;
    all.source_positions = true;
    const std::string standalone = render_html(doc, all);
    const fuzz::html_scan full = fuzz::scan_html(standalone);
    fuzz::require(full.problem.empty(), full.problem.c_str(), standalone);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    FuzzedDataProvider in(data, size);
    const report doc = document_maker(in).make();
    fuzz::render_everything(doc);
    check_html(doc);
    return 0;
}
