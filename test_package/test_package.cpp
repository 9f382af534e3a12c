// SPDX-License-Identifier: MIT
// Reads a two-line report and writes it as HTML: the headers, pugixml and the
// function bodies are all there.
#include <reportdoc/reportdoc.hpp>

#include <cstdio>

int main() {
    const auto result = reportdoc::parse_text("Status\n\n1. Scope\n\nSmall.\n");
    if (!result || result->body.empty()) return 1;
    const auto back = reportdoc::parse_xml(reportdoc::render_xml(*result));
    if (!back || *back != *result) return 1;
    std::printf("reportdoc %s: %s\n", reportdoc::version_string, reportdoc::render_html(*result).c_str());
    return 0;
}
