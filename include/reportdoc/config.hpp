// SPDX-License-Identifier: MIT
// Every configuration macro reportdoc reads, in one place.
#pragma once

#include <cstdlib>

/// \def REPORTDOC_HEADER_ONLY
/// 1 (the default): every function is defined inline in the headers.
/// 0: the headers only declare; one translation unit of the program defines
/// REPORTDOC_IMPLEMENTATION before including <reportdoc/reportdoc.hpp> and
/// compiles the definitions once (as toml++'s TOML_HEADER_ONLY=0). Every
/// translation unit of a program must see the same value; a 20-file project
/// builds several times faster this way (tests/downstream/many_tu). That unit:
///
///     #define REPORTDOC_IMPLEMENTATION
///     #include <reportdoc/reportdoc.hpp>
#ifndef REPORTDOC_HEADER_ONLY
#define REPORTDOC_HEADER_ONLY 1
#endif

// REPORTDOC_FUNC marks the library's non-template functions: inline in
// header-only mode, nothing in compiled mode, whose one definition is in the
// unit that defines REPORTDOC_IMPLEMENTATION (ignored when header-only).
#if REPORTDOC_HEADER_ONLY
#define REPORTDOC_FUNC inline
#define REPORTDOC_DEFINE_FUNCTIONS 1
#elif defined(REPORTDOC_IMPLEMENTATION)
#define REPORTDOC_FUNC
#define REPORTDOC_DEFINE_FUNCTIONS 1
#else
#define REPORTDOC_FUNC
#define REPORTDOC_DEFINE_FUNCTIONS 0
#endif

/// \def REPORTDOC_EXCEPTIONS
/// 1 when the compiler has exceptions enabled. The API is the same either way:
/// parsers return parse_result; only parse_result::value() on a failed result
/// differs (throws parse_error, or aborts without exceptions).
#ifndef REPORTDOC_EXCEPTIONS
#if defined(__cpp_exceptions) || defined(__EXCEPTIONS) || defined(_CPPUNWIND)
#define REPORTDOC_EXCEPTIONS 1
#else
#define REPORTDOC_EXCEPTIONS 0
#endif
#endif

/// \def REPORTDOC_ASSERT
/// Checks a precondition that the caller broke; override to hook your own handler.
#ifndef REPORTDOC_ASSERT
#ifdef NDEBUG
#define REPORTDOC_ASSERT(cond) ((void)0)
#else
#define REPORTDOC_ASSERT(cond) ((cond) ? (void)0 : std::abort())
#endif
#endif

// Inlining the compiler is told, where it can be told: the hot loops' small
// helpers in translation units large enough that compilers stop inlining on their own.
// Not when optimisation is off: there, forced inlining only costs compile time.
#if defined(__GNUC__) && defined(__OPTIMIZE__)
#define REPORTDOC_ALWAYS_INLINE [[gnu::always_inline]]
#else
#define REPORTDOC_ALWAYS_INLINE
#endif
#if defined(__GNUC__)
#define REPORTDOC_NOINLINE [[gnu::noinline]]
#else
#define REPORTDOC_NOINLINE
#endif
