// SPDX-License-Identifier: MIT
// reportdoc-fuzz-seeds: writes seed inputs for the fuzz targets (see make_seeds.sh).
//
//   reportdoc-fuzz-seeds OUT_DIR [TEXT_FILE...]
//
// Into OUT_DIR/xml and OUT_DIR/text: every document of the test corpus
// (tests/support/documents.hpp) as XML (indented and compact) and as plain
// text; and each TEXT_FILE as it is (text/) and read by parse_text, as XML (xml/).
#include <reportdoc/reportdoc.hpp>

#include "../tests/support/documents.hpp"

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <string_view>

namespace {

bool write_file(const std::filesystem::path& path, std::string_view content) {
    std::ofstream out(path, std::ios::binary);
    out.write(content.data(), static_cast<std::streamsize>(content.size()));
    if (out) return true;
    std::fprintf(stderr, "reportdoc-fuzz-seeds: cannot write %s\n", path.string().c_str());
    return false;
}

bool write_document(const std::filesystem::path& dir, const std::string& name, const reportdoc::report& doc) {
    reportdoc::xml_render_options compact;
    compact.indent = false;
    compact.spans = false;
    return write_file(dir / "xml" / (name + ".xml"), reportdoc::render_xml(doc)) &&
           write_file(dir / "xml" / (name + ".compact.xml"), reportdoc::render_xml(doc, compact)) &&
           write_file(dir / "text" / (name + ".txt"), reportdoc::render_text(doc));
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 2) {
        std::fputs("usage: reportdoc-fuzz-seeds OUT_DIR [TEXT_FILE...]\n", stderr);
        return 2;
    }
    const std::filesystem::path dir = argv[1];
    std::filesystem::create_directories(dir / "xml");
    std::filesystem::create_directories(dir / "text");
    for (const auto& corpus : {reportdoc::testing::test_documents(), reportdoc::testing::repaired_text_documents()})
        for (const reportdoc::testing::named_document& d : corpus)
            if (!write_document(dir, "corpus-" + d.name, d.doc)) return 1;
    for (int i = 2; i < argc; ++i) {
        std::ifstream in(argv[i], std::ios::binary);
        const std::string input{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
        const std::string name = std::filesystem::path(argv[i]).stem().string() + "-" + std::to_string(i);
        const reportdoc::parse_result<reportdoc::report> doc = reportdoc::parse_text(input);
        if (!write_file(dir / "text" / (name + ".txt"), input) ||
            (doc && !write_file(dir / "xml" / (name + ".xml"), reportdoc::render_xml(*doc))))
            return 1;
    }
    return 0;
}
