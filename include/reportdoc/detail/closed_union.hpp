// SPDX-License-Identifier: MIT
// What block and inline_node hold: one of a closed set of alternatives, with a
// one-byte index.
//
// Not std::variant: every translation unit that uses the model would
// instantiate about 290 functions per std::variant (storage layers, copy and
// move bases, visitation tables), a fifth of all the functions the umbrella
// header compiles. Here each operation is one function with one index test
// per alternative. Every alternative moves without throwing, so the union is
// never valueless.
#pragma once

#include <reportdoc/config.hpp>

#include <cstddef>
#include <cstdint>
#include <new>
#include <type_traits>
#include <utility>

namespace reportdoc::detail {

/// A T on the heap, for an alternative much wider than the others: a union is
/// as wide as its widest alternative, so boxing the rare wide one (section,
/// link) halves every block and inline. Copies deep, compares by value; empty
/// only when moved from.
template <class T>
class boxed {
public:
    boxed() : ptr_(new T()) {}
    boxed(const T& value) : ptr_(new T(value)) {}        // NOLINT: implicit, as the union's alternative
    boxed(T&& value) : ptr_(new T(std::move(value))) {}  // NOLINT: implicit, as the union's alternative
    boxed(const boxed& other) : ptr_(other.ptr_ ? new T(*other.ptr_) : nullptr) {}
    boxed(boxed&& other) noexcept : ptr_(std::exchange(other.ptr_, nullptr)) {}
    boxed& operator=(const boxed& other) {
        if (this != &other) *this = boxed(other);
        return *this;
    }
    boxed& operator=(boxed&& other) noexcept {
        std::swap(ptr_, other.ptr_);  // other deletes what this held
        return *this;
    }
    ~boxed() { delete ptr_; }

    /// The value, or nullptr when moved from.
    [[nodiscard]] T* get() noexcept { return ptr_; }
    /// The value, or nullptr when moved from (const).
    [[nodiscard]] const T* get() const noexcept { return ptr_; }

    /// Compares the values.
    friend bool operator==(const boxed& a, const boxed& b) {
        return a.ptr_ && b.ptr_ ? *a.ptr_ == *b.ptr_ : a.ptr_ == b.ptr_;
    }
    /// The negation of operator==.
    friend bool operator!=(const boxed& a, const boxed& b) { return !(a == b); }

private:
    // A raw pointer, not std::unique_ptr: <memory> brings <unistd.h> (and its
    // ::link) into C++20 translation units, and `link` must stay unambiguous
    // for code that says `using namespace reportdoc;`.
    T* ptr_;
};

/// The alternative itself, or what a box holds (nullptr when moved from).
template <class T>
T* unbox(T& value) noexcept {
    return &value;
}
template <class T>
T* unbox(boxed<T>& value) noexcept {
    return value.get();
}
template <class T>
const T* unbox(const boxed<T>& value) noexcept {
    return value.get();
}

template <std::size_t I, class T, class... Rest>
struct nth_type {
    using type = typename nth_type<I - 1, Rest...>::type;
};
template <class T, class... Rest>
struct nth_type<0, T, Rest...> {
    using type = T;
};

template <class... Ts>
constexpr std::size_t widest() noexcept {
    std::size_t w = 0;
    ((w = sizeof(Ts) > w ? sizeof(Ts) : w), ...);
    return w;
}

/// One value of one of the types Ts, held in place (a boxed<T> alternative
/// holds its T on the heap), and the index of which.
template <class... Ts>
class closed_union {
public:
    /// The number of alternatives, and the index of none.
    static constexpr std::size_t size = sizeof...(Ts);

    /// Where a T is held: its own index, or its box's; size when neither.
    template <class T>
    static constexpr std::size_t slot_of() noexcept {
        std::size_t i = 0, own = size, box = size;
        ((std::is_same_v<T, Ts> ? own = i : 0, std::is_same_v<boxed<T>, Ts> ? box = i : 0, ++i), ...);
        return own != size ? own : box;
    }

    /// The first alternative, value-initialised.
    closed_union() noexcept(noexcept(type_at<0>())) : index_(0) { ::new (static_cast<void*>(bytes_)) type_at<0>(); }

    /// Holds value in its slot, boxed if that slot is a box.
    template <class T, std::size_t Slot = slot_of<std::decay_t<T>>(), class = std::enable_if_t<(Slot < size)>>
    closed_union(T&& value)  // NOLINT: implicit, as a node is made from its alternative
        : index_(static_cast<std::uint8_t>(Slot)) {
        ::new (static_cast<void*>(bytes_)) type_at<Slot>(static_cast<T&&>(value));
    }

    closed_union(const closed_union& other) : index_(other.index_) {
        copy_from(other, std::index_sequence_for<Ts...>{});
    }
    REPORTDOC_ALWAYS_INLINE closed_union(closed_union&& other) noexcept : index_(other.index_) {
        move_from(other, std::index_sequence_for<Ts...>{});
    }
    closed_union& operator=(const closed_union& other) {
        if (this != &other) *this = closed_union(other);
        return *this;
    }
    closed_union& operator=(closed_union&& other) noexcept {
        if (this != &other) {
            // other may live inside what this holds (a node given its own child):
            // it moves out before this destroys it.
            closed_union taken(std::move(other));
            destroy(std::index_sequence_for<Ts...>{});
            index_ = taken.index_;
            move_from(taken, std::index_sequence_for<Ts...>{});
        }
        return *this;
    }
    REPORTDOC_ALWAYS_INLINE ~closed_union() { destroy(std::index_sequence_for<Ts...>{}); }

    /// The index of the alternative held, in the order of Ts.
    [[nodiscard]] std::size_t index() const noexcept { return index_; }

    /// The T held, boxed or not; nullptr when another alternative is held or
    /// its box was moved from.
    template <class T>
    [[nodiscard]] T* held_if() noexcept {
        constexpr std::size_t slot = slot_of<T>();
        static_assert(slot < size, "not an alternative");
        return index_ == slot ? unbox(*at<slot>(bytes_)) : nullptr;
    }
    /// The T held, boxed or not (const).
    template <class T>
    [[nodiscard]] const T* held_if() const noexcept {
        constexpr std::size_t slot = slot_of<T>();
        static_assert(slot < size, "not an alternative");
        return index_ == slot ? unbox(*at<slot>(bytes_)) : nullptr;
    }

    /// Calls f with a pointer to what is held, seen through a box (nullptr
    /// when a box was moved from).
    template <class F>
    void with_held(F&& f) {
        with_held_in(*this, f, std::index_sequence_for<Ts...>{});
    }
    /// Calls f with a pointer to what is held (const).
    template <class F>
    void with_held(F&& f) const {
        with_held_in(*this, f, std::index_sequence_for<Ts...>{});
    }

private:
    static_assert(sizeof...(Ts) <= 255, "the index is one byte");
    static_assert((std::is_nothrow_move_constructible_v<Ts> && ...), "a union that cannot be valueless");

    template <std::size_t I>
    using type_at = typename nth_type<I, Ts...>::type;

    template <std::size_t I>
    static auto* at(unsigned char* bytes) noexcept {
        return std::launder(reinterpret_cast<type_at<I>*>(bytes));
    }
    template <std::size_t I>
    static const auto* at(const unsigned char* bytes) noexcept {
        return std::launder(reinterpret_cast<const type_at<I>*>(bytes));
    }

    // The alternative held, if it is the one at I; nullptr otherwise.
    template <std::size_t I>
    [[nodiscard]] auto* get_if() noexcept {
        return index_ == I ? at<I>(bytes_) : nullptr;
    }
    template <std::size_t I>
    [[nodiscard]] const auto* get_if() const noexcept {
        return index_ == I ? at<I>(bytes_) : nullptr;
    }

    template <std::size_t... I>
    void copy_from(const closed_union& other, std::index_sequence<I...>) {
        (void)((index_ == I && (::new (static_cast<void*>(bytes_)) Ts(*other.template get_if<I>()), true)) || ...);
    }
    template <std::size_t... I>
    REPORTDOC_ALWAYS_INLINE void move_from(closed_union& other, std::index_sequence<I...>) noexcept {
        (void)((index_ == I && (::new (static_cast<void*>(bytes_)) Ts(std::move(*other.template get_if<I>())), true)) ||
               ...);
    }
    template <std::size_t... I>
    REPORTDOC_ALWAYS_INLINE void destroy(std::index_sequence<I...>) noexcept {
        (void)((index_ == I && (get_if<I>()->~Ts(), true)) || ...);
    }
    // One body for a const union and a mutable one.
    template <class Self, class F, std::size_t... I>
    REPORTDOC_ALWAYS_INLINE static void with_held_in(Self& self, F& f, std::index_sequence<I...>) {
        (void)((self.index_ == I && (f(unbox(*self.template get_if<I>())), true)) || ...);
    }

    alignas(Ts...) unsigned char bytes_[widest<Ts...>()];
    std::uint8_t index_;
};

}  // namespace reportdoc::detail
