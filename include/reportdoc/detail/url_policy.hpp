// SPDX-License-Identifier: MIT
// Which link targets a writer may emit: http, https and mailto URLs and
// relative references. Everything else is refused: javascript:, data:,
// vbscript:, file: and any other scheme, and the spellings that hide a scheme
// from a naive check but not from a browser or a later decoding step
// (embedded tabs and newlines, character references, invalid UTF-8).
#pragma once

#include <reportdoc/detail/escape.hpp>
#include <reportdoc/detail/utf8.hpp>

#include <cstdint>
#include <string_view>

namespace reportdoc::detail {

/// What a link target is, as far as the policy cares.
enum class url_kind : std::uint8_t {
    relative,    ///< No scheme: a path, query or fragment, or "//host/..." (same scheme as the page).
    web,         ///< An http: or https: URL.
    mailto,      ///< A mailto: URL.
    disallowed,  ///< Any other scheme, or a target that disguises one.
};

/// The policy's answer for one target.
struct url_verdict {
    url_kind kind;
    /// The target without the leading and trailing spaces and C0 controls
    /// that browsers strip too; what a writer emits when the kind is allowed.
    std::string_view url;
    [[nodiscard]] constexpr bool allowed() const noexcept { return kind != url_kind::disallowed; }
};

namespace url_detail {

constexpr char lower(char c) noexcept { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

constexpr bool equals_ignoring_case(std::string_view a, std::string_view lower_b) noexcept {
    if (a.size() != lower_b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (lower(a[i]) != lower_b[i]) return false;
    return true;
}

constexpr bool alpha(char c) noexcept { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
constexpr bool digit(char c) noexcept { return c >= '0' && c <= '9'; }
constexpr bool hex(char c) noexcept { return digit(c) || (lower(c) >= 'a' && lower(c) <= 'f'); }

// A character reference at s[i] == '&' that some later decoding step could
// turn into a scheme character: numeric ones, and the named ones for ':', tab
// and newline. ("&amp;" and friends are left alone: harmless and common in
// URLs copied out of HTML.)
constexpr bool character_reference_at(std::string_view s, std::size_t i) noexcept {
    const std::string_view rest = s.substr(i + 1);
    if (rest.size() >= 2 && rest[0] == '#')
        return digit(rest[1]) || (rest.size() >= 3 && lower(rest[1]) == 'x' && hex(rest[2]));
    constexpr std::string_view names[] = {"colon;", "tab;", "newline;"};
    for (std::string_view name : names)
        if (rest.size() >= name.size() && equals_ignoring_case(rest.substr(0, name.size()), name)) return true;
    return false;
}

}  // namespace url_detail

/// Classifies a link target (see the top of url_policy.hpp).
inline url_verdict classify_url(std::string_view url) noexcept {
    using namespace url_detail;
    while (!url.empty() && static_cast<unsigned char>(url.front()) <= 0x20) url.remove_prefix(1);
    while (!url.empty() && static_cast<unsigned char>(url.back()) <= 0x20) url.remove_suffix(1);
    const url_verdict refused{url_kind::disallowed, url};

    // Anything a browser would silently drop or a decoder could expand is a
    // disguise: controls (a tab inside "java\tscript:" vanishes), character
    // references, and bytes that are not UTF-8 or not allowed in HTML.
    for (std::size_t i = 0; i < url.size();) {
        const auto byte = static_cast<unsigned char>(url[i]);
        if (byte < 0x20 || byte == 0x7F) return refused;
        if (byte == '&' && character_reference_at(url, i)) return refused;
        if (byte < 0x80) {
            ++i;
            continue;
        }
        const utf8_char c = decode_utf8(url, i);
        if (!c.valid || is_forbidden(c.code_point, forbidden_scalars::html)) return refused;
        i += c.length;
    }

    // A scheme ends at the first ':' that comes before any '/', '?' or '#'.
    const std::size_t end = url.find_first_of(":/?#");
    if (end == std::string_view::npos || url[end] != ':') return {url_kind::relative, url};
    const std::string_view scheme = url.substr(0, end);
    if (equals_ignoring_case(scheme, "http") || equals_ignoring_case(scheme, "https")) return {url_kind::web, url};
    if (equals_ignoring_case(scheme, "mailto")) return {url_kind::mailto, url};
    // Another scheme, or something before the ':' that is not a scheme at all
    // (" java script:", "ｊａｖａｓｃｒｉｐｔ:", ":x"): refused either way.
    return refused;
}

}  // namespace reportdoc::detail
