// SPDX-License-Identifier: MIT
// The one translation unit that compiles reportdoc's function bodies for all
// the examples, which include the headers with REPORTDOC_HEADER_ONLY=0 (see
// CMakeLists.txt): the programs share one compiled copy instead of each
// compiling the whole library, as any project with many translation units can.
#define REPORTDOC_IMPLEMENTATION
#include <reportdoc/reportdoc.hpp>
