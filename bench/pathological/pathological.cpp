// SPDX-License-Identifier: MIT
// Pathological inputs, as cmark's pathological tests: each case is generated
// at size N and 10 N and run in a child process of its own; the run fails
// when 10 N takes 15 times as long as N or more (quadratic behaviour shows as
// about 100 times; each time is the best of three runs). Peak RSS is
// reported beside the input size.
//
//   pathological [--quick] [CASE...]
//
// --quick runs every case at a tenth of its size. bench/pathological/run.sh
// builds and runs it. Exit status 1 when a case is superlinear or fails.
#include <reportdoc/reportdoc.hpp>

#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace {

using namespace reportdoc;

std::string repeat(std::string_view s, std::size_t n) {
    std::string out;
    out.reserve(s.size() * n);
    for (std::size_t i = 0; i < n; ++i) out += s;
    return out;
}

// Fails the child (and so the case) loudly: a pathological input must still be read.
void expect(bool ok, const char* what) {
    if (ok) return;
    std::fprintf(stderr, "pathological: %s\n", what);
    std::_Exit(3);
}

// Streams each rendering through a sink that only counts, as a server writing
// to a socket would: the peak RSS is the reader's and the writers', not that
// of four whole renderings held at once.
std::size_t rendered_size(const report& doc) {
    std::size_t size = 0;
    const auto count = [](void* total, std::string_view chunk) { *static_cast<std::size_t*>(total) += chunk.size(); };
    {
        output_sink sink(count, &size);
        render_html(doc, sink);
        render_markdown(doc, sink);
        render_text(doc, sink);
        render_xml(doc, sink);
    }
    return size;
}

// Reads text and renders it with every writer.
void text_through_everything(const std::string& input) {
    const parse_result<report> r = parse_text(input);
    expect(r.has_value(), "parse_text failed");
    expect(rendered_size(*r) > 0, "nothing rendered");
}

struct pathological_case {
    const char* name;
    const char* description;
    std::size_t n;  // the case's unit count at size N (10 N is ten times it)
    std::function<std::string(std::size_t)> generate;
    std::function<void(const std::string&)> run;
};

std::vector<pathological_case> cases() {
    std::vector<pathological_case> all;
    all.push_back({"one-line", "text on one line (5 MB / 50 MB), read and rendered", 5'000'000 / 15,
                   [](std::size_t n) { return repeat("汉字 and words, ", n); }, text_through_everything});
    all.push_back({"tiny-paragraphs", "tiny paragraphs (100k / 1M), read and rendered", 100'000,
                   [](std::size_t n) { return "报告\n\n" + repeat("好。\n\n", n); }, text_through_everything});
    all.push_back({"alternating-outline", "outline markers of alternating levels (10k / 100k)", 10'000,
                   [](std::size_t n) { return "报告\n\n" + repeat("一、大标题\n(一)小标题\n", n / 2); },
                   text_through_everything});
    all.push_back({"list-indents", "numbered list items indented 0..99 levels, cycling (10k / 100k)", 10'000,
                   [](std::size_t n) {
                       std::string s = "Title\n\nThe list:\n\n";
                       for (std::size_t i = 0; i < n; ++i) s += std::string(2 * (i % 100), ' ') + "1. item\n";
                       return s;
                   },
                   text_through_everything});
    all.push_back({"repeated-front", "repeated title and metadata lines (5k / 50k)", 5'000,
                   [](std::size_t n) { return repeat("标题\n时间:2023-06-15 作者:张三\n", n) + "正文。\n"; },
                   text_through_everything});
    all.push_back({"many-contents", "tables of contents with wrapped entries (10k / 100k), read and rendered", 10'000,
                   [](std::size_t n) {
                       return "Title\n\n" + repeat("Contents\n\n   1  Intro\n      more words\n   2  Next\n\n\n", n);
                   },
                   text_through_everything});
    all.push_back({"late-non-ascii", "a numbered paragraph, non-ASCII after 20k letters, 20k sentences (/ 200k)", 20'000,
                   [](std::size_t n) {
                       // Each ". N" asked whether the text before it is Latin: once by the text's start.
                       return "Title\n\n1. " + std::string(n, 'a') + " \u00e9 " + repeat("Word. Next ", n) +
                              "end\n\n2. The second item.\n";
                   },
                   text_through_everything});
    all.push_back({"many-pages", "pages with a header line each (5k / 50k form feeds)", 5'000,
                   [](std::size_t n) {
                       // Each page's first line is compared with the others' once, in sorted order.
                       std::string s = "Title\n\nThe body of the report starts here.\n\n";
                       for (std::size_t i = 0; i < n; ++i)
                           s += "\fHeader " + std::to_string(i) + " words here\n\nBody text of page " +
                                std::to_string(i) + " of the document.\n\n";
                       return s;
                   },
                   text_through_everything});
    all.push_back({"rfc-pages", "RFC pages whose text reads as running headers (2k / 20k pages)", 2'000,
                   [](std::size_t n) {
                       // Every line but the footers is dropped: each page's questions once walked to the end.
                       std::string s = "Title\n\n";
                       for (std::size_t i = 0; i < n; ++i)
                           s += "Text " + std::to_string(i) + " of the memo.\n\nSmith   Informational   [Page " +
                                std::to_string(i + 1) + "]\n\fRFC 9999   Memo   June 2023\n\n";
                       return s;
                   },
                   text_through_everything});
    all.push_back({"metadata-block", "a front block of metadata lines (2k / 20k)", 2'000,
                   [](std::size_t n) {
                       // The front block is capped: its lines are compared in pairs.
                       std::string s;
                       for (std::size_t i = 0; i < n; ++i) s += "时间:2023-06-15 作者:张三" + std::to_string(i) + "\n";
                       return s + "\n正文。\n";
                   },
                   text_through_everything});
    all.push_back({"figure-after-prose", "a line of prose over 10k / 100k symbol lines and a bar", 10'000,
                   [](std::size_t n) {
                       // Whether a line after the prose may still draw a figure is asked once per chunk.
                       return "Title\n\nSome body text that is long enough to be prose, and more of it.\n\n"
                              "An opening line of prose.\n" +
                              repeat("== == == == ==\n", n) + "a | b\n\nThe end.\n";
                   },
                   text_through_everything});
    all.push_back({"deep-xml", "XML sections nested (10k / 100k deep), read, written, compared", 10'000,
                   [](std::size_t n) {
                       return R"(<report xmlns="https://reportdoc.dev/ns/1" version="1"><body>)" +
                              repeat("<section><heading>h</heading>", n) + repeat("</section>", n) + "</body></report>";
                   },
                   [](const std::string& input) {
                       xml_options options;
                       options.limits.max_depth = 1'000'000;
                       const parse_result<report> r = parse_xml(input, options);
                       expect(r.has_value(), "parse_xml failed");
                       const parse_result<report> again = parse_xml(render_xml(*r), options);
                       expect(again.has_value() && *again == *r, "the XML round trip changed the document");
                       expect(rendered_size(*r) > 0, "nothing rendered");
                   }});
    all.push_back({"deep-xml-refused", "XML sections nested (10k / 100k deep), default limit", 10'000,
                   [](std::size_t n) {
                       return R"(<report xmlns="https://reportdoc.dev/ns/1" version="1"><body>)" +
                              repeat("<section>", n) + repeat("</section>", n) + "</body></report>";
                   },
                   [](const std::string& input) {
                       const parse_result<report> r = parse_xml(input);
                       expect(!r && r.diagnostics().at(0).code == "limit-depth", "no limit-depth error");
                   }});
    all.push_back({"markdown-punctuation", "a paragraph of *_[ (1 MB / 10 MB) through Markdown and HTML", 1'000'000 / 3,
                   [](std::size_t n) { return repeat("*_[", n); },
                   [](const std::string& line) {
                       const report doc = report_builder{}.paragraph(line).build();
                       expect(render_markdown(doc).size() == 2 * line.size() + 1, "not every character escaped once");
                       expect(render_html(doc).size() > line.size(), "HTML");
                   }});
    return all;
}

struct measurement {
    double seconds = 0;
    long peak_kib = 0;
    bool ok = false;
};

// Generates and runs one case in a child, so that its peak RSS is its own.
measurement measure(const pathological_case& c, std::size_t n, std::size_t& input_size) {
    int pipe_fds[2];
    if (pipe(pipe_fds) != 0) return {};
    const pid_t child = fork();
    if (child == 0) {
        close(pipe_fds[0]);
        const std::string input = c.generate(n);
        const auto start = std::chrono::steady_clock::now();
        c.run(input);
        const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        const std::size_t size = input.size();
        const bool written = write(pipe_fds[1], &seconds, sizeof seconds) == sizeof seconds &&
                             write(pipe_fds[1], &size, sizeof size) == sizeof size;
        std::_Exit(written ? 0 : 4);
    }
    close(pipe_fds[1]);
    measurement m;
    int status = 0;
    rusage usage{};
    const bool got = read(pipe_fds[0], &m.seconds, sizeof m.seconds) == sizeof m.seconds &&
                     read(pipe_fds[0], &input_size, sizeof input_size) == sizeof input_size;
    close(pipe_fds[0]);
    wait4(child, &status, 0, &usage);
    m.peak_kib = usage.ru_maxrss;
    m.ok = got && WIFEXITED(status) && WEXITSTATUS(status) == 0;
    return m;
}

// The fastest of three runs: other processes only ever add time.
measurement best_of_three(const pathological_case& c, std::size_t n, std::size_t& input_size) {
    measurement best = measure(c, n, input_size);
    for (int i = 0; i < 2 && best.ok; ++i) {
        const measurement m = measure(c, n, input_size);
        best.ok = m.ok;
        best.seconds = std::min(best.seconds, m.seconds);
        best.peak_kib = std::max(best.peak_kib, m.peak_kib);
    }
    return best;
}

}  // namespace

int main(int argc, char** argv) {
    bool quick = false;
    std::vector<std::string_view> wanted;
    for (int i = 1; i < argc; ++i) {
        const std::string_view arg = argv[i];
        if (arg == "--quick") quick = true;
        else wanted.push_back(arg);
    }
    std::printf("%-22s %10s %9s %10s %9s %7s %9s %7s\n", "case", "size N", "time N", "size 10N", "time 10N", "ratio",
                "RSS 10N", "RSS/in");
    bool all_ok = true;
    for (const pathological_case& c : cases()) {
        if (!wanted.empty() && std::find(wanted.begin(), wanted.end(), c.name) == wanted.end()) continue;
        const std::size_t n = quick ? c.n / 10 : c.n;
        std::size_t small_size = 0, large_size = 0;
        const measurement small = best_of_three(c, n, small_size);
        const measurement large = best_of_three(c, 10 * n, large_size);
        // Below 10 ms the ratio is noise; such a case is fast enough at any ratio.
        const double ratio = large.seconds / std::max(small.seconds, 1e-2);
        const bool ok = small.ok && large.ok && ratio < 15;
        all_ok = all_ok && ok;
        std::printf("%-22s %9.1fM %8.3fs %9.1fM %8.3fs %6.1fx %8.0fM %6.1fx%s\n", c.name, small_size / 1e6, small.seconds,
                    large_size / 1e6, large.seconds, ratio, large.peak_kib / 1024.0,
                    large.peak_kib * 1024.0 / static_cast<double>(std::max<std::size_t>(large_size, 1)),
                    ok ? "" : (small.ok && large.ok ? "  SUPERLINEAR" : "  FAILED"));
        std::fflush(stdout);
    }
    return all_ok ? 0 : 1;
}
