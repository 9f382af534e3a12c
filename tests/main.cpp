// SPDX-License-Identifier: MIT
#define DOCTEST_CONFIG_IMPLEMENT_WITH_MAIN
#include <doctest/doctest.h>

// The library after the whole standard library, <iomanip> included: a call of
// ours that std::quoted (found by argument-dependent lookup) could capture
// breaks this translation unit's build.
#include <iomanip>
#include <reportdoc/reportdoc.hpp>
