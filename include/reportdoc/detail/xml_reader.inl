// SPDX-License-Identifier: MIT
// parse_xml: reportdoc XML to the model (placeholder while being written).
#pragma once

#include <reportdoc/xml.hpp>

namespace reportdoc {

REPORTDOC_FUNC parse_result<report> parse_xml(std::string_view, const xml_options&) {
    return parse_result<report>(std::vector<diagnostic>{
        diagnostic{severity::error, "xml-unsupported", "the XML reader is not written yet", {}}});
}

}  // namespace reportdoc
