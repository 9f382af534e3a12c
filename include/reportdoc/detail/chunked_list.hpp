// SPDX-License-Identifier: MIT
// A sequence stored in fixed-size chunks. Appending never moves what is
// already stored, so a list of a million entries never holds an old and a new
// buffer at once the way a growing std::vector does (twice to three times its
// size, at the moment memory peaks), and it leaves at most one chunk unused.
#pragma once

#include <reportdoc/detail/array_list.hpp>

#include <cstddef>
#include <utility>

namespace reportdoc::detail {

template <class T, std::size_t ChunkSize = 1024>
class chunked_list {
    static_assert(ChunkSize > 0 && (ChunkSize & (ChunkSize - 1)) == 0, "a power of two: an index splits with a shift");

public:
    chunked_list() = default;
    chunked_list(chunked_list&& other) noexcept
        : chunks_(std::move(other.chunks_)), size_(std::exchange(other.size_, 0)), released_(std::exchange(other.released_, 0)) {}
    chunked_list& operator=(chunked_list&& other) noexcept {
        chunks_ = std::move(other.chunks_);
        size_ = std::exchange(other.size_, 0);
        released_ = std::exchange(other.released_, 0);
        return *this;
    }

    [[nodiscard]] std::size_t size() const noexcept { return size_; }
    [[nodiscard]] bool empty() const noexcept { return size_ == 0; }

    T& operator[](std::size_t i) noexcept { return chunks_[i / ChunkSize][i % ChunkSize]; }
    const T& operator[](std::size_t i) const noexcept { return chunks_[i / ChunkSize][i % ChunkSize]; }
    T& back() noexcept { return (*this)[size_ - 1]; }
    const T& back() const noexcept { return (*this)[size_ - 1]; }

    void push_back(T&& value) {
        if (size_ == chunks_.size() * ChunkSize) chunks_.push_back(array_list<T>(ChunkSize));
        (*this)[size_++] = std::move(value);
    }
    /// Removes the last entry (its resources are released now, not at the end).
    void pop_back() { (*this)[--size_] = T(); }
    /// Frees the chunks that hold only entries before n, for a reader that is done
    /// with them; those entries must not be used again.
    void release_before(std::size_t n) noexcept {
        for (; released_ < n / ChunkSize; ++released_) chunks_[released_] = array_list<T>();
    }
    /// Keeps the first n entries (n <= size()) and releases the rest.
    void truncate(std::size_t n) {
        while (size_ > n) pop_back();
        chunks_.resize((size_ + ChunkSize - 1) / ChunkSize);
    }

private:
    array_list<array_list<T>> chunks_;  // each of ChunkSize entries, or empty once released
    std::size_t size_ = 0;
    std::size_t released_ = 0;  // chunks freed by release_before
};

}  // namespace reportdoc::detail
