// SPDX-License-Identifier: MIT
#pragma once

#include <reportdoc/result.hpp>

#include <string>

namespace reportdoc {

REPORTDOC_FUNC std::string_view to_string(severity s) noexcept {
    switch (s) {
        case severity::note: return "note";
        case severity::warning: return "warning";
        case severity::error: return "error";
    }
    return {};
}

REPORTDOC_FUNC std::string format_diagnostic(const diagnostic& d, std::string_view file) {
    std::string out;
    out.reserve(file.size() + d.message.size() + d.code.size() + 32);
    out += file;
    if (d.where) {
        if (!file.empty()) out += ':';
        out += std::to_string(d.where.line);
        out += ':';
        out += std::to_string(d.where.column);
    }
    if (!out.empty()) out += ": ";
    out += to_string(d.level);
    out += ": ";
    out += d.message;
    if (!d.code.empty()) {
        out += " [";
        out += d.code;
        out += ']';
    }
    return out;
}

}  // namespace reportdoc
