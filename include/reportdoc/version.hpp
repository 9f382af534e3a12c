// SPDX-License-Identifier: MIT
#pragma once

#define REPORTDOC_VERSION_MAJOR 0
#define REPORTDOC_VERSION_MINOR 1
#define REPORTDOC_VERSION_PATCH 0

namespace reportdoc {
/// The library's version as "major.minor.patch".
inline constexpr const char version_string[] = "0.1.0";
/// The version of reportdoc's XML vocabulary (the `version` attribute of `<report>`).
inline constexpr const char xml_vocabulary_version[] = "1";
}  // namespace reportdoc
