// SPDX-License-Identifier: MIT
// outline: reads a plain-text report and walks it with reportdoc::const_walker
// to print its table of contents (the title, then one indented line per
// section) and its counts: sections, paragraphs, words and characters.
// Shows the walker's enter events, node_kind and node_ref::as<T>().
//
//   reportdoc-outline FILE.txt
//
// Words are counted as word processors do for mixed text: a run of Latin
// letters or digits is one word, and so is every CJK character. Characters
// are Unicode scalar values other than white space.
#include <reportdoc/reportdoc.hpp>

#include <cstdint>
#include <cstdio>
#include <fstream>
#include <iterator>
#include <sstream>
#include <string>
#include <string_view>

namespace {

struct counts {
    std::size_t sections = 0;
    std::size_t paragraphs = 0;
    std::size_t words = 0;
    std::size_t characters = 0;
};

// Decodes the next scalar value of valid UTF-8 (the reader guarantees it) and advances `i`.
char32_t next_scalar(std::string_view s, std::size_t& i) {
    const auto lead = static_cast<unsigned char>(s[i++]);
    const int extra = lead < 0x80 ? 0 : lead < 0xE0 ? 1 : lead < 0xF0 ? 2 : 3;
    char32_t c = extra == 0 ? lead : lead & (0x3F >> extra);
    for (int k = 0; k < extra && i < s.size(); ++k) c = (c << 6) | (static_cast<unsigned char>(s[i++]) & 0x3F);
    return c;
}

bool is_cjk(char32_t c) {
    return (c >= 0x3400 && c <= 0x9FFF) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0x20000 && c <= 0x3FFFF);
}

bool is_space(char32_t c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0x3000; }

void count_text(std::string_view s, counts& n) {
    bool in_word = false;
    for (std::size_t i = 0; i < s.size();) {
        const char32_t c = next_scalar(s, i);
        if (!is_space(c)) ++n.characters;
        // ASCII letters and digits, and the letters of Latin-1 to Greek and Cyrillic.
        const bool word_char = (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') ||
                               (c >= 0xC0 && c < 0x2000 && c != 0xD7 && c != 0xF7);
        if (is_cjk(c)) {
            ++n.words;
            in_word = false;
        } else if (word_char) {
            n.words += !in_word;
            in_word = true;
        } else {
            in_word = false;
        }
    }
}

// The plain text of a run of inlines (a section title).
std::string flatten(const reportdoc::inline_list& inlines) {
    std::string out;
    for (const reportdoc::inline_node& node : inlines) {
        for (reportdoc::const_walker w(node); w.next();) {
            if (w.event() != reportdoc::walk_event::enter) continue;
            if (const auto* t = w.node().as<reportdoc::text>()) out += t->content;
            if (const auto* c = w.node().as<reportdoc::code>()) out += c->content;
        }
    }
    return out;
}

bool ascii_end(std::string_view s) { return !s.empty() && static_cast<unsigned char>(s.back()) < 0x80; }
bool ascii_start(std::string_view s) { return !s.empty() && static_cast<unsigned char>(s.front()) < 0x80; }

}  // namespace

int main(int argc, char** argv) {
    if (argc != 2) {
        std::fprintf(stderr, "usage: reportdoc-outline FILE.txt\n");
        return 2;
    }
    std::ifstream in(argv[1], std::ios::binary);
    if (!in) {
        std::fprintf(stderr, "reportdoc-outline: cannot read %s\n", argv[1]);
        return 1;
    }
    const std::string input{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};

    const reportdoc::parse_result<reportdoc::report> result = reportdoc::parse_text(input);
    for (const reportdoc::diagnostic& d : result.diagnostics())
        std::fprintf(stderr, "%s\n", reportdoc::format_diagnostic(d, argv[1]).c_str());
    if (!result) return 1;
    const reportdoc::report& doc = *result;

    std::printf("%s\n", doc.meta.title.c_str());
    counts n;
    count_text(doc.meta.title, n);
    for (reportdoc::const_walker w(doc); w.next();) {
        if (w.event() != reportdoc::walk_event::enter) continue;
        const reportdoc::node_ref node = w.node();
        switch (node.kind()) {
            case reportdoc::node_kind::section: {
                const auto* s = node.as<reportdoc::section>();
                const std::string title = flatten(s->title);
                const char* gap = ascii_end(s->label) && ascii_start(title) ? " " : "";
                std::printf("%*s%s%s%s\n", static_cast<int>(2 * s->level), "", s->label.c_str(), gap, title.c_str());
                ++n.sections;
                break;
            }
            case reportdoc::node_kind::paragraph: ++n.paragraphs; break;
            case reportdoc::node_kind::text: count_text(node.as<reportdoc::text>()->content, n); break;
            case reportdoc::node_kind::code: count_text(node.as<reportdoc::code>()->content, n); break;
            case reportdoc::node_kind::preformatted:
                count_text(node.as<reportdoc::preformatted>()->content, n);
                break;
            default: break;
        }
    }
    std::printf("sections: %zu, paragraphs: %zu, words: %zu, characters: %zu\n", n.sections, n.paragraphs, n.words,
                n.characters);
    return 0;
}
