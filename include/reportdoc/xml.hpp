// SPDX-License-Identifier: MIT
// reportdoc's XML form: a lossless serialisation of the model (see
// schema/reportdoc.rng and docs/xml.md), read with pugixml.
#pragma once

#include <reportdoc/config.hpp>
#include <reportdoc/model.hpp>
#include <reportdoc/output.hpp>
#include <reportdoc/result.hpp>

#include <string>
#include <string_view>

namespace reportdoc {

/// How parse_xml reads.
struct xml_options {
    /// Unknown elements and attributes are errors instead of warnings.
    bool strict = false;
    /// Bounds on input size, depth and node count.
    reader_limits limits;
};

/// How render_xml writes.
struct xml_render_options {
    /// Write source spans (the `src` attribute) of nodes that have them.
    bool spans = true;
    /// Indent elements that hold only elements, two spaces per level.
    bool indent = true;
};

/// Reads a report from reportdoc XML. Malformed XML is an error at its exact
/// line:column; DTDs are refused, so no entity is ever expanded.
REPORTDOC_FUNC parse_result<report> parse_xml(std::string_view input, const xml_options& options = {});
/// As parse_xml, with the same result, but takes the input over and, where it
/// can, parses it where it is instead of a copy of it: peak memory is one input
/// smaller. `input` is moved from. One byte of spare capacity (reserve(size + 1)
/// before filling it) saves a reallocation.
///
///     std::string xml = read_file(path);
///     auto result = reportdoc::parse_xml_in_place(std::move(xml));
REPORTDOC_FUNC parse_result<report> parse_xml_in_place(std::string&& input, const xml_options& options = {});

/// Writes a report as reportdoc XML; parse_xml(render_xml(d)) == d for every d.
REPORTDOC_FUNC std::string render_xml(const report& doc, const xml_render_options& options = {});
/// Writes a report as reportdoc XML into a sink.
REPORTDOC_FUNC void render_xml(const report& doc, output_sink& out, const xml_render_options& options = {});

}  // namespace reportdoc

#if REPORTDOC_DEFINE_FUNCTIONS
#include <reportdoc/detail/xml_reader.inl>
#include <reportdoc/detail/xml_writer.inl>
#endif
