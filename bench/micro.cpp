// SPDX-License-Identifier: MIT
// In-process throughput of the readers and writers on the generated corpus
// (bench/generate_corpus.py), in bytes per second of the text input:
//
//   reportdoc-bench-micro --corpus=DIR [--once] [Google Benchmark flags]
//
// For every DIR/{zh,en}-{1,10}mb.txt: parse_text, parse_xml and
// parse_xml_in_place (of the XML reportdoc-convert writes for that text,
// rendered here in-process, and counted in bytes of that XML; the copy each
// parse_xml_in_place consumes is made outside the timing), and each writer on the parsed report
// (counted in bytes of the text, so that the writers compare with each other).
// --once runs each benchmark for one iteration: the smoke test of CI.
#include <reportdoc/reportdoc.hpp>

#include "../tests/support/files.hpp"

#include <benchmark/benchmark.h>

#include <cstdio>
#include <cstring>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace {

struct input {
    std::string name;  // "zh-1mb"
    std::string text;
    std::string xml;
    reportdoc::report doc;
};

void set_bytes(benchmark::State& state, std::size_t bytes) {
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations()) * static_cast<std::int64_t>(bytes));
}

template <typename Render>
void register_writer(const char* what, const input& in, bool once, Render render) {
    auto* b = benchmark::RegisterBenchmark((std::string(what) + "/" + in.name).c_str(), [&in, render](benchmark::State& state) {
        for (auto _ : state) benchmark::DoNotOptimize(render(in.doc).size());
        set_bytes(state, in.text.size());
    });
    b->Unit(benchmark::kMillisecond);
    if (once) b->Iterations(1);
}

}  // namespace

int main(int argc, char** argv) {
    std::string corpus;
    bool once = false;
    std::vector<char*> args;
    for (int i = 0; i < argc; ++i) {
        const std::string_view arg = argv[i];
        if (arg.substr(0, 9) == "--corpus=") corpus = std::string(arg.substr(9));
        else if (arg == "--once") once = true;
        else args.push_back(argv[i]);
    }
    if (corpus.empty()) {
        std::fprintf(stderr, "usage: %s --corpus=DIR [--once] [benchmark flags]\n", argv[0]);
        return 2;
    }
    int benchmark_argc = static_cast<int>(args.size());
    benchmark::Initialize(&benchmark_argc, args.data());

    std::vector<std::unique_ptr<input>> inputs;
    for (const char* size : {"1mb", "10mb"}) {
        for (const char* style : {"zh", "en"}) {
            auto in = std::make_unique<input>();
            in->name = std::string(style) + "-" + size;
            in->text = reportdoc::testing::read_file(corpus + "/" + in->name + ".txt");
            if (in->text.empty()) continue;  // a size the corpus was not generated at
            auto parsed = reportdoc::parse_text(in->text);
            if (!parsed) {
                std::fprintf(stderr, "%s.txt: does not parse\n", in->name.c_str());
                return 1;
            }
            in->doc = std::move(*parsed);
            in->xml = reportdoc::render_xml(in->doc);  // as reportdoc-convert writes it
            inputs.push_back(std::move(in));
        }
    }
    if (inputs.empty()) {
        std::fprintf(stderr, "no {zh,en}-{1,10}mb.txt in %s: run bench/generate_corpus.py\n", corpus.c_str());
        return 1;
    }

    for (const auto& owned : inputs) {
        const input& in = *owned;
        auto* text = benchmark::RegisterBenchmark(("parse_text/" + in.name).c_str(), [&in](benchmark::State& state) {
            for (auto _ : state) benchmark::DoNotOptimize(reportdoc::parse_text(in.text).has_value());
            set_bytes(state, in.text.size());
        });
        auto* xml = benchmark::RegisterBenchmark(("parse_xml/" + in.name).c_str(), [&in](benchmark::State& state) {
            for (auto _ : state) benchmark::DoNotOptimize(reportdoc::parse_xml(in.xml).has_value());
            set_bytes(state, in.xml.size());
        });
        auto* xml_in_place = benchmark::RegisterBenchmark(("parse_xml_in_place/" + in.name).c_str(), [&in](benchmark::State& state) {
            for (auto _ : state) {
                state.PauseTiming();
                std::string copy;
                copy.reserve(in.xml.size() + 1);
                copy = in.xml;
                state.ResumeTiming();
                benchmark::DoNotOptimize(reportdoc::parse_xml_in_place(std::move(copy)).has_value());
            }
            set_bytes(state, in.xml.size());
        });
        for (auto* b : {text, xml, xml_in_place}) {
            b->Unit(benchmark::kMillisecond);
            if (once) b->Iterations(1);
        }
        register_writer("render_html", in, once, [](const reportdoc::report& d) { return reportdoc::render_html(d); });
        register_writer("render_markdown", in, once, [](const reportdoc::report& d) { return reportdoc::render_markdown(d); });
        register_writer("render_text", in, once, [](const reportdoc::report& d) { return reportdoc::render_text(d); });
        register_writer("render_xml", in, once, [](const reportdoc::report& d) { return reportdoc::render_xml(d); });
    }
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
