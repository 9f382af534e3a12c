// SPDX-License-Identifier: MIT
// reportdoc-convert: reads a report as plain text or reportdoc XML and writes
// it as HTML, Markdown, plain text or XML. Shows the reader → model → writer
// pipeline, diagnostics in compiler format, and streaming output.
//
//   reportdoc-convert [--from text|xml] [--to html|markdown|text|xml]
//                     [--standalone] [--theme NAME] [--toc] [--front-matter]
//                     [--width N] [--cjk-indent] [--strict] [-v] [-o FILE] [INPUT|-]
//
// Exit status: 0 on success (warnings allowed), 1 when the input has errors
// or a file cannot be read or written, 2 on a usage error.
#include <reportdoc/reportdoc.hpp>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace {

struct settings {
    std::string from;
    std::string to;
    std::string input = "-";
    std::string output = "-";
    bool standalone = false;
    reportdoc::html_theme theme = reportdoc::html_theme::automatic;
    bool toc = false;
    bool front_matter = false;
    unsigned width = 0;
    bool cjk_indent = false;
    bool strict = false;
    bool verbose = false;
};

struct reader {
    std::string_view name;
    // Takes the input over: the text reader frees it before building the outline,
    // the XML reader parses it in place.
    reportdoc::parse_result<reportdoc::report> (*parse)(std::string&& input, const settings& s);
};

struct writer {
    std::string_view name;
    std::string_view extension;
    void (*render)(const reportdoc::report& doc, reportdoc::output_sink& out, const settings& s);
};

const reader readers[] = {
    {"text",
     [](std::string&& input, const settings& s) {
         reportdoc::text_options options;
         options.strict = s.strict;
         return reportdoc::parse_text_in_place(std::move(input), options);
     }},
    {"xml",
     [](std::string&& input, const settings& s) {
         reportdoc::xml_options options;
         options.strict = s.strict;
         return reportdoc::parse_xml_in_place(std::move(input), options);
     }},
};

const writer writers[] = {
    {"html", ".html",
     [](const reportdoc::report& doc, reportdoc::output_sink& out, const settings& s) {
         std::vector<reportdoc::diagnostic> refused_links;
         reportdoc::html_options options;
         options.standalone = s.standalone;
         options.theme = s.theme;
         options.toc = s.toc;
         options.diagnostics = &refused_links;
         reportdoc::render_html(doc, out, options);
         for (const reportdoc::diagnostic& d : refused_links)
             std::fprintf(stderr, "%s\n", reportdoc::format_diagnostic(d, s.input == "-" ? "<stdin>" : s.input).c_str());
     }},
    {"markdown", ".md",
     [](const reportdoc::report& doc, reportdoc::output_sink& out, const settings& s) {
         reportdoc::markdown_options options;
         options.front_matter = s.front_matter;
         options.width = s.width;
         reportdoc::render_markdown(doc, out, options);
     }},
    {"text", ".txt",
     [](const reportdoc::report& doc, reportdoc::output_sink& out, const settings& s) {
         reportdoc::text_render_options options;
         options.width = s.width;
         options.cjk_indent = s.cjk_indent;
         reportdoc::render_text(doc, out, options);
     }},
    {"xml", ".xml", [](const reportdoc::report& doc, reportdoc::output_sink& out, const settings& s) {
         // Spans from a text input locate its lines; spans from an XML input
         // would only point into that XML, so xml -> xml writes none.
         reportdoc::xml_render_options options;
         options.spans = s.from != "xml";
         reportdoc::render_xml(doc, out, options);
     }},
};

const std::pair<std::string_view, reportdoc::html_theme> themes[] = {
    {"automatic", reportdoc::html_theme::automatic},
    {"official", reportdoc::html_theme::official},
    {"neutral", reportdoc::html_theme::neutral},
    {"none", reportdoc::html_theme::none},
};

constexpr std::string_view usage =
    "usage: reportdoc-convert [--from text|xml] [--to html|markdown|text|xml]\n"
    "                         [--standalone] [--theme NAME] [--toc] [--front-matter]\n"
    "                         [--width N] [--cjk-indent] [--strict] [-v] [-o FILE] [INPUT|-]\n"
    "\n"
    "Reads a report and writes it in another format (default: from the file\n"
    "extensions, else text to html). Diagnostics go to stderr as FILE:LINE:COL.\n"
    "\n"
    "  --from FORMAT   input format: text or xml (default: xml for *.xml, else text)\n"
    "  --to FORMAT     output format: html, markdown, text or xml\n"
    "                  (default: from the -o extension, else html)\n"
    "  --standalone    write a whole HTML page instead of a fragment\n"
    "  --theme NAME    stylesheet of a standalone page: automatic (official for\n"
    "                  Chinese reports, else neutral), official, neutral or none\n"
    "  --toc           write a table of contents into the HTML\n"
    "  --front-matter  start the Markdown with a YAML metadata block\n"
    "  --width N       wrap Markdown and text at N display columns (CJK counts 2)\n"
    "  --cjk-indent    indent paragraphs of Chinese text by two U+3000 (GB/T 9704)\n"
    "  --strict        treat the reader's guesses and unknown markup as errors\n"
    "  -v, --verbose   also print notes (what the reader repaired or dropped)\n"
    "  -o FILE         write to FILE instead of standard output\n"
    "  -h, --help      print this help\n"
    "\n"
    "Exit status: 0 success, 1 input errors, 2 usage errors.\n";

bool ends_with(std::string_view s, std::string_view suffix) {
    return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

int usage_error(const std::string& message) {
    std::fprintf(stderr, "reportdoc-convert: %s\n%s", message.c_str(), std::string(usage).c_str());
    return 2;
}

// A regular file is read with one fread into a string of its size, so that
// reading costs no copies and peak memory stays at one input; a pipe is read
// in chunks (as is whatever a growing file gained meanwhile). The byte to
// spare lets parse_xml_in_place add its terminator without a reallocation.
bool read_all(const std::string& path, std::string& into) {
    std::FILE* f = path == "-" ? stdin : std::fopen(path.c_str(), "rb");
    if (!f) return false;
    if (f != stdin && std::fseek(f, 0, SEEK_END) == 0) {
        const long size = std::ftell(f);
        std::rewind(f);
        if (size > 0) {
            into.reserve(static_cast<std::size_t>(size) + 1);
            into.resize(static_cast<std::size_t>(size));
            into.resize(std::fread(into.data(), 1, into.size(), f));
        }
    }
    char chunk[1 << 16];
    std::size_t n;
    while ((n = std::fread(chunk, 1, sizeof chunk, f)) > 0) into.append(chunk, n);
    const bool ok = !std::ferror(f);
    if (f != stdin) std::fclose(f);
    return ok;
}

}  // namespace

int main(int argc, char** argv) {
    settings s;
    bool have_input = false;
    for (int i = 1; i < argc; ++i) {
        const std::string_view arg = argv[i];
        auto value = [&](std::string& into) {
            if (i + 1 >= argc) return false;
            into = argv[++i];
            return true;
        };
        if (arg == "-h" || arg == "--help") {
            std::fputs(std::string(usage).c_str(), stdout);
            return 0;
        } else if (arg == "--from") {
            if (!value(s.from)) return usage_error("--from needs a format");
        } else if (arg == "--to") {
            if (!value(s.to)) return usage_error("--to needs a format");
        } else if (arg == "-o") {
            if (!value(s.output)) return usage_error("-o needs a file name");
        } else if (arg == "--standalone") {
            s.standalone = true;
        } else if (arg == "--theme") {
            std::string name;
            if (!value(name)) return usage_error("--theme needs a name");
            const reportdoc::html_theme* theme = nullptr;
            for (const auto& [candidate_name, candidate] : themes)
                if (candidate_name == name) theme = &candidate;
            if (!theme) return usage_error("unknown theme '" + name + "'");
            s.theme = *theme;
        } else if (arg == "--toc") {
            s.toc = true;
        } else if (arg == "--front-matter") {
            s.front_matter = true;
        } else if (arg == "--width") {
            std::string n;
            if (!value(n) || n.empty() || n.size() > 4 || n.find_first_not_of("0123456789") != std::string::npos)
                return usage_error("--width needs a number of columns (0-9999)");
            s.width = static_cast<unsigned>(std::stoul(n));
        } else if (arg == "--cjk-indent") {
            s.cjk_indent = true;
        } else if (arg == "--strict") {
            s.strict = true;
        } else if (arg == "-v" || arg == "--verbose") {
            s.verbose = true;
        } else if (arg.size() > 1 && arg[0] == '-') {
            return usage_error("unknown option " + std::string(arg));
        } else if (!have_input) {
            s.input = arg;
            have_input = true;
        } else {
            return usage_error("more than one input file");
        }
    }
    if (s.from.empty()) s.from = ends_with(s.input, ".xml") ? "xml" : "text";
    if (s.to.empty()) {
        s.to = "html";
        for (const writer& w : writers)
            if (ends_with(s.output, w.extension)) s.to = w.name;
    }
    const reader* r = nullptr;
    for (const reader& candidate : readers)
        if (candidate.name == s.from) r = &candidate;
    const writer* w = nullptr;
    for (const writer& candidate : writers)
        if (candidate.name == s.to) w = &candidate;
    if (!r) return usage_error("unknown input format '" + s.from + "'");
    if (!w) return usage_error("unknown output format '" + s.to + "'");

    const std::string display_name = s.input == "-" ? "<stdin>" : s.input;
    std::string input;
    if (!read_all(s.input, input)) {
        std::fprintf(stderr, "%s: error: cannot read: %s\n", display_name.c_str(), std::strerror(errno));
        return 1;
    }

    reportdoc::parse_result<reportdoc::report> result = r->parse(std::move(input), s);
    for (const reportdoc::diagnostic& d : result.diagnostics())
        if (d.level != reportdoc::severity::note || s.verbose)
            std::fprintf(stderr, "%s\n", reportdoc::format_diagnostic(d, display_name).c_str());
    if (!result) return 1;
    // The readers took the input over; should one not have, the model holds what it needs.
    // (Swapped out, not assigned: assigning an empty string keeps the buffer.)
    std::string().swap(input);

    std::FILE* out = s.output == "-" ? stdout : std::fopen(s.output.c_str(), "wb");
    if (!out) {
        std::fprintf(stderr, "%s: error: cannot write: %s\n", s.output.c_str(), std::strerror(errno));
        return 1;
    }
    {
        reportdoc::output_sink sink(
            [](void* file, std::string_view chunk) { std::fwrite(chunk.data(), 1, chunk.size(), static_cast<std::FILE*>(file)); },
            out);
        w->render(*result, sink, s);
    }
    const bool written = std::fflush(out) == 0 && !std::ferror(out);
    if (out != stdout) std::fclose(out);
    if (!written) {
        std::fprintf(stderr, "%s: error: write failed\n", s.output == "-" ? "<stdout>" : s.output.c_str());
        return 1;
    }
    return 0;
}
