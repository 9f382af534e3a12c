// SPDX-License-Identifier: MIT
// The one TU that compiles reportdoc's function bodies (MANY_TU_COMPILED=ON).
#define REPORTDOC_IMPLEMENTATION
#include <reportdoc/reportdoc.hpp>
