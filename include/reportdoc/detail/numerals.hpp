// SPDX-License-Identifier: MIT
// The values of numerals as labels write them: CJK (一 … 九十九, 一百零五),
// roman (IV, xii), latin letters (A, b, AA) and circled digits (① … ㊿).
// Shared by classify_label() and the text reader's marker families.
#pragma once

#include <reportdoc/detail/utf8.hpp>

#include <cstdint>
#include <string>
#include <string_view>

namespace reportdoc::detail {

/// The value of one CJK digit character, or -1 (十/百/千 are not digits).
constexpr int cjk_digit_value(char32_t c) noexcept {
    switch (c) {
        case U'〇': case U'零': return 0;
        case U'一': return 1;
        case U'二': case U'两': return 2;
        case U'三': return 3;
        case U'四': return 4;
        case U'五': return 5;
        case U'六': return 6;
        case U'七': return 7;
        case U'八': return 8;
        case U'九': return 9;
        default: return -1;
    }
}

constexpr bool is_cjk_numeral_char(char32_t c) noexcept {
    return cjk_digit_value(c) >= 0 || c == U'十' || c == U'百' || c == U'千';
}

/// The length in bytes of the run of CJK numeral characters at the start of s.
constexpr std::size_t cjk_numeral_prefix(std::string_view s) noexcept {
    std::size_t i = 0;
    while (i < s.size()) {
        const utf8_char c = decode_utf8(s, i);
        if (!c.valid || !is_cjk_numeral_char(c.code_point)) break;
        i += c.length;
    }
    return i;
}

/// The value of a CJK numeral (一 = 1, 十二 = 12, 二十 = 20, 一百零五 = 105,
/// also the digit-by-digit form 二〇二三 = 2023), or 0 when s is not one.
constexpr std::uint32_t cjk_numeral_value(std::string_view s) noexcept {
    bool has_unit = false;
    for (std::size_t i = 0; i < s.size();) {
        const utf8_char c = decode_utf8(s, i);
        if (!c.valid || !is_cjk_numeral_char(c.code_point)) return 0;
        has_unit = has_unit || cjk_digit_value(c.code_point) < 0;
        i += c.length;
    }
    std::uint32_t total = 0;
    if (!has_unit) {  // digit by digit, as years are written
        if (s.size() > 6 * 3) return 0;
        for (std::size_t i = 0; i < s.size();) {
            const utf8_char c = decode_utf8(s, i);
            total = total * 10 + static_cast<std::uint32_t>(cjk_digit_value(c.code_point));
            i += c.length;
        }
        return total;
    }
    std::uint32_t pending = 0, last_unit = 10000;
    bool have_digit = false;
    for (std::size_t i = 0; i < s.size();) {
        const utf8_char c = decode_utf8(s, i);
        i += c.length;
        const int d = cjk_digit_value(c.code_point);
        if (d == 0) continue;  // 零 holds an empty place: 一百零五
        if (d > 0) {
            if (have_digit) return 0;  // two digits without a unit between them
            pending = static_cast<std::uint32_t>(d);
            have_digit = true;
            continue;
        }
        const std::uint32_t unit = c.code_point == U'十' ? 10 : c.code_point == U'百' ? 100 : 1000;
        if (unit >= last_unit) return 0;
        total += (have_digit ? pending : 1) * unit;  // 十二: the 1 of the ten is implied
        have_digit = false;
        last_unit = unit;
    }
    return total + (have_digit ? pending : 0);
}

/// The value of a roman numeral in one case (IV, xii), or 0.
constexpr std::uint32_t roman_value(std::string_view s) noexcept {
    if (s.empty() || s.size() > 15) return 0;
    const bool upper = s[0] >= 'A' && s[0] <= 'Z';
    auto value_of = [upper](char c) -> std::uint32_t {
        if (upper ? !(c >= 'A' && c <= 'Z') : !(c >= 'a' && c <= 'z')) return 0;
        switch (upper ? c : static_cast<char>(c - 'a' + 'A')) {
            case 'I': return 1;
            case 'V': return 5;
            case 'X': return 10;
            case 'L': return 50;
            case 'C': return 100;
            case 'D': return 500;
            case 'M': return 1000;
            default: return 0;
        }
    };
    std::uint32_t total = 0;
    for (std::size_t i = 0; i < s.size(); ++i) {
        const std::uint32_t v = value_of(s[i]);
        if (v == 0) return 0;
        const std::uint32_t next = i + 1 < s.size() ? value_of(s[i + 1]) : 0;
        if (next > v) {
            if (!(next == 5 * v || next == 10 * v) || v == 5 || v == 50 || v == 500) return 0;
            total += next - v;
            ++i;
        } else {
            total += v;
        }
    }
    // Reject non-canonical spellings such as IIII or VX by writing the value back.
    char buffer[16] = {};
    std::size_t n = 0;
    constexpr std::uint32_t values[] = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
    constexpr const char* names[] = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
    std::uint32_t rest = total;
    for (std::size_t k = 0; k < 13 && n < 15; ++k)
        while (rest >= values[k] && n < 15) {
            for (const char* p = names[k]; *p && n < 15; ++p) buffer[n++] = *p;
            rest -= values[k];
        }
    if (n != s.size()) return 0;
    for (std::size_t i = 0; i < n; ++i) {
        const char c = upper ? s[i] : static_cast<char>(s[i] - 'a' + 'A');
        if (c != buffer[i]) return 0;
    }
    return total;
}

/// The value of a latin letter label (A = 1 … Z = 26, then AA = 27 … ZZ = 52
/// as word processors continue; one case throughout), or 0.
constexpr std::uint32_t latin_value(std::string_view s) noexcept {
    if (s.empty() || s.size() > 2 || (s.size() == 2 && s[0] != s[1])) return 0;
    const char c = s[0];
    std::uint32_t v = 0;
    if (c >= 'A' && c <= 'Z') v = static_cast<std::uint32_t>(c - 'A' + 1);
    else if (c >= 'a' && c <= 'z') v = static_cast<std::uint32_t>(c - 'a' + 1);
    else return 0;
    return s.size() == 2 ? v + 26 : v;
}

/// The value of a circled number ① … ㊿, or 0.
constexpr std::uint32_t circled_value(char32_t c) noexcept {
    if (c >= U'①' && c <= U'⑳') return static_cast<std::uint32_t>(c - U'①' + 1);
    if (c >= U'㉑' && c <= U'㉟') return static_cast<std::uint32_t>(c - U'㉑' + 21);
    if (c >= U'㊱' && c <= U'㊿') return static_cast<std::uint32_t>(c - U'㊱' + 36);
    return 0;
}

/// The value of an arabic number (ASCII or full-width digits), or 0 when s
/// is not one or is out of range.
constexpr std::uint32_t arabic_value(std::string_view s) noexcept {
    if (s.empty()) return 0;
    std::uint32_t v = 0;
    std::size_t digits = 0;
    for (std::size_t i = 0; i < s.size();) {
        const utf8_char c = decode_utf8(s, i);
        i += c.length;
        std::uint32_t d = 0;
        if (c.code_point >= U'0' && c.code_point <= U'9')
            d = c.code_point - U'0';
        else if (c.code_point >= U'０' && c.code_point <= U'９')
            d = c.code_point - U'０';
        else
            return 0;
        if (++digits > 6) return 0;
        v = v * 10 + d;
    }
    return v;
}

}  // namespace reportdoc::detail
