// SPDX-License-Identifier: MIT
// render_xml: the model to reportdoc XML (placeholder while being written).
#pragma once

#include <reportdoc/xml.hpp>

namespace reportdoc {

REPORTDOC_FUNC void render_xml(const report&, output_sink&, const xml_render_options&) {}

REPORTDOC_FUNC std::string render_xml(const report& doc, const xml_render_options& options) {
    std::string out;
    output_sink sink(out);
    render_xml(doc, sink, options);
    return out;
}

}  // namespace reportdoc
