// SPDX-License-Identifier: MIT
// The line-oriented output engine shared by the Markdown and plain-text
// writers (cmark's render.c in spirit): a prefix stack for the indentation of
// list items and block quotes, blank lines between blocks, columns counted in
// display width, and optional wrapping at a width.
//
// Wrapping keeps the text of the current line in a buffer and breaks it
// greedily at the last permitted position before the width: at a single space
// (the space is dropped), or between two characters one of which reads as
// CJK (nothing is dropped), never against the kinsoku rules of
// line_breaking.hpp, never inside or right after a literal (markup, labels),
// and never where the writer's filter says no. A run with no permitted break
// overflows the width. Each byte is scanned a bounded number of times, so a
// megabyte-long paragraph wraps in linear time.
#pragma once

#include <reportdoc/detail/line_breaking.hpp>
#include <reportdoc/detail/utf8.hpp>
#include <reportdoc/detail/width.hpp>
#include <reportdoc/output.hpp>

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace reportdoc::detail {

/// Where a wrapped line would break.
enum class break_kind : std::uint8_t {
    space,     ///< At a space, which is dropped.
    adjacent,  ///< Between two characters, nothing dropped.
};

/// A writer's veto on a break: `text` is the pending text of the line (the
/// character at `at` would begin the next line).
using break_filter = bool (*)(std::string_view text, std::size_t at, break_kind kind);

/// What separates a block from the next one.
enum class block_gap : std::uint8_t { none, line, blank };

/// How a line_writer lays out lines.
struct line_writer_options {
    unsigned width = 0;             ///< Maximum display columns per line; 0: never wrap.
    bool break_between_cjk = true;  ///< Allow break_kind::adjacent breaks.
    break_filter filter = nullptr;  ///< Optional veto on every break.
};

class line_writer {
public:
    line_writer(output_sink& out, const line_writer_options& options) : out_(out), opt_(options) {}
    line_writer(const line_writer&) = delete;
    line_writer& operator=(const line_writer&) = delete;

    // ----- blocks -----------------------------------------------------------

    /// Starts a block: ends the open line and writes the pending gap. After
    /// marker(), the block starts on the marker's line instead.
    void begin_block() {
        if (keep_line_) {
            keep_line_ = false;
            gap_ = block_gap::none;
            return;
        }
        if (line_open_) end_line();
        if (gap_ == block_gap::blank && wrote_) write_blank_line();
        gap_ = block_gap::none;
        fresh_ = true;
    }
    /// Sets what separates the block just ended from the next one (the last call wins).
    void end_block(block_gap gap) noexcept {
        gap_ = gap;
        keep_line_ = false;
    }
    /// Writes a marker ("- ", "1. ", a label) at the start of a new block's
    /// first line; the block started next continues on this line.
    void marker(std::string_view s) {
        begin_block();
        literal(s);
        keep_line_ = true;
        fresh_ = true;
    }
    /// Indents the following lines by `continuation` (after the outer prefixes).
    void push_prefix(std::string_view continuation) {
        prefix_lengths_.push_back(prefix_.size());
        prefix_.append(continuation);
        prefix_width_stack_.push_back(prefix_width_);
        prefix_width_ += display_width(continuation);
    }
    void pop_prefix() {
        if (prefix_lengths_.empty()) return;
        prefix_.resize(prefix_lengths_.back());
        prefix_lengths_.pop_back();
        prefix_width_ = prefix_width_stack_.back();
        prefix_width_stack_.pop_back();
    }

    // ----- content ----------------------------------------------------------

    /// Writes markup or a label: never broken, and no break right after it.
    /// Must not contain a line break.
    void literal(std::string_view s) {
        if (s.empty()) return;
        open_line();
        buffer_.append(s);
        breakable_.push_back(forbid_next_ ? '\0' : '\1');
        breakable_.resize(buffer_.size(), '\0');
        forbid_next_ = true;
        fresh_ = false;
        wrap();
    }
    /// Writes text that may be wrapped. Must not contain a line break.
    void text(std::string_view s) {
        if (s.empty()) return;
        open_line();
        buffer_.append(s);
        breakable_.push_back(forbid_next_ ? '\0' : '\1');
        breakable_.resize(buffer_.size(), '\1');
        forbid_next_ = false;
        fresh_ = false;
        wrap();
    }
    /// Ends the current line; the next one starts with the prefix.
    void newline() {
        if (!line_open_) open_line();
        end_line();
        fresh_ = true;
    }
    /// Ends the output: the open line, with a final newline.
    void finish() {
        if (line_open_) end_line();
        keep_line_ = false;
        out_.flush();
    }

    // ----- state ------------------------------------------------------------

    /// True when nothing was written since the block, marker or line began.
    [[nodiscard]] bool at_content_start() const noexcept { return fresh_; }
    /// The last character written on this line; '\n' at the start of a line.
    [[nodiscard]] char32_t last_char() const noexcept {
        if (buffer_.size() <= line_begin_) return U'\n';
        std::size_t i = buffer_.size() - 1;
        while (i > line_begin_ && (static_cast<unsigned char>(buffer_[i]) & 0xC0) == 0x80) --i;
        return decode_utf8(buffer_, i).code_point;
    }
    /// Display columns of the current line so far, prefix included.
    [[nodiscard]] std::size_t column() const noexcept {
        return line_open_ ? line_prefix_width_ + display_width(std::string_view(buffer_).substr(line_begin_)) : prefix_width_;
    }

private:
    void open_line() {
        if (line_open_) return;
        line_open_ = true;
        line_prefix_.assign(prefix_);
        line_prefix_width_ = prefix_width_;
        line_begin_ = scanned_ = 0;
        columns_ = line_prefix_width_;
        search_from_ = std::string::npos;
    }

    void write_line(std::size_t end) {
        std::string_view prefix = line_prefix_;
        if (end == line_begin_)  // no trailing whitespace on an empty line
            while (!prefix.empty() && (prefix.back() == ' ' || prefix.back() == '\t')) prefix.remove_suffix(1);
        out_.append(prefix);
        out_.append(std::string_view(buffer_).substr(line_begin_, end - line_begin_));
        out_.push_back('\n');
        wrote_ = true;
    }

    void write_blank_line() {
        std::string_view prefix = prefix_;
        while (!prefix.empty() && (prefix.back() == ' ' || prefix.back() == '\t')) prefix.remove_suffix(1);
        out_.append(prefix);
        out_.push_back('\n');
    }

    void end_line() {
        write_line(buffer_.size());
        buffer_.clear();
        breakable_.clear();
        line_open_ = false;
        forbid_next_ = false;
    }

    // The character ending just before byte b.
    char32_t char_before(std::size_t b) const noexcept {
        std::size_t i = b - 1;
        while (i > line_begin_ && (static_cast<unsigned char>(buffer_[i]) & 0xC0) == 0x80) --i;
        return decode_utf8(buffer_, i).code_point;
    }

    // Whether the line may break so that byte b begins the next line; sets
    // `end` to where the current line then ends.
    bool break_at(std::size_t b, std::size_t& end) const {
        if (b <= line_begin_ + 1 || b >= buffer_.size() || !breakable_[b]) return false;
        const unsigned char lead = static_cast<unsigned char>(buffer_[b]);
        if ((lead & 0xC0) == 0x80) return false;
        const char32_t next = decode_utf8(buffer_, b).code_point;
        const std::string_view pending = std::string_view(buffer_).substr(line_begin_);
        if (buffer_[b - 1] == ' ') {
            // A single space with text on both sides of it.
            if (!breakable_[b - 1] || buffer_[b - 2] == ' ' || next == U' ' || is_space_char(next) ||
                no_break_before(next))
                return false;
            if (opt_.filter && !opt_.filter(pending, b - line_begin_, break_kind::space)) return false;
            end = b - 1;
            return true;
        }
        if (!opt_.break_between_cjk) return false;
        const char32_t before = char_before(b);
        if (!may_break_between(before, next) || display_width(next) == 0) return false;
        if (opt_.filter && !opt_.filter(pending, b - line_begin_, break_kind::adjacent)) return false;
        end = b;
        return true;
    }

    // Breaks the buffered line wherever it is too wide.
    void wrap() {
        if (opt_.width == 0) return;
        for (;;) {
            const std::size_t n = buffer_.size();
            if (search_from_ == std::string::npos) {
                // Measure until a character does not fit.
                std::size_t last = scanned_;
                while (scanned_ < n && columns_ <= opt_.width) {
                    last = scanned_;
                    const unsigned char b = static_cast<unsigned char>(buffer_[scanned_]);
                    if (b < 0x80) {
                        columns_ += (b >= 0x20);
                        ++scanned_;
                    } else {
                        const utf8_char c = decode_utf8(buffer_, scanned_);
                        columns_ += static_cast<std::size_t>(display_width(c.code_point));
                        scanned_ += c.length;
                    }
                }
                if (columns_ <= opt_.width) return;
                // The character at `last` does not fit: break at the last chance
                // before it (or after it, when it is a space).
                bool broke = false;
                const std::size_t from = buffer_[last] == ' ' && last + 1 < n ? last + 1 : last;
                for (std::size_t b = from; b > line_begin_ && !broke; --b) broke = try_break(b);
                if (broke) continue;
                search_from_ = last + 1;  // an overlong run: break at the first chance after it
            }
            bool broke = false;
            for (std::size_t b = search_from_; b < n && !broke; ++b) broke = try_break(b);
            if (!broke) {
                search_from_ = n;  // resume here when more text arrives
                return;
            }
        }
    }

    bool try_break(std::size_t b) {
        std::size_t end = 0;
        if (!break_at(b, end)) return false;
        break_line(b, end);
        return true;
    }

    // Writes the line up to `end`; byte b begins the next one.
    void break_line(std::size_t b, std::size_t end) {
        write_line(end);
        line_begin_ = b;
        line_prefix_.assign(prefix_);
        line_prefix_width_ = prefix_width_;
        columns_ = line_prefix_width_;
        scanned_ = b;
        search_from_ = std::string::npos;
        // Drop what is written, once it is most of the buffer (amortised linear).
        if (line_begin_ > 4096 && line_begin_ * 2 > buffer_.size()) {
            buffer_.erase(0, line_begin_);
            breakable_.erase(0, line_begin_);
            scanned_ -= line_begin_;
            line_begin_ = 0;
        }
    }

    output_sink& out_;
    line_writer_options opt_;
    std::string prefix_;
    std::size_t prefix_width_ = 0;
    std::vector<std::size_t> prefix_lengths_;
    std::vector<std::size_t> prefix_width_stack_;

    std::string buffer_;           // the open line (and, while wrapping, what follows it)
    std::string breakable_;  // per byte: may a line begin here? (flags, as text_state::skip)
    std::string line_prefix_;      // the prefix the open line began with
    std::size_t line_prefix_width_ = 0;
    std::size_t line_begin_ = 0;   // where the open line starts in buffer_
    std::size_t scanned_ = 0;      // measured up to here
    std::size_t columns_ = 0;      // width of the open line up to scanned_
    std::size_t search_from_ = std::string::npos;  // overflowing with no break before: look from here on

    block_gap gap_ = block_gap::none;
    bool line_open_ = false;
    bool keep_line_ = false;
    bool forbid_next_ = false;
    bool fresh_ = true;
    bool wrote_ = false;
};

}  // namespace reportdoc::detail
