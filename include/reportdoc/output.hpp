// SPDX-License-Identifier: MIT
// Where a writer's output goes: straight into a std::string, or in chunks to
// a callback, so that a large document can be streamed to a file or socket
// without holding its whole rendering in memory.
#pragma once

#include <reportdoc/config.hpp>

#include <cstddef>
#include <string>
#include <string_view>

namespace reportdoc {

/// A destination for writer output.
///
///     std::string html;
///     reportdoc::output_sink sink(html);          // appends to html
///     reportdoc::output_sink file_sink(&write_chunk, fp);  // write_chunk(fp, chunk) per ~64 KiB
class output_sink {
public:
    /// Receives a chunk of output; `context` is the pointer given to the constructor.
    using write_function = void (*)(void* context, std::string_view chunk);

    /// Appends everything to `target`.
    explicit output_sink(std::string& target) noexcept : target_(&target) {}
    /// Buffers output and hands it to `write` in chunks of 64 KiB (the last one shorter).
    output_sink(write_function write, void* context)
        : write_(write),
          context_(context),
          buffer_(chunk_size, '\0'),
          cursor_(buffer_.data()),
          end_(buffer_.data() + chunk_size) {}
    output_sink(const output_sink&) = delete;
    output_sink& operator=(const output_sink&) = delete;
    /// Flushes what is buffered.
    ~output_sink() { flush(); }

    /// Adds text to the output.
    REPORTDOC_ALWAYS_INLINE
    void append(std::string_view s) {
        // Writers append a few bytes at a time (a tag, a run of text), so the
        // case of a piece that fits the buffer is inline: one copy, no call,
        // and a tag's copy a store or two. A translation unit holding the
        // writers is large enough for compilers to stop inlining on their own:
        // where they allow it to be said, append and push_back are always
        // inlined. A sink into a string has no buffer (cursor_ == end_ ==
        // nullptr) and always takes the other path.
        if (s.size() < static_cast<std::size_t>(end_ - cursor_)) {
            cursor_ = copy(s, s.size());
            return;
        }
        append_beyond_buffer(s);
    }
    /// Adds the characters [first, last) to the output.
    void append(const char* first, const char* last) { append(std::string_view(first, static_cast<std::size_t>(last - first))); }
    /// Adds one character to the output.
    REPORTDOC_ALWAYS_INLINE
    void push_back(char c) {
        if (cursor_ != end_) {
            *cursor_++ = c;
            return;
        }
        append_beyond_buffer(std::string_view(&c, 1));
    }
    /// Hands buffered output to the callback now.
    void flush() {
        if (!write_ || cursor_ == buffer_.data()) return;
        write_(context_, std::string_view(buffer_.data(), static_cast<std::size_t>(cursor_ - buffer_.data())));
        cursor_ = buffer_.data();
    }

private:
    // What does not fit the buffer: into the target string, or in pieces,
    // the buffer handed on each time it is full. Out of line, so that the
    // inlined append stays small.
    REPORTDOC_NOINLINE
    void append_beyond_buffer(std::string_view s) {
        if (target_) {
            target_->append(s);
            return;
        }
        for (;;) {
            const auto room = static_cast<std::size_t>(end_ - cursor_);
            const std::size_t take = s.size() < room ? s.size() : room;
            cursor_ = copy(s, take);
            s.remove_prefix(take);
            if (cursor_ != end_) return;
            flush();
            if (s.empty()) return;
        }
    }

    // The first `count` bytes of s to the buffer; the new cursor. (char_traits
    // because an empty view may have no data, which memcpy must not be given.)
    char* copy(std::string_view s, std::size_t count) noexcept {
        return std::char_traits<char>::copy(cursor_, s.data(), count) + count;
    }

    static constexpr std::size_t chunk_size = 64 * 1024;
    std::string* target_ = nullptr;
    write_function write_ = nullptr;
    void* context_ = nullptr;
    std::string buffer_;      // chunk_size bytes, never resized; none for a sink into a string
    char* cursor_ = nullptr;  // end of what is buffered
    char* end_ = nullptr;     // end of the buffer
};

}  // namespace reportdoc
