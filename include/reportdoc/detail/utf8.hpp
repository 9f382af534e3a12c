// SPDX-License-Identifier: MIT
// The one UTF-8 decoder of reportdoc, and what is built directly on it:
// validation, encoding, and turning a byte offset into line:column.
#pragma once

#include <reportdoc/detail/simd.hpp>
#include <reportdoc/model.hpp>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

namespace reportdoc::detail {

inline constexpr char32_t replacement_character = U'\uFFFD';
inline constexpr std::string_view replacement_utf8 = "\xEF\xBF\xBD";

/// One decoded scalar value.
struct utf8_char {
    char32_t code_point;  ///< U+FFFD when invalid.
    std::uint8_t length;  ///< Bytes consumed, >= 1.
    bool valid;
};

/// True when s[i] starts the common three-byte case (all of CJK): a lead byte
/// E1..EC or EE..EF, which takes any two continuation bytes, and two of them.
/// The hot loops test this before calling decode_utf8.
constexpr bool is_plain_three_byte(std::string_view s, std::size_t i) noexcept {
    const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
    const unsigned char b0 = byte(i);
    return b0 >= 0xE1 && b0 != 0xED && b0 <= 0xEF && i + 2 < s.size() && (byte(i + 1) & 0xC0) == 0x80 &&
           (byte(i + 2) & 0xC0) == 0x80;
}

/// The scalar value of a sequence that is_plain_three_byte accepts.
constexpr char32_t plain_three_byte_value(std::string_view s, std::size_t i) noexcept {
    const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
    return (char32_t{byte(i) & 0x0Fu} << 12) | (char32_t{byte(i + 1) & 0x3Fu} << 6) | char32_t{byte(i + 2) & 0x3Fu};
}

namespace utf8_detail {
// decode_utf8 past its two common cases, out of line so that those inline
// into every loop that decodes.
REPORTDOC_NOINLINE constexpr utf8_char decode_other(std::string_view s, std::size_t i) noexcept {
    const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
    const unsigned char b0 = byte(i);
    std::uint8_t need = 0;
    char32_t cp = 0;
    unsigned char lo = 0x80, hi = 0xBF;  // allowed range of the second byte
    if (b0 >= 0xC2 && b0 <= 0xDF) {
        need = 1;
        cp = b0 & 0x1Fu;
    } else if (b0 >= 0xE0 && b0 <= 0xEF) {
        need = 2;
        cp = b0 & 0x0Fu;
        if (b0 == 0xE0) lo = 0xA0;  // overlong
        if (b0 == 0xED) hi = 0x9F;  // surrogates
    } else if (b0 >= 0xF0 && b0 <= 0xF4) {
        need = 3;
        cp = b0 & 0x07u;
        if (b0 == 0xF0) lo = 0x90;  // overlong
        if (b0 == 0xF4) hi = 0x8F;  // past U+10FFFF
    } else {
        return {replacement_character, 1, false};
    }
    for (std::uint8_t k = 1; k <= need; ++k) {
        if (i + k >= s.size()) return {replacement_character, k, false};
        const unsigned char b = byte(i + k);
        if (b < lo || b > hi) return {replacement_character, k, false};
        lo = 0x80;
        hi = 0xBF;
        cp = (cp << 6) | (b & 0x3Fu);
    }
    return {cp, static_cast<std::uint8_t>(need + 1), true};
}
}  // namespace utf8_detail

/// Decodes the scalar value starting at s[i] (i < s.size()). An invalid
/// sequence consumes its maximal subpart (as the Unicode standard and WHATWG
/// recommend), so one U+FFFD replaces each broken sequence: overlong forms,
/// surrogates, values past U+10FFFF, truncated and stray continuation bytes.
constexpr utf8_char decode_utf8(std::string_view s, std::size_t i) noexcept {
    const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
    const unsigned char b0 = byte(i);
    if (b0 < 0x80) return {b0, 1, true};
    if (is_plain_three_byte(s, i)) return {plain_three_byte_value(s, i), 3, true};
    return utf8_detail::decode_other(s, i);
}

/// Appends the UTF-8 form of a scalar value (U+FFFD for a surrogate or a value past U+10FFFF).
inline void append_utf8(std::string& out, char32_t cp) {
    if (cp >= 0xD800 && (cp <= 0xDFFF || cp > 0x10FFFF)) cp = replacement_character;
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

// Word-at-a-time helpers for the scans below: eight bytes per step.
inline constexpr std::uint64_t high_bits = 0x8080808080808080u;
inline constexpr std::uint64_t low_bits = 0x0101010101010101u;
// Eight bytes, the first in the lowest byte of the word whatever the host's byte order.
inline std::uint64_t load_word(const char* p) noexcept {
    std::uint64_t w;
    std::memcpy(&w, p, sizeof w);
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
    w = __builtin_bswap64(w);
#endif
    return w;
}
// High bit set in each byte of w that equals the byte b (exact, no false positives).
inline std::uint64_t bytes_equal(std::uint64_t w, unsigned char b) noexcept {
    const std::uint64_t x = w ^ (low_bits * b);
    return ~(((x & ~high_bits) + ~high_bits) | x) & high_bits;
}
// As bytes_equal, in three steps instead of five, but exact only up to the
// first byte that equals b: borrows may set bits after it. For finding the first.
inline std::uint64_t bytes_equal_up_to_first(std::uint64_t w, unsigned char b) noexcept {
    const std::uint64_t x = w ^ (low_bits * b);
    return (x - low_bits) & ~x & high_bits;
}
// Nonzero when some byte of w is below b, for w of ASCII bytes only and b <= 0x80.
// Borrows may set bits above the first such byte: only zero or not means anything.
inline std::uint64_t any_byte_below(std::uint64_t w, unsigned char b) noexcept {
    return (w - low_bits * b) & ~w & high_bits;
}
// The number of bytes of a mask whose high bit is set.
inline unsigned count_high_bits(std::uint64_t mask) noexcept {
    return static_cast<unsigned>(((mask >> 7) * low_bits) >> 56);
}

// The index (0..7) of the first byte of a load_word whose high bit is set in
// `mask` (mask != 0): one instruction where the compiler offers it, the scans
// stop at every tag.
inline unsigned first_high_byte(std::uint64_t mask) noexcept {
#if defined(__GNUC__)
    return static_cast<unsigned>(__builtin_ctzll(mask)) / 8;
#else
    return count_high_bits(((mask & (~mask + 1)) - 1) & high_bits);
#endif
}

/// A plain three-byte sequence (is_plain_three_byte) that the scans step over
/// without decoding: all but those led by EF B7 or EF BF (U+FDC0..U+FDFF and
/// U+FFC0..U+FFFF, where the noncharacters are: callers decode them).
constexpr bool is_skippable_three_byte(std::string_view s, std::size_t i) noexcept {
    return is_plain_three_byte(s, i) &&
           (s[i] != '\xEF' || (s[i + 1] != '\xB7' && s[i + 1] != '\xBF'));
}

/// For a word whose low byte has a three-byte lead's shape (1110xxxx): true
/// when that lead is E1..EC or EE (a set bit of 0x5FFE), which takes any two
/// continuation bytes; the word-wise scans check two such leads at a step.
constexpr bool is_plain_lead_nibble(std::uint64_t w) noexcept { return ((0x5FFEu >> (w & 0xF)) & 1u) != 0; }

/// The end of the run of skippable three-byte sequences (is_skippable_three_byte)
/// that starts at s[i]; i itself when none starts there. Two characters a step
/// while eight bytes are left: their leads and continuations in one mask, then
/// the leads' low nibbles.
inline std::size_t skip_plain_three_byte(std::string_view s, std::size_t i) noexcept {
    const std::size_t n = s.size();
    for (;;) {
        if (i + 8 <= n) {
            const std::uint64_t w = load_word(s.data() + i);
            if ((w & 0xC0C0F0C0C0F0u) == 0x8080E08080E0u && is_plain_lead_nibble(w) && is_plain_lead_nibble(w >> 24)) {
                i += 6;
                continue;
            }
        }
        if (i < n && is_skippable_three_byte(s, i)) {
            i += 3;
            continue;
        }
        return i;
    }
}

/// The number of scalar values in valid UTF-8: every byte but a
/// continuation byte (10xxxxxx) starts one. Sixteen bytes a step with SSE2
/// where it is there (the reader counts every line of Chinese text), else
/// eight; tests count both ways.
template <bool Vectors = REPORTDOC_SSE2 != 0>
std::size_t count_scalar_values(std::string_view s) noexcept {
    std::size_t continuations = 0, i = 0;
#if REPORTDOC_SSE2
    if constexpr (Vectors) {
        // Each continuation byte subtracts one from its lane's 8-bit count, which
        // is summed before it can wrap: every 255 steps and at the end.
        const __m128i shape = simd::splat(0xC0), continuation = simd::splat(0x80), zero = _mm_setzero_si128();
        while (i + 16 <= s.size()) {
            __m128i counts = zero;
            for (const std::size_t end = i + 16 * std::min<std::size_t>(255, (s.size() - i) / 16); i != end; i += 16) {
                const __m128i v = _mm_and_si128(simd::load16(s.data() + i), shape);
                counts = _mm_sub_epi8(counts, _mm_cmpeq_epi8(v, continuation));
            }
            const __m128i sums = _mm_sad_epu8(counts, zero);  // two 16-bit sums, one per half
            continuations += static_cast<std::size_t>(_mm_cvtsi128_si32(sums)) +
                             static_cast<std::size_t>(_mm_cvtsi128_si32(_mm_srli_si128(sums, 8)));
        }
    }
#endif
    for (; i + 8 <= s.size(); i += 8) {
        const std::uint64_t w = load_word(s.data() + i);
        continuations += count_high_bits(w & ~(w << 1) & high_bits);  // bit 7 set, bit 6 clear
    }
    for (; i < s.size(); ++i) continuations += (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80 ? 1 : 0;
    return s.size() - continuations;
}

/// The offset of the first invalid sequence at or after `from`, or npos.
inline std::size_t find_invalid_utf8(std::string_view s, std::size_t from = 0) noexcept {
    std::size_t i = from;
    const std::size_t n = s.size();
    while (i < n) {
        // ASCII (markup, most Western text) eight bytes at a time.
        while (i + 8 <= n && (load_word(s.data() + i) & high_bits) == 0) i += 8;
        if (i >= n) break;
        if (static_cast<unsigned char>(s[i]) < 0x80) {
            ++i;
            continue;
        }
        if (const std::size_t end = skip_plain_three_byte(s, i); end != i) {
            i = end;  // CJK text: a run of three-byte characters
            continue;
        }
        const utf8_char c = decode_utf8(s, i);
        if (!c.valid) return i;
        i += c.length;
    }
    return std::string_view::npos;
}

/// The last scalar value of s (0 when empty) and where it starts.
inline utf8_char last_char(std::string_view s, std::size_t* start = nullptr) noexcept {
    if (s.empty()) return {0, 0, false};
    std::size_t i = s.size() - 1;
    while (i > 0 && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) --i;
    if (start) *start = i;
    return decode_utf8(s, i);
}

/// The line and column of a byte offset: lines end at LF, CR LF or a lone CR;
/// columns count scalar values (an invalid sequence counts as one).
inline source_position position_at(std::string_view input, std::size_t offset) noexcept {
    if (offset > input.size()) offset = input.size();
    source_position pos{1, 1, offset};
    std::size_t line_start = 0;
    for (std::size_t i = 0; i < offset; ++i) {
        const char c = input[i];
        if (c == '\n' || (c == '\r' && (i + 1 >= input.size() || input[i + 1] != '\n'))) {
            ++pos.line;
            line_start = i + 1;
        }
    }
    for (std::size_t i = line_start; i < offset;) {
        i += decode_utf8(input, i).length;
        ++pos.column;
    }
    return pos;
}

/// position_at for many offsets in increasing order, in one pass over the
/// input (a reader that asks for the position of every node would otherwise
/// rescan from the start each time). The input must be valid UTF-8: columns
/// are counted as non-continuation bytes, which equals position_at there and
/// lets the scan skip decoding. An offset before the previous one rescans
/// from the start.
class position_cursor {
public:
    explicit position_cursor(std::string_view input) noexcept : input_(input) {}

    /// The line and column of `offset`, as position_at(input, offset).
    source_position at(std::size_t offset) noexcept {
        if (offset > input_.size()) offset = input_.size();
        if (offset < offset_) *this = position_cursor(input_);
        const std::size_t n = input_.size();
        std::uint32_t line = line_, column = column_;
        for (std::size_t i = offset_; i < offset; ++i) {
            // Eight bytes at a time while there is no line end among them.
            while (i + 8 <= offset) {
                const std::uint64_t w = load_word(input_.data() + i);
                if ((bytes_equal(w, '\n') | bytes_equal(w, '\r')) != 0) break;
                const std::uint64_t continuation = w & ~(w << 1) & high_bits;  // bytes 10xxxxxx
                column += 8 - count_high_bits(continuation);
                i += 8;
            }
            if (i >= offset) break;
            const auto c = static_cast<unsigned char>(input_[i]);
            if (c == '\n' || (c == '\r' && (i + 1 >= n || input_[i + 1] != '\n'))) {
                ++line;
                column = 1;
            } else {
                column += (c & 0xC0u) != 0x80u;
            }
        }
        line_ = line;
        column_ = column;
        offset_ = offset;
        return source_position{line, column, offset};
    }

private:
    std::string_view input_;
    std::size_t offset_ = 0;
    std::uint32_t line_ = 1;
    std::uint32_t column_ = 1;
};

}  // namespace reportdoc::detail
