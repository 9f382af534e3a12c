// SPDX-License-Identifier: MIT
// The baseline of XML -> HTML: a bare pugixml load of a file, with the parse
// options reportdoc's XML reader starts from (it leaves out the decoding ones
// when the input has nothing to decode), and nothing else.
//
//   reportdoc-bench-pugixml-load FILE.xml
#include <pugixml.hpp>

#include <cstdio>

int main(int argc, char** argv) {
    if (argc != 2) {
        std::fprintf(stderr, "usage: %s FILE.xml\n", argv[0]);
        return 2;
    }
    pugi::xml_document doc;
    const pugi::xml_parse_result result = doc.load_file(argv[1], pugi::parse_default | pugi::parse_ws_pcdata | pugi::parse_doctype | pugi::parse_fragment);
    if (!result) {
        std::fprintf(stderr, "%s: %s at offset %td\n", argv[1], result.description(), result.offset);
        return 1;
    }
    return 0;
}
