// SPDX-License-Identifier: MIT
// Compile-cost probe (bench/compare.sh): a translation unit that reads one
// report and renders it as HTML. Compiled as is (header-only) and with
// -DREPORTDOC_HEADER_ONLY=0 (declarations only, the compiled mode).
#include <reportdoc/reportdoc.hpp>

#include <cstdio>

int main() {
    const auto result = reportdoc::parse_text("Annual Report\n\n1. Scope\n\nThe council reviewed the plan.\n");
    if (!result) return 1;
    std::fputs(reportdoc::render_html(*result).c_str(), stdout);
    return 0;
}
