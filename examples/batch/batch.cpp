// SPDX-License-Identifier: MIT
// batch: converts every report (*.txt, *.xml) in a folder to standalone HTML
// pages, on a pool of threads, one per core. Shows that parsing and rendering
// share no state: each worker takes the next file and converts it alone.
// A progress bar goes to stderr only when stderr is a terminal; at the end a
// summary lists each file (in name order) with its diagnostics.
//
//   reportdoc-batch INPUT_DIR OUTPUT_DIR [--jobs N]
//
// Exit status: 0 when every file converted (warnings and notes allowed),
// 1 when any failed, 2 on a usage error.
#include <reportdoc/reportdoc.hpp>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#ifdef _WIN32
#include <io.h>
#define isatty _isatty
#define fileno _fileno
#else
#include <unistd.h>
#endif

namespace fs = std::filesystem;

namespace {

struct job {
    fs::path input;
    bool converted = false;
    std::vector<reportdoc::diagnostic> diagnostics;
    std::string failure;  // an I/O problem, outside the diagnostics
};

void convert(job& j, const fs::path& output_dir) {
    std::ifstream in(j.input, std::ios::binary);
    if (!in) {
        j.failure = "cannot read the file";
        return;
    }
    const std::string input{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    auto result = j.input.extension() == ".xml" ? reportdoc::parse_xml(input) : reportdoc::parse_text(input);
    j.diagnostics = result.diagnostics();
    if (!result) return;

    reportdoc::html_options options;
    options.standalone = true;
    options.diagnostics = &j.diagnostics;  // refused link targets join the file's diagnostics
    const std::string html = reportdoc::render_html(*result, options);
    std::ofstream out(output_dir / j.input.filename().replace_extension(".html"), std::ios::binary);
    if (!(out << html)) {
        j.failure = "cannot write the output";
        return;
    }
    j.converted = true;
}

class progress_bar {
public:
    explicit progress_bar(std::size_t total) : total_(total), visible_(isatty(fileno(stderr)) != 0) {}
    void advance() {
        const std::lock_guard<std::mutex> lock(mutex_);
        ++done_;
        if (!visible_) return;
        constexpr std::size_t width = 30;
        const std::size_t filled = total_ ? width * done_ / total_ : width;
        std::fprintf(stderr, "\r[%s%s] %zu/%zu", std::string(filled, '#').c_str(),
                     std::string(width - filled, ' ').c_str(), done_, total_);
        if (done_ == total_) std::fputc('\n', stderr);
        std::fflush(stderr);
    }

private:
    std::mutex mutex_;
    std::size_t total_;
    std::size_t done_ = 0;
    bool visible_;
};

}  // namespace

int main(int argc, char** argv) {
    if (argc != 3 && !(argc == 5 && std::string(argv[3]) == "--jobs")) {
        std::fprintf(stderr, "usage: reportdoc-batch INPUT_DIR OUTPUT_DIR [--jobs N]\n");
        return 2;
    }
    const fs::path input_dir = argv[1];
    const fs::path output_dir = argv[2];
    unsigned jobs = argc == 5 ? static_cast<unsigned>(std::strtoul(argv[4], nullptr, 10))
                              : std::max(1U, std::thread::hardware_concurrency());

    std::error_code error;
    std::vector<job> work;
    for (const fs::directory_entry& entry : fs::directory_iterator(input_dir, error)) {
        const fs::path& p = entry.path();
        if (entry.is_regular_file() && (p.extension() == ".txt" || p.extension() == ".xml")) work.push_back(job{p, false, {}, {}});
    }
    if (error) {
        std::fprintf(stderr, "reportdoc-batch: %s: %s\n", input_dir.string().c_str(), error.message().c_str());
        return 1;
    }
    fs::create_directories(output_dir, error);
    if (error) {
        std::fprintf(stderr, "reportdoc-batch: %s: %s\n", output_dir.string().c_str(), error.message().c_str());
        return 1;
    }
    std::sort(work.begin(), work.end(), [](const job& a, const job& b) { return a.input < b.input; });

    // Workers take the next unclaimed file; each job is written by one worker only.
    std::atomic<std::size_t> next{0};
    progress_bar progress(work.size());
    std::vector<std::thread> pool;
    jobs = std::clamp(jobs, 1U, static_cast<unsigned>(std::max<std::size_t>(work.size(), 1)));
    for (unsigned t = 0; t < jobs; ++t) {
        pool.emplace_back([&] {
            for (std::size_t i; (i = next++) < work.size();) {
                convert(work[i], output_dir);
                progress.advance();
            }
        });
    }
    for (std::thread& t : pool) t.join();

    std::size_t failed = 0;
    for (const job& j : work) {
        const std::string name = j.input.filename().string();
        std::size_t by_level[3] = {0, 0, 0};
        for (const reportdoc::diagnostic& d : j.diagnostics) ++by_level[static_cast<int>(d.level)];
        std::printf("%s: %s (errors: %zu, warnings: %zu, notes: %zu)%s%s\n", name.c_str(),
                    j.converted ? "converted" : "FAILED", by_level[2], by_level[1], by_level[0],
                    j.failure.empty() ? "" : ": ", j.failure.c_str());
        for (const reportdoc::diagnostic& d : j.diagnostics)
            std::printf("  %s\n", reportdoc::format_diagnostic(d, name).c_str());
        failed += !j.converted;
    }
    std::printf("%zu files: %zu converted, %zu failed\n", work.size(), work.size() - failed, failed);
    return failed ? 1 : 0;
}
