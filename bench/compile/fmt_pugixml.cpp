// SPDX-License-Identifier: MIT
// Compile-cost probe (bench/compare.sh): the baseline of reportdoc.cpp, fmt
// and pugixml in their header-only modes reading a document and formatting
// it. -DPROBE_FMT=0 or -DPROBE_PUGIXML=0 leaves one of them out.
#ifndef PROBE_FMT
#define PROBE_FMT 1
#endif
#ifndef PROBE_PUGIXML
#define PROBE_PUGIXML 1
#endif

#if PROBE_FMT
#define FMT_HEADER_ONLY
#include <fmt/format.h>
#endif
#if PROBE_PUGIXML
#define PUGIXML_HEADER_ONLY
#include <pugixml.hpp>
#endif

#include <cstdio>
#include <string>

int main() {
    std::string title = "Annual Report";
#if PROBE_PUGIXML
    pugi::xml_document doc;
    if (!doc.load_string("<report><title>Annual Report</title></report>")) return 1;
    title = doc.child("report").child_value("title");
#endif
#if PROBE_FMT
    title = fmt::format("<h1>{}</h1>\n", title);
#endif
    std::fputs(title.c_str(), stdout);
    return 0;
}
