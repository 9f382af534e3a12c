// SPDX-License-Identifier: MIT
// Dates as reports write them, normalised to ISO 8601:
//   2023-06-15 16:51:36   2023/6/15   2023.06.15   2023-06-15T16:51
//   2023年6月15日   二〇二三年六月十五日   2023年6月
//   June 15, 2023   15 June 2023   June 2023   Jun. 2023
#pragma once

#include <reportdoc/detail/numerals.hpp>
#include <reportdoc/detail/utf8.hpp>

#include <cstdint>
#include <string>
#include <string_view>

namespace reportdoc::detail {

/// A date found in text.
struct date_match {
    std::size_t length = 0;  ///< Bytes of the date as written; 0 when there is none.
    std::string iso;         ///< YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDThh:mm[:ss].
    explicit operator bool() const noexcept { return length != 0; }
};

namespace date_detail {

constexpr bool digit(char c) noexcept { return c >= '0' && c <= '9'; }

// Up to `max` ASCII digits at s[i]; their value, or -1.
inline int number(std::string_view s, std::size_t& i, std::size_t max) noexcept {
    std::size_t n = 0;
    int v = 0;
    while (i < s.size() && n < max && digit(s[i])) {
        v = v * 10 + (s[i] - '0');
        ++i;
        ++n;
    }
    return n == 0 ? -1 : v;
}

inline void append_two(std::string& out, int v) {
    out += static_cast<char>('0' + v / 10);
    out += static_cast<char>('0' + v % 10);
}

inline std::string iso(int y, int m, int d, int hh = -1, int mm = -1, int ss = -1) {
    std::string out = std::to_string(y);
    if (m > 0) {
        out += '-';
        append_two(out, m);
    }
    if (d > 0) {
        out += '-';
        append_two(out, d);
    }
    if (hh >= 0 && mm >= 0) {
        out += 'T';
        append_two(out, hh);
        out += ':';
        append_two(out, mm);
        if (ss >= 0) {
            out += ':';
            append_two(out, ss);
        }
    }
    return out;
}

constexpr int days_in_month(int y, int m) noexcept {
    constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0) ? 29 : days[m - 1];
}

constexpr bool valid(int y, int m, int d) noexcept {
    return y >= 1000 && y <= 2999 && (m == 0 || (m >= 1 && m <= 12)) && (d == 0 || (m != 0 && d >= 1 && d <= days_in_month(y, m)));
}

// " 16:51:36", "T16:51", " 16时51分" after a date; extends i when found.
inline void read_time(std::string_view s, std::size_t& i, int& hh, int& mm, int& ss) {
    std::size_t j = i;
    if (j < s.size() && (s[j] == ' ' || s[j] == 'T')) ++j;
    else if (s.substr(j, 3) == "\xE3\x80\x80") j += 3;  // ideographic space
    const int h = number(s, j, 2);
    if (h < 0 || h > 23) return;
    int m = -1, sec = -1;
    if (j < s.size() && s[j] == ':') {
        ++j;
        std::size_t k = j;
        m = number(s, j, 2);
        if (m < 0 || m > 59 || j - k != 2) return;
        if (j < s.size() && s[j] == ':') {
            std::size_t k2 = j + 1;
            std::size_t j2 = k2;
            sec = number(s, j2, 2);
            if (sec >= 0 && sec <= 60 && j2 - k2 == 2) j = j2;
            else sec = -1;
        }
    } else if (s.substr(j, 3) == "时") {
        j += 3;
        m = number(s, j, 2);
        if (m < 0 || m > 59 || s.substr(j, 3) != "分") return;
        j += 3;
    } else {
        return;
    }
    hh = h;
    mm = m;
    ss = sec;
    i = j;
}

// 2023-06-15, 2023/6/15, 2023.06.15 (+ time)
inline date_match numeric(std::string_view s) {
    std::size_t i = 0;
    const int y = number(s, i, 4);
    if (y < 0 || i != 4 || i >= s.size()) return {};
    const char sep = s[i];
    if (sep != '-' && sep != '/' && sep != '.') return {};
    ++i;
    const int m = number(s, i, 2);
    if (m < 0 || i >= s.size() || s[i] != sep) return {};
    ++i;
    const int d = number(s, i, 2);
    if (d < 0 || !valid(y, m, d) || (i < s.size() && digit(s[i]))) return {};
    int hh = -1, mm = -1, ss = -1;
    read_time(s, i, hh, mm, ss);
    return {i, iso(y, m, d, hh, mm, ss)};
}

// A year, month or day written in arabic digits or CJK numerals, before 年/月/日.
inline int cjk_date_part(std::string_view s, std::size_t& i, std::string_view unit) {
    std::size_t j = i;
    int v = number(s, j, 4);
    if (v < 0) {
        const std::size_t n = cjk_numeral_prefix(s.substr(j));
        if (n == 0) return -1;
        v = static_cast<int>(cjk_numeral_value(s.substr(j, n)));
        j += n;
        if (v == 0) return -1;
    }
    if (s.substr(j, unit.size()) != unit) return -1;
    i = j + unit.size();
    return v;
}

// 2023年6月15日, 二〇二三年六月十五日, 2023年6月 (+ time)
inline date_match cjk(std::string_view s) {
    std::size_t i = 0;
    const int y = cjk_date_part(s, i, "年");
    if (y < 0) return {};
    const int m = cjk_date_part(s, i, "月");
    if (m < 0) return {};
    std::size_t after_month = i;
    int d = cjk_date_part(s, i, "日");
    if (d < 0) {
        std::size_t k = after_month;
        d = cjk_date_part(s, k, "号");
        if (d >= 0) i = k;
    }
    if (d < 0) {
        i = after_month;
        d = 0;
    }
    if (!valid(y, m, d)) return {};
    int hh = -1, mm = -1, ss = -1;
    if (d > 0) read_time(s, i, hh, mm, ss);
    return {i, iso(y, m, d, hh, mm, ss)};
}

inline int month_from_name(std::string_view s, std::size_t& i) {
    static constexpr std::string_view names[] = {"january", "february", "march",     "april",   "may",      "june",
                                          "july",    "august",   "september", "october", "november", "december"};
    std::size_t n = 0;
    while (i + n < s.size() && ((s[i + n] >= 'a' && s[i + n] <= 'z') || (s[i + n] >= 'A' && s[i + n] <= 'Z'))) ++n;
    if (n < 3) return 0;
    std::string word(s.substr(i, n));
    for (char& c : word)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    for (int k = 0; k < 12; ++k) {
        const std::string_view full = names[k];
        if (word == full || (n == 3 && full.substr(0, 3) == word) || (word == "sept" && k == 8)) {
            i += n;
            if (n < full.size() && i < s.size() && s[i] == '.') ++i;
            return k + 1;
        }
    }
    return 0;
}

// June 15, 2023 · June 2023 · 15 June 2023
inline date_match english(std::string_view s) {
    std::size_t i = 0;
    int d = 0;
    if (digit(s[0])) {
        d = number(s, i, 2);
        if (i >= s.size() || s[i] != ' ') return {};
        ++i;
    }
    const int m = month_from_name(s, i);
    if (m == 0) return {};
    if (d == 0) {
        std::size_t j = i;
        if (j < s.size() && s[j] == ' ') {
            ++j;
            std::size_t k = j;
            const int day = number(s, k, 2);
            if (day > 0 && k < s.size() && s[k] == ',') {
                d = day;
                i = k + 1;
            }
        }
    }
    if (i >= s.size() || s[i] != ' ') return {};
    ++i;
    const std::size_t year_start = i;
    const int y = number(s, i, 4);
    if (y < 0 || i - year_start != 4 || !valid(y, m, d) || (i < s.size() && digit(s[i]))) return {};
    return {i, iso(y, m, d)};
}

}  // namespace date_detail

/// The date at the start of s, or an empty match.
inline date_match read_date(std::string_view s) {
    if (s.empty()) return {};
    if (date_match m = date_detail::numeric(s)) return m;
    if (date_match m = date_detail::cjk(s)) return m;
    if (date_match m = date_detail::english(s)) return m;
    return {};
}

/// Where a date that ends s (before trailing spaces) begins, or npos; the
/// title-then-timestamp lines of related-article lists end with one.
inline std::size_t find_trailing_date(std::string_view s, date_match& found) {
    std::size_t end = s.size();
    while (end > 0 && s[end - 1] == ' ') --end;
    // A date is at most ~40 bytes; try each start in that window, longest first.
    const std::size_t window = 48;
    for (std::size_t start = end > window ? end - window : 0; start < end; ++start) {
        if ((static_cast<unsigned char>(s[start]) & 0xC0) == 0x80) continue;  // not a character boundary
        date_match m = read_date(s.substr(start, end - start));
        if (m && m.length == end - start) {
            found = std::move(m);
            return start;
        }
    }
    return std::string_view::npos;
}

}  // namespace reportdoc::detail
