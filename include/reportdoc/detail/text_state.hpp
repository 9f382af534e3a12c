// SPDX-License-Identifier: MIT
// What every stage of the plain-text reader shares: the lines, which of them
// are consumed, the diagnostics, and the report being built.
#pragma once

#include <reportdoc/detail/array_list.hpp>
#include <reportdoc/detail/chunked_list.hpp>
#include <reportdoc/detail/markers.hpp>
#include <reportdoc/detail/string_match.hpp>
#include <reportdoc/detail/text_lines.hpp>
#include <reportdoc/model.hpp>
#include <reportdoc/result.hpp>
#include <reportdoc/text_reader.hpp>

#include <algorithm>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace reportdoc::detail {

/// text_unit::placed when no stage made the unit's block.
inline constexpr std::uint32_t no_block = 0xFFFF'FFFF;

/// One paragraph-to-be: lines joined per the layout. A million of them stand
/// beside the text they hold, where memory peaks, so a unit is 80 bytes: line
/// indices and most positions are 32-bit (the input is at most max_text_input
/// bytes), and a marker, which few units have, is kept aside (unit_list::mark).
struct text_unit {
    std::string text;
    std::size_t end_offset = 0;  ///< Of span().end: a repaired line's may pass 32 bits.
    std::uint32_t first = 0;  ///< Index of the first line.
    std::uint32_t last = 0;   ///< Index of the last line.
    std::uint32_t begin_offset = 0;
    std::uint32_t begin_column = 0;
    std::uint32_t end_column = 0;  ///< 0 while the assembling stage may still extend the unit.
    std::uint32_t indent = 0;  ///< The first line's indentation, in display columns.
    std::uint32_t width = 0;   ///< Display columns of the joined text.
    std::uint32_t placed = no_block;  ///< A block a stage already made: its index in text_state::placed.
    std::uint32_t mark_index = 0;     ///< Its marker's in unit_list; 0 for none.
    /// The character of the line under it (a setext heading, ASCII), | 0x100 when
    /// a line of it stands above too; 0 for none.
    std::uint16_t underline = 0;
    /// A blank line, a page break or the start of the region precedes it (always,
    /// in text that puts every paragraph on a line of its own).
    bool blank_before = true;
    bool after_page_break = false;  ///< Page furniture was removed just before it.
    bool space_run = false;  ///< Some line of it holds two spaces in a row.

    /// The first line's content to the end of the last line's: with `indent`, all
    /// the outline needs of the lines, so the line table is gone before it runs.
    [[nodiscard]] source_span span() const noexcept {
        return {{first + 1, begin_column, begin_offset}, {last + 1, end_column, end_offset}};
    }
    void set_begin(const source_position& p) noexcept {
        begin_column = p.column;
        begin_offset = static_cast<std::uint32_t>(p.offset);  // a line's content_offset: 32 bits
    }
    void set_end(const source_position& p) noexcept {
        end_column = p.column;
        end_offset = p.offset;
    }
};

/// A region's units, in line order, with their markers. In chunks, not a growing
/// vector: the list is alive beside the whole outline, which frees it as it goes.
class unit_list {
public:
    [[nodiscard]] std::size_t size() const noexcept { return units_.size(); }
    [[nodiscard]] bool empty() const noexcept { return units_.empty(); }
    text_unit& operator[](std::size_t i) noexcept { return units_[i]; }
    const text_unit& operator[](std::size_t i) const noexcept { return units_[i]; }
    text_unit& back() noexcept { return units_.back(); }
    const text_unit& back() const noexcept { return units_.back(); }
    void push_back(text_unit&& u) { units_.push_back(std::move(u)); }
    void pop_back() { units_.pop_back(); }
    void truncate(std::size_t n) { units_.truncate(n); }

    [[nodiscard]] const marker& mark(const text_unit& u) const noexcept {
        return u.mark_index == 0 ? none_ : marks_[u.mark_index - 1];
    }
    /// Sets the marker of unit k.
    void set_mark(std::size_t k, const marker& m) {
        text_unit& u = units_[k];
        if (u.mark_index != 0) {
            marks_[u.mark_index - 1] = m;
        } else if (m) {
            // Markers kept in the order of their units can be freed behind the outline;
            // one set out of that order (a rejoined paragraph's) holds back those after it.
            if (marked_ && k <= last_marked_) unordered_from_ = std::min(unordered_from_, marks_.size());
            marked_ = true;
            last_marked_ = std::max(last_marked_, k);
            marks_.push_back(marker(m));
            u.mark_index = static_cast<std::uint32_t>(marks_.size());
        }
    }

    /// Frees the units before n, and the markers only they held: a reader done with them.
    void release_before(std::size_t n) noexcept {
        units_.release_before(n);
        for (next_marked_ = std::max(next_marked_, n); next_marked_ < units_.size(); ++next_marked_) {
            const std::size_t i = units_[next_marked_].mark_index;
            if (i != 0 && i - 1 < unordered_from_) break;
        }
        marks_.release_before(std::min(next_marked_ < units_.size() ? units_[next_marked_].mark_index - 1 : marks_.size(),
                                       unordered_from_));
    }

    /// Keeps where the first line of a unit opening with 附 ends: the attachment note
    /// of a closing ("附件：1．…" wrapped over lines) spans that line alone, and the
    /// line table is gone when the closing is read.
    void keep_first_line_end(std::uint32_t line, const source_position& end) { first_line_ends_.push_back({line, end}); }
    /// Where u's first line ends, for a unit opening with 附 (or of one line).
    [[nodiscard]] source_position first_line_end(const text_unit& u) const {
        if (u.first == u.last) return u.span().end;
        for (const auto& [line, end] : first_line_ends_)
            if (line == u.first) return end;
        return {};
    }

private:
    // Small chunks: each back-matter region has a list of its own, mostly of a few units.
    chunked_list<text_unit, 256> units_;
    chunked_list<marker, 128> marks_;  // marker i - 1 for mark_index i
    marker none_;
    bool marked_ = false;
    std::size_t last_marked_ = 0;  // the unit last given a new marker (positions only fall as units are rejoined)
    std::size_t unordered_from_ = std::size_t(-1);  // the first marker set out of order
    std::size_t next_marked_ = 0;  // release_before's scan: the first unit it has not passed
    array_list<std::pair<std::uint32_t, source_position>> first_line_ends_;  // by first line, few
};

/// Quotes text for a diagnostic, shortened past 200 bytes.
inline std::string quote_for_message(std::string_view s) {
    std::size_t cut = s.size() > 200 ? 200 : s.size();
    while (cut < s.size() && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;  // whole characters only
    std::string out = "\"";
    out.append(s.substr(0, cut));
    if (cut < s.size()) out += "…";
    out += '"';
    return out;
}

/// The span from the first line's content to the end of the last line's.
inline source_span span_of(const text_line& first, const text_line& last) { return {first.start(), last.end()}; }

// A line of running text: long, or finished, or indented as a paragraph, and
// punctuated within (asked last: it reads the whole line).
inline bool looks_like_prose(const text_line& l) {
    return (l.width > 60 || l.indent > 0 || ends_sentence(l.content)) && has_clause_punctuation(l.content);
}

inline bool is_bracketed(std::string_view s) {
    return (starts_with(s, "（") && s.size() >= 6 && ends_with(s, "）")) ||
           (starts_with(s, "(") && s.size() >= 2 && s.back() == ')');
}
inline std::string_view unbracket(std::string_view s) {
    if (starts_with(s, "（")) return s.substr(3, s.size() - 6);
    return s.substr(1, s.size() - 2);
}

/// The reader's state, shared by its stages.
struct text_state {
    text_state(std::string_view in, const text_options& options) : input(in), opt(options) {}

    std::string_view input;
    const text_options& opt;
    text_lines text;
    // Flags per line in std::string, not std::vector<char>: libstdc++ and libc++
    // compile std::string's members once in the library, a vector<char> in every user.
    std::string skip;  ///< Per line: consumed by a stage or removed.
    std::string page_break_before;  ///< Per line: a page ended between it and the line before.
    std::vector<diagnostic> diags;
    report doc;
    std::size_t body_begin = 0;  ///< First line of the body.
    std::size_t body_end = 0;    ///< One past the last line of the body.
    std::size_t nodes = 0;       ///< Nodes made so far, for reader_limits::max_nodes.
    std::string site_name;       ///< The site named in a header line, for splitting metadata.
    /// Blocks made by an early stage (tables of contents, figures), anchored at a line, in line order.
    array_list<std::pair<std::size_t, block>> placed;

    /// Anchors a finished block at a line; the outline puts it where that line was.
    void place(std::size_t line_index, block b) {
        auto at = placed.end();
        while (at != placed.begin() && (at - 1)->first > line_index) --at;
        placed.insert(at, {line_index, std::move(b)});
    }

    [[nodiscard]] const text_line& line(std::size_t i) const { return text.lines[i]; }
    [[nodiscard]] bool usable(std::size_t i) const { return !skip[i] && !line(i).blank(); }
    /// The next usable line at or after i, before end; end when none.
    [[nodiscard]] std::size_t next_usable(std::size_t i, std::size_t end) const {
        while (i < end && !usable(i)) ++i;
        return i;
    }

    void note(std::string_view code, std::string message, source_position where) {
        diags.push_back(diagnostic{severity::note, code, std::move(message), where});
    }
    void warning(std::string_view code, std::string message, source_position where) {
        diags.push_back(diagnostic{severity::warning, code, std::move(message), where});
    }
    void error(std::string_view code, std::string message, source_position where) {
        diags.push_back(diagnostic{severity::error, code, std::move(message), where});
    }
    /// Removes a line on purpose, saying what it was.
    void drop(std::size_t i, std::string_view code, std::string_view what) {
        skip[i] = 1;
        note(code, std::string(what) + " removed: " + quote_for_message(line(i).content), line(i).start());
    }

    inline_list text_content(std::string s, source_span span) {
        inline_list content;
        if (s.empty()) return content;  // no empty text nodes: an untitled section has no title
        ++nodes;
        // Text that grew by doubling (paragraphs joined across a break) is
        // copied to its size, as the model keeps it; a few bytes to spare (CJK
        // lines joined without the space reserved) are not worth a copy.
        if (s.capacity() - s.size() > s.size() / 8) s.shrink_to_fit();
        content.push_back(reportdoc::text{std::move(s), span});
        return content;
    }
    block make_paragraph(std::string s, source_span span, paragraph_role role = paragraph_role::body) {
        ++nodes;
        paragraph p;
        p.content = text_content(std::move(s), span);
        p.role = role;
        p.span = span;
        return p;
    }
};

}  // namespace reportdoc::detail
