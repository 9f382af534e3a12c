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
    /// Buffers output and hands it to `write` in chunks of about 64 KiB.
    output_sink(write_function write, void* context) : write_(write), context_(context) {
        buffer_.reserve(chunk_size);
    }
    output_sink(const output_sink&) = delete;
    output_sink& operator=(const output_sink&) = delete;
    /// Flushes what is buffered.
    ~output_sink() { flush(); }

    /// Adds text to the output.
    void append(std::string_view s) {
        if (target_) {
            target_->append(s);
            return;
        }
        buffer_.append(s);
        if (buffer_.size() >= chunk_size) flush();
    }
    /// Adds the characters [first, last) to the output.
    void append(const char* first, const char* last) { append(std::string_view(first, static_cast<std::size_t>(last - first))); }
    /// Adds one character to the output.
    void push_back(char c) {
        std::string& into = target_ ? *target_ : buffer_;
        into.push_back(c);
        if (!target_ && buffer_.size() >= chunk_size) flush();
    }
    /// Hands buffered output to the callback now.
    void flush() {
        if (write_ && !buffer_.empty()) {
            write_(context_, buffer_);
            buffer_.clear();
        }
    }

private:
    static constexpr std::size_t chunk_size = 64 * 1024;
    std::string* target_ = nullptr;
    write_function write_ = nullptr;
    void* context_ = nullptr;
    std::string buffer_;
};

}  // namespace reportdoc
