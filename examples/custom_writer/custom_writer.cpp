// SPDX-License-Identifier: MIT
// custom_writer: a JSON writer built outside the library, on the public
// walker API alone (reportdoc::const_walker, node_ref, to_string), to show
// that a downstream project can add an output format without touching
// reportdoc. The walker's explicit stack means no recursion here either, so
// a document nested 100,000 levels deep is written like a flat one.
//
//   reportdoc-json FILE.txt|FILE.xml     JSON on stdout, one node per line
//
// Every node is {"type": KIND, ...fields, "children": [...]}; text, code,
// line breaks and preformatted blocks are leaves without "children".
#include <reportdoc/reportdoc.hpp>

#include <cstdio>
#include <fstream>
#include <iterator>
#include <string>
#include <string_view>
#include <vector>

namespace {

void append_json_string(std::string& out, std::string_view s) {
    out += '"';
    for (const char c : s) {
        switch (c) {
            case '"': out += "\\\""; break;
            case '\\': out += "\\\\"; break;
            case '\n': out += "\\n"; break;
            case '\t': out += "\\t"; break;
            default:
                if (static_cast<unsigned char>(c) < 0x20) {
                    char escaped[8];
                    std::snprintf(escaped, sizeof escaped, "\\u%04x", static_cast<unsigned>(c));
                    out += escaped;
                } else {
                    out += c;  // UTF-8 passes through: JSON text is UTF-8
                }
        }
    }
    out += '"';
}

class json_writer {
public:
    explicit json_writer(std::string& out) : out_(out) {}

    void write(const reportdoc::report& doc) {
        std::vector<bool> first_child;  // one entry per open container
        for (reportdoc::const_walker w(doc); w.next();) {
            const reportdoc::node_ref node = w.node();
            const bool leaf = is_leaf(node.kind());
            if (w.event() == reportdoc::walk_event::exit) {
                if (!leaf) {
                    out_ += "]}";
                    first_child.pop_back();
                }
                continue;
            }
            if (!first_child.empty()) {
                out_ += first_child.back() ? "\n" : ",\n";
                first_child.back() = false;
            }
            out_.append(2 * w.depth(), ' ');
            out_ += "{";
            field("type", reportdoc::to_string(node.kind()), false);
            fields(node);
            if (leaf) {
                out_ += "}";
            } else {
                out_ += ",\"children\":[";
                first_child.push_back(true);
            }
        }
        out_ += "\n";
    }

private:
    static bool is_leaf(reportdoc::node_kind kind) {
        return kind == reportdoc::node_kind::text || kind == reportdoc::node_kind::code ||
               kind == reportdoc::node_kind::line_break || kind == reportdoc::node_kind::preformatted;
    }

    void key(std::string_view name, bool comma) {
        if (comma) out_ += ',';
        append_json_string(out_, name);
        out_ += ':';
    }
    void field(std::string_view name, std::string_view value, bool comma = true) {
        key(name, comma);
        append_json_string(out_, value);
    }
    void field(std::string_view name, unsigned long value) {
        key(name, true);
        out_ += std::to_string(value);
    }
    void flag(std::string_view name, bool value) {
        key(name, true);
        out_ += value ? "true" : "false";
    }

    // The fields of each kind beyond its children.
    void fields(reportdoc::node_ref node) {
        using reportdoc::node_kind;
        switch (node.kind()) {
            case node_kind::report: {
                const reportdoc::metadata& meta = node.as<reportdoc::report>()->meta;
                field("title", meta.title);
                if (!meta.date.empty()) field("date", meta.date.iso.empty() ? meta.date.text : meta.date.iso);
                if (!meta.language.empty()) field("language", meta.language);
                break;
            }
            case node_kind::section: {
                const auto* s = node.as<reportdoc::section>();
                field("level", s->level);
                if (!s->label.empty()) field("label", s->label);
                if (s->style != reportdoc::numbering_style::none) field("style", reportdoc::to_string(s->style));
                if (s->role != reportdoc::section_role::none) field("role", reportdoc::to_string(s->role));
                if (s->run_in) flag("run_in", true);
                break;
            }
            case node_kind::paragraph: {
                const auto role = node.as<reportdoc::paragraph>()->role;
                if (role != reportdoc::paragraph_role::body) field("role", reportdoc::to_string(role));
                break;
            }
            case node_kind::list: {
                const auto* l = node.as<reportdoc::list>();
                flag("ordered", l->ordered);
                if (l->style != reportdoc::numbering_style::none) field("style", reportdoc::to_string(l->style));
                break;
            }
            case node_kind::list_item: field("label", node.as<reportdoc::list_item>()->label); break;
            case node_kind::link: field("href", node.as<reportdoc::link>()->href); break;
            case node_kind::text: field("text", node.as<reportdoc::text>()->content); break;
            case node_kind::code: field("text", node.as<reportdoc::code>()->content); break;
            case node_kind::preformatted: field("text", node.as<reportdoc::preformatted>()->content); break;
            default: break;
        }
    }

    std::string& out_;
};

bool ends_with(std::string_view s, std::string_view suffix) {
    return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc != 2) {
        std::fprintf(stderr, "usage: reportdoc-json FILE.txt|FILE.xml\n");
        return 2;
    }
    std::ifstream in(argv[1], std::ios::binary);
    if (!in) {
        std::fprintf(stderr, "reportdoc-json: cannot read %s\n", argv[1]);
        return 1;
    }
    const std::string input{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    const auto result = ends_with(argv[1], ".xml") ? reportdoc::parse_xml(input) : reportdoc::parse_text(input);
    for (const reportdoc::diagnostic& d : result.diagnostics())
        std::fprintf(stderr, "%s\n", reportdoc::format_diagnostic(d, argv[1]).c_str());
    if (!result) return 1;

    std::string json;
    json_writer(json).write(*result);
    std::fputs(json.c_str(), stdout);
    return 0;
}
