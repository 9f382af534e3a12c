// SPDX-License-Identifier: MIT
// reportdoc-dump-corpus: writes every document of the test corpus
// (tests/support/documents.hpp) in one output format into a folder, for the
// independent checkers that ctest runs on them (the Nu HTML Checker, parse5).
//
//   reportdoc-dump-corpus --format FORMAT OUTDIR
//
// Formats (add one by adding an entry to formats[]):
//   html             NAME.html: the fragment render_html writes by default.
//   html-standalone  NAME.html: the standalone page with default options;
//                    NAME.all-options.html: with toc, run_in_inline and
//                    source_positions; NAME.txt: the text the pages must show
//                    (outside the table of contents), in order; NAME.counts:
//                    "element count" lines, how many elements of each kind
//                    the document asked for ("a" is a maximum: refused links
//                    have none).
//   xml              NAME.xml: render_xml with default options; NAME.compact.xml:
//                    without indentation; NAME.spans.xml: with a span on every node.
//   markdown         NAME.md: render_markdown with YAML front matter; NAME.w40.md:
//                    the same wrapped at 40 columns; NAME.html: the render_html
//                    fragment to compare with; NAME.meta.json: the metadata the
//                    front matter must hold, repaired as the writer repairs it.
// Formats that repair text also get the documents of repaired_text_documents().
#include <reportdoc/reportdoc.hpp>

#include "../support/documents.hpp"
#include "../support/html_expectation.hpp"
#include "../support/spans.hpp"

#include <reportdoc/detail/escape.hpp>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace {

using reportdoc::testing::named_document;

bool write_file(const std::string& path, std::string_view content) {
    std::FILE* f = std::fopen(path.c_str(), "wb");
    if (!f) {
        std::fprintf(stderr, "reportdoc-dump-corpus: cannot write %s: %s\n", path.c_str(), std::strerror(errno));
        return false;
    }
    const bool ok = std::fwrite(content.data(), 1, content.size(), f) == content.size();
    return std::fclose(f) == 0 && ok;
}

// The text an HTML rendering shows, in document order, repaired as every
// writer repairs it, one a line; and how many elements of each kind it asks for.
struct expected_html {
    std::string text;
    std::string counts;
};

expected_html expect_html(const reportdoc::report& doc) {
    using namespace reportdoc;
    std::string text;
    output_sink sink(text);
    const testing::html_element_counts e = testing::expect_html(doc, [&](std::string_view s) {
        detail::escape(sink, s, detail::plain_text_table);
        sink.push_back('\n');
    });
    std::string counts;
    auto count = [&](std::string_view name, std::size_t n) {
        counts.append(name);
        counts += ' ';
        counts += std::to_string(n);
        counts += '\n';
    };
    count("h1", e.h1);
    count("section", e.sections);
    count("em", e.em);
    count("strong", e.strong);
    count("code", e.code);
    count("pre", e.pre);
    count("blockquote", e.quotes);
    count("br", e.br);
    count("a", e.links);
    return {text, counts};
}

bool dump_html(const named_document& d, const std::string& dir) {
    return write_file(dir + "/" + d.name + ".html", reportdoc::render_html(d.doc));
}

bool dump_html_standalone(const named_document& d, const std::string& dir) {
    reportdoc::html_options options;
    options.standalone = true;
    if (!write_file(dir + "/" + d.name + ".html", reportdoc::render_html(d.doc, options))) return false;
    options.toc = true;
    options.run_in_inline = true;
    options.source_positions = true;
    if (!write_file(dir + "/" + d.name + ".all-options.html", reportdoc::render_html(d.doc, options))) return false;
    const expected_html expected = expect_html(d.doc);
    return write_file(dir + "/" + d.name + ".txt", expected.text) &&
           write_file(dir + "/" + d.name + ".counts", expected.counts);
}

bool dump_xml(const named_document& d, const std::string& dir) {
    reportdoc::xml_render_options compact;
    compact.indent = false;
    return write_file(dir + "/" + d.name + ".xml", reportdoc::render_xml(d.doc)) &&
           write_file(dir + "/" + d.name + ".compact.xml", reportdoc::render_xml(d.doc, compact)) &&
           write_file(dir + "/" + d.name + ".spans.xml", reportdoc::render_xml(reportdoc::testing::with_spans(d.doc)));
}

// A JSON string of s, repaired as the Markdown writer repairs its text.
std::string json_string(std::string_view s) {
    std::string repaired;
    reportdoc::output_sink sink(repaired);
    reportdoc::detail::escape(sink, s, reportdoc::detail::markdown_verbatim_table);
    std::string out = "\"";
    for (const char c : repaired) {
        switch (c) {
            case '"': out += "\\\""; break;
            case '\\': out += "\\\\"; break;
            case '\n': out += "\\n"; break;
            case '\r': out += "\\r"; break;
            case '\t': out += "\\t"; break;
            default: out += c;
        }
    }
    return out + "\"";
}

// What a YAML parser must read from the front matter (empty fields are left out).
std::string expected_front_matter(const reportdoc::metadata& m) {
    std::string out = "{";
    auto field = [&](std::string_view key, std::string_view value) {
        if (value.empty()) return;
        if (out.size() > 1) out += ",";
        out += "\n  " + json_string(key) + ": " + json_string(value);
    };
    field("title", m.title);
    field("subtitle", m.subtitle);
    if (!m.authors.empty()) {
        if (out.size() > 1) out += ",";
        out += "\n  \"author\": [";
        for (std::size_t i = 0; i < m.authors.size(); ++i) out += (i ? ", " : "") + json_string(m.authors[i]);
        out += "]";
    }
    field("date", m.date.iso.empty() ? m.date.text : m.date.iso);
    field("source", m.source);
    field("source_url", m.source_url);
    field("category", m.category);
    field("lang", m.language);
    if (!m.extra.empty()) {
        // Keys in order of first appearance; a repeated key lists its values.
        if (out.size() > 1) out += ",";
        out += "\n  \"fields\": {";
        for (std::size_t i = 0; i < m.extra.size(); ++i) {
            bool seen = false, repeated = false;
            for (std::size_t j = 0; j < m.extra.size(); ++j)
                if (j != i && m.extra[j].key == m.extra[i].key) (j < i ? seen : repeated) = true;
            if (seen) continue;
            out += (out.back() == '{' ? "" : ", ") + json_string(m.extra[i].key) + ": ";
            if (!repeated) {
                out += json_string(m.extra[i].value);
                continue;
            }
            out += "[";
            for (std::size_t j = i; j < m.extra.size(); ++j)
                if (m.extra[j].key == m.extra[i].key) out += (out.back() == '[' ? "" : ", ") + json_string(m.extra[j].value);
            out += "]";
        }
        out += "}";
    }
    return out + "\n}\n";
}

bool dump_markdown(const named_document& d, const std::string& dir) {
    reportdoc::markdown_options options;
    options.front_matter = true;
    if (!write_file(dir + "/" + d.name + ".md", reportdoc::render_markdown(d.doc, options))) return false;
    options.width = 40;
    return write_file(dir + "/" + d.name + ".w40.md", reportdoc::render_markdown(d.doc, options)) &&
           write_file(dir + "/" + d.name + ".html", reportdoc::render_html(d.doc)) &&
           write_file(dir + "/" + d.name + ".meta.json", expected_front_matter(d.doc.meta));
}

struct format {
    std::string_view name;
    bool (*dump)(const named_document& d, const std::string& dir);
    bool repairs_text;  ///< Also dump repaired_text_documents().
};

const format formats[] = {
    {"html", dump_html, true},
    {"xml", dump_xml, true},
    {"html-standalone", dump_html_standalone, true},
    {"markdown", dump_markdown, true},
};

int usage() {
    std::fputs("usage: reportdoc-dump-corpus --format FORMAT OUTDIR\nformats:", stderr);
    for (const format& f : formats) std::fprintf(stderr, " %s", std::string(f.name).c_str());
    std::fputs("\n", stderr);
    return 2;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc != 4 || std::string_view(argv[1]) != "--format") return usage();
    const format* chosen = nullptr;
    for (const format& f : formats)
        if (f.name == argv[2]) chosen = &f;
    if (!chosen) return usage();
    const std::string dir = argv[3];
    std::error_code error;
    std::filesystem::create_directories(dir, error);
    if (error) {
        std::fprintf(stderr, "reportdoc-dump-corpus: cannot create %s: %s\n", dir.c_str(), error.message().c_str());
        return 1;
    }
    std::vector<named_document> documents = reportdoc::testing::test_documents();
    if (chosen->repairs_text)
        for (named_document& d : reportdoc::testing::repaired_text_documents()) documents.push_back(std::move(d));
    for (const named_document& d : documents)
        if (!chosen->dump(d, dir)) return 1;
    std::printf("%zu documents written to %s\n", documents.size(), dir.c_str());
    return 0;
}
