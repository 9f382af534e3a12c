// SPDX-License-Identifier: MIT
// The HTML writer: exact output for small documents, the URL policy, ids,
// heading ranks, escaping of hostile text, repaired bytes and deep documents.
// (The corpus is also checked by the Nu HTML Checker and parse5: see
// tests/CMakeLists.txt and tests/js/check-html.mjs.)
#include <reportdoc/reportdoc.hpp>

#include "support/documents.hpp"

#include <doctest/doctest.h>

#include <set>
#include <string>
#include <string_view>
#include <vector>

using namespace reportdoc;

namespace {

paragraph para(std::string_view s, paragraph_role role = paragraph_role::body) {
    return paragraph{{text{std::string(s), {}}}, role, {}};
}

report corpus_document(std::string_view name) {
    for (auto& d : testing::test_documents())
        if (d.name == name) return d.doc;
    FAIL("no corpus document " << name);
    return {};
}

// Every value of an attribute, in document order.
std::vector<std::string> attribute_values(std::string_view html, std::string_view name) {
    std::vector<std::string> values;
    const std::string needle = " " + std::string(name) + "=\"";
    for (std::size_t at = html.find(needle); at != std::string_view::npos; at = html.find(needle, at + 1)) {
        const std::size_t start = at + needle.size();
        values.emplace_back(html.substr(start, html.find('"', start) - start));
    }
    return values;
}

// The tag names and attribute names of every tag in the output. Text is
// escaped, so every '<' starts a tag; attribute values are quoted and escaped,
// so '>' ends one.
std::set<std::string> markup_names(std::string_view html) {
    std::set<std::string> names;
    for (std::size_t at = html.find('<'); at != std::string_view::npos; at = html.find('<', at + 1)) {
        const std::size_t end = html.find('>', at);
        REQUIRE(end != std::string_view::npos);
        std::string_view tag = html.substr(at + 1, end - at - 1);
        if (!tag.empty() && tag[0] == '/') tag.remove_prefix(1);
        const std::size_t name_end = std::min(tag.find(' '), tag.size());
        names.insert(std::string(tag.substr(0, name_end)));
        bool in_value = false;
        std::size_t attribute_start = std::string_view::npos;
        for (std::size_t i = name_end; i < tag.size(); ++i) {
            if (tag[i] == '"') {
                in_value = !in_value;
            } else if (!in_value && tag[i] == ' ') {
                attribute_start = i + 1;
            } else if (!in_value && tag[i] == '=' && attribute_start != std::string_view::npos) {
                names.insert("@" + std::string(tag.substr(attribute_start, i - attribute_start)));
                attribute_start = std::string_view::npos;
            }
        }
    }
    return names;
}

}  // namespace

TEST_CASE("the URL policy allows http, https, mailto and relative references only") {
    using detail::url_kind;
    struct row {
        std::string_view url;
        url_kind kind;
        std::string_view written;
    };
    const row rows[] = {
        {"https://example.org/a?b=1&c=2#d", url_kind::web, "https://example.org/a?b=1&c=2#d"},
        {"HTTP://EXAMPLE.ORG", url_kind::web, "HTTP://EXAMPLE.ORG"},
        {"  https://example.org/  \n", url_kind::web, "https://example.org/"},
        {"mailto:a@example.org", url_kind::mailto, "mailto:a@example.org"},
        {"MailTo:a@example.org", url_kind::mailto, "MailTo:a@example.org"},
        {"../relative/path.html#frag", url_kind::relative, "../relative/path.html#frag"},
        {"page.html#section:2", url_kind::relative, "page.html#section:2"},
        {"?q=a:b", url_kind::relative, "?q=a:b"},
        {"#top", url_kind::relative, "#top"},
        {"//example.org/x", url_kind::relative, "//example.org/x"},
        {"www.beiweimall.com", url_kind::relative, "www.beiweimall.com"},
        {"", url_kind::relative, ""},
        {"javascript:alert(1)", url_kind::disallowed, "javascript:alert(1)"},
        {" JaVaScRiPt:alert(1)", url_kind::disallowed, "JaVaScRiPt:alert(1)"},
        {"\x01javascript:alert(1)", url_kind::disallowed, "javascript:alert(1)"},
        {"java\tscript:alert(1)", url_kind::disallowed, "java\tscript:alert(1)"},
        {"java\nscript:alert(1)", url_kind::disallowed, "java\nscript:alert(1)"},
        {"java script:alert(1)", url_kind::disallowed, "java script:alert(1)"},
        {"\xC2\xA0javascript:alert(1)", url_kind::disallowed, "\xC2\xA0javascript:alert(1)"},
        {"\xEF\xBD\x8A\xEF\xBD\x81vascript:alert(1)", url_kind::disallowed, "\xEF\xBD\x8A\xEF\xBD\x81vascript:alert(1)"},
        {"&#106;avascript:alert(1)", url_kind::disallowed, "&#106;avascript:alert(1)"},
        {"&#x6A;avascript:alert(1)", url_kind::disallowed, "&#x6A;avascript:alert(1)"},
        {"javascript&colon;alert(1)", url_kind::disallowed, "javascript&colon;alert(1)"},
        {"java&Tab;script:alert(1)", url_kind::disallowed, "java&Tab;script:alert(1)"},
        {"data:text/html,<script>alert(1)</script>", url_kind::disallowed, "data:text/html,<script>alert(1)</script>"},
        {"vbscript:msgbox", url_kind::disallowed, "vbscript:msgbox"},
        {"file:///etc/passwd", url_kind::disallowed, "file:///etc/passwd"},
        {"ftp://example.org/", url_kind::disallowed, "ftp://example.org/"},
        {"localhost:8080/x", url_kind::disallowed, "localhost:8080/x"},
        {":no-scheme", url_kind::disallowed, ":no-scheme"},
        {"https://example.org/\xFF", url_kind::disallowed, "https://example.org/\xFF"},
        {"https://example.org/\xC2\x85", url_kind::disallowed, "https://example.org/\xC2\x85"},
        {"https://example.org/\x7F", url_kind::disallowed, "https://example.org/\x7F"},
    };
    for (const row& r : rows) {
        CAPTURE(r.url);
        const detail::url_verdict v = detail::classify_url(r.url);
        CHECK(v.kind == r.kind);
        CHECK(v.url == r.written);
        CHECK(v.allowed() == (r.kind != url_kind::disallowed));
    }
    // A NUL inside the string (not just ending a literal) is a control like any other.
    CHECK(detail::classify_url(std::string_view("java\0script:alert(1)", 20)).kind == url_kind::disallowed);
}

TEST_CASE("datetime values and language tags are checked before they become attributes") {
    for (std::string_view ok : {"2023", "2023-06", "2023-06-15", "2024-02-29", "2023-06-15T16:51", "2023-06-15T16:51:36",
                                "2023-06-15 16:51:36.123", "2023-06-15T16:51Z", "2023-06-15T16:51:36+08:00"}) {
        CAPTURE(ok);
        CHECK(detail::is_html_datetime(ok));
    }
    for (std::string_view bad : {"", "23", "0000", "2023-13", "2023-6", "2023-02-29", "2023-06-31", "2023-06-15T24:00",
                                 "2023-06-15T16:60", "2023-06-15T16", "2023-06-15T16:51:36.", "2023-06-15T16:51+8",
                                 "<2023>", "2023-06-15x"}) {
        CAPTURE(bad);
        CHECK_FALSE(detail::is_html_datetime(bad));
    }
    for (std::string_view ok : {"en", "zh-CN", "zh-Hans-CN", "de-1996"}) {
        CAPTURE(ok);
        CHECK(detail::is_language_tag(ok));
    }
    // Private-use and grandfathered tags ("x-klingon", "i-navajo") are left out too.
    for (std::string_view bad : {"", "e", "zh-", "zh--CN", "zh_CN", "zh CN", "\"><x", "toolongprimary", "x-klingon"}) {
        CAPTURE(bad);
        CHECK_FALSE(detail::is_language_tag(bad));
    }
}

TEST_CASE("a Chinese report as a fragment: header, sections, labels as written, lists, closing, back matter") {
    const report doc = report_builder{}
                           .title("工作汇报")
                           .subtitle("——在推进会上的讲话")
                           .author("黄飞")
                           .author("李四")
                           .date("2023-06-15 16:51:36", "2023-06-15T16:51:36")
                           .source("北考网", "www.beiweimall.com")
                           .category("汇报")
                           .language("zh-CN")
                           .field("编辑", "张三")
                           .salutation("同志们:")
                           .section("一、", "基本认识")
                           .paragraph("多年来看得很重。")
                           .ordered_list(numbering_style::cjk_ordinal, {{"第一,", "创建是推手。"}, {"第二,", "创建是要求。"}})
                           .section("(一)", "加强领导")
                           .section("1.", "Scope")
                           .end_section()
                           .end_section()
                           .end_section()
                           .closing("谢谢!")
                           .closing("郴州市人民政府", paragraph_role::signature)
                           .closing("2023年6月15日", paragraph_role::date_line)
                           .appendix("附件1", "评分表")
                           .paragraph("按百分制评分。")
                           .appendix("注释", "", section_role::notes)
                           .related_heading("相关文章")
                           .related("消防工作汇报", "", date_value{"2023-06-14 07:56:44", "2023-06-14T07:56:44"})
                           .related("个人工作汇报", "https://example.org/a?b=1&c=2")
                           .build();
    CHECK(render_html(doc) == R"(<article class="report" lang="zh-CN">
<header>
<h1>工作汇报</h1>
<p class="subtitle">——在推进会上的讲话</p>
<p class="meta"><span class="author">黄飞</span><span class="author">李四</span> <time datetime="2023-06-15T16:51:36">2023-06-15 16:51:36</time> <span class="source">北考网</span> <span class="source-url">www.beiweimall.com</span> <span class="category">汇报</span></p>
<dl class="fields">
<dt>编辑</dt><dd>张三</dd>
</dl>
</header>
<p class="salutation">同志们:</p>
<section id="sec-1">
<h2><span class="label">一、</span>基本认识</h2>
<p>多年来看得很重。</p>
<ol class="cjk-ordinal labelled">
<li><p><span class="label">第一,</span>创建是推手。</p>
</li>
<li><p><span class="label">第二,</span>创建是要求。</p>
</li>
</ol>
<section id="sec-1-1">
<h3><span class="label">(一)</span>加强领导</h3>
<section id="sec-1-1-1">
<h4><span class="label">1.</span> Scope</h4>
</section>
</section>
</section>
<footer>
<p class="closing">谢谢!</p>
<p class="signature">郴州市人民政府</p>
<p class="date-line">2023年6月15日</p>
</footer>
<section id="appendix-1" class="appendix">
<h2><span class="label">附件1</span> 评分表</h2>
<p>按百分制评分。</p>
</section>
<section id="notes-1" class="notes">
<h2><span class="label">注释</span></h2>
</section>
<aside class="related">
<h2>相关文章</h2>
<ul>
<li>消防工作汇报 <time datetime="2023-06-14T07:56:44">2023-06-14 07:56:44</time></li>
<li><a href="https://example.org/a?b=1&amp;c=2">个人工作汇报</a></li>
</ul>
</aside>
</article>
)");
}

TEST_CASE("a standalone page: doctype, language, charset, viewport, title and the theme's stylesheet") {
    const report doc = report_builder{}.title("A <Title> & more").language("en").paragraph("Text.").build();
    html_options options;
    options.standalone = true;
    options.theme = html_theme::none;
    CHECK(render_html(doc, options) == R"(<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>A &lt;Title&gt; &amp; more</title>
</head>
<body>
<article class="report">
<header>
<h1>A &lt;Title&gt; &amp; more</h1>
</header>
<p>Text.</p>
</article>
</body>
</html>
)");

    options.theme = html_theme::automatic;
    const std::string english = render_html(doc, options);
    CHECK(english.find("<style>\n" + std::string(html_stylesheet(html_theme::neutral)) + "</style>\n</head>") !=
          std::string::npos);
    report chinese = doc;
    chinese.meta.language = "zh-Hans-CN";
    CHECK(render_html(chinese, options).find(html_stylesheet(html_theme::official)) != std::string::npos);
    CHECK(html_stylesheet(html_theme::automatic, "zh") == html_stylesheet(html_theme::official));
    CHECK(html_stylesheet(html_theme::automatic, "zhx") == html_stylesheet(html_theme::neutral));
    CHECK(html_stylesheet(html_theme::automatic) == html_stylesheet(html_theme::neutral));
    CHECK(html_stylesheet(html_theme::none).empty());
    CHECK(html_stylesheet(html_theme::official).find("</") == std::string_view::npos);  // cannot end <style>
    CHECK(html_stylesheet(html_theme::neutral).find("</") == std::string_view::npos);

    // No language, an invalid language, an empty title: still a valid page.
    report bare;
    bare.meta.language = "zh_CN\"><script>";
    options.theme = html_theme::none;
    CHECK(render_html(bare, options) == R"(<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Untitled</title>
</head>
<body>
<article class="report">
</article>
</body>
</html>
)");
    bare.meta.title = " \n";
    bare.meta.subtitle = "Subtitle";
    CHECK(render_html(bare, options).find("<title>Subtitle</title>") != std::string::npos);
}

TEST_CASE("heading ranks follow the nesting of sections; below h6 they keep their rank in aria-level") {
    report_builder b;
    for (int i = 1; i <= 7; ++i) b.section(std::to_string(i) + ".", "L" + std::to_string(i));
    report doc = b.build();
    // A level skipped in the model (1 then 3) does not skip a rank.
    section skipped;
    skipped.level = 3;
    skipped.title = {text{"Skipped", {}}};
    doc.body.push_back(section{1, "", numbering_style::none, 0, {text{"Top", {}}}, false, section_role::none, {skipped}, {}});
    CHECK(render_html(doc) == R"(<article class="report">
<section id="sec-1">
<h2><span class="label">1.</span> L1</h2>
<section id="sec-1-1">
<h3><span class="label">2.</span> L2</h3>
<section id="sec-1-1-1">
<h4><span class="label">3.</span> L3</h4>
<section id="sec-1-1-1-1">
<h5><span class="label">4.</span> L4</h5>
<section id="sec-1-1-1-1-1">
<h6><span class="label">5.</span> L5</h6>
<section id="sec-1-1-1-1-1-1">
<h6 aria-level="7"><span class="label">6.</span> L6</h6>
<section id="sec-1-1-1-1-1-1-1">
<h6 aria-level="8"><span class="label">7.</span> L7</h6>
</section>
</section>
</section>
</section>
</section>
</section>
</section>
<section id="sec-2">
<h2>Top</h2>
<section id="sec-2-1">
<h3>Skipped</h3>
</section>
</section>
</article>
)");
}

TEST_CASE("section ids are stable and unique, per region and role, and do not grow with depth") {
    for (const auto& d : testing::test_documents()) {
        CAPTURE(d.name);
        html_options options;
        options.toc = true;
        const std::string html = render_html(d.doc, options);
        CHECK(html == render_html(d.doc, options));
        const std::vector<std::string> ids = attribute_values(html, "id");
        CHECK(std::set<std::string>(ids.begin(), ids.end()).size() == ids.size());
        // Every TOC entry points at a section of the page, in order.
        const std::size_t toc = html.find("<nav class=\"toc\"");
        std::vector<std::string> targets;
        if (toc != std::string::npos)
            for (const std::string& href : attribute_values(html.substr(toc, html.find("</nav>") - toc), "href"))
                targets.push_back(href.substr(1));
        CHECK(targets == ids);
    }

    const report doc = report_builder{}
                           .section("", "a")
                           .end_section()
                           .section("", "b")
                           .section("", "b1")
                           .end_section()
                           .section("", "b2")
                           .end_section()
                           .end_section()
                           .closing("x")
                           .appendix("附件1", "x")
                           .section("", "x")
                           .end_section()
                           .appendix("附件2", "y")
                           .appendix("注释", "", section_role::notes)
                           .appendix("", "Glossary", section_role::glossary)
                           .appendix("", "Other", section_role::none)
                           .build();
    report with_front = doc;
    with_front.front_matter.push_back(section{1, "", numbering_style::none, 0, {}, false, section_role::none, {}, {}});
    with_front.closing.push_back(section{1, "", numbering_style::none, 0, {}, false, section_role::none, {}, {}});
    CHECK(attribute_values(render_html(with_front), "id") ==
          std::vector<std::string>{"front-1", "sec-1", "sec-2", "sec-2-1", "sec-2-2", "closing-1", "appendix-1",
                                   "appendix-1-1", "appendix-2", "notes-1", "glossary-1", "back-1"});

    // 100,000 nested sections: path ids up to eight levels, then numbered in
    // document order, so the output grows linearly.
    section deepest;
    for (int i = 0; i < 100000; ++i) {
        section outer;
        outer.level = 1;
        outer.title = {text{"t", {}}};
        outer.children.emplace_back(std::move(deepest));
        deepest = std::move(outer);
    }
    report deep;
    deep.body.emplace_back(std::move(deepest));
    html_options options;
    options.toc = true;
    const std::string html = render_html(deep, options);
    CHECK(html.size() < 200 * 100001);
    const std::vector<std::string> ids = attribute_values(html, "id");
    CHECK(ids.size() == 100001);
    CHECK(std::set<std::string>(ids.begin(), ids.end()).size() == ids.size());
    CHECK(ids[7] == "sec-1-1-1-1-1-1-1-1");
    CHECK(ids[8] == "deep-1");
    CHECK(ids.back() == "deep-99993");
    CHECK(html.find("<h6 aria-level=\"100002\">") != std::string::npos);
}

TEST_CASE("list labels stay visible as written, inside the first paragraph of their item") {
    auto item = [](std::string_view label, block_list blocks) {
        return list_item{std::string(label), std::move(blocks), {}};
    };
    report doc;
    doc.body.push_back(list{true, numbering_style::arabic, 3, {item("(3)", {para("three")}), item("(4)", {para("four")})}, {}});
    doc.body.push_back(list{true, numbering_style::none, 1, {item("", {para("plain")}), item("b)", {para("mixed")})}, {}});
    doc.body.push_back(list{false, numbering_style::none, 1,
                            {item("•", {list{false, numbering_style::none, 1, {item("-", {para("inner")})}, {}}}),
                             item("•", {}), item("•", {para("a"), para("b")})},
                            {}});
    doc.body.push_back(list{false, numbering_style::none, 1, {}, {}});
    CHECK(render_html(doc) == R"(<article class="report">
<ol class="arabic labelled" start="3">
<li><p><span class="label">(3)</span> three</p>
</li>
<li><p><span class="label">(4)</span> four</p>
</li>
</ol>
<ol>
<li><p>plain</p>
</li>
<li><p><span class="label">b)</span> mixed</p>
</li>
</ol>
<ul class="labelled">
<li><span class="label">•</span><ul class="labelled">
<li><p><span class="label">-</span> inner</p>
</li>
</ul>
</li>
<li><span class="label">•</span></li>
<li><p><span class="label">•</span> a</p>
<p>b</p>
</li>
</ul>
<ul>
</ul>
</article>
)");
}

TEST_CASE("run-in headings: heading then paragraph, or marked to run into it") {
    const report doc = report_builder{}
                           .run_in_section("(一)", "加强领导,落实责任。")
                           .paragraph("市委高度重视。")
                           .section("1.", "组织保障")
                           .end_section()
                           .end_section()
                           .run_in_section("A.", "Scope.")
                           .paragraph("Text runs in.")
                           .end_section()
                           .run_in_section("B.", "No paragraph")
                           .bullet_list({{"-", "x"}})
                           .end_section()
                           .build();
    CHECK(render_html(doc) == R"(<article class="report">
<section id="sec-1">
<h2><span class="label">(一)</span>加强领导,落实责任。</h2>
<p>市委高度重视。</p>
<section id="sec-1-1">
<h3><span class="label">1.</span>组织保障</h3>
</section>
</section>
<section id="sec-2">
<h2><span class="label">A.</span> Scope.</h2>
<p>Text runs in.</p>
</section>
<section id="sec-3">
<h2><span class="label">B.</span> No paragraph</h2>
<ul class="labelled">
<li><p><span class="label">-</span> x</p>
</li>
</ul>
</section>
</article>
)");
    html_options options;
    options.run_in_inline = true;
    CHECK(render_html(doc, options) == R"(<article class="report">
<section id="sec-1">
<h2 class="run-in"><span class="label">(一)</span>加强领导,落实责任。</h2><p class="run-in">市委高度重视。</p>
<section id="sec-1-1">
<h3><span class="label">1.</span>组织保障</h3>
</section>
</section>
<section id="sec-2">
<h2 class="run-in"><span class="label">A.</span> Scope.</h2> <p class="run-in">Text runs in.</p>
</section>
<section id="sec-3">
<h2><span class="label">B.</span> No paragraph</h2>
<ul class="labelled">
<li><p><span class="label">-</span> x</p>
</li>
</ul>
</section>
</article>
)");
}

TEST_CASE("the table of contents lists every section with its label, title and id") {
    const report doc =
        report_builder{}
            .language("zh-CN")
            .section("一、", inline_list{text{"基本", {}}, emphasis{{text{"认识", {}}}, {}},
                                        reportdoc::link{"javascript:x", "", {text{"链接", {}}}, {}}})
            .section("(一)", "措施")
            .end_section()
            .end_section()
            .section("二、", "成效")
            .end_section()
            .appendix("附件1", "评分表")
            .build();
    html_options options;
    options.toc = true;
    std::vector<diagnostic> diagnostics;
    options.diagnostics = &diagnostics;
    const std::string html = render_html(doc, options);
    CHECK(html.substr(0, html.find("<section")) == R"(<article class="report" lang="zh-CN">
<nav class="toc" aria-label="目录">
<ol>
<li><a href="#sec-1"><span class="label">一、</span>基本<em>认识</em>链接</a><ol>
<li><a href="#sec-1-1"><span class="label">(一)</span>措施</a></li>
</ol>
</li>
<li><a href="#sec-2"><span class="label">二、</span>成效</a></li>
<li><a href="#appendix-1"><span class="label">附件1</span> 评分表</a></li>
</ol>
</nav>
)");
    CHECK(diagnostics.size() == 1);  // the refused link, reported once, not again for the TOC

    report no_sections;
    no_sections.body.push_back(para("x"));
    CHECK(render_html(no_sections, options) == "<article class=\"report\">\n<p>x</p>\n</article>\n");
    report english = doc;
    english.meta.language = "en";
    CHECK(render_html(english, options).find("<nav class=\"toc\" aria-label=\"Contents\">") != std::string::npos);
}

TEST_CASE("source positions become data-src attributes on blocks") {
    report doc;
    paragraph p = para("x");
    p.span = source_span{{3, 5, 40}, {4, 2, 60}};
    section s;
    s.title = {text{"t", {}}};
    s.span = source_span{{1, 1, 0}, {}};
    s.children.push_back(std::move(p));
    doc.body.push_back(std::move(s));
    html_options options;
    CHECK(render_html(doc, options).find("data-src") == std::string::npos);
    options.source_positions = true;
    CHECK(render_html(doc, options) == R"(<article class="report">
<section id="sec-1" data-src="1:1">
<h2>t</h2>
<p data-src="3:5-4:2">x</p>
</section>
</article>
)");
}

TEST_CASE("inline markup, and links limited to the URL policy with each refusal reported") {
    paragraph p;
    p.content = inline_list{
        text{"a ", {}},
        emphasis{{text{"em", {}}}, {}},
        strong{{code{"<code>", {}}}, {}},
        line_break{},
        reportdoc::link{"https://example.org/a b/%zz%41?q=\"<>`{|}^[]\\#x#y", "T\"itle", {text{"messy", {}}}, {}},
        reportdoc::link{"//[::1]:8080/p[1]", "", {text{"ipv6", {}}}, {}},
        reportdoc::link{"mailto:a@example.org", "", {text{"mail", {}}}, {}},
        reportdoc::link{"https://outer.example/", "", {text{"outer ", {}}, reportdoc::link{"https://inner.example/", "", {text{"inner", {}}}, {}}}, {}},
        reportdoc::link{" javascript:alert(1)", "", {text{"js", {}}}, source_span{{7, 3, 100}, {7, 30, 127}}},
        reportdoc::link{"data:text/html," + std::string(100, 'A'), "", {text{"data", {}}}, {}},
    };
    report doc;
    doc.body.push_back(p);
    html_options options;
    std::vector<diagnostic> diagnostics;
    options.diagnostics = &diagnostics;
    CHECK(render_html(doc, options) ==
          "<article class=\"report\">\n<p>a <em>em</em><strong><code>&lt;code&gt;</code></strong><br>"
          "<a href=\"https://example.org/a%20b/%25zz%41?q=%22%3C%3E%60%7B%7C%7D%5E%5B%5D%5C#x%23y\" title=\"T&quot;itle\">messy</a>"
          "<a href=\"//[::1]:8080/p%5B1%5D\">ipv6</a>"
          "<a href=\"mailto:a@example.org\">mail</a>"
          "<a href=\"https://outer.example/\">outer inner</a>"
          "jsdata</p>\n</article>\n");
    REQUIRE(diagnostics.size() == 2);
    CHECK(diagnostics[0].level == severity::warning);
    CHECK(diagnostics[0].code == "unsafe-url");
    CHECK(diagnostics[0].where == source_position{7, 3, 100});
    CHECK(diagnostics[0].message ==
          "link target \" javascript:alert(1)\" not written: only http, https, mailto and relative URLs are allowed");
    CHECK(diagnostics[1].message == "link target \"data:text/html," + std::string(65, 'A') +
                                        "...\" not written: only http, https, mailto and relative URLs are allowed");
    CHECK_FALSE(diagnostics[1].where);

    // Without a diagnostics vector the links are refused all the same.
    CHECK(render_html(doc).find("javascript") == std::string::npos);
}

TEST_CASE("metadata: dates with and without a valid ISO form, source addresses by kind") {
    report doc = report_builder{}.author("A").date("June 2023", "2023-06").source("Site", "https://example.org/").build();
    CHECK(render_html(doc) ==
          "<article class=\"report\">\n<header>\n<p class=\"meta\"><span class=\"author\">A</span> "
          "<time datetime=\"2023-06\">June 2023</time> <span class=\"source\">Site</span> "
          "<span class=\"source-url\"><a href=\"https://example.org/\">https://example.org/</a></span></p>\n"
          "</header>\n</article>\n");
    doc.meta.date = date_value{"", "2023-06-15"};
    doc.meta.source_url = "javascript:alert(1)";
    doc.meta.authors.clear();
    doc.meta.source.clear();
    std::vector<diagnostic> diagnostics;
    html_options options;
    options.diagnostics = &diagnostics;
    CHECK(render_html(doc, options) ==
          "<article class=\"report\">\n<header>\n<p class=\"meta\"><time datetime=\"2023-06-15\">2023-06-15</time> "
          "<span class=\"source-url\">javascript:alert(1)</span></p>\n</header>\n</article>\n");
    CHECK(diagnostics.size() == 1);
    doc.meta.date = date_value{"二〇二三年", "2023-02-30"};
    doc.meta.source_url.clear();
    doc.related.push_back(related_link{"R", "javascript:void(0)", date_value{"someday", ""}});
    CHECK(render_html(doc, options) ==
          "<article class=\"report\">\n<header>\n<p class=\"meta\"><span class=\"date\">二〇二三年</span></p>\n"
          "</header>\n<aside class=\"related\">\n<ul>\n<li>R <span class=\"date\">someday</span></li>\n</ul>\n"
          "</aside>\n</article>\n");
    CHECK(diagnostics.size() == 2);
}

TEST_CASE("hostile text is escaped everywhere: only the writer's own markup reaches the page") {
    const std::set<std::string> allowed = {
        "!DOCTYPE", "html", "head", "meta", "title", "style", "body", "article", "header", "footer", "nav",
        "aside", "section", "h1", "h2", "h3", "h4", "h5", "h6", "p", "span", "time", "a", "dl", "dt", "dd",
        "ol", "ul", "li", "blockquote", "pre", "em", "strong", "code", "br", "@lang", "@charset", "@name",
        "@content", "@class", "@id", "@data-src", "@aria-level", "@aria-label", "@datetime", "@href", "@title",
        "@start"};
    std::vector<testing::named_document> documents = testing::test_documents();
    for (auto& d : testing::repaired_text_documents()) documents.push_back(std::move(d));
    for (const auto& d : documents) {
        CAPTURE(d.name);
        html_options options;
        options.standalone = true;
        options.theme = html_theme::none;
        options.toc = true;
        options.run_in_inline = true;
        options.source_positions = true;
        for (const std::string& name : markup_names(render_html(d.doc, options))) {
            CAPTURE(name);
            CHECK(allowed.count(name) == 1);
        }
    }

    const report hostile = corpus_document("hostile");
    REQUIRE(hostile.meta.title.find("<script>") == 0);
    const std::string html = render_html(hostile);
    CHECK(html.find(
              "<h1>&lt;script&gt;alert(1)&lt;/script&gt; \"&gt;&lt;img src=x onerror=alert(1)&gt; &amp;amp; &amp;#60; "
              "&amp;lt;b&amp;gt; ]]&gt; *star* _under_ `tick` [link](http://x) ![img](y) # hash &gt; quote + plus - "
              "minus 1. one \\back\\slash | pipe ~tilde~ &lt;!-- c --&gt; {{tpl}} \u00A0nbsp \u3000ideographic</h1>") !=
          std::string::npos);
    CHECK(html.find("<span class=\"source\">x\" onmouseover=\"alert(1)</span>") != std::string::npos);
    CHECK(html.find("<dt>&lt;key&gt;</dt><dd>\"value\"</dd>") != std::string::npos);
    CHECK(html.find("<time datetime=\"2023-01-01\">&lt;2023&gt;</time>") != std::string::npos);
    CHECK(html.find("<pre>&lt;pre&gt; &amp; &lt;/pre&gt;\n```\nfence\n```</pre>") != std::string::npos);
    CHECK(html.find("<a href=\"https://example.org/?q=%22%3C%3E&amp;\">ok</a>") != std::string::npos);
    CHECK(html.find("<li>&lt;a href=x&gt;</li>") != std::string::npos);

    report titled;
    titled.meta.title = "\"'<>&";
    titled.body.push_back(paragraph{{reportdoc::link{"https://x.example/", "\"'<>&", {text{"l", {}}}, {}}}, paragraph_role::body, {}});
    html_options standalone;
    standalone.standalone = true;
    standalone.theme = html_theme::none;
    const std::string page = render_html(titled, standalone);
    CHECK(page.find("<title>\"'&lt;&gt;&amp;</title>") != std::string::npos);
    CHECK(page.find("<a href=\"https://x.example/\" title=\"&quot;&#39;&lt;&gt;&amp;\">l</a>") != std::string::npos);
}

TEST_CASE("text HTML cannot carry becomes U+FFFD: controls, invalid UTF-8, C1 controls, noncharacters") {
    std::string bytes = "a";
    bytes += '\0';
    bytes += "b\x07" "c\x1b[31m\x7f" "d\xff\xc0\xaf\xed\xa0\x80" "e\xc2\x85" "f\xef\xbf\xbe\xef\xb7\x90\xf0\x9f\xbf\xbf"
             "g\t\r\nh\xe4\xb8";
    report doc;
    doc.body.push_back(para(bytes));
    doc.body.push_back(preformatted{"\nleading newline", {}});
    CHECK(render_html(doc) ==
          "<article class=\"report\">\n<p>a\xEF\xBF\xBD" "b\xEF\xBF\xBD" "c\xEF\xBF\xBD[31m\xEF\xBF\xBD"
          "d\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD"
          "e\xEF\xBF\xBD" "f\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD" "g\t\r\nh\xEF\xBF\xBD</p>\n"
          "<pre>\n\nleading newline</pre>\n</article>\n");
}

TEST_CASE("the writer is iterative: deep inline nesting and a streaming sink give the same output") {
    inline_node deepest = text{"x", {}};
    for (int i = 0; i < 100000; ++i) {
        emphasis outer;  // not emphasis{{...}}: an initializer list would copy the whole tree each time
        outer.children.push_back(std::move(deepest));
        deepest = std::move(outer);
    }
    report doc;
    doc.body.push_back(paragraph{{std::move(deepest)}, paragraph_role::body, {}});
    const std::string html = render_html(doc);
    CHECK(html.size() == std::string_view("<article class=\"report\">\n<p>x</p>\n</article>\n").size() + 100000 * 9);

    const report chinese = corpus_document("chinese-work-report");
    html_options options;
    options.standalone = true;
    options.toc = true;
    std::string streamed;
    std::size_t chunks = 0;
    struct context {
        std::string* into;
        std::size_t* chunks;
    } ctx{&streamed, &chunks};
    {
        output_sink sink(
            [](void* c, std::string_view chunk) {
                auto* x = static_cast<context*>(c);
                x->into->append(chunk);
                ++*x->chunks;
            },
            &ctx);
        render_html(chinese, sink, options);
    }
    CHECK(streamed == render_html(chinese, options));
    CHECK(chunks >= 1);
}
