// SPDX-License-Identifier: MIT
// Matching literal words: prefixes, suffixes and closed word lists. The text
// reader asks such questions of every line; most lines fail them at the first
// byte or on their length, and these answer that without a call.
#pragma once

#include <reportdoc/config.hpp>

#include <cstddef>
#include <cstring>
#include <string_view>

namespace reportdoc::detail {

// `s.substr(0, n) == literal` calls std::memcmp with a length the compiler
// cannot see; here the length is the literal's, so the comparison is a load or two.
REPORTDOC_ALWAYS_INLINE inline bool starts_with(std::string_view s, std::string_view prefix) noexcept {
    return s.size() >= prefix.size() && std::memcmp(s.data(), prefix.data(), prefix.size()) == 0;
}

REPORTDOC_ALWAYS_INLINE inline bool ends_with(std::string_view s, std::string_view suffix) noexcept {
    return s.size() >= suffix.size() &&
           std::memcmp(s.data() + s.size() - suffix.size(), suffix.data(), suffix.size()) == 0;
}

/// A closed list of words, asked whether it holds a whole string. A string
/// shorter than its shortest word or longer than its longest is refused
/// before any word is compared: most lines are.
template <std::size_t N>
class word_list {
public:
    constexpr word_list(const std::string_view (&words)[N]) noexcept {  // NOLINT: built from a braced list
        for (std::size_t k = 0; k < N; ++k) {
            words_[k] = words[k];
            if (words[k].size() < shortest_) shortest_ = words[k].size();
            if (words[k].size() > longest_) longest_ = words[k].size();
        }
    }

    [[nodiscard]] bool contains(std::string_view s) const noexcept {
        if (s.size() < shortest_ || s.size() > longest_) return false;
        for (const std::string_view& w : words_)
            if (w == s) return true;
        return false;
    }

private:
    std::string_view words_[N] = {};
    std::size_t shortest_ = static_cast<std::size_t>(-1);
    std::size_t longest_ = 0;
};

}  // namespace reportdoc::detail
