// SPDX-License-Identifier: MIT
// A growable array for the readers' internal element types. Every std::vector
// element type costs a translation unit 40-150 functions to compile at -O0
// (allocator, iterator and relocation machinery, each use instantiating more);
// this costs the few members a reader calls, with raw pointers as iterators so
// that the std algorithms run on them need no iterator class either.
// It grows as std::vector does (doubling), and needs a T whose move cannot throw.
#pragma once

#include <reportdoc/config.hpp>

#include <cassert>
#include <cstddef>
#include <cstring>
#include <initializer_list>
#include <new>
#include <type_traits>
#include <utility>

namespace reportdoc::detail {

template <class T>
class array_list {
    static_assert(std::is_nothrow_move_constructible_v<T>, "growing moves the entries and must not fail halfway");
    static_assert(alignof(T) <= __STDCPP_DEFAULT_NEW_ALIGNMENT__, "entries are stored in operator new's memory");

public:
    using value_type = T;
    using iterator = T*;
    using const_iterator = const T*;

    array_list() noexcept = default;
    /// n value-initialized entries.
    // Each constructor below delegates to the default one first, so that an entry
    // whose making throws leaves an object whose destructor frees what was made.
    explicit array_list(std::size_t n) : array_list() { resize(n); }
    array_list(std::size_t n, const T& value) : array_list() {
        reserve(n);
        for (; n > 0; --n) ::new (static_cast<void*>(last_++)) T(value);
    }
    array_list(std::initializer_list<T> values) : array_list() {
        reserve(values.size());
        for (const T& v : values) ::new (static_cast<void*>(last_++)) T(v);
    }
    array_list(const array_list& other) : array_list() {
        reserve(other.size());
        for (const T& v : other) ::new (static_cast<void*>(last_++)) T(v);
    }
    // Plain assignments, not std::exchange: that would be two more functions per T.
    array_list(array_list&& other) noexcept : first_(other.first_), last_(other.last_), end_(other.end_) {
        other.first_ = other.last_ = other.end_ = nullptr;
    }
    array_list& operator=(array_list other) noexcept {  // by value: one member serves copy and move
        std::swap(first_, other.first_);
        std::swap(last_, other.last_);
        std::swap(end_, other.end_);
        return *this;
    }
    ~array_list() {
        destroy(first_);
        ::operator delete(first_);
    }

    [[nodiscard]] T* begin() noexcept { return first_; }
    [[nodiscard]] T* end() noexcept { return last_; }
    [[nodiscard]] const T* begin() const noexcept { return first_; }
    [[nodiscard]] const T* end() const noexcept { return last_; }
    [[nodiscard]] T* data() noexcept { return first_; }
    [[nodiscard]] const T* data() const noexcept { return first_; }
    [[nodiscard]] std::size_t size() const noexcept { return static_cast<std::size_t>(last_ - first_); }
    [[nodiscard]] bool empty() const noexcept { return first_ == last_; }
    // Checked by assert, as _GLIBCXX_ASSERTIONS checks std::vector: the test builds do both.
    T& operator[](std::size_t i) noexcept {
        assert(i < size());
        return first_[i];
    }
    const T& operator[](std::size_t i) const noexcept {
        assert(i < size());
        return first_[i];
    }
    T& front() noexcept { return (*this)[0]; }
    const T& front() const noexcept { return (*this)[0]; }
    T& back() noexcept { return (*this)[size() - 1]; }
    const T& back() const noexcept { return (*this)[size() - 1]; }

    // One member for copies and moves alike: each distinct way of adding an entry
    // is one more function for every translation unit to compile. The entry is a
    // parameter, not a reference, so it cannot be one of the entries that growing moves.
    REPORTDOC_ALWAYS_INLINE void push_back(T value) {
        if (last_ == end_) reserve(empty() ? 1 : 2 * size());
        ::new (static_cast<void*>(last_++)) T(std::move(value));
    }
    void pop_back() noexcept {
        assert(!empty());
        (--last_)->~T();
    }

    // Entries move by construction, never by assignment, so that an element type's
    // move assignment is not compiled for them (block's tests each alternative).

    /// Inserts before `at`; the entries from there on move one place up.
    T* insert(T* at, T value) {
        const std::size_t i = static_cast<std::size_t>(at - first_);
        push_back(std::move(value));
        if (first_ + i == last_ - 1) return last_ - 1;
        T moved(std::move(last_[-1]));
        for (T* p = last_ - 1; p != first_ + i; --p) move_into(p, p[-1]);
        move_into(first_ + i, moved);
        return first_ + i;
    }
    /// Removes [from, to); the entries after move down.
    T* erase(T* from, T* to) {
        if (from == to) return from;
        T* out = from;
        for (T* p = to; p != last_; ++p, ++out) move_into(out, *p);
        destroy(out);
        return from;
    }
    T* erase(T* at) { return erase(at, at + 1); }
    void clear() noexcept { destroy(first_); }

    void resize(std::size_t n) {
        if (n <= size()) {
            destroy(first_ + n);
            return;
        }
        reserve(n);
        for (T* const to = first_ + n; last_ != to; ++last_) ::new (static_cast<void*>(last_)) T();
    }
    /// Room for n entries; the entries move to new storage when there is less.
    /// (Not inlined: push_back, inlined wherever it is called, stays a few instructions.)
    REPORTDOC_NOINLINE void reserve(std::size_t n) {
        if (n <= static_cast<std::size_t>(end_ - first_)) return;
        T* const fresh = static_cast<T*>(::operator new(n * sizeof(T)));
        T* out = fresh;
        if constexpr (std::is_trivially_copyable_v<T>) {
            if (first_ != last_) std::memcpy(static_cast<void*>(fresh), first_, size() * sizeof(T));
            out += size();
        } else {
            for (T* p = first_; p != last_; ++p, ++out) {
                ::new (static_cast<void*>(out)) T(std::move(*p));
                p->~T();
            }
        }
        ::operator delete(first_);
        first_ = fresh;
        last_ = out;
        end_ = fresh + n;
    }

private:
    /// Replaces the entry at `to` with what `from` holds.
    static void move_into(T* to, T& from) noexcept {
        to->~T();
        ::new (static_cast<void*>(to)) T(std::move(from));
    }
    /// Destroys the entries from `from` on, which become the end.
    void destroy(T* from) noexcept {
        if constexpr (!std::is_trivially_destructible_v<T>)
            for (T* p = from; p != last_; ++p) p->~T();
        last_ = from;
    }

    T* first_ = nullptr;
    T* last_ = nullptr;
    T* end_ = nullptr;
};

}  // namespace reportdoc::detail
