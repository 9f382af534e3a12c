// SPDX-License-Identifier: MIT
// The few SSE2 operations the hot scans share (escape.hpp, text_lines.hpp,
// text_units.hpp, utf8.hpp, width.hpp, xml_reader.inl), where the compiler
// targets SSE2: every x86-64, and 32-bit x86 that asks for it. Elsewhere
// REPORTDOC_SSE2 is 0, and each scan's portable path does the work (the figure
// test's proof that a line is plain prose is only a shortcut: without it the
// byte loop decides). The tests call both paths of each scan on any machine,
// and CI's portable stage (scripts/test.sh) builds the whole suite with
// REPORTDOC_SSE2 0.
#pragma once

#if defined(__SSE2__) || defined(_M_X64) || (defined(_M_IX86_FP) && _M_IX86_FP >= 2)
#define REPORTDOC_SSE2 1
#include <emmintrin.h>
#else
#define REPORTDOC_SSE2 0
#endif

namespace reportdoc::detail::simd {

#if REPORTDOC_SSE2
/// Sixteen bytes from p, unaligned.
inline __m128i load16(const void* p) noexcept { return _mm_loadu_si128(static_cast<const __m128i*>(p)); }
/// Sixteen copies of b.
inline __m128i splat(unsigned char b) noexcept { return _mm_set1_epi8(static_cast<char>(b)); }
/// One bit per byte of v, set where the byte's high bit is (_mm_movemask_epi8).
inline unsigned byte_mask(__m128i v) noexcept { return static_cast<unsigned>(_mm_movemask_epi8(v)); }
#endif

/// The index of the lowest set bit of a byte mask (mask != 0).
inline unsigned lowest_set_bit(unsigned mask) noexcept {
#if defined(__GNUC__)
    return static_cast<unsigned>(__builtin_ctz(mask));
#else
    unsigned k = 0;
    for (; (mask & 1u) == 0; mask >>= 1) ++k;
    return k;
#endif
}

}  // namespace reportdoc::detail::simd
