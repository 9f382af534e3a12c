// SPDX-License-Identifier: MIT
// parse_xml on arbitrary bytes. Invariants: no crash, hang or leak; every
// diagnostic points into the input; a document that was read renders in every
// writer as UTF-8, and render_xml -> parse_xml gives it back (== ignores
// spans), indented or compact, and the second rendering is the first byte for byte.
#include "fuzz_support.hpp"

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace reportdoc;
    const std::string_view input(reinterpret_cast<const char*>(data), size);
    const parse_result<report> result = parse_xml(input);
    fuzz::require_positions_inside(result.diagnostics(), size);
    if (!result) {
        fuzz::require(result.count(severity::error) > 0, "parse_xml failed without an error");
        return 0;
    }
    const report& doc = *result;
    fuzz::render_everything(doc);

    const std::string xml = render_xml(doc);
    const parse_result<report> again = parse_xml(xml);
    fuzz::require(again.has_value(), "parse_xml refused render_xml's output", xml);
    fuzz::require(*again == doc, "render_xml -> parse_xml changed the document", xml);
    fuzz::require(render_xml(*again) == xml, "render_xml of the read-back document differs", xml);

    xml_render_options compact;
    compact.indent = false;
    compact.spans = false;
    const std::string flat = render_xml(doc, compact);
    const parse_result<report> flat_again = parse_xml(flat, xml_options{true, {}});
    fuzz::require(flat_again.has_value(), "strict parse_xml refused compact render_xml output", flat);
    fuzz::require(*flat_again == doc, "compact render_xml -> parse_xml changed the document", flat);
    return 0;
}
